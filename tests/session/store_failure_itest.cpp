// ApplicationRun against a store that refuses writes (SQLite's query_only: every
// write fails as it would on a read-only file): real Chromium, the fixture
// shadow-DOM site. A failed write is never silent — the run says what was lost —
// and assertions are on the report, the events and what the site received.
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include "browser/browser.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "gtest/gtest.h"
#include "knowledge/answer_bank.h"
#include "knowledge/profile.h"
#include "session/application_run.h"
#include "store/application_log.h"
#include "store/database.h"
#include "support/async.h"
#include "support/process.h"

namespace applier::session {
namespace {

namespace asio = boost::asio;
using applier::testing::RunAsync;

// No city: the run has to ask for it.
constexpr char kProfile[] =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "resume: resume.pdf\n";

// Answers every question with the city and confirms the draft.
class Person : public HumanChannel {
 public:
  int asked = 0;
  asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<Question>& questions) override {
    asked += static_cast<int>(questions.size());
    co_return std::vector<std::optional<std::string>>(questions.size(), "Springfield");
  }
  asio::awaitable<DraftReply> ReviewDraft(const Draft&) override {
    co_return DraftReply{DraftDecision::kConfirm, ""};
  }
};

class StoreFailureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto sites = fixtures::AtsSites::Start({});
    ASSERT_TRUE(sites) << sites.error().ToString();
    sites_ = std::move(*sites);
    auto profile =
        knowledge::LoadProfileFromString(kProfile, applier::testing::SourceDir() / "examples");
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
    auto browser =
        RunAsync(io_, [&]() { return browser::Browser::Launch(io_.get_executor(), {}); });
    ASSERT_TRUE(browser) << browser.error().ToString();
    browser_ = *browser;
  }
  void TearDown() override {
    if (browser_) browser_->Close();
  }

  // A store whose every write fails from here on.
  store::Database RefusingWrites(const std::string& name) {
    auto db = store::Database::Open(dir_.path() / name);
    EXPECT_TRUE(db) << db.error().ToString();
    EXPECT_TRUE(db->Exec("PRAGMA query_only = ON"));
    return std::move(*db);
  }

  ApplyOptions Options() {
    ApplyOptions options;
    options.url = sites_->url("shadow");
    options.user_id = "sam";
    options.timeout = std::chrono::seconds(120);
    return options;
  }

  testing::TempDir dir_;
  asio::io_context io_;
  std::unique_ptr<fixtures::AtsSites> sites_;
  knowledge::Profile profile_;
  std::shared_ptr<browser::Browser> browser_;
  std::vector<SessionEvent> events_;
};

// Before, the failed Create was dropped: the run filled the whole form, asked the
// person, showed the draft, and only then stopped as "unknown" when the submit
// intent could not be written either.
TEST_F(StoreFailureTest, AnApplicationThatCannotBeRecordedFailsAtOnceSayingWhy) {
  store::Database db = RefusingWrites("applier.db");
  store::ApplicationLog log(db);
  Person person;
  ApplicationRun run({.browser = *browser_,
                      .profile = profile_,
                      .log = &log,
                      .human = person,
                      .events = [&](const SessionEvent& e) { events_.push_back(e); }});
  auto report = RunAsync(io_, [&]() { return run.Run(Options()); });

  EXPECT_EQ(report.outcome, Outcome::kFailed) << report.message;
  EXPECT_NE(report.message.find("could not be recorded"), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("readonly"), std::string::npos) << report.message;
  EXPECT_EQ(person.asked, 0);
  EXPECT_TRUE(sites_->Submissions("shadow").empty());
}

// Before, a person's answer that could not be saved was dropped without a word.
TEST_F(StoreFailureTest, AnAnswerThatCannotBeSavedIsUsedAndReportedLost) {
  auto log_db = store::Database::Open(dir_.path() / "applier.db");
  ASSERT_TRUE(log_db);
  store::ApplicationLog log(*log_db);
  store::Database answers_db = RefusingWrites("answers.db");
  knowledge::AnswerBank bank(answers_db);
  Person person;
  ApplicationRun run({.browser = *browser_,
                      .profile = profile_,
                      .answers = &bank,
                      .log = &log,
                      .human = person,
                      .events = [&](const SessionEvent& e) { events_.push_back(e); }});
  auto report = RunAsync(io_, [&]() { return run.Run(Options()); });

  EXPECT_EQ(report.outcome, Outcome::kSubmitted) << report.message;
  ASSERT_GT(person.asked, 0);
  std::vector<std::string> lost;
  for (const auto& e : events_) {
    if (e.type == "applier:error" && e.message.find("could not be saved") != std::string::npos) {
      lost.push_back(e.message);
    }
  }
  ASSERT_EQ(lost.size(), 1u);
  EXPECT_NE(lost[0].find("City"), std::string::npos) << lost[0];
  EXPECT_NE(lost[0].find("readonly"), std::string::npos) << lost[0];
  auto submissions = sites_->Submissions("shadow");
  ASSERT_EQ(submissions.size(), 1u);
  EXPECT_EQ(submissions[0].at("fields").at("city").as_string(), "Springfield");
}

}  // namespace
}  // namespace applier::session
