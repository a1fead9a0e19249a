// live_view_latency: how long after an input does the user watching the live view
// see its effect? Ours streams compositor frames (Page::StartScreencast); the
// baseline is the seed's approach, a viewport screenshot every 200 ms.
//
// The page is a data: URL whose whole viewport flips between black and white and
// shows a counter on every input, so every input yields a picture unlike any
// before it. We decode no JPEG: a picture "shows the input" when it is the first
// one we receive after sending the input whose bytes differ from the last picture
// before it (identical content encodes to identical bytes). Both methods are timed
// the same way: from a wall-clock stamp taken just before the input is sent to the
// moment the picture is in our hands.
#include <CLI/CLI.hpp>
#include <boost/asio/detached.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <random>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

#include "bench_support.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"

namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::Result;
using applier::Status;
using applier::browser::Page;
using namespace applier::bench;

// Every keydown or mousedown flips the background and bumps the counter; the
// handler runs on the input itself, so what we time is delivery + paint + capture.
constexpr const char* kPageHtml = R"html(<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
html, body { margin: 0; height: 100%; overflow: hidden; }
#box { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
       font: bold 200px sans-serif; }
</style></head>
<body><div id="box">0</div>
<script>
let count = 0;
const box = document.getElementById('box');
function paint() {
  box.textContent = String(count);
  box.style.background = count % 2 ? '#000' : '#fff';
  box.style.color = count % 2 ? '#fff' : '#000';
}
paint();
addEventListener('keydown', () => { ++count; paint(); });
addEventListener('mousedown', () => { ++count; paint(); });
</script></body></html>)html";

std::string DataUrl(const std::string& html) {
  static const char* hex = "0123456789ABCDEF";
  std::string url = "data:text/html;charset=utf-8,";
  for (unsigned char c : html) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += hex[c >> 4];
      url += hex[c & 15];
    }
  }
  return url;
}

// One picture as we received it.
struct Picture {
  double received = 0;  // wall seconds when it reached us
  double captured = 0;  // compositor timestamp (screencast only), wall seconds
  std::size_t hash = 0;
};
using Pictures = std::shared_ptr<std::vector<Picture>>;

struct Options {
  int inputs = 200;
  std::string input = "key";
  int period_ms = 200;
  std::string chromium = "/usr/bin/chromium";
};

struct Series {
  std::vector<double> latency_ms;     // input → picture received
  std::vector<double> compositor_ms;  // input → compositor capture (screencast only)
  int missed = 0;                     // inputs no picture showed within the limit
};

asio::awaitable<Status> SendInput(Page& page, const std::string& kind) {
  // The middle of the 1280×900 viewport; the page reacts anywhere.
  const applier::browser::Point centre{640, 450};
  if (kind == "click") co_return co_await page.Click(centre);
  co_return co_await page.PressKey("Enter");
}

// The first picture received at index >= `from` whose bytes differ from `before`.
asio::awaitable<std::optional<Picture>> WaitForChange(const Pictures& pictures, std::size_t from,
                                                      std::size_t before,
                                                      std::chrono::milliseconds limit) {
  Stopwatch waited;
  // Polling is fine: the callback stamps each picture as it arrives, so the poll
  // interval only delays noticing, not the figure.
  while (waited.ElapsedMs() < static_cast<double>(limit.count())) {
    for (std::size_t i = from; i < pictures->size(); ++i) {
      if ((*pictures)[i].hash != before) co_return (*pictures)[i];
    }
    co_await Sleep(std::chrono::milliseconds(1));
  }
  co_return std::nullopt;
}

// Waits until no picture has arrived for `quiet`, so the next input starts from an
// idle page and the picture after it can only be caused by it.
asio::awaitable<void> WaitQuiet(const Pictures& pictures, std::chrono::milliseconds quiet) {
  for (;;) {
    const double last = pictures->empty() ? 0 : pictures->back().received;
    const double idle_ms = (WallSeconds() - last) * 1000.0;
    if (idle_ms >= static_cast<double>(quiet.count())) co_return;
    co_await Sleep(std::chrono::milliseconds(5));
  }
}

asio::awaitable<Result<Series>> MeasureScreencast(Page& page, const Options& options,
                                                  std::mt19937& random) {
  auto frames = std::make_shared<std::vector<Picture>>();
  std::weak_ptr<std::vector<Picture>> sink = frames;
  applier::browser::ScreencastOptions cast;  // the live view's defaults
  // Stamped first thing: this is the moment the live view could show the frame.
  std::function<void(applier::browser::ScreencastFrame)> on_frame =
      [sink](applier::browser::ScreencastFrame f) {
        const double now = WallSeconds();
        if (auto list = sink.lock()) {
          list->push_back(Picture{now, f.capture_time, std::hash<std::string>{}(f.jpeg)});
        }
      };
  auto started = co_await page.StartScreencast(cast, std::move(on_frame));
  if (!started) co_return applier::Fail(started.error());
  // The first frame shows the page as it is; inputs start from there.
  Stopwatch first;
  while (frames->empty() && first.ElapsedMs() < 5000) co_await Sleep(std::chrono::milliseconds(5));
  if (frames->empty()) {
    (void)co_await page.StopScreencast();
    co_return applier::Fail(applier::ErrorKind::kTimeout, "the screencast sent no frame in 5 s");
  }

  Series series;
  std::uniform_int_distribution<int> jitter_ms(0, 100);
  for (int i = 0; i < options.inputs; ++i) {
    co_await WaitQuiet(frames, std::chrono::milliseconds(100));
    co_await Sleep(std::chrono::milliseconds(jitter_ms(random)));
    const std::size_t from = frames->size();
    const std::size_t before = frames->back().hash;
    const double sent_at = WallSeconds();
    auto sent = co_await SendInput(page, options.input);
    if (!sent) {
      (void)co_await page.StopScreencast();
      co_return applier::Fail(sent.error());
    }
    auto shown = co_await WaitForChange(frames, from, before, std::chrono::seconds(2));
    if (!shown) {
      ++series.missed;
      continue;
    }
    series.latency_ms.push_back((shown->received - sent_at) * 1000.0);
    series.compositor_ms.push_back((shown->captured - sent_at) * 1000.0);
  }
  auto stopped = co_await page.StopScreencast();
  if (!stopped) co_return applier::Fail(stopped.error());
  co_return series;
}

// The seed's live view: a viewport screenshot every `period`. Screenshots start at
// a fixed rate (the next one starts `period` after the previous one started, not
// after it ended), which is the kindest reading of "every 200 ms" for the baseline.
asio::awaitable<void> ScreenshotLoop(std::shared_ptr<Page> page, Pictures shots,
                                     std::shared_ptr<bool> stop, std::shared_ptr<bool> done,
                                     std::chrono::milliseconds period) {
  auto next = std::chrono::steady_clock::now();
  while (!*stop) {
    const applier::browser::ScreenshotOptions viewport;  // JPEG, viewport only
    auto shot = co_await page->Screenshot(viewport);
    if (shot) shots->push_back(Picture{WallSeconds(), 0, std::hash<std::string>{}(*shot)});
    next += period;
    const auto now = std::chrono::steady_clock::now();
    if (next > now) {
      co_await Sleep(next - now);
    } else {
      next = now;  // an overrun does not turn into a burst of catch-up shots
    }
  }
  *done = true;
}

asio::awaitable<void> StopLoop(std::shared_ptr<bool> stop, std::shared_ptr<bool> done) {
  *stop = true;
  while (!*done) co_await Sleep(std::chrono::milliseconds(5));
}

asio::awaitable<Result<Series>> MeasureScreenshotLoop(std::shared_ptr<Page> page,
                                                      const Options& options,
                                                      std::mt19937& random) {
  auto shots = std::make_shared<std::vector<Picture>>();
  auto stop = std::make_shared<bool>(false);
  auto done = std::make_shared<bool>(false);
  const std::chrono::milliseconds period(options.period_ms);
  asio::co_spawn(co_await asio::this_coro::executor,
                 ScreenshotLoop(page, shots, stop, done, period), asio::detached);
  Stopwatch first;
  while (shots->empty() && first.ElapsedMs() < 5000) co_await Sleep(std::chrono::milliseconds(5));
  if (shots->empty()) {
    co_await StopLoop(stop, done);
    co_return applier::Fail(applier::ErrorKind::kTimeout, "no screenshot arrived in 5 s");
  }

  Series series;
  // A uniformly random wait puts each input at a random phase of the capture cycle.
  std::uniform_int_distribution<int> jitter_ms(0, options.period_ms);
  for (int i = 0; i < options.inputs; ++i) {
    co_await Sleep(std::chrono::milliseconds(jitter_ms(random)));
    const std::size_t from = shots->size();
    const std::size_t before = shots->back().hash;
    const double sent_at = WallSeconds();
    auto sent = co_await SendInput(*page, options.input);
    if (!sent) {
      co_await StopLoop(stop, done);
      co_return applier::Fail(sent.error());
    }
    auto shown = co_await WaitForChange(shots, from, before, std::chrono::seconds(2));
    if (!shown) {
      ++series.missed;
      continue;
    }
    series.latency_ms.push_back((shown->received - sent_at) * 1000.0);
  }
  co_await StopLoop(stop, done);
  co_return series;
}

struct Outcome {
  Series ours;
  Series baseline;
  std::string version;
};

asio::awaitable<Result<Outcome>> Run(asio::io_context& io, const Options& options,
                                     std::shared_ptr<applier::browser::Browser>& browser) {
  applier::browser::BrowserOptions browser_options;
  browser_options.launch.executable = options.chromium;
  auto launched = co_await applier::browser::Browser::Launch(io.get_executor(), browser_options);
  if (!launched) co_return applier::Fail(launched.error());
  browser = *launched;
  Outcome outcome;
  auto version = co_await browser->Version();
  outcome.version = version ? *version : "unknown";

  auto context = co_await browser->NewContext();
  if (!context) co_return applier::Fail(context.error());
  auto page = co_await (*context)->NewPage();
  if (!page) co_return applier::Fail(page.error());
  auto loaded = co_await (*page)->Navigate(DataUrl(kPageHtml));
  if (!loaded) co_return applier::Fail(loaded.error());
  co_await (*page)->WaitForSettled(std::chrono::milliseconds(200), std::chrono::seconds(5));

  // A fixed seed makes the input timing the same from run to run.
  std::mt19937 random(20240601);
  auto ours = co_await MeasureScreencast(**page, options, random);
  if (!ours) co_return applier::Fail(ours.error());
  outcome.ours = std::move(*ours);
  auto baseline = co_await MeasureScreenshotLoop(*page, options, random);
  if (!baseline) co_return applier::Fail(baseline.error());
  outcome.baseline = std::move(*baseline);
  (void)co_await (*page)->Close();
  co_return outcome;
}

void PrintRow(const char* name, const Series& series, int inputs) {
  std::printf("  %-34s %8.1f %8.1f %8.1f %8.1f %6d/%d\n", name,
              Percentile(series.latency_ms, 50), Percentile(series.latency_ms, 95),
              Mean(series.latency_ms),
              series.latency_ms.empty()
                  ? std::nan("")
                  : *std::max_element(series.latency_ms.begin(), series.latency_ms.end()),
              static_cast<int>(series.latency_ms.size()), inputs);
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Live view latency: time from an input to the first live-view picture showing it,\n"
      "screencast (ours) vs. a screenshot every 200 ms (the seed's baseline)."};
  app.add_option("--inputs", options.inputs, "inputs per method")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--input", options.input, "input kind: key (Enter keydown) or click")
      ->check(CLI::IsMember({"key", "click"}))
      ->capture_default_str();
  app.add_option("--period-ms", options.period_ms, "baseline screenshot period")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--chromium", options.chromium, "Chromium executable")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  PrepareProcess();
  const double load_before = LoadAverage();

  asio::io_context io;
  std::shared_ptr<applier::browser::Browser> browser;
  Result<Outcome> outcome = applier::Fail(applier::ErrorKind::kCancelled, "not run");
  try {
    outcome = RunAsync(io, [&]() { return Run(io, options, browser); });
  } catch (const std::exception& e) {
    outcome = applier::Fail(applier::ErrorKind::kTimeout, e.what());
  }
  if (browser) browser->Close();
  if (!outcome) {
    std::cerr << "live_view_latency: " << outcome.error().ToString() << "\n";
    return 1;
  }

  const Series& ours = outcome->ours;
  const Series& base = outcome->baseline;
  const double p50 = Percentile(ours.latency_ms, 50);
  const double p95 = Percentile(ours.latency_ms, 95);
  const double base_p50 = Percentile(base.latency_ms, 50);
  const double base_p95 = Percentile(base.latency_ms, 95);
  const double ratio_p50 = p50 / base_p50;
  const double ratio_p95 = p95 / base_p95;
  const bool all_seen = ours.missed == 0 && base.missed == 0;

  std::printf("Live view latency — input (%s) to the first picture that shows it, %s\n",
              options.input == "key" ? "Enter keydown" : "mouse click",
              outcome->version.c_str());
  std::printf("  %d inputs per method on a data: page that flips black/white per input\n\n",
              options.inputs);
  std::printf("  %-34s %8s %8s %8s %8s %8s\n", "method (ms)", "p50", "p95", "mean", "max", "seen");
  PrintRow("screencast (ours)", ours, options.inputs);
  std::printf("  %-34s %8.1f %8.1f %8.1f\n", "  of which: input → compositor",
              Percentile(ours.compositor_ms, 50), Percentile(ours.compositor_ms, 95),
              Mean(ours.compositor_ms));
  const std::string baseline_name =
      "screenshot every " + std::to_string(options.period_ms) + " ms (seed)";
  PrintRow(baseline_name.c_str(), base, options.inputs);
  std::printf("  %-34s %8.2f %8.2f\n\n", "ratio ours/baseline", ratio_p50, ratio_p95);

  std::printf("  target                 result       verdict\n");
  std::printf("  p50 <= 50 ms           %7.1f ms   %s\n", p50, Verdict(p50 <= 50));
  std::printf("  p95 <= 120 ms          %7.1f ms   %s\n", p95, Verdict(p95 <= 120));
  std::printf("  ratio (p50) <= 0.4     %7.2f      %s\n", ratio_p50, Verdict(ratio_p50 <= 0.4));
  if (!all_seen) {
    std::printf("  note: %d (ours) and %d (baseline) inputs showed no picture within 2 s\n",
                ours.missed, base.missed);
  }

  const double load_after = LoadAverage();
  std::printf("\n  machine load (1-min average) before/after: %.2f / %.2f\n", load_before,
              load_after);

  json::object line;
  line["bench"] = "live_view_latency";
  line["load_avg_1m"] = JsonNumber(std::max(load_before, load_after));
  line["browser"] = outcome->version;
  line["inputs"] = options.inputs;
  line["input"] = options.input;
  line["screencast_p50_ms"] = JsonNumber(p50);
  line["screencast_p95_ms"] = JsonNumber(p95);
  line["screencast_compositor_p50_ms"] = JsonNumber(Percentile(ours.compositor_ms, 50));
  line["screencast_missed"] = ours.missed;
  line["baseline_period_ms"] = options.period_ms;
  line["baseline_p50_ms"] = JsonNumber(base_p50);
  line["baseline_p95_ms"] = JsonNumber(base_p95);
  line["baseline_missed"] = base.missed;
  line["ratio_p50"] = JsonNumber(ratio_p50);
  line["ratio_p95"] = JsonNumber(ratio_p95);
  line["targets_met"] = p50 <= 50 && p95 <= 120 && ratio_p50 <= 0.4;
  std::printf("\n%s\n", JsonLine(line).c_str());
  return 0;
}
