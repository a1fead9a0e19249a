#include "planning/typeahead.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "planning/option_matcher.h"

namespace applier::planning {
namespace {

struct PlaceCase {
  const char* wanted;
  const char* option;
  PlaceVerdict verdict;
};

class ComparePlaceTest : public ::testing::TestWithParam<PlaceCase> {};

TEST_P(ComparePlaceTest, Judges) {
  const PlaceCase& c = GetParam();
  EXPECT_EQ(ComparePlace(c.wanted, c.option), c.verdict) << c.wanted << " vs " << c.option;
}

constexpr auto kSame = PlaceVerdict::kSame;
constexpr auto kCityOnly = PlaceVerdict::kSameCityOnly;
constexpr auto kDifferent = PlaceVerdict::kDifferent;
constexpr const char* kSf = "San Francisco, CA, United States";

INSTANTIATE_TEST_SUITE_P(
    Places, ComparePlaceTest,
    ::testing::Values(
        PlaceCase{kSf, "San Francisco, California, United States", kSame},
        PlaceCase{kSf, "San Francisco, CA", kSame}, PlaceCase{kSf, "San Francisco (CA)", kSame},
        PlaceCase{kSf, "San Francisco, CA 94105", kSame},
        PlaceCase{kSf, "San Francisco | California | USA", kSame},
        PlaceCase{kSf, "San Francisco - United States", kSame},
        PlaceCase{kSf, "San Francisco", kCityOnly}, PlaceCase{kSf, "san francisco, ca", kSame},
        // Decoys: another city that contains the name, or the name elsewhere.
        PlaceCase{kSf, "South San Francisco, California, United States", kDifferent},
        PlaceCase{kSf, "San Francisco de Macorís, Dominican Republic", kDifferent},
        PlaceCase{kSf, "San Francisco, Córdoba, Argentina", kDifferent},
        PlaceCase{kSf, "San Francisco Bay Area", kDifferent},
        PlaceCase{kSf, "Los Angeles, CA", kDifferent},
        // The profile's own short form, the code resolved by the option.
        PlaceCase{"San Francisco, CA", "San Francisco, California, United States", kSame},
        PlaceCase{"Vancouver, CA", "Vancouver, BC, Canada", kSame},
        PlaceCase{"Vancouver, WA, United States", "Vancouver, BC, Canada", kDifferent},
        PlaceCase{"Vancouver, WA, United States", "Vancouver, CA", kDifferent},
        PlaceCase{"Portland, OR, United States", "Portland, ME", kDifferent},
        PlaceCase{"Portland, OR, United States", "Portland, Oregon", kSame},
        PlaceCase{"Berlin, Germany", "Berlin, Deutschland", kSame},
        PlaceCase{"Berlin, Germany", "Berlin, DE", kSame},
        PlaceCase{"Berlin, Germany", "Berlin, NH, United States", kDifferent},
        PlaceCase{"Toronto, ON, Canada", "Toronto, Ontario", kSame},
        PlaceCase{"München, Germany", "München, Bayern, Deutschland", kSame},
        PlaceCase{"", "San Francisco", kDifferent}));

TEST(TypeaheadQueriesTest, PlacesFromFullToCity) {
  EXPECT_EQ(TypeaheadQueries(kSf, FieldKey::kLocation),
            (std::vector<std::string>{kSf, "San Francisco, California",
                                      "San Francisco, United States", "San Francisco"}));
  EXPECT_EQ(TypeaheadQueries("San Francisco, CA", FieldKey::kLocation),
            (std::vector<std::string>{"San Francisco, CA", "San Francisco"}));
  EXPECT_EQ(TypeaheadQueries("Berlin, Germany", FieldKey::kCity),
            (std::vector<std::string>{"Berlin, Germany", "Berlin"}));
  EXPECT_EQ(
      TypeaheadQueries("Toronto, ON", FieldKey::kJobLocation),
      (std::vector<std::string>{"Toronto, ON", "Toronto, Ontario", "Toronto, Canada", "Toronto"}));
}

TEST(TypeaheadQueriesTest, SchoolsAndOthers) {
  EXPECT_EQ(TypeaheadQueries("University of California, Davis", FieldKey::kSchool),
            (std::vector<std::string>{"University of California, Davis",
                                      "University of California Davis", "Davis"}));
  EXPECT_EQ(TypeaheadQueries("MIT", FieldKey::kSchool), (std::vector<std::string>{"MIT"}));
  EXPECT_EQ(TypeaheadQueries("LinkedIn Job Board", FieldKey::kHowHeard),
            (std::vector<std::string>{"LinkedIn Job Board", "LinkedIn"}));
  EXPECT_EQ(TypeaheadQueries("Go", FieldKey::kUnknown), (std::vector<std::string>{"Go"}));
  EXPECT_TRUE(TypeaheadQueries("", FieldKey::kCity).empty());
}

// A German page's country box lists "Vereinigte Staaten von Amerika": typing
// the English name finds nothing there, the country's other names in the
// page's script do; a Japanese page's box gets the Japanese ones.
TEST(TypeaheadQueriesTest, ACountryIsAlsoTypedAsOtherLanguagesNameIt) {
  const auto german = TypeaheadQueries("United States", FieldKey::kCountry, "de");
  ASSERT_FALSE(german.empty());
  EXPECT_EQ(german.front(), "United States");
  EXPECT_NE(std::find(german.begin(), german.end(), "vereinigte staaten"), german.end());
  EXPECT_LE(german.size(), 6u);
  for (const auto& query : german) EXPECT_EQ(query.find("美"), std::string::npos) << query;
  const auto japanese = TypeaheadQueries("United States", FieldKey::kCountry, "ja");
  EXPECT_NE(std::find(japanese.begin(), japanese.end(), "アメリカ"), japanese.end());
  EXPECT_EQ(TypeaheadQueries("Atlantis", FieldKey::kCountry, "de"),
            (std::vector<std::string>{"Atlantis"}));
}

std::vector<perception::Option> Options(std::initializer_list<const char*> labels) {
  std::vector<perception::Option> options;
  for (const char* label : labels) options.push_back({label, label, false, false});
  return options;
}

TEST(TypeaheadMatchTest, PicksTheSamePlaceAmongDecoys) {
  const auto suggestions =
      Options({"South San Francisco, California, United States",
               "San Francisco de Macorís, Dominican Republic",
               "San Francisco, California, United States", "San Francisco, Córdoba, Argentina"});
  for (FieldKey key : {FieldKey::kLocation, FieldKey::kCity}) {
    auto match = MatchOption(suggestions, kSf, key);
    ASSERT_TRUE(match);
    EXPECT_EQ(suggestions[static_cast<std::size_t>(match->index)].label,
              "San Francisco, California, United States");
  }
  // Only decoys: nothing is picked, the next query is tried or the person asked.
  const auto decoys = Options({"South San Francisco, CA", "San Francisco de Macorís"});
  EXPECT_FALSE(MatchOption(decoys, kSf, FieldKey::kLocation));
  // Two suggestions that say only the city: the same name twice is a tie.
  EXPECT_FALSE(MatchOption(Options({"San Francisco", "San Francisco"}), kSf, FieldKey::kCity));
}

TEST(TypeaheadMatchTest, SchoolsAreNotTheirShorterNamesakes) {
  const auto schools = Options({"University of California", "University of California, Berkeley",
                                "University of California, Davis"});
  auto match = MatchOption(schools, "University of California, Davis", FieldKey::kSchool);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->index, 2);
  EXPECT_FALSE(MatchOption(Options({"University of California", "UC Berkeley"}),
                           "University of California, Davis", FieldKey::kSchool));
}

// A longer name holding the school's is another institution (its extension school,
// medical centre or law school); a remark in parentheses is not.
TEST(TypeaheadMatchTest, SchoolsAreNotTheirLongerNamesakes) {
  EXPECT_FALSE(MatchOption(Options({"University of California Davis Extension"}),
                           "University of California, Davis", FieldKey::kSchool));
  EXPECT_FALSE(MatchOption(Options({"Stanford University School of Medicine"}),
                           "Stanford University", FieldKey::kSchool));
  auto match = MatchOption(
      Options({"University of California Davis Extension", "University of California - Davis"}),
      "University of California, Davis", FieldKey::kSchool);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->index, 1);
  EXPECT_TRUE(MatchOption(Options({"University of California, Davis (UC Davis)"}),
                          "University of California, Davis", FieldKey::kSchool));
}

// Lists in Chinese, Japanese or Korean give a foreign school its local name and
// its own in full-width parentheses: the name in parentheses is the school. A
// longer namesake in them is still another institution.
TEST(TypeaheadMatchTest, ASchoolListedUnderItsLocalNameWithItsOwnInParenthesesIsIt) {
  const std::string davis = "University of California, Davis";
  auto match = MatchOption(Options({"\u52a0\u5dde\u5927\u5b66\u6d1b\u6749\u77f6\u5206\u6821"
                                    "\uff08University of California, Los Angeles\uff09",
                                    "\u52a0\u5dde\u5927\u5b66\u6234\u7ef4\u65af\u5206\u6821"
                                    "\uff08University of California, Davis\uff09"}),
                           davis, FieldKey::kSchool);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->index, 1);
  EXPECT_TRUE(
      MatchOption(Options({"\u30ab\u30ea\u30d5\u30a9\u30eb\u30cb\u30a2\u5927\u5b66"
                           "\u30c7\u30a4\u30d3\u30b9\u6821 (University of California, Davis)"}),
                  davis, FieldKey::kSchool));
  EXPECT_FALSE(MatchOption(Options({"\u52a0\u5dde\u5927\u5b66\uff08University of California "
                                    "Davis Extension\uff09"}),
                           davis, FieldKey::kSchool));
}

// Boxes that take free text offer what was typed as an entry quoting it; only such
// an entry is taken, never a suggestion that merely contains the text.
TEST(TypeaheadEntryForTypedTest, TheEntryQuotingWhatWasTypedIsFound) {
  const std::string school = "University of California, Davis";
  EXPECT_EQ(EntryForTyped({"검색 결과가 없습니다.", "'University of California, Davis' 직접 입력"},
                          school),
            1u);
  EXPECT_EQ(EntryForTyped({"Create \"university of california, davis\""}, school), 0u);
  EXPECT_EQ(EntryForTyped(
                {"Stanford University", "Add \u201cUniversity of California, Davis\u201d"}, school),
            1u);
  EXPECT_EQ(EntryForTyped({"\u300cUniversity of California, Davis\u300dを追加"}, school), 0u);
  EXPECT_EQ(EntryForTyped({"Ajouter \u00ab University of California, Davis \u00bb"}, school), 0u);

  EXPECT_FALSE(
      EntryForTyped({"South San Francisco, CA", "San Francisco de Macorís"}, "San Francisco"));
  EXPECT_FALSE(EntryForTyped({"University of California, Davis Extension"}, school));
  EXPECT_FALSE(EntryForTyped({"Use 'Davis'"}, school));
  EXPECT_FALSE(EntryForTyped({"Create \"X\"", "Add \"X\""}, "X"));
  EXPECT_FALSE(EntryForTyped({}, school));
}

// A skills box suggests the entry under its full name: "Apache Kafka" for "Kafka"
// (the entry is the name's head, its last words), "Amazon Web Services (AWS)" for
// "AWS" and "Go (Golang)" for "Go" (the name or its remark). A suggestion where
// the entry only qualifies another thing ("Go templates"), or two that name it,
// is none: the entry is typed and left to the box.
TEST(TypeaheadSuggestionNamingEntryTest, TheOneSuggestionNamingTheEntryIsFound) {
  EXPECT_EQ(SuggestionNamingEntry({"Apache Kafka"}, "Kafka"), 0u);
  EXPECT_EQ(SuggestionNamingEntry({"Kafka Streams", "apache kafka"}, "Kafka"), 1u);
  EXPECT_EQ(SuggestionNamingEntry({"Amazon Web Services (AWS)", "AWS Lambda"}, "AWS"), 0u);
  EXPECT_EQ(SuggestionNamingEntry({"Go templates", "Go (Golang)", "Golang Gin"}, "Go"), 1u);
  EXPECT_EQ(SuggestionNamingEntry({"Visual C++", "C#"}, "C++"), 0u);

  EXPECT_FALSE(SuggestionNamingEntry({"Go templates", "Golang Gin"}, "Go"));
  EXPECT_FALSE(SuggestionNamingEntry({"JavaScript", "Java EE"}, "Java"));
  EXPECT_FALSE(SuggestionNamingEntry({"C++", "C#"}, "C"));
  EXPECT_FALSE(SuggestionNamingEntry({"Apache Kafka", "Confluent Kafka"}, "Kafka"));
  EXPECT_FALSE(SuggestionNamingEntry({"Microsoft SQL Server"}, "SQL"));
  EXPECT_FALSE(SuggestionNamingEntry({}, "Kafka"));
}

}  // namespace
}  // namespace applier::planning
