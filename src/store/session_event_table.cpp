#include "store/session_event_table.h"

namespace applier::store {

Status SessionEventTable::Append(std::string_view session_id, std::string_view user_id,
                                 std::int64_t seq, std::string_view type,
                                 std::string_view event_json) {
  auto stmt = db_.Prepare(
      "INSERT INTO session_events (session_id, seq, user_id, type, event_json, created_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
  if (!stmt) return Fail(stmt.error());
  return stmt->Bind(1, session_id)
      .Bind(2, seq)
      .Bind(3, user_id)
      .Bind(4, type)
      .Bind(5, event_json)
      .Run();
}

Result<std::vector<SessionEventRow>> SessionEventTable::After(std::string_view user_id,
                                                              std::string_view session_id,
                                                              std::int64_t after,
                                                              std::int64_t limit) {
  auto stmt = db_.Prepare(
      "SELECT seq, type, event_json FROM session_events WHERE session_id = ?1 AND user_id = ?2 "
      "AND seq > ?3 ORDER BY seq LIMIT ?4");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, session_id).Bind(2, user_id).Bind(3, after).Bind(4, limit);
  std::vector<SessionEventRow> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(SessionEventRow{stmt->ColumnInt(0), stmt->ColumnText(1), stmt->ColumnText(2)});
  }
  return rows;
}

Result<std::int64_t> SessionEventTable::LastSeq(std::string_view session_id) {
  auto stmt = db_.Prepare("SELECT COALESCE(MAX(seq), 0) FROM session_events WHERE session_id = ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, session_id);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  return *row ? stmt->ColumnInt(0) : 0;
}

}  // namespace applier::store
