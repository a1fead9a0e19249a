#include "planning/option_matcher.h"

#include <gtest/gtest.h>

namespace applier::planning {
namespace {

using perception::Option;

std::vector<Option> Options(std::initializer_list<const char*> labels) {
  std::vector<Option> options;
  for (const char* label : labels) options.push_back(Option{label, label, false});
  return options;
}

struct Case {
  const char* name;
  std::vector<Option> options;
  const char* desired;
  FieldKey hint;
  const char* expected;  // label of the expected option, nullptr for no match
};

class OptionMatcherTableTest : public ::testing::TestWithParam<Case> {};

TEST_P(OptionMatcherTableTest, Matches) {
  const Case& c = GetParam();
  auto match = MatchOption(c.options, c.desired, c.hint);
  if (c.expected == nullptr) {
    EXPECT_FALSE(match) << "picked \"" << c.options[static_cast<std::size_t>(match->index)].label
                        << "\" (" << match->reason << ", " << match->confidence << ")";
    return;
  }
  ASSERT_TRUE(match) << "desired \"" << c.desired << "\"";
  EXPECT_EQ(c.options[static_cast<std::size_t>(match->index)].label, std::string(c.expected))
      << match->reason;
  EXPECT_GE(match->confidence, kMinOptionConfidence);
}

const auto kGreenhouseYesNo = Options({"--", "Yes", "No"});
const auto kSentences = Options({"Select...", "Yes, I am authorized to work in the US",
                                 "No, I am not authorized to work in the US"});
const auto kSponsorSentences = Options(
    {"Please select", "I will require sponsorship", "I will not require sponsorship"});
const auto kGender = Options({"Select...", "Male", "Female", "Decline To Self Identify"});
const auto kLeverGender = Options({"Select ...", "Male", "Female", "Non-binary",
                                   "I don't wish to answer"});
const auto kVeteran = Options(
    {"Select...", "I am a veteran", "I am not a protected veteran",
     "I identify as one or more of the classifications of protected veteran",
     "I don't wish to answer"});
const auto kDisability = Options(
    {"Select...", "Yes, I have a disability (or previously had a disability)",
     "No, I do not have a disability and have not had a disability in the past",
     "I do not want to answer"});
const auto kCountries = Options({"Select a country", "Canada", "United States of America",
                                 "United Kingdom", "Germany"});
const auto kCountryCodes = Options({"", "CA", "US", "GB"});
const auto kDialCodes = Options({"Canada (+1)", "United States (+1)", "Germany (+49)"});
const auto kDegrees = Options({"Select...", "High School", "Associate's Degree",
                               "Bachelor's Degree", "Master's Degree", "Doctorate",
                               "Other"});
const auto kScienceArts = Options({"Bachelor of Arts", "Bachelor of Science",
                                   "Master of Science"});
const auto kSalaries = Options({"Please select", "Under $100,000", "$100,000 - $120,000",
                                "$120,000 - $150,000", "$150,000 - $200,000", "$200,000+"});
const auto kYears = Options({"0-2", "3-5", "6-10", "10+"});
const auto kHeard = Options({"Select...", "LinkedIn", "Indeed", "Company Website",
                             "Employee Referral", "Other"});
const auto kHispanic = Options({"Yes", "No", "Decline To Self Identify"});
const auto kPrefer = Options({"Man", "Woman", "Prefer not to say"});

INSTANTIATE_TEST_SUITE_P(
    RealOptionLists, OptionMatcherTableTest,
    ::testing::Values(
        Case{"yes_plain", kGreenhouseYesNo, "Yes", FieldKey::kWorkAuthorization, "Yes"},
        Case{"no_plain", kGreenhouseYesNo, "no", FieldKey::kSponsorship, "No"},
        Case{"true_is_yes", kGreenhouseYesNo, "true", FieldKey::kUnknown, "Yes"},
        Case{"yes_sentence", kSentences, "Yes", FieldKey::kWorkAuthorization,
             "Yes, I am authorized to work in the US"},
        Case{"no_sentence", kSentences, "No", FieldKey::kWorkAuthorization,
             "No, I am not authorized to work in the US"},
        Case{"no_by_negation", kSponsorSentences, "No", FieldKey::kSponsorship,
             "I will not require sponsorship"},
        Case{"yes_by_negation", kSponsorSentences, "Yes", FieldKey::kSponsorship,
             "I will require sponsorship"},
        Case{"decline_greenhouse", kGender, "decline", FieldKey::kGender,
             "Decline To Self Identify"},
        Case{"decline_lever", kLeverGender, "decline", FieldKey::kGender,
             "I don't wish to answer"},
        Case{"decline_prefer", kPrefer, "decline", FieldKey::kGender, "Prefer not to say"},
        Case{"gender_value", kGender, "female", FieldKey::kGender, "Female"},
        Case{"gender_synonym", kPrefer, "Female", FieldKey::kGender, "Woman"},
        Case{"gender_nonbinary", kLeverGender, "nonbinary", FieldKey::kGender, "Non-binary"},
        Case{"veteran_not", kVeteran, "I am not a protected veteran", FieldKey::kVeteran,
             "I am not a protected veteran"},
        Case{"veteran_short", kVeteran, "not a protected veteran", FieldKey::kVeteran,
             "I am not a protected veteran"},
        Case{"veteran_decline", kVeteran, "decline", FieldKey::kVeteran,
             "I don't wish to answer"},
        Case{"disability_no", kDisability, "No", FieldKey::kDisability,
             "No, I do not have a disability and have not had a disability in the past"},
        Case{"disability_decline", kDisability, "decline", FieldKey::kDisability,
             "I do not want to answer"},
        Case{"hispanic_decline", kHispanic, "decline", FieldKey::kHispanicLatino,
             "Decline To Self Identify"},
        Case{"hispanic_no", kHispanic, "No", FieldKey::kHispanicLatino, "No"},
        Case{"country_name", kCountries, "United States", FieldKey::kCountry,
             "United States of America"},
        Case{"country_iso", kCountries, "US", FieldKey::kCountry, "United States of America"},
        Case{"country_usa", kCountries, "USA", FieldKey::kCountry, "United States of America"},
        Case{"country_to_code", kCountryCodes, "United States", FieldKey::kCountry, "US"},
        Case{"country_dial", kDialCodes, "United States", FieldKey::kPhoneCountryCode,
             "United States (+1)"},
        Case{"degree_bs", kDegrees, "BS", FieldKey::kDegree, "Bachelor's Degree"},
        Case{"degree_bsc", kDegrees, "B.Sc.", FieldKey::kDegree, "Bachelor's Degree"},
        Case{"degree_ms", kDegrees, "M.S. Computer Science", FieldKey::kDegree,
             "Master's Degree"},
        Case{"degree_phd", kDegrees, "Ph.D.", FieldKey::kDegree, "Doctorate"},
        Case{"degree_flavour", kScienceArts, "BS", FieldKey::kDegree, "Bachelor of Science"},
        Case{"salary_in_range", kSalaries, "135000", FieldKey::kSalary, "$120,000 - $150,000"},
        Case{"salary_k", kSalaries, "185k", FieldKey::kSalary, "$150,000 - $200,000"},
        Case{"salary_open_top", kSalaries, "250000", FieldKey::kSalary, "$200,000+"},
        Case{"salary_under", kSalaries, "90000", FieldKey::kSalary, "Under $100,000"},
        Case{"years_range", kYears, "8", FieldKey::kYearsExperience, "6-10"},
        Case{"years_plus", kYears, "12", FieldKey::kYearsExperience, "10+"},
        Case{"heard_exact", kHeard, "linkedin", FieldKey::kHowHeard, "LinkedIn"},
        Case{"heard_contained", kHeard, "Referral", FieldKey::kHowHeard, "Employee Referral"},
        // No match: below threshold, ambiguous, or only placeholders.
        Case{"nothing_fits", kHeard, "Billboard on the highway", FieldKey::kHowHeard, nullptr},
        Case{"never_placeholder", Options({"Select...", "--"}), "Select...", FieldKey::kUnknown,
             nullptr},
        Case{"decline_missing", Options({"Male", "Female"}), "decline", FieldKey::kGender,
             nullptr},
        Case{"ambiguous", Options({"Software Engineer", "Hardware Engineer"}), "Engineer",
             FieldKey::kUnknown, nullptr},
        Case{"no_veteran_for_not", Options({"Veteran", "Decline"}), "not a protected veteran",
             FieldKey::kVeteran, nullptr},
        Case{"unknown_country", kCountries, "France", FieldKey::kCountry, nullptr}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(OptionMatcherTest, Placeholders) {
  for (const char* label : {"Please select", "--", "Select...", "Select one", "", "Choose an option"}) {
    EXPECT_TRUE(IsPlaceholderOption(Option{label, "", false})) << label;
  }
  EXPECT_FALSE(IsPlaceholderOption(Option{"None", "none", false}));
  EXPECT_FALSE(IsPlaceholderOption(Option{"Other", "", false}));
  EXPECT_EQ(SelectableOptions(kSalaries).size(), 5u);
}

TEST(OptionMatcherTest, MatchesValuesToo) {
  std::vector<Option> options = {{"Select", "", false}, {"United States", "840", false},
                                 {"Yes please", "yes", false}};
  auto match = MatchOption(options, "yes");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->index, 2);
}

}  // namespace
}  // namespace applier::planning
