// RunControl decides when the run may move the page: not while a person has
// taken it over in the live view, not after a cancel, not past the time limit.
// Every move of the run's own (a page step, a field, a button, an assistant tool
// call, the submit) first awaits Hold().
//
// A person at the controls: what the page showed when they took over is compared
// with what it shows when they hand back; every control they changed is theirs
// from then on — recorded with source "human" and never filled over. A takeover
// during a wait for the person (a question, the draft) is caught the same way:
// person() is the HumanChannel the run asks through, which watches for it.
//
// Not thread-safe; the paused and cancel flags may be set from any thread.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "actions/form_actor.h"
#include "perception/page_reader.h"
#include "planning/answer.h"
#include "session/human_channel.h"
#include "session/page_agent_loop.h"
#include "session/run_page.h"
#include "session/run_report.h"

namespace applier::session {

struct RunLimits {
  std::shared_ptr<const std::atomic<bool>> cancel;  // optional
  std::shared_ptr<const std::atomic<bool>> paused;  // optional: no live view
  std::chrono::seconds timeout{600};
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

// Moves the run to a tab the site opened (a flow that continues in a new tab),
// telling the event stream; returns whether it moved.
bool FollowNewTab(RunPage& page, RunReport& report);

class RunControl {
 public:
  // `person` is the channel to the person; all are borrowed for the run.
  RunControl(RunPage& page, RunReport& report, HumanChannel& person, RunLimits limits);
  RunControl(const RunControl&) = delete;
  RunControl& operator=(const RunControl&) = delete;

  // The channel the run and its assistant ask the person through.
  HumanChannel& person() { return channel_; }

  bool Cancelled() const;
  bool PastDeadline() const;
  bool Paused() const;
  // Ends the run (cancelled or failed) when it was cancelled or is out of time;
  // returns whether it did.
  bool StopWhenCancelledOrLate();

  // Before a move of the run's own. kReread: a person had the page since the last
  // move, read it again (resumed_read() holds a reading when one could be made);
  // kStop: the run ended (cancelled, out of time) and the report says so.
  boost::asio::awaitable<HoldEnd> Hold();
  const std::optional<perception::PageSnapshot>& resumed_read() const { return resumed_read_; }

  bool TakenByPerson(const perception::Field& field) const;
  int takeovers() const { return takeovers_; }
  int person_changes() const { return person_changes_; }

  // A takeover interrupted the page step: the run does it again, not counted twice.
  void RepeatStep() { repeat_step_ = true; }
  bool TakeRepeatStep() { return std::exchange(repeat_step_, false); }

  // Fills `field` when the page is the run's to touch. Once a takeover made the
  // page be read again, the field is looked up in `reread` (which then holds that
  // reading). Nothing is filled (nullopt) when the person typed into it, it is
  // gone, or the run ended meanwhile.
  boost::asio::awaitable<std::optional<Result<actions::FillResult>>> FillUnlessTaken(
      std::optional<perception::PageSnapshot>& reread, const perception::Field& field,
      const planning::Answer& answer);

 private:
  class PersonChannel final : public HumanChannel {
   public:
    PersonChannel(RunControl& control, HumanChannel& person) : control_(control), person_(person) {}
    boost::asio::awaitable<std::vector<std::optional<std::string>>> Ask(
        const std::vector<Question>& questions) override;
    boost::asio::awaitable<DraftReply> ReviewDraft(const Draft& draft) override;

   private:
    RunControl& control_;
    HumanChannel& person_;
  };
  struct TakeoverWatch;

  boost::asio::awaitable<std::optional<perception::PageSnapshot>> ReadBeforeWait();
  std::shared_ptr<TakeoverWatch> WatchForTakeover(boost::asio::any_io_executor executor);
  boost::asio::awaitable<void> AfterWait(std::optional<perception::PageSnapshot> before,
                                         TakeoverWatch& watch);
  boost::asio::awaitable<bool> WaitForHandBack();
  boost::asio::awaitable<void> TakeBack(std::optional<perception::PageSnapshot> before);
  int KeepPersonsEntries(const perception::PageSnapshot& before,
                         const perception::PageSnapshot& after);

  RunPage& page_;
  RunReport& report_;
  PersonChannel channel_;
  RunLimits limits_;
  std::set<std::string> person_entered_;                  // fields the person typed into: theirs
  std::optional<perception::PageSnapshot> resumed_read_;  // the page when last handed back
  bool taken_back_ = false;   // a takeover ended since the last move: read again first
  bool repeat_step_ = false;  // a takeover interrupted the page step: do it again
  int takeovers_ = 0;
  int person_changes_ = 0;  // controls the person changed, over the whole run
};

}  // namespace applier::session
