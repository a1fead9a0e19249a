// `applier serve` out of file descriptors: accept(2) fails with EMFILE for as long
// as the shortage lasts, and a listener that simply tries again spins an I/O
// thread at full speed. The server must wait between tries (using next to no CPU
// while it waits) and accept again once descriptors are free.
#include <sys/resource.h>
#include <time.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/process.h"

namespace applier {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

double ProcessCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

std::size_t OpenDescriptors() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
    ++n;
  }
  return n;
}

TEST(AcceptBackoffTest, OutOfDescriptorsTheListenerWaitsInsteadOfSpinningAndRecovers) {
  setenv("APPLIER_JWT_SECRET", "accept-backoff-test-secret-0123456789abcdef", 1);
  testing::TempDir dir;
  server::ServerOptions options;
  options.port = 0;
  options.data_dir = dir.path();
  options.workers = 0;
  auto server = server::Server::Start(options);
  ASSERT_TRUE(server) << server.error().message;
  const unsigned short port = (*server)->port();
  ASSERT_EQ(testing::Http(port, "GET", "/healthz").status, 200);

  rlimit original{};
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &original), 0);
  rlimit low = original;
  low.rlim_cur = OpenDescriptors() + 16;
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);

  // Connect until this process has no descriptor left; the server accepts some
  // of them and they share the same limit.
  asio::io_context io;
  const tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  std::vector<std::unique_ptr<tcp::socket>> clients;
  for (;;) {
    auto socket = std::make_unique<tcp::socket>(io);
    boost::system::error_code ec;
    socket->connect(endpoint, ec);
    if (ec) break;
    clients.push_back(std::move(socket));
    ASSERT_LT(clients.size(), 64u) << "the descriptor limit did not apply";
  }
  // One descriptor freed on our side and spent at once on a connection the kernel
  // completes for the listener: it is waiting to be accepted with none left. (The
  // listener, retrying, may take the freed descriptor first: then free another.)
  bool waiting = false;
  for (int attempt = 0; attempt < 8 && !clients.empty() && !waiting; ++attempt) {
    clients.pop_back();
    auto socket = std::make_unique<tcp::socket>(io);
    boost::system::error_code ec;
    socket->connect(endpoint, ec);
    if (ec) continue;
    clients.push_back(std::move(socket));
    waiting = true;
  }
  ASSERT_TRUE(waiting) << "no descriptor came free for one more connection";

  const double cpu_before = ProcessCpuMs();
  std::this_thread::sleep_for(std::chrono::seconds(1));
  const double cpu_ms = ProcessCpuMs() - cpu_before;
  std::printf("CPU while a connection waited with no descriptor left: %.1f ms in 1 s\n", cpu_ms);

  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &original), 0);
  clients.clear();
  // A second of spinning costs the better part of a second of CPU even on a busy
  // machine; waiting costs a few milliseconds.
  EXPECT_LT(cpu_ms, 100.0) << "the listener spun on a failing accept";
  EXPECT_EQ(testing::Http(port, "GET", "/healthz").status, 200)
      << "the server did not accept again once descriptors were free";
  server->reset();
  unsetenv("APPLIER_JWT_SECRET");
}

}  // namespace
}  // namespace applier
