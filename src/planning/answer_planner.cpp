#include "planning/answer_planner.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <system_error>
#include <utility>

#include "knowledge/countries.h"
#include "knowledge/question_text.h"
#include "planning/date_text.h"
#include "planning/duration_text.h"
#include "planning/option_matcher.h"
#include "planning/option_meaning.h"
#include "planning/typeahead.h"
#include "planning/value_format.h"
#include "planning/value_guard.h"

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;
using perception::IsChoice;
using Decision = FieldPlan::Decision;

// A list whose choices are counted in months only ("0 Months", "1 Month", "6
// Monate"): a duration's month part.
bool CountsMonths(const Field& field) {
  static constexpr std::string_view kMonths[] = {
      "month", "months", "monat",   "monate",  "mois",    "mes",      "meses",
      "mese",  "mesi",   "maand",   "maanden", "miesiac", "miesiace", "miesiecy",
      "месяц", "месяца", "месяцев", "ay",      "thang",   "honap",    "luna",
      "luni",  "місяць", "місяці",  "місяців", "μηνασ",   "μηνεσ"};
  static constexpr std::string_view kYears[] = {
      "year", "years", "jahr", "jahre", "an",    "ans",  "ano", "anos",
      "anno", "anni",  "jaar", "rok",   "lat",   "год",  "лет", "yil",
      "ev",   "ani",   "рік",  "роки",  "років", "ετοσ", "ετη", "χρονια"};
  int months = 0;
  for (int index : SelectableOptions(field.options)) {
    const auto words = knowledge::Words(
        knowledge::NormalizeText(field.options[static_cast<std::size_t>(index)].label));
    auto says = [&](std::span<const std::string_view> units) {
      return std::ranges::any_of(words, [&](const std::string& word) {
        return std::ranges::find(units, word) != units.end();
      });
    };
    if (says(kYears)) return false;
    if (says(kMonths)) ++months;
  }
  return months >= 2;
}

// A fact from the profile for one field: text to type or match against options,
// or a yes/no for yes/no questions, or a file. Numbers, amounts and phones keep
// what value_format needs to write them as each field wants.
struct Fact {
  std::string text = {};
  std::optional<bool> yes = {};
  std::string file = {};
  std::string reason = {};  // "profile.email"
  std::optional<double> number = {};
  std::string currency = {};       // with `number`: an amount of money
  std::string period = {};         // with `currency`: per "year", "month" or "hour"
  std::string phone_code = {};     // "+1", for a phone
  std::string phone_country = {};  // ISO code the phone belongs to
  // The facts that decide a choice, when more than `reason` ("work_authorization.
  // US.authorized = true", "... .requires_sponsorship = false").
  std::vector<std::string> decided_by = {};
  // What an option or suggestion must mean when it says more than `text`: the
  // whole place "San Francisco, CA, United States" for a city's "San Francisco".
  std::string match_text = {};
  // A list the profile holds (skills), for a box that takes its items one by one.
  std::vector<std::string> items = {};
  // With a degree: the school it is from, where a list tells a university's
  // bachelor from a university of applied sciences' one.
  std::string school = {};
};

// Whether a school, or an option, speaks of a university of applied sciences
// (Fachhochschule, HES, polytechnic) or of a university; nullopt for neither.
// Dutch lists name the two by their sectors: HBO (hoger beroepsonderwijs, the
// hogescholen) and WO (wetenschappelijk onderwijs, the universities).
enum class Institution { kUniversity, kAppliedSciences };
std::optional<Institution> InstitutionNamedIn(std::string_view text) {
  const std::string norm = knowledge::NormalizeText(text);
  for (std::string_view applied :
       {"applied sciences", "fachhochschule", "fh", "hes", "haute ecole", "hochschule fur",
        "polytechnic", "hogeschool", "ammattikorkeakoulu", "yrkeshogskola", "hf", "hbo"}) {
    if (knowledge::HasPhrase(norm, applied)) {
      return Institution::kAppliedSciences;
    }
  }
  for (std::string_view university :
       {"university", "universitat", "universite", "universidad", "universidade", "universita",
        "universiteit", "uni", "eth", "epfl", "yliopisto", "universitet", "wo"}) {
    if (knowledge::HasPhrase(norm, university)) {
      return Institution::kUniversity;
    }
  }
  return std::nullopt;
}

// A degree list that names the level per kind of school ("Fachhochschule –
// Bachelor", "Universität / ETH – Bachelor"): the level among the options of
// the kind the school is.
std::optional<OptionMatch> DegreeAtSchoolKind(const std::vector<perception::Option>& options,
                                              std::string_view degree, std::string_view school) {
  const std::optional<Institution> kind = InstitutionNamedIn(school);
  if (!kind) return std::nullopt;
  std::vector<perception::Option> same_kind;
  std::vector<int> index;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (InstitutionNamedIn(options[i].label) != kind) continue;
    same_kind.push_back(options[i]);
    index.push_back(static_cast<int>(i));
  }
  auto match = MatchOption(same_kind, degree, FieldKey::kDegree);
  if (!match) return std::nullopt;
  match->index = index[static_cast<std::size_t>(match->index)];
  match->reason += " at a school of its kind";
  return match;
}

// A source's answer: what to fill, or why it could not.
struct Attempt {
  std::optional<Answer> answer;
  std::string note;
  bool page_refused = false;  // the box's own rules (pattern, length, type) said no
};

std::vector<std::string> OptionLabels(const Field& field) {
  std::vector<std::string> labels;
  for (int index : SelectableOptions(field.options)) {
    labels.push_back(field.options[static_cast<std::size_t>(index)].label);
  }
  return labels;
}

// The question a person reads: label, else placeholder, else context.
std::string NumberText(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  return text;
}

std::optional<bool> ParseYesNo(std::string_view text) {
  std::string norm = knowledge::NormalizeText(text);
  if (norm == "yes" || norm == "y" || norm == "true" || norm == "1" || norm == "check" ||
      norm == "checked" || norm == "on") {
    return true;
  }
  if (norm == "no" || norm == "n" || norm == "false" || norm == "0" || norm == "uncheck" ||
      norm == "unchecked" || norm == "off") {
    return false;
  }
  return std::nullopt;
}

// Whether the choices answer yes or no: one leads with yes and one with no. A
// list of levels or kinds whose last choice is having none ("No degree", "No
// preference") answers neither.
bool OptionsAreYesNo(const Field& field) {
  bool yes = false;
  bool no = false;
  for (int index : SelectableOptions(field.options)) {
    std::string norm = knowledge::NormalizeText(
        WithoutChoiceLetter(field.options[static_cast<std::size_t>(index)].label));
    std::string first = norm.substr(0, norm.find(' '));
    yes = yes || first == "yes";
    no = no || first == "no";
  }
  return yes && no;
}

std::string DatePartNamed(const Field& field);

// Whether the choices count time from now ("Ihned", "Do 2 týdnů", "Within a month",
// "Other / by agreement"): at least two of them, and most, are lengths of time of
// at most a year. A list of years ("民國 114 年") reads as far longer ones, and a
// list of days ("可上班日：日" over "1 日" .. "31 日") is a part of a date.
bool OptionsAreLengthsOfTime(const Field& field) {
  if (!DatePartNamed(field).empty()) return false;
  constexpr double kDaysPerYear = 365;
  const std::vector<int> selectable = SelectableOptions(field.options);
  const auto lengths = std::count_if(selectable.begin(), selectable.end(), [&](int index) {
    const auto span = ReadDuration(field.options[static_cast<std::size_t>(index)].label);
    return span && span->low_days <= kDaysPerYear;
  });
  return lengths >= 2 && 2 * static_cast<std::size_t>(lengths) > selectable.size();
}

Fact Text(std::string text, std::string reason) {
  return Fact{.text = std::move(text), .reason = std::move(reason)};
}

// What a person's work authorization for one country says about each work-status
// category (option_meaning.h): the categories that are surely true of them, the
// ones that may be (the profile does not say which), and the facts used.
struct StatusFacts {
  std::set<std::string_view> certain;
  std::set<std::string_view> possible;
  std::vector<std::string> facts;
};

StatusFacts StatusFactsOf(const knowledge::WorkAuthorization& auth, const std::string& where) {
  using knowledge::WorkStatus;
  StatusFacts out;
  if (auth.status != WorkStatus::kUnknown) {
    out.facts.push_back(where + ".status = " + knowledge::ToString(auth.status));
  }
  out.facts.push_back(where + ".authorized = " + (auth.authorized ? "true" : "false"));
  out.facts.push_back(where +
                      ".requires_sponsorship = " + (auth.requires_sponsorship ? "true" : "false"));
  if (auth.authorized) out.certain.insert("authorized");
  if (!auth.authorized) out.certain.insert("not_authorized");
  if (auth.requires_sponsorship) out.certain.insert("needs_sponsorship");
  switch (auth.status) {
    case WorkStatus::kCitizen: out.certain.insert("citizen"); break;
    case WorkStatus::kPermanentResident: out.certain.insert("permanent_resident"); break;
    case WorkStatus::kWorkVisa: out.certain.insert("work_visa"); break;
    case WorkStatus::kStudentVisa: out.certain.insert("student_visa"); break;
    case WorkStatus::kNone: break;
    case WorkStatus::kUnknown:
      // authorized: true fits a citizen, a resident and a visa holder alike.
      if (auth.authorized && !auth.requires_sponsorship) {
        out.possible = {"citizen", "permanent_resident", "work_visa"};
      } else if (auth.authorized) {
        out.possible = {"work_visa", "student_visa"};
      } else {
        out.possible = {"student_visa"};
      }
      break;
  }
  return out;
}

// The one status option the facts decide; nullopt with `why` when they fit
// several or none, or when the options are not about status at all (`why` empty).
std::optional<int> StatusOption(const Field& field, const StatusFacts& facts, std::string& why) {
  std::vector<int> surely;
  std::vector<int> maybe;
  bool any_categorised = false;
  for (int index : SelectableOptions(field.options)) {
    const auto& option = field.options[static_cast<std::size_t>(index)];
    if (IsDeclineText(option.label)) continue;
    const auto categories = CategoriesOf(OptionTable::kWorkStatus, option.label);
    if (categories.empty()) continue;
    any_categorised = true;
    bool all_certain = true;
    bool all_known = true;
    for (auto category : categories) {
      all_certain = all_certain && facts.certain.contains(category);
      all_known =
          all_known && (facts.certain.contains(category) || facts.possible.contains(category));
    }
    if (all_certain) {
      surely.push_back(index);
    } else if (all_known) {
      maybe.push_back(index);
    }
  }
  if (!any_categorised) return std::nullopt;
  if (surely.size() == 1 && maybe.empty()) return surely.front();
  std::string facts_text;
  for (const auto& fact : facts.facts) facts_text += (facts_text.empty() ? "" : ", ") + fact;
  std::vector<int> fitting = surely;
  fitting.insert(fitting.end(), maybe.begin(), maybe.end());
  if (fitting.empty()) {
    why = "the profile's facts (" + facts_text + ") fit none of the options";
    return std::nullopt;
  }
  std::string names;
  for (int index : fitting) {
    names += (names.empty() ? "\"" : ", \"") +
             field.options[static_cast<std::size_t>(index)].label + "\"";
  }
  why = "the profile's facts (" + facts_text + ") fit " + std::to_string(fitting.size()) +
        " options: " + names + "; a work_authorization status in the profile would decide it";
  return std::nullopt;
}

bool OffersYesNo(const Field& field) {
  return std::any_of(field.options.begin(), field.options.end(),
                     [](const auto& option) { return LeadingYesNo(option.label).has_value(); });
}

Fact YesNo(bool yes, std::string reason) {
  return Fact{.text = yes ? "Yes" : "No", .yes = yes, .reason = std::move(reason)};
}

std::string Capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

// A text box that wants a bare number: its label names a currency ("Desired
// salary (USD)"), or the box or the site's message says it takes a number.
bool AsksForAmount(const Field& field) {
  const std::string label = " " + knowledge::NormalizeText(field.label) + " ";
  for (const char* word : {" usd ", " eur ", " gbp ", " cad ", " aud ", " chf ", " inr ",
                           " amount ", " number ", " in dollars ", " in euros "}) {
    if (label.find(word) != std::string::npos) return true;
  }
  for (std::string_view symbol : {"$", "€", "£"}) {
    if (field.label.find(symbol) != std::string::npos) return true;
  }
  return TakesNumber(field);
}

// The person's place as typeahead suggestions name places: "San Francisco, CA,
// United States".
std::string PlaceOf(const knowledge::Address& address) {
  std::string place = address.city;
  for (const std::string* part : {&address.region, &address.country}) {
    if (!part->empty() && !place.empty()) place += ", " + *part;
  }
  return place;
}

// A street line split into the street and its house number: "500 Howard Street"
// (number first, as in the US, UK, France) or "Kerkstraat 12a" (number last, as
// in the Netherlands, Germany, Spain). nullopt when no part is a number.
struct StreetParts {
  std::string street;
  std::string number;
};
std::optional<StreetParts> SplitStreet(std::string_view line) {
  auto is_number = [](std::string_view word) {
    return !word.empty() && std::isdigit(static_cast<unsigned char>(word.front())) &&
           word.size() <= 8;
  };
  auto trim = [](std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == ',')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
    return std::string(text);
  };
  const std::size_t first_space = line.find(' ');
  if (first_space != std::string_view::npos && is_number(trim(line.substr(0, first_space)))) {
    return StreetParts{trim(line.substr(first_space + 1)), trim(line.substr(0, first_space))};
  }
  const std::size_t last_space = line.rfind(' ');
  if (last_space != std::string_view::npos && is_number(trim(line.substr(last_space + 1)))) {
    return StreetParts{trim(line.substr(0, last_space)), trim(line.substr(last_space + 1))};
  }
  return std::nullopt;
}

// A phone number split into its area code and the rest, for a form that asks the
// area code in a box of its own: "+1 415 555 0142" -> "415" and "555-0142". Only a
// North American number (+1, the NANP) has an area code its digits show, always
// three digits before seven; elsewhere an area code's length depends on the place
// (and mobiles have none), so nullopt and the person is asked.
struct AreaCodeParts {
  std::string area_code;
  std::string local;
};
std::optional<AreaCodeParts> SplitAreaCode(std::string_view number, std::string_view country_code) {
  std::string digits;
  for (char c : number) {
    if (c >= '0' && c <= '9') digits += c;
  }
  std::string code;
  for (char c : country_code) {
    if (c >= '0' && c <= '9') code += c;
  }
  const bool international = !number.empty() && number.front() == '+';
  std::string national;
  if (international && digits.size() == 11 && digits.front() == '1') {
    national = digits.substr(1);
  } else if (!international && code == "1") {
    national = digits.size() == 11 && digits.front() == '1' ? digits.substr(1) : digits;
  }
  if (national.size() != 10) return std::nullopt;
  return AreaCodeParts{national.substr(0, 3), national.substr(3, 3) + "-" + national.substr(6)};
}

// Whether a date from the profile lies wholly before today: a year before this
// year, a month before this month, a day before today.
bool DateHasPassed(const CalendarDate& date) {
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  const int year = static_cast<int>(today.year());
  const int month = static_cast<int>(static_cast<unsigned>(today.month()));
  const int day = static_cast<int>(static_cast<unsigned>(today.day()));
  if (date.year != year) return date.year < year;
  if (date.month == 0) return false;  // this year: not over yet
  if (date.month != month) return date.month < month;
  return date.day != 0 && date.day < day;
}

// A job's city, state or country, read from its location as the profile writes
// it ("San Francisco, CA", "Berlin, Germany"): the first part is the city; a
// state or country is taken only where a part names one.
std::optional<Fact> JobPlaceFact(const knowledge::Job& job, FieldKey key,
                                 const std::string& where_job, std::string& missing) {
  const std::string where = where_job + ".location";
  std::vector<std::string> parts;
  for (std::size_t start = 0; start <= job.location.size();) {
    std::size_t end = job.location.find(',', start);
    if (end == std::string::npos) end = job.location.size();
    std::string part = job.location.substr(start, end - start);
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    if (!part.empty()) parts.push_back(std::move(part));
    start = end + 1;
  }
  const knowledge::Region* region = nullptr;
  const knowledge::Country* country = nullptr;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    // "CA" after a city is California, as a US address writes it, not Canada.
    if (const auto* named = knowledge::FindRegion(parts[i])) {
      if (!region) region = named;
    } else if (!country) {
      country = knowledge::FindCountry(parts[i]);
    }
  }
  if (region && !country) country = knowledge::FindCountry(region->country);
  switch (key) {
    case FieldKey::kCity:
      if (!parts.empty() && !knowledge::FindCountry(parts.front())) {
        return Text(parts.front(), where + " (its city)");
      }
      break;
    case FieldKey::kRegion:
      if (region) return Text(std::string(region->code), where + " (its state)");
      break;
    case FieldKey::kCountry:
      if (country) return Text(std::string(country->name), where + " (its country)");
      break;
    default: break;
  }
  missing = job.location.empty() ? "the profile has no " + where
                                 : where + " (\"" + job.location + "\") does not say the " +
                                       ToString(key) + " of that job";
  return std::nullopt;
}

// The profile's fact for a classified field; nullopt with `missing` set when the
// profile does not say.
// The first of `skills` that `text` names as a whole word ("Go" is not in
// "Google", "C++" is in "C++?"), case aside; empty when it names none.
std::string SkillNamedIn(std::string_view text, const std::vector<std::string>& skills) {
  std::string lower(text);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto word_char = [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '+' || ch == '#';
  };
  for (const auto& skill : skills) {
    std::string want(skill);
    for (char& ch : want) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (want.empty()) continue;
    for (std::size_t at = lower.find(want); at != std::string::npos;
         at = lower.find(want, at + 1)) {
      const bool starts = at == 0 || !word_char(lower[at - 1]);
      const std::size_t end = at + want.size();
      const bool ends = end >= lower.size() || !word_char(lower[end]);
      if (starts && ends) return skill;
    }
  }
  return {};
}

// The words of an occupation a question about years of experience names after
// "as a" / "as an" / "working as" ("How many years of experience do you have as a
// CNA?", "Years worked as an electrician"), up to the end of its clause,
// normalised, without seniority and filler ("senior", "the", "role"); empty when
// it names none ("Please answer as a number" names a form of answer, not a role).
std::vector<std::string> RoleNamedIn(std::string_view text) {
  static constexpr std::array<std::string_view, 28> kFiller = {
      "a",       "an",     "the",   "of",     "in",        "at",           "for",    "and",
      "or",      "with",   "role",  "job",    "position",  "level",        "senior", "junior",
      "lead",    "head",   "chief", "staff",  "principal", "professional", "number", "whole",
      "decimal", "figure", "digit", "integer"};
  static constexpr std::array<std::string_view, 3> kCues = {" as a ", " as an ", " working as "};
  std::string spaced = " " + std::string(text) + " ";
  for (char& ch : spaced) {
    ch = std::isspace(static_cast<unsigned char>(ch))
             ? ' '
             : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  for (std::string_view cue : kCues) {
    const std::size_t at = spaced.find(cue);
    if (at == std::string::npos) continue;
    std::string role = spaced.substr(at + cue.size());
    const std::size_t stop = role.find_first_of("?.,;:()!*/\"");
    if (stop != std::string::npos) role.resize(stop);
    std::vector<std::string> words;
    for (std::string& word : knowledge::Words(knowledge::NormalizeText(role))) {
      if (std::ranges::find(kFiller, word) == kFiller.end()) words.push_back(std::move(word));
    }
    if (!words.empty()) return words;
  }
  return {};
}

// Whether the person has worked in the occupation of `role` (RoleNamedIn's
// words): one of them is a word of a job title they held ("backend developer" and
// "Senior Backend Engineer"). A role none of their titles shares a word with is
// one the profile says nothing about.
bool HeldRole(const std::vector<std::string>& role, const knowledge::Profile& p) {
  std::set<std::string> titles;
  auto add_words = [&](std::string_view title) {
    for (std::string& word : knowledge::Words(knowledge::NormalizeText(title))) {
      titles.insert(std::move(word));
    }
  };
  add_words(p.current_title);
  for (const knowledge::Job& job : p.work_history) add_words(job.title);
  return std::ranges::any_of(role, [&](const std::string& word) { return titles.contains(word); });
}

// The least number of years a yes / no question about experience asks for
// ("Do you have at least 5 years of experience?", "a minimum of 3 years", "5+
// years", "5 or more years"; "more than 5 years" asks for more than five, so six):
// nothing when it names no such number.
std::optional<double> LeastYearsAskedIn(std::string_view text) {
  std::string spaced = " " + knowledge::NormalizeText(text) + " ";
  std::string raw = " " + std::string(text) + " ";
  for (char& ch : raw) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto number_at = [](const std::string& s,
                      std::size_t at) -> std::optional<std::pair<int, std::size_t>> {
    while (at < s.size() && s[at] == ' ') ++at;
    int n = 0;
    const auto [end, error] = std::from_chars(s.data() + at, s.data() + s.size(), n);
    if (error != std::errc{} || end == s.data() + at) return std::nullopt;
    return std::make_pair(n, static_cast<std::size_t>(end - s.data()));
  };
  auto years_follow = [](const std::string& s, std::size_t at) {
    const std::string_view rest = std::string_view(s).substr(at);
    return rest.starts_with(" year") || rest.starts_with(" yr") || rest.starts_with("+ year") ||
           rest.starts_with(" or more year") || rest.starts_with("+ yr");
  };
  static constexpr std::array<std::pair<std::string_view, int>, 6> kCues = {{{" at least ", 0},
                                                                             {" minimum of ", 0},
                                                                             {" a minimum ", 0},
                                                                             {" no less than ", 0},
                                                                             {" more than ", 1},
                                                                             {" over ", 1}}};
  for (const auto& [cue, extra] : kCues) {
    for (std::size_t at = spaced.find(cue); at != std::string::npos;
         at = spaced.find(cue, at + 1)) {
      if (auto n = number_at(spaced, at + cue.size()); n && years_follow(spaced, n->second)) {
        return n->first + extra;
      }
    }
  }
  // "5+ years", "5 or more years": the digits' own text keeps the "+".
  for (std::size_t at = 0; at < raw.size(); ++at) {
    if (!std::isdigit(static_cast<unsigned char>(raw[at])) ||
        std::isdigit(static_cast<unsigned char>(raw[at - 1]))) {
      continue;
    }
    if (auto n = number_at(raw, at); n) {
      const std::string_view rest = std::string_view(raw).substr(n->second);
      if (rest.starts_with("+ year") || rest.starts_with("+ yr") || rest.starts_with("+year") ||
          rest.starts_with(" or more year")) {
        return n->first;
      }
    }
  }
  return std::nullopt;
}

// Whether a question about a level of education asks if the person holds it
// ("Have you completed the following level of education: Bachelor's Degree?",
// LinkedIn's education screening question; "Do you hold a Master's degree?"),
// not whether they are on their way to it ("Are you currently pursuing ...").
bool AsksForCompletedDegree(std::string_view label) {
  static constexpr std::array<std::string_view, 10> kUnderWay = {
      "pursuing",    "enrolled", "currently studying", "working towards", "working toward",
      "in progress", "expected", "will you",           "studierst",       "en cours"};
  static constexpr std::array<std::string_view, 24> kHeld = {
      "completed", "complete",  "have",       "hold",          "earned",   "obtained",
      "possess",   "attained",  "graduated",  "abgeschlossen", "besitzen", "verfugen",
      "obtenu",    "titulaire", "avez",       "completado",    "obtenido", "tiene",
      "concluiu",  "possui",    "conseguito", "possiedi",      "behaald",  "afgerond"};
  const std::string norm = knowledge::NormalizeText(label);
  auto holds = [&](std::string_view phrase) { return knowledge::HasPhrase(norm, phrase); };
  return std::none_of(kUnderWay.begin(), kUnderWay.end(), holds) &&
         std::any_of(kHeld.begin(), kHeld.end(), holds);
}

// The fields of study a question about a degree names after it ("a bachelor's
// degree in computer science, engineering or a related field from an accredited
// college" -> "computer science engineering or a related field"), or after the
// specialization it asks of the degree ("a degree from a recognized post-secondary
// institution with an acceptable specialization in computer science, information
// technology ...", as public-service education standards word it; "majoring in",
// "a concentration in"), normalised; empty when it names none ("a bachelor's
// degree or higher?").
std::string DegreeFieldsNamed(std::string_view label) {
  static constexpr std::array<std::string_view, 9> kSpecialty = {
      "specialization", "specialisation", "specializing", "specialising", "specialty",
      "speciality",     "major",          "majoring",     "concentration"};
  const std::vector<std::string> words = knowledge::Words(knowledge::NormalizeText(label));
  std::string fields;
  bool after_degree = false;
  bool degree_named = false;
  bool after_specialty = false;
  bool in_list = false;
  for (const std::string& word : words) {
    if (in_list) {
      if (word == "from" || word == "at" || word == "with" || word == "by") break;
      fields += (fields.empty() ? "" : " ") + word;
    } else if ((after_degree || after_specialty) && word == "in") {
      in_list = true;
    } else {
      after_degree = word == "degree" || word == "degrees" || word == "diploma";
      degree_named = degree_named || after_degree;
      after_specialty = degree_named && std::ranges::find(kSpecialty, word) != kSpecialty.end();
    }
  }
  return fields;
}

// Whether a question asks for a degree without naming its level ("Do you have a
// degree from a recognized post-secondary institution ...?", "Do you hold a
// university degree?"): a degree in that plain sense is a first university degree,
// a bachelor's, or one above it. "A degree of autonomy" names no diploma.
bool AsksForAnyDegree(std::string_view label) {
  static constexpr std::array<std::string_view, 8> kBefore = {
      "a", "an", "university", "college", "academic", "postsecondary", "secondary", "tertiary"};
  const std::vector<std::string> words = knowledge::Words(knowledge::NormalizeText(label));
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] != "degree") continue;
    if (i + 1 < words.size() && words[i + 1] == "of") continue;
    // "post-secondary" normalises to "post secondary": its "secondary" is the word before.
    if (std::ranges::find(kBefore, words[i - 1]) != kBefore.end()) return true;
  }
  return false;
}

// A yes/no question whether the person holds a degree of a level: yes when an
// entry of education that has ended holds a degree of that level or above
// (HoldsDegreeLevel), in one of the fields of study the question names if it
// names any (a degree in another field, even one it may count as related, is the
// person's to judge). Anything else (a level the profile's degrees do not reach,
// studies still under way, a question about studies in progress) is the
// person's to answer: the profile lists the degrees it lists, not every degree
// a person lacks.
std::optional<Fact> CompletedDegreeFact(const knowledge::Profile& p, const Field& field,
                                        std::string& missing) {
  if (!AsksForCompletedDegree(field.label)) {
    missing = "the question asks about a degree, not whether one is held";
    return std::nullopt;
  }
  const std::string fields = DegreeFieldsNamed(field.label);
  for (std::size_t i = 0; i < p.education.size(); ++i) {
    const knowledge::Education& school = p.education[i];
    // A degree of no named level asks for a bachelor's or above.
    const bool level_held = !NamesDegreeLevel(field.label) && AsksForAnyDegree(field.label)
                                ? HoldsDegreeLevel(school.degree, "bachelor")
                                : HoldsDegreeLevel(school.degree, field.label);
    if (!level_held) continue;
    const std::optional<CalendarDate> end = ParseCalendarDate(school.end);
    if (!end || !DateHasPassed(*end)) continue;
    const std::string studied = knowledge::NormalizeText(school.field);
    if (!fields.empty() && (studied.empty() || !knowledge::HasPhrase(fields, studied))) {
      missing = "the question names the fields of study \"" + fields + "\", not education[" +
                std::to_string(i) + "].field";
      return std::nullopt;
    }
    const std::string where = "education[" + std::to_string(i) + "]";
    Fact fact = YesNo(true, where + ".degree");
    fact.decided_by = {where + ".degree = \"" + school.degree + "\", ended " + school.end};
    return fact;
  }
  missing = "no entry of education that has ended holds a degree of the level asked";
  return std::nullopt;
}

// Whether an upload's accept attribute ("`.pdf,.docx`", "application/pdf",
// "image/*") lets the file through: by its extension, or by the media type of
// the document kinds a profile holds. No accept attribute takes any file.
bool Accepts(std::string_view accept, const std::filesystem::path& file) {
  static const std::map<std::string, std::string, std::less<>> kMediaTypes = {
      {".pdf", "application/pdf"},
      {".doc", "application/msword"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {".odt", "application/vnd.oasis.opendocument.text"},
      {".rtf", "application/rtf"},
      {".txt", "text/plain"},
      {".md", "text/markdown"}};
  std::string extension = file.extension().string();
  for (char& ch : extension) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const auto media = kMediaTypes.find(extension);
  bool any = false;
  for (std::string_view rest = accept; !rest.empty();) {
    const std::size_t comma = rest.find(',');
    std::string token(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    token.erase(0, token.find_first_not_of(" \t"));
    token.erase(token.find_last_not_of(" \t") + 1);
    for (char& ch : token) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (token.empty()) continue;
    any = true;
    if (token == "*/*" || token == "*" || token == extension) return true;
    if (media == kMediaTypes.end()) continue;
    if (token == media->second) return true;
    if (token.ends_with("/*") &&
        media->second.starts_with(std::string_view(token).substr(0, token.size() - 1))) {
      return true;
    }
  }
  return !any;
}

// A label that wants its answer only when it differs from another ("Preferred
// name (if different)", "Prénom usuel (si différent)", "Rufname, falls abweichend").
bool AsksOnlyIfDifferent(std::string_view label) {
  static constexpr std::string_view kIfDifferent[] = {
      "if different",     "if it differs",   "si different",    "si differente", "sil differe",
      "falls abweichend", "wenn abweichend", "si es diferente", "si difiere",    "se diverso",
      "se diferente",     "indien anders",   "indien afwijkend"};
  const std::string normalized = knowledge::NormalizeText(label);
  for (std::string_view phrase : kIfDifferent) {
    if (knowledge::HasPhrase(normalized, phrase)) return true;
  }
  return false;
}

// The initials of given names as Dutch and Belgian forms write them: each name's
// first letter with a full stop, no spaces ("Jan Pieter" -> "J.P."); a hyphenated
// name gives both ("Jean-Luc" -> "J.L."). A name that starts with a letter outside
// ASCII keeps its whole first character.
std::string InitialsOf(std::string_view given_names) {
  std::string initials;
  bool at_word_start = true;
  for (std::size_t i = 0; i < given_names.size(); ++i) {
    const char c = given_names[i];
    if (c == ' ' || c == '-' || c == '\t') {
      at_word_start = true;
      continue;
    }
    if (!at_word_start) continue;
    at_word_start = false;
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      initials += static_cast<char>(std::toupper(byte));
    } else {
      // a UTF-8 sequence: its lead byte says how long it is
      const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
      initials += given_names.substr(i, length);
      i += length - 1;
    }
    initials += '.';
  }
  return initials;
}

// The questions about the right to work in a country: authorized, sponsorship,
// the permit one holds.
bool IsWorkRightKey(FieldKey key) {
  return key == FieldKey::kWorkAuthorization || key == FieldKey::kSponsorship ||
         key == FieldKey::kWorkPermitStatus;
}

// Which entry of the work history or education a field of a repeated section
// takes: the one its section names, the first elsewhere; a "Previous employment"
// block is the job before only beside the current job's entry (alone, it titles
// the whole history, most recent first).
std::size_t EntryIndex(const Classification& c, const PageContext& page) {
  if (c.entry < 0) return 0;
  if (c.after_current_job && !page.current_job_entry && c.entry > 0) {
    return static_cast<std::size_t>(c.entry - 1);
  }
  return static_cast<std::size_t>(c.entry);
}

// The organisation a question about working for one names after its verb ("Are
// you currently employed by the City of Oakland?" -> "City of Oakland"), or ""
// when what follows is a kind of employer in common words ("a federal agency"),
// not a name.
std::string OrganisationNamedIn(std::string_view label) {
  std::string lower(label);
  std::ranges::transform(lower, lower.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  static constexpr std::string_view kBefore[] = {"employed by ", "employed with ", "employee of ",
                                                 "work for ", "working for "};
  std::size_t at = std::string::npos;
  for (const std::string_view before : kBefore) {
    const std::size_t found = lower.find(before);
    if (found != std::string::npos && found + before.size() < at) at = found + before.size();
  }
  if (at == std::string::npos || at >= label.size()) return "";
  std::string_view rest = label.substr(at);
  rest = rest.substr(0, rest.find_first_of("?(;"));
  if (rest.starts_with("the ") || rest.starts_with("The ")) rest.remove_prefix(4);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '.' || rest.back() == ',')) {
    rest.remove_suffix(1);
  }
  // A name starts with a capital letter or a digit ("3M"); common words do not.
  if (rest.empty() || !(std::isupper(static_cast<unsigned char>(rest.front())) ||
                        std::isdigit(static_cast<unsigned char>(rest.front())))) {
    return "";
  }
  return std::string(rest);
}

std::optional<Fact> ProfileFact(const knowledge::Profile& p, const Field& field,
                                const Classification& c, const PageContext& page,
                                std::string& missing) {
  auto text = [&](const std::string& value, std::string reason) -> std::optional<Fact> {
    if (value.empty()) {
      missing = "the profile has no " + reason;
      return std::nullopt;
    }
    return Text(value, std::move(reason));
  };
  const std::size_t entry = EntryIndex(c, page);
  static const knowledge::Education kNoSchool;
  static const knowledge::Job kNoJob;
  const knowledge::Education* school =
      entry < p.education.size() ? &p.education[entry] : &kNoSchool;
  const knowledge::Job* job = entry < p.work_history.size() ? &p.work_history[entry] : &kNoJob;
  const std::string where_school = "education[" + std::to_string(entry) + "]";
  const std::string where_job = "work_history[" + std::to_string(entry) + "]";

  if (c.of_job) return JobPlaceFact(*job, c.key, where_job, missing);
  switch (c.key) {
    case FieldKey::kFirstName: return text(p.name.first, "name.first");
    case FieldKey::kLastName: {
      // Spanish-speaking forms ask the first of two surnames ("Primer apellido",
      // "Apellido paterno"): a one-word surname is it; of two or more words, which
      // are the first surname ("De la Fuente" is one) only the person knows.
      const std::string label = knowledge::NormalizeText(field.label);
      const bool first_of_two = knowledge::HasPhrase(label, "primer apellido") ||
                                knowledge::HasPhrase(label, "apellido paterno");
      if (first_of_two && p.name.last.find(' ') != std::string::npos) {
        missing = "the form asks for the first of two surnames, and which part of \"" +
                  p.name.last + "\" that is only you know";
        return std::nullopt;
      }
      return text(p.name.last, "name.last");
    }
    case FieldKey::kMiddleName: return text(p.name.middle, "name.middle");
    case FieldKey::kInitials:
      return text(InitialsOf(p.name.first + " " + p.name.middle), "name.first and name.middle");
    case FieldKey::kFullName:
    case FieldKey::kName: return text(p.name.Full(), "name");
    case FieldKey::kPreferredName: {
      const std::string& preferred = p.name.preferred.empty() ? p.name.first : p.name.preferred;
      // "Preferred name (if different)": wanted only when it is not the legal first
      // name; the first name written there again says the person goes by another.
      if (preferred == p.name.first && AsksOnlyIfDifferent(field.label)) {
        missing = "the form wants a preferred name only if it differs from the first name";
        return std::nullopt;
      }
      return p.name.preferred.empty() ? text(p.name.first, "name.first")
                                      : text(p.name.preferred, "name.preferred");
    }
    case FieldKey::kPronouns: return text(p.pronouns, "pronouns");
    case FieldKey::kEmail: return text(p.email, "email");
    case FieldKey::kLandline:
      missing = "the profile's phone is a mobile, not a landline";
      return std::nullopt;
    case FieldKey::kHomePhone:
      if (page.phone_field) {
        missing =
            "the page's other phone box takes the profile's phone; this one asks for a "
            "landline";
        return std::nullopt;
      }
      [[fallthrough]];
    case FieldKey::kPhone: {
      if (page.phone_area_code_field && !p.phone.empty()) {
        auto parts = SplitAreaCode(p.phone, p.phone_country_code);
        if (!parts) {
          missing = "the page asks the area code apart, and \"" + p.phone +
                    "\" is no North American number, whose area code its digits show";
          return std::nullopt;
        }
        return Text(parts->local, "phone without its area code (asked apart)");
      }
      auto fact = text(p.phone, "phone");
      if (fact) {
        fact->phone_code = p.phone_country_code;
        fact->phone_country = p.address.country_code;
      }
      return fact;
    }
    case FieldKey::kPhoneAreaCode: {
      if (p.phone.empty()) {
        missing = "the profile has no phone";
        return std::nullopt;
      }
      auto parts = SplitAreaCode(p.phone, p.phone_country_code);
      if (!parts) {
        missing =
            "\"" + p.phone + "\" is no North American number, whose area code its digits show";
        return std::nullopt;
      }
      return Text(parts->area_code, "phone's area code");
    }
    case FieldKey::kPhoneCountryCode: {
      // A dropdown lists countries ("United States (+1)"); a text box wants "+1".
      if (IsChoice(field) && !p.address.country.empty()) {
        return text(p.address.country, "address.country");
      }
      auto fact = text(p.phone_country_code, "phone.country_code");
      // A dropdown that draws its options only once opened (Angular Material's
      // mat-select, headless listboxes) may list countries with their codes, and
      // countries share codes ("Canada (+1)", "États-Unis (+1)"): the person's
      // country is the one meant when the phone's code is that country's.
      std::string_view code = p.phone_country_code;
      if (code.starts_with('+')) code.remove_prefix(1);
      if (fact && field.kind == ControlKind::kCombobox && !code.empty() &&
          knowledge::DialCodeOf(p.address.country_code) == code) {
        fact->match_text = p.address.country;
      }
      return fact;
    }
    case FieldKey::kAddressLine:
      if (page.house_number_field) {
        if (auto parts = SplitStreet(p.address.street)) {
          return Text(parts->street, "address.street without its number (asked apart)");
        }
      }
      if (!page.address_line2_field && !p.address.street.empty() && !p.address.line2.empty()) {
        return Text(p.address.street + ", " + p.address.line2,
                    "address.street and address.line2 (no box of its own for the flat)");
      }
      return text(p.address.street, "address.street");
    case FieldKey::kHouseNumber: {
      auto parts = SplitStreet(p.address.street);
      if (!parts) {
        missing = p.address.street.empty() ? "the profile has no address.street"
                                           : "the profile's address.street names no number";
        return std::nullopt;
      }
      return Text(parts->number, "address.street's number");
    }
    case FieldKey::kAddressLine2: return text(p.address.line2, "address.line2");
    case FieldKey::kCity: {
      auto fact = text(p.address.city, "address.city");
      if (fact) fact->match_text = PlaceOf(p.address);
      return fact;
    }
    case FieldKey::kRegion:
      // A list is the state whatever it is called ("County" for a list of US
      // states): its options say what it holds, and one that lacks the state
      // fails the pick and is asked.
      if (page.region_fields > 1 && field.kind != ControlKind::kSelect &&
          field.kind != ControlKind::kCombobox &&
          knowledge::HasPhrase(knowledge::NormalizeText(field.label), "county")) {
        missing = "a county beside the state is a part of it; the profile has no county";
        return std::nullopt;
      }
      return text(p.address.region, "address.region");
    case FieldKey::kPostalCode: return text(p.address.postal_code, "address.postal_code");
    case FieldKey::kCountry: return text(p.address.country, "address.country");
    case FieldKey::kLocation: {
      std::string location = p.address.city;
      const std::string& second = p.address.region.empty() ? p.address.country : p.address.region;
      if (!location.empty() && !second.empty()) location += ", " + second;
      auto fact = text(location, "address.city");
      if (fact) fact->match_text = PlaceOf(p.address);
      return fact;
    }
    case FieldKey::kLinkedin: return text(p.links.linkedin, "links.linkedin");
    case FieldKey::kGithub: return text(p.links.github, "links.github");
    case FieldKey::kPortfolio:
      return p.links.portfolio.empty() ? text(p.links.website, "links.website")
                                       : text(p.links.portfolio, "links.portfolio");
    case FieldKey::kWebsite:
      return p.links.website.empty() ? text(p.links.portfolio, "links.portfolio")
                                     : text(p.links.website, "links.website");
    case FieldKey::kCurrentCompany: return text(p.current_company, "current.company");
    case FieldKey::kCurrentTitle: return text(p.current_title, "current.title");
    case FieldKey::kYearsExperience:
      if (!p.years_experience) {
        missing = "the profile has no years_experience";
        return std::nullopt;
      }
      // Years with one skill ("with C++", "in Go") are not the years of work: the
      // profile lists the skill, never for how long.
      if (const std::string skill = SkillNamedIn(field.label, p.skills); !skill.empty()) {
        missing = "the question asks for the years with " + skill +
                  ", and the profile says only that it is one of the skills";
        return std::nullopt;
      }
      // Years "as a" named occupation the person never held ("as a CNA" for a
      // software engineer): the profile's years are those of their own work.
      if (const std::vector<std::string> role = RoleNamedIn(field.label);
          !role.empty() && !HeldRole(role, p)) {
        std::string named;
        for (const std::string& word : role) named += (named.empty() ? "" : " ") + word;
        missing = "the question asks for the years as " + named +
                  ", and no job title of the profile is one";
        return std::nullopt;
      }
      if (field.kind == ControlKind::kCheckbox || OptionsAreYesNo(field)) {
        // "Do you have at least 5 years of experience?" with Yes / No: whether the
        // profile's years reach the number asked; a yes / no question naming no
        // number is one the years do not answer.
        const std::optional<double> least = LeastYearsAskedIn(field.label);
        if (!least) {
          missing = "a yes / no question about experience that names no number of years";
          return std::nullopt;
        }
        Fact fact = YesNo(*p.years_experience >= *least, "years_experience");
        fact.decided_by = {"years_experience = " + NumberText(*p.years_experience) +
                           (*p.years_experience >= *least ? ", at least " : ", less than ") +
                           NumberText(*least) + " years"};
        return fact;
      }
      if (CountsMonths(field)) {
        // Experience given as a years list beside a months list ("8 Years" "0
        // Months"): this list holds what the whole years leave.
        const double years = *p.years_experience;
        const int months = static_cast<int>(std::lround((years - std::floor(years)) * 12)) % 12;
        Fact fact =
            Text(std::to_string(months), "years_experience (the months beyond whole years)");
        fact.number = months;
        return fact;
      }
      {
        Fact fact = Text(NumberText(*p.years_experience), "years_experience");
        fact.number = p.years_experience;
        return fact;
      }
    case FieldKey::kSchool: return text(school->school, where_school + ".school");
    case FieldKey::kDegree: {
      // Yes / No (or a box to tick): whether a degree of the level named is held.
      if (field.kind == ControlKind::kCheckbox || OptionsAreYesNo(field)) {
        return CompletedDegreeFact(p, field, missing);
      }
      auto fact = text(school->degree, where_school + ".degree");
      if (fact) fact->school = school->school;
      return fact;
    }
    case FieldKey::kDiscipline: return text(school->field, where_school + ".field");
    case FieldKey::kEducationStart: return text(school->start, where_school + ".start");
    case FieldKey::kEducationEnd: return text(school->end, where_school + ".end");
    case FieldKey::kEducationStatus: {
      const std::optional<CalendarDate> end = ParseCalendarDate(school->end);
      if (!end) {
        missing = school->end.empty()
                      ? "the profile has no " + where_school + ".end"
                      : "\"" + school->end + "\" (" + where_school + ".end) is not a date";
        return std::nullopt;
      }
      // Graduated once the end has passed; an end still ahead may be an expected
      // graduation or studies that go on, which the profile does not say.
      if (!DateHasPassed(*end)) {
        missing = where_school + ".end (" + school->end + ") has not passed yet";
        return std::nullopt;
      }
      // "Did you graduate?" with Yes / No (or a box to tick) is answered yes.
      // So is one whose list adds a third choice beside Yes and No ("In progress").
      const bool yes_no =
          field.kind == ControlKind::kCheckbox || OptionsAreYesNo(field) ||
          (!field.options.empty() &&
           std::all_of(field.options.begin(), field.options.end(), [](const auto& option) {
             return IsPlaceholderOption(option) || LeadingYesNo(option.label).has_value();
           }));
      Fact fact = Text(yes_no ? "Yes" : "Graduated", where_school + ".end");
      fact.decided_by = {where_school + ".end = \"" + school->end + "\", which has passed"};
      return fact;
    }
    case FieldKey::kCareerType: {
      const bool has_job =
          std::any_of(p.work_history.begin(), p.work_history.end(),
                      [](const knowledge::Job& job) { return !job.company.empty(); });
      // Asked as a question ("Do you have previous work experience?" with Yes /
      // No, as hourly applications ask it before the last job's employer and
      // role): experienced is yes.
      const bool yes_no = OptionsAreYesNo(field);
      if (has_job || (p.years_experience && *p.years_experience > 0)) {
        const std::string source = has_job ? "work_history" : "years_experience";
        Fact fact = yes_no ? YesNo(true, source) : Text("Experienced", source);
        fact.decided_by = {has_job ? "work_history has a job" : "years_experience > 0"};
        return fact;
      }
      if (p.years_experience && *p.years_experience == 0) {
        Fact fact =
            yes_no ? YesNo(false, "years_experience") : Text("Newcomer", "years_experience");
        fact.decided_by = {"years_experience = 0 and no work_history"};
        return fact;
      }
      missing = "the profile has no work_history and no years_experience";
      return std::nullopt;
    }
    case FieldKey::kCurrentlyEmployed: {
      const auto current = std::find_if(
          p.work_history.begin(), p.work_history.end(),
          [](const knowledge::Job& job) { return !job.company.empty() && job.IsCurrent(); });
      if (current != p.work_history.end() || !p.current_company.empty()) {
        Fact fact = YesNo(true, "work_history");
        fact.decided_by = {current != p.work_history.end()
                               ? "work_history has " + current->company + " with no end"
                               : "current.company is " + p.current_company};
        return fact;
      }
      // Every job listed has ended: between jobs now.
      if (std::any_of(p.work_history.begin(), p.work_history.end(),
                      [](const knowledge::Job& job) { return !job.company.empty(); })) {
        Fact fact = YesNo(false, "work_history");
        fact.decided_by = {"every work_history entry has an end"};
        return fact;
      }
      missing = "the profile has no work_history and no current.company";
      return std::nullopt;
    }
    case FieldKey::kEmployedByNamed: {
      const auto current = std::find_if(
          p.work_history.begin(), p.work_history.end(),
          [](const knowledge::Job& job) { return !job.company.empty() && job.IsCurrent(); });
      const std::string employer = !p.current_company.empty()        ? p.current_company
                                   : current != p.work_history.end() ? current->company
                                                                     : std::string();
      if (employer.empty()) {
        missing = "the profile has no current job";
        return std::nullopt;
      }
      const std::string named = OrganisationNamedIn(field.label);
      // Someone else's job ("Do you have a relative currently employed by ...?").
      const std::string asked = knowledge::NormalizeText(field.label);
      const bool about_another = std::ranges::any_of(
          std::initializer_list<std::string_view>{"relative", "family", "spouse", "partner",
                                                  "friend", "anyone", "someone", "household"},
          [&](std::string_view word) { return asked.find(word) != std::string::npos; });
      if (named.empty() || about_another) {
        missing = "the question names no one organisation";
        return std::nullopt;
      }
      const std::string a = knowledge::NormalizeText(named);
      const std::string b = knowledge::NormalizeText(employer);
      const bool same = a.find(b) != std::string::npos || b.find(a) != std::string::npos;
      Fact fact = YesNo(same, "current.company");
      fact.decided_by = {"the current employer is " + employer + ", the question names " + named};
      return fact;
    }
    case FieldKey::kJobTitle: return text(job->title, where_job + ".title");
    case FieldKey::kEmployer: return text(job->company, where_job + ".company");
    case FieldKey::kJobLocation: return text(job->location, where_job + ".location");
    case FieldKey::kJobStart: return text(job->start, where_job + ".start");
    case FieldKey::kJobDescription: return text(job->description, where_job + ".description");
    case FieldKey::kJobCurrent:
      return YesNo(!job->company.empty() && job->IsCurrent(), where_job + ".end");
    case FieldKey::kJobEnd:
      if (!job->company.empty() && job->IsCurrent()) {
        missing = where_job + " is the current job: it has no end date";
        return std::nullopt;
      }
      return text(job->end, where_job + ".end");
    case FieldKey::kResume:
    case FieldKey::kCoverLetter: {
      bool resume = c.key == FieldKey::kResume;
      const std::filesystem::path& file = resume ? p.resume : p.cover_letter;
      if (file.empty() || field.kind != ControlKind::kFile) {
        missing =
            resume ? "the profile has no resume file" : "the profile has no cover_letter file";
        return std::nullopt;
      }
      if (!Accepts(field.accept, file)) {
        missing = "the upload accepts only " + field.accept + ", not " + file.filename().string();
        return std::nullopt;
      }
      return Fact{.file = file.string(), .reason = resume ? "resume" : "cover_letter"};
    }
    case FieldKey::kWorkAuthorization:
    case FieldKey::kSponsorship:
    case FieldKey::kWorkPermitStatus: {
      const knowledge::WorkAuthorization* auth = p.AuthorizationFor(c.country);
      std::string country = c.country.empty() ? p.default_country : c.country;
      if (auth == nullptr) {
        missing = "the profile's work_authorization says nothing about " +
                  (country.empty() ? std::string("the default country") : country);
        return std::nullopt;
      }
      // The entry that answered: the country's own, or the EU's for a member state.
      std::string where = "work_authorization." +
                          (p.work_authorization.contains(country) ? country : std::string("EU"));
      if (IsChoice(field) && !OffersYesNo(field)) {
        const StatusFacts facts = StatusFactsOf(*auth, "profile." + where);
        std::string why;
        if (auto index = StatusOption(field, facts, why)) {
          const auto& option = field.options[static_cast<std::size_t>(*index)];
          return Fact{.text = option.label, .reason = where, .decided_by = facts.facts};
        }
        if (!why.empty()) {
          missing = why;
          return std::nullopt;
        }
      }
      if (c.key == FieldKey::kSponsorship) {
        return YesNo(auth->requires_sponsorship, where + ".requires_sponsorship");
      }
      // "Are you authorized to work ... without sponsorship?" asks both at once.
      std::string question = knowledge::NormalizeText(field.label);
      if (question.find("without") != std::string::npos &&
          question.find("sponsor") != std::string::npos) {
        return YesNo(auth->authorized && !auth->requires_sponsorship,
                     where + ".authorized and not requires_sponsorship");
      }
      return YesNo(auth->authorized, where + ".authorized");
    }
    case FieldKey::kSalary: {
      const knowledge::Salary& s = p.salary;
      // A box naming a currency or period gets the amount, checked against both;
      // never the profile's salary text written in another currency.
      // So does a box whose own rules refuse the profile's salary sentence (too
      // long for its maxlength, another pattern).
      const bool text_refused = !s.text.empty() && TypeRejects(field, s.text).has_value();
      bool wants_number = IsChoice(field) || field.kind == ControlKind::kNumber ||
                          AsksForAmount(field) || !CurrencyNamedBy(field).empty() ||
                          !PeriodNamedBy(field).empty() || text_refused;
      if (s.amount && (wants_number || s.text.empty())) {
        Fact fact = Text(NumberText(*s.amount), "salary.amount");
        fact.number = s.amount;
        fact.currency = s.currency;
        fact.period = s.period;
        return fact;
      }
      return text(s.text, "salary");
    }
    case FieldKey::kSalaryMinimum:
    case FieldKey::kSalaryMaximum: {
      const bool lower = c.key == FieldKey::kSalaryMinimum;
      const std::optional<double>& end = lower ? p.salary.minimum : p.salary.maximum;
      if (!end) {
        missing = "the profile's salary states no range (salary.minimum and salary.maximum)";
        return std::nullopt;
      }
      Fact fact = Text(NumberText(*end), lower ? "salary.minimum" : "salary.maximum");
      fact.number = end;
      fact.currency = p.salary.currency;
      fact.period = p.salary.period;
      return fact;
    }
    case FieldKey::kSalaryCurrency: return text(p.salary.currency, "salary.currency");
    case FieldKey::kSalaryPeriod:
      // "Negotiable" or "as the company pays" beside the periods: choosing a
      // period is then choosing to name an amount, the person's call.
      for (const auto& option : field.options) {
        if (!IsPlaceholderOption(option) &&
            CategoriesOf(OptionTable::kPayPeriod, option.label).empty()) {
          missing = "\"" + option.label + "\" is offered beside the pay periods";
          return std::nullopt;
        }
      }
      // "per year": the option tables know periods by such wordings, never by a
      // bare "year" (which every experience range also says).
      return text(p.salary.period.empty() ? std::string() : "per " + p.salary.period,
                  "salary.period");
    case FieldKey::kNoticePeriod: return text(p.notice_period, "availability.notice_period");
    case FieldKey::kStartDate:
      // "When can you start?" over lengths of time from now is answered by how long
      // the notice runs, unless the start itself is one ("immediately").
      if (IsChoice(field) && OptionsAreLengthsOfTime(field) && !p.notice_period.empty() &&
          !ReadDuration(p.earliest_start)) {
        return text(p.notice_period, "availability.notice_period");
      }
      if (field.kind == ControlKind::kCombobox && field.options.empty() &&
          !p.notice_period.empty() && !ReadDuration(p.earliest_start)) {
        // A list drawn only when opened may offer lengths of time too ("2周内",
        // "1-3 months"): an option then has to mean the notice period; a date's
        // digits mean none of them.
        auto fact = text(p.earliest_start, "availability.earliest_start");
        if (fact) fact->match_text = p.notice_period;
        return fact;
      }
      return text(p.earliest_start, "availability.earliest_start");
    case FieldKey::kDateOfBirth: return text(p.date_of_birth, "date_of_birth");
    case FieldKey::kTodayDate: {
      // Signing is done the day the form is filled in: today, written as the box
      // asks (the date formatting of every date key).
      const auto now = std::chrono::year_month_day{
          std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
      char iso[16];
      std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(now.year()),
                    static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()));
      return text(iso, "today's date");
    }
    case FieldKey::kSalutation: return text(p.salutation, "salutation");
    case FieldKey::kOfAge: {
      if (p.adult) return YesNo(*p.adult, "adult");
      const auto born = ParseCalendarDate(p.date_of_birth);
      if (!born || born->day == 0) {
        missing = "the profile says neither adult nor date_of_birth";
        return std::nullopt;
      }
      const auto now = std::chrono::year_month_day{
          std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
      const int today = static_cast<int>(now.year()) * 10000 +
                        static_cast<int>(static_cast<unsigned>(now.month())) * 100 +
                        static_cast<int>(static_cast<unsigned>(now.day()));
      const int eighteenth = (born->year + 18) * 10000 + born->month * 100 + born->day;
      return YesNo(today >= eighteenth, "date_of_birth");
    }
    case FieldKey::kRelocation:
      if (!p.willing_to_relocate) {
        missing = "the profile has no preferences.relocation";
        return std::nullopt;
      }
      return YesNo(*p.willing_to_relocate, "preferences.relocation");
    case FieldKey::kRemote:
      if (p.remote.empty()) {
        missing = "the profile has no preferences.remote";
        return std::nullopt;
      }
      if (field.kind == ControlKind::kCheckbox || OptionsAreYesNo(field)) {
        return YesNo(p.remote != "onsite", "preferences.remote");
      }
      return Text(p.remote == "onsite" ? "On-site" : Capitalised(p.remote), "preferences.remote");
    case FieldKey::kGender: return text(p.eeo.gender, "eeo.gender");
    case FieldKey::kHispanicLatino: return text(p.eeo.hispanic_latino, "eeo.hispanic_latino");
    case FieldKey::kRace: return text(p.eeo.race, "eeo.race");
    case FieldKey::kVeteran:
      // "Are you a veteran?" as Yes / No (a tax-credit screening's military service)
      // is not answered by a protected-veteran status: one who served long ago is a
      // veteran, yet no protected one.
      if (OptionsAreYesNo(field) &&
          knowledge::HasPhrase(knowledge::NormalizeText(p.eeo.veteran), "protected") &&
          !knowledge::HasPhrase(knowledge::NormalizeText(perception::QuestionOf(field)),
                                "protected")) {
        missing = "eeo.veteran tells the protected-veteran status, not whether one served";
        return std::nullopt;
      }
      return text(p.eeo.veteran, "eeo.veteran");
    case FieldKey::kDisability: return text(p.eeo.disability, "eeo.disability");
    case FieldKey::kHowHeard: return text(p.how_heard, "how_heard");
    case FieldKey::kSkills: {
      if (p.skills.empty()) {
        missing = "the profile lists no skills";
        return std::nullopt;
      }
      if (field.kind == ControlKind::kCheckboxGroup) {
        missing = "a group is ticked by the options the skills name, not by one option";
        return std::nullopt;
      }
      Fact fact;
      for (const auto& skill : p.skills) fact.text += (fact.text.empty() ? "" : ", ") + skill;
      fact.reason = "profile.skills";
      fact.items = p.skills;
      return fact;
    }
    case FieldKey::kPositionApplied:
      missing = "only a list of openings, one of them the posting's, names the position";
      return std::nullopt;
    case FieldKey::kDocumentType:
      missing = "a document's type is the kind of the profile's file its row names";
      return std::nullopt;
    case FieldKey::kOtherDocuments:
      missing = "the profile holds no documents besides the resume and the cover letter";
      return std::nullopt;
    case FieldKey::kConsent:
    case FieldKey::kOptIn:
    case FieldKey::kUnknown: break;
  }
  missing = "the profile has no fact for this kind of field";
  return std::nullopt;
}

std::string JoinParts(const std::vector<std::string>& parts) {
  std::string joined;
  for (const auto& part : parts) joined += (joined.empty() ? "" : "/") + part;
  return joined;
}

bool IsDateKey(FieldKey key) {
  return key == FieldKey::kStartDate || key == FieldKey::kDateOfBirth ||
         key == FieldKey::kTodayDate || key == FieldKey::kJobStart || key == FieldKey::kJobEnd ||
         key == FieldKey::kEducationStart || key == FieldKey::kEducationEnd;
}

// Whether the field counts years in Taiwan's ROC (民國) calendar: its label,
// hint or options say so ("起始年（民國）", "民國 110 年"). Year N of it is N + 1911.
bool CountsRocYears(const Field& field) {
  auto roc = [](std::string_view text) {
    return text.find("民國") != std::string_view::npos ||
           text.find("民国") != std::string_view::npos;
  };
  if (roc(field.label) || roc(field.placeholder) || roc(field.hint)) return true;
  return std::any_of(field.options.begin(), field.options.end(),
                     [&](const perception::Option& option) { return roc(option.label); });
}

constexpr int kRocYearOffset = 1911;  // 民國 1 年 is 1912

// The whole text read as a number ("2017", "03"); nothing for any other text.
std::optional<int> WholeNumber(std::string_view text) {
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

// The numbers a list offers, read from each selectable option's value, else its
// label; empty when an option holds anything else ("Other", a month's name only).
std::vector<int> ListedNumbers(const Field& field) {
  std::vector<int> numbers;
  for (const perception::Option& option : field.options) {
    if (option.value.empty() && !numbers.empty()) return {};
    if (option.value.empty() || option.disabled) continue;  // the prompt
    std::optional<int> number = WholeNumber(option.value);
    if (!number) number = WholeNumber(option.label);
    if (!number) return {};
    numbers.push_back(*number);
  }
  return numbers;
}

// Whether the field counts years in the Buddhist Era (พ.ศ., Thailand's calendar):
// its label, hint or options say so ("พ.ศ.", "พุทธศักราช"), or every year it
// lists is one (from 2400: พ.ศ. 2400 is 1857, centuries before any Gregorian year
// a form offers). Year N of it is N - 543.
bool CountsBuddhistEraYears(const Field& field) {
  auto says = [](std::string_view text) {
    const std::string norm = knowledge::NormalizeText(text);
    return norm.find("พ ศ") != std::string::npos || norm.find("พุทธศักราช") != std::string::npos;
  };
  if (says(field.label) || says(field.placeholder) || says(field.hint)) return true;
  const std::vector<int> years = ListedNumbers(field);
  constexpr int kFirstEraYearListed = 2400;
  return !years.empty() && std::all_of(years.begin(), years.end(), [](int year) {
    return year >= kFirstEraYearListed && year < kFirstEraYearListed + 1000;
  });
}

constexpr int kBuddhistEraOffset = 543;  // พ.ศ. 2568 is 2025

// The date part a list holds by what it lists, whatever its label says (the three
// lists of a birth date under one "วันเดือนปีเกิด" or "Date of birth"): years
// (four digits), the twelve months (1-12), or the days of a month (1 to 28-31).
// "" for any other list.
std::string DatePartListed(const Field& field) {
  const std::vector<int> numbers = ListedNumbers(field);
  if (numbers.size() < 2) return "";
  const auto [low, high] = std::minmax_element(numbers.begin(), numbers.end());
  constexpr int kFirstYear = 1000;
  constexpr int kLastYear = 9999;
  if (*low >= kFirstYear && *high <= kLastYear) return "YYYY";
  constexpr std::size_t kMonths = 12;
  constexpr std::size_t kShortestMonth = 28;
  constexpr std::size_t kLongestMonth = 31;
  if (*low != 1 || static_cast<std::size_t>(*high) != numbers.size()) return "";
  if (numbers.size() == kMonths) return "MM";
  if (numbers.size() >= kShortestMonth && numbers.size() <= kLongestMonth) return "DD";
  return "";
}

// The date part a Chinese, Japanese or Korean label names by its last word:
// "起始年", "可上班日：年（民國）", "입학년도" a year, "起始月" a month, "日" alone
// a day. A word that names two parts ("生年月日", "入社年月") or a date as a
// whole ("可上班日", "입사 가능일") names none.
std::string CjkDatePartNamed(std::string_view label) {
  std::vector<std::string> words = knowledge::Words(knowledge::NormalizeText(label));
  std::erase_if(words, [](const std::string& word) {
    return word == "民國" || word == "民国" || word == "西元" || word == "公元";
  });
  if (words.empty() || !knowledge::IsCjk(words.back())) return "";
  const std::string& last = words.back();
  auto holds = [&](std::string_view mark) { return last.find(mark) != std::string::npos; };
  const bool year = holds("年") || holds("년") || holds("연도");
  const bool month = holds("月") || holds("월");
  if (year && !month) {
    for (std::string_view end : {"年", "年度", "年份", "년", "년도", "연도"}) {
      if (last.ends_with(end)) return "YYYY";
    }
    return "";
  }
  if (month && !year) return last.ends_with("月") || last.ends_with("월") ? "MM" : "";
  if (!year && !month && (last == "日" || last == "일")) return "DD";
  return "";
}

// A box or list that holds one part of a date ("Start Date Month", "Jahr",
// "Start Date Year", "起始年", "Day"): "MM", "YYYY" or "DD", from its label, else
// from its placeholder (the start box of a range labelled "就读时间" says
// "开始年份"); "" when they name none or several.
std::string DatePartNamedIn(const Field& field, const std::string& text);
std::string DatePartNamed(const Field& field) {
  const std::string by_label = DatePartNamedIn(field, field.label);
  if (!by_label.empty()) return by_label;
  if (IsChoice(field)) return DatePartListed(field);
  if (field.placeholder.empty()) return by_label;
  return DatePartNamedIn(field, field.placeholder);
}
std::string DatePartNamedIn(const Field& field, const std::string& text) {
  // Danish and Norwegian måned and år, Swedish månad and år, Czech měsíc, as NormalizeText
  // writes them; Indonesian bulan, tahun and hari; Hungarian hónap, év and nap, Romanian
  // luna, anul and ziua (never "an", the English article) and the "zz.ll.aaaa" of its
  // templates, Ukrainian місяць, рік and день, Greek μήνας, έτος and ημέρα; Croatian
  // mjesec, godina and dan, and the "GGGG" of its templates; Lithuanian's "MMMM" (metai,
  // the year) beside the month's "MM"; the "MMM" of a layout that writes the month as a
  // word ("dd-MMM-yyyy": a "MMMM" there is read with the whole layout, never alone);
  // Finnish kuukausi, vuosi and päivä and Estonian kuu, aasta and päev, with the
  // "pp.kk.vvvv" and "pp.kk.aaaa" of their templates (a whole date, not its year);
  // Welsh mis, blwyddyn (mutated flwyddyn) and diwrnod, and the "BBBB" (blwyddyn) of
  // "MM/BBBB" and "DD/MM/BBBB".
  static constexpr std::string_view kMonth[] = {
      "month", "monat", "mois",   "mes",   "mese",  "maand", "mm",       "miesiac",
      "maned", "manad", "mesic",  "bulan", "honap", "luna",  "місяць",   "μηνασ",
      "μηνα",  "ll",    "mjesec", "mmm",   "kk",    "kuu",   "kuukausi", "mis"};
  static constexpr std::string_view kYear[] = {
      "year",   "jahr", "annee", "ano",   "anno",  "jaar", "rok",      "yyyy",    "jjjj",
      "aaaa",   "rrrr", "ar",    "tahun", "ev",    "anul", "рік",      "ετοσ",    "gggg",
      "godina", "mmmm", "vvvv",  "vuosi", "aasta", "bbbb", "blwyddyn", "flwyddyn"};
  // A day only in a list of days or a box named by the word alone: "Start day"
  // is as often the whole date.
  static constexpr std::string_view kDay[] = {
      "day", "tag",  "jour",  "dia", "giorno", "dag", "dd",    "hari", "nap",    "ziua",
      "zi",  "день", "ημερα", "zz",  "dan",    "pp",  "paiva", "paev", "diwrnod"};
  // Words that name a part in one language and are common words of another (Welsh
  // "ar", "on", is what Scandinavian "år" folds to; Spanish "mis", "my", is the Welsh
  // month; Turkish "ev", "home", the Hungarian year) name it only on a page in one of
  // their languages, or one that names none.
  struct BoundWord {
    std::string_view word;
    std::string_view languages;
  };
  static constexpr BoundWord kBound[] = {
      {"ar", " da nb nn no sv "}, {"mis", " cy "}, {"ev", " hu "}};
  const std::string lang = LanguageOf(field);
  const auto speaks = [&](const std::string& word) {
    const auto bound = std::find_if(std::begin(kBound), std::end(kBound),
                                    [&](const BoundWord& b) { return b.word == word; });
    return bound == std::end(kBound) || lang.empty() ||
           bound->languages.find(" " + lang + " ") != std::string_view::npos;
  };
  const std::string label = knowledge::NormalizeText(text);
  bool month = false, year = false, day = false;
  for (const std::string& word : knowledge::Words(label)) {
    if (!speaks(word)) continue;
    month = month || std::find(std::begin(kMonth), std::end(kMonth), word) != std::end(kMonth);
    year = year || std::find(std::begin(kYear), std::end(kYear), word) != std::end(kYear);
    day = day || (std::find(std::begin(kDay), std::end(kDay), word) != std::end(kDay) &&
                  (IsChoice(field) || label == word));
  }
  const int named = (month ? 1 : 0) + (year ? 1 : 0) + (day ? 1 : 0);
  if (named == 0) return CjkDatePartNamed(text);
  if (named > 1) return "";
  return month ? "MM" : year ? "YYYY" : "DD";
}

// The date fact reduced to the part the field holds: "2021-03" is "2021" in a
// year list and March in a month list, never the whole date matched to the
// nearest option; in a list of ROC years, 2021 is 民國 110. nullopt with
// `missing` when the date lacks the part.
std::optional<Fact> DatePartFact(const Field& field, Fact fact, std::string& missing) {
  if (field.kind == ControlKind::kDate || field.kind == ControlKind::kDateParts) return fact;
  const std::string part = DatePartNamed(field);
  const auto date = ParseCalendarDate(fact.text);
  if (part.empty() || !date) return fact;
  if (part == "MM" && date->month == 0) {
    missing = "\"" + fact.text + "\" (" + fact.reason + ") names no month";
    return std::nullopt;
  }
  if (part == "DD" && date->day == 0) {
    missing = "\"" + fact.text + "\" (" + fact.reason + ") names no day";
    return std::nullopt;
  }
  int wanted = part == "MM" ? date->month : part == "DD" ? date->day : date->year;
  fact.reason += part == "MM" ? " (its month)" : part == "DD" ? " (its day)" : " (its year)";
  if (part == "YYYY" && CountsRocYears(field)) {
    wanted -= kRocYearOffset;
    fact.reason += " as a 民國 year (" + std::to_string(date->year) + " - 1911)";
  } else if (part == "YYYY" && CountsBuddhistEraYears(field)) {
    wanted += kBuddhistEraOffset;
    fact.reason += " as a พ.ศ. year (" + std::to_string(date->year) + " + 543)";
  }
  fact.match_text.clear();
  if (!IsChoice(field)) {
    fact.text =
        part != "YYYY" && wanted < 10 ? "0" + std::to_string(wanted) : std::to_string(wanted);
    return fact;
  }
  // Options show the month as a number or a name ("03", "3", "March"), a year as
  // a number, perhaps with its era's words ("民國 110 年"): the one that means it.
  for (const perception::Option& option : field.options) {
    for (const std::string* text : {&option.value, &option.label}) {
      const std::optional<int> number = WholeNumber(*text);
      int meant = number.value_or(0);
      if (!number && part == "MM") {
        if (auto named = ParseCalendarDate(*text + " 2000"); named && named->year == 2000) {
          meant = named->month;
        }
      }
      if (meant == wanted) {
        fact.text = option.label;
        return fact;
      }
    }
  }
  missing = "no option of \"" + field.label + "\" is " + std::to_string(wanted);
  return std::nullopt;
}

bool IsLinkKey(FieldKey key) {
  return key == FieldKey::kLinkedin || key == FieldKey::kGithub || key == FieldKey::kPortfolio ||
         key == FieldKey::kWebsite;
}

// The fact written as this text field wants it (value_format.h).
FormatResult Written(const Field& field, FieldKey key, const Fact& fact, const PageContext& page) {
  if ((key == FieldKey::kPhone || key == FieldKey::kHomePhone) && page.phone_area_code_field) {
    return Formatted{fact.text, "the number after its area code (asked apart)"};
  }
  if (key == FieldKey::kPhone || key == FieldKey::kHomePhone) {
    return FormatPhone(field, fact.text, fact.phone_code, fact.phone_country,
                       PhoneContext{page.phone_country_code_field &&
                                    !page.phone_boxes_without_code.contains(field.Key())});
  }
  if (key == FieldKey::kNoticePeriod && !IsChoice(field)) {
    // A box that counts the notice in a unit it names ("Notice period (in days)",
    // "הודעה מוקדמת (בימים)", often a digits-only box): the length in that unit.
    if (const auto unit = UnitAskedFor(field.label + " " + field.placeholder + " " + field.hint)) {
      if (const auto count = CountIn(fact.text, *unit)) {
        return Formatted{std::to_string(*count), "the length of time in the unit its label names"};
      }
      return std::unexpected("\"" + fact.text + "\" is no whole number of the unit \"" +
                             field.label + "\" counts in");
    }
  }
  if (IsDateKey(key) || field.kind == ControlKind::kDate) return FormatDate(field, fact.text);
  if (fact.number) {
    FormatResult number = fact.currency.empty()
                              ? FormatNumber(field, *fact.number)
                              : FormatAmount(field, *fact.number, fact.currency, fact.period);
    // A free-text box that names no currency gets it spelled out: "185000 USD";
    // not where the posting shows its pay in that currency, which the bare number
    // then reads in (and a box that checks for a number takes), nor in the two
    // ends of a range, amounts whose currency the page asks or states once for both.
    const std::string posting_currency = CurrencyOfPayIn(page.posting_text);
    const bool posting_says_it =
        !posting_currency.empty() && CurrencyFits(posting_currency, fact.currency);
    const bool range_end = key == FieldKey::kSalaryMinimum || key == FieldKey::kSalaryMaximum;
    if (number && !range_end && !fact.currency.empty() && field.kind != ControlKind::kNumber &&
        !AsksForAmount(field) && CurrencyNamedBy(field).empty() && field.pattern.empty() &&
        field.input_mode.empty() && !posting_says_it) {
      number->text += " " + fact.currency;
    }
    return number;
  }
  if (IsLinkKey(key) || field.kind == ControlKind::kUrl) return FormatUrl(field, fact.text);
  if (field.kind == ControlKind::kNumber) {
    // A number box takes digits only: a saved "165000 USD" -> "165000".
    std::string digits;
    for (char c : fact.text) {
      if ((c >= '0' && c <= '9') || c == '.')
        digits += c;
      else if (!digits.empty() && c != ',')
        break;
    }
    if (digits.empty()) return std::unexpected("\"" + fact.text + "\" is not a number");
    return Formatted{digits, "digits of the answer (type=number)"};
  }
  return Formatted{fact.text, "as written"};
}

// Facts a person can write in their own words where a list does not name them:
// a referral source, a school, a place, an employer. Never a yes/no, an amount or a
// self-identification (whose "decline" is no answer to write out).
bool TakesOwnWords(FieldKey key) {
  switch (key) {
    case FieldKey::kHowHeard:
    case FieldKey::kPronouns:
    case FieldKey::kSchool:
    case FieldKey::kDiscipline:
    case FieldKey::kCity:
    case FieldKey::kCountry:
    case FieldKey::kCurrentCompany:
    case FieldKey::kCurrentTitle:
    case FieldKey::kEmployer:
    case FieldKey::kJobTitle: return true;
    default: return false;
  }
}

// The "Other" option that comes with a box of its own (perception::Option::specify).
std::optional<int> SpecifyOption(const std::vector<perception::Option>& options) {
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i].specify && !options[i].disabled) return static_cast<int>(i);
  }
  return std::nullopt;
}

// Shapes a fact or a text answer to the control: an option for choice fields, a
// checkbox state, a file, or text. nullopt with a note when it does not fit.
Attempt Realise(const Field& field, FieldKey hint, const Fact& fact, AnswerSource source,
                double confidence, const PageContext& page) {
  Answer answer;
  answer.source = source;
  answer.confidence = confidence;
  answer.reason = fact.reason;
  switch (field.kind) {
    case ControlKind::kFile:
      if (fact.file.empty()) return {std::nullopt, "no file for a file field"};
      answer.file_path = fact.file;
      return {answer, {}};
    case ControlKind::kDateParts: {
      // Boxes nobody must fill take what the date says (the year of "2017") and
      // leave the month empty; required ones ask for the whole date.
      auto parts = DatePartsText(field.date_parts, fact.text, !field.required);
      if (!parts) {
        return {std::nullopt, "\"" + fact.text + "\" is not a date the boxes " +
                                  JoinParts(field.date_parts) + " can take"};
      }
      answer.text = *parts;
      return {answer, {}};
    }
    case ControlKind::kCheckbox: {
      std::optional<bool> yes = fact.yes ? fact.yes : ParseYesNo(fact.text);
      if (!yes) return {std::nullopt, "\"" + fact.text + "\" is not a yes/no for a checkbox"};
      answer.check = *yes;
      answer.text = *yes ? "checked" : "unchecked";
      answer.decided_by = {fact.reason + " = " + (*yes ? "yes" : "no")};
      return {answer, {}};
    }
    default: break;
  }
  if (IsChoice(field)) {
    // Bands of money in another currency than the amount's ("Más de 80.000 €" for
    // a salary in USD): which band holds it depends on a rate that is not ours to
    // choose, so the person answers.
    if (fact.number && !fact.currency.empty()) {
      std::string shown;
      for (int index : SelectableOptions(field.options)) {
        shown += field.options[static_cast<std::size_t>(index)].label + "\n";
      }
      const std::string named = CurrencyOfPayIn(shown);
      if (!named.empty() && !CurrencyFits(named, fact.currency)) {
        return {std::nullopt, "the options are amounts in " + named + ", " + fact.reason +
                                  " is in " + fact.currency + ": converting is not ours to do"};
      }
    }
    auto match =
        MatchOption(field.options, fact.match_text.empty() ? fact.text : fact.match_text, hint);
    bool by_school = false;
    if (!match && hint == FieldKey::kDegree && !fact.school.empty()) {
      match = DegreeAtSchoolKind(field.options, fact.text, fact.school);
      by_school = match.has_value();
    }
    // A list of one country's regions or cities (Japan's prefectures, Vietnam's
    // provinces asked as where one lives) that does not hold the person's, with a
    // choice for living elsewhere ("海外", "Outside the US"); or a choice of where
    // one lives between a country and the rest of the world ("India / Outside
    // India").
    const bool one_country_or_abroad =
        hint == FieldKey::kCountry &&
        std::ranges::any_of(SelectableOptions(field.options), [&](int index) {
          return knowledge::FindCountry(field.options[static_cast<std::size_t>(index)].label);
        });
    if (!match && (TakesAbroadOption(hint) || one_country_or_abroad)) {
      if (const std::optional<int> abroad =
              AbroadOption(field.options, fact.match_text.empty() ? fact.text : fact.match_text)) {
        const perception::Option& option = field.options[static_cast<std::size_t>(*abroad)];
        answer.text = option.label;
        answer.option_value = option.value.empty() ? option.label : option.value;
        answer.decided_by = {fact.reason + " = \"" + fact.text + "\", which no option names",
                             "option \"" + option.label + "\" is for addresses outside the list"};
        answer.reason += "; outside the list's country";
        return {answer, {}};
      }
    }
    // "How did you hear about us?" by kind of channel: "Social Media" for
    // LinkedIn, where the list names no service.
    const std::vector<int> channels = !match && hint == FieldKey::kHowHeard
                                          ? ChannelOptions(field.options, fact.text)
                                          : std::vector<int>();
    if (!channels.empty()) {
      auto chosen = [&](int index) {
        const perception::Option& option = field.options[static_cast<std::size_t>(index)];
        Answer choice = answer;
        choice.text = option.label;
        choice.option_value = option.value.empty() ? option.label : option.value;
        choice.decided_by = {fact.reason + " = \"" + fact.text + "\", which no option names",
                             "option \"" + option.label + "\" is the kind of channel it is"};
        return choice;
      };
      answer = chosen(channels.front());
      for (std::size_t i = 1; i < channels.size(); ++i) {
        Answer other = chosen(channels[i]);
        if (field.kind == ControlKind::kCheckboxGroup) {
          // "Check all that apply": every kind it is.
          answer.decided_by.push_back(other.decided_by.back());
          answer.option_values.push_back(other.option_value);
        } else {
          answer.alternatives.push_back(std::move(other));
        }
      }
      if (field.kind == ControlKind::kCheckboxGroup) {
        answer.option_values.insert(answer.option_values.begin(), answer.option_value);
        answer.option_value.clear();
      }
      return {answer, {}};
    }
    // A referral-source list without the person's source (LinkedIn) among its
    // options but with "Other:" and a box for the answer in one's own words (form
    // builders' "Other" choice): that option, with the fact written in its box.
    if (!match && TakesOwnWords(hint) && !fact.yes && !fact.number && !fact.text.empty()) {
      if (const std::optional<int> other = SpecifyOption(field.options)) {
        const perception::Option& option = field.options[static_cast<std::size_t>(*other)];
        answer.text = option.label;
        const std::string value = option.value.empty() ? option.label : option.value;
        if (field.kind == ControlKind::kCheckboxGroup) {
          answer.option_values = {value};
        } else {
          answer.option_value = value;
        }
        answer.specified = fact.text;
        answer.decided_by = {fact.reason + " = \"" + fact.text + "\", which no option names",
                             "option \"" + option.label + "\" takes it in its own box"};
        return {answer, {}};
      }
    }
    if (!match) {
      return {std::nullopt, "no option matches \"" + fact.text + "\" (from " + fact.reason + ")"};
    }
    const perception::Option& option = field.options[static_cast<std::size_t>(match->index)];
    answer.text = option.label;
    answer.decided_by = fact.decided_by.empty()
                            ? std::vector<std::string>{fact.reason + " = \"" + fact.text + "\""}
                            : fact.decided_by;
    if (by_school) answer.decided_by.push_back("the degree is from \"" + fact.school + "\"");
    answer.decided_by.push_back("option by " + match->reason);
    std::string value = option.value.empty() ? option.label : option.value;
    if (field.kind == ControlKind::kCheckboxGroup)
      answer.option_values = {value};
    else
      answer.option_value = value;
    answer.confidence = std::min(confidence, match->confidence);
    return {answer, {}};
  }
  if (fact.text.empty()) return {std::nullopt, "empty answer"};
  FormatResult written = Written(field, hint, fact, page);
  if (!written) return {std::nullopt, written.error()};
  if (auto why = TypeRejects(field, written->text)) {
    return {std::nullopt, "\"" + written->text + "\" does not fit: " + *why, true};
  }
  if (auto why = WhyFieldRejects(field, hint, written->text)) {
    return {std::nullopt, "\"" + written->text + "\" does not fit: " + *why};
  }
  answer.text = written->text;
  answer.other_forms = written->other_forms;
  answer.international = written->international;
  if (written->how != "as written") answer.reason += "; " + written->how;
  if (field.kind == ControlKind::kCombobox && !fact.items.empty()) {
    answer.entries = fact.items;
    return {answer, {}};
  }
  if (field.kind == ControlKind::kCombobox) {
    // Suggestions come as you type: what to type, and what the one to pick means.
    answer.queries = TypeaheadQueries(answer.text, hint, field.lang);
    if (!fact.match_text.empty()) {
      for (auto& query : TypeaheadQueries(fact.match_text, hint)) {
        if (std::find(answer.queries.begin(), answer.queries.end(), query) ==
            answer.queries.end()) {
          answer.queries.push_back(std::move(query));
        }
      }
    }
    answer.match_text = fact.match_text;
    answer.match_key = hint;
  }
  return {answer, {}};
}

// Whether a checkbox group asks about skills ("Which technologies have you used?
// Check all that apply"), in the languages the classifier covers.
bool AsksAboutSkills(const Field& field) {
  const std::string question =
      " " + knowledge::NormalizeText(field.label + " " + field.context) + " ";
  for (const char* word : {" skill", " technolog", " tools ", " frameworks ", " languages ",
                           " stack ", " experience with ", " proficien", " kenntnisse ",
                           " technologien ", " competence", " competenc", " conocimientos ",
                           " tecnologia", " competenz", " vaardigheden ", " 技術", " スキル"}) {
    if (question.find(word) != std::string::npos) return true;
  }
  return false;
}

// The same skill: "C++" and "c++", "PostgreSQL" and "Postgresql"; compared on the
// text itself (lower-cased, trimmed) so that "C++", "C#" and "C" stay apart.
bool SameSkill(std::string_view a, std::string_view b) {
  auto key = [](std::string_view text) {
    std::string out;
    for (char c : text) {
      if (c != ' ' && c != '.' && c != '-' && c != '_') {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    return out;
  };
  const std::string ka = key(a);
  if (ka.empty()) return false;
  if (ka == key(b)) return true;
  // A product named with or without its maker: "Apache Kafka" is Kafka,
  // "Microsoft Excel" is Excel.
  static constexpr std::string_view kMakers[] = {
      "apache", "google",    "amazon",  "aws",   "microsoft",  "azure",     "oracle",  "ibm",
      "redhat", "hashicorp", "elastic", "adobe", "salesforce", "atlassian", "mongodb", "sap"};
  const std::string kb = key(b);
  for (std::string_view maker : kMakers) {
    if ((ka.size() > maker.size() && ka.starts_with(maker) && ka.substr(maker.size()) == kb) ||
        (kb.size() > maker.size() && kb.starts_with(maker) && kb.substr(maker.size()) == ka)) {
      return true;
    }
  }
  return false;
}

// A checkbox group about skills answered as the set the profile's skills decide:
// every option a skill names is checked, the others not. nullopt when the group
// is not about skills or no option is a listed skill (then it is asked).
std::optional<Answer> SkillsAnswer(const Field& field, const std::vector<std::string>& skills) {
  if (skills.empty()) return std::nullopt;
  Answer answer;
  int named = 0;
  for (int index : SelectableOptions(field.options)) {
    const auto& option = field.options[static_cast<std::size_t>(index)];
    for (const auto& skill : skills) {
      if (!SameSkill(option.label, skill) && !SameSkill(option.value, skill)) continue;
      answer.option_values.push_back(option.value.empty() ? option.label : option.value);
      answer.text += (answer.text.empty() ? "" : ", ") + option.label;
      answer.decided_by.push_back("profile.skills has \"" + skill + "\"");
      ++named;
      break;
    }
  }
  if (named == 0 || (named < 2 && !AsksAboutSkills(field))) return std::nullopt;
  answer.decided_by.push_back("every other option: not in profile.skills");
  answer.source = AnswerSource::kProfile;
  answer.confidence = 0.9;
  answer.reason = "profile.skills";
  return answer;
}

// The listed skill a Yes / No question asks experience of ("Do you have experience
// with Kafka?", "Do you have commercial C++ experience?"): the question names it as
// a whole word ("Go" is not in "Google") beside a word for experience. Empty when it
// names none, asks of no experience, or asks how much ("3+ years of Go", "mehrere
// Jahre"): a listed skill says nothing of how long.
std::string SkillAskedOf(std::string_view question, const std::vector<std::string>& skills) {
  const std::string norm = " " + knowledge::NormalizeText(question) + " ";
  if (std::ranges::any_of(question, [](char ch) { return ch >= '0' && ch <= '9'; })) return {};
  static constexpr std::string_view kHowMuch[] = {
      " year",  " years ", " jahre", " jahren", " ans ",    " annees",    " anos ",
      " años ", " anni ",  " jaar ", " month",  " several", " extensive", " senior "};
  if (std::ranges::any_of(kHowMuch,
                          [&](std::string_view w) { return norm.find(w) != std::string::npos; })) {
    return {};
  }
  static constexpr std::string_view kExperience[] = {
      " experience",  " familiar ",   " proficien",  " worked with ", " hands on ",   " erfahrung",
      " kenntnisse ", " experiencia", " esperienza", " ervaring",     " conhecimento"};
  if (std::ranges::none_of(kExperience,
                           [&](std::string_view w) { return norm.find(w) != std::string::npos; })) {
    return {};
  }
  return SkillNamedIn(question, skills);
}

// The option of a list of openings that the posting names: the one whose words
// its text holds, the longest where one holds another ("Senior Backend Engineer"
// over "Backend Engineer"); nullopt when none does, or two unrelated ones do.
std::optional<int> PostingsOption(const std::vector<perception::Option>& options,
                                  std::string_view posting_text) {
  if (posting_text.empty()) return std::nullopt;
  const std::string posting = knowledge::NormalizeText(posting_text);
  std::vector<std::pair<int, std::string>> named;
  for (int index : SelectableOptions(options)) {
    const std::string label =
        knowledge::NormalizeText(options[static_cast<std::size_t>(index)].label);
    if (knowledge::Words(label).size() >= 2 && knowledge::HasPhrase(posting, label)) {
      named.emplace_back(index, label);
    }
  }
  if (named.empty()) return std::nullopt;
  const auto longest = std::ranges::max_element(
      named, [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
  for (const auto& [index, label] : named) {
    if (!knowledge::HasPhrase(longest->second, label)) return std::nullopt;
  }
  return longest->first;
}

// The option of a document-type list that is the kind of the profile's file the
// field's row names (the uploaded file's name in its hint, beside it or in its
// label): the resume's kind for the resume, the cover letter's for the cover
// letter, each option read as an upload's label would be. nullopt, with `why`,
// when the row names no file of the profile's (or both), or not exactly one
// option is of that kind.
std::optional<int> DocumentTypeOption(const knowledge::Profile& p, const Field& field,
                                      const FieldClassifier& classifier, std::string& why) {
  const std::string row =
      knowledge::NormalizeText(field.label + " " + field.hint + " " + field.context);
  auto named = [&](const std::filesystem::path& file) {
    return !file.empty() &&
           knowledge::HasPhrase(row, knowledge::NormalizeText(file.filename().string()));
  };
  const bool resume = named(p.resume);
  if (resume == named(p.cover_letter)) {
    why = resume ? "the row names both the resume and the cover letter"
                 : "the row names no file of the profile's";
    return std::nullopt;
  }
  const FieldKey kind = resume ? FieldKey::kResume : FieldKey::kCoverLetter;
  std::optional<int> found;
  for (int index : SelectableOptions(field.options)) {
    Field as_upload;
    as_upload.kind = ControlKind::kFile;
    as_upload.label = field.options[static_cast<std::size_t>(index)].label;
    const Classification c = classifier.Classify(as_upload);
    if (c.key != kind || c.confidence < kFillThreshold) continue;
    if (found) {
      why = "two options are a " + std::string(ToString(kind));
      return std::nullopt;
    }
    found = index;
  }
  if (!found) why = "no option is a " + std::string(ToString(kind));
  return found;
}

// The option of a list of the resumes the applicant's account holds (a job board's
// "Select a resume" step: USAJOBS's Apply Online, Indeed's and LinkedIn's saved
// resume cards): a single choice whose title, read as an upload's label would be,
// is the resume, and is no question ("Do you have a resume?"). The option named
// like the profile's resume file; with none, the only document the account holds,
// which is the one any application from it sends. nullopt, with `why`, when it is
// no such list, or it holds several and none is the profile's file.
std::optional<int> SavedResumeOption(const knowledge::Profile& p, const Field& field,
                                     const FieldClassifier& classifier, std::string& why) {
  if (p.resume.empty() || !IsChoice(field) || field.kind == ControlKind::kCheckboxGroup ||
      field.label.find('?') != std::string::npos) {
    return std::nullopt;
  }
  // A list's title names its items in the plural ("Saved resumes", "Your CVs"),
  // an upload's label the one file: each word is read in the singular too.
  std::string singular;
  for (const std::string& word : knowledge::Words(knowledge::NormalizeText(field.label))) {
    const bool plural = word.size() >= 3 && word.back() == 's' && !word.ends_with("ss");
    singular += (singular.empty() ? "" : " ") + (plural ? word.substr(0, word.size() - 1) : word);
  }
  auto names_resume = [&](const std::string& label) {
    Field as_upload;
    as_upload.kind = ControlKind::kFile;
    as_upload.lang = field.lang;
    as_upload.label = label;
    const Classification c = classifier.Classify(as_upload);
    return c.key == FieldKey::kResume && c.confidence >= kFillThreshold;
  };
  if (!names_resume(field.label) && !names_resume(singular)) return std::nullopt;
  const std::vector<int> options = SelectableOptions(field.options);
  const std::string file = knowledge::NormalizeText(p.resume.filename().string());
  std::optional<int> named;
  for (int index : options) {
    const std::string label =
        knowledge::NormalizeText(field.options[static_cast<std::size_t>(index)].label);
    if (!file.empty() && knowledge::HasPhrase(label, file)) {
      if (named) {
        why = "two saved resumes are named like the profile's resume file";
        return std::nullopt;
      }
      named = index;
    }
  }
  if (named) return named;
  if (options.size() == 1) return options.front();
  why = "the account holds several resumes and none is named like the profile's file";
  return std::nullopt;
}

// A choice control that already holds a real option, not a "Select..." prompt.
bool HoldsRealChoice(const Field& field) {
  if (field.value.empty()) return false;
  // (A group of checkboxes holds one when the page ticked some: the position or store
  // the posting was for, among others one may add.)
  if (field.kind == ControlKind::kSelect || field.kind == ControlKind::kRadioGroup ||
      field.kind == ControlKind::kCheckboxGroup) {
    return std::any_of(field.options.begin(), field.options.end(), [&](const auto& option) {
      return option.selected && !IsPlaceholderOption(option);
    });
  }
  if (field.kind != ControlKind::kCombobox) return false;
  // A prompt in the page's language ("Chọn", "Bitte wählen", "请选择") is no choice.
  const std::string text = knowledge::NormalizeText(field.value);
  for (const char* prompt : {"select", "choose", "please", "pick", "none"}) {
    if (text.find(prompt) != std::string::npos) return false;
  }
  for (const char* prompt :
       {"chon",         "wahlen",    "auswahlen",   "bitte",       "choisir",    "selectionner",
        "selectionnez", "veuillez",  "seleccione",  "seleccionar", "selecciona", "elija",
        "elige",        "seleziona", "selezionare", "scegli",      "selecione",  "selecionar",
        "escolha",      "kies",      "selecteer",   "wybierz",     "vyberte",    "valitse",
        "valj",         "vaelg",     "velg",        "seciniz",     "выберите",   "выбрать"}) {
    if (knowledge::HasPhrase(text, prompt)) return false;
  }
  for (const char* prompt : {"选择", "選択", "選擇", "선택"}) {
    if (text.find(prompt) != std::string::npos) return false;
  }
  return true;
}

std::string Trim(std::string text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return {};
  std::size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(start, end - start + 1);
}

// A box of typed text that the page filled and lets nobody type in.
bool HoldsPagesOwnText(const Field& field) {
  switch (field.kind) {
    case ControlKind::kText:
    case ControlKind::kEmail:
    case ControlKind::kTel:
    case ControlKind::kUrl:
    case ControlKind::kNumber:
    case ControlKind::kTextarea: break;
    default: return false;
  }
  return field.read_only && !Trim(field.value).empty();
}

// Whether the field already shows this answer, so acting again would be noise.
bool AlreadyHolds(const Field& field, const Answer& answer, FieldKey key) {
  switch (field.kind) {
    case ControlKind::kFile: {
      // The box shows the file's name (its own list, or the name the page drew
      // beside it after taking the file): that file is there already.
      const std::string name = std::filesystem::path(answer.file_path).filename().string();
      if (name.empty() || field.value.empty()) return false;
      for (std::size_t start = 0; start <= field.value.size();) {
        const std::size_t comma = std::min(field.value.find(',', start), field.value.size());
        if (Trim(field.value.substr(start, comma - start)) == name) return true;
        start = comma + 1;
      }
      return false;
    }
    case ControlKind::kCheckbox: return field.checked == answer.check;
    case ControlKind::kCheckboxGroup: {
      std::vector<std::string> checked;
      for (const auto& option : field.options) {
        if (option.selected) checked.push_back(option.value.empty() ? option.label : option.value);
      }
      return checked == answer.option_values;
    }
    default: break;
  }
  if (!answer.option_value.empty()) return field.value == answer.option_value;
  if (field.value.empty()) return false;
  if (knowledge::NormalizeText(field.value) == knowledge::NormalizeText(answer.text)) return true;
  if (!answer.entries.empty()) {
    // A box of several entries holds the answer when it shows each of them: one
    // chip of three is a fill cut short (a render under the box, a timeout).
    std::vector<perception::Option> shown;
    for (auto& choice : perception::ShownChoices(field.value)) {
      shown.push_back({std::move(choice), "", false, false});
    }
    return std::all_of(answer.entries.begin(), answer.entries.end(), [&](const std::string& entry) {
      return MatchOption(shown, entry, key).has_value();
    });
  }
  // A custom list shows the site's wording of the answer ("United States of
  // America" for "US"); picking again would be noise, and in a multi-select it
  // would take the choice back out.
  if (field.kind != ControlKind::kCombobox) return false;
  std::vector<perception::Option> shown;
  for (auto& choice : perception::ShownChoices(field.value)) {
    shown.push_back({std::move(choice), "", false, false});
  }
  if (shown.size() > 1) shown.push_back({field.value, "", false, false});
  return MatchOption(shown, answer.text, key).has_value();
}

}  // namespace

const char* ToString(FieldPlan::Decision decision) {
  switch (decision) {
    case Decision::kFill: return "fill";
    case Decision::kAskHuman: return "ask_human";
    case Decision::kLeave: return "leave";
  }
  return "leave";
}

AnswerPlanner::AnswerPlanner(const knowledge::Profile& profile, knowledge::AnswerBank* bank,
                             std::string user_id)
    : profile_(profile), bank_(bank), user_id_(std::move(user_id)) {}

PageContext AnswerPlanner::ContextOf(const std::vector<Field>& fields, bool submit_waits) const {
  PageContext page;
  int unticked_consents = 0;
  std::set<std::pair<FieldKey, std::string>> unnumbered;  // (key, date part)
  std::set<std::string> work_countries;
  std::vector<bool> is_phone_box, is_code_picker;  // per field, in page order
  for (const Field& field : fields) {
    const Classification c = classifier_.Classify(field);
    const bool sure = c.confidence >= kFillThreshold;
    is_phone_box.push_back(sure && (c.key == FieldKey::kPhone || c.key == FieldKey::kHomePhone));
    is_code_picker.push_back(sure && c.key == FieldKey::kPhoneCountryCode);
    if (IsWorkRightKey(c.key) && c.confidence >= kFillThreshold && !c.country.empty()) {
      work_countries.insert(c.country);
    }
    if (c.unnumbered_entry &&
        !unnumbered.emplace(c.key, IsDateKey(c.key) ? DatePartNamed(field) : "").second) {
      page.repeated_unnumbered_entries = true;
    }
    if (sure && c.entry <= 0 && !c.after_current_job &&
        (c.of_job || c.key == FieldKey::kJobTitle || c.key == FieldKey::kEmployer ||
         c.key == FieldKey::kCurrentCompany || c.key == FieldKey::kCurrentTitle ||
         c.key == FieldKey::kJobStart || c.key == FieldKey::kJobEnd ||
         c.key == FieldKey::kJobCurrent || c.key == FieldKey::kJobDescription)) {
      page.current_job_entry = true;
    }
    if (c.key == FieldKey::kConsent && c.confidence >= kFillThreshold &&
        field.kind == ControlKind::kCheckbox && !field.checked && !field.required) {
      ++unticked_consents;
    }
    if (c.key == FieldKey::kPhoneCountryCode && c.confidence >= kFillThreshold) {
      page.phone_country_code_field = true;
    }
    if (c.key == FieldKey::kPhoneAreaCode && c.confidence >= kFillThreshold) {
      page.phone_area_code_field = true;
    }
    if (c.key == FieldKey::kHouseNumber && c.confidence >= kFillThreshold) {
      page.house_number_field = true;
    }
    if (c.key == FieldKey::kAddressLine2 && c.confidence >= kFillThreshold) {
      page.address_line2_field = true;
    }
    if (c.key == FieldKey::kPhone && c.confidence >= kFillThreshold) page.phone_field = true;
    if (c.key == FieldKey::kSalary && sure && profile_.salary.amount &&
        !profile_.salary.period.empty()) {
      const std::string per = PeriodNamedBy(field);
      if (!per.empty() && per != profile_.salary.period) page.salary_amount_persons = true;
    }
    if (c.key == FieldKey::kFirstName && c.confidence >= kFillThreshold) {
      page.first_name_field = true;
    }
    if (c.key == FieldKey::kLastName && c.confidence >= kFillThreshold) {
      page.last_name_field = true;
    }
    // The person's address only: a past job's "State" is that job's place.
    if (c.key == FieldKey::kRegion && c.confidence >= kFillThreshold && c.entry < 0 && !c.of_job) {
      ++page.region_fields;
    }
  }
  page.consent_gates_submit = submit_waits && unticked_consents > 0;
  if (work_countries.size() == 1) page.work_country = *work_countries.begin();
  // A country-code picker is drawn beside its number box, just before or after
  // it. With one phone box the picker is that box's wherever it sits; with more,
  // those not beside a picker keep the whole number.
  if (std::count(is_phone_box.begin(), is_phone_box.end(), true) > 1) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (!is_phone_box[i]) continue;
      const bool after_picker = i > 0 && is_code_picker[i - 1];
      const bool before_picker = i + 1 < fields.size() && is_code_picker[i + 1];
      if (!after_picker && !before_picker) page.phone_boxes_without_code.insert(fields[i].Key());
    }
  }
  return page;
}

std::string AnswerPlanner::DatePartOf(const Field& field) const {
  return IsDateKey(classifier_.Classify(field).key) ? DatePartNamed(field) : "";
}

bool AnswerPlanner::ChoosesFromTheList(const Field& field) const {
  if (field.kind != ControlKind::kCombobox || !field.options.empty()) return false;
  const FieldKey key = classifier_.Classify(field).key;
  // A status ("Did you graduate?") is answered in the list's own words: Yes.
  return key == FieldKey::kEducationStatus || (IsDateKey(key) && !DatePartNamed(field).empty());
}

FieldPlan AnswerPlanner::Plan(const Field& field, const PageContext& page) const {
  Classification c = classifier_.Classify(field);
  if (c.key == FieldKey::kName) {
    // "Tu nombre" above "Apellidos" is the first name; "Votre nom" below "Prénom"
    // the surname; alone, the whole name.
    c.key = page.last_name_field    ? FieldKey::kFirstName
            : page.first_name_field ? FieldKey::kLastName
                                    : FieldKey::kFullName;
    c.signal += std::string("; the page's other name boxes make it ") + ToString(c.key);
  } else if (c.key == FieldKey::kFullName && page.last_name_field && !page.first_name_field) {
    // A form builder's name field labels its first box with the field's label and the
    // part's sub-label ("Full name * First", "Ime i prezime * Ime"): beside a box for
    // the surname, and no other for the first name, it takes the first name.
    c.key = FieldKey::kFirstName;
    c.signal += "; beside the page's surname box it is the first name";
  }
  if (IsWorkRightKey(c.key) && c.country.empty() && !page.work_country.empty()) {
    c.country = page.work_country;
    c.signal += "; the page's other right-to-work questions name " + page.work_country;
  }
  FieldPlan plan;
  plan.key = c.key;
  plan.classification_confidence = c.confidence;
  if (c.key == FieldKey::kSalaryCurrency && page.salary_amount_persons &&
      c.confidence >= kFillThreshold) {
    // The amount beside it is the person's answer, given in the currency they
    // choose with it: a currency chosen already stays, an empty required one is
    // theirs to give.
    if (field.required && field.value.empty()) {
      plan.decision = FieldPlan::Decision::kAskHuman;
      plan.why = "the currency of a salary amount the person gives (" + c.signal + ")";
    } else {
      plan.why = "the currency goes with the salary amount the person gives; left as it is";
    }
    return plan;
  }

  auto fill = [&](Answer answer, std::string why) {
    if (AlreadyHolds(field, answer, c.key)) {
      plan.decision = Decision::kLeave;
      plan.why = "already holds the planned answer (" + answer.reason + ")";
      plan.holds_answer = true;
    } else {
      plan.decision = Decision::kFill;
      plan.why = std::move(why);
    }
    plan.answer = std::move(answer);
    return plan;
  };

  std::vector<std::string> notes;  // why each source passed, for the human or report
  // The profile holds the fact but not in a form this box takes (a salary in
  // another currency or period): the person has an answer the site wants.
  bool fact_unwritable = false;
  // The profile holds this field's fact but no option of the control says it.
  bool profile_fact_unplaced = false;
  const bool confident = c.key != FieldKey::kUnknown && c.confidence >= kFillThreshold;

  // A required opt-in ("... for this application and future opportunities *") is
  // as much a condition of applying as a required consent; an optional one never
  // unblocks a send.
  if (confident && (c.key == FieldKey::kConsent || (c.key == FieldKey::kOptIn && field.required))) {
    const bool gates_submit = c.key == FieldKey::kConsent && page.consent_gates_submit &&
                              field.kind == ControlKind::kCheckbox && !field.checked;
    // Asked as a choice (SEEK's PrivacyConsent component: "Do you agree to the
    // privacy policy?" Yes / No): the option that says yes, when one does.
    if (field.required && IsChoice(field) && field.kind != ControlKind::kCheckboxGroup) {
      Fact yes = YesNo(true, "required consent");
      yes.decided_by = {"required to apply: applying is consenting"};
      Attempt attempt = Realise(field, c.key, yes, AnswerSource::kDefault, c.confidence, page);
      if (attempt.answer) {
        return fill(std::move(*attempt.answer),
                    "required consent asked as a choice (" + c.signal + ")");
      }
      plan.decision = Decision::kAskHuman;
      plan.why = "required consent, but no option plainly agrees; " + attempt.note;
      return plan;
    }
    if (field.required || gates_submit) {
      Answer answer;
      answer.check = true;
      answer.text = "checked";
      answer.source = AnswerSource::kDefault;
      answer.confidence = c.confidence;
      answer.reason = field.required ? "required consent" : "consent the send button waits for";
      answer.decided_by = {field.required ? "required to apply: applying is consenting"
                                          : "the send button stays disabled until it is ticked"};
      if (field.kind == ControlKind::kCheckboxGroup) {
        for (int index : SelectableOptions(field.options)) {
          const auto& option = field.options[static_cast<std::size_t>(index)];
          answer.option_values.push_back(option.value.empty() ? option.label : option.value);
        }
      }
      return fill(std::move(answer), "required consent checkbox (" + c.signal + ")");
    }
    plan.why = "optional consent or opt-in; left as the user would";
    return plan;
  }

  // The current job has no end date: its "To" box stays empty (sites hide or
  // disable it once "I currently work here" is ticked).
  if (confident && c.key == FieldKey::kJobEnd) {
    const std::size_t entry = EntryIndex(c, page);
    if (entry < profile_.work_history.size() && profile_.work_history[entry].IsCurrent()) {
      plan.why = "work_history[" + std::to_string(entry) + "] is the current job: no end date";
      return plan;
    }
  }

  // 1a. The opening applied for, in a list of the company's openings: the one
  //     the posting names.
  if (confident && c.key == FieldKey::kPositionApplied && IsChoice(field)) {
    if (const std::optional<int> named = PostingsOption(field.options, page.posting_text)) {
      const perception::Option& option = field.options[static_cast<std::size_t>(*named)];
      Fact fact = Text(option.label, "the posting");
      fact.decided_by = {"the posting names \"" + option.label + "\""};
      Attempt attempt = Realise(field, c.key, fact, AnswerSource::kDefault, c.confidence, page);
      if (attempt.answer) {
        return fill(std::move(*attempt.answer), "the opening the posting names");
      }
    }
    notes.push_back("no one option is the opening the posting names");
  }

  // 1a. The type of a file the page took: the kind of the profile's file its
  //     row names.
  if (confident && c.key == FieldKey::kDocumentType && IsChoice(field)) {
    std::string why;
    if (const std::optional<int> kind = DocumentTypeOption(profile_, field, classifier_, why)) {
      const perception::Option& option = field.options[static_cast<std::size_t>(*kind)];
      Fact fact = Text(option.label, "the uploaded file's kind");
      fact.decided_by = {"the row names the profile's file; \"" + option.label + "\" is its kind"};
      Attempt attempt = Realise(field, c.key, fact, AnswerSource::kProfile, c.confidence, page);
      if (attempt.answer)
        return fill(std::move(*attempt.answer), "the kind of the file its row names");
    }
    notes.push_back(why.empty() ? "the file's kind is not an option" : why);
  }

  // 1a. A list of the resumes the applicant's account holds: the profile's, or
  //     the only one there is.
  if (!confident) {
    std::string why;
    if (const std::optional<int> saved = SavedResumeOption(profile_, field, classifier_, why)) {
      const perception::Option& option = field.options[static_cast<std::size_t>(*saved)];
      Fact fact = Text(option.label, "resume");
      fact.decided_by = {"the account's saved resume \"" + option.label + "\""};
      Attempt attempt = Realise(field, FieldKey::kResume, fact, AnswerSource::kProfile, 0.9, page);
      if (attempt.answer) {
        return fill(std::move(*attempt.answer), "the resume the account holds");
      }
      notes.push_back(attempt.note);
    } else if (!why.empty()) {
      notes.push_back(why);
    }
  }

  // A box nobody can type in that the page filled with a date (the date line of a
  // signed form: OFCCP's CC-305 "Name" and "Date", an e-signature's date) is no
  // answer of the meaning its neighbours lend it: only a date could go there.
  if (HoldsPagesOwnText(field) && !IsDateKey(c.key) && ParseCalendarDate(Trim(field.value))) {
    plan.decision = Decision::kLeave;
    plan.answer.source = AnswerSource::kDefault;
    plan.answer.confidence = 0.5;
    plan.why = "kept the date the page put in a box it lets nobody type in";
    plan.kept_held_choice = true;
    return plan;
  }

  // 1a. The profile's structured facts.
  if (confident && c.unnumbered_entry && page.repeated_unnumbered_entries) {
    notes.push_back("the page repeats \"" + field.label +
                    "\" in sections that name no entry: which entry is not said");
  } else if (confident) {
    std::string missing;
    std::optional<Fact> fact = ProfileFact(profile_, field, c, page, missing);
    if (fact) {
      fact->reason = "profile." + fact->reason;
      if (IsDateKey(c.key)) fact = DatePartFact(field, std::move(*fact), missing);
    }
    if (fact) {
      Attempt attempt = Realise(field, c.key, *fact, AnswerSource::kProfile, c.confidence, page);
      if (attempt.answer && attempt.answer->confidence >= kFillThreshold) {
        std::string why = std::string(ToString(c.key)) + " from " + attempt.answer->reason + " (" +
                          c.signal + ")";
        return fill(std::move(*attempt.answer), std::move(why));
      }
      notes.push_back(attempt.answer ? "profile answer too uncertain" : attempt.note);
      plan.refused_by_page = attempt.page_refused;
      fact_unwritable = !attempt.answer && !attempt.page_refused && c.key == FieldKey::kSalary;
      profile_fact_unplaced = !attempt.answer;
    } else {
      notes.push_back(missing);
    }
  } else if (c.key != FieldKey::kUnknown) {
    notes.push_back("unsure it is " + std::string(ToString(c.key)) + " (" + c.signal + ")");
  }

  const std::string question = perception::QuestionOf(field);
  const std::vector<std::string> labels = OptionLabels(field);

  // 1a'. "Which of these do you use? (check all that apply)": the options the
  //      profile's skills name.
  if (field.kind == ControlKind::kCheckboxGroup && (!confident || c.key == FieldKey::kSkills)) {
    if (auto skills = SkillsAnswer(field, profile_.skills)) {
      return fill(std::move(*skills), "the options the profile's skills name");
    }
  }

  // 1a''. "Do you have experience with Kubernetes?" as Yes / No: Yes when the
  //       profile lists that skill. A skill it does not list decides nothing.
  if (!confident && IsChoice(field) && field.kind != ControlKind::kCheckboxGroup) {
    if (const std::string skill = SkillAskedOf(question, profile_.skills); !skill.empty()) {
      Fact yes = YesNo(true, "profile.skills");
      yes.decided_by = {"profile.skills has \"" + skill + "\""};
      Attempt attempt = Realise(field, c.key, yes, AnswerSource::kProfile, 0.9, page);
      if (attempt.answer && attempt.answer->confidence >= kFillThreshold) {
        return fill(std::move(*attempt.answer), "the profile lists " + skill);
      }
      notes.push_back(attempt.answer ? "skill answer too uncertain" : attempt.note);
    }
  }

  // 1b. The profile's free-form answers, by question.
  if (auto saved = knowledge::FindProfileAnswer(profile_, question, labels)) {
    Fact fact = Text(saved->answer, "profile.answers[\"" + saved->question + "\"]");
    // A near match is a little less sure than the exact question.
    Attempt attempt =
        Realise(field, c.key, fact, AnswerSource::kProfile, 0.95 * saved->similarity, page);
    if (attempt.answer && attempt.answer->confidence >= kFillThreshold) {
      return fill(std::move(*attempt.answer), "answered in the profile's answers");
    }
    notes.push_back(attempt.answer ? "profile answer too uncertain" : attempt.note);
  }

  // 2. Answers this user gave before.
  if (bank_ != nullptr) {
    auto found = bank_->Find(user_id_, question, labels);
    if (!found) {
      notes.push_back("saved answers unavailable: " + found.error().message);
    } else if (*found) {
      Fact fact = Text((*found)->answer, "saved answer to \"" + (*found)->question + "\"");
      Attempt attempt = Realise(field, c.key, fact, AnswerSource::kSavedAnswer,
                                0.95 * (*found)->similarity, page);
      if (attempt.answer && attempt.answer->confidence >= kFillThreshold) {
        return fill(std::move(*attempt.answer), "answered before by the user");
      }
      notes.push_back(attempt.answer ? "saved answer too uncertain" : attempt.note);
    }
  }

  // 3. Documents and the LLM plug in here, between saved answers and the human
  //    (docs/design.md); until then the session sees kAskHuman/kLeave with these notes.

  // 4. The human, for required fields.
  std::string tried;
  for (const auto& note : notes) {
    if (note.empty()) continue;
    tried += tried.empty() ? "" : "; ";
    tried += note;
  }
  if (tried.empty()) tried = "no source knows the answer";
  // A part of an address or name block that only the block's required mark covers
  // (its second address line, its middle name, its salutation), which the profile
  // leaves empty on purpose: form builders' composite fields (Cognito Forms, Gravity
  // Forms, Jotform, Formstack, Zoho Forms, whose mandatory Name checks only its first
  // and last boxes) require the street, city and names, never these parts.
  if (field.required_by_group && c.confidence >= kFillThreshold &&
      (c.key == FieldKey::kAddressLine2 || c.key == FieldKey::kMiddleName ||
       c.key == FieldKey::kSalutation)) {
    plan.decision = Decision::kLeave;
    plan.may_stay_empty = true;
    plan.why = "optional part of a required block, which the profile leaves empty; " + tried;
    return plan;
  }
  if (field.required && HoldsRealChoice(field) && !profile_fact_unplaced) {
    // The site preselected an answer ("Phone device type: Mobile") and nothing
    // says otherwise: keep it rather than ask; the draft shows it. A preselected
    // default the profile contradicts (a hosted form builder's default country,
    // Wufoo's or Jotform's, when the person lives elsewhere and the list names
    // their country in words the engine does not read) would send a wrong answer.
    plan.decision = Decision::kLeave;
    plan.answer.source = AnswerSource::kDefault;
    plan.answer.confidence = 0.5;
    plan.why = "kept the value the site preselected; " + tried;
    plan.kept_held_choice = true;
  } else if (field.required && HoldsPagesOwnText(field)) {
    // A read-only box the page filled: a hosted form builder's field prefilled from
    // the link's query string (Formstack's ?field123=, Gravity Forms' dynamic
    // population, Jotform's URL prefill) with the position applied for. Nobody can
    // type in it, so asking the person could change nothing.
    plan.decision = Decision::kLeave;
    plan.answer.source = AnswerSource::kDefault;
    plan.answer.confidence = 0.5;
    plan.why = "kept what the page put in a box it lets nobody type in; " + tried;
    plan.kept_held_choice = true;
  } else if (field.required) {
    plan.decision = Decision::kAskHuman;
    plan.why = "required; " + tried;
  } else if (fact_unwritable) {
    plan.decision = Decision::kAskHuman;
    plan.why = "optional, but the profile's answer needs converting; " + tried;
  } else {
    plan.decision = Decision::kLeave;
    plan.why = "optional; " + tried;
  }
  return plan;
}

Result<Answer> AnswerPlanner::FromHumanResponse(const Field& field, std::string response) const {
  response = Trim(std::move(response));
  Answer answer;
  answer.source = AnswerSource::kHuman;
  answer.confidence = 1.0;
  answer.reason = "human";
  answer.decided_by = {"the person's answer"};
  if (response.empty()) return Fail(ErrorKind::kInvalidInput, "the answer is empty");

  switch (field.kind) {
    case ControlKind::kFile: {
      std::error_code ec;
      std::filesystem::path path = std::filesystem::absolute(response, ec);
      if (ec || !std::filesystem::is_regular_file(path, ec)) {
        return Fail(ErrorKind::kInvalidInput, "no such file: " + response);
      }
      answer.file_path = path.string();
      return answer;
    }
    case ControlKind::kCheckbox: {
      auto yes = ParseYesNo(response);
      if (!yes) return Fail(ErrorKind::kInvalidInput, "answer yes or no");
      answer.check = *yes;
      answer.text = *yes ? "checked" : "unchecked";
      return answer;
    }
    default: break;
  }
  // A whole date given for a list or box that holds one part of it: asked for the
  // "月" list under "生年月日", a person answers with the date. The part is what
  // goes in, as from the profile; matched as text, "1990-04-12" took "12" for the
  // month.
  if (const auto date = ParseCalendarDate(response);
      date && date->month != 0 && !DatePartNamed(field).empty()) {
    std::string missing;
    std::optional<Fact> part = DatePartFact(field, Text(response, "the person's answer"), missing);
    if (!part) return Fail(ErrorKind::kInvalidInput, missing);
    response = part->text;
  }
  if (!IsChoice(field)) {
    // A date given whole (YYYY-MM-DD, as the profile writes dates) for a box that
    // asks its own layout ("DD/MM/YYYY", "TT.MM.JJJJ") goes in that layout, as a
    // profile date does: typed as given into a DD/MM/YYYY mask it reads "19/90/0412".
    const bool iso = response.size() == 10 && response[4] == '-' && response[7] == '-';
    if (iso && (field.kind == ControlKind::kText || field.kind == ControlKind::kDate) &&
        (field.kind == ControlKind::kDate || IsDateKey(classifier_.Classify(field).key))) {
      if (const auto date = ParseCalendarDate(response);
          date && date->month != 0 && date->day != 0) {
        if (auto written = FormatDate(field, response)) {
          response = written->text;
          answer.decided_by.push_back(written->how);
        }
      }
    }
    answer.text = std::move(response);
    return answer;
  }

  const std::vector<int> selectable = SelectableOptions(field.options);
  const FieldKey hint = classifier_.Classify(field).key;
  auto choose = [&](std::string_view part) -> std::optional<int> {
    // An option that reads exactly as the answer is the one meant, before the
    // answer is taken for an option's number: "1990" in a list of years.
    for (const int index : selectable) {
      if (field.options[static_cast<std::size_t>(index)].label == part) return index;
    }
    int number = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), number);
    if (ec == std::errc() && end == part.data() + part.size()) {
      if (number >= 1 && number <= static_cast<int>(selectable.size())) {
        return selectable[static_cast<std::size_t>(number - 1)];
      }
      return std::nullopt;
    }
    // An option drawn as a card is named by all its text, its title first and
    // then its details (a store's address and distance, a position's pay): the
    // person answers with the title. Only one card may begin with it.
    std::optional<int> titled;
    for (const int index : selectable) {
      const std::string& label = field.options[static_cast<std::size_t>(index)].label;
      if (label.size() <= part.size() || !label.starts_with(part) || label[part.size()] != ' ') {
        continue;
      }
      if (titled) {
        titled.reset();
        break;
      }
      titled = index;
    }
    if (titled) return titled;
    if (auto match = MatchOption(field.options, part, hint)) return match->index;
    return std::nullopt;
  };
  auto no_match = [&](std::string_view part) {
    std::string list;
    for (std::size_t i = 0; i < selectable.size(); ++i) {
      list += (i == 0 ? "" : ", ") + std::to_string(i + 1) + ") " +
              field.options[static_cast<std::size_t>(selectable[i])].label;
    }
    return Fail(ErrorKind::kInvalidInput,
                "\"" + std::string(part) + "\" matches none of the options: " + list);
  };
  auto value_of = [&](int index) {
    const auto& option = field.options[static_cast<std::size_t>(index)];
    return option.value.empty() ? option.label : option.value;
  };

  if (field.kind == ControlKind::kCheckboxGroup) {
    std::string_view rest = response;
    while (!rest.empty()) {
      std::size_t comma = rest.find(',');
      std::string part = Trim(std::string(rest.substr(0, comma)));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      if (part.empty()) continue;
      auto index = choose(part);
      if (!index) return no_match(part);
      answer.option_values.push_back(value_of(*index));
      answer.text +=
          (answer.text.empty() ? "" : ", ") + field.options[static_cast<std::size_t>(*index)].label;
    }
    return answer;
  }
  auto index = choose(response);
  if (!index) return no_match(response);
  answer.text = field.options[static_cast<std::size_t>(*index)].label;
  answer.option_value = value_of(*index);
  return answer;
}

Status AnswerPlanner::Remember(const Field& field, const Answer& answer) const {
  if (bank_ == nullptr || answer.text.empty()) return {};
  return bank_->Save(user_id_, perception::QuestionOf(field), OptionLabels(field), answer.text);
}

}  // namespace applier::planning
