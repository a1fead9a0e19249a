// AuditTable is the append-only trail of what happened to each served application
// and who did it: start, every question asked and answered, draft decisions, the
// submit and the outcome. Callers store the length of a sensitive answer, never
// its text; this class stores what it is given.
//
// Contract: rows are never changed or deleted; reads are scoped to one user.
// Same threading rule as the Database it uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct AuditRow {
  std::int64_t id = 0;
  std::string kind;  // start|question|answer|draft_decision|submit|outcome|cancel
  std::string detail_json;
  std::string at;
};

class AuditTable {
 public:
  explicit AuditTable(Database& db) : db_(db) {}

  Status Append(std::string_view user_id, std::string_view session_id, std::string_view kind,
                std::string_view detail_json);
  // Oldest first.
  Result<std::vector<AuditRow>> ForSession(std::string_view user_id, std::string_view session_id);

 private:
  Database& db_;
};

}  // namespace applier::store
