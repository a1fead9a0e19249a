// When and how long LlmClient waits before trying a provider again. Retried: HTTP 429,
// 408 and 5xx, refused or dropped connections, and attempts past their deadline.
// Not retried on the same provider (the next provider is tried instead): other 4xx
// (a bad key, a model the provider lacks, a request it will not take) and replies
// that are not the JSON the API promises.
//
// Delays grow exponentially from base_delay, capped at max_delay, and lose a random
// part (up to `jitter` of the delay) so many sessions retrying at once spread out.
// A server's Retry-After (seconds or HTTP date) or retry-after-ms (OpenAI's header)
// is a floor: the wait is never shorter. A server asking for more than
// max_retry_after is not waited for; the next provider is tried at once.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace applier::llm {

struct RetryPolicy {
  int max_attempts = 3;  // per provider, the first try included
  std::chrono::milliseconds base_delay{500};
  std::chrono::milliseconds max_delay{8000};
  double jitter = 0.5;  // 0: exact delays (tests); 1: anywhere in [0, delay]
  std::chrono::milliseconds attempt_timeout{60000};  // one HTTP exchange, connect to last byte
  std::chrono::milliseconds max_retry_after{30000};
  // The whole call, every provider and wait included: no attempt starts after it and
  // the last one is cut short to end by it.
  std::chrono::milliseconds total_timeout{180000};
};

// The delay before retry number `retry` (1 = the second attempt), given a uniform
// random `unit` in [0, 1).
std::chrono::milliseconds BackoffDelay(const RetryPolicy& policy, int retry, double unit);

// The wait a server asked for: `retry_after_ms` (milliseconds) if present, else
// `retry_after` as delay-seconds (decimals accepted) or an HTTP date relative to `now`.
// nullopt when neither is present or parseable.
std::optional<std::chrono::milliseconds> ParseRetryAfter(
    std::string_view retry_after, std::string_view retry_after_ms,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

}  // namespace applier::llm
