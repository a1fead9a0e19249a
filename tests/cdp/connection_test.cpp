// The CDP connection against a peer on a real pipe pair: the test plays the
// browser, so it can send what Chromium never would — malformed JSON, truncated
// messages, silence — and check each is an error value, never a crash or a hang.
#include "cdp/connection.h"

#include <fcntl.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/json.hpp>
#include <string>

#include "cdp/message.h"
#include "gtest/gtest.h"
#include "support/async.h"

namespace applier::cdp {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;

// The far end of the pipes: what a browser would read and write.
struct FakeBrowserEnd {
  int to_us = -1;    // we write browser messages here
  int from_us = -1;  // commands from the connection arrive here
  ~FakeBrowserEnd() {
    if (to_us >= 0) close(to_us);
    if (from_us >= 0) close(from_us);
  }
  void Send(const std::string& text, bool terminate = true) {
    std::string bytes = text;
    if (terminate) bytes.push_back('\0');
    ASSERT_EQ(write(to_us, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  }
  void CloseWrite() {
    close(to_us);
    to_us = -1;
  }
};

std::shared_ptr<Connection> Connect(asio::io_context& io, FakeBrowserEnd& browser) {
  int a[2], b[2];
  EXPECT_EQ(pipe(a), 0);
  EXPECT_EQ(pipe(b), 0);
  browser.to_us = a[1];
  browser.from_us = b[0];
  return Connection::Start(MakePipeTransport(io.get_executor(), a[0], b[1]));
}

TEST(MessageDecodeTest, ResponseEventAndErrors) {
  auto response = DecodeMessage(R"({"id":7,"result":{"x":1},"sessionId":"S"})");
  ASSERT_TRUE(response);
  auto& r = std::get<Response>(*response);
  EXPECT_EQ(r.id, 7);
  EXPECT_EQ(r.session_id, "S");
  ASSERT_TRUE(r.result);
  EXPECT_EQ(r.result->at("x").as_int64(), 1);

  auto error = DecodeMessage(R"({"id":8,"error":{"code":-32000,"message":"No node"}})");
  ASSERT_TRUE(error);
  ASSERT_FALSE(std::get<Response>(*error).result);
  EXPECT_EQ(std::get<Response>(*error).result.error().kind, ErrorKind::kRemote);
  EXPECT_EQ(std::get<Response>(*error).result.error().message, "No node");

  auto event = DecodeMessage(R"({"method":"Page.loadEventFired","params":{"timestamp":1}})");
  ASSERT_TRUE(event);
  EXPECT_EQ(std::get<Event>(*event).method, "Page.loadEventFired");

  for (const char* bad :
       {"{", "[1,2]", "42", R"({"foo":1})", R"({"id":"x","result":{}})",
        R"({"id":1,"result":{"a":)", R"({"id":18446744073709551615,"result":{}})", ""}) {
    auto decoded = DecodeMessage(bad);
    ASSERT_FALSE(decoded) << bad;
    EXPECT_EQ(decoded.error().kind, ErrorKind::kProtocol) << bad;
  }
  auto neither = DecodeMessage(R"({"id":3})");
  ASSERT_TRUE(neither);
  EXPECT_EQ(std::get<Response>(*neither).result.error().kind, ErrorKind::kProtocol);
}

TEST(ConnectionTest, MatchesResponsesByIdAndTimesOut) {
  asio::io_context io;
  FakeBrowserEnd browser;
  auto connection = Connect(io, browser);
  auto result = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    co_return co_await connection->Call("Browser.getVersion", {}, {},
                                        std::chrono::milliseconds(100));
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::kTimeout);
  EXPECT_NE(result.error().message.find("Browser.getVersion"), std::string::npos);

  // The command reached the pipe with id 1, NUL-terminated.
  char buffer[256] = {};
  ssize_t n = read(browser.from_us, buffer, sizeof buffer);
  ASSERT_GT(n, 0);
  EXPECT_EQ(buffer[n - 1], '\0');
  auto sent = json::parse(std::string(buffer, static_cast<size_t>(n - 1))).as_object();
  EXPECT_EQ(sent.at("id").as_int64(), 1);
  EXPECT_EQ(sent.at("method").as_string(), "Browser.getVersion");

  // A late answer to the timed-out call is dropped; the next call gets its own.
  browser.Send(R"({"id":1,"result":{"late":true}})");
  browser.Send(R"({"id":2,"result":{"product":"Chrome/1"}})");
  auto second = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    co_return co_await connection->Call("Browser.getVersion");
  });
  ASSERT_TRUE(second) << second.error().ToString();
  EXPECT_EQ(second->at("product").as_string(), "Chrome/1");
}

TEST(ConnectionTest, RoutesEventsBySessionAndSurvivesMalformedMessages) {
  asio::io_context io;
  FakeBrowserEnd browser;
  auto connection = Connect(io, browser);
  std::vector<std::string> seen;
  std::vector<std::string> protocol_errors;
  connection->Subscribe("A", "Page.loadEventFired",
                        [&](const json::object&) { seen.push_back("A"); });
  auto b = connection->Subscribe("B", "", [&](const json::object&) { seen.push_back("B"); });
  connection->OnProtocolError([&](const Error& e) { protocol_errors.push_back(e.message); });

  browser.Send(R"({"method":"Page.loadEventFired","sessionId":"A","params":{}})");
  browser.Send(R"(this is not json)");
  browser.Send(R"({"method":"Runtime.consoleAPICalled","sessionId":"B","params":{}})");
  browser.Send(R"({"method":"Page.loadEventFired","sessionId":"C","params":{}})");
  browser.Send(R"({"id":1,"result":{}})");
  auto ok = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    co_return co_await connection->Call("Runtime.enable");
  });
  ASSERT_TRUE(ok);
  EXPECT_EQ(seen, (std::vector<std::string>{"A", "B"}));
  ASSERT_EQ(protocol_errors.size(), 1u);
  EXPECT_NE(protocol_errors[0].find("invalid JSON"), std::string::npos);
  connection->Unsubscribe(b);
  connection->Unsubscribe(b);  // not an error twice
}

// Before, the first handler's exception left the read loop (spawned detached) and
// nothing read the pipe again: the call waited out its deadline.
TEST(ConnectionTest, AThrowingHandlerIsReportedAndTheConnectionGoesOn) {
  asio::io_context io;
  FakeBrowserEnd browser;
  auto connection = Connect(io, browser);
  std::vector<std::string> protocol_errors;
  std::vector<std::string> seen;
  connection->OnProtocolError([&](const Error& e) { protocol_errors.push_back(e.message); });
  connection->Subscribe("", "Page.frameNavigated", [&](const json::object& params) {
    seen.push_back("throwing");
    (void)params.at("frame");  // the browser left it out
  });
  connection->Subscribe("", "Page.frameNavigated",
                        [&](const json::object&) { seen.push_back("second"); });

  browser.Send(R"({"method":"Page.frameNavigated","params":{}})");
  browser.Send(R"({"id":1,"result":{"product":"Chrome/1"}})");
  auto answered = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    co_return co_await connection->Call("Browser.getVersion", {}, {},
                                        std::chrono::milliseconds(5000));
  });
  ASSERT_TRUE(answered) << answered.error().ToString();
  EXPECT_EQ(answered->at("product").as_string(), "Chrome/1");
  EXPECT_EQ(seen, (std::vector<std::string>{"throwing", "second"}));
  ASSERT_EQ(protocol_errors.size(), 1u);
  EXPECT_NE(protocol_errors[0].find("the handler of Page.frameNavigated failed"), std::string::npos)
      << protocol_errors[0];
  EXPECT_FALSE(connection->closed());
}

// A read loop that ends on an exception (here a protocol-error listener that
// throws on a malformed message) shuts the connection down: before, the pending
// call waited out its deadline and OnClose was never told.
TEST(ConnectionTest, AReadLoopEndedByAnExceptionFailsPendingCallsAtOnce) {
  asio::io_context io;
  FakeBrowserEnd browser;
  auto connection = Connect(io, browser);
  connection->OnProtocolError(
      [](const Error& e) { throw std::runtime_error("cannot handle: " + e.message); });
  std::vector<std::string> close_notices;
  connection->OnClose([&](const Error& e) { close_notices.push_back(e.message); });
  connection->OnClose([](const Error&) { throw std::runtime_error("a failing close listener"); });
  connection->OnClose([&](const Error& e) { close_notices.push_back(e.message); });

  browser.Send("this is not json");
  auto pending = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    co_return co_await connection->Call("Page.navigate", {}, {}, std::chrono::milliseconds(5000));
  });
  ASSERT_FALSE(pending);
  EXPECT_EQ(pending.error().kind, ErrorKind::kDisconnected) << pending.error().ToString();
  EXPECT_NE(pending.error().message.find("stopped reading"), std::string::npos)
      << pending.error().message;
  EXPECT_NE(pending.error().message.find("cannot handle: browser sent invalid JSON"),
            std::string::npos)
      << pending.error().message;
  ASSERT_EQ(close_notices.size(), 2u);
  EXPECT_EQ(close_notices[0], pending.error().message);
  EXPECT_TRUE(connection->closed());
}

TEST(ConnectionTest, BrowserDeathFailsEveryPendingCallOnce) {
  asio::io_context io;
  FakeBrowserEnd browser;
  auto connection = Connect(io, browser);
  int close_notices = 0;
  connection->OnClose([&](const Error& e) {
    ++close_notices;
    EXPECT_EQ(e.kind, ErrorKind::kDisconnected);
    EXPECT_NE(e.message.find("cut off"), std::string::npos) << e.message;
  });
  auto results = RunAsync(io, [&]() -> asio::awaitable<std::vector<Status>> {
    std::vector<Status> out;
    auto executor = co_await asio::this_coro::executor;
    auto first = asio::co_spawn(executor, connection->Call("A.one"), asio::use_future);
    auto second = asio::co_spawn(executor, connection->Call("A.two", {}, "S1"), asio::use_future);
    browser.Send(R"({"id":1,"res)", /*terminate=*/false);  // truncated
    browser.CloseWrite();
    asio::steady_timer wait(executor, std::chrono::milliseconds(300));
    co_await wait.async_wait(asio::use_awaitable);
    for (auto* f : {&first, &second}) {
      auto r = f->get();
      out.push_back(r ? Status{} : Status(Fail(r.error())));
    }
    co_return out;
  });
  ASSERT_EQ(results.size(), 2u);
  for (const auto& r : results) {
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::kDisconnected);
  }
  EXPECT_EQ(close_notices, 1);
  EXPECT_TRUE(connection->closed());
  auto after = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    co_return co_await connection->Call("A.three");
  });
  ASSERT_FALSE(after);
}

TEST(ConnectionTest, DetachedSessionFailsOnlyItsCalls) {
  asio::io_context io;
  FakeBrowserEnd browser;
  auto connection = Connect(io, browser);
  auto result = RunAsync(io, [&]() -> asio::awaitable<std::pair<bool, bool>> {
    auto executor = co_await asio::this_coro::executor;
    auto on_s1 = asio::co_spawn(executor, connection->Call("X.a", {}, "S1"), asio::use_future);
    auto on_s2 = asio::co_spawn(executor, connection->Call("X.b", {}, "S2"), asio::use_future);
    asio::steady_timer wait(executor, std::chrono::milliseconds(50));
    co_await wait.async_wait(asio::use_awaitable);
    browser.Send(R"({"method":"Target.detachedFromTarget","params":{"sessionId":"S1"}})");
    browser.Send(R"({"id":2,"result":{"fine":true},"sessionId":"S2"})");
    wait.expires_after(std::chrono::milliseconds(100));
    co_await wait.async_wait(asio::use_awaitable);
    auto a = on_s1.get();
    auto b = on_s2.get();
    co_return std::pair{!a && a.error().kind == ErrorKind::kDisconnected, b.has_value()};
  });
  EXPECT_TRUE(result.first);
  EXPECT_TRUE(result.second);
}

}  // namespace
}  // namespace applier::cdp
