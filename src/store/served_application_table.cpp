#include "store/served_application_table.h"

#include <cmath>

namespace applier::store {
namespace {

#define APPLIER_NOW "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
constexpr std::string_view kColumns =
    "SELECT session_id, user_id, url, draft_mode, state, COALESCE(outcome,''), "
    "COALESCE(message,''), COALESCE(title,''), COALESCE(draft_json,''), "
    "COALESCE(draft_screenshot,''), COALESCE(receipt_json,''), created_at, updated_at, "
    "llm_calls, llm_prompt_tokens, llm_completion_tokens, llm_cost_microusd "
    "FROM served_applications ";

constexpr double kMicroUsd = 1e6;

ServedApplication ReadRow(const Statement& s) {
  ServedApplication a{s.ColumnText(0), s.ColumnText(1), s.ColumnText(2),  s.ColumnInt(3) != 0,
                      s.ColumnText(4), s.ColumnText(5), s.ColumnText(6),  s.ColumnText(7),
                      s.ColumnText(8), s.ColumnText(9), s.ColumnText(10), s.ColumnText(11),
                      s.ColumnText(12)};
  a.llm_calls = s.ColumnInt(13);
  a.llm_prompt_tokens = s.ColumnInt(14);
  a.llm_completion_tokens = s.ColumnInt(15);
  a.llm_cost_usd = static_cast<double>(s.ColumnInt(16)) / kMicroUsd;
  return a;
}

Error NotFound(std::string_view id) {
  return Error{ErrorKind::kNotFound, "no application '" + std::string(id) + "'"};
}

}  // namespace

Status ServedApplicationTable::Create(const ServedApplication& a) {
  auto stmt = db_.Prepare(
      "INSERT INTO served_applications (session_id, user_id, url, draft_mode, state, title, "
      "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, " APPLIER_NOW ", " APPLIER_NOW ")");
  if (!stmt) return Fail(stmt.error());
  return stmt->Bind(1, a.session_id)
      .Bind(2, a.user_id)
      .Bind(3, a.url)
      .Bind(4, std::int64_t{a.draft_mode ? 1 : 0})
      .Bind(5, a.state)
      .Bind(6, a.title)
      .Run();
}

Status ServedApplicationTable::Update(std::string_view sql, std::string_view session_id,
                                      std::vector<std::string_view> values) {
  auto stmt = db_.Prepare(sql);
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, session_id);
  int index = 2;
  for (auto value : values) stmt->Bind(index++, value);
  if (auto st = stmt->Run(); !st) return st;
  if (db_.Changes() == 0) return Fail(NotFound(session_id));
  return {};
}

Status ServedApplicationTable::SetState(std::string_view session_id, std::string_view state) {
  return Update("UPDATE served_applications SET state = ?2, updated_at = " APPLIER_NOW
                " WHERE session_id = ?1",
                session_id, {state});
}

Status ServedApplicationTable::SetDraft(std::string_view session_id, std::string_view draft_json,
                                        std::string_view screenshot_path) {
  return Update(
      "UPDATE served_applications SET draft_json = ?2, draft_screenshot = ?3, "
      "updated_at = " APPLIER_NOW " WHERE session_id = ?1",
      session_id, {draft_json, screenshot_path});
}

Status ServedApplicationTable::SetTitle(std::string_view session_id, std::string_view title) {
  return Update("UPDATE served_applications SET title = ?2, updated_at = " APPLIER_NOW
                " WHERE session_id = ?1",
                session_id, {title});
}

Status ServedApplicationTable::Finish(std::string_view session_id, std::string_view state,
                                      std::string_view outcome, std::string_view message,
                                      std::string_view receipt_json) {
  return Update(
      "UPDATE served_applications SET state = ?2, outcome = ?3, message = ?4, "
      "receipt_json = NULLIF(?5, ''), updated_at = " APPLIER_NOW " WHERE session_id = ?1",
      session_id, {state, outcome, message, receipt_json});
}

Status ServedApplicationTable::AddLlmSpend(std::string_view session_id, const LlmSpend& spend) {
  auto stmt = db_.Prepare(
      "UPDATE served_applications SET llm_calls = llm_calls + ?2, "
      "llm_prompt_tokens = llm_prompt_tokens + ?3, "
      "llm_completion_tokens = llm_completion_tokens + ?4, "
      "llm_cost_microusd = llm_cost_microusd + ?5 WHERE session_id = ?1");
  if (!stmt) return Fail(stmt.error());
  const auto micro = static_cast<std::int64_t>(std::llround(spend.cost_usd * kMicroUsd));
  if (auto st = stmt->Bind(1, session_id)
                    .Bind(2, spend.calls)
                    .Bind(3, spend.prompt_tokens)
                    .Bind(4, spend.completion_tokens)
                    .Bind(5, micro)
                    .Run();
      !st) {
    return st;
  }
  if (db_.Changes() == 0) return Fail(NotFound(session_id));
  return {};
}

Status ServedApplicationTable::Requeue(std::string_view user_id, std::string_view session_id) {
  auto stmt = db_.Prepare(
      "UPDATE served_applications SET state = 'queued', outcome = NULL, "
      "updated_at = " APPLIER_NOW
      " WHERE session_id = ?1 AND user_id = ?2 AND state = 'kept_draft'");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, session_id).Bind(2, user_id).Run(); !st) return st;
  if (db_.Changes() == 1) return {};
  auto existing = Get(user_id, session_id);
  if (!existing) return Fail(existing.error());
  return Fail(ErrorKind::kConflict, "application '" + std::string(session_id) + "' is " +
                                        existing->state + ", not a kept draft: nothing to resume");
}

Result<std::vector<ServedApplication>> ServedApplicationTable::Query(const std::string& where,
                                                                     std::string_view a,
                                                                     std::string_view b) {
  auto stmt = db_.Prepare(std::string(kColumns) + std::string(where));
  if (!stmt) return Fail(stmt.error());
  if (!a.empty()) stmt->Bind(1, a);
  if (!b.empty()) stmt->Bind(2, b);
  std::vector<ServedApplication> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(ReadRow(*stmt));
  }
  return rows;
}

Result<ServedApplication> ServedApplicationTable::Get(std::string_view user_id,
                                                      std::string_view session_id) {
  if (user_id.empty() || session_id.empty()) return Fail(NotFound(session_id));
  auto rows = Query("WHERE user_id = ?1 AND session_id = ?2", user_id, session_id);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return Fail(NotFound(session_id));
  return std::move(rows->front());
}

Result<std::optional<std::string>> ServedApplicationTable::OwnerOf(std::string_view session_id) {
  auto stmt = db_.Prepare("SELECT user_id FROM served_applications WHERE session_id = ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, session_id);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(stmt->ColumnText(0));
}

Result<std::vector<ServedApplication>> ServedApplicationTable::ListForUser(std::string_view user_id,
                                                                           std::int64_t limit) {
  if (user_id.empty() || limit <= 0) return std::vector<ServedApplication>{};
  return Query(
      "WHERE user_id = ?1 ORDER BY created_at DESC, session_id LIMIT " + std::to_string(limit),
      user_id, "");
}

Result<std::vector<ServedApplication>> ServedApplicationTable::Unfinished() {
  return Query(
      "WHERE state IN ('queued', 'running', 'waiting_human', 'waiting_draft') "
      "ORDER BY created_at, session_id",
      "", "");
}

Result<std::vector<std::pair<std::string, std::int64_t>>> ServedApplicationTable::CountByOutcome() {
  auto stmt = db_.Prepare(
      "SELECT outcome, COUNT(*) FROM served_applications WHERE outcome IS NOT NULL "
      "GROUP BY outcome ORDER BY outcome");
  if (!stmt) return Fail(stmt.error());
  std::vector<std::pair<std::string, std::int64_t>> counts;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    counts.emplace_back(stmt->ColumnText(0), stmt->ColumnInt(1));
  }
  return counts;
}

}  // namespace applier::store
