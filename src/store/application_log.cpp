#include "store/application_log.h"

namespace applier::store {
namespace {

// Timestamps are ISO-8601 UTC with milliseconds, taken by SQLite inside the
// statement so they order the same way the writes did.
#define APPLIER_NOW "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
#define APPLIER_COLUMNS                                                             \
  "id, user_id, url, status, COALESCE(outcome,''), COALESCE(submit_intent_at,''), " \
  "COALESCE(submitted_at,''), COALESCE(report_json,''), created_at, updated_at"

ApplicationRecord ReadRecord(const Statement& stmt) {
  return ApplicationRecord{stmt.ColumnText(0), stmt.ColumnText(1), stmt.ColumnText(2),
                           stmt.ColumnText(3), stmt.ColumnText(4), stmt.ColumnText(5),
                           stmt.ColumnText(6), stmt.ColumnText(7), stmt.ColumnText(8),
                           stmt.ColumnText(9)};
}

Error NoSuchApplication(std::string_view id) {
  return Error{ErrorKind::kNotFound, "no application with id '" + std::string(id) + "'"};
}

}  // namespace

const char* ToString(Outcome outcome) {
  switch (outcome) {
    case Outcome::kSubmitted: return "submitted";
    case Outcome::kDraftDeclined: return "draft_declined";
    case Outcome::kStoppedAtDraft: return "stopped_at_draft";
    case Outcome::kNeedsHuman: return "needs_human";
    case Outcome::kFailed: return "failed";
    case Outcome::kUnknown: return "unknown";
    case Outcome::kCancelled: return "cancelled";
  }
  return "unknown";
}

Status ApplicationLog::Create(std::string_view id, std::string_view user_id, std::string_view url) {
  auto stmt = db_.Prepare(
      "INSERT INTO applications (id, user_id, url, status, created_at, updated_at) "
      "VALUES (?1, ?2, ?3, 'created', " APPLIER_NOW ", " APPLIER_NOW
      ") ON CONFLICT (id) DO NOTHING");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Bind(2, user_id).Bind(3, url).Run(); !st) return st;
  if (db_.Changes() == 1) return {};
  auto existing = Load(id);
  if (!existing) return Fail(existing.error());
  if (*existing && (*existing)->user_id == user_id && (*existing)->url == url) return {};
  return Fail(ErrorKind::kConflict,
              "application id '" + std::string(id) + "' already exists for another job");
}

Status ApplicationLog::SetStatus(std::string_view id, std::string_view status) {
  auto stmt = db_.Prepare("UPDATE applications SET status = ?2, updated_at = " APPLIER_NOW
                          " WHERE id = ?1");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Bind(2, status).Run(); !st) return st;
  if (db_.Changes() == 0) return Fail(NoSuchApplication(id));
  return {};
}

Status ApplicationLog::RecordSubmitIntent(std::string_view id) {
  // One UPDATE guarded by "IS NULL": SQLite serialises writers, so of two racing
  // callers exactly one changes the row.
  auto stmt = db_.Prepare("UPDATE applications SET submit_intent_at = " APPLIER_NOW
                          ", status = 'submitting', updated_at = " APPLIER_NOW
                          " WHERE id = ?1 AND submit_intent_at IS NULL");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Run(); !st) return st;
  if (db_.Changes() == 1) return {};
  auto existing = Load(id);
  if (!existing) return Fail(existing.error());
  if (!*existing) return Fail(NoSuchApplication(id));
  return Fail(ErrorKind::kConflict,
              "application '" + std::string(id) + "' already has a submit intent (at " +
                  (*existing)->submit_intent_at + "); it must not be submitted again");
}

Status ApplicationLog::RecordOutcome(std::string_view id, Outcome outcome,
                                     std::string_view report_json) {
  auto stmt = db_.Prepare(
      "UPDATE applications SET outcome = ?2, report_json = ?3, status = 'done', "
      "submitted_at = CASE WHEN ?2 = 'submitted' THEN " APPLIER_NOW
      " ELSE submitted_at END, updated_at = " APPLIER_NOW " WHERE id = ?1");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Bind(2, ToString(outcome)).Bind(3, report_json).Run(); !st) {
    return st;
  }
  if (db_.Changes() == 0) return Fail(NoSuchApplication(id));
  return {};
}

Result<ApplicationRecord> ApplicationLog::Get(std::string_view user_id, std::string_view id) {
  auto record = Load(id);
  if (!record) return Fail(record.error());
  if (!*record || (*record)->user_id != user_id) return Fail(NoSuchApplication(id));
  return std::move(**record);
}

Result<std::vector<ApplicationRecord>> ApplicationLog::ListForUser(std::string_view user_id) {
  auto stmt = db_.Prepare("SELECT " APPLIER_COLUMNS
                          " FROM applications WHERE user_id = ?1 ORDER BY created_at DESC, id");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id);
  std::vector<ApplicationRecord> records;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    records.push_back(ReadRecord(*stmt));
  }
  return records;
}

Result<std::optional<ApplicationRecord>> ApplicationLog::Load(std::string_view id) {
  auto stmt = db_.Prepare("SELECT " APPLIER_COLUMNS " FROM applications WHERE id = ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<ApplicationRecord>();
  return std::optional<ApplicationRecord>(ReadRecord(*stmt));
}

}  // namespace applier::store
