// fill_accuracy: over every fixture site, how many expected values the site
// actually received, how many were wrong (worse than empty), how many questions
// went to a person, how many LLM calls were made, and the time to the draft.
//
// Each site gets a fresh browser context and the example profile; the "person"
// answers no question and confirms the draft, so what is counted is the engine
// alone. The expected values are what examples/profile.yaml says, written per
// site from its field names.
#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <map>

#include "bench_support.h"
#include "browser/browser.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "fixtures/demo_site/demo_site.h"
#include "knowledge/profile.h"
#include "session/application_run.h"

namespace asio = boost::asio;
namespace json = boost::json;
using applier::bench::RunAsync;

namespace {

// Confirms every draft and answers nothing: counts what it was asked.
class CountingHuman : public applier::session::HumanChannel {
 public:
  asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<applier::session::Question>& questions) override {
    asked += static_cast<int>(questions.size());
    co_return std::vector<std::optional<std::string>>(questions.size());
  }
  asio::awaitable<applier::session::DraftReply> ReviewDraft(
      const applier::session::Draft&) override {
    applier::session::DraftReply reply;
    reply.decision = applier::session::DraftDecision::kConfirm;
    co_return reply;
  }
  int asked = 0;
};

// How a received value is compared with the expected one.
enum class Match {
  kExact,
  kContains,  // free text: contains `value`
  kList,      // a list of choices: `value` is a JSON array of strings, order free
  kAbsent,    // the site must not receive the field at all (e.g. an end date of a current job)
};

// A value the site must receive.
struct Expected {
  std::string field;
  std::string value;
  Match match = Match::kExact;
};

struct Site {
  std::string name;
  std::string url;
  std::vector<Expected> expected;
  std::function<json::array()> submissions;
};

// A received value as text: strings as they are, a one-element list as its element
// (multipart forms send repeated names as lists), anything else as JSON.
std::string AsText(const json::value& value) {
  if (value.is_string()) return std::string(value.as_string());
  if (value.is_array() && value.as_array().size() == 1 && value.as_array()[0].is_string()) {
    return std::string(value.as_array()[0].as_string());
  }
  return json::serialize(value);
}

// The strings of a list value, sorted; a lone string is a list of one.
std::vector<std::string> AsSortedList(const json::value& value) {
  std::vector<std::string> items;
  if (value.is_string()) items.emplace_back(value.as_string());
  if (value.is_array()) {
    for (const auto& item : value.as_array()) items.push_back(AsText(item));
  }
  std::sort(items.begin(), items.end());
  return items;
}

enum class Grade { kCorrect, kWrong, kEmpty };

Grade Judge(const Expected& expected, const json::value* got) {
  const bool missing = got == nullptr || (got->is_string() && got->as_string().empty()) ||
                       (got->is_array() && got->as_array().empty());
  if (expected.match == Match::kAbsent) return missing ? Grade::kCorrect : Grade::kWrong;
  if (missing) return Grade::kEmpty;
  bool right = false;
  switch (expected.match) {
    case Match::kExact: right = AsText(*got) == expected.value; break;
    case Match::kContains: right = AsText(*got).find(expected.value) != std::string::npos; break;
    case Match::kList:
      right = AsSortedList(*got) == AsSortedList(json::parse(expected.value));
      break;
    case Match::kAbsent: break;
  }
  return right ? Grade::kCorrect : Grade::kWrong;
}

std::vector<Site> Sites(const applier::fixtures::DemoSite& demo,
                        const applier::fixtures::AtsSites& ats) {
  auto from_ats = [&ats](std::string site) {
    return [&ats, site]() { return ats.Submissions(site); };
  };
  const std::string card = "cards[6d0e8a52-4c1b-4f3a-9a0e-5a1c2b3d4e5f]";
  return {
      {"greenhouse (demo)",
       demo.posting_url(),
       {{"job_application[first_name]", "Jordan"},
        {"job_application[last_name]", "Rivera"},
        {"job_application[preferred_name]", "Jordan"},
        {"job_application[email]", "jordan.rivera@example.com"},
        {"job_application[phone]", "+1 415 555 0142"},
        {"job_application[location]", "San Francisco", Match::kContains},
        {"job_application[answers_attributes][0][text_value]",
         "https://www.linkedin.com/in/jordan-rivera-example"},
        {"job_application[answers_attributes][2][text_value]", "LinkedIn"},
        {"job_application[answers_attributes][3][boolean_value]", "1"},
        {"job_application[answers_attributes][4][boolean_value]", "0"},
        {"job_application[answers_attributes][6][text_value]", "Acme Robotics builds",
         Match::kContains},
        {"job_application[gender]", "Decline To Self Identify"},
        {"job_application[veteran_status]", "I am not a protected veteran"},
        {"job_application[disability_status]", "I do not want to answer"},
        {"job_application[data_compliance][gdpr_processing_consent_given]", "1"}},
       [&demo]() { return demo.Submissions(); }},
      {"lever",
       ats.url("lever"),
       {{"name", "Jordan Rivera"},
        {"email", "jordan.rivera@example.com"},
        {"phone", "+1 415 555 0142"},
        {"location", "San Francisco", Match::kContains},
        {"org", "Northwind Logistics"},
        {"urls[LinkedIn]", "https://www.linkedin.com/in/jordan-rivera-example"},
        {"urls[GitHub]", "https://github.com/jordan-rivera-example"},
        {card + "[field0]", "Yes"},
        {card + "[field1]", "No"},
        {card + "[field2]", "LinkedIn"},
        {"eeo[gender]", "Decline to self-identify"},
        {"eeo[veteran]", "I am not a protected veteran"},
        {"consent[store]", "true"}},
       from_ats("lever")},
      {"shadow DOM",
       ats.url("shadow"),
       {{"first_name", "Jordan"},
        {"last_name", "Rivera"},
        {"email", "jordan.rivera@example.com"},
        {"phone", "+1 415 555 0142"},
        {"city", "San Francisco"},
        {"work_authorization", "Yes"},
        {"sponsorship", "No"},
        {"privacy_consent", "true"}},
       from_ats("shadow")},
      {"consent + email gate",
       ats.url("gated"),
       {{"email", "jordan.rivera@example.com"},
        {"first_name", "Jordan"},
        {"last_name", "Rivera"},
        {"phone", "+1 415 555 0142"},
        {"work_authorization", "authorized"}},
       from_ats("gated")},
      {"ashby (SPA)",
       ats.url("ashby"),
       {{"_systemfield_name", "Jordan Rivera"},
        {"_systemfield_email", "jordan.rivera@example.com"},
        {"phone", "+1 415 555 0142"},
        {"_systemfield_location", "San Francisco, California, United States"},
        {"years_experience", "6-9 years"},
        {"how_heard", "LinkedIn"},
        {"work_authorized", "Yes"},
        {"requires_sponsorship", "No"},
        {"why_acme", "Acme Robotics builds", Match::kContains}},
       from_ats("ashby")},
      {"workday (wizard)",
       ats.url("workday"),
       {{"source", R"(["LinkedIn"])", Match::kList},  // nested multi-select: Job Board > LinkedIn
        {"previousWorker", "No"},
        {"countryDropdown", "United States of America"},
        {"legalNameSection_firstName", "Jordan"},
        {"legalNameSection_lastName", "Rivera"},
        {"addressSection_addressLine1", "500 Howard Street"},
        {"addressSection_city", "San Francisco"},
        {"addressSection_countryRegion", "California"},
        {"addressSection_postalCode", "94105"},
        {"email", "jordan.rivera@example.com"},
        {"phone-number", "+1 415 555 0142"},
        // One entry per profile job, added with "Add"; month/year boxes.
        {"workExperience[0][jobTitle]", "Senior Backend Engineer"},
        {"workExperience[0][company]", "Northwind Logistics"},
        {"workExperience[0][currentlyWorkHere]", "true"},
        {"workExperience[0][location]", "San Francisco, CA"},
        {"workExperience[0][startDate]", "03/2021"},
        {"workExperience[0][endDate]", "", Match::kAbsent},  // the current job has no end
        {"workExperience[0][roleDescription]", "Order-routing services", Match::kContains},
        {"workExperience[1][jobTitle]", "Backend Engineer"},
        {"workExperience[1][company]", "Contoso Health"},
        {"workExperience[1][startDate]", "07/2017"},
        {"workExperience[1][location]", "Sacramento, CA"},
        {"workExperience[1][endDate]", "02/2021"},
        {"workExperience[1][roleDescription]", "HIPAA-compliant", Match::kContains},
        {"workExperience[2][company]", "", Match::kAbsent},  // the profile has two jobs
        {"education[0][school]", "University of California, Davis"},
        {"education[0][degree]", "Bachelor's Degree"},  // the profile says "BS"
        {"education[0][fieldOfStudy]", "Computer Science"},
        {"education[0][lastYearAttended]", "2017"},
        {"linkedinQuestion", "https://www.linkedin.com/in/jordan-rivera-example"},
        {"workAuthorization", "Yes"},
        {"visaSponsorship", "No"},
        {"desiredSalary", "185000"},  // the site wants a number, not the salary text
        {"earliestStartDate", "09/01/2025"},
        {"gender", "I do not wish to answer"},
        {"ethnicity", "I do not wish to answer"},
        {"veteranStatus", "I am not a protected veteran"},
        {"agreementCheckbox", "true"}},
       from_ats("workday")},
  };
}

}  // namespace

int main(int argc, char** argv) {
  applier::bench::PrepareProcess();
  std::string chromium = "/usr/bin/chromium";
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--chromium") chromium = argv[i + 1];
  }
  auto profile =
      applier::knowledge::LoadProfile(std::string(APPLIER_SOURCE_DIR) + "/examples/profile.yaml");
  auto demo = applier::fixtures::DemoSite::Start({});
  auto ats = applier::fixtures::AtsSites::Start({});
  if (!profile || !demo || !ats) {
    std::fprintf(stderr, "fill_accuracy: cannot load the profile or start the fixture sites\n");
    return 1;
  }
  asio::io_context io;
  applier::browser::BrowserOptions options;
  options.launch.executable = chromium;
  auto browser =
      RunAsync(io, [&]() { return applier::browser::Browser::Launch(io.get_executor(), options); });
  if (!browser) {
    std::fprintf(stderr, "fill_accuracy: %s\n", browser.error().ToString().c_str());
    return 1;
  }

  std::printf(
      "Fill accuracy — example profile on every fixture site, no LLM, nobody answering\n\n");
  std::printf("  %-22s %9s %7s %7s %6s %5s %9s  %s\n", "site", "correct", "wrong", "empty", "asked",
              "LLM", "draft ms", "outcome");
  int total_expected = 0, total_correct = 0, total_wrong = 0, total_asked = 0;
  json::array rows;
  for (const auto& site : Sites(**demo, **ats)) {
    CountingHuman human;
    applier::session::ApplicationRun run({.browser = **browser,
                                          .profile = *profile,
                                          .answers = nullptr,
                                          .log = nullptr,
                                          .human = human,
                                          .events = nullptr});
    applier::session::ApplyOptions apply;
    apply.url = site.url;
    apply.user_id = "bench";
    apply.timeout = std::chrono::seconds(120);
    auto report = RunAsync(io, [&]() { return run.Run(apply); });
    auto received = site.submissions();
    json::object fields;
    if (!received.empty()) fields = received.back().as_object().at("fields").as_object();
    int correct = 0, wrong = 0, empty = 0;
    std::vector<std::string> misses;
    for (const auto& expected : site.expected) {
      const json::value* got = fields.if_contains(expected.field);
      const Grade grade = Judge(expected, got);
      correct += grade == Grade::kCorrect ? 1 : 0;
      wrong += grade == Grade::kWrong ? 1 : 0;
      empty += grade == Grade::kEmpty ? 1 : 0;
      if (grade == Grade::kCorrect) continue;
      misses.push_back(expected.field + (grade == Grade::kEmpty ? " empty" : " = " + AsText(*got)) +
                       (expected.match == Match::kAbsent ? " (must be absent)"
                                                         : ", expected " + expected.value));
    }
    const int n = static_cast<int>(site.expected.size());
    total_expected += n;
    total_correct += correct;
    total_wrong += wrong;
    total_asked += human.asked;
    std::printf("  %-22s %4d/%-4d %7d %7d %6d %5d %9.0f  %s\n", site.name.c_str(), correct, n,
                wrong, empty, human.asked, 0, report.time_to_draft_ms,
                applier::session::ToString(report.outcome));
    if (received.size() != 1) {
      misses.insert(misses.begin(), "the site received " + std::to_string(received.size()) +
                                        " submissions, expected 1");
    }
    if (report.outcome != applier::session::Outcome::kSubmitted) {
      misses.insert(misses.begin(), "the run ended " +
                                        std::string(applier::session::ToString(report.outcome)) +
                                        ": " + report.message);
    }
    json::array miss_list;
    for (const auto& miss : misses) {
      std::printf("      %s\n", miss.c_str());
      miss_list.emplace_back(miss);
    }
    rows.push_back(json::object{{"site", site.name},
                                {"expected", n},
                                {"correct", correct},
                                {"wrong", wrong},
                                {"empty", empty},
                                {"asked", human.asked},
                                {"llm_calls", 0},
                                {"time_to_draft_ms", report.time_to_draft_ms},
                                {"outcome", applier::session::ToString(report.outcome)},
                                {"submissions", received.size()},
                                {"misses", std::move(miss_list)}});
  }
  (*browser)->Close();
  const double accuracy = total_expected ? 100.0 * total_correct / total_expected : 0;
  std::printf(
      "\n  all sites: %d/%d correct (%.1f %%), %d wrong fills, %d questions asked, "
      "0 LLM calls (none configured)\n",
      total_correct, total_expected, accuracy, total_wrong, total_asked);
  std::printf("  targets: 100 %% correct (%s), 0 wrong fills (%s), 0 LLM calls (met)\n",
              applier::bench::Verdict(total_correct == total_expected),
              applier::bench::Verdict(total_wrong == 0));
  std::printf("\n%s\n", applier::bench::JsonLine(json::object{{"bench", "fill_accuracy"},
                                                              {"accuracy_pct", accuracy},
                                                              {"wrong", total_wrong},
                                                              {"asked", total_asked},
                                                              {"llm_calls", 0},
                                                              {"sites", rows}})
                            .c_str());
  return 0;
}
