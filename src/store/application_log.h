// ApplicationLog records each job application a user starts and how it ended, and
// holds the "never submit twice" invariant of docs/design.md.
//
// Contract:
//  - Create() is safe to repeat (queue delivery is at-least-once): creating an id
//    that already exists for the same user and URL succeeds and changes nothing.
//  - RecordSubmitIntent() must be called, and must succeed, before the submit click.
//    It succeeds at most once per application, atomically in SQLite: a second call
//    (a retry, a re-delivered task, a second worker) gets kConflict and must not
//    click. After a crash, an application with an intent and no outcome has outcome
//    "unknown": ask the user, never retry blindly.
//  - Reads take the user id, so one user never sees another's applications.
//  - Same threading rule as the Database it uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

// The outcomes of session::Outcome, plus kCancelled for a run the user stopped.
enum class Outcome {
  kSubmitted,       // the site confirmed the submission
  kDraftDeclined,   // the user declined the draft; nothing was sent
  kStoppedAtDraft,  // filled, draft ready, nobody confirmed (or --no-submit)
  kNeedsHuman,      // a CAPTCHA, sign-in wall or unanswered required field
  kFailed,          // the site rejected it, or the run broke before submitting
  kUnknown,         // the click may have gone out but no confirmation was seen
  kCancelled,       // the user stopped it
};
// submitted|draft_declined|stopped_at_draft|needs_human|failed|unknown|cancelled
const char* ToString(Outcome outcome);

struct ApplicationRecord {
  std::string id;
  std::string user_id;
  std::string url;
  std::string status;            // free-form session state, e.g. "filling", "draft"
  std::string outcome;           // "" until RecordOutcome
  std::string submit_intent_at;  // ISO-8601 UTC, "" when no intent was recorded
  std::string submitted_at;      // set with outcome "submitted"
  std::string report_json;
  std::string created_at;
  std::string updated_at;
};

class ApplicationLog {
 public:
  explicit ApplicationLog(Database& db) : db_(db) {}

  // kConflict when `id` exists for another user or URL.
  Status Create(std::string_view id, std::string_view user_id, std::string_view url);
  Status SetStatus(std::string_view id, std::string_view status);
  // kNotFound for an unknown id; kConflict when an intent already exists.
  Status RecordSubmitIntent(std::string_view id);
  Status RecordOutcome(std::string_view id, Outcome outcome, std::string_view report_json);

  // kNotFound when the application does not exist or belongs to someone else.
  Result<ApplicationRecord> Get(std::string_view user_id, std::string_view id);
  // Newest first.
  Result<std::vector<ApplicationRecord>> ListForUser(std::string_view user_id);

 private:
  Result<std::optional<ApplicationRecord>> Load(std::string_view id);

  Database& db_;
};

}  // namespace applier::store
