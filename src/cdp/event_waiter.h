// EventWaiter catches one event that an action is about to cause. It subscribes
// when constructed — before the action, so a fast browser cannot answer before we
// listen — and Wait() then returns the event's params, or kTimeout.
//
//   cdp::EventWaiter loaded(session, "Page.loadEventFired");
//   co_await session.Call("Page.navigate", ...);
//   auto params = co_await loaded.Wait(30s);
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "cdp/connection.h"
#include "core/result.h"

namespace applier::cdp {

class EventWaiter {
 public:
  using Predicate = std::function<bool(const boost::json::object& params)>;

  EventWaiter(const Session& session, std::string method, Predicate predicate = nullptr);
  ~EventWaiter();
  EventWaiter(const EventWaiter&) = delete;
  EventWaiter& operator=(const EventWaiter&) = delete;

  // Returns at once if the event already arrived. kDisconnected if the
  // connection closes first.
  boost::asio::awaitable<Result<boost::json::object>> Wait(std::chrono::milliseconds timeout);

 private:
  struct State;
  Session session_;
  std::string method_;
  std::uint64_t subscription_ = 0;
  std::shared_ptr<State> state_;
};

}  // namespace applier::cdp
