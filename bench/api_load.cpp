// api_load: latency of the REST API under 200 concurrent keep-alive connections.
//
// An in-process server (no workers: applications stay queued, so this measures
// the API, not Chromium) with one signed-in user. Each connection loops for
// --seconds over POST /api/jobs/apply (a public-IP job URL, so no DNS), GET
// /api/applications/{id}, GET /api/me and GET /api/applications. Reported per
// endpoint: requests, p50 and p99 latency, and the error rate (anything but the
// expected status).
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "bench_support.h"
#include "server/server.h"

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

struct Sample {
  std::string endpoint;
  double ms;
  bool ok;
};

struct Results {
  std::mutex mutex;
  std::vector<Sample> samples;
  void Add(std::vector<Sample>& local) {
    std::lock_guard lock(mutex);
    samples.insert(samples.end(), local.begin(), local.end());
  }
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// One blocking request, for the setup.
std::pair<int, std::string> Request(unsigned short port, http::verb verb, const std::string& target,
                                    const std::string& body, const std::string& token,
                                    const std::string& filename = "") {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  http::request<http::string_body> request{verb, target, 11};
  request.set(http::field::host, "127.0.0.1");
  if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
  if (!filename.empty()) request.set("X-Filename", filename);
  request.body() = body;
  request.prepare_payload();
  http::write(stream, request);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response);
  return {response.result_int(), response.body()};
}

asio::awaitable<void> Connection(unsigned short port, std::string token, Clock::time_point until,
                                 int index, Results& results) {
  auto executor = co_await asio::this_coro::executor;
  beast::tcp_stream stream(executor);
  auto [connect_error] = co_await stream.async_connect(
      tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), use_tuple);
  std::vector<Sample> local;
  if (connect_error) {
    local.push_back({"connect", 0, false});
    results.Add(local);
    co_return;
  }
  beast::flat_buffer buffer;
  std::string own_session;
  const std::string apply_body =
      json::serialize(json::object{{"url", "http://93.184.216.34/jobs/" + std::to_string(index)}});
  for (int round = index; Clock::now() < until; ++round) {
    http::request<http::string_body> request;
    std::string endpoint;
    int expected = 200;
    switch (round % 4) {
      case 0:
        request = {http::verb::post, "/api/jobs/apply", 11};
        request.body() = apply_body;
        endpoint = "POST /api/jobs/apply";
        expected = 202;
        break;
      case 1:
        request = {http::verb::get,
                   own_session.empty() ? "/api/me" : "/api/applications/" + own_session, 11};
        endpoint = own_session.empty() ? "GET /api/me" : "GET /api/applications/{id}";
        break;
      case 2:
        request = {http::verb::get, "/api/me", 11};
        endpoint = "GET /api/me";
        break;
      default:
        request = {http::verb::get, "/api/applications", 11};
        endpoint = "GET /api/applications";
        break;
    }
    request.set(http::field::host, "127.0.0.1");
    request.set(http::field::authorization, "Bearer " + token);
    request.keep_alive(true);
    request.prepare_payload();
    const auto start = Clock::now();
    auto [write_error, written] = co_await http::async_write(stream, request, use_tuple);
    http::response_parser<http::string_body> parser;
    parser.body_limit(256 << 20);
    auto [read_error, read] = co_await http::async_read(stream, buffer, parser, use_tuple);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const bool ok =
        !write_error && !read_error && static_cast<int>(parser.get().result_int()) == expected;
    local.push_back({endpoint, ms, ok});
    if (write_error || read_error) break;
    if (ok && round % 4 == 0 && own_session.empty()) {
      boost::system::error_code ec;
      auto value = json::parse(parser.get().body(), ec);
      if (!ec) own_session = std::string(value.at("session_id").as_string());
    }
  }
  results.Add(local);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"api_load: REST latency at 200 concurrent connections"};
  int connections = 200;
  int seconds = 10;
  int io_threads = 2;
  app.add_option("--connections", connections, "Concurrent keep-alive connections (default 200)");
  app.add_option("--seconds", seconds, "How long to run (default 10)");
  app.add_option("--io-threads", io_threads, "Server io threads (default 2)");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  setenv("APPLIER_JWT_SECRET", "api-load-benchmark-secret-0123456789abcdef", 1);

  char dir_template[] = "/tmp/api_load_XXXXXX";
  const std::filesystem::path dir = mkdtemp(dir_template);
  if (!applier::server::AddUser(dir, "bench", "bench-password")) return 1;
  applier::server::ServerOptions options;
  options.port = 0;
  options.data_dir = dir;
  options.workers = 0;
  options.io_threads = io_threads;
  // One user on 200 connections measures the API, not the per-client limit.
  options.request_rate.per_second = 0;
  auto server = applier::server::Server::Start(options);
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
  const std::filesystem::path source = APPLIER_SOURCE_DIR;
  auto [upload_status, upload_body] =
      Request(port, http::verb::post, "/api/documents",
              ReadFile(source / "examples" / "resume.pdf"), token, "resume.pdf");
  auto [profile_status, profile_body] =
      Request(port, http::verb::put, "/api/profile",
              json::serialize(json::object{{"yaml",
                                            "name: {first: Sam, last: Lee}\n"
                                            "email: sam.lee@example.com\nresume: resume.pdf\n"}}),
              token);
  if (upload_status != 201 || profile_status != 200) {
    std::fprintf(stderr, "setup failed: %s %s\n", upload_body.c_str(), profile_body.c_str());
    return 1;
  }

  std::printf("api_load: %d connections for %d s, server io threads %d, load average %.2f\n",
              connections, seconds, io_threads, applier::bench::LoadAverage());
  Results results;
  asio::io_context client_io;
  const auto until = Clock::now() + std::chrono::seconds(seconds);
  for (int i = 0; i < connections; ++i) {
    asio::co_spawn(client_io, Connection(port, token, until, i, results), asio::detached);
  }
  const auto start = Clock::now();
  client_io.run();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();

  std::map<std::string, std::vector<double>> latencies;
  std::map<std::string, int> errors;
  std::size_t total_errors = 0;
  for (const auto& s : results.samples) {
    latencies[s.endpoint].push_back(s.ms);
    if (!s.ok) {
      ++errors[s.endpoint];
      ++total_errors;
    }
  }
  json::object figures;
  for (const auto& [endpoint, values] : latencies) {
    const double p50 = applier::bench::Percentile(values, 50);
    const double p99 = applier::bench::Percentile(values, 99);
    std::printf("  %-28s %7zu requests  p50 %7.2f ms  p99 %7.2f ms  errors %d\n", endpoint.c_str(),
                values.size(), p50, p99, errors[endpoint]);
    figures[endpoint + " p50_ms"] = applier::bench::JsonNumber(p50);
    figures[endpoint + " p99_ms"] = applier::bench::JsonNumber(p99);
  }
  const double rate = results.samples.size() / elapsed;
  const double error_rate =
      results.samples.empty() ? 1.0 : static_cast<double>(total_errors) / results.samples.size();
  std::printf("  total: %zu requests, %.0f requests/s, error rate %.4f%% (must be 0: %s)\n",
              results.samples.size(), rate, error_rate * 100,
              applier::bench::Verdict(total_errors == 0));
  figures["requests_per_s"] = applier::bench::JsonNumber(rate);
  figures["error_rate"] = applier::bench::JsonNumber(error_rate);
  std::printf("%s\n", applier::bench::JsonLine(figures).c_str());
  (*server)->Stop();
  server->reset();
  std::filesystem::remove_all(dir);
  return total_errors == 0 ? 0 : 1;
}
