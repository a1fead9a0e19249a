// The pure parts of reasoning: which fields go to the LLM, how answers are cut to a
// site's limit, how a page is shown to the model, which buttons it may never press.
#include "session/field_reasoner.h"

#include <boost/asio/io_context.hpp>
#include <functional>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "knowledge/answer_bank.h"
#include "knowledge/document_library.h"
#include "server/blocking_pool.h"
#include "session/page_agent_loop.h"
#include "store/database.h"
#include "support/async.h"
#include "support/process.h"

namespace applier::session {
namespace {

using perception::Button;
using perception::ButtonRole;
using perception::ControlKind;
using perception::Field;
using perception::PageKind;
using perception::PageSnapshot;
using planning::FieldKey;
using planning::FieldPlan;

FieldPlan Unplaced() {
  FieldPlan plan;
  plan.key = FieldKey::kUnknown;
  plan.decision = FieldPlan::Decision::kAskHuman;
  return plan;
}

TEST(FieldReasonerTest, FreeTextIsATextareaOrAQuestionInAOneLineBox) {
  Field textarea;
  textarea.kind = ControlKind::kTextarea;
  textarea.label = "Cover letter";
  EXPECT_TRUE(IsFreeTextQuestion(textarea, Unplaced()));

  Field question;
  question.kind = ControlKind::kText;
  question.label = "Why do you want to join us?";
  EXPECT_TRUE(IsFreeTextQuestion(question, Unplaced()));

  Field city;
  city.kind = ControlKind::kText;
  city.label = "City";
  EXPECT_FALSE(IsFreeTextQuestion(city, Unplaced()));

  FieldPlan placed = Unplaced();
  placed.key = FieldKey::kSalary;
  placed.classification_confidence = 0.9;
  Field salary = question;
  salary.label = "What salary do you expect for this role?";
  EXPECT_FALSE(IsFreeTextQuestion(salary, placed));  // a known fact, asked as a question
}

TEST(FieldReasonerTest, OnlyUnplacedSingleChoicesGoToTheModel) {
  Field select;
  select.kind = ControlKind::kSelect;
  select.label = "Favourite robot";
  select.options = {{"Choose one", "", false, false}, {"Rovers", "rovers", false, false}};
  EXPECT_TRUE(IsUnplacedChoice(select, Unplaced()));

  FieldPlan placed = Unplaced();
  placed.key = FieldKey::kGender;
  placed.classification_confidence = 0.95;
  EXPECT_FALSE(IsUnplacedChoice(select, placed));  // the profile's business, not a guess

  Field group = select;
  group.kind = ControlKind::kCheckboxGroup;
  EXPECT_FALSE(IsUnplacedChoice(group, Unplaced()));

  Field empty = select;
  empty.options = {{"Choose one", "", false, false}};
  EXPECT_FALSE(IsUnplacedChoice(empty, Unplaced()));
}

// The suggestion offered with a free-text question comes from the person's saved
// answers and documents, which live in SQLite: in `applier serve` those reads go
// to the store offload, never block the run's executor (the browser's and other
// runs' thread).
TEST(FieldReasonerTest, ASuggestionIsLookedUpThroughTheStoreOffload) {
  applier::testing::TempDir dir;
  auto db = store::Database::Open(dir.path() / "applier.db");
  ASSERT_TRUE(db) << db.error().ToString();
  knowledge::DocumentLibrary documents(*db);
  ASSERT_TRUE(documents.Add("u1", "notes.md",
                            "# Why robots\n\nI have built warehouse robot fleets since I wired "
                            "a sorting conveyor in college.\n"));
  knowledge::AnswerBank answers(*db);
  server::BlockingPool pool(1);
  std::vector<std::thread::id> store_threads;
  StoreOffload offload = [&](std::function<void()> call) -> boost::asio::awaitable<void> {
    co_await pool.Run([&] {
      store_threads.push_back(std::this_thread::get_id());
      call();
      return true;
    });
  };
  const knowledge::Profile profile;
  FieldReasoner reasoner(
      {.llm = nullptr, .documents = &documents, .answers = &answers, .store = offload}, profile,
      "u1");
  Field question;
  question.kind = ControlKind::kTextarea;
  question.label = "Why do you want to build robots with us?";
  boost::asio::io_context io;
  const auto suggestion =
      applier::testing::RunAsync(io, [&] { return reasoner.Suggest(question); });
  ASSERT_TRUE(suggestion);
  EXPECT_NE(suggestion->text.find("sorting conveyor"), std::string::npos) << suggestion->text;
  ASSERT_EQ(store_threads.size(), 2u);  // the saved answers, then the documents
  for (const auto& thread : store_threads) EXPECT_NE(thread, std::this_thread::get_id());
}

TEST(FieldReasonerTest, AnswersAreCutAtASentenceWithinTheLimit) {
  EXPECT_EQ(FitToLength("Short.", 100), "Short.");
  EXPECT_EQ(FitToLength("I build fleets. I like robots a lot.", 25), "I build fleets.");
  EXPECT_EQ(FitToLength("one two three four five six", 12), "one two");
  const std::string accents = "Café crème brûlée for everyone";
  const std::string cut = FitToLength(accents, 14);
  EXPECT_LE(cut.size(), 14u);
  EXPECT_EQ(cut, "Café crème");
}

PageSnapshot QuestForm() {
  PageSnapshot page;
  page.kind = PageKind::kFormStep;
  Field name;
  name.kind = ControlKind::kText;
  name.label = "Full name";
  name.required = true;
  name.value = "Jordan";
  Field robots;
  robots.kind = ControlKind::kSelect;
  robots.label = "Robots";
  robots.options = {{"Choose", "", false, false}, {"Rovers", "rovers", false, false}};
  page.fields = {name, robots};
  Button beam;
  beam.text = "Beam it over";
  beam.type = "submit";
  beam.in_form = true;
  beam.tag = "button";
  page.buttons = {beam};
  return page;
}

TEST(PageAgentLoopTest, ElementsAreIndexedFieldsFirstAndSubmitsAreMarked) {
  const std::string listed = DescribeElements(QuestForm());
  EXPECT_EQ(listed,
            "[0] text \"Full name\" required value=\"Jordan\"\n"
            "[1] select \"Robots\" options: \"Rovers\"\n"
            "[2] button \"Beam it over\" (sends the application: use request_draft_review)\n");
}

TEST(PageAgentLoopTest, SubmitLikeButtonsAndPagesTheEngineKnows) {
  PageSnapshot page = QuestForm();
  EXPECT_TRUE(IsSubmitLike(page.buttons[0]));  // a form's submit button, whatever it says
  Button next;
  next.text = "Submit";
  next.role = ButtonRole::kSubmit;
  EXPECT_TRUE(IsSubmitLike(next));
  Button hello;
  hello.text = "Say hello";
  hello.type = "button";
  EXPECT_FALSE(IsSubmitLike(hello));

  // A plain button that sends its form from script: the form's last button, words
  // that say nothing, is taken as the form's action; one before it is not.
  Button add = hello;
  add.in_form = true;
  add.index = 0;
  Button send = add;
  send.text = "Beam it over";
  send.index = 1;
  const std::vector<Button> form = {add, send};
  EXPECT_TRUE(IsSubmitLike(send, form));
  EXPECT_FALSE(IsSubmitLike(add, form));
  EXPECT_FALSE(IsSubmitLike(hello, {hello}));  // not in a form

  EXPECT_TRUE(EngineKnows(page));  // a form step: the engine fills it
  page.kind = PageKind::kUnknown;
  EXPECT_FALSE(EngineKnows(page));
  page.kind = PageKind::kConfirmation;
  EXPECT_TRUE(EngineKnows(page));
}

}  // namespace
}  // namespace applier::session
