#include "llm/retry.h"

#include <algorithm>
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

// A non-negative decimal number of `unit`s, e.g. "2" or "0.25"; nullopt otherwise.
std::optional<std::chrono::milliseconds> ParseAmount(std::string_view text, double unit_ms) {
  text = Trim(text);
  if (text.empty() || text.size() > 20) return std::nullopt;
  bool dot = false;
  for (char c : text) {
    if (c == '.' && !dot) {
      dot = true;
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
  }
  double value = std::stod(std::string(text)) * unit_ms;
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(value)));
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
