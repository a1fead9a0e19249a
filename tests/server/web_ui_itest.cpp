// The web UI driven in headless Chromium as a person uses it: real clicks and
// typing, what the page shows read from its DOM.
//
// WebUiStaticTest loads the UI's files from a plain static server (no API): every
// module loads and runs, the sign-in form is labelled and usable, and errors from
// the server are shown to the user. The end-to-end tests below it run the real
// `applier serve` against the demo job site.
#include <boost/json.hpp>
#include <string>

#include "gtest/gtest.h"
#include "support/process.h"
#include "support/web_ui_driver.h"

namespace applier {
namespace {

using applier::testing::StaticSite;
using applier::testing::WebUiDriver;

std::string JoinErrors(const std::vector<std::string>& errors) {
  std::string joined;
  for (const auto& e : errors) joined += e + "\n";
  return joined;
}

class WebUiStaticTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = StaticSite::Start(applier::testing::SourceDir() / "web");
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);
    auto ui = WebUiDriver::Launch();
    ASSERT_TRUE(ui) << ui.error().ToString();
    ui_ = std::move(*ui);
  }
  void TearDown() override {
    if (ui_) {
      EXPECT_TRUE(ui_->page_errors().empty()) << JoinErrors(ui_->page_errors());
    }
  }

  void OpenUi(const std::string& fragment = "") {
    ASSERT_TRUE(ui_->Open(site_->origin() + "/" + fragment));
    ASSERT_TRUE(ui_->WaitFor("document.documentElement.dataset.ready === 'true'",
                             std::chrono::seconds(20), "every module of the UI to load and start"));
  }

  std::unique_ptr<StaticSite> site_;
  std::unique_ptr<WebUiDriver> ui_;
};

TEST_F(WebUiStaticTest, EveryModuleLoadsAndTheSignInFormIsLabelled) {
  OpenUi();
  auto state = ui_->Eval(
      "({signin: !document.querySelector('#signin-view').hidden,"
      "  shell: !document.querySelector('#shell').hidden,"
      "  userLabel: document.querySelector('#signin-username').labels[0]?.textContent.trim(),"
      "  passwordLabel: document.querySelector('#signin-password').labels[0]?.textContent.trim(),"
      "  passwordType: document.querySelector('#signin-password').type,"
      "  focused: document.activeElement && document.activeElement.id,"
      "  title: document.title})");
  ASSERT_TRUE(state) << state.error().ToString();
  const auto& s = state->as_object();
  EXPECT_TRUE(s.at("signin").as_bool());
  EXPECT_FALSE(s.at("shell").as_bool());
  EXPECT_EQ(s.at("userLabel").as_string(), "Username");
  EXPECT_EQ(s.at("passwordLabel").as_string(), "Password");
  EXPECT_EQ(s.at("passwordType").as_string(), "password");
  EXPECT_EQ(s.at("focused").as_string(), "signin-username");
  EXPECT_EQ(s.at("title").as_string(), "Sign in · Live Applier");

  // Every interactive control of the signed-in page has an accessible name.
  auto unnamed = ui_->Eval(
      "[...document.querySelectorAll('#shell input, #shell textarea, #shell select, #shell "
      "button')]"
      ".filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')"
      "  && !el.textContent.trim() && !el.closest('label')).map(el => el.id || el.outerHTML)");
  ASSERT_TRUE(unnamed) << unnamed.error().ToString();
  EXPECT_TRUE(unnamed->as_array().empty()) << boost::json::serialize(*unnamed);
}

TEST_F(WebUiStaticTest, SignInShowsWhatIsMissingAndTheServersAnswer) {
  OpenUi();
  ASSERT_TRUE(ui_->Click("#signin-submit"));
  ASSERT_TRUE(ui_->WaitFor("!document.querySelector('#signin-error').hidden"));
  EXPECT_EQ(*ui_->Text("#signin-error"), "Enter your username and password.");

  // This server has no API: its JSON error comes back and is shown as it is.
  ASSERT_TRUE(ui_->Type("#signin-username", "jordan"));
  ASSERT_TRUE(ui_->Type("#signin-password", "correct horse"));
  ASSERT_TRUE(ui_->Click("#signin-submit"));
  ASSERT_TRUE(
      ui_->WaitFor("document.querySelector('#signin-error').textContent.includes('static')"));
  EXPECT_EQ(*ui_->Text("#signin-error"), "this static site serves only the web UI's files");
  auto shell_hidden = ui_->Eval("document.querySelector('#shell').hidden");
  EXPECT_TRUE(shell_hidden && shell_hidden->as_bool());
  auto stored = ui_->Eval("sessionStorage.getItem('applier.token')");
  EXPECT_TRUE(stored && stored->is_null());
}

TEST_F(WebUiStaticTest, TokenInTheSignInLinkIsKeptAndRemovedFromTheAddress) {
  OpenUi("#token=header.payload.signature");
  auto stored = ui_->Eval("sessionStorage.getItem('applier.token')");
  ASSERT_TRUE(stored) << stored.error().ToString();
  EXPECT_EQ(stored->as_string(), "header.payload.signature");
  auto hash = ui_->Eval("location.hash");
  EXPECT_EQ(hash->as_string(), "#/");
  // /api/me is not there: the user is told why and can sign in.
  ASSERT_TRUE(ui_->WaitFor("!document.querySelector('#signin-view').hidden"));
  EXPECT_EQ(*ui_->Text("#signin-error"), "this static site serves only the web UI's files");
}

}  // namespace
}  // namespace applier
