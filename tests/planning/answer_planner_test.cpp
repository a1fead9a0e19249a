#include "planning/answer_planner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <tuple>

#include "planning/option_matcher.h"
#include "support/process.h"

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;
using perception::Option;
using Decision = FieldPlan::Decision;

Field MakeField(ControlKind kind, std::string label, bool required,
                std::vector<std::string> options = {}) {
  Field field;
  field.kind = kind;
  field.label = std::move(label);
  field.required = required;
  for (auto& option : options) field.options.push_back(Option{option, option, false});
  return field;
}

class AnswerPlannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto profile = knowledge::LoadProfile(testing::SourceDir() / "examples" / "profile.yaml");
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
    auto db = store::Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    bank_.emplace(*db_);
    planner_.emplace(profile_, &*bank_, "jordan");
  }

  testing::TempDir dir_;
  knowledge::Profile profile_;
  std::optional<store::Database> db_;
  std::optional<knowledge::AnswerBank> bank_;
  std::optional<AnswerPlanner> planner_;
};

struct Expect {
  Field field;
  Decision decision;
  FieldKey key;
  std::string text;  // expected Answer::text (or option label) when filled
  AnswerSource source = AnswerSource::kProfile;
};

TEST_F(AnswerPlannerTest, EndToEndOverAnApplicationForm) {
  const std::vector<std::string> yes_no = {"--", "Yes", "No"};
  Field email = MakeField(ControlKind::kEmail, "Email", true);
  email.autocomplete = "email";
  std::vector<Expect> form = {
      {MakeField(ControlKind::kText, "First Name", true), Decision::kFill, FieldKey::kFirstName,
       "Jordan"},
      {MakeField(ControlKind::kText, "Last Name", true), Decision::kFill, FieldKey::kLastName,
       "Rivera"},
      {email, Decision::kFill, FieldKey::kEmail, "jordan.rivera@example.com"},
      {MakeField(ControlKind::kTel, "Phone", true), Decision::kFill, FieldKey::kPhone,
       "+1 415 555 0142"},
      {MakeField(ControlKind::kText, "Middle name", false), Decision::kLeave, FieldKey::kMiddleName,
       ""},
      {MakeField(ControlKind::kCombobox, "Location (City)", true), Decision::kFill,
       FieldKey::kLocation, "San Francisco, CA"},
      {MakeField(ControlKind::kSelect, "Country", true,
                 {"Select...", "Canada", "United States of America"}),
       Decision::kFill, FieldKey::kCountry, "United States of America"},
      {MakeField(ControlKind::kUrl, "LinkedIn Profile", false), Decision::kFill,
       FieldKey::kLinkedin, "https://www.linkedin.com/in/jordan-rivera-example"},
      {MakeField(ControlKind::kRadioGroup, "Are you legally authorized to work in the US?", true,
                 {"Yes", "No"}),
       Decision::kFill, FieldKey::kWorkAuthorization, "Yes"},
      {MakeField(ControlKind::kSelect, "Will you now or in the future require sponsorship?", true,
                 yes_no),
       Decision::kFill, FieldKey::kSponsorship, "No"},
      {MakeField(ControlKind::kRadioGroup, "Are you authorized to work in Germany?", true,
                 {"Yes", "No"}),
       Decision::kFill, FieldKey::kWorkAuthorization, "No"},
      {MakeField(ControlKind::kRadioGroup, "Are you authorized to work in Canada?", true,
                 {"Yes", "No"}),
       Decision::kAskHuman, FieldKey::kWorkAuthorization, ""},
      {MakeField(ControlKind::kSelect, "Gender", false,
                 {"Select...", "Male", "Female", "Decline To Self Identify"}),
       Decision::kFill, FieldKey::kGender, "Decline To Self Identify"},
      {MakeField(ControlKind::kSelect, "Veteran Status", false,
                 {"Select...", "I am not a protected veteran",
                  "I identify as one or more of the classifications of protected veteran",
                  "I don't wish to answer"}),
       Decision::kFill, FieldKey::kVeteran, "I am not a protected veteran"},
      {MakeField(ControlKind::kSelect, "Desired compensation", true,
                 {"Please select", "$120,000 - $150,000", "$150,000 - $200,000"}),
       Decision::kFill, FieldKey::kSalary, "$150,000 - $200,000"},
      // Bands in another currency than the profile's salary: the rate is not ours.
      {MakeField(
           ControlKind::kCombobox, "Expected gross annual salary", true,
           {"Menos de 30.000 €", "30.000 € - 60.000 €", "60.000 € - 80.000 €", "Más de 80.000 €"}),
       Decision::kAskHuman, FieldKey::kSalary, ""},
      {MakeField(ControlKind::kSelect, "Salary expectations", false,
                 {"Select...", "Up to £60,000", "£60,000 - £90,000", "£90,000+"}),
       Decision::kAskHuman, FieldKey::kSalary, ""},
      {MakeField(ControlKind::kText, "Desired compensation", true), Decision::kFill,
       FieldKey::kSalary, "$175,000 - $195,000 base, depending on the total package"},
      {MakeField(ControlKind::kSelect, "How did you hear about this job?", false,
                 {"Select...", "LinkedIn", "Indeed", "Other"}),
       Decision::kFill, FieldKey::kHowHeard, "LinkedIn"},
      {MakeField(ControlKind::kSelect, "Degree", false,
                 {"Select...", "Bachelor's Degree", "Master's Degree"}),
       Decision::kFill, FieldKey::kDegree, "Bachelor's Degree"},
      {MakeField(ControlKind::kTextarea, "Why do you want to work at Acme Robotics?", true),
       Decision::kFill, FieldKey::kUnknown, profile_.answers.front().second},
      {MakeField(ControlKind::kTextarea, "What is your favourite robot?", true),
       Decision::kAskHuman, FieldKey::kUnknown, ""},
      {MakeField(ControlKind::kTextarea, "Anything else we should know?", false), Decision::kLeave,
       FieldKey::kUnknown, ""},
      {MakeField(ControlKind::kFile, "Cover Letter", false), Decision::kLeave,
       FieldKey::kCoverLetter, ""},
      {MakeField(ControlKind::kCheckbox, "Email me job alerts", false), Decision::kLeave,
       FieldKey::kOptIn, ""},
  };
  for (const Expect& expect : form) {
    FieldPlan plan = planner_->Plan(expect.field);
    SCOPED_TRACE(expect.field.label + " -> " + ToString(plan.decision) + ": " + plan.why);
    EXPECT_EQ(plan.key, expect.key) << ToString(plan.key);
    EXPECT_EQ(plan.decision, expect.decision);
    EXPECT_FALSE(plan.why.empty());
    if (expect.decision == Decision::kFill) {
      EXPECT_EQ(plan.answer.text, expect.text);
      EXPECT_EQ(plan.answer.source, expect.source);
      EXPECT_GE(plan.answer.confidence, kFillThreshold);
      EXPECT_FALSE(plan.answer.reason.empty());
      // Every option chosen says which facts chose it: no guesses.
      if (!expect.field.options.empty()) {
        EXPECT_FALSE(plan.answer.decided_by.empty());
      }
    }
  }
}

// A Greek form's one education block: its year of graduation is the profile's
// degree's, though the block also asks whether a master's is held (a question,
// ending in the Greek ";") and the level of English (no degree): neither is a
// second degree entry that would leave unsaid which entry the year belongs to.
TEST_F(AnswerPlannerTest, AGraduationYearBesideOtherEducationQuestionsIsTheDegreesYear) {
  Field level = MakeField(ControlKind::kSelect, "Ανώτατο επίπεδο εκπαίδευσης", true,
                          {"Απολυτήριο Λυκείου", "Πτυχίο ΑΕΙ", "Μεταπτυχιακό"});
  Field year = MakeField(ControlKind::kText, "Έτος αποφοίτησης", false);
  year.placeholder = "ΕΕΕΕ";
  year.max_length = 4;
  Field masters = MakeField(ControlKind::kRadioGroup, "Κατέχετε μεταπτυχιακό τίτλο σπουδών;", true,
                            {"Ναι", "Όχι"});
  Field english = MakeField(ControlKind::kSelect, "Επίπεδο γνώσης αγγλικών", false,
                            {"B2 (Lower)", "C1 (Advanced)", "C2 (Proficiency)"});
  std::vector<Field> page = {level, year, masters, english};
  for (Field& field : page) field.context = "Εκπαίδευση";
  const PageContext context = planner_->ContextOf(page, false);
  FieldPlan plan = planner_->Plan(page[1], context);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2017");
  EXPECT_EQ(planner_->Plan(page[3], context).decision, Decision::kLeave);
}

// "Year completed" under the highest level of education and the institution (Canada's
// public-service applications ask education so) is the year the degree was finished.
TEST_F(AnswerPlannerTest, AYearCompletedBesideTheHighestLevelIsTheDegreesYear) {
  Field level = MakeField(
      ControlKind::kSelect, "Highest level of education completed", true,
      {"Select", "Secondary school diploma or equivalent", "College diploma or certificate",
       "Bachelor's degree", "Master's degree", "Doctorate (PhD)"});
  Field school = MakeField(ControlKind::kText, "Name of educational institution", true);
  Field year = MakeField(ControlKind::kText, "Year completed", true);
  year.hint = "Format: YYYY";
  year.max_length = 4;
  std::vector<Field> page = {level, school, year};
  const PageContext context = planner_->ContextOf(page, false);
  const FieldPlan plan = planner_->Plan(page[2], context);
  EXPECT_EQ(plan.key, FieldKey::kEducationEnd) << ToString(plan.key);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2017");
}

// A pay box asking per month beside a currency list preset to the country's money
// (job boards of Kazakhstan, Russia, Central Asia: "Expected salary per month, net"
// with ₸ / $ / ₽ beside it): the profile's yearly salary does not fit the box, so the
// amount is the person's, and so is the currency that goes with it: the preset one
// stays rather than the profile's, which would price the person's amount in dollars.
// Without a period of its own the box takes the profile's amount and currency.
TEST_F(AnswerPlannerTest, ACurrencyBesideAPayAmountThePersonGivesStaysAsItIs) {
  Field amount = MakeField(ControlKind::kText, "Expected salary per month, net", true);
  Field currency = MakeField(ControlKind::kSelect, "Currency", false);
  currency.options = {
      {"₸ tenge", "KZT", false}, {"$ dollar", "USD", false}, {"₽ ruble", "RUR", false}};
  currency.value = "KZT";
  const PageContext context = planner_->ContextOf({amount, currency}, false);
  FieldPlan plan = planner_->Plan(currency, context);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
  EXPECT_EQ(planner_->Plan(amount, context).decision, Decision::kAskHuman);
  Field empty_currency = currency;
  empty_currency.value = "";
  empty_currency.required = true;
  empty_currency.options.insert(empty_currency.options.begin(), {"Choose", "", false});
  EXPECT_EQ(planner_->Plan(empty_currency, planner_->ContextOf({amount, empty_currency})).decision,
            Decision::kAskHuman);

  Field any_period = MakeField(ControlKind::kText, "Expected salary", true);
  const PageContext plain = planner_->ContextOf({any_period, currency}, false);
  FieldPlan chosen = planner_->Plan(currency, plain);
  ASSERT_EQ(chosen.decision, Decision::kFill) << chosen.why;
  EXPECT_EQ(chosen.answer.option_value, "USD");
}

TEST_F(AnswerPlannerTest, ChoiceAnswersCarryTheOptionValue) {
  Field field = MakeField(ControlKind::kSelect, "Country", true);
  field.options = {
      {"Select...", "", false}, {"United States", "US", false}, {"Canada", "CA", false}};
  FieldPlan plan = planner_->Plan(field);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "United States");
  EXPECT_EQ(plan.answer.option_value, "US");
}

// A degree list whose last choice is having none ("No degree", "None") is a
// list of levels, not a yes/no question whether one is held: the profile's
// degree is chosen. A list that answers yes or no is one.
TEST_F(AnswerPlannerTest, ALevelListEndingInNoDegreeIsNoYesNoQuestion) {
  Field levels = MakeField(ControlKind::kCombobox, "Degree", true);
  levels.options = {{"High school diploma or GED", "", false}, {"Associate degree", "", false},
                    {"Bachelor's degree", "", false},          {"Master's degree", "", false},
                    {"Doctorate (PhD, EdD)", "", false},       {"No degree", "", false}};
  FieldPlan plan = planner_->Plan(levels);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Bachelor's degree");

  Field held = MakeField(ControlKind::kSelect, "Have you completed a Bachelor's degree?", true);
  held.options = {{"Select...", "", false}, {"Yes", "", false}, {"No", "", false}};
  plan = planner_->Plan(held);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Yes");
}

// "Are you 18 or older?" in any wording is one fact: profile.adult, else the
// date of birth; with neither, the person is asked.
TEST_F(AnswerPlannerTest, OfAgeFromAdultOrTheDateOfBirth) {
  Field field = MakeField(ControlKind::kSelect, "Are you 18 years of age or older?", true);
  field.options = {{"Select", "", false}, {"Yes", "Y", false}, {"No", "N", false}};
  FieldPlan plan = planner_->Plan(field);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "Y");
  profile_.adult.reset();
  profile_.date_of_birth = "2015-06-30";
  AnswerPlanner child(profile_, nullptr, "jordan");
  plan = child.Plan(field);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "N");
  profile_.date_of_birth.clear();
  AnswerPlanner unknown(profile_, nullptr, "jordan");
  EXPECT_EQ(unknown.Plan(field).decision, Decision::kAskHuman);
}

// Indian and Gulf forms ask where one lives as "India / Outside India": the
// person in the US lives outside; a list naming their country takes that.
TEST_F(AnswerPlannerTest, ACountryOrTheRestOfTheWorld) {
  Field where =
      MakeField(ControlKind::kRadioGroup, "Current Location", true, {"India", "Outside India"});
  FieldPlan plan = planner_->Plan(where);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Outside India");
  Field country = MakeField(ControlKind::kSelect, "Country of residence", true,
                            {"India", "United States", "Outside India"});
  plan = planner_->Plan(country);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "United States");
}

// A form builder's default country (Wufoo, Jotform) is no answer when the profile
// names another country the list does not hold in words the engine reads: kept, it
// would send the wrong country; the person is asked.
TEST_F(AnswerPlannerTest, APreselectedCountryTheProfileContradictsIsAsked) {
  Field country = MakeField(ControlKind::kSelect, "Country", true, {"Croatia", "Elbonia"});
  country.options[0].selected = true;
  country.value = "Croatia";
  FieldPlan plan = planner_->Plan(country);
  EXPECT_EQ(plan.decision, Decision::kAskHuman) << plan.why;
  EXPECT_FALSE(plan.kept_held_choice);
  // A preselected choice the profile says nothing about is still kept.
  Field device = MakeField(ControlKind::kSelect, "Phone device type", true, {"Mobile", "Home"});
  device.options[0].selected = true;
  device.value = "Mobile";
  plan = planner_->Plan(device);
  EXPECT_TRUE(plan.kept_held_choice) << plan.why;
}

// "Are you a veteran?" as Yes / No (a tax-credit screening) asks whether one served;
// "I am not a protected veteran" does not say, so nothing is sent. Asked of the
// protected status, the same answer is No.
TEST_F(AnswerPlannerTest, AProtectedVeteranStatusDoesNotSayWhetherOneServed) {
  Field served = MakeField(ControlKind::kRadioGroup, "Are you a veteran of the U.S. Armed Forces?",
                           false, {"Yes", "No"});
  FieldPlan plan = planner_->Plan(served);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
  Field protected_status =
      MakeField(ControlKind::kRadioGroup, "Are you a protected veteran?", false, {"Yes", "No"});
  plan = planner_->Plan(protected_status);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "No");
}

// Hourly applications list the positions (or stores) one may be considered for as
// checkboxes with the one the posting was for already ticked: kept, as a preselected
// choice in a list is; with nothing ticked the person is asked.
TEST_F(AnswerPlannerTest, ACheckboxGroupThePageTickedIsKept) {
  Field positions = MakeField(ControlKind::kCheckboxGroup, "Which positions are you interested in?",
                              true, {"Crew Member", "Cashier", "Cook"});
  positions.options[0].selected = true;
  positions.value = "Crew Member";
  FieldPlan plan = planner_->Plan(positions);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
  EXPECT_TRUE(plan.kept_held_choice) << plan.why;

  Field none = positions;
  none.options[0].selected = false;
  none.value.clear();
  EXPECT_EQ(planner_->Plan(none).decision, Decision::kAskHuman);
}

// A hosted form builder's field prefilled from the link (Formstack's ?field123=,
// Gravity Forms' dynamic population) and read-only: the position applied for is
// the page's to fill; asking the person could change nothing. An empty read-only
// box, or one a person may type in, is still theirs to answer.
TEST_F(AnswerPlannerTest, AReadOnlyBoxThePageFilledIsKept) {
  Field position = MakeField(ControlKind::kText, "Position applied for", true);
  position.read_only = true;
  position.value = "Software Engineer III (Req. 3317)";
  FieldPlan plan = planner_->Plan(position);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
  EXPECT_TRUE(plan.kept_held_choice) << plan.why;

  Field empty = position;
  empty.value = "  ";
  EXPECT_EQ(planner_->Plan(empty).decision, Decision::kAskHuman);
  Field editable = position;
  editable.read_only = false;
  EXPECT_EQ(planner_->Plan(editable).decision, Decision::kAskHuman);
}

// A form builder's "Other:" choice with a box of its own (Formstack, Google Forms,
// survey forms' "Other (please specify)"): a referral source no option names is
// that choice, with the source written in its box. Without the box the person is
// asked; a self-identification's "decline" is never written out.
TEST_F(AnswerPlannerTest, AFactNoOptionNamesGoesInTheOtherOptionsBox) {
  Field heard = MakeField(ControlKind::kRadioGroup, "How did you learn about this opening?", true,
                          {"Our website", "Indeed", "Employee referral", "Other:"});
  heard.options.back().specify = true;
  FieldPlan plan = planner_->Plan(heard);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "Other:");
  EXPECT_EQ(plan.answer.specified, "LinkedIn");

  Field no_box = heard;
  no_box.options.back().specify = false;
  EXPECT_EQ(planner_->Plan(no_box).decision, Decision::kAskHuman);

  Field gender = MakeField(ControlKind::kRadioGroup, "Gender", true, {"Male", "Female", "Other:"});
  gender.options.back().specify = true;
  EXPECT_TRUE(planner_->Plan(gender).answer.specified.empty());
}

// "Total Experience: [8 Years] [0 Months]": the months list holds what the whole
// years leave, never the years counted as months.
TEST_F(AnswerPlannerTest, ExperienceInAYearsAndAMonthsList) {
  Field years = MakeField(ControlKind::kSelect, "Total Experience", true,
                          {"Years", "Fresher", "1 Year", "7 Years", "8 Years", "9 Years"});
  Field months = MakeField(ControlKind::kSelect, "Total Experience", true,
                           {"Months", "0 Months", "1 Month", "6 Months", "8 Months"});
  FieldPlan plan = planner_->Plan(years);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "8 Years");
  plan = planner_->Plan(months);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "0 Months");
}

// "Preferred name (if different)", Québec's "Prénom usuel (si différent)": wanted
// only when the name one goes by differs from the legal first name; the profile's
// preferred name that is the first name leaves it empty, one that differs fills it.
TEST_F(AnswerPlannerTest, APreferredNameWantedOnlyIfDifferentStaysEmptyForTheFirstName) {
  for (const char* label : {"Preferred name (if different)", "Prénom usuel (si différent)",
                            "Preferred first name, if different from legal name"}) {
    FieldPlan plan = planner_->Plan(MakeField(ControlKind::kText, label, false));
    EXPECT_EQ(plan.key, FieldKey::kPreferredName) << label;
    EXPECT_EQ(plan.decision, Decision::kLeave) << label << ": " << plan.why;
  }
  FieldPlan plain = planner_->Plan(MakeField(ControlKind::kText, "Preferred name", false));
  ASSERT_EQ(plain.decision, Decision::kFill) << plain.why;
  EXPECT_EQ(plain.answer.text, "Jordan");
  profile_.name.preferred = "Jo";
  AnswerPlanner goes_by_jo(profile_, nullptr, "jordan");
  FieldPlan differs =
      goes_by_jo.Plan(MakeField(ControlKind::kText, "Preferred name (if different)", false));
  ASSERT_EQ(differs.decision, Decision::kFill) << differs.why;
  EXPECT_EQ(differs.answer.text, "Jo");
}

// Québec's diplomas: the DES ends secondary school, the DEC college (cégep), the
// baccalauréat is the university's bachelor's degree (not France's school-leaving
// bac). A BS is the baccalauréat; "secondaires" is no degree of the person's.
TEST_F(AnswerPlannerTest, AQuebecBaccalaureatIsTheBachelorsDegree) {
  Field field =
      MakeField(ControlKind::kSelect, "Plus haut diplôme obtenu", true,
                {"Diplôme d’études secondaires (DES)", "Diplôme d’études professionnelles (DEP)",
                 "Diplôme d’études collégiales (DEC)", "Certificat universitaire", "Baccalauréat",
                 "Maîtrise", "Doctorat"});
  FieldPlan plan = planner_->Plan(field);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Baccalauréat") << plan.why << " / " << plan.answer.reason;
  // Québec's levels by their schools: secondaire, collégial (cégep), universitaire.
  for (const auto& [options, bachelor] :
       std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"Secondaire", "Collégial", "Baccalauréat", "Maîtrise", "Doctorat"}, "Baccalauréat"},
           {{"Secondaire (DES)", "Collégial (DEC)", "Universitaire 1er cycle (baccalauréat)",
             "Universitaire 2e cycle (maîtrise)", "Universitaire 3e cycle (doctorat)"},
            "Universitaire 1er cycle (baccalauréat)"}}) {
    plan = planner_->Plan(MakeField(ControlKind::kSelect, "Niveau de scolarité", true, options));
    ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
    EXPECT_EQ(plan.answer.text, bachelor) << plan.why;
  }
}

// Canada's employment-equity self-identification (the four designated groups of
// the Employment Equity Act, Québec's "programme d'accès à l'égalité en emploi"):
// women, Indigenous peoples, visible minorities, persons with disabilities, each
// a yes / no / prefer-not question. Whether one is a woman is the gender question,
// Indigenous and visible-minority identity the race / ethnicity one: the profile
// that declines them declines these.
TEST_F(AnswerPlannerTest, CanadasEmploymentEquityGroupsAreTheEeoQuestions) {
  const std::vector<std::string> fr = {"Oui", "Non", "Je préfère ne pas répondre"};
  const std::vector<std::string> en = {"Yes", "No", "I prefer not to answer"};
  const std::vector<std::tuple<std::string, FieldKey, std::vector<std::string>>> cases = {
      {"Vous identifiez-vous comme une femme ?", FieldKey::kGender, fr},
      {"Vous identifiez-vous comme une personne autochtone (Premières Nations, Inuit ou Métis) ?",
       FieldKey::kRace, fr},
      {"Vous identifiez-vous comme membre d’une minorité visible ?", FieldKey::kRace, fr},
      {"Do you identify as a woman?", FieldKey::kGender, en},
      {"Do you identify as an Indigenous person (First Nations, Inuit or Métis)?", FieldKey::kRace,
       en},
      {"Are you a member of a visible minority group?", FieldKey::kRace, en},
      // The federal public service's application asks the same as "Are you a ...?".
      {"Are you a woman?", FieldKey::kGender, en},
      {"Are you an Indigenous person?", FieldKey::kRace, en},
      {"Are you a person with a disability?", FieldKey::kDisability, en},
  };
  for (const auto& [label, key, options] : cases) {
    FieldPlan plan = planner_->Plan(MakeField(ControlKind::kRadioGroup, label, false, options));
    EXPECT_EQ(plan.key, key) << label << ": " << plan.why;
    ASSERT_EQ(plan.decision, Decision::kFill) << label << ": " << plan.why;
    EXPECT_EQ(plan.answer.text, options.back()) << label;
  }
}

TEST_F(AnswerPlannerTest, ResumeFileField) {
  Field field = MakeField(ControlKind::kFile, "Resume/CV", true);
  FieldPlan plan = planner_->Plan(field);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.file_path, profile_.resume.string());
  EXPECT_EQ(plan.answer.reason, "profile.resume");
}

// A salary's period beside its amount: named so ("Desired Salary Type"), or known
// only by offering periods (labelled with its own value "Hourly", or just "الفترة").
// The profile's period picks the option; an experience range is no period.
TEST_F(AnswerPlannerTest, TheSalaryPeriodIsTheProfilesPeriod) {
  for (const Field& field :
       {MakeField(ControlKind::kSelect, "Desired Salary Type", true,
                  {"Select", "Hourly", "Annual"}),
        MakeField(ControlKind::kSelect, "Hourly", true, {"Hourly", "Salary (per year)"}),
        MakeField(ControlKind::kSelect, "الفترة", false, {"شهرياً", "سنوياً"}),
        MakeField(ControlKind::kRadioGroup, "", true, {"pro Monat", "pro Jahr"})}) {
    FieldPlan plan = planner_->Plan(field);
    SCOPED_TRACE(field.label + ": " + plan.why);
    EXPECT_EQ(plan.key, FieldKey::kSalaryPeriod);
    ASSERT_EQ(plan.decision, Decision::kFill);
    EXPECT_EQ(plan.answer.text, field.options.back().label);
  }
  // Beside "negotiable", a period is a choice to name an amount: asked.
  const FieldPlan negotiable = planner_->Plan(MakeField(ControlKind::kRadioGroup, "希望待遇", true,
                                                        {"依公司規定", "面議", "月薪", "年薪"}));
  EXPECT_EQ(negotiable.decision, Decision::kAskHuman) << negotiable.why;
  Field named = MakeField(ControlKind::kRadioGroup, "Pay", true, {"Negotiable", "Per year"});
  named.name = "salary_type";
  EXPECT_EQ(planner_->Plan(named).decision, Decision::kAskHuman);
  const FieldPlan range = planner_->Plan(MakeField(ControlKind::kSelect, "Experience", true,
                                                   {"Less than a year", "1 year", "2-5 years"}));
  EXPECT_NE(range.key, FieldKey::kSalaryPeriod);
  const FieldPlan notice = planner_->Plan(
      MakeField(ControlKind::kSelect, "Notice", true, {"1 month", "2 months", "3 months"}));
  EXPECT_NE(notice.key, FieldKey::kSalaryPeriod);
}

// A salary box in ringgit ("RM" drawn before it, Cognito Forms' currency field on a
// Malaysian form) for a profile whose amount is in US dollars: converting is the
// person's to do, so the box is a question, never the dollar amount.
TEST_F(AnswerPlannerTest, ASalaryInRinggitIsAskedOfAProfileInDollars) {
  Field salary = MakeField(ControlKind::kText, "Gaji Dijangka", true);
  salary.hint = "RM";
  const FieldPlan plan = planner_->Plan(salary);
  EXPECT_EQ(plan.key, FieldKey::kSalary) << ToString(plan.key);
  EXPECT_EQ(plan.decision, Decision::kAskHuman) << plan.why;
}

// A start offered as lengths of time from now is when the notice ends: the example
// profile gives 2 weeks' notice and a start date, which no such option names.
TEST_F(AnswerPlannerTest, StartAsLengthsOfTimeIsTheNoticePeriod) {
  const FieldPlan cs = planner_->Plan(MakeField(
      ControlKind::kSelect, "Kdy můžete nastoupit?", true,
      {"Vyberte…", "Ihned", "Do 2 týdnů", "Do 1 měsíce", "Do 3 měsíců", "Jiný termín / dohodou"}));
  EXPECT_EQ(cs.key, FieldKey::kStartDate);
  ASSERT_EQ(cs.decision, Decision::kFill) << cs.why;
  EXPECT_EQ(cs.answer.text, "Do 2 týdnů");
  const FieldPlan en = planner_->Plan(
      MakeField(ControlKind::kSelect, "When can you start?", true,
                {"Immediately", "Within 2 weeks", "Within a month", "More than a month"}));
  ASSERT_EQ(en.decision, Decision::kFill) << en.why;
  EXPECT_EQ(en.answer.text, "Within 2 weeks");
}

TEST_F(AnswerPlannerTest, RequiredConsentIsCheckedByDefault) {
  FieldPlan plan =
      planner_->Plan(MakeField(ControlKind::kCheckbox, "I agree to the Privacy Policy", true));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_TRUE(plan.answer.check);
  EXPECT_EQ(plan.answer.source, AnswerSource::kDefault);
  FieldPlan optional =
      planner_->Plan(MakeField(ControlKind::kCheckbox, "I agree to receive marketing", false));
  EXPECT_EQ(optional.decision, Decision::kLeave);
}

// Contact Form 7's acceptance box and many sign-up and apply forms mark no consent
// required: they keep the send button disabled until the agreement boxes (one, or
// terms and privacy apart) are ticked. With the submit waiting, every agreement is
// ticked; an opt-in (newsletter, job alerts, other roles) never is, however worded.
TEST_F(AnswerPlannerTest, TheAgreementsASubmitWaitsForAreTickedNeverAnOptIn) {
  const Field privacy = MakeField(ControlKind::kCheckbox, "I agree to the Privacy Policy", false);
  const Field news = MakeField(ControlKind::kCheckbox, "Send me the newsletter", false);
  const PageContext waiting = planner_->ContextOf({privacy, news}, /*submit_waits=*/true);
  FieldPlan plan = planner_->Plan(privacy, waiting);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_TRUE(plan.answer.check);
  EXPECT_EQ(planner_->Plan(news, waiting).decision, Decision::kLeave);
  EXPECT_EQ(planner_->Plan(privacy, planner_->ContextOf({privacy, news})).decision,
            Decision::kLeave);

  const Field terms = MakeField(ControlKind::kCheckbox, "I accept the terms and conditions", false);
  const Field alerts = MakeField(
      ControlKind::kCheckbox, "I agree to receive job alerts and similar offers by email", false);
  const Field pool = MakeField(ControlKind::kCheckbox,
                               "I consent to my data being kept for future vacancies", false);
  const PageContext several =
      planner_->ContextOf({terms, privacy, alerts, pool}, /*submit_waits=*/true);
  EXPECT_EQ(planner_->Plan(terms, several).decision, Decision::kFill);
  EXPECT_EQ(planner_->Plan(privacy, several).decision, Decision::kFill);
  EXPECT_EQ(planner_->Plan(alerts, several).decision, Decision::kLeave);
  EXPECT_EQ(planner_->Plan(pool, several).decision, Decision::kLeave);

  // A required one is a condition of applying, as a required consent is.
  const Field required_pool =
      MakeField(ControlKind::kCheckbox,
                "I consent to storing my data for this application and future opportunities", true);
  EXPECT_EQ(planner_->Plan(required_pool, several).decision, Decision::kFill);
}

// SEEK's PrivacyConsent component (and other ATSs' consent questions) asks the
// agreement as a Yes / No choice: required to apply, it is answered Yes as a
// required box is ticked; optional, it is left; other Yes / No questions that only
// say "agree" are not consents.
TEST_F(AnswerPlannerTest, ARequiredConsentAskedAsYesOrNoIsAnsweredYes) {
  Field radios = MakeField(ControlKind::kRadioGroup, "Do you agree to the privacy policy?", true,
                           {"Yes", "No"});
  radios.options[0].value = "true";
  radios.options[1].value = "false";
  FieldPlan plan = planner_->Plan(radios);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "true");
  EXPECT_EQ(plan.answer.source, AnswerSource::kDefault);

  const Field list = MakeField(ControlKind::kSelect, "I have read and accept the privacy notice",
                               true, {"Select...", "Yes", "No"});
  FieldPlan listed = planner_->Plan(list);
  ASSERT_EQ(listed.decision, Decision::kFill) << listed.why;
  EXPECT_EQ(listed.answer.text, "Yes");

  const Field optional = MakeField(ControlKind::kRadioGroup, "Do you agree to the privacy policy?",
                                   false, {"Yes", "No"});
  EXPECT_EQ(planner_->Plan(optional).decision, Decision::kLeave);
}

// "Do you have experience with Kafka?" as Yes / No: Yes when the profile lists the
// skill it names; a skill the profile does not list is no fact either way (asked).
TEST_F(AnswerPlannerTest, AYesNoQuestionAboutAListedSkillIsAnsweredYes) {
  const Field k8s =
      MakeField(ControlKind::kRadioGroup, "Do you have experience running services on Kubernetes ?",
                true, {"Yes", "No"});
  FieldPlan plan = planner_->Plan(k8s);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Yes");
  EXPECT_EQ(plan.answer.source, AnswerSource::kProfile);

  const Field cpp = MakeField(ControlKind::kSelect, "Do you have commercial C++ experience?", true,
                              {"", "Yes", "No"});
  FieldPlan cpp_plan = planner_->Plan(cpp);
  ASSERT_EQ(cpp_plan.decision, Decision::kFill) << cpp_plan.why;
  EXPECT_EQ(cpp_plan.answer.text, "Yes");

  const Field rust =
      MakeField(ControlKind::kRadioGroup, "Do you have experience with Rust?", true, {"Yes", "No"});
  EXPECT_EQ(planner_->Plan(rust).decision, Decision::kAskHuman);
  // A listed skill's name inside another word is not the skill ("Go" in "Google").
  const Field google = MakeField(ControlKind::kRadioGroup,
                                 "Do you have experience with Google Cloud?", true, {"Yes", "No"});
  EXPECT_EQ(planner_->Plan(google).decision, Decision::kAskHuman);
  // How much experience is not what a listed skill says.
  for (const char* label : {"Do you have 5+ years of experience with Kafka?",
                            "Do you have several years of experience with Kubernetes?"}) {
    const Field years = MakeField(ControlKind::kRadioGroup, label, true, {"Yes", "No"});
    EXPECT_NE(planner_->Plan(years).decision, Decision::kFill) << label;
  }
}

// A number of years with one listed skill ("with C++", "in Go") is not the years
// of work: the profile lists the skill, never for how long, so the person is
// asked. The years of work in general still come from the profile.
TEST_F(AnswerPlannerTest, YearsWithOneSkillAreAskedNotTheYearsOfWork) {
  for (const char* label : {"How many years of experience do you have with C++?",
                            "Wie viele Jahre Erfahrung hast du mit Go?"}) {
    const FieldPlan plan = planner_->Plan(MakeField(ControlKind::kNumber, label, true));
    EXPECT_EQ(plan.decision, Decision::kAskHuman) << label << ": " << plan.why;
  }
  const FieldPlan total = planner_->Plan(
      MakeField(ControlKind::kNumber,
                "How many years of professional software engineering experience?", true));
  ASSERT_EQ(total.decision, Decision::kFill) << total.why;
  EXPECT_EQ(total.answer.text, "8");
}

// Years "as a" named occupation are the years in that occupation: for one the
// person never held (no job title of theirs shares a word with it) the profile's
// years of work do not answer it, so the person is asked; for one they hold, the
// years of work still do.
TEST_F(AnswerPlannerTest, YearsInAnOccupationThePersonNeverHeldAreAsked) {
  const std::vector<std::string> bands = {"Select...",   "No experience", "Less than 1 year",
                                          "1 - 2 years", "3 - 5 years",   "More than 5 years"};
  for (const char* label : {"How many years of experience do you have as a CNA?",
                            "Years of experience working as an electrician (required)",
                            "How many years of experience do you have as a Registered Nurse?"}) {
    const FieldPlan plan = planner_->Plan(MakeField(ControlKind::kSelect, label, true, bands));
    EXPECT_EQ(plan.decision, Decision::kAskHuman) << label << ": " << plan.why;
  }
  const FieldPlan held = planner_->Plan(
      MakeField(ControlKind::kSelect,
                "How many years' experience do you have as a backend developer?", true, bands));
  ASSERT_EQ(held.decision, Decision::kFill) << held.why;
  EXPECT_EQ(held.answer.text, "More than 5 years");
  // "as a number" says how to answer, not in which occupation.
  const FieldPlan number = planner_->Plan(
      MakeField(ControlKind::kText, "Years of experience (please answer as a whole number)", true));
  ASSERT_EQ(number.decision, Decision::kFill) << number.why;
  EXPECT_EQ(number.answer.text, "8");
}

TEST_F(AnswerPlannerTest, FieldAlreadyHoldingTheAnswerIsLeft) {
  Field field = MakeField(ControlKind::kText, "First Name", true);
  field.value = "Jordan";
  FieldPlan plan = planner_->Plan(field);
  EXPECT_EQ(plan.decision, Decision::kLeave);
  EXPECT_NE(plan.why.find("already"), std::string::npos);
}

// A date a person gives whole for a box that shows its own layout is written in
// that layout, as the profile's dates are.
TEST_F(AnswerPlannerTest, AWholeDateFromThePersonIsWrittenInTheBoxsLayout) {
  Field field = MakeField(ControlKind::kText, "Tanggal Lahir", true);
  field.placeholder = "DD/MM/YYYY";
  field.lang = "id";
  auto human = planner_->FromHumanResponse(field, "1990-04-12");
  ASSERT_TRUE(human);
  EXPECT_EQ(human->text, "12/04/1990");
  // Anything else the person types stands as typed.
  auto typed = planner_->FromHumanResponse(field, "12/04/1990");
  ASSERT_TRUE(typed);
  EXPECT_EQ(typed->text, "12/04/1990");
}

TEST_F(AnswerPlannerTest, SavedAnswersAreUsedAndScopedToTheUser) {
  Field field = MakeField(ControlKind::kTextarea, "What is your favourite robot?", true);
  ASSERT_EQ(planner_->Plan(field).decision, Decision::kAskHuman);
  auto human = planner_->FromHumanResponse(field, "  R2-D2 ");
  ASSERT_TRUE(human);
  EXPECT_EQ(human->text, "R2-D2");
  EXPECT_EQ(human->source, AnswerSource::kHuman);
  ASSERT_TRUE(planner_->Remember(field, *human));

  FieldPlan again =
      planner_->Plan(MakeField(ControlKind::kText, "What's your favourite robot? *", true));
  ASSERT_EQ(again.decision, Decision::kFill) << again.why;
  EXPECT_EQ(again.answer.text, "R2-D2");
  EXPECT_EQ(again.answer.source, AnswerSource::kSavedAnswer);

  AnswerPlanner other(profile_, &*bank_, "someone-else");
  EXPECT_EQ(other.Plan(field).decision, Decision::kAskHuman);
}

TEST_F(AnswerPlannerTest, WorksWithoutABank) {
  AnswerPlanner planner(profile_, nullptr, "jordan");
  EXPECT_EQ(planner.Plan(MakeField(ControlKind::kText, "First name", true)).answer.text, "Jordan");
  EXPECT_EQ(planner.Plan(MakeField(ControlKind::kText, "Favourite robot?", true)).decision,
            Decision::kAskHuman);
}

// A birth date drawn as three lists named only "年", "月", "日" under the group
// "生年月日" (Japanese application forms; "Day" / "Month" / "Year" elsewhere): the
// profile holds no birth date, so each is a question about the birth date, and
// the whole date the person answers goes in part by part. Matched as text,
// "1990-04-12" took "12" for the month.
TEST_F(AnswerPlannerTest, ABirthDateAnsweredForListsOfItsParts) {
  auto list = [](std::string label, int from, int to) {
    std::vector<std::string> options = {"--"};
    for (int n = from; n <= to; ++n) options.push_back(std::to_string(n));
    Field field = MakeField(ControlKind::kSelect, std::move(label), true, std::move(options));
    field.context = "生年月日 | 基本情報";
    return field;
  };
  const Field year = list("年", 1950, 2008);
  const Field month = list("月", 1, 12);
  const Field day = list("日", 1, 31);
  for (const Field* field : {&year, &month, &day}) {
    const FieldPlan plan = planner_->Plan(*field);
    EXPECT_EQ(plan.decision, Decision::kAskHuman) << field->label << ": " << plan.why;
    EXPECT_EQ(plan.key, FieldKey::kDateOfBirth) << field->label;
  }
  auto answer = [&](const Field& field, std::string text) {
    auto got = planner_->FromHumanResponse(field, std::move(text));
    return got ? got->option_value : "error: " + got.error().message;
  };
  EXPECT_EQ(answer(year, "1990-04-12"), "1990");
  EXPECT_EQ(answer(month, "1990-04-12"), "4");
  EXPECT_EQ(answer(day, "1990-04-12"), "12");
  EXPECT_EQ(answer(day, "12"), "12");  // the part alone is taken as it is
  EXPECT_EQ(answer(month, "4"), "4");
}

TEST_F(AnswerPlannerTest, HumanResponsesToChoiceFields) {
  Field field = MakeField(ControlKind::kSelect, "Which team?", true,
                          {"Select...", "Platform", "Robotics Controls", "Data"});
  auto by_text = planner_->FromHumanResponse(field, "robotics controls");
  ASSERT_TRUE(by_text);
  EXPECT_EQ(by_text->option_value, "Robotics Controls");
  auto by_number = planner_->FromHumanResponse(field, "3");  // placeholders are not numbered
  ASSERT_TRUE(by_number);
  EXPECT_EQ(by_number->text, "Data");
  auto wrong = planner_->FromHumanResponse(field, "Marketing");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(wrong.error().message.find("1) Platform"), std::string::npos);
  EXPECT_FALSE(planner_->FromHumanResponse(field, "9"));

  Field group = MakeField(ControlKind::kCheckboxGroup, "Languages", true, {"C++", "Go", "Rust"});
  auto several = planner_->FromHumanResponse(group, "go, 3");
  ASSERT_TRUE(several);
  EXPECT_EQ(several->option_values, (std::vector<std::string>{"Go", "Rust"}));

  Field box = MakeField(ControlKind::kCheckbox, "Subscribe", false);
  auto yes = planner_->FromHumanResponse(box, "yes");
  ASSERT_TRUE(yes);
  EXPECT_TRUE(yes->check);
  EXPECT_FALSE(planner_->FromHumanResponse(box, "perhaps"));

  Field file = MakeField(ControlKind::kFile, "Portfolio PDF", true);
  EXPECT_FALSE(planner_->FromHumanResponse(file, "/nonexistent/file.pdf"));
  auto real = planner_->FromHumanResponse(file, profile_.resume.string());
  ASSERT_TRUE(real);
  EXPECT_EQ(real->file_path, profile_.resume.string());
}

// Option cards (role=radio store or position pickers of hourly applications:
// Workstream, Fountain, Harri) are named by all their text, the title and then
// its details; the person answers with the title. Words that begin two cards
// ("Mission" before "Mission Bay") choose neither.
TEST_F(AnswerPlannerTest, HumanResponsesNameAnOptionCardByItsTitle) {
  Field field = MakeField(ControlKind::kRadioGroup, "Which store would you like to work at?", true,
                          {"Harbor Deli – Pier 39 Beach St, San Francisco 0.8 mi away",
                           "Harbor Deli – Mission 24th St, San Francisco 2.3 mi away",
                           "Harbor Deli – Mission Bay 3rd St, San Francisco 1.9 mi away"});
  auto pier = planner_->FromHumanResponse(field, "Harbor Deli – Pier 39");
  ASSERT_TRUE(pier) << pier.error().message;
  EXPECT_EQ(pier->option_value, "Harbor Deli – Pier 39 Beach St, San Francisco 0.8 mi away");
  auto bay = planner_->FromHumanResponse(field, "Harbor Deli – Mission Bay");
  ASSERT_TRUE(bay) << bay.error().message;
  EXPECT_EQ(bay->option_value, "Harbor Deli – Mission Bay 3rd St, San Francisco 1.9 mi away");
  EXPECT_FALSE(planner_->FromHumanResponse(field, "Harbor Deli – Mission"));
}

// Hourly applications ask "Do you have previous work experience?" with Yes / No
// before the last job's employer and role: a work history answers yes.
TEST_F(AnswerPlannerTest, PreviousWorkExperienceAsYesNoFollowsTheWorkHistory) {
  for (const char* label :
       {"Do you have previous work experience?", "Do you have any prior work experience?"}) {
    const FieldPlan plan =
        planner_->Plan(MakeField(ControlKind::kRadioGroup, label, false, {"Yes", "No"}));
    EXPECT_EQ(plan.decision, Decision::kFill) << label << ": " << plan.why;
    EXPECT_EQ(plan.key, FieldKey::kCareerType) << label;
    EXPECT_EQ(plan.answer.text, "Yes") << label;
  }
  // Experience of one kind is not decided by having worked at all.
  const FieldPlan kitchen = planner_->Plan(MakeField(
      ControlKind::kRadioGroup, "Do you have previous kitchen experience?", false, {"Yes", "No"}));
  EXPECT_NE(kitchen.decision, Decision::kFill) << kitchen.why;
}

TEST_F(AnswerPlannerTest, RepeatedEntriesTakeTheProfilesEntryOfTheSameNumber) {
  auto plan = [&](ControlKind kind, const char* label, const char* context,
                  std::vector<std::string> parts = {}) {
    Field field = MakeField(kind, label, true);
    field.context = context;
    field.date_parts = std::move(parts);
    return planner_->Plan(field);
  };
  EXPECT_EQ(plan(ControlKind::kText, "Job Title", "Work Experience 2").answer.text,
            "Backend Engineer");
  EXPECT_EQ(plan(ControlKind::kText, "Company", "Work Experience 1").answer.text,
            "Northwind Logistics");
  EXPECT_EQ(plan(ControlKind::kDateParts, "From", "Work Experience 1", {"MM", "YYYY"}).answer.text,
            "03/2021");
  EXPECT_EQ(plan(ControlKind::kDateParts, "To", "Work Experience 2", {"MM", "YYYY"}).answer.text,
            "02/2021");
  EXPECT_TRUE(
      plan(ControlKind::kCheckbox, "I currently work here", "Work Experience 1").answer.check);
  EXPECT_FALSE(
      plan(ControlKind::kCheckbox, "I currently work here", "Work Experience 2").answer.check);
  // The current job has no end date: left empty, nobody is asked.
  const FieldPlan end = plan(ControlKind::kDateParts, "To", "Work Experience 1", {"MM", "YYYY"});
  EXPECT_EQ(end.decision, Decision::kLeave);
  EXPECT_EQ(
      plan(ControlKind::kDateParts, "To (Actual or Expected)", "Education 1", {"YYYY"}).answer.text,
      "2017");
  // An entry the profile does not have is not invented.
  EXPECT_NE(plan(ControlKind::kText, "Job Title", "Work Experience 7").decision, Decision::kFill);
  // A job's city and state come from its location, never the person's address;
  // a school's city or a job's street is nothing the profile holds.
  EXPECT_EQ(plan(ControlKind::kText, "City", "Work Experience 2").answer.text, "Sacramento");
  EXPECT_EQ(plan(ControlKind::kText, "State", "Work Experience 1").answer.text, "CA");
  EXPECT_EQ(plan(ControlKind::kText, "Country", "Work Experience 1").answer.text, "United States");
  EXPECT_NE(plan(ControlKind::kText, "City", "Education 1").decision, Decision::kFill);
  EXPECT_NE(plan(ControlKind::kText, "Street address", "Work Experience 1").decision,
            Decision::kFill);
}

// A school's years asked as month and year boxes ("MM / YYYY", US applications'
// education blocks) where the profile knows only the years: the year box takes the
// year and the optional month stays empty; a required month box asks instead.
TEST_F(AnswerPlannerTest, AnOptionalMonthAndYearDateTakesAYearAlone) {
  Field end = MakeField(ControlKind::kDateParts, "End Date", false);
  end.context = "Education";
  end.name = "job_application[educations][][end_date][month]";
  end.date_parts = {"MM", "YYYY"};
  const FieldPlan plan = planner_->Plan(end);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "/2017");
  end.required = true;
  EXPECT_NE(planner_->Plan(end).decision, Decision::kFill);
}

// The two ends of a salary range get the ends of the range the profile states
// ("$175,000 - $195,000 base"), never the one amount twice; a profile that states
// no range leaves them to the person.
TEST_F(AnswerPlannerTest, TheEndsOfASalaryRangeGetTheProfilesRange) {
  Field lower = MakeField(ControlKind::kText, "Lower Range", false);
  lower.context = "Salary Expectation";
  Field upper = MakeField(ControlKind::kText, "Upper Range", false);
  upper.context = "Salary Expectation";
  const FieldPlan low = planner_->Plan(lower);
  ASSERT_EQ(low.decision, Decision::kFill) << low.why;
  EXPECT_EQ(low.answer.text, "175000");
  const FieldPlan high = planner_->Plan(upper);
  ASSERT_EQ(high.decision, Decision::kFill) << high.why;
  EXPECT_EQ(high.answer.text, "195000");

  knowledge::Profile point = profile_;
  point.salary.minimum.reset();
  point.salary.maximum.reset();
  const AnswerPlanner planner(point, nullptr, "");
  EXPECT_NE(planner.Plan(lower).decision, Decision::kFill);
  lower.required = true;
  EXPECT_EQ(planner.Plan(lower).decision, Decision::kAskHuman);
}

TEST_F(AnswerPlannerTest, SalaryBoxesThatAskForAnAmountGetANumber) {
  Field salary = MakeField(ControlKind::kText, "Desired annual base salary (USD)", true);
  const FieldPlan plan = planner_->Plan(salary);
  ASSERT_EQ(plan.decision, Decision::kFill);
  EXPECT_EQ(plan.answer.text, "185000");
  Field rejected = MakeField(ControlKind::kText, "Salary expectations", true);
  rejected.validation_message = "Enter a number";
  EXPECT_EQ(planner_->Plan(rejected).answer.text, "185000");
  // The box itself says it takes a number: a numeric keypad, an example amount as
  // its placeholder, the site's message in its own language.
  Field keypad = MakeField(ControlKind::kText, "Gehaltsvorstellung (brutto/Jahr)", true);
  keypad.input_mode = "numeric";
  keypad.lang = "de";
  EXPECT_EQ(planner_->Plan(keypad).answer.text, "185000");
  keypad.placeholder = "z. B. 65.000";
  EXPECT_EQ(planner_->Plan(keypad).answer.text, "185.000");
  Field example = MakeField(ControlKind::kText, "Prétentions salariales", true);
  example.placeholder = "ex. 45 000";
  EXPECT_EQ(planner_->Plan(example).answer.text, "185 000");
  // The note asking for digits read as part of the question (a hint inside the
  // caption's block, as WebForms portals draw it), or a box too short for the
  // profile's salary sentence: the amount, not a question to the person.
  Field noted = MakeField(ControlKind::kText,
                          "What are your salary expectations? Numbers only, e.g. 95000", true);
  EXPECT_EQ(planner_->Plan(noted).answer.text, "185000");
  Field short_box = MakeField(ControlKind::kText, "Salary expectations", true);
  short_box.max_length = 12;
  const FieldPlan shortened = planner_->Plan(short_box);
  ASSERT_EQ(shortened.decision, Decision::kFill) << shortened.why;
  EXPECT_EQ(shortened.answer.text, "185000 USD");
  Field refused = MakeField(ControlKind::kText, "Gehaltsvorstellung", true);
  refused.validation_message = "Bitte geben Sie einen ganzzahligen Betrag ein.";
  EXPECT_EQ(planner_->Plan(refused).answer.text, "185000");
  // Letters that share bytes with a currency sign ("ã" and "£" end alike in UTF-8)
  // name no currency.
  Field pretensao = MakeField(ControlKind::kText, "Pretensão salarial", true);
  EXPECT_EQ(planner_->Plan(pretensao).answer.text,
            "$175,000 - $195,000 base, depending on the total package");
  Field importo = MakeField(ControlKind::kText, "RAL desiderata", true);
  importo.validation_message = "Inserisci solo numeri";
  EXPECT_EQ(planner_->Plan(importo).answer.text, "185000");
  // A box that says nothing of numbers keeps the person's own words.
  Field words = MakeField(ControlKind::kText, "Gehaltsvorstellung", true);
  words.placeholder = "Ihre Vorstellung";
  EXPECT_EQ(planner_->Plan(words).answer.text,
            "$175,000 - $195,000 base, depending on the total package");
}

// A sponsorship question that names no country, beside a right-to-work question
// naming Germany, is about Germany: the profile's EU entry (requires_sponsorship:
// true), not its default country's (US: false). Alone, or beside questions naming
// different countries, it keeps the default country.
TEST_F(AnswerPlannerTest, ASponsorshipQuestionNamingNoCountryTakesTheCountryItsNeighbourNames) {
  const std::vector<std::string> ja_nein = {"Ja", "Nein"};
  const Field permit = MakeField(ControlKind::kRadioGroup,
                                 "Arbeitserlaubnis für Deutschland vorhanden?", true, ja_nein);
  const Field sponsorship =
      MakeField(ControlKind::kRadioGroup, "Benötigen Sie jetzt oder künftig ein Visum-Sponsoring?",
                true, ja_nein);
  const PageContext page = planner_->ContextOf({permit, sponsorship}, false);
  EXPECT_EQ(page.work_country, "DE");
  const FieldPlan beside = planner_->Plan(sponsorship, page);
  EXPECT_EQ(beside.decision, Decision::kFill);
  EXPECT_EQ(beside.answer.text, "Ja");
  EXPECT_EQ(planner_->Plan(permit, page).answer.text, "Nein");
  EXPECT_EQ(planner_->Plan(sponsorship, planner_->ContextOf({sponsorship}, false)).answer.text,
            "Nein");
  const Field us = MakeField(ControlKind::kRadioGroup,
                             "Sind Sie berechtigt, in den USA zu arbeiten?", true, ja_nein);
  EXPECT_EQ(planner_->ContextOf({permit, us, sponsorship}, false).work_country, "");
}

// "Nombre", "Nom", "Nome", "Tu nombre": the first name beside a surname box, the
// surname beside a first-name box, the whole name alone.
TEST_F(AnswerPlannerTest, ABareNameIsThePartTheOtherNameBoxesLeave) {
  const Field nombre = MakeField(ControlKind::kText, "Tu nombre", true);
  const Field apellidos = MakeField(ControlKind::kText, "Apellidos", true);
  PageContext with_surname = planner_->ContextOf({nombre, apellidos}, false);
  EXPECT_EQ(planner_->Plan(nombre, with_surname).answer.text, "Jordan");
  const Field prenom = MakeField(ControlKind::kText, "Prénom", true);
  const Field nom = MakeField(ControlKind::kText, "Nom", true);
  PageContext with_first = planner_->ContextOf({prenom, nom}, false);
  EXPECT_EQ(planner_->Plan(nom, with_first).answer.text, "Rivera");
  const Field nome = MakeField(ControlKind::kText, "Nome", true);
  PageContext alone = planner_->ContextOf({nome}, false);
  EXPECT_EQ(planner_->Plan(nome, alone).answer.text, "Jordan Rivera");
  // Romanian "Nume" beside "Prenume" is the surname, alone the whole name; Ukrainian
  // "Імʼя" and Greek "ΟΝΟΜΑ" beside a surname box are the first name.
  const Field nume = MakeField(ControlKind::kText, "Nume", true);
  const Field prenume = MakeField(ControlKind::kText, "Prenume", true);
  EXPECT_EQ(planner_->Plan(nume, planner_->ContextOf({nume, prenume}, false)).answer.text,
            "Rivera");
  EXPECT_EQ(planner_->Plan(nume, planner_->ContextOf({nume}, false)).answer.text, "Jordan Rivera");
  const Field imya = MakeField(ControlKind::kText, "Імʼя", true);
  const Field prizvyshche = MakeField(ControlKind::kText, "Прізвище", true);
  EXPECT_EQ(planner_->Plan(imya, planner_->ContextOf({prizvyshche, imya}, false)).answer.text,
            "Jordan");
  const Field onoma = MakeField(ControlKind::kText, "ΟΝΟΜΑ", true);
  const Field eponymo = MakeField(ControlKind::kText, "ΕΠΩΝΥΜΟ", true);
  EXPECT_EQ(planner_->Plan(onoma, planner_->ContextOf({onoma, eponymo}, false)).answer.text,
            "Jordan");
  // A form builder's name field: its label and the first box's sub-label read as
  // the whole name ("Ime i prezime * Ime"), beside the sub-labelled surname box.
  const Field ime = MakeField(ControlKind::kText, "Ime i prezime * Ime", true);
  const Field prezime = MakeField(ControlKind::kText, "Prezime", true);
  EXPECT_EQ(planner_->Plan(ime, planner_->ContextOf({ime, prezime}, false)).answer.text, "Jordan");
  EXPECT_EQ(planner_->Plan(ime, planner_->ContextOf({ime}, false)).answer.text, "Jordan Rivera");
  // Brackets that name the part: "お名前（姓）".
  EXPECT_EQ(planner_->Plan(MakeField(ControlKind::kText, "お名前（姓）", true)).answer.text,
            "Rivera");
  EXPECT_EQ(planner_->Plan(MakeField(ControlKind::kText, "お名前（名）", true)).answer.text,
            "Jordan");
}

// "Primer apellido": a one-word surname is the first of the two; of a surname of
// more words, which part is the first only the person knows.
TEST_F(AnswerPlannerTest, TheFirstOfTwoSurnamesIsAOneWordSurname) {
  const Field primer = MakeField(ControlKind::kText, "Primer apellido", true);
  const FieldPlan plan = planner_->Plan(primer);
  ASSERT_EQ(plan.decision, Decision::kFill);
  EXPECT_EQ(plan.answer.text, "Rivera");
  knowledge::Profile two = profile_;
  two.name.last = "García López";
  const AnswerPlanner planner(two, nullptr, "");
  EXPECT_EQ(planner.Plan(primer).decision, Decision::kAskHuman);
}

// A free salary box spells the currency out ("185000 USD"), unless the posting
// shows its pay in that currency: the bare number then reads in it, and a box that
// checks for a number (Workday's salary question) takes it the first time.
TEST_F(AnswerPlannerTest, ASalaryBoxUnderPayShownInTheSameCurrencyGetsTheBareAmount) {
  Field salary = MakeField(ControlKind::kText, "Desired annual base salary", true);
  EXPECT_EQ(planner_->Plan(salary).answer.text, "185000 USD");
  PageContext page;
  page.posting_text =
      "Senior Engineer | The base salary range for this role is $170,000 – $210,000.";
  EXPECT_EQ(planner_->Plan(salary, page).answer.text, "185000");
  page.posting_text = "Senior Engineer | 150k–190k USD plus equity";
  EXPECT_EQ(planner_->Plan(salary, page).answer.text, "185000 USD");  // "150k" is no number mark
  page.posting_text = "Senior Engineer | Gehalt: 70.000 € – 90.000 € brutto im Jahr";
  EXPECT_EQ(planner_->Plan(salary, page).answer.text, "185000 USD");
  page.posting_text = "Pay: $170,000 (US) or €150.000 (EU)";
  EXPECT_EQ(planner_->Plan(salary, page).answer.text, "185000 USD");
}

// Japanese, Chinese and many national forms list their own regions and one
// choice for living elsewhere: a US address takes that choice, never a prefecture
// and never a question the facts answer.
TEST_F(AnswerPlannerTest, ARegionListOfAnotherCountryTakesItsChoiceForLivingElsewhere) {
  Field prefecture = MakeField(ControlKind::kSelect, "都道府県", true,
                               {"選択してください", "北海道", "東京都", "大阪府", "海外"});
  prefecture.options.front().value = "";
  FieldPlan plan = planner_->Plan(prefecture);
  ASSERT_EQ(plan.decision, FieldPlan::Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "海外");
  Field state =
      MakeField(ControlKind::kSelect, "State", true, {"Alabama", "California", "Outside the US"});
  EXPECT_EQ(planner_->Plan(state).answer.text, "California");
  // The same in the other languages the engine reads.
  for (const auto& [label, abroad] :
       std::vector<std::pair<std::string, std::string>>{{"Tỉnh/Thành phố", "Nước ngoài"},
                                                        {"İl", "Yurt dışı"},
                                                        {"Region", "Udlandet"},
                                                        {"Region", "Utlandet"}}) {
    Field region = MakeField(ControlKind::kSelect, label, true, {"Alpha", "Beta", abroad});
    EXPECT_EQ(planner_->Plan(region).answer.text, abroad)
        << label << ": " << planner_->Plan(region).why;
  }
  // Asked as where one lives, of a list of another country's places.
  for (const auto& [label, abroad] : std::vector<std::pair<std::string, std::string>>{
           {"Nơi ở hiện tại (Tỉnh/Thành phố)", "Nước ngoài"},
           {"Current city of residence", "Abroad"}}) {
    Field where = MakeField(ControlKind::kSelect, label, true, {"Hà Nội", "Đà Nẵng", abroad});
    EXPECT_EQ(planner_->Plan(where).answer.text, abroad)
        << label << ": " << planner_->Plan(where).why;
  }
  // A list of the person's own country's cities that leaves theirs out: not abroad.
  Field city = MakeField(ControlKind::kSelect, "Current city of residence", true,
                         {"New York", "Chicago", "Outside the US"});
  EXPECT_NE(planner_->Plan(city).answer.text, "Outside the US") << planner_->Plan(city).why;
  // No choice for elsewhere: the person says.
  Field land = MakeField(ControlKind::kSelect, "Bundesland", true, {"Bayern", "Berlin", "Hessen"});
  EXPECT_NE(planner_->Plan(land).decision, FieldPlan::Decision::kFill);
}

// A layout whose month is a word ("dd-MMM-yyyy" under Zoho Forms' Date field) names
// the whole date, not its year: the start date is written 01-Sep-2025, never "2025".
TEST_F(AnswerPlannerTest, ALayoutWithTheMonthAsAWordNamesTheWholeDate) {
  Field start = MakeField(ControlKind::kText, "Earliest start date", true);
  start.placeholder = "dd-MMM-yyyy";
  start.lang = "en";
  FieldPlan plan = planner_->Plan(start);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "01-Sep-2025") << plan.answer.reason;
  start.placeholder = "";
  start.hint = "dd MMMM yyyy";
  plan = planner_->Plan(start);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "01 September 2025") << plan.answer.reason;
}

TEST_F(AnswerPlannerTest, ValuesAreWrittenAsTheFieldAsksForThem) {
  Field start = MakeField(ControlKind::kText, "Earliest start date", true);
  start.placeholder = "TT.MM.JJJJ";
  start.lang = "de";
  FieldPlan plan = planner_->Plan(start);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "01.09.2025");
  EXPECT_NE(plan.answer.reason.find("DD.MM.YYYY"), std::string::npos) << plan.answer.reason;

  // Templates in the page's own letters name the whole date, not one part of it:
  // Romanian "zz.ll.aaaa" once read as a year box ("aaaa") and got "2025".
  for (const auto& [label, placeholder, lang, expected] :
       std::vector<std::tuple<const char*, const char*, const char*, const char*>>{
           {"Data de începere", "zz.ll.aaaa", "ro", "01.09.2025"},
           {"Munkába állás időpontja", "éééé.hh.nn", "hu", "2025.09.01"},
           {"Дата початку роботи", "дд.мм.рррр", "uk", "01.09.2025"},
           {"Ημερομηνία έναρξης", "ηη/μμ/εεεε", "el", "01/09/2025"},
           {"Datum početka rada", "DD.MM.GGGG", "hr", "01.09.2025"},
           {"Nuo kada galėtumėte pradėti dirbti?", "MMMM-MM-DD", "lt", "2025-09-01"},
           // Estonian and Finnish templates (päev, kuu, aasta; päivä, kuukausi, vuosi)
           // name the whole date, not its year; with no template, Estonian and Latvian
           // write the day first and dotted.
           {"Earliest start date", "pp.kk.aaaa", "et", "01.09.2025"},
           {"Earliest start date", "pp.kk.vvvv", "fi", "01.09.2025"},
           {"Earliest start date", "", "et", "01.09.2025"},
           {"Earliest start date", "", "lv", "01.09.2025"},
           // Welsh: DD/MM/BBBB (blwyddyn, the year), and day first with slashes by default
           {"Pryd allech chi ddechrau?", "DD/MM/BBBB", "cy", "01/09/2025"},
           {"Pryd allech chi ddechrau?", "", "cy", "01/09/2025"}}) {
    Field local = MakeField(ControlKind::kText, label, true);
    local.placeholder = placeholder;
    local.lang = lang;
    const FieldPlan local_plan = planner_->Plan(local);
    ASSERT_EQ(local_plan.decision, Decision::kFill) << label << ": " << local_plan.why;
    EXPECT_EQ(local_plan.answer.text, expected) << label << ": " << local_plan.answer.reason;
  }

  Field picker = MakeField(ControlKind::kDate, "Earliest start date", true);
  picker.html_type = "date";
  EXPECT_EQ(planner_->Plan(picker).answer.text, "2025-09-01");

  Field years = MakeField(ControlKind::kNumber, "Years of experience", true);
  years.html_type = "number";
  EXPECT_EQ(planner_->Plan(years).answer.text, "8");

  Field grouped = MakeField(ControlKind::kText, "Desired annual base salary (USD)", true);
  grouped.placeholder = "e.g. 120,000";
  EXPECT_EQ(planner_->Plan(grouped).answer.text, "185,000");

  Field linkedin = MakeField(ControlKind::kText, "LinkedIn Profile", false);
  linkedin.pattern = "https://.*";
  EXPECT_EQ(planner_->Plan(linkedin).answer.text,
            "https://www.linkedin.com/in/jordan-rivera-example");
}

TEST_F(AnswerPlannerTest, APhoneBesideACountryPickerIsNational) {
  Field code = MakeField(ControlKind::kSelect, "Country code", true,
                         {"United Kingdom (+44)", "United States (+1)"});
  code.autocomplete = "tel-country-code";
  Field phone = MakeField(ControlKind::kTel, "Phone", true);
  const PageContext page = planner_->ContextOf({code, phone});
  EXPECT_TRUE(page.phone_country_code_field);
  EXPECT_EQ(planner_->Plan(phone, page).answer.text, "415 555 0142");
  EXPECT_EQ(planner_->Plan(phone).answer.text, "+1 415 555 0142");
  // The picker that defaults to +44 is changed to the profile's country.
  code.options[0].selected = true;
  code.value = code.options[0].value;
  const FieldPlan picked = planner_->Plan(code, page);
  ASSERT_EQ(picked.decision, Decision::kFill) << picked.why;
  EXPECT_EQ(picked.answer.text, "United States (+1)");
}

// Swiss and German forms (Umantis, rexx) put the country-code picker beside the
// main number and add a mobile box with none: the picker's box wants the national
// number, the other the whole international one (with no code of its own, a
// national number there would read as a Swiss one).
TEST_F(AnswerPlannerTest, OnlyThePhoneBoxBesideTheCountryPickerIsNational) {
  Field code = MakeField(ControlKind::kSelect, "Landesvorwahl", false,
                         {"+41 (CH)", "+49 (DE)", "+1 (US/CA)"});
  code.name = "prefix";
  Field phone = MakeField(ControlKind::kTel, "Telefon", true);
  phone.name = "phone";
  Field mobile = MakeField(ControlKind::kTel, "Mobiltelefon", false);
  mobile.name = "mobile";
  Field email = MakeField(ControlKind::kEmail, "E-Mail-Adresse", true);
  email.name = "email";
  const PageContext page = planner_->ContextOf({code, phone, mobile, email});
  EXPECT_EQ(planner_->Plan(phone, page).answer.text, "415 555 0142");
  EXPECT_EQ(planner_->Plan(mobile, page).answer.text, "+1 415 555 0142");
  // The number before its picker is the picker's too.
  const PageContext after = planner_->ContextOf({mobile, email, phone, code});
  EXPECT_EQ(planner_->Plan(phone, after).answer.text, "415 555 0142");
  EXPECT_EQ(planner_->Plan(mobile, after).answer.text, "+1 415 555 0142");
}

// A calling-code dropdown that draws its options only once opened (Angular
// Material's mat-select): they name countries with their codes, and +1 is the
// United States' and Canada's; the person's country is the one meant.
TEST_F(AnswerPlannerTest, AClosedCallingCodeListIsMatchedByThePersonsCountry) {
  Field code = MakeField(ControlKind::kCombobox, "Indicatif", true);
  code.lang = "fr";
  const FieldPlan plan = planner_->Plan(code);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kPhoneCountryCode);
  EXPECT_EQ(plan.answer.text, "+1");
  EXPECT_EQ(plan.answer.match_text, "United States");
  const std::vector<Option> options = {{"France (+33)", "FR", false},
                                       {"Canada (+1)", "CA", false},
                                       {"États-Unis (+1)", "US", false}};
  auto match = MatchOption(options, plan.answer.match_text, plan.answer.match_key);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 2);
}

// A US address form asking the county beside the state (ADP, many county and
// state government forms): the county is a part of the state the profile does
// not name; a British form's lone "County" is its region.
TEST_F(AnswerPlannerTest, ACountyBesideTheStateIsNotTheState) {
  Field state = MakeField(ControlKind::kText, "State", true);
  Field county = MakeField(ControlKind::kText, "County", false);
  const PageContext page = planner_->ContextOf({state, county});
  EXPECT_EQ(planner_->Plan(state, page).answer.text, "CA");
  const FieldPlan plan = planner_->Plan(county, page);
  EXPECT_NE(plan.decision, Decision::kFill) << plan.answer.text;
  EXPECT_EQ(plan.answer.text, "");
  const FieldPlan alone = planner_->Plan(county, planner_->ContextOf({county}));
  EXPECT_EQ(alone.decision, Decision::kFill) << alone.why;
  EXPECT_EQ(alone.answer.text, "CA");
  // A past job's "State" is that job's place, not a second box of the address:
  // the address's lone "County" is still its region.
  Field job_state = MakeField(ControlKind::kText, "State", false);
  job_state.context = "Work Experience 1";
  const FieldPlan beside_a_job = planner_->Plan(county, planner_->ContextOf({county, job_state}));
  EXPECT_EQ(beside_a_job.decision, Decision::kFill) << beside_a_job.why;
  EXPECT_EQ(beside_a_job.answer.text, "CA");
  // A list of the states called "County" (a British wording on a US form that
  // asks the county too) holds the state: its options say so.
  Field listed = MakeField(ControlKind::kSelect, "County", true);
  listed.options = {{"Select", "", true, false},
                    {"Arizona", "AZ", false, false},
                    {"California", "CA", false, false}};
  const FieldPlan list_plan = planner_->Plan(listed, planner_->ContextOf({listed, county}));
  ASSERT_EQ(list_plan.decision, Decision::kFill) << list_plan.why;
  EXPECT_EQ(list_plan.answer.option_value, "CA");
}

// Dutch, German and Brazilian address forms ask the house number apart from the
// street (a Magento checkout's Straat + Huisnummer once got "500 Howard Street"
// in both, by the name street[1]).
TEST_F(AnswerPlannerTest, AHouseNumberAskedApartSplitsTheStreet) {
  Field street = MakeField(ControlKind::kText, "Straat", true);
  street.name = "street[0]";
  Field number = MakeField(ControlKind::kText, "Huisnummer", true);
  number.name = "street[1]";
  const PageContext page = planner_->ContextOf({street, number});
  EXPECT_TRUE(page.house_number_field);
  FieldPlan plan = planner_->Plan(number, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "500");
  plan = planner_->Plan(street, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Howard Street");
  // Without a number box the street keeps its number.
  EXPECT_EQ(planner_->Plan(street).answer.text, "500 Howard Street");
  // The number last, as Dutch and German streets are written.
  profile_.address.street = "Kerkstraat 12a";
  AnswerPlanner dutch(profile_, &*bank_, "jordan");
  EXPECT_EQ(dutch.Plan(number, page).answer.text, "12a");
  EXPECT_EQ(dutch.Plan(street, page).answer.text, "Kerkstraat");
  // No number in the profile's street: asked, never guessed.
  profile_.address.street = "Howard Street";
  AnswerPlanner none(profile_, &*bank_, "jordan");
  EXPECT_EQ(none.Plan(number, page).decision, Decision::kAskHuman);
}

// A one-box address line (Ukrainian and Russian forms' "Вулиця, будинок,
// квартира", a US form's lone "Street address") holds the flat too when the page
// has no box for it; beside an "Address line 2" box the street stays alone.
TEST_F(AnswerPlannerTest, TheFlatGoesWithTheStreetWhenThePageHasNoBoxForIt) {
  profile_.address.line2 = "Apt 4B";
  AnswerPlanner planner(profile_, &*bank_, "jordan");
  const Field street = MakeField(ControlKind::kText, "Вулиця, будинок, квартира", true);
  FieldPlan plan = planner.Plan(street, planner.ContextOf({street}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "500 Howard Street, Apt 4B");
  const Field line1 = MakeField(ControlKind::kText, "Address line 1", true);
  const Field line2 = MakeField(ControlKind::kText, "Address line 2", false);
  const PageContext page = planner.ContextOf({line1, line2});
  EXPECT_TRUE(page.address_line2_field);
  plan = planner.Plan(line1, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "500 Howard Street");
  EXPECT_EQ(planner.Plan(line2, page).answer.text, "Apt 4B");
}

// Jotform's phone control and US forms ask the area code apart ("Area Code" +
// "Phone Number"); both boxes once got the whole "+1 415 555 0142".
TEST_F(AnswerPlannerTest, AnAreaCodeAskedApartSplitsTheNumber) {
  Field area = MakeField(ControlKind::kTel, "Número de teléfono * Código de área", true);
  area.name = "q5_numeroDe[area]";
  Field number = MakeField(ControlKind::kTel, "Número de teléfono * Número de teléfono", true);
  number.name = "q5_numeroDe[phone]";
  const PageContext page = planner_->ContextOf({area, number});
  EXPECT_TRUE(page.phone_area_code_field);
  FieldPlan plan = planner_->Plan(area, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "415");
  plan = planner_->Plan(number, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "555-0142");
  // Without an area-code box the number is whole.
  EXPECT_EQ(planner_->Plan(number).answer.text, "+1 415 555 0142");
  // A number outside North America shows no area code by its digits: both asked.
  profile_.phone = "+34 612 345 678";
  profile_.phone_country_code = "+34";
  AnswerPlanner spanish(profile_, &*bank_, "jordan");
  EXPECT_EQ(spanish.Plan(area, page).decision, Decision::kAskHuman);
  EXPECT_EQ(spanish.Plan(number, page).decision, Decision::kAskHuman);
}

TEST_F(AnswerPlannerTest, ASalaryCurrencyIsTheProfilesNotThePagesDefault) {
  // A Frappe web form presets its Link field "Currency" to EUR.
  Field currency = MakeField(ControlKind::kText, "Currency", false);
  currency.value = "EUR";
  currency.context = "Salary Expectation";
  const FieldPlan plan = planner_->Plan(currency);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "USD");
  Field select = MakeField(ControlKind::kSelect, "Währung", true, {"EUR", "USD", "CHF"});
  EXPECT_EQ(planner_->Plan(select).answer.text, "USD");
}

// Separate month and year lists or boxes take their part of the date, never the
// whole date matched to the nearest option.
TEST_F(AnswerPlannerTest, AMonthOrYearListTakesThatPartOfTheDate) {
  auto entry_field = [](ControlKind kind, const char* label, const char* name,
                        std::vector<std::string> options) {
    Field field = MakeField(kind, label, true, std::move(options));
    field.name = name;
    return field;
  };
  Field month =
      entry_field(ControlKind::kSelect, "Start Date Month", "WorkExperience.0.StartDate_Month",
                  {"Month", "January", "February", "March", "April"});
  for (std::size_t i = 1; i < month.options.size(); ++i) {
    month.options[i].value = "0" + std::to_string(i);
  }
  FieldPlan plan = planner_->Plan(month);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "March");
  Field year = entry_field(ControlKind::kSelect, "Start Date Year",
                           "WorkExperience.0.StartDate_Year", {"Year", "2025", "2021", "2017"});
  plan = planner_->Plan(year);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2021");
  Field typed =
      entry_field(ControlKind::kText, "Start Date Month (MM)", "WorkExperience.0.StartMonth", {});
  EXPECT_EQ(planner_->Plan(typed).answer.text, "03");
  // A searchable month list (Oracle's cx-select) shows its months only when
  // opened; typing "03" finds none of them: its list is read first.
  Field searchable = entry_field(ControlKind::kCombobox, "Start Date Month",
                                 "WorkExperience.0.StartDate_Month", {});
  EXPECT_TRUE(planner_->ChoosesFromTheList(searchable));
  EXPECT_FALSE(
      planner_->ChoosesFromTheList(entry_field(ControlKind::kCombobox, "City", "city", {})));
  searchable.options = month.options;
  EXPECT_FALSE(planner_->ChoosesFromTheList(searchable));
  plan = planner_->Plan(searchable);
  EXPECT_EQ(plan.answer.text, "March") << plan.why;
}

TEST_F(AnswerPlannerTest, AValueTheFieldRejectsIsAskedNotTyped) {
  // The form asks in euros; the profile's salary is in dollars.
  Field euros = MakeField(ControlKind::kText, "Desired annual salary (EUR)", true);
  FieldPlan plan = planner_->Plan(euros);
  EXPECT_EQ(plan.decision, Decision::kAskHuman);
  EXPECT_NE(plan.why.find("EUR"), std::string::npos) << plan.why;
  // Optional too: the profile says the person states a salary, and only they can
  // say what it is in euros.
  euros.required = false;
  EXPECT_EQ(planner_->Plan(euros).decision, Decision::kAskHuman);

  // A postal code longer than the box.
  Field zip = MakeField(ControlKind::kText, "ZIP code", true);
  zip.max_length = 3;
  plan = planner_->Plan(zip);
  EXPECT_EQ(plan.decision, Decision::kAskHuman);
  EXPECT_NE(plan.why.find("at most 3"), std::string::npos) << plan.why;

  // A pattern the profile's value does not match.
  Field postal = MakeField(ControlKind::kText, "Postal code", true);
  postal.pattern = "[A-Z]{2}[0-9]{3}";
  plan = planner_->Plan(postal);
  EXPECT_EQ(plan.decision, Decision::kAskHuman);
  EXPECT_NE(plan.why.find("pattern"), std::string::npos) << plan.why;

  // A date the box's format cannot hold.
  Field month = MakeField(ControlKind::kText, "Graduation date", true);
  month.placeholder = "MM/YYYY";
  month.context = "Education 1";
  plan = planner_->Plan(month);
  EXPECT_NE(plan.decision, Decision::kFill) << plan.answer.text;
}

const std::vector<std::string> kPermitStatus = {
    "Select...", "U.S. Citizen", "Permanent Resident (Green Card)",
    "I hold a visa that allows me to work without sponsorship", "I will need sponsorship to work"};

TEST_F(AnswerPlannerTest, AStatusTheFactsDoNotDecideIsAskedNotGuessed) {
  // authorized: true and requires_sponsorship: false fit a citizen, a resident and
  // a visa holder: three options, so the person is asked.
  Field permit = MakeField(ControlKind::kSelect, "Work permit status in the United States", true,
                           kPermitStatus);
  FieldPlan plan = planner_->Plan(permit);
  EXPECT_EQ(plan.decision, Decision::kAskHuman) << plan.answer.text;
  EXPECT_NE(plan.why.find("fit 3 options"), std::string::npos) << plan.why;
  EXPECT_NE(plan.why.find("authorized = true"), std::string::npos) << plan.why;

  // The person's answer is saved and decides the same question on the next form.
  auto human = planner_->FromHumanResponse(permit, "permanent resident");
  ASSERT_TRUE(human) << human.error().message;
  EXPECT_EQ(human->text, "Permanent Resident (Green Card)");
  EXPECT_EQ(human->decided_by, std::vector<std::string>{"the person's answer"});
  ASSERT_TRUE(planner_->Remember(permit, *human));
  plan = planner_->Plan(permit);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Permanent Resident (Green Card)");
  EXPECT_EQ(plan.answer.source, AnswerSource::kSavedAnswer);
  EXPECT_FALSE(plan.answer.decided_by.empty());
}

TEST_F(AnswerPlannerTest, AddressLine2AndSalutationComeOnlyFromWhatTheProfileSays) {
  const Field line2 = MakeField(ControlKind::kText, "Address line 2", false, {});
  const Field salutation = MakeField(ControlKind::kText, "Salutation", true, {});
  // Never the street, never inferred: left empty, or asked when required.
  EXPECT_EQ(planner_->Plan(line2).decision, Decision::kLeave);
  EXPECT_EQ(planner_->Plan(salutation).decision, Decision::kAskHuman);

  profile_.address.line2 = "Apt 4B";
  profile_.salutation = "Mx.";
  AnswerPlanner planner(profile_, nullptr, "jordan");
  FieldPlan plan = planner.Plan(line2);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Apt 4B");
  plan = planner.Plan(salutation);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Mx.");
}

// An address or name block whose title alone is marked required (Cognito Forms'
// and Gravity Forms' "Address *" over every box, Zoho Forms' "Name *" over
// Salutation / First / Last): its second line, middle name and salutation, which
// the profile leaves empty, may stay empty; a box marked on its own is still asked.
TEST_F(AnswerPlannerTest, APartOnlyTheBlocksMarkRequiresMayStayEmpty) {
  for (const char* label : {"Address line 2", "Alamat Baris 2", "Middle name", "Salutation"}) {
    SCOPED_TRACE(label);
    Field part = MakeField(ControlKind::kText, label, true);
    part.required_by_group = true;
    FieldPlan plan = planner_->Plan(part);
    EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
    EXPECT_TRUE(plan.may_stay_empty);
    part.required_by_group = false;
    plan = planner_->Plan(part);
    EXPECT_EQ(plan.decision, Decision::kAskHuman) << plan.why;
    EXPECT_FALSE(plan.may_stay_empty);
  }
}

TEST_F(AnswerPlannerTest, InitialsAreWrittenFromTheGivenNames) {
  // Dutch forms ask the initials beside the first name ("Voorletters": "J.P.").
  for (const char* label : {"Voorletters", "Initials"}) {
    FieldPlan plan = planner_->Plan(MakeField(ControlKind::kText, label, true));
    SCOPED_TRACE(label);
    EXPECT_EQ(plan.key, FieldKey::kInitials) << ToString(plan.key);
    ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
    EXPECT_EQ(plan.answer.text, "J.");
  }
  knowledge::Profile two_names = profile_;
  two_names.name.first = "Jan-Willem";
  two_names.name.middle = "Émile";
  AnswerPlanner planner(two_names, &*bank_, "jordan");
  EXPECT_EQ(planner.Plan(MakeField(ControlKind::kText, "Voorletters", true)).answer.text, "J.W.É.");
  // "Middle initial" stays the middle name.
  EXPECT_EQ(planner_->Plan(MakeField(ControlKind::kText, "Middle initial", false)).key,
            FieldKey::kMiddleName);
}

TEST_F(AnswerPlannerTest, AStatusInTheProfileDecidesTheStatusQuestion) {
  profile_.work_authorization["US"].status = knowledge::WorkStatus::kPermanentResident;
  AnswerPlanner planner(profile_, nullptr, "jordan");
  FieldPlan plan = planner.Plan(MakeField(
      ControlKind::kRadioGroup, "Work permit status in the United States", true, kPermitStatus));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Permanent Resident (Green Card)");
  ASSERT_FALSE(plan.answer.decided_by.empty());
  EXPECT_EQ(plan.answer.decided_by.front(),
            "profile.work_authorization.US.status = permanent_resident");

  profile_.work_authorization["US"].status = knowledge::WorkStatus::kCitizen;
  EXPECT_EQ(planner
                .Plan(MakeField(ControlKind::kSelect, "Work permit status in the United States",
                                true, kPermitStatus))
                .answer.text,
            "U.S. Citizen");
}

TEST_F(AnswerPlannerTest, StatementsTheFactsDecideAreChosen) {
  FieldPlan plan = planner_->Plan(MakeField(
      ControlKind::kRadioGroup, "Are you legally authorized to work in the United States?", true,
      {"I am authorized to work in the US for any employer",
       "I am authorized to work in the US but will require sponsorship",
       "I am not authorized to work in the US"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "I am authorized to work in the US for any employer");
  ASSERT_GE(plan.answer.decided_by.size(), 2u);
  EXPECT_NE(plan.answer.decided_by[1].find("requires_sponsorship = false"), std::string::npos);

  // Germany: the EU entry answers (authorized: false, requires_sponsorship: true).
  plan = planner_->Plan(MakeField(ControlKind::kRadioGroup,
                                  "Are you authorized to work in Germany?", true, {"Ja", "Nein"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Nein");
  EXPECT_NE(plan.answer.decided_by.front().find("work_authorization.EU"), std::string::npos)
      << plan.answer.decided_by.front();
}

TEST_F(AnswerPlannerTest, EeoOptionsInTheFormsOwnWords) {
  profile_.eeo.race = "Asian";
  profile_.eeo.gender = "Female";
  AnswerPlanner planner(profile_, nullptr, "jordan");
  FieldPlan race = planner.Plan(
      MakeField(ControlKind::kSelect, "Race", true,
                {"Select...", "Hispanic or Latino", "White (Not Hispanic or Latino)",
                 "Asian (Not Hispanic or Latino)", "Two or More Races (Not Hispanic or Latino)",
                 "Decline To Self Identify"}));
  ASSERT_EQ(race.decision, Decision::kFill) << race.why;
  EXPECT_EQ(race.answer.text, "Asian (Not Hispanic or Latino)");
  EXPECT_EQ(race.answer.decided_by.front(), "profile.eeo.race = \"Asian\"");
  FieldPlan gender = planner.Plan(
      MakeField(ControlKind::kRadioGroup, "Gender", true, {"Männlich", "Weiblich", "Divers"}));
  ASSERT_EQ(gender.decision, Decision::kFill) << gender.why;
  EXPECT_EQ(gender.answer.text, "Weiblich");
}

TEST_F(AnswerPlannerTest, ATypeaheadGetsItsQueriesAndWhatToPick) {
  const FieldPlan plan = planner_->Plan(MakeField(ControlKind::kCombobox, "Location (City)", true));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "San Francisco, CA");
  EXPECT_EQ(plan.answer.match_key, FieldKey::kLocation);
  EXPECT_EQ(plan.answer.match_text, "San Francisco, CA, United States");
  EXPECT_EQ(plan.answer.queries,
            (std::vector<std::string>{
                "San Francisco, CA", "San Francisco", "San Francisco, CA, United States",
                "San Francisco, California", "San Francisco, United States"}));
  // A list that is already open is matched by place, decoys and all.
  Field listed = MakeField(ControlKind::kCombobox, "Location (City)", true,
                           {"South San Francisco, CA", "San Francisco, California, United States"});
  const FieldPlan picked = planner_->Plan(listed);
  ASSERT_EQ(picked.decision, Decision::kFill) << picked.why;
  EXPECT_EQ(picked.answer.text, "San Francisco, California, United States");
}

// An Estonian quick apply (a job portal's side panel): the name in one box, the
// country code chosen beside a number written without it, the start date as its
// template shows it; the pay wish in euros a month asked, the consent given and the
// offer to keep the data for later competitions left alone.
TEST_F(AnswerPlannerTest, AnEstonianQuickApplyIsReadInItsOwnWords) {
  Field name = MakeField(ControlKind::kText, "Ees- ja perekonnanimi", true);
  name.lang = "et";
  EXPECT_EQ(planner_->Plan(name).answer.text, "Jordan Rivera") << planner_->Plan(name).why;
  Field email = MakeField(ControlKind::kEmail, "E-post", true);
  email.lang = "et";
  EXPECT_EQ(planner_->Plan(email).answer.text, "jordan.rivera@example.com");
  Field code = MakeField(ControlKind::kSelect, "Riigi suunakood", true,
                         {"Eesti +372", "Soome +358", "Ameerika Ühendriigid / Kanada +1"});
  code.lang = "et";
  EXPECT_EQ(planner_->Plan(code).answer.text, "Ameerika Ühendriigid / Kanada +1")
      << planner_->Plan(code).why;
  Field city = MakeField(ControlKind::kText, "Elukoht", false);
  city.lang = "et";
  EXPECT_NE(planner_->Plan(city).answer.text.find("San Francisco"), std::string::npos)
      << planner_->Plan(city).why;
  Field start = MakeField(ControlKind::kText, "Millal saad tööle asuda?", true);
  start.lang = "et";
  start.placeholder = "pp.kk.aaaa";
  EXPECT_EQ(planner_->Plan(start).answer.text, "01.09.2025") << planner_->Plan(start).why;
  Field pay = MakeField(ControlKind::kText, "Palgasoov (bruto, € kuus)", true);
  pay.lang = "et";
  EXPECT_EQ(planner_->Plan(pay).decision, Decision::kAskHuman) << planner_->Plan(pay).why;
  Field consent = MakeField(ControlKind::kCheckbox,
                            "Nõustun oma isikuandmete töötlemisega värbamise eesmärgil", true);
  consent.lang = "et";
  EXPECT_EQ(planner_->Plan(consent).decision, Decision::kFill) << planner_->Plan(consent).why;
  Field later =
      MakeField(ControlKind::kCheckbox,
                "Luban säilitada minu andmeid 12 kuud ka tulevaste konkursside jaoks", false);
  later.lang = "et";
  const FieldPlan kept = planner_->Plan(later);
  EXPECT_FALSE(kept.decision == Decision::kFill && kept.answer.check) << kept.why;
}

TEST_F(AnswerPlannerTest, ABirthDateIsWrittenAsTheFieldAsks) {
  Field birth = MakeField(ControlKind::kText, "Date of birth", true);
  birth.placeholder = "TT.MM.JJJJ";
  birth.lang = "de";
  EXPECT_EQ(planner_->Plan(birth).decision, Decision::kAskHuman);
  profile_.date_of_birth = "1990-12-31";
  AnswerPlanner planner(profile_, nullptr, "jordan");
  FieldPlan plan = planner.Plan(birth);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "31.12.1990");
  birth.placeholder = "mm/dd/yyyy";
  birth.lang = "en";
  EXPECT_EQ(planner.Plan(birth).answer.text, "12/31/1990");
}

// The date an application is signed ("Today's Date" beside a typed electronic
// signature on US applications, the Date line of a self-identification form) is
// the day the form is filled, written as the box asks; never the start date.
TEST_F(AnswerPlannerTest, TodaysDateBesideASignatureIsTodayInTheBoxsFormat) {
  const auto now = std::chrono::year_month_day{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char us[16];
  std::snprintf(us, sizeof us, "%02u/%02u/%04d", static_cast<unsigned>(now.month()),
                static_cast<unsigned>(now.day()), static_cast<int>(now.year()));
  char de[16];
  std::snprintf(de, sizeof de, "%02u.%02u.%04d", static_cast<unsigned>(now.day()),
                static_cast<unsigned>(now.month()), static_cast<int>(now.year()));
  for (const char* label : {"Today's Date", "Date Signed", "Signature Date", "Todays date"}) {
    Field date = MakeField(ControlKind::kText, label, true);
    date.hint = "mm/dd/yyyy";
    const FieldPlan plan = planner_->Plan(date);
    ASSERT_EQ(plan.decision, Decision::kFill) << label << ": " << plan.why;
    EXPECT_EQ(plan.answer.text, us) << label;
  }
  Field heute = MakeField(ControlKind::kText, "Heutiges Datum", true);
  heute.placeholder = "TT.MM.JJJJ";
  heute.lang = "de";
  const FieldPlan plan = planner_->Plan(heute);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, de);
  // The date one can start stays the profile's.
  Field start = MakeField(ControlKind::kText, "Date Available to Start", true);
  start.hint = "mm/dd/yyyy";
  EXPECT_EQ(planner_->Plan(start).answer.text, "09/01/2025");
}

TEST_F(AnswerPlannerTest, ACheckAllThatApplyGroupGetsTheSetTheSkillsDecide) {
  Field tech = MakeField(ControlKind::kCheckboxGroup,
                         "Which technologies have you used professionally? (check all that apply)",
                         true, {"C", "C++", "C#", "Java", "Go", "Python", "Kubernetes"});
  FieldPlan plan = planner_->Plan(tech);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_values,
            (std::vector<std::string>{"C++", "Go", "Python", "Kubernetes"}));
  EXPECT_FALSE(plan.answer.decided_by.empty());
  // Already checked as planned: nothing to do.
  for (auto& option : tech.options) {
    option.selected = option.label == "C++" || option.label == "Go" || option.label == "Python" ||
                      option.label == "Kubernetes";
  }
  EXPECT_EQ(planner_->Plan(tech).decision, Decision::kLeave);

  // A group the skills say nothing about is asked, not guessed.
  Field spoken = MakeField(ControlKind::kCheckboxGroup, "Which languages do you speak?", true,
                           {"English", "German", "French"});
  EXPECT_EQ(planner_->Plan(spoken).decision, Decision::kAskHuman);
  // One option that happens to be a skill, in a group not about skills: asked.
  Field offices = MakeField(ControlKind::kCheckboxGroup, "Which offices would you consider?", true,
                            {"Berlin", "Go", "Paris"});
  EXPECT_EQ(planner_->Plan(offices).decision, Decision::kAskHuman);
}

// A box that takes the skills one by one (chips) holds the answer when it shows
// every skill; one chip of several is a fill cut short, to be finished.
TEST_F(AnswerPlannerTest, ABoxOfEntriesShowingOneSkillOfSeveralDoesNotHoldTheAnswer) {
  Field skills = MakeField(ControlKind::kCombobox, "Skills", true);
  skills.multiple = true;
  FieldPlan plan = planner_->Plan(skills);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  ASSERT_GT(plan.answer.entries.size(), 1u);
  skills.value = plan.answer.entries.front();
  EXPECT_EQ(planner_->Plan(skills).decision, Decision::kFill);
  skills.value = plan.answer.text;
  EXPECT_EQ(planner_->Plan(skills).decision, Decision::kLeave);
}

// A product named with its maker ("Apache Kafka") is the skill the profile names
// without it ("Kafka"); a longer name that merely starts with a skill is not.
TEST_F(AnswerPlannerTest, ASkillIsItsProductWithOrWithoutTheMakersName) {
  Field tech = MakeField(ControlKind::kCheckboxGroup,
                         "Which of the following technologies have you used in production? "
                         "Select all that apply.",
                         false, {"C++", "Java", "Apache Kafka", "Kubernetes", "Go-to-market"});
  FieldPlan plan = planner_->Plan(tech);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_values,
            (std::vector<std::string>{"C++", "Apache Kafka", "Kubernetes"}));
}

// A file box that shows the profile's file by name (its own list, or the name
// the page drew beside it after taking the file) holds it: uploading again would
// only add a copy.
TEST_F(AnswerPlannerTest, AFileBoxShowingTheFilesNameIsLeft) {
  Field field = MakeField(ControlKind::kFile, "Resume/CV", true);
  const std::string name = profile_.resume.filename().string();
  field.value = name;
  EXPECT_EQ(planner_->Plan(field).decision, Decision::kLeave);
  field.value = "cover.pdf," + name;
  EXPECT_EQ(planner_->Plan(field).decision, Decision::kLeave);
  field.value = "someone-else.pdf";
  EXPECT_EQ(planner_->Plan(field).decision, Decision::kFill);
}

// "How did you hear about us?" lists that name kinds of channel, not services:
// LinkedIn is social media and a job board. One such option is the answer; two
// are a choice made to open the list that follows ("Source"), with the other kept
// to try; a list of services that lacks it is asked.
TEST_F(AnswerPlannerTest, AHowDidYouHearListByKindOfChannel) {
  Field one = MakeField(ControlKind::kSelect, "How did you hear about this position?", true,
                        {"Please select", "Online job board", "Careers website",
                         "Employee referral", "Agency", "Other"});
  FieldPlan plan = planner_->Plan(one);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Online job board");
  EXPECT_TRUE(plan.answer.alternatives.empty());
  EXPECT_FALSE(plan.answer.decided_by.empty());

  Field two =
      MakeField(ControlKind::kSelect, "How did you hear about us?", true,
                {"Job Board", "Social Media", "Careers Site", "Employee Referral", "Other"});
  plan = planner_->Plan(two);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Social Media");
  ASSERT_EQ(plan.answer.alternatives.size(), 1u);
  EXPECT_EQ(plan.answer.alternatives[0].text, "Job Board");

  Field services = MakeField(ControlKind::kSelect, "Source", true,
                             {"Facebook", "Instagram", "X (formerly Twitter)"});
  EXPECT_EQ(planner_->Plan(services).decision, Decision::kAskHuman);
  Field named = MakeField(ControlKind::kSelect, "Which job board?", true,
                          {"Seek", "Indeed", "LinkedIn", "Jora"});
  plan = planner_->Plan(named);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "LinkedIn");
}

// "Vị trí ứng tuyển" as a list of the company's openings: the one the posting
// names (the longest where one name holds another); asked when the posting
// names none, or two unrelated ones.
TEST_F(AnswerPlannerTest, ThePositionAppliedForIsTheOpeningThePostingNames) {
  Field position = MakeField(ControlKind::kCombobox, "Vị trí ứng tuyển", true,
                             {"Backend Engineer", "Senior Backend Engineer", "Kế toán tổng hợp"});
  PageContext page;
  page.posting_text = "Tuyển dụng | Senior Backend Engineer (Payments) | Hà Nội | Ứng tuyển ngay";
  FieldPlan plan = planner_->Plan(position, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Senior Backend Engineer");
  page.posting_text = "Senior Backend Engineer, also see: Kế toán tổng hợp";
  EXPECT_EQ(planner_->Plan(position, page).decision, Decision::kAskHuman);
  EXPECT_EQ(planner_->Plan(position).decision, Decision::kAskHuman);
}

// A document-type list in the row of a file the page took (d.vinci's upload area,
// an attachment category beside each upload): the kind of the profile's file the
// row names. Asked when the row names no file of the profile's, or when no one
// option is that kind.
TEST_F(AnswerPlannerTest, ADocumentTypeIsTheKindOfTheFileItsRowNames) {
  Field type = MakeField(ControlKind::kSelect, "Dokumenttyp", true,
                         {"Bitte wählen", "Anschreiben", "Lebenslauf", "Zeugnisse", "Sonstiges"});
  type.hint = "resume.pdf";
  FieldPlan plan = planner_->Plan(type);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Lebenslauf");

  Field english = MakeField(ControlKind::kSelect, "Document type", true,
                            {"Select...", "Cover Letter", "Resume/CV", "Other"});
  english.context = "resume.pdf (2 KB) Remove";
  plan = planner_->Plan(english);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Resume/CV");

  Field unnamed = type;
  unnamed.hint = "";
  EXPECT_EQ(planner_->Plan(unnamed).decision, Decision::kAskHuman);
  Field other_file = type;
  other_file.hint = "zeugnis_2020.pdf";
  EXPECT_EQ(planner_->Plan(other_file).decision, Decision::kAskHuman);
  Field no_kind = MakeField(ControlKind::kSelect, "Dokumenttyp", true,
                            {"Bitte wählen", "Zeugnisse", "Sonstiges"});
  no_kind.hint = "resume.pdf";
  EXPECT_EQ(planner_->Plan(no_kind).decision, Decision::kAskHuman);
}

// A job board's "Select a resume" step lists the resumes the applicant's account
// holds as a choice: the only one there is the one sent, however optional the list
// looks; among several, the one named like the profile's resume file; otherwise
// the person picks.
TEST_F(AnswerPlannerTest, ASavedResumeListSendsTheAccountsOnlyResume) {
  Field one = MakeField(ControlKind::kRadioGroup, "Select a resume", false,
                        {"Rivera_CV_2026.pdf (uploaded 3/2/2026)"});
  FieldPlan plan = planner_->Plan(one);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Rivera_CV_2026.pdf (uploaded 3/2/2026)");

  Field saved = MakeField(ControlKind::kRadioGroup, "Saved resumes", true, {"my-resume.docx"});
  plan = planner_->Plan(saved);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "my-resume.docx");
  Field cvs = MakeField(ControlKind::kRadioGroup, "Your CVs", true, {"CV March 2026"});
  plan = planner_->Plan(cvs);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "CV March 2026");

  Field listed = MakeField(ControlKind::kSelect, "Choose a resume", true,
                           {"Select...", "Backend resume 2025", "resume.pdf"});
  plan = planner_->Plan(listed);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "resume.pdf");

  Field several = MakeField(ControlKind::kRadioGroup, "Select a resume", true,
                            {"Backend resume 2025", "Management resume 2024"});
  EXPECT_EQ(planner_->Plan(several).decision, Decision::kAskHuman);
  Field question = MakeField(ControlKind::kRadioGroup, "Do you have a resume?", true, {"Yes"});
  EXPECT_NE(planner_->Plan(question).decision, Decision::kFill);
  Field other = MakeField(ControlKind::kRadioGroup, "Preferred shift", false, {"Day"});
  EXPECT_NE(planner_->Plan(other).decision, Decision::kFill);
}

// An upload only takes a file its accept attribute lets through (a photo box
// taking images, a box taking only PDFs), and a photo is no document of the
// person's even among the application documents.
TEST_F(AnswerPlannerTest, AnUploadTakesOnlyAFileItsAcceptListLetsThrough) {
  Field resume = MakeField(ControlKind::kFile, "Lebenslauf", true);
  for (const char* accept :
       {"", ".pdf,.doc,.docx", "application/pdf", ".PDF", "*/*", "application/*"}) {
    resume.accept = accept;
    EXPECT_EQ(planner_->Plan(resume).decision, Decision::kFill) << accept;
  }
  for (const char* accept : {".jpg,.jpeg,.gif,.png", "image/*", ".docx"}) {
    resume.accept = accept;
    EXPECT_NE(planner_->Plan(resume).decision, Decision::kFill) << accept;
  }
  Field photo = MakeField(ControlKind::kFile, "Bewerbungsfoto", false);
  photo.context = "Bewerbungsunterlagen";
  EXPECT_NE(planner_->Plan(photo).decision, Decision::kFill);
}

// A custom list that shows its prompt in the page's language ("Chọn", "Bitte
// wählen") holds no choice to keep: a required one is asked.
TEST_F(AnswerPlannerTest, APromptInThePagesLanguageIsNoPreselectedChoice) {
  for (const char* prompt : {"Chọn", "Bitte wählen", "请选择", "Seleccione una opción"}) {
    Field field = MakeField(ControlKind::kCombobox, "Ca làm việc mong muốn", true);
    field.value = prompt;
    EXPECT_EQ(planner_->Plan(field).decision, Decision::kAskHuman) << prompt;
  }
  Field kept = MakeField(ControlKind::kCombobox, "Ca làm việc mong muốn", true);
  kept.value = "Eligible";
  EXPECT_EQ(planner_->Plan(kept).decision, Decision::kLeave);
}

// "When can you start?" as a list drawn only when opened (a searchable select
// whose options are not read yet): its options may be lengths of time, so the one
// to pick has to mean the notice period (2 weeks); the date stays what is typed.
TEST_F(AnswerPlannerTest, AStartListNotYetOpenedIsMatchedByTheNoticePeriod) {
  Field field = MakeField(ControlKind::kCombobox, "最快到岗时间", true);
  FieldPlan plan = planner_->Plan(field);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kStartDate);
  EXPECT_EQ(plan.answer.match_text, "2 weeks");
  EXPECT_EQ(plan.answer.match_key, FieldKey::kStartDate);
  const auto options = std::vector<Option>{{"随时到岗", "", false},
                                           {"2周内", "", false},
                                           {"1-3个月", "", false},
                                           {"3个月以上", "", false}};
  auto match = MatchOption(options, plan.answer.match_text, plan.answer.match_key);
  ASSERT_TRUE(match);
  EXPECT_EQ(options[static_cast<std::size_t>(match->index)].label, "2周内");
}

// A box that counts the notice in a unit its label names ("(in days)", Hebrew
// "(בימים)") gets the profile's 2 weeks in that unit; one in months cannot take
// 2 weeks as a whole number and becomes a question, never "2".
TEST_F(AnswerPlannerTest, ANoticeBoxInDaysGetsTheNoticeCountedInDays) {
  Field days = MakeField(ControlKind::kText, "תקופת הודעה מוקדמת (בימים)", true);
  days.input_mode = "numeric";
  FieldPlan plan = planner_->Plan(days);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kNoticePeriod);
  EXPECT_EQ(plan.answer.text, "14");
  plan = planner_->Plan(MakeField(ControlKind::kNumber, "Notice period (in days)", true));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "14");
  plan = planner_->Plan(MakeField(ControlKind::kText, "Kündigungsfrist in Wochen", true));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2");
  plan = planner_->Plan(MakeField(ControlKind::kText, "Notice period (months)", true));
  EXPECT_NE(plan.decision, Decision::kFill);
  EXPECT_NE(plan.answer.text, "2");
}

// "Previous employment" below a "Current employment" block (UK application
// forms) is the job before the current one; a page whose only work block is
// headed so (a US form's "Previous Employment", most recent first) asks for the
// work history from its first, most recent job: never the older job in its place.
// A form that mixes its blocks under a heading naming schooling ("Experience &
// Education"): a box whose own words name the pay keeps that meaning; its
// "expected" is no graduation.
// Public-sector and agency forms number their questions ("8. Source", "Q3)
// Notice period"): the number says which question it is, the words after it what
// it asks, even a short word that means something only as the whole label.
TEST_F(AnswerPlannerTest, ANumberedQuestionIsReadByItsWords) {
  for (const char* label : {"8. Source", "Q8) Source", "(8) Source", "12 - Source"}) {
    Field field = MakeField(ControlKind::kSelect, label, true);
    field.options = {Option{"GovernmentJobs.com", "a"}, Option{"Indeed", "b"},
                     Option{"LinkedIn", "c"}, Option{"Other", "d"}};
    const FieldPlan plan = planner_->Plan(field, planner_->ContextOf({field}));
    EXPECT_EQ(plan.key, FieldKey::kHowHeard) << label << ": " << plan.why;
    EXPECT_EQ(plan.answer.text, "LinkedIn") << label << ": " << plan.why;
  }
  // A number that is part of what is asked is no question's number.
  Field years = MakeField(ControlKind::kText, "401(k) plan", false);
  EXPECT_NE(planner_->Plan(years, planner_->ContextOf({years})).key, FieldKey::kHowHeard);
}

TEST_F(AnswerPlannerTest, PayUnderAHeadingNamingSchoolingIsThePay) {
  Field salary = MakeField(ControlKind::kText, "Expected annual salary", true);
  salary.context = "Experience & Education";
  salary.hint = "$ | USD / year | Whole dollars, numbers only.";
  FieldPlan plan = planner_->Plan(salary, planner_->ContextOf({salary}));
  EXPECT_EQ(plan.key, FieldKey::kSalary) << plan.why;
  Field graduation = MakeField(ControlKind::kText, "Year of graduation", true);
  graduation.context = "Experience & Education";
  plan = planner_->Plan(graduation, planner_->ContextOf({graduation}));
  EXPECT_EQ(plan.key, FieldKey::kEducationEnd) << plan.why;
}

TEST_F(AnswerPlannerTest, APreviousEmploymentBlockIsTheJobBeforeOnlyBesideTheCurrentOne) {
  auto entry_field = [](const char* label, const char* context) {
    Field field = MakeField(ControlKind::kText, label, true);
    field.context = context;
    return field;
  };
  const Field previous_employer = entry_field("Employer name", "Previous employment");
  const Field previous_title = entry_field("Job title", "Previous employment");
  const Field current_employer = entry_field("Employer name", "Current or most recent employment");

  FieldPlan plan =
      planner_->Plan(previous_employer, planner_->ContextOf({previous_employer, previous_title}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Northwind Logistics") << plan.why;

  const auto both = planner_->ContextOf({current_employer, previous_employer, previous_title});
  plan = planner_->Plan(previous_employer, both);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Contoso Health") << plan.why;
  plan = planner_->Plan(previous_title, both);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Backend Engineer") << plan.why;
  plan = planner_->Plan(current_employer, both);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Northwind Logistics") << plan.why;

  // Numbered, "Previous employer 1" counts from the job before the current one.
  const Field first_before = entry_field("Employer name", "Previous employer 1");
  const Field second_before = entry_field("Employer name", "Previous employer 2");
  plan = planner_->Plan(first_before, planner_->ContextOf({current_employer, first_before}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Contoso Health") << plan.why;
  const auto numbered_alone = planner_->ContextOf({first_before, second_before});
  plan = planner_->Plan(first_before, numbered_alone);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Northwind Logistics") << plan.why;
  plan = planner_->Plan(second_before, numbered_alone);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Contoso Health") << plan.why;
}

// Short words name a date part in one language and mean something else in
// another: Welsh "ar" ("on") is what Scandinavian "år" folds to, Spanish "mis"
// ("my") is the Welsh month, Turkish "ev" ("home") the Hungarian year. On a page
// in another language they name no part: Welsh "Ar gael o" ("available from")
// is a whole start date, never its year.
TEST_F(AnswerPlannerTest, AWordThatNamesADatePartOnlyInAnotherLanguageNamesNone) {
  Field welsh = MakeField(ControlKind::kText, "Ar gael o", true);
  welsh.placeholder = "DD/MM/BBBB";
  welsh.hint = "Er enghraifft, 27/03/2027 (DD/MM/BBBB)";
  welsh.lang = "cy";
  FieldPlan plan = planner_->Plan(welsh);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kStartDate);
  EXPECT_EQ(plan.answer.text, "01/09/2025") << plan.why;

  // In its own language (or on a page that names none) the word still names it.
  Field swedish =
      MakeField(ControlKind::kSelect, "Tillträde, år", true, {"Välj", "2024", "2025", "2026"});
  swedish.lang = "sv-SE";
  plan = planner_->Plan(swedish);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2025") << plan.why;
  swedish.lang.clear();
  plan = planner_->Plan(swedish);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2025") << plan.why;
}

// Taiwan's forms count years from 民國 1 (1912): a year list that shows ROC years
// takes the profile's year minus 1911; the month and day lists beside it, their
// part of the date. Only where the list or its label shows ROC years.
TEST_F(AnswerPlannerTest, RocYearListsTakeTheYearMinus1911) {
  auto numbered = [](const char* label, int from, int to, std::string before, std::string after,
                     bool pad) {
    Field field = MakeField(ControlKind::kSelect, label, true);
    field.options.push_back(Option{"請選擇", "", false});
    for (int v = from; v <= to; ++v) {
      const std::string value = pad && v < 10 ? "0" + std::to_string(v) : std::to_string(v);
      field.options.push_back(Option{before + std::to_string(v) + after, value, false});
    }
    return field;
  };
  // The earliest start, 2025-09-01.
  Field year = numbered("可上班日：年（民國）", 113, 117, "民國 ", " 年", false);
  FieldPlan plan = planner_->Plan(year);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kStartDate);
  EXPECT_EQ(plan.answer.text, "民國 114 年");
  EXPECT_EQ(plan.answer.option_value, "114");
  plan = planner_->Plan(numbered("可上班日：月", 1, 12, "", " 月", true));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "09");
  plan = planner_->Plan(numbered("可上班日：日", 1, 31, "", " 日", true));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "01");
  // The current job's start, 2021-03, in a work-history row that names no number.
  Field start = numbered("起始年（民國）", 90, 115, "民國 ", " 年", false);
  start.context = "工作經歷 任職期間";
  Field start_month = numbered("起始月", 1, 12, "", " 月", true);
  start_month.context = "工作經歷 任職期間";
  const PageContext page = planner_->ContextOf({start, start_month});
  plan = planner_->Plan(start, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kJobStart);
  EXPECT_EQ(plan.answer.option_value, "110");
  plan = planner_->Plan(start_month, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "03");
  // Two such rows on one page: which job each is, the page does not say.
  Field second = start;
  second.name = "job2_start_y";
  EXPECT_EQ(planner_->Plan(start, planner_->ContextOf({start, second})).decision,
            Decision::kAskHuman);
  // Western years stay western.
  Field western = numbered("起始年", 2015, 2025, "", "", false);
  western.context = "工作經歷 任職期間";
  plan = planner_->Plan(western);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "2021");
}

// Thai forms count years in the Buddhist Era (พ.ศ. = ค.ศ. + 543) and ask a date as
// lists side by side under one label, each named only by its prompt ("วัน",
// "เดือน", "ปี พ.ศ."): what a list holds says its part (days, the twelve months,
// years), and a list of พ.ศ. years takes the profile's year plus 543.
TEST_F(AnswerPlannerTest, BuddhistEraYearListsTakeTheYearPlus543) {
  auto numbered = [](const char* label, const char* prompt, int from, int to) {
    Field field = MakeField(ControlKind::kSelect, label, true);
    field.options.push_back(Option{prompt, "", false});
    for (int v = from; v <= to; ++v) {
      field.options.push_back(Option{std::to_string(v), std::to_string(v), false});
    }
    return field;
  };
  const char* kMonths[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                           "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
  auto months = [&](const char* label) {
    Field field = MakeField(ControlKind::kSelect, label, true);
    field.options.push_back(Option{"เดือน", "", false});
    for (int m = 1; m <= 12; ++m)
      field.options.push_back(Option{kMonths[m - 1], std::to_string(m), false});
    return field;
  };
  // The graduation year of the profile's school, 2017, is พ.ศ. 2560.
  FieldPlan plan = planner_->Plan(numbered("ปีที่สำเร็จการศึกษา (พ.ศ.)", "เลือกปี", 2520, 2569));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kEducationEnd);
  EXPECT_EQ(plan.answer.option_value, "2560");
  // The current job's start, 2021-03, in an unnumbered work-history row.
  Field month = months("ระยะเวลาทำงาน ตั้งแต่ เดือน");
  month.context = "ประสบการณ์ทำงาน (งานล่าสุด)";
  Field year = numbered("ระยะเวลาทำงาน ตั้งแต่ ปี พ.ศ.", "ปี พ.ศ.", 2520, 2569);
  year.context = "ประสบการณ์ทำงาน (งานล่าสุด)";
  const PageContext page = planner_->ContextOf({month, year});
  plan = planner_->Plan(month, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kJobStart);
  EXPECT_EQ(plan.answer.option_value, "3");
  plan = planner_->Plan(year, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "2564");
  // Years written in the Gregorian calendar stay Gregorian.
  plan = planner_->Plan(numbered("Graduation year", "Year", 2010, 2025));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "2017");
}

// The start box of a range labelled by the period ("就读时间" over two year
// pickers) says what it holds only in its placeholder ("开始年份", start year):
// the year of the entry's start, not the whole date; a box whose label and
// placeholder name no part takes the date as written.
TEST_F(AnswerPlannerTest, APlaceholderNamingADatePartGivesThatPart) {
  Field start = MakeField(ControlKind::kText, "Started", true);
  start.context = "Education 1";
  start.placeholder = "\u5f00\u59cb\u5e74\u4efd";
  FieldPlan plan = planner_->Plan(start);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kEducationStart);
  EXPECT_EQ(plan.answer.text, "2013");
  Field job = MakeField(ControlKind::kText, "Started", true);
  job.context = "Work Experience 1";
  job.placeholder = "YYYY";
  plan = planner_->Plan(job);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2021");
  job.placeholder = "Pick a date";
  plan = planner_->Plan(job);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2021-03");
}

// An Indonesian work-experience block ("Pengalaman Kerja") with month and year
// lists named "Bulan mulai" / "Tahun mulai": one job's start, its month and its
// year, not two fields asking the same.
TEST_F(AnswerPlannerTest, IndonesianMonthAndYearListsAreThePartsOfOneDate) {
  std::vector<std::string> months = {"Bulan", "Januari", "Februari", "Maret", "April"};
  Field month = MakeField(ControlKind::kSelect, "Bulan mulai", false, months);
  for (std::size_t i = 1; i < month.options.size(); ++i) month.options[i].value = std::to_string(i);
  month.context = "Pengalaman Kerja";
  Field year =
      MakeField(ControlKind::kSelect, "Tahun mulai", false, {"Tahun", "2022", "2021", "2020"});
  year.context = "Pengalaman Kerja";
  const PageContext page = planner_->ContextOf({month, year});
  FieldPlan plan = planner_->Plan(month, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kJobStart);
  EXPECT_EQ(plan.answer.option_value, "3");
  plan = planner_->Plan(year, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.option_value, "2021");
}

// Greenhouse's education block names its boxes "educations[][start_date][year]":
// one block is the first education; two such blocks leave which is which open.
TEST_F(AnswerPlannerTest, AnEntryDateNamedWithAnEmptyIndexIsTheOneEntrysDate) {
  Field start = MakeField(ControlKind::kText, "Start date year", false);
  start.name = "job_application[educations][][start_date][year]";
  start.placeholder = "YYYY";
  Field end = MakeField(ControlKind::kText, "End date year", false);
  end.name = "job_application[educations][][end_date][year]";
  end.placeholder = "YYYY";
  const PageContext page = planner_->ContextOf({start, end});
  FieldPlan plan = planner_->Plan(start, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2013");
  plan = planner_->Plan(end, page);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "2017");
  Field second = start;
  second.id = "start-year--1";
  EXPECT_NE(planner_->Plan(start, planner_->ContextOf({start, end, second})).decision,
            Decision::kFill);
}

// Swiss forms list the bachelor per kind of school (jobs.ch, rexx, Abacus): a
// University of California's BS is the university's bachelor, never guessed
// between the two.
TEST_F(AnswerPlannerTest, ABachelorListedPerKindOfSchoolFollowsTheSchool) {
  Field degree = MakeField(ControlKind::kSelect, "Höchster Abschluss", true,
                           {"Bitte wählen", "Berufslehre (EFZ)", "Höhere Fachschule (HF)",
                            "Fachhochschule – Bachelor", "Universität / ETH – Bachelor",
                            "Fachhochschule – Master", "Universität / ETH – Master", "Doktorat"});
  const FieldPlan plan = planner_->Plan(degree);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Universität / ETH – Bachelor");
}

// Dutch forms list the levels by sector: HBO (hogescholen, applied sciences) and
// WO (universities). A University of California BS is the WO bachelor.
TEST_F(AnswerPlannerTest, ADutchLevelListTellsTheUniversityBachelorByItsSector) {
  Field degree = MakeField(ControlKind::kSelect, "Hoogst afgeronde opleiding", true,
                           {"- Selecteer -", "VMBO", "HAVO", "VWO", "MBO", "HBO bachelor",
                            "HBO master", "WO bachelor", "WO master", "Gepromoveerd (PhD)"});
  const FieldPlan plan = planner_->Plan(degree);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "WO bachelor");
}

// "Did you graduate?" asked with Yes / No in an education entry (Paylocity,
// iCIMS): the end has passed, so yes.
TEST_F(AnswerPlannerTest, DidYouGraduateIsAnsweredYesOnceTheEndHasPassed) {
  Field graduated =
      MakeField(ControlKind::kCombobox, "Did you graduate?", true, {"Select", "Yes", "No"});
  graduated.context = "Education 1";
  FieldPlan plan = planner_->Plan(graduated);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kEducationStatus);
  EXPECT_EQ(plan.answer.text, "Yes");
  graduated.options.clear();
  EXPECT_TRUE(planner_->ChoosesFromTheList(graduated));
}

// LinkedIn's education screening question asks with Yes / No whether a level
// is held: the profile's BS, ended 2017, holds a bachelor's, not a master's,
// which is asked rather than answered "No"; nor is a
// question about studies in progress answered from a finished degree.
TEST_F(AnswerPlannerTest, AskedWhetherALevelOfEducationIsHeldTheDegreesThatEndedDecide) {
  FieldPlan plan = planner_->Plan(
      MakeField(ControlKind::kRadioGroup,
                "Have you completed the following level of education: Bachelor's Degree?", true,
                {"Yes", "No"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kDegree);
  EXPECT_EQ(plan.answer.text, "Yes");
  plan = planner_->Plan(MakeField(ControlKind::kSelect, "Do you hold a bachelor's degree?", true,
                                  {"Select an option", "Yes", "No"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Yes");
  EXPECT_EQ(planner_
                ->Plan(MakeField(ControlKind::kRadioGroup,
                                 "Have you completed the following level of education: Master's "
                                 "Degree?",
                                 true, {"Yes", "No"}))
                .decision,
            Decision::kAskHuman);
  EXPECT_EQ(
      planner_
          ->Plan(MakeField(ControlKind::kRadioGroup,
                           "Are you currently pursuing a Bachelor's degree?", true, {"Yes", "No"}))
          .decision,
      Decision::kAskHuman);
  knowledge::Profile student = profile_;
  student.education.front().end = "2099-06";
  AnswerPlanner planner(student, nullptr, "jordan");
  EXPECT_EQ(planner
                .Plan(MakeField(ControlKind::kRadioGroup,
                                "Have you completed the following level of education: "
                                "Bachelor's Degree?",
                                true, {"Yes", "No"}))
                .decision,
            Decision::kAskHuman);
}

// A federal questionnaire's education question names the level and the fields of
// study ("a bachelor's or higher degree in computer science, engineering ... or a
// related field") and letters its choices ("A. Yes", "B. No"): yes when a finished
// degree of that level is in a field it names; a field it does not name is the
// person's to judge.
TEST_F(AnswerPlannerTest, ADegreeInNamedFieldsWithLetteredYesNoChoices) {
  const std::string question =
      "Do you have a bachelor's or higher degree in computer science, information technology, "
      "engineering, mathematics or a related field from an accredited college or university?";
  for (const auto& options :
       {std::vector<std::string>{"Yes", "No"}, std::vector<std::string>{"A. Yes", "B. No"},
        std::vector<std::string>{"(a) Yes", "(b) No"}}) {
    FieldPlan plan = planner_->Plan(MakeField(ControlKind::kRadioGroup, question, true, options));
    ASSERT_EQ(plan.decision, Decision::kFill) << options.front() << ": " << plan.why;
    EXPECT_EQ(plan.key, FieldKey::kDegree);
    EXPECT_EQ(plan.answer.text, options.front());
  }
  for (const char* other :
       {"Do you have a bachelor's degree in nursing?",
        "Do you hold a bachelor's degree in accounting, finance or economics?",
        "Do you have a bachelor's degree in a field related to public health?"}) {
    EXPECT_NE(planner_->Plan(MakeField(ControlKind::kRadioGroup, other, true, {"A. Yes", "B. No"}))
                  .decision,
              Decision::kFill)
        << other;
  }
}

// A degree of no named level ("a degree from a recognized post-secondary institution",
// the education standard public-service screening questions quote; "a university
// degree") is a bachelor's or above, and the specialization it asks of the degree
// names its fields: the profile's finished B.S. in Computer Science answers yes; a
// specialization the profile's field is not, or a level above it, stays the person's.
TEST_F(AnswerPlannerTest, ADegreeOfNoNamedLevelWithASpecialization) {
  for (const char* question :
       {"Do you have a degree from a recognized post-secondary institution with an acceptable "
        "specialization in computer science, information technology, information management or "
        "another specialty relevant to the position?",
        "Do you hold a university degree?",
        "Do you have a degree with a major in computer science or software engineering?"}) {
    FieldPlan plan =
        planner_->Plan(MakeField(ControlKind::kRadioGroup, question, true, {"Yes", "No"}));
    ASSERT_EQ(plan.decision, Decision::kFill) << question << ": " << plan.why;
    EXPECT_EQ(plan.key, FieldKey::kDegree) << question;
    EXPECT_EQ(plan.answer.text, "Yes") << question;
  }
  for (const char* other :
       {"Do you have a degree from a recognized post-secondary institution with an acceptable "
        "specialization in accounting, finance or economics?",
        "Do you have a university degree at the master's level?"}) {
    EXPECT_NE(
        planner_->Plan(MakeField(ControlKind::kRadioGroup, other, true, {"Yes", "No"})).decision,
        Decision::kFill)
        << other;
  }
}

// An education whose end has passed is finished; a person with a work history is
// an experienced hire; both matched by meaning in the form's words.
TEST_F(AnswerPlannerTest, EducationStatusAndCareerTypeFollowTheHistory) {
  FieldPlan plan = planner_->Plan(
      MakeField(ControlKind::kRadioGroup, "就學狀態", true, {"畢業", "肄業", "就學中"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kEducationStatus);
  EXPECT_EQ(plan.answer.text, "畢業");
  plan =
      planner_->Plan(MakeField(ControlKind::kSelect, "졸업 구분", true,
                               {"선택해 주세요", "졸업", "졸업 예정", "재학 중", "휴학", "중퇴"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "졸업");
  plan = planner_->Plan(MakeField(ControlKind::kRadioGroup, "경력 구분", true, {"신입", "경력"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kCareerType);
  EXPECT_EQ(plan.answer.text, "경력");

  // Studies that end in the future may be expected to finish or go on: asked.
  knowledge::Profile student = profile_;
  student.education.front().end = "2099-06";
  AnswerPlanner planner(student, nullptr, "jordan");
  EXPECT_EQ(
      planner
          .Plan(MakeField(ControlKind::kRadioGroup, "就學狀態", true, {"畢業", "肄業", "就學中"}))
          .decision,
      Decision::kAskHuman);
}

// A field of study offered as a few radio buttons takes the option that names the
// profile's field, not one that shares a word with it.
TEST_F(AnswerPlannerTest, AFieldOfStudyIsPickedAmongRadioButtons) {
  FieldPlan plan = planner_->Plan(
      MakeField(ControlKind::kRadioGroup, "Field of study of your bachelor's degree", true,
                {"Computer or electrical engineering", "Computer science or software engineering",
                 "Mathematics or statistics", "Information technology", "Another field"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kDiscipline);
  EXPECT_EQ(plan.answer.text, "Computer science or software engineering");
}

// Public employers ask whether the applicant works for them now ("Are you
// currently employed by the City of ...?", "Are you a current employee of ...?"):
// the profile's current job decides it when the question names an organisation:
// yes when that is the current employer, no when it names another. A kind of
// employer in common words ("a federal agency") is not decided by a company's
// name, nor is a job ever held ("Have you ever been employed by ...?").
TEST_F(AnswerPlannerTest, CurrentlyEmployedByANamedOrganisationFollowsTheCurrentJob) {
  const auto plan_for = [&](const AnswerPlanner& planner, const char* label) {
    return planner.Plan(MakeField(ControlKind::kRadioGroup, label, true, {"Yes", "No"}));
  };
  for (const char* label : {"Are you currently employed by the City of Riverside Crossing?",
                            "6. Are you currently employed by the County of Marin?",
                            "Are you a current employee of the State of Oregon?",
                            "Are you currently employed with Harbor Unified School District?"}) {
    const FieldPlan plan = plan_for(*planner_, label);
    ASSERT_EQ(plan.decision, Decision::kFill)
        << label << ": " << ToString(plan.key) << " " << plan.why;
    EXPECT_EQ(plan.answer.text, "No") << label;
  }
  const FieldPlan same = plan_for(*planner_, "Are you currently employed by Northwind Logistics?");
  ASSERT_EQ(same.decision, Decision::kFill) << same.why;
  EXPECT_EQ(same.answer.text, "Yes");
  EXPECT_EQ(plan_for(*planner_, "Are you currently employed by a federal agency?").decision,
            Decision::kAskHuman);
  EXPECT_EQ(plan_for(*planner_, "Have you ever been employed by the City of Riverside Crossing?")
                .decision,
            Decision::kAskHuman);
  EXPECT_EQ(
      plan_for(*planner_, "Do you have a relative currently employed by the City of Riverside?")
          .decision,
      Decision::kAskHuman);
}

// "Are you currently employed?" asks whether the work history has a job with no
// end: yes with one, no when every job has ended, asked with no history at all.
TEST_F(AnswerPlannerTest, CurrentEmploymentFollowsTheWorkHistory) {
  const Field employed =
      MakeField(ControlKind::kRadioGroup, "Are you currently employed?", true, {"Yes", "No"});
  FieldPlan plan = planner_->Plan(employed);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kCurrentlyEmployed);
  EXPECT_EQ(plan.answer.text, "Yes");

  knowledge::Profile between_jobs = profile_;
  between_jobs.current_company.clear();
  between_jobs.current_title.clear();
  for (knowledge::Job& job : between_jobs.work_history) {
    if (job.IsCurrent()) job.end = "2025-06";
  }
  AnswerPlanner ended(between_jobs, nullptr, "jordan");
  plan = ended.Plan(employed);
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "No");

  knowledge::Profile no_history = between_jobs;
  no_history.work_history.clear();
  AnswerPlanner unknown(no_history, nullptr, "jordan");
  EXPECT_EQ(unknown.Plan(employed).decision, Decision::kAskHuman);
}

// The profile's phone is a mobile: a landline box never gets it (left empty when
// optional, asked when required); a "home phone" box gets it only where it is
// the page's one phone box.
TEST_F(AnswerPlannerTest, ALandlineBoxNeverGetsTheMobile) {
  Field mobile = MakeField(ControlKind::kTel, "手機", true);
  Field landline = MakeField(ControlKind::kTel, "聯絡電話（市話）", false);
  FieldPlan plan = planner_->Plan(landline, planner_->ContextOf({mobile, landline}));
  EXPECT_EQ(plan.key, FieldKey::kLandline);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
  Field festnetz = MakeField(ControlKind::kTel, "Telefon (Festnetz)", true);
  plan = planner_->Plan(festnetz);
  EXPECT_EQ(plan.key, FieldKey::kLandline);
  EXPECT_EQ(plan.decision, Decision::kAskHuman) << plan.why;

  Field home = MakeField(ControlKind::kTel, "Home phone", false);
  Field cell = MakeField(ControlKind::kTel, "Mobile phone", true);
  plan = planner_->Plan(home, planner_->ContextOf({cell, home}));
  EXPECT_EQ(plan.key, FieldKey::kHomePhone);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
  plan = planner_->Plan(home, planner_->ContextOf({home}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "+1 415 555 0142");
}

// Chinese forms' gender lists: a profile that declines picks 不透露; the highest
// degree list picks 大學 for a bachelor's. A Taiwanese work-permit question
// (中華民國國籍) is about Taiwan, which the profile says nothing of: asked. The
// autobiography box that mentions work experience is not the years of it.
TEST_F(AnswerPlannerTest, ChineseGenderAndDegreeLists) {
  FieldPlan plan =
      planner_->Plan(MakeField(ControlKind::kRadioGroup, "性別", true, {"男", "女", "不透露"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "不透露");
  plan = planner_->Plan(MakeField(ControlKind::kSelect, "最高學歷", true,
                                  {"請選擇", "博士", "碩士", "大學", "專科", "高中職"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.key, FieldKey::kDegree);
  EXPECT_EQ(plan.answer.text, "大學");
  plan = planner_->Plan(MakeField(
      ControlKind::kRadioGroup,
      "是否具中華民國國籍，或持有在台合法工作許可（如就業金卡、工作許可）？", true, {"是", "否"}));
  EXPECT_EQ(plan.decision, Decision::kAskHuman) << plan.why;
  Field autobiography = MakeField(ControlKind::kTextarea, "自傳", false);
  autobiography.placeholder = "可簡述個人特質、工作經驗與求職動機（3000 字以內）";
  plan = planner_->Plan(autobiography);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
}

}  // namespace
}  // namespace applier::planning

namespace applier::planning {
namespace {

// Welsh public-sector application forms (NHS Wales health boards, councils, the
// Welsh Government, bilingual services with Cymraeg chosen) answer yes and no with
// the question's verb: "Oes" / "Nac oes", "Bydd" / "Na fydd". The right to work in
// the Deyrnas Unedig is a country the profile says nothing of (a question), in the
// Unol Daleithiau the profile's answer; the one job under "Cyflogaeth" gets its
// start as MM/BBBB (blwyddyn), its "still working here" box and its notice; the
// equality questions take "Mae'n well gennyf beidio â dweud" for a declined answer.
TEST_F(AnswerPlannerTest, AWelshApplicationIsAnsweredInItsOwnWords) {
  auto plan_of = [&](Field field) {
    field.lang = "cy";
    return planner_->Plan(field);
  };
  const FieldPlan uk = plan_of(MakeField(ControlKind::kRadioGroup,
                                         "Oes gennych chi'r hawl i weithio yn y Deyrnas Unedig?",
                                         true, {"Oes", "Nac oes"}));
  EXPECT_EQ(uk.key, FieldKey::kWorkAuthorization) << uk.why;
  EXPECT_EQ(uk.decision, Decision::kAskHuman) << uk.answer.text;
  const FieldPlan us = plan_of(MakeField(
      ControlKind::kRadioGroup, "Oes gennych chi'r hawl i weithio yn Unol Daleithiau America?",
      true, {"Oes", "Nac oes"}));
  ASSERT_EQ(us.decision, Decision::kFill) << us.why;
  EXPECT_EQ(us.answer.text, "Oes");
  const FieldPlan visa =
      plan_of(MakeField(ControlKind::kRadioGroup,
                        "A fydd angen nawdd fisa arnoch i weithio yn Unol Daleithiau America?",
                        true, {"Bydd", "Na fydd"}));
  ASSERT_EQ(visa.decision, Decision::kFill) << visa.why;
  EXPECT_EQ(visa.answer.text, "Na fydd");

  Field start = MakeField(ControlKind::kText, "Dyddiad dechrau", true);
  start.placeholder = "MM/BBBB";
  start.context = "Er enghraifft, 03/2019 (MM/BBBB) | Cyflogaeth";
  const FieldPlan started = plan_of(start);
  ASSERT_EQ(started.decision, Decision::kFill) << started.why;
  EXPECT_EQ(started.answer.text, "03/2021") << started.answer.reason;
  Field still = MakeField(ControlKind::kCheckbox, "Rwy'n dal i weithio yma", false);
  still.context = "Cyflogaeth";
  const FieldPlan current = plan_of(still);
  ASSERT_EQ(current.decision, Decision::kFill) << current.why;
  EXPECT_TRUE(current.answer.check);
  const FieldPlan notice =
      plan_of(MakeField(ControlKind::kSelect, "Cyfnod rhybudd", true,
                        {"-- Dewiswch --", "Dim", "1 wythnos", "2 wythnos", "1 mis", "2 fis"}));
  ASSERT_EQ(notice.decision, Decision::kFill) << notice.why;
  EXPECT_EQ(notice.answer.text, "2 wythnos");

  const FieldPlan sex = plan_of(MakeField(ControlKind::kRadioGroup, "Beth yw eich rhyw?", false,
                                          {"Benyw", "Gwryw", "Mae'n well gennyf beidio â dweud"}));
  ASSERT_EQ(sex.decision, Decision::kFill) << sex.why;
  EXPECT_EQ(sex.answer.text, "Mae'n well gennyf beidio â dweud");
  const FieldPlan disability =
      plan_of(MakeField(ControlKind::kRadioGroup, "Ydych chi'n ystyried bod gennych anabledd?",
                        false, {"Ydw", "Nac ydw", "Mae'n well gennyf beidio â dweud"}));
  ASSERT_EQ(disability.decision, Decision::kFill) << disability.why;
  EXPECT_EQ(disability.answer.text, "Mae'n well gennyf beidio â dweud");
  // A previous surname and a referee's name are no facts of the profile.
  EXPECT_NE(plan_of(MakeField(ControlKind::kText, "Cyfenw blaenorol (os yw'n berthnasol)", false))
                .decision,
            Decision::kFill);
  Field referee = MakeField(ControlKind::kText, "Enw llawn y canolwr", true);
  referee.context = "Geirdaon";
  EXPECT_EQ(plan_of(referee).decision, Decision::kAskHuman);
}

// A yes / no knock-out question about experience ("Do you have at least 5 years
// of ... experience?") is answered by comparing the profile's years with the
// number it names; one naming no number is asked.
TEST_F(AnswerPlannerTest, YesNoAtLeastYearsOfExperienceComparesTheYears) {
  const std::vector<std::string> yes_no = {"Yes", "No"};
  for (const char* label :
       {"Do you have at least 5 years of professional software development experience?",
        "Do you have a minimum of 3 years of work experience?", "5+ years of relevant experience?",
        "Do you have 7 or more years of professional experience?"}) {
    const FieldPlan plan = planner_->Plan(MakeField(ControlKind::kRadioGroup, label, true, yes_no));
    ASSERT_EQ(plan.decision, Decision::kFill) << label << ": " << plan.why;
    EXPECT_EQ(plan.answer.text, "Yes") << label;
  }
  for (const char* label : {"Do you have at least 10 years of professional experience?",
                            "Do you have more than 8 years of work experience?"}) {
    const FieldPlan plan = planner_->Plan(MakeField(ControlKind::kRadioGroup, label, true, yes_no));
    ASSERT_EQ(plan.decision, Decision::kFill) << label << ": " << plan.why;
    EXPECT_EQ(plan.answer.text, "No") << label;
  }
}

// "Did you graduate?" with Yes / No / In progress: a degree whose end has passed
// is Yes, the third choice does not make it a list of statuses.
TEST_F(AnswerPlannerTest, GraduatedWithYesNoAndAThirdChoiceIsYes) {
  const FieldPlan plan = planner_->Plan(MakeField(ControlKind::kSelect, "Did you graduate?", false,
                                                  {"Select", "Yes", "No", "In Progress"}));
  ASSERT_EQ(plan.decision, Decision::kFill) << plan.why;
  EXPECT_EQ(plan.answer.text, "Yes");
}

// The date line of a self-identification form (the CC-305's "Name" and "Date"):
// a read-only box the page filled with today's date is kept, never given the
// answer of the question above it.
TEST_F(AnswerPlannerTest, ReadOnlyDateBesideADisabilityQuestionIsKept) {
  Field field = MakeField(ControlKind::kText, "Date", false);
  field.name = "disability_date";
  field.context = "Voluntary Self-Identification of Disability";
  field.read_only = true;
  field.value = "12/07/2026";
  const FieldPlan plan = planner_->Plan(field);
  EXPECT_EQ(plan.decision, Decision::kLeave) << plan.why;
}

}  // namespace
}  // namespace applier::planning
