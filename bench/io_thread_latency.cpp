// io_thread_latency: how long `applier serve` takes to answer /healthz — a request
// that needs nothing but an I/O thread — while blocking work runs: sign-ins
// (argon2id, ~19 MiB and tens of milliseconds each) and large PDF uploads (parsed,
// chunked and stored). First with no load (the baseline, same run), then under
// --rounds rounds of --sign-ins concurrent sign-ins beside one upload of a
// --pdf-mib PDF. Probes go every 5 ms on one keep-alive connection and each is
// timed from when it was due, so a stalled I/O thread counts for every probe it
// held up. Target: p99 under load below 20 ms (issue 12).
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "server/serve_client.h"
#include "server/server.h"
#include "support/hand_written_pdf.h"
#include "support/health_probe.h"

namespace {

namespace json = boost::json;
using applier::testing::Http;
using applier::testing::Percentile;

struct Figures {
  std::size_t probes = 0;
  double p50 = 0;
  double p99 = 0;
  double max = 0;
};

Figures Summarise(const std::vector<double>& latencies) {
  Figures f;
  f.probes = latencies.size();
  if (latencies.empty()) return f;
  f.p50 = Percentile(latencies, 0.50);
  f.p99 = Percentile(latencies, 0.99);
  f.max = *std::max_element(latencies.begin(), latencies.end());
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"io_thread_latency: /healthz latency while sign-ins and PDF uploads run"};
  int rounds = 3;
  int sign_ins = 10;
  double pdf_mib = 9.3;
  int io_threads = 2;
  int idle_ms = 2000;
  app.add_option("--rounds", rounds, "Rounds of blocking load (default 3)");
  app.add_option("--sign-ins", sign_ins, "Concurrent sign-ins per round (default 10)");
  app.add_option("--pdf-mib", pdf_mib, "Size of the PDF uploaded each round (default 9.3)");
  app.add_option("--io-threads", io_threads, "Server io threads (default 2)");
  app.add_option("--idle-ms", idle_ms, "How long to probe with no load first (default 2000)");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  setenv("APPLIER_JWT_SECRET", "io-thread-latency-benchmark-secret-0123456789", 1);

  char dir_template[] = "/tmp/io_thread_latency_XXXXXX";
  const std::filesystem::path dir = mkdtemp(dir_template);
  if (!applier::server::AddUser(dir, "bench", "bench-password")) return 1;
  applier::server::ServerOptions options;
  options.port = 0;
  options.data_dir = dir;
  options.workers = 0;
  options.io_threads = io_threads;
  auto server = applier::server::Server::Start(options);
  if (!server) {
    std::fprintf(stderr, "cannot start the server: %s\n", server.error().message.c_str());
    return 1;
  }
  const unsigned short port = (*server)->port();
  const std::string login =
      json::serialize(json::object{{"username", "bench"}, {"password", "bench-password"}});
  auto signed_in = Http(port, "POST", "/api/auth/login", login);
  if (signed_in.status != 200) return 1;
  const std::string token = applier::testing::StringAt(signed_in.Json(), "token");
  const std::string pdf =
      applier::testing::ProsePdf(static_cast<std::size_t>(pdf_mib * 1024 * 1024));
  const double load_before = applier::bench::LoadAverage();

  std::vector<double> idle_latencies;
  {
    applier::testing::HealthProbe probe(port);
    std::atomic<bool> stop{false};
    std::thread prober([&] { probe.Run(stop, std::chrono::milliseconds(5)); });
    std::this_thread::sleep_for(std::chrono::milliseconds(idle_ms));
    stop.store(true);
    prober.join();
    idle_latencies = probe.latencies_ms();
  }

  applier::testing::HealthProbe probe(port);
  std::atomic<bool> stop{false};
  std::thread prober([&] { probe.Run(stop, std::chrono::milliseconds(5)); });
  std::atomic<int> failures{0};
  std::vector<double> sign_in_ms;
  std::vector<double> upload_ms;
  std::mutex mutex;
  for (int round = 0; round < rounds; ++round) {
    std::vector<std::thread> load;
    for (int i = 0; i < sign_ins; ++i) {
      load.emplace_back([&] {
        applier::bench::Stopwatch watch;
        if (Http(port, "POST", "/api/auth/login", login).status != 200) ++failures;
        std::lock_guard lock(mutex);
        sign_in_ms.push_back(watch.ElapsedMs());
      });
    }
    applier::bench::Stopwatch watch;
    auto upload = Http(port, "POST", "/api/documents", pdf, token,
                       {{"X-Filename", "projects-" + std::to_string(round) + ".pdf"},
                        {"Content-Type", "application/pdf"}});
    upload_ms.push_back(watch.ElapsedMs());
    if (upload.status != 201) {
      std::fprintf(stderr, "upload failed: %d %s\n", upload.status, upload.body.c_str());
      ++failures;
    }
    for (auto& t : load) t.join();
  }
  stop.store(true);
  prober.join();
  server->reset();
  std::filesystem::remove_all(dir);

  const Figures idle = Summarise(idle_latencies);
  const Figures loaded = Summarise(probe.latencies_ms());
  std::printf(
      "io_thread_latency: %d round(s) of %d sign-ins + one %.1f MiB PDF upload, "
      "io threads %d, load average %.2f before, %.2f after\n",
      rounds, sign_ins, static_cast<double>(pdf.size()) / (1024 * 1024), io_threads, load_before,
      applier::bench::LoadAverage());
  std::printf("%-22s %8s %10s %10s %10s\n", "/healthz", "probes", "p50 ms", "p99 ms", "max ms");
  std::printf("%-22s %8zu %10.2f %10.2f %10.2f\n", "idle", idle.probes, idle.p50, idle.p99,
              idle.max);
  std::printf("%-22s %8zu %10.2f %10.2f %10.2f\n", "under blocking load", loaded.probes, loaded.p50,
              loaded.p99, loaded.max);
  const double ratio = idle.p99 > 0 ? loaded.p99 / idle.p99 : 0;
  std::printf("p99 under load / idle: %.1fx\n", ratio);
  std::printf("sign-in p50 %.0f ms, max %.0f ms; upload p50 %.0f ms; failures %d\n",
              Percentile(sign_in_ms, 0.5),
              sign_in_ms.empty() ? 0.0 : *std::max_element(sign_in_ms.begin(), sign_in_ms.end()),
              Percentile(upload_ms, 0.5), failures.load());
  std::printf("target: p99 under load < 20 ms: %s\n", applier::bench::Verdict(loaded.p99 < 20));
  json::object line{{"bench", "io_thread_latency"},
                    {"idle_p50_ms", applier::bench::JsonNumber(idle.p50)},
                    {"idle_p99_ms", applier::bench::JsonNumber(idle.p99)},
                    {"load_p50_ms", applier::bench::JsonNumber(loaded.p50)},
                    {"load_p99_ms", applier::bench::JsonNumber(loaded.p99)},
                    {"load_max_ms", applier::bench::JsonNumber(loaded.max)},
                    {"p99_ratio", applier::bench::JsonNumber(ratio)},
                    {"failures", failures.load()}};
  std::printf("%s\n", applier::bench::JsonLine(line).c_str());
  return failures.load() == 0 ? 0 : 1;
}
