#include "egress/host_resolver.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "egress/address_policy.h"

namespace applier::egress {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

class SystemResolver final : public HostResolver {
 public:
  explicit SystemResolver(std::chrono::milliseconds timeout) : timeout_(timeout) {}

  asio::awaitable<Result<std::vector<asio::ip::address>>> Resolve(std::string host) override {
    // "localhost" and its subdomains are loopback by definition (RFC 6761 §6.3), as
    // Chromium treats them, whether or not /etc/hosts says so (minimal containers
    // often have no entry).
    const std::string lower = NormalizeHost(host);
    if (lower == "localhost" || lower.ends_with(".localhost")) {
      co_return std::vector<asio::ip::address>{asio::ip::make_address("127.0.0.1"),
                                               asio::ip::make_address("::1")};
    }
    auto executor = co_await asio::this_coro::executor;
    // Shared with the timer's handler, which may run after this frame is gone.
    auto resolver = std::make_shared<tcp::resolver>(executor);
    auto timed_out = std::make_shared<bool>(false);
    asio::steady_timer timer(executor, timeout_);
    timer.async_wait([resolver, timed_out](boost::system::error_code ec) {
      if (ec) return;
      *timed_out = true;
      resolver->cancel();
    });
    auto [ec, results] =
        co_await resolver->async_resolve(host, "", asio::as_tuple(asio::use_awaitable));
    timer.cancel();
    if (*timed_out) {
      co_return Fail(ErrorKind::kTimeout, "resolving " + host + " took longer than " +
                                              std::to_string(timeout_.count()) + " ms");
    }
    if (ec == asio::error::host_not_found || ec == asio::error::host_not_found_try_again ||
        ec == asio::error::no_data) {
      co_return Fail(ErrorKind::kNotFound, "no address for " + host + " (" + ec.message() + ")");
    }
    if (ec) co_return Fail(ErrorKind::kIo, "cannot resolve " + host + ": " + ec.message());
    std::vector<asio::ip::address> addresses;
    for (const auto& entry : results) {
      const auto address = entry.endpoint().address();
      if (std::find(addresses.begin(), addresses.end(), address) == addresses.end()) {
        addresses.push_back(address);
      }
    }
    if (addresses.empty()) co_return Fail(ErrorKind::kNotFound, "no address for " + host);
    co_return addresses;
  }

 private:
  std::chrono::milliseconds timeout_;
};

}  // namespace

std::shared_ptr<HostResolver> MakeSystemResolver(std::chrono::milliseconds timeout) {
  return std::make_shared<SystemResolver>(timeout);
}

}  // namespace applier::egress
