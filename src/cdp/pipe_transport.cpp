#include <boost/asio/as_tuple.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include "cdp/transport.h"

namespace applier::cdp {

namespace asio = boost::asio;

namespace {

// Chromium's --remote-debugging-pipe protocol: fd 3 is what the browser reads,
// fd 4 what it writes; every message is a JSON text followed by '\0'.
class PipeTransport final : public Transport {
 public:
  PipeTransport(asio::any_io_executor executor, int read_fd, int write_fd)
      : in_(executor, read_fd), out_(executor, write_fd) {}

  asio::any_io_executor executor() override { return in_.get_executor(); }

  asio::awaitable<Result<std::string>> Read() override {
    auto [ec, n] = co_await asio::async_read_until(in_, asio::dynamic_buffer(buffer_), '\0',
                                                   asio::as_tuple(asio::use_awaitable));
    if (ec) {
      // The browser is gone either way; a message cut off by its death is worth
      // saying, but it is still a disconnect, not a protocol violation.
      std::string detail = buffer_.empty() ? ec.message()
                                           : "the last message was cut off after " +
                                                 std::to_string(buffer_.size()) + " bytes";
      co_return Fail(ErrorKind::kDisconnected, "browser closed the DevTools pipe (" + detail + ")");
    }
    std::string message = buffer_.substr(0, n - 1);
    buffer_.erase(0, n);
    co_return message;
  }

  asio::awaitable<Status> Write(std::string message) override {
    message.push_back('\0');
    auto [ec, n] = co_await asio::async_write(out_, asio::buffer(message),
                                              asio::as_tuple(asio::use_awaitable));
    if (ec) {
      co_return Fail(ErrorKind::kDisconnected,
                     "cannot write to the DevTools pipe: " + ec.message());
    }
    co_return Status{};
  }

  void Close() override {
    boost::system::error_code ignored;
    in_.close(ignored);
    out_.close(ignored);
  }

 private:
  asio::posix::stream_descriptor in_;
  asio::posix::stream_descriptor out_;
  std::string buffer_;
};

}  // namespace

std::unique_ptr<Transport> MakePipeTransport(asio::any_io_executor executor, int read_fd,
                                             int write_fd) {
  return std::make_unique<PipeTransport>(std::move(executor), read_fd, write_fd);
}

}  // namespace applier::cdp
