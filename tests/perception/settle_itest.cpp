// PageReader::ReadSettled against a real Chromium on single-page-app wizards: the
// Next button changes the route with history.pushState, fetches, and renders the
// next step 800 ms later (a quiet DOM and network meanwhile), either behind a
// "Loading" placeholder or leaving the old step up until then. A page that never
// settles is read at the deadline with the reason.
#include <boost/asio/io_context.hpp>

#include "actions/form_actor.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/async.h"

namespace applier::perception {
namespace {

namespace asio = boost::asio;
using applier::testing::RunAsync;

// `PLACEHOLDER` is replaced by what the app shows while it loads the next step.
constexpr char kWizard[] = R"HTML(<!doctype html><html><body><div id="app"></div>
<script>
const app = document.getElementById('app');
function step1() {
  app.innerHTML = `<h2>Your details</h2><form onsubmit="return false">
    <label>First name <input name="first"></label>
    <button type="button" id="next">Next</button></form>`;
  document.getElementById('next').addEventListener('click', () => {
    history.pushState({ step: 2 }, '', '#/experience');
    PLACEHOLDER
    fetch('data:application/json,{"step":2}').then((r) => r.json()).then(() => setTimeout(step2, 800));
  });
}
function step2() {
  app.innerHTML = `<h2>Experience</h2><form onsubmit="return false">
    <label>Current employer <input name="employer"></label>
    <button type="submit">Submit application</button></form>`;
}
step1();
</script></body></html>)HTML";

std::string Wizard(const std::string& placeholder) {
  std::string page = kWizard;
  page.replace(page.find("PLACEHOLDER"), std::string("PLACEHOLDER").size(), placeholder);
  return "data:text/html;base64," + EncodeBase64(page);
}

class SettleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto browser =
        RunAsync(io_, [&]() { return browser::Browser::Launch(io_.get_executor(), {}); });
    ASSERT_TRUE(browser) << browser.error().ToString();
    browser_ = *browser;
  }
  void TearDown() override {
    if (browser_) browser_->Close();
  }

  // Opens `url`, presses Next and reads the page with `options` (changed_from is
  // set to the first step's signature when `wait_for_change`).
  Result<PageSnapshot> PressNextAndRead(const std::string& url, SettleOptions options,
                                        bool wait_for_change) {
    return RunAsync(io_, [&]() -> asio::awaitable<Result<PageSnapshot>> {
      auto context = co_await browser_->NewContext();
      if (!context) co_return Fail(context.error());
      auto page = co_await (*context)->NewPage();
      if (!page) co_return Fail(page.error());
      auto loaded = co_await (*page)->Navigate(url);
      if (!loaded) co_return Fail(loaded.error());
      auto first = co_await PageReader::ReadSettled(**page);
      if (!first) co_return Fail(first.error());
      const Button* next = nullptr;
      for (const auto& button : first->buttons) {
        if (button.role == ButtonRole::kNext) next = &button;
      }
      if (next == nullptr) co_return Fail(ErrorKind::kNotFound, "no Next on the first step");
      actions::FormActor actor(**page);
      if (auto pressed = co_await actor.Press(first->frames.front(), *next); !pressed) {
        co_return Fail(pressed.error());
      }
      if (wait_for_change) options.changed_from = PageSignature(*first);
      co_return co_await PageReader::ReadSettled(**page, options);
    });
  }

  asio::io_context io_;
  std::shared_ptr<browser::Browser> browser_;
};

bool HasField(const PageSnapshot& snapshot, const std::string& label) {
  for (const auto& field : snapshot.fields) {
    if (field.label == label) return true;
  }
  return false;
}

TEST_F(SettleTest, WaitsThroughALoadingPlaceholderForTheNextStep) {
  auto snapshot = PressNextAndRead(Wizard("app.innerHTML = '<p>Loading\\u2026</p>';"), {}, false);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_EQ(snapshot->kind, PageKind::kFormStep);
  EXPECT_TRUE(HasField(*snapshot, "Current employer")) << snapshot->text;
  EXPECT_NE(snapshot->url.find("#/experience"), std::string::npos);
  EXPECT_EQ(snapshot->unsettled_reason, "");
}

// Ext JS saves a wizard's step under its LoadMask: a div over the whole viewport
// (and its "A guardar..." box beside it) while the request runs, the old step
// still drawn under it, nothing in ARIA. The reading waits for the mask to lift
// and the next step, instead of taking the old step for the page.
TEST_F(SettleTest, WaitsWhileALoadingMaskCoversThePage) {
  auto snapshot = PressNextAndRead(
      Wizard("const mask = document.createElement('div');"
             "mask.style.cssText = 'position:fixed;left:0;top:0;right:0;bottom:0;"
             "background:rgba(208,208,208,.55);z-index:19000';"
             "document.body.appendChild(mask);"
             "const box = document.createElement('div');"
             "box.style.cssText = 'position:fixed;left:40%;top:40%;z-index:19001';"
             "box.textContent = 'A guardar...';"
             "document.body.appendChild(box);"
             "const shown = step2; step2 = () => { mask.remove(); box.remove(); shown(); };"),
      {}, false);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_TRUE(HasField(*snapshot, "Current employer")) << snapshot->text;
  EXPECT_FALSE(HasField(*snapshot, "First name"));
  EXPECT_EQ(snapshot->unsettled_reason, "");
}

// An app shell drawn over the whole viewport (Ionic's ion-app, fixed, with every
// control inside web components' shadow roots) is the page, not a mask over it:
// its controls are in it, however deep. The step is read as soon as it settles.
TEST_F(SettleTest, AnAppShellOverTheViewportWithItsControlsInShadowRootsIsNoMask) {
  SettleOptions options;
  options.deadline = std::chrono::seconds(4);
  auto snapshot = PressNextAndRead(
      Wizard("app.style.cssText = 'position:fixed;left:0;top:0;right:0;bottom:0;overflow:auto';"
             "step2 = () => {"
             "  app.innerHTML = '<h2>Experience</h2>';"
             "  const host = document.createElement('x-step');"
             "  host.attachShadow({ mode: 'open' }).innerHTML = '<form><label>Current employer "
             "<input name=\"employer\"></label><button type=\"submit\">Submit "
             "application</button></form>';"
             "  app.appendChild(host);"
             "};"),
      options, true);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_TRUE(HasField(*snapshot, "Current employer")) << snapshot->text;
  EXPECT_EQ(snapshot->unsettled_reason, "");
}

// An invisible layer over the whole viewport that only catches the click closing
// an open list (select2's drop mask: fixed, opacity 0) is no loading screen: the
// next step under it is read as soon as it settles.
TEST_F(SettleTest, AnInvisibleClickCatchingLayerIsNoLoadingMask) {
  SettleOptions options;
  options.deadline = std::chrono::seconds(4);
  auto snapshot = PressNextAndRead(
      Wizard("const mask = document.createElement('div');"
             "mask.id = 'select2-drop-mask';"
             "mask.style.cssText = 'position:fixed;left:0;top:0;min-width:100%;min-height:100%;"
             "opacity:0;background-color:#fff;z-index:9998';"
             "document.body.appendChild(mask);"),
      options, true);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_TRUE(HasField(*snapshot, "Current employer")) << snapshot->text;
  EXPECT_EQ(snapshot->unsettled_reason, "");
}

TEST_F(SettleTest, WaitsForTheOldStepToBeReplacedWhenAskedToWaitForAChange) {
  auto snapshot = PressNextAndRead(Wizard(""), {}, true);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_TRUE(HasField(*snapshot, "Current employer")) << snapshot->text;
  EXPECT_FALSE(HasField(*snapshot, "First name"));
  EXPECT_EQ(snapshot->unsettled_reason, "");
}

TEST_F(SettleTest, SaysWhyWhenThePageNeverSettles) {
  SettleOptions options;
  options.deadline = std::chrono::seconds(3);
  // The placeholder keeps ticking and the next step never comes.
  auto snapshot = PressNextAndRead(
      Wizard(
          "let n = 0; setInterval(() => { app.textContent = 'Loading ' + (++n); }, 50); return;"),
      options, false);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_EQ(snapshot->kind, PageKind::kUnknown);
  EXPECT_NE(snapshot->unsettled_reason.find("the page kept changing after 3 s"), std::string::npos)
      << snapshot->unsettled_reason;
}

// A list that depends on another choice and is fetched after it (PageUp's,
// Phenom's source lists): disabled, its one option "Loading…", its row still
// hidden, and nothing in flight the page reader can see. The reading waits
// for its options.
constexpr char kDependentList[] = R"HTML(<!doctype html><html><body><form>
<label for="kind">How did you hear about us?</label>
<select id="kind" name="kind"><option value="">Please select</option>
  <option value="BOARD">Online job board</option><option value="EVENT">Event</option></select>
<div id="row" hidden><label for="source">Which job board?</label>
  <select id="source" name="source"><option value="">Please select</option></select></div>
</form><script>
document.getElementById('kind').addEventListener('change', () => {
  const source = document.getElementById('source');
  source.innerHTML = '<option value="">Loading\u2026</option>';
  source.disabled = true;
  setTimeout(() => {
    source.innerHTML = '<option value="">Please select</option><option>Seek</option><option>LinkedIn</option>';
    source.disabled = false;
    document.getElementById('row').hidden = false;
  }, 700);
});
</script></body></html>)HTML";

TEST_F(SettleTest, WaitsForADependentListThatSaysItIsLoading) {
  auto snapshot = RunAsync(io_, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kDependentList));
    if (!loaded) co_return Fail(loaded.error());
    auto first = co_await PageReader::ReadSettled(**page);
    if (!first) co_return Fail(first.error());
    planning::Answer board;
    board.text = "Online job board";
    board.option_value = "BOARD";
    actions::FormActor actor(**page);
    if (auto filled = co_await actor.Fill(first->frames.front(), first->fields.front(), board);
        !filled) {
      co_return Fail(filled.error());
    }
    co_return co_await PageReader::ReadSettled(**page);
  });
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Field* source = nullptr;
  for (const auto& field : snapshot->fields) {
    if (field.label == "Which job board?") source = &field;
  }
  ASSERT_NE(source, nullptr) << snapshot->text;
  EXPECT_EQ(source->options.size(), 3u);
}

// A posting covered by a cookie banner that makes the rest inert (OneTrust's
// dialog over a dark filter): nothing behind it is a kind of page yet, but the
// banner's button is what comes next, so the page counts as settled, not as
// one still waiting for a form until the deadline.
constexpr char kBannerOverPosting[] = R"HTML(<!doctype html><html><body>
<main inert><h1>Backend Engineer</h1><p>We are hiring.</p><button type="button">Apply now</button></main>
<div style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>
<div role="dialog" aria-modal="true" aria-labelledby="t" style="position:fixed;left:0;right:0;bottom:0;background:#fff">
  <h2 id="t">We value your privacy</h2><p>We use cookies to make this site work.</p>
  <button type="button">Reject</button><button type="button">Accept all</button></div>
</body></html>)HTML";

TEST_F(SettleTest, APageUnderACookieBannerIsSettledWithoutWaitingForAForm) {
  auto snapshot = RunAsync(io_, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kBannerOverPosting));
    if (!loaded) co_return Fail(loaded.error());
    SettleOptions options;
    options.deadline = std::chrono::seconds(20);
    options.still_enough = std::chrono::seconds(20);  // only the banner may end the wait
    co_return co_await PageReader::ReadSettled(**page, options);
  });
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_EQ(snapshot->unsettled_reason, "");
  bool banner = false;
  for (const auto& button : snapshot->buttons) banner |= button.role == ButtonRole::kDismissOverlay;
  EXPECT_TRUE(banner);
}

// A dependent menu waiting for its parent's choice (PrimeFaces' Comune before a
// Provincia is chosen): its hidden store is disabled and holds only the prompt
// "Seleziona...". That prompt ends in an ellipsis like "Loading…" does, but the
// store is drawn nowhere and hidden from screen readers: it tells a person
// nothing, so the page is settled, not loading.
constexpr char kWaitingMenu[] = R"HTML(<!doctype html><html><head><style>
.sr { border:0; clip:rect(0 0 0 0); height:1px; margin:-1px; overflow:hidden; padding:0; position:absolute; width:1px }
</style></head><body><form>
<label for="prov_focus">Provincia</label>
<div class="ui-selectonemenu" style="position:relative;width:240px;border:1px solid #999">
  <div class="sr"><input id="prov_focus" type="text" role="combobox" aria-haspopup="listbox"></div>
  <div class="sr"><select name="prov_input" tabindex="-1" aria-hidden="true"><option value="">Seleziona...</option>
    <option value="MI">Milano</option></select></div>
  <label class="ui-selectonemenu-label">Seleziona...</label></div>
<label for="com_focus">Comune</label>
<div class="ui-selectonemenu ui-state-disabled" style="position:relative;width:240px;border:1px solid #999">
  <div class="sr"><input id="com_focus" type="text" role="combobox" aria-haspopup="listbox" disabled></div>
  <div class="sr"><select name="com_input" tabindex="-1" aria-hidden="true" disabled><option value="">Seleziona...</option></select></div>
  <label class="ui-selectonemenu-label">Seleziona...</label></div>
<label for="street">Indirizzo</label><input id="street" name="street">
</form></body></html>)HTML";

TEST_F(SettleTest, ADisabledMenusHiddenStoreWithItsPromptIsNotLoading) {
  auto snapshot = RunAsync(io_, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kWaitingMenu));
    if (!loaded) co_return Fail(loaded.error());
    SettleOptions options;
    options.deadline = std::chrono::seconds(4);
    co_return co_await PageReader::ReadSettled(**page, options);
  });
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_EQ(snapshot->unsettled_reason, "");
  EXPECT_TRUE(HasField(*snapshot, "Indirizzo")) << snapshot->text;
}

}  // namespace
}  // namespace applier::perception
