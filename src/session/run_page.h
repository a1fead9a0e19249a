// RunPage is the tab an application run works in, as the run needs it: read what
// the page shows, fill a field, open a dropdown to see its options, press a
// button, take the draft's screenshot, move to a tab the site opened. The run's
// mechanisms (navigation, filling, the draft, the submit) reach the page only
// through it, so each can be tested over a scripted page without a browser;
// BrowserRunPage is the real one, over a Chromium tab.
//
// Fields and buttons are addressed as the latest Read() reported them; when the
// page re-rendered since, calls fail with kNotFound and the caller reads again.
//
// Not thread-safe; use it on the run's coroutine.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "actions/form_actor.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "core/result.h"
#include "perception/field.h"
#include "perception/page_reader.h"
#include "planning/answer.h"

namespace applier::session {

class RunPage {
 public:
  virtual ~RunPage() = default;

  virtual std::string url() const = 0;
  virtual boost::asio::awaitable<Status> Navigate(std::string url) = 0;
  // Waits until no request has been in flight for `quiet`; returns after
  // `timeout` at the latest (a page that never settles is not an error).
  virtual boost::asio::awaitable<void> Settle(std::chrono::milliseconds quiet,
                                              std::chrono::milliseconds timeout) = 0;
  virtual boost::asio::awaitable<Result<perception::PageSnapshot>> Read() = 0;
  // The page once it has settled after a navigation, a click or a route change
  // (perception::PageReader::ReadSettled).
  virtual boost::asio::awaitable<Result<perception::PageSnapshot>> ReadSettled(
      perception::SettleOptions options) = 0;
  // Puts `answer` into `field` and reads back what the page shows.
  virtual boost::asio::awaitable<Result<actions::FillResult>> Fill(perception::Field field,
                                                                   planning::Answer answer) = 0;
  // The options a custom dropdown shows only while open.
  virtual boost::asio::awaitable<Result<std::vector<perception::Option>>> ReadOptions(
      perception::Field field) = 0;
  virtual boost::asio::awaitable<Status> Press(perception::Button button) = 0;
  // The click that sends the application, after the person confirmed the draft.
  // The one place that click happens, so whatever the site raises on it (a
  // confirm() "Submit your application?") is handled in one place too.
  virtual boost::asio::awaitable<Status> PressSubmit(perception::Button button) = 0;
  // JPEG bytes of the whole page, for the draft.
  virtual boost::asio::awaitable<Result<std::string>> FullPageScreenshot() = 0;
  // Moves to the newest tab when the site opened one (target=_blank,
  // window.open); returns whether it moved.
  virtual bool FollowNewestTab() = 0;
  // The browser tab itself, for the assistant (page_agent_loop.h), which acts on
  // raw elements; null when there is no browser behind this page.
  virtual browser::Page* tab() = 0;
  // Every JavaScript dialog the current tab raised so far, oldest first; each was
  // answered as it opened (browser/page.h), and its words may be the site's only
  // answer to a click (an alert() listing the fields it wants).
  virtual std::vector<browser::Dialog> Dialogs() const = 0;
};

// A RunPage over a tab of one application's own browser context.
class BrowserRunPage final : public RunPage {
 public:
  // Opens a context and a tab in it. `on_page` is told of the first tab and of
  // every tab the run moves to (a live view streams it). kUnavailable-style
  // errors of the browser pass through.
  static boost::asio::awaitable<Result<std::unique_ptr<BrowserRunPage>>> Open(
      browser::Browser& browser, std::function<void(std::shared_ptr<browser::Page>)> on_page);

  std::string url() const override;
  boost::asio::awaitable<Status> Navigate(std::string url) override;
  boost::asio::awaitable<void> Settle(std::chrono::milliseconds quiet,
                                      std::chrono::milliseconds timeout) override;
  boost::asio::awaitable<Result<perception::PageSnapshot>> Read() override;
  boost::asio::awaitable<Result<perception::PageSnapshot>> ReadSettled(
      perception::SettleOptions options) override;
  boost::asio::awaitable<Result<actions::FillResult>> Fill(perception::Field field,
                                                           planning::Answer answer) override;
  boost::asio::awaitable<Result<std::vector<perception::Option>>> ReadOptions(
      perception::Field field) override;
  boost::asio::awaitable<Status> Press(perception::Button button) override;
  boost::asio::awaitable<Status> PressSubmit(perception::Button button) override;
  boost::asio::awaitable<Result<std::string>> FullPageScreenshot() override;
  bool FollowNewestTab() override;
  browser::Page* tab() override { return page_.get(); }
  std::vector<browser::Dialog> Dialogs() const override { return page_->dialogs(); }

 private:
  BrowserRunPage(std::unique_ptr<browser::BrowserContext> context,
                 std::shared_ptr<browser::Page> page,
                 std::function<void(std::shared_ptr<browser::Page>)> on_page);
  // The frame a field or button lives in, as the latest Read() saw it.
  Result<browser::FrameInfo> FrameOf(const std::string& frame_id) const;

  std::unique_ptr<browser::BrowserContext> context_;
  std::shared_ptr<browser::Page> page_;
  std::function<void(std::shared_ptr<browser::Page>)> on_page_;
  std::map<std::string, browser::FrameInfo> frames_;  // by id, from the latest Read()
};

}  // namespace applier::session
