#include "session/application_run.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>

#include "actions/form_actor.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "perception/page_reader.h"
#include "planning/answer_planner.h"
#include "planning/option_matcher.h"
#include "session/draft_edit.h"
#include "session/field_reasoner.h"
#include "session/page_agent_loop.h"

namespace applier::session {

namespace asio = boost::asio;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;
using perception::ButtonRole;
using perception::ControlKind;
using perception::Field;
using perception::PageKind;
using perception::PageSnapshot;
using planning::Answer;
using planning::AnswerSource;
using planning::FieldPlan;

namespace {

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string NewApplicationId() {
  std::random_device device;
  std::mt19937_64 engine(device());
  static const char kHex[] = "0123456789abcdef";
  std::string id = "app_";
  for (int i = 0; i < 16; ++i) id += kHex[engine() % 16];
  return id;
}

// What the person is shown for a choice question: the options they can choose, in
// the numbering the planner accepts back ("2" means the second of these).
std::vector<std::string> SelectableLabels(const Field& field) {
  std::vector<std::string> labels;
  for (int index : planning::SelectableOptions(field.options)) {
    labels.push_back(field.options[static_cast<std::size_t>(index)].label);
  }
  return labels;
}

// The heading that says the application arrived, else the page title.
std::string ConfirmationText(const PageSnapshot& snapshot) {
  for (const auto& heading : snapshot.headings) {
    std::string lower = heading;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    if (lower.find("thank") != std::string::npos || lower.find("received") != std::string::npos ||
        lower.find("submitted") != std::string::npos) {
      return heading;
    }
  }
  return snapshot.title;
}

// The sentence of an error page that says what is wrong ("This job is no longer
// accepting applications"), else its first heading.
std::string ErrorReason(const PageSnapshot& snapshot) {
  static const char* kSigns[] = {"no longer", "not found",     "404",     "closed",
                                 "filled",    "not available", "expired", "error"};
  std::string lower = snapshot.text;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  for (const char* sign : kSigns) {
    const auto at = lower.find(sign);
    if (at == std::string::npos) continue;
    const auto begin = lower.find_last_of(".!?\n", at);
    const auto end = lower.find_first_of(".!?\n", at);
    const std::size_t from = begin == std::string::npos ? 0 : begin + 1;
    const std::size_t to = end == std::string::npos ? lower.size() : end;
    std::string sentence = snapshot.text.substr(from, to - from);
    sentence.erase(0, sentence.find_first_not_of(' '));
    if (!sentence.empty()) return sentence;
  }
  return snapshot.headings.empty() ? snapshot.title : snapshot.headings.front();
}

std::string Describe(const Field& field) {
  // Repeated sections ask the same questions per entry: say which entry.
  if (const auto ref = planning::EntryOf(field.context);
      ref.section != planning::EntrySection::kNone && !field.label.empty()) {
    return (ref.section == planning::EntrySection::kWork ? "Work experience " : "Education ") +
           std::to_string(ref.index + 1) + ": " + field.label;
  }
  if (!field.label.empty()) return field.label;
  if (!field.name.empty()) return field.name;
  return "field #" + std::to_string(field.index);
}

// Entries added to one repeated section at most: a long career stays a few
// clicks, and the profile's most recent entries come first.
constexpr int kMaxEntriesPerSection = 3;

// Pages one run may hand to the assistant (page_agent_loop.h): enough for a
// posting and a form or two the engine does not know, not a runaway bill.
constexpr int kMaxAgentRuns = 4;

// How often a paused run looks whether the person handed the page back: well
// under what a person notices, and nothing for the strand.
constexpr auto kPausePoll = std::chrono::milliseconds(100);

std::string KeyOf(const Field& field) {
  return field.frame_url + "|" + field.Key();
}

// A control as a person sees it: its value, and whether it is ticked.
std::string StateOf(const Field& field) {
  return field.value + (field.checked ? "+" : "-");
}

// What a control shows, as the draft lists it: a select's option label, not its value.
std::string Shown(const Field& field) {
  if (field.kind == ControlKind::kCheckbox) return field.checked ? "checked" : "";
  for (const auto& option : field.options) {
    if (!field.value.empty() && option.value == field.value && !option.label.empty()) {
      return option.label;
    }
  }
  return field.value;
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

const Field* FindSame(const PageSnapshot& snapshot, const Field& field) {
  for (const auto& candidate : snapshot.fields) {
    if (candidate.Key() == field.Key() && candidate.frame_url == field.frame_url) return &candidate;
  }
  return nullptr;
}

// Whether the page is another one than `before`: another address, or none of its
// controls left (a single-page app's next step).
bool MovedOn(const PageSnapshot& before, const PageSnapshot& after) {
  if (before.url != after.url || before.kind != after.kind) return true;
  if (before.fields.empty()) return false;
  for (const auto& field : before.fields) {
    if (FindSame(after, field) != nullptr) return false;
  }
  return true;
}

// The run's own client, with its own budget and accounting; none without an LLM.
std::optional<llm::LlmClient> ClientFor(const ApplyDependencies& deps,
                                        const ApplyOptions& options) {
  if (deps.llm == nullptr || !deps.llm->configured()) return std::nullopt;
  return deps.llm->ForApplication(options.llm_budget);
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  return text;
}

// The one object that lives for the duration of a Run.
class Flow {
 public:
  Flow(ApplyDependencies& deps, ApplyOptions options)
      : deps_(deps),
        human_(*this),
        options_(std::move(options)),
        planner_(deps.profile, deps.answers, options_.user_id),
        llm_(ClientFor(deps, options_)),
        reasoner_(
            {.llm = llm_ ? &*llm_ : nullptr, .documents = deps.documents, .answers = deps.answers},
            deps.profile, options_.user_id),
        start_(Clock::now()),
        deadline_(start_ + options_.timeout) {
    report_.url = options_.url;
    report_.application_id =
        options_.application_id.empty() ? NewApplicationId() : options_.application_id;
  }

  asio::awaitable<ApplicationReport> Run() {
    Emit("applier:start", "Applying to " + options_.url, {{"url", options_.url}});
    if (deps_.log) {
      (void)deps_.log->Create(report_.application_id, options_.user_id, options_.url);
    }
    co_await Drive();
    report_.total_ms = MillisSince(start_);
    if (llm_) {
      const auto usage = llm_->usage();
      report_.llm_calls = usage.calls;
      report_.llm_prompt_tokens = usage.prompt_tokens;
      report_.llm_completion_tokens = usage.completion_tokens;
      report_.llm_cost_usd = usage.cost_usd;
    }
    if (deps_.log) {
      (void)deps_.log->RecordOutcome(report_.application_id, StoreOutcome(report_.outcome),
                                     json::serialize(report_.ToJson()));
    }
    const bool good = report_.outcome == Outcome::kSubmitted;
    Emit(good ? "applier:complete"
              : (report_.outcome == Outcome::kFailed ? "applier:error" : "applier:complete"),
         report_.message, {{"outcome", ToString(report_.outcome)}});
    if (context_) context_.reset();
    co_return report_;
  }

 private:
  static store::Outcome StoreOutcome(Outcome outcome) {
    switch (outcome) {
      case Outcome::kSubmitted: return store::Outcome::kSubmitted;
      case Outcome::kDraftDeclined: return store::Outcome::kDraftDeclined;
      case Outcome::kStoppedAtDraft: return store::Outcome::kStoppedAtDraft;
      case Outcome::kNeedsHuman: return store::Outcome::kNeedsHuman;
      case Outcome::kFailed: return store::Outcome::kFailed;
      case Outcome::kUnknown: return store::Outcome::kUnknown;
      case Outcome::kCancelled: return store::Outcome::kCancelled;
    }
    return store::Outcome::kUnknown;
  }

  void Emit(const std::string& type, const std::string& message, json::object data = {}) {
    if (deps_.events) deps_.events(SessionEvent{type, message, std::move(data)});
  }

  void Finish(Outcome outcome, std::string message) {
    report_.outcome = outcome;
    report_.message = std::move(message);
  }

  void Step(const PageSnapshot& snapshot, std::string action) {
    report_.steps.push_back(StepRecord{static_cast<int>(report_.steps.size()) + 1,
                                       perception::ToString(snapshot.kind), snapshot.url,
                                       std::move(action), MillisSince(start_)});
  }

  bool PastDeadline() const { return Clock::now() > deadline_; }
  bool Cancelled() const { return options_.cancel && options_.cancel->load(); }
  bool Paused() const { return options_.paused && options_.paused->load(); }

  // ---- A person at the controls (live view takeover) ----
  //
  // While options_.paused is true the run makes no move of its own: every action
  // on the page (a page step, a field, a button, an assistant tool call, the
  // submit) first awaits HoldWhilePaused. What the page showed when the person
  // took over is compared with what it shows when they hand back; every control
  // they changed is theirs from then on (person_entered_): recorded in the draft
  // with source "human" and never filled over. A takeover during a wait for the
  // person (a question, the draft) is caught the same way by PersonChannel.

  // The HumanChannel the run and its assistant use: deps_.human, watched for takeovers.
  class PersonChannel final : public HumanChannel {
   public:
    explicit PersonChannel(Flow& flow) : flow_(flow) {}
    asio::awaitable<std::vector<std::optional<std::string>>> Ask(
        const std::vector<Question>& questions) override {
      return flow_.AskPerson(questions);
    }
    asio::awaitable<DraftReply> ReviewDraft(const Draft& draft) override {
      return flow_.ReviewWithPerson(draft);
    }

   private:
    Flow& flow_;
  };

  // Set by a watcher while the run waits for the person: whether they took over.
  // The watcher runs on the run's executor, so plain bools do.
  struct TakeoverWatch {
    bool seen = false;
    bool done = false;
  };

  bool TakenByPerson(const Field& field) const { return person_entered_.contains(KeyOf(field)); }

  // Before a move of the run's own. kReread: a person had the page since the last
  // move, read it again (resumed_read_ holds a reading when one could be made);
  // kStop: the run ended (cancelled, out of time) and report_ says so.
  asio::awaitable<HoldEnd> HoldWhilePaused() {
    if (!report_.message.empty()) co_return HoldEnd::kStop;
    if (!Paused()) co_return std::exchange(taken_back_, false) ? HoldEnd::kReread : HoldEnd::kGoOn;
    Emit("chat:message", "Paused while you control the browser", {{"paused", true}});
    auto read = co_await perception::PageReader::Read(*page_);
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
  asio::awaitable<bool> WaitForHandBack() {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    while (Paused()) {
      if (Cancelled()) {
        Finish(Outcome::kCancelled, "Cancelled by the user; nothing was submitted");
        co_return false;
      }
      if (PastDeadline()) {
        Finish(Outcome::kFailed,
               "Gave up after the " + std::to_string(options_.timeout.count()) + " s time limit");
        co_return false;
      }
      timer.expires_after(kPausePoll);
      co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
    }
    co_return true;
  }

  // The person handed the page back: read it as it is now and keep what they
  // typed. `before` is the page when they took over (none: nothing is attributed).
  asio::awaitable<void> TakeBack(std::optional<PageSnapshot> before) {
    ++takeovers_;
    taken_back_ = true;
    FollowNewestTab();
    co_await page_->WaitForSettled(std::chrono::milliseconds(250), std::chrono::seconds(15));
    auto after = co_await perception::PageReader::Read(*page_);
    resumed_read_.reset();
    int kept = 0;
    if (after) {
      if (before) kept = KeepPersonsEntries(*before, *after);
      resumed_read_ = std::move(*after);
    }
    Emit("chat:message",
         kept == 0 ? std::string("Resumed")
                   : "Resumed; keeping the " + std::to_string(kept) + " value(s) you entered",
         {{"paused", false}, {"kept", kept}});
  }

  // Every control whose state differs between the two readings, and every new
  // text control holding text, was the person's doing. Returns how many.
  int KeepPersonsEntries(const PageSnapshot& before, const PageSnapshot& after) {
    std::map<std::string, std::string> earlier;
    for (const auto& field : before.fields) earlier.emplace(KeyOf(field), StateOf(field));
    int kept = 0;
    const int step = static_cast<int>(report_.steps.size()) + 1;
    for (const auto& field : after.fields) {
      const auto it = earlier.find(KeyOf(field));
      const bool changed = it != earlier.end() ? it->second != StateOf(field)
                                               : TakesTyping(field) && !field.value.empty();
      if (!changed || field.html_type == "password") continue;
      person_entered_.insert(KeyOf(field));
      FieldRecord& record = RecordFor(field, step);
      const std::string shown = Shown(field);
      record.status = shown.empty() ? "left_empty" : "filled";
      record.value = shown;
      record.source = planning::ToString(AnswerSource::kHuman);
      record.confidence = 1.0;
      record.note = "entered by you in the live view";
      ++kept;
      ++person_changes_;
    }
    return kept;
  }

  // The page before a wait for the person, when a takeover is possible at all.
  asio::awaitable<std::optional<PageSnapshot>> ReadBeforeWait() {
    if (!options_.paused || !page_) co_return std::nullopt;
    auto snapshot = co_await perception::PageReader::Read(*page_);
    if (!snapshot) co_return std::nullopt;
    co_return std::move(*snapshot);
  }

  std::shared_ptr<TakeoverWatch> WatchForTakeover(asio::any_io_executor executor) {
    auto watch = std::make_shared<TakeoverWatch>();
    if (!options_.paused) return watch;
    asio::co_spawn(
        executor,
        [watch, paused = options_.paused]() -> asio::awaitable<void> {
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
  asio::awaitable<void> AfterWait(std::optional<PageSnapshot> before, TakeoverWatch& watch) {
    watch.done = true;
    if (!page_ || (!watch.seen && !Paused())) co_return;
    if (Paused()) {
      Emit("chat:message", "Paused while you control the browser", {{"paused", true}});
      const bool handed_back = co_await WaitForHandBack();
      if (!handed_back) co_return;
    }
    co_await TakeBack(std::move(before));
  }

  asio::awaitable<std::vector<std::optional<std::string>>> AskPerson(
      std::vector<Question> questions) {
    auto before = co_await ReadBeforeWait();
    auto watch = WatchForTakeover(co_await asio::this_coro::executor);
    auto replies = co_await deps_.human.Ask(questions);
    co_await AfterWait(std::move(before), *watch);
    co_return replies;
  }

  asio::awaitable<DraftReply> ReviewWithPerson(Draft draft) {
    auto before = co_await ReadBeforeWait();
    auto watch = WatchForTakeover(co_await asio::this_coro::executor);
    auto reply = co_await deps_.human.ReviewDraft(draft);
    co_await AfterWait(std::move(before), *watch);
    co_return reply;
  }

  // Fills `field` when the page is the run's to touch. Once a takeover made the
  // page be read again, the field is looked up in `reread` (which then holds that
  // reading). Nothing is filled (nullopt) when the person typed into it, it is
  // gone, or the run ended meanwhile.
  asio::awaitable<std::optional<Result<actions::FillResult>>> FillUnlessTaken(
      const PageSnapshot& snapshot, std::optional<PageSnapshot>& reread, const Field& field,
      const Answer& answer) {
    const HoldEnd held = co_await HoldWhilePaused();
    if (held == HoldEnd::kStop) co_return std::nullopt;
    if (held == HoldEnd::kReread) {
      if (!resumed_read_) co_return std::nullopt;
      reread = *resumed_read_;
    }
    if (TakenByPerson(field)) co_return std::nullopt;
    const PageSnapshot& current = reread ? *reread : snapshot;
    const Field* target = reread ? FindSame(current, field) : &field;
    if (target == nullptr) co_return std::nullopt;
    const auto* frame = current.FindFrame(target->frame_id);
    if (frame == nullptr) co_return std::nullopt;
    actions::FormActor actor(*page_);
    co_return co_await actor.Fill(*frame, *target, answer);
  }

  asio::awaitable<void> Drive() {
    const auto launch_start = Clock::now();
    auto context = co_await deps_.browser.NewContext();
    if (!context) {
      Finish(Outcome::kFailed, "Could not open a browser context: " + context.error().message);
      co_return;
    }
    context_ = std::move(*context);
    auto page = co_await context_->NewPage();
    if (!page) {
      Finish(Outcome::kFailed, "Could not open a browser tab: " + page.error().message);
      co_return;
    }
    page_ = *page;
    if (options_.on_page) options_.on_page(page_);
    report_.browser_start_ms = MillisSince(launch_start);

    Emit("applier:navigate", "Opening " + options_.url, {{"url", options_.url}});
    auto loaded = co_await page_->Navigate(options_.url);
    if (!loaded) {
      Finish(Outcome::kFailed, "Could not open the job page: " + loaded.error().message);
      co_return;
    }

    std::map<std::string, int> visits;  // page signature → times seen, for stuck detection
    std::string shown_before;           // what the page showed before the last move
    for (int step = 0; step < options_.max_steps; ++step) {
      // A step a takeover interrupted is done again, not counted twice.
      const bool repeat = std::exchange(repeat_step_, false);
      if (repeat) --step;
      if (repeat) shown_before.clear();  // the same page again is expected
      if (!report_.message.empty()) co_return;
      if (Cancelled()) {
        Finish(Outcome::kCancelled, "Cancelled by the user; nothing was submitted");
        co_return;
      }
      if (PastDeadline()) {
        Finish(Outcome::kFailed,
               "Gave up after the " + std::to_string(options_.timeout.count()) + " s time limit");
        co_return;
      }
      if (co_await HoldWhilePaused() == HoldEnd::kStop) co_return;
      FollowNewestTab();
      // After a click the next page (or an iframe with the form, or a client-side
      // route's next step) may still be loading: read it once it has settled.
      perception::SettleOptions settle;
      settle.quiet = std::chrono::milliseconds(250);
      settle.changed_from = shown_before;
      auto snapshot = co_await perception::PageReader::ReadSettled(*page_, settle);
      if (!snapshot) {
        Finish(Outcome::kFailed, "Could not read the page: " + snapshot.error().message);
        co_return;
      }
      if (!snapshot->unsettled_reason.empty()) {
        Emit("applier:navigate",
             "Reading the page before it settled: " + snapshot->unsettled_reason);
      }
      shown_before = perception::PageSignature(*snapshot);
      if (co_await DismissOverlay(*snapshot)) continue;
      if (!repeat && ++visits[Signature(*snapshot)] > 3) {
        Finish(Outcome::kNeedsHuman, "Stuck: the same page keeps coming back at " + snapshot->url +
                                         "; please finish it by hand");
        co_return;
      }
      switch (snapshot->kind) {
        case PageKind::kCaptcha:
          Step(*snapshot, "found a CAPTCHA");
          Finish(Outcome::kNeedsHuman,
                 "A CAPTCHA blocks the application at " + snapshot->url +
                     "; solve it in the live view (applier serve) or apply by hand");
          co_return;
        case PageKind::kLoginWall:
          Step(*snapshot, "found a sign-in wall");
          Finish(Outcome::kNeedsHuman, "The site asks you to sign in or create an account at " +
                                           snapshot->url + " before applying");
          co_return;
        case PageKind::kError:
          Step(*snapshot, "found an error page");
          Finish(Outcome::kFailed,
                 "The job is not open for applications: " + ErrorReason(*snapshot));
          co_return;
        case PageKind::kConfirmation:
          Step(*snapshot, "found a confirmation page before submitting");
          Finish(Outcome::kUnknown,
                 "The site shows a confirmation page although nothing was submitted in this "
                 "run; it may have been submitted before");
          co_return;
        case PageKind::kPosting:
        case PageKind::kUnknown: {
          // The posting's text grounds free-text answers; read once, where it is.
          if (posting_text_.empty()) posting_text_ = snapshot->text;
          auto opened = co_await OpenForm(*snapshot);
          if (!opened) co_return;
          if (draft_requested_) {
            co_await DraftAndSubmit();
            co_return;
          }
          continue;
        }
        case PageKind::kFormStep:
        case PageKind::kReviewStep: {
          const bool at_submit = co_await FillStep(*snapshot, step + 1);
          if (!report_.message.empty()) co_return;  // the step ended the run
          if (at_submit) {
            co_await DraftAndSubmit();
            co_return;
          }
          continue;
        }
      }
    }
    Finish(Outcome::kNeedsHuman, "Gave up after " + std::to_string(options_.max_steps) +
                                     " page steps without reaching the submit button");
  }

  // A flow that continues in a new tab (target=_blank, window.open) moves there.
  void FollowNewestTab() {
    auto pages = context_->pages();
    if (!pages.empty() && pages.back() != page_ && !pages.back()->crashed()) {
      page_ = pages.back();
      if (options_.on_page) options_.on_page(page_);
      Emit("applier:navigate", "Following the new tab the site opened");
    }
  }

  static std::string Signature(const PageSnapshot& snapshot) {
    std::string signature = snapshot.url + "#";
    for (const auto& field : snapshot.fields) signature += field.Key() + ";";
    for (const auto& field : snapshot.fields) signature += field.validation_message + ";";
    return signature;
  }

  // A cookie or consent banner covers the page: answer it the way a privacy-minded
  // person would (reject or "necessary only" when offered, else accept). Returns
  // whether it pressed something.
  asio::awaitable<bool> DismissOverlay(const PageSnapshot& snapshot) {
    const perception::Button* choice = nullptr;
    for (const auto& button : snapshot.buttons) {
      if (button.role != ButtonRole::kDismissOverlay) continue;
      std::string text = button.text;
      std::transform(text.begin(), text.end(), text.begin(), ::tolower);
      const bool privacy =
          text.find("reject") != std::string::npos || text.find("necessary") != std::string::npos ||
          text.find("essential") != std::string::npos || text.find("decline") != std::string::npos;
      if (choice == nullptr || privacy) choice = &button;
      if (privacy) break;
    }
    if (choice == nullptr || dismissed_overlays_ >= 3) co_return false;
    if (co_await HoldWhilePaused() != HoldEnd::kGoOn) {
      repeat_step_ = true;
      co_return true;
    }
    ++dismissed_overlays_;
    Emit("applier:click", "Dismissing the banner: \"" + choice->text + "\"",
         {{"button", choice->text}});
    actions::FormActor actor(*page_);
    auto pressed = co_await actor.Press(*snapshot.FindFrame(choice->frame_id), *choice);
    Step(snapshot, "dismissed a cookie/consent banner (\"" + choice->text + "\")");
    co_return pressed.has_value();
  }

  asio::awaitable<bool> OpenForm(const PageSnapshot& snapshot) {
    // Which "Apply" to press: one in an open dialog first (it sits on top of the
    // page), one not pressed before, and a manual path over sign-in shortcuts.
    const perception::Button* open = nullptr;
    auto rank = [&](const perception::Button& button) {
      std::string text = button.text;
      std::transform(text.begin(), text.end(), text.begin(), ::tolower);
      return (button.in_dialog ? 4 : 0) + (pressed_open_buttons_.contains(button.text) ? 0 : 2) +
             (text.find("manual") != std::string::npos ? 1 : 0);
    };
    for (const auto& button : snapshot.buttons) {
      if (button.role == ButtonRole::kOpenForm && (!open || rank(button) > rank(*open))) {
        open = &button;
      }
    }
    if (open) pressed_open_buttons_.insert(open->text);
    if (open == nullptr && AgentAvailable()) {
      auto agent = co_await RunAgent(snapshot, "it found no form and no Apply button it knows");
      co_return HandleAgent(agent);
    }
    if (open == nullptr) {
      Step(snapshot, "found no form and no Apply button");
      Finish(Outcome::kFailed, "Found no application form and no Apply button at " + snapshot.url);
      co_return false;
    }
    if (const HoldEnd held = co_await HoldWhilePaused(); held != HoldEnd::kGoOn) {
      pressed_open_buttons_.erase(open->text);
      repeat_step_ = true;
      co_return held == HoldEnd::kReread;
    }
    const auto* frame = snapshot.FindFrame(open->frame_id);
    Emit("applier:click", "Clicking \"" + open->text + "\"", {{"button", open->text}});
    actions::FormActor actor(*page_);
    auto pressed = co_await actor.Press(*frame, *open);
    if (!pressed) {
      Finish(Outcome::kFailed,
             "Could not click \"" + open->text + "\": " + pressed.error().message);
      co_return false;
    }
    Step(snapshot, "clicked \"" + open->text + "\" to open the form");
    co_return true;
  }

  FieldRecord& RecordFor(const Field& field, int step) {
    const std::string key = field.frame_url + "|" + field.Key();
    auto it = record_index_.find(key);
    if (it == record_index_.end()) {
      FieldRecord record;
      record.frame_id = field.frame_id;
      record.frame_url = field.frame_url;
      record.label = Describe(field);
      record.name = field.name;
      record.id = field.id;
      record.kind = perception::ToString(field.kind);
      record.required = field.required;
      record.step = step;
      record.value = field.value;
      record.status = "left_empty";
      report_.fields.push_back(record);
      it = record_index_.emplace(key, report_.fields.size() - 1).first;
    }
    return report_.fields[it->second];
  }

  // Fills every control of the step. Returns true when this step holds the final
  // submit (the draft comes next), false after pressing Next.
  asio::awaitable<bool> FillStep(const PageSnapshot& first_snapshot, int step) {
    PageSnapshot snapshot = first_snapshot;
    if (posting_text_.empty()) posting_text_ = snapshot.text;
    std::set<std::string> handled;
    std::set<std::string> revisited;  // fields the site flagged, looked at once more
    int filled = 0;
    const int takeovers_at_start = takeovers_;
    // Filling can reveal new controls ("Other: please specify"), and adding an
    // entry to a repeated section brings its fields: look again until nothing new
    // appears.
    for (int pass = 0; pass < 4 + kMaxEntriesPerSection * 2; ++pass) {
      std::vector<Field> fresh;
      for (const auto& field : snapshot.fields) {
        const std::string key = field.frame_url + "|" + field.Key();
        const bool flagged = !field.validation_message.empty() && handled.contains(key) &&
                             revisited.insert(key).second;
        if (!handled.contains(key) || flagged) fresh.push_back(field);
      }
      if (fresh.empty()) {
        if (!co_await AddEntry(snapshot)) break;
      } else {
        filled += co_await FillFields(snapshot, fresh, step, handled);
      }
      if (!report_.message.empty()) co_return false;
      perception::SettleOptions settle;
      settle.quiet = std::chrono::milliseconds(100);
      settle.deadline = std::chrono::seconds(5);
      auto again = co_await perception::PageReader::ReadSettled(*page_, settle);
      if (!again) break;
      if (takeovers_ != takeovers_at_start && MovedOn(first_snapshot, *again)) {
        // The person took the form elsewhere: start from the page as it is.
        repeat_step_ = true;
        co_return false;
      }
      snapshot = std::move(*again);
    }

    MarkHiddenFields(snapshot, step);
    const perception::Button* submit = nullptr;
    const perception::Button* next = nullptr;
    for (const auto& button : snapshot.buttons) {
      if (button.role == ButtonRole::kSubmit && (!submit || (button.in_form && !submit->in_form))) {
        submit = &button;
      }
      if (button.role == ButtonRole::kNext && !next) next = &button;
    }
    if (submit) {
      Step(snapshot, "filled " + std::to_string(filled) + " fields; reached the submit button");
      submit_button_ = *submit;
      co_return true;
    }
    if (next) {
      if (const HoldEnd held = co_await HoldWhilePaused(); held != HoldEnd::kGoOn) {
        repeat_step_ = held == HoldEnd::kReread;
        co_return false;
      }
      Emit("applier:click", "Clicking \"" + next->text + "\"", {{"button", next->text}});
      actions::FormActor actor(*page_);
      auto pressed = co_await actor.Press(*snapshot.FindFrame(next->frame_id), *next);
      if (!pressed) {
        Finish(Outcome::kFailed,
               "Could not click \"" + next->text + "\": " + pressed.error().message);
        co_return false;
      }
      Step(snapshot,
           "filled " + std::to_string(filled) + " fields, pressed \"" + next->text + "\"");
      co_return false;
    }
    if (AgentAvailable()) {
      Step(snapshot, "filled " + std::to_string(filled) + " fields; found no Next or Submit");
      auto agent = co_await RunAgent(snapshot, "the form has no Next or Submit button it knows");
      if (!HandleAgent(agent)) co_return false;
      co_return draft_requested_;
    }
    Step(snapshot, "filled " + std::to_string(filled) + " fields; found no Next or Submit");
    Finish(Outcome::kNeedsHuman,
           "The form at " + snapshot.url + " has no Next or Submit button I can recognise");
    co_return false;
  }

  // A field the site hid after other answers ("To" once "I currently work here"
  // is ticked) is not asked any more: it does not hold the application back.
  void MarkHiddenFields(const PageSnapshot& snapshot, int step) {
    std::set<std::string> shown;
    for (const auto& field : snapshot.fields) shown.insert(field.frame_url + "|" + field.Key());
    for (const auto& [key, index] : record_index_) {
      FieldRecord& record = report_.fields[index];
      if (record.step != step || record.status != "left_empty" || shown.contains(key)) continue;
      record.status = "hidden";
      record.note += record.note.empty() ? "the site hid it" : "; the site hid it";
    }
  }

  // A repeatable section ("Work Experience" with an "Add" button) gets one entry
  // per entry of the profile, up to kMaxEntriesPerSection. Presses one "Add" and
  // returns true when it did.
  asio::awaitable<bool> AddEntry(const PageSnapshot& snapshot) {
    for (const auto& button : snapshot.buttons) {
      if (button.role != ButtonRole::kAddAnother) continue;
      const auto section = planning::SectionNamedBy(button.text);
      if (section == planning::EntrySection::kNone) continue;
      int present = 0;
      for (const auto& field : snapshot.fields) {
        const auto ref = planning::EntryOf(field.context);
        if (ref.section == section) present = std::max(present, ref.index + 1);
      }
      const std::size_t known = section == planning::EntrySection::kWork
                                    ? deps_.profile.work_history.size()
                                    : deps_.profile.education.size();
      const int wanted = std::min(static_cast<int>(known), kMaxEntriesPerSection);
      int& added = entries_added_[section];
      if (present >= wanted || added >= wanted) continue;
      const auto* frame = snapshot.FindFrame(button.frame_id);
      if (frame == nullptr) continue;
      // Interrupted: the caller reads the page again (or sees the run ended).
      if (co_await HoldWhilePaused() != HoldEnd::kGoOn) co_return true;
      Emit("applier:click",
           "Clicking \"" + button.text + "\" for entry " + std::to_string(present + 1) +
               " of the profile",
           {{"button", button.text}});
      actions::FormActor actor(*page_);
      if (auto pressed = co_await actor.Press(*frame, button); !pressed) continue;
      ++added;
      co_return true;
    }
    co_return false;
  }

  // Plans, asks the human what nothing else could answer (all at once), then
  // fills. Returns how many fields were filled.
  asio::awaitable<int> FillFields(const PageSnapshot& snapshot, const std::vector<Field>& fields,
                                  int step, std::set<std::string>& handled) {
    std::vector<std::pair<Field, Answer>> to_fill;
    std::vector<Question> questions;
    std::vector<Field> asked;
    std::vector<std::optional<Suggestion>> suggested;  // per asked field
    actions::FormActor reader(*page_);
    const planning::PageContext page = planner_.ContextOf(fields);
    for (const auto& listed : fields) {
      Field field = listed;
      handled.insert(field.frame_url + "|" + field.Key());
      if (TakenByPerson(field)) continue;
      // A custom dropdown shows its options only when opened: look, so the
      // planner can choose by meaning.
      if (field.kind == ControlKind::kCombobox && field.options.empty() &&
          field.html_type == "button") {
        if (co_await HoldWhilePaused() != HoldEnd::kGoOn) {
          // This reading is stale now: plan these fields again on the next one.
          for (const auto& f : fields) handled.erase(KeyOf(f));
          co_return 0;
        }
        if (const auto* frame = snapshot.FindFrame(field.frame_id)) {
          if (auto options = co_await reader.ReadOptions(*frame, field)) field.options = *options;
        }
      }
      FieldRecord& record = RecordFor(field, step);
      FieldPlan plan = planner_.Plan(field, page);
      // The site named this field in a validation error: fill it if our answer
      // is not in it yet (it was skipped or lost in a re-render); if it is and the
      // site still objects, only a person can say what it wants.
      const bool invalid = !field.validation_message.empty();
      const bool ours_rejected =
          invalid && plan.decision == FieldPlan::Decision::kFill && !field.value.empty() &&
          (field.value == plan.answer.text || field.value == plan.answer.option_value);
      if (plan.decision == FieldPlan::Decision::kFill && !ours_rejected) {
        to_fill.emplace_back(field, plan.answer);
      } else if ((plan.decision == FieldPlan::Decision::kAskHuman || ours_rejected ||
                  (invalid && field.required)) &&
                 !unanswered_.contains(field.frame_url + "|" + field.Key())) {
        Question question;
        question.field = field;
        question.prompt = Describe(field);
        question.reason = invalid ? "the site says: " + field.validation_message : plan.why;
        question.options = SelectableLabels(field);
        question.required = field.required;
        std::optional<Suggestion> suggestion;
        if (plan.decision == FieldPlan::Decision::kAskHuman && !invalid) {
          auto reasoned = co_await Reason(field, plan);
          if (reasoned) {
            to_fill.emplace_back(field, std::move(*reasoned));
            continue;
          }
          if (!reasoned.error().message.empty()) {
            question.reason += "; the LLM could not answer: " + reasoned.error().message;
          }
          if (!reasoner_.has_llm() && IsFreeTextQuestion(field, plan)) {
            suggestion = reasoner_.Suggest(field);
          }
          if (suggestion) {
            question.suggestion = suggestion->text;
            question.suggestion_from = suggestion->from;
          }
        }
        questions.push_back(std::move(question));
        asked.push_back(field);
        suggested.push_back(std::move(suggestion));
      } else {
        const std::string shown = field.kind == ControlKind::kCheckbox
                                      ? std::string(field.checked ? "checked" : "")
                                      : field.value;
        record.status = shown.empty() ? "left_empty" : "filled";
        record.value = shown;
        record.note = plan.why;
        if (plan.decision == FieldPlan::Decision::kLeave && !field.value.empty()) {
          record.source = planning::ToString(plan.answer.source);
          record.decided_by = plan.answer.decided_by;
          record.confidence = plan.answer.confidence;
        }
      }
    }
    if (!questions.empty()) {
      json::array listed;
      for (const auto& q : questions) {
        json::object entry{{"question", q.prompt},
                           {"required", q.required},
                           {"options", json::value_from(q.options)}};
        if (!q.suggestion.empty()) {
          entry["suggestion"] = q.suggestion;
          entry["suggestion_from"] = q.suggestion_from;
        }
        listed.push_back(std::move(entry));
      }
      Emit("hitl:request", "I need " + std::to_string(questions.size()) + " answer(s) from you",
           {{"questions", std::move(listed)}});
      auto replies = co_await human_.Ask(questions);
      for (std::size_t i = 0; i < asked.size(); ++i) {
        const Field& field = asked[i];
        if (TakenByPerson(field)) continue;  // they typed the answer into the form itself
        FieldRecord& record = RecordFor(field, step);
        const auto& reply = i < replies.size() ? replies[i] : std::nullopt;
        if (!reply || reply->empty()) {
          // Asked once; asking again on the same page would only repeat the silence.
          unanswered_.insert(field.frame_url + "|" + field.Key());
          record.status = field.required ? "needs_human" : "left_empty";
          record.note = field.required ? "required; no answer was given" : "skipped";
          continue;
        }
        // "accept" takes the suggestion the question offered.
        const auto& suggestion = suggested[i];
        const bool accepted = suggestion && Lower(*reply) == "accept";
        auto answer = planner_.FromHumanResponse(field, accepted ? suggestion->text : *reply);
        if (!answer) {
          record.status = "needs_human";
          record.note = answer.error().message;
          continue;
        }
        if (accepted) {
          answer->source = suggestion->from.starts_with("saved answer") ? AnswerSource::kSavedAnswer
                                                                        : AnswerSource::kDocument;
          answer->reason = "the user accepted the suggestion from " + suggestion->from;
        }
        Emit("hitl:response", "Got an answer for \"" + Describe(field) + "\"",
             {{"question", Describe(field)}});
        (void)planner_.Remember(field, *answer);
        to_fill.emplace_back(field, *answer);
      }
    }

    int filled = 0;
    std::vector<Field> stuck;            // required fields the actor failed twice
    std::optional<PageSnapshot> reread;  // the page read again since `snapshot`
    for (const auto& [field, answer] : to_fill) {
      if (PastDeadline()) break;
      auto attempt = co_await FillUnlessTaken(snapshot, reread, field, answer);
      if (!attempt) {
        if (!report_.message.empty()) break;  // the run ended while a person had the page
        continue;                             // theirs now, or gone
      }
      Result<actions::FillResult> result = std::move(*attempt);
      if (!result) {
        // Once more, on a fresh reading of the page: it may have re-rendered.
        if (auto again = co_await perception::PageReader::Read(*page_)) {
          reread = std::move(*again);
          auto retried = co_await FillUnlessTaken(snapshot, reread, field, answer);
          if (!retried) {
            if (!report_.message.empty()) break;
            continue;
          }
          result = std::move(*retried);
        }
      }
      // Taken only now: a takeover while filling may have added records.
      FieldRecord& record = RecordFor(field, step);
      if (!result) {
        record.status = field.required ? "needs_human" : "failed";
        record.note = "I'm stuck on \"" + Describe(field) + "\": " + result.error().message;
        Emit("applier:error", record.note, {{"field", Describe(field)}});
        if (field.required && !unanswered_.contains(field.frame_url + "|" + field.Key())) {
          stuck.push_back(field);
        }
        continue;
      }
      ++filled;
      record.status = "filled";
      record.value = field.kind == ControlKind::kFile || field.kind == ControlKind::kSelect ||
                             field.kind == ControlKind::kRadioGroup
                         ? (answer.text.empty() ? result->value : answer.text)
                         : result->value;
      record.source = planning::ToString(answer.source);
      record.decided_by = answer.decided_by;
      record.confidence = answer.confidence;
      record.note = answer.reason;
      const bool upload = field.kind == ControlKind::kFile;
      Emit(upload ? "applier:upload" : "applier:type",
           (upload ? "Uploaded " : "Filled \"") + (upload ? result->value : Describe(field) + "\""),
           {{"field", Describe(field)},
            {"source", planning::ToString(answer.source)},
            {"method", result->method}});
    }
    filled += co_await AskAboutStuckFields(snapshot, stuck, step);
    Emit("applier:fill", "Filled " + std::to_string(filled) + " field(s)", {{"count", filled}});
    co_return filled;
  }

  // Two failed tries on a required field: stop trying on my own and ask the
  // person once (in the live view they can also fill it themselves), then make
  // one more attempt with what they said.
  asio::awaitable<int> AskAboutStuckFields(const PageSnapshot& snapshot,
                                           const std::vector<Field>& stuck, int step) {
    if (stuck.empty()) co_return 0;
    std::vector<Question> questions;
    for (const auto& field : stuck) {
      Question question;
      question.field = field;
      question.prompt = Describe(field);
      question.reason = RecordFor(field, step).note;
      question.options = SelectableLabels(field);
      question.required = true;
      questions.push_back(std::move(question));
      unanswered_.insert(field.frame_url + "|" + field.Key());
    }
    Emit("hitl:request", "I'm stuck on " + std::to_string(stuck.size()) + " field(s)",
         {{"stuck", static_cast<std::int64_t>(stuck.size())}});
    auto replies = co_await human_.Ask(questions);
    int filled = 0;
    std::optional<PageSnapshot> reread;
    for (std::size_t i = 0; i < stuck.size() && i < replies.size(); ++i) {
      if (!replies[i] || replies[i]->empty()) continue;
      const Field& field = stuck[i];
      auto answer = planner_.FromHumanResponse(field, *replies[i]);
      if (!answer) continue;
      auto attempt = co_await FillUnlessTaken(snapshot, reread, field, *answer);
      if (!attempt) {
        if (!report_.message.empty()) break;
        continue;
      }
      auto& result = *attempt;
      FieldRecord& record = RecordFor(field, step);
      if (!result) {
        record.note += "; with your answer too: " + result.error().message;
        continue;
      }
      (void)planner_.Remember(field, *answer);
      record.status = "filled";
      record.value = result->value;
      record.source = planning::ToString(answer->source);
      record.decided_by = answer->decided_by;
      record.confidence = answer->confidence;
      ++filled;
    }
    co_return filled;
  }

  // The documents and LLM steps of the answer chain for a field the planner would
  // ask the human about. An error with an empty message means "not for the LLM"
  // (no LLM, or not a free-text or unplaced choice field).
  asio::awaitable<Result<Answer>> Reason(Field field, FieldPlan plan) {
    if (!reasoner_.has_llm()) co_return Fail(ErrorKind::kNotFound, "");
    if (IsFreeTextQuestion(field, plan)) {
      auto written = co_await reasoner_.WriteFreeText(field, posting_text_);
      if (!written) co_return Fail(written.error());
      json::array used;
      for (const auto& passage : written->passages)
        used.push_back(json::string(PassageName(passage)));
      Emit("chat:message", "Wrote an answer to \"" + Describe(field) + "\" for the draft",
           {{"field", Describe(field)}, {"passages", std::move(used)}});
      co_return std::move(written->answer);
    }
    if (IsUnplacedChoice(field, plan)) {
      auto chosen = co_await reasoner_.ChooseOption(field, posting_text_);
      if (!chosen) co_return Fail(chosen.error());
      co_return std::move(*chosen);
    }
    co_return Fail(ErrorKind::kNotFound, "");
  }

  bool AgentAvailable() const { return llm_.has_value() && agent_runs_ < kMaxAgentRuns; }

  asio::awaitable<AgentResult> RunAgent(PageSnapshot snapshot, std::string why) {
    ++agent_runs_;
    const int step = static_cast<int>(report_.steps.size()) + 1;
    Emit("chat:message",
         "The form engine does not know this page (" + why + "); the assistant takes over",
         {{"url", snapshot.url}, {"reason", why}});
    PageAgentLoop loop({
        .page = *page_,
        .llm = *llm_,
        .reasoner = reasoner_,
        .human = human_,
        .profile = deps_.profile,
        .posting_text = posting_text_,
        .max_steps = options_.max_agent_steps,
        .on_event = [this](const std::string& type,
                           const std::string& message) { Emit(type, message); },
        .on_filled =
            [this, step](const Field& field, const Answer& answer, const std::string& value) {
              FieldRecord& record = RecordFor(field, step);
              record.status = "filled";
              record.value = value;
              record.source = planning::ToString(answer.source);
              record.decided_by = answer.decided_by;
              record.confidence = answer.confidence;
              record.note = answer.reason;
            },
        .before_action = [this]() { return HoldWhilePaused(); },
        .persons = [this](const Field& field) { return TakenByPerson(field); },
    });
    auto result = co_await loop.Run(snapshot, why);
    std::string actions;
    for (const auto& action : result.actions) actions += (actions.empty() ? "" : "; ") + action;
    Step(snapshot, "assistant (" + std::to_string(result.actions.size()) + " actions: " + actions +
                       "): " + result.message);
    co_return result;
  }

  // Whether the run goes on after the assistant's turn.
  bool HandleAgent(const AgentResult& result) {
    if (!report_.message.empty()) return false;  // the run ended during the assistant's turn
    switch (result.end) {
      case AgentEnd::kHandBack: return true;
      case AgentEnd::kDraftRequested:
        submit_button_ = result.submit;
        draft_requested_ = true;
        return true;
      case AgentEnd::kNeedsHuman: break;
    }
    Finish(Outcome::kNeedsHuman, "The assistant could not finish the page at " + page_->url() +
                                     ": " + result.message + "; please finish it by hand");
    return false;
  }

  Draft BuildDraft() const {
    Draft draft;
    draft.url = page_ ? page_->url() : options_.url;
    draft.screenshot_path = report_.screenshot_path;
    draft.revision = draft_revision_;
    for (const auto& f : report_.fields) {
      // Sensitive-looking values stay out of the draft table; none are typed anyway.
      draft.fields.push_back(
          DraftField{f.label, f.value, f.source, f.confidence, f.required, f.status, f.note});
    }
    return draft;
  }

  std::vector<const FieldRecord*> MissingRequired() const {
    std::vector<const FieldRecord*> missing;
    for (const auto& f : report_.fields) {
      if (f.required && f.status != "filled" && f.status != "hidden") missing.push_back(&f);
    }
    return missing;
  }

  asio::awaitable<void> WriteDraftScreenshot() {
    auto shot = co_await page_->Screenshot({.full_page = true, .quality = 80});
    if (!shot) {
      Emit("applier:error", "Could not take the draft screenshot: " + shot.error().message);
      co_return;
    }
    if (!options_.screenshot_path.empty()) {
      std::ofstream out(options_.screenshot_path, std::ios::binary);
      out.write(shot->data(), static_cast<std::streamsize>(shot->size()));
      if (out) report_.screenshot_path = options_.screenshot_path;
    }
    Emit("browser:screenshot", "Draft screenshot taken",
         {{"bytes", shot->size()}, {"path", report_.screenshot_path}});
  }

  asio::awaitable<void> DraftAndSubmit() {
    for (;; ++draft_revision_) {
      co_await WriteDraftScreenshot();
      if (draft_revision_ == 1) report_.time_to_draft_ms = MillisSince(start_);
      Draft draft = BuildDraft();
      Emit("draft:review", "The draft is ready for review",
           {{"revision", draft_revision_}, {"screenshot", draft.screenshot_path}});
      if (options_.no_submit) {
        Finish(Outcome::kStoppedAtDraft,
               "Filled and stopped before submitting (--no-submit); the draft is ready");
        co_return;
      }
      auto missing = MissingRequired();
      const int changes_at_draft = person_changes_;
      DraftReply reply = co_await human_.ReviewDraft(draft);
      if (!report_.message.empty()) co_return;  // ended while a person had the page
      switch (reply.decision) {
        case DraftDecision::kUnavailable:
          Finish(Outcome::kStoppedAtDraft,
                 "Stopped at the draft: nobody confirmed it (no terminal and no --yes), so "
                 "nothing was submitted");
          co_return;
        case DraftDecision::kDecline:
          Emit("draft:confirm", "The draft was declined", {{"confirmed", false}});
          Finish(Outcome::kDraftDeclined, "You declined the draft; nothing was submitted");
          co_return;
        case DraftDecision::kEdit: {
          Emit("draft:edit", "Changing the draft: " + reply.edit_request,
               {{"request", reply.edit_request}});
          co_await ApplyEdit(reply.edit_request);
          continue;
        }
        case DraftDecision::kConfirm: break;
      }
      // What is sent must be what was confirmed: a person who changed the form
      // since this draft was taken gets a new one.
      if (co_await HoldWhilePaused() == HoldEnd::kStop) co_return;
      if (person_changes_ != changes_at_draft) {
        Emit("chat:message", "You changed the form in the browser; here is the new draft",
             {{"changed", person_changes_ - changes_at_draft}});
        continue;
      }
      if (!missing.empty()) {
        std::string names;
        for (const auto* f : missing) names += (names.empty() ? "" : ", ") + f->label;
        Finish(Outcome::kNeedsHuman, "Not submitted: required fields are still empty: " + names);
        co_return;
      }
      Emit("draft:confirm", "The draft was confirmed", {{"confirmed", true}});
      co_await Submit();
      co_return;
    }
  }

  asio::awaitable<void> ApplyEdit(const std::string& request) {
    auto edit = ParseEditRequest(request);
    if (!edit) {
      Emit("chat:message", edit.error().message);
      co_return;
    }
    if (co_await HoldWhilePaused() == HoldEnd::kStop) co_return;
    auto snapshot = co_await perception::PageReader::Read(*page_);
    if (!snapshot) co_return;
    const Field* target = FindFieldByName(snapshot->fields, edit->field);
    if (target == nullptr) {
      Emit("chat:message", "I could not find a field called \"" + edit->field + "\" on the form");
      co_return;
    }
    auto answer = planner_.FromHumanResponse(*target, edit->value);
    if (!answer) {
      Emit("chat:message", answer.error().message);
      co_return;
    }
    actions::FormActor actor(*page_);
    auto result = co_await actor.Fill(*snapshot->FindFrame(target->frame_id), *target, *answer);
    FieldRecord& record = RecordFor(*target, 0);
    if (!result) {
      record.note = "edit failed: " + result.error().message;
      Emit("applier:error", record.note);
      co_return;
    }
    (void)planner_.Remember(*target, *answer);
    record.value = result->value;
    record.source = planning::ToString(answer->source);
    record.decided_by = answer->decided_by;
    record.confidence = answer->confidence;
    record.status = "filled";
    record.note = "changed on request: " + request;
    Emit("applier:type", "Changed \"" + record.label + "\"", {{"field", record.label}});
  }

  asio::awaitable<void> Submit() {
    if (deps_.log) {
      auto intent = deps_.log->RecordSubmitIntent(report_.application_id);
      if (!intent) {
        Finish(Outcome::kUnknown, "Not submitting: " + intent.error().message +
                                      " (an application is never submitted twice)");
        co_return;
      }
    }
    auto snapshot = co_await perception::PageReader::Read(*page_);
    const perception::Button* submit = nullptr;
    if (snapshot) {
      for (const auto& button : snapshot->buttons) {
        // The assistant may have named a button perception does not call submit.
        if ((button.role == ButtonRole::kSubmit || button.role == submit_button_.role) &&
            button.text == submit_button_.text) {
          submit = &button;
          break;
        }
      }
    }
    if (submit == nullptr) {
      Finish(Outcome::kFailed, "The submit button disappeared before it could be pressed");
      co_return;
    }
    Emit("applier:click", "Submitting: clicking \"" + submit->text + "\"",
         {{"button", submit->text}});
    actions::FormActor actor(*page_);
    auto pressed = co_await actor.Press(*snapshot->FindFrame(submit->frame_id), *submit);
    if (!pressed) {
      // The click may or may not have reached the page.
      Finish(Outcome::kUnknown, "Pressing submit failed midway (" + pressed.error().message +
                                    "); check the site before trying again");
      co_return;
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
      co_await page_->WaitForSettled(std::chrono::milliseconds(300), std::chrono::seconds(5));
      FollowNewestTab();
      auto after = co_await perception::PageReader::Read(*page_);
      if (!after) continue;
      if (after->kind == PageKind::kConfirmation) {
        report_.confirmation_text = ConfirmationText(*after);
        Step(*after, "submitted; the site confirmed");
        Finish(Outcome::kSubmitted, "Submitted. The site says: " + report_.confirmation_text);
        co_return;
      }
      std::string errors;
      for (const auto& field : after->fields) {
        if (!field.validation_message.empty()) {
          errors +=
              (errors.empty() ? "" : "; ") + Describe(field) + ": " + field.validation_message;
        }
      }
      if (!errors.empty()) {
        Step(*after, "the site rejected the submission");
        Finish(Outcome::kNeedsHuman, "The site did not accept the form: " + errors);
        co_return;
      }
    }
    Finish(Outcome::kUnknown,
           "Submit was pressed but no confirmation page appeared; check the site before "
           "applying again");
  }

  ApplyDependencies& deps_;
  PersonChannel human_;
  ApplyOptions options_;
  planning::AnswerPlanner planner_;
  std::optional<llm::LlmClient> llm_;  // this run's budget and accounting; none without an LLM
  FieldReasoner reasoner_;
  std::string posting_text_;  // the posting page's text, read once
  int agent_runs_ = 0;
  bool draft_requested_ = false;  // the assistant filled a page the engine did not know
  Clock::time_point start_;
  Clock::time_point deadline_;
  ApplicationReport report_;
  std::map<std::string, std::size_t> record_index_;
  std::unique_ptr<browser::BrowserContext> context_;
  std::shared_ptr<browser::Page> page_;
  perception::Button submit_button_;
  int draft_revision_ = 1;
  int dismissed_overlays_ = 0;
  std::set<std::string> pressed_open_buttons_;
  std::set<std::string> unanswered_;  // fields a person was asked about and left empty
  std::map<planning::EntrySection, int> entries_added_;  // "Add" presses per section
  // Live view takeovers:
  std::set<std::string> person_entered_;      // fields the person typed into: theirs
  std::optional<PageSnapshot> resumed_read_;  // the page when they last handed it back
  bool taken_back_ = false;   // a takeover ended since the last move: read again first
  bool repeat_step_ = false;  // a takeover interrupted the page step: do it again
  int takeovers_ = 0;
  int person_changes_ = 0;  // controls the person changed, over the whole run
};

}  // namespace

asio::awaitable<ApplicationReport> ApplicationRun::Run(ApplyOptions options) {
  Flow flow(deps_, std::move(options));
  co_return co_await flow.Run();
}

}  // namespace applier::session
