#include "session/submitter.h"

#include <algorithm>

#include "session/run_control.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::ButtonRole;
using perception::PageKind;
using perception::PageSnapshot;

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

asio::awaitable<void> Submitter::Submit(const perception::Button& wanted) {
  const std::string& id = report_.report().application_id;
  if (log_) {
    auto intent = log_->RecordSubmitIntent(id);
    if (!intent) {
      report_.Finish(Outcome::kUnknown, "Not submitting: " + intent.error().message +
                                            " (an application is never submitted twice)");
      co_return;
    }
  }
  auto snapshot = co_await page_.Read();
  const perception::Button* submit = nullptr;
  if (snapshot) {
    for (const auto& button : snapshot->buttons) {
      // The assistant may have named a button perception does not call submit.
      if ((button.role == ButtonRole::kSubmit || button.role == wanted.role) &&
          button.text == wanted.text) {
        submit = &button;
        break;
      }
    }
  }
  if (submit == nullptr) {
    report_.Finish(Outcome::kFailed, "The submit button disappeared before it could be pressed");
    co_return;
  }
  report_.Emit("applier:click", "Submitting: clicking \"" + submit->text + "\"",
               {{"button", submit->text}});
  auto pressed = co_await page_.PressSubmit(*submit);
  if (!pressed) {
    // The click may or may not have reached the page.
    report_.Finish(Outcome::kUnknown, "Pressing submit failed midway (" + pressed.error().message +
                                          "); check the site before trying again");
    co_return;
  }
  for (int attempt = 0; attempt < 20; ++attempt) {
    co_await page_.Settle(std::chrono::milliseconds(300), std::chrono::seconds(5));
    FollowNewTab(page_, report_);
    auto after = co_await page_.Read();
    if (!after) continue;
    if (after->kind == PageKind::kConfirmation) {
      report_.report().confirmation_text = ConfirmationText(*after);
      report_.Step(*after, "submitted; the site confirmed");
      report_.Finish(Outcome::kSubmitted,
                     "Submitted. The site says: " + report_.report().confirmation_text);
      co_return;
    }
    std::string errors;
    for (const auto& field : after->fields) {
      if (!field.validation_message.empty()) {
        errors +=
            (errors.empty() ? "" : "; ") + DescribeField(field) + ": " + field.validation_message;
      }
    }
    if (!errors.empty()) {
      report_.Step(*after, "the site rejected the submission");
      report_.Finish(Outcome::kNeedsHuman, "The site did not accept the form: " + errors);
      co_return;
    }
  }
  report_.Finish(Outcome::kUnknown,
                 "Submit was pressed but no confirmation page appeared; check the site before "
                 "applying again");
}

}  // namespace applier::session
