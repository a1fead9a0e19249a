// What a browser may send over the DevTools pipe, through cdp::Connection's read
// loop: the input is split at NUL bytes into messages, as the pipe frames them,
// and read by a connection that has one call in flight in the browser target and
// one in session "S", and subscribers on both (one of which throws on
// "Fuzz.throw"), so responses, events, session detaches and handler failures all
// take their real paths. The pipe then ends as when the browser exits.
#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>

#include "cdp/connection.h"

namespace {

namespace asio = boost::asio;
using applier::ErrorKind;
using applier::Fail;
using applier::Result;
using applier::Status;

// The browser's side of the pipe, replaying the fuzz input.
class ReplayTransport : public applier::cdp::Transport {
 public:
  ReplayTransport(asio::any_io_executor executor, std::deque<std::string> messages)
      : executor_(std::move(executor)), messages_(std::move(messages)) {}

  asio::any_io_executor executor() override { return executor_; }

  asio::awaitable<Result<std::string>> Read() override {
    // One message per turn of the loop, so the calls below are in flight first.
    co_await asio::post(executor_, asio::use_awaitable);
    if (closed_ || messages_.empty()) co_return Fail(ErrorKind::kDisconnected, "pipe ended");
    std::string message = std::move(messages_.front());
    messages_.pop_front();
    co_return message;
  }

  asio::awaitable<Status> Write(std::string) override {
    if (closed_) co_return Fail(ErrorKind::kDisconnected, "pipe ended");
    co_return Status{};
  }

  void Close() override { closed_ = true; }

 private:
  asio::any_io_executor executor_;
  std::deque<std::string> messages_;
  bool closed_ = false;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool quiet = [] {
    spdlog::set_level(spdlog::level::off);
    return true;
  }();
  (void)quiet;

  std::deque<std::string> messages;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (;;) {
    const auto end = input.find('\0');
    messages.emplace_back(input.substr(0, end));
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 1);
  }

  asio::io_context io;
  auto connection = applier::cdp::Connection::Start(
      std::make_unique<ReplayTransport>(io.get_executor(), std::move(messages)));
  connection->OnProtocolError([](const applier::Error&) {});
  connection->OnClose([](const applier::Error&) {});
  auto read_params = [](const boost::json::object& params) {
    if (const auto* frame = params.if_contains("frameId"); frame && frame->is_string()) {
      (void)frame->get_string().size();
    }
  };
  connection->Subscribe("", "", read_params);
  connection->Subscribe("S", "", read_params);
  connection->Subscribe("", "Fuzz.throw", [](const boost::json::object&) {
    throw std::runtime_error("a handler that fails");
  });
  for (const char* session : {"", "S"}) {
    asio::co_spawn(
        io,
        [connection, session]() -> asio::awaitable<void> {
          (void)co_await connection->Call("Fuzz.call", {}, session, std::chrono::hours(1));
        },
        asio::detached);
  }
  io.run();
  return 0;
}
