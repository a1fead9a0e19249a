#include "knowledge/answer_bank.h"

#include <algorithm>
#include <boost/json.hpp>

#include "knowledge/question_text.h"

namespace applier::knowledge {
namespace {

struct Candidate {
  std::string_view question;
  std::string_view question_norm;
  std::string_view answer;
};

// The best candidate for `key` that fits `options`, or nothing.
std::optional<SavedAnswer> BestMatch(std::string_view key, const std::vector<std::string>& options,
                                     const std::vector<Candidate>& candidates) {
  std::optional<SavedAnswer> best;
  for (const Candidate& candidate : candidates) {
    double similarity =
        candidate.question_norm == key ? 1.0 : QuestionSimilarity(key, candidate.question_norm);
    if (similarity < kSameQuestionThreshold) continue;
    if (best && similarity <= best->similarity) continue;
    if (!AnswerFitsOptions(candidate.answer, options)) continue;
    best = SavedAnswer{std::string(candidate.answer), std::string(candidate.question), similarity};
  }
  return best;
}

std::string OptionsJson(const std::vector<std::string>& options) {
  boost::json::array array;
  for (const auto& option : options) array.emplace_back(option);
  return boost::json::serialize(array);
}

// The answer among one user's `rows` for the question `key`: its own row when
// the answer fits `options`, else the nearest other question's.
std::optional<SavedAnswer> AnswerAmong(std::string_view key,
                                       const std::vector<std::string>& options,
                                       const std::vector<store::SavedAnswerRow>& rows) {
  std::vector<Candidate> candidates;
  candidates.reserve(rows.size());
  for (const auto& row : rows) {
    if (row.question_norm != key) {
      candidates.push_back(Candidate{row.question, row.question_norm, row.answer});
    } else if (AnswerFitsOptions(row.answer, options)) {
      return SavedAnswer{row.answer, row.question, 1.0};
    }
  }
  return BestMatch(key, options, candidates);
}

}  // namespace

bool AnswerBank::Preloaded(std::string_view user_id) const {
  return !preloaded_user_.empty() && user_id == preloaded_user_;
}

Status AnswerBank::Save(std::string_view user_id, std::string_view question,
                        const std::vector<std::string>& options, std::string_view answer) {
  std::string key = NormalizeQuestion(question);
  if (user_id.empty()) return Fail(ErrorKind::kInvalidInput, "saving an answer needs a user");
  if (key.empty()) {
    return Fail(ErrorKind::kInvalidInput,
                "cannot save an answer for an empty question \"" + std::string(question) + "\"");
  }
  if (answer.empty()) return Fail(ErrorKind::kInvalidInput, "cannot save an empty answer");
  store::SavedAnswerRow row{std::string(user_id),
                            std::string(question),
                            key,
                            OptionsJson(options),
                            std::string(answer),
                            {},
                            {}};
  if (!Preloaded(user_id)) return store::SavedAnswerTable(db_).Upsert(row);
  auto same = std::find_if(preloaded_.begin(), preloaded_.end(),
                           [&](const store::SavedAnswerRow& r) { return r.question_norm == key; });
  if (same != preloaded_.end()) {
    *same = row;
  } else {
    preloaded_.push_back(row);
  }
  if (!write_behind_) return store::SavedAnswerTable(db_).Upsert(row);
  write_behind_([db = &db_, row] { return store::SavedAnswerTable(*db).Upsert(row); });
  return Status{};
}

Status AnswerBank::Preload(std::string_view user_id, WriteBehind write_behind) {
  if (user_id.empty()) return Fail(ErrorKind::kInvalidInput, "preloading answers needs a user");
  auto rows = store::SavedAnswerTable(db_).ListForUser(user_id);
  if (!rows) return Fail(rows.error());
  preloaded_user_ = std::string(user_id);
  preloaded_ = std::move(*rows);
  write_behind_ = std::move(write_behind);
  return Status{};
}

Result<std::optional<SavedAnswer>> AnswerBank::Find(std::string_view user_id,
                                                    std::string_view question,
                                                    const std::vector<std::string>& options) {
  std::string key = NormalizeQuestion(question);
  if (key.empty() || user_id.empty()) return std::optional<SavedAnswer>();
  if (Preloaded(user_id)) return AnswerAmong(key, options, preloaded_);
  store::SavedAnswerTable table(db_);
  // The exact key is one indexed lookup; only a miss scans the user's answers.
  auto exact = table.FindExact(user_id, key);
  if (!exact) return Fail(exact.error());
  if (*exact && AnswerFitsOptions((*exact)->answer, options)) {
    return std::optional<SavedAnswer>(SavedAnswer{(*exact)->answer, (*exact)->question, 1.0});
  }
  auto rows = table.ListForUser(user_id);
  if (!rows) return Fail(rows.error());
  return AnswerAmong(key, options, *rows);
}

std::optional<SavedAnswer> FindProfileAnswer(const Profile& profile, std::string_view question,
                                             const std::vector<std::string>& options) {
  std::string key = NormalizeQuestion(question);
  if (key.empty()) return std::nullopt;
  std::vector<std::string> norms;
  norms.reserve(profile.answers.size());
  for (const auto& [saved_question, answer] : profile.answers) {
    norms.push_back(NormalizeQuestion(saved_question));
  }
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < profile.answers.size(); ++i) {
    candidates.push_back(Candidate{profile.answers[i].first, norms[i], profile.answers[i].second});
  }
  return BestMatch(key, options, candidates);
}

}  // namespace applier::knowledge
