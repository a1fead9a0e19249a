#include "planning/duration_text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace applier::planning {
namespace {

constexpr double kEndless = std::numeric_limits<double>::infinity();

struct DurationCase {
  const char* text;
  double low;
  double high;
};

class ReadDurationTest : public ::testing::TestWithParam<DurationCase> {};

TEST_P(ReadDurationTest, ReadsTheLengthInDays) {
  const auto& c = GetParam();
  auto span = ReadDuration(c.text);
  ASSERT_TRUE(span) << c.text;
  EXPECT_EQ(span->low_days, c.low) << c.text;
  EXPECT_EQ(span->high_days, c.high) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    ManyLanguages, ReadDurationTest,
    ::testing::Values(
        DurationCase{"2 weeks", 14, 14}, DurationCase{"2 semaines", 14, 14},
        DurationCase{"2 Wochen", 14, 14}, DurationCase{"2 settimane", 14, 14},
        DurationCase{"2 semanas", 14, 14}, DurationCase{"2 weken", 14, 14},
        DurationCase{"2 tygodnie", 14, 14}, DurationCase{"2 недели", 14, 14},
        DurationCase{"2 hafta", 14, 14}, DurationCase{"2 veckor", 14, 14},
        DurationCase{"2週間", 14, 14}, DurationCase{"2주", 14, 14}, DurationCase{"1 Monat", 30, 30},
        DurationCase{"3 mois", 90, 90}, DurationCase{"30 days", 30, 30},
        DurationCase{"1-3 months", 30, 90}, DurationCase{"2 weeks - 1 month", 14, 30},
        DurationCase{"3 mesi o più", 90, kEndless}, DurationCase{"Mehr als 3 Monate", 90, kEndless},
        DurationCase{"3+ months", 90, kEndless}, DurationCase{"Less than 1 month", 0, 30},
        DurationCase{"1ヶ月以内", 0, 30}, DurationCase{"Immediately", 0, 0},
        // French elides "de" before a number: "moins d'1 mois" is less than a month.
        DurationCase{"Moins d’1 mois", 0, 30}, DurationCase{"Moins d'1 mois", 0, 30},
        DurationCase{"1 à 3 mois", 30, 90},
        // Russian: "до" (up to), "от ... до" (between), "сразу" (at once).
        DurationCase{"До 2 недель", 0, 14}, DurationCase{"От 2 недель до 1 месяца", 14, 30},
        DurationCase{"Нет", 0, 0}, DurationCase{"Keine / sofort verfügbar", 0, 0},
        DurationCase{"Disponibilità immediata", 0, 0},
        // Turkish joins "than" and "up to" to the unit; İ and ı read as i.
        DurationCase{"2 Hafta", 14, 14}, DurationCase{"1 YIL", 365, 365},
        DurationCase{"3 aydan fazla", 90, kEndless}, DurationCase{"1 aydan az", 0, 30},
        DurationCase{"3 aya kadar", 0, 90}, DurationCase{"Hemen", 0, 0},
        // Vietnamese: tuần, tháng, năm; trên / dưới before the number.
        DurationCase{"2 tuần", 14, 14}, DurationCase{"1 Tháng", 30, 30},
        DurationCase{"1 năm", 365, 365}, DurationCase{"Trên 3 tháng", 90, kEndless},
        DurationCase{"Dưới 1 tháng", 0, 30}, DurationCase{"Có thể đi làm ngay", 0, 0},
        // Polish in its case forms, with or without its marks.
        DurationCase{"2 tygodnie", 14, 14}, DurationCase{"1 miesiąc", 30, 30},
        DurationCase{"3 miesiące", 90, 90}, DurationCase{"Do 1 miesiąca", 0, 30},
        DurationCase{"Powyżej 3 miesięcy", 90, kEndless}, DurationCase{"Gotowość od zaraz", 0, 0},
        DurationCase{"1 miesiac", 30, 30},
        // Lithuanian in its cases: savaitė, mėnuo, metai; "iki", "ir daugiau", "iš karto".
        DurationCase{"2 savaitės", 14, 14}, DurationCase{"1 savaitė", 7, 7},
        DurationCase{"1 mėnuo", 30, 30}, DurationCase{"2 mėnesiai", 60, 60},
        DurationCase{"3 mėnesiai ir daugiau", 90, kEndless}, DurationCase{"Iki 1 mėnesio", 0, 30},
        DurationCase{"Neturiu įspėjimo termino (galiu pradėti iš karto)", 0, 0},
        // Danish and Norwegian: dage, uger, måneder; "mere end", "ingen".
        DurationCase{"14 dage", 14, 14}, DurationCase{"2 uger", 14, 14},
        DurationCase{"1 måned", 30, 30}, DurationCase{"3 MÅNEDER", 90, 90},
        DurationCase{"Mere end 3 måneder", 90, kEndless}, DurationCase{"Ingen", 0, 0},
        DurationCase{"Straks", 0, 0}, DurationCase{"3 uker", 21, 21},
        // Finnish: päivää, viikkoa, kuukausi/kuukautta (kk), vuosi; yli, alle, heti.
        DurationCase{"14 päivää", 14, 14}, DurationCase{"2 viikkoa", 14, 14},
        DurationCase{"1 kuukausi", 30, 30}, DurationCase{"3 kuukautta", 90, 90},
        DurationCase{"2 kk", 60, 60}, DurationCase{"Yli 3 kuukautta", 90, kEndless},
        DurationCase{"Alle 1 kuukausi", 0, 30}, DurationCase{"Voin aloittaa heti", 0, 0},
        // Czech: den/dny/dní, týden/týdny/týdnů, měsíc/měsíce/měsíců, rok/roky/let, in
        // their cases after "do" (within); ihned, více než, a více.
        DurationCase{"14 dní", 14, 14}, DurationCase{"1 týden", 7, 7},
        DurationCase{"2 týdny", 14, 14}, DurationCase{"Do 2 týdnů", 0, 14},
        DurationCase{"Do 1 týdne", 0, 7}, DurationCase{"1 měsíc", 30, 30},
        DurationCase{"3 měsíce", 90, 90}, DurationCase{"Do 1 měsíce", 0, 30},
        DurationCase{"Do 3 měsíců", 0, 90}, DurationCase{"Více než 3 měsíce", 90, kEndless},
        DurationCase{"3 měsíce a více", 90, kEndless}, DurationCase{"Méně než 1 měsíc", 0, 30},
        DurationCase{"Do jednoho měsíce", 0, 30}, DurationCase{"2 roky", 730, 730},
        DurationCase{"Ihned", 0, 0}, DurationCase{"Můžu nastoupit okamžitě", 0, 0},
        DurationCase{"Žádná", 0, 0},
        // "One" as a word: "Moins d'un mois" (without its apostrophe "moins dun mois").
        DurationCase{"Moins d'un mois", 0, 30}, DurationCase{"Plus d'un mois", 30, kEndless},
        DurationCase{"Less than a month", 0, 30}, DurationCase{"Weniger als ein Monat", 0, 30},
        DurationCase{"Menos de un mes", 0, 30}, DurationCase{"Un an", 365, 365},
        // "Or less" after the length.
        DurationCase{"1 månad eller kortare", 0, 30}, DurationCase{"1 month or less", 0, 30},
        DurationCase{"1 Monat oder weniger", 0, 30},
        // Arabic: one or two of a unit by the unit's own form (the dual "شهران",
        // "أسبوعين"), the plural after 3 to 10, the singular after 11 and more.
        DurationCase{"أسبوع واحد", 7, 7}, DurationCase{"أسبوعان", 14, 14},
        DurationCase{"أسبوعين", 14, 14}, DurationCase{"شهر واحد", 30, 30},
        DurationCase{"شهران", 60, 60}, DurationCase{"شهرين", 60, 60},
        DurationCase{"3 أشهر", 90, 90}, DurationCase{"أكثر من 3 أشهر", 90, kEndless},
        DurationCase{"فوري", 0, 0}, DurationCase{"فورًا", 0, 0}, DurationCase{"أقل من سنة", 0, 365},
        DurationCase{"1 - 2 سنة", 365, 730}, DurationCase{"6 - 10 سنوات", 2190, 3650},
        DurationCase{"أكثر من 15 سنة", 5475, kEndless}, DurationCase{"سنتان", 730, 730},
        DurationCase{"15 يومًا", 15, 15}, DurationCase{"حتى شهر", 0, 30},
        // Indonesian: hari, minggu, bulan, tahun; "dalam" (within) takes the number,
        // "kurang dari" does not; "segera" is at once.
        DurationCase{"Dalam 2 minggu", 0, 14}, DurationCase{"1 bulan", 30, 30},
        DurationCase{"Lebih dari 1 bulan", 30, kEndless},
        DurationCase{"Kurang dari 1 tahun", 0, 365}, DurationCase{"Segera", 0, 0},
        DurationCase{"30 hari", 30, 30},
        // Hungarian: nap, hét, hónap, év with their case endings; több mint, legfeljebb,
        // azonnal.
        DurationCase{"2 hét", 14, 14}, DurationCase{"1 hónap", 30, 30},
        DurationCase{"3 hónapig", 90, 90}, DurationCase{"Több mint 3 hónap", 90, kEndless},
        DurationCase{"Legfeljebb 1 hónap", 0, 30}, DurationCase{"Azonnal", 0, 0},
        DurationCase{"Egy hónap", 30, 30},
        // Romanian: zile, săptămâni, lună/luni, an/ani; peste, până la, imediat.
        DurationCase{"2 săptămâni", 14, 14}, DurationCase{"2 săptămîni", 14, 14},
        DurationCase{"1 lună", 30, 30}, DurationCase{"O lună", 30, 30},
        DurationCase{"Peste 3 luni", 90, kEndless}, DurationCase{"Până la 1 lună", 0, 30},
        DurationCase{"Imediat", 0, 0}, DurationCase{"30 de zile", 30, 30},
        // Ukrainian: днів, тижні/тижнів, місяць/місяці/місяців, рік/роки/років.
        DurationCase{"2 тижні", 14, 14}, DurationCase{"1 місяць", 30, 30},
        DurationCase{"3 місяці", 90, 90}, DurationCase{"Понад 1 місяць", 30, kEndless},
        DurationCase{"До 2 тижнів", 0, 14}, DurationCase{"Одразу", 0, 0},
        // Greek: ημέρες, εβδομάδες, μήνας/μήνες, έτη/χρόνια, in capitals too; άμεσα.
        DurationCase{"2 εβδομάδες", 14, 14}, DurationCase{"1 μήνας", 30, 30},
        DurationCase{"3 ΜΗΝΕΣ", 90, 90}, DurationCase{"Πάνω από 3 μήνες", 90, kEndless},
        DurationCase{"Έως 1 μήνα", 0, 30}, DurationCase{"Άμεσα", 0, 0},
        DurationCase{"2 χρόνια", 730, 730},
        // Croatian: dana, tjedan/tjedna/tjedana, mjesec/mjeseca/mjeseci, godina/godine, in
        // their cases after "do" (up to); više od, manje od, ili dulje, odmah.
        DurationCase{"Do 2 tjedna", 0, 14}, DurationCase{"1 mjesec", 30, 30},
        DurationCase{"2 mjeseca", 60, 60}, DurationCase{"3 mjeseca ili dulje", 90, kEndless},
        DurationCase{"Više od 3 mjeseca", 90, kEndless}, DurationCase{"Manje od 1 mjesec", 0, 30},
        DurationCase{"30 dana", 30, 30}, DurationCase{"5 godina", 1825, 1825},
        DurationCase{"Odmah", 0, 0}, DurationCase{"Bez otkaznog roka", 0, 0}));

// "Up to" and "within" take the number itself, "less than" does not: a notice of 2
// weeks is in "Do 2 týdnů" and "up to 2 weeks", not in "less than 2 weeks".
TEST(ReadDurationTest, UpToIncludesItsLimitLessThanDoesNot) {
  // French elides "jusque" before "à", with a straight or a typographic apostrophe.
  for (const char* text : {"Do 2 týdnů", "Up to 2 weeks", "Within 2 weeks", "2週間以内",
                           "2 weeks or less", "Bis zu 2 Wochen", "bis 1 Monat",
                           "Enintään 2 viikkoa", "Jusqu'à 2 semaines", "Jusqu’à 1 mois"}) {
    auto span = ReadDuration(text);
    ASSERT_TRUE(span) << text;
    EXPECT_TRUE(span->high_included) << text;
  }
  for (const char* text : {"Less than 2 weeks", "Méně než 2 týdny", "Weniger als 2 Wochen",
                           "2週間未満", "2 weeks", "1-2 months", "More than 2 weeks"}) {
    auto span = ReadDuration(text);
    ASSERT_TRUE(span) << text;
    EXPECT_FALSE(span->high_included) << text;
  }
}

// Thai lengths of time: วัน, สัปดาห์, เดือน, ปี, also joined to the number ("15วัน");
// ภายใน (within) and ไม่เกิน (not over) include the limit, มากกว่า is more than,
// ทันที at once.
TEST(ReadDurationTest, Thai) {
  const auto span_of = [](const char* text) {
    auto span = ReadDuration(text);
    EXPECT_TRUE(span) << text;
    return span.value_or(DurationSpan{});
  };
  EXPECT_EQ(span_of("ภายใน 15 วัน").high_days, 15);
  EXPECT_TRUE(span_of("ภายใน 15 วัน").high_included);
  EXPECT_EQ(span_of("ภายใน 15 วัน").low_days, 0);
  EXPECT_EQ(span_of("15วัน").low_days, 15);
  EXPECT_EQ(span_of("2 สัปดาห์").low_days, 14);
  EXPECT_EQ(span_of("ภายใน 1 เดือน").high_days, 30);
  EXPECT_EQ(span_of("ไม่เกิน 1 ปี").high_days, 365);
  EXPECT_EQ(span_of("มากกว่า 2 เดือน").low_days, 60);
  EXPECT_EQ(span_of("มากกว่า 2 เดือน").high_days, kEndless);
  EXPECT_EQ(span_of("ทันที").high_days, 0);
}

// Hindi lengths of time: दिन, सप्ताह / हफ़्ते, महीने / माह, वर्ष / साल; "या कम" (or
// less) and "तक" (up to) include the limit, "से अधिक" is more than, "तुरंत" at once.
TEST(ReadDurationTest, Hindi) {
  const auto span_of = [](const char* text) {
    auto span = ReadDuration(text);
    EXPECT_TRUE(span) << text;
    return span.value_or(DurationSpan{});
  };
  EXPECT_EQ(span_of("15 दिन या कम").high_days, 15);
  EXPECT_TRUE(span_of("15 दिन या कम").high_included);
  EXPECT_EQ(span_of("15 दिन या कम").low_days, 0);
  EXPECT_EQ(span_of("2 हफ़्ते").low_days, 14);
  EXPECT_EQ(span_of("30 दिन").low_days, 30);
  EXPECT_EQ(span_of("3 महीने तक").high_days, 90);
  EXPECT_EQ(span_of("10 वर्ष से अधिक").low_days, 3650);
  EXPECT_EQ(span_of("10 वर्ष से अधिक").high_days, kEndless);
  EXPECT_EQ(span_of("तुरंत उपलब्ध").high_days, 0);
}

// Bengali lengths of time, in Bengali digits as Bangladeshi forms write them: দিন,
// সপ্তাহ, মাস, বছর (and their genitive before বেশি / কম: more / less than), "বা তার
// বেশি" (or more), "পর্যন্ত" (up to), "তাৎক্ষণিক" (at once), "অভিজ্ঞতা নেই" (none).
TEST(ReadDurationTest, Bengali) {
  const auto span_of = [](const char* text) {
    auto span = ReadDuration(text);
    EXPECT_TRUE(span) << text;
    return span.value_or(DurationSpan{});
  };
  EXPECT_EQ(span_of("২ সপ্তাহ").low_days, 14);
  EXPECT_TRUE(span_of("২ সপ্তাহ").exact());
  EXPECT_EQ(span_of("৬–১০ বছর").low_days, 6 * 365);
  EXPECT_EQ(span_of("৬–১০ বছর").high_days, 10 * 365);
  EXPECT_EQ(span_of("১০ বছরের বেশি").low_days, 3650);
  EXPECT_EQ(span_of("১০ বছরের বেশি").high_days, kEndless);
  EXPECT_EQ(span_of("১ বছরের কম").high_days, 365);
  EXPECT_FALSE(span_of("১ বছরের কম").high_included);
  EXPECT_EQ(span_of("৩ মাস বা তার বেশি").low_days, 90);
  EXPECT_EQ(span_of("১ মাস পর্যন্ত").high_days, 30);
  EXPECT_TRUE(span_of("১ মাস পর্যন্ত").high_included);
  EXPECT_EQ(span_of("তাৎক্ষণিক").high_days, 0);
  EXPECT_EQ(span_of("অভিজ্ঞতা নেই").high_days, 0);
}

// Hebrew lengths of time: the unit in the singular and plural, the dual forms
// ("שבועיים" two weeks, "חודשיים" two months) and "עד" (up to).
TEST(ReadDurationTest, Hebrew) {
  const auto exact = [](const char* text, double days) {
    auto span = ReadDuration(text);
    ASSERT_TRUE(span) << text;
    EXPECT_EQ(span->low_days, days) << text;
    EXPECT_EQ(span->high_days, days) << text;
  };
  exact("שבועיים", 14);
  exact("חודש", 30);
  exact("חודשיים", 60);
  exact("3 חודשים", 90);
  exact("30 ימים", 30);
  exact("מיידי", 0);
  auto up_to = ReadDuration("עד חודש");
  ASSERT_TRUE(up_to);
  EXPECT_EQ(up_to->high_days, 30);
  EXPECT_TRUE(up_to->high_included);
}

TEST(ReadDurationTest, PersianInEitherDigits) {
  const auto exact = [](const char* text, double days) {
    auto span = ReadDuration(text);
    ASSERT_TRUE(span) << text;
    EXPECT_EQ(span->low_days, days) << text;
    EXPECT_EQ(span->high_days, days) << text;
  };
  exact("۲ هفته", 14);
  exact("2 هفته", 14);
  exact("۱ ماه", 30);
  exact("۱۰ روز", 10);
  exact("بلافاصله", 0);
  auto more = ReadDuration("بیش از ۱ ماه");
  ASSERT_TRUE(more);
  EXPECT_EQ(more->low_days, 30);
  EXPECT_TRUE(std::isinf(more->high_days));
}

// A field names the unit it counts in; a profile's length of time is counted in it
// only where that is exact.
TEST(DurationUnitTest, UnitAskedForAndCountIn) {
  EXPECT_EQ(UnitAskedFor("Notice period (in days)"), 1);
  EXPECT_EQ(UnitAskedFor("Kündigungsfrist in Wochen"), 7);
  EXPECT_EQ(UnitAskedFor("תקופת הודעה מוקדמת (בימים)"), 1);
  EXPECT_EQ(UnitAskedFor("הודעה מוקדמת בחודשים"), 30);
  EXPECT_FALSE(UnitAskedFor("Notice period"));
  EXPECT_FALSE(UnitAskedFor("Notice period, e.g. 2 weeks"));
  EXPECT_EQ(CountIn("2 weeks", 1), 14);
  EXPECT_EQ(CountIn("2 weeks", 7), 2);
  EXPECT_EQ(CountIn("1 year", 30), 12);
  EXPECT_EQ(CountIn("immediately", 1), 0);
  EXPECT_FALSE(CountIn("1 month", 1));  // a month has no fixed number of days
  EXPECT_FALSE(CountIn("10 days", 7));
  EXPECT_FALSE(CountIn("1-2 months", 30));
}

TEST(ReadDurationTest, TextWithoutALengthOfTimeIsNone) {
  for (const char* text : {"negotiable", "09/01/2025", "2nd shift", "185000", "", "Bitte wählen"}) {
    EXPECT_FALSE(ReadDuration(text)) << text;
  }
}

}  // namespace
}  // namespace applier::planning
