#include "session/run_control.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <map>

#include "planning/answer_planner.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::ControlKind;
using perception::Field;
using perception::PageSnapshot;

namespace {

// How often a paused run looks whether the person handed the page back: well
// under what a person notices, and nothing for the strand.
constexpr auto kPausePoll = std::chrono::milliseconds(100);

// A control as a person sees it: its value, and whether it is ticked.
std::string StateOf(const Field& field) {
  return field.value + (field.checked ? "+" : "-");
}

// Controls a person types into; a new one of these holding text after a takeover
// was filled by them (a select or checkbox may simply start with a default).
bool TakesTyping(const Field& field) {
  switch (field.kind) {
    case ControlKind::kCheckbox:
    case ControlKind::kCheckboxGroup:
    case ControlKind::kRadioGroup:
    case ControlKind::kSelect:
    case ControlKind::kFile: return false;
    default: return true;
  }
}

}  // namespace

bool FollowNewTab(RunPage& page, RunReport& report) {
  if (!page.FollowNewestTab()) return false;
  report.Emit("applier:navigate", "Following the new tab the site opened");
  return true;
}

// Set by a watcher while the run waits for the person: whether they took over.
// The watcher runs on the run's executor, so plain bools do.
struct RunControl::TakeoverWatch {
  bool seen = false;
  bool done = false;
};

RunControl::RunControl(RunPage& page, RunReport& report, HumanChannel& person, RunLimits limits)
    : page_(page), report_(report), channel_(*this, person), limits_(std::move(limits)) {}

bool RunControl::Cancelled() const {
  return limits_.cancel && limits_.cancel->load();
}
bool RunControl::PastDeadline() const {
  return std::chrono::steady_clock::now() > limits_.deadline;
}
bool RunControl::Paused() const {
  return limits_.paused && limits_.paused->load();
}

bool RunControl::StopWhenCancelledOrLate() {
  if (Cancelled()) {
    report_.Finish(Outcome::kCancelled, "Cancelled by the user; nothing was submitted");
    return true;
  }
  if (PastDeadline()) {
    report_.Finish(Outcome::kFailed, "Gave up after the " +
                                         std::to_string(limits_.timeout.count()) + " s time limit");
    return true;
  }
  return false;
}

bool RunControl::TakenByPerson(const Field& field) const {
  return person_entered_.contains(FieldKey(field));
}

asio::awaitable<HoldEnd> RunControl::Hold() {
  if (report_.ended()) co_return HoldEnd::kStop;
  if (!Paused()) co_return std::exchange(taken_back_, false) ? HoldEnd::kReread : HoldEnd::kGoOn;
  report_.Emit("chat:message", "Paused while you control the browser", {{"paused", true}});
  auto read = co_await page_.Read();
  std::optional<PageSnapshot> before;
  if (read) before = std::move(*read);
  const bool handed_back = co_await WaitForHandBack();
  if (!handed_back) co_return HoldEnd::kStop;
  co_await TakeBack(std::move(before));
  taken_back_ = false;
  co_return HoldEnd::kReread;
}

// Waits while the person has the page; false when the run ended meanwhile
// (cancel and the time limit still apply).
asio::awaitable<bool> RunControl::WaitForHandBack() {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  while (Paused()) {
    if (StopWhenCancelledOrLate()) co_return false;
    timer.expires_after(kPausePoll);
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  co_return true;
}

// The person handed the page back: read it as it is now and keep what they
// typed. `before` is the page when they took over (none: nothing is attributed).
asio::awaitable<void> RunControl::TakeBack(std::optional<PageSnapshot> before) {
  ++takeovers_;
  taken_back_ = true;
  FollowNewTab(page_, report_);
  co_await page_.Settle(std::chrono::milliseconds(250), std::chrono::seconds(15));
  auto after = co_await page_.Read();
  resumed_read_.reset();
  int kept = 0;
  if (after) {
    if (before) kept = KeepPersonsEntries(*before, *after);
    resumed_read_ = std::move(*after);
  }
  report_.Emit("chat:message",
               kept == 0 ? std::string("Resumed")
                         : "Resumed; keeping the " + std::to_string(kept) + " value(s) you entered",
               {{"paused", false}, {"kept", kept}});
}

// Every control whose state differs between the two readings, and every new
// text control holding text, was the person's doing. Returns how many.
int RunControl::KeepPersonsEntries(const PageSnapshot& before, const PageSnapshot& after) {
  std::map<std::string, std::string> earlier;
  for (const auto& field : before.fields) earlier.emplace(FieldKey(field), StateOf(field));
  int kept = 0;
  const int step = report_.next_step();
  for (const auto& field : after.fields) {
    const auto it = earlier.find(FieldKey(field));
    const bool changed = it != earlier.end() ? it->second != StateOf(field)
                                             : TakesTyping(field) && !field.value.empty();
    if (!changed || field.html_type == "password") continue;
    person_entered_.insert(FieldKey(field));
    FieldRecord& record = report_.RecordFor(field, step);
    const std::string shown = ShownValue(field);
    record.status = shown.empty() ? "left_empty" : "filled";
    record.value = shown;
    record.source = planning::ToString(planning::AnswerSource::kHuman);
    record.confidence = 1.0;
    record.note = "entered by you in the live view";
    ++kept;
    ++person_changes_;
  }
  return kept;
}

// The page before a wait for the person, when a takeover is possible at all.
asio::awaitable<std::optional<PageSnapshot>> RunControl::ReadBeforeWait() {
  if (!limits_.paused) co_return std::nullopt;
  auto snapshot = co_await page_.Read();
  if (!snapshot) co_return std::nullopt;
  co_return std::move(*snapshot);
}

std::shared_ptr<RunControl::TakeoverWatch> RunControl::WatchForTakeover(
    asio::any_io_executor executor) {
  auto watch = std::make_shared<TakeoverWatch>();
  if (!limits_.paused) return watch;
  asio::co_spawn(
      executor,
      [watch, paused = limits_.paused]() -> asio::awaitable<void> {
        asio::steady_timer timer(co_await asio::this_coro::executor);
        while (!watch->done) {
          if (paused->load()) watch->seen = true;
          timer.expires_after(kPausePoll);
          co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
        }
      },
      asio::detached);
  return watch;
}

// After a wait for the person: when they took over meanwhile (or still have
// the page), wait for the hand-back and keep what they typed.
asio::awaitable<void> RunControl::AfterWait(std::optional<PageSnapshot> before,
                                            TakeoverWatch& watch) {
  watch.done = true;
  if (!watch.seen && !Paused()) co_return;
  if (Paused()) {
    report_.Emit("chat:message", "Paused while you control the browser", {{"paused", true}});
    const bool handed_back = co_await WaitForHandBack();
    if (!handed_back) co_return;
  }
  co_await TakeBack(std::move(before));
}

asio::awaitable<std::vector<std::optional<std::string>>> RunControl::PersonChannel::Ask(
    const std::vector<Question>& questions) {
  auto before = co_await control_.ReadBeforeWait();
  auto watch = control_.WatchForTakeover(co_await asio::this_coro::executor);
  auto replies = co_await person_.Ask(questions);
  co_await control_.AfterWait(std::move(before), *watch);
  co_return replies;
}

asio::awaitable<DraftReply> RunControl::PersonChannel::ReviewDraft(const Draft& draft) {
  auto before = co_await control_.ReadBeforeWait();
  auto watch = control_.WatchForTakeover(co_await asio::this_coro::executor);
  auto reply = co_await person_.ReviewDraft(draft);
  co_await control_.AfterWait(std::move(before), *watch);
  co_return reply;
}

asio::awaitable<std::optional<Result<actions::FillResult>>> RunControl::FillUnlessTaken(
    std::optional<PageSnapshot>& reread, const Field& field, const planning::Answer& answer) {
  const HoldEnd held = co_await Hold();
  if (held == HoldEnd::kStop) co_return std::nullopt;
  if (held == HoldEnd::kReread) {
    if (!resumed_read_) co_return std::nullopt;
    reread = *resumed_read_;
  }
  if (TakenByPerson(field)) co_return std::nullopt;
  const Field* target = reread ? FindSameField(*reread, field) : &field;
  if (target == nullptr) co_return std::nullopt;
  co_return co_await page_.Fill(*target, answer);
}

}  // namespace applier::session
