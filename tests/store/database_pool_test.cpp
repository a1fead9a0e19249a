#include "store/database_pool.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>

#include "support/process.h"

namespace applier::store {
namespace {

std::int64_t CountApplications(Database& db) {
  auto count = db.Prepare("SELECT COUNT(*) FROM applications");
  if (!count || !*count->Step()) return -1;
  return count->ColumnInt(0);
}

const char* kInsert =
    "INSERT INTO applications (id, user_id, url, status, created_at, updated_at) "
    "VALUES ('a', 'u', 'x', 's', 't', 't')";

TEST(DatabasePoolTest, ReadersRefuseWritesAndTheWriterIsDurable) {
  testing::TempDir dir;
  auto pool = DatabasePool::Open(dir.path() / "applier.db");
  ASSERT_TRUE(pool) << pool.error().ToString();
  EXPECT_FALSE((*pool)->Read([](Database& db) { return db.Exec(kInsert); }));
  EXPECT_TRUE((*pool)->Write([](Database& db) { return db.Exec(kInsert); }));
  EXPECT_EQ((*pool)->Read(CountApplications), 1);
  auto level = (*pool)->Write([](Database& db) -> std::int64_t {
    auto row = db.Prepare("PRAGMA synchronous");
    return row && *row->Step() ? row->ColumnInt(0) : -1;
  });
  EXPECT_EQ(level, 2) << "the writer should commit with synchronous=FULL";
}

// A read must not wait for a write in progress: with one connection behind one
// lock it would, for as long as the writer holds it.
TEST(DatabasePoolTest, AReadDoesNotWaitForAWriteInProgress) {
  testing::TempDir dir;
  auto opened = DatabasePool::Open(dir.path() / "applier.db");
  ASSERT_TRUE(opened) << opened.error().ToString();
  DatabasePool& pool = **opened;
  std::promise<void> inside;
  std::promise<void> finish;
  auto writer = std::async(std::launch::async, [&] {
    return pool.Write([&](Database& db) -> Status {
      if (auto st = db.Exec("BEGIN IMMEDIATE"); !st) return st;
      if (auto st = db.Exec(kInsert); !st) return st;
      inside.set_value();
      finish.get_future().wait();
      return db.Exec("COMMIT");
    });
  });
  inside.get_future().wait();
  auto reader = std::async(std::launch::async, [&] { return pool.Read(CountApplications); });
  const bool read_finished = reader.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  finish.set_value();
  ASSERT_TRUE(read_finished) << "the read waited for the writer";
  EXPECT_EQ(reader.get(), 0) << "a reader sees only committed rows";
  EXPECT_TRUE(writer.get());
  EXPECT_EQ(pool.Read(CountApplications), 1);
}

}  // namespace
}  // namespace applier::store
