// A /healthz probe for latency tests and benchmarks of `applier serve`.
#pragma once

#include <algorithm>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

namespace applier::testing {

// GET /healthz on one keep-alive connection at a fixed rate. Each latency counts
// from when the probe was due, not from when it was sent, so an I/O thread stuck
// for a second shows as a second's worth of slow probes rather than one
// (coordinated omission).
class HealthProbe {
 public:
  explicit HealthProbe(unsigned short port) : stream_(io_) {
    stream_.connect(
        boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
  }

  // Probes every `period` until `stop` is set; false when a probe failed.
  bool Run(const std::atomic<bool>& stop, std::chrono::milliseconds period) {
    auto due = std::chrono::steady_clock::now();
    while (!stop.load()) {
      std::this_thread::sleep_until(due);
      boost::beast::http::request<boost::beast::http::empty_body> request{
          boost::beast::http::verb::get, "/healthz", 11};
      request.set(boost::beast::http::field::host, "127.0.0.1");
      request.keep_alive(true);
      stream_.expires_after(std::chrono::seconds(60));
      boost::beast::error_code ec;
      boost::beast::http::write(stream_, request, ec);
      boost::beast::http::response<boost::beast::http::string_body> response;
      if (!ec) boost::beast::http::read(stream_, buffer_, response, ec);
      if (ec || response.result_int() != 200) return false;
      latencies_ms_.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - due)
              .count());
      due += period;
    }
    return true;
  }

  const std::vector<double>& latencies_ms() const { return latencies_ms_; }

 private:
  boost::asio::io_context io_;
  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::vector<double> latencies_ms_;
};

// The p-quantile (0..1) by nearest rank below.
inline double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return std::nan("");
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  return values[index];
}

}  // namespace applier::testing
