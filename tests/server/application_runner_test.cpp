#include "server/application_runner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <thread>

#include "events/event_bus.h"
#include "server/server.h"
#include "store/database.h"
#include "store/served_application_table.h"
#include "store/user_table.h"
#include "support/process.h"

namespace applier::server {
namespace {

store::ServedApplication Queued(std::string session_id) {
  store::ServedApplication app;
  app.session_id = std::move(session_id);
  app.user_id = "alice";
  app.url = "https://jobs.example.com/1";
  app.state = "queued";
  return app;
}

bool Eventually(const std::function<bool()>& done, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return true;
}

// One worker, two queued applications whose runs end at once (the user has no
// profile). The store refuses the first one's outcome, as a full disk would. The
// worker goes on to the second all the same; the first is announced as not
// recorded yet, and recorded once the store takes writes again.
TEST(ApplicationRunnerTest, AnOutcomeTheStoreRefusesDoesNotHoldTheWorker) {
  testing::TempDir dir;
  auto db = store::Database::Open(dir.path() / "applier.db");
  ASSERT_TRUE(db);
  ASSERT_TRUE(store::UserTable(*db).UpsertLocal("alice", "no password"));
  store::ServedApplicationTable table(*db);
  ASSERT_TRUE(table.Create(Queued("app_a")));
  ASSERT_TRUE(table.Create(Queued("app_b")));
  ASSERT_TRUE(
      db->Exec("CREATE TRIGGER full BEFORE UPDATE OF outcome ON served_applications "
               "WHEN NEW.session_id = 'app_a' AND NEW.outcome IS NOT NULL "
               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
  auto outcome = [&](const char* session_id) {
    auto app = table.Get("alice", session_id);
    return app ? app->outcome : "";
  };

  ServerOptions options;
  options.port = 0;
  options.data_dir = dir.path();
  options.workers = 1;
  options.io_threads = 1;
  options.blocking_threads = 1;
  auto server = Server::Start(options);
  ASSERT_TRUE(server) << server.error().ToString();

  EXPECT_TRUE(Eventually([&] { return outcome("app_b") == "failed"; }, std::chrono::seconds(10)))
      << "the worker is held by the outcome it cannot store";
  EXPECT_EQ(outcome("app_a"), "");
  auto events = (*server)->event_bus().Replay("alice", "app_a", 0);
  ASSERT_TRUE(events && !events->empty());
  EXPECT_NE(events->back().wire->find("could not record this outcome yet"), std::string::npos)
      << *events->back().wire;

  ASSERT_TRUE(db->Exec("DROP TRIGGER full"));
  EXPECT_TRUE(Eventually([&] { return outcome("app_a") == "failed"; }, std::chrono::seconds(10)));
  (*server)->Stop();
}

}  // namespace
}  // namespace applier::server
