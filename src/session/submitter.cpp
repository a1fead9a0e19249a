#include "session/submitter.h"

#include <algorithm>
#include <set>

#include "perception/page_words.h"
#include "session/run_control.h"
#include "session/validation_loop.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::ButtonRole;
using perception::PageKind;
using perception::PageSnapshot;

std::string ConfirmationText(const PageSnapshot& snapshot) {
  // In the wordings page kinds are read by, in every language they hold ("Your
  // application was sent to <company>!", LinkedIn's; "Vielen Dank für Ihre
  // Bewerbung"); then the three English words that were all it knew before.
  for (const auto& heading : snapshot.headings) {
    const std::string lower = perception::LowerText(heading);
    if (perception::Says(lower, perception::Wording::kConfirmation) ||
        perception::Says(lower, perception::Wording::kThanks)) {
      return heading;
    }
  }
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

namespace {

// The words of the first alert() raised after the first `before` dialogs, unless
// it says the application arrived.
std::optional<std::string> RefusalAlert(const std::vector<browser::Dialog>& dialogs,
                                        std::size_t before) {
  for (std::size_t i = before; i < dialogs.size(); ++i) {
    const auto& dialog = dialogs[i];
    if (dialog.type != "alert" || dialog.message.empty()) continue;
    const std::string lower = perception::LowerText(dialog.message);
    if (perception::Says(lower, perception::Wording::kConfirmation) ||
        perception::Says(lower, perception::Wording::kThanks)) {
      return std::nullopt;
    }
    return dialog.message;
  }
  return std::nullopt;
}

// The submit inside an open modal dialog, if it is there and can be pressed.
const perception::Button* DialogSubmit(const PageSnapshot& snapshot) {
  for (const auto& button : snapshot.buttons) {
    if (button.in_dialog && button.role == ButtonRole::kSubmit && !button.disabled) return &button;
  }
  return nullptr;
}

// The send button of the site's own confirmation screen, shown by the submit
// click: Japanese forms go 入力 → 確認 → 完了, their "確認する" showing the answers
// read back under "入力内容の確認" over the button that sends them ("送信する",
// "応募する"); some ATSs answer "Submit" with a "Review your application" page.
// Only a page the click brought: one reached before it was the review the
// draft covered, and a second press there would be a second submit.
const perception::Button* ReviewScreenSubmit(const PageSnapshot& before,
                                             const PageSnapshot& after) {
  if (before.kind == PageKind::kReviewStep || after.kind != PageKind::kReviewStep ||
      !after.fields.empty()) {
    return nullptr;
  }
  for (const auto& button : after.buttons) {
    if (button.role == ButtonRole::kSubmit && !button.disabled && !button.in_dialog) return &button;
  }
  return nullptr;
}

// Whether the page after a click is a step of the form it did not show before:
// a form with at least `fresh_needed` empty fields that were not on the page
// before the click, one of them required when more than one is needed. A page
// that thanks above new fields (job alerts after the send) is no step.
bool WentOnToAStep(const PageSnapshot& before, const PageSnapshot& after,
                   std::size_t fresh_needed) {
  if (after.kind != PageKind::kFormStep) return false;
  for (const auto& heading : after.headings) {
    if (perception::Says(perception::LowerText(heading), perception::Wording::kConfirmation)) {
      return false;
    }
  }
  std::set<std::string> shown;
  for (const auto& field : before.fields) shown.insert(field.Key());
  std::size_t fresh = 0;
  bool required = false;
  for (const auto& field : after.fields) {
    if (!field.value.empty() || shown.contains(field.Key())) continue;
    ++fresh;
    required = required || field.required;
  }
  return fresh >= fresh_needed && (fresh_needed == 1 || required);
}

// New empty fields after a click on a button worded as the send ("Apply",
// "Submit") that make it a stage of a longer application (Fountain's "Apply"
// creates the applicant, then asks its questions), not a form that merely
// offers more (a job alert box).
constexpr std::size_t kFieldsOfANextStage = 3;

// A button whose words go on to the send rather than make it ("Proceed to
// Certify and Submit", "Continue to submit", as applications word the way from
// their Review page to a last certification step): new required fields after
// it, however few, are that step's.
bool GoesOnToTheSend(std::string_view text) {
  const std::string t = perception::LowerText(std::string(text));
  return t.starts_with("proceed to ") || t.starts_with("continue to ") || t.starts_with("go to ");
}

}  // namespace

asio::awaitable<bool> Submitter::RecordIntent() {
  if (log_ == nullptr || clicks_ > 0) co_return true;
  const std::string& id = report_.report().application_id;
  auto intent = co_await CallStore(store_, [&] { return log_->RecordSubmitIntent(id); });
  if (!intent && intent.error().kind == ErrorKind::kConflict) {
    report_.Finish(Outcome::kUnknown, "Not submitting: " + intent.error().message +
                                          " (an application is never submitted twice)");
    co_return false;
  }
  // Unrecorded, a crash after the click would let the application be run and
  // sent again: without the intent there is no click.
  if (!intent) {
    report_.Finish(Outcome::kFailed,
                   "Not submitting: the intent to submit could not be recorded (" +
                       intent.error().message +
                       "); nothing was sent, apply again once that is "
                       "fixed");
    co_return false;
  }
  co_return true;
}

const perception::Button* SendButtonOn(const PageSnapshot& snapshot,
                                       const perception::Button& wanted) {
  for (const auto& button : snapshot.buttons) {
    if ((button.role == ButtonRole::kSubmit || button.role == wanted.role) &&
        button.text == wanted.text) {
      return &button;
    }
  }
  return nullptr;
}

asio::awaitable<std::optional<SubmitGoesOn>> Submitter::Submit(const perception::Button& wanted) {
  if (report_.ended()) co_return std::nullopt;  // never a click after the run's end
  auto snapshot = co_await page_.Read();
  const perception::Button* submit = snapshot ? SendButtonOn(*snapshot, wanted) : nullptr;
  if (submit == nullptr) {
    report_.Finish(Outcome::kFailed, "The submit button disappeared before it could be pressed");
    co_return std::nullopt;
  }
  if (submit->disabled) {
    // A click on it would do nothing and read as a submit with no answer: the
    // page still waits for something it did not say (a box to tick, a field it
    // finds wrong), and nothing went out.
    report_.Finish(Outcome::kNeedsHuman,
                   "The \"" + submit->text + "\" button stays disabled after every field was " +
                       "filled, so nothing was sent; the page waits for something more " +
                       "(a box to tick, a field to correct): please finish it by hand");
    co_return std::nullopt;
  }
  const bool submit_by_position = submit->by_position;
  const std::string submit_frame = submit->frame_id;
  // What the page said before the click is not its answer to it.
  std::set<std::string> said_before;
  for (const auto& error : ValidationErrors(*snapshot)) said_before.insert(error.message);
  if (!co_await RecordIntent()) co_return std::nullopt;
  const std::size_t dialogs_before = page_.Dialogs().size();
  ++clicks_;
  report_.Emit("applier:click", "Submitting: clicking \"" + submit->text + "\"",
               {{"button", submit->text}});
  auto pressed = co_await page_.PressSubmit(*submit);
  if (!pressed) {
    // The click may or may not have reached the page.
    report_.Finish(Outcome::kUnknown, "Pressing submit failed midway (" + pressed.error().message +
                                          "); check the site before trying again");
    co_return std::nullopt;
  }
  std::string shown;  // what the page showed last, for the person
  // A dialog open before the click is no question the click asked.
  bool dialog_confirmed = DialogSubmit(*snapshot) != nullptr;
  bool review_confirmed = false;
  for (int attempt = 0; attempt < 20; ++attempt) {
    co_await page_.Settle(std::chrono::milliseconds(300), std::chrono::seconds(5));
    FollowNewTab(page_, report_);
    auto after = co_await page_.Read();
    if (!after) continue;
    shown = after->headings.empty() ? after->title : after->headings.front();
    // An application in a frame of the page (an embedded job board) may confirm
    // in that frame alone.
    if (after->kind == PageKind::kConfirmation ||
        (snapshot && (perception::ConfirmedInPlace(*snapshot, *after) ||
                      perception::ConfirmedInFrame(*snapshot, *after, submit_frame)))) {
      report_.report().confirmation_text = ConfirmationText(*after);
      report_.Step(*after, "submitted; the site confirmed");
      report_.Finish(Outcome::kSubmitted,
                     "Submitted. The site says: " + report_.report().confirmation_text);
      co_return std::nullopt;
    }
    // A checkout that took the form and moved on to its payment step: sent, and
    // the paying is the person's to do.
    if (const std::string payment = snapshot ? perception::MovedOnToPayment(*snapshot, *after) : "";
        !payment.empty()) {
      report_.report().confirmation_text = payment;
      report_.Step(*after, "submitted; the site moved on to payment");
      report_.Finish(Outcome::kSubmitted, "Submitted. The site took the form and moved on to \"" +
                                              payment + "\": paying is yours to finish there");
      co_return std::nullopt;
    }
    // An alert() the click raised, on a page that stayed where it was: the
    // page's own check (an onclick that validates before it posts) refused the
    // form in the alert's words and sent nothing. An alert that thanks is no
    // refusal; the page it leads to tells.
    if (auto refused = RefusalAlert(page_.Dialogs(), dialogs_before)) {
      after->errors.push_back({.message = *refused, .field = -1, .source = "alert-dialog"});
      report_.Step(*after, "the site did not accept the submission: " + *refused);
      co_return SubmitGoesOn{.page = std::move(*after)};
    }
    // The page's own check answering in a message box it draws over the form
    // (Ext JS's Ext.Msg.alert "accept the privacy policy to submit"): refused in
    // its words, nothing sent, when closing the box shows the form again. A box
    // that leaves no form behind said something else: the page tells what.
    if (const auto* close = perception::MessageBoxAcknowledgement(*after)) {
      const std::string box = close->region.empty() ? "a message box" : "\"" + close->region + "\"";
      report_.Emit("applier:click",
                   "Closing the site's message box " + box + ": \"" + close->text + "\"",
                   {{"button", close->text}});
      if (auto closed = co_await page_.Press(*close); closed) {
        co_await page_.Settle(std::chrono::milliseconds(300), std::chrono::seconds(5));
        if (auto reread = co_await page_.Read()) after = std::move(reread);
      }
      if (after->fields.empty()) continue;
      const std::string refused = "the site answered with its message box " + box;
      after->errors.push_back({.message = refused, .field = -1, .source = "message-box"});
      report_.Step(*after, "the site did not accept the submission: " + refused);
      co_return SubmitGoesOn{.page = std::move(*after)};
    }
    // The form again with errors: the site (or the browser's own validation)
    // refused it and took nothing. A page-wide message shown before the click
    // too (a standing notice) is no answer; a field's error always is.
    bool answered = false;
    for (const auto& error : ValidationErrors(*after)) {
      if (error.field || !said_before.contains(error.message)) answered = true;
    }
    if (!answered &&
        WentOnToAStep(
            *snapshot, *after,
            submit_by_position || GoesOnToTheSend(submit->text) ? 1 : kFieldsOfANextStage)) {
      report_.Step(*after, "\"" + wanted.text + "\" was a step: the form goes on");
      co_return SubmitGoesOn{.why = SubmitGoesOn::Why::kStep, .page = std::move(*after)};
    }
    if (!answered) {
      // The click opened the site's own "Submit your application?" dialog: its
      // submit is the same send the person confirmed, asked once more: pressed once.
      const perception::Button* again = DialogSubmit(*after);
      // The same question asked as a yes or a no in a box the page draws
      // (Ext JS's Ext.Msg.confirm "Sim" / "Não").
      if (again == nullptr) again = perception::MessageBoxYes(*after);
      if (again && !dialog_confirmed) {
        dialog_confirmed = true;
        report_.Emit("applier:click",
                     "Submitting: the site asks to confirm; clicking \"" + again->text + "\"",
                     {{"button", again->text}});
        if (auto confirmed = co_await page_.PressSubmit(*again); !confirmed) {
          report_.Finish(Outcome::kUnknown,
                         "Confirming the submission in the site's dialog "
                         "failed midway (" +
                             confirmed.error().message + "); check the site before trying again");
          co_return std::nullopt;
        }
      }
      // The click showed the site's confirmation screen: the same answers the
      // person confirmed in the draft, read back by the site, over its send.
      // Pressed once, as the site's own confirm dialog is; a screen that comes
      // back after that is left to the person.
      if (const auto* send = ReviewScreenSubmit(*snapshot, *after); send && !review_confirmed) {
        review_confirmed = true;
        report_.Step(*after, "the site shows its confirmation screen");
        report_.Emit(
            "applier:click",
            "Submitting: the site shows the answers to confirm; clicking \"" + send->text + "\"",
            {{"button", send->text}});
        if (auto confirmed = co_await page_.PressSubmit(*send); !confirmed) {
          report_.Finish(Outcome::kUnknown,
                         "Confirming the submission on the site's confirmation screen failed "
                         "midway (" +
                             confirmed.error().message + "); check the site before trying again");
          co_return std::nullopt;
        }
      }
      continue;
    }
    report_.Step(*after, "the site did not accept the submission: " +
                             DescribeErrors(ValidationErrors(*after)));
    co_return SubmitGoesOn{.page = std::move(*after)};
  }
  report_.Finish(Outcome::kUnknown,
                 "Submit was pressed but no confirmation page appeared" +
                     (shown.empty() ? std::string() : " (the page shows \"" + shown + "\")") +
                     "; check the site before applying again");
  co_return std::nullopt;
}

}  // namespace applier::session
