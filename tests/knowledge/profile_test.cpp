#include "knowledge/profile.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/process.h"

namespace applier::knowledge {
namespace {

std::filesystem::path ExampleProfile() {
  return testing::SourceDir() / "examples" / "profile.yaml";
}

TEST(ProfileTest, ExampleProfileLoads) {
  auto profile = LoadProfile(ExampleProfile());
  ASSERT_TRUE(profile) << profile.error().ToString();
  EXPECT_EQ(profile->name.Full(), "Jordan Rivera");
  EXPECT_EQ(profile->email, "jordan.rivera@example.com");
  EXPECT_EQ(profile->address.country, "United States");
  EXPECT_EQ(profile->address.country_code, "US");
  EXPECT_EQ(profile->default_country, "US");
  const WorkAuthorization* us = profile->AuthorizationFor("US");
  ASSERT_NE(us, nullptr);
  EXPECT_TRUE(us->authorized);
  EXPECT_FALSE(us->requires_sponsorship);
  ASSERT_NE(profile->AuthorizationFor(""), nullptr);
  // Germany is an EU member: the EU entry answers for it.
  const WorkAuthorization* de = profile->AuthorizationFor("DE");
  ASSERT_NE(de, nullptr);
  EXPECT_FALSE(de->authorized);
  EXPECT_EQ(profile->AuthorizationFor("CA"), nullptr);
  EXPECT_TRUE(profile->resume.is_absolute());
  EXPECT_TRUE(std::filesystem::is_regular_file(profile->resume));
  EXPECT_LT(std::filesystem::file_size(profile->resume), 5000u);
  EXPECT_EQ(profile->eeo.gender, kDecline);
  EXPECT_EQ(profile->current_company, "Northwind Logistics");
  ASSERT_TRUE(profile->salary.amount);
  EXPECT_FALSE(profile->answers.empty());
  EXPECT_EQ(profile->answers.front().first, "Why do you want to work at Acme Robotics?");
}

// A salary range asked in two boxes ("Lower Range" / "Upper Range") takes the
// range the person gave: as its own keys, or as their salary text states it.
TEST(ProfileTest, SalaryRangeFromItsKeysOrFromTheTextThatStatesIt) {
  auto stated = LoadProfileFromString(R"(
name: {first: A, last: B}
email: a@b.example
salary: {amount: 185000, currency: USD, text: "$175,000 - $195,000 base, depending on the package"}
)",
                                      "me.yaml");
  ASSERT_TRUE(stated) << stated.error().ToString();
  ASSERT_TRUE(stated->salary.minimum && stated->salary.maximum);
  EXPECT_EQ(*stated->salary.minimum, 175000);
  EXPECT_EQ(*stated->salary.maximum, 195000);

  auto in_thousands = LoadProfileFromString(
      "name: {first: A, last: B}\nemail: a@b.example\nsalary: {text: \"70k to 80k EUR\"}\n",
      "me.yaml");
  ASSERT_TRUE(in_thousands) << in_thousands.error().ToString();
  ASSERT_TRUE(in_thousands->salary.minimum && in_thousands->salary.maximum);
  EXPECT_EQ(*in_thousands->salary.minimum, 70000);
  EXPECT_EQ(*in_thousands->salary.maximum, 80000);

  auto keys = LoadProfileFromString(
      "name: {first: A, last: B}\nemail: a@b.example\nsalary: {minimum: 90000, maximum: "
      "110000, text: \"around 100k\"}\n",
      "me.yaml");
  ASSERT_TRUE(keys) << keys.error().ToString();
  ASSERT_TRUE(keys->salary.minimum && keys->salary.maximum);
  EXPECT_EQ(*keys->salary.minimum, 90000);
  EXPECT_EQ(*keys->salary.maximum, 110000);

  // One amount, or two that are no range (a base and a bonus), state no range.
  for (const char* text : {"185000", "$150,000 base plus $20,000 bonus", "2024: 120000"}) {
    auto none = LoadProfileFromString(std::string("name: {first: A, last: B}\nemail: "
                                                  "a@b.example\nsalary: {text: \"") +
                                          text + "\"}\n",
                                      "me.yaml");
    ASSERT_TRUE(none) << none.error().ToString();
    EXPECT_FALSE(none->salary.minimum) << text;
    EXPECT_FALSE(none->salary.maximum) << text;
  }
}

TEST(ProfileTest, MinimalProfileAndIsoCountries) {
  auto profile = LoadProfileFromString(R"(
name: {first: Ana, last: Souza}
email: ana@example.org
address: {country: BR}
work_authorization:
  Brazil: {authorized: true}
  Germany: {authorized: false}
)",
                                       "/tmp");
  ASSERT_TRUE(profile) << profile.error().ToString();
  EXPECT_EQ(profile->address.country, "Brazil");
  EXPECT_EQ(profile->default_country, "BR");
  ASSERT_NE(profile->AuthorizationFor("DE"), nullptr);
  // Not authorized and silent about sponsorship: needs it.
  EXPECT_TRUE(profile->AuthorizationFor("DE")->requires_sponsorship);
  EXPECT_FALSE(profile->AuthorizationFor("BR")->requires_sponsorship);
}

TEST(ProfileTest, WhatFormsAskAndAPersonKnowsOnce) {
  auto profile = LoadProfileFromString(R"(
name: {first: Ana, last: Souza}
email: ana@example.org
salutation: Mx
date_of_birth: 1990-02-28
address: {street: Rua A 1, line2: Apto 12, country: BR}
work_authorization:
  BR: {status: citizen}
  US: {status: student_visa, authorized: false}
  DE: {status: none}
  GB: {status: Permanent Resident}
  CA: {status: work_visa, requires_sponsorship: true}
)",
                                       "/tmp");
  ASSERT_TRUE(profile) << profile.error().ToString();
  EXPECT_EQ(profile->salutation, "Mx");
  EXPECT_EQ(profile->date_of_birth, "1990-02-28");
  EXPECT_EQ(profile->address.line2, "Apto 12");
  const WorkAuthorization* br = profile->AuthorizationFor("BR");
  ASSERT_NE(br, nullptr);
  EXPECT_EQ(br->status, WorkStatus::kCitizen);
  EXPECT_TRUE(br->authorized);  // a citizen may work there
  EXPECT_FALSE(br->requires_sponsorship);
  EXPECT_EQ(profile->AuthorizationFor("US")->status, WorkStatus::kStudentVisa);
  EXPECT_FALSE(profile->AuthorizationFor("US")->authorized);
  EXPECT_FALSE(profile->AuthorizationFor("DE")->authorized);
  EXPECT_TRUE(profile->AuthorizationFor("DE")->requires_sponsorship);
  EXPECT_EQ(profile->AuthorizationFor("GB")->status, WorkStatus::kPermanentResident);
  EXPECT_TRUE(profile->AuthorizationFor("CA")->requires_sponsorship);
  EXPECT_STREQ(ToString(WorkStatus::kPermanentResident), "permanent_resident");
}

TEST(ProfileTest, LeftOutTheyStayEmpty) {
  auto profile = LoadProfile(ExampleProfile());
  ASSERT_TRUE(profile) << profile.error().ToString();
  EXPECT_EQ(profile->salutation, "");
  EXPECT_EQ(profile->date_of_birth, "");
  EXPECT_EQ(profile->address.line2, "");
  // authorized: true alone fits citizen, resident and visa holder: the status is
  // not known, so status questions are asked.
  EXPECT_EQ(profile->AuthorizationFor("US")->status, WorkStatus::kUnknown);
}

TEST(ProfileTest, TheExampleDocumentsEveryOptionalKeyItLeavesOut) {
  // Uncommented, the documented keys load: the example never documents a key
  // the schema would reject.
  std::ifstream in(ExampleProfile());
  std::string text, line;
  int uncommented = 0;
  while (std::getline(in, line)) {
    for (const char* key : {"# salutation:", "# date_of_birth:", "# line2:", "# status:"}) {
      const std::size_t at = line.find(key);
      if (at != std::string::npos && line.find_first_not_of(' ') == at) {
        line.erase(at, 2);
        ++uncommented;
      }
    }
    text += line + "\n";
  }
  EXPECT_EQ(uncommented, 4);
  auto profile = LoadProfileFromString(text, ExampleProfile().parent_path());
  ASSERT_TRUE(profile) << profile.error().ToString();
  EXPECT_EQ(profile->AuthorizationFor("US")->status, WorkStatus::kPermanentResident);
  EXPECT_FALSE(profile->date_of_birth.empty());
  EXPECT_FALSE(profile->salutation.empty());
  EXPECT_FALSE(profile->address.line2.empty());
}

TEST(ProfileTest, RelativeDocumentPathsResolveAgainstTheFilesFolder) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "docs");
  std::ofstream(dir.path() / "docs" / "cv.pdf") << "%PDF-1.4\n";
  std::ofstream(dir.path() / "me.yaml") << "name: {first: A, last: B}\n"
                                           "email: a@b.example\n"
                                           "resume: docs/cv.pdf\n";
  auto profile = LoadProfile(dir.path() / "me.yaml");
  ASSERT_TRUE(profile) << profile.error().ToString();
  EXPECT_EQ(profile->resume, dir.path() / "docs" / "cv.pdf");
}

struct BadProfile {
  const char* name;
  const char* yaml;
  const char* expected;  // substring of the error message
};

class BadProfileTest : public ::testing::TestWithParam<BadProfile> {};

TEST_P(BadProfileTest, NamesFileLineAndKey) {
  auto profile = LoadProfileFromString(GetParam().yaml, "/nonexistent-dir", "me.yaml");
  ASSERT_FALSE(profile);
  EXPECT_EQ(profile.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(profile.error().message.find(GetParam().expected), std::string::npos)
      << "message: " << profile.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Profile, BadProfileTest,
    ::testing::Values(
        BadProfile{"malformed", "name: {first: A, last: B}\nemail: [unclosed\n",
                   "me.yaml:3: malformed YAML"},
        BadProfile{"unknown_key",
                   "name: {first: A, last: B}\nemail: a@b.example\nadress:\n  city: X\n",
                   "me.yaml:3: key 'adress': unknown key"},
        BadProfile{"unknown_nested_key",
                   "name: {first: A, last: B}\nemail: a@b.example\naddress:\n  town: X\n",
                   "me.yaml:4: key 'address.town': unknown key"},
        BadProfile{"wrong_type_bool",
                   "name: {first: A, last: B}\nemail: a@b.example\nwork_authorization:\n"
                   "  US:\n    authorized: maybe\n",
                   "me.yaml:5: key 'work_authorization.US.authorized': expected true or "
                   "false, got \"maybe\""},
        BadProfile{"wrong_type_list",
                   "name: {first: A, last: B}\nemail: a@b.example\nskills: C++\n",
                   "me.yaml:3: key 'skills': expected a list, got \"C++\""},
        BadProfile{"wrong_type_number",
                   "name: {first: A, last: B}\nemail: a@b.example\nsalary:\n  amount: lots\n",
                   "me.yaml:4: key 'salary.amount': expected a number, got \"lots\""},
        BadProfile{"salary_range_upside_down",
                   "name: {first: A, last: B}\nemail: a@b.example\nsalary:\n  minimum: 90000\n"
                   "  maximum: 80000\n",
                   "me.yaml:5: key 'salary.maximum': expected at least salary.minimum (90000), "
                   "got 80000"},
        BadProfile{"bad_email", "name: {first: A, last: B}\nemail: not-an-email\n",
                   "me.yaml:2: key 'email': not a valid email address"},
        BadProfile{"missing_resume",
                   "name: {first: A, last: B}\nemail: a@b.example\nresume: missing.pdf\n",
                   "me.yaml:3: key 'resume': file not found: /nonexistent-dir/missing.pdf"},
        BadProfile{"missing_email", "name: {first: A, last: B}\npronouns: she/her\n",
                   "me.yaml:1: key 'email': required key is missing"},
        BadProfile{"missing_last_name", "name:\n  first: A\nemail: a@b.example\n",
                   "me.yaml:2: key 'name.last': required key is missing"},
        BadProfile{"empty_email", "name: {first: A, last: B}\nemail:\n",
                   "key 'email': required key has no value"},
        BadProfile{"unknown_country",
                   "name: {first: A, last: B}\nemail: a@b.example\nwork_authorization:\n"
                   "  Narnia: {authorized: true}\n",
                   "me.yaml:4: key 'work_authorization.Narnia': unknown country"},
        BadProfile{"not_a_map", "just text\n", "me.yaml:1: expected a map"},
        BadProfile{"unknown_status",
                   "name: {first: A, last: B}\nemail: a@b.example\nwork_authorization:\n"
                   "  US:\n    status: green card\n",
                   "me.yaml:5: key 'work_authorization.US.status': expected citizen, "
                   "permanent_resident, work_visa, student_visa or none, got \"green card\""},
        BadProfile{"status_contradicts_authorized",
                   "name: {first: A, last: B}\nemail: a@b.example\nwork_authorization:\n"
                   "  US:\n    status: none\n    authorized: true\n",
                   "me.yaml:6: key 'work_authorization.US.authorized': true contradicts status "
                   "none"},
        BadProfile{"citizen_needing_sponsorship",
                   "name: {first: A, last: B}\nemail: a@b.example\nwork_authorization:\n"
                   "  US: {status: citizen, requires_sponsorship: true}\n",
                   "me.yaml:4: key 'work_authorization.US.requires_sponsorship': true "
                   "contradicts status citizen"},
        BadProfile{"no_status_no_authorized",
                   "name: {first: A, last: B}\nemail: a@b.example\nwork_authorization:\n"
                   "  US: {requires_sponsorship: false}\n",
                   "me.yaml:4: key 'work_authorization.US.authorized': required key is missing"},
        BadProfile{"date_of_birth_not_iso",
                   "name: {first: A, last: B}\nemail: a@b.example\ndate_of_birth: 31.12.1990\n",
                   "me.yaml:3: key 'date_of_birth': expected a date as YYYY-MM-DD, got "
                   "\"31.12.1990\""},
        BadProfile{"date_of_birth_impossible",
                   "name: {first: A, last: B}\nemail: a@b.example\ndate_of_birth: 1990-02-30\n",
                   "me.yaml:3: key 'date_of_birth': expected a date as YYYY-MM-DD"},
        BadProfile{"date_of_birth_not_leap",
                   "name: {first: A, last: B}\nemail: a@b.example\ndate_of_birth: 1900-02-29\n",
                   "me.yaml:3: key 'date_of_birth'"},
        BadProfile{"salutation_list",
                   "name: {first: A, last: B}\nemail: a@b.example\nsalutation: [Mx, Dr]\n",
                   "me.yaml:3: key 'salutation': expected text"},
        BadProfile{"address_line3",
                   "name: {first: A, last: B}\nemail: a@b.example\naddress:\n  line3: X\n",
                   "me.yaml:4: key 'address.line3': unknown key (expected one of: street, line2"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ProfileTest, UnreadableFileIsInvalidInput) {
  auto profile = LoadProfile("/nonexistent/me.yaml");
  ASSERT_FALSE(profile);
  EXPECT_EQ(profile.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(profile.error().message.find("/nonexistent/me.yaml"), std::string::npos);
}

}  // namespace
}  // namespace applier::knowledge
