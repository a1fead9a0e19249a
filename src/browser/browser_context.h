// BrowserContext is one application's private browser profile (an incognito-like
// Target.createBrowserContext): cookies, storage, cache and downloads of one
// context are invisible to every other. It owns its pages, including the ones the
// site opens itself (window.open, target=_blank), which it attaches to as they
// appear so a flow that continues in a new tab can be followed.
//
// Destroying the context disposes it in the browser and frees its pool slot.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace applier::browser {

class Browser;
class Page;

class BrowserContext {
 public:
  ~BrowserContext();
  BrowserContext(const BrowserContext&) = delete;
  BrowserContext& operator=(const BrowserContext&) = delete;

  boost::asio::awaitable<Result<std::shared_ptr<Page>>> NewPage();

  // Every open page of this context in the order they appeared; the last one is
  // the newest popup or tab.
  std::vector<std::shared_ptr<Page>> pages() const;

  const std::string& id() const { return id_; }
  // Files the site makes the browser download land here.
  const std::filesystem::path& download_dir() const { return download_dir_; }

 private:
  friend class Browser;
  BrowserContext(std::shared_ptr<Browser> browser, std::string id,
                 std::filesystem::path download_dir);
  boost::asio::awaitable<void> AdoptPopup(std::string target_id);

  std::shared_ptr<Browser> browser_;
  std::string id_;
  std::filesystem::path download_dir_;
  std::uint64_t target_subscription_ = 0;
  std::shared_ptr<std::vector<std::shared_ptr<Page>>> pages_;
};

}  // namespace applier::browser
