#include "knowledge/resume_profile.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace applier::knowledge {
namespace {

constexpr std::string_view kResume = R"(
JANE Q. DOE
San Francisco, CA 94105 | +1 (415) 555-0132 | jane.doe@example.com
linkedin.com/in/janedoe | https://github.com/janedoe | https://janedoe.dev/

EXPERIENCE
Acme Cloud, Senior Engineer, 2019 - 2024
Led the migration of forty services to Kubernetes.
)";

TEST(ResumeProfileTest, ContactBlockIsDrafted) {
  const ProfileDraft draft = DraftProfileFromResume(kResume);
  EXPECT_EQ(draft.name.first, "Jane");
  EXPECT_EQ(draft.name.middle, "Q.");
  EXPECT_EQ(draft.name.last, "Doe");
  EXPECT_EQ(draft.email, "jane.doe@example.com");
  EXPECT_EQ(draft.phone, "+1 (415) 555-0132");
  EXPECT_EQ(draft.links.linkedin, "https://www.linkedin.com/in/janedoe");
  EXPECT_EQ(draft.links.github, "https://github.com/janedoe");
  EXPECT_EQ(draft.links.website, "https://janedoe.dev");
  EXPECT_EQ(draft.city, "San Francisco");
  EXPECT_EQ(draft.region, "CA");
  EXPECT_EQ(draft.found,
            (std::vector<std::string>{"name", "email", "phone", "links.linkedin", "links.github",
                                      "links.website", "address.city", "address.region"}));
}

TEST(ResumeProfileTest, AMarkdownHeadingNamesThePerson) {
  const auto draft = DraftProfileFromResume("###\n# Jordan Rivera\n\njordan@example.com\n");
  EXPECT_EQ(draft.name.first, "Jordan");
  EXPECT_EQ(draft.name.last, "Rivera");
}

TEST(ResumeProfileTest, YearsAndDatesAreNotPhoneNumbers) {
  const ProfileDraft draft = DraftProfileFromResume(
      "Resume\nMax Mustermann\nmax@example.org\nBerlin, Germany\n\nWork\n2019 - 2024 Engineer\n"
      "2015-04-01 started\n");
  EXPECT_EQ(draft.name.first, "Max");
  EXPECT_EQ(draft.name.last, "Mustermann");
  EXPECT_TRUE(draft.phone.empty()) << draft.phone;
  EXPECT_EQ(draft.city, "Berlin");
  EXPECT_EQ(draft.region, "Germany");
}

// An en or em dash between spaces separates items as a bar does (the pattern
// meant to before, but matched the dash's bytes one at a time, so never).
TEST(ResumeProfileTest, ADashBetweenSpacesSeparatesContactItems) {
  const ProfileDraft draft = DraftProfileFromResume(
      "Max Mustermann \xE2\x80\x93 Berlin, Germany \xE2\x80\x94 max@example.org\n");
  EXPECT_EQ(draft.name.first, "Max");
  EXPECT_EQ(draft.city, "Berlin");
  EXPECT_EQ(draft.region, "Germany");
}

TEST(ResumeProfileTest, NothingFoundInProse) {
  const ProfileDraft draft =
      DraftProfileFromResume("i have worked on many things over the years.\nmostly backend.\n");
  EXPECT_TRUE(draft.found.empty());
  EXPECT_TRUE(draft.name.first.empty());
}

TEST(ResumeProfileTest, FillEmptyKeepsWhatTheUserAlreadySaid) {
  Profile profile;
  profile.email = "own@example.com";
  DraftProfileFromResume(kResume).FillEmpty(profile);
  EXPECT_EQ(profile.email, "own@example.com");
  EXPECT_EQ(profile.name.Full(), "Jane Q. Doe");
  EXPECT_EQ(profile.phone, "+1 (415) 555-0132");
  EXPECT_EQ(profile.address.city, "San Francisco");
  EXPECT_EQ(profile.links.github, "https://github.com/janedoe");
}

TEST(ResumeProfileTest, UploadErrorsAreTheExtractorsErrors) {
  auto draft = DraftProfileFromUpload("resume.docx", "PK\x03\x04");
  ASSERT_FALSE(draft);
  EXPECT_EQ(draft.error().kind, ErrorKind::kInvalidInput);
  auto text = DraftProfileFromUpload("resume.txt", std::string(kResume));
  ASSERT_TRUE(text);
  EXPECT_EQ(text->email, "jane.doe@example.com");
}

// A resume is the person's upload: a text of 100 kB with no space in it (a
// link, an address, a run of digits or separators) is read without overflowing
// the stack, and the contact line above it still is.
TEST(ResumeProfileTest, HugeRunsAreReadWithoutOverflowingTheStack) {
  const std::string run(100000, 'a');
  const std::string contact = "Jane Doe | jane@example.com | +1 415 555 0132\n";
  for (const std::string& hostile :
       {"https://janedoe.dev/" + run, run + "@example.com", "linkedin.com/in/" + run,
        "www." + run + ".com/x", std::string(100000, '1'), std::string(100000, '|'),
        std::string(100000, ' ') + "x", "Berlin, " + std::string(100000, 'B')}) {
    const ProfileDraft draft = DraftProfileFromResume(contact + hostile + "\n");
    EXPECT_EQ(draft.name.first, "Jane") << hostile.substr(0, 30);
    EXPECT_EQ(draft.email, "jane@example.com") << hostile.substr(0, 30);
    EXPECT_EQ(draft.phone, "+1 415 555 0132") << hostile.substr(0, 30);
  }
}

}  // namespace
}  // namespace applier::knowledge
