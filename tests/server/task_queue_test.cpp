#include "queue/task_queue.h"

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <set>
#include <thread>

#include "gtest/gtest.h"

namespace applier::queue {
namespace {

TEST(TaskQueue, EveryTaskIsClaimedByExactlyOneOfManyThreads) {
  TaskQueue queue({.per_user_limit = 1000});
  for (int i = 0; i < 500; ++i) {
    ASSERT_TRUE(queue.Push({"t" + std::to_string(i), "user" + std::to_string(i % 7), "s"}));
  }
  std::mutex mutex;
  std::multiset<std::string> claimed;
  std::vector<std::thread> workers;
  for (int w = 0; w < 8; ++w) {
    workers.emplace_back([&] {
      while (auto task = queue.TryClaim()) {
        std::lock_guard lock(mutex);
        claimed.insert(task->id);
      }
    });
  }
  for (auto& worker : workers) worker.join();
  EXPECT_EQ(claimed.size(), 500u);
  for (const auto& id : claimed) EXPECT_EQ(claimed.count(id), 1u) << id;
  EXPECT_EQ(queue.depth(), 0u);
  EXPECT_EQ(queue.running(), 500u);
}

TEST(TaskQueue, PerUserLimitLetsOtherUsersGoFirst) {
  TaskQueue queue({.per_user_limit = 1});
  ASSERT_TRUE(queue.Push({"a1", "alice", "s"}));
  ASSERT_TRUE(queue.Push({"a2", "alice", "s"}));
  ASSERT_TRUE(queue.Push({"b1", "bob", "s"}));
  EXPECT_EQ(queue.TryClaim()->id, "a1");
  EXPECT_EQ(queue.TryClaim()->id, "b1");  // a2 waits: alice is at her limit
  EXPECT_FALSE(queue.TryClaim());
  queue.Complete("a1");
  EXPECT_EQ(queue.TryClaim()->id, "a2");
}

TEST(TaskQueue, DuplicateIdsAreRefused) {
  TaskQueue queue;
  ASSERT_TRUE(queue.Push({"t", "alice", "s"}));
  EXPECT_EQ(queue.Push({"t", "alice", "s"}).error().kind, ErrorKind::kConflict);
  ASSERT_TRUE(queue.TryClaim());
  EXPECT_EQ(queue.Push({"t", "alice", "s"}).error().kind, ErrorKind::kConflict);
  queue.Complete("t");
  EXPECT_TRUE(queue.Push({"t", "alice", "s"}));
}

TEST(TaskQueue, CancelPendingRemovesItRunningIsTheCallersJob) {
  TaskQueue queue({.per_user_limit = 1});
  ASSERT_TRUE(queue.Push({"a1", "alice", "s"}));
  ASSERT_TRUE(queue.Push({"a2", "alice", "s"}));
  ASSERT_TRUE(queue.TryClaim());
  EXPECT_FALSE(queue.CancelPending("a1"));  // running
  EXPECT_TRUE(queue.CancelPending("a2"));
  EXPECT_FALSE(queue.CancelPending("a2"));
  queue.Complete("a1");
  EXPECT_FALSE(queue.TryClaim());
}

TEST(TaskQueue, ClaimWaitsForAPushAndCloseWakesEveryone) {
  boost::asio::io_context io;
  TaskQueue queue;
  std::vector<std::string> got;
  int closed = 0;
  for (int i = 0; i < 3; ++i) {
    boost::asio::co_spawn(
        io,
        [&]() -> boost::asio::awaitable<void> {
          auto task = co_await queue.Claim();
          if (task) {
            got.push_back(task->id);
          } else {
            ++closed;
          }
        },
        boost::asio::detached);
  }
  io.poll();
  ASSERT_TRUE(queue.Push({"t1", "alice", "s"}));
  io.poll();
  io.poll();
  EXPECT_EQ(got, std::vector<std::string>{"t1"});
  queue.Close();
  io.run();
  EXPECT_EQ(closed, 2);
}

}  // namespace
}  // namespace applier::queue
