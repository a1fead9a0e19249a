// The validation loop over a scripted page (fake_run_page.h): what the site says
// is wrong after a Next or a Submit is read, tied to its field and fixed — by
// the format the site's own words ask for, else by the person — and the button
// pressed again, a bounded number of times; a submit the site answered with
// errors never ends as "unknown", and one it accepted is never clicked again.
#include "session/validation_loop.h"

#include <algorithm>
#include <boost/asio/io_context.hpp>

#include "gtest/gtest.h"
#include "knowledge/profile.h"
#include "session/fake_run_page.h"
#include "session/run_flow.h"
#include "support/async.h"
#include "support/process.h"

namespace applier::session {
namespace {

using applier::testing::RunAsync;
using perception::ButtonRole;
using perception::PageError;
using perception::PageSnapshot;
using testing::ConfirmationPage;
using testing::FakeRunPage;
using testing::FormPage;
using testing::MakeButton;
using testing::ScriptedPerson;
using testing::TextField;

constexpr char kProfile[] =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "availability: {earliest_start: \"2025-09-01\"}\n";

// Shows `message` as the error of the field named `name`, the way pages do: the
// control's own message and an entry of the page's error list tied to it.
void ShowError(PageSnapshot& page, const std::string& name, const std::string& message) {
  for (std::size_t i = 0; i < page.fields.size(); ++i) {
    if (page.fields[i].name != name) continue;
    page.fields[i].validation_message = message;
    page.errors.push_back(PageError{message, static_cast<int>(i), "near-field"});
  }
}

class ValidationLoopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto profile = knowledge::LoadProfileFromString(kProfile, applier::testing::SourceDir());
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
    person_.draft_replies.assign(6, DraftReply{DraftDecision::kConfirm, ""});
  }

  // A one-step form; the site accepts it when `accepts` says so, else shows the
  // error `accepts` returns for the field it names.
  void OneStepForm(std::function<std::optional<std::pair<std::string, std::string>>(
                       const std::map<std::string, std::string>&)>
                       verdict) {
    page_.now =
        FormPage({TextField("first_name", "First name", true), TextField("phone", "Phone", true),
                  TextField("start", "Earliest start date", true)},
                 {MakeButton("Submit application", ButtonRole::kSubmit)});
    page_.on_submit = [this, verdict](FakeRunPage& page, const perception::Button&) {
      std::map<std::string, std::string> sent;
      for (const auto& field : page.now.fields) sent[field.name] = field.value;
      page.now.errors.clear();
      for (auto& field : page.now.fields) field.validation_message.clear();
      if (auto error = verdict(sent)) {
        ShowError(page.now, error->first, error->second);
        return;
      }
      received_ = sent;
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
  std::map<std::string, std::string> received_;  // what the site accepted
};

TEST_F(ValidationLoopTest, ADateIsWrittenAgainInTheFormatTheSitesMessageNames) {
  OneStepForm([](const std::map<std::string, std::string>& sent)
                  -> std::optional<std::pair<std::string, std::string>> {
    if (sent.at("start") != "01/09/2025") {
      return std::pair{"start", "Indica la data nel formato gg/mm/aaaa"};
    }
    return std::nullopt;
  });
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(received_["start"], "01/09/2025");
  EXPECT_TRUE(person_.asked.empty());
  // What is sent is what the person confirmed: a new draft after the correction.
  EXPECT_EQ(person_.drafts.size(), 2u);
}

TEST_F(ValidationLoopTest, AValueNoFormatFixesIsAskedOfThePersonInTheSitesWords) {
  OneStepForm([](const std::map<std::string, std::string>& sent)
                  -> std::optional<std::pair<std::string, std::string>> {
    if (sent.at("phone") != "+1 212 555 0100") {
      return std::pair{"phone", "This number cannot receive text messages"};
    }
    return std::nullopt;
  });
  person_.answers["Phone"] = "+1 212 555 0100";
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  ASSERT_EQ(person_.asked.size(), 1u);
  EXPECT_NE(person_.asked[0].reason.find("cannot receive text messages"), std::string::npos);
  EXPECT_EQ(page_.submits, 2);
  EXPECT_EQ(received_["phone"], "+1 212 555 0100");
}

TEST_F(ValidationLoopTest, AFieldTheSiteKeepsRefusingEndsWithThePersonAfterTwoFixes) {
  OneStepForm([](const std::map<std::string, std::string>&)
                  -> std::optional<std::pair<std::string, std::string>> {
    return std::pair{"phone", "This number cannot receive text messages"};
  });
  person_.answers["Phone"] = "+1 212 555 0100";
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kNeedsHuman);
  EXPECT_NE(report_.report().message.find("cannot receive text messages"), std::string::npos)
      << report_.report().message;
  // The first click and one after each of the two fixes; never the profile's
  // refused number again once the person gave another.
  EXPECT_EQ(page_.submits, 3);
  int profile_number_fills = 0;
  for (const auto& [name, value] : page_.fills) {
    if (name == "phone" && value == "+1 212 555 0199") ++profile_number_fills;
  }
  EXPECT_EQ(profile_number_fills, 1);
}

TEST_F(ValidationLoopTest, AnErrorTiedToNoFieldEndsWithThePersonNotUnknown) {
  OneStepForm([](const std::map<std::string, std::string>&)
                  -> std::optional<std::pair<std::string, std::string>> { return std::nullopt; });
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    page.now.errors.push_back(
        PageError{"We could not process your application right now", -1, "alert"});
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kNeedsHuman);
  EXPECT_NE(report_.report().message.find("could not process your application"), std::string::npos)
      << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
}

// A certification box the page does not mark required (its validator's star
// shows only once the server refuses, as ASP.NET WebForms draws it) and a refusal
// in the page's error summary naming no field: agreeing is a condition of
// applying, so the unticked consent is ticked and the form sent again.
TEST_F(ValidationLoopTest, ARefusalNamingNoFieldTicksTheConsentLeftUnticked) {
  OneStepForm([](const std::map<std::string, std::string>&)
                  -> std::optional<std::pair<std::string, std::string>> { return std::nullopt; });
  perception::Field certify = TextField(
      "certify", "I certify that the information in this application is true and complete.");
  certify.kind = perception::ControlKind::kCheckbox;
  certify.index = static_cast<int>(page_.now.fields.size());
  page_.now.fields.push_back(certify);
  page_.on_submit = [this](FakeRunPage& page, const perception::Button&) {
    page.now.errors.clear();
    std::map<std::string, std::string> sent;
    for (const auto& field : page.now.fields) sent[field.name] = field.value;
    if (sent["certify"].empty()) {
      page.now.errors.push_back(
          PageError{"You must agree to the applicant certification.", -1, "summary"});
      return;
    }
    received_ = sent;
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 2);
  EXPECT_FALSE(received_["certify"].empty());
}

TEST_F(ValidationLoopTest, ANoticeShownBeforeTheClickIsNoAnswerToIt) {
  OneStepForm([](const std::map<std::string, std::string>&)
                  -> std::optional<std::pair<std::string, std::string>> { return std::nullopt; });
  page_.now.errors.push_back(PageError{"Applications close on Friday", -1, "alert"});
  // A site that takes its time: for two readings after the click the form and
  // its standing notice are still there, then the thanks.
  int slow_reads = 0;
  page_.on_submit = [&slow_reads](FakeRunPage&, const perception::Button&) { slow_reads = 2; };
  page_.before_read = [&slow_reads](FakeRunPage& page) {
    if (slow_reads > 0 && --slow_reads == 0) page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
}

TEST_F(ValidationLoopTest, AnAcceptedSubmitIsNeverClickedAgain) {
  OneStepForm([](const std::map<std::string, std::string>&)
                  -> std::optional<std::pair<std::string, std::string>> { return std::nullopt; });
  page_.on_submit = [](FakeRunPage& page, const perception::Button&) {
    // Thanks, with a leftover alert: accepted all the same.
    page.now = ConfirmationPage();
    page.now.errors.push_back(PageError{"Please complete your profile", -1, "alert"});
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(page_.submits, 1);
  EXPECT_EQ(person_.drafts.size(), 1u);
}

TEST_F(ValidationLoopTest, AStepTheSiteRefusesAfterNextIsFixedAndNextPressedAgain) {
  page_.now = FormPage({TextField("start", "Earliest start date", true)},
                       {MakeButton("Next", ButtonRole::kNext)});
  std::string start_sent;
  page_.on_press = [&start_sent](FakeRunPage& page, const perception::Button& button) {
    if (button.text != "Next") return;
    page.now.errors.clear();
    page.now.fields[0].validation_message.clear();
    if (page.now.fields[0].value != "01/09/2025") {
      ShowError(page.now, "start", "Indica la data nel formato gg/mm/aaaa");
      return;
    }
    start_sent = page.now.fields[0].value;
    page.now = FormPage({TextField("first_name", "First name", true)},
                        {MakeButton("Submit application", ButtonRole::kSubmit)});
    page.now.url = "http://127.0.0.1/apply/2";
  };
  page_.on_submit = [this](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(start_sent, "01/09/2025");
  EXPECT_EQ(std::count(page_.presses.begin(), page_.presses.end(), "Next"), 2);
  EXPECT_EQ(received_["first_name"], "Sam");
}

}  // namespace
}  // namespace applier::session
