// SavedAnswerAdmin lets a user review and correct the answers Live Applier saved
// from them (the saved_answers rows knowledge::AnswerBank reuses), addressed by a
// numeric id for the API. Matching stays AnswerBank's job.
//
// Contract: every call is scoped to one user; another user's id is kNotFound.
// Same threading rule as the Database it uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct SavedAnswerEntry {
  std::int64_t id = 0;
  std::string question;
  std::string answer;
  std::string options_json;
  std::string updated_at;
};

class SavedAnswerAdmin {
 public:
  explicit SavedAnswerAdmin(Database& db) : db_(db) {}

  // Most recently updated first.
  Result<std::vector<SavedAnswerEntry>> List(std::string_view user_id);
  // kInvalidInput for an empty answer.
  Status Update(std::string_view user_id, std::int64_t id, std::string_view answer);
  Status Delete(std::string_view user_id, std::int64_t id);

 private:
  Database& db_;
};

}  // namespace applier::store
