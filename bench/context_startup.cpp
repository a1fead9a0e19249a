// context_startup: how long until a new application has a tab ready? Ours opens a
// BrowserContext in the already running Chromium; the alternative launches a
// Chromium per application. "Ready" is the tab having loaded its first page —
// about:blank (pure set-up cost) and the demo job posting (what an application
// really opens first). The two ways alternate within each run so that drift on a
// shared machine hits both alike.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <iostream>
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
using applier::browser::Browser;
using namespace applier::bench;

struct Options {
  int runs = 20;
  std::string chromium = "/usr/bin/chromium";
};

struct Target {
  std::string name;
  std::string url;
};

struct Timings {
  std::vector<double> context_ms;  // new context + tab in the running browser
  std::vector<double> launch_ms;   // new Chromium + context + tab
};

applier::browser::BrowserOptions BrowserOptionsFor(const Options& options) {
  applier::browser::BrowserOptions browser_options;
  browser_options.launch.executable = options.chromium;
  return browser_options;
}

// New context + tab in `browser`, loaded with `url`. The clean-up (closing the tab,
// disposing of the context) is not timed.
asio::awaitable<Result<double>> TimeNewContext(Browser& browser, const std::string& url) {
  Stopwatch watch;
  auto context = co_await browser.NewContext();
  if (!context) co_return applier::Fail(context.error());
  auto page = co_await (*context)->NewPage();
  if (!page) co_return applier::Fail(page.error());
  auto loaded = co_await (*page)->Navigate(url);
  if (!loaded) co_return applier::Fail(loaded.error());
  const double elapsed = watch.ElapsedMs();
  (void)co_await (*page)->Close();
  context->reset();
  co_await Sleep(std::chrono::milliseconds(100));  // let the disposal finish
  co_return elapsed;
}

// A fresh Chromium + context + tab loaded with `url`; closing it is not timed.
asio::awaitable<Result<double>> TimeNewBrowser(const Options& options, const std::string& url) {
  auto executor = co_await asio::this_coro::executor;
  Stopwatch watch;
  auto browser = co_await Browser::Launch(executor, BrowserOptionsFor(options));
  if (!browser) co_return applier::Fail(browser.error());
  auto context = co_await (*browser)->NewContext();
  if (!context) {
    (*browser)->Close();
    co_return applier::Fail(context.error());
  }
  auto page = co_await (*context)->NewPage();
  if (!page) {
    (*browser)->Close();
    co_return applier::Fail(page.error());
  }
  auto loaded = co_await (*page)->Navigate(url);
  const double elapsed = watch.ElapsedMs();
  page->reset();
  context->reset();
  (*browser)->Close();
  if (!loaded) co_return applier::Fail(loaded.error());
  co_return elapsed;
}

asio::awaitable<Result<std::vector<Timings>>> Measure(const Options& options,
                                                      const std::vector<Target>& targets,
                                                      std::shared_ptr<Browser>& browser) {
  auto executor = co_await asio::this_coro::executor;
  auto launched = co_await Browser::Launch(executor, BrowserOptionsFor(options));
  if (!launched) co_return applier::Fail(launched.error());
  browser = *launched;
  std::vector<Timings> timings(targets.size());
  // Run 0 warms up both ways (disk cache, the demo site's first responses) and is
  // not counted.
  for (int run = 0; run <= options.runs; ++run) {
    for (std::size_t t = 0; t < targets.size(); ++t) {
      auto ours = co_await TimeNewContext(*browser, targets[t].url);
      if (!ours) co_return applier::Fail(ours.error());
      auto theirs = co_await TimeNewBrowser(options, targets[t].url);
      if (!theirs) co_return applier::Fail(theirs.error());
      if (run == 0) continue;
      timings[t].context_ms.push_back(*ours);
      timings[t].launch_ms.push_back(*theirs);
    }
  }
  co_return timings;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Context startup: new BrowserContext + tab in a running Chromium (ours) vs. a new\n"
      "Chromium + context + tab, until the tab has loaded about:blank or the demo posting."};
  app.add_option("--runs", options.runs, "measured runs per way and page")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--chromium", options.chromium, "Chromium executable")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  PrepareProcess();
  const double load_before = LoadAverage();

  auto site = applier::fixtures::DemoSite::Start({});
  if (!site) {
    std::cerr << "context_startup: cannot start the demo site: " << site.error().message << "\n";
    return 1;
  }
  const std::vector<Target> targets{{"about:blank", "about:blank"},
                                    {"demo posting", (*site)->posting_url()}};

  asio::io_context io;
  std::shared_ptr<Browser> browser;
  Result<std::vector<Timings>> timings = applier::Fail(applier::ErrorKind::kCancelled, "not run");
  try {
    timings = RunAsync(io, [&]() { return Measure(options, targets, browser); });
  } catch (const std::exception& e) {
    timings = applier::Fail(applier::ErrorKind::kTimeout, e.what());
  }
  if (browser) browser->Close();
  applier::browser::KillAllChromiumProcesses();  // any launch an error cut short
  if (!timings) {
    std::cerr << "context_startup: " << timings.error().ToString() << "\n";
    return 1;
  }

  std::printf("Context startup — until a new tab has loaded its first page, %d runs each (ms)\n\n",
              options.runs);
  std::printf("  %-14s | %-24s | %-24s | %s\n", "page", "new context (ours)",
              "new Chromium + context", "ratio of");
  std::printf("  %-14s | %7s %7s %8s | %7s %7s %8s | %s\n", "", "median", "min", "p95",
              "median", "min", "p95", "medians");
  json::object line;
  line["bench"] = "context_startup";
  line["runs"] = options.runs;
  for (std::size_t t = 0; t < targets.size(); ++t) {
    const auto& ours = (*timings)[t].context_ms;
    const auto& theirs = (*timings)[t].launch_ms;
    const double ratio = Median(ours) / Median(theirs);
    std::printf("  %-14s | %7.1f %7.1f %8.1f | %7.1f %7.1f %8.1f | %7.3f\n",
                targets[t].name.c_str(), Median(ours), Percentile(ours, 0), Percentile(ours, 95),
                Median(theirs), Percentile(theirs, 0), Percentile(theirs, 95), ratio);
    const std::string key = t == 0 ? "blank" : "posting";
    line[key + "_context_median_ms"] = JsonNumber(Median(ours));
    line[key + "_launch_median_ms"] = JsonNumber(Median(theirs));
    line[key + "_ratio"] = JsonNumber(ratio);
  }
  std::printf("\n  ratio < 1 means a new context is faster than a new browser.\n");
  const double load_after = LoadAverage();
  std::printf("\n  machine load (1-min average) before/after: %.2f / %.2f\n", load_before,
              load_after);
  line["load_avg_1m"] = JsonNumber(std::max(load_before, load_after));
  std::printf("\n%s\n", JsonLine(line).c_str());
  return 0;
}
