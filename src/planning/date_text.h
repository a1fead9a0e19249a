// Dates as people write them in a profile ("2021-03", "March 2021", "2017",
// "09/01/2025") and as forms ask for them: separate boxes for month, day and
// year. Used to shape a profile date into the boxes a date widget shows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace applier::planning {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1-12, 0 when the text gives only a year
  int day = 0;    // 1-31, 0 when the text gives no day
};

// nullopt for text that is not a date ("immediately", "2 weeks").
std::optional<CalendarDate> ParseCalendarDate(std::string_view text);

// A whole date whose month is written as an English word ("September 1, 2025",
// "1 Sep 2025"): one whose day and month no reader can swap. nullopt for any
// other text, numeric dates included.
std::optional<CalendarDate> ParseWordedDate(std::string_view text);

// The same day in the Solar Hijri (Jalali) calendar that Iran and Afghanistan
// write dates in: 2025-09-01 is 1404/06/10 (10 Shahrivar 1404). `date` is a
// Gregorian date with its month; a missing day is the 1st, as a layout fills it.
// nullopt for a year-only date or one before 1600.
std::optional<CalendarDate> ToSolarHijri(const CalendarDate& date);

// The value for boxes `parts` ("MM", "DD", "YYYY", "YY"), joined by '/':
// {"MM", "YYYY"} and "2021-03" -> "03/2021". A missing day is the 1st; a box the
// date cannot fill (a month from "2017") is nullopt, so someone is asked instead,
// unless `unknown_parts_may_stay_empty` (boxes nobody must fill): then the year
// goes in its box and the month and day boxes stay empty ("/2017"), provided
// there is a year box to hold it.
std::optional<std::string> DatePartsText(const std::vector<std::string>& parts,
                                         std::string_view date,
                                         bool unknown_parts_may_stay_empty = false);

}  // namespace applier::planning
