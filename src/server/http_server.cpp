#include "server/http_server.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>

#include <array>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <map>

#include "events/client_outbox.h"
#include "server/client_message.h"
#include "server/request_rate_limiter.h"
#include "store/served_application_table.h"

namespace applier::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;

namespace {

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
// WebSocket close code for a refused token or session (the contract's 4003).
constexpr std::uint16_t kCloseDenied = 4003;
// The client fell too far behind on events: reconnect with ?after=SEQ.
constexpr std::uint16_t kCloseTooSlow = 4008;
// The request line and headers together; a session token is well under 1 KiB.
constexpr std::uint32_t kHeaderLimit = 16 * 1024;

http::response<http::string_body> ToBeast(const HttpResponse& response, unsigned version,
                                          bool keep_alive) {
  http::response<http::string_body> out{static_cast<http::status>(response.status), version};
  out.set(http::field::server, "applier");
  out.set(http::field::content_type, response.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : response.headers) out.set(name, value);
  out.keep_alive(keep_alive);
  out.body() = response.body;
  out.prepare_payload();
  return out;
}

std::string ErrorMessage(std::string_view type, std::string_view message) {
  json::object error{{"type", type},
                     {"agent", "applier"},
                     {"message", message},
                     {"data", json::object()},
                     {"timestamp", events::WireTimestamp()}};
  return json::serialize(error);
}

// One WebSocket client watching one session.
class WebSocketSession : public events::Subscriber,
                         public std::enable_shared_from_this<WebSocketSession> {
 public:
  WebSocketSession(tcp::socket socket, Service& service, Api& api, ApplicationRunner& runner)
      : ws_(std::move(socket)),
        wake_(ws_.get_executor()),
        stall_(ws_.get_executor()),
        service_(service),
        api_(api),
        runner_(runner) {
    // Frames and events are small writes that must go out at once: without this,
    // Nagle holds a write behind the peer's delayed ACK (~40 ms on Linux).
    boost::system::error_code ec;
    beast::get_lowest_layer(ws_).socket().set_option(tcp::no_delay(true), ec);
    // A bounded kernel send buffer: a client that stops reading then stalls the
    // writer within a few frames (and the stall limit cuts it off) instead of
    // the kernel holding megabytes for it. A few frames in flight is all a live
    // view needs.
    constexpr int kSendBuffer = 256 * 1024;
    beast::get_lowest_layer(ws_).socket().set_option(
        asio::socket_base::send_buffer_size(kSendBuffer), ec);
  }

  bool wants_binary_frames() const override { return binary_; }

  void OnEvent(const events::StoredEvent& event) override { Nudge(outbox_.PushEvent(event.wire)); }

  void OnFrame(const events::Frame& frame) override {
    const auto& data = binary_ ? frame.binary : frame.json;
    if (data) Nudge(outbox_.PushFrame(data, binary_));
  }

  asio::awaitable<void> Run(http::request<http::string_body> request) {
    std::string path;
    std::map<std::string, std::string> query;
    ParseTarget(request.target(), path, query);
    session_id_ = path.substr(std::string_view("/ws/").size());
    binary_ = query["frames"] == "binary";
    std::int64_t after = 0;
    if (auto it = query.find("after"); it != query.end()) {
      try {
        after = std::max<std::int64_t>(0, std::stoll(it->second));
      } catch (const std::exception&) {
        after = 0;
      }
    }

    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    ws_.read_message_max(64 * 1024);
    auto [accept_error] = co_await ws_.async_accept(request, use_tuple);
    if (accept_error) co_return;
    service_.metrics.websocket_connections.fetch_add(1, std::memory_order_relaxed);

    // The handshake completes before the check, so the client gets the 4003
    // close code (a refused handshake would only show as an HTTP error).
    auto user = co_await service_.blocking.Run([&] { return api_.Authenticate(query["token"]); });
    if (!user) {
      co_await Deny("bad token: " + user.error().message);
      co_return;
    }
    user_id_ = *user;
    auto owned = co_await service_.blocking.Run([&] {
      return service_.ReadDb([&](store::Database& db) {
        return store::ServedApplicationTable(db).Get(user_id_, session_id_);
      });
    });
    if (!owned) {
      co_await Deny("no such session for this user");
      co_return;
    }

    auto self = shared_from_this();
    auto replayed = service_.bus->Subscribe(session_id_, user_id_, after, self);
    if (!replayed) {
      co_await Deny("the event store failed");
      co_return;
    }
    asio::co_spawn(ws_.get_executor(), Writer(self), asio::detached);
    co_await Reader();
    if (took_over_) {
      // A person who closes the live view while driving must not leave the run
      // paused until its hard time limit.
      if (auto live = service_.Live(session_id_)) live->takeover->store(false);
      service_.Publish(session_id_, user_id_,
                       {"chat:message", "The live view closed; the browser is handed back",
                        json::object{{"from", "system"}, {"takeover", false}}});
    }
    closing_ = true;
    wake_.cancel();
    service_.bus->Unsubscribe(session_id_, this);
    service_.metrics.frames_dropped.fetch_add(outbox_.frames_dropped(), std::memory_order_relaxed);
  }

 private:
  // Called on the publishing thread: wake the writer once per idle period.
  void Nudge(events::ClientOutbox::Push push) {
    if (push == events::ClientOutbox::Push::kQueued) return;
    auto self = shared_from_this();
    if (push == events::ClientOutbox::Push::kOverflow) {
      asio::post(ws_.get_executor(), [self] {
        if (self->closing_) return;
        self->closing_ = true;
        asio::co_spawn(self->ws_.get_executor(),
                       self->CloseWith(kCloseTooSlow, "too far behind; reconnect with after=SEQ"),
                       asio::detached);
      });
      return;
    }
    asio::post(ws_.get_executor(), [self] { self->wake_.cancel(); });
  }

  asio::awaitable<void> Deny(std::string reason) {
    co_await CloseWith(kCloseDenied, std::move(reason));
  }

  asio::awaitable<void> CloseWith(std::uint16_t code, std::string reason) {
    if (reason.size() > 120) reason.resize(120);  // a close frame's reason is short
    websocket::close_reason why(static_cast<websocket::close_code>(code), reason);
    auto [ec] = co_await ws_.async_close(why, use_tuple);
    (void)ec;
  }

  // `self` keeps the session alive while the writer runs.
  asio::awaitable<void> Writer(std::shared_ptr<WebSocketSession> self) {
    while (!self->closing_) {
      auto next = outbox_.Pop();
      if (!next) {
        wake_.expires_at(asio::steady_timer::time_point::max());
        auto [ec] = co_await wake_.async_wait(use_tuple);
        (void)ec;
        continue;
      }
      ws_.binary(next->binary);
      stall_.expires_after(service_.options.websocket_stall_limit);
      stall_.async_wait([self](boost::system::error_code ec) {
        if (!ec) self->CutOff();
      });
      auto [ec, written] = co_await ws_.async_write(asio::buffer(*next->data), use_tuple);
      stall_.cancel();
      if (ec) {
        closing_ = true;
        co_return;
      }
      if (next->frame) service_.metrics.frames_sent.fetch_add(1, std::memory_order_relaxed);
    }
  }

  // The client took nothing for the stall limit. Its outbox is bounded, but the
  // write in flight, the subscription and the kernel's send buffer (megabytes on
  // loopback) would be held until Beast's idle timeout, five minutes. A close
  // frame cannot pass the bytes it has not read, so the connection is reset:
  // linger 0 drops what is still queued. The reader and writer then end.
  void CutOff() {
    if (closing_) return;
    closing_ = true;
    spdlog::warn("session {}: a live-view client took nothing for {} s; disconnected it",
                 session_id_, service_.options.websocket_stall_limit.count());
    service_.metrics.websocket_stalled.fetch_add(1, std::memory_order_relaxed);
    auto& socket = beast::get_lowest_layer(ws_).socket();
    boost::system::error_code ignored;
    socket.set_option(asio::socket_base::linger(true, 0), ignored);
    socket.close(ignored);
  }

  asio::awaitable<void> Reader() {
    const RateLimit limit = service_.options.websocket_message_rate;
    TokenBucket allowance(limit, TokenBucket::Clock::now());
    for (;;) {
      beast::flat_buffer buffer;
      auto [ec, n] = co_await ws_.async_read(buffer, use_tuple);
      if (ec) co_return;
      if (allowance.Take(TokenBucket::Clock::now())) {
        co_await CloseForFlood(limit);
        co_return;
      }
      if (!ws_.got_text()) continue;
      HandleMessage(beast::buffers_to_string(buffer.data()));
    }
  }

  // The client sends faster than any person at the live view could (a script, a
  // stuck key handler): what it sent is not acted on, and it is closed with the
  // standard policy-violation code so the reason shows in its console.
  asio::awaitable<void> CloseForFlood(RateLimit limit) {
    if (closing_) co_return;
    closing_ = true;
    wake_.cancel();
    service_.metrics.websocket_flood_closed.fetch_add(1, std::memory_order_relaxed);
    spdlog::warn("session {}: a live-view client sent more than {:g} messages a second; closed it",
                 session_id_, limit.per_second);
    co_await CloseWith(static_cast<std::uint16_t>(websocket::close_code::policy_error),
                       fmt::format("more than {:g} messages a second (burst {:g}); slow down and "
                                   "reconnect",
                                   limit.per_second, limit.burst));
  }

  // A message only this client sees (not numbered, not stored).
  void Tell(std::string_view type, std::string_view message) {
    Nudge(outbox_.PushEvent(std::make_shared<const std::string>(ErrorMessage(type, message))));
  }

  void HandleMessage(const std::string& text) {
    Result<ClientMessage> message = DecodeClientMessage(text);
    if (!message) {
      Tell("applier:error", message.error().message);
      return;
    }
    if (auto* hitl = std::get_if<HitlResponseMessage>(&*message)) {
      std::string hitl_id = std::move(hitl->hitl_id);
      if (hitl_id.empty()) {
        if (auto open = service_.hitl.OpenRequestOf(session_id_)) hitl_id = *open;
      }
      Answer(hitl_id, hitl->response);
      return;
    }
    if (auto* chat = std::get_if<ChatMessage>(&*message)) {
      // While a question or a draft waits, what the person types is the answer.
      if (auto open = service_.hitl.OpenRequestOf(session_id_)) {
        Answer(*open, json::value(chat->text));
        return;
      }
      service_.Publish(session_id_, user_id_,
                       {"chat:message", std::move(chat->text), json::object{{"from", "user"}}});
      return;
    }
    if (auto* takeover = std::get_if<TakeoverMessage>(&*message)) {
      const bool start = takeover->start;
      took_over_ = start;
      if (auto live = service_.Live(session_id_)) live->takeover->store(start);
      service_.Publish(
          session_id_, user_id_,
          {"chat:message", start ? "You took over the browser" : "You handed the browser back",
           json::object{{"from", "system"}, {"takeover", start}}});
      return;
    }
    runner_.ForwardInput(session_id_, std::move(std::get<BrowserInputMessage>(*message).input));
  }

  void Answer(const std::string& hitl_id, const json::value& response) {
    switch (service_.hitl.Resolve(user_id_, session_id_, hitl_id, response)) {
      case ResolveResult::kResolved: return;
      case ResolveResult::kAlreadyAnswered:
        Tell("applier:error", "that question was already answered");
        return;
      case ResolveResult::kForbidden:
      case ResolveResult::kNotFound:
        Tell("applier:error", "there is no open question with that id (it may have timed out)");
        return;
    }
  }

  websocket::stream<beast::tcp_stream> ws_;
  asio::steady_timer wake_;
  asio::steady_timer stall_;  // armed while a write is in flight
  Service& service_;
  Api& api_;
  ApplicationRunner& runner_;
  events::ClientOutbox outbox_;
  std::string session_id_;
  std::string user_id_;
  bool binary_ = false;
  bool closing_ = false;    // strand only
  bool took_over_ = false;  // this client holds the page (takeover:start), reader only
};

// Whose bucket a request spends (ServerOptions::request_rate): the user its token
// stands for — from the Authorization header, or a WebSocket's ?token= — when the
// signature checks out (no store read: a flood must not reach the store), else
// the client's address. A forged or stale token spends the address's tokens.
std::string RateLimitKey(const Service& service, std::string_view authorization,
                         const std::map<std::string, std::string>& query,
                         std::string_view address) {
  std::string_view token;
  if (authorization.starts_with("Bearer ")) {
    token = authorization.substr(7);
  } else if (auto it = query.find("token"); it != query.end()) {
    token = it->second;
  }
  if (!token.empty()) {
    if (auto claims = service.tokens.Verify(token)) return "user " + claims->subject;
  }
  return "address " + std::string(address);
}

HttpResponse TooManyRequests(std::chrono::seconds wait) {
  HttpResponse refused = JsonError(429, "rate_limited",
                                   "too many requests from this client; wait " +
                                       std::to_string(wait.count()) + " s and try again");
  refused.headers.emplace_back("Retry-After", std::to_string(wait.count()));
  return refused;
}

bool IsUpload(std::string_view target) {
  return target.rfind("/api/documents", 0) == 0;
}

asio::awaitable<void> WriteAndClose(beast::tcp_stream& stream, const HttpResponse& response,
                                    unsigned version) {
  auto out = ToBeast(response, version, false);
  auto [ec, n] = co_await http::async_write(stream, out, use_tuple);
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  // A lingering close: read what the client is still sending (an oversized body)
  // for a moment, so closing does not reset the connection before it has read
  // the answer.
  stream.expires_after(std::chrono::seconds(2));
  std::array<char, 16 * 1024> scratch;
  for (std::size_t drained = 0; drained < (64u << 20);) {
    auto [read_error, got] = co_await stream.async_read_some(asio::buffer(scratch), use_tuple);
    if (read_error) break;
    drained += got;
  }
}

asio::awaitable<void> HttpConnection(tcp::socket socket, Service& service, Api& api,
                                     ApplicationRunner& runner) {
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  for (;;) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(kHeaderLimit);
    // Beast checks Content-Length against the body limit while reading the
    // header; the route's own limit is applied once the target is known.
    parser.body_limit(std::max(service.options.upload_body_limit, service.options.json_body_limit));
    stream.expires_after(std::chrono::seconds(60));
    auto [header_error, header_bytes] =
        co_await http::async_read_header(stream, buffer, parser, use_tuple);
    if (header_error == http::error::body_limit) {
      co_await WriteAndClose(stream, JsonError(413, "too_large", "the body is too large"), 11);
      co_return;
    }
    if (header_error == http::error::header_limit) {
      co_await WriteAndClose(
          stream,
          JsonError(431, "headers_too_large",
                    "the request's headers are larger than " + std::to_string(kHeaderLimit / 1024) +
                        " KiB (a token or cookie that big is not one this service issued)"),
          11);
      co_return;
    }
    if (header_error) {
      if (header_error != http::error::end_of_stream && header_error != asio::error::eof &&
          header_error != beast::error::timeout && header_error != asio::error::connection_reset &&
          header_error != asio::error::operation_aborted) {
        co_await WriteAndClose(stream, JsonError(400, "bad_request", "malformed HTTP request"), 11);
      }
      co_return;
    }
    const std::string target(parser.get().target());
    const unsigned version = parser.get().version();
    const std::size_t limit =
        IsUpload(target) ? service.options.upload_body_limit : service.options.json_body_limit;
    if (parser.content_length() && *parser.content_length() > limit) {
      co_await WriteAndClose(
          stream,
          JsonError(413, "too_large",
                    "the body is larger than " + std::to_string(limit) + " bytes"),
          version);
      co_return;
    }
    parser.body_limit(limit);
    auto [body_error, body_bytes] = co_await http::async_read(stream, buffer, parser, use_tuple);
    if (body_error == http::error::body_limit) {
      co_await WriteAndClose(
          stream,
          JsonError(413, "too_large",
                    "the body is larger than " + std::to_string(limit) + " bytes"),
          version);
      co_return;
    }
    if (body_error) co_return;
    auto request = parser.release();

    std::string path;
    std::map<std::string, std::string> query;
    const bool target_parsed = ParseTarget(target, path, query);
    boost::system::error_code peer_error;
    const auto peer = stream.socket().remote_endpoint(peer_error);
    const std::string remote_address = peer_error ? std::string() : peer.address().to_string();
    // /healthz answers on the I/O thread from nothing: a monitor probing it often
    // costs nothing, and it must answer while a client is being refused.
    if (path != "/healthz") {
      const std::string key =
          RateLimitKey(service, request[http::field::authorization], query, remote_address);
      if (auto wait = service.request_limiter.Take(key)) {
        service.metrics.http_rate_limited.fetch_add(1, std::memory_order_relaxed);
        const bool keep_alive = request.keep_alive();
        auto out = ToBeast(TooManyRequests(*wait), version, keep_alive);
        auto [write_error, written] = co_await http::async_write(stream, out, use_tuple);
        if (write_error || !keep_alive) {
          beast::error_code ignored;
          stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
          co_return;
        }
        continue;
      }
    }

    if (websocket::is_upgrade(request)) {
      if (target.rfind("/ws/", 0) != 0) {
        co_await WriteAndClose(
            stream, JsonError(404, "not_found", "WebSockets live at /ws/{session_id}"), version);
        co_return;
      }
      stream.expires_never();
      auto session =
          std::make_shared<WebSocketSession>(stream.release_socket(), service, api, runner);
      co_await session->Run(std::move(request));
      co_return;
    }

    HttpRequest in;
    in.method = std::string(request.method_string());
    in.target = target;
    in.path = std::move(path);
    in.query = std::move(query);
    if (!target_parsed) {
      co_await WriteAndClose(stream, JsonError(400, "bad_request", "malformed request target"),
                             version);
      co_return;
    }
    in.authorization = std::string(request[http::field::authorization]);
    in.content_type = std::string(request[http::field::content_type]);
    in.filename = std::string(request["X-Filename"]);
    in.body = std::move(request.body());
    in.remote_address = remote_address;
    const bool keep_alive = request.keep_alive();
    HttpResponse response = co_await api.Handle(std::move(in));
    auto out = ToBeast(response, version, keep_alive);
    auto [write_error, written] = co_await http::async_write(stream, out, use_tuple);
    if (write_error || !keep_alive) {
      beast::error_code ignored;
      stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
      co_return;
    }
  }
}

}  // namespace

struct HttpServer::Impl {
  explicit Impl(asio::io_context& io) : acceptor(asio::make_strand(io)) {}
  tcp::acceptor acceptor;
  unsigned short port = 0;
};

namespace {

// accept(2) failing for want of descriptors or kernel memory fails again at once
// until some are freed: tried again straight away it spins an I/O thread.
bool OutOfResources(const boost::system::error_code& ec) {
  if (ec.category() != boost::system::system_category()) return false;
  const int e = ec.value();
  return e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM;
}

asio::awaitable<void> Accept(std::shared_ptr<HttpServer::Impl> impl, Service& service, Api& api,
                             ApplicationRunner& runner) {
  using namespace std::chrono_literals;
  constexpr auto kFirstWait = 5ms;
  constexpr auto kLongestWait = 1000ms;
  std::chrono::milliseconds wait{0};
  for (;;) {
    auto [ec, socket] =
        co_await impl->acceptor.async_accept(asio::make_strand(service.io), use_tuple);
    if (ec == asio::error::operation_aborted || !impl->acceptor.is_open()) co_return;
    if (ec && OutOfResources(ec)) {
      // The connections already open keep being served meanwhile; the waiting
      // ones stay in the listen backlog.
      if (wait == 0ms) spdlog::warn("cannot accept connections: {}; retrying", ec.message());
      wait = wait == 0ms ? kFirstWait : std::min(wait * 2, std::chrono::milliseconds(kLongestWait));
      asio::steady_timer timer(impl->acceptor.get_executor(), wait);
      auto [timer_error] = co_await timer.async_wait(use_tuple);
      (void)timer_error;
      continue;
    }
    if (ec) continue;  // this one connection failed (e.g. reset before accept)
    if (wait != 0ms) spdlog::info("accepting connections again");
    wait = 0ms;
    ::fcntl(socket.native_handle(), F_SETFD, FD_CLOEXEC);
    asio::co_spawn(socket.get_executor(), HttpConnection(std::move(socket), service, api, runner),
                   [](std::exception_ptr error) {
                     if (!error) return;
                     try {
                       std::rethrow_exception(error);
                     } catch (const std::exception& e) {
                       spdlog::error("connection ended by an exception: {}", e.what());
                     }
                   });
  }
}

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Start(Service& service, Api& api,
                                                      ApplicationRunner& runner) {
  auto impl = std::make_shared<Impl>(service.io);
  boost::system::error_code ec;
  auto address = asio::ip::make_address(service.options.bind_address, ec);
  if (ec) {
    return Fail(ErrorKind::kInvalidInput,
                "not an IP address to listen on: '" + service.options.bind_address + "'");
  }
  tcp::endpoint endpoint(address, service.options.port);
  impl->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl->acceptor.bind(endpoint, ec);
  if (!ec) impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  // Asio opens sockets without close-on-exec: a Chromium started later would
  // inherit the listening socket and keep the port after we stop.
  if (!ec) ::fcntl(impl->acceptor.native_handle(), F_SETFD, FD_CLOEXEC);
  if (ec) {
    return Fail(ErrorKind::kIo, "cannot listen on " + service.options.bind_address + ":" +
                                    std::to_string(service.options.port) + ": " + ec.message());
  }
  impl->port = impl->acceptor.local_endpoint().port();
  asio::co_spawn(impl->acceptor.get_executor(), Accept(impl, service, api, runner), asio::detached);
  return std::unique_ptr<HttpServer>(new HttpServer(impl));
}

HttpServer::~HttpServer() {
  Stop();
}

unsigned short HttpServer::port() const {
  return impl_->port;
}

void HttpServer::Stop() {
  auto impl = impl_;
  asio::post(impl->acceptor.get_executor(), [impl] {
    boost::system::error_code ignored;
    impl->acceptor.close(ignored);
  });
}

}  // namespace applier::server
