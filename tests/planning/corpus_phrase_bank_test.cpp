// The wordings the corpus's seeded variants put on labels (the phrase bank of
// fixtures/corpus/variants.js) against the planner, without a browser: a seed
// draws any of them, so a wording the planner misreads is a variant site that
// fails on some seed CI never runs. Each wording is planned as the variants
// place it: on a page of that language, a first name beside a surname box and a
// surname beside a first-name box.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "knowledge/profile.h"
#include "planning/answer_planner.h"
#include "planning/field_classifier.h"
#include "support/process.h"

namespace applier::planning {
namespace {

namespace json = boost::json;
using perception::ControlKind;
using perception::Field;

// The PHRASES object literal of variants.js as JSON (its keys are bare words).
json::object PhraseBank() {
  std::ifstream file(std::string(APPLIER_SOURCE_DIR) + "/fixtures/corpus/variants.js");
  std::stringstream source;
  source << file.rdbuf();
  const std::string text = source.str();
  const std::size_t start = text.find('{', text.find("const PHRASES = "));
  if (start == std::string::npos) return {};
  int depth = 0;
  std::size_t end = start;
  bool quoted = false;
  for (; end < text.size(); ++end) {
    const char c = text[end];
    if (c == '"' && text[end - 1] != '\\') quoted = !quoted;
    if (quoted) continue;
    if (c == '{') ++depth;
    if (c == '}' && --depth == 0) break;
  }
  std::string literal = text.substr(start, end - start + 1);
  literal = std::regex_replace(literal, std::regex(R"((^|[{,\s])([a-z_]+):)"), "$1\"$2\":");
  literal = std::regex_replace(literal, std::regex(R"(,(\s*[\]}]))"), "$1");
  std::error_code error;
  json::value bank = json::parse(literal, error);
  return error || !bank.is_object() ? json::object{} : bank.get_object();
}

// The bank's keys that name a field, with the control the variants put them on.
struct Meaning {
  FieldKey key;
  ControlKind kind;
};
const std::map<std::string, Meaning>& Meanings() {
  static const std::map<std::string, Meaning> meanings = {
      {"first_name", {FieldKey::kFirstName, ControlKind::kText}},
      {"last_name", {FieldKey::kLastName, ControlKind::kText}},
      {"full_name", {FieldKey::kFullName, ControlKind::kText}},
      {"email", {FieldKey::kEmail, ControlKind::kEmail}},
      {"phone", {FieldKey::kPhone, ControlKind::kTel}},
      {"city", {FieldKey::kCity, ControlKind::kText}},
      {"region", {FieldKey::kRegion, ControlKind::kText}},
      {"postal_code", {FieldKey::kPostalCode, ControlKind::kText}},
      {"country", {FieldKey::kCountry, ControlKind::kText}},
      {"street", {FieldKey::kAddressLine, ControlKind::kText}},
      {"linkedin", {FieldKey::kLinkedin, ControlKind::kText}},
      {"github", {FieldKey::kGithub, ControlKind::kText}},
      {"portfolio", {FieldKey::kPortfolio, ControlKind::kText}},
      {"website", {FieldKey::kWebsite, ControlKind::kText}},
      {"current_company", {FieldKey::kCurrentCompany, ControlKind::kText}},
      {"current_title", {FieldKey::kCurrentTitle, ControlKind::kText}},
      {"resume", {FieldKey::kResume, ControlKind::kFile}},
      {"cover_letter", {FieldKey::kCoverLetter, ControlKind::kFile}},
      {"salary", {FieldKey::kSalary, ControlKind::kText}},
      {"start_date", {FieldKey::kStartDate, ControlKind::kText}},
      {"notice_period", {FieldKey::kNoticePeriod, ControlKind::kText}},
      {"work_auth", {FieldKey::kWorkAuthorization, ControlKind::kRadioGroup}},
      {"sponsorship", {FieldKey::kSponsorship, ControlKind::kRadioGroup}},
      {"years_experience", {FieldKey::kYearsExperience, ControlKind::kText}},
      {"how_heard", {FieldKey::kHowHeard, ControlKind::kText}},
      {"consent", {FieldKey::kConsent, ControlKind::kCheckbox}},
  };
  return meanings;
}

// What a wording's {0} stands for on a page of that language (a country).
std::string CountryIn(const std::string& language) {
  static const std::map<std::string, std::string> countries = {{"en", "the United States"},
                                                               {"de", "Deutschland"},
                                                               {"fr", "France"},
                                                               {"es", "España"},
                                                               {"ca", "Espanya"},
                                                               {"it", "Italia"},
                                                               {"nl", "Nederland"},
                                                               {"pt", "Portugal"},
                                                               {"ja", "日本"},
                                                               {"id", "Indonesia"},
                                                               {"ms", "Malaysia"},
                                                               {"he", "ישראל"},
                                                               {"sv", "Sverige"},
                                                               {"pl", "Polsce"},
                                                               {"lt", "Lietuvoje"},
                                                               {"et", "Eestis"},
                                                               {"lv", "Latvijā"},
                                                               {"sr", "Srbiji"},
                                                               {"sl", "Sloveniji"},
                                                               {"is", "Íslandi"},
                                                               {"ro", "România"},
                                                               {"hu", "Magyarország"},
                                                               {"el", "Ελλάδα"},
                                                               {"ru", "России"},
                                                               {"kk", "Қазақстанда"},
                                                               {"uk", "Україні"},
                                                               {"bg", "България"},
                                                               {"tr", "Türkiye"},
                                                               {"ko", "한국"},
                                                               {"zh", "中国"},
                                                               {"zh-hant", "台灣"},
                                                               {"ar", "السعودية"},
                                                               {"ka", "საქართველოში"},
                                                               {"hy", "Հայաստանում"},
                                                               {"sq", "Shqipëri"}};
  const auto it = countries.find(language);
  return it == countries.end() ? "the United States" : it->second;
}

TEST(CorpusPhraseBankTest, EveryWordingAVariantDrawsIsUnderstood) {
  const json::object bank = PhraseBank();
  ASSERT_FALSE(bank.empty()) << "no PHRASES object in fixtures/corpus/variants.js";
  auto profile = knowledge::LoadProfile(testing::SourceDir() / "examples" / "profile.yaml");
  ASSERT_TRUE(profile) << profile.error().ToString();
  const AnswerPlanner planner(*profile, nullptr, "");
  int wordings = 0;
  for (const auto& [language, keys] : bank) {
    for (const auto& [bank_key, list] : keys.as_object()) {
      const auto meaning = Meanings().find(std::string(bank_key));
      if (meaning == Meanings().end()) continue;  // buttons: page words
      for (const json::value& wording : list.as_array()) {
        ++wordings;
        Field field;
        field.kind = meaning->second.kind;
        // The bank's "zh-hant" serves pages whose lang is zh-Hant, zh-TW or zh-HK.
        field.lang = language == "zh-hant" ? "zh-Hant" : std::string(language);
        field.label = std::regex_replace(std::string(wording.as_string()), std::regex(R"(\{0\})"),
                                         CountryIn(std::string(language)));
        PageContext page;
        page.last_name_field = meaning->second.key == FieldKey::kFirstName;
        page.first_name_field = meaning->second.key == FieldKey::kLastName;
        const FieldPlan plan = planner.Plan(field, page);
        EXPECT_EQ(ToString(plan.key), std::string(ToString(meaning->second.key)))
            << "[" << language << "] \"" << field.label << "\"";
        EXPECT_GE(plan.classification_confidence, kFillThreshold)
            << "[" << language << "] \"" << field.label << "\" is a question";
        // A whole date's wording never gets one part of it (a word of the
        // language read as another language's "year").
        if (meaning->second.key == FieldKey::kStartDate) {
          EXPECT_NE(plan.answer.text, "2025")
              << "[" << language << "] \"" << field.label << "\": " << plan.why;
        }
      }
    }
  }
  EXPECT_GE(wordings, 500);
}

}  // namespace
}  // namespace applier::planning
