#include "planning/date_text.h"

#include <gtest/gtest.h>

#include <string>

namespace applier::planning {
namespace {

TEST(DateTextTest, ParsesTheWaysProfilesWriteDates) {
  struct Case {
    const char* text;
    int year, month, day;
  };
  for (const Case& c :
       {Case{"2021-03", 2021, 3, 0}, Case{"2025-09-01", 2025, 9, 1}, Case{"2017", 2017, 0, 0},
        Case{"03/2021", 2021, 3, 0}, Case{"09/01/2025", 2025, 9, 1}, Case{"March 2021", 2021, 3, 0},
        Case{"Sep 2019", 2019, 9, 0}, Case{"1 October 2024", 2024, 10, 1}}) {
    auto date = ParseCalendarDate(c.text);
    ASSERT_TRUE(date) << c.text;
    EXPECT_EQ(date->year, c.year) << c.text;
    EXPECT_EQ(date->month, c.month) << c.text;
    EXPECT_EQ(date->day, c.day) << c.text;
  }
}

// Pickers show the date in their page's language (Intl's short month: Ionic's
// ion-datetime-button, "1 de set. de 2025" in pt-BR, "5 ene 2026" in es-MX).
TEST(DateTextTest, ReadsShortMonthNamesOfRomanceAndGermanicPages) {
  struct Case {
    const char* text;
    int year, month, day;
  };
  for (const Case& c : {Case{"1 de set. de 2025", 2025, 9, 1}, Case{"5 ene 2026", 2026, 1, 5},
                        Case{"12 dez. 2025", 2025, 12, 12}, Case{"3. Okt. 2025", 2025, 10, 3},
                        Case{"20 ago 2025", 2025, 8, 20}, Case{"7 abr 2026", 2026, 4, 7},
                        Case{"9 gen 2026", 2026, 1, 9}, Case{"14 dic 2026", 2026, 12, 14},
                        Case{"2 out. 2025", 2025, 10, 2}, Case{"30 mag 2026", 2026, 5, 30}}) {
    auto date = ParseCalendarDate(c.text);
    ASSERT_TRUE(date) << c.text;
    EXPECT_EQ(date->year, c.year) << c.text;
    EXPECT_EQ(date->month, c.month) << c.text;
    EXPECT_EQ(date->day, c.day) << c.text;
  }
}

TEST(DateTextTest, RefusesWhatIsNotADate) {
  for (const char* text :
       {"immediately", "2 weeks", "", "present", "13/2021", "2021-03-45", "12345", "1850"}) {
    EXPECT_FALSE(ParseCalendarDate(text)) << text;
  }
}

TEST(DateTextTest, AWordedDateIsOnlyOneWhoseMonthIsAWord) {
  const auto worded = ParseWordedDate("September 1, 2025");
  ASSERT_TRUE(worded);
  EXPECT_EQ(worded->year, 2025);
  EXPECT_EQ(worded->month, 9);
  EXPECT_EQ(worded->day, 1);
  EXPECT_TRUE(ParseWordedDate("1 Sep 2025"));
  EXPECT_FALSE(ParseWordedDate("09/01/2025"));
  EXPECT_FALSE(ParseWordedDate("2025-09-01"));
  EXPECT_FALSE(ParseWordedDate("September 2025"));  // no day
  EXPECT_FALSE(ParseWordedDate("immediately"));
}

TEST(DateTextTest, ShapesADateIntoTheBoxesAFormShows) {
  EXPECT_EQ(DatePartsText({"MM", "YYYY"}, "2021-03"), "03/2021");
  EXPECT_EQ(DatePartsText({"MM", "DD", "YYYY"}, "2025-09-01"), "09/01/2025");
  EXPECT_EQ(DatePartsText({"DD", "MM", "YYYY"}, "2025-09-14"), "14/09/2025");
  EXPECT_EQ(DatePartsText({"YYYY"}, "2017"), "2017");
  EXPECT_EQ(DatePartsText({"MM", "YY"}, "March 2021"), "03/21");
  // A day the profile does not give is the 1st of the month.
  EXPECT_EQ(DatePartsText({"MM", "DD", "YYYY"}, "2021-03"), "03/01/2021");
  // A month the profile does not give is not made up.
  EXPECT_FALSE(DatePartsText({"MM", "YYYY"}, "2017"));
  // Boxes nobody must fill take the year a year-only date gives and leave the
  // month (and day) empty; without a year box there is nothing to put anywhere.
  EXPECT_EQ(DatePartsText({"MM", "YYYY"}, "2017", true), "/2017");
  EXPECT_EQ(DatePartsText({"MM", "DD", "YYYY"}, "2013", true), "//2013");
  EXPECT_EQ(DatePartsText({"MM", "YYYY"}, "2021-03", true), "03/2021");
  EXPECT_FALSE(DatePartsText({"MM", "DD"}, "2017", true));
  EXPECT_EQ(DatePartsText({"MM", "DD"}, "2025-09-01"), "09/01");
  EXPECT_FALSE(DatePartsText({"MM", "YYYY"}, "immediately"));
  EXPECT_FALSE(DatePartsText({}, "2021-03"));
}

// Iranian forms ask dates in the Solar Hijri calendar: Nowruz (1 Farvardin)
// falls on 20 or 21 March, the first six months have 31 days and Esfand 29 or 30.
TEST(DateTextTest, GregorianDatesInTheSolarHijriCalendar) {
  auto solar = [](int y, int m, int d) {
    const auto date = ToSolarHijri(CalendarDate{y, m, d});
    return date ? std::to_string(date->year) + "/" + std::to_string(date->month) + "/" +
                      std::to_string(date->day)
                : std::string("none");
  };
  EXPECT_EQ(solar(2025, 9, 1), "1404/6/10");
  EXPECT_EQ(solar(2025, 3, 21), "1404/1/1");
  EXPECT_EQ(solar(2025, 3, 20), "1403/12/30");  // 1403 is a leap year: Esfand has 30 days
  EXPECT_EQ(solar(2024, 3, 20), "1403/1/1");
  EXPECT_EQ(solar(2026, 12, 6), "1405/9/15");
  EXPECT_EQ(solar(2000, 1, 1), "1378/10/11");
  EXPECT_EQ(solar(2025, 9, 0), "1404/6/10");  // a month-precise date is its 1st
  EXPECT_EQ(solar(2025, 0, 0), "none");       // a year alone names no day
}

}  // namespace
}  // namespace applier::planning
