// Test clients for `applier serve`: a blocking HTTP client and a WebSocket client
// built on Beast, each call with a deadline, so a test reads as straight-line
// requests and assertions on what the server answered.
#pragma once

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace applier::testing {

struct HttpResult {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;

  boost::json::value Json() const {
    boost::system::error_code ec;
    auto value = boost::json::parse(body, ec);
    return ec ? boost::json::value() : value;
  }
  std::string Error() const {
    auto v = Json();
    if (!v.is_object() || !v.as_object().contains("error")) return "<no error field>";
    return std::string(v.as_object().at("error").as_string());
  }
};

// The string at `key` of a JSON object, or a marker an assertion message shows.
inline std::string StringAt(const boost::json::value& v, std::string_view key) {
  if (!v.is_object()) return "<not an object>";
  const auto* x = v.as_object().if_contains(key);
  return x && x->is_string() ? std::string(x->as_string()) : "<missing>";
}

inline HttpResult Http(unsigned short port, const std::string& method, const std::string& target,
                       const std::string& body = "", const std::string& token = "",
                       std::map<std::string, std::string> headers = {}) {
  namespace beast = boost::beast;
  namespace http = beast::http;
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(std::chrono::seconds(60));
  boost::system::error_code ec;
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port),
                 ec);
  if (ec) return {};
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  request.set(http::field::host, "127.0.0.1");
  if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
  for (const auto& [name, value] : headers) request.set(name, value);
  request.body() = body;
  request.prepare_payload();
  // A server may answer (413) and stop reading before the body is all sent: the
  // answer is still there to read.
  http::write(stream.socket(), request, ec);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 << 20);
  http::read(stream.socket(), buffer, parser, ec);
  if (ec) return {};
  HttpResult result;
  result.status = static_cast<int>(parser.get().result_int());
  result.body = parser.get().body();
  for (const auto& field : parser.get()) {
    result.headers[std::string(field.name_string())] = std::string(field.value());
  }
  return result;
}

struct WsMessage {
  bool binary = false;
  std::string data;
  boost::json::value Json() const {
    boost::system::error_code ec;
    auto value = boost::json::parse(data, ec);
    return ec ? boost::json::value() : value;
  }
};

class WsClient {
 public:
  // Connects and completes the handshake; false when either failed.
  bool Connect(unsigned short port, const std::string& target) {
    boost::system::error_code ec;
    boost::beast::get_lowest_layer(ws_).connect(
        boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port), ec);
    if (ec) return false;
    ws_.read_message_max(64 << 20);
    ws_.handshake("127.0.0.1", target, ec);
    return !ec;
  }

  // The next message, or nullopt when the socket closed (close_code() says how) or
  // nothing came within `timeout`.
  std::optional<WsMessage> Read(std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
    boost::beast::flat_buffer buffer;
    boost::system::error_code ec;
    bool done = false;
    ws_.async_read(buffer, [&](boost::system::error_code e, std::size_t) {
      ec = e;
      done = true;
    });
    io_.restart();
    io_.run_for(timeout);
    if (!done) {
      timed_out_ = true;
      boost::beast::get_lowest_layer(ws_).cancel();
      io_.restart();
      io_.run();
      return std::nullopt;
    }
    if (ec) {
      closed_ = true;
      return std::nullopt;
    }
    return WsMessage{ws_.got_binary(), boost::beast::buffers_to_string(buffer.data())};
  }

  void SendText(const std::string& text) {
    ws_.text(true);
    boost::system::error_code ec;
    ws_.write(boost::asio::buffer(text), ec);
  }

  void Close() {
    boost::system::error_code ec;
    ws_.close(boost::beast::websocket::close_code::normal, ec);
  }

  int close_code() const { return static_cast<int>(ws_.reason().code); }
  std::string close_reason() const { return std::string(ws_.reason().reason.c_str()); }
  bool closed() const { return closed_; }
  bool timed_out() const { return timed_out_; }

 private:
  boost::asio::io_context io_;
  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_{io_};
  bool closed_ = false;
  bool timed_out_ = false;
};

}  // namespace applier::testing
