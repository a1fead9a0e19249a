#include <boost/asio/as_tuple.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/url/parse.hpp>

#include "cdp/transport.h"

namespace applier::cdp {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

namespace {

class WebSocketTransport final : public Transport {
 public:
  explicit WebSocketTransport(websocket::stream<beast::tcp_stream> ws) : ws_(std::move(ws)) {}

  asio::any_io_executor executor() override { return ws_.get_executor(); }

  asio::awaitable<Result<std::string>> Read() override {
    beast::flat_buffer buffer;
    auto [ec, n] = co_await ws_.async_read(buffer, asio::as_tuple(asio::use_awaitable));
    if (ec) {
      if (ec == websocket::error::closed || ec == asio::error::eof ||
          ec == asio::error::operation_aborted || ec == asio::error::connection_reset) {
        co_return Fail(ErrorKind::kDisconnected, "browser closed the DevTools WebSocket");
      }
      co_return Fail(ErrorKind::kProtocol, "DevTools WebSocket read failed: " + ec.message());
    }
    co_return beast::buffers_to_string(buffer.data());
  }

  asio::awaitable<Status> Write(std::string message) override {
    auto [ec, n] =
        co_await ws_.async_write(asio::buffer(message), asio::as_tuple(asio::use_awaitable));
    if (ec) {
      co_return Fail(ErrorKind::kDisconnected,
                     "cannot write to the DevTools WebSocket: " + ec.message());
    }
    co_return Status{};
  }

  void Close() override {
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(ws_).socket().close(ignored);
  }

 private:
  websocket::stream<beast::tcp_stream> ws_;
};

}  // namespace

asio::awaitable<Result<std::unique_ptr<Transport>>> ConnectWebSocketTransport(
    asio::any_io_executor executor, std::string url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed || (parsed->scheme() != "ws")) {
    co_return Fail(
        ErrorKind::kInvalidInput,
        "browser URL must look like ws://HOST:PORT/devtools/browser/ID, got '" + url + "'");
  }
  std::string host = parsed->host();
  std::string port = parsed->has_port() ? std::string(parsed->port()) : "80";
  std::string target = parsed->encoded_path().empty() ? "/" : std::string(parsed->encoded_path());

  asio::ip::tcp::resolver resolver(executor);
  auto [rec, endpoints] =
      co_await resolver.async_resolve(host, port, asio::as_tuple(asio::use_awaitable));
  if (rec) {
    co_return Fail(ErrorKind::kIo, "cannot resolve browser host '" + host + "': " + rec.message());
  }
  websocket::stream<beast::tcp_stream> ws(executor);
  beast::get_lowest_layer(ws).expires_after(std::chrono::seconds(10));
  auto [cec, ep] = co_await beast::get_lowest_layer(ws).async_connect(
      endpoints, asio::as_tuple(asio::use_awaitable));
  if (cec) {
    co_return Fail(ErrorKind::kIo,
                   "cannot connect to the browser at " + url + ": " + cec.message());
  }
  // Screenshots of long pages arrive as single multi-megabyte messages.
  ws.read_message_max(512 * 1024 * 1024);
  auto [hec] =
      co_await ws.async_handshake(host + ":" + port, target, asio::as_tuple(asio::use_awaitable));
  if (hec) {
    co_return Fail(ErrorKind::kProtocol,
                   "WebSocket handshake with the browser failed: " + hec.message());
  }
  beast::get_lowest_layer(ws).expires_never();
  co_return std::make_unique<WebSocketTransport>(std::move(ws));
}

}  // namespace applier::cdp
