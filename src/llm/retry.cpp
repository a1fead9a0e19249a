#include "llm/retry.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <string>

namespace applier::llm {

namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// A non-negative decimal number of `unit`s, e.g. "2", "0.25" or ".5"; nullopt
// otherwise. A header is outside input: nothing here may throw, and an absurd
// amount becomes a long wait rather than an overflowed, negative one.
std::optional<std::chrono::milliseconds> ParseAmount(std::string_view text, double unit_ms) {
  text = Trim(text);
  if (text.empty() || text.size() > 20) return std::nullopt;
  if (text.find_first_not_of("0123456789.") != std::string_view::npos) return std::nullopt;
  double amount = 0;
  auto [end, ec] =
      std::from_chars(text.data(), text.data() + text.size(), amount, std::chars_format::fixed);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  constexpr double kLongest = 1e15;  // ~31,000 years in ms, far inside int64
  const double ms = std::min(std::ceil(amount * unit_ms), kLongest);
  return std::chrono::milliseconds(static_cast<std::int64_t>(ms));
}

// RFC 9110 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT".
std::optional<std::chrono::milliseconds> ParseHttpDate(std::string_view text,
                                                       std::chrono::system_clock::time_point now) {
  std::tm tm{};
  std::string copy(Trim(text));
  const char* end = strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr || *end != '\0') return std::nullopt;
  auto when = std::chrono::system_clock::from_time_t(timegm(&tm));
  auto delta = std::chrono::duration_cast<std::chrono::milliseconds>(when - now);
  return std::max(delta, std::chrono::milliseconds(0));
}

}  // namespace

std::chrono::milliseconds BackoffDelay(const RetryPolicy& policy, int retry, double unit) {
  double delay = static_cast<double>(policy.base_delay.count()) *
                 std::pow(2.0, static_cast<double>(std::max(retry, 1) - 1));
  delay = std::min(delay, static_cast<double>(policy.max_delay.count()));
  double jitter = std::clamp(policy.jitter, 0.0, 1.0);
  delay *= 1.0 - jitter * std::clamp(unit, 0.0, 1.0);
  return std::chrono::milliseconds(static_cast<std::int64_t>(delay));
}

std::optional<std::chrono::milliseconds> ParseRetryAfter(
    std::string_view retry_after, std::string_view retry_after_ms,
    std::chrono::system_clock::time_point now) {
  if (auto ms = ParseAmount(retry_after_ms, 1.0)) return ms;
  if (auto seconds = ParseAmount(retry_after, 1000.0)) return seconds;
  return ParseHttpDate(retry_after, now);
}

}  // namespace applier::llm
