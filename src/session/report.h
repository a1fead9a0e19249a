// ApplicationReport is the record of one application: what the agent saw, what it
// put where and from which source, every page step with its time, and how it
// ended. `applier apply --report` writes it as JSON; the store keeps it.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace applier::session {

enum class Outcome {
  kSubmitted,
  kDraftDeclined,
  kStoppedAtDraft,
  kNeedsHuman,
  kFailed,
  kUnknown,
  kCancelled,
};

// submitted|draft_declined|stopped_at_draft|needs_human|failed|unknown|cancelled
const char* ToString(Outcome outcome);

struct FieldRecord {
  std::string frame_id;
  std::string frame_url;
  std::string label;
  std::string name;
  std::string id;
  std::string kind;
  bool required = false;
  std::string value;   // as read back from the page
  std::string source;  // profile|saved_answer|document|llm|human|default, "" when empty
  double confidence = 0;
  std::string status;  // filled|left_empty|hidden|failed|needs_human
  std::string note;    // why: "profile.email", the error, the question asked
  // For a chosen option: the facts that chose it (planning::Answer::decided_by);
  // empty for a choice nothing decided (a guess) and for typed text.
  std::vector<std::string> decided_by;
  int step = 0;
};

struct StepRecord {
  int step = 0;
  std::string page_kind;
  std::string url;
  std::string action;  // "opened the form", "filled 14 fields, pressed Next", ...
  double elapsed_ms = 0;
};

struct ApplicationReport {
  std::string application_id;
  std::string url;
  Outcome outcome = Outcome::kFailed;
  std::string message;  // one sentence a user can act on
  std::string screenshot_path;
  std::string confirmation_text;
  // The job's name as the site heads its first page for it (the posting, else the
  // form): what a history of applications lists. Empty when no page named it.
  std::string job_title;
  std::vector<FieldRecord> fields;
  std::vector<StepRecord> steps;
  double browser_start_ms = 0;
  double time_to_draft_ms = 0;
  double total_ms = 0;
  // What the LLM cost this application (all zero when none is configured, and for
  // standard forms, which never need one).
  std::int64_t llm_calls = 0;
  std::int64_t llm_prompt_tokens = 0;
  std::int64_t llm_completion_tokens = 0;
  double llm_cost_usd = 0;  // estimated from list prices (llm/pricing.h)

  boost::json::object ToJson() const;
};

}  // namespace applier::session
