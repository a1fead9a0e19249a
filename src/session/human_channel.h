// HumanChannel is the person on the other side of an application: the terminal
// for `applier apply`, a WebSocket chat for `applier serve`. The session asks it
// the questions nothing else could answer (all of a page's questions at once) and
// shows it the draft before anything is submitted.
//
// Implementations may block their caller (a terminal prompt) or suspend (a web
// chat); the session awaits either way.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>
#include <vector>

#include "perception/field.h"
#include "planning/answer.h"

namespace applier::session {

struct Question {
  perception::Field field;
  std::string prompt;                // "Why do you want to work at Acme Robotics?"
  std::string reason;                // why we ask: "no profile entry or saved answer matches"
  std::vector<std::string> options;  // choices to pick from; empty for free text
  bool required = false;
  // A starting point the person may accept or rewrite (free-text questions with no
  // LLM configured): their earlier answer or a passage of their documents. "" if none.
  std::string suggestion;
  std::string suggestion_from;  // where it comes from: "resume.md › Projects"
};

// One row of the draft table.
struct DraftField {
  std::string label;
  std::string value;
  std::string source;  // planning::ToString(AnswerSource), or "" when left empty
  double confidence = 0;
  bool required = false;
  std::string status;  // "filled", "left_empty", "hidden", "failed", "needs_human"
  std::string note;
  // The facts that decided a choice ("work_authorization.us.status"), so the
  // person can see why an option was picked and correct the fact, not the form.
  std::vector<std::string> decided_by;
};

struct Draft {
  std::string url;
  std::string screenshot_path;  // full-page JPEG, when written
  std::vector<DraftField> fields;
  int revision = 1;
};

enum class DraftDecision {
  kConfirm,      // submit it
  kDecline,      // do not submit, stop
  kEdit,         // change something (edit_request says what), then show a new draft
  kUnavailable,  // nobody can answer (no terminal, no --yes): stop at the draft
};

struct DraftReply {
  DraftDecision decision = DraftDecision::kUnavailable;
  std::string edit_request;
};

class HumanChannel {
 public:
  virtual ~HumanChannel() = default;
  // One answer per question, in order; nullopt when the person skipped it or
  // nobody is there to ask.
  virtual boost::asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<Question>& questions) = 0;
  virtual boost::asio::awaitable<DraftReply> ReviewDraft(const Draft& draft) = 0;
};

}  // namespace applier::session
