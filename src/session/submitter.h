// Submitter sends the application once the person confirmed the draft: it
// records the intent to submit in the store before the first click (an
// application is never submitted twice, docs/design.md), presses the submit
// button the form step named, and watches what the site answers: a confirmation
// page (submitted), the form again with its validation errors (rejected: the
// site took nothing, and the run may correct the form and submit once more:
// the one intent covers this run's clicks, so a crash after any of them still
// reads as a submit that may have gone out), or nothing it can see
// (unknown: the click may have gone out, so the person checks before any retry).
//
// Not thread-safe; borrowed parts must outlive it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>

#include "perception/page_reader.h"
#include "session/run_page.h"
#include "session/run_report.h"
#include "session/store_calls.h"
#include "store/application_log.h"

namespace applier::session {

struct SubmitterParts {
  RunPage& page;
  RunReport& report;
  store::ApplicationLog* log = nullptr;  // optional: no submit-intent record
  StoreOffload store = {};               // where the log is written (store_calls.h)
};

// The button on `snapshot` that sends the person's draft: `wanted` as read
// before, known by its words and its role (or as a submit: the assistant may
// have named a button perception does not call one); null when it is gone.
const perception::Button* SendButtonOn(const perception::PageSnapshot& snapshot,
                                       const perception::Button& wanted);

// How a submit click ended when the run goes on, on `page`. (A submit that ends
// the run — submitted, unknown, failed — is told by the report and returns nullopt.)
struct SubmitGoesOn {
  enum class Why {
    kRejected,  // the site showed the form with validation errors and took nothing
    // The button, known only by its place (no words the engine knows), was a
    // step's: the form went on, in place or on a new page, with fields it had not
    // shown (a one-page checkout's "Go to delivery").
    kStep,
  };
  Why why = Why::kRejected;
  perception::PageSnapshot page;
};

class Submitter {
 public:
  explicit Submitter(SubmitterParts parts)
      : page_(parts.page), report_(parts.report), log_(parts.log), store_(std::move(parts.store)) {}

  // Submits through the button `submit` names (as the form step or the assistant
  // saw it) and ends the run with what the site answered, unless the site
  // rejected the form with validation errors or the button was a step's: then
  // the page as it shows them.
  boost::asio::awaitable<std::optional<SubmitGoesOn>> Submit(const perception::Button& submit);

  int clicks() const { return clicks_; }

 private:
  // Writes the intent to the store before the first click, and completes once it
  // is committed; false (the run ended) when it cannot, or when this application
  // was submitted before.
  boost::asio::awaitable<bool> RecordIntent();

  RunPage& page_;
  RunReport& report_;
  store::ApplicationLog* log_;
  StoreOffload store_;
  int clicks_ = 0;
};

// The heading that says the application arrived, else the page title.
std::string ConfirmationText(const perception::PageSnapshot& snapshot);

}  // namespace applier::session
