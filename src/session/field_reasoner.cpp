#include "session/field_reasoner.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>

#include "knowledge/question_text.h"
#include "llm/json_reply.h"
#include "planning/option_matcher.h"

namespace applier::session {

namespace asio = boost::asio;
namespace json = boost::json;
using perception::ControlKind;
using perception::Field;

namespace {

// The posting's text in a prompt: enough to ground an answer, not a whole page.
constexpr std::size_t kPostingChars = 4000;
// Without a limit from the site, an answer stays a short paragraph or two.
constexpr std::size_t kDefaultAnswerChars = 1200;
// How many of the user's passages a written answer may draw on.
constexpr int kPassagesForWriting = 4;

std::string Clip(const std::string& text, std::size_t max_chars) {
  if (text.size() <= max_chars) return text;
  return FitToLength(text, max_chars) + " …";
}

int WordCount(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool letter = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

std::vector<int> ChoiceIndexes(const Field& field) {
  return planning::SelectableOptions(field.options);
}

}  // namespace

bool IsFreeTextQuestion(const Field& field, const planning::FieldPlan& plan) {
  if (field.kind == ControlKind::kTextarea || field.kind == ControlKind::kContentEditable) {
    return true;
  }
  if (field.kind != ControlKind::kText) return false;
  // "Why this company?" in a one-line box; "City" or "Employer name" never.
  const std::string question = perception::QuestionOf(field);
  return plan.key == planning::FieldKey::kUnknown && WordCount(question) >= 4 &&
         question.find('?') != std::string::npos;
}

bool IsUnplacedChoice(const Field& field, const planning::FieldPlan& plan) {
  const bool single_choice = field.kind == ControlKind::kSelect ||
                             field.kind == ControlKind::kRadioGroup ||
                             (field.kind == ControlKind::kCombobox && !field.options.empty());
  if (!single_choice || ChoiceIndexes(field).empty()) return false;
  return plan.key == planning::FieldKey::kUnknown ||
         plan.classification_confidence < planning::kFillThreshold;
}

std::string PassageName(const knowledge::Passage& passage) {
  return passage.heading.empty() ? passage.filename : passage.filename + " › " + passage.heading;
}

std::string FitToLength(std::string text, std::size_t max_chars) {
  if (text.size() <= max_chars) return text;
  std::string cut = text.substr(0, max_chars);
  // Never end inside a UTF-8 sequence.
  while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
  if (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0x80) != 0) cut.pop_back();
  const auto sentence = cut.find_last_of(".!?");
  if (sentence != std::string::npos && sentence >= max_chars / 2)
    return cut.substr(0, sentence + 1);
  const auto space = cut.find_last_of(" \n");
  if (space != std::string::npos && space > 0) cut.resize(space);
  while (!cut.empty() && (cut.back() == ',' || cut.back() == ';' || cut.back() == ' ')) {
    cut.pop_back();
  }
  return cut;
}

FieldReasoner::FieldReasoner(FieldReasonerSources sources, const knowledge::Profile& profile,
                             std::string user_id)
    : sources_(sources), profile_(profile), user_id_(std::move(user_id)) {}

bool FieldReasoner::has_llm() const {
  return sources_.llm != nullptr && sources_.llm->configured();
}

std::vector<knowledge::Passage> FieldReasoner::Retrieve(std::string_view query, int k) const {
  if (sources_.documents == nullptr || user_id_.empty()) return {};
  auto passages = sources_.documents->RetrieveUserContext(user_id_, query, k);
  if (!passages) return {};
  return std::move(*passages);
}

asio::awaitable<std::vector<knowledge::Passage>> FieldReasoner::RetrieveAwaited(std::string query,
                                                                                int k) const {
  co_return co_await CallStore(sources_.store, [&] { return Retrieve(query, k); });
}

asio::awaitable<std::vector<knowledge::Passage>> FieldReasoner::RetrieveByMeaning(std::string query,
                                                                                  int k) const {
  if (sources_.documents == nullptr || user_id_.empty())
    co_return std::vector<knowledge::Passage>{};
  if (has_llm()) {
    std::vector<std::string> inputs{query};
    auto embedded = co_await sources_.llm->Embed(std::move(inputs));
    if (embedded && embedded->vectors.size() == 1) {
      const knowledge::QueryEmbedding embedding{embedded->model,
                                                std::move(embedded->vectors.front())};
      auto passages = co_await CallStore(sources_.store, [&] {
        return sources_.documents->RetrieveUserContext(user_id_, query, embedding, k);
      });
      if (passages) co_return std::move(*passages);
    } else if (!embedded && embedded.error().kind != ErrorKind::kNotFound) {
      spdlog::warn("embedding the question failed, ranking by words alone: {}",
                   embedded.error().message);
    }
  }
  co_return co_await RetrieveAwaited(std::move(query), k);
}

std::string FieldReasoner::ProfileSummary() const {
  const auto& p = profile_;
  std::string out = "Name: " + p.name.Full() + "\n";
  if (!p.email.empty()) out += "Email: " + p.email + "\n";
  if (!p.phone.empty()) out += "Phone: " + p.phone + "\n";
  if (!p.address.city.empty()) {
    out += "Location: " + p.address.city +
           (p.address.region.empty() ? "" : ", " + p.address.region) +
           (p.address.country.empty() ? "" : ", " + p.address.country) + "\n";
  }
  if (!p.links.linkedin.empty()) out += "LinkedIn: " + p.links.linkedin + "\n";
  if (!p.links.github.empty()) out += "GitHub: " + p.links.github + "\n";
  if (!p.current_title.empty() || !p.current_company.empty()) {
    out += "Current role: " + p.current_title +
           (p.current_company.empty() ? "" : " at " + p.current_company) + "\n";
  }
  if (p.years_experience) {
    out += "Years of experience: " + std::to_string(static_cast<int>(*p.years_experience)) + "\n";
  }
  if (!p.skills.empty()) {
    out += "Skills:";
    for (std::size_t i = 0; i < p.skills.size(); ++i) out += (i ? ", " : " ") + p.skills[i];
    out += "\n";
  }
  for (const auto& job : p.work_history) {
    out += "Work: " + job.title + " at " + job.company + " (" + job.start + " – " +
           (job.end.empty() ? "present" : job.end) + ")";
    if (!job.description.empty()) out += ": " + Clip(job.description, 300);
    out += "\n";
  }
  for (const auto& school : p.education) {
    out += "Education: " + school.degree + (school.field.empty() ? "" : " in " + school.field) +
           ", " + school.school + "\n";
  }
  return out;
}

asio::awaitable<Result<WrittenAnswer>> FieldReasoner::WriteFreeText(
    Field field, std::string posting_text) const {
  if (!has_llm()) co_return Fail(ErrorKind::kNotFound, "no LLM is configured");
  const std::string question = perception::QuestionOf(field);
  const std::size_t limit =
      field.max_length > 0 ? static_cast<std::size_t>(field.max_length) : kDefaultAnswerChars;
  std::vector<knowledge::Passage> passages =
      co_await RetrieveByMeaning(question, kPassagesForWriting);

  std::string context = "The applicant:\n" + ProfileSummary();
  std::vector<std::string> earlier;
  if (auto found = knowledge::FindProfileAnswer(profile_, question, {})) {
    earlier.push_back("Q: " + found->question + "\nA: " + found->answer);
  }
  if (sources_.answers != nullptr) {
    auto found = co_await CallStore(sources_.store,
                                    [&] { return sources_.answers->Find(user_id_, question, {}); });
    if (found && *found) earlier.push_back("Q: " + (*found)->question + "\nA: " + (*found)->answer);
  }
  if (!earlier.empty()) {
    context += "\nAnswers the applicant gave to similar questions before:\n";
    for (const auto& e : earlier) context += e + "\n";
  }
  if (!passages.empty()) {
    context += "\nPassages from the applicant's own documents:\n";
    for (std::size_t i = 0; i < passages.size(); ++i) {
      context += "[" + std::to_string(i + 1) + "] (" + PassageName(passages[i]) + ") " +
                 Clip(passages[i].text, 1200) + "\n";
    }
  }
  if (!posting_text.empty()) {
    context += "\nThe job posting:\n" + Clip(posting_text, kPostingChars) + "\n";
  }

  llm::ChatRequest request;
  request.messages.push_back(llm::Message::System(
      "You answer one question of a job application on behalf of the applicant, in the first "
      "person, in the applicant's voice. Use only facts given here: the applicant's profile, "
      "their earlier answers and the passages from their own documents. Never invent "
      "employers, degrees, numbers or experiences. Relate the answer to the job posting where "
      "the facts allow. Plain text without markdown, greeting or sign-off, at most " +
      std::to_string(limit) +
      " characters. Reply with one JSON object only: {\"answer\": \"...\", "
      "\"used_passages\": [numbers of the passages you drew on]}."));
  request.messages.push_back(llm::Message::User(context + "\nThe question: " + question));
  request.json_output = true;
  request.temperature = 0.3;
  auto reply = co_await sources_.llm->Chat(std::move(request));
  if (!reply) co_return Fail(reply.error());
  auto object = llm::ParseJsonObjectReply(reply->content);
  if (!object) co_return Fail(object.error());
  const auto* text = object->if_contains("answer");
  if (text == nullptr || !text->is_string() || text->as_string().empty()) {
    co_return Fail(ErrorKind::kProtocol, "the model's reply has no \"answer\" text");
  }
  WrittenAnswer written;
  if (const auto* used = object->if_contains("used_passages"); used && used->is_array()) {
    for (const auto& n : used->as_array()) {
      if (!n.is_int64()) continue;
      const auto index = n.get_int64();
      if (index >= 1 && index <= static_cast<std::int64_t>(passages.size())) {
        written.passages.push_back(passages[static_cast<std::size_t>(index - 1)]);
      }
    }
  }
  auto& answer = written.answer;
  answer.text = FitToLength(std::string(text->as_string()), limit);
  answer.source = planning::AnswerSource::kLlm;
  answer.confidence = 0.7;
  answer.reason = "written by " + reply->provider + " (" + reply->model + ")";
  if (written.passages.empty()) {
    answer.reason += " from the profile";
  } else {
    answer.reason += " from";
    for (std::size_t i = 0; i < written.passages.size(); ++i) {
      answer.reason += (i ? "; " : " ") + PassageName(written.passages[i]);
    }
  }
  co_return written;
}

asio::awaitable<Result<planning::Answer>> FieldReasoner::ChooseOption(
    Field field, std::string posting_text) const {
  if (!has_llm()) co_return Fail(ErrorKind::kNotFound, "no LLM is configured");
  const std::string question = perception::QuestionOf(field);
  const std::vector<int> choices = ChoiceIndexes(field);
  json::array options;
  for (int index : choices) options.push_back(json::string(field.options[index].label));

  std::string context = "The applicant:\n" + ProfileSummary();
  const std::vector<knowledge::Passage> passages = co_await RetrieveByMeaning(question, 3);
  if (!passages.empty()) {
    context += "\nPassages from the applicant's own documents:\n";
    for (const auto& p : passages)
      context += "(" + PassageName(p) + ") " + Clip(p.text, 600) + "\n";
  }
  if (!posting_text.empty()) {
    context += "\nThe job posting:\n" + Clip(posting_text, 1500) + "\n";
  }
  std::string about = "The form field: " + question;
  if (!field.context.empty() && field.context != question) {
    about += "\nNear it on the page: " + Clip(field.context, 300);
  }
  about += "\nIts options: " + json::serialize(options);

  llm::ChatRequest request;
  request.messages.push_back(llm::Message::System(
      "You choose the answer to one field of a job application on behalf of the applicant, "
      "using only the facts given. Reply with one JSON object only: {\"option\": \"<one of "
      "the options, copied exactly>\"}, or {\"option\": null} when the facts do not decide it."));
  request.messages.push_back(llm::Message::User(context + "\n" + about));
  request.json_output = true;
  request.temperature = 0;
  auto reply = co_await sources_.llm->Chat(std::move(request));
  if (!reply) co_return Fail(reply.error());
  auto object = llm::ParseJsonObjectReply(reply->content);
  if (!object) co_return Fail(object.error());
  const auto* chosen = object->if_contains("option");
  if (chosen == nullptr || !chosen->is_string()) {
    co_return Fail(ErrorKind::kNotFound, "the model could not decide from the facts it was given");
  }
  const std::string wanted = knowledge::NormalizeText(chosen->as_string());
  for (int index : choices) {
    const auto& option = field.options[static_cast<std::size_t>(index)];
    if (knowledge::NormalizeText(option.label) != wanted) continue;
    planning::Answer answer;
    answer.text = option.label;
    answer.option_value = option.value.empty() ? option.label : option.value;
    answer.source = planning::AnswerSource::kLlm;
    answer.confidence = 0.7;
    answer.reason = "chosen by " + reply->provider + " (" + reply->model + ") among " +
                    std::to_string(choices.size()) + " options";
    co_return answer;
  }
  co_return Fail(ErrorKind::kProtocol, "the model chose \"" + std::string(chosen->as_string()) +
                                           "\", which is not one of the field's options");
}

asio::awaitable<std::optional<Suggestion>> FieldReasoner::Suggest(Field field) const {
  const std::string question = perception::QuestionOf(field);
  if (sources_.answers != nullptr) {
    auto found = co_await CallStore(sources_.store,
                                    [&] { return sources_.answers->Find(user_id_, question, {}); });
    if (found && *found) {
      co_return Suggestion{(*found)->answer, "saved answer to \"" + (*found)->question + "\""};
    }
  }
  const auto passages = co_await RetrieveAwaited(question, 1);
  if (passages.empty()) co_return std::nullopt;
  const std::size_t limit =
      field.max_length > 0 ? static_cast<std::size_t>(field.max_length) : kDefaultAnswerChars;
  co_return Suggestion{FitToLength(passages.front().text, limit), PassageName(passages.front())};
}

}  // namespace applier::session
