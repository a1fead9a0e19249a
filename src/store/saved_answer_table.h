// SavedAnswerTable is the storage of answers a human gave once, keyed by user and
// normalised question text. Matching (normalisation, similarity, option
// compatibility) is knowledge::AnswerBank's job; this class only reads and writes
// rows, and every query is scoped to one user.
//
// Contract: one row per (user_id, question_norm); Upsert replaces the answer, the
// options and the displayed question, and keeps created_at. Same threading rule as
// the Database it uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct SavedAnswerRow {
  std::string user_id;
  std::string question;       // as the form showed it
  std::string question_norm;  // the key; computed by the caller
  std::string options_json;   // JSON array of option labels, "[]" for free text
  std::string answer;
  std::string created_at;  // filled in by reads
  std::string updated_at;
};

class SavedAnswerTable {
 public:
  explicit SavedAnswerTable(Database& db) : db_(db) {}

  Status Upsert(const SavedAnswerRow& row);
  Result<std::optional<SavedAnswerRow>> FindExact(std::string_view user_id,
                                                  std::string_view question_norm);
  // Most recently updated first.
  Result<std::vector<SavedAnswerRow>> ListForUser(std::string_view user_id);

 private:
  Database& db_;
};

}  // namespace applier::store
