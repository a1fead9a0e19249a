// Metrics are the service's counters and histograms, rendered in the Prometheus
// text exposition format by GET /metrics. Gauges that live elsewhere (queue depth,
// applications by outcome) are passed in at render time.
//
// Thread-safe: counters are atomics; histograms take a small lock.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace applier::server {

class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds)
      : bounds_(std::move(bounds)), counts_(bounds_.size()) {}
  void Observe(double value);
  // Appends `name_bucket{le=…}`, `name_sum` and `name_count` lines.
  void Render(std::string& out, const std::string& name, const std::string& help) const;

 private:
  mutable std::mutex mutex_;
  std::vector<double> bounds_;
  std::vector<std::uint64_t> counts_;
  double sum_ = 0;
  std::uint64_t count_ = 0;
};

struct Metrics {
  std::atomic<std::int64_t> busy_workers{0};
  std::atomic<std::uint64_t> frames_sent{0};
  std::atomic<std::uint64_t> frames_dropped{0};
  std::atomic<std::uint64_t> events_published{0};
  std::atomic<std::uint64_t> http_requests{0};
  std::atomic<std::uint64_t> websocket_connections{0};
  // Clients cut off because a write to them stalled (ServerOptions::websocket_stall_limit).
  std::atomic<std::uint64_t> websocket_stalled{0};
  // Requests answered 429 and live-view clients closed for sending too fast
  // (ServerOptions::request_rate, websocket_message_rate).
  std::atomic<std::uint64_t> http_rate_limited{0};
  std::atomic<std::uint64_t> websocket_flood_closed{0};
  // What the LLM cost, over every run and document embedding job.
  std::atomic<std::uint64_t> llm_calls{0};
  std::atomic<std::uint64_t> llm_prompt_tokens{0};
  std::atomic<std::uint64_t> llm_completion_tokens{0};
  std::atomic<double> llm_cost_usd{0};  // estimated from list prices (llm/pricing.h)
  Histogram hitl_wait_seconds{{1, 5, 15, 30, 60, 120, 300}};
  Histogram fill_seconds{{5, 10, 20, 30, 60, 120, 300, 600}};

  struct Gauges {
    std::size_t queue_depth = 0;
    std::size_t workers = 0;
    std::vector<std::pair<std::string, std::int64_t>> applications_by_outcome;
    std::size_t open_hitl = 0;
    std::uint64_t events_dropped = 0;  // EventBus::events_dropped()
  };
  std::string Render(const Gauges& gauges) const;
};

}  // namespace applier::server
