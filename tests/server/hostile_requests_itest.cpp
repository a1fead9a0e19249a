// Hostile clients of `applier serve` (issue 12): a client flooding requests, one
// flooding its live-view WebSocket with messages, and huge or malformed tokens. A
// real server on loopback (no workers: no browser competes for the CPU, the
// applications stay queued) and real SQLite; assertions are on what the clients
// saw — statuses, Retry-After, close codes — and on what the store holds after.
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "store/database.h"
#include "store/user_table.h"
#include "support/foreign_token.h"
#include "support/hand_written_pdf.h"
#include "support/health_probe.h"
#include "support/hostile_pdf.h"
#include "support/process.h"

namespace applier {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using namespace std::chrono_literals;
using testing::ForeignToken;
using testing::Http;
using testing::StringAt;
using testing::WsClient;

const std::string kSecret = "hostile-requests-test-secret-0123456789abcdef";

std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// One keep-alive connection sending GET requests back to back, as a script
// flooding the API would; every answer's status is counted.
struct FloodResult {
  int sent = 0;
  std::map<int, int> statuses;
  std::string retry_after;  // of the first 429
  std::string refusal;      // its body
};

FloodResult Flood(unsigned short port, const std::string& target, const std::string& token,
                  std::chrono::steady_clock::duration length) {
  FloodResult result;
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
  beast::flat_buffer buffer;
  const auto until = std::chrono::steady_clock::now() + length;
  while (std::chrono::steady_clock::now() < until) {
    http::request<http::empty_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
    request.keep_alive(true);
    stream.expires_after(30s);
    beast::error_code ec;
    http::write(stream, request, ec);
    http::response<http::string_body> response;
    if (!ec) http::read(stream, buffer, response, ec);
    if (ec) {
      ++result.statuses[0];  // the connection failed: the service dropped it
      break;
    }
    ++result.sent;
    const int status = static_cast<int>(response.result_int());
    ++result.statuses[status];
    if (status == 429 && result.retry_after.empty()) {
      result.retry_after = std::string(response[http::field::retry_after]);
      result.refusal = response.body();
    }
  }
  return result;
}

// A request written byte for byte (Beast's own client refuses to build a header
// field over 64 KiB); the answer is parsed as usual. Status 0: no answer.
testing::HttpResult RawRequest(unsigned short port, const std::string& request) {
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(30s);
  beast::error_code ec;
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port),
                 ec);
  if (ec) return {};
  // The server may answer and stop reading before all of it is sent.
  boost::asio::write(stream.socket(), boost::asio::buffer(request), ec);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  http::read(stream.socket(), buffer, parser, ec);
  if (ec) return {};
  testing::HttpResult result;
  result.status = static_cast<int>(parser.get().result_int());
  result.body = parser.get().body();
  return result;
}

// `text` as a query parameter's value (RFC 3986 unreserved characters kept).
std::string QueryEscaped(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      out += escaped;
    }
  }
  return out;
}

class HostileRequestsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
    ASSERT_TRUE(server::AddUser(dir_.path(), "bob", "bob-password1"));
  }
  void TearDown() override {
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  // The default limits unless a test says otherwise: the flood test shows they
  // hold a flood off while a person's use passes.
  void StartServer(server::ServerOptions options = {}) {
    options.port = 0;
    options.data_dir = dir_.path();
    options.workers = 0;
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    port_ = server_->port();
  }

  std::string Login(const std::string& user, const std::string& password) {
    auto r = Http(port_, "POST", "/api/auth/login",
                  json::serialize(json::object{{"username", user}, {"password", password}}));
    EXPECT_EQ(r.status, 200) << r.body;
    return StringAt(r.Json(), "token");
  }

  // A queued application of the user's (no workers run it), for a live view to watch.
  std::string QueuedSession(const std::string& token) {
    auto put = Http(port_, "PUT", "/api/profile",
                    json::serialize(json::object{
                        {"yaml", "name: {first: Sam, last: Lee}\nemail: sam.lee@example.com\n"}}),
                    token);
    EXPECT_EQ(put.status, 200) << put.body;
    auto apply = Http(port_, "POST", "/api/jobs/apply",
                      json::serialize(json::object{{"url", "http://93.184.216.34/jobs/1"}}), token);
    EXPECT_EQ(apply.status, 202) << apply.body;
    return StringAt(apply.Json(), "session_id");
  }

  testing::TempDir dir_;
  std::unique_ptr<server::Server> server_;
  unsigned short port_ = 0;
};

TEST_F(HostileRequestsTest, ARequestFloodIsAnswered429WhileOtherUsersAndHealthzAreServed) {
  StartServer();
  const std::string alice = Login("alice", "alice-password");
  const std::string bob = Login("bob", "bob-password1");
  ASSERT_FALSE(alice.empty());
  ASSERT_FALSE(bob.empty());

  constexpr int kFlooders = 4;
  constexpr auto kFloodLength = 2s;
  std::vector<FloodResult> floods(kFlooders);
  std::vector<int> bob_statuses;
  std::atomic<bool> stop{false};
  testing::HealthProbe probe(port_);
  bool probes_answered = false;
  std::thread prober([&] { probes_answered = probe.Run(stop, 10ms); });
  std::thread person([&] {
    // Bob uses the service as a person does while Alice's script floods it.
    while (!stop.load()) {
      bob_statuses.push_back(Http(port_, "GET", "/api/me", "", bob).status);
      std::this_thread::sleep_for(100ms);
    }
  });
  std::vector<std::thread> flooders;
  for (int i = 0; i < kFlooders; ++i) {
    flooders.emplace_back([&, i] { floods[i] = Flood(port_, "/api/me", alice, kFloodLength); });
  }
  for (auto& t : flooders) t.join();
  stop.store(true);
  prober.join();
  person.join();

  int sent = 0;
  int ok = 0;
  int refused = 0;
  int dropped = 0;
  std::string retry_after;
  std::string refusal;
  for (const auto& f : floods) {
    sent += f.sent;
    ok += f.statuses.contains(200) ? f.statuses.at(200) : 0;
    refused += f.statuses.contains(429) ? f.statuses.at(429) : 0;
    dropped += f.statuses.contains(0) ? f.statuses.at(0) : 0;
    if (retry_after.empty()) retry_after = f.retry_after, refusal = f.refusal;
  }
  const auto& latencies = probe.latencies_ms();
  std::printf(
      "flood: %d requests in %lld s on %d connections, %d answered 200, %d answered 429; "
      "bob: %zu requests; /healthz: %zu probes, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
      sent, static_cast<long long>(kFloodLength.count()), kFlooders, ok, refused,
      bob_statuses.size(), latencies.size(), testing::Percentile(latencies, 0.5),
      testing::Percentile(latencies, 0.99),
      latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));
  RecordProperty("flood_requests", sent);
  RecordProperty("flood_429", refused);

  EXPECT_EQ(dropped, 0) << "a flooding connection was dropped instead of answered";
  EXPECT_EQ(ok + refused, sent);
  ASSERT_GT(refused, 0);
  // The burst (120) and the rate (30/s) over the flood, with two seconds' slack
  // for connections that started late.
  EXPECT_LE(ok, 120 + 30 * 4);
  EXPECT_GE(ok, 120);
  ASSERT_FALSE(retry_after.empty()) << "429 without Retry-After";
  EXPECT_GE(std::stoi(retry_after), 1);
  EXPECT_NE(refusal.find("\"error\":\"rate_limited\""), std::string::npos) << refusal;
  // Bob and the monitor were served all along.
  ASSERT_FALSE(bob_statuses.empty());
  for (int status : bob_statuses) EXPECT_EQ(status, 200);
  EXPECT_TRUE(probes_answered);
  EXPECT_GE(latencies.size(), 20u);

  // Alice is served again once she waits as told.
  std::this_thread::sleep_for(std::chrono::seconds(std::stoi(retry_after)));
  EXPECT_EQ(Http(port_, "GET", "/api/me", "", alice).status, 200);
  auto metrics = Http(port_, "GET", "/metrics");
  EXPECT_NE(metrics.body.find("applier_http_rate_limited_total " + std::to_string(refused)),
            std::string::npos);
}

TEST_F(HostileRequestsTest, AnUnauthenticatedFloodIsLimitedByAddressNotBySignedInUsers) {
  server::ServerOptions options;
  // A token every 5 s: the address's bucket stays empty from the flood to the
  // forged request below however slowly a busy machine gets there (at 10 a
  // second, 100 ms of load between them refilled it and the forgery got a 401).
  options.request_rate = {.per_second = 0.2, .burst = 20};
  StartServer(options);
  const std::string bob = Login("bob", "bob-password1");  // before the flood spends the address
  auto flood = Flood(port_, "/api/me", "", 1s);
  EXPECT_GT(flood.statuses[401], 0);  // the burst is answered as usual
  EXPECT_GT(flood.statuses[429], 0);
  EXPECT_LE(flood.statuses[401], 20 + 2);
  // Same address, but a signed-in user spends their own tokens; /healthz none.
  EXPECT_EQ(Http(port_, "GET", "/api/me", "", bob).status, 200);
  EXPECT_EQ(Http(port_, "GET", "/healthz").status, 200);
  // A forged token does not buy its own bucket: it spends the address's.
  const std::string forged = ForeignToken(
      R"({"alg":"HS256"})", R"({"sub":"mallory","exp":)" + std::to_string(Now() + 600) + "}",
      "not-the-secret-but-32-bytes-long-anyway");
  EXPECT_EQ(Http(port_, "GET", "/api/me", "", forged).status, 429);
}

TEST_F(HostileRequestsTest, AWebSocketMessageFloodIsClosedWithPolicyViolation) {
  StartServer();
  const std::string alice = Login("alice", "alice-password");
  const std::string session = QueuedSession(alice);
  ASSERT_FALSE(session.empty());
  WsClient flooder;
  WsClient watcher;
  ASSERT_TRUE(flooder.Connect(port_, "/ws/" + session + "?token=" + alice));
  ASSERT_TRUE(watcher.Connect(port_, "/ws/" + session + "?token=" + alice));

  // Far past 50 a second with a burst of 200: messages the server answers only to
  // the sender (not a valid client message).
  for (int i = 0; i < 1000; ++i) flooder.SendText(R"({"type":"not:a:message"})");
  int answered = 0;
  for (;;) {
    auto message = flooder.Read(10s);
    if (!message) break;
    ++answered;
  }
  ASSERT_TRUE(flooder.closed()) << "the flooding client was not closed";
  EXPECT_EQ(flooder.close_code(), 1008);
  EXPECT_NE(flooder.close_reason().find("messages a second"), std::string::npos)
      << flooder.close_reason();
  // Of the 1000, no more than the burst (200) and what refilled while they came in
  // (50 a second) were acted on.
  EXPECT_LE(answered, 400);
  std::printf("websocket flood: 1000 messages sent, %d answered before the 1008 close\n", answered);

  // The other live view on the same session is unaffected: its chat goes through
  // and comes back as an event.
  watcher.SendText(R"({"type":"chat:message","data":{"text":"still here?"}})");
  bool echoed = false;
  for (int i = 0; i < 50 && !echoed; ++i) {
    auto message = watcher.Read(10s);
    if (!message) break;
    echoed = message->data.find("still here?") != std::string::npos;
  }
  EXPECT_TRUE(echoed);
  EXPECT_FALSE(watcher.closed());
  EXPECT_EQ(Http(port_, "GET", "/healthz").status, 200);
  auto metrics = Http(port_, "GET", "/metrics");
  EXPECT_NE(metrics.body.find("applier_websocket_flood_closed_total 1"), std::string::npos);
}

TEST_F(HostileRequestsTest, HugeAndMalformedTokensAreRefusedAndChangeNothing) {
  StartServer();
  const std::string alice = Login("alice", "alice-password");

  // A mebibyte of Authorization header: refused before the body, the server fine.
  auto huge =
      RawRequest(port_, "GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                            std::string(1 << 20, 'A') + "\r\n\r\n");
  EXPECT_EQ(huge.status, 431) << huge.body;
  EXPECT_EQ(huge.Error(), "headers_too_large");
  auto huge_ws = RawRequest(port_, "GET /ws/x?token=" + std::string(1 << 20, 'A') +
                                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n"
                                       "Upgrade: websocket\r\n\r\n");
  EXPECT_EQ(huge_ws.status, 431) << huge_ws.body;
  // Under the header limit but past any token this service issues.
  auto long_token = Http(port_, "GET", "/api/me", "", std::string(12 * 1024, 'A'));
  EXPECT_EQ(long_token.status, 401);
  EXPECT_NE(StringAt(long_token.Json(), "message").find("too long"), std::string::npos);

  const std::string exp = std::to_string(Now() + 3600);
  const std::string mallory = R"({"sub":"mallory","exp":)" + exp + "}";
  const std::vector<std::pair<std::string, std::string>> tokens = {
      {"not base64!.at all.", "bad base64"},
      {ForeignToken("not json", mallory, kSecret), "a header that is not JSON"},
      {ForeignToken(R"({"alg":"HS256"})", "sub=mallory", kSecret), "a payload that is not JSON"},
      {ForeignToken(std::string(2700, '[') + std::string(2700, ']'), mallory, kSecret),
       "a deeply nested header"},
      {ForeignToken(R"({"alg":"HS256"})", R"({"sub":42,"exp":)" + exp + "}", kSecret),
       "a numeric sub"},
      {ForeignToken(R"({"alg":"HS256"})", R"({"sub":"mallory","exp":")" + exp + R"("})", kSecret),
       "a string exp"},
      {testing::Base64Url(R"({"alg":"none"})") + "." + testing::Base64Url(mallory) + ".",
       "alg none"},
      {ForeignToken(R"({"alg":"hs256"})", mallory, kSecret), "alg in lower case"},
      {ForeignToken(R"({"alg":"HS256"})", mallory, "a-guessed-key-of-32-bytes-or-more!!"),
       "a wrong key"},
  };
  for (const auto& [token, what] : tokens) {
    auto r = Http(port_, "GET", "/api/me", "", token);
    EXPECT_EQ(r.status, 401) << what << ": " << r.body;
    EXPECT_EQ(r.Error(), "unauthorized") << what;
    EXPECT_FALSE(StringAt(r.Json(), "message").empty()) << what;
    // The same token on a live view: the contract's 4003 close.
    WsClient ws;
    ASSERT_TRUE(ws.Connect(port_, "/ws/s?token=" + QueryEscaped(token))) << what;
    EXPECT_FALSE(ws.Read(10s));
    EXPECT_EQ(ws.close_code(), 4003) << what;
  }
  // A well-signed token for a new subject is an external user, recorded on first
  // sight; none of the refused ones was.
  EXPECT_EQ(Http(port_, "GET", "/api/me", "", alice).status, 200);
  EXPECT_EQ(Http(port_, "GET", "/healthz").status, 200);
  server_.reset();
  auto db = store::Database::Open(dir_.path() / "applier.db");
  ASSERT_TRUE(db) << db.error().ToString();
  auto mallory_row = store::UserTable(*db).Find("mallory");
  ASSERT_TRUE(mallory_row);
  EXPECT_FALSE(*mallory_row) << "a refused token created a user";
}

TEST_F(HostileRequestsTest, PdfBombsAndBrokenUploadsAreRefusedWhileTheServiceAnswers) {
  StartServer();
  const std::string alice = Login("alice", "alice-password");
  std::vector<std::string> many = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                   "<< /Length 30 >>\nstream\nBT /F1 11 Tf (page) Tj ET\n   "
                                   "\nendstream"};
  std::string kids;
  for (int i = 0; i < 20000; ++i) {
    kids += std::to_string(4 + i) + " 0 R ";
    many.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>");
  }
  many[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 20000 >>";
  const std::string whole = testing::MakePdf({{"# Jordan Rivera", "Engineer"}});
  struct Upload {
    std::string name;
    std::string bytes;
    std::string says;
  };
  const std::vector<Upload> uploads = {
      {"bomb.pdf", testing::DecompressionBombPdf(std::size_t{1} << 30), "when decompressed"},
      {"pages.pdf", testing::PdfOf(many), "20000 pages"},
      {"cut.pdf", whole.substr(0, whole.size() / 2), "incomplete"},
      {"resume.pdf", "PK\x03\x04 a zip file, named .pdf", "not a PDF"},
  };

  std::atomic<bool> stop{false};
  testing::HealthProbe probe(port_);
  bool probes_answered = false;
  std::thread prober([&] { probes_answered = probe.Run(stop, 10ms); });
  for (const auto& upload : uploads) {
    const auto start = std::chrono::steady_clock::now();
    auto r = Http(port_, "POST", "/api/documents", upload.bytes, alice,
                  {{"X-Filename", upload.name}, {"Content-Type", "application/pdf"}});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("upload %s (%zu bytes): %d in %.2f s\n", upload.name.c_str(), upload.bytes.size(),
                r.status, seconds);
    EXPECT_EQ(r.status, 400) << upload.name << ": " << r.body;
    EXPECT_EQ(r.Error(), "invalid_document") << upload.name;
    const std::string message = StringAt(r.Json(), "message");
    EXPECT_NE(message.find(upload.says), std::string::npos) << message;
    EXPECT_NE(message.find(upload.name), std::string::npos) << message;
  }
  stop.store(true);
  prober.join();
  EXPECT_TRUE(probes_answered);
  const auto& latencies = probe.latencies_ms();
  std::printf("/healthz during the uploads: %zu probes, p99 %.2f ms\n", latencies.size(),
              testing::Percentile(latencies, 0.99));
  // Nothing of them was stored; a good document still is.
  auto listed = Http(port_, "GET", "/api/documents", "", alice);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.Json().as_object().at("documents").as_array().size(), 0u) << listed.body;
  auto good = Http(port_, "POST", "/api/documents",
                   testing::ReadFile(testing::SourceDir() / "examples" / "resume.pdf"), alice,
                   {{"X-Filename", "resume.pdf"}});
  EXPECT_EQ(good.status, 201) << good.body;
}

}  // namespace
}  // namespace applier
