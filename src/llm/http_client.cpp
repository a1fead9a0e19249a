#include "llm/http_client.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>
#include <variant>

namespace applier::llm {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using asio::ip::tcp;

namespace {

// Chat replies are a few kilobytes; a thousand embeddings of 4096 floats as JSON text
// are about 80 MB. Anything bigger is not an answer to our request.
constexpr std::uint64_t kMaxBody = 128ull * 1024 * 1024;

struct Target {
  bool tls = false;
  std::string host;  // for DNS, SNI and certificate checks
  std::string port;
  std::string host_header;  // host[:port] as written in the URL
  std::string path;         // path and query
  std::string origin;       // scheme://host:port, for error messages
};

Result<Target> ParseTarget(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed || (parsed->scheme() != "http" && parsed->scheme() != "https") ||
      parsed->host_address().empty()) {
    return Fail(ErrorKind::kInvalidInput, "not an http(s) URL: '" + url + "'");
  }
  Target target;
  target.tls = parsed->scheme() == "https";
  target.host = parsed->host_address();
  target.port = parsed->has_port() ? std::string(parsed->port()) : (target.tls ? "443" : "80");
  target.host_header = parsed->encoded_host_and_port();
  target.path = parsed->encoded_path().empty() ? "/" : std::string(parsed->encoded_path());
  if (parsed->has_query()) target.path += "?" + std::string(parsed->encoded_query());
  target.origin = std::string(parsed->scheme()) + "://" + std::string(parsed->encoded_host()) +
                  ":" + target.port;
  return target;
}

Error ReadError(const Target& target, const beast::error_code& ec) {
  if (ec == http::error::body_limit) {
    return Error{ErrorKind::kProtocol, target.origin + " sent a reply larger than " +
                                           std::to_string(kMaxBody >> 20) + " MB"};
  }
  if (ec.category() == beast::error_code(http::error::end_of_stream).category() &&
      ec != http::error::end_of_stream && ec != http::error::partial_message) {
    return Error{ErrorKind::kProtocol,
                 target.origin + " sent something that is not HTTP: " + ec.message()};
  }
  return Error{
      ErrorKind::kDisconnected,
      target.origin + " closed the connection before a whole reply (" + ec.message() + ")"};
}

template <typename Stream>
asio::awaitable<Result<HttpResponse>> Exchange(Stream& stream, const Target& target,
                                               const HttpRequest& request) {
  http::request<http::string_body> message{http::verb::post, target.path, 11};
  message.set(http::field::host, target.host_header);
  message.set(http::field::user_agent, "live-applier");
  message.set(http::field::content_type, "application/json");
  message.set(http::field::accept, "application/json");
  if (!request.api_key.empty()) {
    message.set(http::field::authorization, "Bearer " + request.api_key);
  }
  message.keep_alive(false);
  message.body() = request.body;
  message.prepare_payload();
  auto [wec, written] =
      co_await http::async_write(stream, message, asio::as_tuple(asio::use_awaitable));
  if (wec) {
    co_return Fail(ErrorKind::kDisconnected,
                   "the connection to " + target.origin + " broke while sending: " + wec.message());
  }
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(kMaxBody);
  auto [rec, read] =
      co_await http::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
  if (rec) co_return Fail(ReadError(target, rec));
  http::response<http::string_body> response = parser.release();
  HttpResponse out;
  out.status = static_cast<int>(response.result_int());
  out.body = std::move(response.body());
  if (auto it = response.find(http::field::retry_after); it != response.end()) {
    out.retry_after = std::string(it->value());
  }
  if (auto it = response.find("retry-after-ms"); it != response.end()) {
    out.retry_after_ms = std::string(it->value());
  }
  co_return out;
}

}  // namespace

struct HttpClient::Impl {
  ssl::context tls{ssl::context::tls_client};

  Impl() {
    boost::system::error_code ignored;
    // Without the system store every https call fails verification, with a message
    // that says so; nothing is ever sent to an unverified server.
    tls.set_default_verify_paths(ignored);
    tls.set_verify_mode(ssl::verify_peer);
  }

  asio::awaitable<Result<HttpResponse>> Run(const Target& target, const HttpRequest& request) {
    auto executor = co_await asio::this_coro::executor;
    tcp::resolver resolver(executor);
    auto [dec, endpoints] = co_await resolver.async_resolve(target.host, target.port,
                                                            asio::as_tuple(asio::use_awaitable));
    if (dec) {
      co_return Fail(ErrorKind::kIo, "cannot resolve " + target.host + ": " + dec.message());
    }
    beast::tcp_stream tcp(executor);
    auto [cec, endpoint] =
        co_await tcp.async_connect(endpoints, asio::as_tuple(asio::use_awaitable));
    if (cec) {
      co_return Fail(ErrorKind::kIo, "cannot connect to " + target.origin + ": " + cec.message());
    }
    if (!target.tls) co_return co_await Exchange(tcp, target, request);

    beast::ssl_stream<beast::tcp_stream> stream(std::move(tcp), tls);
    // SNI: without it, hosts behind shared front ends present the wrong certificate.
    // RFC 6066 section 3 allows only host names there, never address literals.
    boost::system::error_code not_an_address;
    asio::ip::make_address(target.host, not_an_address);
    if (not_an_address && !SSL_set_tlsext_host_name(stream.native_handle(), target.host.c_str())) {
      co_return Fail(ErrorKind::kProtocol, "cannot set TLS server name for " + target.host);
    }
    stream.set_verify_callback(ssl::host_name_verification(target.host));
    auto [hec] = co_await stream.async_handshake(ssl::stream_base::client,
                                                 asio::as_tuple(asio::use_awaitable));
    if (hec) {
      ErrorKind kind = hec.category() == asio::error::get_ssl_category() ? ErrorKind::kProtocol
                                                                         : ErrorKind::kDisconnected;
      co_return Fail(kind, "TLS handshake with " + target.origin + " failed: " + hec.message());
    }
    co_return co_await Exchange(stream, target, request);
  }
};

HttpClient::HttpClient() : impl_(std::make_shared<Impl>()) {}
HttpClient::~HttpClient() = default;

asio::awaitable<Result<HttpResponse>> HttpClient::Post(HttpRequest request) const {
  using namespace asio::experimental::awaitable_operators;
  auto target = ParseTarget(request.url);
  if (!target) co_return Fail(target.error());
  std::shared_ptr<Impl> impl = impl_;
  asio::steady_timer deadline(co_await asio::this_coro::executor, request.timeout);
  // Whichever ends first cancels the other: the exchange's sockets close with it.
  auto outcome = co_await (impl->Run(*target, request) || deadline.async_wait(asio::use_awaitable));
  if (outcome.index() == 1) {
    co_return Fail(ErrorKind::kTimeout, target->origin + " did not answer within " +
                                            std::to_string(request.timeout.count()) + " ms");
  }
  co_return std::get<0>(std::move(outcome));
}

}  // namespace applier::llm
