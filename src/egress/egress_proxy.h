// EgressProxy is the egress filter every server-run Chromium goes through: an
// HTTP proxy on a loopback port that the browser is pointed at with
// `--proxy-server` (loopback not bypassed, see browser::LaunchOptions::proxy_server).
// It serves absolute-form HTTP requests (streamed both ways, keep-alive to the
// browser) and CONNECT tunnels (https, wss). For every new upstream connection it
// resolves the host itself, checks every address with the AddressPolicy and
// connects to the address it checked, never to the name again: so redirects,
// subresources, iframes and DNS rebinding cannot reach a refused address.
// A refused request gets a 403 with a short text body saying why, and is
// reported to `on_refusal` and counted.
//
// Non-http(s) schemes (file:, chrome:, data:, javascript:) never reach a proxy:
// Chromium refuses pages navigating to file: and chrome: by itself, and
// browser-initiated navigations only ever go to URLs that passed CheckJobUrl.
//
// Bounds: connect and resolve deadlines, an idle deadline on every read and
// write, header size limits, a fixed relay buffer per direction (bodies are
// streamed, never held whole), and a connection limit.
//
// How the server uses it: build an AddressPolicy from the operator's
// --allow-host flags, Start one proxy per process on the I/O executor, set
// browser::BrowserOptions::launch.proxy_server = proxy_server() for every
// Browser it launches (which also turns off unproxied WebRTC UDP), log and count
// refusals from `on_refusal`, and run CheckJobUrl on each job URL before queueing.
// A Browser it merely connects to (Browser::Connect) was launched by someone
// else and is not filtered unless that someone passed the same flags.
//
// Threading: every connection runs on one strand of the executor given to
// Start, so the proxy is safe to use from an io_context run by several threads.
// Start, Stop, the accessors and the destructor may be called from any thread;
// `on_refusal` runs on the proxy's strand and must not block.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "egress/address_policy.h"
#include "egress/host_resolver.h"

namespace applier::egress {

struct ProxyState;  // egress_proxy.cpp

// One refused request, as the server logs and counts it.
struct Refusal {
  std::string method;  // "GET", "CONNECT", ...
  std::string target;  // "http://10.0.0.5/admin" or, for CONNECT, "10.0.0.5:443"
  std::string host;    // the host asked for, as the browser sent it
  std::uint16_t port = 0;
  std::string reason;  // "10.0.0.5 is a private address; pass --allow-host ..."
};

struct EgressProxyOptions {
  AddressPolicy policy;
  std::shared_ptr<HostResolver> resolver;  // null: MakeSystemResolver()
  std::string listen_address = "127.0.0.1";
  std::uint16_t listen_port = 0;  // 0: a free port
  std::chrono::milliseconds connect_timeout{10000};
  // A client, upstream or tunnel that moves no byte for this long is closed.
  std::chrono::milliseconds idle_timeout{60000};
  std::chrono::milliseconds tunnel_idle_timeout{300000};
  std::size_t max_request_header_bytes = 16 * 1024;
  std::size_t max_response_header_bytes = 64 * 1024;
  std::size_t max_connections = 1024;  // further clients are closed at once
  std::function<void(const Refusal&)> on_refusal;
};

struct EgressProxyStats {
  std::uint64_t connections = 0;  // client connections accepted
  std::uint64_t requests = 0;     // HTTP requests and CONNECTs received
  std::uint64_t refused = 0;      // answered 403 by the policy
  std::uint64_t failed = 0;       // answered 4xx/5xx for another reason (bad request,
                                  // unresolvable host, upstream down or too slow),
                                  // or closed at once at the connection limit
};

class EgressProxy {
 public:
  // Binds the listener and starts accepting on `executor`. kInvalidInput for a
  // bad listen address, kIo when it cannot be bound.
  static Result<std::unique_ptr<EgressProxy>> Start(boost::asio::any_io_executor executor,
                                                    EgressProxyOptions options);
  ~EgressProxy();  // Stop()s
  EgressProxy(const EgressProxy&) = delete;
  EgressProxy& operator=(const EgressProxy&) = delete;

  std::uint16_t port() const;
  // The value for browser::LaunchOptions::proxy_server: "http://127.0.0.1:PORT".
  std::string proxy_server() const;
  EgressProxyStats stats() const;

  // Closes the listener and every client, upstream and tunnel connection.
  // Idempotent. The sockets close on the proxy's strand: at once when called
  // there, otherwise as soon as the executor runs it.
  void Stop();

 private:
  explicit EgressProxy(std::shared_ptr<ProxyState> state);
  std::shared_ptr<ProxyState> state_;
};

}  // namespace applier::egress
