// apply_time: how long does the full agent take from the job URL to a draft ready
// for review, compared with an oracle that knows the demo form by heart? The agent
// (session::ApplicationRun, --no-submit) reads every page, classifies and plans each
// field from the profile, fills it like a person and reads it back. The oracle
// skips all the thinking: hard-coded selectors and values, filled through the same
// CDP layer (Page::Evaluate in the form's frame, Page::Click, Page::InsertText,
// Page::SetInputFiles), values read back once, and the same full-page draft
// screenshot the agent takes. The gap between the two is the price of perception
// and planning. Both use one Chromium and a fresh context per run, alternating.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

#include "bench_support.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "fixtures/demo_site/demo_site.h"
#include "knowledge/profile.h"
#include "session/application_run.h"
#include "session/human_channel.h"

namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::Result;
using applier::Status;
using applier::browser::Browser;
using applier::browser::FrameInfo;
using applier::browser::Page;
using namespace applier::bench;

struct Options {
  int runs = 5;
  std::string profile = std::string(APPLIER_SOURCE_DIR) + "/examples/profile.yaml";
  std::string chromium = "/usr/bin/chromium";
};

// Nobody is there: every question goes unanswered and no draft is ever confirmed,
// so the run measures the agent alone, never a person's think time.
class AbsentHuman : public applier::session::HumanChannel {
 public:
  asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<applier::session::Question>& questions) override {
    co_return std::vector<std::optional<std::string>>(questions.size());
  }
  asio::awaitable<applier::session::DraftReply> ReviewDraft(
      const applier::session::Draft&) override {
    applier::session::DraftReply reply;  // kUnavailable
    co_return reply;
  }
};

// --- the agent ------------------------------------------------------------------

struct AgentRun {
  std::vector<applier::session::StepRecord> steps;  // where the time went
  double time_to_draft_ms = 0;
  double total_ms = 0;
  int filled = 0;
  int fields = 0;
  std::string outcome;
  std::string message;
};

asio::awaitable<AgentRun> RunAgent(Browser& browser, const applier::knowledge::Profile& profile,
                                   const std::string& url) {
  AbsentHuman human;
  applier::session::ApplicationRun run({.browser = browser,
                                        .profile = profile,
                                        .answers = nullptr,
                                        .log = nullptr,
                                        .human = human,
                                        .events = {}});
  applier::session::ApplyOptions apply;
  apply.url = url;
  apply.user_id = "bench";
  apply.no_submit = true;
  apply.timeout = std::chrono::seconds(120);
  auto report = co_await run.Run(apply);
  AgentRun result;
  result.steps = report.steps;
  result.time_to_draft_ms = report.time_to_draft_ms;
  result.total_ms = report.total_ms;
  result.fields = static_cast<int>(report.fields.size());
  for (const auto& field : report.fields) result.filled += field.status == "filled" ? 1 : 0;
  result.outcome = applier::session::ToString(report.outcome);
  result.message = report.message;
  co_return result;
}

// --- the oracle -----------------------------------------------------------------

enum class How { kType, kSelect, kCheck };

struct OracleField {
  std::string selector;
  How how;
  std::string value;  // typed text, option value, or "true" for a ticked box
};

std::string Js(const std::string& text) { return json::serialize(json::value(text)); }

// The answer the profile gives to a question, by the start of its wording.
std::string ProfileAnswer(const applier::knowledge::Profile& profile, const std::string& prefix) {
  for (const auto& [question, answer] : profile.answers) {
    if (question.rfind(prefix, 0) == 0) return answer;
  }
  return {};
}

// The demo form (fixtures/demo_site/pages/job_app.html) as someone who read it
// would fill it for this profile. The cover letter stays empty: the profile has none.
std::vector<OracleField> OracleFields(const applier::knowledge::Profile& p) {
  const std::string answer = "#job_application_answers_attributes_";
  const std::string decline = "Decline To Self Identify";
  return {
      {"#first_name", How::kType, p.name.first},
      {"#last_name", How::kType, p.name.last},
      {"#preferred_name", How::kType, p.name.preferred.empty() ? p.name.first : p.name.preferred},
      {"#email", How::kType, p.email},
      {"#phone", How::kType, p.phone},
      {"#job_application_location", How::kType, p.address.city + ", " + p.address.region},
      {answer + "0_text_value", How::kType, p.links.linkedin},
      {answer + "1_text_value", How::kType, p.links.website},
      {answer + "2_text_value", How::kSelect, "LinkedIn"},
      {answer + "3_boolean_value", How::kSelect, "1"},
      {answer + "4_boolean_value", How::kSelect, "0"},
      {answer + "5_text_value", How::kType, p.salary.text},
      {answer + "6_text_value", How::kType, ProfileAnswer(p, "Why do you want to work at")},
      {answer + "7_text_value", How::kType, p.earliest_start},
      {"#job_application_gender", How::kSelect, decline},
      {"#job_application_hispanic_ethnicity", How::kSelect, decline},
      {"#job_application_race", How::kSelect, decline},
      {"#job_application_veteran_status", How::kSelect, "I am not a protected veteran"},
      {"#job_application_disability_status", How::kSelect, "I do not want to answer"},
      {"#gdpr_processing_consent_given", How::kCheck, "true"},
  };
}

struct OracleRun {
  double form_open_ms = 0;  // posting loaded, Apply clicked, form frame ready
  double filled_ms = 0;     // every control set and read back
  double ms = 0;            // draft screenshot taken: the end
  int verified = 0;  // controls whose read-back value is what was meant (resume included)
  int expected = 0;
};

asio::awaitable<Result<OracleRun>> RunOracle(Browser& browser,
                                             const applier::knowledge::Profile& profile,
                                             const applier::fixtures::DemoSite& site) {
  const auto fields = OracleFields(profile);
  Stopwatch watch;
  auto context = co_await browser.NewContext();
  if (!context) co_return applier::Fail(context.error());
  auto page_result = co_await (*context)->NewPage();
  if (!page_result) co_return applier::Fail(page_result.error());
  Page& page = **page_result;
  auto loaded = co_await page.Navigate(site.posting_url());
  if (!loaded) co_return applier::Fail(loaded.error());

  // A real mouse click on "Apply for this job", as the agent makes it.
  auto where = co_await EvaluateInMain(
      page,
      "(() => { const b = document.querySelector('#apply_button');"
      " b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();"
      " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
  if (!where) co_return applier::Fail(where.error());
  const applier::browser::Point apply_at{where->as_array()[0].to_number<double>(),
                                         where->as_array()[1].to_number<double>()};
  auto clicked = co_await page.Click(apply_at);
  if (!clicked) co_return applier::Fail(clicked.error());
  auto form_result = co_await WaitForFormFrame(page, site.form_origin());
  if (!form_result) co_return applier::Fail(form_result.error());
  const FrameInfo form = *form_result;
  const double form_open_ms = watch.ElapsedMs();

  for (const auto& field : fields) {
    const std::string element = "document.querySelector(" + Js(field.selector) + ")";
    if (field.how == How::kType) {
      // Focus it, then type through the browser's input pipeline.
      auto focused = co_await page.Evaluate(
          form, "(() => { const e = " + element +
                    "; e.scrollIntoView({block: 'center'}); e.focus(); return true; })()");
      if (!focused) co_return applier::Fail(focused.error());
      auto typed = co_await page.InsertText(field.value);
      if (!typed) co_return applier::Fail(typed.error());
    } else if (field.how == How::kSelect) {
      auto chosen = co_await page.Evaluate(
          form, "(() => { const e = " + element + "; e.value = " + Js(field.value) +
                    "; e.dispatchEvent(new Event('input', {bubbles: true}));"
                    " e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()");
      if (!chosen) co_return applier::Fail(chosen.error());
    } else {
      auto ticked = co_await page.Evaluate(
          form, "(() => { const e = " + element + "; if (!e.checked) e.click(); return true; })()");
      if (!ticked) co_return applier::Fail(ticked.error());
    }
  }
  const std::vector<std::string> resume{profile.resume.string()};
  auto attached = co_await page.SetInputFiles(form, "document.querySelector('#resume')", resume);
  if (!attached) co_return applier::Fail(attached.error());

  // Read everything back in one go, as a careful filler would before the draft.
  json::array wanted;
  for (const auto& field : fields) {
    json::array pair;
    pair.emplace_back(field.selector);
    pair.emplace_back(field.value);
    wanted.emplace_back(std::move(pair));
  }
  const std::string check =
      "(() => { let ok = 0; for (const [s, v] of " + json::serialize(wanted) +
      ") { const e = document.querySelector(s);"
      " if ((e.type === 'checkbox' ? String(e.checked) : e.value) === v) ++ok; }"
      " const r = document.querySelector('#resume');"
      " if (r.files.length === 1 && r.files[0].name === " +
      Js(profile.resume.filename().string()) + ") ++ok; return ok; })()";
  auto verified = co_await page.Evaluate(form, check);
  if (!verified) co_return applier::Fail(verified.error());
  const double filled_ms = watch.ElapsedMs();

  // The draft the user reviews, as the agent takes it.
  applier::browser::ScreenshotOptions draft;
  draft.full_page = true;
  auto shot = co_await page.Screenshot(draft);
  if (!shot) co_return applier::Fail(shot.error());

  OracleRun result;
  result.ms = watch.ElapsedMs();
  result.form_open_ms = form_open_ms;
  result.filled_ms = filled_ms;
  result.verified = static_cast<int>(verified->to_number<double>());
  result.expected = static_cast<int>(fields.size()) + 1;
  (void)co_await page.Close();
  co_return result;
}

struct Measured {
  std::vector<AgentRun> agent;
  std::vector<OracleRun> oracle;
};

asio::awaitable<Result<Measured>> Measure(const Options& options,
                                          const applier::knowledge::Profile& profile,
                                          const applier::fixtures::DemoSite& site,
                                          std::shared_ptr<Browser>& browser) {
  applier::browser::BrowserOptions browser_options;
  browser_options.launch.executable = options.chromium;
  auto executor = co_await asio::this_coro::executor;
  auto launched = co_await Browser::Launch(executor, browser_options);
  if (!launched) co_return applier::Fail(launched.error());
  browser = *launched;
  Measured measured;
  // Run 0 warms the browser's and the site's caches for both and is not counted.
  for (int run = 0; run <= options.runs; ++run) {
    auto agent = co_await RunAgent(*browser, profile, site.posting_url());
    auto oracle = co_await RunOracle(*browser, profile, site);
    if (!oracle) co_return applier::Fail(oracle.error());
    co_await Sleep(std::chrono::milliseconds(200));  // let the contexts' disposal finish
    if (run == 0) continue;
    measured.agent.push_back(std::move(agent));
    measured.oracle.push_back(*oracle);
  }
  co_return measured;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Apply time: the full agent (ApplicationRun, --no-submit) from the demo posting URL to\n"
      "the draft, vs. an oracle filling the same form with hard-coded selectors."};
  app.add_option("--runs", options.runs, "measured runs of each")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--profile", options.profile, "profile YAML")->capture_default_str();
  app.add_option("--chromium", options.chromium, "Chromium executable")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  PrepareProcess();
  const double load_before = LoadAverage();

  auto profile = applier::knowledge::LoadProfile(options.profile);
  if (!profile) {
    std::cerr << "apply_time: cannot load the profile: " << profile.error().message << "\n";
    return 1;
  }
  auto site = applier::fixtures::DemoSite::Start({});
  if (!site) {
    std::cerr << "apply_time: cannot start the demo site: " << site.error().message << "\n";
    return 1;
  }

  asio::io_context io;
  std::shared_ptr<Browser> browser;
  Result<Measured> measured = applier::Fail(applier::ErrorKind::kCancelled, "not run");
  try {
    measured = RunAsync(io, [&]() { return Measure(options, *profile, **site, browser); });
  } catch (const std::exception& e) {
    measured = applier::Fail(applier::ErrorKind::kTimeout, e.what());
  }
  if (browser) browser->Close();
  if (!measured) {
    std::cerr << "apply_time: " << measured.error().ToString() << "\n";
    return 1;
  }

  std::vector<double> to_draft, total, oracle_ms, oracle_open, oracle_filled;
  std::string filled_per_run, verified_per_run;
  int agent_ok = 0;
  for (const auto& run : measured->agent) {
    to_draft.push_back(run.time_to_draft_ms);
    total.push_back(run.total_ms);
    filled_per_run += " " + std::to_string(run.filled) + "/" + std::to_string(run.fields);
    agent_ok += run.outcome == "stopped_at_draft" ? 1 : 0;
  }
  for (const auto& run : measured->oracle) {
    oracle_ms.push_back(run.ms);
    oracle_open.push_back(run.form_open_ms);
    oracle_filled.push_back(run.filled_ms);
    verified_per_run += " " + std::to_string(run.verified) + "/" + std::to_string(run.expected);
  }
  const double agent_median = Median(to_draft);
  const double oracle_median = Median(oracle_ms);
  const double ratio = agent_median / oracle_median;
  const auto& last = measured->agent.back();

  std::printf("Apply time — demo posting URL to a draft ready for review, %d runs each (ms)\n\n",
              options.runs);
  std::printf("  %-36s %8s %8s %8s\n", "", "median", "min", "max");
  auto row = [](const char* name, const std::vector<double>& v) {
    std::printf("  %-36s %8.0f %8.0f %8.0f\n", name, Median(v), Percentile(v, 0),
                Percentile(v, 100));
  };
  row("agent: time to draft", to_draft);
  row("agent: total (incl. wrap-up)", total);
  row("oracle: hard-coded fill + draft", oracle_ms);
  row("  of which: form open", oracle_open);
  row("  of which: form open + filled", oracle_filled);
  std::printf("  %-36s %8.2f\n\n", "ratio agent/oracle (to draft)", ratio);
  std::printf("  agent outcome: %s (%d/%zu runs stopped at the draft) — %s\n",
              last.outcome.c_str(), agent_ok, measured->agent.size(), last.message.c_str());
  std::printf("  agent steps (last run), elapsed since start:\n");
  for (const auto& step : last.steps) {
    std::printf("    %7.0f ms  %-12s %s\n", step.elapsed_ms, step.page_kind.c_str(),
                step.action.c_str());
  }
  std::printf("  agent fields with status \"filled\" per run:%s\n", filled_per_run.c_str());
  std::printf("  oracle controls verified per run:%s\n", verified_per_run.c_str());
  const std::size_t submissions = (*site)->Submissions().size();
  std::printf("  submissions the demo site received: %zu (expected 0: --no-submit)\n\n",
              submissions);
  std::printf("  target                       result      verdict\n");
  std::printf("  agent time to draft <= 3 s   %7.0f ms  %s\n", agent_median,
              Verdict(agent_median <= 3000));
  std::printf("  agent/oracle <= 1.5          %7.2f     %s\n", ratio, Verdict(ratio <= 1.5));

  const double load_after = LoadAverage();
  std::printf("\n  machine load (1-min average) before/after: %.2f / %.2f\n", load_before,
              load_after);

  json::object line;
  line["bench"] = "apply_time";
  line["load_avg_1m"] = JsonNumber(std::max(load_before, load_after));
  line["runs"] = options.runs;
  line["agent_time_to_draft_median_ms"] = JsonNumber(agent_median);
  line["agent_total_median_ms"] = JsonNumber(Median(total));
  line["oracle_median_ms"] = JsonNumber(oracle_median);
  line["ratio"] = JsonNumber(ratio);
  line["agent_filled_last_run"] = last.filled;
  line["agent_fields_last_run"] = last.fields;
  line["agent_outcome"] = last.outcome;
  line["submissions"] = submissions;
  line["targets_met"] = agent_median <= 3000 && ratio <= 1.5;
  std::printf("\n%s\n", JsonLine(line).c_str());
  return agent_ok == static_cast<int>(measured->agent.size()) ? 0 : 1;
}
