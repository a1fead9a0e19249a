// The I/O threads of `applier serve` stay free while blocking work runs: argon2id
// sign-ins and a 10 MiB PDF being read and chunked must not hold up a request
// that needs nothing but an I/O thread. The property is "no I/O thread blocks";
// the observable is /healthz latency, so this test bounds its p99 over hundreds of
// probes per round: under the blocking load it may exceed the p99 of the same
// probes with no load, measured just before, by less than 20 ms (the issue's
// figure). One argon2id
// verification or one stretch of PDF parsing held on an I/O thread costs more than
// that; what other processes on a busy machine cost the probes is in both figures.
#include <boost/json.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/hand_written_pdf.h"
#include "support/health_probe.h"
#include "support/process.h"

namespace applier {
namespace {

namespace json = boost::json;
using testing::Http;
using testing::StringAt;

const std::string kSecret = "io-latency-test-secret-0123456789abcdef";

TEST(IoThreadLatencyTest, HealthzStaysFastWhileSignInsAndAPdfUploadRun) {
  setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
  testing::TempDir dir;
  ASSERT_TRUE(server::AddUser(dir.path(), "alice", "alice-password"));
  server::ServerOptions options;
  options.port = 0;
  options.data_dir = dir.path();
  options.workers = 0;  // the API alone: no browser competes for the CPU
  auto started = server::Server::Start(options);
  ASSERT_TRUE(started) << started.error().message;
  const unsigned short port = (*started)->port();
  const std::string login_body =
      json::serialize(json::object{{"username", "alice"}, {"password", "alice-password"}});
  const std::string token =
      StringAt(Http(port, "POST", "/api/auth/login", login_body).Json(), "token");
  ASSERT_NE(token, "<missing>");
  const std::string pdf = testing::ProsePdf(9'800'000);
  ASSERT_LT(pdf.size(), std::size_t{10} << 20);
  ASSERT_GT(pdf.size(), std::size_t{9} << 20);

  std::vector<double> idle;
  {
    testing::HealthProbe probe(port);
    std::atomic<bool> stop{false};
    std::thread prober([&] { probe.Run(stop, std::chrono::milliseconds(5)); });
    std::this_thread::sleep_for(std::chrono::seconds(1));
    stop.store(true);
    prober.join();
    idle = probe.latencies_ms();
  }
  ASSERT_GE(idle.size(), 100u);
  const double idle_p99 = testing::Percentile(idle, 0.99);

  // Three rounds of the blocking load, each probed on its own and each with a new
  // PDF (the same bytes would be found by their digest, but only after being
  // parsed again). The bound applies to the median round: a burst of load from
  // other processes spoils one round, a blocked I/O thread spoils every one.
  std::atomic<int> signed_in{0};
  std::vector<std::string> upload_errors;
  std::vector<double> round_p99s;
  std::vector<double> all;
  for (int round = 0; round < 3; ++round) {
    testing::HealthProbe probe(port);
    std::atomic<bool> stop{false};
    bool probes_answered = false;
    std::thread prober([&] { probes_answered = probe.Run(stop, std::chrono::milliseconds(5)); });
    std::vector<std::thread> load;
    for (int i = 0; i < 10; ++i) {
      load.emplace_back([&] {
        if (Http(port, "POST", "/api/auth/login", login_body).status == 200) ++signed_in;
      });
    }
    auto upload = Http(port, "POST", "/api/documents", pdf, token,
                       {{"X-Filename", "projects-" + std::to_string(round) + ".pdf"},
                        {"Content-Type", "application/pdf"}});
    if (upload.status != 201) upload_errors.push_back(upload.body);
    for (auto& t : load) t.join();
    stop.store(true);
    prober.join();
    ASSERT_TRUE(probes_answered);
    ASSERT_GE(probe.latencies_ms().size(), 100u) << "the load ended too soon to say anything";
    round_p99s.push_back(testing::Percentile(probe.latencies_ms(), 0.99));
    all.insert(all.end(), probe.latencies_ms().begin(), probe.latencies_ms().end());
  }

  EXPECT_EQ(signed_in.load(), 30);
  EXPECT_TRUE(upload_errors.empty()) << upload_errors.front();
  const double median_round_p99 = testing::Percentile(round_p99s, 0.5);
  const double p50 = testing::Percentile(all, 0.50);
  const double p99 = testing::Percentile(all, 0.99);
  const double worst = *std::max_element(all.begin(), all.end());
  RecordProperty("healthz_idle_p99_ms", std::to_string(idle_p99));
  RecordProperty("healthz_p99_ms", std::to_string(p99));
  std::printf(
      "healthz: idle p99 %.2f ms; under blocking load %zu probes, p50 %.2f ms, p99 %.2f ms, "
      "max %.2f ms; round p99s %.2f %.2f %.2f ms\n",
      idle_p99, all.size(), p50, p99, worst, round_p99s[0], round_p99s[1], round_p99s[2]);
  EXPECT_LT(median_round_p99, idle_p99 + 20.0)
      << "an I/O thread was held by blocking work (p50 " << p50 << " ms, max " << worst << " ms)";
  started->reset();
  unsetenv("APPLIER_JWT_SECRET");
}

}  // namespace
}  // namespace applier
