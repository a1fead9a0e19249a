#include "store/served_application_table.h"

#include <gtest/gtest.h>

#include "support/process.h"

namespace applier::store {
namespace {

ServedApplication App(std::string id, std::string user) {
  ServedApplication app;
  app.session_id = std::move(id);
  app.user_id = std::move(user);
  app.url = "https://jobs.example.com/1";
  app.state = "queued";
  return app;
}

TEST(ServedApplicationTableTest, LlmSpendAddsUpOverRuns) {
  testing::TempDir dir;
  auto db = Database::Open(dir.path() / "applier.db");
  ASSERT_TRUE(db) << db.error().ToString();
  ServedApplicationTable table(*db);
  ASSERT_TRUE(table.Create(App("app_1", "alice")));
  ASSERT_TRUE(table.AddLlmSpend(
      "app_1", {.calls = 2, .prompt_tokens = 900, .completion_tokens = 60, .cost_usd = 0.0123}));
  ASSERT_TRUE(table.AddLlmSpend(
      "app_1", {.calls = 1, .prompt_tokens = 100, .completion_tokens = 5, .cost_usd = 0.001}));
  auto app = table.Get("alice", "app_1");
  ASSERT_TRUE(app) << app.error().ToString();
  EXPECT_EQ(app->llm_calls, 3);
  EXPECT_EQ(app->llm_prompt_tokens, 1000);
  EXPECT_EQ(app->llm_completion_tokens, 65);
  EXPECT_DOUBLE_EQ(app->llm_cost_usd, 0.0133);
  auto missing = table.AddLlmSpend("app_none", {.calls = 1});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
}

// A file written by a build before the LLM columns: its rows read with zero spend.
TEST(ServedApplicationTableTest, AnExistingFileIsMigratedInPlace) {
  testing::TempDir dir;
  const auto path = dir.path() / "applier.db";
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(ServedApplicationTable(*db).Create(App("app_old", "alice")));
    // Back to schema version 3, as that build left it.
    ASSERT_TRUE(
        db->Exec("ALTER TABLE served_applications DROP COLUMN llm_calls;"
                 "ALTER TABLE served_applications DROP COLUMN llm_prompt_tokens;"
                 "ALTER TABLE served_applications DROP COLUMN llm_completion_tokens;"
                 "ALTER TABLE served_applications DROP COLUMN llm_cost_microusd;"
                 "UPDATE schema_version SET version = 3;"));
  }
  auto db = Database::Open(path);
  ASSERT_TRUE(db) << db.error().ToString();
  EXPECT_EQ(*db->SchemaVersion(), Database::kSchemaVersion);
  ServedApplicationTable table(*db);
  auto app = table.Get("alice", "app_old");
  ASSERT_TRUE(app) << app.error().ToString();
  EXPECT_EQ(app->llm_calls, 0);
  EXPECT_EQ(app->llm_cost_usd, 0);
  ASSERT_TRUE(table.AddLlmSpend("app_old", {.calls = 1, .prompt_tokens = 7}));
  EXPECT_EQ(table.Get("alice", "app_old")->llm_prompt_tokens, 7);
}

}  // namespace
}  // namespace applier::store
