#include "session/run_page.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::Button;
using perception::Field;

namespace {

// A renderer that died (killed for memory, a Chromium bug) leaves its frames
// blank and calls into them waiting for their deadlines: the run learns it at
// its next step and ends with the reason, instead of reading an empty page or
// timing out step by step.
Status Alive(const browser::Page& page) {
  if (!page.crashed()) return {};
  return Fail(ErrorKind::kDisconnected, "the page crashed (Chromium's renderer process died)");
}

}  // namespace

asio::awaitable<Result<std::unique_ptr<BrowserRunPage>>> BrowserRunPage::Open(
    browser::Browser& browser, std::function<void(std::shared_ptr<browser::Page>)> on_page) {
  auto context = co_await browser.NewContext();
  if (!context) {
    co_return Fail(context.error().kind,
                   "Could not open a browser context: " + context.error().message);
  }
  auto page = co_await (*context)->NewPage();
  if (!page) {
    co_return Fail(page.error().kind, "Could not open a browser tab: " + page.error().message);
  }
  if (on_page) on_page(*page);
  co_return std::unique_ptr<BrowserRunPage>(
      new BrowserRunPage(std::move(*context), std::move(*page), std::move(on_page)));
}

BrowserRunPage::BrowserRunPage(std::unique_ptr<browser::BrowserContext> context,
                               std::shared_ptr<browser::Page> page,
                               std::function<void(std::shared_ptr<browser::Page>)> on_page)
    : context_(std::move(context)), page_(std::move(page)), on_page_(std::move(on_page)) {}

std::string BrowserRunPage::url() const {
  return page_->url();
}

asio::awaitable<Status> BrowserRunPage::Navigate(std::string url) {
  co_return co_await page_->Navigate(std::move(url));
}

asio::awaitable<void> BrowserRunPage::Settle(std::chrono::milliseconds quiet,
                                             std::chrono::milliseconds timeout) {
  co_await page_->WaitForSettled(quiet, timeout);
}

asio::awaitable<Result<perception::PageSnapshot>> BrowserRunPage::Read() {
  if (auto alive = Alive(*page_); !alive) co_return Fail(alive.error());
  auto snapshot = co_await perception::PageReader::Read(*page_);
  if (snapshot) {
    for (const auto& frame : snapshot->frames) frames_[frame.id] = frame;
  }
  co_return snapshot;
}

asio::awaitable<Result<perception::PageSnapshot>> BrowserRunPage::ReadSettled(
    perception::SettleOptions options) {
  if (auto alive = Alive(*page_); !alive) co_return Fail(alive.error());
  auto snapshot = co_await perception::PageReader::ReadSettled(*page_, std::move(options));
  if (snapshot) {
    for (const auto& frame : snapshot->frames) frames_[frame.id] = frame;
  }
  co_return snapshot;
}

Result<browser::FrameInfo> BrowserRunPage::FrameOf(const std::string& frame_id) const {
  const auto it = frames_.find(frame_id);
  if (it == frames_.end())
    return Fail(ErrorKind::kNotFound, "the frame is gone (the page changed)");
  return it->second;
}

asio::awaitable<Result<actions::FillResult>> BrowserRunPage::Fill(Field field,
                                                                  planning::Answer answer) {
  if (auto alive = Alive(*page_); !alive) co_return Fail(alive.error());
  auto frame = FrameOf(field.frame_id);
  if (!frame) co_return Fail(frame.error());
  actions::FormActor actor(*page_);
  co_return co_await actor.Fill(*frame, std::move(field), std::move(answer));
}

asio::awaitable<Result<std::vector<perception::Option>>> BrowserRunPage::ReadOptions(Field field) {
  if (auto alive = Alive(*page_); !alive) co_return Fail(alive.error());
  auto frame = FrameOf(field.frame_id);
  if (!frame) co_return Fail(frame.error());
  actions::FormActor actor(*page_);
  co_return co_await actor.ReadOptions(*frame, std::move(field));
}

asio::awaitable<Status> BrowserRunPage::Press(Button button) {
  if (auto alive = Alive(*page_); !alive) co_return Fail(alive.error());
  auto frame = FrameOf(button.frame_id);
  if (!frame) co_return Fail(frame.error());
  actions::FormActor actor(*page_);
  co_return co_await actor.Press(*frame, std::move(button));
}

asio::awaitable<Status> BrowserRunPage::PressSubmit(Button button) {
  // Sites that ask "Submit your application?" in a confirm() raised by the submit
  // button (Jobvite-style pages do) would otherwise have it dismissed, and nothing
  // would be sent; this click is the one the person approved in the draft.
  page_->AcceptNextConfirm();
  co_return co_await Press(std::move(button));
}

asio::awaitable<Result<std::string>> BrowserRunPage::FullPageScreenshot() {
  co_return co_await page_->Screenshot({.full_page = true, .quality = 80});
}

bool BrowserRunPage::FollowNewestTab() {
  auto pages = context_->pages();
  if (pages.empty() || pages.back() == page_ || pages.back()->crashed()) return false;
  page_ = pages.back();
  if (on_page_) on_page_(page_);
  return true;
}

}  // namespace applier::session
