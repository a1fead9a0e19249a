// What one application spent on LLMs, and the limit it may not pass. A Budget caps
// calls (a Chat or Embed, however many attempts it took) and tokens; a call that
// would start past it fails before any request is sent. Tokens are only known after
// a reply, so the last admitted call may end a little past max_tokens.
//
// UsageLedger is thread-safe: one mutex guards all counters, so an Admit racing
// another cannot both take the last call, and a Snapshot is consistent across
// providers. Every method is short and never blocks on I/O.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "llm/chat.h"

namespace applier::llm {

struct Budget {
  std::int64_t max_calls = 0;   // 0: unlimited
  std::int64_t max_tokens = 0;  // prompt + completion; 0: unlimited
};

struct ProviderUsage {
  std::string provider;
  std::int64_t requests = 0;  // HTTP attempts sent, retries included
  std::int64_t failures = 0;  // attempts that did not give a usable reply
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  double cost_usd = 0;  // estimated, see pricing.h
};

struct UsageSnapshot {
  std::int64_t calls = 0;    // Chat/Embed calls admitted by the budget
  std::int64_t refused = 0;  // calls refused by the budget
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  double cost_usd = 0;
  std::vector<ProviderUsage> providers;  // in chain order, every provider listed

  std::int64_t total_tokens() const { return prompt_tokens + completion_tokens; }
};

class UsageLedger {
 public:
  UsageLedger(Budget budget, const std::vector<std::string>& provider_names);

  // Takes one call from the budget, or kConflict saying which limit is spent.
  Status Admit();
  void RecordAttempt(std::string_view provider, bool succeeded);
  void RecordUsage(std::string_view provider, std::string_view model, const Usage& usage);
  UsageSnapshot Snapshot() const;

 private:
  ProviderUsage& Row(std::string_view provider);  // requires mutex_

  const Budget budget_;
  mutable std::mutex mutex_;
  UsageSnapshot usage_;
};

}  // namespace applier::llm
