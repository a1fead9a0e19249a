// RunFlow, the whole application, over a scripted page (fake_run_page.h) and a
// scripted person: what reached the page, what the person was shown and asked,
// and how the run ended. The same flow runs over Chromium in the itests.
#include "session/run_flow.h"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <optional>

#include "gtest/gtest.h"
#include "knowledge/profile.h"
#include "session/fake_run_page.h"
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
using testing::ScriptedPerson;
using testing::TextField;

constexpr char kProfile[] =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n";

class RunFlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto profile = knowledge::LoadProfileFromString(kProfile, applier::testing::SourceDir());
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
    page_.now =
        FormPage({TextField("first_name", "First name", true),
                  TextField("last_name", "Last name", true), TextField("email", "Email", true)},
                 {MakeButton("Submit application", ButtonRole::kSubmit)});
    page_.on_submit = [this](FakeRunPage& page, const perception::Button&) {
      for (const auto& field : page.now.fields) received_[field.name] = field.value;
      page.now = ConfirmationPage();
    };
  }

  void Apply() {
    options_.url = "http://127.0.0.1/apply";
    options_.user_id = "u1";
    RunFlow flow({.page = page_, .report = report_, .profile = profile_, .human = person_},
                 options_);
    RunAsync(io_, [&] { return flow.Drive(); });
  }

  boost::asio::io_context io_;
  knowledge::Profile profile_;
  FakeRunPage page_;
  ScriptedPerson person_;
  ApplyOptions options_;
  RunReport report_{"http://127.0.0.1/apply", "app_1", nullptr};
  std::map<std::string, std::string> received_;  // what the page held at the submit
};

TEST_F(RunFlowTest, FillsFromTheProfileAndSubmitsTheConfirmedDraft) {
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(received_["first_name"], "Sam");
  EXPECT_EQ(received_["last_name"], "Lee");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  ASSERT_EQ(person_.drafts.size(), 1u);
}

// A notice whose "Accept" leaves it where it is (a banner that only records the
// choice, one a consent manager hides only after a slow reply): pressed once, its
// reading waits briefly for it to go, and the form under it is filled and sent.
TEST_F(RunFlowTest, ABannerThatStaysAfterItsAnswerIsPressedOnce) {
  perception::Button accept = MakeButton("Accept cookies", ButtonRole::kDismissOverlay);
  accept.in_form = false;
  page_.now.buttons.push_back(accept);
  page_.now.buttons.back().index = static_cast<int>(page_.now.buttons.size() - 1);
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(std::count(page_.presses.begin(), page_.presses.end(), "Accept cookies"), 1);
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  ASSERT_GE(page_.settles.size(), 2u);
  EXPECT_LE(page_.settles[1].change_deadline, std::chrono::milliseconds(1500));
}

// A step read while an overlay was still leaving over it (an alert a choice
// closed, removed by its own timer, late on a busy machine) shows none of the
// form's buttons: it is read again, with pauses, until they show (here half a
// second after the first reading).
TEST_F(RunFlowTest, AStepWhoseButtonsShowLateIsReadAgainUntilTheyDo) {
  const perception::Button submit = page_.now.buttons.front();
  page_.now.buttons.clear();
  std::optional<std::chrono::steady_clock::time_point> first_read;
  page_.before_read = [&](FakeRunPage& page) {
    const auto now = std::chrono::steady_clock::now();
    if (!first_read) first_read = now;
    if (page.now.kind == perception::PageKind::kFormStep && page.now.buttons.empty() &&
        now - *first_read >= std::chrono::milliseconds(500)) {
      page.now.buttons.push_back(submit);
    }
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
}

// A site that writes into the form after the draft was taken (a resume parser
// answering late, on a slow machine after the step's last read-back): what goes
// out is what the person confirmed, filled over the late write, and the person
// sees a new draft first.
TEST_F(RunFlowTest, AValueThePageChangesAfterTheDraftIsFilledAgainBeforeTheSend) {
  bool written = false;
  page_.before_read = [&](FakeRunPage& page) {
    if (person_.drafts.empty() || written) return;
    written = true;
    page.FieldNamed("last_name")->value = "LEE";
    page.FieldNamed("email")->value = "SAM.LEE@example.com";
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}, {DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(received_["last_name"], "Lee");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  ASSERT_EQ(person_.drafts.size(), 2u);
  for (const auto& field : person_.drafts.back().fields) {
    if (field.label == "Last name") {
      EXPECT_EQ(field.value, "Lee");
    }
  }
}

// What the person changed in the draft is what goes out: the check right
// before the send holds the page to the draft they confirmed, not to the plan.
TEST_F(RunFlowTest, AnEditToTheDraftIsWhatIsSent) {
  person_.draft_replies = {{DraftDecision::kEdit, "change last name to Leigh"},
                           {DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(received_["last_name"], "Leigh");
  EXPECT_EQ(person_.drafts.size(), 2u);
}

TEST_F(RunFlowTest, ADeclinedDraftIsNeverSubmitted) {
  person_.draft_replies = {{DraftDecision::kDecline, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kDraftDeclined);
  EXPECT_EQ(page_.submits, 0);
}

TEST_F(RunFlowTest, AConfirmationAfterANextIsSubmittedAndSaysNoDraftCameFirst) {
  // A one-page checkout whose only button is worded as a step sends the form.
  page_.now.buttons = {MakeButton("Continue", ButtonRole::kNext)};
  page_.on_press = [this](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now = ConfirmationPage();
  };
  std::vector<std::string> chat;
  report_ = RunReport("http://127.0.0.1/apply", "app_1", [&](const SessionEvent& event) {
    if (event.type == "chat:message") chat.push_back(event.message);
  });
  Apply();
  const auto& report = report_.report();
  EXPECT_EQ(report.outcome, Outcome::kSubmitted) << report.message;
  EXPECT_NE(report.message.find("no draft could be shown"), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("\"Continue\""), std::string::npos) << report.message;
  EXPECT_EQ(report.confirmation_text, "Thank you for applying");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  EXPECT_TRUE(person_.drafts.empty());
  ASSERT_EQ(chat.size(), 1u);
  EXPECT_NE(chat.front().find("no draft could be shown"), std::string::npos) << chat.front();
}

TEST_F(RunFlowTest, ANextThatLeadsToAStageWithNothingToFillMayHaveSentTheForm) {
  // A checkout's "continue to payment" posts the details and shows the payment
  // widget in place of the form: no confirmation, no form, no error. The site
  // may hold what was filled; "failed" (nothing sent) would be untrue.
  page_.now.buttons = {MakeButton("Continue", ButtonRole::kNext)};
  page_.on_press = [this](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now.fields.clear();
    page.now.buttons.clear();
    page.now.headings = {"Payment"};
    page.now.kind = perception::PageKind::kUnknown;
  };
  Apply();
  const auto& report = report_.report();
  EXPECT_EQ(report.outcome, Outcome::kUnknown) << report.message;
  EXPECT_NE(report.message.find("\"Continue\""), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("\"Payment\""), std::string::npos) << report.message;
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  EXPECT_EQ(page_.submits, 0);
}

// A conversational form (Typeform, Tally, Jotform Cards): after the contact
// details, a statement screen with nothing to fill but its "Continue", then one
// question per screen, twenty of them, the last with the Submit. The statement
// is passed through, every screen is a step of its own, and the form is sent
// once, after the draft.
TEST_F(RunFlowTest, AConversationalFormGoesThroughItsStatementAndAScreenPerQuestion) {
  constexpr int kQuestions = 20;
  int shown = 0;
  page_.now.buttons = {MakeButton("Navigate to next question", ButtonRole::kNext)};
  page_.on_press = [&shown](FakeRunPage& page, const perception::Button&) {
    page.now.headings.clear();
    if (shown++ == 0) {
      page.now.fields.clear();
      page.now.kind = perception::PageKind::kUnknown;
      page.now.headings = {"Thanks, Sam! Now a few quick questions."};
      page.now.buttons = {MakeButton("Continue", ButtonRole::kNext)};
      return;
    }
    const bool last = shown == kQuestions + 1;
    page.now = FormPage(
        {TextField("q" + std::to_string(shown), "Anything else? (" + std::to_string(shown) + ")")},
        {last ? MakeButton("Submit", ButtonRole::kSubmit)
              : MakeButton("Navigate to next question", ButtonRole::kNext)});
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  const auto& report = report_.report();
  EXPECT_EQ(report.outcome, Outcome::kSubmitted) << report.message;
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(shown, kQuestions + 1);
  EXPECT_EQ(std::count(page_.presses.begin(), page_.presses.end(), "Continue"), 1);
}

// A required list that applies only to one country (a province list shown while
// the country list holds the site's home country): the person is asked, gets no
// answer, and then filling the country hides that list. What the site hid is no
// required field left empty: the form is sent after the draft.
TEST_F(RunFlowTest, ARequiredFieldTheSiteHidAfterAnAnswerIsNoLongerMissing) {
  perception::Field province = TextField("province", "Province", true);
  province.kind = perception::ControlKind::kSelect;
  province.options = {{"Choose", "", true, false},
                      {"Adana", "Adana", false, false},
                      {"Ankara", "Ankara", false, false}};
  page_.now.fields.push_back(province);
  page_.now.fields.back().index = static_cast<int>(page_.now.fields.size() - 1);
  page_.after_fill = [](FakeRunPage& page, const std::string& name) {
    if (name != "email") return;
    std::erase_if(page.now.fields, [](const perception::Field& f) { return f.name == "province"; });
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  EXPECT_FALSE(received_.contains("province"));
}

// A wizard whose review page ends with a button worded "Apply" (Workday-style
// flows outside a <form>, job boards' "Apply now" on the last step): after the
// form was filled, that button sends the application. It is the submit, pressed
// only once the person confirmed the draft, never as a way into a form.
TEST_F(RunFlowTest, AnApplyButtonAfterTheFormWasFilledIsTheSubmitAfterTheDraft) {
  page_.now.buttons = {MakeButton("Save and continue", ButtonRole::kNext)};
  page_.on_press = [this](FakeRunPage& page, const perception::Button& button) {
    if (button.text == "Save and continue") {
      for (const auto& field : page.now.fields) received_[field.name] = field.value;
      page.now.fields.clear();
      page.now.headings = {"Review"};
      page.now.kind = perception::PageKind::kUnknown;
      page.now.buttons = {MakeButton("Apply", ButtonRole::kOpenForm)};
    } else {
      received_["sent_by_press"] = button.text;
      page.now = ConfirmationPage();
    }
  };
  page_.on_submit = [this](FakeRunPage& page, const perception::Button& button) {
    received_["sent_by_submit"] = button.text;
    page.now = ConfirmationPage();
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  const auto& report = report_.report();
  EXPECT_EQ(report.outcome, Outcome::kSubmitted) << report.message;
  EXPECT_EQ(received_["sent_by_press"], "");
  EXPECT_EQ(received_["sent_by_submit"], "Apply");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  EXPECT_EQ(person_.drafts.size(), 1u);
}

// A job board's posting with the board's sign-in in its top bar worded as an
// Apply ("Prijavi se" is Serbian and Croatian for both) before the posting's own
// Apply: the posting's opens the form; the top bar's would lead to a log-in.
TEST_F(RunFlowTest, ThePostingsApplyIsPressedBeforeOneInTheSitesTopBar) {
  const perception::PageSnapshot form = page_.now;
  perception::Button sign_in = MakeButton("Prijavi se", ButtonRole::kOpenForm);
  sign_in.in_form = false;
  sign_in.in_navigation = true;
  sign_in.in_site_chrome = true;
  perception::Button apply = MakeButton("Konkuriši", ButtonRole::kOpenForm);
  apply.in_form = false;
  apply.in_navigation = true;  // the posting's own <header>, not the site's
  page_.now = FormPage({}, {sign_in, apply});
  page_.now.kind = perception::PageKind::kPosting;
  page_.now.url = "http://127.0.0.1/oglas/1";
  page_.on_press = [&](FakeRunPage& page, const perception::Button& button) {
    received_["pressed"] += button.text + ";";
    if (button.text == "Konkuriši") {
      page.now = form;
    } else {
      page.now = FormPage({}, {});
      page.now.kind = perception::PageKind::kLoginWall;
    }
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["pressed"], "Konkuriši;");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
}

// Wizards that answer the submit on the review page by taking the form back to
// the step that holds the error (PageUp's "Save and continue" steps): the field
// is corrected there, the form goes on through its steps, and a new draft comes
// before the one more submit.
TEST_F(RunFlowTest, ASubmitSentBackToAnEarlierStepGoesOnFromThatStep) {
  const perception::PageSnapshot step = FormPage(
      {TextField("email", "Email", true)}, {MakeButton("Save and continue", ButtonRole::kNext)});
  page_.now = step;
  page_.on_press = [](FakeRunPage& page, const perception::Button& button) {
    if (button.text != "Save and continue") return;
    auto fields = page.now.fields;
    page.now = FormPage({}, {MakeButton("Submit application", ButtonRole::kSubmit)});
    page.now.url = "http://127.0.0.1/apply/review";
    page.now.kind = perception::PageKind::kReviewStep;
    page.now.fields = {};
    page.now.title = "Review";
    page.now.text = fields.empty() ? "" : "Email " + fields.front().value;
  };
  int submits = 0;
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    if (++submits == 1) {
      perception::Field email = TextField("email", "Email", true);
      email.value = "sam.lee@example.com";
      perception::Field first = TextField("first_name", "First name", true);
      first.validation_message = "This field is required.";
      page.now = FormPage({email, first}, {MakeButton("Save and continue", ButtonRole::kNext)});
      page.now.errors.push_back(
          {.message = "First name: This field is required.", .field = 1, .source = "near-field"});
      return;
    }
    received_["submits"] = std::to_string(submits);
    page.now = ConfirmationPage();
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}, {DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(person_.drafts.size(), 2u);
  EXPECT_EQ(received_["submits"], "2");
  bool corrected = false;
  for (const auto& [name, value] : page_.fills)
    corrected = corrected || (name == "first_name" && value == "Sam");
  EXPECT_TRUE(corrected);
}

// A wizard's progress indicator drawn as buttons above the form (Carbon's
// ProgressIndicator, Ant Design's clickable Steps): the last step's label
// ("Review and submit") is a Submit by its words, but it sits outside the form
// and only moves between steps. The form's own Next leads on; the Submit of the
// last step is the form's.
TEST_F(RunFlowTest, AStepLabelOutsideTheFormIsNotTheSubmitWhileTheFormHasANext) {
  perception::Button step_label = MakeButton("Not started Review and submit", ButtonRole::kSubmit);
  step_label.type = "button";
  step_label.in_form = false;
  page_.now.buttons = {step_label, MakeButton("Next", ButtonRole::kNext)};
  page_.on_press = [this, step_label](FakeRunPage& page, const perception::Button& button) {
    received_["pressed"] += button.text + ";";
    if (button.text != "Next") return;
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now = FormPage({TextField("phone", "Phone number", true)},
                        {step_label, MakeButton("Submit application", ButtonRole::kSubmit)});
    page.now.url = "http://127.0.0.1/apply#review";
  };
  page_.on_submit = [this](FakeRunPage& page, const perception::Button& button) {
    received_["sent_by_submit"] = button.text;
    page.now = ConfirmationPage();
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["pressed"], "Next;");
  EXPECT_EQ(received_["sent_by_submit"], "Submit application");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
}

// A wizard's list of steps beside the form drawn as links (a side menu of the
// application's sections, as public-sector and enterprise applicant portals draw
// it): one entry says "Review" (a Next by its words) and comes before the form's
// own "Save & Continue", another "Certify & Submit". Neither is the step's action:
// the form's own Next leads on, and the Submit is the one the last step draws.
TEST_F(RunFlowTest, AStepListsReviewLinkBeforeTheFormsOwnNextIsNotTheNext) {
  perception::Button review_link = MakeButton("Review", ButtonRole::kNext);
  review_link.tag = "a";
  review_link.type = "";
  review_link.href = "#/review";
  review_link.in_form = false;
  review_link.in_navigation = true;
  perception::Button submit_link = review_link;
  submit_link.text = "Certify & Submit";
  submit_link.role = ButtonRole::kSubmit;
  submit_link.href = "#/certify";
  page_.now.buttons = {review_link, submit_link, MakeButton("Save & Continue", ButtonRole::kNext)};
  page_.on_press = [this, review_link, submit_link](FakeRunPage& page,
                                                    const perception::Button& button) {
    received_["pressed"] += button.text + ";";
    if (button.text != "Save & Continue") return;
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now =
        FormPage({TextField("phone", "Phone number", true)},
                 {review_link, submit_link, MakeButton("Accept & Submit", ButtonRole::kSubmit)});
    page.now.url = "http://127.0.0.1/apply#/certify";
  };
  page_.on_submit = [this](FakeRunPage& page, const perception::Button& button) {
    received_["sent_by_submit"] = button.text;
    page.now = ConfirmationPage();
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["pressed"], "Save & Continue;");
  EXPECT_EQ(received_["sent_by_submit"], "Accept & Submit");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
}

// An Ext JS wizard answers "Next" with Ext.Msg.alert over its form ("fields marked
// in red") instead of moving on: the box hides the form and its only answer is
// "OK". The run closes the box, finds the step refused with the field's error,
// corrects it and presses Next again, instead of taking the box for a stage with
// nothing to fill.
TEST_F(RunFlowTest, AMessageBoxOverTheStepIsClosedAndTheStepsErrorsCorrected) {
  const perception::PageSnapshot step = page_.now;
  page_.now.buttons = {MakeButton("Seguinte", ButtonRole::kNext)};
  int nexts = 0;
  page_.on_press = [&](FakeRunPage& page, const perception::Button& button) {
    received_["pressed"] += button.text + ";";
    if (button.text == "Seguinte" && ++nexts == 1) {
      // The site cleared the e-mail it refused and drew its alert over the form.
      received_["first_email"] = page.FieldNamed("email")->value;
      perception::Button ok = MakeButton("OK", ButtonRole::kOther);
      ok.in_form = false;
      ok.in_dialog = true;
      ok.region = "Atenção";
      perception::Button close = ok;
      close.text = "Fechar";
      page.now = FormPage({}, {ok, close});
      page.now.kind = perception::PageKind::kUnknown;
      return;
    }
    if (button.text == "OK") {
      page.now = FormPage(step.fields, {MakeButton("Seguinte", ButtonRole::kNext)});
      page.now.fields[0].value = "Sam";
      page.now.fields[1].value = "Lee";
      page.now.fields[2].validation_message = "Este campo é obrigatório.";
      return;
    }
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now = FormPage({}, {MakeButton("Submeter candidatura", ButtonRole::kSubmit)});
    page.now.url = "http://127.0.0.1/apply#documents";
  };
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now = ConfirmationPage();
  };
  person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["pressed"], "Seguinte;OK;Seguinte;");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  EXPECT_EQ(page_.submits, 1);
}

}  // namespace
}  // namespace applier::session
