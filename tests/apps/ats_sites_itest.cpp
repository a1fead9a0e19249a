// `applier apply` against the fixture applicant tracking systems (fixtures/ats_sites),
// asserting on what each site recorded. The sites follow the real systems' markup
// conventions; none of them is special-cased in the engine.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "fixtures/ats_sites/ats_sites.h"
#include "gtest/gtest.h"
#include "support/process.h"

namespace applier {
namespace {

namespace json = boost::json;
using applier::testing::ProcessResult;
using applier::testing::RunProcess;
using applier::testing::TempDir;

constexpr char kResumeSha256[] = "2ea37be47c324ba1146f9e66568aeb699f4ded8fdfbb3901580d5a08e1233cc6";

class AtsSitesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto sites = fixtures::AtsSites::Start({});
    ASSERT_TRUE(sites) << sites.error().ToString();
    sites_ = std::move(*sites);
  }

  ProcessResult Apply(const std::string& url, std::vector<std::string> extra = {"--yes"}) {
    std::vector<std::string> argv = {
        applier::testing::ApplierBinary(),
        "apply",
        url,
        "--profile",
        (applier::testing::SourceDir() / "examples" / "profile.yaml").string(),
        "--db",
        (dir_.path() / "answers.db").string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return RunProcess(argv);
  }

  // Applies with --yes and returns the one submission the site recorded.
  json::object SubmitTo(const std::string& site) {
    auto run = Apply(sites_->url(site));
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
    auto submissions = sites_->Submissions(site);
    EXPECT_EQ(submissions.size(), 1u) << run.out;
    if (submissions.empty()) return {};
    auto submission = submissions.front().as_object();
    const auto& files = submission.at("files").as_array();
    EXPECT_EQ(files.size(), 1u);
    if (!files.empty()) {
      EXPECT_EQ(files.front().at("filename").as_string(), "resume.pdf");
      EXPECT_EQ(files.front().at("sha256").as_string(), kResumeSha256);
    }
    return submission.at("fields").as_object();
  }

  TempDir dir_;
  std::unique_ptr<fixtures::AtsSites> sites_;
};

std::string Field(const json::object& fields, const std::string& name) {
  auto* value = fields.if_contains(name);
  return value && value->is_string() ? std::string(value->as_string()) : "<missing>";
}

TEST_F(AtsSitesTest, LeverSinglePageWithRadioCardsAndEeo) {
  auto f = SubmitTo("lever");
  EXPECT_EQ(Field(f, "name"), "Jordan Rivera");
  EXPECT_EQ(Field(f, "email"), "jordan.rivera@example.com");
  EXPECT_EQ(Field(f, "phone"), "+1 415 555 0142");
  EXPECT_EQ(Field(f, "org"), "Northwind Logistics");
  EXPECT_EQ(Field(f, "urls[LinkedIn]"), "https://www.linkedin.com/in/jordan-rivera-example");
  EXPECT_EQ(Field(f, "urls[GitHub]"), "https://github.com/jordan-rivera-example");
  const std::string card = "cards[6d0e8a52-4c1b-4f3a-9a0e-5a1c2b3d4e5f]";
  EXPECT_EQ(Field(f, card + "[field0]"), "Yes");  // authorized to work in the US
  EXPECT_EQ(Field(f, card + "[field1]"), "No");   // sponsorship
  EXPECT_EQ(Field(f, card + "[field2]"), "LinkedIn");
  EXPECT_EQ(Field(f, "eeo[gender]"), "Decline to self-identify");
  EXPECT_EQ(Field(f, "eeo[race]"), "Decline to self-identify");
  EXPECT_EQ(Field(f, "eeo[veteran]"), "I am not a protected veteran");
  EXPECT_EQ(Field(f, "consent[store]"), "true");
}

TEST_F(AtsSitesTest, ControlsInsideOpenShadowRoots) {
  auto f = SubmitTo("shadow");
  EXPECT_EQ(Field(f, "first_name"), "Jordan");
  EXPECT_EQ(Field(f, "last_name"), "Rivera");
  EXPECT_EQ(Field(f, "email"), "jordan.rivera@example.com");
  EXPECT_EQ(Field(f, "city"), "San Francisco");
  EXPECT_EQ(Field(f, "work_authorization"), "Yes");
  EXPECT_EQ(Field(f, "sponsorship"), "No");
  EXPECT_EQ(Field(f, "privacy_consent"), "true");
}

TEST_F(AtsSitesTest, CookieBannerAndEmailGateBeforeTheForm) {
  auto f = SubmitTo("gated");
  EXPECT_EQ(Field(f, "email"), "jordan.rivera@example.com");
  EXPECT_EQ(Field(f, "first_name"), "Jordan");
  EXPECT_EQ(Field(f, "phone"), "+1 415 555 0142");
  // A statement, not Yes/No: "I am authorized to work in the US for any employer".
  EXPECT_EQ(Field(f, "work_authorization"), "authorized");
}

TEST_F(AtsSitesTest, AshbySpaWithTypeaheadLocationComboboxesAndToggles) {
  auto f = SubmitTo("ashby");
  EXPECT_EQ(Field(f, "_systemfield_name"), "Jordan Rivera");
  EXPECT_EQ(Field(f, "_systemfield_email"), "jordan.rivera@example.com");
  EXPECT_EQ(Field(f, "_systemfield_location"), "San Francisco, California, United States");
  EXPECT_EQ(Field(f, "years_experience"), "6-9 years");  // 8 years falls in the range
  EXPECT_EQ(Field(f, "how_heard"), "LinkedIn");
  EXPECT_EQ(Field(f, "work_authorized"), "Yes");
  EXPECT_EQ(Field(f, "requires_sponsorship"), "No");
  EXPECT_NE(Field(f, "why_acme").find("Acme Robotics builds"), std::string::npos);
}

TEST_F(AtsSitesTest, WorkdayWizardWithRepeatedSectionsDateBoxesAndNestedMultiSelect) {
  const std::string report = (dir_.path() / "report.json").string();
  auto run = Apply(sites_->url("workday"), {"--yes", "--report", report});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  auto submissions = sites_->Submissions("workday");
  ASSERT_EQ(submissions.size(), 1u) << run.out;
  const auto& f = submissions.front().at("fields").as_object();
  // A nested multi-select: "LinkedIn" under "Job Board", submitted as a list.
  EXPECT_EQ(json::serialize(f.at("source")), R"(["LinkedIn"])");
  EXPECT_EQ(Field(f, "countryDropdown"), "United States of America");
  EXPECT_EQ(Field(f, "legalNameSection_firstName"), "Jordan");
  EXPECT_EQ(Field(f, "addressSection_countryRegion"), "California");
  // Beside its own country-code picker (autocomplete=tel-national): the national number.
  EXPECT_EQ(Field(f, "phone-number"), "415 555 0142");
  // Work experience: one entry per profile job, added with "Add", month/year boxes.
  EXPECT_EQ(Field(f, "workExperience[0][jobTitle]"), "Senior Backend Engineer");
  EXPECT_EQ(Field(f, "workExperience[0][company]"), "Northwind Logistics");
  EXPECT_EQ(Field(f, "workExperience[0][currentlyWorkHere]"), "true");
  EXPECT_EQ(Field(f, "workExperience[0][startDate]"), "03/2021");
  EXPECT_EQ(f.if_contains("workExperience[0][endDate]"), nullptr);  // the current job
  EXPECT_EQ(Field(f, "workExperience[1][company]"), "Contoso Health");
  EXPECT_EQ(Field(f, "workExperience[1][startDate]"), "07/2017");
  EXPECT_EQ(Field(f, "workExperience[1][endDate]"), "02/2021");
  EXPECT_EQ(Field(f, "education[0][school]"), "University of California, Davis");
  EXPECT_EQ(Field(f, "education[0][degree]"), "Bachelor's Degree");
  EXPECT_EQ(Field(f, "education[0][lastYearAttended]"), "2017");
  EXPECT_EQ(Field(f, "workAuthorization"), "Yes");
  EXPECT_EQ(Field(f, "visaSponsorship"), "No");
  EXPECT_EQ(Field(f, "earliestStartDate"), "09/01/2025");
  EXPECT_EQ(Field(f, "veteranStatus"), "I am not a protected veteran");
  EXPECT_EQ(Field(f, "agreementCheckbox"), "true");
  // "Desired annual base salary" gets the bare amount the first time: the posting
  // shows its pay in dollars, so the box (which says "must be a number" to
  // anything else) takes it without a round trip (see the steps below).
  EXPECT_EQ(Field(f, "desiredSalary"), "185000");
  std::ifstream in(report);
  std::stringstream text;
  text << in.rdbuf();
  const auto steps = json::parse(text.str()).at("steps").as_array();
  int questions_steps = 0;
  int refusals = 0;
  for (const auto& step : steps) {
    if (step.at("page_kind").as_string() != "form_step") continue;
    ++questions_steps;
    const std::string action(step.at("action").as_string());
    if (action.find("did not accept") != std::string::npos) {
      ++refusals;
      EXPECT_NE(action.find("must be a number"), std::string::npos) << action;
    }
  }
  // Four wizard steps, each sent once: nothing the site refused.
  EXPECT_EQ(refusals, 0) << text.str();
  EXPECT_EQ(questions_steps, 4) << text.str();
}

TEST_F(AtsSitesTest, WorkdaySignInWallStopsForAPerson) {
  auto run = Apply(sites_->url("workday_signin"));
  EXPECT_EQ(run.exit_code, 5) << run.out;
  EXPECT_NE(run.out.find("sign in"), std::string::npos) << run.out;
  EXPECT_TRUE(sites_->Submissions("workday").empty());
}

TEST_F(AtsSitesTest, NoSubmitSendsNothing) {
  auto run = Apply(sites_->url("lever"), {"--no-submit"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_TRUE(sites_->Submissions("lever").empty());
}

TEST_F(AtsSitesTest, CaptchaLoginWallAndClosedPostingStopWithAReason) {
  auto captcha = Apply(sites_->url("captcha"));
  EXPECT_EQ(captcha.exit_code, 5) << captcha.out;
  EXPECT_NE(captcha.out.find("CAPTCHA"), std::string::npos) << captcha.out;
  EXPECT_TRUE(sites_->Submissions("captcha").empty());

  auto login = Apply(sites_->url("login"));
  EXPECT_EQ(login.exit_code, 5) << login.out;
  EXPECT_NE(login.out.find("sign in"), std::string::npos) << login.out;

  auto closed = Apply(sites_->url("closed"));
  EXPECT_EQ(closed.exit_code, 1) << closed.out;
  EXPECT_NE(closed.out.find("no longer accepting applications"), std::string::npos) << closed.out;
}

}  // namespace
}  // namespace applier
