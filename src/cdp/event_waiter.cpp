#include "cdp/event_waiter.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <optional>

namespace applier::cdp {

namespace asio = boost::asio;
namespace json = boost::json;

struct EventWaiter::State {
  explicit State(asio::any_io_executor executor) : timer(executor) {}
  asio::steady_timer timer;
  std::optional<json::object> params;
  std::optional<Error> closed;
};

EventWaiter::EventWaiter(const Session& session, std::string method, Predicate predicate)
    : session_(session),
      method_(std::move(method)),
      state_(std::make_shared<State>(session.connection()->executor())) {
  std::weak_ptr<State> weak = state_;
  subscription_ =
      session_.Subscribe(method_, [weak, predicate = std::move(predicate)](const json::object& p) {
        auto state = weak.lock();
        if (!state || state->params) return;
        if (predicate && !predicate(p)) return;
        state->params = p;
        state->timer.cancel();
      });
  session_.connection()->OnClose([weak](const Error& error) {
    if (auto state = weak.lock()) {
      state->closed = error;
      state->timer.cancel();
    }
  });
}

EventWaiter::~EventWaiter() {
  session_.Unsubscribe(subscription_);
}

asio::awaitable<Result<json::object>> EventWaiter::Wait(std::chrono::milliseconds timeout) {
  auto state = state_;
  if (!state->params && !state->closed) {
    state->timer.expires_after(timeout);
    co_await state->timer.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  if (state->params) co_return *state->params;
  if (state->closed) co_return Fail(*state->closed);
  co_return Fail(ErrorKind::kTimeout,
                 "no " + method_ + " event within " + std::to_string(timeout.count()) + " ms");
}

}  // namespace applier::cdp
