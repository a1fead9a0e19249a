#include "store/audit_table.h"

namespace applier::store {

Status AuditTable::Append(std::string_view user_id, std::string_view session_id,
                          std::string_view kind, std::string_view detail_json) {
  auto stmt = db_.Prepare(
      "INSERT INTO audit_log (user_id, session_id, kind, detail_json, at) "
      "VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
  if (!stmt) return Fail(stmt.error());
  return stmt->Bind(1, user_id).Bind(2, session_id).Bind(3, kind).Bind(4, detail_json).Run();
}

Result<std::vector<AuditRow>> AuditTable::ForSession(std::string_view user_id,
                                                     std::string_view session_id) {
  auto stmt = db_.Prepare(
      "SELECT id, kind, detail_json, at FROM audit_log WHERE user_id = ?1 AND session_id = ?2 "
      "ORDER BY id");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id).Bind(2, session_id);
  std::vector<AuditRow> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(AuditRow{stmt->ColumnInt(0), stmt->ColumnText(1), stmt->ColumnText(2),
                            stmt->ColumnText(3)});
  }
  return rows;
}

}  // namespace applier::store
