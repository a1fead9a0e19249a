// FakeRunPage: a scripted page for fast tests of the run's mechanisms
// (run_page.h). It holds one PageSnapshot, the page "as it is now": Fill writes
// the answer into the matching field (or what the page would make of it, via
// `rewrite`), Press and PressSubmit call the test's handlers, which may swap in
// the next page. Every call is recorded, so a test asserts on what reached the page.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "session/human_channel.h"
#include "session/run_page.h"

namespace applier::session::testing {

inline perception::Field TextField(std::string name, std::string label, bool required = false) {
  perception::Field field;
  field.frame_id = "main";
  field.frame_url = "http://127.0.0.1/apply";
  field.name = std::move(name);
  field.id = field.name;
  field.label = std::move(label);
  field.required = required;
  return field;
}

inline perception::Button MakeButton(std::string text, perception::ButtonRole role) {
  perception::Button button;
  button.frame_id = "main";
  button.text = std::move(text);
  button.type = "submit";
  button.tag = "button";
  button.in_form = true;
  button.role = role;
  return button;
}

inline perception::PageSnapshot FormPage(std::vector<perception::Field> fields,
                                         std::vector<perception::Button> buttons) {
  perception::PageSnapshot snapshot;
  snapshot.url = "http://127.0.0.1/apply";
  snapshot.title = "Apply";
  snapshot.kind = perception::PageKind::kFormStep;
  snapshot.fields = std::move(fields);
  for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
    snapshot.fields[i].index = static_cast<int>(i);
  }
  snapshot.buttons = std::move(buttons);
  for (std::size_t i = 0; i < snapshot.buttons.size(); ++i) {
    snapshot.buttons[i].index = static_cast<int>(i);
  }
  return snapshot;
}

inline perception::PageSnapshot ConfirmationPage() {
  perception::PageSnapshot snapshot;
  snapshot.url = "http://127.0.0.1/thanks";
  snapshot.title = "Thanks";
  snapshot.headings = {"Thank you for applying"};
  snapshot.kind = perception::PageKind::kConfirmation;
  return snapshot;
}

class FakeRunPage final : public RunPage {
 public:
  perception::PageSnapshot now;
  // What the page makes of a typed value (an input formatter, a prefill that
  // writes over it): field name → the value it shows instead. Unset: as typed.
  std::map<std::string, std::function<std::string(const std::string&)>> rewrite;
  // Called after each fill with the field's name: a page that reacts to an answer
  // (a resume parser filling fields after the upload, a select that resets another).
  std::function<void(FakeRunPage&, const std::string&)> after_fill;
  // A fill the page spoils (an input mask keeping part of the answer): field name
  // and the value to fill → the actor's error, or nullopt to let it through.
  std::function<std::optional<std::string>(FakeRunPage&, const std::string&, const std::string&)>
      spoil;
  std::function<void(FakeRunPage&, const perception::Button&)> on_press;
  std::function<void(FakeRunPage&, const perception::Button&)> on_submit;
  // Called before each reading: a page that changes while the run watches it.
  std::function<void(FakeRunPage&)> before_read;
  // The dialogs the page raised (an alert() a handler adds), oldest first.
  std::vector<browser::Dialog> dialogs;

  std::vector<std::pair<std::string, std::string>> fills;  // field name, value shown after
  std::vector<std::string> presses;                        // button texts, submit included
  std::vector<std::string> navigated;
  int submits = 0;
  int reads = 0;
  std::vector<perception::SettleOptions> settles;  // what each settled reading waited for

  perception::Field* FieldNamed(const std::string& name) {
    for (auto& field : now.fields) {
      if (field.name == name) return &field;
    }
    return nullptr;
  }

  std::string url() const override { return now.url; }
  boost::asio::awaitable<Status> Navigate(std::string url) override {
    navigated.push_back(std::move(url));
    co_return Status{};
  }
  boost::asio::awaitable<void> Settle(std::chrono::milliseconds,
                                      std::chrono::milliseconds) override {
    co_return;
  }
  boost::asio::awaitable<Result<perception::PageSnapshot>> Read() override {
    ++reads;
    if (before_read) before_read(*this);
    co_return now;
  }
  boost::asio::awaitable<Result<perception::PageSnapshot>> ReadSettled(
      perception::SettleOptions options) override {
    settles.push_back(options);
    co_return co_await Read();
  }
  boost::asio::awaitable<Result<actions::FillResult>> Fill(perception::Field field,
                                                           planning::Answer answer) override {
    perception::Field* target = FieldNamed(field.name);
    if (target == nullptr) co_return Fail(ErrorKind::kNotFound, "element is gone");
    std::string value = answer.option_value.empty() ? answer.text : answer.option_value;
    if (spoil) {
      if (auto error = spoil(*this, field.name, value))
        co_return Fail(ErrorKind::kNotFound, *error);
    }
    if (const auto it = rewrite.find(field.name); it != rewrite.end()) value = it->second(value);
    target->value = value;
    target->validation_message.clear();
    fills.emplace_back(field.name, value);
    if (after_fill) after_fill(*this, field.name);
    co_return actions::FillResult{value, "typed"};
  }
  boost::asio::awaitable<Result<std::vector<perception::Option>>> ReadOptions(
      perception::Field field) override {
    const perception::Field* target = FieldNamed(field.name);
    if (target == nullptr) co_return Fail(ErrorKind::kNotFound, "element is gone");
    co_return target->options;
  }
  boost::asio::awaitable<Status> Press(perception::Button button) override {
    presses.push_back(button.text);
    if (on_press) on_press(*this, button);
    co_return Status{};
  }
  boost::asio::awaitable<Status> PressSubmit(perception::Button button) override {
    presses.push_back(button.text);
    ++submits;
    if (on_submit) on_submit(*this, button);
    co_return Status{};
  }
  boost::asio::awaitable<Result<std::string>> FullPageScreenshot() override {
    co_return std::string("\xff\xd8 draft");
  }
  bool FollowNewestTab() override { return false; }
  browser::Page* tab() override { return nullptr; }
  std::vector<browser::Dialog> Dialogs() const override { return dialogs; }
};

}  // namespace applier::session::testing

namespace applier::session::testing {

// The person, scripted: answers questions by prompt, replies to drafts in order
// (then declines), and keeps what they were shown.
class ScriptedPerson final : public HumanChannel {
 public:
  std::map<std::string, std::string> answers;  // prompt → answer; others are skipped
  std::vector<DraftReply> draft_replies;
  std::vector<Question> asked;
  std::vector<Draft> drafts;

  boost::asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<Question>& questions) override {
    std::vector<std::optional<std::string>> replies;
    for (const auto& question : questions) {
      asked.push_back(question);
      const auto it = answers.find(question.prompt);
      replies.push_back(it == answers.end() ? std::nullopt
                                            : std::optional<std::string>(it->second));
    }
    co_return replies;
  }
  boost::asio::awaitable<DraftReply> ReviewDraft(const Draft& draft) override {
    drafts.push_back(draft);
    if (drafts.size() > draft_replies.size()) co_return DraftReply{DraftDecision::kDecline, ""};
    co_return draft_replies[drafts.size() - 1];
  }
};

}  // namespace applier::session::testing
