#include "server/login_rate_limiter.h"

#include <algorithm>
#include <cctype>

namespace applier::server {

namespace {

// "Alice" and "alice" are limited together: a guesser gains nothing from case.
std::string AccountKey(std::string_view account) {
  std::string key(account);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

}  // namespace

void LoginRateLimiter::Expire(Failures& failures, Clock::time_point now) const {
  while (!failures.empty() && failures.front() + limits_.window <= now) failures.pop_front();
}

std::optional<std::chrono::seconds> LoginRateLimiter::Limited(
    std::map<std::string, Failures, std::less<>>& table, const std::string& key, int limit,
    Clock::time_point now) {
  auto it = table.find(key);
  if (it == table.end()) return std::nullopt;
  Expire(it->second, now);
  if (it->second.empty()) {
    table.erase(it);
    return std::nullopt;
  }
  if (static_cast<int>(it->second.size()) < limit) return std::nullopt;
  // Free again when enough of the failures have aged out of the window.
  const auto free_at =
      it->second[it->second.size() - static_cast<std::size_t>(limit)] + limits_.window;
  const auto wait = std::chrono::ceil<std::chrono::seconds>(free_at - now);
  return std::max(wait, std::chrono::seconds(1));
}

void LoginRateLimiter::Record(std::map<std::string, Failures, std::less<>>& table,
                              const std::string& key, Clock::time_point now) {
  if (table.size() >= limits_.max_tracked && !table.contains(key)) {
    for (auto it = table.begin(); it != table.end();) {
      Expire(it->second, now);
      it = it->second.empty() ? table.erase(it) : std::next(it);
    }
    // Still full of live entries: forget one rather than grow without bound.
    if (table.size() >= limits_.max_tracked) table.erase(table.begin());
  }
  Failures& failures = table[key];
  Expire(failures, now);
  failures.push_back(now);
  // Only the newest `limit` failures matter; keep no more than a window's worth.
  const auto keep =
      static_cast<std::size_t>(std::max(limits_.account_failures, limits_.address_failures));
  while (failures.size() > keep) failures.pop_front();
}

std::optional<std::chrono::seconds> LoginRateLimiter::RetryAfter(std::string_view account,
                                                                 std::string_view address,
                                                                 Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto by_account = Limited(accounts_, AccountKey(account), limits_.account_failures, now);
  std::optional<std::chrono::seconds> by_address;
  if (!address.empty()) {
    by_address = Limited(addresses_, std::string(address), limits_.address_failures, now);
  }
  if (by_account && by_address) return std::max(*by_account, *by_address);
  return by_account ? by_account : by_address;
}

void LoginRateLimiter::RecordFailure(std::string_view account, std::string_view address,
                                     Clock::time_point now) {
  std::lock_guard lock(mutex_);
  Record(accounts_, AccountKey(account), now);
  if (!address.empty()) Record(addresses_, std::string(address), now);
}

void LoginRateLimiter::RecordSuccess(std::string_view account) {
  std::lock_guard lock(mutex_);
  accounts_.erase(AccountKey(account));
}

}  // namespace applier::server
