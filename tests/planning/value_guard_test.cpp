#include "planning/value_guard.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;

struct GuardCase {
  const char* name;
  ControlKind kind;
  const char* html_type;
  const char* pattern;
  int max_length;
  FieldKey key;
  const char* text;
  bool rejected;
};

class ValueGuardTest : public ::testing::TestWithParam<GuardCase> {};

TEST_P(ValueGuardTest, Judges) {
  const GuardCase& c = GetParam();
  Field field;
  field.kind = c.kind;
  field.html_type = c.html_type;
  field.pattern = c.pattern;
  field.max_length = c.max_length;
  auto why = WhyFieldRejects(field, c.key, c.text);
  EXPECT_EQ(why.has_value(), c.rejected) << c.name << ": " << why.value_or("accepted");
  if (why) {
    EXPECT_NE(why->find(c.text), std::string::npos) << *why;
  }
}

constexpr auto kText = ControlKind::kText;
constexpr auto kAny = FieldKey::kUnknown;

INSTANTIATE_TEST_SUITE_P(
    Rules, ValueGuardTest,
    ::testing::Values(
        // Input types, as the browser's constraint validation judges them.
        GuardCase{"email ok", ControlKind::kEmail, "email", "", -1, kAny, "a@b.co", false},
        GuardCase{"street in email", ControlKind::kEmail, "email", "", -1, kAny,
                  "500 Howard Street", true},
        GuardCase{"url ok", ControlKind::kUrl, "url", "", -1, kAny, "https://x.example/a", false},
        GuardCase{"url without scheme", ControlKind::kUrl, "url", "", -1, kAny, "x.example/a",
                  true},
        GuardCase{"number ok", ControlKind::kNumber, "number", "", -1, kAny, "185000", false},
        GuardCase{"decimal ok", ControlKind::kNumber, "number", "", -1, kAny, "1.5", false},
        GuardCase{"grouped in number", ControlKind::kNumber, "number", "", -1, kAny, "185,000",
                  true},
        GuardCase{"words in number", ControlKind::kNumber, "number", "", -1, kAny, "8 years", true},
        GuardCase{"date ok", ControlKind::kDate, "date", "", -1, kAny, "2025-09-01", false},
        GuardCase{"us date in picker", ControlKind::kDate, "date", "", -1, kAny, "09/01/2025",
                  true},
        GuardCase{"month ok", ControlKind::kDate, "month", "", -1, kAny, "2025-09", false},
        GuardCase{"text in picker", ControlKind::kDate, "date", "", -1, kAny, "immediately", true},
        // maxlength counts characters, not bytes.
        GuardCase{"fits maxlength", kText, "text", "", 5, kAny, "94105", false},
        GuardCase{"too long", kText, "text", "", 5, kAny, "94105-1234", true},
        GuardCase{"umlauts fit", kText, "text", "", 6, kAny, "Müller", false},
        GuardCase{"no maxlength", kText, "text", "", -1, kAny, "a long free text answer", false},
        // Patterns match the whole value.
        GuardCase{"pattern ok", kText, "text", "[0-9]{5}", -1, kAny, "94105", false},
        GuardCase{"pattern partial", kText, "text", "[0-9]{5}", -1, kAny, "94105-1234", true},
        GuardCase{"pattern alternatives", kText, "text", "yes|no", -1, kAny, "yes", false},
        GuardCase{"pattern alternatives anchored", kText, "text", "yes|no", -1, kAny, "yesno",
                  true},
        GuardCase{"broken pattern not judged", kText, "text", "[a-", -1, kAny, "anything", false},
        GuardCase{"date pattern", kText, "text", "\\d{2}\\.\\d{2}\\.\\d{4}", -1, kAny, "2025-09-01",
                  true},
        // Meanings: the wrong fills seen on real forms.
        GuardCase{"email meaning", kText, "text", "", -1, FieldKey::kEmail, "500 Howard Street",
                  true},
        GuardCase{"email meaning ok", kText, "text", "", -1, FieldKey::kEmail, "j@x.example",
                  false},
        GuardCase{"phone meaning", ControlKind::kTel, "tel", "", -1, FieldKey::kPhone,
                  "San Francisco", true},
        GuardCase{"phone ok", ControlKind::kTel, "tel", "", -1, FieldKey::kPhone,
                  "+1 (415) 555-0142", false},
        GuardCase{"phone ext ok", ControlKind::kTel, "tel", "", -1, FieldKey::kPhone,
                  "415 555 0142 ext 12", false},
        GuardCase{"postal meaning", kText, "text", "", -1, FieldKey::kPostalCode, "San Francisco",
                  true},
        GuardCase{"postal ok", kText, "text", "", -1, FieldKey::kPostalCode, "SW1A 1AA", false},
        GuardCase{"email in name", kText, "text", "", -1, FieldKey::kFirstName, "j@x.example",
                  true},
        GuardCase{"street in name", kText, "text", "", -1, FieldKey::kLastName, "500 Howard Street",
                  true},
        GuardCase{"name ok", kText, "text", "", -1, FieldKey::kLastName, "O'Neil-Müller", false},
        GuardCase{"link meaning", kText, "text", "", -1, FieldKey::kLinkedin, "Jordan Rivera",
                  true},
        GuardCase{"link ok", kText, "text", "", -1, FieldKey::kLinkedin, "linkedin.com/in/jordan",
                  false},
        GuardCase{"city ok", kText, "text", "", -1, FieldKey::kCity, "San Francisco", false},
        GuardCase{"email in city", kText, "text", "", -1, FieldKey::kCity, "j@x.example", true},
        GuardCase{"years ok", kText, "text", "", -1, FieldKey::kYearsExperience, "8", false},
        GuardCase{"years words", kText, "text", "", -1, FieldKey::kYearsExperience, "many", true}));

TEST(ValueGuardTest, ChoiceAndFileFieldsAreJudgedByTheirOptionsNotHere) {
  Field select;
  select.kind = ControlKind::kSelect;
  select.max_length = 2;
  EXPECT_FALSE(WhyFieldRejects(select, FieldKey::kEmail, "United States"));
  Field file;
  file.kind = ControlKind::kFile;
  EXPECT_FALSE(WhyFieldRejects(file, FieldKey::kResume, "/tmp/resume.pdf"));
}

TEST(LooksLikeEmailTest, Shapes) {
  EXPECT_TRUE(LooksLikeEmail("jordan.rivera@example.com"));
  EXPECT_FALSE(LooksLikeEmail("jordan.rivera@example"));
  EXPECT_FALSE(LooksLikeEmail("@example.com"));
  EXPECT_FALSE(LooksLikeEmail("a b@example.com"));
  EXPECT_FALSE(LooksLikeEmail("a@@example.com"));
  EXPECT_FALSE(LooksLikeEmail("a@example."));
}

// A value of 100 kB (a pasted answer, an LLM that rambles) and a page's pattern
// written to hurt are judged at once and without overflowing the stack, which
// std::regex did per character of the value.
TEST(HostileValueGuardTest, HugeValuesAreJudgedWithoutOverflowingTheStack) {
  const std::string run(100000, '7');
  Field url;
  url.kind = ControlKind::kUrl;
  url.html_type = "url";
  EXPECT_FALSE(TypeRejects(url, "https://example.com/" + run));
  EXPECT_TRUE(TypeRejects(url, run));
  Field number;
  number.kind = ControlKind::kNumber;
  number.html_type = "number";
  EXPECT_FALSE(TypeRejects(number, run));
  EXPECT_FALSE(TypeRejects(number, "-" + run + "." + run + "e+" + run));
  EXPECT_TRUE(TypeRejects(number, run + "x"));
  Field date;
  date.kind = ControlKind::kDate;
  date.html_type = "date";
  EXPECT_TRUE(TypeRejects(date, run));
  Field patterned;
  patterned.pattern = "[0-9]+";
  EXPECT_FALSE(TypeRejects(patterned, run));
  EXPECT_TRUE(TypeRejects(patterned, run.substr(0, 1000) + "x"));
}

TEST(HostileValueGuardTest, AHugeOrCatastrophicPatternIsNoCrashAndNoHang) {
  Field patterned;
  patterned.pattern = std::string(50000, '(') + "a" + std::string(50000, ')');
  EXPECT_FALSE(TypeRejects(patterned, "a"));
  // Backtracking tries 2^40 ways to split the a's before it gives up.
  patterned.pattern = "(a|a)*b";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(TypeRejects(patterned, std::string(40, 'a')));
  EXPECT_FALSE(TypeRejects(patterned, std::string(40, 'a') + "b"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

}  // namespace
}  // namespace applier::planning
