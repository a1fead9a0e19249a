#include "session/run_flow.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>

#include "planning/answer_planner.h"
#include "session/draft_review.h"
#include "session/field_reasoner.h"
#include "session/page_agent_loop.h"
#include "session/page_navigator.h"
#include "session/run_control.h"
#include "session/step_filler.h"
#include "session/submitter.h"
#include "session/validation_loop.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::ButtonRole;
using perception::Field;
using perception::PageKind;
using perception::PageSnapshot;
using planning::Answer;

namespace {

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

// Pages one run may hand to the assistant (page_agent_loop.h): enough for a
// posting and a form or two the engine does not know, not a runaway bill.
constexpr int kMaxAgentRuns = 4;

// Submit clicks one run may make while the site keeps answering with validation
// errors: each field gets two fixes (validation_loop.h), and a form whose errors
// move from field to field still ends with a person.
constexpr int kMaxSubmitClicks = 3;
// New drafts one submit may need because the page changed values after the
// person saw the draft (a resume parser answering late).
constexpr int kMaxLateChanges = 3;

// Whether a page asks what another asked, at the same address: the same questions
// in the same order, however the page re-rendered them (new nodes, new ids).
bool AsksTheSame(const PageSnapshot& before, const PageSnapshot& after) {
  if (before.url != after.url || before.fields.size() != after.fields.size()) return false;
  for (std::size_t i = 0; i < before.fields.size(); ++i) {
    if (before.fields[i].label != after.fields[i].label ||
        before.fields[i].kind != after.fields[i].kind) {
      return false;
    }
  }
  return true;
}

}  // namespace

class RunFlow::Impl {
 public:
  Impl(RunFlowParts parts, const ApplyOptions& options)
      : deps_(parts),
        options_(options),
        report_(parts.report),
        page_(parts.page),
        llm_(parts.llm),
        control_(parts.page, parts.report, parts.human,
                 RunLimits{.cancel = options.cancel,
                           .paused = options.paused,
                           .timeout = options.timeout,
                           .deadline = std::chrono::steady_clock::now() + options.timeout}),
        planner_(deps_.profile, deps_.answers, options.user_id),
        reasoner_({.llm = llm_,
                   .documents = deps_.documents,
                   .answers = deps_.answers,
                   .store = deps_.store},
                  deps_.profile, options.user_id),
        navigator_(page_, report_, control_),
        filler_({.page = page_,
                 .report = report_,
                 .control = control_,
                 .profile = deps_.profile,
                 .planner = planner_,
                 .reasoner = reasoner_,
                 .posting_text = posting_text_}) {}

  asio::awaitable<void> Drive() {
    if (!co_await navigator_.OpenPosting(options_.url)) co_return;
    for (int step = 0; step < options_.max_steps; ++step) {
      // A step a takeover interrupted is done again, not counted twice.
      const bool repeat = control_.TakeRepeatStep();
      if (repeat) --step;
      if (report_.ended()) co_return;
      if (control_.StopWhenCancelledOrLate()) co_return;
      if (co_await control_.Hold() == HoldEnd::kStop) co_return;
      // The page a Next led to may have been read already (to see whether the
      // site accepted the step).
      auto snapshot = std::exchange(read_after_next_, std::nullopt);
      if (!snapshot || repeat) snapshot = co_await navigator_.ReadSettled(repeat);
      if (!snapshot) co_return;
      if (co_await navigator_.DismissOverlay(*snapshot)) continue;
      if (!repeat && navigator_.SeenTooOften(*snapshot)) {
        report_.Finish(Outcome::kNeedsHuman, "Stuck: the same page keeps coming back at " +
                                                 snapshot->url + "; please finish it by hand");
        co_return;
      }
      if (snapshot->kind == PageKind::kPosting || snapshot->kind == PageKind::kFormStep) {
        report_.NameJob(*snapshot);
      }
      switch (snapshot->kind) {
        case PageKind::kCaptcha:
          report_.Step(*snapshot, "found a CAPTCHA");
          report_.Finish(Outcome::kNeedsHuman,
                         "A CAPTCHA blocks the application at " + snapshot->url +
                             "; solve it in the live view (applier serve) or apply by hand");
          co_return;
        case PageKind::kLoginWall:
          report_.Step(*snapshot, "found a sign-in wall");
          report_.Finish(Outcome::kNeedsHuman,
                         "The site asks you to sign in or create an account at " + snapshot->url +
                             " before applying");
          co_return;
        case PageKind::kError:
          report_.Step(*snapshot, "found an error page");
          report_.Finish(Outcome::kFailed,
                         "The job is not open for applications: " + ErrorReason(*snapshot));
          co_return;
        case PageKind::kConfirmation:
          if (last_next_) {
            ConfirmedAfterNext(*snapshot);
            co_return;
          }
          report_.Step(*snapshot, "found a confirmation page before submitting");
          report_.Finish(Outcome::kUnknown,
                         "The site shows a confirmation page although nothing was submitted in "
                         "this run; it may have been submitted before");
          co_return;
        case PageKind::kPosting:
        case PageKind::kUnknown: {
          // The posting's text grounds free-text answers; read once, where it is.
          if (posting_text_.empty()) posting_text_ = snapshot->text;
          const auto after_next = std::exchange(last_next_, std::nullopt);
          if (!co_await OpenForm(*snapshot, after_next)) co_return;
          if (draft_requested_) {
            if (!co_await DraftAndSubmit()) co_return;
            draft_requested_ = false;
          }
          continue;
        }
        case PageKind::kFormStep:
        case PageKind::kReviewStep: {
          const bool at_submit = co_await FillStep(*snapshot, step + 1);
          if (report_.ended()) co_return;  // the step ended the run
          if (at_submit) {
            if (!co_await DraftAndSubmit()) co_return;
          }
          continue;
        }
      }
    }
    report_.Finish(Outcome::kNeedsHuman, "Gave up after " + std::to_string(options_.max_steps) +
                                             " page steps without reaching the submit button");
  }

 private:
  // Presses the page's Apply, or hands the page to the assistant when it has
  // none the engine knows. `after_next`: the Next the site accepted to show this
  // page. Whether the run goes on.
  asio::awaitable<bool> OpenForm(const PageSnapshot& snapshot,
                                 const std::optional<perception::Button>& after_next) {
    const perception::Button* open = navigator_.OpenButton(snapshot);
    if (open == nullptr && AgentAvailable()) {
      auto agent = co_await RunAgent(snapshot, "it found no form and no Apply button it knows");
      co_return HandleAgent(agent);
    }
    if (const auto postings = perception::PostingLinks(snapshot);
        open == nullptr && postings.size() > 1) {
      // A job list: which posting the person means is theirs to say.
      std::string titles;
      for (std::size_t i = 0; i < postings.size() && i < 5; ++i) {
        titles += (i == 0 ? "" : "; ") + postings[i]->text;
      }
      report_.Step(snapshot, "found a list of " + std::to_string(postings.size()) + " postings");
      report_.Finish(Outcome::kFailed, "The page at " + snapshot.url + " lists " +
                                           std::to_string(postings.size()) + " job postings (" +
                                           titles + (postings.size() > 5 ? "; ..." : "") +
                                           "); give the address of the one to apply to");
      co_return false;
    }
    if (open == nullptr && after_next) {
      // A step that only shows text over its own way on: a conversational form's
      // statement screen ("Thanks! Now a few eligibility questions" over
      // "Continue", Typeform and Tally), a wizard's section intro. The form goes
      // on through it.
      const auto next = std::find_if(
          snapshot.buttons.begin(), snapshot.buttons.end(),
          [](const perception::Button& b) { return b.role == ButtonRole::kNext && !b.disabled; });
      if (next != snapshot.buttons.end()) {
        co_await PressNextUntilAccepted(snapshot, *next, 0, report_.next_step());
        co_return !report_.ended();
      }
      // A step that reads the answers back over the send, with no heading naming
      // it a review (Drupal Webform's preview page: a status message, the answers
      // per page, "Previous page" and "Submit"): the form's last step. Its submit
      // sends what was filled, so it is pressed only after the draft.
      const auto send = std::find_if(
          snapshot.buttons.begin(), snapshot.buttons.end(), [](const perception::Button& b) {
            return b.role == ButtonRole::kSubmit && !b.disabled && !b.in_dialog;
          });
      if (send != snapshot.buttons.end()) {
        report_.Step(snapshot, "after \"" + after_next->text + "\": the answers read back over \"" +
                                   send->text + "\"");
        submit_button_ = *send;
        draft_requested_ = true;
        co_return true;
      }
      // The site took the step and moved on to a stage the engine has nothing
      // to do in (a payment widget, a page only for reading): the button was a
      // step's, yet the site may keep what it sent, so this is no failure and
      // no proven submission either.
      const std::string shown =
          snapshot.headings.empty() ? snapshot.title : snapshot.headings.front();
      report_.Step(snapshot, "after \"" + after_next->text + "\": nothing to fill, no way on");
      report_.Finish(Outcome::kUnknown,
                     "The site accepted \"" + after_next->text + "\" and moved on to \"" + shown +
                         "\" at " + snapshot.url +
                         ", where there is nothing to fill and no button I know; it may have "
                         "received the filled form (the button read as a step, so no draft "
                         "was shown): check the site before applying again");
      co_return false;
    }
    if (open == nullptr) {
      report_.Step(snapshot, "found no form and no Apply button");
      report_.Finish(Outcome::kFailed,
                     "Found no application form and no Apply button at " + snapshot.url);
      co_return false;
    }
    if (after_next || FilledAny()) {
      // An "Apply" once the form was filled (a wizard's review page whose last
      // button says "Apply now") sends the application: it is the submit,
      // pressed only after the person confirmed the draft.
      report_.Step(snapshot, "\"" + open->text + "\" after the form was filled: the submit");
      submit_button_ = *open;
      draft_requested_ = true;
      co_return true;
    }
    co_return co_await navigator_.PressOpen(snapshot, *open);
  }

  bool FilledAny() const {
    const auto& fields = report_.report().fields;
    return std::any_of(fields.begin(), fields.end(),
                       [](const auto& field) { return field.status == "filled"; });
  }

  // Fills the step, then presses its Next. Returns true when this step holds the
  // final submit (the draft comes next).
  asio::awaitable<bool> FillStep(const PageSnapshot& first, int step) {
    last_next_.reset();
    FilledStep done = co_await filler_.Fill(first, step);
    if (done.interrupted) co_return false;
    const PageSnapshot& snapshot = done.page;
    report_.MarkHiddenFields(snapshot, step);
    const perception::Button* submit = nullptr;
    const perception::Button* next = nullptr;
    for (const auto& button : snapshot.buttons) {
      if (button.role == ButtonRole::kSubmit && (!submit || (button.in_form && !submit->in_form))) {
        submit = &button;
      }
      // The form's own Next before a Next outside it: a list of the wizard's steps
      // drawn as links beside the form ("Review" among the section names) comes
      // first in the page, yet only moves between steps already visited.
      if (button.role == ButtonRole::kNext && (!next || (button.in_form && !next->in_form))) {
        next = &button;
      }
    }
    const std::string filled = "filled " + std::to_string(done.filled) + " fields";
    // A wizard that draws its final Submit from the first step on (a `hidden`
    // attribute undone by the page's CSS) beside Next: Next leads to the rest of
    // the questions; sending now would send an application half answered. So does
    // a Submit outside the form beside the form's Next: a progress indicator's
    // step labels drawn as buttons above the form ("Review and submit" in Carbon's
    // ProgressIndicator, Ant Design's clickable Steps) only move between steps.
    // Once Next left the page where it was, the Submit is this step's action.
    if (submit && next && next->in_form && !next_went_nowhere_) {
      submit = nullptr;
    }
    if (submit) {
      report_.Step(snapshot, filled + "; reached the submit button");
      submit_button_ = *submit;
      co_return true;
    }
    if (next) {
      co_await PressNextUntilAccepted(snapshot, *next, done.filled, step);
      co_return false;
    }
    if (looks_again_for_buttons_ < kLooksAgainForButtons && !AgentAvailable()) {
      // A page read while an overlay was leaving over it (an alert a choice
      // closed, removed by its own timer: later on a busy machine) shows none of
      // the form's buttons: read it again, after a pause, before giving the form
      // up (the agent, where there is one, looks at the page itself).
      ++looks_again_for_buttons_;
      asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(300));
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      if (auto again = co_await navigator_.ReadSettled(true))
        co_return co_await FillStep(*again, step);
    }
    report_.Step(snapshot, filled + "; found no Next or Submit");
    if (AgentAvailable()) {
      auto agent = co_await RunAgent(snapshot, "the form has no Next or Submit button it knows");
      if (!HandleAgent(agent)) co_return false;
      co_return draft_requested_;
    }
    report_.Finish(Outcome::kNeedsHuman,
                   "The form at " + snapshot.url + " has no Next or Submit button I can recognise");
    co_return false;
  }

  // Presses Next; while the site answers with validation errors on the same
  // step, corrects them (validation_loop.h) and presses again.
  asio::awaitable<void> PressNextUntilAccepted(PageSnapshot snapshot, perception::Button next,
                                               int filled, int step) {
    for (;;) {
      if (!co_await navigator_.PressNext(snapshot, next, filled)) co_return;
      last_next_ = next;
      auto after = co_await navigator_.ReadSettled(false);
      if (!after) co_return;
      after = co_await CloseMessageBoxes(std::move(*after));
      if (!after) co_return;
      if (MovedOn(snapshot, *after) || ValidationErrors(*after).empty()) {
        next_went_nowhere_ = AsksTheSame(snapshot, *after);
        read_after_next_ = std::move(after);
        co_return;
      }
      report_.Step(*after,
                   "the site did not accept the step: " + DescribeErrors(ValidationErrors(*after)));
      if (!co_await validation_.Fix(*after, step)) co_return;
      auto fixed = co_await page_.Read();
      if (!fixed) co_return;  // the main loop reads the page as it is now
      const perception::Button* again = nullptr;
      for (const auto& button : fixed->buttons) {
        if (button.role == next.role && button.text == next.text) again = &button;
      }
      if (again == nullptr) co_return;
      next = *again;
      snapshot = std::move(*fixed);
      filled = 0;
    }
  }

  // A step's button the site answers with a message box over the form (Ext JS's
  // Ext.Msg.alert "fix the fields marked in red", a Bootstrap modal saying the
  // step was saved): the box hides the form, so a person reads it, closes it and
  // looks at the form again. Closed here, a few at most; the page after them.
  asio::awaitable<std::optional<PageSnapshot>> CloseMessageBoxes(PageSnapshot page) {
    for (int boxes = 0; boxes < 3; ++boxes) {
      const perception::Button* close = perception::MessageBoxAcknowledgement(page);
      if (close == nullptr) break;
      const std::string box = close->region.empty() ? "a message" : "\"" + close->region + "\"";
      report_.Emit("applier:click",
                   "Closing the site's message box " + box + ": \"" + close->text + "\"",
                   {{"button", close->text}});
      report_.Step(page, "closed the site's message box " + box);
      // A press that failed leaves the box to the main loop, which reads the page again.
      if (auto pressed = co_await page_.Press(*close); !pressed) co_return page;
      auto next = co_await navigator_.ReadSettled(true);
      if (!next) co_return std::nullopt;
      page = std::move(*next);
    }
    co_return page;
  }

  // The draft and the submit; when the site answers the submit with validation
  // errors, the corrections, a new draft for the person to confirm (what is
  // sent is always what they confirmed) and the submit once more. A submit the
  // site accepted, or whose result cannot be seen, is never repeated. Whether
  // the form goes on (the button was a step's): then with the page it showed.
  asio::awaitable<bool> DraftAndSubmit() {
    DraftReview review(
        {.page = page_, .report = report_, .control = control_, .planner = planner_},
        {.no_submit = options_.no_submit, .screenshot_path = options_.screenshot_path});
    const int step = report_.next_step();
    int rejections = 0;
    int late_changes = 0;
    for (;;) {
      if (!co_await review.Confirmed()) co_return false;
      // (A page that never stops writing still converges: a value it keeps
      // writing its own way is its format after one refill, or a question.)
      if (late_changes < kMaxLateChanges) {
        const bool again = late_changes > 0;
        ++late_changes;
        if (!co_await filler_.HoldsTheDraft(step, again)) {
          if (report_.ended()) co_return false;
          continue;
        }
      }
      auto goes_on = co_await submitter_.Submit(submit_button_);
      if (!goes_on) co_return false;  // the run ended: the report says how
      if (goes_on->why == SubmitGoesOn::Why::kStep) {
        read_after_next_ = std::move(goes_on->page);
        co_return true;
      }
      if (++rejections >= kMaxSubmitClicks) {
        report_.Finish(
            Outcome::kNeedsHuman,
            "The site did not accept the form after " + std::to_string(rejections) +
                " corrected submissions: " + DescribeErrors(ValidationErrors(goes_on->page)) +
                "; please correct it by hand");
        co_return false;
      }
      if (!co_await validation_.Fix(goes_on->page, step)) co_return false;
      // The site took the form back to the step that holds the errors (its
      // "Save and continue" there, no submit): the form goes on from that step,
      // and a new draft comes before the next submit.
      auto now = co_await page_.Read();
      if (now && SendButtonOn(*now, submit_button_) == nullptr &&
          std::ranges::any_of(now->buttons, [](const perception::Button& button) {
            return button.role == ButtonRole::kNext && !button.disabled;
          })) {
        read_after_next_ = std::move(*now);
        co_return true;
      }
    }
  }

  // Some one-page forms send everything from a button worded as a step
  // ("Continue", "Volgende") and answer with their confirmation: the site has the
  // application, so it is submitted, but the person must hear that it went
  // without the draft they would have confirmed.
  void ConfirmedAfterNext(const PageSnapshot& snapshot) {
    report_.report().confirmation_text = ConfirmationText(snapshot);
    const std::string warning = "The site took the application at \"" + last_next_->text +
                                "\", a button worded as a step, so no draft could be shown "
                                "before it was sent";
    report_.Emit("chat:message", warning, {{"url", snapshot.url}, {"button", last_next_->text}});
    report_.Step(snapshot, "the site confirmed after a step's button; no draft came first");
    report_.Finish(Outcome::kSubmitted,
                   warning + ". The site says: " + report_.report().confirmation_text);
  }

  bool AgentAvailable() const {
    return llm_ != nullptr && page_.tab() != nullptr && agent_runs_ < kMaxAgentRuns;
  }

  asio::awaitable<AgentResult> RunAgent(PageSnapshot snapshot, std::string why) {
    ++agent_runs_;
    const int step = report_.next_step();
    report_.Emit("chat:message",
                 "The form engine does not know this page (" + why + "); the assistant takes over",
                 {{"url", snapshot.url}, {"reason", why}});
    PageAgentLoop loop({
        .page = *page_.tab(),
        .llm = *llm_,
        .reasoner = reasoner_,
        .human = control_.person(),
        .profile = deps_.profile,
        .posting_text = posting_text_,
        .max_steps = options_.max_agent_steps,
        .on_event = [this](const std::string& type,
                           const std::string& message) { report_.Emit(type, message); },
        .on_filled =
            [this, step](const Field& field, const Answer& answer, const std::string& value) {
              FieldRecord& record = report_.RecordFor(field, step);
              record.status = "filled";
              record.value = value;
              record.source = planning::ToString(answer.source);
              record.decided_by = answer.decided_by;
              record.confidence = answer.confidence;
              record.note = answer.reason;
            },
        .before_action = [this]() { return control_.Hold(); },
        .persons = [this](const Field& field) { return control_.TakenByPerson(field); },
    });
    auto result = co_await loop.Run(snapshot, why);
    std::string actions;
    for (const auto& action : result.actions) actions += (actions.empty() ? "" : "; ") + action;
    report_.Step(snapshot, "assistant (" + std::to_string(result.actions.size()) +
                               " actions: " + actions + "): " + result.message);
    co_return result;
  }

  // Whether the run goes on after the assistant's turn.
  bool HandleAgent(const AgentResult& result) {
    if (report_.ended()) return false;  // the run ended during the assistant's turn
    switch (result.end) {
      case AgentEnd::kHandBack: return true;
      case AgentEnd::kDraftRequested:
        submit_button_ = result.submit;
        draft_requested_ = true;
        return true;
      case AgentEnd::kNeedsHuman: break;
    }
    report_.Finish(Outcome::kNeedsHuman, "The assistant could not finish the page at " +
                                             page_.url() + ": " + result.message +
                                             "; please finish it by hand");
    return false;
  }

  RunFlowParts deps_;
  const ApplyOptions& options_;
  RunReport& report_;
  RunPage& page_;
  const llm::LlmClient* llm_;  // this run's budget; none without an LLM
  RunControl control_;
  planning::AnswerPlanner planner_;
  FieldReasoner reasoner_;
  std::string posting_text_;  // the posting page's text, read once
  PageNavigator navigator_;
  StepFiller filler_;
  ValidationLoop validation_{report_, filler_};
  // One for the run: its one submit intent covers every click, steps' included.
  Submitter submitter_{{.page = page_, .report = report_, .log = deps_.log, .store = deps_.store}};
  std::optional<PageSnapshot> read_after_next_;  // the page a Next led to, read already
  std::optional<perception::Button> last_next_;  // the Next that led to the page being read
  bool next_went_nowhere_ = false;  // that Next left the page as it was, with no errors
  // How often a step that showed no button was read again, up to kLooksAgainForButtons.
  int looks_again_for_buttons_ = 0;
  static constexpr int kLooksAgainForButtons = 3;
  int agent_runs_ = 0;
  bool draft_requested_ = false;  // the assistant filled a page the engine did not know
  perception::Button submit_button_;
};

RunFlow::RunFlow(RunFlowParts parts, const ApplyOptions& options)
    : impl_(std::make_unique<Impl>(parts, options)) {}

RunFlow::~RunFlow() = default;

asio::awaitable<void> RunFlow::Drive() {
  co_await impl_->Drive();
}

}  // namespace applier::session
