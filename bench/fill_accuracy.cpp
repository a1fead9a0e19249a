// fill_accuracy: over every fixture site and every site of the corpus
// (fixtures/corpus), how many expected values the site actually received, how many
// were wrong (worse than empty), how many questions went to a person that the
// profile could have answered, how many choices were guessed instead of asked, and
// the time to the draft; beside each corpus figure, the site's first try (its
// first_try.json: the engine before anyone saw the site).
//
// Each run gets a fresh browser context and the example profile. On the fixture
// sites the person answers nothing; on a corpus site the person answers what its
// site.json says (fixtures/corpus/corpus_run.h) and confirms the draft, so what is
// counted is the engine alone. The fixture sites' expected values are written here
// from examples/profile.yaml and each site's field names; the corpus sites' are in
// their site.json.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "bench_support.h"
#include "browser/browser.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "fixtures/corpus/corpus_run.h"
#include "fixtures/corpus/corpus_sites.h"
#include "fixtures/demo_site/demo_site.h"
#include "knowledge/profile.h"
#include "session/application_run.h"

namespace asio = boost::asio;
namespace json = boost::json;
namespace fs = std::filesystem;
using applier::bench::RunAsync;
using applier::fixtures::corpus::AskedQuestion;
using applier::fixtures::corpus::CorpusRunResult;
using applier::fixtures::corpus::ExpectedEntry;
using applier::fixtures::corpus::MatchKind;
using applier::fixtures::corpus::SiteGrade;
using applier::fixtures::corpus::SiteSpec;

namespace {

constexpr std::chrono::seconds kRunTimeout{120};

// A value a fixture site must receive; a list's value is a JSON array of strings.
struct Expected {
  std::string field;
  std::string value;
  MatchKind match = MatchKind::kExact;
};

struct FixtureSite {
  std::string name;
  std::string url;
  std::vector<Expected> expected;
  std::function<json::array()> submissions;
};

SiteSpec SpecOf(const FixtureSite& site) {
  SiteSpec spec;
  spec.name = site.name;
  for (const Expected& expected : site.expected) {
    ExpectedEntry entry;
    entry.field = expected.field;
    entry.match = expected.match;
    entry.value = expected.value;
    if (expected.match == MatchKind::kList) {
      entry.value.clear();
      const json::value list = json::parse(expected.value);
      for (const json::value& item : list.as_array()) {
        entry.values.emplace_back(item.as_string());
      }
    }
    spec.expected.push_back(std::move(entry));
  }
  return spec;
}

std::vector<FixtureSite> FixtureSites(const applier::fixtures::DemoSite& demo,
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
        {"job_application[location]", "San Francisco", MatchKind::kContains},
        {"job_application[answers_attributes][0][text_value]",
         "https://www.linkedin.com/in/jordan-rivera-example"},
        {"job_application[answers_attributes][2][text_value]", "LinkedIn"},
        {"job_application[answers_attributes][3][boolean_value]", "1"},
        {"job_application[answers_attributes][4][boolean_value]", "0"},
        {"job_application[answers_attributes][6][text_value]", "Acme Robotics builds",
         MatchKind::kContains},
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
        {"location", "San Francisco", MatchKind::kContains},
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
        {"why_acme", "Acme Robotics builds", MatchKind::kContains}},
       from_ats("ashby")},
      {"workday (wizard)",
       ats.url("workday"),
       {{"source", R"(["LinkedIn"])",
         MatchKind::kList},  // nested multi-select: Job Board > LinkedIn
        {"previousWorker", "No"},
        {"countryDropdown", "United States of America"},
        {"legalNameSection_firstName", "Jordan"},
        {"legalNameSection_lastName", "Rivera"},
        {"addressSection_addressLine1", "500 Howard Street"},
        {"addressSection_city", "San Francisco"},
        {"addressSection_countryRegion", "California"},
        {"addressSection_postalCode", "94105"},
        {"email", "jordan.rivera@example.com"},
        // Beside its own country-code picker (autocomplete=tel-national): national.
        {"phone-number", "415 555 0142"},
        // One entry per profile job, added with "Add"; month/year boxes.
        {"workExperience[0][jobTitle]", "Senior Backend Engineer"},
        {"workExperience[0][company]", "Northwind Logistics"},
        {"workExperience[0][currentlyWorkHere]", "true"},
        {"workExperience[0][location]", "San Francisco, CA"},
        {"workExperience[0][startDate]", "03/2021"},
        {"workExperience[0][endDate]", "", MatchKind::kAbsent},  // the current job has no end
        {"workExperience[0][roleDescription]", "Order-routing services", MatchKind::kContains},
        {"workExperience[1][jobTitle]", "Backend Engineer"},
        {"workExperience[1][company]", "Contoso Health"},
        {"workExperience[1][startDate]", "07/2017"},
        {"workExperience[1][location]", "Sacramento, CA"},
        {"workExperience[1][endDate]", "02/2021"},
        {"workExperience[1][roleDescription]", "HIPAA-compliant", MatchKind::kContains},
        {"workExperience[2][company]", "", MatchKind::kAbsent},  // the profile has two jobs
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

// One row of the tables: a fixture site, or a corpus site with one seed.
struct Row {
  std::string site;
  std::string seed;  // "-" for fixture sites
  SiteGrade grade;
  int questions = 0;
  double draft_ms = 0;
  std::string outcome;
  std::vector<std::string> misses;
  std::optional<json::object> first_try;  // this site and seed in first_try.json
  size_t submissions = 0;
};

struct Tally {
  int right = 0, total = 0, wrong = 0, asked_needlessly = 0, guesses = 0, questions = 0;
  void Add(const Row& row) {
    right += row.grade.right;
    total += row.grade.total;
    wrong += row.grade.wrong;
    asked_needlessly += row.grade.asked_needlessly;
    guesses += row.grade.guesses;
    questions += row.questions;
  }
  double Percent() const { return total ? 100.0 * right / total : 0; }
};

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

std::optional<json::object> ReadFirstTry(const fs::path& site_dir) {
  std::ifstream in(site_dir / "first_try.json");
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  json::value parsed = json::parse(text.str(), ec);
  if (ec || !parsed.is_object()) {
    std::fprintf(stderr, "fill_accuracy: %s is not a JSON object; ignored\n",
                 (site_dir / "first_try.json").c_str());
    return std::nullopt;
  }
  return parsed.as_object();
}

std::optional<json::object> FirstTryOf(const std::optional<json::object>& file,
                                       const std::string& seed) {
  if (!file) return std::nullopt;
  const json::value* seeds = file->if_contains("seeds");
  const json::value* entry =
      seeds && seeds->is_object() ? seeds->as_object().if_contains(seed) : nullptr;
  if (!entry || !entry->is_object()) return std::nullopt;
  return entry->as_object();
}

int64_t IntAt(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && value->is_number() ? value->to_number<int64_t>() : 0;
}

std::string UtcDate() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
  return text;
}

void PrintHeader() {
  std::printf("  %-24s %4s %11s %6s %7s %7s %9s %9s  %-16s %s\n", "site", "seed", "right/total",
              "wrong", "needless", "guesses", "questions", "draft ms", "outcome", "first try");
}

void PrintRow(const Row& row) {
  std::string right = std::to_string(row.grade.right) + "/" + std::to_string(row.grade.total);
  std::string first = "-";
  if (row.first_try) {
    first = std::to_string(IntAt(*row.first_try, "right")) + "/" +
            std::to_string(IntAt(*row.first_try, "total"));
  }
  std::printf("  %-24s %4s %11s %6d %7d %7d %9d %9.0f  %-16s %s\n", row.site.c_str(),
              row.seed.c_str(), right.c_str(), row.grade.wrong, row.grade.asked_needlessly,
              row.grade.guesses, row.questions, row.draft_ms, row.outcome.c_str(), first.c_str());
  for (const std::string& miss : row.misses) std::printf("      %s\n", miss.c_str());
}

json::object RowJson(const Row& row) {
  json::array misses;
  for (const std::string& miss : row.misses) misses.emplace_back(miss);
  json::object out{{"site", row.site},
                   {"seed", row.seed},
                   {"right", row.grade.right},
                   {"total", row.grade.total},
                   {"wrong", row.grade.wrong},
                   {"empty", row.grade.empty},
                   {"asked_needlessly", row.grade.asked_needlessly},
                   {"guesses", row.grade.guesses},
                   {"questions", row.questions},
                   {"time_to_draft_ms", row.draft_ms},
                   {"outcome", row.outcome},
                   {"submissions", row.submissions},
                   {"misses", std::move(misses)}};
  if (row.first_try) out["first_try"] = *row.first_try;
  return out;
}

// A person who answers nothing, for the fixture sites.
Row RunFixtureSite(asio::io_context& io, applier::browser::Browser& browser,
                   const applier::knowledge::Profile& profile, const FixtureSite& site) {
  applier::fixtures::corpus::ScriptedPerson person(nullptr);
  applier::session::ApplicationRun run({.browser = browser,
                                        .profile = profile,
                                        .answers = nullptr,
                                        .log = nullptr,
                                        .human = person,
                                        .events = nullptr});
  applier::session::ApplyOptions apply;
  apply.url = site.url;
  apply.user_id = "bench";
  apply.timeout = kRunTimeout;
  auto report = RunAsync(io, [&]() { return run.Run(apply); });
  json::array received = site.submissions();
  SiteSpec spec = SpecOf(site);
  const json::object* last = received.empty() ? nullptr : &received.back().as_object();
  Row row{.site = site.name,
          .seed = "-",
          .grade = GradeSubmission(spec, last, person.asked()),
          .questions = static_cast<int>(person.asked().size()),
          .draft_ms = report.time_to_draft_ms,
          .outcome = applier::session::ToString(report.outcome),
          .misses = {},
          .first_try = std::nullopt,
          .submissions = received.size()};
  if (report.outcome != applier::session::Outcome::kSubmitted) {
    row.misses.push_back("the run ended " + row.outcome + ": " + report.message);
  }
  if (received.size() != 1) {
    row.misses.push_back("the site received " + std::to_string(received.size()) +
                         " submissions, expected 1");
  }
  for (std::string& miss : row.grade.Misses()) row.misses.push_back(std::move(miss));
  return row;
}

// One line per event as the terminal shows it, then its data: the trail to read
// when a field was missed.
void WriteEvents(const fs::path& dir, const CorpusRunResult& run) {
  std::error_code error;
  fs::create_directories(dir, error);
  std::ofstream out(dir / (run.site + "-" + std::to_string(run.seed) + ".log"));
  for (std::size_t i = 0; i < run.events.size(); ++i) {
    const applier::session::SessionEvent& event = run.events[i];
    out << event.type << "  " << event.message << "\n    " << json::serialize(event.data);
    if (i < run.event_ms.size()) out << "  +" << static_cast<long>(run.event_ms[i]) << " ms";
    out << "\n";
  }
  if (!out) std::fprintf(stderr, "fill_accuracy: cannot write the events to %s\n", dir.c_str());
}

Row FromCorpusRun(const CorpusRunResult& run, const std::optional<json::object>& first_try) {
  Row row{.site = run.site,
          .seed = std::to_string(run.seed),
          .grade = run.grade,
          .questions = static_cast<int>(run.asked.size()),
          .draft_ms = run.report.time_to_draft_ms,
          .outcome = applier::session::ToString(run.report.outcome),
          .misses = run.problems,
          .first_try = FirstTryOf(first_try, std::to_string(run.seed)),
          .submissions = run.submissions.size()};
  for (std::string& miss : run.grade.Misses()) row.misses.push_back(std::move(miss));
  return row;
}

bool Selected(const std::vector<std::string>& names, const std::string& name) {
  return names.empty() || std::ranges::find(names, name) != names.end();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"fill_accuracy: right values at every fixture site and corpus site"};
  std::string chromium = "/usr/bin/chromium";
  std::string seeds_text = "0,1,2";
  std::string sites_text;
  std::string corpus_dir = std::string(APPLIER_SOURCE_DIR) + "/fixtures/corpus/sites";
  std::string first_try_commit;
  std::string events_dir;
  app.add_option("--chromium", chromium, "Chromium to launch");
  app.add_option("--seeds", seeds_text, "Variant seeds for the corpus sites (default 0,1,2)");
  app.add_option("--sites", sites_text,
                 "Only these sites (comma-separated names; fixture or corpus)");
  app.add_option("--corpus-dir", corpus_dir, "The corpus's sites folder");
  app.add_option("--write-first-try", first_try_commit,
                 "Write each corpus site's first_try.json, naming this engine commit "
                 "(scripts/corpus_first_try.sh does; never by hand)");
  app.add_option("--events-dir", events_dir,
                 "Write each corpus run's event stream to DIR/<site>-<seed>.log");
  CLI11_PARSE(app, argc, argv);
  applier::bench::PrepareProcess();

  std::vector<uint32_t> seeds;
  for (const std::string& seed : SplitList(seeds_text)) {
    seeds.push_back(static_cast<uint32_t>(std::stoul(seed)));
  }
  const std::vector<std::string> only = SplitList(sites_text);

  auto profile =
      applier::knowledge::LoadProfile(std::string(APPLIER_SOURCE_DIR) + "/examples/profile.yaml");
  auto demo = applier::fixtures::DemoSite::Start({});
  auto ats = applier::fixtures::AtsSites::Start({});
  auto corpus = applier::fixtures::corpus::CorpusSites::Start({.sites_dir = corpus_dir});
  if (!profile || !demo || !ats || !corpus) {
    std::fprintf(stderr, "fill_accuracy: cannot load the profile or start the fixture sites%s\n",
                 corpus ? "" : (": " + corpus.error().message).c_str());
    return 1;
  }
  auto listing = (*corpus)->Sites();
  for (const std::string& problem : listing.problems) {
    std::fprintf(stderr, "fill_accuracy: not measured: %s\n", problem.c_str());
  }
  std::vector<SiteSpec> corpus_sites;
  for (SiteSpec& spec : listing.sites) {
    if (applier::fixtures::corpus::IsMeasuredSiteName(spec.name) && Selected(only, spec.name)) {
      corpus_sites.push_back(std::move(spec));
    }
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
  const double load_before = applier::bench::LoadAverage();

  std::printf(
      "Fill accuracy — examples/profile.yaml, no LLM; the person answers only what each\n"
      "site's site.json says (fixture sites: nothing) and confirms the draft\n\n");
  std::printf(
      "  needless: questions the profile could have answered; guesses: \"ask\" fields\n"
      "  filled without a question; first try: the engine before the site was seen\n\n");
  PrintHeader();
  std::vector<Row> fixture_rows;
  Tally fixture_tally;
  for (const FixtureSite& site : FixtureSites(**demo, **ats)) {
    if (!Selected(only, site.name)) continue;
    fixture_rows.push_back(RunFixtureSite(io, **browser, *profile, site));
    fixture_tally.Add(fixture_rows.back());
    PrintRow(fixture_rows.back());
  }

  std::vector<Row> corpus_rows;
  Tally corpus_tally;
  std::map<uint32_t, Tally> per_seed;
  Tally first_try_then, first_try_now;  // over the (site, seed) pairs with a first try
  for (const SiteSpec& spec : corpus_sites) {
    const fs::path site_dir = (*corpus)->sites_dir() / spec.name;
    const std::optional<json::object> first_try = ReadFirstTry(site_dir);
    json::object first_try_seeds;
    for (uint32_t seed : seeds) {
      auto run = RunAsync(io, [&]() {
        return applier::fixtures::corpus::RunCorpusSite(**browser, *profile, **corpus, spec, seed,
                                                        kRunTimeout);
      });
      if (!events_dir.empty()) WriteEvents(fs::path(events_dir), run);
      Row row = FromCorpusRun(run, first_try);
      corpus_tally.Add(row);
      per_seed[seed].Add(row);
      if (row.first_try) {
        first_try_now.Add(row);
        first_try_then.right += static_cast<int>(IntAt(*row.first_try, "right"));
        first_try_then.total += static_cast<int>(IntAt(*row.first_try, "total"));
      }
      PrintRow(row);
      json::array misses;
      for (const std::string& miss : row.misses) misses.emplace_back(miss);
      first_try_seeds[std::to_string(seed)] = json::object{
          {"right", row.grade.right},     {"total", row.grade.total},
          {"wrong", row.grade.wrong},     {"asked_needlessly", row.grade.asked_needlessly},
          {"guesses", row.grade.guesses}, {"outcome", row.outcome},
          {"misses", std::move(misses)}};
      corpus_rows.push_back(std::move(row));
    }
    if (!first_try_commit.empty()) {
      json::object file{{"engine_commit", first_try_commit},
                        {"date", UtcDate()},
                        {"seeds", std::move(first_try_seeds)}};
      std::ofstream out(site_dir / "first_try.json");
      out << applier::bench::JsonLine(file) << "\n";
      if (!out) {
        std::fprintf(stderr, "fill_accuracy: cannot write %s\n",
                     (site_dir / "first_try.json").c_str());
        return 1;
      }
    }
  }
  (*browser)->Close();

  std::printf("\n  fixture sites: %d/%d right (%.1f %%), %d wrong fills, %d questions\n",
              fixture_tally.right, fixture_tally.total, fixture_tally.Percent(),
              fixture_tally.wrong, fixture_tally.questions);
  std::printf(
      "  corpus sites (%zu, seeds %s): %d/%d right (%.1f %%), %d wrong fills, %d needless "
      "questions, %d guesses\n",
      corpus_sites.size(), seeds_text.c_str(), corpus_tally.right, corpus_tally.total,
      corpus_tally.Percent(), corpus_tally.wrong, corpus_tally.asked_needlessly,
      corpus_tally.guesses);
  json::object seed_json;
  for (const auto& [seed, tally] : per_seed) {
    std::printf("    seed %u: %d/%d right (%.1f %%), %d wrong\n", seed, tally.right, tally.total,
                tally.Percent(), tally.wrong);
    seed_json[std::to_string(seed)] =
        json::object{{"right", tally.right}, {"total", tally.total}, {"wrong", tally.wrong}};
  }
  if (first_try_then.total > 0) {
    std::printf(
        "  first try vs now, on the same sites and seeds: %d/%d (%.1f %%) then, "
        "%d/%d (%.1f %%) now\n",
        first_try_then.right, first_try_then.total, first_try_then.Percent(), first_try_now.right,
        first_try_now.total, first_try_now.Percent());
  }
  std::printf("  targets: 100 %% right (%s), 0 wrong fills (%s), 0 guesses (%s)\n",
              applier::bench::Verdict(fixture_tally.right + corpus_tally.right ==
                                      fixture_tally.total + corpus_tally.total),
              applier::bench::Verdict(fixture_tally.wrong + corpus_tally.wrong == 0),
              applier::bench::Verdict(corpus_tally.guesses == 0));
  const double load_after = applier::bench::LoadAverage();
  std::printf("  load average (1 min): %.2f before, %.2f after\n", load_before, load_after);

  json::array fixture_json, corpus_json;
  for (const Row& row : fixture_rows) fixture_json.push_back(RowJson(row));
  for (const Row& row : corpus_rows) corpus_json.push_back(RowJson(row));
  std::printf(
      "\n%s\n",
      applier::bench::JsonLine(
          json::object{{"bench", "fill_accuracy"},
                       {"accuracy_pct", fixture_tally.Percent()},
                       {"wrong", fixture_tally.wrong},
                       {"asked", fixture_tally.questions},
                       {"llm_calls", 0},
                       {"corpus_accuracy_pct", corpus_tally.Percent()},
                       {"corpus_right", corpus_tally.right},
                       {"corpus_total", corpus_tally.total},
                       {"corpus_wrong", corpus_tally.wrong},
                       {"corpus_asked_needlessly", corpus_tally.asked_needlessly},
                       {"corpus_guesses", corpus_tally.guesses},
                       {"corpus_per_seed", std::move(seed_json)},
                       {"first_try_accuracy_pct",
                        first_try_then.total ? json::value(first_try_then.Percent()) : nullptr},
                       {"first_try_right", first_try_then.right},
                       {"first_try_total", first_try_then.total},
                       {"load_avg_1m", json::array{load_before, load_after}},
                       {"sites", std::move(fixture_json)},
                       {"corpus", std::move(corpus_json)}})
          .c_str());
  return 0;
}
