#include "store/application_log.h"

#include <gtest/gtest.h>

#include "support/process.h"

namespace applier::store {
namespace {

class ApplicationLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    log_.emplace(*db_);
  }

  testing::TempDir dir_;
  std::optional<Database> db_;
  std::optional<ApplicationLog> log_;
};

TEST_F(ApplicationLogTest, SecondSubmitIntentIsAConflict) {
  ASSERT_TRUE(log_->Create("app-1", "alice", "https://jobs.example.com/1"));
  auto first = log_->RecordSubmitIntent("app-1");
  ASSERT_TRUE(first) << first.error().ToString();
  auto second = log_->RecordSubmitIntent("app-1");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::kConflict);
  EXPECT_NE(second.error().message.find("must not be submitted again"), std::string::npos);
}

TEST_F(ApplicationLogTest, SubmitIntentSurvivesReopeningTheDatabase) {
  ASSERT_TRUE(log_->Create("app-1", "alice", "https://jobs.example.com/1"));
  ASSERT_TRUE(log_->RecordSubmitIntent("app-1"));
  auto other = Database::Open(dir_.path() / "applier.db");  // e.g. a restarted worker
  ASSERT_TRUE(other);
  ApplicationLog other_log(*other);
  auto again = other_log.RecordSubmitIntent("app-1");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
}

TEST_F(ApplicationLogTest, SubmitIntentForUnknownApplicationIsNotFound) {
  auto intent = log_->RecordSubmitIntent("nope");
  ASSERT_FALSE(intent);
  EXPECT_EQ(intent.error().kind, ErrorKind::kNotFound);
}

TEST_F(ApplicationLogTest, CreateIsIdempotentButNotReusable) {
  ASSERT_TRUE(log_->Create("app-1", "alice", "https://jobs.example.com/1"));
  EXPECT_TRUE(log_->Create("app-1", "alice", "https://jobs.example.com/1"));
  auto clash = log_->Create("app-1", "bob", "https://jobs.example.com/2");
  ASSERT_FALSE(clash);
  EXPECT_EQ(clash.error().kind, ErrorKind::kConflict);
}

TEST_F(ApplicationLogTest, OutcomeIsRecorded) {
  ASSERT_TRUE(log_->Create("app-1", "alice", "https://jobs.example.com/1"));
  ASSERT_TRUE(log_->SetStatus("app-1", "draft"));
  ASSERT_TRUE(log_->RecordSubmitIntent("app-1"));
  ASSERT_TRUE(log_->RecordOutcome("app-1", Outcome::kSubmitted, R"({"fields":3})"));
  auto record = log_->Get("alice", "app-1");
  ASSERT_TRUE(record) << record.error().ToString();
  EXPECT_EQ(record->outcome, "submitted");
  EXPECT_EQ(record->report_json, R"({"fields":3})");
  EXPECT_FALSE(record->submit_intent_at.empty());
  EXPECT_FALSE(record->submitted_at.empty());
  EXPECT_EQ(record->status, "done");

  ASSERT_TRUE(log_->Create("app-2", "alice", "https://jobs.example.com/2"));
  ASSERT_TRUE(log_->RecordOutcome("app-2", Outcome::kUnknown, "{}"));
  auto unknown = log_->Get("alice", "app-2");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->outcome, "unknown");
  EXPECT_TRUE(unknown->submitted_at.empty());
}

TEST_F(ApplicationLogTest, UsersSeeOnlyTheirOwnApplications) {
  ASSERT_TRUE(log_->Create("app-a", "alice", "https://jobs.example.com/1"));
  ASSERT_TRUE(log_->Create("app-b", "bob", "https://jobs.example.com/1"));
  auto theft = log_->Get("bob", "app-a");
  ASSERT_FALSE(theft);
  EXPECT_EQ(theft.error().kind, ErrorKind::kNotFound);
  auto mine = log_->ListForUser("bob");
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().id, "app-b");
}

}  // namespace
}  // namespace applier::store
