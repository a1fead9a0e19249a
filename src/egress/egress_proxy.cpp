#include "egress/egress_proxy.h"

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/rfc7230.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <exception>
#include <unordered_set>

namespace applier::egress {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

namespace {

constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);
// Bodies move through this much memory per direction, whatever their size.
constexpr std::size_t kRelayChunk = 16 * 1024;
using Clock = std::chrono::steady_clock;

// An answer the proxy itself gives instead of relaying.
struct Answer {
  http::status status;
  std::string text;
};

// Headers that describe one hop (RFC 9110 section 7.6.1) and must not be
// forwarded, plus the proxy-only ones Chromium sends. Transfer-Encoding stays:
// the serializer frames the body by it.
void RemoveHopByHopHeaders(http::fields& fields) {
  std::vector<std::string> listed;
  auto [first, last] = fields.equal_range(http::field::connection);
  for (auto it = first; it != last; ++it) {
    for (const auto& token : http::token_list(it->value())) listed.emplace_back(token);
  }
  for (const auto& name : listed) fields.erase(name);
  for (const char* name : {"Connection", "Proxy-Connection", "Keep-Alive", "Proxy-Authorization",
                           "Proxy-Authenticate", "TE", "Trailer", "Upgrade"}) {
    fields.erase(name);
  }
}

// "host:port" of a CONNECT request; the port is required.
std::optional<std::pair<std::string, std::uint16_t>> SplitAuthority(std::string_view authority) {
  std::string_view host;
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const auto close = authority.find(']');
    if (close == std::string_view::npos || close + 1 >= authority.size() ||
        authority[close + 1] != ':') {
      return std::nullopt;
    }
    host = authority.substr(0, close + 1);
    port = authority.substr(close + 2);
  } else {
    const auto colon = authority.rfind(':');
    if (colon == std::string_view::npos) return std::nullopt;
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    if (host.find(':') != std::string_view::npos) return std::nullopt;
  }
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (host.empty() || ec != std::errc() || end != port.data() + port.size() || value == 0 ||
      value > 65535) {
    return std::nullopt;
  }
  return std::pair{std::string(host), static_cast<std::uint16_t>(value)};
}

bool IsClosedConnection(const beast::error_code& ec) {
  return ec == http::error::end_of_stream || ec == asio::error::eof ||
         ec == asio::error::connection_reset || ec == asio::error::operation_aborted ||
         ec == http::error::partial_message || ec == beast::error::timeout;
}

}  // namespace

// One client connection and whatever it leads to upstream.
struct ProxyLink {
  ProxyLink(std::shared_ptr<ProxyState> owner, tcp::socket socket);
  ~ProxyLink();
  void Close();

  std::shared_ptr<ProxyState> state;
  beast::tcp_stream client;
  std::optional<beast::tcp_stream> upstream;
  // Tunnels: both pumps and the idle watchdog share these.
  asio::steady_timer watchdog;
  Clock::time_point last_activity = Clock::now();
  int pumps = 0;
  bool closed = false;
};

struct ProxyState {
  ProxyState(asio::any_io_executor executor, EgressProxyOptions opts)
      : options(std::move(opts)), strand(asio::make_strand(executor)), acceptor(strand) {}

  void Refuse(Refusal refusal) {
    ++refused;
    spdlog::debug("egress: refused {} {}: {}", refusal.method, refusal.target, refusal.reason);
    if (options.on_refusal) options.on_refusal(refusal);
  }

  // Strand only.
  void CloseAll() {
    stopped = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    // Close() may end a link, which erases itself from `links`: iterate a copy.
    std::vector<ProxyLink*> open(links.begin(), links.end());
    for (ProxyLink* link : open) link->Close();
  }

  EgressProxyOptions options;
  asio::strand<asio::any_io_executor> strand;
  tcp::acceptor acceptor;
  tcp::endpoint local;
  std::atomic<bool> stopped{false};
  std::unordered_set<ProxyLink*> links;  // strand only
  std::atomic<std::uint64_t> connections{0};
  std::atomic<std::uint64_t> requests{0};
  std::atomic<std::uint64_t> refused{0};
  std::atomic<std::uint64_t> failed{0};
};

ProxyLink::ProxyLink(std::shared_ptr<ProxyState> owner, tcp::socket socket)
    : state(std::move(owner)), client(std::move(socket)), watchdog(state->strand) {
  state->links.insert(this);
}

ProxyLink::~ProxyLink() {
  state->links.erase(this);
}

void ProxyLink::Close() {
  if (closed) return;
  closed = true;
  beast::error_code ignored;
  client.socket().shutdown(tcp::socket::shutdown_both, ignored);
  client.socket().close(ignored);
  if (upstream) {
    upstream->socket().shutdown(tcp::socket::shutdown_both, ignored);
    upstream->socket().close(ignored);
  }
  watchdog.cancel();
}

namespace {

asio::awaitable<void> WriteAnswer(std::shared_ptr<ProxyLink> link, http::status status,
                                  std::string text) {
  if (status != http::status::forbidden) ++link->state->failed;
  http::response<http::string_body> response(status, 11);
  response.set(http::field::content_type, "text/plain; charset=utf-8");
  response.set(http::field::cache_control, "no-store");
  response.set(http::field::server, "Live Applier egress filter");
  response.keep_alive(false);
  response.body() = std::move(text) + "\n";
  response.prepare_payload();
  link->client.expires_after(link->state->options.idle_timeout);
  (void)co_await http::async_write(link->client, response, kUseTuple);
}

// Resolves `host`, checks every address and connects `link->upstream` to one
// of them. The Answer is what the client gets instead.
asio::awaitable<std::expected<void, Answer>> OpenUpstream(std::shared_ptr<ProxyLink> link,
                                                          Refusal request) {
  ProxyState& state = *link->state;
  auto refuse = [&](std::string reason) {
    request.reason = std::move(reason);
    std::string text =
        "Live Applier's egress filter refused " + request.target + ": " + request.reason;
    state.Refuse(std::move(request));
    return std::unexpected(Answer{http::status::forbidden, std::move(text)});
  };
  std::vector<asio::ip::address> addresses;
  const std::string host = NormalizeHost(request.host);
  if (auto literal = ParseIpLiteral(request.host)) {
    addresses.push_back(*literal);
  } else {
    if (host.empty()) co_return refuse("no host");
    auto resolved = co_await state.options.resolver->Resolve(host);
    if (!resolved) {
      const auto status = resolved.error().kind == ErrorKind::kTimeout
                              ? http::status::gateway_timeout
                              : http::status::bad_gateway;
      co_return std::unexpected(Answer{status, resolved.error().message});
    }
    addresses = std::move(*resolved);
  }
  // One refused address refuses the host: the browser must not learn whether a
  // retry would land on the public one.
  for (const auto& address : addresses) {
    if (address == state.local.address() && request.port == state.local.port()) {
      co_return refuse("that is the egress proxy itself");
    }
    auto allowed = state.options.policy.CheckConnect(host, request.port, address);
    if (!allowed) co_return refuse(allowed.error().message);
  }
  std::string last_error;
  bool timed_out = false;
  for (const auto& address : addresses) {
    link->upstream.emplace(state.strand);
    link->upstream->expires_after(state.options.connect_timeout);
    // The address that was checked, never the name again: a second lookup could
    // answer differently (DNS rebinding).
    tcp::endpoint endpoint(address, request.port);
    auto [ec] = co_await link->upstream->async_connect(endpoint, kUseTuple);
    if (!ec) co_return std::expected<void, Answer>();
    if (link->closed) co_return std::unexpected(Answer{http::status::bad_gateway, "stopped"});
    timed_out = ec == beast::error::timeout;
    last_error = endpoint.address().to_string() + ": " + ec.message();
  }
  link->upstream.reset();
  const auto status = timed_out ? http::status::gateway_timeout : http::status::bad_gateway;
  co_return std::unexpected(Answer{
      status,
      "cannot connect to " + host + ":" + std::to_string(request.port) + " (" + last_error + ")"});
}

enum class RelayFailure { kNone, kInput, kOutput };

// Streams one message (header, then body through a fixed buffer) from `in` to
// `out`; the header in `parser` has been read already.
template <bool kIsRequest>
asio::awaitable<std::pair<RelayFailure, beast::error_code>> Relay(
    beast::tcp_stream& in, beast::flat_buffer& in_buffer,
    http::parser<kIsRequest, http::buffer_body>& parser, beast::tcp_stream& out,
    std::chrono::milliseconds idle) {
  http::serializer<kIsRequest, http::buffer_body> serializer{parser.get()};
  out.expires_after(idle);
  auto [header_error, header_bytes] = co_await http::async_write_header(out, serializer, kUseTuple);
  if (header_error) co_return std::pair{RelayFailure::kOutput, header_error};
  std::array<char, kRelayChunk> chunk;
  do {
    auto& body = parser.get().body();
    if (!parser.is_done()) {
      body.data = chunk.data();
      body.size = chunk.size();
      in.expires_after(idle);
      auto [read_error, read_bytes] = co_await http::async_read(in, in_buffer, parser, kUseTuple);
      if (read_error == http::error::need_buffer) read_error = {};
      if (read_error) co_return std::pair{RelayFailure::kInput, read_error};
      body.size = chunk.size() - body.size;
      body.data = chunk.data();
      body.more = !parser.is_done();
    } else {
      body.data = nullptr;
      body.size = 0;
    }
    out.expires_after(idle);
    auto [write_error, written] = co_await http::async_write(out, serializer, kUseTuple);
    if (write_error == http::error::need_buffer) write_error = {};
    if (write_error) co_return std::pair{RelayFailure::kOutput, write_error};
  } while (!parser.is_done() && !serializer.is_done());
  co_return std::pair{RelayFailure::kNone, beast::error_code{}};
}

// An absolute-form request: a fresh, checked upstream connection per request
// (Connection: close upstream), so every request is resolved and checked anew;
// the browser's connection to the proxy stays open when both sides allow it.
// Returns whether the client connection may carry another request.
asio::awaitable<bool> Forward(std::shared_ptr<ProxyLink> link, beast::flat_buffer& client_buffer,
                              http::request_parser<http::buffer_body>& request_parser) {
  ProxyState& state = *link->state;
  auto& request = request_parser.get();
  const std::string target(request.target());
  Refusal what{std::string(request.method_string()), target, "", 0, ""};
  auto url = boost::urls::parse_uri(target);
  if (!url || !url->has_authority()) {
    co_await WriteAnswer(link, http::status::bad_request,
                         "this is a proxy: send absolute-form requests (GET http://host/)");
    co_return false;
  }
  if (url->scheme_id() != boost::urls::scheme::http) {
    what.host = url->host_address();
    what.reason = "only http is proxied in absolute form; https goes through CONNECT";
    std::string text = "Live Applier's egress filter refused " + target + ": " + what.reason;
    state.Refuse(std::move(what));
    co_await WriteAnswer(link, http::status::forbidden, std::move(text));
    co_return false;
  }
  what.host = url->host_address();
  what.port = url->has_port() ? url->port_number() : 80;
  if (what.port == 0) {
    co_await WriteAnswer(link, http::status::bad_request, "bad port in " + target);
    co_return false;
  }
  const bool client_keep_alive = request.keep_alive();
  const bool is_head = request.method() == http::verb::head;
  auto opened = co_await OpenUpstream(link, what);
  if (!opened) {
    co_await WriteAnswer(link, opened.error().status, std::move(opened.error().text));
    co_return false;
  }

  std::string origin_form(url->encoded_target());
  if (origin_form.empty() || origin_form.front() != '/') origin_form.insert(0, "/");
  request.target(origin_form);
  RemoveHopByHopHeaders(request);
  if (request.find(http::field::host) == request.end()) {
    request.set(http::field::host, url->encoded_host_and_port());
  }
  request.keep_alive(false);

  auto [request_failure, request_error] = co_await Relay<true>(
      link->client, client_buffer, request_parser, *link->upstream, state.options.idle_timeout);
  if (request_failure != RelayFailure::kNone) {
    if (request_failure == RelayFailure::kOutput && !link->closed) {
      co_await WriteAnswer(
          link, http::status::bad_gateway,
          "upstream closed while receiving the request: " + request_error.message());
    }
    co_return false;
  }

  beast::flat_buffer upstream_buffer(state.options.max_response_header_bytes + kRelayChunk);
  for (;;) {
    http::response_parser<http::buffer_body> response_parser;
    response_parser.header_limit(
        static_cast<std::uint32_t>(state.options.max_response_header_bytes));
    response_parser.body_limit(boost::none);
    if (is_head) response_parser.skip(true);
    link->upstream->expires_after(state.options.idle_timeout);
    auto [read_error, read_bytes] = co_await http::async_read_header(
        *link->upstream, upstream_buffer, response_parser, kUseTuple);
    if (read_error) {
      if (link->closed) co_return false;
      const auto status = read_error == beast::error::timeout ? http::status::gateway_timeout
                                                              : http::status::bad_gateway;
      co_await WriteAnswer(link, status,
                           "no valid response from " + what.host + ": " + read_error.message());
      co_return false;
    }
    auto& response = response_parser.get();
    const auto code = response.result_int();
    // Interim answers (100 Continue, 103 Early Hints) go to the browser as they
    // are; the final response follows on the same connection. 101 needs an
    // Upgrade header, which is not forwarded, so it does not occur.
    const bool interim = code >= 100 && code < 200;
    // Upstream was asked to close, so only the body's own framing tells whether
    // the browser's connection can carry another request after it.
    const bool framed = is_head || code == 204 || code == 304 || response_parser.chunked() ||
                        response_parser.content_length().has_value();
    const bool keep_alive = client_keep_alive && !interim && framed;
    RemoveHopByHopHeaders(response);
    if (!interim) response.keep_alive(keep_alive);
    auto [response_failure, response_error] =
        co_await Relay<false>(*link->upstream, upstream_buffer, response_parser, link->client,
                              state.options.idle_timeout);
    if (response_failure != RelayFailure::kNone) co_return false;
    if (interim) continue;
    beast::error_code ignored;
    link->upstream->socket().shutdown(tcp::socket::shutdown_both, ignored);
    link->upstream.reset();
    co_return keep_alive;
  }
}

asio::awaitable<void> Pump(std::shared_ptr<ProxyLink> link, bool from_client) {
  std::array<char, kRelayChunk> chunk;
  tcp::socket& from = from_client ? link->client.socket() : link->upstream->socket();
  tcp::socket& to = from_client ? link->upstream->socket() : link->client.socket();
  for (;;) {
    auto [read_error, read_bytes] = co_await from.async_read_some(asio::buffer(chunk), kUseTuple);
    if (read_error == asio::error::eof) {
      // Half-close: the other direction may still have bytes to deliver.
      beast::error_code ignored;
      to.shutdown(tcp::socket::shutdown_send, ignored);
      break;
    }
    if (read_error) {
      link->Close();
      break;
    }
    link->last_activity = Clock::now();
    auto [write_error, written] =
        co_await asio::async_write(to, asio::buffer(chunk.data(), read_bytes), kUseTuple);
    if (write_error) {
      link->Close();
      break;
    }
    link->last_activity = Clock::now();
  }
  if (--link->pumps == 0) link->Close();
}

asio::awaitable<void> Watchdog(std::shared_ptr<ProxyLink> link) {
  const auto idle = link->state->options.tunnel_idle_timeout;
  while (!link->closed) {
    link->watchdog.expires_at(link->last_activity + idle);
    co_await link->watchdog.async_wait(kUseTuple);
    if (!link->closed && Clock::now() - link->last_activity >= idle) link->Close();
  }
}

// Whether the tunnel is running (its pumps own the link now).
asio::awaitable<bool> Tunnel(std::shared_ptr<ProxyLink> link, beast::flat_buffer& client_buffer,
                             std::string authority) {
  ProxyState& state = *link->state;
  auto split = SplitAuthority(authority);
  if (!split) {
    co_await WriteAnswer(link, http::status::bad_request,
                         "CONNECT needs HOST:PORT, got '" + authority + "'");
    co_return false;
  }
  Refusal what{"CONNECT", authority, split->first, split->second, ""};
  auto opened = co_await OpenUpstream(link, std::move(what));
  if (!opened) {
    co_await WriteAnswer(link, opened.error().status, std::move(opened.error().text));
    co_return false;
  }
  static constexpr std::string_view kEstablished = "HTTP/1.1 200 Connection Established\r\n\r\n";
  link->client.expires_after(state.options.idle_timeout);
  auto [ok_error, ok_bytes] = co_await asio::async_write(
      link->client, asio::buffer(kEstablished.data(), kEstablished.size()), kUseTuple);
  if (ok_error) co_return false;
  if (client_buffer.size() > 0) {
    link->upstream->expires_after(state.options.idle_timeout);
    auto [early_error, early_bytes] =
        co_await asio::async_write(*link->upstream, client_buffer.data(), kUseTuple);
    if (early_error) co_return false;
    client_buffer.consume(early_bytes);
  }
  // The pumps use the raw sockets: a tunnel's deadline is inactivity in both
  // directions together, which the watchdog keeps.
  link->client.expires_never();
  link->upstream->expires_never();
  link->last_activity = Clock::now();
  link->pumps = 2;
  asio::co_spawn(state.strand, Pump(link, true), asio::detached);
  asio::co_spawn(state.strand, Pump(link, false), asio::detached);
  asio::co_spawn(state.strand, Watchdog(link), asio::detached);
  co_return true;
}

asio::awaitable<void> ServeClient(std::shared_ptr<ProxyLink> link) {
  ProxyState& state = *link->state;
  beast::flat_buffer buffer(state.options.max_request_header_bytes + kRelayChunk);
  while (!link->closed) {
    http::request_parser<http::buffer_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(state.options.max_request_header_bytes));
    parser.body_limit(boost::none);
    link->client.expires_after(state.options.idle_timeout);
    auto [read_error, read_bytes] =
        co_await http::async_read_header(link->client, buffer, parser, kUseTuple);
    if (read_error) {
      if (read_error == http::error::header_limit) {
        co_await WriteAnswer(link, http::status::request_header_fields_too_large,
                             "request header larger than " +
                                 std::to_string(state.options.max_request_header_bytes) + " bytes");
      } else if (!IsClosedConnection(read_error) && !link->closed) {
        co_await WriteAnswer(link, http::status::bad_request, read_error.message());
      }
      break;
    }
    ++state.requests;
    if (parser.get().method() == http::verb::connect) {
      std::string authority(parser.get().target());
      const bool running = co_await Tunnel(link, buffer, std::move(authority));
      if (running) co_return;
      break;
    }
    const bool again = co_await Forward(link, buffer, parser);
    if (!again) break;
  }
  link->Close();
}

asio::awaitable<void> Accept(std::shared_ptr<ProxyState> state) {
  asio::steady_timer pause(state->strand);
  for (;;) {
    auto [error, socket] = co_await state->acceptor.async_accept(kUseTuple);
    if (state->stopped || error == asio::error::operation_aborted) co_return;
    if (error) {
      // Out of file descriptors, most likely: breathe instead of spinning.
      spdlog::warn("egress proxy: accept failed: {}", error.message());
      pause.expires_after(std::chrono::milliseconds(50));
      co_await pause.async_wait(kUseTuple);
      continue;
    }
    ++state->connections;
    if (state->links.size() >= state->options.max_connections) {
      ++state->failed;
      beast::error_code ignored;
      socket.close(ignored);
      continue;
    }
    auto link = std::make_shared<ProxyLink>(state, std::move(socket));
    asio::co_spawn(state->strand, ServeClient(std::move(link)), [](std::exception_ptr failure) {
      if (!failure) return;
      try {
        std::rethrow_exception(failure);
      } catch (const std::exception& e) {
        spdlog::error("egress proxy: connection failed: {}", e.what());
      }
    });
  }
}

}  // namespace

Result<std::unique_ptr<EgressProxy>> EgressProxy::Start(asio::any_io_executor executor,
                                                        EgressProxyOptions options) {
  beast::error_code ec;
  const auto address = asio::ip::make_address(options.listen_address, ec);
  if (ec) {
    return Fail(ErrorKind::kInvalidInput,
                "egress proxy: not an IP address: '" + options.listen_address + "'");
  }
  if (!options.resolver) options.resolver = MakeSystemResolver(options.connect_timeout);
  auto state = std::make_shared<ProxyState>(executor, std::move(options));
  const tcp::endpoint endpoint(address, state->options.listen_port);
  state->acceptor.open(endpoint.protocol(), ec);
  if (!ec) state->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) state->acceptor.bind(endpoint, ec);
  if (!ec) state->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (!ec) state->local = state->acceptor.local_endpoint(ec);
  if (ec) {
    return Fail(ErrorKind::kIo, "egress proxy: cannot listen on " + address.to_string() + ":" +
                                    std::to_string(endpoint.port()) + ": " + ec.message());
  }
  asio::co_spawn(state->strand, Accept(state), asio::detached);
  return std::unique_ptr<EgressProxy>(new EgressProxy(std::move(state)));
}

EgressProxy::EgressProxy(std::shared_ptr<ProxyState> state) : state_(std::move(state)) {}

EgressProxy::~EgressProxy() {
  Stop();
}

std::uint16_t EgressProxy::port() const {
  return state_->local.port();
}

std::string EgressProxy::proxy_server() const {
  const auto address = state_->local.address();
  const std::string host = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
  return "http://" + host + ":" + std::to_string(port());
}

EgressProxyStats EgressProxy::stats() const {
  return {state_->connections.load(), state_->requests.load(), state_->refused.load(),
          state_->failed.load()};
}

void EgressProxy::Stop() {
  asio::dispatch(state_->strand, [state = state_] { state->CloseAll(); });
}

}  // namespace applier::egress
