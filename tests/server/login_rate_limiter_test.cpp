#include "server/login_rate_limiter.h"

#include "gtest/gtest.h"

namespace applier::server {
namespace {

using std::chrono::seconds;
using Clock = LoginRateLimiter::Clock;

TEST(LoginRateLimiterTest, FiveFailuresInAMinuteLockTheAccountUntilTheFirstAgesOut) {
  LoginRateLimiter limiter;
  const auto t0 = Clock::time_point{} + seconds(1000);
  for (int i = 0; i < 4; ++i) {
    EXPECT_FALSE(limiter.RetryAfter("alice", "", t0 + seconds(i)));
    limiter.RecordFailure("alice", "", t0 + seconds(i));
  }
  EXPECT_FALSE(limiter.RetryAfter("alice", "", t0 + seconds(4)));
  limiter.RecordFailure("alice", "", t0 + seconds(4));
  auto wait = limiter.RetryAfter("alice", "", t0 + seconds(10));
  ASSERT_TRUE(wait);
  EXPECT_EQ(*wait, seconds(50));  // the first failure (t0) leaves the window at t0 + 60
  EXPECT_TRUE(limiter.RetryAfter("ALICE", "", t0 + seconds(10)));  // case does not help
  EXPECT_FALSE(limiter.RetryAfter("bob", "", t0 + seconds(10)));   // other accounts are free
  EXPECT_FALSE(limiter.RetryAfter("alice", "", t0 + seconds(60)));
}

TEST(LoginRateLimiterTest, ASuccessClearsTheAccountButNotTheAddress) {
  LoginRateLimiter limiter({.account_failures = 2, .address_failures = 3});
  const auto now = Clock::time_point{} + seconds(100);
  limiter.RecordFailure("alice", "10.0.0.1", now);
  limiter.RecordFailure("alice", "10.0.0.1", now);
  EXPECT_TRUE(limiter.RetryAfter("alice", "10.0.0.1", now));
  limiter.RecordSuccess("alice");
  EXPECT_FALSE(limiter.RetryAfter("alice", "10.0.0.1", now));
  limiter.RecordFailure("bob", "10.0.0.1", now);  // the address's third
  EXPECT_TRUE(limiter.RetryAfter("carol", "10.0.0.1", now));
  EXPECT_FALSE(limiter.RetryAfter("carol", "10.0.0.2", now));
}

TEST(LoginRateLimiterTest, ManyNamesFromOneAddressAreStoppedByTheAddressLimit) {
  LoginRateLimiter limiter({.account_failures = 5, .address_failures = 3});
  const auto now = Clock::time_point{} + seconds(100);
  for (const char* name : {"a", "b", "c"}) limiter.RecordFailure(name, "192.0.2.7", now);
  auto wait = limiter.RetryAfter("d", "192.0.2.7", now + seconds(1));
  ASSERT_TRUE(wait);
  EXPECT_EQ(*wait, seconds(59));
}

TEST(LoginRateLimiterTest, MemoryStaysBounded) {
  LoginRateLimiter limiter({.account_failures = 1, .max_tracked = 3});
  const auto now = Clock::time_point{} + seconds(100);
  for (int i = 0; i < 100; ++i) limiter.RecordFailure("user" + std::to_string(i), "", now);
  // The newest are remembered, and lookups still answer.
  EXPECT_TRUE(limiter.RetryAfter("user99", "", now));
  int limited = 0;
  for (int i = 0; i < 100; ++i) {
    if (limiter.RetryAfter("user" + std::to_string(i), "", now)) ++limited;
  }
  EXPECT_LE(limited, 3);
}

}  // namespace
}  // namespace applier::server
