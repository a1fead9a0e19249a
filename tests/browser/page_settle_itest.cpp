// When a page counts as settled, on pages with requests DevTools never sees end:
// a long poll the server does not answer, an answer whose body stops coming (an
// event stream, a response the page's script never reads, seen on a multi-step
// portal's "save the step" calls). They are the page's background traffic: the
// page settles while they stay open, and says which requests it waited for.
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <istream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "gtest/gtest.h"
#include "support/async.h"

namespace applier::browser {
namespace {

namespace asio = boost::asio;
using applier::testing::RunAsync;
using asio::ip::tcp;

// A page that opens a long poll and an event stream at load, then, on "Next",
// shows its second step.
constexpr const char* kPage = R"(<!doctype html><title>Apply</title>
<div id=step>Step 1</div><button id=next>Next</button>
<script>
fetch('/poll').catch(() => {});
fetch('/stream').then(r => r.body.getReader().read()).catch(() => {});
document.getElementById('next').addEventListener('click', () => {
  setTimeout(() => { document.getElementById('step').textContent = 'Step 2'; }, 200);
});
</script>)";

// Serves the page; answers /poll never and /stream with headers and the first
// bytes of a body that never ends. Keeps those connections open until stopped.
class StallingServer {
 public:
  StallingServer() : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    thread_ = std::thread([this] { Serve(); });
  }
  ~StallingServer() {
    // Wake the blocking accept with a connection of our own, then let it end.
    stopping_ = true;
    asio::io_context wake_io;
    tcp::socket wake(wake_io);
    boost::system::error_code ignored;
    wake.connect(acceptor_.local_endpoint(), ignored);
    thread_.join();
  }
  std::string origin() const {
    return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port());
  }

 private:
  void Serve() {
    for (;;) {
      auto socket = std::make_unique<tcp::socket>(io_);
      boost::system::error_code ec;
      acceptor_.accept(*socket, ec);
      if (ec || stopping_) return;
      asio::streambuf buffer;
      asio::read_until(*socket, buffer, "\r\n\r\n", ec);
      if (ec) continue;
      std::istream request(&buffer);
      std::string method, path;
      request >> method >> path;
      std::string reply;
      if (path == "/page") {
        reply =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
            "Content-Length: " +
            std::to_string(std::string(kPage).size()) + "\r\n\r\n" + kPage;
      } else if (path == "/stream") {
        reply =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            "Content-Length: 100000\r\n\r\ndata: hello\n\n";
      } else if (path != "/poll") {
        reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      }
      if (!reply.empty()) asio::write(*socket, asio::buffer(reply), ec);
      if (path == "/poll" || path == "/stream") held_.push_back(std::move(socket));
    }
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::vector<std::unique_ptr<tcp::socket>> held_;
  std::atomic<bool> stopping_ = false;
  std::thread thread_;
};

struct Settled {
  bool settled = false;
  std::vector<std::string> in_flight;
  std::string step;
};

TEST(PageSettleTest, ALongPollAndAStalledBodyDoNotHoldThePage) {
  StallingServer server;
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto result = RunAsync(io, [&]() -> asio::awaitable<Result<Settled>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate(server.origin() + "/page");
    if (!loaded) co_return Fail(loaded.error());
    auto frames = co_await (*page)->Frames();
    if (!frames) co_return Fail(frames.error());
    auto clicked =
        co_await (*page)->Evaluate(frames->front(), "document.getElementById('next').click()");
    if (!clicked) co_return Fail(clicked.error());
    Settled out;
    // Longer than a long poll may hold the page, far shorter than it stays open.
    out.settled =
        co_await (*page)->WaitForSettled(std::chrono::milliseconds(300), std::chrono::seconds(12));
    out.in_flight = (*page)->RequestsInFlight();
    auto step =
        co_await (*page)->Evaluate(frames->front(), "document.getElementById('step').textContent");
    if (!step) co_return Fail(step.error());
    out.step = std::string(step->as_string());
    co_return out;
  });
  (*browser)->Close();
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_TRUE(result->settled) << result->in_flight.size() << " request(s) held the page";
  EXPECT_EQ(result->in_flight, std::vector<std::string>{});
  EXPECT_EQ(result->step, "Step 2");
}

// The DOM side of settling needs to know how long a page has been still before
// anyone looked at it: a page that has been still since it loaded is settled at
// the first look, not a quiet period later.
TEST(PageSettleTest, EveryDocumentKeepsAClockOfItsLastDomChangeFromItsStart) {
  StallingServer server;
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  struct Clock {
    double still_at_first_look = 0;
    bool advanced_by_the_change = false;
  };
  auto result = RunAsync(io, [&]() -> asio::awaitable<Result<Clock>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate(server.origin() + "/page");
    if (!loaded) co_return Fail(loaded.error());
    asio::steady_timer wait(co_await asio::this_coro::executor, std::chrono::milliseconds(400));
    co_await wait.async_wait(asio::use_awaitable);
    auto frames = co_await (*page)->Frames();
    if (!frames) co_return Fail(frames.error());
    Clock out;
    auto still = co_await (*page)->Evaluate(
        frames->front(), "performance.now() - globalThis.__applierDomClock.last");
    if (!still) co_return Fail(still.error());
    out.still_at_first_look = still->to_number<double>();
    auto clicked = co_await (*page)->Evaluate(
        frames->front(),
        "globalThis.clicked_at = performance.now(); document.getElementById('next').click()");
    if (!clicked) co_return Fail(clicked.error());
    for (int look = 0; look < 100; ++look) {
      auto changed =
          co_await (*page)->Evaluate(frames->front(),
                                     "document.getElementById('step').textContent === 'Step 2' && "
                                     "globalThis.__applierDomClock.last > globalThis.clicked_at");
      if (!changed) co_return Fail(changed.error());
      if (changed->is_bool() && changed->as_bool()) {
        out.advanced_by_the_change = true;
        break;
      }
      wait.expires_after(std::chrono::milliseconds(50));
      co_await wait.async_wait(asio::use_awaitable);
    }
    co_return out;
  });
  (*browser)->Close();
  ASSERT_TRUE(result) << result.error().ToString();
  // The test waited 400 ms after the load event; nothing changed meanwhile.
  EXPECT_GE(result->still_at_first_look, 350);
  EXPECT_TRUE(result->advanced_by_the_change);
}

}  // namespace
}  // namespace applier::browser
