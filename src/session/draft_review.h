// DraftReview shows the person the filled form before anything is sent: a
// full-page screenshot and the table of every field with its value, source and
// confidence. The person confirms, declines, or asks for an edit ("change salary
// to 150k"), which is filled and followed by a new draft. Only a confirmed draft
// of the form as it is now may be submitted: a person who changed the form in the
// live view since the draft was taken gets a new one, and a required field still
// empty stops the run (needs_human) instead of submitting.
//
// Not thread-safe; borrowed parts must outlive it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <string>

#include "planning/answer_planner.h"
#include "session/human_channel.h"
#include "session/run_control.h"
#include "session/run_page.h"
#include "session/run_report.h"

namespace applier::session {

struct DraftReviewParts {
  RunPage& page;
  RunReport& report;
  RunControl& control;
  const planning::AnswerPlanner& planner;
};

struct DraftReviewOptions {
  bool no_submit = false;       // stop at the draft (outcome stopped_at_draft)
  std::string screenshot_path;  // where the full-page JPEG goes; none when empty
};

class DraftReview {
 public:
  DraftReview(DraftReviewParts parts, DraftReviewOptions options)
      : page_(parts.page),
        report_(parts.report),
        control_(parts.control),
        planner_(parts.planner),
        options_(std::move(options)) {}

  // Shows drafts until the person confirms one (true: submit it now) or the run
  // ends (false; the report says why and how).
  boost::asio::awaitable<bool> Confirmed();

  // The draft table as the report holds it now.
  Draft Build() const;

 private:
  boost::asio::awaitable<void> WriteScreenshot();
  boost::asio::awaitable<void> ApplyEdit(const std::string& request);

  RunPage& page_;
  RunReport& report_;
  RunControl& control_;
  const planning::AnswerPlanner& planner_;
  DraftReviewOptions options_;
  int revision_ = 0;  // of the draft shown last
};

}  // namespace applier::session
