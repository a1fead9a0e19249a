// Test support: run one coroutine to completion on a fresh io_context and return
// its value, so a test reads as straight-line code.
#pragma once

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <stdexcept>

namespace applier::testing {

template <typename Factory>
auto RunAsync(boost::asio::io_context& io, Factory&& factory,
              std::chrono::seconds limit = std::chrono::seconds(120)) {
  auto future =
      boost::asio::co_spawn(io, std::forward<Factory>(factory)(), boost::asio::use_future);
  io.restart();
  while (future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    if (io.run_one_for(limit) == 0) throw std::runtime_error("coroutine stalled");
  }
  return future.get();
}

}  // namespace applier::testing
