// PageNavigator moves the run from the job posting to the form and from one step
// of the form to the next: it opens the posting, answers cookie and consent
// banners, presses the button that opens the application (one in an open dialog
// first), presses Next, follows a tab the site opens, and notices when the same
// page keeps coming back.
//
// It never presses the final submit (submitter.h does, after the draft).
// Not thread-safe; borrowed parts must outlive it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <map>
#include <set>
#include <string>

#include "perception/page_reader.h"
#include "session/run_control.h"
#include "session/run_page.h"
#include "session/run_report.h"

namespace applier::session {

class PageNavigator {
 public:
  PageNavigator(RunPage& page, RunReport& report, RunControl& control)
      : page_(page), report_(report), control_(control) {}

  // Loads the job posting; ends the run (failed) when it cannot.
  boost::asio::awaitable<bool> OpenPosting(const std::string& url);

  // Waits for the page to settle (after a click the next page, an iframe with
  // the form, or a client-side route's next step may still be loading) and reads
  // it; ends the run when it cannot. Unless `same_page_expected` (a step done
  // again), it waits a while for the page to differ from the last one read.
  boost::asio::awaitable<std::optional<perception::PageSnapshot>> ReadSettled(
      bool same_page_expected);

  // Whether this page was seen more than three times (counted once per call):
  // the flow is going round in a circle.
  bool SeenTooOften(const perception::PageSnapshot& snapshot);

  // A cookie or consent banner covers the page: answer it the way a privacy-minded
  // person would (reject or "necessary only" when offered, else accept), once.
  // Returns whether it pressed something (or a takeover interrupted it: the step
  // repeats).
  boost::asio::awaitable<bool> DismissOverlay(const perception::PageSnapshot& snapshot);

  // Which "Apply" opens the form: one in an open dialog first (it sits on top of
  // the page), one not pressed before, and a manual path over sign-in shortcuts.
  // Null when the page offers none.
  const perception::Button* OpenButton(const perception::PageSnapshot& snapshot) const;
  // Presses it. False when the run ended (the report says why) or the press failed.
  boost::asio::awaitable<bool> PressOpen(const perception::PageSnapshot& snapshot,
                                         const perception::Button& open);

  // Presses a step's Next. False when the run ended or a takeover interrupted it.
  boost::asio::awaitable<bool> PressNext(const perception::PageSnapshot& snapshot,
                                         const perception::Button& next, int filled);

 private:
  RunPage& page_;
  RunReport& report_;
  RunControl& control_;
  std::map<std::string, int> visits_;  // page signature → times seen
  std::string shown_before_;           // what the page showed before the last move
  // The posting was just opened and its load event has fired: the first reading
  // need not wait for requests the move might start.
  bool loaded_ = false;
  // The banner answers pressed, three at most: one still shown after its press stays as it is
  // (a notice that only records the choice is no wall), and the reading after a
  // press waits for it to go only briefly.
  std::set<std::string> pressed_banner_answers_;
  bool banner_just_pressed_ = false;
  std::set<std::string> pressed_open_buttons_;
};

// Whether the page is another one than `before`: another address, or none of its
// controls left (a single-page app's next step).
bool MovedOn(const perception::PageSnapshot& before, const perception::PageSnapshot& after);

}  // namespace applier::session
