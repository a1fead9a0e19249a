// The pure parts of FormActor: when what the page shows counts as what was meant.
#include "actions/form_actor.h"

#include <gtest/gtest.h>

namespace applier::actions {
namespace {

TEST(PageReformattedTest, AcceptsTheSameCharactersWrittenTheMasksWay) {
  EXPECT_TRUE(PageReformatted("4155550100", "(415) 555-0100"));
  EXPECT_TRUE(PageReformatted("DE89370400440532013000", "DE89 3704 0044 0532 0130 00"));
  EXPECT_TRUE(PageReformatted("150000", "150,000"));
  EXPECT_TRUE(PageReformatted("sw1a 1aa", "SW1A 1AA"));
}

// A number box that adds its currency sign and grouping as the number is typed
// (Mantine's NumberInput with a prefix, an Ant Design InputNumber formatter) shows
// the number typed; a sign on words, or other digits, is no such reformatting.
TEST(PageReformattedTest, AcceptsACurrencySignAroundATypedNumber) {
  EXPECT_TRUE(PageReformatted("42000", "₪ 42,000"));
  EXPECT_TRUE(PageReformatted("42000", "42.000\u00a0€"));
  EXPECT_TRUE(PageReformatted("65000", "£65,000"));
  EXPECT_TRUE(PageReformatted("185000", "$185,000"));
  EXPECT_FALSE(PageReformatted("42000", "₪ 4,200"));
  EXPECT_FALSE(PageReformatted("abc", "₪ abc"));
}

// A currency box that writes the cents (Cognito Forms' currency field, AutoNumeric)
// shows the whole number typed; a box that read the digits as cents does not.
TEST(PageReformattedTest, AcceptsZeroCentsAfterATypedWholeNumber) {
  EXPECT_TRUE(PageReformatted("25000", "25,000.00"));
  EXPECT_TRUE(PageReformatted("150000", "150,000.00"));
  EXPECT_TRUE(PageReformatted("42000", "42.000,00 €"));
  EXPECT_FALSE(PageReformatted("1500", "15.00"));
  EXPECT_FALSE(PageReformatted("25000", "25,000.50"));
}

// A number box whose format appends a unit (Kendo UI's "# 'Jahre'", a suffix
// " years") shows the number typed; other digits before the unit do not.
TEST(PageReformattedTest, AcceptsAUnitAfterATypedNumber) {
  EXPECT_TRUE(PageReformatted("8", "8 Jahre"));
  EXPECT_TRUE(PageReformatted("12", "12 years"));
  EXPECT_TRUE(PageReformatted("3", "3 Jahre"));
  EXPECT_FALSE(PageReformatted("8", "80 Jahre"));
  EXPECT_FALSE(PageReformatted("8", "8.5 Jahre"));
  EXPECT_FALSE(PageReformatted("abc", "abc years"));
}

TEST(PageReformattedTest, RefusesOtherCharactersOrAnotherOrder) {
  EXPECT_FALSE(PageReformatted("2021-03-15", "03/15/2021"));
  EXPECT_FALSE(PageReformatted("4155550100", "(415) 555-010"));
  EXPECT_FALSE(PageReformatted("", ""));
  EXPECT_FALSE(PageReformatted("---", "---"));
}

// A date picker's button shows the date its own way: the same day matches the
// ISO answer; another day, or a month without a day, does not.
TEST(ValueMatchesTest, ADateShownInWordsIsTheSameDayAsItsIsoAnswer) {
  using perception::ControlKind;
  EXPECT_TRUE(ValueMatches(ControlKind::kDate, "2025-09-01", "September 1st, 2025"));
  EXPECT_TRUE(ValueMatches(ControlKind::kDate, "2025-09-01", "2025-09-01"));
  EXPECT_FALSE(ValueMatches(ControlKind::kDate, "2025-09-01", "September 2nd, 2025"));
  EXPECT_FALSE(ValueMatches(ControlKind::kDate, "2025-09", "September 2025 "));
  EXPECT_FALSE(ValueMatches(ControlKind::kText, "2025-09-01", "September 1st, 2025"));
}

TEST(ValueMatchesTest, PhoneDigitsAndEmailCase) {
  EXPECT_TRUE(ValueMatches(perception::ControlKind::kTel, "+1 415 555 0100", "4155550100"));
  EXPECT_TRUE(
      ValueMatches(perception::ControlKind::kEmail, "Jordan@Example.com", "jordan@example.com"));
  EXPECT_FALSE(ValueMatches(perception::ControlKind::kText, "Jordan", "Jordan R"));
}

// The number typed after a dialling code the box wrote into itself on focus
// (intl-tel-input) is no number, though its digits end with the person's.
TEST(ValueMatchesTest, ANumberAfterADialCodeTheBoxWroteIsNoMatch) {
  EXPECT_FALSE(ValueMatches(perception::ControlKind::kTel, "+1 415 555 0142", "+1+1 415 555 0142"));
  EXPECT_TRUE(ValueMatches(perception::ControlKind::kTel, "415 555 0142", "+1 415 555 0142"));
}

// A picker shows the chosen option whole, as one pill of several, or shortened to
// some of its words in order; a caret glyph drawn in its text is no word.
TEST(ShowsChoiceTest, WholeAPillOrShortenedInOrderCaretsAside) {
  EXPECT_TRUE(ShowsChoice("United States", "United States"));
  EXPECT_TRUE(ShowsChoice("Indeed, LinkedIn", "LinkedIn · Job Board"));
  EXPECT_TRUE(ShowsChoice("🇺🇸 +1", "🇺🇸 USA +1"));
  EXPECT_TRUE(ShowsChoice("🇺🇸 +1 ▾", "🇺🇸 США +1"));
  // A phone's country picker shows the flag and code of an option that names the
  // country in words ("Amerika Serikat (+1)"); another country's flag with the same
  // code is not it.
  EXPECT_TRUE(ShowsChoice("🇺🇸 +1", "Amerika Serikat (+1)"));
  EXPECT_FALSE(ShowsChoice("🇨🇦 +1", "Amerika Serikat (+1)"));
  EXPECT_FALSE(ShowsChoice("🇮🇩 +62", "Amerika Serikat (+1)"));
  EXPECT_TRUE(ShowsChoice("⌄ California", "California"));
  EXPECT_FALSE(ShowsChoice("🇺🇸 ▾", "🇨🇦 Canada +1"));
  // A picker showing the flag alone (the dialling code drawn beside it, outside):
  // the flag is the country the option names in words.
  EXPECT_TRUE(ShowsChoice("🇺🇸", "United States (+1)"));
  EXPECT_FALSE(ShowsChoice("🇺🇸", "Canada (+1)"));
  EXPECT_FALSE(ShowsChoice("🇨🇦 +1", "🇺🇸 USA +1"));
  // A flag button named by its choice (intl-tel-input's title, Typeform's phone
  // field): the name's words, signs aside.
  EXPECT_TRUE(ShowsChoice("United States: +1", "🇺🇸 United States +1"));
  EXPECT_TRUE(ShowsChoice("United States: +1", "United States (+1)"));
  EXPECT_FALSE(ShowsChoice("Canada: +1", "🇺🇸 United States +1"));
}

// A select's custom trigger shows a calling code's country as its ISO code ("US
// +1", Angular Material's mat-select-trigger in phone pickers); another country of
// the same code is not it.
TEST(ShowsChoiceTest, ACountrysIsoCodeAndItsCallingCode) {
  EXPECT_TRUE(ShowsChoice("US +1", "États-Unis (+1)"));
  EXPECT_TRUE(ShowsChoice("FR +33", "France (+33)"));
  EXPECT_FALSE(ShowsChoice("CA +1", "États-Unis (+1)"));
  EXPECT_FALSE(ShowsChoice("FR +33", "États-Unis (+1)"));
}

// An autocomplete box shows the suggestion picked in punctuation of its own
// ("San Francisco (Californie, États-Unis)" for the option read as "San Francisco,
// Californie, États-Unis"); a longer place around the same words is not it.
TEST(ShowsChoiceTest, ThePickedSuggestionInOtherPunctuation) {
  EXPECT_TRUE(ShowsChoice("San Francisco (Californie, États-Unis)",
                          "San Francisco, Californie, États-Unis"));
  EXPECT_FALSE(ShowsChoice("South San Francisco (Californie, États-Unis)",
                           "San Francisco, Californie, États-Unis"));
}

// A picker button shows the date picked in its page's order: "01/09/2025" on a
// Hebrew page is the 1st of September, not the 9th of January.
TEST(PickedDateShownTest, ReadsANumericDateInThePagesOrder) {
  perception::Field field;
  field.kind = perception::ControlKind::kDate;
  field.label = "תאריך תחילת עבודה אפשרי";
  field.lang = "he";
  EXPECT_TRUE(PickedDateShown(field, "2025-09-01", "01/09/2025"));
  EXPECT_FALSE(PickedDateShown(field, "2025-09-01", "09/01/2025"));
  EXPECT_FALSE(PickedDateShown(field, "2025-09-01", "01/12/2026"));
  field.lang = "en-US";
  EXPECT_TRUE(PickedDateShown(field, "2025-09-01", "09/01/2025"));
  EXPECT_TRUE(PickedDateShown(field, "2025-09-01", "September 1st, 2025"));
}

}  // namespace
}  // namespace applier::actions
