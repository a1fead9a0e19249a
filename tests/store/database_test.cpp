#include "store/database.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "support/process.h"

namespace applier::store {
namespace {

TEST(DatabaseTest, OpenCreatesParentDirectoriesAndMigrates) {
  testing::TempDir dir;
  auto path = dir.path() / "a" / "b" / "applier.db";
  auto db = Database::Open(path);
  ASSERT_TRUE(db) << db.error().ToString();
  EXPECT_TRUE(std::filesystem::exists(path));
  auto version = db->SchemaVersion();
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, Database::kSchemaVersion);
  auto mode = db->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode);
  ASSERT_TRUE(*mode->Step());
  EXPECT_EQ(mode->ColumnText(0), "wal");
}

TEST(DatabaseTest, ReopeningKeepsDataAndDoesNotMigrateTwice) {
  testing::TempDir dir;
  auto path = dir.path() / "applier.db";
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->Exec("INSERT INTO applications (id, user_id, url, status, created_at, "
                 "updated_at) VALUES ('a', 'u', 'x', 's', 't', 't')"));
  }
  auto db = Database::Open(path);
  ASSERT_TRUE(db) << db.error().ToString();
  auto count = db->Prepare("SELECT COUNT(*) FROM applications");
  ASSERT_TRUE(count);
  ASSERT_TRUE(*count->Step());
  EXPECT_EQ(count->ColumnInt(0), 1);
}

TEST(DatabaseTest, RefusesAFileFromANewerBuild) {
  testing::TempDir dir;
  auto path = dir.path() / "applier.db";
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->Exec("UPDATE schema_version SET version = 999"));
  }
  auto db = Database::Open(path);
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("schema version 999"), std::string::npos);
}

TEST(DatabaseTest, ErrorsAreValues) {
  testing::TempDir dir;
  auto db = Database::Open(dir.path() / "applier.db");
  ASSERT_TRUE(db);
  EXPECT_FALSE(db->Exec("NOT SQL"));
  EXPECT_FALSE(db->Prepare("SELECT * FROM no_such_table"));
  auto stmt = db->Prepare("SELECT ?1");
  ASSERT_TRUE(stmt);
  stmt->Bind(7, std::string_view("out of range"));
  EXPECT_FALSE(stmt->Step());
}

// The store caps the file at its present size, as a full disk would: a write past
// it is kDiskFull, whatever the statement, and says so first.
TEST(DatabaseTest, AFullDiskIsItsOwnKindAndSaysSo) {
  testing::TempDir dir;
  auto db = Database::Open(dir.path() / "applier.db");
  ASSERT_TRUE(db);
  auto pages = db->Prepare("PRAGMA page_count");
  ASSERT_TRUE(pages);
  ASSERT_TRUE(*pages->Step());
  ASSERT_TRUE(db->Exec("PRAGMA max_page_count = " + std::to_string(pages->ColumnInt(0))));
  auto insert = db->Prepare(
      "INSERT INTO applications (id, user_id, url, status, created_at, updated_at) "
      "VALUES ('a', 'u', ?1, 's', 't', 't')");
  ASSERT_TRUE(insert);
  auto full = insert->Bind(1, std::string(1 << 16, 'x')).Run();
  ASSERT_FALSE(full);
  EXPECT_EQ(full.error().kind, ErrorKind::kDiskFull) << full.error().ToString();
  EXPECT_TRUE(full.error().message.starts_with("the disk holding the data is full"))
      << full.error().message;
  auto exec = db->Exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES (zeroblob(100000))");
  ASSERT_FALSE(exec);
  EXPECT_EQ(exec.error().kind, ErrorKind::kDiskFull) << exec.error().ToString();
}

TEST(DatabaseTest, DefaultPathFollowsXdgDataHome) {
  const char* old_xdg = std::getenv("XDG_DATA_HOME");
  std::string saved = old_xdg != nullptr ? old_xdg : "";
  setenv("XDG_DATA_HOME", "/data/xdg", 1);
  EXPECT_EQ(DefaultDatabasePath(), std::filesystem::path("/data/xdg/live-applier/applier.db"));
  setenv("XDG_DATA_HOME", "relative/ignored", 1);
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') {
    EXPECT_EQ(DefaultDatabasePath(),
              std::filesystem::path(home) / ".local/share/live-applier/applier.db");
  }
  if (old_xdg != nullptr)
    setenv("XDG_DATA_HOME", saved.c_str(), 1);
  else
    unsetenv("XDG_DATA_HOME");
}

}  // namespace
}  // namespace applier::store
