#include "knowledge/answer_bank.h"

#include <gtest/gtest.h>

#include <functional>

#include "knowledge/question_text.h"
#include "support/process.h"

namespace applier::knowledge {
namespace {

class AnswerBankTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = store::Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    bank_.emplace(*db_);
  }

  std::optional<SavedAnswer> Find(std::string_view user, std::string_view question,
                                  const std::vector<std::string>& options = {}) {
    auto found = bank_->Find(user, question, options);
    EXPECT_TRUE(found) << found.error().ToString();
    return found ? *found : std::nullopt;
  }

  testing::TempDir dir_;
  std::optional<store::Database> db_;
  std::optional<AnswerBank> bank_;
};

TEST_F(AnswerBankTest, ExactQuestionIgnoringCasePunctuationAndRequiredMarker) {
  ASSERT_TRUE(bank_->Save("alice", "What is your expected salary?", {}, "$150k"));
  auto found = Find("alice", "WHAT IS YOUR EXPECTED SALARY *");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->answer, "$150k");
  EXPECT_EQ(found->question, "What is your expected salary?");
  EXPECT_DOUBLE_EQ(found->similarity, 1.0);
  EXPECT_TRUE(Find("alice", "What is your expected salary? (required)"));
}

TEST_F(AnswerBankTest, NearIdenticalQuestionMatches) {
  ASSERT_TRUE(
      bank_->Save("alice", "What are your salary expectations for this role?", {}, "150000"));
  auto found = Find("alice", "What is your salary expectation for the role?");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->answer, "150000");
  EXPECT_GE(found->similarity, kSameQuestionThreshold);
}

TEST_F(AnswerBankTest, DifferentQuestionDoesNotMatch) {
  ASSERT_TRUE(bank_->Save("alice", "Why do you want to work at Acme?", {}, "Robots."));
  EXPECT_FALSE(Find("alice", "Why do you want to work at Globex?"));
  EXPECT_FALSE(Find("alice", "Why do you want to leave your current job?"));
}

TEST_F(AnswerBankTest, AnswerMustFitTheNewOptions) {
  ASSERT_TRUE(bank_->Save("alice", "Are you willing to travel?", {"Yes", "No"}, "Yes"));
  auto fits = Find("alice", "Are you willing to travel?", {"Yes, up to 50%", "No"});
  ASSERT_TRUE(fits);
  EXPECT_EQ(fits->answer, "Yes");
  EXPECT_FALSE(Find("alice", "Are you willing to travel?", {"Occasionally", "Never"}));
}

TEST_F(AnswerBankTest, SavingAgainReplacesTheAnswer) {
  ASSERT_TRUE(bank_->Save("alice", "Notice period?", {}, "1 month"));
  ASSERT_TRUE(bank_->Save("alice", "notice period", {}, "2 weeks"));
  auto found = Find("alice", "Notice period");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->answer, "2 weeks");
}

TEST_F(AnswerBankTest, UsersNeverSeeEachOthersAnswers) {
  ASSERT_TRUE(bank_->Save("alice", "What is your favourite colour?", {}, "Blue"));
  EXPECT_FALSE(Find("bob", "What is your favourite colour?"));
  ASSERT_TRUE(bank_->Save("bob", "What is your favourite colour?", {}, "Green"));
  EXPECT_EQ(Find("alice", "What is your favourite colour?")->answer, "Blue");
  EXPECT_EQ(Find("bob", "What is your favourite colour?")->answer, "Green");
}

TEST_F(AnswerBankTest, AnswersPersistAcrossConnections) {
  ASSERT_TRUE(bank_->Save("alice", "Favourite editor?", {}, "vim"));
  auto other = store::Database::Open(dir_.path() / "applier.db");
  ASSERT_TRUE(other);
  AnswerBank other_bank(*other);
  auto found = other_bank.Find("alice", "favourite editor", {});
  ASSERT_TRUE(found);
  ASSERT_TRUE(*found);
  EXPECT_EQ((*found)->answer, "vim");
}

TEST_F(AnswerBankTest, RejectsEmptyInput) {
  EXPECT_FALSE(bank_->Save("", "Question?", {}, "a"));
  EXPECT_FALSE(bank_->Save("alice", "?!", {}, "a"));
  EXPECT_FALSE(bank_->Save("alice", "Question?", {}, ""));
}

// A preloaded user's lookups never touch the database again: what another
// connection changes afterwards is not seen, the same matching rules hold, and a
// save is seen at once and written only when its write runs.
TEST_F(AnswerBankTest, APreloadedUserIsAnsweredFromMemoryAndSavesAreWrittenBehind) {
  ASSERT_TRUE(
      bank_->Save("alice", "What are your salary expectations for this role?", {}, "150000"));
  ASSERT_TRUE(bank_->Save("alice", "Do you need a visa?", {"Yes", "No"}, "No"));
  ASSERT_TRUE(bank_->Save("bob", "Do you need a visa?", {"Yes", "No"}, "Yes"));
  std::vector<std::function<Status()>> writes;
  ASSERT_TRUE(bank_->Preload(
      "alice", [&](std::function<Status()> write) { writes.push_back(std::move(write)); }));

  AnswerBank other(*db_);
  ASSERT_TRUE(other.Save("alice", "Do you need a visa?", {"Yes", "No"}, "Yes"));
  auto visa = Find("alice", "Do you need a visa?", {"Yes", "No"});
  ASSERT_TRUE(visa);
  EXPECT_EQ(visa->answer, "No");
  auto salary = Find("alice", "What is your salary expectation for the role?");
  ASSERT_TRUE(salary);
  EXPECT_EQ(salary->answer, "150000");
  EXPECT_FALSE(Find("alice", "Do you need a visa?", {"Oui", "Non"}));
  auto bobs = Find("bob", "Do you need a visa?", {"Yes", "No"});
  ASSERT_TRUE(bobs);
  EXPECT_EQ(bobs->answer, "Yes");

  ASSERT_TRUE(bank_->Save("alice", "Earliest start date", {}, "2025-09-01"));
  ASSERT_TRUE(bank_->Save("alice", "Do you need a visa?", {"Yes", "No"}, "Maybe later"));
  auto start = Find("alice", "Earliest start date");
  ASSERT_TRUE(start);
  EXPECT_EQ(start->answer, "2025-09-01");
  ASSERT_EQ(writes.size(), 2u);
  auto before = other.Find("alice", "Earliest start date", {});
  ASSERT_TRUE(before);
  EXPECT_FALSE(*before);
  for (auto& write : writes) ASSERT_TRUE(write());
  auto after = other.Find("alice", "Earliest start date", {});
  ASSERT_TRUE(after && *after);
  EXPECT_EQ((*after)->answer, "2025-09-01");
  auto replaced = other.Find("alice", "Do you need a visa?", {});
  ASSERT_TRUE(replaced && *replaced);
  EXPECT_EQ((*replaced)->answer, "Maybe later");
}

TEST_F(AnswerBankTest, PreloadingNeedsAUser) {
  auto preloaded = bank_->Preload("");
  ASSERT_FALSE(preloaded);
  EXPECT_EQ(preloaded.error().kind, ErrorKind::kInvalidInput);
}

TEST(ProfileAnswersTest, MatchedLikeSavedAnswers) {
  Profile profile;
  profile.answers = {{"Why do you want to work at Acme Robotics?", "Because robots."},
                     {"Are you at least 18 years of age?", "Yes"}};
  auto why = FindProfileAnswer(profile, "Why do you want to work at Acme Robotics? *", {});
  ASSERT_TRUE(why);
  EXPECT_EQ(why->answer, "Because robots.");
  EXPECT_FALSE(FindProfileAnswer(profile, "Why do you want to work at Initech?", {}));
  EXPECT_TRUE(FindProfileAnswer(profile, "Are you at least 18 years of age", {"Yes", "No"}));
  EXPECT_FALSE(FindProfileAnswer(profile, "Are you at least 18 years of age", {"18-25", "26+"}));
}

}  // namespace
}  // namespace applier::knowledge
