#include "browser/browser_context.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/json.hpp>

#include "browser/browser.h"
#include "browser/page.h"
#include "core/json_reader.h"

namespace applier::browser {

namespace asio = boost::asio;
namespace json = boost::json;

BrowserContext::BrowserContext(std::shared_ptr<Browser> browser, std::string id,
                               std::filesystem::path download_dir)
    : browser_(std::move(browser)),
      id_(std::move(id)),
      download_dir_(std::move(download_dir)),
      pages_(std::make_shared<std::vector<std::shared_ptr<Page>>>()) {
  auto connection = browser_->connection();
  std::weak_ptr<std::vector<std::shared_ptr<Page>>> weak_pages = pages_;
  // Pages the site opens itself (window.open, target=_blank) belong to the
  // application too: adopt them so the flow can follow.
  target_subscription_ = connection->Subscribe(
      "", "Target.targetCreated",
      [this, weak_pages, connection](const json::object& discover_params) {
        auto pages = weak_pages.lock();
        if (!pages) return;
        const auto info = JsonReader(discover_params, "Target.targetCreated")["targetInfo"];
        auto field = [&](const char* key) { return std::string(info[key].String().value_or("")); };
        if (field("type") != "page" || field("browserContextId") != id_ ||
            field("openerId").empty()) {
          return;
        }
        asio::co_spawn(connection->executor(), AdoptPopup(field("targetId")), asio::detached);
      });
  asio::co_spawn(
      connection->executor(),
      [connection]() -> asio::awaitable<void> {
        json::object discover_params{{"discover", true}};
        (void)co_await connection->Call("Target.setDiscoverTargets", std::move(discover_params));
      },
      asio::detached);
}

BrowserContext::~BrowserContext() {
  auto connection = browser_->connection();
  connection->Unsubscribe(target_subscription_);
  pages_->clear();
  browser_->ReleaseContextSlot();
  if (!connection->closed()) {
    asio::co_spawn(
        connection->executor(),
        [connection, id = id_]() -> asio::awaitable<void> {
          json::object dispose_params{{"browserContextId", id}};
          (void)co_await connection->Call("Target.disposeBrowserContext",
                                          std::move(dispose_params));
        },
        asio::detached);
  }
  std::error_code ignored;
  if (!download_dir_.empty()) std::filesystem::remove_all(download_dir_, ignored);
}

asio::awaitable<Result<std::shared_ptr<Page>>> BrowserContext::NewPage() {
  auto connection = browser_->connection();
  json::object target_params{{"url", "about:blank"}, {"browserContextId", id_}};
  auto created = co_await connection->Call("Target.createTarget", std::move(target_params));
  if (!created) co_return Fail(created.error());
  auto target = JsonReader(*created, "Target.createTarget reply")["targetId"].String();
  if (!target) co_return Fail(target.error());
  auto page = co_await Page::Attach(connection, std::string(*target));
  if (!page) co_return Fail(page.error());
  pages_->push_back(*page);
  co_return *page;
}

asio::awaitable<void> BrowserContext::AdoptPopup(std::string target_id) {
  auto pages = pages_;
  auto page = co_await Page::Attach(browser_->connection(), std::move(target_id));
  if (page) pages->push_back(*page);
}

std::vector<std::shared_ptr<Page>> BrowserContext::pages() const {
  return *pages_;
}

}  // namespace applier::browser
