// A lane of the blocking pool keeps what a run publishes in order: the items
// handed to it run one at a time, in the order they were handed over, on a pool
// of several threads; and awaiting work on the lane comes after all of them (a
// run's final event after its other events).
#include "server/blocking_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <thread>
#include <vector>

#include "support/async.h"

namespace applier::server {
namespace {

TEST(BlockingPoolTest, ALaneRunsItsWorkInOrderOneAtATime) {
  // Declared first, destroyed last: the pool's threads are joined before the
  // io_context they resume work on goes (BlockingPool's contract).
  boost::asio::io_context io;
  BlockingPool pool(4);
  auto lane = pool.NewLane();
  std::vector<int> order;  // touched only by the lane's work, one item at a time
  std::atomic<int> running{0};
  std::atomic<bool> overlapped{false};
  constexpr int kItems = 2000;
  for (int i = 0; i < kItems; ++i) {
    pool.Post(lane, [&, i] {
      if (running.fetch_add(1) != 0) overlapped.store(true);
      order.push_back(i);
      running.fetch_sub(1);
    });
  }
  const std::size_t seen = testing::RunAsync(io, [&]() -> boost::asio::awaitable<std::size_t> {
    co_return co_await pool.Run(lane, [&] { return order.size(); });
  });
  EXPECT_EQ(seen, static_cast<std::size_t>(kItems));
  EXPECT_FALSE(overlapped.load());
  ASSERT_EQ(order.size(), static_cast<std::size_t>(kItems));
  for (int i = 0; i < kItems; ++i) ASSERT_EQ(order[static_cast<std::size_t>(i)], i);
}

// Two lanes do not wait for each other: work on one runs while the other's is
// held up (a slow store call of one run does not hold another run's events).
TEST(BlockingPoolTest, LanesRunBesideEachOther) {
  BlockingPool pool(2);
  auto held = pool.NewLane();
  auto free = pool.NewLane();
  std::atomic<bool> release{false};
  pool.Post(held, [&] {
    while (!release.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  boost::asio::io_context io;
  const bool ran = testing::RunAsync(io, [&]() -> boost::asio::awaitable<bool> {
    co_return co_await pool.Run(free, [] { return true; });
  });
  EXPECT_TRUE(ran);
  release.store(true);
  pool.Join();
}

}  // namespace
}  // namespace applier::server
