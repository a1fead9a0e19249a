#include "planning/field_meanings.h"

#include <gtest/gtest.h>

#include <set>

namespace applier::planning {
namespace {

using perception::ControlKind;

// What every match reads off a phrase is read once, when the table is parsed.
TEST(FieldMeaningsTest, ReadsEachPhrasesShapeOnce) {
  const auto table = FieldMeanings::Parse(
      "meaning years_experience\n"
      "  en  years * experience | total experience\n"
      "  ja  経験年数\n"
      "meaning last_name\n"
      "  zh  姓\n");
  ASSERT_TRUE(table.has_value()) << table.error().message;
  ASSERT_EQ(table->phrases().size(), 4u);
  const MeaningPhrase& gapped = table->phrases()[0];
  EXPECT_TRUE(gapped.gapped);
  EXPECT_FALSE(gapped.unspaced);
  EXPECT_EQ(gapped.first_word_slot, WordSlot("years"));
  const MeaningPhrase& plain = table->phrases()[1];
  EXPECT_FALSE(plain.gapped);
  EXPECT_EQ(plain.first_word_slot, WordSlot("total"));
  const MeaningPhrase& japanese = table->phrases()[2];
  EXPECT_TRUE(japanese.unspaced);
  EXPECT_FALSE(japanese.single_character);
  EXPECT_EQ(japanese.first_word_slot, -1);  // found inside words: no word to look for
  EXPECT_TRUE(table->phrases()[3].single_character);
  EXPECT_GE(WordSlot("total"), 0);
  EXPECT_LT(WordSlot("total"), kWordSlots);
}

TEST(FieldMeaningsTest, ParsesPhrasesAutocompleteAndKinds) {
  const auto table = FieldMeanings::Parse(
      "# a comment\n"
      "meaning first_name\n"
      "  autocomplete given-name\n"
      "  en  First Name | =fname\n"
      "  fr  prénom\n"
      "\n"
      "meaning phone_country_code\n"
      "  fits select combobox\n"
      "  en  phone country code +2\n"
      "meaning not\n"
      "  en  address line 2\n");
  ASSERT_TRUE(table.has_value()) << table.error().message;
  ASSERT_EQ(table->phrases().size(), 5u);
  EXPECT_EQ(table->phrases()[0].text, "first name");
  EXPECT_FALSE(table->phrases()[0].whole);
  EXPECT_EQ(table->phrases()[1].text, "fname");
  EXPECT_TRUE(table->phrases()[1].whole);
  EXPECT_EQ(table->phrases()[2].text, "prenom");
  EXPECT_EQ(table->phrases()[2].language, "fr");
  EXPECT_EQ(table->phrases()[3].key, FieldKey::kPhoneCountryCode);
  EXPECT_DOUBLE_EQ(table->phrases()[3].bonus, 0.02);
  EXPECT_EQ(table->phrases()[4].key, FieldKey::kUnknown);
  ASSERT_EQ(table->autocomplete().size(), 1u);
  EXPECT_EQ(table->autocomplete()[0].token, "given-name");
  EXPECT_EQ(table->autocomplete()[0].key, FieldKey::kFirstName);
  // Without a fits line: text-like controls and radio groups.
  EXPECT_TRUE(table->Fits(FieldKey::kFirstName, ControlKind::kText));
  EXPECT_TRUE(table->Fits(FieldKey::kFirstName, ControlKind::kRadioGroup));
  EXPECT_FALSE(table->Fits(FieldKey::kFirstName, ControlKind::kCheckbox));
  EXPECT_TRUE(table->Fits(FieldKey::kPhoneCountryCode, ControlKind::kSelect));
  EXPECT_FALSE(table->Fits(FieldKey::kPhoneCountryCode, ControlKind::kText));
}

TEST(FieldMeaningsTest, RejectsAMalformedTableNamingTheLine) {
  const char* bad[] = {
      "meaning first_nam\n",                       // no such meaning
      "  en  first name\n",                        // before any meaning
      "meaning email\n  fits text mailbox\n",      // no such kind
      "meaning email\n  english  email\n",         // not a language tag
      "meaning email\n  en  email +x\n",           // bonus not a number
      "meaning email\n  en  email | ... | mail\n"  // a phrase that normalises to nothing
  };
  for (const char* text : bad) {
    const auto table = FieldMeanings::Parse(text);
    ASSERT_FALSE(table.has_value()) << text;
    EXPECT_EQ(table.error().kind, ErrorKind::kInvalidInput);
    EXPECT_NE(table.error().message.find("line "), std::string::npos) << table.error().message;
  }
}

TEST(FieldMeaningsTest, TheBuiltinTableCoversEveryMeaningItNames) {
  const FieldMeanings& table = FieldMeanings::Builtin();
  EXPECT_GT(table.phrases().size(), 400u);
  std::set<FieldKey> named;
  for (const MeaningPhrase& phrase : table.phrases()) named.insert(phrase.key);
  // Every key the classifier can answer from a label has at least one phrase; the
  // entry keys (job_title, ...) are decided by section rules instead.
  for (FieldKey key : {FieldKey::kFirstName, FieldKey::kEmail, FieldKey::kPostalCode,
                       FieldKey::kWorkAuthorization, FieldKey::kSponsorship, FieldKey::kConsent}) {
    EXPECT_TRUE(named.contains(key)) << ToString(key);
  }
  EXPECT_EQ(FieldKeyNamed("work_authorization"), FieldKey::kWorkAuthorization);
  EXPECT_EQ(FieldKeyNamed("no_such_meaning"), FieldKey::kUnknown);
}

}  // namespace
}  // namespace applier::planning
