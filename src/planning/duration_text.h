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

// knowledge::NormalizeText, but a number after an elided article stays a word of
// its own: "Moins d'1 mois" is "moins d 1 mois", not "moins d1 mois" (French and
// Italian write "d'1", "l'1"), so the number and the words before it both read.
std::string NormalizeKeepingNumbers(std::string_view text);

}  // namespace applier::planning
