// Submitter over a scripted page and a real SQLite application log: the intent
// is written before the click, so an application is never clicked twice, and
// the outcome is what the site showed.
#include "session/submitter.h"

#include <boost/asio/io_context.hpp>
#include <functional>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "server/blocking_pool.h"
#include "session/fake_run_page.h"
#include "session/validation_loop.h"
#include "store/database.h"
#include "support/async.h"
#include "support/process.h"

namespace applier::session {
namespace {

using applier::testing::RunAsync;
using perception::ButtonRole;
using testing::ConfirmationPage;
using testing::FakeRunPage;
using testing::FormPage;
using testing::MakeButton;
using testing::TextField;

// A store call on the pool, as `applier serve` makes it.
boost::asio::awaitable<void> OnPool(server::BlockingPool& pool, std::function<void()> call) {
  co_await pool.Run([&] {
    call();
    return true;
  });
}

class SubmitterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = store::Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    log_.emplace(*db_);
    ASSERT_TRUE(log_->Create("app_1", "u1", "http://127.0.0.1/apply"));
    page_.now = FormPage({TextField("email", "Email", true)}, {submit_});
    page_.FieldNamed("email")->value = "sam@example.com";
  }

  void Submit() {
    Submitter submitter({.page = page_, .report = report_, .log = &*log_});
    RunAsync(io_, [&] { return submitter.Submit(submit_); });
  }

  boost::asio::io_context io_;
  applier::testing::TempDir dir_;
  std::optional<store::Database> db_;
  std::optional<store::ApplicationLog> log_;
  perception::Button submit_ = MakeButton("Submit application", ButtonRole::kSubmit);
  FakeRunPage page_;
  RunReport report_{"http://127.0.0.1/apply", "app_1", nullptr};
};

TEST_F(SubmitterTest, AConfirmationPageMeansSubmitted) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now = ConfirmationPage();
  };
  Submit();
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted);
  EXPECT_EQ(report_.report().confirmation_text, "Thank you for applying");
  auto record = log_->Get("u1", "app_1");
  ASSERT_TRUE(record);
  EXPECT_FALSE(record->submit_intent_at.empty());
}

// `applier serve` writes the log on its blocking pool, off the run's executor
// (store_calls.h): the click still waits for the intent's commit. Another
// connection to the file sees the intent at the moment the site gets the click.
TEST_F(SubmitterTest, AnOffloadedIntentIsCommittedBeforeTheClick) {
  auto reader = store::Database::Open(dir_.path() / "applier.db");
  ASSERT_TRUE(reader) << reader.error().ToString();
  std::string intent_at_click = "<no click>";
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    auto record = store::ApplicationLog(*reader).Get("u1", "app_1");
    intent_at_click = record ? record->submit_intent_at : record.error().ToString();
    page.now = ConfirmationPage();
  };
  server::BlockingPool pool(1);
  std::vector<std::thread::id> store_threads;
  StoreOffload offload = [&](std::function<void()> call) {
    return OnPool(pool, [&store_threads, call = std::move(call)] {
      store_threads.push_back(std::this_thread::get_id());
      call();
    });
  };
  Submitter submitter({.page = page_, .report = report_, .log = &*log_, .store = offload});
  RunAsync(io_, [&] { return submitter.Submit(submit_); });
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_FALSE(intent_at_click.empty());
  EXPECT_NE(intent_at_click, "<no click>");
  ASSERT_EQ(store_threads.size(), 1u);
  EXPECT_NE(store_threads.front(), std::this_thread::get_id());
}

TEST_F(SubmitterTest, AnOffloadedIntentThatConflictsIsNeverClicked) {
  ASSERT_TRUE(log_->RecordSubmitIntent("app_1"));
  server::BlockingPool pool(1);
  Submitter submitter(
      {.page = page_, .report = report_, .log = &*log_, .store = [&](std::function<void()> call) {
         return OnPool(pool, std::move(call));
       }});
  RunAsync(io_, [&] { return submitter.Submit(submit_); });
  EXPECT_EQ(page_.submits, 0);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

TEST_F(SubmitterTest, AnApplicationWithAnIntentAlreadyIsNeverClickedAgain) {
  ASSERT_TRUE(log_->RecordSubmitIntent("app_1"));
  Submit();
  EXPECT_EQ(page_.submits, 0);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

TEST_F(SubmitterTest, NoVisibleResultIsUnknown) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now.url = "http://127.0.0.1/somewhere";
    page.now.kind = perception::PageKind::kUnknown;
    page.now.fields.clear();
  };
  Submit();
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

// Server-rendered portals (OpenCATS, older ATSs) check the form in the submit's
// onclick and answer with an alert() listing what is missing; the page stays as
// it was and nothing is sent. That is a refusal in the site's words, not a
// submit whose result cannot be seen.
TEST_F(SubmitterTest, AnAlertRaisedByTheSubmitIsTheSitesRefusal) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.dialogs.push_back({.type = "alert",
                            .message = "The following required fields are missing: Key Skills",
                            .url = page.now.url});
  };
  Submitter submitter({.page = page_, .report = report_, .log = &*log_});
  auto rejected = RunAsync(io_, [&] { return submitter.Submit(submit_); });
  EXPECT_EQ(page_.submits, 1);
  EXPECT_FALSE(report_.ended()) << report_.report().message;
  ASSERT_TRUE(rejected.has_value());
  const auto errors = ValidationErrors(rejected->page);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "The following required fields are missing: Key Skills");
}

// One-page checkouts and wizards open their next section in place from a
// button whose words the engine does not know ("Ir a la entrega"), which it took
// for the send by its place: the new fields say it was a step. A button worded
// as the send is never read as a step.
TEST_F(SubmitterTest, AButtonKnownByItsPlaceThatOpensNewFieldsWasAStep) {
  auto open_delivery = [](FakeRunPage& page, const perception::Button&) {
    page.now.fields.push_back(TextField("street", "Calle", true));
  };
  submit_ = MakeButton("Ir a la entrega", ButtonRole::kSubmit);
  submit_.by_position = true;
  page_.now.buttons = {submit_};
  page_.on_submit = open_delivery;
  Submitter submitter({.page = page_, .report = report_, .log = &*log_});
  auto goes_on = RunAsync(io_, [&] { return submitter.Submit(submit_); });
  ASSERT_TRUE(goes_on.has_value()) << report_.report().message;
  EXPECT_EQ(goes_on->why, SubmitGoesOn::Why::kStep);
  EXPECT_FALSE(report_.ended());
  EXPECT_EQ(page_.submits, 1);
  // The one intent covers the run's later clicks: the real send is not refused.
  page_.now.buttons[0].by_position = false;
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now = ConfirmationPage();
  };
  EXPECT_FALSE(RunAsync(io_, [&] { return submitter.Submit(submit_); }).has_value());
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted);
  EXPECT_EQ(page_.submits, 2);
}

TEST_F(SubmitterTest, AButtonWordedAsTheSendIsNeverAStep) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now.fields.push_back(TextField("alerts", "E-mail for job alerts", false));
  };
  Submit();
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

// Applications in stages (Fountain's "Apply" creates the applicant, then its
// questions follow on a new page): a send that opens several new required
// fields was a stage of the form, which goes on.
TEST_F(SubmitterTest, ASendThatOpensTheApplicationsNextStageWasAStep) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now =
        FormPage({TextField("city", "City", true), TextField("shift", "Preferred shift", true),
                  TextField("start", "When can you start?", true)},
                 {MakeButton("Submit", ButtonRole::kSubmit)});
  };
  Submitter submitter({.page = page_, .report = report_, .log = &*log_});
  auto goes_on = RunAsync(io_, [&] { return submitter.Submit(submit_); });
  ASSERT_TRUE(goes_on.has_value()) << report_.report().message;
  EXPECT_EQ(goes_on->why, SubmitGoesOn::Why::kStep);
  EXPECT_FALSE(report_.ended());
  EXPECT_EQ(page_.submits, 1);
}

// A review page's button that says it goes on to the send ("Proceed to Certify
// and Submit", as public-sector applications word the way from Review to the
// certification): the page it opens asks a certification box and a typed
// signature, fewer fields than a stage, yet a step that goes on.
TEST_F(SubmitterTest, AButtonThatProceedsToTheSubmitOpensItsStep) {
  submit_ = MakeButton("Proceed to Certify and Submit", ButtonRole::kSubmit);
  page_.now.buttons = {submit_};
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now = FormPage({TextField("certify", "I accept the certification statement", true),
                         TextField("signature", "Type your full name", true)},
                        {MakeButton("Accept & Submit", ButtonRole::kSubmit)});
  };
  Submitter submitter({.page = page_, .report = report_, .log = &*log_});
  auto goes_on = RunAsync(io_, [&] { return submitter.Submit(submit_); });
  ASSERT_TRUE(goes_on.has_value()) << report_.report().message;
  EXPECT_EQ(goes_on->why, SubmitGoesOn::Why::kStep);
  EXPECT_FALSE(report_.ended());
}

TEST_F(SubmitterTest, AnAlertBeforeTheClickIsNoAnswerToIt) {
  page_.dialogs.push_back(
      {.type = "alert", .message = "Please choose a resume file first.", .url = page_.now.url});
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now.url = "http://127.0.0.1/somewhere";
    page.now.kind = perception::PageKind::kUnknown;
    page.now.fields.clear();
  };
  Submit();
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

TEST_F(SubmitterTest, ASubmitStillDisabledIsNotPressedAndAPersonLooks) {
  page_.now.buttons[0].disabled = true;
  Submit();
  EXPECT_EQ(page_.submits, 0);
  EXPECT_EQ(report_.report().outcome, Outcome::kNeedsHuman);
  EXPECT_NE(report_.report().message.find("disabled"), std::string::npos)
      << report_.report().message;
  auto record = log_->Get("u1", "app_1");
  ASSERT_TRUE(record);
  EXPECT_TRUE(record->submit_intent_at.empty());
}

// Many sites ask "Submit your application?" in a modal of their own after the
// submit click: its submit is the send the person confirmed, pressed once. A
// dialog that asks again after that is left for the person (the outcome unknown).
TEST_F(SubmitterTest, TheSitesOwnConfirmDialogIsAnsweredOnce) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button& pressed) {
    if (pressed.in_dialog) {
      page.now = ConfirmationPage();
      return;
    }
    perception::Button cancel = MakeButton("취소", ButtonRole::kOther);
    perception::Button send = MakeButton("제출", ButtonRole::kSubmit);
    cancel.in_dialog = send.in_dialog = true;
    page.now.buttons = {cancel, send};
  };
  Submit();
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
}

// Ext JS portals ask with Ext.Msg.confirm, a box they draw over the form: a
// question and "Sim" / "Não", no word of sending on either button. The yes is the
// send the person confirmed, asked once more.
TEST_F(SubmitterTest, TheSitesYesOrNoQuestionIsAnsweredYesOnce) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button& pressed) {
    if (pressed.text == "Sim") {
      page.now = ConfirmationPage();
      return;
    }
    perception::Button yes = MakeButton("Sim", ButtonRole::kOther);
    perception::Button no = MakeButton("N\u00e3o", ButtonRole::kOther);
    yes.in_dialog = no.in_dialog = true;
    yes.in_form = no.in_form = false;
    page.now = FormPage({}, {yes, no});
    page.now.kind = perception::PageKind::kUnknown;
  };
  Submit();
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(page_.presses, (std::vector<std::string>{"Submit application", "Sim"}));
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
}

// The same portals refuse a submit with Ext.Msg.alert ("accept the privacy
// policy to submit") drawn over the form: nothing was sent. The box is closed and
// the refusal goes back to the run, not taken for a submit whose result cannot
// be seen.
TEST_F(SubmitterTest, AMessageBoxAnsweringTheSubmitIsTheSitesRefusal) {
  const perception::PageSnapshot form = page_.now;
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    perception::Button ok = MakeButton("OK", ButtonRole::kOther);
    ok.in_dialog = true;
    ok.in_form = false;
    ok.region = "Aten\u00e7\u00e3o";
    page.now = FormPage({}, {ok});
    page.now.kind = perception::PageKind::kUnknown;
  };
  page_.on_press = [&form](FakeRunPage& page, const perception::Button& pressed) {
    if (pressed.text == "OK") page.now = form;
  };
  Submitter submitter({.page = page_, .report = report_, .log = &*log_});
  auto rejected = RunAsync(io_, [&] { return submitter.Submit(submit_); });
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(page_.presses, (std::vector<std::string>{"Submit application", "OK"}));
  EXPECT_FALSE(report_.ended()) << report_.report().message;
  ASSERT_TRUE(rejected.has_value());
  EXPECT_EQ(rejected->page.fields.size(), 1u) << "the form read again once the box was closed";
  const auto errors = ValidationErrors(rejected->page);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("Aten\u00e7\u00e3o"), std::string::npos) << errors[0].message;
}

// A box after the submit whose closing leaves no form behind said something
// else ("Dados recebidos"): the page after it tells what happened, here the
// site's thanks.
TEST_F(SubmitterTest, AMessageBoxThatLeavesNoFormBehindIsNoRefusal) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    perception::Button ok = MakeButton("OK", ButtonRole::kOther);
    ok.in_dialog = true;
    ok.in_form = false;
    page.now = FormPage({}, {ok});
    page.now.kind = perception::PageKind::kUnknown;
  };
  page_.on_press = [](FakeRunPage& page, const perception::Button& pressed) {
    if (pressed.text == "OK") page.now = ConfirmationPage();
  };
  Submit();
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
}

TEST_F(SubmitterTest, AConfirmDialogThatKeepsAskingIsPressedOnlyOnce) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    perception::Button send = MakeButton("Yes, submit", ButtonRole::kSubmit);
    send.in_dialog = true;
    page.now.buttons = {send};
  };
  Submit();
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

// Japanese forms answer "入力内容を確認する" with a confirmation screen (確認画面):
// the answers read back, no fields, and the button that sends them. That button
// is the send the person confirmed, pressed once; the site's thanks follows.
perception::PageSnapshot ReviewScreen() {
  perception::PageSnapshot review;
  review.url = "http://127.0.0.1/apply";
  review.title = "Apply";
  review.headings = {"入力内容の確認"};
  review.kind = perception::PageKind::kReviewStep;
  review.buttons = {MakeButton("入力画面に戻る", ButtonRole::kBack),
                    MakeButton("応募する", ButtonRole::kSubmit)};
  for (std::size_t i = 0; i < review.buttons.size(); ++i) {
    review.buttons[i].index = static_cast<int>(i);
  }
  return review;
}

TEST_F(SubmitterTest, TheSitesConfirmationScreenIsSentOnce) {
  std::vector<std::string> pressed_texts;
  page_.on_submit = [&](FakeRunPage& page, const perception::Button& pressed) {
    pressed_texts.push_back(pressed.text);
    page.now = pressed.text == "応募する" ? ConfirmationPage() : ReviewScreen();
  };
  Submit();
  EXPECT_EQ(pressed_texts, (std::vector<std::string>{"Submit application", "応募する"}));
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
}

TEST_F(SubmitterTest, AConfirmationScreenThatComesBackIsPressedOnlyOnce) {
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) { page.now = ReviewScreen(); };
  Submit();
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

// A review page the run was already on when it pressed submit is the one the
// draft covered: its send was that press, and pressing again would send twice.
TEST_F(SubmitterTest, ASubmitPressedOnAReviewPageIsNotPressedAgain) {
  page_.now = ReviewScreen();
  page_.on_submit = [](FakeRunPage&, const perception::Button&) {};
  // Submit takes the button by reference and runs later: it must outlive the call.
  const perception::Button send = MakeButton("応募する", ButtonRole::kSubmit);
  Submitter submitter({.page = page_, .report = report_, .log = &*log_});
  RunAsync(io_, [&] { return submitter.Submit(send); });
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(report_.report().outcome, Outcome::kUnknown);
}

// What the site says is the heading that confirms, in the words page kinds are
// read by, not the posting's heading still drawn behind a dialog.
TEST(ConfirmationTextTest, TheHeadingThatConfirmsIsWhatTheSiteSays) {
  perception::PageSnapshot sent;
  sent.title = "Senior Backend Engineer | Tidewater Robotics | LinkedIn";
  sent.headings = {"Senior Backend Engineer, Fleet Platform", "Application sent",
                   "Your application was sent to Tidewater Robotics!"};
  EXPECT_EQ(ConfirmationText(sent), "Your application was sent to Tidewater Robotics!");
  sent.headings = {"Stellenangebot", "Vielen Dank für Ihre Bewerbung!"};
  EXPECT_EQ(ConfirmationText(sent), "Vielen Dank für Ihre Bewerbung!");
  // European Portuguese submits ("submeter") where Brazil sends ("enviar").
  sent.headings = {"Portal de Recrutamento", "Candidatura submetida"};
  EXPECT_EQ(ConfirmationText(sent), "Candidatura submetida");
  sent.headings = {"Backend Engineer", "Submitted"};
  EXPECT_EQ(ConfirmationText(sent), "Submitted");
  sent.headings = {"Backend Engineer"};
  EXPECT_EQ(ConfirmationText(sent), sent.title);
}

}  // namespace
}  // namespace applier::session
