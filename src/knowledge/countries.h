// The countries Live Applier recognises, so that "US", "USA", "United States of
// America" and "the U.S." in a profile, a question or an option all mean the same
// country. Also the European Union as a pseudo-country ("EU"), because work
// authorization is often granted EU-wide.
//
// Contract: FindCountry() accepts an ISO 3166-1 alpha-2 or alpha-3 code, the
// English name or a common alias, or the name country lists use in the languages
// forms come in (Latin, Arabic, CJK and Cyrillic scripts alike), in any case and
// punctuation, also in the inverted form of ISO lists ("Korea, Republic of");
// nullptr otherwise.
#pragma once

#include <string_view>
#include <vector>

namespace applier::knowledge {

struct Country {
  std::string_view code;  // ISO 3166-1 alpha-2, or "EU"
  std::string_view code3;
  std::string_view name;                  // English short name as forms show it
  std::vector<std::string_view> aliases;  // as written; compared normalised
  bool eu_member = false;
};

const Country* FindCountry(std::string_view name_or_code);

// The international dialling code of a country without the '+' ("US" -> "1",
// "DE" -> "49"); "" for a code it does not know. Several countries may share one
// code (+1: US, CA and the Caribbean), so a code alone never names a country.
std::string_view DialCodeOf(std::string_view iso2);

// Whether numbers of the country, written nationally, begin with a trunk prefix
// "0" that the international form drops (+49 30 ... is 030 ... in Germany; +1 415
// ... is 415 ... in the US).
bool UsesTrunkZero(std::string_view iso2);

// A first-level subdivision that forms ask for as "State" or "Province": the US
// states with DC, and the Canadian provinces and territories. Their two-letter
// postal codes do not clash, so a bare "CA" or "ON" needs no country to resolve.
struct Region {
  std::string_view country;  // ISO 3166-1 alpha-2
  std::string_view code;     // postal abbreviation: "CA", "ON"
  std::string_view name;     // "California", "Ontario"
};

// Accepts the postal code, the English name or a name other languages use
// ("Kalifornien", "Nueva York"), in any case and punctuation; nullptr otherwise.
const Region* FindRegion(std::string_view name_or_code);

// The country a question is about, e.g. "Are you authorized to work in the United
// States?" -> US, "... in the EU?" -> EU; nullptr when it names none. `text` is the
// original (not normalised) question: a bare "US" only counts in capitals, so
// "let us know" does not mean the United States.
const Country* CountryMentionedIn(std::string_view text);

}  // namespace applier::knowledge
