#include "session/page_agent_loop.h"

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <optional>
#include <set>

#include "actions/form_actor.h"
#include "knowledge/question_text.h"
#include "llm/json_reply.h"
#include "planning/option_matcher.h"

namespace applier::session {

namespace asio = boost::asio;
namespace json = boost::json;
using perception::Button;
using perception::ButtonRole;
using perception::ControlKind;
using perception::Field;
using perception::IsChoice;
using perception::PageKind;
using perception::PageSnapshot;

namespace {

// Elements listed to the model at most; a page with more is not one a person
// would call an application step.
constexpr std::size_t kMaxElements = 120;
constexpr std::size_t kPageTextChars = 1500;

std::string Quoted(const std::string& text) {
  return json::serialize(json::string(text));
}

std::string Clip(const std::string& text, std::size_t max_chars) {
  return text.size() <= max_chars ? text : FitToLength(text, max_chars) + " …";
}

std::string FieldName(const Field& field) {
  if (!field.label.empty()) return field.label;
  if (!field.placeholder.empty()) return field.placeholder;
  if (!field.name.empty()) return field.name;
  return field.context;
}

// Where the page is: its address, its controls and buttons. Typing does not
// change it; a new step, a revealed field or a new button does.
std::string Signature(const PageSnapshot& snapshot) {
  std::string signature = snapshot.url + "#";
  for (const auto& field : snapshot.fields) signature += field.Key() + ";";
  for (const auto& button : snapshot.buttons) signature += button.text + ";";
  return signature;
}

// Signature plus every value: an action that leaves this unchanged did nothing.
std::string State(const PageSnapshot& snapshot) {
  std::string state = Signature(snapshot) + "|";
  for (const auto& field : snapshot.fields) {
    state += field.value + (field.checked ? "+" : "-") + ";";
  }
  return state;
}

std::vector<llm::ToolDefinition> Tools() {
  auto schema = [](std::string_view text) { return json::parse(text).as_object(); };
  const char* index_only =
      R"({"type":"object","properties":{"index":{"type":"integer"}},"required":["index"]})";
  return {
      {"click", "Click the button or link, or toggle the checkbox, with this index.",
       schema(index_only)},
      {"type", "Type text into the text field with this index, replacing what it holds.",
       schema(R"({"type":"object","properties":{"index":{"type":"integer"},)"
              R"("text":{"type":"string"}},"required":["index","text"]})")},
      {"select", "Choose one of the listed options of the field with this index.",
       schema(R"({"type":"object","properties":{"index":{"type":"integer"},)"
              R"("option":{"type":"string"}},"required":["index","option"]})")},
      {"upload", "Attach the applicant's resume or cover letter to the file field.",
       schema(R"({"type":"object","properties":{"index":{"type":"integer"},)"
              R"("document":{"type":"string","enum":["resume","cover_letter"]}},)"
              R"("required":["index","document"]})")},
      {"scroll", "Scroll the page up or down.",
       schema(R"({"type":"object","properties":{"direction":{"type":"string",)"
              R"("enum":["up","down"]}},"required":["direction"]})")},
      {"wait", "Wait for the page to finish loading, up to 5 seconds.",
       schema(R"({"type":"object","properties":{"seconds":{"type":"number"}}})")},
      {"ask_human", "Ask the applicant a question only they can answer.",
       schema(R"({"type":"object","properties":{"question":{"type":"string"},)"
              R"("options":{"type":"array","items":{"type":"string"}}},"required":["question"]})")},
      {"retrieve_user_context", "Search the applicant's own documents (resume, notes).",
       schema(R"({"type":"object","properties":{"query":{"type":"string"},)"
              R"("k":{"type":"integer"}},"required":["query"]})")},
      {"request_draft_review",
       "The form is complete: show the applicant the draft. `submit_index` is the button that "
       "sends the application; it is pressed only after the applicant confirms.",
       schema(R"({"type":"object","properties":{"submit_index":{"type":"integer"}}})")},
      {"done", "Nothing more to do on this page.",
       schema(R"({"type":"object","properties":{"summary":{"type":"string"}}})")},
  };
}

std::optional<std::int64_t> IntArg(const json::object& args, std::string_view name) {
  const auto* value = args.if_contains(name);
  if (value == nullptr) return std::nullopt;
  if (value->is_int64()) return value->get_int64();
  if (value->is_uint64()) return static_cast<std::int64_t>(value->get_uint64());
  if (value->is_double()) return static_cast<std::int64_t>(value->get_double());
  if (value->is_string()) {
    try {
      return std::stoll(std::string(value->get_string()));
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string StringArg(const json::object& args, std::string_view name) {
  const auto* value = args.if_contains(name);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

// What one tool call did: a result for the model, whether the page may have
// changed, and whether the loop ends here.
struct ToolOutcome {
  std::string result;
  bool acted = false;
  std::optional<AgentEnd> end;
  Button submit;
};

}  // namespace

bool IsSubmitLike(const Button& button) {
  return button.role == ButtonRole::kSubmit || (button.in_form && button.type == "submit");
}

bool IsSubmitLike(const Button& button, const std::vector<Button>& page) {
  if (IsSubmitLike(button)) return true;
  if (!button.in_form || button.role != ButtonRole::kOther) return false;
  const Button* last = nullptr;
  for (const Button& other : page) {
    if (other.in_form && other.frame_id == button.frame_id) last = &other;
  }
  return last != nullptr && last->index == button.index;
}

bool EngineKnows(const PageSnapshot& snapshot) {
  auto has = [&](ButtonRole role) {
    return std::any_of(snapshot.buttons.begin(), snapshot.buttons.end(),
                       [&](const Button& b) { return b.role == role; });
  };
  switch (snapshot.kind) {
    case PageKind::kUnknown: return false;
    case PageKind::kPosting: return has(ButtonRole::kOpenForm);
    case PageKind::kReviewStep: return has(ButtonRole::kSubmit) || has(ButtonRole::kNext);
    default: return true;
  }
}

std::string DescribeElements(const PageSnapshot& snapshot) {
  std::string out;
  std::size_t index = 0;
  for (const auto& field : snapshot.fields) {
    if (index >= kMaxElements) break;
    out += "[" + std::to_string(index++) + "] " + perception::ToString(field.kind) + " " +
           Quoted(FieldName(field));
    if (field.required) out += " required";
    if (field.kind == ControlKind::kCheckbox) {
      out += field.checked ? " checked" : " unchecked";
    } else if (!field.value.empty()) {
      out += " value=" + Quoted(Clip(field.value, 80));
    }
    if (IsChoice(field)) {
      out += " options:";
      for (int option : planning::SelectableOptions(field.options)) {
        out += " " + Quoted(field.options[static_cast<std::size_t>(option)].label);
      }
    }
    if (field.max_length > 0) out += " max_length=" + std::to_string(field.max_length);
    if (!field.validation_message.empty()) out += " error=" + Quoted(field.validation_message);
    out += "\n";
  }
  for (const auto& button : snapshot.buttons) {
    if (index >= kMaxElements) break;
    out += "[" + std::to_string(index++) + "] " + (button.tag == "a" ? "link " : "button ") +
           Quoted(button.text);
    if (IsSubmitLike(button, snapshot.buttons)) {
      out += " (sends the application: use request_draft_review)";
    }
    out += "\n";
  }
  if (out.empty()) out = "(no interactive elements)\n";
  return out;
}

asio::awaitable<AgentResult> PageAgentLoop::Run(PageSnapshot start, std::string why) {
  AgentResult result;
  PageSnapshot snapshot = std::move(start);
  const std::string start_signature = Signature(snapshot);
  auto emit = [&](const std::string& type, const std::string& message) {
    if (context_.on_event) context_.on_event(type, message);
  };

  std::string system =
      "You complete a job application in a web browser for the applicant below. You see the "
      "page as a numbered list of its interactive elements and act only through the tools. "
      "Fill in the application with the applicant's facts; use retrieve_user_context for facts "
      "from their documents and ask_human for anything you cannot know. Never send the "
      "application yourself: when the form is complete, call request_draft_review with the "
      "index of the button that sends it; the applicant reviews a draft first. Call done when "
      "this page needs nothing more from you. Never type passwords.\n\nThe applicant:\n" +
      context_.reasoner.ProfileSummary();
  if (!context_.posting_text.empty()) {
    system += "\nThe job posting:\n" + Clip(context_.posting_text, kPageTextChars) + "\n";
  }
  auto describe_page = [](const PageSnapshot& page) {
    return "URL: " + page.url + "\nTitle: " + page.title +
           "\nText: " + Clip(page.text, kPageTextChars) + "\nElements:\n" + DescribeElements(page);
  };
  std::vector<llm::Message> messages = {
      llm::Message::System(system),
      llm::Message::User("The automatic form filler stopped on this page: " + why + ".\n" +
                         describe_page(snapshot))};

  std::set<std::string> seen;  // action + page state, for loop detection
  for (int step = 0; step < context_.max_steps; ++step) {
    llm::ChatRequest request;
    request.messages = messages;
    request.tools = Tools();
    request.tool_choice.mode = llm::ToolChoice::Mode::kRequired;
    request.temperature = 0;
    auto reply = co_await context_.llm.Chat(std::move(request));
    if (!reply) {
      result.message = "the LLM could not go on: " + reply.error().message;
      co_return result;
    }
    messages.push_back(reply->AsMessage());
    if (reply->tool_calls.empty()) {
      messages.push_back(llm::Message::User("Act by calling one of the tools."));
      continue;
    }
    bool page_changed = false;
    for (const auto& call : reply->tool_calls) {
      if (page_changed) {
        messages.push_back(llm::Message::Tool(
            call, "skipped: the page changed before this call; use the new element list"));
        continue;
      }
      if (context_.before_action) {
        const HoldEnd held = co_await context_.before_action();
        if (held == HoldEnd::kStop) {
          result.message = "stopped while a person had the browser";
          co_return result;
        }
        if (held == HoldEnd::kReread) {
          auto fresh = co_await perception::PageReader::Read(context_.page);
          if (!fresh) {
            result.message = "could not read the page: " + fresh.error().message;
            co_return result;
          }
          const bool moved = Signature(*fresh) != Signature(snapshot);
          snapshot = std::move(*fresh);
          if (moved && Signature(snapshot) != start_signature && EngineKnows(snapshot)) {
            result.end = AgentEnd::kHandBack;
            result.message = "the applicant took the page to one the form engine knows";
            co_return result;
          }
          // The element numbers of this reply may point elsewhere now.
          messages.push_back(llm::Message::Tool(
              call,
              "skipped: the applicant took over the browser meanwhile and may have changed the "
              "page; values they entered are theirs, leave them. The page now:\n" +
                  describe_page(snapshot)));
          page_changed = true;
          continue;
        }
      }
      auto args = llm::ParseJsonObjectReply(call.arguments.empty() ? "{}" : call.arguments);
      if (!args) {
        messages.push_back(llm::Message::Tool(
            call, "error: the arguments are not a JSON object: " + args.error().message));
        continue;
      }
      const std::string action = call.name + " " + json::serialize(*args);
      result.actions.push_back(action);
      if (!seen.insert(action + "@" + State(snapshot)).second) {
        // The same action on the same page did nothing the first time.
        Question question;
        question.prompt = "I am going in circles at " + snapshot.url + " (\"" + action +
                          "\" changed nothing). What should I do on this page?";
        question.reason = "the assistant for unfamiliar pages is stuck";
        emit("hitl:request", question.prompt);
        const std::vector<Question> asked = {question};
        auto replies = co_await context_.human.Ask(asked);
        if (replies.empty() || !replies.front() || replies.front()->empty()) {
          result.message = "stuck on " + snapshot.url + ": \"" + action +
                           "\" changed nothing and nobody said what to do";
          co_return result;
        }
        seen.clear();
        messages.push_back(llm::Message::Tool(
            call,
            "not done: it changed nothing last time. The applicant says: " + *replies.front()));
        continue;
      }

      ToolOutcome outcome;
      const auto total_fields = snapshot.fields.size();
      const auto index = IntArg(*args, "index");
      const Field* field = nullptr;
      const Button* button = nullptr;
      if (index && *index >= 0) {
        const auto i = static_cast<std::size_t>(*index);
        if (i < total_fields) {
          field = &snapshot.fields[i];
        } else if (i - total_fields < snapshot.buttons.size()) {
          button = &snapshot.buttons[i - total_fields];
        }
      }
      actions::FormActor actor(context_.page);
      // Awaited where it is called, so the references it captures outlive it.
      auto fill = [&](Field target, planning::Answer answer) -> asio::awaitable<void> {
        if (context_.persons && context_.persons(target)) {
          outcome.result = "refused: the applicant entered this value themselves; leave it";
          co_return;
        }
        const auto* frame = snapshot.FindFrame(target.frame_id);
        if (frame == nullptr) {
          outcome.result = "error: that element is gone; read the new list";
          co_return;
        }
        answer.source = planning::AnswerSource::kLlm;
        answer.confidence = 0.6;
        answer.reason = "filled by the assistant on an unfamiliar page";
        auto filled = co_await actor.Fill(*frame, target, answer);
        if (!filled) {
          outcome.result = "error: " + filled.error().message;
          co_return;
        }
        outcome.acted = true;
        outcome.result = "ok: it now shows " + Quoted(Clip(filled->value, 120));
        if (context_.on_filled) context_.on_filled(target, answer, filled->value);
        emit("applier:type", "Filled \"" + FieldName(target) + "\" (assistant)");
      };

      const std::string& name = call.name;
      if (name == "click") {
        if (button != nullptr) {
          if (IsSubmitLike(*button, snapshot.buttons)) {
            ++result.refused_submits;
            outcome.result = "refused: \"" + button->text +
                             "\" would send the application, and nothing is sent before the "
                             "applicant confirms the draft. When the form is complete, call "
                             "request_draft_review with index " +
                             std::to_string(*index) + ".";
            emit("chat:message", "Refused to press \"" + button->text + "\" before the draft");
          } else if (const auto* frame = snapshot.FindFrame(button->frame_id)) {
            emit("applier:click", "Clicking \"" + button->text + "\" (assistant)");
            auto pressed = co_await actor.Press(*frame, *button);
            outcome.acted = pressed.has_value();
            outcome.result = pressed ? "ok" : "error: " + pressed.error().message;
          } else {
            outcome.result = "error: that element is gone; read the new list";
          }
        } else if (field != nullptr && field->kind == ControlKind::kCheckbox) {
          planning::Answer answer;
          answer.check = !field->checked;
          answer.text = answer.check ? "checked" : "";
          co_await fill(*field, answer);
        } else if (field != nullptr) {
          outcome.result = "error: element " + std::to_string(*index) +
                           " is a field; use type, select or upload";
        } else {
          outcome.result = "error: there is no element with that index";
        }
      } else if (name == "type") {
        const std::string text = StringArg(*args, "text");
        if (field == nullptr) {
          outcome.result = "error: element is not a field";
        } else if (field->html_type == "password") {
          outcome.result = "refused: passwords are never typed; use ask_human";
        } else if (IsChoice(*field) || field->kind == ControlKind::kFile ||
                   field->kind == ControlKind::kCheckbox) {
          outcome.result = "error: this field takes select, upload or click, not type";
        } else if (text.empty()) {
          outcome.result = "error: no text given";
        } else {
          planning::Answer answer;
          answer.text = field->max_length > 0
                            ? FitToLength(text, static_cast<std::size_t>(field->max_length))
                            : text;
          co_await fill(*field, answer);
        }
      } else if (name == "select") {
        const std::string wanted = knowledge::NormalizeText(StringArg(*args, "option"));
        if (field == nullptr || !IsChoice(*field)) {
          outcome.result = "error: element is not a field with options";
        } else {
          const Field& target = *field;
          std::optional<planning::Answer> answer;
          std::string offered;
          for (int option : planning::SelectableOptions(target.options)) {
            const auto& o = target.options[static_cast<std::size_t>(option)];
            offered += (offered.empty() ? "" : ", ") + Quoted(o.label);
            if (answer || knowledge::NormalizeText(o.label) != wanted) continue;
            answer.emplace();
            answer->text = o.label;
            const std::string value = o.value.empty() ? o.label : o.value;
            if (target.kind == ControlKind::kCheckboxGroup) {
              answer->option_values = {value};
            } else {
              answer->option_value = value;
            }
          }
          if (answer) {
            co_await fill(target, *answer);
          } else {
            outcome.result = "error: not one of the options, which are: " + offered;
          }
        }
      } else if (name == "upload") {
        const std::string document = StringArg(*args, "document");
        const auto& path =
            document == "cover_letter" ? context_.profile.cover_letter : context_.profile.resume;
        if (field == nullptr || field->kind != ControlKind::kFile) {
          outcome.result = "error: element is not a file field";
        } else if (path.empty()) {
          outcome.result = "error: the applicant has no " + document + " file; use ask_human";
        } else {
          planning::Answer answer;
          answer.file_path = path.string();
          answer.text = path.filename().string();
          co_await fill(*field, answer);
        }
      } else if (name == "scroll") {
        const bool up = StringArg(*args, "direction") == "up";
        outcome.result = "ok";
        if (!snapshot.frames.empty()) {
          const std::string script =
              std::string("window.scrollBy(0, (window.innerHeight || 800) * ") +
              (up ? "-0.8" : "0.8") + "); true";
          auto scrolled = co_await context_.page.Evaluate(snapshot.frames.front(), script);
          if (!scrolled) outcome.result = "error: " + scrolled.error().message;
        }
        outcome.acted = true;
      } else if (name == "wait") {
        double seconds = 1;
        if (const auto* value = args->if_contains("seconds"); value && value->is_number()) {
          seconds = value->to_number<double>();
        }
        const auto wait =
            std::chrono::milliseconds(static_cast<int>(std::clamp(seconds, 0.2, 5.0) * 1000));
        co_await context_.page.WaitForSettled(wait, wait + std::chrono::seconds(5));
        outcome.acted = true;
        outcome.result = "ok";
      } else if (name == "ask_human") {
        Question question;
        question.prompt = StringArg(*args, "question");
        question.reason = "asked by the assistant on an unfamiliar page";
        if (const auto* options = args->if_contains("options"); options && options->is_array()) {
          for (const auto& o : options->as_array()) {
            if (o.is_string()) question.options.emplace_back(o.get_string());
          }
        }
        if (question.prompt.empty()) {
          outcome.result = "error: no question given";
        } else {
          emit("hitl:request", question.prompt);
          const std::vector<Question> asked = {question};
          auto replies = co_await context_.human.Ask(asked);
          const bool answered = !replies.empty() && replies.front() && !replies.front()->empty();
          outcome.result = answered ? "the applicant says: " + *replies.front()
                                    : "no answer: the applicant did not reply";
        }
      } else if (name == "retrieve_user_context") {
        const auto k = std::clamp<std::int64_t>(IntArg(*args, "k").value_or(4), 1, 6);
        const auto passages = co_await context_.reasoner.RetrieveAwaited(StringArg(*args, "query"),
                                                                         static_cast<int>(k));
        if (passages.empty()) outcome.result = "nothing in the applicant's documents matches";
        for (const auto& passage : passages) {
          outcome.result += "(" + PassageName(passage) + ") " + Clip(passage.text, 800) + "\n";
        }
      } else if (name == "request_draft_review") {
        const auto submit_index = IntArg(*args, "submit_index");
        const Button* chosen = nullptr;
        if (submit_index) {
          const auto i = static_cast<std::size_t>(*submit_index);
          if (*submit_index >= 0 && i >= total_fields &&
              i - total_fields < snapshot.buttons.size()) {
            chosen = &snapshot.buttons[i - total_fields];
          }
        } else {
          for (const auto& b : snapshot.buttons) {
            if (!IsSubmitLike(b, snapshot.buttons)) continue;
            if (chosen != nullptr) {
              chosen = nullptr;
              break;
            }
            chosen = &b;
          }
        }
        if (chosen == nullptr) {
          outcome.result = "error: give submit_index, the index of the button that sends it";
        } else {
          outcome.end = AgentEnd::kDraftRequested;
          outcome.submit = *chosen;
        }
      } else if (name == "done") {
        outcome.end = AgentEnd::kHandBack;
        outcome.result = StringArg(*args, "summary");
      } else {
        outcome.result = "error: there is no tool called " + Quoted(name);
      }

      if (outcome.end) {
        result.end = *outcome.end;
        result.submit = outcome.submit;
        result.message = outcome.end == AgentEnd::kDraftRequested
                             ? "the assistant filled the page; \"" + outcome.submit.text +
                                   "\" sends it once the draft is confirmed"
                             : "the assistant is done with the page: " + outcome.result;
        co_return result;
      }
      if (outcome.acted) {
        co_await context_.page.WaitForSettled(std::chrono::milliseconds(150),
                                              std::chrono::seconds(5));
        auto fresh = co_await perception::PageReader::Read(context_.page);
        if (!fresh) {
          result.message = "could not read the page: " + fresh.error().message;
          co_return result;
        }
        page_changed = Signature(*fresh) != Signature(snapshot);
        snapshot = std::move(*fresh);
        if (page_changed && Signature(snapshot) != start_signature && EngineKnows(snapshot)) {
          result.end = AgentEnd::kHandBack;
          result.message = "the page is one the form engine knows again";
          co_return result;
        }
        outcome.result += "\nThe page now:\n" + describe_page(snapshot);
      }
      messages.push_back(llm::Message::Tool(call, outcome.result));
    }
  }
  result.message =
      "gave up after " + std::to_string(context_.max_steps) + " assistant steps on " + snapshot.url;
  co_return result;
}

}  // namespace applier::session
