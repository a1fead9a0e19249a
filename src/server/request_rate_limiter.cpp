#include "server/request_rate_limiter.h"

#include <algorithm>

namespace applier::server {

double TokenBucket::TokensAt(Clock::time_point now) const {
  const double elapsed =
      std::chrono::duration<double>(std::max(now - at_, Clock::duration::zero())).count();
  return std::min(limit_.burst, tokens_ + elapsed * limit_.per_second);
}

std::optional<TokenBucket::Clock::duration> TokenBucket::Take(Clock::time_point now) {
  if (limit_.per_second <= 0) return std::nullopt;
  tokens_ = TokensAt(now);
  at_ = std::max(at_, now);
  if (tokens_ >= 1) {
    tokens_ -= 1;
    return std::nullopt;
  }
  const double missing = 1 - tokens_;
  return std::chrono::ceil<Clock::duration>(
      std::chrono::duration<double>(missing / limit_.per_second));
}

bool TokenBucket::Full(Clock::time_point now) const {
  return TokensAt(now) >= limit_.burst;
}

std::optional<std::chrono::seconds> RequestRateLimiter::Take(std::string_view client,
                                                             Clock::time_point now) {
  if (limit_.per_second <= 0) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(client);
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_tracked_) {
      std::erase_if(buckets_, [&](const auto& entry) { return entry.second.Full(now); });
      // Still full of clients that are spending: forget one rather than grow.
      if (buckets_.size() >= max_tracked_) buckets_.erase(buckets_.begin());
    }
    it = buckets_.emplace(std::string(client), TokenBucket(limit_, now)).first;
  }
  auto wait = it->second.Take(now);
  if (!wait) return std::nullopt;
  return std::max(std::chrono::ceil<std::chrono::seconds>(*wait), std::chrono::seconds(1));
}

}  // namespace applier::server
