// HostResolver turns a host name into addresses for the egress filter. The filter
// resolves every name itself and connects only to an address it resolved and
// checked, so what a name resolves to later (DNS rebinding) never matters. It is
// an interface so tests can script DNS answers; the system resolver is the default.
//
// Implementations must be safe to call from any thread and from several
// coroutines at once.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/address.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace applier::egress {

class HostResolver {
 public:
  virtual ~HostResolver() = default;
  // Every address `host` (a name, never an IP literal) resolves to, in the
  // resolver's order. kNotFound when the name does not exist or has no address,
  // kTimeout when the answer took too long, kIo for other failures.
  virtual boost::asio::awaitable<Result<std::vector<boost::asio::ip::address>>> Resolve(
      std::string host) = 0;
};

// getaddrinfo(3) on Asio's resolver thread, with a deadline.
std::shared_ptr<HostResolver> MakeSystemResolver(
    std::chrono::milliseconds timeout = std::chrono::seconds(10));

}  // namespace applier::egress
