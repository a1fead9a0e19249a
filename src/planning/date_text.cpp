#include "planning/date_text.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace applier::planning {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
// The short months of Spanish, Portuguese, Italian and German that differ from
// the English ones, as date pickers show a date in their page's language (Intl's
// short month: "5 ene 2026", "1 de set. de 2025", "3. Okt. 2025"). Only their
// ASCII starts: a month written with an accent ("mär", "févr") is no word here.
struct ShortMonth {
  std::string_view start;
  int month;
};
constexpr std::array<ShortMonth, 15> kOtherMonths = {{{"ene", 1},
                                                      {"gen", 1},
                                                      {"fev", 2},
                                                      {"abr", 4},
                                                      {"mai", 5},
                                                      {"mag", 5},
                                                      {"giu", 6},
                                                      {"lug", 7},
                                                      {"ago", 8},
                                                      {"set", 9},
                                                      {"out", 10},
                                                      {"okt", 10},
                                                      {"ott", 10},
                                                      {"dic", 12},
                                                      {"dez", 12}}};

// The numbers and month words of the text, in order.
struct Pieces {
  std::vector<std::string> numbers;
  int month_word = 0;  // 1-12 when a month is written as a word
};

Pieces Split(std::string_view text) {
  Pieces pieces;
  std::string current;
  bool digits = false;
  auto flush = [&] {
    if (current.empty()) return;
    if (digits) {
      pieces.numbers.push_back(current);
    } else if (current.size() >= 3) {
      for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (current.compare(0, 3, kMonths[m]) == 0) pieces.month_word = static_cast<int>(m) + 1;
      }
      for (const ShortMonth& other : kOtherMonths) {
        if (current.compare(0, 3, other.start) == 0) pieces.month_word = other.month;
      }
    }
    current.clear();
  };
  for (char raw : text) {
    const auto c = static_cast<unsigned char>(raw);
    const bool is_digit = std::isdigit(c) != 0;
    if (!is_digit && !std::isalpha(c)) {
      flush();
      continue;
    }
    if (!current.empty() && is_digit != digits) flush();
    digits = is_digit;
    current += static_cast<char>(std::tolower(c));
  }
  flush();
  return pieces;
}

std::string TwoDigits(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof(buffer), "%02d", n);
  return buffer;
}

}  // namespace

std::optional<CalendarDate> ParseCalendarDate(std::string_view text) {
  const Pieces pieces = Split(text);
  CalendarDate date;
  std::vector<int> small;  // numbers that are not the year, in order
  for (const auto& number : pieces.numbers) {
    if (number.size() == 4) {
      if (date.year != 0) return std::nullopt;
      date.year = std::stoi(number);
    } else if (number.size() <= 2) {
      small.push_back(std::stoi(number));
    } else {
      return std::nullopt;
    }
  }
  if (date.year < 1900 || date.year > 2100) return std::nullopt;
  if (pieces.month_word != 0) {
    date.month = pieces.month_word;
    if (!small.empty()) date.day = small.front();
  } else if (small.size() == 1) {
    date.month = small[0];  // "2021-03", "03/2021"
  } else if (small.size() == 2) {
    // ISO "2025-09-01" and US "09/01/2025" both give the month before the day.
    date.month = small[0];
    date.day = small[1];
  } else if (!small.empty()) {
    return std::nullopt;
  }
  if (date.month < 0 || date.month > 12 || date.day < 0 || date.day > 31) return std::nullopt;
  return date;
}

std::optional<CalendarDate> ParseWordedDate(std::string_view text) {
  if (Split(text).month_word == 0) return std::nullopt;
  auto date = ParseCalendarDate(text);
  if (!date || date->day == 0) return std::nullopt;
  return date;
}

std::optional<std::string> DatePartsText(const std::vector<std::string>& parts,
                                         std::string_view text, bool unknown_parts_may_stay_empty) {
  const auto date = ParseCalendarDate(text);
  if (!date || parts.empty()) return std::nullopt;
  std::string out;
  bool year_box = false;
  bool left_empty = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    std::string piece;
    if (part == "YYYY") {
      piece = std::to_string(date->year);
      year_box = true;
    } else if (part == "YY") {
      piece = TwoDigits(date->year % 100);
      year_box = true;
    } else if (part == "MM" || part == "DD") {
      // A year alone says no month, nor which day: those boxes stay empty when
      // they may, else someone is asked.
      if (date->month == 0 && !unknown_parts_may_stay_empty) return std::nullopt;
      if (date->month != 0) {
        piece = TwoDigits(part == "MM" ? date->month : (date->day == 0 ? 1 : date->day));
      } else {
        left_empty = true;
      }
    } else {
      return std::nullopt;
    }
    out += (i == 0 ? "" : "/") + piece;
  }
  if (left_empty && !year_box) return std::nullopt;
  return out;
}

std::optional<CalendarDate> ToSolarHijri(const CalendarDate& date) {
  if (date.month < 1 || date.month > 12 || date.year < 1600) return std::nullopt;
  // Days since a fixed origin, by the Gregorian leap rules; then whole 33-year
  // Solar Hijri cycles (12053 days: 8 leap years in each), 4-year runs (1461
  // days) and years, as the arithmetic Iranian software uses for the years
  // 1178-1633 Solar Hijri (the astronomical calendar agrees over them).
  constexpr std::array<int, 12> kDaysBeforeMonth = {0,   31,  59,  90,  120, 151,
                                                    181, 212, 243, 273, 304, 334};
  const int day = date.day == 0 ? 1 : date.day;
  const long year_for_leap = date.month > 2 ? date.year + 1 : date.year;
  long days = 355666 + 365L * date.year + (year_for_leap + 3) / 4 - (year_for_leap + 99) / 100 +
              (year_for_leap + 399) / 400 + day + kDaysBeforeMonth[date.month - 1];
  long year = -1595 + 33 * (days / 12053);
  days %= 12053;
  year += 4 * (days / 1461);
  days %= 1461;
  if (days > 365) {
    year += (days - 1) / 365;
    days = (days - 1) % 365;
  }
  CalendarDate solar;
  solar.year = static_cast<int>(year);
  // The first six months have 31 days, the next five 30, the last 29 or 30.
  if (days < 186) {
    solar.month = static_cast<int>(1 + days / 31);
    solar.day = static_cast<int>(1 + days % 31);
  } else {
    solar.month = static_cast<int>(7 + (days - 186) / 30);
    solar.day = static_cast<int>(1 + (days - 186) % 30);
  }
  return solar;
}

}  // namespace applier::planning
