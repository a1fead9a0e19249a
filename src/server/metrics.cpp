#include "server/metrics.h"

#include <cstdio>

namespace applier::server {
namespace {

std::string Number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  return buf;
}

void Line(std::string& out, const std::string& name, const std::string& type,
          const std::string& help, double value) {
  out += "# HELP " + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
  out += name + " " + Number(value) + "\n";
}

}  // namespace

void Histogram::Observe(double value) {
  std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < bounds_.size(); ++i) {
    if (value <= bounds_[i]) ++counts_[i];
  }
  sum_ += value;
  ++count_;
}

void Histogram::Render(std::string& out, const std::string& name, const std::string& help) const {
  std::lock_guard lock(mutex_);
  out += "# HELP " + name + " " + help + "\n# TYPE " + name + " histogram\n";
  for (std::size_t i = 0; i < bounds_.size(); ++i) {
    out += name + "_bucket{le=\"" + Number(bounds_[i]) + "\"} " + std::to_string(counts_[i]) + "\n";
  }
  out += name + "_bucket{le=\"+Inf\"} " + std::to_string(count_) + "\n";
  out += name + "_sum " + Number(sum_) + "\n";
  out += name + "_count " + std::to_string(count_) + "\n";
}

std::string Metrics::Render(const Gauges& gauges) const {
  std::string out;
  out +=
      "# HELP applier_applications_total Served applications by outcome.\n"
      "# TYPE applier_applications_total gauge\n";
  for (const auto& [outcome, count] : gauges.applications_by_outcome) {
    out +=
        "applier_applications_total{outcome=\"" + outcome + "\"} " + std::to_string(count) + "\n";
  }
  Line(out, "applier_queue_depth", "gauge", "Applications waiting for a worker.",
       static_cast<double>(gauges.queue_depth));
  Line(out, "applier_workers", "gauge", "Worker slots.", static_cast<double>(gauges.workers));
  Line(out, "applier_busy_workers", "gauge", "Workers running an application.",
       static_cast<double>(busy_workers.load()));
  Line(out, "applier_hitl_open", "gauge", "Questions and drafts waiting for a person.",
       static_cast<double>(gauges.open_hitl));
  Line(out, "applier_events_published_total", "counter", "Session events published.",
       static_cast<double>(events_published.load()));
  Line(out, "applier_events_dropped_total", "counter",
       "Session events dropped because the store refused them past the held bound.",
       static_cast<double>(gauges.events_dropped));
  Line(out, "applier_frames_sent_total", "counter", "Live frames written to WebSocket clients.",
       static_cast<double>(frames_sent.load()));
  Line(out, "applier_frames_dropped_total", "counter",
       "Live frames dropped for slow WebSocket clients (events are never dropped).",
       static_cast<double>(frames_dropped.load()));
  Line(out, "applier_http_requests_total", "counter", "HTTP requests handled.",
       static_cast<double>(http_requests.load()));
  Line(out, "applier_websocket_connections_total", "counter", "WebSocket connections accepted.",
       static_cast<double>(websocket_connections.load()));
  Line(out, "applier_websocket_stalled_total", "counter",
       "WebSocket clients disconnected because they took nothing for too long.",
       static_cast<double>(websocket_stalled.load()));
  Line(out, "applier_http_rate_limited_total", "counter",
       "HTTP requests answered 429 because their client sent too many.",
       static_cast<double>(http_rate_limited.load()));
  Line(out, "applier_websocket_flood_closed_total", "counter",
       "WebSocket clients closed (1008) because they sent messages too fast.",
       static_cast<double>(websocket_flood_closed.load()));
  Line(out, "applier_llm_calls_total", "counter",
       "LLM chat and embedding calls (runs and document embedding).",
       static_cast<double>(llm_calls.load()));
  out +=
      "# HELP applier_llm_tokens_total LLM tokens by kind.\n"
      "# TYPE applier_llm_tokens_total counter\n"
      "applier_llm_tokens_total{kind=\"prompt\"} " +
      std::to_string(llm_prompt_tokens.load()) +
      "\n"
      "applier_llm_tokens_total{kind=\"completion\"} " +
      std::to_string(llm_completion_tokens.load()) + "\n";
  Line(out, "applier_llm_cost_usd_total", "counter",
       "Estimated LLM cost in US dollars, from list prices.", llm_cost_usd.load());
  hitl_wait_seconds.Render(out, "applier_hitl_wait_seconds",
                           "Time from a question or draft to the person's answer.");
  fill_seconds.Render(out, "applier_fill_seconds", "Time from start to the first draft.");
  return out;
}

}  // namespace applier::server
