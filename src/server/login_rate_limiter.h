// LoginRateLimiter slows down password guessing on POST /api/auth/login: after
// `account_failures` failed sign-ins for one account name, or `address_failures`
// from one client address, within `window`, further attempts for that name or from
// that address are refused (HTTP 429 with Retry-After) until the oldest of those
// failures is older than `window`. The address limit is higher, so people behind
// one address (an office, a proxy) are not locked out by one person's typos, while
// one client trying many names is still stopped.
//
// A successful sign-in clears its account's failures; it never lifts an address's,
// and one account's failures never affect another account.
//
// Memory is bounded: at most `max_tracked` names and addresses are remembered;
// entries whose failures have all expired are dropped first.
//
// Thread-safe: one mutex guards all state; every call is short.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace applier::server {

struct LoginLimits {
  int account_failures = 5;
  int address_failures = 20;
  std::chrono::seconds window{60};
  std::size_t max_tracked = 10000;
};

class LoginRateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  explicit LoginRateLimiter(LoginLimits limits = {}) : limits_(limits) {}

  // How long the client must wait before it may try to sign in as `account` from
  // `address` (empty: unknown, not limited by address); nullopt when it may try
  // now. At least one second when limited.
  std::optional<std::chrono::seconds> RetryAfter(std::string_view account, std::string_view address,
                                                 Clock::time_point now = Clock::now());
  void RecordFailure(std::string_view account, std::string_view address,
                     Clock::time_point now = Clock::now());
  void RecordSuccess(std::string_view account);

 private:
  using Failures = std::deque<Clock::time_point>;  // oldest first, all within the window
  std::optional<std::chrono::seconds> Limited(std::map<std::string, Failures, std::less<>>& table,
                                              const std::string& key, int limit,
                                              Clock::time_point now);
  void Record(std::map<std::string, Failures, std::less<>>& table, const std::string& key,
              Clock::time_point now);
  void Expire(Failures& failures, Clock::time_point now) const;

  const LoginLimits limits_;
  std::mutex mutex_;  // guards both tables
  std::map<std::string, Failures, std::less<>> accounts_;
  std::map<std::string, Failures, std::less<>> addresses_;
};

}  // namespace applier::server
