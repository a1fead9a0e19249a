#include "store/saved_answer_table.h"

namespace applier::store {
namespace {

constexpr std::string_view kSelect =
    "SELECT user_id, question, question_norm, options_json, answer, created_at, updated_at "
    "FROM saved_answers ";

SavedAnswerRow ReadRow(const Statement& stmt) {
  return SavedAnswerRow{stmt.ColumnText(0), stmt.ColumnText(1), stmt.ColumnText(2),
                        stmt.ColumnText(3), stmt.ColumnText(4), stmt.ColumnText(5),
                        stmt.ColumnText(6)};
}

}  // namespace

Status SavedAnswerTable::Upsert(const SavedAnswerRow& row) {
  auto stmt = db_.Prepare(
      "INSERT INTO saved_answers (user_id, question, question_norm, options_json, answer, "
      "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, "
      "strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')) "
      "ON CONFLICT (user_id, question_norm) DO UPDATE SET question = excluded.question, "
      "options_json = excluded.options_json, answer = excluded.answer, "
      "updated_at = excluded.updated_at");
  if (!stmt) return Fail(stmt.error());
  return stmt->Bind(1, row.user_id)
      .Bind(2, row.question)
      .Bind(3, row.question_norm)
      .Bind(4, row.options_json.empty() ? std::string_view("[]") : row.options_json)
      .Bind(5, row.answer)
      .Run();
}

Result<std::optional<SavedAnswerRow>> SavedAnswerTable::FindExact(std::string_view user_id,
                                                                  std::string_view question_norm) {
  auto stmt = db_.Prepare(std::string(kSelect) + "WHERE user_id = ?1 AND question_norm = ?2");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id).Bind(2, question_norm);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<SavedAnswerRow>();
  return std::optional<SavedAnswerRow>(ReadRow(*stmt));
}

Result<std::vector<SavedAnswerRow>> SavedAnswerTable::ListForUser(std::string_view user_id) {
  auto stmt = db_.Prepare(std::string(kSelect) +
                          "WHERE user_id = ?1 ORDER BY updated_at DESC, question_norm");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id);
  std::vector<SavedAnswerRow> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(ReadRow(*stmt));
  }
  return rows;
}

}  // namespace applier::store
