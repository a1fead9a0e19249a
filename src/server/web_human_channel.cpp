#include "server/web_human_channel.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <cctype>

#include "perception/field.h"
#include "store/served_application_table.h"

namespace applier::server {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string AnswerText(const json::value& value) {
  if (value.is_string()) return std::string(value.as_string());
  if (value.is_null()) return {};
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value.as_array()) {
      joined += (joined.empty() ? "" : ", ") + AnswerText(item);
    }
    return joined;
  }
  return json::serialize(value);
}

}  // namespace

bool IsSensitiveQuestion(std::string_view label) {
  static const char* kSigns[] = {
      "password",       "passcode", "social security", "ssn",         "date of birth",
      "birth date",     "birthday", "passport",        "national id", "bank",
      "iban",           "routing",  "credit card",     "tax id",      "driver",
      "license number", "pin",      "security answer"};
  const std::string lower = Lower(label);
  return std::any_of(std::begin(kSigns), std::end(kSigns),
                     [&](const char* sign) { return lower.find(sign) != std::string::npos; });
}

session::DraftReply DraftReplyFrom(std::string_view text) {
  std::string word = Lower(text);
  while (!word.empty() && std::isspace(static_cast<unsigned char>(word.back()))) word.pop_back();
  while (!word.empty() && (word.back() == '.' || word.back() == '!')) word.pop_back();
  word.erase(0, word.find_first_not_of(" \t\r\n"));
  if (word == "confirm" || word == "submit" || word == "yes" || word == "ok") {
    return {session::DraftDecision::kConfirm, ""};
  }
  return {session::DraftDecision::kEdit, std::string(text)};
}

namespace {

// When an open question or draft stops waiting, in ms since the epoch: the UI's
// countdown survives a reconnect that replays the request later.
std::int64_t ExpiresAtMs(std::chrono::seconds timeout) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             (std::chrono::system_clock::now() + timeout).time_since_epoch())
      .count();
}

// Built outside the coroutine (see QuestionPayload below).
session::SessionEvent CouldNotAsk(const std::string& why) {
  return session::SessionEvent{"applier:error", "I could not put a question to you: " + why,
                               json::object{{"reason", why}}};
}

}  // namespace

struct WebHumanChannel::Wait {
  explicit Wait(asio::any_io_executor executor) : timer(std::move(executor)) {}
  asio::steady_timer timer;
  std::mutex mutex;  // guards answered, response
  bool answered = false;
  std::optional<json::value> response;
};

asio::awaitable<void> WebHumanChannel::SetState(const char* state) {
  if (service_.stopping.load()) co_return;  // keep the state the next start resumes from
  // The state is what the history shows while the run waits; the run itself
  // does not depend on it, so a refusal is logged and the run goes on.
  auto stored = co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).SetState(options_.session_id, state);
    });
  });
  if (!stored) {
    spdlog::error("application {}: the store refused its state {}: {}", options_.session_id, state,
                  stored.error().message);
  }
}

asio::awaitable<std::optional<json::value>> WebHumanChannel::WaitForAnswer(
    HitlKind kind, std::string type, std::string message, json::object data,
    std::chrono::seconds timeout) {
  // A cancelled (or shutting down) run asks nobody: it is on its way out.
  if (auto live = service_.Live(options_.session_id); live && live->cancel->load()) {
    co_return std::nullopt;
  }
  auto wait = std::make_shared<Wait>(co_await asio::this_coro::executor);
  auto opened = service_.hitl.Open(
      options_.session_id, options_.user_id, kind, [wait](std::optional<json::value> response) {
        {
          std::lock_guard lock(wait->mutex);
          wait->answered = true;
          wait->response = std::move(response);
        }
        asio::post(wait->timer.get_executor(), [wait] { wait->timer.cancel(); });
      });
  if (!opened) {
    // Unanswered, as if nobody had replied in time; the person is told why.
    spdlog::error("application {}: a question could not be opened: {}", options_.session_id,
                  opened.error().message);
    co_await service_.PublishOffThread(options_.session_id, options_.user_id,
                                       CouldNotAsk(opened.error().message));
    co_return std::nullopt;
  }
  const std::string hitl_id = *opened;
  data["hitl_id"] = hitl_id;
  data["timeout_s"] = timeout.count();
  data["expires_at"] = ExpiresAtMs(timeout);
  const auto asked_at = std::chrono::steady_clock::now();
  session::SessionEvent event;
  event.type = std::move(type);
  event.message = std::move(message);
  event.data = std::move(data);
  co_await service_.PublishOffThread(options_.session_id, options_.user_id, std::move(event));
  // The answer may have come while the request was being published (the person
  // sees it live before it is stored); its timer cancel then found no wait. The
  // check and the wait run on this strand without a pause between them, so a
  // later cancel, posted here, always finds the wait.
  bool answered = false;
  {
    std::lock_guard lock(wait->mutex);
    answered = wait->answered;
  }
  if (!answered) {
    wait->timer.expires_after(timeout);
    boost::system::error_code ignored;
    co_await wait->timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
  }
  // An answer may have landed just as the timer fired: Expire() tells.
  service_.hitl.Expire(hitl_id);
  std::lock_guard lock(wait->mutex);
  if (wait->answered && wait->response) {
    service_.metrics.hitl_wait_seconds.Observe(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - asked_at).count());
  }
  co_return wait->answered ? wait->response : std::nullopt;
}

namespace {

// JSON is built outside the coroutines: GCC 12 miscompiles braced initialiser
// lists holding string literals inside a coroutine body.
struct QuestionPayload {
  json::object event_data;
  json::object audit;
};

QuestionPayload DescribeQuestions(const std::vector<session::Question>& questions) {
  json::array listed;
  json::array audited;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    const std::string id = "q" + std::to_string(i + 1);
    json::object item{{"id", id},
                      {"label", q.field.label},
                      {"prompt", q.prompt},
                      {"reason", q.reason},
                      {"options", json::value_from(q.options)},
                      {"required", q.required},
                      {"field_type", perception::ToString(q.field.kind)}};
    if (!q.suggestion.empty()) {
      item["suggestion"] = q.suggestion;
      item["suggestion_from"] = q.suggestion_from;
    }
    listed.push_back(std::move(item));
    audited.push_back(json::object{{"id", id}, {"label", q.prompt}, {"required", q.required}});
  }
  return {json::object{{"questions", std::move(listed)}},
          json::object{{"questions", std::move(audited)}}};
}

std::vector<std::optional<std::string>> AnswersFrom(const std::optional<json::value>& response,
                                                    std::size_t count) {
  std::vector<std::optional<std::string>> answers(count);
  if (!response) return answers;
  if (response->is_object()) {
    const auto& by_id = response->as_object();
    for (std::size_t i = 0; i < count; ++i) {
      if (const auto* value = by_id.if_contains("q" + std::to_string(i + 1))) {
        answers[i] = AnswerText(*value);
      }
    }
  } else if (count > 0) {
    // The original clients answer one question at a time with a plain string.
    answers.front() = AnswerText(*response);
  }
  for (auto& answer : answers) {
    if (answer && answer->empty()) answer.reset();
  }
  return answers;
}

json::object AuditAnswers(const std::vector<session::Question>& questions,
                          const std::vector<std::optional<std::string>>& answers, bool timed_out) {
  json::array recorded;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& answer = answers[i];
    json::object row{{"id", "q" + std::to_string(i + 1)},
                     {"label", questions[i].prompt},
                     {"answered", answer.has_value()}};
    if (answer) {
      if (IsSensitiveQuestion(questions[i].prompt) ||
          IsSensitiveQuestion(questions[i].field.label)) {
        row["length"] = answer->size();
      } else {
        row["answer"] = *answer;
      }
    }
    recorded.push_back(std::move(row));
  }
  return json::object{{"answers", std::move(recorded)}, {"timed_out", timed_out}};
}

json::object DraftJson(const session::Draft& draft, const std::string& session_id) {
  json::array fields;
  for (const auto& f : draft.fields) {
    const bool sensitive = IsSensitiveQuestion(f.label);
    fields.push_back(json::object{{"label", f.label},
                                  {"value", sensitive ? std::string("••••") : f.value},
                                  {"source", f.source},
                                  {"confidence", f.confidence},
                                  {"required", f.required},
                                  {"status", f.status},
                                  {"note", f.note},
                                  {"decided_by", json::value_from(f.decided_by)}});
  }
  json::object stored{{"revision", draft.revision}, {"fields", std::move(fields)}};
  stored["screenshot_url"] =
      draft.screenshot_path.empty()
          ? json::value(nullptr)
          : json::value("/api/applications/" + session_id +
                        "/draft.jpg?revision=" + std::to_string(draft.revision));
  return stored;
}

json::object Decision(int revision, const char* decision, std::string_view detail) {
  json::object row{{"revision", revision}, {"decision", decision}};
  if (!detail.empty()) row["request"] = detail;
  return row;
}

std::string DraftText(const json::value& response) {
  if (response.is_object()) {
    const auto& object = response.as_object();
    for (const char* key : {"decision", "text", "edit", "response"}) {
      if (const auto* v = object.if_contains(key); v && v->is_string()) {
        return std::string(v->as_string());
      }
    }
  }
  return AnswerText(response);
}

}  // namespace

asio::awaitable<std::vector<std::optional<std::string>>> WebHumanChannel::Ask(
    const std::vector<session::Question>& questions) {
  QuestionPayload payload = DescribeQuestions(questions);
  co_await service_.AuditOffThread(options_.user_id, options_.session_id, "question",
                                   payload.audit);
  co_await SetState("waiting_human");
  std::string message = "I need " + std::to_string(questions.size()) + " answers from you";
  if (questions.size() == 1) message = "I need your answer: " + questions.front().prompt;
  auto response = co_await WaitForAnswer(HitlKind::kQuestions, "hitl:request", message,
                                         std::move(payload.event_data), options_.question_timeout);
  co_await SetState("running");
  auto answers = AnswersFrom(response, questions.size());
  co_await service_.AuditOffThread(options_.user_id, options_.session_id, "answer",
                                   AuditAnswers(questions, answers, !response.has_value()));
  co_return answers;
}

asio::awaitable<session::DraftReply> WebHumanChannel::ReviewDraft(const session::Draft& draft) {
  json::object stored = DraftJson(draft, options_.session_id);
  const std::string stored_text = json::serialize(stored);
  auto kept = co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).SetDraft(options_.session_id, stored_text,
                                                        draft.screenshot_path);
    });
  });
  if (!kept) {
    // The draft is still shown and can be confirmed now; only the history (and
    // resuming it later) lacks it.
    spdlog::error("application {}: the store refused draft {}: {}", options_.session_id,
                  draft.revision, kept.error().message);
  }
  if (!options_.draft_mode) {
    co_await service_.AuditOffThread(options_.user_id, options_.session_id, "draft_decision",
                                     Decision(draft.revision, "confirm", "draft mode off"));
    co_return session::DraftReply{session::DraftDecision::kConfirm, ""};
  }
  co_await SetState("waiting_draft");
  auto response = co_await WaitForAnswer(HitlKind::kDraft, "draft:review",
                                         "The draft is ready: confirm it or ask for changes",
                                         std::move(stored), options_.draft_timeout);
  if (!response) {
    auto live = service_.Live(options_.session_id);
    const bool cancelled = live && live->cancel->load();
    draft_timed_out_ = !cancelled;
    co_await service_.AuditOffThread(
        options_.user_id, options_.session_id, "draft_decision",
        Decision(draft.revision, cancelled ? "cancelled" : "timed_out", ""));
    session::DraftReply reply;
    reply.decision =
        cancelled ? session::DraftDecision::kDecline : session::DraftDecision::kUnavailable;
    co_return reply;
  }
  co_await SetState("running");
  auto reply = DraftReplyFrom(DraftText(*response));
  const bool confirm = reply.decision == session::DraftDecision::kConfirm;
  co_await service_.AuditOffThread(
      options_.user_id, options_.session_id, "draft_decision",
      Decision(draft.revision, confirm ? "confirm" : "edit", reply.edit_request));
  co_return reply;
}

}  // namespace applier::server
