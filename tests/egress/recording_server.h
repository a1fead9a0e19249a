// Test support: a tiny HTTP server on a loopback address that answers fixed
// routes and records every request it receives, so a test can assert what
// reached it (a refused server must record nothing). It also counts raw TCP
// connections, which catches a client that connects but never sends a request.
// Serves on a thread of its own; hits() and connections() are thread-safe.
#pragma once

#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace applier::egress::testing {

struct Reply {
  unsigned status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

struct Hit {
  std::string method;
  std::string target;
  std::string host;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
};

class RecordingServer {
 public:
  // Binds `address`:`port` (0: any free port). Throws on failure: a test that
  // cannot bind its server has nothing to test.
  explicit RecordingServer(const std::string& address, unsigned short port = 0)
      : acceptor_(io_, {boost::asio::ip::make_address(address), port}) {
    port_ = acceptor_.local_endpoint().port();
    boost::asio::co_spawn(io_, Accept(), boost::asio::detached);
    thread_ = std::thread([this] { io_.run(); });
  }
  ~RecordingServer() {
    io_.stop();
    thread_.join();
  }

  unsigned short port() const { return port_; }
  std::string origin() const {
    return "http://" + acceptor_.local_endpoint().address().to_string() + ":" +
           std::to_string(port_);
  }

  // Must be called before the first request for `path` arrives.
  void Route(const std::string& path, Reply reply) {
    std::lock_guard lock(mutex_);
    routes_[path] = std::move(reply);
  }
  void Route(const std::string& path, std::string html) {
    Reply reply;
    reply.body = std::move(html);
    Route(path, std::move(reply));
  }

  std::vector<Hit> hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
  }
  int connections() const { return connections_.load(); }

 private:
  boost::asio::awaitable<void> Accept() {
    for (;;) {
      auto [ec, socket] =
          co_await acceptor_.async_accept(boost::asio::as_tuple(boost::asio::use_awaitable));
      if (ec) co_return;
      ++connections_;
      boost::asio::co_spawn(io_, Serve(std::move(socket)), boost::asio::detached);
    }
  }

  boost::asio::awaitable<void> Serve(boost::asio::ip::tcp::socket socket) {
    namespace http = boost::beast::http;
    boost::beast::tcp_stream stream(std::move(socket));
    boost::beast::flat_buffer buffer;
    for (;;) {
      http::request_parser<http::string_body> parser;
      parser.body_limit(64 * 1024 * 1024);
      auto [ec, n] = co_await http::async_read(stream, buffer, parser,
                                               boost::asio::as_tuple(boost::asio::use_awaitable));
      if (ec) co_return;
      auto request = parser.release();
      Reply reply;
      reply.status = 404;
      reply.body = "not found";
      {
        std::lock_guard lock(mutex_);
        Hit hit{std::string(request.method_string()),
                std::string(request.target()),
                std::string(request[http::field::host]),
                request.body(),
                {}};
        for (const auto& field : request) {
          std::string name(field.name_string());
          for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          hit.headers[name] = std::string(field.value());
        }
        hits_.push_back(std::move(hit));
        std::string path(request.target());
        path = path.substr(0, path.find('?'));
        if (auto it = routes_.find(path); it != routes_.end()) reply = it->second;
      }
      http::response<http::string_body> response(static_cast<http::status>(reply.status),
                                                 request.version());
      response.set(http::field::content_type, reply.content_type);
      for (const auto& [name, value] : reply.headers) response.set(name, value);
      response.keep_alive(request.keep_alive());
      if (request.method() == http::verb::head) {
        response.content_length(reply.body.size());
      } else {
        response.body() = reply.body;
        response.prepare_payload();
      }
      auto [wec, written] = co_await http::async_write(
          stream, response, boost::asio::as_tuple(boost::asio::use_awaitable));
      if (wec || !response.keep_alive()) co_return;
    }
  }

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  unsigned short port_ = 0;
  std::thread thread_;
  mutable std::mutex mutex_;
  std::map<std::string, Reply> routes_;
  std::vector<Hit> hits_;
  std::atomic<int> connections_{0};
};

}  // namespace applier::egress::testing
