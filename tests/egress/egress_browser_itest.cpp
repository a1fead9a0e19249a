// A real Chromium behind the egress filter, the way the server runs it: the
// allowlisted test site loads, and nothing the site makes the browser do —
// redirects, images, scripts, fetches, WebSockets, iframes, a name that
// rebinds to another address — ever reaches the refused server on 127.0.0.2,
// which records every connection it sees.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <mutex>
#include <set>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "egress/egress_proxy.h"
#include "egress/recording_server.h"
#include "egress/scripted_resolver.h"
#include "gtest/gtest.h"
#include "support/async.h"
#include "support/process.h"

namespace applier::egress {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;
using browser::Browser;
using browser::BrowserContext;
using browser::BrowserOptions;
using browser::FrameInfo;
using browser::Page;
using testing::Ip;
using testing::RecordingServer;
using testing::Reply;
using testing::ScriptedResolver;

class EgressBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto policy = AddressPolicy::FromAllowHostFlags({"127.0.0.1:" + std::to_string(site_.port())});
    ASSERT_TRUE(policy);
    EgressProxyOptions options;
    options.policy = *policy;
    options.resolver = resolver_;
    options.on_refusal = [this](const Refusal& refusal) {
      std::lock_guard lock(mutex_);
      refusals_.push_back(refusal);
    };
    auto proxy = EgressProxy::Start(io_.get_executor(), std::move(options));
    ASSERT_TRUE(proxy) << proxy.error().ToString();
    proxy_ = std::move(*proxy);
    BrowserOptions browser_options;
    browser_options.launch.proxy_server = proxy_->proxy_server();
    auto launched =
        RunAsync(io_, [&]() { return Browser::Launch(io_.get_executor(), browser_options); });
    ASSERT_TRUE(launched) << launched.error().ToString();
    browser_ = *launched;
    auto context = RunAsync(io_, [&]() { return browser_->NewContext(); });
    ASSERT_TRUE(context) << context.error().ToString();
    context_ = std::move(*context);
    auto page = RunAsync(io_, [&]() { return context_->NewPage(); });
    ASSERT_TRUE(page) << page.error().ToString();
    page_ = *page;
  }
  void TearDown() override {
    page_.reset();
    context_.reset();
    if (browser_) {
      const std::string profile = browser_->process()->user_data_dir().string();
      browser_->Close();
      EXPECT_EQ(applier::testing::CountProcessesMatching(profile), 0);
    }
    if (proxy_) proxy_->Stop();
  }

  // Loads `url` and, with `settle`, lets the page finish what it starts on its own.
  Status Load(const std::string& url, bool settle = true) {
    return RunAsync(io_, [&]() -> asio::awaitable<Status> {
      auto loaded = co_await page_->Navigate(url);
      if (!loaded) co_return loaded;
      if (settle) co_await page_->WaitForSettled();
      co_return Status{};
    });
  }
  Result<json::value> Eval(const FrameInfo& frame, const std::string& expression) {
    return RunAsync(io_, [&]() { return page_->Evaluate(frame, expression); });
  }
  Result<std::vector<FrameInfo>> Frames() {
    return RunAsync(io_, [&]() { return page_->Frames(); });
  }
  std::string MainText() {
    auto frames = Frames();
    if (!frames) return "no frames: " + frames.error().message;
    auto text = Eval(frames->front(), "document.body ? document.body.innerText : ''");
    return text ? std::string(text->as_string()) : text.error().message;
  }
  // Polls `expression` in the main frame until it is not null.
  Result<json::value> WaitFor(const std::string& expression) {
    return RunAsync(io_, [&]() -> asio::awaitable<Result<json::value>> {
      for (int i = 0; i < 200; ++i) {
        auto frames = co_await page_->Frames();
        if (!frames) co_return Fail(frames.error());
        auto value = co_await page_->Evaluate(frames->front(), expression);
        if (!value) co_return value;
        if (!value->is_null()) co_return value;
        asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::milliseconds(50));
        co_await timer.async_wait(asio::use_awaitable);
      }
      co_return Fail(ErrorKind::kTimeout, expression + " stayed null");
    });
  }
  std::vector<Refusal> RefusalsFor(const std::string& host) {
    std::lock_guard lock(mutex_);
    std::vector<Refusal> matching;
    for (const auto& refusal : refusals_) {
      if (refusal.host == host) matching.push_back(refusal);
    }
    return matching;
  }
  std::string site_url(const std::string& path) const { return site_.origin() + path; }
  std::string refused_url(const std::string& path) const { return refused_.origin() + path; }

  RecordingServer site_{"127.0.0.1"};
  // Same port as the site, on an address nobody allowlisted.
  RecordingServer refused_{"127.0.0.2", site_.port()};
  asio::io_context io_;
  std::shared_ptr<ScriptedResolver> resolver_ = std::make_shared<ScriptedResolver>();
  std::unique_ptr<EgressProxy> proxy_;
  std::shared_ptr<Browser> browser_;
  std::unique_ptr<BrowserContext> context_;
  std::shared_ptr<Page> page_;
  std::mutex mutex_;
  std::vector<Refusal> refusals_;
};

TEST_F(EgressBrowserTest, AllowlistedSiteLoadsThroughTheFilter) {
  site_.Route("/jobs/1", "<title>Engineer</title><h1>Backend Engineer</h1>");
  ASSERT_TRUE(Load(site_url("/jobs/1")));
  EXPECT_EQ(MainText(), "Backend Engineer");
  auto hits = site_.hits();
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().target, "/jobs/1");
  // It came through the proxy, not straight from Chromium: loopback is not bypassed.
  EXPECT_GE(proxy_->stats().requests, 1u);
}

TEST_F(EgressBrowserTest, RedirectToARefusedAddressIsBlocked) {
  Reply redirect;
  redirect.status = 302;
  redirect.headers = {{"Location", refused_url("/landing")}};
  site_.Route("/apply", redirect);
  refused_.Route("/landing", "<h1>internal admin</h1>");
  ASSERT_TRUE(Load(site_url("/apply")));
  EXPECT_NE(MainText().find("egress filter refused"), std::string::npos) << MainText();
  EXPECT_EQ(MainText().find("internal admin"), std::string::npos);
  EXPECT_EQ(refused_.connections(), 0);
  EXPECT_FALSE(RefusalsFor("127.0.0.2").empty());
}

TEST_F(EgressBrowserTest, SubresourcesToARefusedAddressNeverArrive) {
  const std::string refused = refused_.origin();
  const std::string ws = "ws://127.0.0.2:" + std::to_string(refused_.port());
  // Each load reports its end on <body data-done>; the beacon cannot, so it is
  // only covered by the zero-connection check.
  site_.Route(
      "/posting",
      "<body data-done=0><h1>Posting</h1><script>"
      "const done = () => { document.body.dataset.done = +document.body.dataset.done + 1; };"
      "const img = new Image(); img.onload = img.onerror = done;"
      "img.src = '" +
          refused +
          "/pixel.png';"
          "const script = document.createElement('script'); script.onload = script.onerror = done;"
          "script.src = '" +
          refused +
          "/tracker.js'; document.head.appendChild(script);"
          "const css = document.createElement('link'); css.rel = 'stylesheet';"
          "css.onload = css.onerror = done; css.href = '" +
          refused +
          "/style.css';"
          "document.head.appendChild(css);"
          "fetch('" +
          refused +
          "/api', {mode: 'no-cors'}).then(done, done);"
          "const x = new XMLHttpRequest(); x.onloadend = done;"
          "x.open('GET', '" +
          refused +
          "/xhr'); x.send();"
          "const socket = new WebSocket('" +
          ws +
          "/socket'); socket.onclose = done;"
          "navigator.sendBeacon('" +
          refused +
          "/beacon', 'data');"
          "</script></body>");
  ASSERT_TRUE(Load(site_url("/posting"), /*settle=*/false));
  auto done = WaitFor("document.body.dataset.done === '6' ? true : null");
  ASSERT_TRUE(done) << done.error().ToString();
  EXPECT_EQ(MainText(), "Posting");
  EXPECT_EQ(refused_.connections(), 0);
  EXPECT_TRUE(refused_.hits().empty());
  std::set<std::string> refused_targets;
  for (const auto& refusal : RefusalsFor("127.0.0.2")) refused_targets.insert(refusal.target);
  EXPECT_TRUE(refused_targets.count(refused + "/pixel.png"));
  EXPECT_TRUE(refused_targets.count(refused + "/tracker.js"));
  EXPECT_TRUE(refused_targets.count(refused + "/api"));
  // The WebSocket went as a CONNECT tunnel request.
  EXPECT_TRUE(refused_targets.count("127.0.0.2:" + std::to_string(refused_.port())));
}

TEST_F(EgressBrowserTest, IframeToARefusedAddressIsBlocked) {
  site_.Route("/form",
              "<h1>Apply</h1><iframe name=embedded src='" + refused_url("/frame") + "'></iframe>");
  refused_.Route("/frame", "<p>secret intranet page</p>");
  ASSERT_TRUE(Load(site_url("/form")));
  auto frames = Frames();
  ASSERT_TRUE(frames) << frames.error().ToString();
  ASSERT_EQ(frames->size(), 2u);
  auto text = Eval(frames->back(), "document.body.innerText");
  ASSERT_TRUE(text) << text.error().ToString();
  EXPECT_NE(std::string(text->as_string()).find("egress filter refused"), std::string::npos)
      << text->as_string();
  EXPECT_EQ(refused_.connections(), 0);
}

TEST_F(EgressBrowserTest, DnsRebindingNeverReachesTheRefusedAddress) {
  // rebind.test answers the allowlisted address first and the refused one after.
  resolver_->Set("rebind.test", {{Ip("127.0.0.1")}, {Ip("127.0.0.2")}});
  site_.Route("/careers",
              "<h1>Careers</h1><script>"
              "fetch('/secret').then(r => { document.body.dataset.secret = r.status; },"
              "                      () => { document.body.dataset.secret = 'failed'; });"
              "</script>");
  refused_.Route("/secret", "internal secret");
  const std::string origin = "http://rebind.test:" + std::to_string(site_.port());
  ASSERT_TRUE(Load(origin + "/careers", /*settle=*/false));
  EXPECT_EQ(MainText(), "Careers");
  // Scripts run in an isolated world: the page's own globals are out of sight,
  // its DOM is not.
  auto status = WaitFor("document.body.dataset.secret ?? null");
  ASSERT_TRUE(status) << status.error().ToString();
  EXPECT_EQ(*status, json::value("403"));
  EXPECT_GE(resolver_->calls("rebind.test"), 2);
  EXPECT_EQ(refused_.connections(), 0);
  EXPECT_FALSE(RefusalsFor("rebind.test").empty());
}

TEST_F(EgressBrowserTest, APublicLookingNameThatResolvesToAPrivateAddressIsRefused) {
  resolver_->Set("careers.example.com", {{Ip("127.0.0.2")}});
  refused_.Route("/", "<h1>internal</h1>");
  const std::string port = std::to_string(refused_.port());
  ASSERT_TRUE(Load("http://careers.example.com:" + port + "/"));
  EXPECT_NE(MainText().find("careers.example.com resolves to 127.0.0.2, a loopback address"),
            std::string::npos)
      << MainText();
  // Over https the browser asks for a tunnel, which is refused just the same.
  auto tls =
      RunAsync(io_, [&]() { return page_->Navigate("https://careers.example.com:" + port + "/"); });
  ASSERT_FALSE(tls);
  EXPECT_NE(tls.error().message.find("ERR_TUNNEL_CONNECTION_FAILED"), std::string::npos)
      << tls.error().message;
  EXPECT_EQ(refused_.connections(), 0);
  // Chromium also asks for /favicon.ico; each request is refused on its own.
  EXPECT_GE(RefusalsFor("careers.example.com").size(), 2u);
}

// WebRTC opens its own sockets: UDP to STUN servers, TCP to TURN servers. Without
// --webrtc-ip-handling-policy=disable_non_proxied_udp (set with proxy_server)
// this page's STUN requests reach 127.0.0.2 directly.
TEST_F(EgressBrowserTest, WebRtcDoesNotGoAroundTheFilter) {
  asio::io_context udp_io;
  asio::ip::udp::socket stun(udp_io, {Ip("127.0.0.2"), 0});
  const std::string stun_url = "stun:127.0.0.2:" + std::to_string(stun.local_endpoint().port());
  const std::string turn_url =
      "turn:127.0.0.2:" + std::to_string(refused_.port()) + "?transport=tcp";
  site_.Route("/call",
              "<h1>Call</h1><script>"
              "const pc = new RTCPeerConnection({iceServers: [{urls: '" +
                  stun_url +
                  "'},"
                  "  {urls: '" +
                  turn_url +
                  "', username: 'u', credential: 'p'}]});"
                  "pc.createDataChannel('x');"
                  "pc.onicegatheringstatechange = () => {"
                  "  document.body.dataset.ice = pc.iceGatheringState; };"
                  "pc.createOffer().then(offer => pc.setLocalDescription(offer));"
                  "</script>");
  ASSERT_TRUE(Load(site_url("/call"), /*settle=*/false));
  auto gathered = WaitFor("document.body.dataset.ice === 'complete' ? true : null");
  EXPECT_TRUE(gathered) << gathered.error().ToString();
  EXPECT_EQ(stun.available(), 0u) << "a STUN request went straight to 127.0.0.2";
  EXPECT_EQ(refused_.connections(), 0) << "a TURN connection went straight to 127.0.0.2";
}

// file: and chrome: never reach a proxy, so the filter cannot see them: Chromium
// itself refuses to let a web page open them. This pins that down, since the
// server relies on it (and on CheckJobUrl for the URLs it navigates to itself).
TEST_F(EgressBrowserTest, PagesCannotOpenLocalSchemes) {
  site_.Route("/local", "<h1>Local</h1><iframe src='file:///etc/hostname'></iframe>");
  ASSERT_TRUE(Load(site_url("/local")));
  auto frames = Frames();
  ASSERT_TRUE(frames);
  auto fetched = RunAsync(io_, [&]() {
    return page_->Evaluate(frames->front(),
                           "fetch('file:///etc/hostname').then(() => 'read', () => 'blocked')");
  });
  ASSERT_TRUE(fetched) << fetched.error().ToString();
  EXPECT_EQ(*fetched, json::value("blocked"));
  for (const char* url : {"file:///etc/hostname", "chrome://version/"}) {
    auto moved = Eval(frames->front(), "location.href = '" + std::string(url) + "'; true");
    ASSERT_TRUE(moved) << moved.error().ToString();
    RunAsync(io_, [&]() { return page_->WaitForSettled(); });
    auto now = Frames();
    ASSERT_TRUE(now);
    EXPECT_EQ(now->front().url, site_url("/local")) << "navigated to " << url;
  }
  auto child = Frames();
  ASSERT_TRUE(child);
  for (const auto& frame : *child) {
    if (frame.parent_id.empty()) continue;
    auto text = Eval(frame, "document.body ? document.body.innerText : ''");
    if (text) {
      EXPECT_EQ(*text, json::value("")) << "the file: iframe showed the file";
    }
  }
}

}  // namespace
}  // namespace applier::egress
