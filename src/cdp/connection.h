// A Connection is one conversation with one browser over a Transport: it numbers
// our commands, matches each response to its caller, enforces a deadline per call,
// and routes events to subscribers by (session id, method). Flattened target
// sessions (Target.setAutoAttach with flatten: true) share the connection; an empty
// session id means the browser target itself.
//
// When the transport ends — the browser exited, crashed or closed the pipe — every
// pending call fails with one kDisconnected error and every close listener is told
// once. When a target session detaches, only its pending calls fail.
//
// Exceptions stop here. An event handler that throws is reported to the
// protocol-error listeners and the connection carries on. Anything else that ends
// the read or write loop — a protocol-error listener that throws, memory running
// out — ends the connection as a lost transport does: pending calls fail at once
// with the reason and the close listeners are told.
//
// Threading: a Connection is not thread-safe. All calls must be made from its
// executor (use a strand when the io_context runs on several threads). Handlers
// run on that executor.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>

#include "cdp/transport.h"
#include "core/result.h"

namespace applier::cdp {

using EventHandler = std::function<void(const boost::json::object& params)>;

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

  // Starts reading from the transport at once.
  static std::shared_ptr<Connection> Start(std::unique_ptr<Transport> transport);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  boost::asio::any_io_executor executor() const;

  // Sends `method` and waits for its response. kTimeout after `timeout` (the late
  // response, if it comes, is dropped), kRemote when the browser answers with an
  // error, kDisconnected when the connection or the session goes away first.
  boost::asio::awaitable<Result<boost::json::object>> Call(
      std::string method, boost::json::object params = {}, std::string session_id = {},
      std::chrono::milliseconds timeout = kDefaultTimeout);

  // Subscribes to `method` events of `session_id`; an empty method receives every
  // event of that session. Returns an id for Unsubscribe. Not an error to
  // unsubscribe twice or from inside a handler.
  std::uint64_t Subscribe(std::string session_id, std::string method, EventHandler handler);
  void Unsubscribe(std::uint64_t subscription);

  // Told once, with the reason, when the connection ends.
  void OnClose(std::function<void(const Error&)> listener);
  // Told about messages that could not be decoded and event handlers that threw;
  // the connection carries on.
  void OnProtocolError(std::function<void(const Error&)> listener);

  bool closed() const;
  // Closes the transport; pending calls fail with kDisconnected.
  void Close();

 private:
  struct State;
  explicit Connection(std::unique_ptr<Transport> transport);
  boost::asio::awaitable<void> ReadLoop();
  boost::asio::awaitable<void> WriteLoop();
  void Dispatch(std::string text);
  void ReportProtocolError(const Error& error);
  // The completion of the read or write loop: one that ended on an exception shuts
  // the connection down with the exception's message.
  void EndLoop(const char* loop, std::exception_ptr failure);
  void Shutdown(const Error& reason);

  std::unique_ptr<State> state_;
};

// A flattened target session: the Connection plus a session id. Cheap to copy.
class Session {
 public:
  Session() = default;
  Session(std::shared_ptr<Connection> connection, std::string session_id)
      : connection_(std::move(connection)), session_id_(std::move(session_id)) {}

  boost::asio::awaitable<Result<boost::json::object>> Call(
      std::string method, boost::json::object params = {},
      std::chrono::milliseconds timeout = Connection::kDefaultTimeout) const {
    return connection_->Call(std::move(method), std::move(params), session_id_, timeout);
  }
  std::uint64_t Subscribe(std::string method, EventHandler handler) const {
    return connection_->Subscribe(session_id_, std::move(method), std::move(handler));
  }
  void Unsubscribe(std::uint64_t subscription) const { connection_->Unsubscribe(subscription); }

  const std::string& id() const { return session_id_; }
  const std::shared_ptr<Connection>& connection() const { return connection_; }
  bool valid() const { return connection_ != nullptr; }

 private:
  std::shared_ptr<Connection> connection_;
  std::string session_id_;
};

}  // namespace applier::cdp
