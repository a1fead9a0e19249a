// StepFiller's read-back over a scripted page (fake_run_page.h): pages that change
// values after they were filled (a resume parser pre-filling the contact fields
// after the upload, a script writing over a box) — what the person saw in the
// draft and what the page held at the submit.
#include "session/step_filler.h"

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
using perception::ControlKind;
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
    "resume: examples/resume.pdf\n";

perception::Field ResumeField() {
  perception::Field field = TextField("resume", "Resume/CV", true);
  field.kind = ControlKind::kFile;
  field.html_type = "file";
  return field;
}

class StepFillerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto profile = knowledge::LoadProfileFromString(kProfile, applier::testing::SourceDir());
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
    page_.now = FormPage(
        {TextField("first_name", "First name", true), TextField("last_name", "Last name", true),
         TextField("email", "Email", true), ResumeField()},
        {MakeButton("Submit application", ButtonRole::kSubmit)});
    page_.on_submit = [this](FakeRunPage& page, const perception::Button&) {
      for (const auto& field : page.now.fields) received_[field.name] = field.value;
      page.now = ConfirmationPage();
    };
    person_.draft_replies = {{DraftDecision::kConfirm, ""}};
  }

  // The profile with `more` (YAML) added.
  void UseProfileWith(const std::string& more) {
    auto profile = knowledge::LoadProfileFromString(std::string(kProfile) + more,
                                                    applier::testing::SourceDir());
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
  }

  // The profile with a San Francisco address, for forms that ask for one.
  void UseProfileWithAUsAddress() {
    UseProfileWith(
        "address: {street: 500 Howard Street, city: San Francisco, region: CA, "
        "postal_code: \"94105\", country: United States}\n");
  }

  void Apply() {
    options_.url = "http://127.0.0.1/apply";
    options_.user_id = "u1";
    RunFlow flow({.page = page_, .report = report_, .profile = profile_, .human = person_},
                 options_);
    RunAsync(io_, [&] { return flow.Drive(); });
  }

  std::string DraftValue(const std::string& label) const {
    if (person_.drafts.empty()) return "(no draft)";
    for (const auto& field : person_.drafts.back().fields) {
      if (field.label == label) return field.value;
    }
    return "(not in the draft)";
  }

  boost::asio::io_context io_;
  knowledge::Profile profile_;
  FakeRunPage page_;
  ScriptedPerson person_;
  ApplyOptions options_;
  RunReport report_{"http://127.0.0.1/apply", "app_1", nullptr};
  std::map<std::string, std::string> received_;  // what the page held at the submit
};

// Checkout and sign-up forms set a postal code's pattern by the country chosen
// (Polish 00-000 until another country is picked): a profile answer the box's
// rules refuse is planned again once the rest of the step is filled, and asked
// only if they still refuse it.
TEST_F(StepFillerTest, APatternThatFollowsTheCountryIsJudgedAfterTheCountryIsChosen) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWithAUsAddress());
  perception::Field postal = TextField("kod", "Kod pocztowy", true);
  postal.pattern = "[0-9]{2}-[0-9]{3}";
  perception::Field country = TextField("kraj", "Kraj", true);
  country.kind = ControlKind::kSelect;
  country.options = {{"Polska", "PL", true}, {"Stany Zjednoczone", "US", false}};
  country.value = "PL";
  page_.now = FormPage({postal, country}, {MakeButton("Zarejestruj", ButtonRole::kSubmit)});
  page_.after_fill = [](FakeRunPage& page, const std::string& name) {
    if (name != "kraj") return;
    const bool poland = page.FieldNamed("kraj")->value == "PL";
    page.FieldNamed("kod")->pattern = poland ? "[0-9]{2}-[0-9]{3}" : "";
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_TRUE(person_.asked.empty())
      << person_.asked.front().prompt << ": " << person_.asked.front().reason;
  EXPECT_EQ(received_["kraj"], "US");
  EXPECT_EQ(received_["kod"], "94105");
}

// Address forms re-render on the country (Magento- and Shopify-style checkouts,
// ATS address blocks): a free "State/Province" box before the country becomes a
// list of states once the country is the US. The country is chosen first and the
// rest planned on the page as it then is, so no hidden box keeps a value the
// person never saw in the draft.
// Quasar's QInput masks and their kind: the mobile box takes "### ### ###" while
// the dialling-code picker beside it says +351 and no mask for +1, so the number
// typed first keeps only nine digits. A page that draws the number before the
// picker (or a shuffled one) gets the number again once the picker is set,
// without a question.
TEST_F(StepFillerTest, ABoxWhoseMaskFollowsAnotherAnswerIsFilledAgainAfterIt) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWithAUsAddress());
  perception::Field phone = TextField("telemovel", "Telemóvel", true);
  phone.kind = ControlKind::kTel;
  phone.html_type = "tel";
  perception::Field code = TextField("indicativo", "Indicativo", true);
  code.kind = ControlKind::kSelect;
  code.options = {{"Portugal (+351)", "+351", true}, {"EUA / Canadá (+1)", "+1", false}};
  code.value = "+351";
  page_.now = FormPage({phone, code}, {MakeButton("Submeter", ButtonRole::kSubmit)});
  page_.spoil = [](FakeRunPage& page, const std::string& name,
                   const std::string& value) -> std::optional<std::string> {
    if (name != "telemovel" || page.FieldNamed("indicativo")->value != "+351") return std::nullopt;
    return "'Telemóvel' shows \"" + value.substr(0, 11) + "\" instead of \"" + value + "\"";
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_TRUE(person_.asked.empty())
      << person_.asked.front().prompt << ": " << person_.asked.front().reason;
  EXPECT_EQ(received_["indicativo"], "+1");
  EXPECT_EQ(received_["telemovel"], "212 555 0199");
}

// One-question-per-screen applications (Workstream, Fountain, Harri) mark no field
// required and keep Continue disabled until the screen is answered: once the
// profile has nothing for the screen and the button still waits, its empty
// fields are the person's to answer, not a step to leave stuck.
TEST_F(StepFillerTest, AFieldTheDisabledSendWaitsForIsAskedThoughMarkedOptional) {
  perception::Field store = TextField("store", "Which store would you like to work at?", false);
  store.kind = ControlKind::kRadioGroup;
  store.options = {{"Pier 39", "pier", false}, {"Mission", "mission", false}};
  perception::Button send = MakeButton("Submit application", ButtonRole::kSubmit);
  send.disabled = true;
  page_.now = FormPage({store}, {send});
  page_.after_fill = [](FakeRunPage& page, const std::string&) {
    page.now.buttons[0].disabled = false;
  };
  person_.answers = {{"Which store would you like to work at?", "Mission"}};
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  ASSERT_EQ(person_.asked.size(), 1u);
  EXPECT_EQ(received_["store"], "mission");
}

// A send that does not wait leaves optional fields the profile says nothing
// about as they are, unasked.
TEST_F(StepFillerTest, AnOptionalFieldIsNotAskedWhenTheSendDoesNotWait) {
  perception::Field store = TextField("store", "Which store would you like to work at?", false);
  store.kind = ControlKind::kRadioGroup;
  store.options = {{"Pier 39", "pier", false}, {"Mission", "mission", false}};
  page_.now = FormPage({store}, {MakeButton("Submit application", ButtonRole::kSubmit)});
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_TRUE(person_.asked.empty());
  EXPECT_EQ(received_["store"], "");
}

TEST_F(StepFillerTest, TheCountryIsChosenBeforeTheAddressItReshapes) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWithAUsAddress());
  perception::Field region = TextField("region", "State/Province", false);
  perception::Field country = TextField("country_id", "Country", true);
  country.kind = ControlKind::kSelect;
  country.options = {{"Netherlands", "NL", true}, {"United States", "US", false}};
  country.value = "NL";
  perception::Field states = TextField("region_id", "State/Province", true);
  states.kind = ControlKind::kSelect;
  states.options = {
      {"Please select a region", "", true}, {"Alabama", "1", false}, {"California", "12", false}};
  page_.now = FormPage({region, TextField("city", "City", true), country},
                       {MakeButton("Continue", ButtonRole::kSubmit)});
  std::vector<perception::Field> hidden;  // in the DOM, sent with the form, not shown
  page_.after_fill = [&](FakeRunPage& page, const std::string& name) {
    if (name != "country_id" || page.FieldNamed("country_id")->value != "US") return;
    auto& fields = page.now.fields;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      if (it->name != "region") continue;
      hidden.push_back(*it);
      fields.erase(it);
      break;
    }
    fields.insert(fields.begin(), states);
    for (std::size_t i = 0; i < fields.size(); ++i) fields[i].index = static_cast<int>(i);
  };
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    for (const auto& field : hidden) received_[field.name] = field.value;
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_TRUE(person_.asked.empty())
      << person_.asked.front().prompt << ": " << person_.asked.front().reason;
  EXPECT_EQ(received_["country_id"], "US");
  EXPECT_EQ(received_["region_id"], "12");
  EXPECT_EQ(received_["region"], "");
  EXPECT_EQ(received_["city"], "San Francisco");
}

// A dependent list greyed out while it reloads for the answer just given (the
// states of the chosen country fetched from the server, PageUp's and many
// portals' address blocks): the step waits for it to come back, fills it, and only
// then goes on.
TEST_F(StepFillerTest, AListGreyedOutWhileItReloadsIsWaitedForAndFilled) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWithAUsAddress());
  perception::Field country = TextField("country", "Country", true);
  country.kind = ControlKind::kSelect;
  country.options = {{"Australia", "AU", true}, {"United States", "US", false}};
  country.value = "AU";
  perception::Field states = TextField("state", "State", true);
  states.kind = ControlKind::kSelect;
  states.options = {
      {"Please select", "", true}, {"Alabama", "AL", false}, {"California", "CA", false}};
  perception::Field au_states = states;
  au_states.options = {{"Please select", "", true}, {"Victoria", "VIC", false}};
  page_.now = FormPage({TextField("city", "City", true), au_states, country},
                       {MakeButton("Continue", ButtonRole::kSubmit)});
  int reads_left = -1;  // readings until the reloaded list is there
  page_.after_fill = [&](FakeRunPage& page, const std::string& name) {
    if (name != "country" || page.FieldNamed("country")->value != "US") return;
    std::erase_if(page.now.fields, [](const auto& f) { return f.name == "state"; });
    page.now.greyed_controls = {"state"};
    reads_left = 4;
  };
  page_.before_read = [&](FakeRunPage& page) {
    if (reads_left < 0 || --reads_left > 0) return;
    reads_left = -1;
    if (page.FieldNamed("country") == nullptr) return;  // the form is gone
    page.now.greyed_controls.clear();
    page.now.fields.insert(page.now.fields.begin() + 1, states);
    for (std::size_t i = 0; i < page.now.fields.size(); ++i) {
      page.now.fields[i].index = static_cast<int>(i);
    }
  };
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["country"], "US");
  EXPECT_EQ(received_["state"], "CA");
  EXPECT_EQ(received_["city"], "San Francisco");
}

// What the form asks follows the country too (a Mexican address's "Colonia"
// gives way to a US one's fields): no question about the old country's fields is
// asked before the country is chosen.
TEST_F(StepFillerTest, NoQuestionAboutFieldsTheNewCountryTakesAway) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWithAUsAddress());
  perception::Field country = TextField("country", "País de entrega", true);
  country.kind = ControlKind::kSelect;
  country.options = {{"México", "MEX", true}, {"Estados Unidos", "USA", false}};
  country.value = "MEX";
  page_.now = FormPage(
      {country, TextField("neighborhood", "Colonia", true), TextField("city", "Ciudad", true)},
      {MakeButton("Continuar", ButtonRole::kSubmit)});
  page_.after_fill = [&](FakeRunPage& page, const std::string& name) {
    if (name != "country" || page.FieldNamed("country")->value != "USA") return;
    std::erase_if(page.now.fields,
                  [](const perception::Field& field) { return field.name == "neighborhood"; });
    for (std::size_t i = 0; i < page.now.fields.size(); ++i) {
      page.now.fields[i].index = static_cast<int>(i);
    }
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_TRUE(person_.asked.empty())
      << person_.asked.front().prompt << ": " << person_.asked.front().reason;
  EXPECT_EQ(received_["country"], "USA");
  EXPECT_EQ(received_["city"], "San Francisco");
}

TEST_F(StepFillerTest, UploadsFilesBeforeTypingAnything) {
  Apply();
  ASSERT_FALSE(page_.fills.empty());
  EXPECT_EQ(page_.fills.front().first, "resume");
}

TEST_F(StepFillerTest, RefillsWhatAParserWroteOverAfterTheUpload) {
  // The parser writes its own reading of the resume over the contact fields once,
  // a moment later: here, after the last field was typed.
  bool parsed = false;
  page_.after_fill = [&](FakeRunPage& page, const std::string& name) {
    if (name != "email" || parsed) return;
    parsed = true;
    page.FieldNamed("first_name")->value = "SAM";
    page.FieldNamed("last_name")->value = "Lee-Parsed";
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["first_name"], "Sam");
  EXPECT_EQ(received_["last_name"], "Lee");
  EXPECT_EQ(DraftValue("First name"), "Sam");
  EXPECT_TRUE(person_.asked.empty());
}

TEST_F(StepFillerTest, AValueThePageKeepsChangingBackIsAQuestionNotASilentDifference) {
  page_.after_fill = [](FakeRunPage& page, const std::string&) {
    page.FieldNamed("last_name")->value = "Parsed";
  };
  Apply();
  bool asked = false;
  for (const auto& question : person_.asked) {
    if (question.prompt.find("Last name") != std::string::npos &&
        question.reason.find("keeps changing") != std::string::npos) {
      asked = true;
    }
  }
  EXPECT_TRUE(asked);
  // Whatever happens next, the draft shows what the page holds, not what was typed.
  EXPECT_EQ(DraftValue("Last name"), "Parsed");
  EXPECT_NE(received_["last_name"], "Lee");
}

// A wizard that keeps every step's form mounted (Arco's and Ant Design's Steps)
// can hold two boxes of one name and label: the same field to the run. When the
// page keeps changing both back, the field is asked once and the run goes on.
TEST_F(StepFillerTest, TwoBoxesOfOneKeyThePageKeepsChangingAreAskedOnce) {
  page_.now.fields.push_back(page_.now.fields[1]);
  page_.now.fields.back().index = static_cast<int>(page_.now.fields.size()) - 1;
  page_.after_fill = [](FakeRunPage& page, const std::string&) {
    for (auto& field : page.now.fields) {
      if (field.name == "last_name") field.value = "Parsed";
    }
  };
  Apply();
  int asked = 0;
  for (const auto& question : person_.asked) {
    if (question.prompt.find("Last name") != std::string::npos &&
        question.reason.find("keeps changing") != std::string::npos) {
      ++asked;
    }
  }
  EXPECT_EQ(asked, 1);
  EXPECT_NE(report_.report().outcome, Outcome::kFailed) << report_.report().message;
}

TEST_F(StepFillerTest, APageThatOnlyReformatsTheAnswerIsLeftAsItWritesIt) {
  // A formatter that runs after the typing is done (on blur): same letters.
  page_.after_fill = [](FakeRunPage& page, const std::string&) {
    page.FieldNamed("last_name")->value = "LEE";
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["last_name"], "LEE");
  EXPECT_TRUE(person_.asked.empty());
}

// A phone box beside a country-code picker takes the national number, and the
// page writes the picked code in front of it once it is typed (intl-tel-input
// and ADP's phone input, "+1 212 555 0199"): the person's own whole number, not
// a change to fill again or ask about. A code that is not theirs is a change.
TEST_F(StepFillerTest, APhoneBoxThatWritesThePersonsCallingCodeInFrontKeepsIt) {
  std::string yaml = kProfile;
  const std::string number = "phone: {number: \"+1 212 555 0199\"";
  yaml.replace(yaml.find(number), number.size(), number + ", country_code: \"+1\"");
  auto profile = knowledge::LoadProfileFromString(yaml, applier::testing::SourceDir());
  ASSERT_TRUE(profile) << profile.error().ToString();
  profile_ = std::move(*profile);
  perception::Field code = TextField("code", "Country code", true);
  code.kind = ControlKind::kSelect;
  code.options = {{"+44", "+44", false, false}, {"+1", "+1", false, false}};
  perception::Field phone = TextField("phone", "Mobile number", true);
  phone.kind = ControlKind::kTel;
  page_.now.fields = {code, phone};
  page_.now.fields[0].index = 0;
  page_.now.fields[1].index = 1;
  page_.after_fill = [](FakeRunPage& page, const std::string& name) {
    if (name != "phone") return;
    perception::Field* box = page.FieldNamed("phone");
    if (!box->value.starts_with("+")) box->value = "+1 " + box->value;
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["phone"], "+1 212 555 0199");
  EXPECT_TRUE(person_.asked.empty());
  EXPECT_EQ(std::count_if(page_.fills.begin(), page_.fills.end(),
                          [](const auto& fill) { return fill.first == "phone"; }),
            1);
}

// intl-tel-input with nationalMode off (Drupal Webform's telephone element): the
// picked country's "+1" is written into the phone box, which is sent as it is
// typed. The number goes in after the code, never in its place.
TEST_F(StepFillerTest, APhoneBoxThePickerWritesTheCodeIntoTakesTheWholeNumber) {
  std::string yaml = kProfile;
  const std::string number = "phone: {number: \"+1 212 555 0199\"";
  yaml.replace(yaml.find(number), number.size(), number + ", country_code: \"+1\"");
  auto profile = knowledge::LoadProfileFromString(yaml, applier::testing::SourceDir());
  ASSERT_TRUE(profile) << profile.error().ToString();
  profile_ = std::move(*profile);
  perception::Field code = TextField("code", "Country code", true);
  code.kind = ControlKind::kSelect;
  code.options = {{"+31", "+31", true, false}, {"+1", "+1", false, false}};
  code.value = "+31";
  perception::Field phone = TextField("phone", "Telefoonnummer", true);
  phone.kind = ControlKind::kTel;
  page_.now.fields = {code, phone};
  page_.now.fields[0].index = 0;
  page_.now.fields[1].index = 1;
  page_.after_fill = [](FakeRunPage& page, const std::string& name) {
    if (name != "code") return;
    perception::Field* box = page.FieldNamed("phone");
    if (box->value.empty()) box->value = page.FieldNamed("code")->value;
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["code"], "+1");
  EXPECT_EQ(received_["phone"], "+1 212 555 0199");
  EXPECT_TRUE(person_.asked.empty());
}

// A required yes/no question drawn as one checkbox (Ashby's Boolean keeps a hidden
// box beside its Yes/No buttons): "No" is the box left unticked, an answer, not a
// required field still empty.
TEST_F(StepFillerTest, ARequiredCheckboxTheFactsLeaveUntickedIsAnswered) {
  auto profile = knowledge::LoadProfileFromString(
      std::string(kProfile) +
          "work_authorization: {US: {authorized: true, requires_sponsorship: false}}\n",
      applier::testing::SourceDir());
  ASSERT_TRUE(profile) << profile.error().ToString();
  profile_ = std::move(*profile);
  perception::Field sponsorship =
      TextField("sponsorship", "Will you now or in the future require visa sponsorship?", true);
  sponsorship.kind = ControlKind::kCheckbox;
  sponsorship.html_type = "checkbox";
  page_.now = FormPage({TextField("email", "Email", true), sponsorship},
                       {MakeButton("Submit application", ButtonRole::kSubmit)});
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
}

// A resume upload that opens a modal while the site reads the file (Paylocity's
// "Reading your resume...", the form inert behind it): a box filled right then
// fails, and the page read to retry it holds none of the form's boxes. The boxes
// after it are not dropped for being missing from that reading: once the modal
// closes, every one is filled.
TEST_F(StepFillerTest, BoxesMissingWhileAnUploadsModalIsOpenAreFilledAfterIt) {
  const perception::PageSnapshot form = page_.now;
  bool modal = false;
  int modal_reads = 0;
  page_.after_fill = [&](FakeRunPage& page, const std::string& name) {
    if (name != "resume") return;
    modal = true;
    perception::Field resume = *page.FieldNamed("resume");
    page.now.fields = {resume};
  };
  page_.before_read = [&](FakeRunPage& page) {
    if (!modal || ++modal_reads < 2) return;
    modal = false;
    const std::string resume = page.FieldNamed("resume")->value;
    page.now.fields = form.fields;
    page.FieldNamed("resume")->value = resume;
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["first_name"], "Sam");
  EXPECT_EQ(received_["last_name"], "Lee");
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
}

// An entry editor opened by "Add Experience" keeps the entry until its own Save
// is pressed (Oracle Recruiting Cloud, SuccessFactors); the step refuses to go
// on while one is open. The engine saves each entry it added, then sends. The
// editor's fields are the entry being added, whatever the editor calls itself.
TEST_F(StepFillerTest, AnEntryItAddedIsSavedBeforeTheStepGoesOn) {
  auto profile = knowledge::LoadProfileFromString(
      std::string(kProfile) +
          "work_history:\n  - {company: Northwind Logistics, title: Backend Engineer}\n"
          "  - {company: Contoso Health, title: Engineer, start: 2017-07, end: 2021-02}\n",
      applier::testing::SourceDir());
  ASSERT_TRUE(profile) << profile.error().ToString();
  profile_ = std::move(*profile);
  page_.now = FormPage({TextField("first_name", "First name", true)},
                       {MakeButton("Add Experience", ButtonRole::kAddAnother),
                        MakeButton("Submit", ButtonRole::kSubmit)});
  std::vector<std::string> saved;
  page_.on_press = [&](FakeRunPage& page, const perception::Button& button) {
    if (button.text == "Add Experience") {
      perception::Field employer = TextField("employer", "Employer Name", true);
      employer.context = "Add Experience";  // the editor names no entry
      employer.index = static_cast<int>(page.now.fields.size());
      page.now.fields.push_back(employer);
      page.now.buttons.insert(page.now.buttons.begin(), MakeButton("Cancel", ButtonRole::kOther));
      page.now.buttons.insert(page.now.buttons.begin() + 1, MakeButton("Save", ButtonRole::kOther));
    } else if (button.text == "Save") {
      saved.push_back(page.FieldNamed("employer")->value);
      std::erase_if(page.now.fields, [](const auto& f) { return f.name == "employer"; });
      std::erase_if(page.now.buttons, [](const auto& b) { return b.role == ButtonRole::kOther; });
    }
  };
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    received_["open entry"] = page.FieldNamed("employer") != nullptr ? "yes" : "no";
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  // Each editor is the next entry of the profile, though none names its number.
  EXPECT_EQ(saved, (std::vector<std::string>{"Northwind Logistics", "Contoso Health"}));
  EXPECT_EQ(received_["open entry"], "no");
  EXPECT_EQ(std::count(page_.presses.begin(), page_.presses.end(), "Cancel"), 0);
}

// A form split into collapsed sections (an accordion of <details>, Shoelace's
// sl-details, Bootstrap's accordion): once the fields in view are done, each
// closed section is opened once, as a person does, and the fields it shows are
// filled before the form is sent; a section already opened is not toggled shut.
TEST_F(StepFillerTest, ClosedSectionsAreOpenedAndTheirFieldsFilled) {
  perception::Button contact = MakeButton("2. Contact", ButtonRole::kOther);
  contact.type = "button";
  contact.reveals_fields = true;
  page_.now = FormPage({TextField("first_name", "First name", true)},
                       {contact, MakeButton("Submit", ButtonRole::kSubmit)});
  page_.on_press = [](FakeRunPage& page, const perception::Button& button) {
    if (button.text != "2. Contact") return;
    perception::Field email = TextField("email", "Email", true);
    email.index = static_cast<int>(page.now.fields.size());
    page.now.fields.push_back(email);
    // The page marks the toggle again (an accordion that re-renders its header).
    page.now.buttons[0].reveals_fields = true;
  };
  page_.on_submit = [this](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) received_[field.name] = field.value;
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["email"], "sam.lee@example.com");
  EXPECT_EQ(std::count(page_.presses.begin(), page_.presses.end(), "2. Contact"), 1);
}

// A page that shows one work block without numbering it (a "Company" and a
// "Job title" row under "Work experience") and an "Add" button for more (Moka,
// Beisen and many hand-built forms): the block shown is the first job, each
// block added is the next one, and the boxes that were there keep what they got.
TEST_F(StepFillerTest, ABlockAddedAfterAnUnnumberedOneIsTheNextJob) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith(
      "work_history:\n  - {company: Northwind Logistics, title: Backend Engineer}\n"
      "  - {company: Contoso Health, title: Engineer, start: 2017-07, end: 2021-02}\n"));
  auto block = [](int n) {
    perception::Field company = TextField("f" + std::to_string(n) + "a", "Company", n == 0);
    perception::Field title = TextField("f" + std::to_string(n) + "b", "Job title", n == 0);
    company.context = title.context = "Work experience";
    return std::vector<perception::Field>{company, title};
  };
  page_.now = FormPage(block(0), {MakeButton("+ Add work experience", ButtonRole::kAddAnother),
                                  MakeButton("Submit", ButtonRole::kSubmit)});
  page_.on_press = [&](FakeRunPage& page, const perception::Button& button) {
    if (button.text != "+ Add work experience") return;
    const int blocks = static_cast<int>(page.now.fields.size()) / 2;
    for (auto& field : block(blocks)) {
      field.index = static_cast<int>(page.now.fields.size());
      page.now.fields.push_back(field);
    }
  };
  std::vector<std::string> sent;
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) sent.push_back(field.label + "=" + field.value);
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(sent,
            (std::vector<std::string>{"Company=Northwind Logistics", "Job title=Backend Engineer",
                                      "Company=Contoso Health", "Job title=Engineer"}));
}

// A page-level "Save" beside Next (Cognito Forms' save-and-resume, which opens a
// dialog with a link to come back later) was there before the entry was added:
// it is the page's, not the added entry's, and is never pressed to keep it.
TEST_F(StepFillerTest, ASaveThePageShowedBeforeTheAddKeepsNoEntry) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith(
      "work_history:\n  - {company: Northwind Logistics, title: Backend Engineer}\n"
      "  - {company: Contoso Health, title: Engineer, start: 2017-07, end: 2021-02}\n"));
  auto block = [](int n) {
    perception::Field company = TextField("f" + std::to_string(n) + "a", "Company", n == 0);
    company.context = "Work experience";
    return company;
  };
  page_.now = FormPage({block(0)}, {MakeButton("+ Add work experience", ButtonRole::kAddAnother),
                                    MakeButton("Save", ButtonRole::kOther),
                                    MakeButton("Submit", ButtonRole::kSubmit)});
  page_.on_press = [&](FakeRunPage& page, const perception::Button& button) {
    if (button.text != "+ Add work experience") return;
    perception::Field added = block(static_cast<int>(page.now.fields.size()));
    added.index = static_cast<int>(page.now.fields.size());
    page.now.fields.push_back(added);
  };
  std::vector<std::string> sent;
  page_.on_submit = [&](FakeRunPage& page, const perception::Button&) {
    for (const auto& field : page.now.fields) sent.push_back(field.value);
    page.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(std::count(page_.presses.begin(), page_.presses.end(), "Save"), 0);
  EXPECT_EQ(sent, (std::vector<std::string>{"Northwind Logistics", "Contoso Health"}));
}

perception::Field SelectField(std::string name, std::string label,
                              std::vector<std::pair<std::string, std::string>> options);

// A form that renders itself anew after the "Add" press with ids generated on
// every render (Moka's and many React forms, where nothing else names a box):
// every field reads as unseen, but only the boxes the page holds more of than
// before are the new job's. The city box and the first job's are not: they keep
// the person's city and the first job.
TEST_F(StepFillerTest, ARenderThatRenamesEveryBoxBringsOnlyTheAddedJobsBoxes) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith(
      "address: {city: San Francisco, country: United States}\n"
      "work_history:\n"
      "  - {company: Northwind Logistics, title: Backend Engineer, start: 2021-03}\n"
      "  - {company: Contoso Health, title: Engineer, start: 2017-07, end: 2021-02}\n"));
  int render = 0;
  auto page = [&](int jobs) {
    ++render;
    auto named = [&](const std::string& label, const std::string& context, int n) {
      perception::Field field =
          TextField("input-" + std::to_string(render) + "x" + std::to_string(n), label, false);
      field.context = context;
      return field;
    };
    std::vector<perception::Field> fields{named("City of residence", "Personal details", 0)};
    for (int job = 0; job < jobs; ++job) {
      fields.push_back(named("Company", "Work experience", 1 + job * 2));
      fields.push_back(named("Job title", "Work experience", 2 + job * 2));
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
      fields[i].index = static_cast<int>(i);
      fields[i].ordinal = 0;
    }
    return fields;
  };
  page_.now = FormPage(page(1), {MakeButton("+ Add work experience", ButtonRole::kAddAnother),
                                 MakeButton("Submit", ButtonRole::kSubmit)});
  int jobs = 1;
  page_.on_press = [&](FakeRunPage& fake, const perception::Button& button) {
    if (button.text != "+ Add work experience") return;
    std::map<std::string, std::vector<std::string>> kept;
    for (const auto& field : fake.now.fields) kept[field.label].push_back(field.value);
    fake.now.fields = page(++jobs);
    std::map<std::string, std::size_t> used;
    for (auto& field : fake.now.fields) {
      auto& values = kept[field.label];
      if (used[field.label] < values.size()) field.value = values[used[field.label]++];
    }
  };
  std::vector<std::string> sent;
  page_.on_submit = [&](FakeRunPage& fake, const perception::Button&) {
    for (const auto& field : fake.now.fields) sent.push_back(field.label + "=" + field.value);
    fake.now = ConfirmationPage();
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(sent,
            (std::vector<std::string>{"City of residence=San Francisco",
                                      "Company=Northwind Logistics", "Job title=Backend Engineer",
                                      "Company=Contoso Health", "Job title=Engineer"}));
}

// A page that numbers its entries ("Employment 1", "Employment 2") but draws a
// date pair where its number cannot be read, under the section's heading alone:
// the second entry's start date is the same question as the first's, and which
// job it asks about the page does not say. It is asked, never filled with the
// first job's date; the first, alone on the page when it was filled, keeps its.
TEST_F(StepFillerTest, AnAddedEntrysDateThatNamesNoNumberIsNotTheFirstJobs) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith(
      "work_history:\n"
      "  - {company: Northwind Logistics, title: Backend Engineer, start: 2021-03}\n"
      "  - {company: Contoso Health, title: Engineer, start: 2017-07, end: 2021-02}\n"));
  auto card = [](int n) {
    perception::Field employer = TextField("employer" + std::to_string(n), "Employer", n == 0);
    employer.context = "Employment " + std::to_string(n + 1) + " | Employment History";
    perception::Field start = SelectField("start" + std::to_string(n), "Month",
                                          {{"February", "02"}, {"March", "03"}, {"July", "07"}});
    start.required = false;
    start.context = "Start Date | Employment History";
    return std::vector<perception::Field>{employer, start};
  };
  page_.now = FormPage(card(0), {MakeButton("+ Add Employment", ButtonRole::kAddAnother),
                                 MakeButton("Submit", ButtonRole::kSubmit)});
  page_.on_press = [&](FakeRunPage& page, const perception::Button& button) {
    if (button.text != "+ Add Employment") return;
    for (auto& field : card(1)) {
      field.index = static_cast<int>(page.now.fields.size());
      page.now.fields.push_back(field);
    }
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["employer0"], "Northwind Logistics");
  EXPECT_EQ(received_["employer1"], "Contoso Health");
  EXPECT_NE(received_["start0"], "");
  EXPECT_EQ(received_["start1"], "");
}

perception::Field SelectField(std::string name, std::string label,
                              std::vector<std::pair<std::string, std::string>> options) {
  perception::Field field = TextField(std::move(name), std::move(label), true);
  field.kind = ControlKind::kSelect;
  field.options.push_back({"Please select", "", true, false});
  for (auto& [label_text, value] : options)
    field.options.push_back({label_text, value, false, false});
  return field;
}

// Two-level "How did you hear about us?" lists (Workday's and Phenom's source
// prompts, PageUp's "Which job board?"): the first names kinds of channel, the
// list it opens the services. LinkedIn is social media and a job board: the
// first kind whose list holds LinkedIn is the answer, found by choosing each in
// turn; nobody is asked.
TEST_F(StepFillerTest, ASourceKindIsChosenByTheListItOpens) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith("how_heard: LinkedIn\n"));
  page_.now = FormPage({SelectField("sourceType", "How did you hear about us?",
                                    {{"Job Board", "SRC-1"}, {"Social Media", "SRC-3"}})},
                       {MakeButton("Submit application", ButtonRole::kSubmit)});
  // The services of each kind; this site lists LinkedIn among the job boards.
  const std::map<std::string, std::vector<std::pair<std::string, std::string>>> services = {
      {"SRC-1", {{"Indeed", "SRC-1-4"}, {"LinkedIn", "SRC-1-12"}}},
      {"SRC-3", {{"Facebook", "SRC-3-14"}, {"Instagram", "SRC-3-16"}}}};
  page_.after_fill = [&](FakeRunPage& page, const std::string& name) {
    if (name != "sourceType") return;
    std::erase_if(page.now.fields, [](const auto& field) { return field.name == "source"; });
    page.now.fields.push_back(
        SelectField("source", "Source", services.at(page.FieldNamed("sourceType")->value)));
    for (std::size_t i = 0; i < page.now.fields.size(); ++i) {
      page.now.fields[i].index = static_cast<int>(i);
    }
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_TRUE(person_.asked.empty())
      << person_.asked.front().prompt << ": " << person_.asked.front().reason;
  EXPECT_EQ(received_["sourceType"], "SRC-1");
  EXPECT_EQ(received_["source"], "SRC-1-12");
}

// The same kinds with no list after them: the facts fit both, so the person
// chooses.
TEST_F(StepFillerTest, SourceKindsWithNoListAfterThemAreAsked) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith("how_heard: LinkedIn\n"));
  page_.now = FormPage({SelectField("sourceType", "How did you hear about us?",
                                    {{"Job Board", "SRC-1"}, {"Social Media", "SRC-3"}})},
                       {MakeButton("Submit application", ButtonRole::kSubmit)});
  person_.answers["How did you hear about us?"] = "Job Board";
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  ASSERT_EQ(person_.asked.size(), 1u);
  EXPECT_NE(person_.asked.front().reason.find("more than one option fits"), std::string::npos)
      << person_.asked.front().reason;
  EXPECT_EQ(received_["sourceType"], "SRC-1");
}

// A render can rename a control while it is being filled: react-select reads
// out the choice just made in a live region beside its input, and the page's
// words for the box change with it. What the box then holds is what this step
// wrote, part of it, not a choice the site preselected: the box is filled under
// the name it had, never left holding one skill of three.
TEST_F(StepFillerTest, AValueThisStepWroteIntoABoxARenderRenamedIsNoPreselection) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWith("skills: [C++, Go, Python]\n"));
  perception::Field skills = TextField("react-select-3-input", "Skills", true);
  skills.kind = ControlKind::kCombobox;
  skills.multiple = true;
  page_.now = FormPage({TextField("email", "Email", true), skills},
                       {MakeButton("Submit application", ButtonRole::kSubmit)});
  bool renamed = false;
  page_.spoil = [&](FakeRunPage& page, const std::string& name,
                    const std::string&) -> std::optional<std::string> {
    if (name != "react-select-3-input" || renamed) return std::nullopt;
    renamed = true;
    perception::Field* box = page.FieldNamed(name);
    box->value = "C++";
    box->label = "option C++, selected.";
    return "element is gone";
  };
  Apply();
  EXPECT_TRUE(renamed);
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["react-select-3-input"], "C++, Go, Python");
}

// A date of birth drawn as three lists under one label (Thai, Indonesian and
// many server-rendered forms): one question for the date, each list filled with
// its part of the person's answer.
TEST_F(StepFillerTest, ADateAskedAsListsOfItsPartsIsOneQuestion) {
  std::vector<std::pair<std::string, std::string>> days, months, years;
  for (int day = 1; day <= 31; ++day) days.emplace_back(std::to_string(day), std::to_string(day));
  for (const char* month : {"January", "February", "March", "April", "May", "June", "July",
                            "August", "September", "October", "November", "December"}) {
    months.emplace_back(month, std::to_string(months.size() + 1));
  }
  for (int year = 2008; year >= 1950; --year) {
    years.emplace_back(std::to_string(year), std::to_string(year));
  }
  page_.now = FormPage(
      {TextField("email", "Email", true), SelectField("birth_day", "Date of birth Day", days),
       SelectField("birth_month", "Date of birth Month", months),
       SelectField("birth_year", "Date of birth Year", years)},
      {MakeButton("Submit application", ButtonRole::kSubmit)});
  person_.answers["Date of birth"] = "1990-04-12";
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  ASSERT_EQ(person_.asked.size(), 1u);
  EXPECT_EQ(person_.asked.front().prompt, "Date of birth");
  EXPECT_EQ(received_["birth_day"], "12");
  EXPECT_EQ(received_["birth_month"], "4");
  EXPECT_EQ(received_["birth_year"], "1990");
}

// A table of questions (an hourly job's weekly availability: a list per weekday
// under one title) names each row by its day alone: the person is asked about
// "Weekly availability: Monday", not "Monday", and that is the question the
// answer is kept under.
TEST_F(StepFillerTest, ARowOfATableOfQuestionsIsAskedUnderTheTablesName) {
  const std::vector<std::pair<std::string, std::string>> shifts = {{"Morning", "am"},
                                                                   {"Not available", "off"}};
  perception::Field monday = SelectField("mon", "Monday", shifts);
  perception::Field tuesday = SelectField("tue", "Tuesday", shifts);
  for (perception::Field* day : {&monday, &tuesday}) {
    day->table = "Weekly availability";
    day->context = "Weekly availability | Availability";
  }
  page_.now = FormPage({TextField("email", "Email", true), monday, tuesday},
                       {MakeButton("Submit application", ButtonRole::kSubmit)});
  person_.answers["Weekly availability: Monday"] = "Morning";
  person_.answers["Weekly availability: Tuesday"] = "Not available";
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  std::vector<std::string> prompts;
  for (const auto& question : person_.asked) prompts.push_back(question.prompt);
  EXPECT_EQ(prompts, (std::vector<std::string>{"Weekly availability: Monday",
                                               "Weekly availability: Tuesday"}));
  EXPECT_EQ(received_["mon"], "am");
  EXPECT_EQ(received_["tue"], "off");
}

// A choice the profile makes can take questions away: "Outside Thailand" in a
// province list hides the district box a Thai address needs (Thai, Indian and
// many national job boards). The person is asked about what the page still asks
// once the profile's choices are in, not about the district of an address
// abroad.
TEST_F(StepFillerTest, QuestionsWaitForThePageTheProfilesChoicesLeave) {
  ASSERT_NO_FATAL_FAILURE(UseProfileWithAUsAddress());
  perception::Field province =
      SelectField("province", "Province",
                  {{"Bangkok", "10"}, {"Chiang Mai", "50"}, {"Outside Thailand", "99"}});
  province.options[1].selected = true;  // the site's preset: Bangkok
  province.options[0].selected = false;
  province.value = "10";
  page_.now = FormPage(
      {TextField("email", "Email", true), province, TextField("district", "District", true)},
      {MakeButton("Submit application", ButtonRole::kSubmit)});
  page_.after_fill = [](FakeRunPage& page, const std::string& name) {
    if (name != "province" || page.FieldNamed("province")->value != "99") return;
    std::erase_if(page.now.fields, [](const auto& field) { return field.name == "district"; });
    for (std::size_t i = 0; i < page.now.fields.size(); ++i) {
      page.now.fields[i].index = static_cast<int>(i);
    }
  };
  Apply();
  EXPECT_EQ(report_.report().outcome, Outcome::kSubmitted) << report_.report().message;
  EXPECT_EQ(received_["province"], "99");
  for (const auto& question : person_.asked) EXPECT_NE(question.prompt, "District");
}

}  // namespace
}  // namespace applier::session
