// Regions as state lists write them: the postal code, the English name, or the
// name the list's language gives them (a Swedish checkout's "Kalifornien", a
// Spanish form's "Nueva York").
#include "knowledge/countries.h"

#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace applier::knowledge {
namespace {

TEST(FindRegionTest, KnowsARegionByCodeEnglishNameOrItsNameInOtherLanguages) {
  for (const char* text : {"CA", "ca", "California", "Kalifornien", "Californie",
                           "カリフォルニア州", "加州", "캘리포니아"}) {
    const Region* region = FindRegion(text);
    ASSERT_NE(region, nullptr) << text;
    EXPECT_EQ(region->code, "CA") << text;
    EXPECT_EQ(region->country, "US") << text;
  }
  ASSERT_NE(FindRegion("Nueva York"), nullptr);
  EXPECT_EQ(FindRegion("Nueva York")->code, "NY");
  ASSERT_NE(FindRegion("Colombie-Britannique"), nullptr);
  EXPECT_EQ(FindRegion("Colombie-Britannique")->code, "BC");
  EXPECT_EQ(FindRegion("Bavaria"), nullptr);
  EXPECT_EQ(FindRegion(""), nullptr);
}

// Indonesian phone pickers and country lists name countries in Indonesian
// ("Amerika Serikat (+1)" beside "Kanada (+1)").
TEST(FindCountryTest, KnowsIndonesianCountryNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"Amerika Serikat", "US"}, {"Inggris Raya", "GB"}, {"Jerman", "DE"}, {"Jepang", "JP"},
      {"Singapura", "SG"},       {"Filipina", "PH"},     {"Kanada", "CA"}};
  for (const auto& [name, code] : cases) {
    const Country* country = FindCountry(name);
    ASSERT_NE(country, nullptr) << name;
    EXPECT_EQ(country->code, code) << name;
  }
}

// Italian country lists (ISTAT's, and the forms built on them) give the official
// short names: "Stati Uniti d'America" beside "Regno Unito" and "Paesi Bassi".
TEST(FindCountryTest, KnowsItalianCountryNames) {
  const std::pair<const char*, const char*> cases[] = {{"Stati Uniti d'America", "US"},
                                                       {"Regno Unito", "GB"},
                                                       {"Germania", "DE"},
                                                       {"Francia", "FR"},
                                                       {"Spagna", "ES"},
                                                       {"Svizzera", "CH"},
                                                       {"Paesi Bassi", "NL"},
                                                       {"Giappone", "JP"},
                                                       {"Cina", "CN"},
                                                       {"Brasile", "BR"},
                                                       {"Messico", "MX"},
                                                       {"Irlanda", "IE"},
                                                       {"Polonia", "PL"},
                                                       {"Grecia", "GR"},
                                                       {"Svezia", "SE"},
                                                       {"Belgio", "BE"}};
  for (const auto& [name, code] : cases) {
    const Country* country = FindCountry(name);
    ASSERT_NE(country, nullptr) << name;
    EXPECT_EQ(country->code, code) << name;
  }
}

// Thai country lists say สหรัฐอเมริกา for the United States, and Thai questions name
// Thailand inside a run of words ("...ในประเทศไทยหรือไม่", in Thailand or not).
TEST(FindCountryTest, KnowsThaiCountryNames) {
  const Country* us = FindCountry("สหรัฐอเมริกา");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->code, "US");
  const Country* named = CountryMentionedIn("ท่านมีใบอนุญาตทำงานในประเทศไทยหรือไม่");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->code, "TH");
}

// Hindi country lists say संयुक्त राज्य अमेरिका for the United States, and a Hindi
// question names India as भारत.
TEST(FindCountryTest, KnowsHindiCountryNames) {
  const Country* us = FindCountry("संयुक्त राज्य अमेरिका");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->code, "US");
  const Country* named = CountryMentionedIn("क्या आपके पास भारत में काम करने का कानूनी अधिकार है?");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->code, "IN");
  const Country* emirates = FindCountry("संयुक्त अरब अमीरात");
  ASSERT_NE(emirates, nullptr);
  EXPECT_EQ(emirates->code, "AE");
}

// Bengali country lists and questions (Bangladeshi forms): মার্কিন যুক্তরাষ্ট্র, ভারত,
// যুক্তরাজ্য; a question names a country with its case ending joined to it
// ("বাংলাদেশে কাজ করার", "কানাডায়", "ভারতের").
TEST(FindCountryTest, KnowsBengaliCountryNamesAndTheirCaseEndings) {
  const Country* us = FindCountry("মার্কিন যুক্তরাষ্ট্র");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->code, "US");
  const Country* uk = FindCountry("যুক্তরাজ্য");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->code, "GB");
  const Country* named = CountryMentionedIn("বাংলাদেশে কাজ করার জন্য আপনার কি ওয়ার্ক পারমিট আছে?");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->code, "BD");
  const Country* canada = CountryMentionedIn("আপনি কি কানাডায় বসবাস করেন?");
  ASSERT_NE(canada, nullptr);
  EXPECT_EQ(canada->code, "CA");
  EXPECT_EQ(CountryMentionedIn("ভারতীয় খাবার"), nullptr);
}

// Croatian country lists (Sjedinjene Američke Države, Njemačka, Mađarska with its
// đ) and questions that name Croatia in a case ("u Republici Hrvatskoj"); "SAD" only
// in capitals, never the English word.
TEST(FindCountryTest, KnowsCroatianCountryNames) {
  for (const auto& [name, code] :
       std::vector<std::pair<const char*, const char*>>{{"Sjedinjene Američke Države", "US"},
                                                        {"SAD", "US"},
                                                        {"Ujedinjeno Kraljevstvo", "GB"},
                                                        {"Njemačka", "DE"},
                                                        {"Mađarska", "HU"},
                                                        {"Hrvatska", "HR"},
                                                        {"Slovenija", "SI"}}) {
    const Country* country = FindCountry(name);
    ASSERT_NE(country, nullptr) << name;
    EXPECT_EQ(country->code, code) << name;
  }
  const Country* named = CountryMentionedIn("Imate li pravo na rad u Republici Hrvatskoj?");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->code, "HR");
  EXPECT_EQ(CountryMentionedIn("I feel sad about it"), nullptr);
}

// Malay country lists (Malaysian forms): Amerika Syarikat, Jepun, Perancis, Korea Selatan.
TEST(FindCountryTest, KnowsMalayCountryNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"Amerika Syarikat", "US"}, {"Jepun", "JP"}, {"Perancis", "FR"}, {"Korea Selatan", "KR"}};
  for (const auto& [name, code] : cases) {
    const Country* country = FindCountry(name);
    ASSERT_NE(country, nullptr) << name;
    EXPECT_EQ(country->code, code) << name;
  }
}

// Lithuanian country lists (Jungtinės Amerikos Valstijos, Jungtinė Karalystė) and
// questions that name Lithuania in a case ("dirbti Lietuvoje": to work in Lithuania).
TEST(FindCountryTest, KnowsLithuanianCountryNames) {
  const std::pair<const char*, const char*> cases[] = {{"Jungtinės Amerikos Valstijos", "US"},
                                                       {"JAV", "US"},
                                                       {"Jungtinė Karalystė", "GB"},
                                                       {"Vokietija", "DE"},
                                                       {"Lenkija", "PL"},
                                                       {"Lietuva", "LT"},
                                                       {"Estija", "EE"}};
  for (const auto& [name, code] : cases) {
    const Country* country = FindCountry(name);
    ASSERT_NE(country, nullptr) << name;
    EXPECT_EQ(country->code, code) << name;
  }
  const Country* named = CountryMentionedIn("Ar turite teisę dirbti Lietuvoje?");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->code, "LT");
}

}  // namespace
}  // namespace applier::knowledge
