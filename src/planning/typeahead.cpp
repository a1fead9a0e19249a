#include "planning/typeahead.h"

#include <algorithm>

#include "knowledge/countries.h"
#include "knowledge/question_text.h"

namespace applier::planning {
namespace {

using knowledge::NormalizeText;

std::string Trim(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(start, end - start + 1));
}

// The parts of a place: "San Francisco (CA) | United States" -> {San Francisco,
// CA, United States}. Digits (postal codes) are dropped from each part.
std::vector<std::string> PlaceParts(std::string_view text) {
  std::string unified(text);
  for (std::size_t at = unified.find(" - "); at != std::string::npos;
       at = unified.find(" - ", at)) {
    unified.replace(at, 3, ",");
  }
  for (char& c : unified) {
    if (c == '(' || c == ')' || c == '|' || c == ';' || c == '/') c = ',';
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= unified.size()) {
    const std::size_t comma = std::min(unified.find(',', start), unified.size());
    std::string part;
    for (char c : unified.substr(start, comma - start)) {
      if (c < '0' || c > '9') part += c;
    }
    part = Trim(part);
    if (!part.empty()) parts.push_back(part);
    start = comma + 1;
  }
  return parts;
}

struct Place {
  std::string city;  // normalised
  const knowledge::Region* region = nullptr;
  const knowledge::Country* country = nullptr;
  // Parts that could be a region or a country ("CA"), decided against the other side.
  std::vector<std::string> undecided;
};

Place ParsePlace(std::string_view text) {
  Place place;
  const std::vector<std::string> parts = PlaceParts(text);
  if (parts.empty()) return place;
  place.city = NormalizeText(parts.front());
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const knowledge::Region* region = knowledge::FindRegion(parts[i]);
    const knowledge::Country* country = knowledge::FindCountry(parts[i]);
    if (region != nullptr && country != nullptr) {
      place.undecided.push_back(parts[i]);
    } else if (region != nullptr) {
      place.region = region;
    } else if (country != nullptr) {
      place.country = country;
    }
  }
  // "CA" beside "United States" is California; beside nothing it stays open.
  for (const auto& part : place.undecided) {
    const knowledge::Region* region = knowledge::FindRegion(part);
    if (place.country != nullptr && region->country == place.country->code &&
        place.region == nullptr) {
      place.region = region;
    } else if (place.region != nullptr && place.country == nullptr) {
      place.country = knowledge::FindCountry(part);
    }
  }
  if (place.region != nullptr) {
    std::erase_if(place.undecided, [&](const std::string& part) {
      return knowledge::FindRegion(part) == place.region;
    });
  }
  if (place.country != nullptr) {
    std::erase_if(place.undecided, [&](const std::string& part) {
      return knowledge::FindCountry(part) == place.country;
    });
  }
  return place;
}

std::string_view CountryOf(const Place& place) {
  if (place.country != nullptr) return place.country->code;
  if (place.region != nullptr) return place.region->country;
  return {};
}

void AddQuery(std::vector<std::string>& queries, std::string query) {
  query = Trim(query);
  if (query.size() < 2) return;
  if (std::find(queries.begin(), queries.end(), query) != queries.end()) return;
  queries.push_back(std::move(query));
}

// A country's names in other languages are tried a few at a time: each query
// waits for its suggestions.
constexpr std::size_t kMostCountryQueries = 6;

// Scripts, coarsely: what a list in the page's language can match by typing.
enum Script { kLatin, kCyrillic, kArabic, kCjk, kOther };

int ScriptOfLanguage(std::string_view lang) {
  const std::string_view code = lang.substr(0, lang.find('-'));
  if (code == "ru" || code == "uk" || code == "bg" || code == "sr" || code == "kk")
    return kCyrillic;
  if (code == "ar" || code == "fa" || code == "ur") return kArabic;
  if (code == "zh" || code == "ja" || code == "ko") return kCjk;
  if (code == "el" || code == "he" || code == "th" || code == "hi" || code == "bn" ||
      code == "ka" || code == "hy") {
    return kOther;
  }
  return kLatin;
}

int ScriptOfText(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text.empty() ? 0 : text.front());
  if (lead < 0x80) return kLatin;
  if (knowledge::IsCjk(text)) return kCjk;
  if (lead == 0xD0 || lead == 0xD1) return kCyrillic;
  if (lead >= 0xD8 && lead <= 0xDB) return kArabic;
  return lead == 0xC3 || lead == 0xC4 || lead == 0xC5 ? kLatin : kOther;
}

}  // namespace

bool IsPlaceKey(FieldKey key) {
  return key == FieldKey::kLocation || key == FieldKey::kCity || key == FieldKey::kJobLocation;
}

std::vector<std::string> TypeaheadQueries(std::string_view text, FieldKey key,
                                          std::string_view lang) {
  std::vector<std::string> queries;
  AddQuery(queries, std::string(text));
  if (key == FieldKey::kCountry) {
    if (const knowledge::Country* country = knowledge::FindCountry(text)) {
      const int script = ScriptOfLanguage(lang);
      for (std::string_view alias : country->aliases) {
        if (alias.size() >= 4 && ScriptOfText(alias) == script &&
            queries.size() < kMostCountryQueries) {
          AddQuery(queries, std::string(alias));
        }
      }
    }
    return queries;
  }
  const std::vector<std::string> parts = PlaceParts(text);
  if (parts.empty()) return queries;
  if (IsPlaceKey(key)) {
    const Place place = ParsePlace(text);
    const std::string& city = parts.front();
    if (place.region != nullptr) AddQuery(queries, city + ", " + std::string(place.region->name));
    if (place.country != nullptr) {
      AddQuery(queries, city + ", " + std::string(place.country->name));
    } else if (place.region != nullptr) {
      if (const auto* country = knowledge::FindCountry(place.region->country)) {
        AddQuery(queries, city + ", " + std::string(country->name));
      }
    }
    AddQuery(queries, city);
    return queries;
  }
  if (key == FieldKey::kSchool) {
    std::string plain;
    for (const auto& part : parts) plain += (plain.empty() ? "" : " ") + part;
    AddQuery(queries, plain);
    if (parts.size() > 1 && parts.back().size() >= 4) AddQuery(queries, parts.back());
    return queries;
  }
  AddQuery(queries, std::string(text.substr(0, text.find(','))));
  const std::string first = Trim(text).substr(0, Trim(text).find(' '));
  if (first.size() >= 3) AddQuery(queries, first);
  return queries;
}

PlaceVerdict ComparePlace(std::string_view wanted, std::string_view option) {
  const Place want = ParsePlace(wanted);
  const Place offered = ParsePlace(option);
  if (want.city.empty() || offered.city != want.city) return PlaceVerdict::kDifferent;
  bool confirmed = false;
  // Regions are compared only within one country's list.
  if (want.region != nullptr && offered.region != nullptr) {
    if (want.region != offered.region) return PlaceVerdict::kDifferent;
    confirmed = true;
  }
  const std::string_view want_country = CountryOf(want);
  const std::string_view offered_country = CountryOf(offered);
  if (!want_country.empty() && !offered_country.empty()) {
    if (want_country != offered_country) return PlaceVerdict::kDifferent;
    confirmed = true;
  }
  // A part that could be either a region or a country must agree as one of them.
  for (const auto& part : offered.undecided) {
    const knowledge::Region* region = knowledge::FindRegion(part);
    const knowledge::Country* country = knowledge::FindCountry(part);
    const bool as_region = want.region != nullptr && region == want.region;
    const bool as_country = !want_country.empty() && country->code == want_country;
    if (!as_region && !as_country) return PlaceVerdict::kDifferent;
    confirmed = true;
  }
  // And the wanted side's own "CA" against what the option says.
  for (const auto& part : want.undecided) {
    if (offered.region == nullptr && offered_country.empty()) break;
    const bool as_region =
        offered.region != nullptr && knowledge::FindRegion(part) == offered.region;
    const bool as_country =
        !offered_country.empty() && knowledge::FindCountry(part)->code == offered_country;
    if (!as_region && !as_country) return PlaceVerdict::kDifferent;
    confirmed = true;
  }
  return confirmed ? PlaceVerdict::kSame : PlaceVerdict::kSameCityOnly;
}

namespace {

constexpr std::string_view kOpeningQuotes[] = {"\"",     "'",      "\u201c", "\u2018",
                                               "\u201e", "\u00ab", "\u300c", "\u300e"};
constexpr std::string_view kClosingQuotes[] = {"\"",     "'",      "\u201d", "\u2019",
                                               "\u201c", "\u00bb", "\u300d", "\u300f"};

std::string AsciiLowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

std::string_view TrimmedSpaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// Whether `label` holds `typed` between an opening and a closing quote.
bool Quotes(std::string_view label, std::string_view typed) {
  for (std::size_t at = label.find(typed); at != std::string_view::npos;
       at = label.find(typed, at + 1)) {
    const std::string_view before = TrimmedSpaces(label.substr(0, at));
    const std::string_view after = TrimmedSpaces(label.substr(at + typed.size()));
    const bool opens = std::any_of(std::begin(kOpeningQuotes), std::end(kOpeningQuotes),
                                   [&](std::string_view q) { return before.ends_with(q); });
    const bool closes = std::any_of(std::begin(kClosingQuotes), std::end(kClosingQuotes),
                                    [&](std::string_view q) { return after.starts_with(q); });
    if (opens && closes) return true;
  }
  return false;
}

}  // namespace

std::optional<std::size_t> EntryForTyped(const std::vector<std::string>& labels,
                                         std::string_view typed) {
  const std::string wanted = AsciiLowered(TrimmedSpaces(typed));
  if (wanted.size() < 2) return std::nullopt;
  std::optional<std::size_t> entry;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!Quotes(AsciiLowered(labels[i]), wanted)) continue;
    if (entry) return std::nullopt;
    entry = i;
  }
  return entry;
}

namespace {

// The words of `text` split at spaces, as they are (symbols kept: "C++" is not "C").
std::vector<std::string> SpacedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether `label` is a name of `entry` (both lowered): the entry is its last words
// outside parentheses, or all that is inside them.
bool NamesEntry(std::string_view label, const std::vector<std::string>& entry) {
  const std::size_t open = label.find('(');
  const std::size_t close = open == std::string_view::npos ? open : label.find(')', open);
  const std::vector<std::string> outside = SpacedWords(label.substr(0, open));
  if (outside.size() >= entry.size() &&
      std::equal(entry.begin(), entry.end(), outside.end() - static_cast<long>(entry.size()))) {
    return true;
  }
  if (close == std::string_view::npos) return false;
  return SpacedWords(label.substr(open + 1, close - open - 1)) == entry;
}

}  // namespace

std::optional<std::size_t> SuggestionNamingEntry(const std::vector<std::string>& labels,
                                                 std::string_view entry) {
  const std::vector<std::string> wanted = SpacedWords(AsciiLowered(entry));
  if (wanted.empty()) return std::nullopt;
  std::optional<std::size_t> named;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!NamesEntry(AsciiLowered(labels[i]), wanted)) continue;
    if (named) return std::nullopt;
    named = i;
  }
  return named;
}

}  // namespace applier::planning
