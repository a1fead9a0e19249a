// session_memory: what does one more open application cost in memory? Ours runs
// every application as its own BrowserContext in one shared Chromium; the
// alternative is one Chromium per application. For 1, 4 and 8 applications, each
// on the demo posting with its application form (a cross-origin iframe, so its own
// renderer) open, we add up the proportional set size (PSS) of every Chromium
// process and of this process. PSS charges shared pages pro rata, so the sum is
// what the whole set of processes costs the machine.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

#include "bench_support.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "fixtures/demo_site/demo_site.h"

namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::Result;
using applier::Status;
using applier::browser::Browser;
using applier::browser::BrowserContext;
using applier::browser::Page;
using namespace applier::bench;

struct Options {
  std::vector<int> counts{1, 4, 8};
  int settle_ms = 2000;
  std::string chromium = "/usr/bin/chromium";
};

// One open application: its context and the tab showing the form.
struct Application {
  std::unique_ptr<BrowserContext> context;
  std::shared_ptr<Page> page;
};

struct Sample {
  long total_kb = 0;     // all Chromium processes + this process
  long chromium_kb = 0;  // Chromium processes only
  long self_kb = 0;      // this process (includes the demo site's server thread)
  int processes = 0;     // Chromium processes counted
  int unreadable = 0;    // Chromium processes whose smaps_rollup could not be read
};

// One reading of every browser's process tree plus ours.
Sample Measure(const std::vector<std::shared_ptr<Browser>>& browsers) {
  Sample sample;
  for (const auto& browser : browsers) {
    const TreePss tree = ProcessTreePss(browser->process()->pid());
    sample.chromium_kb += tree.kb;
    sample.processes += tree.processes;
    sample.unreadable += tree.unreadable;
  }
  sample.self_kb = ReadPssKb(getpid());
  sample.total_kb = sample.chromium_kb + sample.self_kb;
  return sample;
}

// Chromium's memory moves for a while after a page loads (lazy allocations, GC),
// so we wait, then take the median of three readings a quarter second apart.
asio::awaitable<Sample> SettledSample(const std::vector<std::shared_ptr<Browser>>& browsers,
                                      std::chrono::milliseconds settle) {
  co_await Sleep(settle);
  std::vector<Sample> samples;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) co_await Sleep(std::chrono::milliseconds(250));
    samples.push_back(Measure(browsers));
  }
  std::sort(samples.begin(), samples.end(),
            [](const Sample& a, const Sample& b) { return a.total_kb < b.total_kb; });
  co_return samples[1];
}

asio::awaitable<Result<Application>> OpenApplication(Browser& browser,
                                                     const applier::fixtures::DemoSite& site) {
  auto context = co_await browser.NewContext();
  if (!context) co_return applier::Fail(context.error());
  auto page = co_await (*context)->NewPage();
  if (!page) co_return applier::Fail(page.error());
  auto form = co_await OpenApplicationForm(**page, site);
  if (!form) co_return applier::Fail(form.error());
  Application application;
  application.context = std::move(*context);
  application.page = *page;
  co_return application;
}

asio::awaitable<Result<std::shared_ptr<Browser>>> LaunchBrowser(const Options& options,
                                                                std::size_t max_contexts) {
  applier::browser::BrowserOptions browser_options;
  browser_options.launch.executable = options.chromium;
  browser_options.max_contexts = std::max<std::size_t>(max_contexts, 1);
  auto executor = co_await asio::this_coro::executor;
  co_return co_await Browser::Launch(executor, browser_options);
}

// Closes the tabs, then lets the contexts be disposed while the io_context still
// runs, so the browser is not killed in the middle of answering.
asio::awaitable<void> CloseApplications(std::vector<Application>& applications) {
  for (auto& application : applications) {
    if (application.page) (void)co_await application.page->Close();
  }
  applications.clear();
  co_await Sleep(std::chrono::milliseconds(200));
}

using Samples = std::map<int, Sample>;  // applications open → reading

// Ours: one browser, one context per application.
asio::awaitable<Result<Samples>> MeasureShared(const Options& options,
                                               const applier::fixtures::DemoSite& site,
                                               std::vector<std::shared_ptr<Browser>>& browsers) {
  const int most = options.counts.back();
  auto browser = co_await LaunchBrowser(options, static_cast<std::size_t>(most));
  if (!browser) co_return applier::Fail(browser.error());
  browsers.push_back(*browser);
  Samples samples;
  const std::chrono::milliseconds settle(options.settle_ms);
  samples[0] = co_await SettledSample(browsers, settle);
  std::vector<Application> applications;
  for (int n = 1; n <= most; ++n) {
    auto application = co_await OpenApplication(**browser, site);
    if (!application) {
      co_await CloseApplications(applications);
      co_return applier::Fail(application.error());
    }
    applications.push_back(std::move(*application));
    if (std::find(options.counts.begin(), options.counts.end(), n) != options.counts.end()) {
      samples[n] = co_await SettledSample(browsers, settle);
    }
  }
  co_await CloseApplications(applications);
  co_return samples;
}

// The alternative: a Chromium of its own for every application.
asio::awaitable<Result<Samples>> MeasureSeparate(const Options& options,
                                                 const applier::fixtures::DemoSite& site,
                                                 std::vector<std::shared_ptr<Browser>>& browsers) {
  const int most = options.counts.back();
  Samples samples;
  const std::chrono::milliseconds settle(options.settle_ms);
  std::vector<Application> applications;
  for (int n = 1; n <= most; ++n) {
    auto browser = co_await LaunchBrowser(options, 1);
    if (!browser) {
      co_await CloseApplications(applications);
      co_return applier::Fail(browser.error());
    }
    browsers.push_back(*browser);
    auto application = co_await OpenApplication(**browser, site);
    if (!application) {
      co_await CloseApplications(applications);
      co_return applier::Fail(application.error());
    }
    applications.push_back(std::move(*application));
    if (std::find(options.counts.begin(), options.counts.end(), n) != options.counts.end()) {
      samples[n] = co_await SettledSample(browsers, settle);
    }
  }
  co_await CloseApplications(applications);
  co_return samples;
}

// Memory per extra application between the smallest and largest count measured.
double MarginalMb(const Samples& samples, const std::vector<int>& counts) {
  const int low = counts.front();
  const int high = counts.back();
  if (high == low) return std::nan("");
  return KbToMb(samples.at(high).total_kb - samples.at(low).total_kb) /
         static_cast<double>(high - low);
}

void CloseAll(std::vector<std::shared_ptr<Browser>>& browsers) {
  for (auto& browser : browsers) browser->Close();
  browsers.clear();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Session memory: PSS of all Chromium processes + this process with N applications\n"
      "open on the demo form, one shared browser (ours) vs. one Chromium per application."};
  app.add_option("--counts", options.counts, "numbers of open applications to measure")
      ->delimiter(',')
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--settle-ms", options.settle_ms, "wait before reading memory")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--chromium", options.chromium, "Chromium executable")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  std::sort(options.counts.begin(), options.counts.end());
  options.counts.erase(std::unique(options.counts.begin(), options.counts.end()),
                       options.counts.end());
  spdlog::set_level(spdlog::level::warn);
  PrepareProcess();
  const double load_before = LoadAverage();

  auto site = applier::fixtures::DemoSite::Start({});
  if (!site) {
    std::cerr << "session_memory: cannot start the demo site: " << site.error().message << "\n";
    return 1;
  }

  asio::io_context io;
  std::vector<std::shared_ptr<Browser>> browsers;
  Result<Samples> shared = applier::Fail(applier::ErrorKind::kCancelled, "not run");
  Result<Samples> separate = applier::Fail(applier::ErrorKind::kCancelled, "not run");
  try {
    shared = RunAsync(io, [&]() { return MeasureShared(options, **site, browsers); });
    CloseAll(browsers);
    if (shared) {
      separate = RunAsync(io, [&]() { return MeasureSeparate(options, **site, browsers); });
    }
  } catch (const std::exception& e) {
    shared = applier::Fail(applier::ErrorKind::kTimeout, e.what());
  }
  CloseAll(browsers);
  for (const auto* result : {&shared, &separate}) {
    if (!*result) {
      std::cerr << "session_memory: " << result->error().ToString() << "\n";
      return 1;
    }
  }

  const double marginal_shared = MarginalMb(*shared, options.counts);
  const double marginal_separate = MarginalMb(*separate, options.counts);
  std::printf("Session memory — PSS of every Chromium process + this process (MB),\n");
  std::printf("  each application = its own browser context/tab with the demo form open\n\n");
  std::printf("  %-18s | %28s | %28s\n", "", "one shared Chromium (ours)",
              "one Chromium per application");
  std::printf("  %-18s | %9s %9s %8s | %9s %9s %8s\n", "applications", "total", "chromium",
              "procs", "total", "chromium", "procs");
  const Sample& idle = shared->at(0);
  std::printf("  %-18s | %9.1f %9.1f %8d | %9s %9s %8s\n", "0 (idle browser)",
              KbToMb(idle.total_kb), KbToMb(idle.chromium_kb), idle.processes, "-", "-", "-");
  for (int n : options.counts) {
    const Sample& a = shared->at(n);
    const Sample& b = separate->at(n);
    std::printf("  %-18d | %9.1f %9.1f %8d | %9.1f %9.1f %8d\n", n, KbToMb(a.total_kb),
                KbToMb(a.chromium_kb), a.processes, KbToMb(b.total_kb), KbToMb(b.chromium_kb),
                b.processes);
  }
  const std::string span = std::to_string(options.counts.front()) + "->" +
                           std::to_string(options.counts.back());
  std::printf("  %-18s | %9.1f %9s %8s | %9.1f\n", ("marginal/app " + span).c_str(),
              marginal_shared, "", "", marginal_separate);
  std::printf("  %-18s | %9.1f\n", "first app (0->1)",
              KbToMb(shared->at(options.counts.front()).total_kb - idle.total_kb) /
                  options.counts.front());
  std::printf("  this process: %.1f MB (demo site included)\n",
              KbToMb(shared->at(options.counts.back()).self_kb));
  int unreadable = 0;
  for (const auto& [n, sample] : *shared) unreadable += sample.unreadable;
  for (const auto& [n, sample] : *separate) unreadable += sample.unreadable;
  if (unreadable > 0) {
    std::printf("  warning: %d process readings could not be read (not counted)\n", unreadable);
  }
  std::printf("\n  ratio marginal shared/separate: %.2f\n", marginal_shared / marginal_separate);
  std::printf("  target: <= 100 MB marginal per application (shared): %.1f MB, %s\n",
              marginal_shared, Verdict(marginal_shared <= 100));

  const double load_after = LoadAverage();
  std::printf("\n  machine load (1-min average) before/after: %.2f / %.2f\n", load_before,
              load_after);

  json::object line;
  line["bench"] = "session_memory";
  line["load_avg_1m"] = JsonNumber(std::max(load_before, load_after));
  json::object shared_totals;
  json::object separate_totals;
  for (int n : options.counts) {
    shared_totals[std::to_string(n)] = JsonNumber(KbToMb(shared->at(n).total_kb));
    separate_totals[std::to_string(n)] = JsonNumber(KbToMb(separate->at(n).total_kb));
  }
  line["idle_browser_mb"] = JsonNumber(KbToMb(idle.total_kb));
  line["shared_total_mb"] = shared_totals;
  line["separate_total_mb"] = separate_totals;
  line["shared_marginal_mb"] = JsonNumber(marginal_shared);
  line["separate_marginal_mb"] = JsonNumber(marginal_separate);
  line["ratio_marginal"] = JsonNumber(marginal_shared / marginal_separate);
  line["target_met"] = marginal_shared <= 100;
  std::printf("\n%s\n", JsonLine(line).c_str());
  return 0;
}
