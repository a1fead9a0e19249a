#include "planning/value_format.h"

#include <gtest/gtest.h>

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;

// A text box as perception reports it; each case sets what its form shows.
struct Box {
  const char* label = "";
  const char* placeholder = "";
  const char* hint = "";
  const char* lang = "";
  const char* context = "";
  const char* pattern = "";
  ControlKind kind = ControlKind::kText;
  const char* html_type = "text";
  const char* input_mode = "";
  int max_length = -1;
  const char* validation_message = "";
  const char* autocomplete = "";
  const char* value = "";  // what the box holds before filling
};

Field Make(const Box& box) {
  Field field;
  field.kind = box.kind;
  field.html_type = box.html_type;
  field.placeholder = box.placeholder;
  field.value = box.value;
  field.hint = box.hint;
  field.lang = box.lang;
  field.context = box.context;
  field.pattern = box.pattern;
  field.label = box.label;
  field.input_mode = box.input_mode;
  field.max_length = box.max_length;
  field.validation_message = box.validation_message;
  field.autocomplete = box.autocomplete;
  return field;
}

// ---- date layouts read from what forms show --------------------------------

struct LayoutCase {
  const char* text;
  const char* lang;
  const char* layout;  // nullptr: the text shows no date layout
};

class DateLayoutTest : public ::testing::TestWithParam<LayoutCase> {};

TEST_P(DateLayoutTest, Reads) {
  const LayoutCase& c = GetParam();
  auto layout = ParseDateLayout(c.text, c.lang);
  if (c.layout == nullptr) {
    EXPECT_FALSE(layout) << c.text << " -> " << layout->ToString();
    return;
  }
  ASSERT_TRUE(layout) << c.text;
  EXPECT_EQ(layout->ToString(), c.layout) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Templates, DateLayoutTest,
    ::testing::Values(
        // English
        LayoutCase{"mm/dd/yyyy", "en", "MM/DD/YYYY"}, LayoutCase{"MM/DD/YYYY", "", "MM/DD/YYYY"},
        LayoutCase{"dd/mm/yyyy", "en-GB", "DD/MM/YYYY"}, LayoutCase{"M/D/YYYY", "", "M/D/YYYY"},
        LayoutCase{"YYYY-MM-DD", "", "YYYY-MM-DD"}, LayoutCase{"MM/YYYY", "", "MM/YYYY"},
        LayoutCase{"mm / yyyy", "", "MM/YYYY"}, LayoutCase{"Date (MM-DD-YY)", "", "MM-DD-YY"},
        LayoutCase{"Format: DD.MM.YYYY", "", "DD.MM.YYYY"},
        // German: Tag, Monat, Jahr
        LayoutCase{"TT.MM.JJJJ", "de", "DD.MM.YYYY"}, LayoutCase{"tt.mm.jjjj", "", "DD.MM.YYYY"},
        LayoutCase{"MM.JJJJ", "de", "MM.YYYY"}, LayoutCase{"TT.MM.JJ", "de", "DD.MM.YY"},
        // French: jour, mois, année
        LayoutCase{"jj/mm/aaaa", "fr", "DD/MM/YYYY"}, LayoutCase{"JJ/MM/AAAA", "", "DD/MM/YYYY"},
        LayoutCase{"mm/aaaa", "fr", "MM/YYYY"},
        // Spanish and Portuguese: día/dia, mes/mês, año/ano
        LayoutCase{"dd/mm/aaaa", "es", "DD/MM/YYYY"}, LayoutCase{"DD/MM/AAAA", "pt", "DD/MM/YYYY"},
        // Italian: giorno, mese, anno
        LayoutCase{"gg/mm/aaaa", "it", "DD/MM/YYYY"}, LayoutCase{"GG/MM/AAAA", "", "DD/MM/YYYY"},
        // Dutch: dag, maand, jaar
        LayoutCase{"dd-mm-jjjj", "nl", "DD-MM-YYYY"}, LayoutCase{"DD-MM-JJJJ", "", "DD-MM-YYYY"},
        // Polish: dzień, miesiąc, rok
        LayoutCase{"dd.mm.rrrr", "pl", "DD.MM.YYYY"}, LayoutCase{"DD.MM.RRRR", "", "DD.MM.YYYY"},
        // Danish and Norwegian: dag, måned, år (å), with the separator the form writes
        LayoutCase{"dd-mm-åååå", "da", "DD-MM-YYYY"}, LayoutCase{"DD.MM.ÅÅÅÅ", "nb", "DD.MM.YYYY"},
        // Swedish: år, månad, dag
        LayoutCase{"åååå-mm-dd", "sv", "YYYY-MM-DD"},
        // Finnish: päivä, kuukausi, vuosi
        LayoutCase{"pp.kk.vvvv", "fi", "DD.MM.YYYY"}, LayoutCase{"kk.vvvv", "fi", "MM.YYYY"},
        // Czech: den, měsíc, rok, also with the spaces Czech puts after the dots
        LayoutCase{"dd.mm.rrrr", "cs", "DD.MM.YYYY"}, LayoutCase{"d. m. rrrr", "cs", "D.M.YYYY"},
        LayoutCase{"MM/RRRR", "cs", "MM/YYYY"},
        // Russian: день, месяц, год
        LayoutCase{"ДД.ММ.ГГГГ", "ru", "DD.MM.YYYY"}, LayoutCase{"дд.мм.гггг", "", "DD.MM.YYYY"},
        // Armenian: օր, ամիս, տարի
        LayoutCase{"օօ.աա.տտտտ", "hy", "DD.MM.YYYY"}, LayoutCase{"ՕՕ.ԱԱ.ՏՏՏՏ", "", "DD.MM.YYYY"},
        // Ukrainian: день, місяць, рік
        LayoutCase{"ДД.ММ.РРРР", "uk", "DD.MM.YYYY"}, LayoutCase{"дд.мм.рррр", "", "DD.MM.YYYY"},
        // Hungarian: év, hónap, nap, also with the dots and spaces Hungarian writes
        LayoutCase{"ÉÉÉÉ.HH.NN", "hu", "YYYY.MM.DD"},
        LayoutCase{"éééé. hh. nn.", "hu", "YYYY.MM.DD."},
        // ... and the period Hungarian closes a date with
        LayoutCase{"Formátum: ÉÉÉÉ.HH.NN.", "hu", "YYYY.MM.DD."},
        // Romanian: zi, lună, an
        LayoutCase{"zz.ll.aaaa", "ro", "DD.MM.YYYY"}, LayoutCase{"ZZ/LL/AAAA", "", "DD/MM/YYYY"},
        // Lithuanian: metai (the year, written as four M), mėnuo, diena
        LayoutCase{"MMMM-MM-DD", "lt", "YYYY-MM-DD"}, LayoutCase{"mmmm.mm.dd", "", "YYYY.MM.DD"},
        // Croatian (and Serbian, Bosnian, Slovene): dan, mjesec, godina
        LayoutCase{"DD.MM.GGGG", "hr", "DD.MM.YYYY"}, LayoutCase{"dd/mm/gggg", "", "DD/MM/YYYY"},
        // Greek: ημέρα, μήνας, έτος
        LayoutCase{"ηη/μμ/εεεε", "el", "DD/MM/YYYY"}, LayoutCase{"ΗΗ/ΜΜ/ΕΕΕΕ", "", "DD/MM/YYYY"},
        // Malay and Indonesian: hari, bulan, tahun (H is the day beside a month)
        LayoutCase{"HH/BB/TTTT", "ms", "DD/MM/YYYY"}, LayoutCase{"hh-bb-tttt", "id", "DD-MM-YYYY"},
        LayoutCase{"BB/TTTT", "ms", "MM/YYYY"},
        // Welsh: dydd, mis, blwyddyn (four B is the year, two the Malay month)
        LayoutCase{"DD/MM/BBBB", "cy", "DD/MM/YYYY"}, LayoutCase{"MM/BBBB", "cy", "MM/YYYY"},
        // Japanese and Chinese year/month/day marks
        LayoutCase{"YYYY年MM月DD日", "ja", "YYYY/MM/DD"},
        LayoutCase{"yyyy/mm/dd", "zh", "YYYY/MM/DD"},
        // Korean: spaced dots
        LayoutCase{"YYYY. MM. DD.", "ko", "YYYY.MM.DD."},
        // A period after a day-first template ends the sentence, not the date
        LayoutCase{"Format: DD.MM.YYYY.", "", "DD.MM.YYYY"}));

INSTANTIATE_TEST_SUITE_P(Examples, DateLayoutTest,
                         ::testing::Values(LayoutCase{"e.g. 31.12.1990", "", "DD.MM.YYYY"},
                                           LayoutCase{"z.B. 01.09.2025", "de", "DD.MM.YYYY"},
                                           LayoutCase{"12/31/1990", "", "MM/DD/YYYY"},
                                           LayoutCase{"31/12/1990", "", "DD/MM/YYYY"},
                                           LayoutCase{"ex. 05/03/2024", "fr", "DD/MM/YYYY"},
                                           LayoutCase{"05/03/2024", "en", "MM/DD/YYYY"},
                                           LayoutCase{"1990-12-31", "", "YYYY-MM-DD"},
                                           LayoutCase{"03/2021", "", "MM/YYYY"},
                                           LayoutCase{"1.9.2025", "de", "D.M.YYYY"},
                                           LayoutCase{"01.01.2000", "", "DD.MM.YYYY"}));

INSTANTIATE_TEST_SUITE_P(
    NotDates, DateLayoutTest,
    ::testing::Values(
        // An example that could be either order, on a page of no known language.
        LayoutCase{"05/03/2024", "", nullptr}, LayoutCase{"(555) 555-5555", "", nullptr},
        LayoutCase{"100.000", "de", nullptr}, LayoutCase{"Your answer", "", nullptr},
        LayoutCase{"dd", "", nullptr}, LayoutCase{"mm/dd", "", nullptr},
        LayoutCase{"ab/cd/efgh", "", nullptr}, LayoutCase{"Tag / Monat", "de", nullptr},
        LayoutCase{"3-5 years", "", nullptr}, LayoutCase{"13/14/2020", "", nullptr},
        LayoutCase{"2020-13-01", "", nullptr}, LayoutCase{"", "", nullptr}));

// ---- a date picker's own display of the date typed ----------------------------

// Fomantic-UI's calendar (formatter 'MMMM D, YYYY'), flatpickr's altFormat and
// jQuery UI's datepicker re-write a typed date in their display format once the
// box is left: the same date is taken, and only a month written as a word makes
// that sure. The typed date is read in the layout the field asked for.
TEST(ShowsTheTypedDateTest, APickersWordedDisplayOfTheTypedDateIsTheSameDate) {
  EXPECT_TRUE(ShowsTheTypedDate(Make({.lang = "en"}), "09/01/2025", "September 1, 2025"));
  EXPECT_TRUE(ShowsTheTypedDate(Make({.placeholder = "mm/dd/yyyy"}), "09/01/2025", "Sep 1, 2025"));
  EXPECT_TRUE(ShowsTheTypedDate(Make({.lang = "en-GB"}), "01/09/2025", "1 September 2025"));
  EXPECT_TRUE(ShowsTheTypedDate(Make({.placeholder = "TT.MM.JJJJ", .lang = "de"}), "01.09.2025",
                                "1 Sep 2025"));
}

TEST(ShowsTheTypedDateTest, AnotherDateOrADisplayInDigitsIsNot) {
  // The page read the day as the month: another date.
  EXPECT_FALSE(ShowsTheTypedDate(Make({.lang = "en"}), "09/01/2025", "January 9, 2025"));
  EXPECT_FALSE(ShowsTheTypedDate(Make({.lang = "en-GB"}), "01/09/2025", "January 9, 2025"));
  // Digits in another order could be either date.
  EXPECT_FALSE(ShowsTheTypedDate(Make({.lang = "en"}), "09/01/2025", "2025-09-01"));
  EXPECT_FALSE(ShowsTheTypedDate(Make({.lang = "en"}), "09/01/2025", "01/09/2025"));
  // A field that says nothing of its date order, and text that is no date.
  EXPECT_FALSE(ShowsTheTypedDate(Make({}), "09/01/2025", "September 1, 2025"));
  EXPECT_FALSE(ShowsTheTypedDate(Make({.lang = "en"}), "immediately", "September 2025"));
}

// ---- dates written for the field --------------------------------------------

struct DateCase {
  Box box;
  const char* fact;
  const char* expected;  // nullptr: the fact does not fit, a question instead
};

class FormatDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(FormatDateTest, Writes) {
  const DateCase& c = GetParam();
  auto written = FormatDate(Make(c.box), c.fact);
  if (c.expected == nullptr) {
    EXPECT_FALSE(written) << c.fact << " -> " << written->text;
    if (!written) {
      EXPECT_FALSE(written.error().empty());
    }
    return;
  }
  ASSERT_TRUE(written) << c.fact << ": " << written.error();
  EXPECT_EQ(written->text, c.expected) << written->how;
  EXPECT_FALSE(written->how.empty());
}

INSTANTIATE_TEST_SUITE_P(
    PerFormatAndLocale, FormatDateTest,
    ::testing::Values(
        // Native date pickers always take ISO, whatever the page's language.
        DateCase{{.lang = "de", .kind = ControlKind::kDate, .html_type = "date"},
                 "2025-09-01",
                 "2025-09-01"},
        DateCase{{.kind = ControlKind::kDate, .html_type = "date"}, "2021-03", "2021-03-01"},
        DateCase{{.kind = ControlKind::kDate, .html_type = "month"}, "2021-03-15", "2021-03"},
        DateCase{{.kind = ControlKind::kDate, .html_type = "date"}, "immediately", nullptr},
        DateCase{{.kind = ControlKind::kDate, .html_type = "month"}, "2017", nullptr},
        // Placeholders in many languages.
        DateCase{{.placeholder = "mm/dd/yyyy"}, "2025-09-01", "09/01/2025"},
        DateCase{{.placeholder = "dd/mm/yyyy"}, "2025-09-01", "01/09/2025"},
        DateCase{{.placeholder = "TT.MM.JJJJ", .lang = "de"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "jj/mm/aaaa", .lang = "fr"}, "1990-12-31", "31/12/1990"},
        DateCase{{.placeholder = "dd/mm/aaaa", .lang = "es"}, "1990-12-31", "31/12/1990"},
        DateCase{{.placeholder = "gg/mm/aaaa", .lang = "it"}, "1990-02-03", "03/02/1990"},
        DateCase{{.placeholder = "dd-mm-jjjj", .lang = "nl"}, "1990-02-03", "03-02-1990"},
        DateCase{{.placeholder = "ДД.ММ.ГГГГ", .lang = "ru"}, "1990-02-03", "03.02.1990"},
        DateCase{{.placeholder = "DD.MM.RRRR", .lang = "pl"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "dd-mm-åååå", .lang = "da"}, "2025-09-01", "01-09-2025"},
        DateCase{{.placeholder = "pp.kk.vvvv", .lang = "fi"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "kk.vvvv", .lang = "fi"}, "2021-03", "03.2021"},
        DateCase{{.placeholder = "HH/BB/TTTT", .lang = "ms"}, "2025-09-01", "01/09/2025"},
        DateCase{{.placeholder = "BB/TTTT", .lang = "ms"}, "2021-03", "03/2021"},
        // Malaysia writes the day first: an example date alone decides it.
        DateCase{{.placeholder = "cth. 01/02/2024", .lang = "ms-MY"}, "2025-09-01", "01/09/2025"},
        DateCase{{.placeholder = "dd.mm.rrrr", .lang = "cs"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "d. m. rrrr", .lang = "cs"}, "2025-09-01", "1.9.2025"},
        DateCase{{.lang = "cs"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "např. 31.12.2024", .lang = "cs"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "YYYY年MM月DD日", .lang = "ja"}, "1990-02-03", "1990/02/03"},
        DateCase{{.placeholder = "M/D/YYYY"}, "2025-09-01", "9/1/2025"},
        DateCase{{.placeholder = "MM/YY"}, "2021-03", "03/21"},
        DateCase{{.placeholder = "MM/DD/YY"}, "2021-03-04", "03/04/21"},
        // Month/year boxes: a start date written as the month it is in.
        DateCase{{.placeholder = "MM/YYYY"}, "2021-03", "03/2021"},
        DateCase{{.placeholder = "MM.JJJJ", .lang = "de"}, "2021-03", "03.2021"},
        DateCase{{.placeholder = "MM/YYYY"}, "2017", nullptr},
        // An example date as the placeholder.
        DateCase{{.placeholder = "z.B. 31.12.2024", .lang = "de"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "e.g. 12/31/2024"}, "2025-09-01", "09/01/2025"},
        // The hint under the box, the pattern, the site's message, the label.
        DateCase{{.context = "Bitte im Format TT.MM.JJJJ angeben"}, "2025-09-01", "01.09.2025"},
        DateCase{{.pattern = "\\d{2}\\.\\d{2}\\.\\d{4}"}, "2025-09-01", "01.09.2025"},
        DateCase{
            {.lang = "en", .pattern = "[0-9]{2}/[0-9]{2}/[0-9]{4}"}, "2025-09-01", "09/01/2025"},
        DateCase{{.pattern = "\\d{4}-\\d{2}-\\d{2}"}, "2025-09-01", "2025-09-01"},
        // A hostile page's pattern with a width past int: no layout, no exception.
        DateCase{{.pattern = "\\d{2}\\.\\d{2}\\.\\d{99999999999}"}, "2025-09-01", "2025-09-01"},
        DateCase{
            {.validation_message = "Please use the format MM/DD/YYYY"}, "2025-09-01", "09/01/2025"},
        DateCase{{.label = "Date of birth (dd/mm/yyyy)"}, "1990-12-31", "31/12/1990"},
        // No sign but the page's language: its usual way.
        DateCase{{.lang = "de-DE"}, "2025-09-01", "01.09.2025"},
        DateCase{{.lang = "fr"}, "2025-09-01", "01/09/2025"},
        DateCase{{.lang = "nl"}, "2025-09-01", "01-09-2025"},
        // Albanian (CLDR sq: d.M.yy) writes the day first and dotted; a template
        // such as "dd/mm/vvvv" (viti, the year) decides where the page shows one.
        DateCase{{.lang = "sq"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "dd/mm/vvvv", .lang = "sq"}, "2025-09-01", "01/09/2025"},
        // Azerbaijani (CLDR az: dd.MM.yy) writes the day first and dotted; its template
        // is "gg.aa.iiii" (gün, ay, il).
        DateCase{{.lang = "az"}, "2025-09-01", "01.09.2025"},
        DateCase{{.placeholder = "gg.aa.iiii", .lang = "az"}, "2025-09-01", "01.09.2025"},
        DateCase{{.lang = "en-GB"}, "2025-09-01", "01/09/2025"},
        DateCase{{.lang = "en-US"}, "2025-09-01", "09/01/2025"},
        DateCase{{.lang = "ja"}, "2025-09-01", "2025/09/01"},
        DateCase{{.lang = "hu"}, "2025-09-01", "2025.09.01"},
        // A Hungarian template or pattern that closes the date with its period
        DateCase{{.placeholder = "ÉÉÉÉ.HH.NN.", .lang = "hu"}, "2025-09-01", "2025.09.01."},
        DateCase{
            {.lang = "hu", .pattern = "\\d{4}\\.\\d{2}\\.\\d{2}\\."}, "2025-09-01", "2025.09.01."},
        DateCase{{.lang = "ro"}, "2025-09-01", "01.09.2025"},
        DateCase{{.lang = "uk"}, "2025-09-01", "01.09.2025"},
        DateCase{{.lang = "el"}, "2025-09-01", "01/09/2025"},
        // Bangladesh writes the day first (bn-BD, en-BD: Naive UI's bn-BD date picker
        // takes dd/MM/yyyy and MM/yyyy).
        DateCase{{.lang = "bn-BD"}, "2025-09-01", "01/09/2025"},
        DateCase{{.lang = "en-BD"}, "2025-09-01", "01/09/2025"},
        DateCase{{.lang = "bn"}, "2021-03", "03/2021"},
        // Nothing at all: as the profile writes it.
        DateCase{{}, "2025-09-01", "2025-09-01"},
        // Not a date: fine in a box that only has a language, a question where the
        // box asks for a date.
        DateCase{{.lang = "de"}, "immediately", "immediately"},
        DateCase{{.placeholder = "mm/dd/yyyy"}, "immediately", nullptr},
        DateCase{{.placeholder = "TT.MM.JJJJ", .lang = "de"}, "sofort", nullptr},
        // A year ("Graduation year", "Anno di conseguimento"): a number box holds
        // the year of any date; a box with only the page's language keeps a bare
        // year as one; a box that shows a full date format still asks.
        DateCase{{.lang = "it", .kind = ControlKind::kNumber}, "2017", "2017"},
        DateCase{{.kind = ControlKind::kNumber}, "2017-05-20", "2017"},
        DateCase{{.kind = ControlKind::kNumber}, "soon", nullptr},
        DateCase{{.lang = "it"}, "2017", "2017"},
        DateCase{{.placeholder = "gg/mm/aaaa", .lang = "it"}, "2017", nullptr},
        // A month ("Employed from": a month picker that shows no format of its
        // own): the language's order without a day it would have to make up; a box
        // that shows a full date still gets the 1st.
        DateCase{{.lang = "zh-CN"}, "2021-03", "2021/03"},
        DateCase{{.lang = "de"}, "2021-03", "03.2021"},
        DateCase{{.lang = "en-US"}, "2021-03", "03/2021"},
        DateCase{{.placeholder = "YYYY/MM/DD", .lang = "zh-CN"}, "2021-03", "2021/03/01"}));

// A date whose layout only the page's language suggests is also written in ISO
// 8601, for a picker that drops the guess (Arco Design's month picker takes
// "2021-03", not "2021/03"); a layout the box shows is no guess.
// Iranian forms ask dates in the Solar Hijri calendar, year first, with an
// example in Persian digits or the word شمسی: the profile's date is written in
// that calendar, in digits 0-9 (which Iranian sites read as well as their own).
TEST(FormatDateTest, ASolarHijriBoxGetsTheDateInThatCalendar) {
  auto from_example =
      FormatDate(Make({.placeholder = "۱۴۰۵/۱۰/۰۱", .lang = "fa-IR"}), "2025-09-01");
  ASSERT_TRUE(from_example) << from_example.error();
  EXPECT_EQ(from_example->text, "1404/06/10");
  auto from_hint = FormatDate(Make({.label = "تاریخ شروع", .hint = "تاریخ شمسی (مثلاً 1370-1-31)"}),
                              "2025-09-01");
  ASSERT_TRUE(from_hint) << from_hint.error();
  EXPECT_EQ(from_hint->text, "1404-6-10");
  auto from_word = FormatDate(Make({.label = "تاریخ شروع به کار (شمسی)"}), "2025-09-01");
  ASSERT_TRUE(from_word) << from_word.error();
  EXPECT_EQ(from_word->text, "1404/06/10");
  // Not a date: a question, never the Gregorian text.
  EXPECT_FALSE(FormatDate(Make({.placeholder = "۱۴۰۵/۱۰/۰۱"}), "immediately"));
  // An example date in Persian digits of a Gregorian year is a Gregorian layout.
  auto gregorian = FormatDate(Make({.placeholder = "۲۰۲۵/۰۹/۰۱"}), "2025-09-01");
  ASSERT_TRUE(gregorian) << gregorian.error();
  EXPECT_EQ(gregorian->text, "2025/09/01");
}

// Form builders that take their date formats from Java's SimpleDateFormat or
// Moment.js show the month token as the format: "dd-MMM-yyyy" (Zoho Forms' and
// Zoho Recruit's default) wants 01-Sep-2025, "MMMM d, yyyy" September 1, 2025.
TEST(FormatDateTest, AMonthTokenOfThreeOrFourLettersWritesTheMonthAsAWord) {
  auto layout = ParseDateLayout("dd-MMM-yyyy");
  ASSERT_TRUE(layout);
  EXPECT_EQ(layout->ToString(), "DD-MMM-YYYY");
  auto written = FormatDate(Make({.placeholder = "dd-MMM-yyyy", .lang = "en"}), "2025-09-01");
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, "01-Sep-2025") << written->how;
  written = FormatDate(Make({.hint = "dd-MMMM-yyyy", .lang = "en"}), "2021-03");
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, "01-March-2021") << written->how;
  written = FormatDate(Make({.placeholder = "MMM/dd/yyyy"}), "2017-12-31");
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, "Dec/31/2017") << written->how;
  // A year alone has no month to write.
  EXPECT_FALSE(FormatDate(Make({.placeholder = "dd-MMM-yyyy"}), "2017"));
}

TEST(FormatDateTest, ALayoutGuessedFromTheLanguageOffersIsoAsTheOtherForm) {
  auto month = FormatDate(Make({.lang = "zh-CN"}), "2021-03");
  ASSERT_TRUE(month) << month.error();
  EXPECT_EQ(month->text, "2021/03");
  EXPECT_EQ(month->other_forms, std::vector<std::string>{"2021-03"});
  auto day = FormatDate(Make({.lang = "de"}), "2025-09-01");
  ASSERT_TRUE(day) << day.error();
  EXPECT_EQ(day->text, "01.09.2025");
  EXPECT_EQ(day->other_forms, std::vector<std::string>{"2025-09-01"});
  auto shown = FormatDate(Make({.placeholder = "TT.MM.JJJJ", .lang = "de"}), "2025-09-01");
  ASSERT_TRUE(shown) << shown.error();
  EXPECT_TRUE(shown->other_forms.empty());
  auto iso = FormatDate(Make({.lang = "sv"}), "2025-09-01");
  ASSERT_TRUE(iso) << iso.error();
  EXPECT_EQ(iso->text, "2025-09-01");
  EXPECT_TRUE(iso->other_forms.empty());
}

// ---- phone numbers ------------------------------------------------------------

struct PhoneCase {
  Box box;
  const char* number;
  const char* code;
  const char* country;
  bool code_elsewhere;
  const char* expected;
};

class FormatPhoneTest : public ::testing::TestWithParam<PhoneCase> {};

TEST_P(FormatPhoneTest, Writes) {
  const PhoneCase& c = GetParam();
  Box box = c.box;
  if (box.kind == ControlKind::kText && std::string(box.html_type) == "text") {
    box.kind = ControlKind::kTel;
    box.html_type = "tel";
  }
  auto written = FormatPhone(Make(box), c.number, c.code, c.country, {c.code_elsewhere});
  if (c.expected == nullptr) {
    EXPECT_FALSE(written) << written->text;
    return;
  }
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, c.expected) << written->how;
}

// Beside a country picker the national number is typed; the whole number comes
// with it, for a box that writes the picked dialling code into itself when
// focused (intl-tel-input with nationalMode off).
TEST(FormatPhoneInternationalTest, ANationalNumberBesideAPickerCarriesTheWholeNumber) {
  Box box;
  box.kind = ControlKind::kTel;
  box.html_type = "tel";
  auto beside_picker = FormatPhone(Make(box), "+1 415 555 0142", "+1", "US", {true});
  ASSERT_TRUE(beside_picker) << beside_picker.error();
  EXPECT_EQ(beside_picker->text, "415 555 0142");
  EXPECT_EQ(beside_picker->international, "+1 415 555 0142");
  auto alone = FormatPhone(Make(box), "+1 415 555 0142", "+1", "US", {false});
  ASSERT_TRUE(alone) << alone.error();
  EXPECT_EQ(alone->international, "");
}

// Iranian forms show their example mobile in Persian digits ("۰۹۱۲۳۴۵۶۷۸۹", an
// 11-digit box): an Iranian number is written as that example, with its trunk 0
// and no code; a number of another country is no number such a box can take.
TEST(FormatPhoneInternationalTest, AnExampleInPersianDigitsIsANationalExample) {
  Box box{.placeholder = "۰۹۱۲۳۴۵۶۷۸۹", .kind = ControlKind::kTel, .html_type = "tel"};
  auto iranian = FormatPhone(Make(box), "+98 912 123 4567", "+98", "IR", {false});
  ASSERT_TRUE(iranian) << iranian.error();
  EXPECT_EQ(iranian->text, "09121234567");
  box.max_length = 11;
  auto foreign = FormatPhone(Make(box), "+1 415 555 0142", "+1", "US", {false});
  ASSERT_FALSE(foreign) << foreign->text;
  EXPECT_NE(foreign.error().find("another country"), std::string::npos) << foreign.error();
}

INSTANTIATE_TEST_SUITE_P(
    PerFormatAndCountry, FormatPhoneTest,
    ::testing::Values(
        // As written when the field says nothing.
        PhoneCase{{}, "+1 415 555 0142", "+1", "US", false, "+1 415 555 0142"},
        // The site's words ask for as many digits as the national number has (a
        // US form refusing "+1 ..." as not a 10-digit phone number, an Indian
        // form's 10-digit mobile): the national number; a count that is the whole
        // number's, or neither's, changes nothing.
        PhoneCase{{.validation_message = "Phone is invalid (enter a 10-digit phone number)"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "415 555 0142"},
        PhoneCase{{.hint = "Enter your 10 digit mobile number"},
                  "+91 98765 43210",
                  "+91",
                  "IN",
                  false,
                  "98765 43210"},
        PhoneCase{{.validation_message = "Die Telefonnummer muss 11-stellig sein"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        PhoneCase{
            {.hint = "Up to 15 digits"}, "+1 415 555 0142", "+1", "US", false, "+1 415 555 0142"},
        // A box that starts with a dialling code of its own (react-phone-input-2,
        // its flag beside it) takes the whole international number.
        PhoneCase{{.placeholder = "+55 (11) 91234-5678", .value = "+55"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  true,
                  "+1 415 555 0142"},
        // A dialling code drawn fixed beside the box (Bootstrap's input-group-text
        // "+30", read into the hint as a unit in the box's row): the box takes
        // that country's national number; a number of another country has no way
        // in, whatever else the box says (autocomplete=tel-national).
        PhoneCase{{.hint = "Χωρίς τον κωδικό χώρας, π.χ. 6912345678. | +30",
                   .autocomplete = "tel-national"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  nullptr},
        PhoneCase{{.placeholder = "69XXXXXXXX", .hint = "+30"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  nullptr},
        PhoneCase{{.hint = "(+30)"}, "+30 691 234 5678", "+30", "GR", false, "691 234 5678"},
        PhoneCase{{.hint = "+44"}, "+44 20 7946 0958", "+44", "GB", false, "020 7946 0958"},
        // A picker elsewhere on the page gives +1: the national number.
        PhoneCase{{}, "+1 415 555 0142", "+1", "US", true, "415 555 0142"},
        PhoneCase{{}, "+44 20 7946 0958", "+44", "GB", true, "020 7946 0958"},
        PhoneCase{{}, "+49 30 12345678", "", "DE", true, "030 12345678"},
        PhoneCase{{}, "+33 6 12 34 56 78", "+33", "FR", true, "06 12 34 56 78"},
        PhoneCase{{}, "+39 06 1234 5678", "+39", "IT", true, "06 1234 5678"},
        // The site's words ask for digits alone (after a refused submit, or as a hint).
        PhoneCase{{.validation_message = "请输入正确的手机号码（仅数字）"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  true,
                  "4155550142"},
        PhoneCase{{.context = "Nur Ziffern, ohne Leerzeichen"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  true,
                  "4155550142"},
        // An Arabic Contact Form 7 label says it in its remark: digits only,
        // without the country code.
        PhoneCase{{.label = "رقم الجوال (أرقام فقط، بدون رمز الدولة)"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "4155550142"},
        // The field says so.
        PhoneCase{{.label = "Phone", .autocomplete = "tel-national"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "415 555 0142"},
        // A national box shaped for another country's numbers (a Brazilian mobile,
        // 11 digits) and no picker: a US number without its code would be misread.
        PhoneCase{
            {.label = "Celular", .placeholder = "(00) 00000-0000", .autocomplete = "tel-national"},
            "+1 415 555 0142",
            "+1",
            "US",
            false,
            nullptr},
        PhoneCase{
            {.label = "Phone", .placeholder = "(555) 555-5555", .autocomplete = "tel-national"},
            "+1 415 555 0142",
            "+1",
            "US",
            false,
            "(415) 555-0142"},
        PhoneCase{{.label = "Phone (without country code)"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "415 555 0142"},
        PhoneCase{{.context = "Bitte ohne Ländervorwahl"},
                  "+49 30 12345678",
                  "+49",
                  "DE",
                  false,
                  "030 12345678"},
        PhoneCase{{.label = "Phone number with country code"},
                  "(415) 555-0142",
                  "+1",
                  "US",
                  false,
                  "+1 (415) 555-0142"},
        PhoneCase{{.context = "Format international, avec indicatif"},
                  "06 12 34 56 78",
                  "+33",
                  "FR",
                  false,
                  "+33 6 12 34 56 78"},
        // Words without spaces between them (Japanese, Chinese, Korean) and Russian.
        PhoneCase{
            {.context =
                 "半角数字のみ、ハイフンなし。海外の電話番号は国番号から（例: 14155550199）。",
             .input_mode = "numeric"},
            "+1 415 555 0142",
            "+1",
            "US",
            false,
            "14155550142"},
        PhoneCase{{.context = "国番号なしで入力してください"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "415 555 0142"},
        PhoneCase{
            {.context = "请填写国际区号"}, "415 555 0142", "+1", "US", false, "+1 415 555 0142"},
        PhoneCase{
            {.context = "국가번호 포함"}, "415 555 0142", "+1", "US", false, "+1 415 555 0142"},
        PhoneCase{{.context = "Номер без кода страны"},
                  "+7 900 123 45 67",
                  "+7",
                  "RU",
                  false,
                  "900 123 45 67"},
        // A national example of the site's country is no format for a foreign
        // number: stripped of its code, the number would reach a wrong phone.
        PhoneCase{{.placeholder = "Bijv. 06 12345678", .lang = "nl"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        PhoneCase{{.placeholder = "070-123 45 67", .lang = "sv"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        PhoneCase{{.lang = "ja", .context = "半角数字（ハイフン可）　例: 090-1234-5678"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        PhoneCase{{.placeholder = "Bijv. 06 12345678", .lang = "nl"},
                  "+31 6 12345678",
                  "+31",
                  "NL",
                  false,
                  "06 12345678"},
        // Placeholders: a mask is followed, an example's form is taken.
        PhoneCase{{.placeholder = "(555) 555-5555"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "(415) 555-0142"},
        PhoneCase{
            {.placeholder = "___-___-____"}, "+1 415 555 0142", "+1", "US", false, "415-555-0142"},
        // A template in the site's words: the message a refused value got (Gravity
        // Forms' "standard" phone format), a hint under the box.
        PhoneCase{{.validation_message = "Phone format: (###) ###-####"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "(415) 555-0142"},
        PhoneCase{
            {.hint = "Format: XXX-XXX-XXXX"}, "+1 415 555 0142", "+1", "US", false, "415-555-0142"},
        // Slot letters inside words and a sentence's own numbers are no template.
        PhoneCase{{.hint = "XXL sizes, call 9 to 5"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        // A template for another country's numbers: a US number does not fit it.
        PhoneCase{{.validation_message = "Formato: ## #####-####"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        PhoneCase{{.placeholder = "+1 (555) 555-5555"},
                  "415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 (415) 555-0142"},
        PhoneCase{
            {.placeholder = "+49 30 1234567"}, "030 12345678", "", "DE", false, "+49 30 12345678"},
        PhoneCase{{.placeholder = "z.B. 030 1234567", .lang = "de"},
                  "+49 30 12345678",
                  "+49",
                  "DE",
                  false,
                  "030 12345678"},
        // Another country's mask: its grouping is not how this number is written
        // (a Russian shop's "+7 (900) 000-00-00" once made "+1 (415) 555-01-42").
        PhoneCase{{.placeholder = "+7 (900) 000-00-00"},
                  "+1 415 555 0142",
                  "+1",
                  "US",
                  false,
                  "+1 415 555 0142"},
        PhoneCase{{.placeholder = "+7 (___) ___-__-__"},
                  "+7 912 345 6789",
                  "+7",
                  "RU",
                  false,
                  "+7 (912) 345-67-89"},
        // Digits only.
        PhoneCase{{.pattern = "[0-9]{10}"}, "+1 415 555 0142", "+1", "US", false, "4155550142"},
        PhoneCase{{.pattern = "\\d*"}, "+1 (415) 555-0142", "+1", "US", false, "4155550142"},
        PhoneCase{{.input_mode = "numeric"}, "+1 415 555 0142", "+1", "US", false, "4155550142"},
        // No room for the code.
        PhoneCase{{.max_length = 12}, "+1 415 555 0142", "+1", "US", false, "415 555 0142"},
        // A national number the field wants international, with no code known.
        PhoneCase{{.placeholder = "+49 ..."}, "030 12345678", "", "", false, nullptr},
        PhoneCase{{}, "12", "+1", "US", false, nullptr}));

// A number written as is, with its country code, on a page that shows no format:
// its national form is offered too, for an input mask that shows itself only once
// typed into ("(999) 999-9999" on a US WordPress page), where the page is of the
// number's own country; never another country's number stripped of its code.
struct OtherFormsCase {
  Box box;
  const char* number;
  const char* country;
  std::vector<std::string> expected;
};

class PhoneOtherFormsTest : public ::testing::TestWithParam<OtherFormsCase> {};

TEST_P(PhoneOtherFormsTest, OffersTheNationalNumberOnAPageOfItsCountry) {
  const OtherFormsCase& c = GetParam();
  Box box = c.box;
  box.kind = ControlKind::kTel;
  box.html_type = "tel";
  auto written = FormatPhone(Make(box), c.number, "", c.country);
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, c.number) << written->how;
  EXPECT_EQ(written->other_forms, c.expected) << written->how;
}

INSTANTIATE_TEST_SUITE_P(
    PerPageAndCountry, PhoneOtherFormsTest,
    ::testing::Values(
        OtherFormsCase{{.lang = "en-US"}, "+1 415 555 0142", "US", {"415 555 0142"}},
        OtherFormsCase{{.lang = "en_us"}, "+1 415 555 0142", "US", {"415 555 0142"}},
        OtherFormsCase{{.lang = "de-DE"}, "+49 30 12345678", "DE", {"030 12345678"}},
        // A script subtag before the region ("zh-Hant-TW", "sr-Latn-RS").
        OtherFormsCase{{.lang = "en-Latn-US"}, "+1 415 555 0142", "US", {"415 555 0142"}},
        OtherFormsCase{{.lang = "zh-Hant-TW"}, "+886 2 2345 6789", "TW", {"02 2345 6789"}},
        OtherFormsCase{{.lang = "zh-Hant"}, "+886 2 2345 6789", "TW", {}},
        // Another country's page, a page that names no country, no country known.
        OtherFormsCase{{.lang = "en-GB"}, "+1 415 555 0142", "US", {}},
        OtherFormsCase{{.lang = "en"}, "+1 415 555 0142", "US", {}},
        OtherFormsCase{{.lang = "en-US"}, "+1 415 555 0142", "", {}},
        // Written nationally already: nothing else to offer.
        OtherFormsCase{{.lang = "en-US"}, "(415) 555-0142", "US", {}}));

TEST(PhoneOtherFormsTest, NoneWhereTheFieldDecidedTheForm) {
  Box international{.placeholder = "+1 (555) 555-5555", .lang = "en-US"};
  auto written = FormatPhone(Make(international), "+1 415 555 0142", "+1", "US");
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, "+1 (415) 555-0142");
  EXPECT_TRUE(written->other_forms.empty());
}

// ---- numbers and money ------------------------------------------------------------

struct NumberCase {
  Box box;
  double value;
  const char* expected;
};

class FormatNumberTest : public ::testing::TestWithParam<NumberCase> {};

TEST_P(FormatNumberTest, Writes) {
  const NumberCase& c = GetParam();
  auto written = FormatNumber(Make(c.box), c.value);
  if (c.expected == nullptr) {
    EXPECT_FALSE(written) << written->text;
    return;
  }
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, c.expected) << written->how;
}

INSTANTIATE_TEST_SUITE_P(
    PerFormatAndLocale, FormatNumberTest,
    ::testing::Values(
        NumberCase{
            {.lang = "de", .kind = ControlKind::kNumber, .html_type = "number"}, 185000, "185000"},
        NumberCase{{.lang = "de", .kind = ControlKind::kNumber, .html_type = "number"}, 1.5, "1.5"},
        NumberCase{{.placeholder = "z.B. 100.000", .lang = "de"}, 185000, "185.000"},
        NumberCase{{.placeholder = "100.000 €", .lang = "de"}, 1850000, "1.850.000"},
        NumberCase{{.placeholder = "e.g. 120,000"}, 185000, "185,000"},
        NumberCase{{.placeholder = "ex. 45 000", .lang = "fr"}, 185000, "185 000"},
        NumberCase{{.placeholder = "100\xC2\xA0"
                                   "000",
                    .lang = "fr"},
                   185000,
                   "185\xC2\xA0"
                   "000"},
        NumberCase{{.placeholder = "100'000", .lang = "de-CH"}, 185000, "185'000"},
        NumberCase{{.context = "Beispiel: 60.000"}, 72500, "72.500"},
        NumberCase{{.placeholder = "100,000", .lang = "de"}, 1234.5, "1,234.5"},
        NumberCase{{.lang = "de"}, 185000, "185000"}, NumberCase{{.lang = "de"}, 1.5, "1,5"},
        NumberCase{{.lang = "fr"}, 7.25, "7,25"}, NumberCase{{.lang = "en"}, 7.25, "7.25"},
        NumberCase{{.lang = "es"}, 8, "8"}, NumberCase{{.placeholder = "e.g. 5"}, 8, "8"},
        NumberCase{{.pattern = "[0-9]+"}, 185000, "185000"},
        NumberCase{{.pattern = "\\d{1,2}"}, 8, "8"},
        NumberCase{{.input_mode = "numeric"}, 8.5, nullptr},
        NumberCase{{.lang = "de", .input_mode = "decimal"}, 8.5, "8,5"}));

// A hostile page's hint text or placeholder of some 200 KB of digits used to
// overflow the stack inside std::regex and end the whole process.
TEST(HostilePageNumberTest, LongDigitRunsAreReadWithoutOverflowingTheStack) {
  std::string hint = "Beispiel: 1";
  for (int i = 0; i < 50000; ++i) hint += ".000";
  Field grouped = Make({.lang = "de"});
  grouped.context = hint;
  auto written = FormatNumber(grouped, 185000);
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, "185.000");

  Field long_example = Make({});
  long_example.placeholder = "1" + std::string(200000, '0');
  EXPECT_FALSE(TakesNumber(long_example));
}

// A page's label, hint or pattern of 100 kB is read for a date layout or a
// number without overflowing the stack, and a layout at its end is still found.
TEST(HostilePageDateTest, HugeTextsAreReadWithoutOverflowingTheStack) {
  EXPECT_FALSE(ParseDateLayout(std::string(100000, 'd')));
  EXPECT_FALSE(ParseDateLayout(std::string(100000, '1')));
  std::string filler;
  while (filler.size() < 100000) filler += "xxxxxxxxx 1234567 ";
  auto layout = ParseDateLayout(filler + "Format: tt.mm.jjjj");
  ASSERT_TRUE(layout);
  EXPECT_EQ(layout->ToString(), "DD.MM.YYYY");
  layout = ParseDateLayout(filler + "z. B. 31.12.1990");
  ASSERT_TRUE(layout);
  EXPECT_EQ(layout->ToString(), "DD.MM.YYYY");
  Field labelled = Make({});
  labelled.label = filler;
  EXPECT_FALSE(DateLayoutOf(labelled, nullptr));
  Field patterned = Make({});
  patterned.pattern = "^\\d+" + std::string(100000, '$');
  EXPECT_FALSE(TakesNumber(patterned));
  patterned.pattern = "[0-9]" + std::string(100000, '+');
  EXPECT_FALSE(TakesNumber(patterned));
}

struct AmountCase {
  Box box;
  const char* currency;
  const char* expected;  // nullptr: the field wants another currency
};

class FormatAmountTest : public ::testing::TestWithParam<AmountCase> {};

TEST_P(FormatAmountTest, WritesOrRefusesToConvert) {
  const AmountCase& c = GetParam();
  auto written = FormatAmount(Make(c.box), 185000, c.currency);
  if (c.expected == nullptr) {
    ASSERT_FALSE(written) << written->text;
    EXPECT_NE(written.error().find(c.currency), std::string::npos) << written.error();
    return;
  }
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->text, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Currencies, FormatAmountTest,
    ::testing::Values(
        AmountCase{{.label = "Desired salary (USD)"}, "USD", "185000"},
        AmountCase{{.label = "Desired salary ($)"}, "USD", "185000"},
        AmountCase{{.label = "Desired salary ($)"}, "CAD", "185000"},
        AmountCase{{.label = "Gehaltsvorstellung (EUR)", .lang = "de"}, "USD", nullptr},
        AmountCase{{.label = "Gehaltsvorstellung in €", .lang = "de"}, "EUR", "185000"},
        AmountCase{{.label = "Salary expectation (£)"}, "USD", nullptr},
        AmountCase{{.label = "Prétentions salariales", .context = "en euros"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary"}, "USD", "185000"},
        AmountCase{{.label = "Desired salary ($)"}, "EUR", nullptr},
        AmountCase{{.label = "Salary", .placeholder = "CHF"}, "CHF", "185000"},
        AmountCase{{.label = "Net Ücret Beklentisi (TL)", .lang = "tr"}, "USD", nullptr},
        AmountCase{{.label = "Oczekiwania finansowe (zł brutto)", .lang = "pl"}, "USD", nullptr},
        AmountCase{{.label = "Lønforventning (kr.)", .lang = "da"}, "USD", nullptr},
        AmountCase{{.label = "Lønforventning (kr.)", .lang = "da"}, "DKK", "185000"},
        AmountCase{{.label = "Mức lương mong muốn (VNĐ)", .lang = "vi"}, "USD", nullptr},
        AmountCase{{.label = "Gaji yang Diharapkan",
                    .hint = "Gaji kotor per bulan dalam Rupiah.",
                    .lang = "id"},
                   "USD",
                   nullptr},
        AmountCase{{.label = "Ekspektasi gaji (IDR)", .lang = "id"}, "USD", nullptr},
        AmountCase{{.label = "Bérigény (bruttó, Ft)", .lang = "hu"}, "EUR", nullptr},
        AmountCase{{.label = "Bérigény (HUF)", .lang = "hu"}, "HUF", "185000"},
        AmountCase{{.label = "Salariul dorit (lei)", .lang = "ro"}, "EUR", nullptr},
        AmountCase{{.label = "Salariul dorit (RON)", .lang = "ro"}, "RON", "185000"},
        AmountCase{{.label = "Бажана зарплата, грн", .lang = "uk"}, "USD", nullptr},
        AmountCase{{.label = "Επιθυμητές αποδοχές (€)", .lang = "el"}, "EUR", "185000"},
        // Israeli forms ask in shekels: "₪", "ש״ח", "NIS".
        AmountCase{{.label = "ציפיות שכר (ברוטו חודשי, ₪)", .lang = "he"}, "USD", nullptr},
        AmountCase{{.label = "שכר מבוקש בש״ח", .lang = "he"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (NIS)", .lang = "en"}, "USD", nullptr},
        // Thai forms ask in baht: "บาท" beside the box, "฿", "THB"; a role (บทบาท) is no baht.
        AmountCase{{.label = "เงินเดือนที่คาดหวัง", .hint = "บาท", .lang = "th"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (฿)", .lang = "th"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (THB)"}, "THB", "185000"},
        AmountCase{{.label = "บทบาทที่ต้องการ", .lang = "th"}, "USD", "185000"},
        // Indian forms in Hindi ask in lakhs of rupees ("लाख रुपये में"), or in ₹.
        AmountCase{{.label = "अपेक्षित वार्षिक CTC (लाख रुपये में)", .lang = "hi"}, "USD", nullptr},
        AmountCase{{.label = "अपेक्षित वेतन (रुपए)", .lang = "hi"}, "USD", nullptr},
        AmountCase{{.label = "अपेक्षित वेतन (करोड़ में)", .lang = "hi"}, "USD", nullptr},
        // Bangladeshi forms ask in taka: "টাকা", "টাকায়" (in taka), "৳", "BDT".
        AmountCase{{.label = "প্রত্যাশিত বেতন (মাসিক, টাকায়)", .lang = "bn"}, "USD", nullptr},
        AmountCase{{.label = "প্রত্যাশিত বেতন", .placeholder = "৳", .lang = "bn"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (BDT)"}, "USD", nullptr},
        // Georgian forms ask in lari: "₾", "ლარში" (in lari), "GEL".
        AmountCase{
            {.label = "ანაზღაურება (₾)", .lang = "ka"}, "USD", nullptr},
        AmountCase{{.label = "სასურველი ხელფასი ლარში", .lang = "ka"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (GEL)"}, "USD", nullptr},
        // Armenian forms ask in drams: "֏", "ՀՀ դրամ", "դրամով" (in drams), "AMD".
        AmountCase{{.label = "Ակնկալվող աշխատավարձ (֏)", .lang = "hy"}, "USD", nullptr},
        AmountCase{{.label = "Ակնկալվող աշխատավարձ (ՀՀ դրամ, զուտ)", .lang = "hy"}, "USD", nullptr},
        AmountCase{{.label = "Ցանկալի աշխատավարձ դրամով", .lang = "hy"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (AMD)"}, "USD", nullptr},
        // Albanian forms ask in lekë: "Lekë", "në Lekë" (in lek), "ALL" beside the box.
        AmountCase{{.label = "Paga e pritshme (Lekë)", .lang = "sq"}, "USD", nullptr},
        AmountCase{
            {.label = "Paga e pritshme", .placeholder = "ALL", .lang = "sq"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (lek)"}, "USD", nullptr},
        // Macedonian forms ask in denars: "денари (МКД)" beside the box, or "MKD".
        AmountCase{{.label = "Очекувана месечна нето плата", .hint = "денари (МКД)", .lang = "mk"},
                   "USD",
                   nullptr},
        AmountCase{{.label = "Очекувана плата во денари", .lang = "mk"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (MKD)"}, "USD", nullptr},
        // Kazakh forms ask in tenge: "теңге", "₸", "тг" or KZT.
        AmountCase{{.label = "Күтілетін жалақы (теңге)", .lang = "kk"}, "USD", nullptr},
        AmountCase{
            {.label = "Жалақы", .placeholder = "мысалы, 450 000 тг", .lang = "kk"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (KZT)"}, "USD", nullptr}));

// Azerbaijani forms ask in manat: "AZN" or "₼" beside the box, "manatla" (in manat).
INSTANTIATE_TEST_SUITE_P(
    AzerbaijaniManat, FormatAmountTest,
    ::testing::Values(
        AmountCase{{.label = "Gözlənilən əmək haqqı (AZN)", .lang = "az"}, "USD", nullptr},
        AmountCase{
            {.label = "Arzu olunan maaş", .placeholder = "₼", .lang = "az"}, "USD", nullptr},
        AmountCase{{.label = "Gözlənilən əmək haqqı manatla", .lang = "az"}, "USD", nullptr},
        AmountCase{{.label = "Expected salary (AZN)"}, "USD", nullptr}));

// A salary asked per month (or hour) is not the profile's yearly amount: the
// person says, the engine never divides.
TEST(FormatAmountTest, AnAmountOfAnotherPeriodIsNotWritten) {
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Net Ücret Beklentisi (TL / Ay)", .lang = "tr"})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Gehaltsvorstellung (brutto, monatlich)"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Desired hourly rate"})), "hour");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Mzdová představa", .placeholder = "Hrubá měsíční mzda"})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Požadovaná mzda (Kč ročně)"})), "year");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Desired annual base salary"})), "year");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "ציפיות שכר (ברוטו חודשי, ₪)"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "שכר שנתי מבוקש"})), "year");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "প্রত্যাশিত বেতন (মাসিক, টাকায়)"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "বার্ষিক বেতন"})), "year");
  // Georgian "თვეში" (a month), "თვიური" (monthly), "წლიური" (yearly).
  EXPECT_EQ(
      PeriodNamedBy(Make({.label = "ანაზღაურება (₾, თვეში)"})),
      "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "თვიური ხელფასი"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "წლიური ანაზღაურება"})), "year");
  // Armenian "ամսական" (monthly), "տարեկան" (yearly).
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Ակնկալվող աշխատավարձ (ՀՀ դրամ, զուտ, ամսական)"})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Տարեկան աշխատավարձ"})), "year");
  // Albanian "në muaj" (a month), "mujore" (monthly), "vjetore" (yearly).
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Paga e pritshme (Lekë në muaj)"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Paga mujore neto"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Paga bruto vjetore"})), "year");
  // Macedonian (and Bulgarian) "месечна" (monthly), "на месечно ниво", "годишна".
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Очекувана месечна нето плата"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Плата", .hint = "Нето износ на месечно ниво"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Годишна бруто плата"})), "year");
  // Azerbaijani "aylıq" (monthly), "AZN / ay" (a month), "illik" (yearly).
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Aylıq əmək haqqı"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Gözlənilən əmək haqqı (AZN / ay)", .lang = "az"})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "İllik əmək haqqı"})), "year");
  // Kazakh "айына" (a month), "айлық" (monthly), "жылына" (a year), "жылдық" (annual).
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Күтілетін жалақы (айына, қолға)", .lang = "kk"})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Айлық жалақы", .lang = "kk"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Жылдық табыс", .lang = "kk"})), "year");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Жалақы (жылына)", .lang = "kk"})), "year");
  EXPECT_EQ(CurrencyOfPayIn("Жалақы: 1 800 000 – 2 600 000 ₸ қолға"), "KZT");
  EXPECT_EQ(PeriodNamedBy(Make(
                {.label = "Gaji yang Diharapkan", .hint = "Gaji kotor per bulan dalam Rupiah."})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Salary expectations for this HR role"})), "");
  // Thai เงินเดือน (salary) is a month's pay; ต่อปี is a year's.
  EXPECT_EQ(PeriodNamedBy(Make({.label = "เงินเดือนที่ต้องการ", .lang = "th"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "รายได้ที่ต้องการ (บาท/ปี)", .hint = "ต่อปี"})), "year");
  // Hungarian "Ft/hó" and "havi", Romanian "lei/lună", Ukrainian "грн/міс", Greek
  // "μηνιαίες" and "ετήσιες".
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Bérigény (bruttó, Ft/hó)", .lang = "hu"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Havi bruttó bérigény", .lang = "hu"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Éves bruttó bérigény", .lang = "hu"})), "year");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Salariul dorit (net, lei/lună)", .lang = "ro"})),
            "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Бажана зарплата, грн/міс", .lang = "uk"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Επιθυμητές μηνιαίες αποδοχές", .lang = "el"})), "month");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Επιθυμητές ετήσιες αποδοχές", .lang = "el"})), "year");
  // Periods offered beside the box as a choice (Hourly / Annually) leave the
  // amount's period to that choice.
  EXPECT_EQ(
      PeriodNamedBy(Make({.label = "What is your desired salary?", .hint = "Hourly Annually"})),
      "");
  EXPECT_EQ(PeriodNamedBy(Make({.label = "Salary", .placeholder = "per month or per year"})), "");
  EXPECT_FALSE(FormatAmount(Make({.label = "Expected salary per month"}), 185000, "USD", "year"));
  auto yearly = FormatAmount(Make({.label = "Expected salary per year"}), 185000, "USD", "year");
  ASSERT_TRUE(yearly) << yearly.error();
  EXPECT_EQ(yearly->text, "185000");
}

// Iranian forms ask pay in toman (ten rials) or rials: neither is the profile's
// dollars, whatever the amount.
TEST(CurrencyNamedByTest, TomanAndRialAreIransCurrency) {
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "حقوق درخواستی (ماهیانه، به تومان)"})), "IRR");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "حقوق مورد انتظار", .placeholder = "ریال"})), "IRR");
  auto in_toman = FormatAmount(Make({.label = "حقوق درخواستی (تومان)"}), 185000, "USD", "year");
  EXPECT_FALSE(in_toman);
}

// Serbian forms ask net monthly pay in dinars: no dollar amount is one of them.
TEST(CurrencyNamedByTest, DinarsAreSerbiasCurrency) {
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Očekivana mesečna plata (neto, u dinarima)"})), "RSD");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Očekivana plata", .placeholder = "RSD"})), "RSD");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Очекивана плата (динара)"})), "RSD");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Salariul dorit din oferta"})), "");
  EXPECT_FALSE(
      FormatAmount(Make({.label = "Očekivana plata (neto, u dinarima)"}), 185000, "USD", "year"));
}

TEST(CurrencyNamedByTest, NamesTheCurrencyTheFieldAsksIn) {
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Salary (EUR)"})), "EUR");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Gehalt", .placeholder = "€"})), "EUR");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Salary in US dollars"})), "$");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Expected salary per year"})), "");
  // "us" in a sentence is not a currency, nor "try", nor a Korean word holding 원.
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Tell us your expected salary"})), "");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Try to give one expected salary figure"})), "");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "희망 연봉 (지원자 기준)"})), "");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "희망 연봉 (만원)"})), "KRW");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Net Ücret Beklentisi (TL)"})), "TRY");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Mzdová představa (Kč)"})), "CZK");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Plat", .placeholder = "v korunách"})), "CZK");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Požadovaný plat v tisících korun"})), "CZK");
  // The Malaysian ringgit: "RM" drawn before the box (Cognito Forms' currency
  // field), or named.
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Gaji Dijangka", .hint = "RM"})), "MYR");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Gaji dijangka (ringgit sebulan)"})), "MYR");
  EXPECT_EQ(CurrencyNamedBy(Make({.label = "Expected salary (MYR)"})), "MYR");
}

// ---- links --------------------------------------------------------------------------

TEST(FormatUrlTest, AddsASchemeWhereTheFieldTakesFullUrlsOnly) {
  Box url_box{.kind = ControlKind::kUrl, .html_type = "url"};
  EXPECT_EQ(FormatUrl(Make(url_box), "linkedin.com/in/jordan")->text,
            "https://linkedin.com/in/jordan");
  EXPECT_EQ(FormatUrl(Make(url_box), "https://github.com/j")->text, "https://github.com/j");
  EXPECT_EQ(FormatUrl(Make({.placeholder = "https://..."}), "github.com/j")->text,
            "https://github.com/j");
  EXPECT_EQ(FormatUrl(Make({}), "github.com/j")->text, "github.com/j");
  EXPECT_FALSE(FormatUrl(Make(url_box), "  "));
}

TEST(LanguageOfTest, TakesThePrimarySubtag) {
  EXPECT_EQ(LanguageOf(Make({.lang = "de-AT"})), "de");
  EXPECT_EQ(LanguageOf(Make({.lang = "pt_BR"})), "pt");
  EXPECT_EQ(LanguageOf(Make({.lang = "FR"})), "fr");
  EXPECT_EQ(LanguageOf(Make({})), "");
}

TEST(CurrencyOfPayInTest, ACurrencyMarkBesideANumberIsThePaysCurrency) {
  EXPECT_EQ(CurrencyOfPayIn("The base salary range is $170,000 - $210,000."), "$");
  EXPECT_EQ(CurrencyOfPayIn("Gehalt: 70.000 € brutto"), "EUR");
  EXPECT_EQ(CurrencyOfPayIn("ხელფასი: 5000 – 7000 ₾ (ხელზე)"), "GEL");
  EXPECT_EQ(CurrencyOfPayIn("1000 GEL / თვე"), "GEL");
  EXPECT_EQ(CurrencyOfPayIn("Աշխատավարձ՝ 1 200 000 – 1 600 000 ֏ (զուտ)"), "AMD");
  EXPECT_EQ(CurrencyOfPayIn("800 000 AMD"), "AMD");
  EXPECT_EQ(CurrencyOfPayIn("Paga: 250 000 – 350 000 Lekë neto/muaj"), "ALL");
  EXPECT_EQ(CurrencyOfPayIn("Paga 120000 lek"), "ALL");
  EXPECT_EQ(CurrencyOfPayIn("Плата: 60000 – 90000 MKD нето"), "MKD");
  EXPECT_EQ(CurrencyOfPayIn("2 500 – 3 500 AZN"), "AZN");
  EXPECT_EQ(CurrencyOfPayIn("Əmək haqqı: 1500 ₼"), "AZN");
  EXPECT_EQ(CurrencyOfPayIn("Salary EUR 60,000 - 75,000"), "EUR");
  EXPECT_EQ(CurrencyOfPayIn("Gaji: RM 8,000 - RM 12,000 sebulan"), "MYR");
  EXPECT_EQ(CurrencyOfPayIn("up to 95,000 GBP"), "GBP");
  EXPECT_EQ(CurrencyOfPayIn("Salário R$ 12.000"), "BRL");
  EXPECT_EQ(CurrencyOfPayIn("Lön 45 000 SEK"), "kr");
  // No number beside it, a code inside a word, or two currencies: no pay currency.
  EXPECT_EQ(CurrencyOfPayIn("We pay in USD and offer equity"), "");
  EXPECT_EQ(CurrencyOfPayIn("EUROPE 2025 offices"), "");
  EXPECT_EQ(CurrencyOfPayIn("$170,000 in the US, €150.000 in the EU"), "");
  EXPECT_EQ(CurrencyOfPayIn(""), "");
}

TEST(CurrencyOfPayInTest, ADollarFitsEveryDollar) {
  EXPECT_TRUE(CurrencyFits("$", "USD"));
  EXPECT_TRUE(CurrencyFits("$", "CAD"));
  EXPECT_FALSE(CurrencyFits("$", "EUR"));
  EXPECT_TRUE(CurrencyFits("kr", "NOK"));
  EXPECT_TRUE(CurrencyFits("EUR", "EUR"));
  EXPECT_FALSE(CurrencyFits("EUR", "USD"));
}

}  // namespace
}  // namespace applier::planning
