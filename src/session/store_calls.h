// StoreOffload is how a run reaches its store (the application log, the saved
// answers, the documents) without blocking the executor it runs on. A SQLite call
// blocks (a write waits for its fsync), and a run shares its executor with the
// browser connection and, in `applier serve`, with every other run; so the run
// hands each such call to the offload, which runs it elsewhere and resumes the run
// on its own executor once the call has returned. Without an offload (the CLI,
// most tests) the call runs in place.
//
// A call the run awaits has finished when the run goes on: the submit intent is
// committed before the click that follows it (docs/design.md). The run awaits one
// call at a time, so one store connection per run is used by one thread at a time.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace applier::session {

// Runs `call` and completes once it has returned; an exception it throws is
// rethrown to the awaiting run.
using StoreOffload = std::function<boost::asio::awaitable<void>(std::function<void()> call)>;

// `call()` through `offload`, or in place when there is none.
template <typename F>
boost::asio::awaitable<std::invoke_result_t<F&>> CallStore(const StoreOffload& offload, F call) {
  if (!offload) co_return call();
  std::optional<std::invoke_result_t<F&>> result;
  co_await offload([&] { result.emplace(call()); });
  co_return std::move(*result);
}

}  // namespace applier::session
