// live_view_end_to_end: how long after a person's input in the live view of
// `applier serve` do they see its effect? Measured as the web UI sees it: from just
// before a browser:input message goes out on the session's WebSocket to the first
// frame on that socket whose picture differs from the last one before the input.
//
// An in-process `applier serve` (one worker, loopback allowed) applies to a page
// this program serves itself: a one-question form the profile cannot answer, so
// the run waits for the person, and a body that flips black/white with a counter
// on every key or mouse press, so every input yields a picture unlike any before
// it. The client takes over (takeover:start) and sends inputs. Modes:
//   binary frames (?frames=binary, the web UI): 16-byte header + JPEG per frame;
//   JSON frames (the original clients): browser:screenshot events, base64 JPEG.
// Baseline, same run, same page and input: Page::StartScreencast on a Chromium of
// our own, as bench/live_view_latency does — the browser's share; the difference
// is what the server adds (the event bus, the WebSocket, the input forwarding).
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <iostream>
#include <mutex>
#include <random>
#include <thread>

#include "bench_support.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "server/server.h"

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using applier::Result;
using namespace applier::bench;

const std::string kSecret = "live-view-e2e-benchmark-secret-0123456789";

// A form step with one question only a person can answer (the run waits there),
// and a page that repaints entirely on every key or mouse press.
constexpr const char* kPageHtml = R"html(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Apply: Night Shift Operator - Flip Co</title><style>
html, body { margin: 0; height: 100%; overflow: hidden; font-family: sans-serif; }
body { background: #fff; color: #000; }
form { position: fixed; left: 24px; top: 24px; width: 420px; z-index: 1; background: #eee;
       padding: 12px; }
#count { position: fixed; left: 0; right: 0; top: 300px; text-align: center;
         font: bold 200px sans-serif; }
</style></head>
<body>
<form action="/thanks" method="post">
  <h1>Night Shift Operator</h1>
  <label for="q">What is the name of your first pet?</label>
  <input id="q" name="q" required>
  <button type="submit">Submit application</button>
</form>
<div id="count">0</div>
<script>
let count = 0;
function flip() {
  ++count;
  document.getElementById('count').textContent = String(count);
  document.body.style.background = count % 2 ? '#000' : '#fff';
  document.body.style.color = count % 2 ? '#fff' : '#000';
}
addEventListener('keydown', flip);
addEventListener('mousedown', flip);
</script></body></html>)html";

// Serves kPageHtml for every GET on a thread of its own, one request per connection.
class PageServer {
 public:
  PageServer() : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    thread_ = std::thread([this] { Serve(); });
  }
  ~PageServer() {
    stop_ = true;
    beast::error_code ec;
    // Wake the blocking accept with a connection of our own.
    tcp::socket poke(io_);
    poke.connect(acceptor_.local_endpoint(), ec);
    thread_.join();
  }
  std::string url() const {
    return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()) + "/jobs/1";
  }

 private:
  void Serve() {
    while (!stop_) {
      tcp::socket socket(io_);
      beast::error_code ec;
      acceptor_.accept(socket, ec);
      if (ec || stop_) continue;
      beast::flat_buffer buffer;
      http::request<http::string_body> request;
      http::read(socket, buffer, request, ec);
      if (ec) continue;
      http::response<http::string_body> response{http::status::ok, request.version()};
      response.set(http::field::content_type, "text/html; charset=utf-8");
      response.body() = kPageHtml;
      response.keep_alive(false);
      response.prepare_payload();
      http::write(socket, response, ec);
      socket.shutdown(tcp::socket::shutdown_both, ec);
    }
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

std::pair<int, std::string> Request(unsigned short port, http::verb verb, const std::string& target,
                                    const std::string& body, const std::string& token) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  beast::error_code ec;
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
  if (ec) return {0, ec.message()};
  http::request<http::string_body> request{verb, target, 11};
  request.set(http::field::host, "127.0.0.1");
  if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
  request.body() = body;
  request.prepare_payload();
  http::write(stream, request, ec);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response, ec);
  if (ec) return {0, ec.message()};
  return {static_cast<int>(response.result_int()), response.body()};
}

// One picture as it reached us.
struct Picture {
  Clock::time_point received;
  std::size_t hash = 0;
};

// The session's WebSocket: a reader thread stamps every frame on arrival; inputs
// go out on the same connection.
class LiveClient {
 public:
  bool Connect(unsigned short port, const std::string& target) {
    beast::error_code ec;
    beast::get_lowest_layer(ws_).connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port),
                                         ec);
    if (ec) return false;
    // As a browser's WebSocket does: an input goes out at once.
    beast::get_lowest_layer(ws_).socket().set_option(tcp::no_delay(true), ec);
    ws_.read_message_max(64 << 20);
    ws_.handshake("127.0.0.1", target, ec);
    if (ec) return false;
    ReadLoop();
    thread_ = std::thread([this] { io_.run(); });
    return true;
  }
  ~LiveClient() {
    asio::post(io_, [this] {
      beast::error_code ec;
      beast::get_lowest_layer(ws_).socket().close(ec);
    });
    if (thread_.joinable()) thread_.join();
  }

  // Sends one text message; returns once it is written.
  void Send(const json::object& message) {
    auto text = std::make_shared<std::string>(json::serialize(message));
    std::promise<void> written;
    asio::post(io_, [this, text, &written] {
      ws_.text(true);
      ws_.async_write(asio::buffer(*text),
                      [text, &written](beast::error_code, std::size_t) { written.set_value(); });
    });
    written.get_future().wait();
  }

  std::size_t count() {
    std::lock_guard lock(mutex_);
    return pictures_.size();
  }
  std::optional<Picture> at(std::size_t i) {
    std::lock_guard lock(mutex_);
    if (i >= pictures_.size()) return std::nullopt;
    return pictures_[i];
  }
  bool saw(const std::string& type) {
    std::lock_guard lock(mutex_);
    return types_.contains(type);
  }
  bool closed() const { return closed_; }

 private:
  void ReadLoop() {
    ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) {
      if (ec) {
        closed_ = true;
        return;
      }
      const auto now = Clock::now();
      const std::string data = beast::buffers_to_string(buffer_.data());
      buffer_.consume(buffer_.size());
      if (ws_.got_binary()) {
        // The header carries a sequence number and a time: only the JPEG counts.
        if (data.size() > 16)
          Add(now, std::hash<std::string_view>{}(std::string_view(data).substr(16)));
      } else {
        boost::system::error_code parse_error;
        auto value = json::parse(data, parse_error);
        if (!parse_error && value.is_object()) {
          const auto& event = value.as_object();
          const std::string type =
              event.contains("type") ? std::string(event.at("type").as_string()) : "";
          const auto* d = event.if_contains("data");
          const json::value* shot =
              d && d->is_object() ? d->as_object().if_contains("screenshot") : nullptr;
          if (type == "browser:screenshot" && shot && shot->is_string()) {
            Add(now, std::hash<std::string_view>{}(std::string_view(shot->as_string())));
          } else {
            std::lock_guard lock(mutex_);
            types_.insert(type);
          }
        }
      }
      ReadLoop();
    });
  }
  void Add(Clock::time_point when, std::size_t hash) {
    std::lock_guard lock(mutex_);
    pictures_.push_back({when, hash});
  }

  asio::io_context io_;
  websocket::stream<beast::tcp_stream> ws_{io_};
  beast::flat_buffer buffer_;
  std::thread thread_;
  std::atomic<bool> closed_{false};
  std::mutex mutex_;  // guards pictures_ and types_
  std::vector<Picture> pictures_;
  std::set<std::string> types_;
};

struct Series {
  std::vector<double> latency_ms;
  int missed = 0;  // inputs no differing picture followed within 2 s
};

struct Options {
  int inputs = 200;
  std::string input = "key";
  std::string chromium = "/usr/bin/chromium";
  bool json_frames = true;
};

json::object InputMessage(const std::string& kind) {
  // A click lands on the flipping body, clear of the form.
  json::object data = kind == "click" ? json::object{{"kind", "click"}, {"x", 640}, {"y", 700}}
                                      : json::object{{"kind", "key"}, {"key", "Escape"}};
  return {{"type", "browser:input"}, {"data", std::move(data)}};
}

// Waits until no picture has arrived for `quiet`, so the next picture can only
// be caused by the next input.
template <typename Count, typename At>
void WaitQuiet(Count count, At at, std::chrono::milliseconds quiet) {
  for (;;) {
    const std::size_t n = count();
    const auto last = n == 0 ? Clock::time_point() : at(n - 1)->received;
    if (Clock::now() - last >= quiet) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

Series MeasureServer(LiveClient& client, const Options& options, std::mt19937& random) {
  Series series;
  std::uniform_int_distribution<int> jitter_ms(0, 100);
  auto count = [&] { return client.count(); };
  auto at = [&](std::size_t i) { return client.at(i); };
  const json::object input = InputMessage(options.input);
  for (int i = 0; i < options.inputs && !client.closed(); ++i) {
    WaitQuiet(count, at, std::chrono::milliseconds(100));
    std::this_thread::sleep_for(std::chrono::milliseconds(jitter_ms(random)));
    const std::size_t from = client.count();
    const std::size_t before = client.at(from - 1)->hash;
    const auto sent_at = Clock::now();
    client.Send(input);
    std::optional<Picture> shown;
    while (!shown && Clock::now() - sent_at < std::chrono::seconds(2)) {
      for (std::size_t k = from; k < client.count(); ++k) {
        if (auto p = client.at(k); p && p->hash != before) {
          shown = p;
          break;
        }
      }
      if (!shown) std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (!shown) {
      ++series.missed;
      continue;
    }
    series.latency_ms.push_back(
        std::chrono::duration<double, std::milli>(shown->received - sent_at).count());
  }
  return series;
}

// The baseline: the same page in a Chromium of our own, frames straight from
// Page::StartScreencast, the same input through Page::PressKey / Page::Click.
asio::awaitable<Result<Series>> MeasureBrowser(
    asio::io_context& io, const Options& options, std::string url, std::mt19937& random,
    std::shared_ptr<applier::browser::Browser>& browser) {
  applier::browser::BrowserOptions browser_options;
  browser_options.launch.executable = options.chromium;
  auto launched = co_await applier::browser::Browser::Launch(io.get_executor(), browser_options);
  if (!launched) co_return applier::Fail(launched.error());
  browser = *launched;
  auto context = co_await browser->NewContext();
  if (!context) co_return applier::Fail(context.error());
  auto page = co_await (*context)->NewPage();
  if (!page) co_return applier::Fail(page.error());
  auto loaded = co_await (*page)->Navigate(url);
  if (!loaded) co_return applier::Fail(loaded.error());
  co_await (*page)->WaitForSettled(std::chrono::milliseconds(200), std::chrono::seconds(5));

  auto frames = std::make_shared<std::vector<Picture>>();
  std::weak_ptr<std::vector<Picture>> sink = frames;
  applier::browser::ScreencastOptions cast;
  cast.quality = 60;  // as the server streams
  // Stamped first thing, as the server's live view would forward it.
  std::function<void(applier::browser::ScreencastFrame)> on_frame =
      [sink](applier::browser::ScreencastFrame f) {
        const Picture picture{Clock::now(), std::hash<std::string>{}(f.jpeg)};
        if (auto list = sink.lock()) list->push_back(picture);
      };
  auto started = co_await (*page)->StartScreencast(cast, std::move(on_frame));
  if (!started) co_return applier::Fail(started.error());
  Stopwatch first;
  while (frames->empty() && first.ElapsedMs() < 5000) co_await Sleep(std::chrono::milliseconds(5));
  if (frames->empty()) co_return applier::Fail(applier::ErrorKind::kTimeout, "no frame in 5 s");

  Series series;
  std::uniform_int_distribution<int> jitter_ms(0, 100);
  for (int i = 0; i < options.inputs; ++i) {
    for (;;) {
      const auto last = frames->back().received;
      if (Clock::now() - last >= std::chrono::milliseconds(100)) break;
      co_await Sleep(std::chrono::milliseconds(2));
    }
    co_await Sleep(std::chrono::milliseconds(jitter_ms(random)));
    const std::size_t from = frames->size();
    const std::size_t before = frames->back().hash;
    const auto sent_at = Clock::now();
    applier::Status sent;
    if (options.input == "click") {
      const applier::browser::Point body{640, 700};  // clear of the form
      sent = co_await (*page)->Click(body);
    } else {
      sent = co_await (*page)->PressKey("Escape");
    }
    if (!sent) co_return applier::Fail(sent.error());
    std::optional<Picture> shown;
    while (!shown && Clock::now() - sent_at < std::chrono::seconds(2)) {
      for (std::size_t k = from; k < frames->size(); ++k) {
        if ((*frames)[k].hash != before) {
          shown = (*frames)[k];
          break;
        }
      }
      if (!shown) co_await Sleep(std::chrono::milliseconds(1));
    }
    if (!shown) {
      ++series.missed;
      continue;
    }
    series.latency_ms.push_back(
        std::chrono::duration<double, std::milli>(shown->received - sent_at).count());
  }
  (void)co_await (*page)->StopScreencast();
  (void)co_await (*page)->Close();
  co_return series;
}

double Max(const std::vector<double>& values) {
  return values.empty() ? std::nan("") : *std::max_element(values.begin(), values.end());
}

void PrintRow(const char* name, const Series& series, int inputs) {
  std::printf("  %-36s %7.1f %7.1f %7.1f %7.1f %7.1f %6d/%d\n", name,
              Percentile(series.latency_ms, 50), Percentile(series.latency_ms, 95),
              Percentile(series.latency_ms, 99), Mean(series.latency_ms), Max(series.latency_ms),
              static_cast<int>(series.latency_ms.size()), inputs);
}

json::object Figures(const Series& series) {
  return {{"p50_ms", JsonNumber(Percentile(series.latency_ms, 50))},
          {"p95_ms", JsonNumber(Percentile(series.latency_ms, 95))},
          {"p99_ms", JsonNumber(Percentile(series.latency_ms, 99))},
          {"mean_ms", JsonNumber(Mean(series.latency_ms))},
          {"n", static_cast<std::int64_t>(series.latency_ms.size())},
          {"missed", series.missed}};
}

// Waits until `done` or the limit; false on the limit.
bool WaitUntil(const std::function<bool()>& done, std::chrono::seconds limit) {
  const auto deadline = Clock::now() + limit;
  while (!done()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "live_view_end_to_end: input sent on the live view's WebSocket to the first frame on\n"
      "that socket showing it, through `applier serve`; baseline: the browser's own screencast."};
  app.add_option("--inputs", options.inputs, "inputs per mode")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--input", options.input, "input kind: key (Escape keydown) or click")
      ->check(CLI::IsMember({"key", "click"}))
      ->capture_default_str();
  app.add_option("--json-frames", options.json_frames,
                 "also measure JSON frames (browser:screenshot, base64)")
      ->capture_default_str();
  app.add_option("--chromium", options.chromium, "Chromium executable")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  PrepareProcess();
  setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
  const double load_before = LoadAverage();

  PageServer page_server;
  char dir_template[] = "/tmp/live_view_e2e_XXXXXX";
  const std::filesystem::path dir = mkdtemp(dir_template);
  if (!applier::server::AddUser(dir, "bench", "bench-password")) return 1;
  applier::server::ServerOptions server_options;
  server_options.port = 0;
  server_options.data_dir = dir;
  server_options.workers = 1;
  server_options.allow_hosts = {"127.0.0.1"};
  server_options.chromium = options.chromium;
  server_options.hitl_timeout = std::chrono::seconds(3600);  // the run waits while we measure
  auto server = applier::server::Server::Start(server_options);
  if (!server) {
    std::fprintf(stderr, "cannot start the server: %s\n", server.error().message.c_str());
    return 1;
  }
  const unsigned short port = (*server)->port();
  auto [login_status, login_body] =
      Request(port, http::verb::post, "/api/auth/login",
              R"({"username":"bench","password":"bench-password"})", "");
  if (login_status != 200) return 1;
  const std::string token(json::parse(login_body).at("token").as_string());
  auto [profile_status, profile_body] =
      Request(port, http::verb::put, "/api/profile",
              json::serialize(json::object{{"yaml",
                                            "name: {first: Sam, last: Lee}\n"
                                            "email: sam.lee@example.com\n"}}),
              token);
  auto [apply_status, apply_body] =
      Request(port, http::verb::post, "/api/jobs/apply",
              json::serialize(json::object{{"url", page_server.url()}}), token);
  if (profile_status != 200 || apply_status != 202) {
    std::fprintf(stderr, "setup failed: %s %s\n", profile_body.c_str(), apply_body.c_str());
    return 1;
  }
  const std::string session(json::parse(apply_body).at("session_id").as_string());
  const std::string target = "/ws/" + session + "?token=" + token;

  std::mt19937 random(20240601);  // the same input timing from run to run
  Series binary_series;
  Series json_series;
  {
    auto client = std::make_unique<LiveClient>();
    if (!client->Connect(port, target + "&frames=binary")) {
      std::fprintf(stderr, "the WebSocket did not connect\n");
      return 1;
    }
    // The run waits for the person's answer; then they take the browser over.
    if (!WaitUntil([&] { return client->saw("hitl:request") && client->count() > 0; },
                   std::chrono::seconds(120))) {
      std::fprintf(stderr, "the run never waited for an answer with a frame up\n");
      return 1;
    }
    client->Send({{"type", "takeover:start"}});
    binary_series = MeasureServer(*client, options, random);
    client.reset();  // one watcher at a time
    if (options.json_frames) {
      client = std::make_unique<LiveClient>();
      if (!client->Connect(port, target)) return 1;
      // Closing the first socket handed the browser back: take it again.
      client->Send({{"type", "takeover:start"}});
      // A frame comes only on a change: one input shows where we start from.
      client->Send(InputMessage(options.input));
      if (WaitUntil([&] { return client->count() > 0; }, std::chrono::seconds(10))) {
        json_series = MeasureServer(*client, options, random);
      }
      client->Send({{"type", "takeover:end"}});
    }
  }
  (void)Request(port, http::verb::post, "/api/applications/" + session + "/cancel", "", token);

  asio::io_context io;
  std::shared_ptr<applier::browser::Browser> browser;
  Result<Series> baseline = applier::Fail(applier::ErrorKind::kCancelled, "not run");
  try {
    baseline = RunAsync(
        io, [&]() { return MeasureBrowser(io, options, page_server.url(), random, browser); });
  } catch (const std::exception& e) {
    baseline = applier::Fail(applier::ErrorKind::kTimeout, e.what());
  }
  if (browser) browser->Close();
  server->reset();
  if (!baseline) {
    std::cerr << "live_view_end_to_end: baseline: " << baseline.error().ToString() << "\n";
    return 1;
  }

  std::printf(
      "Live view end to end — browser:input (%s) on the WebSocket to the first frame\n"
      "on that socket that shows it, through `applier serve` on loopback\n\n",
      options.input == "key" ? "Escape keydown" : "mouse click");
  std::printf("  %-36s %7s %7s %7s %7s %7s %8s\n", "path (ms)", "p50", "p95", "p99", "mean", "max",
              "n");
  PrintRow("server, binary frames (web UI)", binary_series, options.inputs);
  if (options.json_frames) PrintRow("server, JSON frames (base64)", json_series, options.inputs);
  PrintRow("browser screencast (baseline)", *baseline, options.inputs);
  const double added_p50 =
      Percentile(binary_series.latency_ms, 50) - Percentile(baseline->latency_ms, 50);
  const double added_p95 =
      Percentile(binary_series.latency_ms, 95) - Percentile(baseline->latency_ms, 95);
  std::printf("  %-36s %7.1f %7.1f\n", "server adds (binary - baseline)", added_p50, added_p95);
  const double load_after = LoadAverage();
  std::printf("\n  machine load (1-min average) before/after: %.2f / %.2f\n", load_before,
              load_after);

  json::object line;
  line["bench"] = "live_view_end_to_end";
  line["load_avg_1m"] = JsonNumber(std::max(load_before, load_after));
  line["inputs"] = options.inputs;
  line["input"] = options.input;
  line["server_binary"] = Figures(binary_series);
  if (options.json_frames) line["server_json"] = Figures(json_series);
  line["browser_baseline"] = Figures(*baseline);
  line["server_adds_p50_ms"] = JsonNumber(added_p50);
  line["server_adds_p95_ms"] = JsonNumber(added_p95);
  std::printf("\n%s\n", JsonLine(line).c_str());
  return 0;
}
