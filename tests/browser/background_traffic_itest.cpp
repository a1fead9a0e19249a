// Chromium's own background services (Google sign-in, component updates, autofill
// crowdsourcing, network time, model downloads) must send nothing off loopback.
// Through a proxy Chromium resolves no name itself, so the proxy sees every
// request it makes: here a recording server is the proxy and serves the pages,
// and anything it records beyond those pages is a background request that would
// have left the machine.
#include <array>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "egress/recording_server.h"
#include "gtest/gtest.h"
#include "support/async.h"

namespace applier::browser {
namespace {

namespace asio = boost::asio;
using applier::egress::testing::RecordingServer;
using applier::testing::RunAsync;

// A form like a job application's, with autocomplete hints: autofill's server
// query is sent for such forms.
constexpr const char* kFormPage = R"(<!doctype html><title>Apply</title>
<form action="/done" method="get">
<input name="first_name" autocomplete="given-name">
<input name="last_name" autocomplete="family-name">
<input type="email" name="email" autocomplete="email">
<input type="tel" name="phone" autocomplete="tel">
<input name="address" autocomplete="street-address">
<textarea name="cover"></textarea><button>Submit</button></form>)";

TEST(BrowserBackgroundTraffic, NothingButThePagesReachesTheProxy) {
  RecordingServer proxy("127.0.0.1");
  const std::string origin = proxy.origin();
  proxy.Route(origin + "/apply", kFormPage);
  proxy.Route(origin + "/done", "<!doctype html><p>Thank you</p><form><input name=q></form>");

  asio::io_context io;
  BrowserOptions options;
  options.launch.proxy_server = "127.0.0.1:" + std::to_string(proxy.port());
  auto browser = RunAsync(io, [&]() { return Browser::Launch(io.get_executor(), options); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto visited = RunAsync(io, [&]() -> asio::awaitable<Result<bool>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    const std::array<std::string, 2> paths = {"/apply", "/done"};
    for (const std::string& path : paths) {
      auto loaded = co_await (*page)->Navigate(origin + path);
      if (!loaded) co_return Fail(loaded.error());
      co_await (*page)->WaitForSettled();
    }
    // The services start within seconds of launch and of a form's load (measured
    // with strace: the first within 1 s, autofill's as the form loads); give the
    // late ones time to show up.
    asio::steady_timer linger(co_await asio::this_coro::executor, std::chrono::seconds(4));
    co_await linger.async_wait(asio::use_awaitable);
    co_return true;
  });
  ASSERT_TRUE(visited) << visited.error().ToString();
  (*browser)->Close();

  std::vector<std::string> pages;
  std::vector<std::string> background;
  for (const auto& hit : proxy.hits()) {
    if (hit.target.starts_with(origin + "/")) {
      pages.push_back(hit.target);
    } else {
      background.push_back(hit.method + " " + hit.target);
    }
  }
  EXPECT_FALSE(pages.empty()) << "the pages did not go through the proxy";
  EXPECT_EQ(background, std::vector<std::string>{});
}

}  // namespace
}  // namespace applier::browser
