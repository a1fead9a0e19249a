// ServedApplicationTable is the web service's record of each application a user
// started through `applier serve`: its state in the service (queued, running,
// waiting for a person, kept as a draft, done), the latest draft, and the receipt
// of what was submitted. The submit intent itself stays in ApplicationLog, keyed by
// the same id, which is what keeps an application from being submitted twice.
//
// States: queued → running ⇄ waiting_human / waiting_draft → done, or
// waiting_draft → kept_draft (nobody answered in time; resumable) → queued.
// On start, a service re-queues what was queued, running or waiting (Unfinished()).
//
// Contract: every read and write except Unfinished() and the state changes made by
// the service's own workers is scoped to one user: another user's id is kNotFound.
// Same threading rule as the Database it uses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct ServedApplication {
  std::string session_id;
  std::string user_id;
  std::string url;
  bool draft_mode = true;
  std::string state;
  std::string outcome;  // "" until done
  std::string message;
  std::string title;
  std::string draft_json;        // the latest draft as shown to the user; "" when none
  std::string draft_screenshot;  // path of its full-page JPEG
  std::string receipt_json;      // "" unless submitted
  std::string created_at;
  std::string updated_at;
  // What the LLM cost, summed over every run of the application (a resumed draft
  // runs again).
  std::int64_t llm_calls = 0;
  std::int64_t llm_prompt_tokens = 0;
  std::int64_t llm_completion_tokens = 0;
  double llm_cost_usd = 0;
};

// One run's LLM spending, added to the application's totals.
struct LlmSpend {
  std::int64_t calls = 0;
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  double cost_usd = 0;
};

class ServedApplicationTable {
 public:
  explicit ServedApplicationTable(Database& db) : db_(db) {}

  // kConflict when the id exists.
  Status Create(const ServedApplication& application);
  Status SetState(std::string_view session_id, std::string_view state);
  Status SetDraft(std::string_view session_id, std::string_view draft_json,
                  std::string_view screenshot_path);
  Status SetTitle(std::string_view session_id, std::string_view title);
  Status Finish(std::string_view session_id, std::string_view state, std::string_view outcome,
                std::string_view message, std::string_view receipt_json);
  // Adds one run's spending to the application's totals.
  Status AddLlmSpend(std::string_view session_id, const LlmSpend& spend);
  // Moves a kept draft back to the queue; kConflict when it is not in state
  // kept_draft, kNotFound when it is not the user's.
  Status Requeue(std::string_view user_id, std::string_view session_id);

  Result<ServedApplication> Get(std::string_view user_id, std::string_view session_id);
  // Whose application this is, nullopt when there is none: lets the API say 403
  // (someone else's) rather than 404 where the contract asks for it.
  Result<std::optional<std::string>> OwnerOf(std::string_view session_id);
  // Newest first, at most `limit`.
  Result<std::vector<ServedApplication>> ListForUser(std::string_view user_id,
                                                     std::int64_t limit = 100);
  // Every application in state queued, running, waiting_human or waiting_draft,
  // oldest first: the work a restarted service picks up again.
  Result<std::vector<ServedApplication>> Unfinished();
  // Count per outcome over all users, for metrics.
  Result<std::vector<std::pair<std::string, std::int64_t>>> CountByOutcome();

 private:
  Result<std::vector<ServedApplication>> Query(const std::string& where, std::string_view a,
                                               std::string_view b);
  Status Update(std::string_view sql, std::string_view session_id,
                std::vector<std::string_view> values);

  Database& db_;
};

}  // namespace applier::store
