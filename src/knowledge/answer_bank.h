// AnswerBank remembers what a human answered once, per user, so that the same or a
// near-identical question on a later form is answered without asking again. The
// profile's own `answers:` map is matched by the same rules (FindProfileAnswer).
//
// Matching rules, in order:
//  1. the normalised question (NormalizeQuestion: case, punctuation, stop words and
//     "(required)" ignored) equals a saved one;
//  2. otherwise the saved question with the highest word-set similarity
//     (QuestionSimilarity, Jaccard) at or above kSameQuestionThreshold (0.8);
//  and in both cases, when the new question has options, the saved answer must fit
//  one of them (AnswerFitsOptions); an answer that fits none is skipped.
//
// Contract: a user only ever gets their own answers (every query is scoped by
// user_id). Saving a question again replaces its answer. Same threading rule as the
// store::Database it uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/profile.h"
#include "store/database.h"

namespace applier::knowledge {

struct SavedAnswer {
  std::string answer;
  std::string question;   // the question it was given for, as shown then
  double similarity = 0;  // 1.0 for an exact (normalised) match
};

class AnswerBank {
 public:
  explicit AnswerBank(store::Database& db) : db_(db) {}

  // kInvalidInput for an empty user, question or answer.
  Status Save(std::string_view user_id, std::string_view question,
              const std::vector<std::string>& options, std::string_view answer);
  Result<std::optional<SavedAnswer>> Find(std::string_view user_id, std::string_view question,
                                          const std::vector<std::string>& options);

 private:
  store::Database& db_;
};

// The profile's `answers:` entry for this question, by the rules above.
std::optional<SavedAnswer> FindProfileAnswer(const Profile& profile, std::string_view question,
                                             const std::vector<std::string>& options);

}  // namespace applier::knowledge
