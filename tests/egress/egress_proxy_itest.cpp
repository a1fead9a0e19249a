// The egress proxy spoken to byte by byte, as Chromium speaks to it: what the
// upstream servers receive (or never receive), what the client gets back, and
// the bounds (header limits, idle tunnels, Stop) that keep it from holding
// resources forever.
#include <sys/socket.h>
#include <sys/time.h>

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <mutex>
#include <thread>

#include "egress/egress_proxy.h"
#include "egress/recording_server.h"
#include "egress/scripted_resolver.h"
#include "gtest/gtest.h"

namespace applier::egress {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;
using testing::Ip;
using testing::RecordingServer;
using testing::Reply;
using testing::ScriptedResolver;

using Response = http::response<http::string_body>;

// A blocking client with a receive deadline, so a proxy that never answers
// fails the test instead of hanging it.
class Client {
 public:
  explicit Client(std::uint16_t port) {
    socket_.connect({asio::ip::make_address("127.0.0.1"), port});
    timeval deadline{10, 0};
    setsockopt(socket_.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &deadline, sizeof deadline);
  }
  void Send(const std::string& bytes) { asio::write(socket_, asio::buffer(bytes)); }
  Response Read(bool head = false) {
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    if (head) parser.skip(true);
    http::read(socket_, buffer_, parser);
    return parser.release();
  }
  Response Exchange(const std::string& request) {
    Send(request);
    return Read();
  }
  // Whether the proxy closed the connection: the next read ends instead of
  // timing out.
  bool ClosedByPeer() {
    char byte;
    boost::system::error_code ec;
    if (buffer_.size() > 0) return false;
    socket_.read_some(asio::buffer(&byte, 1), ec);
    return ec == asio::error::eof || ec == asio::error::connection_reset;
  }

 private:
  asio::io_context io_;
  tcp::socket socket_{io_};
  beast::flat_buffer buffer_;
};

std::string Get(const std::string& url, const std::string& host) {
  return "GET " + url + " HTTP/1.1\r\nHost: " + host +
         "\r\nProxy-Connection: keep-alive\r\nUser-Agent: test\r\n\r\n";
}

class EgressProxyTest : public ::testing::Test {
 protected:
  void StartProxy(std::vector<std::string> allow,
                  std::function<void(EgressProxyOptions&)> adjust = {}, int threads = 1) {
    auto policy = AddressPolicy::FromAllowHostFlags(allow);
    ASSERT_TRUE(policy) << policy.error().ToString();
    EgressProxyOptions options;
    options.policy = *policy;
    options.resolver = resolver_;
    options.on_refusal = [this](const Refusal& refusal) {
      std::lock_guard lock(mutex_);
      refusals_.push_back(refusal);
    };
    if (adjust) adjust(options);
    auto proxy = EgressProxy::Start(io_.get_executor(), std::move(options));
    ASSERT_TRUE(proxy) << proxy.error().ToString();
    proxy_ = std::move(*proxy);
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { io_.run(); });
  }
  void TearDown() override {
    if (proxy_) proxy_->Stop();
    work_.reset();
    io_.stop();
    for (auto& thread : threads_) thread.join();
  }
  std::vector<Refusal> refusals() {
    std::lock_guard lock(mutex_);
    return refusals_;
  }
  std::string allowed_entry() const { return "127.0.0.1:" + std::to_string(allowed_.port()); }

  asio::io_context io_;
  asio::executor_work_guard<asio::io_context::executor_type> work_ = asio::make_work_guard(io_);
  std::vector<std::thread> threads_;
  std::shared_ptr<ScriptedResolver> resolver_ = std::make_shared<ScriptedResolver>();
  std::unique_ptr<EgressProxy> proxy_;
  RecordingServer allowed_{"127.0.0.1"};
  // Same port on another loopback address: the target a rebinding name switches to.
  RecordingServer refused_{"127.0.0.2", allowed_.port()};
  std::mutex mutex_;
  std::vector<Refusal> refusals_;
};

TEST_F(EgressProxyTest, ForwardsAnAllowedRequestInOriginFormWithoutProxyHeaders) {
  allowed_.Route("/hello", "hello through the filter");
  StartProxy({allowed_entry()});
  EXPECT_EQ(proxy_->proxy_server(), "http://127.0.0.1:" + std::to_string(proxy_->port()));
  Client client(proxy_->port());
  Response response = client.Exchange(Get(allowed_.origin() + "/hello?x=1", "127.0.0.1"));
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body(), "hello through the filter");
  auto hits = allowed_.hits();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].target, "/hello?x=1");
  EXPECT_EQ(hits[0].host, "127.0.0.1");
  EXPECT_EQ(hits[0].headers.count("proxy-connection"), 0u);
  EXPECT_EQ(hits[0].headers["user-agent"], "test");
  EXPECT_TRUE(refusals().empty());
}

TEST_F(EgressProxyTest, RefusesALoopbackAddressThatIsNotAllowlistedAndSaysWhy) {
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  Response response = client.Exchange(Get(refused_.origin() + "/admin", "127.0.0.2"));
  EXPECT_EQ(response.result_int(), 403);
  EXPECT_NE(response.body().find("127.0.0.2 is a loopback address; pass --allow-host 127.0.0.2:" +
                                 std::to_string(refused_.port())),
            std::string::npos)
      << response.body();
  EXPECT_EQ(refused_.connections(), 0);
  auto seen = refusals();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].method, "GET");
  EXPECT_EQ(seen[0].host, "127.0.0.2");
  EXPECT_EQ(seen[0].port, refused_.port());
  EXPECT_EQ(seen[0].target, refused_.origin() + "/admin");
  EXPECT_EQ(proxy_->stats().refused, 1u);
}

TEST_F(EgressProxyTest, ANameResolvingToAPrivateAddressIsRefused) {
  resolver_->Set("jobs.example.com", {{Ip("127.0.0.2")}});
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  const std::string url = "http://jobs.example.com:" + std::to_string(refused_.port()) + "/";
  Response response = client.Exchange(Get(url, "jobs.example.com"));
  EXPECT_EQ(response.result_int(), 403);
  EXPECT_NE(response.body().find("jobs.example.com resolves to 127.0.0.2, a loopback address"),
            std::string::npos)
      << response.body();
  EXPECT_EQ(refused_.connections(), 0);
}

TEST_F(EgressProxyTest, DnsRebindingNeverReachesTheRefusedAddress) {
  allowed_.Route("/", "first answer");
  resolver_->Set("rebind.test", {{Ip("127.0.0.1")}, {Ip("127.0.0.2")}});
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  const std::string url = "http://rebind.test:" + std::to_string(allowed_.port()) + "/";
  Response first = client.Exchange(Get(url, "rebind.test"));
  EXPECT_EQ(first.result_int(), 200);
  EXPECT_EQ(first.body(), "first answer");
  Client again(proxy_->port());
  Response second = again.Exchange(Get(url, "rebind.test"));
  EXPECT_EQ(second.result_int(), 403);
  EXPECT_EQ(resolver_->calls("rebind.test"), 2);
  EXPECT_EQ(refused_.connections(), 0);
  EXPECT_EQ(allowed_.hits().size(), 1u);
}

TEST_F(EgressProxyTest, OneRefusedAddressAmongAllowedOnesRefusesTheName) {
  resolver_->Set("mixed.test", {{Ip("127.0.0.1"), Ip("127.0.0.2")}});
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  Response response = client.Exchange(
      Get("http://mixed.test:" + std::to_string(allowed_.port()) + "/", "mixed.test"));
  EXPECT_EQ(response.result_int(), 403);
  EXPECT_EQ(allowed_.connections(), 0);
  EXPECT_EQ(refused_.connections(), 0);
}

TEST_F(EgressProxyTest, KeepsTheBrowsersConnectionForTheNextRequest) {
  allowed_.Route("/a", "A");
  allowed_.Route("/b", "B");
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  EXPECT_EQ(client.Exchange(Get(allowed_.origin() + "/a", "127.0.0.1")).body(), "A");
  EXPECT_EQ(client.Exchange(Get(allowed_.origin() + "/b", "127.0.0.1")).body(), "B");
  client.Send("HEAD " + allowed_.origin() + "/a HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  Response head = client.Read(/*head=*/true);
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_EQ(client.Exchange(Get(allowed_.origin() + "/b", "127.0.0.1")).body(), "B");
  EXPECT_EQ(proxy_->stats().connections, 1u);
  EXPECT_EQ(proxy_->stats().requests, 4u);
}

TEST_F(EgressProxyTest, StreamsLargeBodiesBothWays) {
  const std::string big(3 * 1024 * 1024 + 17, 'x');
  allowed_.Route("/upload", big);
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  const std::string upload(2 * 1024 * 1024 + 5, 'u');
  client.Send("POST " + allowed_.origin() + "/upload HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
              "Content-Type: application/octet-stream\r\nContent-Length: " +
              std::to_string(upload.size()) + "\r\n\r\n" + upload);
  Response response = client.Read();
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body().size(), big.size());
  auto hits = allowed_.hits();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].method, "POST");
  EXPECT_EQ(hits[0].body.size(), upload.size());

  // A chunked upload arrives whole as well.
  client.Send("POST " + allowed_.origin() +
              "/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
              "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
  EXPECT_EQ(client.Read().result_int(), 200);
  EXPECT_EQ(allowed_.hits().at(1).body, "hello world");
}

TEST_F(EgressProxyTest, TunnelsConnectToAnAllowedAddress) {
  allowed_.Route("/tunnelled", "inside the tunnel");
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  client.Send("CONNECT " + allowed_entry() + " HTTP/1.1\r\nHost: " + allowed_entry() + "\r\n\r\n");
  Response established = client.Read(/*head=*/true);
  EXPECT_EQ(established.result_int(), 200);
  // What follows is opaque to the proxy (TLS in real life): here, plain HTTP.
  Response response = client.Exchange("GET /tunnelled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  EXPECT_EQ(response.body(), "inside the tunnel");
  EXPECT_EQ(allowed_.hits().at(0).target, "/tunnelled");
}

TEST_F(EgressProxyTest, RefusesConnectToARefusedAddress) {
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  const std::string target = "127.0.0.2:" + std::to_string(refused_.port());
  Response response =
      client.Exchange("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n");
  EXPECT_EQ(response.result_int(), 403);
  EXPECT_TRUE(client.ClosedByPeer());
  EXPECT_EQ(refused_.connections(), 0);
  auto seen = refusals();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].method, "CONNECT");
  EXPECT_EQ(seen[0].target, target);
}

TEST_F(EgressProxyTest, NeverConnectsToItself) {
  StartProxy({"127.0.0.1"});  // all of 127.0.0.1, the proxy's own port included
  Client client(proxy_->port());
  const std::string self = "127.0.0.1:" + std::to_string(proxy_->port());
  Response response = client.Exchange(Get("http://" + self + "/", "127.0.0.1"));
  EXPECT_EQ(response.result_int(), 403);
  EXPECT_NE(response.body().find("egress proxy itself"), std::string::npos);
}

TEST_F(EgressProxyTest, RefusesSchemesOtherThanHttpInAbsoluteForm) {
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  Response response = client.Exchange("GET ftp://127.0.0.1:" + std::to_string(allowed_.port()) +
                                      "/file HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  EXPECT_EQ(response.result_int(), 403);
  EXPECT_EQ(allowed_.connections(), 0);
  EXPECT_EQ(refusals().size(), 1u);
}

TEST_F(EgressProxyTest, AnswersBadRequestsWithoutConnectingAnywhere) {
  StartProxy({allowed_entry()});
  {
    Client client(proxy_->port());
    Response response = client.Exchange("GET /relative HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_EQ(response.result_int(), 400);
    EXPECT_TRUE(client.ClosedByPeer());
  }
  {
    Client client(proxy_->port());
    Response response = client.Exchange("CONNECT nowhere HTTP/1.1\r\n\r\n");
    EXPECT_EQ(response.result_int(), 400);
  }
  {
    Client client(proxy_->port());
    Response response = client.Exchange("GET " + allowed_.origin() + "/ HTTP/1.1\r\nX-Big: " +
                                        std::string(20000, 'a') + "\r\n\r\n");
    EXPECT_EQ(response.result_int(), 431);
  }
  {
    Client client(proxy_->port());
    Response response = client.Exchange("NOT HTTP AT ALL\r\n\r\n");
    EXPECT_EQ(response.result_int(), 400);
  }
  EXPECT_EQ(allowed_.connections(), 0);
  EXPECT_EQ(proxy_->stats().failed, 4u);
  EXPECT_EQ(proxy_->stats().refused, 0u);
}

TEST_F(EgressProxyTest, UnresolvableOrDownUpstreamIsABadGateway) {
  StartProxy({allowed_entry(), "127.0.0.1:1"});
  Client client(proxy_->port());
  Response unknown = client.Exchange(Get("http://no-such.test/", "no-such.test"));
  EXPECT_EQ(unknown.result_int(), 502);
  EXPECT_NE(unknown.body().find("no address for no-such.test"), std::string::npos);
  Client other(proxy_->port());
  Response down = other.Exchange(Get("http://127.0.0.1:1/", "127.0.0.1"));
  EXPECT_EQ(down.result_int(), 502);
  EXPECT_NE(down.body().find("cannot connect to 127.0.0.1:1"), std::string::npos) << down.body();
}

TEST_F(EgressProxyTest, UpstreamTooLargeHeaderIsABadGateway) {
  Reply huge;
  huge.headers = {{"X-Huge", std::string(70000, 'h')}};
  allowed_.Route("/huge", huge);
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  Response response = client.Exchange(Get(allowed_.origin() + "/huge", "127.0.0.1"));
  EXPECT_EQ(response.result_int(), 502);
}

TEST_F(EgressProxyTest, StopClosesListenerAndOpenTunnels) {
  StartProxy({allowed_entry()});
  Client client(proxy_->port());
  client.Send("CONNECT " + allowed_entry() + " HTTP/1.1\r\n\r\n");
  EXPECT_EQ(client.Read(/*head=*/true).result_int(), 200);
  proxy_->Stop();
  EXPECT_TRUE(client.ClosedByPeer());
  asio::io_context io;
  tcp::socket late(io);
  boost::system::error_code ec;
  late.connect({asio::ip::make_address("127.0.0.1"), proxy_->port()}, ec);
  EXPECT_TRUE(ec) << "the listener still accepts after Stop";
}

TEST_F(EgressProxyTest, IdleTunnelsAndClientsAreClosed) {
  StartProxy({allowed_entry()}, [](EgressProxyOptions& options) {
    options.tunnel_idle_timeout = std::chrono::milliseconds(200);
    options.idle_timeout = std::chrono::milliseconds(200);
  });
  Client tunnel(proxy_->port());
  tunnel.Send("CONNECT " + allowed_entry() + " HTTP/1.1\r\n\r\n");
  EXPECT_EQ(tunnel.Read(/*head=*/true).result_int(), 200);
  EXPECT_TRUE(tunnel.ClosedByPeer());
  Client silent(proxy_->port());
  silent.Send("GET http://127.0.0.1/ HTTP/1.1\r\n");  // a header that never ends
  EXPECT_TRUE(silent.ClosedByPeer());
}

TEST_F(EgressProxyTest, ConnectionLimitClosesTheSurplus) {
  StartProxy({allowed_entry()}, [](EgressProxyOptions& options) { options.max_connections = 1; });
  Client first(proxy_->port());
  first.Send("CONNECT " + allowed_entry() + " HTTP/1.1\r\n\r\n");
  EXPECT_EQ(first.Read(/*head=*/true).result_int(), 200);
  Client second(proxy_->port());
  EXPECT_TRUE(second.ClosedByPeer());
}

// The server runs its io_context on several threads; the proxy keeps each
// connection's work on its strand.
TEST_F(EgressProxyTest, ServesConcurrentClientsFromSeveralThreads) {
  allowed_.Route("/page", std::string(100000, 'p'));
  StartProxy({allowed_entry()}, {}, /*threads=*/3);
  std::atomic<int> ok{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 6; ++c) {
    clients.emplace_back([&, c] {
      Client client(proxy_->port());
      for (int i = 0; i < 10; ++i) {
        if (client.Exchange(Get(allowed_.origin() + "/page", "127.0.0.1")).body().size() ==
            100000) {
          ++ok;
        }
      }
      Client tunnel(proxy_->port());
      tunnel.Send("CONNECT " + allowed_entry() + " HTTP/1.1\r\n\r\n");
      if (tunnel.Read(/*head=*/true).result_int() == 200 &&
          tunnel.Exchange("GET /page HTTP/1.1\r\nHost: x\r\n\r\n").body().size() == 100000) {
        ++ok;
      }
      if (c % 2 == 0) {
        Client bad(proxy_->port());
        if (bad.Exchange(Get(refused_.origin() + "/", "127.0.0.2")).result_int() == 403) ++refused;
      }
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(ok.load(), 66);
  EXPECT_EQ(refused.load(), 3);
  EXPECT_EQ(proxy_->stats().refused, 3u);
  EXPECT_EQ(refused_.connections(), 0);
}

}  // namespace
}  // namespace applier::egress
