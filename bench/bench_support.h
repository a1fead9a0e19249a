// Shared helpers of the benchmark programs: running a coroutine to completion,
// percentiles, proportional memory of a process tree, opening the demo site's
// application form, and making sure no Chromium outlives a benchmark.
//
// Header-only because every bench/*.cpp is linked into an executable of its own.
#pragma once

#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <future>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "browser/browser.h"
#include "browser/chromium_process.h"
#include "browser/page.h"
#include "core/result.h"
#include "fixtures/demo_site/demo_site.h"

namespace applier::bench {

namespace asio = boost::asio;

// --- running coroutines ---------------------------------------------------------

// Runs one coroutine to completion on `io` and returns its value (the pattern of
// tests/support/async.h). A benchmark is a straight sequence of such steps.
template <typename Factory>
auto RunAsync(asio::io_context& io, Factory&& factory,
              std::chrono::seconds limit = std::chrono::seconds(600)) {
  auto future = asio::co_spawn(io, std::forward<Factory>(factory)(), asio::use_future);
  io.restart();
  while (future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    if (io.run_one_for(limit) == 0) throw std::runtime_error("coroutine stalled");
  }
  return future.get();
}

inline asio::awaitable<void> Sleep(std::chrono::steady_clock::duration duration) {
  asio::steady_timer timer(co_await asio::this_coro::executor, duration);
  co_await timer.async_wait(asio::use_awaitable);
}

// --- clocks ---------------------------------------------------------------------

// Wall-clock seconds since the epoch: the clock the browser stamps screencast
// frames with, so our times and its times can be compared.
inline double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// For durations measured entirely on our side: immune to clock adjustments.
class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double ElapsedMs() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_)
        .count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// --- statistics -----------------------------------------------------------------

// The p-th percentile (0..100) with linear interpolation between closest ranks,
// so p50 of an even-sized sample is the mean of the two middle values.
inline double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return std::nan("");
  std::sort(values.begin(), values.end());
  const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
  const auto lower = static_cast<std::size_t>(std::floor(rank));
  const auto upper = static_cast<std::size_t>(std::ceil(rank));
  return values[lower] + (values[upper] - values[lower]) * (rank - static_cast<double>(lower));
}

inline double Median(const std::vector<double>& values) { return Percentile(values, 50); }

inline double Mean(const std::vector<double>& values) {
  if (values.empty()) return std::nan("");
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

inline const char* Verdict(bool met) { return met ? "met" : "NOT met"; }

// NaN is not valid JSON; a missing figure is null.
inline boost::json::value JsonNumber(double value) {
  if (std::isnan(value) || std::isinf(value)) return nullptr;
  return std::round(value * 1000.0) / 1000.0;
}

// One JSON line for machines. Boost.JSON writes doubles in exponent form
// (1.06534E2); this writes them as plain decimals (106.534), everything else as
// Boost.JSON does.
inline std::string JsonLine(const boost::json::value& value) {
  if (value.is_double()) {
    char text[64];
    std::snprintf(text, sizeof text, "%.10g", value.as_double());
    return text;
  }
  if (value.is_object()) {
    std::string out = "{";
    for (const auto& [key, item] : value.as_object()) {
      if (out.size() > 1) out += ",";
      out += boost::json::serialize(boost::json::value(key)) + ":" + JsonLine(item);
    }
    return out + "}";
  }
  if (value.is_array()) {
    std::string out = "[";
    for (const auto& item : value.as_array()) {
      if (out.size() > 1) out += ",";
      out += JsonLine(item);
    }
    return out + "]";
  }
  return boost::json::serialize(value);
}

// The 1-minute load average: wall-time figures are only as good as the machine was
// idle, so every benchmark prints it next to its results.
inline double LoadAverage() {
  std::ifstream in("/proc/loadavg");
  double load = std::nan("");
  in >> load;
  return load;
}

// --- memory ---------------------------------------------------------------------

// Proportional set size of one process in kB: the sum of the "Pss:" lines of
// /proc/<pid>/smaps_rollup. PSS splits each shared page among the processes
// mapping it, so the PSS of a group of processes adds up to what the group really
// costs — RSS would count Chromium's shared libraries once per process. Returns
// -1 when the process is gone or not readable.
inline long ReadPssKb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
  if (!in) return -1;
  long total = 0;
  bool seen = false;
  std::string line;
  while (std::getline(in, line)) {
    // "Pss_Anon:" and friends break the total down further; only "Pss:" is the total.
    if (line.rfind("Pss:", 0) != 0) continue;
    std::istringstream fields(line.substr(4));
    long kb = 0;
    fields >> kb;
    total += kb;
    seen = true;
  }
  return seen ? total : -1;
}

struct ProcStat {
  pid_t pid = 0;
  pid_t ppid = 0;
  pid_t pgid = 0;
};

// Every process's parent and group, from /proc/<pid>/stat. The command name (the
// second field) is in parentheses and may itself contain spaces or ')', so the
// numeric fields are read after the last ')'.
inline std::vector<ProcStat> ReadAllProcStats() {
  std::vector<ProcStat> stats;
  DIR* proc = opendir("/proc");
  if (proc == nullptr) return stats;
  while (dirent* entry = readdir(proc)) {
    const std::string name = entry->d_name;
    if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit)) continue;
    std::ifstream in("/proc/" + name + "/stat");
    std::string text;
    if (!in || !std::getline(in, text)) continue;
    const auto close = text.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(text.substr(close + 1));
    char state = 0;
    ProcStat stat;
    stat.pid = static_cast<pid_t>(std::stol(name));
    rest >> state >> stat.ppid >> stat.pgid;
    if (rest) stats.push_back(stat);
  }
  closedir(proc);
  return stats;
}

// `root` and all its descendants. Chromium's zygote and renderers descend from the
// browser process; members of its process group are added as well, in case a
// helper was re-parented when its parent exited.
inline std::set<pid_t> ProcessTree(pid_t root) {
  const auto stats = ReadAllProcStats();
  std::multimap<pid_t, pid_t> children;
  for (const auto& s : stats) children.emplace(s.ppid, s.pid);
  std::set<pid_t> tree{root};
  std::vector<pid_t> pending{root};
  while (!pending.empty()) {
    const pid_t parent = pending.back();
    pending.pop_back();
    auto [first, last] = children.equal_range(parent);
    for (auto it = first; it != last; ++it) {
      if (tree.insert(it->second).second) pending.push_back(it->second);
    }
  }
  for (const auto& s : stats) {
    if (s.pgid == root) tree.insert(s.pid);
  }
  return tree;
}

struct TreePss {
  long kb = 0;
  int processes = 0;
  int unreadable = 0;  // processes whose smaps_rollup we could not read
};

inline TreePss ProcessTreePss(pid_t root) {
  TreePss result;
  for (pid_t pid : ProcessTree(root)) {
    const long kb = ReadPssKb(pid);
    if (kb < 0) {
      ++result.unreadable;
      continue;
    }
    result.kb += kb;
    ++result.processes;
  }
  return result;
}

inline double KbToMb(long kb) { return static_cast<double>(kb) / 1024.0; }

// --- the demo site ----------------------------------------------------------------

// Evaluates in the main frame.
inline asio::awaitable<Result<boost::json::value>> EvaluateInMain(browser::Page& page,
                                                                  const std::string& script) {
  auto frames = co_await page.Frames();
  if (!frames) co_return Fail(frames.error());
  if (frames->empty()) co_return Fail(ErrorKind::kNotFound, "the page has no frames");
  const browser::FrameInfo main = frames->front();
  co_return co_await page.Evaluate(main, script);
}

// The demo posting's "Apply for this job" button injects the application form as a
// cross-origin iframe. This waits until that frame has loaded and returns it.
inline asio::awaitable<Result<browser::FrameInfo>> WaitForFormFrame(
    browser::Page& page, const std::string& form_origin,
    std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
  Stopwatch waited;
  while (waited.ElapsedMs() < static_cast<double>(timeout.count())) {
    auto frames = co_await page.Frames();
    if (!frames) co_return Fail(frames.error());
    for (const auto& frame : *frames) {
      if (frame.url.rfind(form_origin, 0) != 0) continue;
      auto ready = co_await page.Evaluate(
          frame, "document.readyState === 'complete' && !!document.getElementById('first_name')");
      if (ready && ready->is_bool() && ready->as_bool()) co_return frame;
    }
    co_await Sleep(std::chrono::milliseconds(20));
  }
  co_return Fail(ErrorKind::kTimeout, "the application form did not load within " +
                                          std::to_string(timeout.count()) + " ms");
}

// Loads the posting and opens its application form; returns the form's frame.
inline asio::awaitable<Result<browser::FrameInfo>> OpenApplicationForm(
    browser::Page& page, const fixtures::DemoSite& site) {
  auto loaded = co_await page.Navigate(site.posting_url());
  if (!loaded) co_return Fail(loaded.error());
  auto clicked = co_await EvaluateInMain(
      page, "document.querySelector('#apply_button').click(); true");
  if (!clicked) co_return Fail(clicked.error());
  co_return co_await WaitForFormFrame(page, site.form_origin());
}

// --- cleanup --------------------------------------------------------------------

// Ctrl-C or a kill must not leave browsers behind: ChromiumProcess already ties
// them to our life (PR_SET_PDEATHSIG), and this also kills their process groups at
// once. KillAllChromiumProcesses is async-signal-safe.
inline void KillBrowsersOnSignal() {
  auto handler = [](int signal) {
    browser::KillAllChromiumProcesses();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
  };
  std::signal(SIGINT, handler);
  std::signal(SIGTERM, handler);
}

// What every benchmark does first.
inline void PrepareProcess() { KillBrowsersOnSignal(); }

}  // namespace applier::bench
