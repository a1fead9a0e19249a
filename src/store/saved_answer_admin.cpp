#include "store/saved_answer_admin.h"

namespace applier::store {
namespace {

Error NoSuchAnswer(std::int64_t id) {
  return Error{ErrorKind::kNotFound, "no saved answer " + std::to_string(id)};
}

}  // namespace

// The id is the row's rowid: saved_answers has a composite text key, so SQLite
// keeps an implicit, stable rowid for every row.
Result<std::vector<SavedAnswerEntry>> SavedAnswerAdmin::List(std::string_view user_id) {
  auto stmt = db_.Prepare(
      "SELECT rowid, question, answer, options_json, updated_at FROM saved_answers "
      "WHERE user_id = ?1 ORDER BY updated_at DESC, rowid DESC");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id);
  std::vector<SavedAnswerEntry> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(SavedAnswerEntry{stmt->ColumnInt(0), stmt->ColumnText(1), stmt->ColumnText(2),
                                    stmt->ColumnText(3), stmt->ColumnText(4)});
  }
  return rows;
}

Status SavedAnswerAdmin::Update(std::string_view user_id, std::int64_t id,
                                std::string_view answer) {
  if (answer.empty()) return Fail(ErrorKind::kInvalidInput, "an answer cannot be empty");
  auto stmt = db_.Prepare(
      "UPDATE saved_answers SET answer = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
      "WHERE rowid = ?1 AND user_id = ?2");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Bind(2, user_id).Bind(3, answer).Run(); !st) return st;
  if (db_.Changes() == 0) return Fail(NoSuchAnswer(id));
  return {};
}

Status SavedAnswerAdmin::Delete(std::string_view user_id, std::int64_t id) {
  auto stmt = db_.Prepare("DELETE FROM saved_answers WHERE rowid = ?1 AND user_id = ?2");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Bind(2, user_id).Run(); !st) return st;
  if (db_.Changes() == 0) return Fail(NoSuchAnswer(id));
  return {};
}

}  // namespace applier::store
