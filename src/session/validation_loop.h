// ValidationLoop acts on what a site says is wrong after a Next or a Submit: it
// reads the page's validation errors (PageSnapshot::errors and each control's
// own message), ties each to its field, and fixes the field — planned again with
// the site's message as evidence of the format it wants (planning/value_format.h
// reads it: "gg/mm/aaaa", "z. B. 65.000"), or, when the plan would give a value
// the site refused already or none, asked of the person with the site's words,
// all of one page's questions at once. Then the run presses the button again.
// Each field gets at most two fixes over the whole run; errors it cannot fix (a
// field the site refused after both, an error tied to no field, a question
// nobody answered) end the run as needs_human with the site's messages — never
// as "unknown".
//
// Not thread-safe; borrowed parts must outlive it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "perception/page_reader.h"
#include "session/run_report.h"
#include "session/step_filler.h"

namespace applier::session {

// One thing the page says is wrong: the field it is about (none for an error of
// the whole page) and the site's words.
struct FieldError {
  std::optional<perception::Field> field;
  std::string message;
};

// The validation errors `snapshot` shows, one per field (its messages joined)
// and then those of the whole page. Empty when the page shows none.
std::vector<FieldError> ValidationErrors(const perception::PageSnapshot& snapshot);

// The errors as one sentence for the person: "Email: Enter a valid address; ...".
std::string DescribeErrors(const std::vector<FieldError>& errors);

class ValidationLoop {
 public:
  ValidationLoop(RunReport& report, StepFiller& filler) : report_(report), filler_(filler) {}

  // Fixes what `snapshot` (the page after a press, step `step` of the report)
  // says is wrong. True: something was changed, press the button again. False:
  // the run ended (needs_human; the report says what the site still objects to).
  boost::asio::awaitable<bool> Fix(const perception::PageSnapshot& snapshot, int step);

  // Fixes one field may get over the whole run.
  static constexpr int kMaxFixesPerField = 2;

 private:
  RunReport& report_;
  StepFiller& filler_;
  std::map<std::string, int> fixes_;  // per field (FieldKey)
};

}  // namespace applier::session
