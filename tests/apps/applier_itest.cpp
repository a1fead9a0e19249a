// `applier apply` end to end, as a user runs it: the real binary, a real Chromium,
// the demo job site in this process. Every assertion is on what the outside world
// saw — the submissions the site recorded, the exit code, what was printed, the
// report file — never on what the agent believes it typed.
#include <openssl/sha.h>

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "fixtures/demo_site/demo_site.h"
#include "fixtures/site_server/http_listener.h"
#include "gtest/gtest.h"
#include "support/process.h"

namespace applier {
namespace {

namespace json = boost::json;
using applier::testing::ProcessResult;
using applier::testing::ReadFile;
using applier::testing::RunOptions;
using applier::testing::RunProcess;
using applier::testing::TempDir;

std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  std::string hex;
  char buf[3];
  for (unsigned char b : digest) {
    std::snprintf(buf, sizeof buf, "%02x", b);
    hex += buf;
  }
  return hex;
}

class ApplierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = fixtures::DemoSite::Start({});
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);
    profile_ = (applier::testing::SourceDir() / "examples" / "profile.yaml").string();
  }

  ProcessResult Apply(std::vector<std::string> extra, RunOptions options = {}) {
    std::vector<std::string> argv = {applier::testing::ApplierBinary(), "apply",
                                     site_->posting_url(), "--db",
                                     (dir_.path() / "answers.db").string()};
    bool has_profile = false;
    for (const auto& arg : extra) has_profile = has_profile || arg == "--profile";
    if (!has_profile) {
      argv.push_back("--profile");
      argv.push_back(profile_);
    }
    argv.insert(argv.end(), extra.begin(), extra.end());
    return RunProcess(argv, options);
  }

  json::object LastSubmissionFields() {
    auto submissions = site_->Submissions();
    if (submissions.empty()) return {};
    return submissions.back().as_object().at("fields").as_object();
  }

  TempDir dir_;
  std::unique_ptr<fixtures::DemoSite> site_;
  std::string profile_;
};

std::string Field(const json::object& fields, const std::string& name) {
  auto* value = fields.if_contains(name);
  return value && value->is_string() ? std::string(value->as_string()) : "<missing>";
}

TEST_F(ApplierTest, YesSubmitsExactlyOnceWithEveryValueRight) {
  const auto report_path = dir_.path() / "report.json";
  auto run = Apply({"--yes", "--report", report_path.string()});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("Outcome: submitted"), std::string::npos) << run.out;

  auto submissions = site_->Submissions();
  ASSERT_EQ(submissions.size(), 1u) << run.out;
  const auto& submission = submissions.front().as_object();
  const auto& f = submission.at("fields").as_object();
  EXPECT_EQ(Field(f, "job_application[first_name]"), "Jordan");
  EXPECT_EQ(Field(f, "job_application[last_name]"), "Rivera");
  EXPECT_EQ(Field(f, "job_application[preferred_name]"), "Jordan");
  EXPECT_EQ(Field(f, "job_application[email]"), "jordan.rivera@example.com");
  EXPECT_EQ(Field(f, "job_application[phone]"), "+1 415 555 0142");
  EXPECT_NE(Field(f, "job_application[location]").find("San Francisco"), std::string::npos);
  EXPECT_EQ(Field(f, "job_application[answers_attributes][0][text_value]"),
            "https://www.linkedin.com/in/jordan-rivera-example");
  EXPECT_EQ(Field(f, "job_application[answers_attributes][1][text_value]"),
            "https://jordanrivera.example.com");
  EXPECT_EQ(Field(f, "job_application[answers_attributes][2][text_value]"), "LinkedIn");
  EXPECT_EQ(Field(f, "job_application[answers_attributes][3][boolean_value]"), "1");  // Yes
  EXPECT_EQ(Field(f, "job_application[answers_attributes][4][boolean_value]"), "0");  // No
  EXPECT_NE(Field(f, "job_application[answers_attributes][6][text_value]")
                .find("Acme Robotics builds the warehouse robots"),
            std::string::npos);
  EXPECT_EQ(Field(f, "job_application[gender]"), "Decline To Self Identify");
  EXPECT_EQ(Field(f, "job_application[hispanic_ethnicity]"), "Decline To Self Identify");
  EXPECT_EQ(Field(f, "job_application[race]"), "Decline To Self Identify");
  EXPECT_EQ(Field(f, "job_application[veteran_status]"), "I am not a protected veteran");
  EXPECT_EQ(Field(f, "job_application[disability_status]"), "I do not want to answer");
  EXPECT_EQ(Field(f, "job_application[data_compliance][gdpr_processing_consent_given]"), "1");

  const auto& files = submission.at("files").as_array();
  ASSERT_EQ(files.size(), 1u);
  const auto& resume = files.front().as_object();
  const std::string resume_bytes =
      ReadFile(applier::testing::SourceDir() / "examples" / "resume.pdf");
  EXPECT_EQ(resume.at("filename").as_string(), "resume.pdf");
  EXPECT_EQ(resume.at("size").to_number<std::int64_t>(),
            static_cast<std::int64_t>(resume_bytes.size()));
  EXPECT_EQ(resume.at("sha256").as_string(), Sha256Hex(resume_bytes));

  auto report = json::parse(ReadFile(report_path)).as_object();
  EXPECT_EQ(report.at("outcome").as_string(), "submitted");
  EXPECT_EQ(report.at("url").as_string(), site_->posting_url());
  bool saw_email = false;
  for (const auto& field : report.at("fields").as_array()) {
    const auto& o = field.as_object();
    if (o.at("name").as_string() == "job_application[email]") {
      saw_email = true;
      EXPECT_EQ(o.at("source").as_string(), "profile");
      EXPECT_EQ(o.at("status").as_string(), "filled");
      EXPECT_GT(o.at("confidence").as_double(), 0.75);
      EXPECT_FALSE(o.at("frame").as_string().empty());
      EXPECT_NE(o.at("frame_url").as_string().find("localhost"), std::string::npos);
    }
  }
  EXPECT_TRUE(saw_email);
  EXPECT_GE(report.at("steps").as_array().size(), 3u);
}

TEST_F(ApplierTest, NoSubmitFillsReportsEveryFieldAndSendsNothing) {
  const auto report_path = dir_.path() / "report.json";
  const auto shot_path = dir_.path() / "draft.jpg";
  auto run =
      Apply({"--no-submit", "--report", report_path.string(), "--screenshot", shot_path.string()});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_TRUE(site_->Submissions().empty());

  auto report = json::parse(ReadFile(report_path)).as_object();
  EXPECT_EQ(report.at("outcome").as_string(), "stopped_at_draft");
  const auto& fields = report.at("fields").as_array();
  EXPECT_EQ(fields.size(), 22u);  // every control of the demo form, the resume included
  int filled = 0;
  for (const auto& field : fields) {
    const auto& o = field.as_object();
    for (const char* key :
         {"frame", "label", "name", "id", "kind", "value", "source", "confidence"}) {
      EXPECT_TRUE(o.contains(key)) << key;
    }
    if (o.at("status").as_string() == "filled") ++filled;
    if (o.at("required").as_bool()) {
      EXPECT_EQ(o.at("status").as_string(), "filled") << o.at("label").as_string();
    }
  }
  EXPECT_GE(filled, 20);
  const std::string jpeg = ReadFile(shot_path);
  ASSERT_GT(jpeg.size(), 1000u);
  EXPECT_EQ(jpeg.substr(0, 2), "\xFF\xD8");
}

TEST_F(ApplierTest, WithoutTerminalOrYesItStopsAtTheDraft) {
  auto run = Apply({});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_NE(run.out.find("nobody confirmed"), std::string::npos) << run.out;
  EXPECT_TRUE(site_->Submissions().empty());
}

TEST_F(ApplierTest, TerminalAnswerIsSavedAndReusedOnTheNextForm) {
  // A profile without a saved answer to "Why do you want to work at Acme Robotics?".
  const auto profile = dir_.path() / "me.yaml";
  std::ofstream(profile) << "name: {first: Sam, last: Lee}\n"
                            "email: sam.lee@example.com\n"
                            "phone: {number: \"+1 212 555 0199\"}\n"
                            "address: {city: New York, country: US}\n"
                            "work_authorization:\n"
                            "  default_country: US\n"
                            "  US: {authorized: true, requires_sponsorship: false}\n"
                            "how_heard: Employee Referral\n"
                            "resume: "
                         << (applier::testing::SourceDir() / "examples" / "resume.pdf").string()
                         << "\n";
  RunOptions at_terminal;
  at_terminal.terminal = true;
  at_terminal.stdin_text = "Because robots are fun.\ny\n";
  auto first = Apply({"--profile", profile.string()}, at_terminal);
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  EXPECT_NE(first.out.find("Why do you want to work at Acme Robotics?"), std::string::npos)
      << first.out;
  ASSERT_EQ(site_->Submissions().size(), 1u);
  EXPECT_EQ(Field(LastSubmissionFields(), "job_application[answers_attributes][6][text_value]"),
            "Because robots are fun.");
  EXPECT_EQ(Field(LastSubmissionFields(), "job_application[answers_attributes][2][text_value]"),
            "Employee Referral");

  // Same user, no terminal: the saved answer is reused, nobody is asked.
  const auto report_path = dir_.path() / "second.json";
  auto second = Apply({"--profile", profile.string(), "--yes", "--report", report_path.string()});
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  ASSERT_EQ(site_->Submissions().size(), 2u);
  EXPECT_EQ(Field(LastSubmissionFields(), "job_application[answers_attributes][6][text_value]"),
            "Because robots are fun.");
  auto report = json::parse(ReadFile(report_path)).as_object();
  bool reused = false;
  for (const auto& field : report.at("fields").as_array()) {
    const auto& o = field.as_object();
    if (o.at("label").as_string() == "Why do you want to work at Acme Robotics?") {
      reused = o.at("source").as_string() == "saved_answer";
    }
  }
  EXPECT_TRUE(reused);
}

TEST_F(ApplierTest, CtrlCLeavesNoBrowserBehindAndSubmitsNothing) {
  // The run's browser profile goes under a temporary folder of its own, so only its
  // own Chromium is counted, whatever else runs on the machine.
  const auto tmp = dir_.path() / "tmp";
  std::filesystem::create_directories(tmp);
  const std::string mark = (tmp / "applier-chromium-").string();
  const auto before = applier::testing::ProcessesMatching(mark);
  RunOptions options;
  options.interrupt_when_output_has = "navigate";  // the browser is up and loading
  options.env = {"TMPDIR=" + tmp.string()};
  auto run = Apply({"--yes"}, options);
  EXPECT_EQ(run.exit_code, 130) << run.out << run.err;
  EXPECT_NE(run.err.find("interrupted"), std::string::npos) << run.err;
  EXPECT_TRUE(site_->Submissions().empty());
  std::vector<int> left;
  // SIGKILLed processes take a moment to vanish from /proc.
  for (int attempt = 0; attempt < 30; ++attempt) {
    left.clear();
    for (int pid : applier::testing::ProcessesMatching(mark)) {
      if (std::find(before.begin(), before.end(), pid) == before.end()) left.push_back(pid);
    }
    if (left.empty()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(left.empty()) << left.size() << " Chromium process(es) survived Ctrl-C";
}

// Bad input: one clear message, a non-zero exit, and no browser started. The
// --chromium given is a script that leaves a mark if anything runs it.
class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    marker_ = dir_.path() / "browser-was-started";
    fake_browser_ = dir_.path() / "chromium";
    std::ofstream(fake_browser_) << "#!/bin/sh\ntouch " << marker_.string() << "\nexit 1\n";
    std::filesystem::permissions(fake_browser_, std::filesystem::perms::owner_all);
  }
  ProcessResult Apply(const std::string& url, const std::string& profile,
                      std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {applier::testing::ApplierBinary(),
                                     "apply",
                                     url,
                                     "--profile",
                                     profile,
                                     "--chromium",
                                     fake_browser_.string(),
                                     "--db",
                                     (dir_.path() / "a.db").string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    auto result = RunProcess(argv);
    EXPECT_FALSE(std::filesystem::exists(marker_)) << "a browser was started";
    return result;
  }
  std::string WriteProfile(const std::string& text) {
    const auto path = dir_.path() / "bad.yaml";
    std::ofstream(path) << text;
    return path.string();
  }
  std::string GoodProfile() {
    return (applier::testing::SourceDir() / "examples" / "profile.yaml").string();
  }

  TempDir dir_;
  std::filesystem::path marker_;
  std::filesystem::path fake_browser_;
};

TEST_F(BadInputTest, MalformedUrl) {
  auto run = Apply("not a url", GoodProfile());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("not a valid URL"), std::string::npos) << run.err;
  auto ftp = Apply("ftp://example.com/job", GoodProfile());
  EXPECT_EQ(ftp.exit_code, 2);
  EXPECT_NE(ftp.err.find("only http and https"), std::string::npos) << ftp.err;
}

TEST_F(BadInputTest, UnreadableProfile) {
  auto run = Apply("http://127.0.0.1:1/job", (dir_.path() / "missing.yaml").string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("missing.yaml"), std::string::npos) << run.err;
}

TEST_F(BadInputTest, InvalidProfileNamesLineAndKey) {
  auto run = Apply(
      "http://127.0.0.1:1/job",
      WriteProfile("name: {first: A, last: B}\nemail: a@example.com\nfavourite_colour: blue\n"));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find(":3"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("favourite_colour"), std::string::npos) << run.err;

  auto broken = Apply("http://127.0.0.1:1/job", WriteProfile("name: [unclosed\nemail: x\n"));
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("invalid profile"), std::string::npos) << broken.err;

  auto bad_type = Apply("http://127.0.0.1:1/job",
                        WriteProfile("name: {first: A, last: B}\nemail: a@example.com\n"
                                     "work_authorization:\n  US: {authorized: maybe}\n"));
  EXPECT_EQ(bad_type.exit_code, 2);
  EXPECT_NE(bad_type.err.find("authorized"), std::string::npos) << bad_type.err;
}

TEST_F(BadInputTest, MissingResumeFile) {
  auto run = Apply("http://127.0.0.1:1/job",
                   WriteProfile("name: {first: A, last: B}\nemail: a@example.com\n"
                                "resume: nowhere/cv.pdf\n"));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("resume"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("cv.pdf"), std::string::npos) << run.err;
}

TEST_F(BadInputTest, UnknownFlag) {
  auto run = Apply("http://127.0.0.1:1/job", GoodProfile(), {"--frobnicate"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("frobnicate"), std::string::npos) << run.err;
}

// A job page with a control that answers the page agent in a shape the engine does
// not expect: an <li role="textbox"> whose DOM `value` is a number (its ordinal),
// not text. The run goes on to an outcome, the field marked failed with a message
// naming the problem, and the process exits by itself, not by a signal: before,
// the decoding threw out of the run and std::terminate aborted it.
TEST(ApplierRunBoundaryTest, AnOddPageEndsTheRunWithAMessageNotAnAbort) {
  namespace http = boost::beast::http;
  constexpr char kOddPage[] = R"HTML(<!doctype html><html><head><title>Apply</title></head><body>
<h1>Apply for Data Engineer</h1>
<form style="padding:20px">
  <ol><li role="textbox" aria-label="Full name" style="width:200px;height:24px;border:1px solid #999"></li></ol>
  <button type="submit">Submit application</button>
</form></body></html>)HTML";
  auto page = [&](http::status status, std::string body, unsigned version) {
    fixtures::HttpResponse response{status, version};
    response.set(http::field::content_type, "text/html; charset=utf-8");
    response.body() = std::move(body);
    response.prepare_payload();
    return response;
  };
  auto listener = fixtures::HttpListener::Start(
      {.name = "odd page",
       .handle =
           [&](const fixtures::HttpRequest& request) {
             return page(http::status::ok, kOddPage, request.version());
           },
       .reject = [&](http::status status,
                     std::string_view reason) { return page(status, std::string(reason), 11); }});
  ASSERT_TRUE(listener) << listener.error().ToString();
  TempDir dir;
  const auto report_path = dir.path() / "report.json";
  auto run = RunProcess(
      {applier::testing::ApplierBinary(), "apply", (*listener)->origin() + "/apply", "--profile",
       (applier::testing::SourceDir() / "examples" / "profile.yaml").string(), "--db",
       (dir.path() / "answers.db").string(), "--no-submit", "--report", report_path.string()});
  ASSERT_LT(run.exit_code, 128) << "ended by signal " << run.exit_code - 128 << "\n"
                                << run.out << run.err;
  EXPECT_EQ(run.err.find("terminate called"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("Outcome: "), std::string::npos) << run.out << run.err;
  boost::system::error_code ec;
  auto report = json::parse(ReadFile(report_path), ec);
  ASSERT_FALSE(ec) << run.out << run.err;
  const auto* fields = report.is_object() ? report.as_object().if_contains("fields") : nullptr;
  ASSERT_TRUE(fields && fields->is_array()) << json::serialize(report);
  bool saw_field = false;
  for (const auto& field : fields->as_array()) {
    if (Field(field.as_object(), "label") != "Full name") continue;
    saw_field = true;
    EXPECT_EQ(Field(field.as_object(), "status"), "failed") << json::serialize(field);
    EXPECT_NE(Field(field.as_object(), "note").find("has value as a number, not a string"),
              std::string::npos)
        << json::serialize(field);
  }
  EXPECT_TRUE(saw_field) << json::serialize(report);
}

TEST(ApplierCliTest, HelpAndVersion) {
  auto help = RunProcess({applier::testing::ApplierBinary(), "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
  auto apply_help = RunProcess({applier::testing::ApplierBinary(), "apply", "--help"});
  EXPECT_EQ(apply_help.exit_code, 0);
  for (const char* flag : {"--profile", "--yes", "--no-submit", "--report", "--timeout",
                           "--screenshot", "--db", "--chromium", "--browser-url", "--verbose"}) {
    EXPECT_NE(apply_help.out.find(flag), std::string::npos) << flag;
  }
  auto version = RunProcess({applier::testing::ApplierBinary(), "--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("applier"), std::string::npos);
}

}  // namespace
}  // namespace applier
