#include "server/request_rate_limiter.h"

#include <string>

#include "gtest/gtest.h"

namespace applier::server {
namespace {

using namespace std::chrono_literals;
using Clock = RequestRateLimiter::Clock;

TEST(TokenBucket, AllowsTheBurstThenRefillsAtTheRate) {
  const auto t0 = Clock::now();
  TokenBucket bucket({.per_second = 10, .burst = 5}, t0);
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(bucket.Take(t0)) << i;
  auto wait = bucket.Take(t0);
  ASSERT_TRUE(wait);
  EXPECT_GT(*wait, 0ms);
  EXPECT_LE(*wait, 100ms);
  EXPECT_FALSE(bucket.Take(t0 + 100ms));  // one token back after 1/rate
  EXPECT_TRUE(bucket.Take(t0 + 100ms));
  EXPECT_TRUE(bucket.Full(t0 + 10s));
}

TEST(TokenBucket, RateZeroMeansNoLimit) {
  const auto t0 = Clock::now();
  TokenBucket bucket({.per_second = 0, .burst = 0}, t0);
  for (int i = 0; i < 1000; ++i) ASSERT_FALSE(bucket.Take(t0));
}

TEST(RequestRateLimiter, OneClientsFloodLeavesAnotherClientsTokens) {
  RequestRateLimiter limiter({.per_second = 2, .burst = 3});
  const auto t0 = Clock::now();
  int refused = 0;
  for (int i = 0; i < 100; ++i) {
    if (auto wait = limiter.Take("user mallory", t0)) {
      ++refused;
      EXPECT_GE(*wait, 1s);  // Retry-After is whole seconds, never 0
    }
  }
  EXPECT_EQ(refused, 97);
  EXPECT_FALSE(limiter.Take("user alice", t0));
  EXPECT_FALSE(limiter.Take("address 10.0.0.7", t0));
  EXPECT_FALSE(limiter.Take("user mallory", t0 + 1s));  // refilled at the rate
}

TEST(RequestRateLimiter, RemembersAtMostMaxTrackedClients) {
  RequestRateLimiter limiter({.per_second = 1, .burst = 1}, /*max_tracked=*/10);
  const auto t0 = Clock::now();
  for (int i = 0; i < 10; ++i) EXPECT_FALSE(limiter.Take("address " + std::to_string(i), t0));
  // Full of clients still spending: a new one pushes one out rather than growing,
  // and is itself served.
  EXPECT_FALSE(limiter.Take("address new", t0));
  EXPECT_TRUE(limiter.Take("address new", t0));
  // Once the old buckets refilled they are forgotten first.
  for (int i = 0; i < 100; ++i) limiter.Take("address later " + std::to_string(i), t0 + 5s);
  EXPECT_FALSE(limiter.Take("address later 99", t0 + 5s + 1s));
}

}  // namespace
}  // namespace applier::server
