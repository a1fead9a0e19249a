// The web UI driven in headless Chromium as a person uses it: real clicks and
// typing, what the page shows read from its DOM.
//
// WebUiStaticTest loads the UI's files from a plain static server (no API): every
// module loads and runs, the sign-in form is labelled and usable, and errors from
// the server are shown to the user. The end-to-end test below it runs the real
// `applier serve` server (in this process, as the binary runs it) against the demo
// job site and asserts on what the site received and what the server stored.
#include <boost/json.hpp>
#include <filesystem>
#include <string>

#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "server/server.h"
#include "support/process.h"
#include "support/web_ui_driver.h"

namespace applier {
namespace {

namespace json = boost::json;
using applier::testing::StaticSite;
using applier::testing::TempDir;
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

// ---- end to end: the real `applier serve`, the demo job site, a person in the UI ----

// A profile with no saved answer to "Why do you want to work at Acme Robotics?", so
// the agent has to ask, and a salary text the test later asks to change.
constexpr const char* kProfileYaml =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "address: {city: New York, country: US}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "salary: {amount: 175000, currency: USD, period: year, text: \"$175,000\"}\n"
    "how_heard: Employee Referral\n"
    "resume: resume.pdf\n";

constexpr const char* kUser = "sam";
constexpr const char* kPassword = "correct horse battery staple";
constexpr const char* kWhyAnswer = "I want to build the robots I have integrated with for years.";

std::string Field(const json::object& fields, const std::string& name) {
  const auto* value = fields.if_contains(name);
  return value && value->is_string() ? std::string(value->as_string()) : "<missing>";
}

class WebUiEndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = fixtures::DemoSite::Start({});
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);

    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path() / "data";
    options.web_dir = applier::testing::SourceDir() / "web";
    options.workers = 1;
    options.allow_hosts = {"127.0.0.1:" + std::to_string(site_->board_port()),
                           "localhost:" + std::to_string(site_->form_port())};
    std::filesystem::create_directories(options.data_dir);
    auto added = server::AddUser(options.data_dir, kUser, kPassword);
    ASSERT_TRUE(added) << added.error().ToString();
    auto started = server::Server::Start(options);
    ASSERT_TRUE(started) << started.error().ToString();
    server_ = std::move(*started);

    auto ui = WebUiDriver::Launch();
    ASSERT_TRUE(ui) << ui.error().ToString();
    ui_ = std::move(*ui);
  }

  void TearDown() override {
    if (ui_) {
      EXPECT_TRUE(ui_->page_errors().empty()) << JoinErrors(ui_->page_errors());
    }
    if (HasFailure() && ui_) {
      // What the user saw when it went wrong.
      const auto shot = std::filesystem::path(::testing::TempDir()) / "web_ui_e2e_failure.jpg";
      if (ui_->SaveScreenshot(shot)) std::cerr << "The page at the failure: " << shot << "\n";
    }
  }

  // GET an API route from the signed-in page, with the UI's own token.
  json::value Api(const std::string& path) {
    auto body = ui_->Eval("fetch(" + json::serialize(json::value(path)) +
                          ", {headers: {Authorization: 'Bearer ' + "
                          "sessionStorage.getItem('applier.token')}}).then(r => r.json())");
    EXPECT_TRUE(body) << body.error().ToString();
    return body ? *body : json::value();
  }

  void Step(const applier::Status& status) { ASSERT_TRUE(status) << status.error().ToString(); }

  TempDir dir_;
  std::unique_ptr<fixtures::DemoSite> site_;
  std::unique_ptr<server::Server> server_;
  std::unique_ptr<WebUiDriver> ui_;
};

TEST_F(WebUiEndToEndTest, SignInApplyAnswerEditTheDraftConfirmAndSeeTheHistory) {
  using std::chrono::seconds;
  const auto resume = applier::testing::SourceDir() / "examples" / "resume.pdf";

  // Sign in.
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Open(server_->base_url() + "/")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->WaitFor("document.documentElement.dataset.ready === 'true'")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Type("#signin-username", kUser)));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Type("#signin-password", kPassword)));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("#signin-submit")));
  ASSERT_NO_FATAL_FAILURE(Step(
      ui_->WaitFor("!document.querySelector('#shell').hidden", seconds(20), "the signed-in page")));
  EXPECT_EQ(*ui_->Text("#user-name"), kUser);

  // Profile and resume.
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("a[data-nav=profile]")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->WaitFor("!document.querySelector('#view-profile').hidden")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Type("#profile-yaml", kProfileYaml)));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("#profile-save")));
  ASSERT_NO_FATAL_FAILURE(Step(
      ui_->WaitFor("document.querySelector('#profile-status').textContent === 'Profile saved.'",
                   seconds(20), "the profile to be saved")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->ChooseFiles("#document-file", {resume.string()})));
  ASSERT_NO_FATAL_FAILURE(
      Step(ui_->WaitFor("[...document.querySelectorAll('#documents-list .doc-name')]"
                        ".some(n => n.textContent === 'resume.pdf')",
                        seconds(30), "resume.pdf in the documents list")));

  // Apply.
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("a[data-nav=live]")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Type("#job-url", site_->posting_url())));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("#apply-button")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->WaitFor("!document.querySelector('#live-session').hidden")));

  // The agent asks why Acme: answer in the chat.
  const std::string open_card = ".hitl-card:not([data-state])";
  ASSERT_NO_FATAL_FAILURE(Step(ui_->WaitFor("document.querySelector('" + open_card + "')",
                                            seconds(120), "a question in the chat")));
  auto question = ui_->Text(open_card + " .question-label");
  ASSERT_TRUE(question);
  EXPECT_NE(question->find("Why do you want to work at Acme Robotics?"), std::string::npos)
      << *question;
  ASSERT_NO_FATAL_FAILURE(Step(
      ui_->Type(open_card + " .question textarea, " + open_card + " .question input", kWhyAnswer)));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click(open_card + " button[type=submit]")));
  ASSERT_NO_FATAL_FAILURE(
      Step(ui_->WaitFor("document.querySelector('.hitl-card[data-state=answered]')", seconds(20),
                        "the answer sent")));

  // First draft: the salary as the profile says. Ask for a change.
  const std::string salary_cell =
      "[...document.querySelectorAll('#draft-panel tbody tr')]"
      ".find(r => /salary/i.test(r.querySelector('th').textContent))"
      "?.querySelector('td.value').textContent";
  ASSERT_NO_FATAL_FAILURE(
      Step(ui_->WaitFor("document.querySelector('#draft-panel').dataset.revision === '1' && "
                        "!document.querySelector('#draft-panel').hidden",
                        seconds(180), "the first draft")));
  auto first_salary = ui_->Eval(salary_cell);
  ASSERT_TRUE(first_salary && first_salary->is_string()) << "no salary row in the draft table";
  EXPECT_EQ(first_salary->as_string(), "$175,000");
  auto frames = ui_->Eval("Number(document.querySelector('#live-canvas').dataset.frames || 0)");
  EXPECT_GT(frames->to_number<double>(), 0) << "the live view never drew a frame";
  EXPECT_TRUE(site_->Submissions().empty()) << "submitted before the draft was confirmed";
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Type("#draft-changes", "change salary expectations to 150k")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("#draft-request-changes")));

  // Second draft, with the change: confirm it.
  ASSERT_NO_FATAL_FAILURE(
      Step(ui_->WaitFor("document.querySelector('#draft-panel').dataset.revision === '2'",
                        seconds(120), "the second draft")));
  auto second_salary = ui_->Eval(salary_cell);
  ASSERT_TRUE(second_salary && second_salary->is_string());
  EXPECT_EQ(second_salary->as_string(), "150k");
  EXPECT_TRUE(site_->Submissions().empty());
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("#draft-confirm")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->WaitFor(
      "document.querySelector('#outcome-banner').dataset.outcome", seconds(120), "the outcome")));
  auto outcome = ui_->Eval("document.querySelector('#outcome-banner').dataset.outcome");
  EXPECT_EQ(outcome->as_string(), "submitted") << *ui_->Text("#outcome-banner");

  // What the job site received: once, with the edited salary and the chat's answer.
  auto submissions = site_->Submissions();
  ASSERT_EQ(submissions.size(), 1u);
  const auto& fields = submissions.front().as_object().at("fields").as_object();
  EXPECT_EQ(Field(fields, "job_application[answers_attributes][5][text_value]"), "150k");
  EXPECT_EQ(Field(fields, "job_application[answers_attributes][6][text_value]"), kWhyAnswer);
  EXPECT_EQ(Field(fields, "job_application[first_name]"), "Sam");
  EXPECT_EQ(submissions.front().as_object().at("files").as_array().size(), 1u);

  // The stored history.
  auto list = Api("/api/applications");
  ASSERT_TRUE(list.is_object()) << json::serialize(list);
  const auto& apps = list.as_object().at("applications").as_array();
  ASSERT_EQ(apps.size(), 1u) << json::serialize(list);
  const auto& app = apps.front().as_object();
  EXPECT_EQ(app.at("url").as_string(), site_->posting_url());
  EXPECT_EQ(app.at("outcome").as_string(), "submitted");
  const std::string session_id(app.at("session_id").as_string());
  auto detail = Api("/api/applications/" + session_id);
  ASSERT_TRUE(detail.is_object()) << json::serialize(detail);
  const auto& stored = detail.as_object().at("application").as_object();
  ASSERT_TRUE(stored.at("draft").is_object()) << json::serialize(detail);
  EXPECT_EQ(stored.at("draft").as_object().at("revision").to_number<int>(), 2);
  EXPECT_FALSE(stored.at("answers").as_array().empty()) << json::serialize(detail);
  EXPECT_TRUE(stored.at("receipt_url").is_string()) << json::serialize(detail);

  // And the History page shows it, with the receipt.
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("a[data-nav=history]")));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->WaitFor(
      "document.querySelector('#history-table tbody tr[data-session-id]')", seconds(20))));
  ASSERT_NO_FATAL_FAILURE(Step(ui_->Click("#history-table tbody tr[data-session-id] a")));
  ASSERT_NO_FATAL_FAILURE(
      Step(ui_->WaitFor("document.querySelector('#detail-outcome')?.textContent === 'Submitted' && "
                        "document.querySelector('#receipt-download') && "
                        "document.querySelectorAll('#detail-timeline li').length > 5",
                        seconds(20), "the application's page with its receipt and event log")));
}

}  // namespace
}  // namespace applier
