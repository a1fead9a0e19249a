// SessionEventTable is the durable log of one served application's events, in the
// order they were published, numbered by `seq` (1, 2, 3, … per session). A client
// that reconnects asks for everything after the last seq it saw.
//
// Contract: (session_id, seq) is unique — appending a seq twice is kConflict.
// Reads take the user id: another user's session reads as empty. Same threading
// rule as the Database it uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct SessionEventRow {
  std::int64_t seq = 0;
  std::string type;
  std::string event_json;  // the wire message, "seq" included
};

class SessionEventTable {
 public:
  explicit SessionEventTable(Database& db) : db_(db) {}

  Status Append(std::string_view session_id, std::string_view user_id, std::int64_t seq,
                std::string_view type, std::string_view event_json);
  // Events with seq > after, oldest first, at most `limit`.
  Result<std::vector<SessionEventRow>> After(std::string_view user_id, std::string_view session_id,
                                             std::int64_t after, std::int64_t limit = 100000);
  // The highest seq stored for the session, 0 when none: where numbering resumes
  // after a restart.
  Result<std::int64_t> LastSeq(std::string_view session_id);

 private:
  Database& db_;
};

}  // namespace applier::store
