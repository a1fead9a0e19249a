// ws_fanout: how fast `applier serve` fans session events out over WebSockets.
//
// An in-process server (no workers, no browser; one io thread unless --io-threads
// says otherwise) and N WebSocket clients on one session. A publisher thread
// publishes E events through the server's event bus — each one numbered, stored in
// SQLite and handed to every client's outbox — and we time from the first publish
// until every client has received all E. Reported: events/s (E / time) and
// messages/s (N·E / time) for N = 1, 10, 100.
//
// Then frames: a fast client and a slow one (it sleeps between reads) watch one
// session while 30 KB frames are published at full speed. Reported: frames/s the
// fast client received, what the slow one received, and how many frames the
// server dropped for it — while every event still arrives.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <thread>

#include "bench_support.h"
#include "events/event_bus.h"
#include "server/server.h"
#include "server/token_service.h"
#include "store/database.h"
#include "store/served_application_table.h"

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

const std::string kSecret = "ws-fanout-benchmark-secret-0123456789";

// A client that counts what it receives.
struct Client {
  explicit Client(asio::io_context& io) : ws(io) {}
  websocket::stream<beast::tcp_stream> ws;
  beast::flat_buffer buffer;
  std::atomic<std::int64_t> events{0};
  std::atomic<std::int64_t> frames{0};
  std::chrono::milliseconds delay{0};  // a slow reader sleeps this long per message
  std::atomic<bool> stop{false};

  void ReadLoop() {
    ws.async_read(buffer, [this](beast::error_code ec, std::size_t) {
      if (ec) return;
      if (ws.got_binary() || buffer.size() > 10000) {
        frames.fetch_add(1);
      } else {
        events.fetch_add(1);
      }
      buffer.consume(buffer.size());
      if (delay.count() > 0) std::this_thread::sleep_for(delay);
      if (!stop) ReadLoop();
    });
  }
};

bool Connect(Client& client, unsigned short port, const std::string& target) {
  beast::error_code ec;
  beast::get_lowest_layer(client.ws).connect(
      tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
  if (ec) return false;
  client.ws.handshake("127.0.0.1", target, ec);
  return !ec;
}

bool WaitUntil(const std::function<bool()>& done, std::chrono::seconds limit) {
  const auto deadline = Clock::now() + limit;
  while (!done()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"ws_fanout: events/s to 1, 10, 100 WebSocket clients; frames with a slow client"};
  int events = 20000;
  int io_threads = 1;
  int frames = 600;
  app.add_option("--events", events, "Events published per round (default 20000)");
  app.add_option("--io-threads", io_threads, "Server io threads (default 1: one core)");
  app.add_option("--frames", frames, "Frames published in the slow-client round (default 600)");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);

  char dir_template[] = "/tmp/ws_fanout_XXXXXX";
  const std::filesystem::path dir = mkdtemp(dir_template);
  {
    auto db = applier::store::Database::Open(dir / "applier.db");
    if (!db) return 1;
    applier::store::ServedApplicationTable table(*db);
    for (const char* id : {"app_n1", "app_n10", "app_n100", "app_frames"}) {
      applier::store::ServedApplication row;
      row.session_id = id;
      row.user_id = "bench";
      row.url = "https://jobs.example.com/1";
      row.state = "done";
      if (!table.Create(row)) return 1;
    }
  }
  applier::server::ServerOptions options;
  options.port = 0;
  options.data_dir = dir;
  options.workers = 0;
  options.io_threads = io_threads;
  // One user opens up to 100 live views at once: measure fan-out, not the per-client limit.
  options.request_rate.per_second = 0;
  auto server = applier::server::Server::Start(options);
  if (!server) {
    std::fprintf(stderr, "cannot start the server: %s\n", server.error().message.c_str());
    return 1;
  }
  const unsigned short port = (*server)->port();
  auto& bus = (*server)->event_bus();
  const std::string token =
      *applier::server::TokenService::Create(kSecret)->Issue("bench", std::chrono::hours(1));

  std::printf("ws_fanout: %d events per round, server io threads: %d, load average %.2f\n", events,
              io_threads, applier::bench::LoadAverage());
  json::object figures;
  double one_client_rate = 0;
  for (int n : {1, 10, 100}) {
    const std::string session = "app_n" + std::to_string(n);
    asio::io_context client_io;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < n; ++i) {
      clients.push_back(std::make_unique<Client>(client_io));
      if (!Connect(*clients.back(), port, "/ws/" + session + "?token=" + token)) {
        std::fprintf(stderr, "client %d could not connect\n", i);
        return 1;
      }
      clients.back()->ReadLoop();
    }
    auto guard = asio::make_work_guard(client_io);
    std::thread client_thread([&] { client_io.run(); });
    applier::session::SessionEvent event{"applier:type", "Filled \"Email\"",
                                         json::object{{"field", "Email"}, {"source", "profile"}}};
    const auto start = Clock::now();
    for (int i = 0; i < events; ++i) {
      if (!bus.Publish(session, "bench", event)) return 1;
    }
    const auto published = Clock::now();
    const bool all = WaitUntil(
        [&] {
          for (const auto& c : clients) {
            if (c->events.load() < events) return false;
          }
          return true;
        },
        std::chrono::seconds(300));
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double publish_seconds = std::chrono::duration<double>(published - start).count();
    for (auto& c : clients) {
      c->stop = true;
      beast::error_code ec;
      beast::get_lowest_layer(c->ws).close();
    }
    guard.reset();
    client_io.stop();
    client_thread.join();
    const double rate = events / seconds;
    if (n == 1) one_client_rate = rate;
    std::printf(
        "  %3d client(s): %8.0f events/s delivered to all, %9.0f messages/s, "
        "publish alone %8.0f events/s%s\n",
        n, rate, rate * n, events / publish_seconds, all ? "" : "  (INCOMPLETE)");
    figures["events_per_s_" + std::to_string(n)] = applier::bench::JsonNumber(rate);
    figures["messages_per_s_" + std::to_string(n)] = applier::bench::JsonNumber(rate * n);
  }

  // Frames with a slow client.
  {
    asio::io_context fast_io;
    asio::io_context slow_io;
    Client fast(fast_io);
    Client slow(slow_io);
    slow.delay = std::chrono::milliseconds(50);
    if (!Connect(fast, port, "/ws/app_frames?frames=binary&token=" + token) ||
        !Connect(slow, port, "/ws/app_frames?frames=binary&token=" + token)) {
      return 1;
    }
    fast.ReadLoop();
    slow.ReadLoop();
    auto fast_guard = asio::make_work_guard(fast_io);
    auto slow_guard = asio::make_work_guard(slow_io);
    std::thread fast_thread([&] { fast_io.run(); });
    std::thread slow_thread([&] { slow_io.run(); });
    const std::string jpeg(30 * 1024, 'j');
    applier::session::SessionEvent event{"applier:type", "Filled a field", json::object{}};
    const auto start = Clock::now();
    for (int i = 0; i < frames; ++i) {
      bus.PublishFrame("app_frames", jpeg, 0);
      if (i % 10 == 0) (void)bus.Publish("app_frames", "bench", event);
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    const int expected_events = (frames + 9) / 10;
    WaitUntil([&] { return fast.events.load() >= expected_events; }, std::chrono::seconds(60));
    const double fast_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    WaitUntil([&] { return slow.events.load() >= expected_events; }, std::chrono::seconds(120));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const std::int64_t slow_frames = slow.frames.load();
    const std::int64_t slow_events = slow.events.load();
    fast.stop = slow.stop = true;
    beast::get_lowest_layer(fast.ws).close();
    beast::get_lowest_layer(slow.ws).close();
    fast_guard.reset();
    slow_guard.reset();
    fast_io.stop();
    slow_io.stop();
    fast_thread.join();
    slow_thread.join();
    std::printf(
        "  frames: %d published at ~%.0f/s; fast client got %lld (%.0f frames/s), slow client "
        "(50 ms per message) got %lld frames and %lld/%d events\n",
        frames, frames / fast_seconds, static_cast<long long>(fast.frames.load()),
        fast.frames.load() / fast_seconds, static_cast<long long>(slow_frames),
        static_cast<long long>(slow_events), expected_events);
    figures["fast_client_frames_per_s"] =
        applier::bench::JsonNumber(fast.frames.load() / fast_seconds);
    figures["slow_client_frames"] = slow_frames;
    figures["slow_client_events"] = slow_events;
    figures["events_expected"] = expected_events;
  }
  std::printf("Target >= 20000 events/s to one client on one core: %s\n",
              applier::bench::Verdict(one_client_rate >= 20000));
  std::printf("%s\n", applier::bench::JsonLine(figures).c_str());
  (*server)->Stop();
  server->reset();
  std::filesystem::remove_all(dir);
  return 0;
}
