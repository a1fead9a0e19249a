// The browser layer against a real Chromium and the demo site: isolation between
// contexts, the cross-origin iframe as its own frame, a crash reported as a
// crash, screencast frames, and no process left behind.
#include <signal.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <fstream>
#include <thread>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "support/async.h"
#include "support/process.h"

namespace applier::browser {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = fixtures::DemoSite::Start({});
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);
    auto browser = RunAsync(io_, [&]() { return Browser::Launch(io_.get_executor(), {}); });
    ASSERT_TRUE(browser) << browser.error().ToString();
    browser_ = *browser;
  }
  void TearDown() override {
    if (browser_) {
      std::string profile = browser_->process()->user_data_dir().string();
      browser_->Close();
      EXPECT_EQ(applier::testing::CountProcessesMatching(profile), 0)
          << "a Chromium process outlived Browser::Close";
    }
  }

  asio::io_context io_;
  std::unique_ptr<fixtures::DemoSite> site_;
  std::shared_ptr<Browser> browser_;
};

TEST_F(BrowserTest, ContextsDoNotShareCookiesOrStorage) {
  auto cookies =
      RunAsync(io_, [&]() -> asio::awaitable<Result<std::pair<std::string, std::string>>> {
        auto first = co_await browser_->NewContext();
        auto second = co_await browser_->NewContext();
        if (!first || !second) co_return Fail(ErrorKind::kIo, "no context");
        auto a = co_await (*first)->NewPage();
        auto b = co_await (*second)->NewPage();
        if (!a || !b) co_return Fail(ErrorKind::kIo, "no page");
        for (auto* page : {&*a, &*b}) {
          auto loaded = co_await (*page)->Navigate(site_->posting_url());
          if (!loaded) co_return Fail(loaded.error());
        }
        auto frames_a = co_await (*a)->Frames();
        auto frames_b = co_await (*b)->Frames();
        (void)co_await (*a)->Evaluate(frames_a->front(),
                                      "document.cookie = 'applicant=alpha; path=/'; "
                                      "localStorage.setItem('k', 'alpha'); true");
        auto seen_a = co_await (*a)->Evaluate(frames_a->front(),
                                              "document.cookie + '|' + localStorage.getItem('k')");
        auto seen_b = co_await (*b)->Evaluate(frames_b->front(),
                                              "document.cookie + '|' + localStorage.getItem('k')");
        if (!seen_a || !seen_b) co_return Fail(ErrorKind::kIo, "evaluate failed");
        co_return std::pair{std::string(seen_a->as_string()), std::string(seen_b->as_string())};
      });
  ASSERT_TRUE(cookies) << cookies.error().ToString();
  EXPECT_EQ(cookies->first, "applicant=alpha|alpha");
  EXPECT_EQ(cookies->second, "|null");
}

TEST_F(BrowserTest, CrossOriginIframeIsItsOwnFrameAndClickable) {
  auto result = RunAsync(io_, [&]() -> asio::awaitable<Result<std::vector<FrameInfo>>> {
    auto context = co_await browser_->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate(site_->posting_url());
    if (!loaded) co_return Fail(loaded.error());
    auto frames = co_await (*page)->Frames();
    // Open the form the way a person does: a real click on the Apply button.
    auto where = co_await (*page)->Evaluate(
        frames->front(),
        "(() => { const b = Array.from(document.querySelectorAll('button, a'))"
        ".find(e => /apply/i.test(e.textContent)); b.scrollIntoView({block:'center'});"
        "const r = b.getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2]; "
        "})()");
    if (!where) co_return Fail(where.error());
    auto xy = where->as_array();
    (void)co_await (*page)->Click({xy[0].to_number<double>(), xy[1].to_number<double>()});
    for (int i = 0; i < 100; ++i) {
      co_await (*page)->WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2));
      frames = co_await (*page)->Frames();
      if (frames && frames->size() > 1 && frames->back().url.find("localhost") != std::string::npos)
        break;
    }
    co_return frames;
  });
  ASSERT_TRUE(result) << result.error().ToString();
  ASSERT_GE(result->size(), 2u);
  const FrameInfo& form = result->back();
  EXPECT_NE(form.url.find(site_->form_origin()), std::string::npos) << form.url;
  EXPECT_TRUE(form.out_of_process);
  EXPECT_EQ(form.parent_id, result->front().id);
}

TEST_F(BrowserTest, KilledChromiumIsReportedAsACrashNotAHang) {
  auto context = RunAsync(io_, [&]() { return browser_->NewContext(); });
  ASSERT_TRUE(context);
  auto page = RunAsync(io_, [&]() { return (*context)->NewPage(); });
  ASSERT_TRUE(page);
  kill(browser_->process()->pid(), SIGKILL);
  auto after = RunAsync(io_, [&]() { return (*page)->Navigate(site_->posting_url()); });
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().kind, ErrorKind::kDisconnected);
  ASSERT_TRUE(browser_->crash_reason().has_value());
  // The pipe closes before the kernel reports how Chromium ended; the reason names
  // the signal once the exit is known, which takes at most a moment.
  for (int i = 0; i < 200 && !browser_->crash_reason()->starts_with("Chromium went away ("); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_NE(browser_->crash_reason()->find("signal 9"), std::string::npos)
      << *browser_->crash_reason();
}

TEST_F(BrowserTest, ConnectsOverWebSocketToABrowserItWasGiven) {
  // A browser someone else runs, with a DevTools port: it writes the port and the
  // browser endpoint's path into DevToolsActivePort in its profile directory.
  BrowserOptions options;
  options.launch.extra_args = {"--remote-debugging-port=0"};
  auto host = RunAsync(io_, [&]() { return Browser::Launch(io_.get_executor(), options); });
  ASSERT_TRUE(host) << host.error().ToString();
  const auto port_file = (*host)->process()->user_data_dir() / "DevToolsActivePort";
  std::string port, path;
  for (int i = 0; i < 100 && path.empty(); ++i) {
    std::ifstream in(port_file);
    std::getline(in, port);
    std::getline(in, path);
    if (path.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(path.empty());
  const std::string ws = "ws://127.0.0.1:" + port + path;
  auto url = RunAsync(io_, [&]() -> asio::awaitable<Result<std::string>> {
    BrowserOptions remote_options;
    auto remote = co_await Browser::Connect(io_.get_executor(), ws, remote_options);
    if (!remote) co_return Fail(remote.error());
    auto context = co_await (*remote)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate(site_->posting_url());
    if (!loaded) co_return Fail(loaded.error());
    auto frames = co_await (*page)->Frames();
    if (!frames) co_return Fail(frames.error());
    auto href = co_await (*page)->Evaluate(frames->front(), "location.href");
    context->reset();
    (*remote)->Close();  // closes our connection only: the browser is not ours
    if (!href) co_return Fail(href.error());
    co_return std::string(href->as_string());
  });
  ASSERT_TRUE(url) << url.error().ToString();
  EXPECT_EQ(*url, site_->posting_url());
  EXPECT_FALSE((*host)->crash_reason().has_value());
  auto bad = RunAsync(io_, [&]() {
    return Browser::Connect(io_.get_executor(), "http://127.0.0.1:1/x", BrowserOptions{});
  });
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalidInput);
  (*host)->Close();
}

TEST_F(BrowserTest, PopupOpenedByTheSiteJoinsItsContext) {
  auto result = RunAsync(io_, [&]() -> asio::awaitable<Result<std::string>> {
    auto context = co_await browser_->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate(site_->posting_url());
    if (!loaded) co_return Fail(loaded.error());
    auto frames = co_await (*page)->Frames();
    (void)co_await (*page)->Evaluate(frames->front(), "window.open('/', '_blank'); true");
    for (int i = 0; i < 100 && (*context)->pages().size() < 2; ++i) {
      asio::steady_timer t(co_await asio::this_coro::executor, std::chrono::milliseconds(50));
      co_await t.async_wait(asio::use_awaitable);
    }
    auto pages = (*context)->pages();
    if (pages.size() != 2) co_return Fail(ErrorKind::kNotFound, "popup was not adopted");
    co_await pages.back()->WaitForSettled();
    auto popup_frames = co_await pages.back()->Frames();
    if (!popup_frames) co_return Fail(popup_frames.error());
    co_return popup_frames->front().url;
  });
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_EQ(*result, site_->board_origin() + "/");
}

TEST_F(BrowserTest, PoolLimitMakesTheNextContextWait) {
  BrowserOptions options;
  options.max_contexts = 1;
  auto limited = RunAsync(io_, [&]() { return Browser::Launch(io_.get_executor(), options); });
  ASSERT_TRUE(limited);
  auto first = RunAsync(io_, [&]() { return (*limited)->NewContext(); });
  ASSERT_TRUE(first);
  auto second =
      RunAsync(io_, [&]() { return (*limited)->NewContext(std::chrono::milliseconds(200)); });
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::kTimeout);
  first->reset();
  auto third =
      RunAsync(io_, [&]() { return (*limited)->NewContext(std::chrono::milliseconds(200)); });
  EXPECT_TRUE(third);
  third->reset();
  (*limited)->Close();
}

TEST_F(BrowserTest, ScreencastDeliversTimestampedJpegFrames) {
  std::vector<ScreencastFrame> frames;
  auto status = RunAsync(io_, [&]() -> asio::awaitable<Status> {
    auto context = co_await browser_->NewContext();
    auto page = co_await (*context)->NewPage();
    auto loaded = co_await (*page)->Navigate(site_->posting_url());
    if (!loaded) co_return loaded;
    auto started = co_await (*page)->StartScreencast(
        {}, [&](ScreencastFrame f) { frames.push_back(std::move(f)); });
    if (!started) co_return started;
    auto all = co_await (*page)->Frames();
    for (int i = 0; i < 10; ++i) {
      (void)co_await (*page)->Evaluate(all->front(),
                                       "document.body.style.background = '#' + "
                                       "Math.floor(Math.random()*16777215).toString(16); true");
      asio::steady_timer t(co_await asio::this_coro::executor, std::chrono::milliseconds(60));
      co_await t.async_wait(asio::use_awaitable);
    }
    auto shot = co_await (*page)->Screenshot({.full_page = true, .quality = 70});
    if (!shot) co_return Fail(shot.error());
    if (shot->substr(0, 2) != "\xFF\xD8") co_return Fail(ErrorKind::kProtocol, "not a JPEG");
    co_return co_await (*page)->StopScreencast();
  });
  ASSERT_TRUE(status) << status.error().ToString();
  ASSERT_GE(frames.size(), 2u);
  EXPECT_EQ(frames.front().jpeg.substr(0, 2), "\xFF\xD8");
  EXPECT_GT(frames.front().capture_time, 1.6e9);
  EXPECT_LT(frames.front().sequence, frames.back().sequence);
}

}  // namespace
}  // namespace applier::browser
