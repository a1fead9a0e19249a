// RunReport is what one application run tells the world while it works and when
// it ends: the event stream (wire protocol, docs/design.md), one FieldRecord per
// control it met, one StepRecord per page step, and the outcome with a sentence
// the user can act on. Every mechanism of the run (navigation, filling, the
// draft, the submit) writes here; nothing else keeps the run's record.
//
// Not thread-safe; owned by the run, used on its coroutine.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "perception/field.h"
#include "perception/page_reader.h"
#include "session/report.h"

namespace applier::session {

// One entry of the event stream, in the wire protocol's shape: type
// "applier:navigate", a human-readable message, and structured data.
struct SessionEvent {
  std::string type;
  std::string message;
  boost::json::object data;
};

using EventSink = std::function<void(const SessionEvent&)>;

// How the run names a field to the person and in the report: its label, and for a
// repeated section which entry ("Work experience 2: Title").
std::string DescribeField(const perception::Field& field);

// What identifies a control across readings of the page: its frame and its Key().
std::string FieldKey(const perception::Field& field);

// What a control shows, as the draft lists it: a select's option label rather
// than its value, "checked" for a ticked box.
std::string ShownValue(const perception::Field& field);

// The control of `snapshot` that is `field` (same frame, same Key()); null when gone.
const perception::Field* FindSameField(const perception::PageSnapshot& snapshot,
                                       const perception::Field& field);

class RunReport {
 public:
  using Clock = std::chrono::steady_clock;

  RunReport(std::string url, std::string application_id, EventSink events);

  const ApplicationReport& report() const { return report_; }
  ApplicationReport& report() { return report_; }

  void Emit(const std::string& type, const std::string& message, boost::json::object data = {});
  // A person's answer that goes on the form but could not be saved for next time:
  // they are told, so a lost answer is never silent.
  void AnswerNotSaved(const perception::Field& field, const Error& error);

  // Ends the run: the first call's outcome stands for a run that goes on to stop.
  void Finish(Outcome outcome, std::string message);
  // Whether the run has ended (a mechanism finished it); every loop checks this.
  bool ended() const { return !report_.message.empty(); }

  void Step(const perception::PageSnapshot& snapshot, std::string action);
  // Takes the page's heading (else its title) as the job's name, once.
  void NameJob(const perception::PageSnapshot& snapshot);
  // The number the next page step will get.
  int next_step() const { return static_cast<int>(report_.steps.size()) + 1; }

  // The record of `field`, created (status left_empty, the value it shows) when
  // the run meets it first.
  FieldRecord& RecordFor(const perception::Field& field, int step);
  const FieldRecord* Find(const perception::Field& field) const;

  // A field of `step` the site hid after other answers ("To" once "I currently
  // work here" is ticked) is not asked any more: it does not hold the application back.
  void MarkHiddenFields(const perception::PageSnapshot& snapshot, int step);
  std::vector<const FieldRecord*> MissingRequired() const;

  double MillisSinceStart() const;

 private:
  ApplicationReport report_;
  std::map<std::string, std::size_t> record_index_;
  EventSink events_;
  Clock::time_point start_;
};

}  // namespace applier::session
