// DraftReview over a scripted page and person: nothing is submitted without a
// confirmed draft of the form as it is, an edit is filled and shown in a new
// draft, and a required field left empty stops the run instead of the submit.
#include "session/draft_review.h"

#include <boost/asio/io_context.hpp>

#include "gtest/gtest.h"
#include "knowledge/profile.h"
#include "session/fake_run_page.h"
#include "support/async.h"

namespace applier::session {
namespace {

using applier::testing::RunAsync;
using perception::ButtonRole;
using testing::FakeRunPage;
using testing::FormPage;
using testing::MakeButton;
using testing::ScriptedPerson;
using testing::TextField;

class DraftReviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    page_.now = FormPage({TextField("city", "City"), TextField("email", "Email", true)},
                         {MakeButton("Submit application", ButtonRole::kSubmit)});
    page_.FieldNamed("email")->value = "sam@example.com";
    report_.RecordFor(page_.now.fields[0], 1);
    FieldRecord& email = report_.RecordFor(page_.now.fields[1], 1);
    email.status = "filled";
  }

  bool Review(DraftReviewOptions options = {}) {
    DraftReview review({.page = page_, .report = report_, .control = control_, .planner = planner_},
                       std::move(options));
    return RunAsync(io_, [&] { return review.Confirmed(); });
  }

  boost::asio::io_context io_;
  knowledge::Profile profile_;
  planning::AnswerPlanner planner_{profile_, nullptr, "u1"};
  FakeRunPage page_;
  ScriptedPerson person_;
  RunReport report_{"http://127.0.0.1/apply", "app_1", nullptr};
  RunControl control_{page_, report_, person_, {}};
};

TEST_F(DraftReviewTest, ADeclinedDraftEndsTheRunWithNothingSent) {
  person_.draft_replies = {{DraftDecision::kDecline, ""}};
  EXPECT_FALSE(Review());
  EXPECT_EQ(report_.report().outcome, Outcome::kDraftDeclined);
  EXPECT_EQ(page_.submits, 0);
}

TEST_F(DraftReviewTest, TheDraftSaysWhichFactsDecidedAChoice) {
  FieldRecord& email = report_.RecordFor(page_.now.fields[1], 1);
  email.decided_by = {"email"};
  person_.draft_replies = {{DraftDecision::kDecline, ""}};
  Review();
  ASSERT_EQ(person_.drafts.size(), 1u);
  ASSERT_EQ(person_.drafts[0].fields.size(), 2u);
  EXPECT_TRUE(person_.drafts[0].fields[0].decided_by.empty());
  EXPECT_EQ(person_.drafts[0].fields[1].decided_by, std::vector<std::string>{"email"});
}

TEST_F(DraftReviewTest, NobodyToConfirmStopsAtTheDraft) {
  person_.draft_replies = {{DraftDecision::kUnavailable, ""}};
  EXPECT_FALSE(Review());
  EXPECT_EQ(report_.report().outcome, Outcome::kStoppedAtDraft);
}

TEST_F(DraftReviewTest, AnEditIsFilledAndShownInANewDraftBeforeTheConfirmation) {
  person_.draft_replies = {{DraftDecision::kEdit, "change City to Boston"},
                           {DraftDecision::kConfirm, ""}};
  EXPECT_TRUE(Review());
  EXPECT_EQ(page_.FieldNamed("city")->value, "Boston");
  ASSERT_EQ(person_.drafts.size(), 2u);
  EXPECT_EQ(person_.drafts[1].revision, 2);
  bool shown = false;
  for (const auto& field : person_.drafts[1].fields) {
    if (field.label == "City") shown = field.value == "Boston" && field.status == "filled";
  }
  EXPECT_TRUE(shown) << "the second draft shows the edit";
}

TEST_F(DraftReviewTest, ARequiredFieldStillEmptyIsNotSubmitted) {
  report_.RecordFor(TextField("phone", "Phone", true), 1);
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  EXPECT_FALSE(Review());
  EXPECT_EQ(report_.report().outcome, Outcome::kNeedsHuman);
  EXPECT_NE(report_.report().message.find("Phone"), std::string::npos);
}

TEST_F(DraftReviewTest, NoSubmitStopsAtTheFirstDraft) {
  EXPECT_FALSE(Review({.no_submit = true, .screenshot_path = ""}));
  EXPECT_EQ(report_.report().outcome, Outcome::kStoppedAtDraft);
  EXPECT_TRUE(person_.drafts.empty());
}

}  // namespace
}  // namespace applier::session
