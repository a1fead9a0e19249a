// Typeahead: comboboxes that suggest as you type (locations, schools, employers).
// What to type, in which order, and which suggestion means the same thing as the
// profile's fact. A location box that offers "San Francisco, California, United
// States", "South San Francisco, CA" and "San Francisco de Macorís" for "San
// Francisco, CA" must get the first: the same city (the whole first part of the
// suggestion, not a part of it) in no other region or country.
//
// Contract: pure. The actor types TypeaheadQueries() one after the other, waiting
// for each query's suggestions (they arrive debounced), and stops at the first
// list MatchOption() finds a match in (with the field's key as the hint, which
// routes places through ComparePlace()). A suggestion that names another city,
// region or country is never chosen by resemblance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planning/field_classifier.h"

namespace applier::planning {

// What to type into a suggesting box for `text`, most specific first:
//  - places ("San Francisco, CA, United States"): the text, then city with region
//    name ("San Francisco, California"), city with country ("San Francisco,
//    United States"), the city alone;
//  - schools ("University of California, Davis"): the text, the text without
//    punctuation, the part after the last comma ("Davis");
//  - countries ("United States"): the text, then the names other languages give
//    it in the script of the page's language `lang` ("Vereinigte Staaten" on a
//    German page's list);
//  - anything else: the text, its part before the first comma, its first word.
// No query repeats or is shorter than two characters.
std::vector<std::string> TypeaheadQueries(std::string_view text, FieldKey key,
                                          std::string_view lang = {});

// Whether the key names a place (location, city, a job's location): options are
// compared with ComparePlace.
bool IsPlaceKey(FieldKey key);

enum class PlaceVerdict {
  kSame,          // the same city, and every region or country the option names agrees
  kSameCityOnly,  // the same city; the option names nothing more to confirm it
  kDifferent,     // another city, or the same name in another region or country
};

// Compares a place as the profile writes it ("San Francisco, CA, United States")
// with a suggestion ("San Francisco, California, United States", "San Francisco
// (CA)", "San Francisco, CA 94105"). Parts are separated by commas, parentheses,
// '|' or " - "; postal codes are ignored; regions and countries are recognised by
// name or code (knowledge/countries.h), a code that could be either ("CA") by
// whichever agrees with the other side.
PlaceVerdict ComparePlace(std::string_view wanted, std::string_view option);

// Boxes that take what no suggestion holds offer it as an entry of their own that
// quotes the typed text: react-select's 'Create "X"', MUI's 'Add "X"', "'X' 직접
// 입력", "「X」を追加". Returns that entry among `labels`, if exactly one quotes all
// of `typed` (case aside): a suggestion merely containing the text ("South San
// Francisco" for "San Francisco") is never it.
std::optional<std::size_t> EntryForTyped(const std::vector<std::string>& labels,
                                         std::string_view typed);

// A box of picked entries (skills, tools, languages) that lists the entry under a
// longer name: "Apache Kafka" for "Kafka" (the entry is the name's last words, the
// thing it names), "Amazon Web Services (AWS)" for "AWS" or "Go (Golang)" for "Go"
// (the entry is the name outside or inside its parentheses). Returns that
// suggestion among `labels` when exactly one names `entry` (case aside): "Go
// templates" are templates, and "Apache Kafka" beside "Confluent Kafka" is a
// choice for the person.
std::optional<std::size_t> SuggestionNamingEntry(const std::vector<std::string>& labels,
                                                 std::string_view entry);

}  // namespace applier::planning
