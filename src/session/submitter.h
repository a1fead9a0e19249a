// Submitter sends the application once the person confirmed the draft: it
// records the intent to submit in the store before the click (an application is
// never submitted twice, docs/design.md), presses the submit button the form
// step named, and watches what the site answers: a confirmation page (submitted),
// validation errors (the site did not accept the form), or nothing it can see
// (unknown: the click may have gone out, so the person checks before any retry).
//
// Not thread-safe; borrowed parts must outlive it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <string>

#include "perception/page_reader.h"
#include "session/run_page.h"
#include "session/run_report.h"
#include "store/application_log.h"

namespace applier::session {

struct SubmitterParts {
  RunPage& page;
  RunReport& report;
  store::ApplicationLog* log = nullptr;  // optional: no submit-intent record
};

class Submitter {
 public:
  explicit Submitter(SubmitterParts parts)
      : page_(parts.page), report_(parts.report), log_(parts.log) {}

  // Submits through the button `submit` names (as the form step or the assistant
  // saw it) and ends the run with what the site answered.
  boost::asio::awaitable<void> Submit(const perception::Button& submit);

 private:
  RunPage& page_;
  RunReport& report_;
  store::ApplicationLog* log_;
};

// The heading that says the application arrived, else the page title.
std::string ConfirmationText(const perception::PageSnapshot& snapshot);

}  // namespace applier::session
