#include "browser/browser.h"

#include <spdlog/spdlog.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include "browser/browser_context.h"
#include "core/json_reader.h"

namespace applier::browser {

namespace asio = boost::asio;
namespace json = boost::json;

Browser::Browser(std::shared_ptr<cdp::Connection> connection,
                 std::unique_ptr<ChromiumProcess> process, BrowserOptions options)
    : connection_(std::move(connection)),
      process_(std::move(process)),
      options_(std::move(options)) {}

Browser::~Browser() {
  Close();
}

asio::awaitable<Result<std::shared_ptr<Browser>>> Browser::Launch(asio::any_io_executor executor,
                                                                  BrowserOptions options) {
  auto process = ChromiumProcess::Launch(options.launch);
  if (!process) co_return Fail(process.error());
  auto transport = cdp::MakePipeTransport(executor, (*process)->read_fd(), (*process)->write_fd());
  auto connection = cdp::Connection::Start(std::move(transport));
  std::shared_ptr<Browser> browser(
      new Browser(connection, std::move(*process), std::move(options)));
  browser->WatchForCrash();
  // The first answer tells us the browser is up; a Chromium that cannot start
  // closes the pipe instead.
  auto version = co_await browser->Version();
  if (!version) {
    std::string how;
    browser->process_->Exited(&how);
    browser->Close();
    co_return Fail(ErrorKind::kIo, "Chromium did not start" +
                                       (how.empty() ? "" : " (" + how + ")") + ": " +
                                       version.error().message);
  }
  co_return browser;
}

asio::awaitable<Result<std::shared_ptr<Browser>>> Browser::Connect(asio::any_io_executor executor,
                                                                   std::string ws_url,
                                                                   BrowserOptions options) {
  auto transport = co_await cdp::ConnectWebSocketTransport(executor, ws_url);
  if (!transport) co_return Fail(transport.error());
  auto connection = cdp::Connection::Start(std::move(*transport));
  std::shared_ptr<Browser> browser(new Browser(connection, nullptr, std::move(options)));
  browser->WatchForCrash();
  auto version = co_await browser->Version();
  if (!version) co_return Fail(version.error());
  co_return browser;
}

void Browser::WatchForCrash() {
  std::weak_ptr<Browser> weak = weak_from_this();
  connection_->OnClose([weak](const Error& error) {
    auto browser = weak.lock();
    if (!browser || browser->closing_) return;
    browser->lost_connection_ = error.message;
    // The pipe closes before the kernel reports the exit, so how Chromium ended
    // (a signal, an exit code) is known a moment later: the log line waits for it
    // on a timer (this runs on an I/O thread), crash_reason() reads it when asked.
    asio::co_spawn(
        browser->connection_->executor(),
        [weak]() -> asio::awaitable<void> {
          asio::steady_timer timer(co_await asio::this_coro::executor);
          for (int i = 0; i < 200; ++i) {
            auto browser = weak.lock();
            if (!browser || !browser->process_ || browser->process_->Exited()) break;
            browser.reset();
            timer.expires_after(std::chrono::milliseconds(10));
            co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
          }
          if (auto browser = weak.lock()) spdlog::error("{}", *browser->crash_reason());
        },
        asio::detached);
  });
}

asio::awaitable<Result<std::string>> Browser::Version() {
  auto version = co_await connection_->Call("Browser.getVersion", {}, {}, options_.call_timeout);
  if (!version) co_return Fail(version.error());
  auto product = JsonReader(*version, "Browser.getVersion reply")["product"].String();
  if (!product) co_return Fail(product.error());
  co_return std::string(*product);
}

std::optional<std::string> Browser::crash_reason() const {
  if (!lost_connection_) return std::nullopt;
  std::string how;
  if (process_) process_->Exited(&how);
  return "Chromium went away" + (how.empty() ? "" : " (" + how + ")") + ": " + *lost_connection_;
}

asio::awaitable<Result<std::unique_ptr<BrowserContext>>> Browser::NewContext(
    std::chrono::milliseconds wait) {
  auto self = shared_from_this();
  const auto deadline = std::chrono::steady_clock::now() + wait;
  asio::steady_timer timer(connection_->executor());
  while (open_contexts_ >= options_.max_contexts) {
    if (std::chrono::steady_clock::now() >= deadline) {
      co_return Fail(ErrorKind::kTimeout,
                     "all " + std::to_string(options_.max_contexts) + " browser slots stayed busy");
    }
    timer.expires_after(std::chrono::milliseconds(50));
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  if (auto crashed = crash_reason()) co_return Fail(ErrorKind::kDisconnected, *crashed);
  ++open_contexts_;
  json::object context_params{{"disposeOnDetach", true}};
  auto created = co_await connection_->Call("Target.createBrowserContext",
                                            std::move(context_params), {}, options_.call_timeout);
  if (!created) {
    --open_contexts_;
    co_return Fail(created.error());
  }
  auto context_id =
      JsonReader(*created, "Target.createBrowserContext reply")["browserContextId"].String();
  if (!context_id) {
    --open_contexts_;
    co_return Fail(context_id.error());
  }
  std::string id(*context_id);
  std::string templ =
      (std::filesystem::temp_directory_path() / "applier-downloads-XXXXXX").string();
  std::filesystem::path download_dir;
  if (mkdtemp(templ.data()) != nullptr) download_dir = templ;
  if (!download_dir.empty()) {
    json::object download_params{{"behavior", "allowAndName"},
                                 {"browserContextId", id},
                                 {"downloadPath", download_dir.string()}};
    (void)co_await connection_->Call("Browser.setDownloadBehavior", std::move(download_params));
  }
  std::unique_ptr<BrowserContext> context(new BrowserContext(self, id, download_dir));
  co_return context;
}

void Browser::ReleaseContextSlot() {
  if (open_contexts_ > 0) --open_contexts_;
}

void Browser::Close() {
  if (auto process = CloseConnection()) process->Terminate();
}

std::unique_ptr<ChromiumProcess> Browser::CloseConnection() {
  if (closing_) return nullptr;
  closing_ = true;
  connection_->Close();
  return std::move(process_);
}

}  // namespace applier::browser
