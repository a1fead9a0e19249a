// MatchOption picks the option of a select, radio group or combobox that means what
// the planner wants to say, whatever the site's wording: "Yes" picks "Yes, I am
// authorized to work in the US"; "decline" picks "I don't wish to answer"; "US"
// picks "United States of America"; "BS" picks "Bachelor's Degree"; 135000 picks
// "$120,000 - $150,000".
//
// Contract: placeholder options ("Please select", "--", "Select...") are never
// chosen. A best score below kMinOptionConfidence, or two options that fit equally
// well, is no match: the caller asks someone rather than guessing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perception/field.h"
#include "planning/field_classifier.h"

namespace applier::planning {

// 0.7: equality (1.0), meaning-level matches (decline 0.95, country 0.95, yes/no
// 0.92, degree 0.9, number in range 0.9) and clear containment (>= 0.75) pass;
// loose word overlap and ambiguous containment do not.
inline constexpr double kMinOptionConfidence = 0.7;

struct OptionMatch {
  int index = -1;  // into the options vector
  double confidence = 0;
  std::string reason;  // e.g. "yes/no", "country US", "decline"
};

bool IsPlaceholderOption(const perception::Option& option);

// Indices of the options a person could choose (placeholders left out), in order:
// the numbered list a human is shown and answers by number.
std::vector<int> SelectableOptions(const std::vector<perception::Option>& options);

// `hint` is what the field asks for (kCountry, kDegree, kSalary, kVeteran...), used
// to pick the meaning-level comparison; kUnknown for none.
std::optional<OptionMatch> MatchOption(const std::vector<perception::Option>& options,
                                       std::string_view desired,
                                       FieldKey hint = FieldKey::kUnknown);

// The option of a list of one country's places meant for an address outside
// that country ("Outside the US", "Estero", "海外"), if it has one and it does not
// name the country of `home` (the person's whole place, "San Francisco, CA,
// United States"): "Outside the US" is not where a person in the US lives,
// whatever city of theirs the list leaves out.
std::optional<int> AbroadOption(const std::vector<perception::Option>& options,
                                std::string_view home);

// The option naming the country of `home` (the person's whole place, "San
// Francisco, CA, United States") in the list an abroad choice opens ("海外 ›
// 美国 / 加拿大 / 英国": a cascader of places whose last level abroad is the
// country), if exactly one does.
std::optional<int> HomeCountryOption(const std::vector<perception::Option>& options,
                                     std::string_view home);

// The category of a cascading list (an option that opens further options: a
// cascader's province) whose name the answer holds: "上海" for "上海市", "广东" for
// "广东省深圳市", "California" for "Los Angeles, California". The longest such
// name; none when two are as long.
std::optional<int> EnclosingCategoryOption(const std::vector<perception::Option>& options,
                                           std::string_view wanted);

// Whether a list asked as `key` may be a list of one country's places whose
// choice for living elsewhere (AbroadOption) is the person's answer: where one
// lives, by region, city or place.
bool TakesAbroadOption(FieldKey key);

// The options of a "How did you hear about us?" list that name a kind of channel
// `source` is ("Social Media" or "Job Board" for LinkedIn), in the order of its
// kinds (ChannelKindsOf); for a list none of whose options names `source` itself.
std::vector<int> ChannelOptions(const std::vector<perception::Option>& options,
                                std::string_view source);

// An option's text without the letter or number that enumerates it ("A. Yes",
// "b) No", "(c) I have performed this task", "1. Yes": federal and other
// questionnaires' lettered choices), so that it reads as what it answers. Only
// a single letter or one or two digits followed by "." or ")" (or inside
// parentheses) and a space, with text after it; anything else is returned as is.
std::string_view WithoutChoiceLetter(std::string_view label);

// Whether an option or answer leads with yes or no, in the form's language
// ("Yes, I am...", "Ja", "Non", "Sí", "はい", "A. Yes"): true for yes, false for
// no, nullopt when it leads with neither.
std::optional<bool> LeadingYesNo(std::string_view text);

// Whether the degree `held` ("BS", "M.Sc. Informatik") is of the level `asked`
// names ("Have you completed the following level of education: Bachelor's
// Degree?") or above it: high school < associate < bachelor < master <
// doctorate; a professional degree (JD, MD) is above a bachelor and is no master's
// or doctorate. False when either names no level.
bool HoldsDegreeLevel(std::string_view held, std::string_view asked);

// Whether text names a level of education ("Bachelor's Degree", "M.Sc.", "high
// school"); "a degree" alone names none.
bool NamesDegreeLevel(std::string_view text);

// Whether text says "decline to answer" in any of the usual ways.
bool IsDeclineText(std::string_view text);

// Whether a phone's country picker that shows its choice as a flag and a dialling
// code ("🇺🇸 +1", intl-tel-input and its kin) or as the country's ISO code and the
// dialling code ("US +1", a select's custom trigger) shows the option `label`
// ("Amerika Serikat (+1)"): the flag or code is the country the option names and
// the dialling codes agree. A flag shown alone ("🇺🇸", the code drawn outside the
// picker) is the country the option names.
bool ShowsCountryAndCodeOf(std::string_view shown, std::string_view label);

}  // namespace applier::planning
