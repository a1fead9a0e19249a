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
//
// A run that plans fields on a thread that must not block (the service's browser
// strand) preloads its user: their answers are read once, where blocking is fine,
// lookups are then answered from memory, and a save updates the memory and hands
// the write to a lane of the blocking pool.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/profile.h"
#include "store/database.h"
#include "store/saved_answer_table.h"

namespace applier::knowledge {

struct SavedAnswer {
  std::string answer;
  std::string question;   // the question it was given for, as shown then
  double similarity = 0;  // 1.0 for an exact (normalised) match
};

class AnswerBank {
 public:
  explicit AnswerBank(store::Database& db) : db_(db) {}

  // Where a preloaded user's writes go: runs the write it is given later and
  // elsewhere, and reports its failure (the caller of Save has moved on).
  using WriteBehind = std::function<void(std::function<Status()> write)>;

  // Reads `user_id`'s saved answers now (this blocks on the database); from then
  // on their lookups are answered from memory and their saves written through
  // `write_behind` (at once when it is empty). Answers another process saves
  // meanwhile are not seen by this bank.
  Status Preload(std::string_view user_id, WriteBehind write_behind = nullptr);

  // kInvalidInput for an empty user, question or answer.
  Status Save(std::string_view user_id, std::string_view question,
              const std::vector<std::string>& options, std::string_view answer);
  Result<std::optional<SavedAnswer>> Find(std::string_view user_id, std::string_view question,
                                          const std::vector<std::string>& options);

 private:
  bool Preloaded(std::string_view user_id) const;

  store::Database& db_;
  // The preloaded user's rows, keyed by question_norm (empty user: none).
  std::string preloaded_user_;
  std::vector<store::SavedAnswerRow> preloaded_;
  WriteBehind write_behind_;
};

// The profile's `answers:` entry for this question, by the rules above.
std::optional<SavedAnswer> FindProfileAnswer(const Profile& profile, std::string_view question,
                                             const std::vector<std::string>& options);

}  // namespace applier::knowledge
