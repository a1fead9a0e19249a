// The web UI on a job page written to attack it, end to end: a real `applier
// serve` (in this process), real Chromium filling the Acme Quest page that
// carries prompt injection and markup in its title, labels and options (the
// scripted LLM endpoint is the only stand-in), and the web UI in a second headless
// Chromium showing the run. Asserted: what the UI shows is the page's text as
// text — no element of it built, no script of it run — and the site received
// nothing while the draft waited.
#include <boost/json.hpp>
#include <chrono>
#include <filesystem>
#include <string>

#include "fixtures/ats_sites/ats_sites.h"
#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"
#include "support/web_ui_driver.h"
#include "web_ui_scenario.h"

namespace applier {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;
using testing::Http;
using testing::ReadFile;
using testing::Reply;
using testing::ScriptedLlmServer;
using testing::StringAt;
using testing::WebUiDriver;

const std::string kSecret = "web-ui-hostile-test-secret-0123456789abcdef";

class WebUiHostilePageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
    auto sites = fixtures::AtsSites::Start({});
    ASSERT_TRUE(sites) << sites.error().ToString();
    sites_ = std::move(*sites);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
    // The user's browser first: a process started after the server would inherit its
    // listening socket.
    auto ui = WebUiDriver::Launch();
    ASSERT_TRUE(ui) << ui.error().ToString();
    ui_ = std::move(*ui);
    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path();
    options.web_dir = testing::SourceDir() / "web";
    options.workers = 1;
    options.allow_hosts = {"127.0.0.1", "localhost"};
    options.llm_providers = {{.name = "local",
                              .base_url = llm_.base_url(),
                              .api_key = "",
                              .model = "scripted-model",
                              .embedding_model = ""}};
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
  }
  void TearDown() override {
    if (ui_) {
      for (const auto& error : ui_->page_errors()) ADD_FAILURE() << "page error: " << error;
    }
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  testing::TempDir dir_;
  std::unique_ptr<fixtures::AtsSites> sites_;
  ScriptedLlmServer llm_;
  std::unique_ptr<WebUiDriver> ui_;
  std::unique_ptr<server::Server> server_;
};

TEST_F(WebUiHostilePageTest, MarkupOnTheJobPageIsShownAsTextAndNothingIsSentBeforeConfirming) {
  const unsigned short port = server_->port();
  auto login =
      Http(port, "POST", "/api/auth/login", R"({"username":"alice","password":"alice-password"})");
  ASSERT_EQ(login.status, 200) << login.body;
  const std::string token = StringAt(login.Json(), "token");
  auto upload = Http(port, "POST", "/api/documents",
                     ReadFile(testing::SourceDir() / "examples" / "resume.pdf"), token,
                     {{"X-Filename", "resume.pdf"}});
  ASSERT_EQ(upload.status, 201) << upload.body;
  auto profile = Http(port, "PUT", "/api/profile",
                      json::serialize(json::object{
                          {"yaml", ReadFile(testing::SourceDir() / "examples" / "profile.yaml")}}),
                      token);
  ASSERT_EQ(profile.status, 200) << profile.body;
  // The model does what the page tells it: it tries to send the form at once.
  llm_.Push(Reply::ToolCalls({{"click", R"({"index":0})"}}));
  llm_.Push(Reply::Text(json::serialize(json::object{{"option", "Warehouse rovers"}})));
  llm_.Push(Reply::ToolCalls({{"click", R"({"index":3})"}}));  // refused
  llm_.Push(Reply::ToolCalls({{"request_draft_review", R"({"submit_index":3})"}}));

  auto apply = Http(port, "POST", "/api/jobs/apply",
                    json::serialize(json::object{{"url", sites_->url("quest_hostile")}}), token);
  ASSERT_EQ(apply.status, 202) << apply.body;
  const std::string session = StringAt(apply.Json(), "session_id");

  // The person opens the live view with their sign-in link.
  STEP(ui_->Open(server_->base_url() + "/#token=" + token));
  STEP(ui_->WaitFor("!document.querySelector('#shell').hidden", 20s, "the signed-in page"));
  ASSERT_TRUE(ui_->Eval("location.hash = '#/live/" + session + "', true"));
  STEP(
      ui_->WaitFor("!document.querySelector('#draft-panel').hidden && "
                   "document.querySelector('#draft-panel .draft-table')",
                   120s, "the draft of the hostile page"));
  EXPECT_TRUE(sites_->Submissions("quest").empty()) << "sent while the draft waits";

  auto shown = ui_->Eval(
      "({pwned: document.documentElement.dataset.pwned ?? null,"
      "  injected: [...document.querySelectorAll('#shell script, #shell [onerror], "
      "    #shell [onload], #shell img:not(.shot-img)')].map(e => e.outerHTML),"
      "  draft: document.querySelector('#draft-panel').textContent,"
      "  live: document.querySelector('#view-live').textContent})");
  ASSERT_TRUE(shown) << shown.error().ToString();
  const auto& s = shown->as_object();
  EXPECT_TRUE(s.at("pwned").is_null()) << "the page's script ran in the UI: " << s.at("pwned");
  EXPECT_TRUE(s.at("injected").as_array().empty()) << json::serialize(s.at("injected"));
  const std::string draft(s.at("draft").as_string());
  EXPECT_NE(draft.find("Full name <script>document.documentElement.dataset.pwned='label'"),
            std::string::npos)
      << draft;

  // The history lists it (by its URL: the service records no page title), with
  // nothing of the page built into it.
  ASSERT_TRUE(ui_->Eval("location.hash = '#/history', true"));
  STEP(ui_->WaitFor("document.querySelector('#history-table tbody tr')", 20s, "the history table"));
  auto history = ui_->Eval(
      "({pwned: document.documentElement.dataset.pwned ?? null,"
      "  text: document.querySelector('#history-table').textContent,"
      "  images: document.querySelectorAll('#history-table img').length})");
  ASSERT_TRUE(history) << history.error().ToString();
  EXPECT_TRUE(history->as_object().at("pwned").is_null());
  EXPECT_EQ(history->as_object().at("images").as_int64(), 0);
  const std::string listed(history->as_object().at("text").as_string());
  EXPECT_NE(listed.find("/quest/hostile/jobs/7"), std::string::npos) << listed;
  EXPECT_TRUE(sites_->Submissions("quest").empty());
}

}  // namespace
}  // namespace applier
