// Lengths of time as forms offer them and profiles state them: a notice period
// of "2 weeks" is the option "2 semaines", "2 Wochen" or "2週間", and falls in
// "up to 1 month". Read in the languages the engine reads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace applier::planning {

// A length of time in days: low == high for an exact one ("2 weeks": 14), a range
// otherwise ("1-2 months": 30..60, "3 months or more": 90..infinity). "Immediately"
// and "none" are 0.
struct DurationSpan {
  double low_days = 0;
  double high_days = 0;
  // The text says "up to" or "within" ("Do 2 týdnů", "up to 2 weeks", "2週間以内"),
  // so high_days itself is in the span; "less than 2 weeks" leaves it out.
  bool high_included = false;
  bool exact() const { return low_days == high_days; }
};

// nullopt when the text names no length of time (a date, "negotiable").
std::optional<DurationSpan> ReadDuration(std::string_view text);

// The unit a field asks a length of time in, from its words, as days per unit:
// "Notice period (in days)", "Kündigungsfrist in Wochen", "הודעה מוקדמת (בימים)"
// give 1, 7 and 1. A unit after a number is an amount ("2 weeks"), not the unit
// asked for. nullopt when the words name none.
std::optional<double> UnitAskedFor(std::string_view text);

// An exact length of time as a whole number of a unit of `unit_days` days: "2
// weeks" is 14 days or 2 weeks, "1 year" 12 months. nullopt for a range, a count
// that is not whole, or months and years in days or weeks (a month has no fixed
// number of days).
std::optional<long> CountIn(std::string_view duration, double unit_days);

// knowledge::NormalizeText, but a number after an elided article stays a word of
// its own: "Moins d'1 mois" is "moins d 1 mois", not "moins d1 mois" (French and
// Italian write "d'1", "l'1"), so the number and the words before it both read.
std::string NormalizeKeepingNumbers(std::string_view text);

}  // namespace applier::planning
