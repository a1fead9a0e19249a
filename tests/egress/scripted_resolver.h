// Test support: a HostResolver whose DNS answers the test writes. Each name has
// a list of answers; successive lookups take the next one and the last repeats,
// which is how a test plays a DNS-rebinding server. Unknown names are kNotFound.
// Thread-safe: the proxy may resolve from its strand while the test reads calls().
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "egress/host_resolver.h"

namespace applier::egress::testing {

class ScriptedResolver final : public HostResolver {
 public:
  using Answer = std::vector<boost::asio::ip::address>;

  void Set(const std::string& host, std::vector<Answer> answers) {
    std::lock_guard lock(mutex_);
    answers_[host] = std::move(answers);
  }

  // How many lookups `host` has had.
  int calls(const std::string& host) const {
    std::lock_guard lock(mutex_);
    auto it = calls_.find(host);
    return it == calls_.end() ? 0 : it->second;
  }

  boost::asio::awaitable<Result<Answer>> Resolve(std::string host) override {
    co_return Lookup(host);
  }

 private:
  Result<Answer> Lookup(const std::string& host) {
    std::lock_guard lock(mutex_);
    const int call = calls_[host]++;
    auto it = answers_.find(host);
    if (it == answers_.end() || it->second.empty()) {
      return Fail(ErrorKind::kNotFound, "no address for " + host);
    }
    const auto& answers = it->second;
    return answers[std::min<std::size_t>(call, answers.size() - 1)];
  }

  mutable std::mutex mutex_;
  std::map<std::string, std::vector<Answer>> answers_;
  std::map<std::string, int> calls_;
};

inline boost::asio::ip::address Ip(const char* text) {
  return boost::asio::ip::make_address(text);
}

}  // namespace applier::egress::testing
