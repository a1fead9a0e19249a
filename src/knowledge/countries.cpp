#include "knowledge/countries.h"

#include <string>

#include "knowledge/question_text.h"

namespace applier::knowledge {
namespace {

const std::vector<Country>& AllCountries() {
  static const std::vector<Country> countries = {
      {"US", "USA", "United States", {"united states of america", "u s", "u s a", "usa"}},
      {"CA", "CAN", "Canada", {}},
      {"MX", "MEX", "Mexico", {}},
      {"BR", "BRA", "Brazil", {"brasil"}},
      {"AR", "ARG", "Argentina", {}},
      {"CL", "CHL", "Chile", {}},
      {"CO", "COL", "Colombia", {}},
      {"GB", "GBR", "United Kingdom", {"uk", "u k", "great britain", "britain", "england"}},
      {"IE", "IRL", "Ireland", {}, true},
      {"DE", "DEU", "Germany", {"deutschland"}, true},
      {"FR", "FRA", "France", {}, true},
      {"ES", "ESP", "Spain", {"espana"}, true},
      {"PT", "PRT", "Portugal", {}, true},
      {"IT", "ITA", "Italy", {"italia"}, true},
      {"NL", "NLD", "Netherlands", {"the netherlands", "holland"}, true},
      {"BE", "BEL", "Belgium", {}, true},
      {"LU", "LUX", "Luxembourg", {}, true},
      {"AT", "AUT", "Austria", {"osterreich"}, true},
      {"CH", "CHE", "Switzerland", {"schweiz", "suisse"}},
      {"DK", "DNK", "Denmark", {}, true},
      {"SE", "SWE", "Sweden", {}, true},
      {"NO", "NOR", "Norway", {}},
      {"FI", "FIN", "Finland", {}, true},
      {"IS", "ISL", "Iceland", {}},
      {"PL", "POL", "Poland", {"polska"}, true},
      {"CZ", "CZE", "Czechia", {"czech republic"}, true},
      {"SK", "SVK", "Slovakia", {}, true},
      {"HU", "HUN", "Hungary", {}, true},
      {"RO", "ROU", "Romania", {}, true},
      {"BG", "BGR", "Bulgaria", {}, true},
      {"GR", "GRC", "Greece", {}, true},
      {"HR", "HRV", "Croatia", {}, true},
      {"SI", "SVN", "Slovenia", {}, true},
      {"EE", "EST", "Estonia", {}, true},
      {"LV", "LVA", "Latvia", {}, true},
      {"LT", "LTU", "Lithuania", {}, true},
      {"CY", "CYP", "Cyprus", {}, true},
      {"MT", "MLT", "Malta", {}, true},
      {"UA", "UKR", "Ukraine", {}},
      {"TR", "TUR", "Turkey", {"turkiye"}},
      {"RU", "RUS", "Russia", {"russian federation"}},
      {"IL", "ISR", "Israel", {}},
      {"AE", "ARE", "United Arab Emirates", {"uae"}},
      {"SA", "SAU", "Saudi Arabia", {}},
      {"EG", "EGY", "Egypt", {}},
      {"NG", "NGA", "Nigeria", {}},
      {"KE", "KEN", "Kenya", {}},
      {"ZA", "ZAF", "South Africa", {}},
      {"IN", "IND", "India", {}},
      {"PK", "PAK", "Pakistan", {}},
      {"BD", "BGD", "Bangladesh", {}},
      {"CN", "CHN", "China", {"peoples republic of china", "prc"}},
      {"HK", "HKG", "Hong Kong", {}},
      {"TW", "TWN", "Taiwan", {}},
      {"JP", "JPN", "Japan", {}},
      {"KR", "KOR", "South Korea", {"korea", "republic of korea"}},
      {"SG", "SGP", "Singapore", {}},
      {"MY", "MYS", "Malaysia", {}},
      {"ID", "IDN", "Indonesia", {}},
      {"PH", "PHL", "Philippines", {}},
      {"VN", "VNM", "Vietnam", {"viet nam"}},
      {"TH", "THA", "Thailand", {}},
      {"AU", "AUS", "Australia", {}},
      {"NZ", "NZL", "New Zealand", {}},
      {"EU", "EUU", "European Union", {"eu", "e u", "europe"}},
  };
  return countries;
}

// Whether `needle` occurs in `haystack` on word boundaries (both normalised).
bool ContainsPhrase(std::string_view haystack, std::string_view needle) {
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts = pos == 0 || haystack[pos - 1] == ' ';
    std::size_t end = pos + needle.size();
    bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// "US" as a word in the original text, or "U.S.".
bool MentionsUsInCapitals(std::string_view text) {
  if (text.find("U.S.") != std::string_view::npos) return true;
  for (std::size_t pos = text.find("US"); pos != std::string_view::npos;
       pos = text.find("US", pos + 1)) {
    auto is_letter = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    bool starts = pos == 0 || !is_letter(text[pos - 1]);
    bool ends = pos + 2 >= text.size() || !is_letter(text[pos + 2]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

const Country* FindCountry(std::string_view name_or_code) {
  std::string norm = NormalizeText(name_or_code);
  if (norm.starts_with("the ")) norm.erase(0, 4);
  if (norm.empty()) return nullptr;
  for (const auto& country : AllCountries()) {
    if (norm == NormalizeText(country.code) || norm == NormalizeText(country.code3) ||
        norm == NormalizeText(country.name)) {
      return &country;
    }
    for (auto alias : country.aliases) {
      if (norm == alias) return &country;
    }
  }
  return nullptr;
}

const Country* CountryMentionedIn(std::string_view text) {
  std::string norm = NormalizeText(text);
  for (const auto& country : AllCountries()) {
    if (ContainsPhrase(norm, NormalizeText(country.name))) return &country;
    for (auto alias : country.aliases) {
      if (!ContainsPhrase(norm, alias)) continue;
      // Short aliases ("uk", "eu", "usa") are ordinary letters in lower case
      // elsewhere; they count only when written in capitals.
      bool short_word = alias.size() <= 3 && alias.find(' ') == std::string_view::npos;
      if (!short_word) return &country;
      std::string upper;
      for (char c : alias) upper += static_cast<char>(c - 'a' + 'A');
      if (text.find(upper) != std::string_view::npos) return &country;
    }
  }
  if (MentionsUsInCapitals(text)) return FindCountry("US");
  return nullptr;
}

}  // namespace applier::knowledge
