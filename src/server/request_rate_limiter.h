// Request rate limits: one client flooding the service must not take it from the
// others. A token bucket holds up to `burst` tokens and gains `per_second` of them
// a second; each request (or WebSocket message) takes one, and one that finds the
// bucket empty is refused with the time until the next token. A burst lets a page
// load its files and a person click quickly; the rate is what a client may keep up.
//
// RequestRateLimiter keeps one bucket per client key (a signed-in user's id, or an
// address before sign-in): a user's requests never spend another's tokens.
// Memory is bounded: at most `max_tracked` keys are remembered; a key whose bucket
// has filled up again is no different from a new one and is dropped first.
//
// Threading: TokenBucket is not thread-safe (one per WebSocket connection, used by
// its reader). RequestRateLimiter is: one mutex, every call short.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace applier::server {

struct RateLimit {
  double per_second = 30;  // 0: no limit
  double burst = 120;
};

class TokenBucket {
 public:
  using Clock = std::chrono::steady_clock;

  TokenBucket(RateLimit limit, Clock::time_point now)
      : limit_(limit), tokens_(limit.burst), at_(now) {}

  // Takes a token: nullopt when there was one, else how long until there is.
  std::optional<Clock::duration> Take(Clock::time_point now);
  // Whether the bucket has refilled to its burst by `now` (it remembers nothing
  // a new bucket would not).
  bool Full(Clock::time_point now) const;

 private:
  double TokensAt(Clock::time_point now) const;

  RateLimit limit_;
  double tokens_;
  Clock::time_point at_;  // when tokens_ was counted
};

class RequestRateLimiter {
 public:
  using Clock = TokenBucket::Clock;

  explicit RequestRateLimiter(RateLimit limit, std::size_t max_tracked = 10000)
      : limit_(limit), max_tracked_(max_tracked) {}

  // Takes a token from `client`'s bucket: nullopt when the request may go on, else
  // the whole seconds to wait (at least one, as Retry-After says it).
  std::optional<std::chrono::seconds> Take(std::string_view client,
                                           Clock::time_point now = Clock::now());

 private:
  const RateLimit limit_;
  const std::size_t max_tracked_;
  std::mutex mutex_;  // guards buckets_
  std::map<std::string, TokenBucket, std::less<>> buckets_;
};

}  // namespace applier::server
