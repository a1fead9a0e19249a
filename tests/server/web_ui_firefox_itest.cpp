// The web UI end to end in headless Firefox (WebDriver BiDi), as web_ui_itest.cpp
// runs it in Chromium: the real `applier serve` in this process, the demo job site,
// a person signing in, saving a profile, applying, answering the agent's question in
// the chat, taking over (clicking and pressing a key in the live view) and handing
// back, and confirming the draft. It asserts on
// what the job site received and on what the page showed (the live view drew frames).
#include <boost/json.hpp>
#include <filesystem>
#include <iostream>
#include <string>

#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "server/server.h"
#include "support/bidi_driver.h"
#include "support/process.h"
#include "support/web_ui_driver.h"
#include "web_ui_scenario.h"

namespace applier {
namespace {

namespace json = boost::json;
using applier::testing::BidiDriver;
using applier::testing::TempDir;
using namespace applier::testing::web_ui;
using std::chrono::seconds;

constexpr const char* kWhyAnswer = "Firefox users build robots too.";

class WebUiFirefoxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = fixtures::DemoSite::Start({});
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);

    // Firefox before the server: nothing of the server's may be inherited by it.
    auto ui = BidiDriver::Launch();
    ASSERT_TRUE(ui) << ui.error().ToString();
    ui_ = std::move(*ui);
    std::cerr << "Driving " << ui_->browser_version() << "\n";

    auto options = DemoSiteServerOptions(*site_, dir_.path() / "data");
    ASSERT_TRUE(options) << options.error().ToString();
    auto started = server::Server::Start(*options);
    ASSERT_TRUE(started) << started.error().ToString();
    server_ = std::move(*started);
  }

  void TearDown() override {
    if (!ui_) return;
    std::string errors;
    for (const auto& e : ui_->page_errors()) errors += e + "\n";
    EXPECT_TRUE(ui_->page_errors().empty()) << errors;
    if (HasFailure()) {
      const auto shot = std::filesystem::path(::testing::TempDir()) / "web_ui_firefox_failure.png";
      if (ui_->SaveScreenshot(shot)) std::cerr << "The page at the failure: " << shot << "\n";
    }
  }

  TempDir dir_;
  std::unique_ptr<fixtures::DemoSite> site_;
  std::unique_ptr<server::Server> server_;
  std::unique_ptr<BidiDriver> ui_;
};

TEST_F(WebUiFirefoxTest, SignInApplyAnswerTakeOverConfirmAndTheSiteGetsItOnce) {
  // Sign in.
  STEP(ui_->Open(server_->base_url() + "/"));
  STEP(ui_->WaitFor("document.documentElement.dataset.ready === 'true'", seconds(20),
                    "every module of the UI to load and start"));
  STEP(ui_->Type("#signin-username", kUser));
  STEP(ui_->Type("#signin-password", kPassword));
  STEP(ui_->Click("#signin-submit"));
  STEP(ui_->WaitFor("!document.querySelector('#shell').hidden", seconds(20), "the signed-in page"));
  EXPECT_EQ(*ui_->Text("#user-name"), kUser);

  // The resume, then the profile that names it.
  STEP(ui_->Click("a[data-nav=profile]"));
  STEP(ui_->WaitFor("!document.querySelector('#view-profile').hidden"));
  const auto resume = applier::testing::SourceDir() / "examples" / "resume.pdf";
  STEP(ui_->ChooseFiles("#document-file", {resume.string()}));
  STEP(
      ui_->WaitFor("[...document.querySelectorAll('#documents-list .doc-name')]"
                   ".some(n => n.textContent === 'resume.pdf')",
                   seconds(30), "resume.pdf in the documents list"));
  STEP(ui_->Type("#profile-yaml", kProfileYaml));
  STEP(ui_->Click("#profile-save"));
  STEP(ui_->WaitFor("document.querySelector('#profile-status').textContent === 'Profile saved.'",
                    seconds(20), "the profile to be saved"));

  // Apply, and answer the agent's question in the chat.
  STEP(ui_->Click("a[data-nav=live]"));
  STEP(ui_->Type("#job-url", site_->posting_url()));
  STEP(ui_->Click("#apply-button"));
  STEP(ui_->WaitFor("!document.querySelector('#live-session').hidden"));
  STEP(ui_->WaitFor(std::string("document.querySelector('") + kOpenCard + "')", seconds(120),
                    "a question in the chat"));
  const std::string card = kOpenCard;
  auto question = ui_->Text(card + " .question-label");
  ASSERT_TRUE(question);
  EXPECT_NE(question->find("Why do you want to work at Acme Robotics?"), std::string::npos)
      << *question;
  STEP(ui_->Type(card + " .question textarea, " + card + " .question input", kWhyAnswer));
  STEP(ui_->Click(card + " button[type=submit]"));
  STEP(ui_->WaitFor("document.querySelector('.hitl-card[data-state=answered]')", seconds(20),
                    "the answer sent"));

  // The draft; meanwhile the live view has drawn frames.
  STEP(
      ui_->WaitFor("!document.querySelector('#draft-panel').hidden && "
                   "document.querySelector('#draft-panel').dataset.revision === '1'",
                   seconds(180), "the draft"));
  auto canvas = ui_->Eval(
      "(() => { const c = document.querySelector('#live-canvas'); const r = "
      "c.getBoundingClientRect();"
      " return {frames: Number(c.dataset.frames || 0), width: c.width, height: c.height,"
      "         shownWidth: r.width, shownHeight: r.height}; })()");
  ASSERT_TRUE(canvas) << canvas.error().ToString();
  const auto& c = canvas->as_object();
  EXPECT_GT(c.at("frames").to_number<double>(), 0) << json::serialize(*canvas);
  EXPECT_GT(c.at("width").to_number<double>(), 0) << json::serialize(*canvas);
  EXPECT_GT(c.at("shownHeight").to_number<double>(), 0) << json::serialize(*canvas);
  EXPECT_TRUE(site_->Submissions().empty()) << "submitted before the draft was confirmed";

  // Take over: the page says the agent is paused; hand back and it says what it did.
  STEP(ui_->Click("#takeover-button"));
  STEP(ui_->WaitFor("!document.querySelector('#takeover-hint').hidden", seconds(10),
                    "the take-over hint"));
  EXPECT_NE(ui_->Text("#takeover-hint")->find("The agent is paused"), std::string::npos);
  EXPECT_EQ(*ui_->Text("#live-status"), "Paused: you are in control");
  EXPECT_EQ(*ui_->Text("#takeover-button"), "Hand back");

  // A click and a key on the live view go out as browser:input, the click in the
  // page's CSS pixels (the server's side, forwarding them to the page, is
  // takeover_itest's). The page's socket is watched from inside the page. The
  // corner of the frame and Escape leave the job's form as it is.
  auto watched = ui_->Eval(
      "(() => { const sent = []; const send = WebSocket.prototype.send;"
      " WebSocket.prototype.send = function (data) {"
      "   const m = JSON.parse(data); if (m.type === 'browser:input') sent.push(m.data);"
      "   document.documentElement.dataset.sentInput = JSON.stringify(sent);"
      "   return send.call(this, data); };"
      " const c = document.querySelector('#live-canvas');"
      // The canvas can be taller than the window and the top bar sticks: bring its
      // top-left corner to a third of the way down.
      " c.scrollIntoView({block: 'start', behavior: 'instant'});"
      " window.scrollBy({top: -Math.round(innerHeight / 3), behavior: 'instant'});"
      " const r = c.getBoundingClientRect(), x = Math.round(r.left) + 6, y = Math.round(r.top) + 6;"
      " return {x, y, onCanvas: document.elementFromPoint(x, y) === c}; })()");
  ASSERT_TRUE(watched) << watched.error().ToString();
  const auto& corner = watched->as_object();
  ASSERT_EQ(corner.at("onCanvas"), json::value(true)) << json::serialize(*watched);
  STEP(ui_->ClickAt(corner.at("x").to_number<int>(), corner.at("y").to_number<int>()));
  STEP(ui_->Keys("\xEE\x80\x8C"));  // U+E00C Escape
  const Status both =
      ui_->WaitFor("JSON.parse(document.documentElement.dataset.sentInput || '[]').length === 2",
                   seconds(10), "a click and a key sent from the live view");
  ASSERT_TRUE(both) << both.error().ToString() << "\nsent: "
                    << json::serialize(
                           *ui_->Eval("document.documentElement.dataset.sentInput ?? null"));
  auto sent = ui_->Eval("JSON.parse(document.documentElement.dataset.sentInput)");
  ASSERT_TRUE(sent) << sent.error().ToString();
  const auto& click = sent->as_array()[0].as_object();
  EXPECT_EQ(click.at("kind"), "click") << json::serialize(*sent);
  EXPECT_GE(click.at("x").to_number<int>(), 0) << json::serialize(*sent);
  EXPECT_LE(click.at("x").to_number<int>(), 20) << json::serialize(*sent);
  EXPECT_GE(click.at("y").to_number<int>(), 0) << json::serialize(*sent);
  EXPECT_LE(click.at("y").to_number<int>(), 20) << json::serialize(*sent);
  EXPECT_EQ(json::serialize(sent->as_array()[1]), R"({"kind":"key","key":"Escape"})");
  STEP(ui_->Click("#takeover-button"));
  STEP(ui_->WaitFor("document.querySelector('#takeover-hint').hidden", seconds(10),
                    "the hint gone after handing back"));
  EXPECT_EQ(*ui_->Text("#live-status"), "Draft ready for review");

  // Confirm: the job site gets the application once, with the chat's answer.
  STEP(ui_->Click("#draft-confirm"));
  STEP(ui_->WaitFor("document.querySelector('#outcome-banner').dataset.outcome", seconds(120),
                    "the outcome"));
  auto outcome = ui_->Eval("document.querySelector('#outcome-banner').dataset.outcome");
  ASSERT_TRUE(outcome) << outcome.error().ToString();
  EXPECT_EQ(outcome->as_string(), "submitted") << *ui_->Text("#outcome-banner");
  auto submissions = site_->Submissions();
  ASSERT_EQ(submissions.size(), 1u);
  const auto& fields = submissions.front().as_object().at("fields").as_object();
  EXPECT_EQ(Field(fields, "job_application[answers_attributes][6][text_value]"), kWhyAnswer);
  EXPECT_EQ(Field(fields, "job_application[first_name]"), "Sam");
  EXPECT_EQ(Field(fields, "job_application[answers_attributes][5][text_value]"), "$175,000");
  EXPECT_EQ(submissions.front().as_object().at("files").as_array().size(), 1u);

  // The History page and the application's page, with its receipt and event log.
  STEP(ui_->Click("a[data-nav=history]"));
  STEP(
      ui_->WaitFor("!document.querySelector('#view-history').hidden && "
                   "document.querySelector('#history-table tbody tr[data-session-id]')"));
  STEP(ui_->Click("#history-table tbody tr[data-session-id] a"));
  STEP(
      ui_->WaitFor("document.querySelector('#detail-outcome')?.textContent === 'Submitted' && "
                   "document.querySelector('#receipt-download') && "
                   "document.querySelectorAll('#detail-timeline li').length > 5",
                   seconds(20), "the application's page with its receipt and event log"));
}

// The UI's files from a plain static server: every module loads in Firefox, and the
// driver does see an uncaught exception of the page (so the end-to-end test's "no
// page errors" means something).
TEST(WebUiFirefoxStaticTest, EveryModuleLoadsAndUncaughtErrorsAreSeen) {
  auto site = applier::testing::StaticSite::Start(applier::testing::SourceDir() / "web");
  ASSERT_TRUE(site) << site.error().ToString();
  auto ui = BidiDriver::Launch();
  ASSERT_TRUE(ui) << ui.error().ToString();
  auto& page = **ui;
  STEP(page.Open((*site)->origin() + "/"));
  STEP(page.WaitFor("document.documentElement.dataset.ready === 'true'", seconds(20),
                    "every module of the UI to load and start"));
  auto state = page.Eval(
      "({signin: !document.querySelector('#signin-view').hidden,"
      "  focused: document.activeElement && document.activeElement.id})");
  ASSERT_TRUE(state) << state.error().ToString();
  EXPECT_EQ(state->as_object().at("signin"), json::value(true));
  EXPECT_EQ(state->as_object().at("focused"), json::value("signin-username"));
  EXPECT_TRUE(page.page_errors().empty());

  // A script of the page's own that throws, as a bug in the UI would.
  ASSERT_TRUE(page.Eval(
      "(() => { const s = document.createElement('script');"
      " s.textContent = \"setTimeout(() => { throw new Error('probe from the test'); })\";"
      " document.head.append(s); return true; })()"));
  // Firefox reports it as a log event, which may come a moment after the throw.
  for (int wait = 0; wait < 50 && page.page_errors().empty(); ++wait) {
    STEP(page.WaitFor("new Promise(r => setTimeout(() => r(true), 100))"));
  }
  const auto errors = page.page_errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors.front().find("probe from the test"), std::string::npos) << errors.front();
}

}  // namespace
}  // namespace applier
