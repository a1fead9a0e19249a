// Backoff growth, caps and jitter bounds, and the forms of Retry-After servers send.
#include "llm/retry.h"

#include "gtest/gtest.h"

namespace applier::llm {
namespace {

using std::chrono::milliseconds;

TEST(BackoffDelayTest, DoublesUpToTheCapWithoutJitter) {
  RetryPolicy policy;
  policy.base_delay = milliseconds(100);
  policy.max_delay = milliseconds(500);
  policy.jitter = 0;
  EXPECT_EQ(BackoffDelay(policy, 1, 0.7), milliseconds(100));
  EXPECT_EQ(BackoffDelay(policy, 2, 0.7), milliseconds(200));
  EXPECT_EQ(BackoffDelay(policy, 3, 0.7), milliseconds(400));
  EXPECT_EQ(BackoffDelay(policy, 4, 0.7), milliseconds(500));
  EXPECT_EQ(BackoffDelay(policy, 30, 0.7), milliseconds(500));
}

TEST(BackoffDelayTest, JitterTakesAwayAtMostItsShare) {
  RetryPolicy policy;
  policy.base_delay = milliseconds(1000);
  policy.jitter = 0.5;
  EXPECT_EQ(BackoffDelay(policy, 1, 0.0), milliseconds(1000));
  EXPECT_EQ(BackoffDelay(policy, 1, 0.999), milliseconds(500));
  EXPECT_EQ(BackoffDelay(policy, 1, 0.5), milliseconds(750));
}

TEST(ParseRetryAfterTest, Seconds) {
  EXPECT_EQ(ParseRetryAfter("3", ""), milliseconds(3000));
  EXPECT_EQ(ParseRetryAfter(" 0 ", ""), milliseconds(0));
  EXPECT_EQ(ParseRetryAfter("0.25", ""), milliseconds(250));
}

TEST(ParseRetryAfterTest, MillisecondsHeaderWins) {
  EXPECT_EQ(ParseRetryAfter("3", "120"), milliseconds(120));
  EXPECT_EQ(ParseRetryAfter("", "75"), milliseconds(75));
}

TEST(ParseRetryAfterTest, HttpDateRelativeToNow) {
  auto now = std::chrono::system_clock::from_time_t(1445412475);  // 07:27:55 GMT
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", "", now), milliseconds(5000));
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", "", now), milliseconds(0));
}

TEST(ParseRetryAfterTest, AbsentOrGarbage) {
  EXPECT_EQ(ParseRetryAfter("", ""), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("soon", ""), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("-1", ""), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("1.2.3", ""), std::nullopt);
}

// A lone dot passed the digit check and made std::stod throw out of the LLM call.
TEST(ParseRetryAfterTest, MalformedNumbersAreNoHintNotAnException) {
  EXPECT_EQ(ParseRetryAfter(".", ""), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("", "."), std::nullopt);
  EXPECT_EQ(ParseRetryAfter(" . ", " . "), std::nullopt);
  EXPECT_EQ(ParseRetryAfter(".5", ""), milliseconds(500));
  EXPECT_EQ(ParseRetryAfter("2.", ""), milliseconds(2000));
  EXPECT_EQ(ParseRetryAfter(".", "40"), milliseconds(40));
}

// Twenty digits of seconds is longer than any wait we would take; it is a long
// wait (so the next provider is tried), not an overflowed, negative one.
TEST(ParseRetryAfterTest, HugeAmountsStayLongWaits) {
  auto huge = ParseRetryAfter("99999999999999999999", "");
  ASSERT_TRUE(huge);
  EXPECT_GT(*huge, std::chrono::hours(24 * 365));
  auto huge_ms = ParseRetryAfter("", "99999999999999999999");
  ASSERT_TRUE(huge_ms);
  EXPECT_GT(*huge_ms, std::chrono::hours(24 * 365));
}

}  // namespace
}  // namespace applier::llm
