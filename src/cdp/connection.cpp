#include "cdp/connection.h"

#include <spdlog/spdlog.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <deque>
#include <exception>
#include <map>
#include <optional>
#include <vector>

#include "cdp/message.h"

namespace applier::cdp {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

struct PendingCall {
  explicit PendingCall(asio::any_io_executor executor) : timer(executor) {}
  asio::steady_timer timer;
  std::string session_id;
  std::optional<Result<json::object>> result;

  void Complete(Result<json::object> value) {
    if (result) return;
    result = std::move(value);
    timer.cancel();
  }
};

struct Subscription {
  std::string session_id;
  std::string method;
  EventHandler handler;
};

}  // namespace

struct Connection::State {
  std::unique_ptr<Transport> transport;
  asio::any_io_executor executor;
  std::int64_t next_id = 1;
  std::map<std::int64_t, std::shared_ptr<PendingCall>> pending;
  std::map<std::uint64_t, Subscription> subscriptions;
  std::uint64_t next_subscription = 1;
  std::deque<std::string> outbox;
  bool writing = false;
  std::optional<Error> closed;
  std::vector<std::function<void(const Error&)>> close_listeners;
  std::vector<std::function<void(const Error&)>> protocol_error_listeners;
};

Connection::Connection(std::unique_ptr<Transport> transport) : state_(std::make_unique<State>()) {
  state_->executor = transport->executor();
  state_->transport = std::move(transport);
}

Connection::~Connection() {
  if (state_->transport) state_->transport->Close();
}

std::shared_ptr<Connection> Connection::Start(std::unique_ptr<Transport> transport) {
  std::shared_ptr<Connection> connection(new Connection(std::move(transport)));
  asio::co_spawn(
      connection->state_->executor,
      [self = connection]() -> asio::awaitable<void> { co_await self->ReadLoop(); },
      [self = connection](std::exception_ptr failure) { self->EndLoop("reading", failure); });
  return connection;
}

asio::any_io_executor Connection::executor() const {
  return state_->executor;
}

bool Connection::closed() const {
  return state_->closed.has_value();
}

void Connection::Close() {
  Shutdown(Error{ErrorKind::kDisconnected, "connection to the browser was closed"});
}

asio::awaitable<Result<json::object>> Connection::Call(std::string method, json::object params,
                                                       std::string session_id,
                                                       std::chrono::milliseconds timeout) {
  auto self = shared_from_this();
  if (state_->closed) co_return Fail(*state_->closed);

  const std::int64_t id = state_->next_id++;
  auto pending = std::make_shared<PendingCall>(state_->executor);
  pending->session_id = session_id;
  pending->timer.expires_after(timeout);
  state_->pending.emplace(id, pending);
  state_->outbox.push_back(EncodeCommand(id, method, params, session_id));
  if (!state_->writing) {
    state_->writing = true;
    asio::co_spawn(
        state_->executor, [self]() -> asio::awaitable<void> { co_await self->WriteLoop(); },
        [self](std::exception_ptr failure) { self->EndLoop("writing", failure); });
  }

  co_await pending->timer.async_wait(asio::as_tuple(asio::use_awaitable));
  state_->pending.erase(id);
  if (pending->result) co_return std::move(*pending->result);
  co_return Fail(ErrorKind::kTimeout,
                 method + " did not answer within " + std::to_string(timeout.count()) + " ms");
}

asio::awaitable<void> Connection::WriteLoop() {
  while (!state_->outbox.empty() && !state_->closed) {
    std::string message = std::move(state_->outbox.front());
    state_->outbox.pop_front();
    Status written = co_await state_->transport->Write(std::move(message));
    if (!written) {
      Shutdown(written.error());
      break;
    }
  }
  state_->writing = false;
}

asio::awaitable<void> Connection::ReadLoop() {
  while (!state_->closed) {
    Result<std::string> message = co_await state_->transport->Read();
    if (!message) {
      Shutdown(message.error());
      co_return;
    }
    Dispatch(std::move(*message));
  }
}

void Connection::Dispatch(std::string text) {
  Result<Incoming> incoming = DecodeMessage(text);
  if (!incoming) {
    ReportProtocolError(incoming.error());
    return;
  }
  if (auto* response = std::get_if<Response>(&*incoming)) {
    auto it = state_->pending.find(response->id);
    // Not an error: the caller may have timed out and gone.
    if (it != state_->pending.end()) it->second->Complete(std::move(response->result));
    return;
  }
  auto& event = std::get<Event>(*incoming);
  if (event.method == "Target.detachedFromTarget") {
    if (const auto* detached = event.params.if_contains("sessionId");
        detached && detached->is_string()) {
      for (auto& [id, call] : state_->pending) {
        if (call->session_id == detached->get_string()) {
          call->Complete(
              Fail(ErrorKind::kDisconnected, "the page or frame closed before answering"));
        }
      }
    }
  }
  std::vector<std::uint64_t> matching;
  for (const auto& [id, subscription] : state_->subscriptions) {
    if (subscription.session_id == event.session_id &&
        (subscription.method.empty() || subscription.method == event.method)) {
      matching.push_back(id);
    }
  }
  for (std::uint64_t id : matching) {
    auto it = state_->subscriptions.find(id);
    if (it == state_->subscriptions.end()) continue;  // unsubscribed by an earlier handler
    EventHandler handler = it->second.handler;
    // The subscriber owns its handler, the connection owns the loop: one handler
    // that fails is told about and the others, and every pending call, go on.
    std::optional<std::string> failed;
    try {
      handler(event.params);
    } catch (const std::exception& e) {
      failed = e.what();
    } catch (...) {
      failed = "an exception that is not a std::exception";
    }
    if (failed) {
      Error error{ErrorKind::kProtocol, "the handler of " + event.method + " failed: " + *failed};
      spdlog::error("CDP: {}", error.message);
      ReportProtocolError(error);
    }
  }
}

void Connection::ReportProtocolError(const Error& error) {
  auto listeners = state_->protocol_error_listeners;
  for (auto& listener : listeners) listener(error);
}

void Connection::EndLoop(const char* loop, std::exception_ptr failure) {
  // A loop that returns has nothing to add: the read loop returns only once the
  // connection is closed, the write loop whenever its queue is empty.
  if (!failure) return;
  std::string why = "the connection stopped " + std::string(loop);
  try {
    std::rethrow_exception(failure);
  } catch (const std::exception& e) {
    why += ": " + std::string(e.what());
  } catch (...) {
    why += " on an exception that is not a std::exception";
  }
  Shutdown(Error{ErrorKind::kDisconnected, std::move(why)});
}

std::uint64_t Connection::Subscribe(std::string session_id, std::string method,
                                    EventHandler handler) {
  const std::uint64_t id = state_->next_subscription++;
  state_->subscriptions.emplace(
      id, Subscription{std::move(session_id), std::move(method), std::move(handler)});
  return id;
}

void Connection::Unsubscribe(std::uint64_t subscription) {
  state_->subscriptions.erase(subscription);
}

void Connection::OnClose(std::function<void(const Error&)> listener) {
  if (state_->closed) {
    listener(*state_->closed);
    return;
  }
  state_->close_listeners.push_back(std::move(listener));
}

void Connection::OnProtocolError(std::function<void(const Error&)> listener) {
  state_->protocol_error_listeners.push_back(std::move(listener));
}

void Connection::Shutdown(const Error& reason) {
  if (state_->closed) return;
  state_->closed = reason;
  state_->transport->Close();
  state_->outbox.clear();
  for (auto& [id, call] : state_->pending) call->Complete(Fail(reason));
  auto listeners = std::move(state_->close_listeners);
  // Every listener is told even if one of them fails; Shutdown runs from the loops'
  // completion handlers, where an exception would escape into io_context::run.
  for (auto& listener : listeners) {
    try {
      listener(reason);
    } catch (const std::exception& e) {
      spdlog::error("CDP: a close listener failed: {}", e.what());
    } catch (...) {
      spdlog::error("CDP: a close listener failed with an exception that is not a std::exception");
    }
  }
}

}  // namespace applier::cdp
