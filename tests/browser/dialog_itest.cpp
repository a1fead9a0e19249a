// JavaScript dialogs against a real Chromium: a confirm() is accepted only when the
// caller armed it for the next click, every other dialog is dismissed and
// recorded, and none of them blocks the page or the click that raised it.
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "support/async.h"

namespace applier::browser {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;

constexpr char kPage[] = R"HTML(<!doctype html><html><body style="margin:0">
<button id="send" style="position:absolute;left:10px;top:10px;width:120px;height:40px">Send</button>
<button id="warn" style="position:absolute;left:10px;top:70px;width:120px;height:40px">Warn</button>
<button id="ask" style="position:absolute;left:10px;top:130px;width:120px;height:40px">Ask</button>
<script>
const log = [];
const save = () => { document.body.dataset.log = JSON.stringify(log); };
save();
document.getElementById('send').onclick = () => { log.push('confirm:' + confirm('Send your application?')); save(); };
document.getElementById('warn').onclick = () => { alert('Your session expires soon'); log.push('after-alert'); save(); };
document.getElementById('ask').onclick = () => { log.push('prompt:' + prompt('Your name?', 'x')); save(); };
</script></body></html>)HTML";

class DialogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto browser = RunAsync(io_, [&]() { return Browser::Launch(io_.get_executor(), {}); });
    ASSERT_TRUE(browser) << browser.error().ToString();
    browser_ = *browser;
  }
  void TearDown() override {
    if (browser_) browser_->Close();
  }

  asio::io_context io_;
  std::shared_ptr<Browser> browser_;
};

struct Seen {
  json::array log;
  std::vector<Dialog> dialogs;
  int observed = 0;
};

TEST_F(DialogTest, OnlyTheArmedConfirmIsAcceptedAndNoDialogBlocks) {
  Seen seen;
  auto done = RunAsync(io_, [&]() -> asio::awaitable<Status> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    (*page)->OnDialog([&](const Dialog&) { ++seen.observed; });
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kPage));
    if (!loaded) co_return Fail(loaded.error());
    const Point send{60, 30}, warn{60, 90}, ask{60, 150};
    // Not armed: dismissed.
    if (auto clicked = co_await (*page)->Click(send); !clicked) co_return clicked;
    // Armed for the one approved click: accepted, and only that once.
    (*page)->AcceptNextConfirm();
    if (auto clicked = co_await (*page)->Click(send); !clicked) co_return clicked;
    if (auto clicked = co_await (*page)->Click(send); !clicked) co_return clicked;
    if (auto clicked = co_await (*page)->Click(warn); !clicked) co_return clicked;
    if (auto clicked = co_await (*page)->Click(ask); !clicked) co_return clicked;
    auto frames = co_await (*page)->Frames();
    if (!frames) co_return Fail(frames.error());
    auto log = co_await (*page)->Evaluate(frames->front(), "document.body.dataset.log");
    if (!log) co_return Fail(log.error());
    seen.log = json::parse(log->as_string()).as_array();
    seen.dialogs = (*page)->dialogs();
    co_return Status{};
  });
  ASSERT_TRUE(done) << done.error().ToString();
  EXPECT_EQ(seen.log, json::parse(R"(["confirm:false", "confirm:true", "confirm:false",
                                     "after-alert", "prompt:null"])"));
  ASSERT_EQ(seen.dialogs.size(), 5u);
  EXPECT_EQ(seen.dialogs[0].type, "confirm");
  EXPECT_EQ(seen.dialogs[0].message, "Send your application?");
  EXPECT_FALSE(seen.dialogs[0].accepted);
  EXPECT_TRUE(seen.dialogs[1].accepted);
  EXPECT_FALSE(seen.dialogs[2].accepted);
  EXPECT_EQ(seen.dialogs[3].type, "alert");
  EXPECT_EQ(seen.dialogs[3].message, "Your session expires soon");
  EXPECT_EQ(seen.dialogs[4].type, "prompt");
  EXPECT_FALSE(seen.dialogs[4].accepted);
  EXPECT_EQ(seen.observed, 5);
}

}  // namespace
}  // namespace applier::browser
