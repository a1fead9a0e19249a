// FieldReasoner is the documents and LLM steps of the answer chain (docs/design.md,
// "Answer sources, in order") for the fields the planner would hand to a person:
//
//  - free-text questions ("Why do you want to work at Acme?"): with an LLM, an
//    answer written from the profile, the user's earlier answers and passages of
//    their own documents, grounded in the posting's text and cut to the field's
//    max_length; without one, the best earlier answer or passage as a suggestion
//    the person may accept or rewrite;
//  - choice fields the classifier could not place: the LLM picks one of the real
//    options, or the call fails and the person is asked.
//
// Standard fields never come here: the session calls it only for fields the
// planner could not answer. Every answer it returns has source kLlm and says in
// `reason` which passages it used.
//
// Errors are values: kNotFound when no LLM is configured, the LlmClient's errors,
// kProtocol when the model's reply is not the promised JSON or names no real option.
//
// Ownership: the LlmClient, DocumentLibrary, AnswerBank and Profile are borrowed
// and must outlive the reasoner; any of the pointers may be null. Not thread-safe
// (the DocumentLibrary is not); use it from the session's coroutine.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/answer_bank.h"
#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "perception/field.h"
#include "planning/answer.h"
#include "planning/answer_planner.h"
#include "session/store_calls.h"

namespace applier::session {

struct FieldReasonerSources {
  const llm::LlmClient* llm = nullptr;              // null or unconfigured: no writing
  knowledge::DocumentLibrary* documents = nullptr;  // null: no passages
  knowledge::AnswerBank* answers = nullptr;         // null: no earlier answers
  // Where the coroutines' calls on `documents` and `answers` run (store_calls.h);
  // Retrieve, which does not suspend, makes its calls in place.
  StoreOffload store = {};
};

// An answer the model wrote and the passages it says it drew on.
struct WrittenAnswer {
  planning::Answer answer;
  std::vector<knowledge::Passage> passages;
};

// What a person is offered when nothing may write for them.
struct Suggestion {
  std::string text;
  std::string from;  // "saved answer to \"...\"" or "resume.md › Projects"
};

// Free text: a textarea or rich-text box, or a text box whose label is a question
// of several words that no profile fact answers.
bool IsFreeTextQuestion(const perception::Field& field, const planning::FieldPlan& plan);

// A single-choice field (select, radio group, listed combobox) the classifier did
// not place with confidence.
bool IsUnplacedChoice(const perception::Field& field, const planning::FieldPlan& plan);

// "resume.md › Projects" — how a passage is named in notes and suggestions.
std::string PassageName(const knowledge::Passage& passage);

// Cuts `text` to at most `max_chars` bytes at a sentence end, else a word end.
std::string FitToLength(std::string text, std::size_t max_chars);

class FieldReasoner {
 public:
  FieldReasoner(FieldReasonerSources sources, const knowledge::Profile& profile,
                std::string user_id);

  bool has_llm() const;

  // The user's passages for `query`, best first; empty without documents or on a
  // store error (retrieval is a hint, never a reason to stop).
  std::vector<knowledge::Passage> Retrieve(std::string_view query, int k = 4) const;
  // Retrieve through the store offload, for a coroutine.
  boost::asio::awaitable<std::vector<knowledge::Passage>> RetrieveAwaited(std::string query,
                                                                          int k) const;

  // The same, ranked by meaning as well as words when the LLM has an embedding
  // model: the query is embedded and the library fuses BM25 with cosine similarity
  // (over chunks embedded by document_embedder.h). Without one, or when embedding
  // fails, BM25 alone — exactly Retrieve().
  boost::asio::awaitable<std::vector<knowledge::Passage>> RetrieveByMeaning(std::string query,
                                                                            int k) const;

  boost::asio::awaitable<Result<WrittenAnswer>> WriteFreeText(perception::Field field,
                                                              std::string posting_text) const;

  boost::asio::awaitable<Result<planning::Answer>> ChooseOption(perception::Field field,
                                                                std::string posting_text) const;

  // The earlier answer or passage closest to the question; nullopt when none.
  boost::asio::awaitable<std::optional<Suggestion>> Suggest(perception::Field field) const;

  // A few lines about the applicant for a prompt: name, contact, current role,
  // experience, skills, work history.
  std::string ProfileSummary() const;

 private:
  FieldReasonerSources sources_;
  const knowledge::Profile& profile_;
  std::string user_id_;
};

}  // namespace applier::session
