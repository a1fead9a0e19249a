#include "planning/option_matcher.h"

#include <gtest/gtest.h>

namespace applier::planning {
namespace {

using perception::Option;

std::vector<Option> Options(std::initializer_list<const char*> labels) {
  std::vector<Option> options;
  for (const char* label : labels) options.push_back(Option{label, label, false});
  return options;
}

struct Case {
  const char* name;
  std::vector<Option> options;
  const char* desired;
  FieldKey hint;
  const char* expected;  // label of the expected option, nullptr for no match
};

class OptionMatcherTableTest : public ::testing::TestWithParam<Case> {};

TEST_P(OptionMatcherTableTest, Matches) {
  const Case& c = GetParam();
  auto match = MatchOption(c.options, c.desired, c.hint);
  if (c.expected == nullptr) {
    EXPECT_FALSE(match) << "picked \"" << c.options[static_cast<std::size_t>(match->index)].label
                        << "\" (" << match->reason << ", " << match->confidence << ")";
    return;
  }
  ASSERT_TRUE(match) << "desired \"" << c.desired << "\"";
  EXPECT_EQ(c.options[static_cast<std::size_t>(match->index)].label, std::string(c.expected))
      << match->reason;
  EXPECT_GE(match->confidence, kMinOptionConfidence);
}

const auto kGreenhouseYesNo = Options({"--", "Yes", "No"});
const auto kSentences = Options({"Select...", "Yes, I am authorized to work in the US",
                                 "No, I am not authorized to work in the US"});
const auto kSponsorSentences =
    Options({"Please select", "I will require sponsorship", "I will not require sponsorship"});
const auto kGender = Options({"Select...", "Male", "Female", "Decline To Self Identify"});
const auto kLeverGender =
    Options({"Select ...", "Male", "Female", "Non-binary", "I don't wish to answer"});
const auto kVeteran =
    Options({"Select...", "I am a veteran", "I am not a protected veteran",
             "I identify as one or more of the classifications of protected veteran",
             "I don't wish to answer"});
const auto kDisability =
    Options({"Select...", "Yes, I have a disability (or previously had a disability)",
             "No, I do not have a disability and have not had a disability in the past",
             "I do not want to answer"});
const auto kCountries = Options(
    {"Select a country", "Canada", "United States of America", "United Kingdom", "Germany"});
const auto kCountryCodes = Options({"", "CA", "US", "GB"});
const auto kDialCodes = Options({"Canada (+1)", "United States (+1)", "Germany (+49)"});
const auto kDegrees = Options({"Select...", "High School", "Associate's Degree",
                               "Bachelor's Degree", "Master's Degree", "Doctorate", "Other"});
const auto kScienceArts = Options({"Bachelor of Arts", "Bachelor of Science", "Master of Science"});
const auto kSalaries = Options({"Please select", "Under $100,000", "$100,000 - $120,000",
                                "$120,000 - $150,000", "$150,000 - $200,000", "$200,000+"});
const auto kYears = Options({"0-2", "3-5", "6-10", "10+"});
const auto kHeard =
    Options({"Select...", "LinkedIn", "Indeed", "Company Website", "Employee Referral", "Other"});
const auto kHispanic = Options({"Yes", "No", "Decline To Self Identify"});
const auto kPrefer = Options({"Man", "Woman", "Prefer not to say"});

INSTANTIATE_TEST_SUITE_P(
    RealOptionLists, OptionMatcherTableTest,
    ::testing::Values(
        Case{"yes_plain", kGreenhouseYesNo, "Yes", FieldKey::kWorkAuthorization, "Yes"},
        Case{"no_plain", kGreenhouseYesNo, "no", FieldKey::kSponsorship, "No"},
        // Indonesian Ya / Tidak.
        Case{"no_indonesian", Options({"Ya", "Tidak"}), "No", FieldKey::kRelocation, "Tidak"},
        Case{"yes_indonesian", Options({"Ya", "Tidak"}), "Yes", FieldKey::kSponsorship, "Ya"},
        Case{"true_is_yes", kGreenhouseYesNo, "true", FieldKey::kUnknown, "Yes"},
        // Armenian Այո / Ոչ, and a "չ-" joined to the verb ("Կարիք չունեմ": I have no need).
        Case{"yes_armenian", Options({"Այո", "Ոչ"}), "Yes", FieldKey::kWorkAuthorization, "Այո"},
        Case{"no_armenian", Options({"Այո", "Ոչ"}), "No", FieldKey::kRelocation, "Ոչ"},
        Case{"no_armenian_by_negation", Options({"Կարիք ունեմ վիզայի աջակցության", "Կարիք չունեմ"}),
             "No", FieldKey::kSponsorship, "Կարիք չունեմ"},
        Case{"yes_sentence", kSentences, "Yes", FieldKey::kWorkAuthorization,
             "Yes, I am authorized to work in the US"},
        Case{"no_sentence", kSentences, "No", FieldKey::kWorkAuthorization,
             "No, I am not authorized to work in the US"},
        Case{"no_by_negation", kSponsorSentences, "No", FieldKey::kSponsorship,
             "I will not require sponsorship"},
        Case{"yes_by_negation", kSponsorSentences, "Yes", FieldKey::kSponsorship,
             "I will require sponsorship"},
        Case{"decline_greenhouse", kGender, "decline", FieldKey::kGender,
             "Decline To Self Identify"},
        Case{"decline_lever", kLeverGender, "decline", FieldKey::kGender, "I don't wish to answer"},
        Case{"decline_prefer", kPrefer, "decline", FieldKey::kGender, "Prefer not to say"},
        Case{"gender_value", kGender, "female", FieldKey::kGender, "Female"},
        Case{"gender_synonym", kPrefer, "Female", FieldKey::kGender, "Woman"},
        Case{"gender_nonbinary", kLeverGender, "nonbinary", FieldKey::kGender, "Non-binary"},
        Case{"veteran_not", kVeteran, "I am not a protected veteran", FieldKey::kVeteran,
             "I am not a protected veteran"},
        Case{"veteran_short", kVeteran, "not a protected veteran", FieldKey::kVeteran,
             "I am not a protected veteran"},
        Case{"veteran_korean", Options({"선택", "비대상", "대상"}), "I am not a protected veteran",
             FieldKey::kVeteran, "비대상"},
        Case{"veteran_decline", kVeteran, "decline", FieldKey::kVeteran, "I don't wish to answer"},
        Case{"disability_no", kDisability, "No", FieldKey::kDisability,
             "No, I do not have a disability and have not had a disability in the past"},
        Case{"disability_decline", kDisability, "decline", FieldKey::kDisability,
             "I do not want to answer"},
        Case{"hispanic_decline", kHispanic, "decline", FieldKey::kHispanicLatino,
             "Decline To Self Identify"},
        Case{"hispanic_no", kHispanic, "No", FieldKey::kHispanicLatino, "No"},
        Case{"country_name", kCountries, "United States", FieldKey::kCountry,
             "United States of America"},
        Case{"country_iso", kCountries, "US", FieldKey::kCountry, "United States of America"},
        Case{"country_usa", kCountries, "USA", FieldKey::kCountry, "United States of America"},
        Case{"country_to_code", kCountryCodes, "United States", FieldKey::kCountry, "US"},
        Case{"country_dial", kDialCodes, "United States", FieldKey::kPhoneCountryCode,
             "United States (+1)"},
        Case{"degree_bs", kDegrees, "BS", FieldKey::kDegree, "Bachelor's Degree"},
        Case{"degree_bsc", kDegrees, "B.Sc.", FieldKey::kDegree, "Bachelor's Degree"},
        Case{"degree_ms", kDegrees, "M.S. Computer Science", FieldKey::kDegree, "Master's Degree"},
        Case{"degree_phd", kDegrees, "Ph.D.", FieldKey::kDegree, "Doctorate"},
        Case{"degree_flavour", kScienceArts, "BS", FieldKey::kDegree, "Bachelor of Science"},
        // Indonesian jenjang lists: Sarjana (S1) is the bachelor; D4 / Sarjana
        // Terapan, the applied bachelor, is not a second fit.
        Case{"degree_indonesian",
             Options({"Pilih jenjang", "SMA/SMK/Sederajat", "Diploma 1 (D1)", "Diploma 3 (D3)",
                      "Diploma 4 (D4) / Sarjana Terapan", "Sarjana (S1)", "Magister (S2)",
                      "Doktor (S3)"}),
             "BS", FieldKey::kDegree, "Sarjana (S1)"},
        // Croatian levels: the university first cycle (univ. bacc.) is the bachelor;
        // the professional stručni studij (bacc.) of the same cycle is not a second fit.
        Case{"degree_croatian",
             Options({"Srednja stručna sprema (SSS)", "Stručni studij (bacc.)",
                      "Sveučilišni prijediplomski studij (univ. bacc.)",
                      "Sveučilišni diplomski studij (mag.)", "Doktorski studij (dr. sc.)"}),
             "BS", FieldKey::kDegree, "Sveučilišni prijediplomski studij (univ. bacc.)"},
        Case{"degree_croatian_master",
             Options({"SSS", "Stručni studij (bacc.)",
                      "Sveučilišni prijediplomski studij (univ. bacc.)",
                      "Sveučilišni diplomski studij (mag.)", "Doktorski studij (dr. sc.)"}),
             "M.S. Computer Science", FieldKey::kDegree, "Sveučilišni diplomski studij (mag.)"},
        // Serbian levels (stepen stručne spreme): osnovne akademske studije (VI) is the
        // bachelor; the professional osnovne strukovne studije beside viša škola is not.
        Case{"degree_serbian",
             Options({"Srednja škola – IV stepen", "Viša škola / osnovne strukovne studije",
                      "Osnovne akademske studije (VI stepen)",
                      "Master akademske studije / visoka stručna sprema (VII-1)",
                      "Doktorat (VIII stepen)"}),
             "BS", FieldKey::kDegree, "Osnovne akademske studije (VI stepen)"},
        Case{"notice_serbian",
             Options({"Mogu da počnem odmah", "Do 15 dana", "Do 30 dana", "Do 60 dana",
                      "Duže od 60 dana"}),
             "2 weeks", FieldKey::kNoticePeriod, "Do 15 dana"},
        Case{"notice_serbian_weeks",
             Options({"Odmah", "Do 2 nedelje", "1 mesec", "2 meseca", "3 meseca ili duže"}),
             "2 weeks", FieldKey::kNoticePeriod, "Do 2 nedelje"},
        // Bulgarian levels (образователна степен): Бакалавър is the bachelor; the
        // college's Професионален бакалавър of the same cycle is not a second fit.
        Case{"degree_bulgarian",
             Options({"Основно", "Средно", "Средно специално", "Професионален бакалавър",
                      "Бакалавър", "Магистър", "Доктор"}),
             "BS", FieldKey::kDegree, "Бакалавър"},
        Case{"degree_bulgarian_master",
             Options({"Средно", "Професионален бакалавър", "Бакалавър", "Магистър", "Доктор"}),
             "M.S. Computer Science", FieldKey::kDegree, "Магистър"},
        Case{"notice_bulgarian",
             Options({"Веднага", "До 2 седмици", "До 1 месец", "До 2 месеца", "Над 2 месеца"}),
             "2 weeks", FieldKey::kNoticePeriod, "До 2 седмици"},
        Case{"notice_bulgarian_month",
             Options({"Веднага", "До 2 седмици", "До 1 месец", "До 2 месеца", "Над 2 месеца"}),
             "1 month", FieldKey::kNoticePeriod, "До 1 месец"},
        Case{"years_bulgarian",
             Options({"Без опит", "До 1 година", "От 1 до 3 години", "От 3 до 5 години",
                      "От 5 до 10 години", "Над 10 години"}),
             "8", FieldKey::kYearsExperience, "От 5 до 10 години"},
        Case{"years_bulgarian_over",
             Options({"Без опит", "До 1 година", "От 1 до 3 години", "От 3 до 5 години",
                      "От 5 до 10 години", "Над 10 години"}),
             "12", FieldKey::kYearsExperience, "Над 10 години"},
        Case{"years_bulgarian_none",
             Options({"Без опит", "До 1 година", "От 1 до 3 години", "От 3 до 5 години"}), "0",
             FieldKey::kYearsExperience, "Без опит"},
        // Macedonian levels (the qualifications framework's cycles): the first cycle's
        // додипломски студии (VI Б) is the bachelor, beside the old short-cycle више
        // образование (VI А) and the second cycle's магистерски / мастер студии.
        Case{"degree_macedonian",
             Options({"Основно образование", "Средно образование",
                      "Више образование / стручни студии (VI А)",
                      "Високо образование – додипломски студии, прв циклус (VI Б)",
                      "Магистерски / мастер студии – втор циклус (VII А)",
                      "Докторски студии – трет циклус (VIII)"}),
             "BS", FieldKey::kDegree, "Високо образование – додипломски студии, прв циклус (VI Б)"},
        Case{"degree_macedonian_master",
             Options({"Средно образование", "Високо образование (додипломски студии)",
                      "Магистерски студии", "Докторски студии"}),
             "M.S. Computer Science", FieldKey::kDegree, "Магистерски студии"},
        Case{"notice_macedonian",
             Options({"Можам да почнам веднаш", "До 15 дена", "До 1 месец", "До 2 месеци",
                      "Повеќе од 2 месеци"}),
             "2 weeks", FieldKey::kNoticePeriod, "До 15 дена"},
        Case{"notice_macedonian_now",
             Options({"Можам да почнам веднаш", "До 15 дена", "До 1 месец", "До 2 месеци",
                      "Повеќе од 2 месеци"}),
             "immediately", FieldKey::kNoticePeriod, "Можам да почнам веднаш"},
        Case{"notice_macedonian_weeks",
             Options({"Веднаш", "До 2 недели", "До 1 месец", "Повеќе од 1 месец"}), "3 weeks",
             FieldKey::kNoticePeriod, "До 1 месец"},
        Case{"years_macedonian_over",
             Options({"Без искуство", "До 1 година", "Од 1 до 3 години", "Од 3 до 5 години",
                      "Повеќе од 5 години"}),
             "8", FieldKey::kYearsExperience, "Повеќе од 5 години"},
        Case{"years_macedonian_less",
             Options({"Без искуство", "Помалку од 1 година", "Од 1 до 3 години"}), "0.5",
             FieldKey::kYearsExperience, "Помалку од 1 година"},
        Case{"years_macedonian_none", Options({"Без искуство", "До 1 година", "Од 1 до 3 години"}),
             "0", FieldKey::kYearsExperience, "Без искуство"},
        // Kazakh bands put the comparison after the number ("6 жылдан астам": more
        // than 6 years, "1 жылға дейін": up to a year, "1 жылдан кем": under a year).
        Case{"years_kazakh_over",
             Options({"Тәжірибесі жоқ", "1 жылдан 3 жылға дейін", "3 жылдан 6 жылға дейін",
                      "6 жылдан астам"}),
             "8", FieldKey::kYearsExperience, "6 жылдан астам"},
        Case{"years_kazakh_up_to", Options({"Тәжірибесіз", "1 жылға дейін", "1-3 жыл"}), "0.5",
             FieldKey::kYearsExperience, "1 жылға дейін"},
        Case{"years_kazakh_less", Options({"Тәжірибесіз", "1 жылдан кем", "1-3 жыл"}), "0.5",
             FieldKey::kYearsExperience, "1 жылдан кем"},
        Case{"years_kazakh_none", Options({"Тәжірибесі жоқ", "1 жылға дейін", "1-3 жыл"}), "0",
             FieldKey::kYearsExperience, "Тәжірибесі жоқ"},
        Case{"country_macedonian",
             Options({"Германија", "Швајцарија", "Обединето Кралство",
                      "Соединети Американски Држави", "Канада"}),
             "United States", FieldKey::kCountry, "Соединети Американски Држави"},
        // Slovenian levels (KLASIUS stopnje): the first Bologna cycle (VI/2) is the
        // bachelor, beside the short-cycle višješolska (VI/1) and the second cycle,
        // where the pre-Bologna univerzitetna sits (VII).
        Case{"degree_slovenian",
             Options({"V. stopnja – srednja strokovna izobrazba",
                      "VI/1. stopnja – višješolska izobrazba",
                      "VI/2. stopnja – univerzitetni program 1. bolonjske stopnje",
                      "VII. stopnja – univerzitetna izobrazba (prejšnja) / magisterij stroke",
                      "VIII/2. stopnja – doktorat znanosti"}),
             "BS", FieldKey::kDegree, "VI/2. stopnja – univerzitetni program 1. bolonjske stopnje"},
        Case{"notice_slovenian",
             Options({"Takoj", "Do 15 dni", "Do 1 meseca", "Do 2 mesecev", "Več kot 3 mesece"}),
             "2 weeks", FieldKey::kNoticePeriod, "Do 15 dni"},
        Case{"notice_slovenian_weeks",
             Options({"Brez odpovednega roka", "2 tedna", "1 mesec", "3 mesece ali več"}),
             "2 weeks", FieldKey::kNoticePeriod, "2 tedna"},
        // Latvian levels (izglītības līmenis): the bakalaura grāds is the bachelor,
        // beside the college's first-level professional higher education and an
        // unfinished higher education, which is no degree held.
        Case{"degree_latvian",
             Options({"Pamatizglītība", "Vispārējā vidējā izglītība",
                      "Profesionālā vidējā izglītība", "Nepabeigta augstākā izglītība",
                      "Pirmā līmeņa profesionālā augstākā izglītība (koledža)",
                      "Augstākā izglītība – bakalaura grāds", "Augstākā izglītība – maģistra grāds",
                      "Doktora grāds"}),
             "BS", FieldKey::kDegree, "Augstākā izglītība – bakalaura grāds"},
        Case{"notice_latvian_weeks",
             Options({"Varu sākt nekavējoties", "1 nedēļa", "2 nedēļas", "1 mēnesis", "2 mēneši",
                      "3 mēneši vai vairāk"}),
             "2 weeks", FieldKey::kNoticePeriod, "2 nedēļas"},
        Case{"notice_latvian_up_to",
             Options({"Nekavējoties", "Līdz 1 mēnesim", "Līdz 2 mēnešiem", "Vairāk nekā 2 mēneši"}),
             "6 weeks", FieldKey::kNoticePeriod, "Līdz 2 mēnešiem"},
        // Icelandic levels (menntun): grunnnám (BA / BS) is the bachelor, beside
        // stúdentspróf, a trade's sveinspróf, meistarapróf and doktorspróf.
        Case{"degree_icelandic",
             Options({"Veldu...", "Grunnskólapróf", "Stúdentspróf", "Iðnmenntun / sveinspróf",
                      "Háskólapróf – grunnnám", "Meistarapróf", "Doktorspróf"}),
             "BS", FieldKey::kDegree, "Háskólapróf – grunnnám"},
        // Icelandic years of experience in ranges: "5–10 ár", "Meira en 10 ár".
        Case{"years_icelandic",
             Options({"Veldu...", "Engin starfsreynsla", "Minna en 1 ár", "1–3 ár", "3–5 ár",
                      "5–10 ár", "Meira en 10 ár"}),
             "8", FieldKey::kYearsExperience, "5–10 ár"},
        Case{"years_icelandic_over",
             Options({"Minna en 1 ár", "1–3 ár", "3–5 ár", "5–10 ár", "Meira en 10 ár"}), "12",
             FieldKey::kYearsExperience, "Meira en 10 ár"},
        Case{"notice_icelandic",
             Options({"Get byrjað strax", "2 vikur", "1 mánuður", "3 mánuðir",
                      "Meira en 3 mánuðir"}),
             "2 weeks", FieldKey::kNoticePeriod, "2 vikur"},
        // Georgian levels (განათლების დონე): the ბაკალავრი is the bachelor, beside an
        // unfinished higher education (არასრული უმაღლესი), which is no degree held.
        Case{"degree_georgian",
             Options({"საშუალო", "პროფესიული", "არასრული უმაღლესი", "ბაკალავრი", "მაგისტრი",
                      "დოქტორი"}),
             "BS", FieldKey::kDegree, "ბაკალავრი"},
        // Georgian joins "up to" and "on" to the unit ("1 წლამდე", "5 წელზე მეტი").
        Case{"years_georgian",
             Options({"გამოცდილების გარეშე", "1 წლამდე", "1-3 წელი", "3-5 წელი", "5 წელზე მეტი"}),
             "8", FieldKey::kYearsExperience, "5 წელზე მეტი"},
        Case{"years_georgian_up_to", Options({"1 წლამდე", "1-3 წელი", "3 წელზე მეტი"}), "0.5",
             FieldKey::kYearsExperience, "1 წლამდე"},
        Case{"notice_georgian",
             Options({"დაუყოვნებლივ", "2 კვირა", "1 თვე", "2 თვე", "3 თვეზე მეტი"}), "2 weeks",
             FieldKey::kNoticePeriod, "2 კვირა"},
        // Armenian levels (կրթություն): the բակալավր is the bachelor, beside an
        // unfinished higher education (թերի բարձրագույն), which is no degree held.
        Case{"degree_armenian",
             Options({"Միջնակարգ", "Միջին մասնագիտական", "Թերի բարձրագույն", "Բակալավր",
                      "Մագիստրոս", "Գիտությունների թեկնածու"}),
             "BS", FieldKey::kDegree, "Բակալավր"},
        // Armenian says "than" by the ablative ("5 տարուց ավելի", "1 տարուց պակաս").
        Case{"years_armenian",
             Options({"Առանց փորձի", "1 տարուց պակաս", "1-3 տարի", "3-5 տարի", "5 տարուց ավելի"}),
             "8", FieldKey::kYearsExperience, "5 տարուց ավելի"},
        Case{"years_armenian_less", Options({"Առանց փորձի", "1 տարուց պակաս", "1-3 տարի"}), "0.5",
             FieldKey::kYearsExperience, "1 տարուց պակաս"},
        Case{"notice_armenian",
             Options({"Անմիջապես", "2 շաբաթ", "1 ամիս", "2 ամիս", "2 ամսից ավելի"}), "2 weeks",
             FieldKey::kNoticePeriod, "2 շաբաթ"},
        // Albanian levels (niveli i arsimimit): the first cycle's "Diplomë e nivelit të
        // parë" is the bachelor, the "Master Shkencor" the master.
        Case{"degree_albanian",
             Options({"Arsim 9-vjeçar", "Arsim i mesëm", "Arsim i mesëm profesional",
                      "Diplomë e nivelit të parë", "Master Shkencor", "Doktoraturë"}),
             "BS", FieldKey::kDegree, "Diplomë e nivelit të parë"},
        Case{"degree_albanian_master",
             Options({"Arsim i mesëm", "Diplomë e nivelit të parë", "Master Profesional",
                      "Doktoraturë"}),
             "MSc", FieldKey::kDegree, "Master Profesional"},
        // Albanian bands: "Pa përvojë" (none), "Më pak se 1 vit", "Mbi 10 vjet" (over).
        Case{"years_albanian",
             Options({"Pa përvojë", "Më pak se 1 vit", "1–2 vjet", "3–5 vjet", "Mbi 5 vjet"}), "8",
             FieldKey::kYearsExperience, "Mbi 5 vjet"},
        Case{"years_albanian_less", Options({"Më pak se 1 vit", "1–3 vjet", "Mbi 3 vjet"}), "0.5",
             FieldKey::kYearsExperience, "Më pak se 1 vit"},
        Case{"years_albanian_none", Options({"Pa përvojë", "Deri në 2 vjet", "3 vjet e më shumë"}),
             "0", FieldKey::kYearsExperience, "Pa përvojë"},
        // Azerbaijani levels (təhsil): "Ali (bakalavr)" is the bachelor, "Ali
        // (magistr)" the master; "Natamam ali" (higher left unfinished) is none.
        Case{"degree_azerbaijani",
             Options({"Orta", "Orta-ixtisas", "Natamam ali", "Ali (bakalavr)", "Ali (magistr)",
                      "Elmi dərəcə (fəlsəfə doktoru)"}),
             "BS", FieldKey::kDegree, "Ali (bakalavr)"},
        Case{"degree_azerbaijani_master",
             Options({"Orta təhsil", "Natamam ali", "Bakalavr", "Magistr", "Fəlsəfə doktoru"}),
             "MSc", FieldKey::kDegree, "Magistr"},
        // Azerbaijani bands: "Təcrübəsiz" (none), "1 ildən az" (under a year), "1 ildən 3
        // ilə qədər" (from 1 to 3), "5 ildən çox" (over 5).
        Case{"years_azerbaijani",
             Options({"Təcrübəsiz", "1 ildən az", "1 ildən 3 ilə qədər", "3 ildən 5 ilə qədər",
                      "5 ildən çox"}),
             "8", FieldKey::kYearsExperience, "5 ildən çox"},
        Case{"years_azerbaijani_less",
             Options({"1 ildən az", "1 ildən 3 ilə qədər", "3 ildən çox"}), "0.5",
             FieldKey::kYearsExperience, "1 ildən az"},
        Case{"years_azerbaijani_none", Options({"Təcrübəsiz", "1 ildən az", "1 ildən çox"}), "0",
             FieldKey::kYearsExperience, "Təcrübəsiz"},
        Case{"decline_croatian", Options({"Žensko", "Muško", "Drugo", "Ne želim odgovoriti"}),
             "decline", FieldKey::kGender, "Ne želim odgovoriti"},
        Case{"notice_croatian",
             Options({"Bez otkaznog roka", "Do 2 tjedna", "1 mjesec", "2 mjeseca",
                      "3 mjeseca ili dulje"}),
             "2 weeks", FieldKey::kNoticePeriod, "Do 2 tjedna"},
        Case{"degree_indonesian_master", Options({"SMA", "D3", "D4", "S1", "S2", "S3"}),
             "M.S. Computer Science", FieldKey::kDegree, "S2"},
        Case{"salary_in_range", kSalaries, "135000", FieldKey::kSalary, "$120,000 - $150,000"},
        Case{"salary_k", kSalaries, "185k", FieldKey::kSalary, "$150,000 - $200,000"},
        Case{"salary_open_top", kSalaries, "250000", FieldKey::kSalary, "$200,000+"},
        Case{"salary_under", kSalaries, "90000", FieldKey::kSalary, "Under $100,000"},
        Case{"years_range", kYears, "8", FieldKey::kYearsExperience, "6-10"},
        Case{"years_plus", kYears, "12", FieldKey::kYearsExperience, "10+"},
        Case{"heard_exact", kHeard, "linkedin", FieldKey::kHowHeard, "LinkedIn"},
        Case{"heard_contained", kHeard, "Referral", FieldKey::kHowHeard, "Employee Referral"},
        // No match: below threshold, ambiguous, or only placeholders.
        Case{"nothing_fits", kHeard, "Billboard on the highway", FieldKey::kHowHeard, nullptr},
        Case{"never_placeholder", Options({"Select...", "--"}), "Select...", FieldKey::kUnknown,
             nullptr},
        Case{"decline_missing", Options({"Male", "Female"}), "decline", FieldKey::kGender, nullptr},
        Case{"ambiguous", Options({"Software Engineer", "Hardware Engineer"}), "Engineer",
             FieldKey::kUnknown, nullptr},
        Case{"no_veteran_for_not", Options({"Veteran", "Decline"}), "not a protected veteran",
             FieldKey::kVeteran, nullptr},
        Case{"unknown_country", kCountries, "France", FieldKey::kCountry, nullptr}),
    [](const auto& info) { return std::string(info.param.name); });

const auto kWorkdayVeteran =
    Options({"Select One", "I am not a protected veteran",
             "I identify as one or more of the classifications of protected veteran listed above",
             "I do not wish to self-identify"});
const auto kWorkdayDisability = Options(
    {"Yes, I have a disability (or previously had a disability)",
     "No, I do not have a disability and have not had one in the past", "I do not want to answer"});
const auto kWorkdayGender = Options({"Select One", "Male", "Female", "I do not wish to answer"});
const auto kGreenhouseRace =
    Options({"Select...", "American Indian or Alaska Native", "Asian", "Black or African American",
             "Hispanic or Latino", "White", "Native Hawaiian or Other Pacific Islander",
             "Two or More Races", "Decline To Self Identify"});
const auto kGenderFive =
    Options({"Woman", "Man", "Non-binary", "Prefer to self-describe", "Prefer not to say"});
const auto kWorkdayCountries =
    Options({"United States of America", "United Kingdom", "Germany", "India", "Korea, Republic of",
             "Korea, Democratic People's Republic of"});
const auto kUsTerritories = Options({"United States Minor Outlying Islands", "United States"});
const auto kDialPrefixed = Options({"+1 United States", "+44 United Kingdom", "+49 Germany"});
const auto kStates = Options({"Select a state", "Alabama", "California", "New York", "Texas",
                              "Washington", "District of Columbia"});
const auto kStateCodes = Options({"", "AL", "CA", "NY", "TX", "WA"});
const auto kProvinces = Options({"Alberta", "British Columbia", "Ontario", "Quebec"});
const auto kSalaryBands =
    Options({"$50,000 - $75,000", "$75,000 - $100,000", "$100,000 - $125,000", "$125,000+"});
const auto kEuroBands = Options(
    {"Bitte wählen", "< 50.000 €", "50.000 € - 60.000 €", "60.000 € - 70.000 €", "> 70.000 €"});
const auto kFrenchBands =
    Options({"Moins de 40 000 €", "40 000 - 50 000 €", "50 000 - 60 000 €", "Plus de 60 000 €"});
const auto kKBands = Options({"<80k", "80k-100k", "100k-120k", "120k+"});
const auto kYearBands =
    Options({"Less than 1 year", "1-2 years", "3-5 years", "6-9 years", "10+ years"});
const auto kYearBandsOverlap =
    Options({"0-1 years", "1-3 years", "3-5 years", "5-7 years", "7+ years"});
const auto kDegreeLevels =
    Options({"Select...", "High School Diploma / GED", "Associate Degree", "Bachelor's Degree",
             "Master's Degree", "Doctorate (PhD)", "Other"});
const auto kDegreeFlavours =
    Options({"Bachelor of Engineering (B.Eng.)", "Bachelor of Science (B.Sc.)",
             "Master of Business Administration (MBA)", "Master of Science (M.Sc.)"});
// UK application forms give each level with examples of several kinds of degree.
const auto kUkQualificationLevels = Options(
    {"Please select", "GCSE / O Level", "A Level / AS Level", "NVQ / BTEC Level 3",
     "HNC / HND / Foundation degree", "Bachelor's degree (e.g. BA, BSc)",
     "Master's degree (e.g. MA, MSc)", "Doctorate (PhD)", "Professional qualification", "Other"});
const auto kRelocate =
    Options({"Yes, I am willing to relocate", "No, I am not willing to relocate"});
const auto kAuthStatements =
    Options({"I am authorized to work in the U.S. for any employer",
             "I am authorized to work in the U.S. but will require sponsorship",
             "I am not authorized to work in the U.S."});
const auto kConsentOnly = Options({"I agree"});
const auto kHeardNested = Options(
    {"Job board (e.g. Indeed, LinkedIn)", "Company website", "Referral", "Social media", "Other"});
const auto kPronounList = Options({"he/him", "she/her", "they/them", "Prefer not to say"});
const auto kNotice = Options({"Immediately", "2 weeks", "1 month", "3 months"});
// A Malaysian form's education levels and voluntary questions, in Malay.
const auto kMalayDegrees =
    Options({"SPM", "STPM / Matrikulasi / Asasi", "Diploma", "Ijazah Sarjana Muda",
             "Ijazah Sarjana", "Doktor Falsafah (PhD)"});
const auto kMalayGender = Options({"Lelaki", "Perempuan", "Tidak mahu menyatakan"});
const auto kDeclineVariants = Options({"Yes", "No", "I prefer not to disclose"});
const auto kYesNoSentences = Options(
    {"Yes, I will require sponsorship now or in the future", "No, I will not require sponsorship"});

INSTANTIATE_TEST_SUITE_P(
    RealOptionListsMore, OptionMatcherTableTest,
    ::testing::Values(
        // Workday voluntary disclosures.
        Case{"wd_veteran_no", kWorkdayVeteran, "No", FieldKey::kVeteran,
             "I am not a protected veteran"},
        Case{"wd_veteran_yes", kWorkdayVeteran, "Yes", FieldKey::kVeteran,
             "I identify as one or more of the classifications of protected veteran listed "
             "above"},
        Case{"wd_veteran_decline", kWorkdayVeteran, "decline", FieldKey::kVeteran,
             "I do not wish to self-identify"},
        Case{"wd_veteran_sentence", kWorkdayVeteran, "I am not a protected veteran",
             FieldKey::kVeteran, "I am not a protected veteran"},
        Case{"wd_disability_no", kWorkdayDisability, "No", FieldKey::kDisability,
             "No, I do not have a disability and have not had one in the past"},
        Case{"wd_disability_yes", kWorkdayDisability, "Yes", FieldKey::kDisability,
             "Yes, I have a disability (or previously had a disability)"},
        Case{"wd_disability_decline", kWorkdayDisability, "Prefer not to say",
             FieldKey::kDisability, "I do not want to answer"},
        Case{"wd_gender_decline", kWorkdayGender, "I do not wish to answer", FieldKey::kGender,
             "I do not wish to answer"},
        Case{"wd_gender_man", kWorkdayGender, "Man", FieldKey::kGender, "Male"},
        // Greenhouse EEO.
        Case{"gh_race_asian", kGreenhouseRace, "Asian", FieldKey::kRace, "Asian"},
        Case{"gh_race_black", kGreenhouseRace, "Black", FieldKey::kRace,
             "Black or African American"},
        Case{"gh_race_two", kGreenhouseRace, "Two or more races", FieldKey::kRace,
             "Two or More Races"},
        Case{"gh_race_decline", kGreenhouseRace, "decline", FieldKey::kRace,
             "Decline To Self Identify"},
        Case{"gh_race_prefer_not", kGreenhouseRace, "Prefer not to say", FieldKey::kRace,
             "Decline To Self Identify"},
        Case{"gender_five_decline", kGenderFive, "decline", FieldKey::kGender, "Prefer not to say"},
        Case{"gender_five_female", kGenderFive, "female", FieldKey::kGender, "Woman"},
        Case{"gender_five_nonbinary", kGenderFive, "non-binary", FieldKey::kGender, "Non-binary"},
        Case{"decline_disclose", kDeclineVariants, "decline", FieldKey::kHispanicLatino,
             "I prefer not to disclose"},
        // Countries as ATS lists spell them.
        Case{"wd_country_us", kWorkdayCountries, "US", FieldKey::kCountry,
             "United States of America"},
        Case{"wd_country_usa_dots", kWorkdayCountries, "U.S.A.", FieldKey::kCountry,
             "United States of America"},
        Case{"wd_country_uk", kWorkdayCountries, "UK", FieldKey::kCountry, "United Kingdom"},
        Case{"wd_country_england", kWorkdayCountries, "England", FieldKey::kCountry,
             "United Kingdom"},
        Case{"wd_country_native_name", kWorkdayCountries, "Deutschland", FieldKey::kCountry,
             "Germany"},
        Case{"wd_country_alpha3", kWorkdayCountries, "IND", FieldKey::kCountry, "India"},
        Case{"country_iso_inverted", kWorkdayCountries, "South Korea", FieldKey::kCountry,
             "Korea, Republic of"},
        Case{"country_not_territory", kUsTerritories, "US", FieldKey::kCountry, "United States"},
        Case{"dial_prefixed", kDialPrefixed, "GB", FieldKey::kPhoneCountryCode,
             "+44 United Kingdom"},
        // State and province lists: profiles hold either the code or the name.
        Case{"state_code_to_name", kStates, "CA", FieldKey::kRegion, "California"},
        Case{"state_code_two_words", kStates, "NY", FieldKey::kRegion, "New York"},
        Case{"state_wa_not_dc", kStates, "WA", FieldKey::kRegion, "Washington"},
        Case{"state_dc", kStates, "DC", FieldKey::kRegion, "District of Columbia"},
        Case{"state_name_to_code", kStateCodes, "Texas", FieldKey::kRegion, "TX"},
        Case{"province_code", kProvinces, "BC", FieldKey::kRegion, "British Columbia"},
        Case{"province_name_to_name", kProvinces, "Québec", FieldKey::kRegion, "Quebec"},
        Case{"state_missing", kStates, "Oregon", FieldKey::kRegion, nullptr},
        // Salary bands in the currencies and number formats forms use.
        Case{"salary_band_usd", kSalaryBands, "80000", FieldKey::kSalary, "$75,000 - $100,000"},
        Case{"salary_band_top", kSalaryBands, "140000", FieldKey::kSalary, "$125,000+"},
        Case{"salary_band_eur_dots", kEuroBands, "65000", FieldKey::kSalary, "60.000 € - 70.000 €"},
        Case{"salary_band_eur_below", kEuroBands, "45000", FieldKey::kSalary, "< 50.000 €"},
        Case{"salary_band_fr_spaces", kFrenchBands, "55000", FieldKey::kSalary,
             "50 000 - 60 000 €"},
        Case{"salary_band_k", kKBands, "110000", FieldKey::kSalary, "100k-120k"},
        Case{"salary_band_k_want", kKBands, "95k", FieldKey::kSalary, "80k-100k"},
        // Years-of-experience bands: "less than 1" excludes 1.
        Case{"years_band", kYearBands, "8", FieldKey::kYearsExperience, "6-9 years"},
        Case{"years_band_fraction", kYearBands, "0.5", FieldKey::kYearsExperience,
             "Less than 1 year"},
        Case{"years_band_one", kYearBands, "1", FieldKey::kYearsExperience, "1-2 years"},
        Case{"years_band_ten", kYearBands, "10", FieldKey::kYearsExperience, "10+ years"},
        Case{"years_band_open_top", kYearBandsOverlap, "8", FieldKey::kYearsExperience, "7+ years"},
        // Degree names and abbreviations.
        Case{"degree_bsc_level", kDegreeLevels, "BSc", FieldKey::kDegree, "Bachelor's Degree"},
        Case{"degree_mba_level", kDegreeLevels, "MBA", FieldKey::kDegree, "Master's Degree"},
        Case{"degree_phd_paren", kDegreeLevels, "PhD", FieldKey::kDegree, "Doctorate (PhD)"},
        Case{"degree_high_school", kDegreeLevels, "High school", FieldKey::kDegree,
             "High School Diploma / GED"},
        Case{"degree_meng_level", kDegreeLevels, "Master of Engineering", FieldKey::kDegree,
             "Master's Degree"},
        // An option naming degrees of several kinds as examples ("e.g. BA, BSc") is
        // of none of them: the level decides.
        Case{"degree_uk_level_examples", kUkQualificationLevels, "BS", FieldKey::kDegree,
             "Bachelor's degree (e.g. BA, BSc)"},
        Case{"degree_uk_level_examples_arts", kUkQualificationLevels, "BA", FieldKey::kDegree,
             "Bachelor's degree (e.g. BA, BSc)"},
        Case{"degree_uk_master_examples", kUkQualificationLevels, "MS", FieldKey::kDegree,
             "Master's degree (e.g. MA, MSc)"},
        Case{"degree_beng_flavour", kDegreeFlavours, "BEng", FieldKey::kDegree,
             "Bachelor of Engineering (B.Eng.)"},
        Case{"degree_msc_flavour", kDegreeFlavours, "M.Sc. Physics", FieldKey::kDegree,
             "Master of Science (M.Sc.)"},
        Case{"degree_mba_flavour", kDegreeFlavours, "MBA", FieldKey::kDegree,
             "Master of Business Administration (MBA)"},
        // Malay: the bachelor's is "Ijazah Sarjana Muda", the master's "Ijazah Sarjana".
        Case{"degree_malay_bachelor", kMalayDegrees, "BS", FieldKey::kDegree,
             "Ijazah Sarjana Muda"},
        Case{"degree_malay_master", kMalayDegrees, "MSc", FieldKey::kDegree, "Ijazah Sarjana"},
        Case{"decline_malay", kMalayGender, "decline", FieldKey::kGender, "Tidak mahu menyatakan"},
        // Yes/no as sentences, on either side.
        Case{"relocate_no", kRelocate, "No", FieldKey::kRelocation,
             "No, I am not willing to relocate"},
        Case{"relocate_yes", kRelocate, "Yes", FieldKey::kRelocation,
             "Yes, I am willing to relocate"},
        Case{"sponsor_sentence_no", kYesNoSentences, "No", FieldKey::kSponsorship,
             "No, I will not require sponsorship"},
        Case{"want_sentence_yes", kGreenhouseYesNo, "I am authorized to work in the US",
             FieldKey::kWorkAuthorization, "Yes"},
        Case{"want_sentence_no", kGreenhouseYesNo, "No, I will not require sponsorship",
             FieldKey::kSponsorship, "No"},
        Case{"consent_agree", kConsentOnly, "Yes", FieldKey::kConsent, "I agree"},
        // Three statements, two of them "yes": a plain yes cannot choose.
        Case{"auth_statements_ambiguous", kAuthStatements, "Yes", FieldKey::kWorkAuthorization,
             nullptr},
        // Other real lists.
        Case{"heard_nested", kHeardNested, "LinkedIn", FieldKey::kHowHeard,
             "Job board (e.g. Indeed, LinkedIn)"},
        Case{"heard_not_other", kHeardNested, "Glassdoor", FieldKey::kHowHeard, nullptr},
        Case{"pronouns_exact", kPronounList, "she/her", FieldKey::kPronouns, "she/her"},
        Case{"pronouns_longer", kPronounList, "She/Her/Hers", FieldKey::kPronouns, "she/her"},
        Case{"notice_exact", kNotice, "1 month", FieldKey::kNoticePeriod, "1 month"}),
    [](const auto& info) { return std::string(info.param.name); });

// Notice periods offered in the form's language; the profile says "2 weeks".
const auto kNoticeFr = Options({"Sélectionnez…", "Aucun, disponible immédiatement", "2 semaines",
                                "1 mois", "2 mois", "3 mois"});
const auto kNoticeIt =
    Options({"Disponibilità immediata", "2 settimane", "1 mese", "2 mesi", "3 mesi o più"});
const auto kNoticeDe = Options({"Bitte wählen", "Keine / sofort verfügbar", "2 Wochen", "1 Monat",
                                "6 Wochen zum Quartalsende", "3 Monate", "Mehr als 3 Monate"});
const auto kNoticeJa = Options({"選択してください", "即日", "2週間", "1ヶ月", "3ヶ月以上"});
const auto kNoticeZh = Options({"随时到岗", "1周内", "2周内", "1个月内", "1-3个月", "3个月以上"});
const auto kNoticeUpToPt =
    Options({"Imediata", "Até 15 dias", "Até 30 dias", "Até 60 dias", "Mais de 60 dias"});
// Swiss forms (Umantis, jobs.ch) band the notice period: "bis 1 Monat" is up to one.
const auto kNoticeBandsDe = Options({"Bitte wählen", "keine / sofort verfügbar", "bis 1 Monat",
                                     "2 Monate", "3 Monate", "mehr als 3 Monate"});
const auto kNoticeRanges =
    Options({"Select...", "Immediately", "Less than 1 month", "1-3 months", "More than 3 months"});

INSTANTIATE_TEST_SUITE_P(
    NoticePeriods, OptionMatcherTableTest,
    ::testing::Values(
        Case{"notice_fr", kNoticeFr, "2 weeks", FieldKey::kNoticePeriod, "2 semaines"},
        Case{"notice_it", kNoticeIt, "2 weeks", FieldKey::kNoticePeriod, "2 settimane"},
        Case{"notice_de", kNoticeDe, "2 weeks", FieldKey::kNoticePeriod, "2 Wochen"},
        Case{"notice_ja", kNoticeJa, "2 weeks", FieldKey::kNoticePeriod, "2週間"},
        Case{"notice_month_de", kNoticeDe, "1 month", FieldKey::kNoticePeriod, "1 Monat"},
        Case{"notice_none_it", kNoticeIt, "immediately", FieldKey::kNoticePeriod,
             "Disponibilità immediata"},
        Case{"notice_long_it", kNoticeIt, "4 months", FieldKey::kNoticePeriod, "3 mesi o più"},
        Case{"notice_in_range", kNoticeRanges, "2 weeks", FieldKey::kNoticePeriod,
             "Less than 1 month"},
        Case{"notice_range_mid", kNoticeRanges, "2 months", FieldKey::kNoticePeriod, "1-3 months"},
        Case{"notice_up_to_de", kNoticeBandsDe, "2 weeks", FieldKey::kNoticePeriod, "bis 1 Monat"},
        Case{"notice_two_months_de", kNoticeBandsDe, "2 months", FieldKey::kNoticePeriod,
             "2 Monate"},
        // Nested "up to" bands all take 2 weeks: the tightest, as a person picks.
        Case{"notice_nested_pt", kNoticeUpToPt, "2 weeks", FieldKey::kStartDate, "Até 15 dias"},
        Case{"notice_nested_pt_month", kNoticeUpToPt, "3 weeks", FieldKey::kNoticePeriod,
             "Até 30 dias"},
        // No option of that length: a question, never the nearest one.
        Case{"notice_no_fit", kNoticeFr, "3 weeks", FieldKey::kNoticePeriod, nullptr},
        Case{"notice_words", kNoticeFr, "negotiable", FieldKey::kNoticePeriod, nullptr},
        // Chinese lengths "within" ("2周内") and "or more" ("3个月以上").
        Case{"notice_zh", kNoticeZh, "2 weeks", FieldKey::kNoticePeriod, "2周内"},
        // A start date is no length of time: never the option whose number the
        // date's digits resemble.
        Case{"start_date_over_lengths", kNoticeZh, "2025-09-01", FieldKey::kStartDate, nullptr},
        Case{"start_date_over_ranges", kNoticeRanges, "2025-09-01", FieldKey::kStartDate,
             nullptr}));

// Work arrangements in the form's language; the profile says "hybrid" (shown as
// "Hybrid") or "onsite" ("On-site").
const auto kWorkModelPt = Options({"Remoto", "Híbrido", "Presencial"});
const auto kWorkModelEs = Options({"Presencial", "Híbrido", "100% remoto"});
const auto kWorkModelTr = Options({"Seçiniz", "Ofiste", "Hibrit", "Uzaktan"});
const auto kWorkModelFr = Options({"Sur site", "Hybride", "Télétravail complet"});
const auto kWorkModelJa = Options({"出社", "ハイブリッド", "フルリモート"});
const auto kWorkModelMixed = Options({"Remote or hybrid", "On-site only"});
// French careers forms (HubSpot forms) name the office rather than "on site".
const auto kWorkModelFrOffice =
    Options({"Depuis nos bureaux de Nantes", "En hybride", "En télétravail complet"});
const auto kWorkModelFrPremises = Options({"Au bureau", "Hybride", "100 % télétravail"});

INSTANTIATE_TEST_SUITE_P(
    WorkArrangements, OptionMatcherTableTest,
    ::testing::Values(
        Case{"hybrid_pt", kWorkModelPt, "Hybrid", FieldKey::kRemote, "Híbrido"},
        Case{"onsite_pt", kWorkModelPt, "On-site", FieldKey::kRemote, "Presencial"},
        Case{"remote_es", kWorkModelEs, "Remote", FieldKey::kRemote, "100% remoto"},
        Case{"hybrid_tr", kWorkModelTr, "Hybrid", FieldKey::kRemote, "Hibrit"},
        // Croatian: a hybrid choice that names its office days is still the hybrid one.
        Case{"hybrid_hr",
             Options({"U uredu (Zagreb)", "Hibridno (2 dana u uredu)", "Potpuno na daljinu"}),
             "Hybrid", FieldKey::kRemote, "Hibridno (2 dana u uredu)"},
        Case{"remote_hr",
             Options({"U uredu (Zagreb)", "Hibridno (2 dana u uredu)", "Potpuno na daljinu"}),
             "Remote", FieldKey::kRemote, "Potpuno na daljinu"},
        Case{"onsite_fr", kWorkModelFr, "On-site", FieldKey::kRemote, "Sur site"},
        Case{"hybrid_ja", kWorkModelJa, "Hybrid", FieldKey::kRemote, "ハイブリッド"},
        Case{"hybrid_in_either", kWorkModelMixed, "Hybrid", FieldKey::kRemote, "Remote or hybrid"},
        Case{"onsite_fr_office", kWorkModelFrOffice, "On-site", FieldKey::kRemote,
             "Depuis nos bureaux de Nantes"},
        Case{"onsite_fr_premises", kWorkModelFrPremises, "On-site", FieldKey::kRemote, "Au bureau"},
        // "Flexible" fits none of them: a question, never the nearest one.
        Case{"flexible_no_fit", kWorkModelPt, "Flexible", FieldKey::kRemote, nullptr}),
    [](const auto& info) { return std::string(info.param.name); });

// US public-sector supplemental questions word their bands "N years but less than
// M years" up to "M years or more" (NEOGOV's minimum-qualification questions): a
// band's upper number is where the next band starts, so 8 years is the last band
// and 6 the band that starts there.
const auto kYearsButLessThan =
    Options({"Less than 2 years", "2 years but less than 4 years", "4 years but less than 6 years",
             "6 years but less than 8 years", "8 years or more"});

INSTANTIATE_TEST_SUITE_P(
    YearsBandsButLessThan, OptionMatcherTableTest,
    ::testing::Values(Case{"years_top", kYearsButLessThan, "8", FieldKey::kYearsExperience,
                           "8 years or more"},
                      Case{"years_band_start", kYearsButLessThan, "6", FieldKey::kYearsExperience,
                           "6 years but less than 8 years"},
                      Case{"years_band_inside", kYearsButLessThan, "3", FieldKey::kYearsExperience,
                           "2 years but less than 4 years"}),
    [](const auto& info) { return std::string(info.param.name); });

// Years-of-experience bands in the form's language (hh.ru's, 104's, Korean and
// French boards' wordings); the profile says 8 years.
const auto kYearsRu = Options({"Нет опыта", "От 1 года до 3 лет", "От 3 до 6 лет", "Более 6 лет"});
const auto kYearsRuAtMost = Options({"Не более 1 года", "От 1 года до 3 лет", "От 3 лет"});
const auto kYearsZh =
    Options({"請選擇", "無工作經驗", "1年以下", "1~3年", "3~5年", "5~10年", "10年以上"});
const auto kYearsZhOpenTop = Options({"1年未満", "1~3年", "3~5年", "5年以上"});
const auto kYearsKo = Options({"선택", "신입", "1년 미만", "1~3년", "3~5년", "5년 이상"});
const auto kYearsFr = Options({"Moins d’1 an", "De 1 à 3 ans", "De 3 à 5 ans", "Plus de 5 ans"});

INSTANTIATE_TEST_SUITE_P(
    YearsBandsInOtherLanguages, OptionMatcherTableTest,
    ::testing::Values(
        Case{"years_ru_more_than", kYearsRu, "8", FieldKey::kYearsExperience, "Более 6 лет"},
        Case{"years_ru_between", kYearsRu, "4", FieldKey::kYearsExperience, "От 3 до 6 лет"},
        Case{"years_ru_none", kYearsRu, "0", FieldKey::kYearsExperience, "Нет опыта"},
        Case{"years_ru_from", kYearsRuAtMost, "8", FieldKey::kYearsExperience, "От 3 лет"},
        Case{"years_ru_at_most", kYearsRuAtMost, "0.5", FieldKey::kYearsExperience,
             "Не более 1 года"},
        Case{"years_zh_band", kYearsZh, "8", FieldKey::kYearsExperience, "5~10年"},
        Case{"years_zh_top", kYearsZh, "12", FieldKey::kYearsExperience, "10年以上"},
        Case{"years_zh_bottom", kYearsZh, "0.5", FieldKey::kYearsExperience, "1年以下"},
        Case{"years_zh_none", kYearsZh, "0", FieldKey::kYearsExperience, "無工作經驗"},
        Case{"years_ja_open_top", kYearsZhOpenTop, "8", FieldKey::kYearsExperience, "5年以上"},
        Case{"years_ja_less_than", kYearsZhOpenTop, "0.5", FieldKey::kYearsExperience, "1年未満"},
        Case{"years_ko_open_top", kYearsKo, "8", FieldKey::kYearsExperience, "5년 이상"},
        Case{"years_ko_less_than", kYearsKo, "0.5", FieldKey::kYearsExperience, "1년 미만"},
        Case{"years_ko_newcomer", kYearsKo, "0", FieldKey::kYearsExperience, "신입"},
        Case{"years_fr_elided", kYearsFr, "0.5", FieldKey::kYearsExperience, "Moins d’1 an"},
        Case{"years_fr_more", kYearsFr, "8", FieldKey::kYearsExperience, "Plus de 5 ans"}),
    [](const auto& info) { return std::string(info.param.name); });

// French notice ranges as Welcome to the Jungle-style forms offer them; the
// profile says "2 weeks".
const auto kNoticeFrRanges =
    Options({"Aucun, disponible immédiatement", "Moins d’1 mois", "1 à 3 mois", "Plus de 3 mois"});
const auto kNoticeRuRanges =
    Options({"Могу выйти сразу", "До 2 недель", "От 2 недель до 1 месяца", "Более 1 месяца"});

INSTANTIATE_TEST_SUITE_P(
    NoticeRangesInOtherLanguages, OptionMatcherTableTest,
    ::testing::Values(Case{"notice_fr_elided_range", kNoticeFrRanges, "2 weeks",
                           FieldKey::kNoticePeriod, "Moins d’1 mois"},
                      Case{"notice_fr_apostrophe", Options({"Moins d'1 mois", "1 à 3 mois"}),
                           "2 weeks", FieldKey::kNoticePeriod, "Moins d'1 mois"},
                      Case{"notice_fr_between", kNoticeFrRanges, "2 months",
                           FieldKey::kNoticePeriod, "1 à 3 mois"},
                      Case{"notice_ru_up_to", kNoticeRuRanges, "10 days", FieldKey::kNoticePeriod,
                           "До 2 недель"},
                      Case{"notice_ru_between", kNoticeRuRanges, "3 weeks", FieldKey::kNoticePeriod,
                           "От 2 недель до 1 месяца"}),
    [](const auto& info) { return std::string(info.param.name); });

// Chinese and Korean degree lists, a decline in Chinese and Korean, where an
// education stands and whether the person is a newcomer, by meaning.
const auto kDegreesZh =
    Options({"請選擇", "博士", "碩士", "大學", "專科", "高中職", "國中(含)以下"});
const auto kDegreesJa = Options({"大学院（修士）", "大学", "短期大学", "高校"});
const auto kSchoolTypesKo =
    Options({"고등학교", "대학교 (2, 3년제)", "대학교 (4년제)", "대학원 (석사)", "대학원 (박사)"});
const auto kGenderZh = Options({"男", "女", "不透露"});
// Chinese forms' 性别 lists (Arco Design and Element UI careers pages) offer 保密,
// "kept private", as their decline choice.
const auto kGenderZhPrivate = Options({"男", "女", "保密"});
const auto kGenderKo = Options({"남성", "여성", "밝히고 싶지 않음"});
const auto kEduStatusZh = Options({"畢業", "肄業", "就學中"});
const auto kEduStatusKo = Options({"졸업", "졸업 예정", "재학 중", "휴학", "중퇴", "수료"});
// US university applications ask whether the highest degree is conferred or expected.
const auto kDegreeStatusEn = Options({"Conferred", "Expected (not yet conferred)"});
const auto kCareerTypeKo = Options({"신입", "경력"});
const auto kCareerTypeId =
    Options({"Ya, saya memiliki pengalaman kerja", "Belum, saya lulusan baru (fresh graduate)"});

INSTANTIATE_TEST_SUITE_P(
    AsiaPacificMeanings, OptionMatcherTableTest,
    ::testing::Values(
        Case{"gender_zh_private_is_decline", kGenderZhPrivate, "decline", FieldKey::kGender,
             "保密"},
        Case{"degree_zh_bachelor", kDegreesZh, "BS", FieldKey::kDegree, "大學"},
        Case{"degree_zh_master", kDegreesZh, "MSc", FieldKey::kDegree, "碩士"},
        Case{"degree_ja_junior_college_not_university", kDegreesJa, "Associate degree",
             FieldKey::kDegree, "短期大学"},
        Case{"degree_ja_bachelor", kDegreesJa, "BS", FieldKey::kDegree, "大学"},
        Case{"degree_ko_bachelor", kSchoolTypesKo, "BS", FieldKey::kDegree, "대학교 (4년제)"},
        Case{"degree_ko_associate", kSchoolTypesKo, "Associate of Science", FieldKey::kDegree,
             "대학교 (2, 3년제)"},
        Case{"degree_ko_doctorate", kSchoolTypesKo, "PhD", FieldKey::kDegree, "대학원 (박사)"},
        Case{"decline_zh", kGenderZh, "decline", FieldKey::kGender, "不透露"},
        Case{"decline_ko", kGenderKo, "decline", FieldKey::kGender, "밝히고 싶지 않음"},
        Case{"graduated_zh", kEduStatusZh, "Graduated", FieldKey::kEducationStatus, "畢業"},
        Case{"graduated_ko_not_expected", kEduStatusKo, "Graduated", FieldKey::kEducationStatus,
             "졸업"},
        Case{"degree_conferred_en", kDegreeStatusEn, "Graduated", FieldKey::kEducationStatus,
             "Conferred"},
        Case{"experienced_ko", kCareerTypeKo, "Experienced", FieldKey::kCareerType, "경력"},
        Case{"newcomer_ko", kCareerTypeKo, "Newcomer", FieldKey::kCareerType, "신입"},
        Case{"experienced_id", kCareerTypeId, "Experienced", FieldKey::kCareerType,
             "Ya, saya memiliki pengalaman kerja"},
        Case{"newcomer_id", kCareerTypeId, "Newcomer", FieldKey::kCareerType,
             "Belum, saya lulusan baru (fresh graduate)"}),
    [](const auto& info) { return std::string(info.param.name); });

// Phone country pickers name countries in the page's words, always with the code.
const auto kAreaCodesZh =
    Options({"中国大陆 +86", "中国香港 +852", "新加坡 +65", "美国/加拿大 +1", "英国 +44"});
const auto kAreaCodesKo = Options({"+82 대한민국", "+1 미국/캐나다", "+81 일본", "+44 영국"});
const auto kCanadaOnly = Options({"Germany (+49)", "Canada (+1)", "France (+33)"});
// The start of a long list, as a virtual scroller draws it: the territories and
// island nations that share +1 come long before the United States.
const auto kSharedCodeTerritories =
    Options({"Afghanistan (+93)", "Albania (+355)", "American Samoa (+1)", "Anguilla (+1)",
             "Antigua and Barbuda (+1)", "Bahamas (+1)"});
const auto kSharedCodeIslands = Options({"Guernsey (+44)", "Isle of Man (+44)", "Jersey (+44)",
                                         "Kazakhstan (+7)", "Åland Islands (+358)"});

INSTANTIATE_TEST_SUITE_P(
    PhoneCountryPickers, OptionMatcherTableTest,
    ::testing::Values(Case{"dial_zh", kAreaCodesZh, "United States", FieldKey::kPhoneCountryCode,
                           "美国/加拿大 +1"},
                      Case{"dial_ko", kAreaCodesKo, "United States", FieldKey::kPhoneCountryCode,
                           "+1 미국/캐나다"},
                      Case{"dial_named_wins", kDialCodes, "United States",
                           FieldKey::kPhoneCountryCode, "United States (+1)"},
                      // Another country that shares the code is not the person's.
                      Case{"dial_other_country", kCanadaOnly, "United States",
                           FieldKey::kPhoneCountryCode, nullptr},
                      Case{"dial_territory", kSharedCodeTerritories, "United States",
                           FieldKey::kPhoneCountryCode, nullptr},
                      Case{"dial_crown_dependency", kSharedCodeIslands, "United Kingdom",
                           FieldKey::kPhoneCountryCode, nullptr},
                      Case{"dial_kazakhstan_not_russia", kSharedCodeIslands, "Russia",
                           FieldKey::kPhoneCountryCode, nullptr},
                      Case{"dial_finland_not_aland", kSharedCodeIslands, "Finland",
                           FieldKey::kPhoneCountryCode, nullptr}));

// A picker that shows only the codes ("+1" twice) names each option's country in
// its value ("+1|US", "+1|CA"): the person's country breaks the tie.
TEST(OptionMatcherTest, ADialCodeSharedByTwoCountriesIsTheOneWhoseValueNamesThePersons) {
  const std::vector<Option> codes = {{"+49", "+49|DE", false},
                                     {"+1", "+1|CA", false},
                                     {"+1", "+1|US", false},
                                     {"+44", "+44|GB", false}};
  auto match = MatchOption(codes, "United States", FieldKey::kPhoneCountryCode);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 2);
}

// Italian provinces by their codes: Cagliari's "CA" is not California, and the
// list's choice for living abroad is "Estero".
// A Spanish province list in Catalan ends with "Fora d'Espanya" (outside Spain),
// its elided "d'" written with either apostrophe; Italian "All'estero" likewise.
TEST(OptionMatcherTest, AnElidedOutsideOptionIsForAddressesAbroad) {
  const std::vector<Option> provincies = {{"- Selecciona -", "", false},
                                          {"Barcelona", "barcelona", false},
                                          {"Girona", "girona", false},
                                          {"Fora d'Espanya", "fora_espanya", false}};
  EXPECT_EQ(AbroadOption(provincies, "CA"), 3);
  EXPECT_EQ(AbroadOption(provincies, "San Francisco, CA, United States"), 3);
  const std::vector<Option> typographic = {{"Lleida", "25", false},
                                           {"Fora d’Espanya", "99", false}};
  EXPECT_EQ(AbroadOption(typographic, "San Francisco, CA, United States"), 1);
  const std::vector<Option> estranger = {{"Tarragona", "43", false},
                                         {"A l'estranger", "00", false}};
  EXPECT_EQ(AbroadOption(estranger, "San Francisco, CA, United States"), 1);
  const std::vector<Option> estero = {{"Milano", "MI", false}, {"All'estero", "EE", false}};
  EXPECT_EQ(AbroadOption(estero, "San Francisco, CA, United States"), 1);
}

// A Georgian job board's city list ends with "საზღვარგარეთ" (abroad), after a choice
// for another Georgian town, which is no place abroad.
TEST(OptionMatcherTest, AGeorgianCityListsAbroadOptionIsForAddressesAbroad) {
  const std::vector<Option> cities = {{"აირჩიეთ", "", false},
                                      {"თბილისი", "1", false},
                                      {"ბათუმი", "2", false},
                                      {"სხვა ქალაქი (საქართველო)", "9", false},
                                      {"საზღვარგარეთ", "99", false}};
  EXPECT_EQ(AbroadOption(cities, "San Francisco, CA, United States"), 4);
  EXPECT_FALSE(MatchOption(cities, "San Francisco", FieldKey::kCity).has_value());
}

// A Kazakh job board's city list ends with "Шетелде" (abroad), after a choice for
// another Kazakh town, which is no place abroad.
TEST(OptionMatcherTest, AKazakhCityListsAbroadOptionIsForAddressesAbroad) {
  const std::vector<Option> cities = {{"Таңдаңыз", "", false},
                                      {"Алматы", "160", false},
                                      {"Астана", "159", false},
                                      {"Қазақстанның басқа қаласы", "40", false},
                                      {"Шетелде", "abroad", false}};
  EXPECT_EQ(AbroadOption(cities, "San Francisco, CA, United States"), 4);
  const std::vector<Option> outside = {{"Шымкент", "205", false}, {"Қазақстаннан тыс", "0", false}};
  EXPECT_EQ(AbroadOption(outside, "San Francisco, CA, United States"), 1);
}

// Kazakh answers: "Иә" / "Жоқ", and a verb said no to by its ending ("Көше алмаймын":
// I cannot move) or by "емес" (is not).
TEST(OptionMatcherTest, KazakhAnswersSayYesOrNo) {
  const std::vector<Option> yes_no = {{"Иә", "yes", false}, {"Жоқ", "no", false}};
  auto yes = MatchOption(yes_no, "Yes", FieldKey::kRelocation);
  ASSERT_TRUE(yes.has_value());
  EXPECT_EQ(yes->index, 0);
  auto no = MatchOption(yes_no, "No", FieldKey::kRelocation);
  ASSERT_TRUE(no.has_value());
  EXPECT_EQ(no->index, 1);
  const std::vector<Option> moving = {{"Көше алмаймын", "no_relocation", false},
                                      {"Көшуге дайынмын", "relocation_possible", false},
                                      {"Көшуді қалаймын", "relocation_desirable", false}};
  auto stays = MatchOption(moving, "No", FieldKey::kRelocation);
  ASSERT_TRUE(stays.has_value());
  EXPECT_EQ(stays->index, 0);
}

// An Armenian job board's residence list ends with "Արտերկիր" (abroad), after a
// choice for another Armenian town, which is no place abroad.
TEST(OptionMatcherTest, AnArmenianResidenceListsAbroadOptionIsForAddressesAbroad) {
  const std::vector<Option> places = {{"Ընտրել", "", false},
                                      {"Երևան", "1", false},
                                      {"Գյումրի", "2", false},
                                      {"Այլ բնակավայր (ՀՀ)", "9", false},
                                      {"Արտերկիր", "99", false}};
  EXPECT_EQ(AbroadOption(places, "San Francisco, CA, United States"), 4);
  EXPECT_FALSE(MatchOption(places, "San Francisco", FieldKey::kCity).has_value());
}

// An Albanian job portal's city list ends with "Jashtë Shqipërisë" (outside Albania),
// after a choice for another Albanian town, which is no place abroad.
// An Azerbaijani job portal's city list ends with "Azərbaycandan kənar" (outside
// Azerbaijan), after a choice for another Azerbaijani town, which is no place abroad.
TEST(OptionMatcherTest, AnAzerbaijaniCityListsAbroadOptionIsForAddressesAbroad) {
  const std::vector<Option> cities = {{" ", "", false},
                                      {"Bakı", "1", false},
                                      {"Gəncə", "2", false},
                                      {"Sumqayıt", "3", false},
                                      {"Digər (Azərbaycan)", "90", false},
                                      {"Azərbaycandan kənar", "99", false}};
  EXPECT_EQ(AbroadOption(cities, "San Francisco, CA, United States"), 5);
  EXPECT_FALSE(MatchOption(cities, "San Francisco", FieldKey::kCity).has_value());
  const std::vector<Option> abroad = {{"Azərbaycanda", "az", false}, {"Xaricdə", "x", false}};
  EXPECT_EQ(AbroadOption(abroad, "San Francisco, CA, United States"), 1);
}

TEST(OptionMatcherTest, AnAlbanianCityListsAbroadOptionIsForAddressesAbroad) {
  const std::vector<Option> cities = {{"Zgjidhni qytetin", "", false},
                                      {"Tiranë", "tirane", false},
                                      {"Durrës", "durres", false},
                                      {"Qytet tjetër në Shqipëri", "tjeter", false},
                                      {"Jashtë Shqipërisë", "jashte", false}};
  EXPECT_EQ(AbroadOption(cities, "San Francisco, CA, United States"), 4);
  EXPECT_FALSE(MatchOption(cities, "San Francisco", FieldKey::kCity).has_value());
  const std::vector<Option> abroad = {{"Në Shqipëri", "al", false}, {"Jashtë vendit", "x", false}};
  EXPECT_EQ(AbroadOption(abroad, "San Francisco, CA, United States"), 1);
}

// Italian portals (inRecruiting, Altamira) list the provinces by their two-letter
// sigle: "CA" there is Cagliari, not California, and a person living abroad takes
// "EE". A list of US states by code keeps its codes.
TEST(OptionMatcherTest, ARegionCodeAmongAnotherCountrysCodesIsNotThePersonsRegion) {
  std::vector<Option> sigle = {{"-- Seleziona --", "", false}};
  for (const char* code : {"AG", "AL", "AN", "BO", "CA", "CO", "EE - Estero", "FI", "MI", "NA",
                           "PA", "RM", "TN", "TO", "VE"}) {
    sigle.push_back({code, std::string(code).substr(0, 2), false});
  }
  EXPECT_FALSE(MatchOption(sigle, "CA", FieldKey::kRegion).has_value());
  EXPECT_FALSE(MatchOption(sigle, "California", FieldKey::kRegion).has_value());
  EXPECT_EQ(AbroadOption(sigle, "San Francisco, CA, United States"), 7);
  const std::vector<Option> states = {{"Select", "", false}, {"AZ", "AZ", false},
                                      {"CA", "CA", false},   {"NY", "NY", false},
                                      {"TX", "TX", false},   {"Other", "XX", false}};
  ASSERT_TRUE(MatchOption(states, "CA", FieldKey::kRegion).has_value());
  EXPECT_EQ(MatchOption(states, "CA", FieldKey::kRegion)->index, 2);
  EXPECT_EQ(MatchOption(states, "California", FieldKey::kRegion)->index, 2);
}

TEST(OptionMatcherTest, AnotherCountrysRegionCodeIsNotThePersonsRegion) {
  const std::vector<Option> provinces = {{"Seleziona", "", false},
                                         {"Bologna", "BO", false},
                                         {"Cagliari", "CA", false},
                                         {"Enna", "EN", false},
                                         {"Estero", "EE", false}};
  EXPECT_FALSE(MatchOption(provinces, "CA", FieldKey::kRegion).has_value());
  EXPECT_FALSE(MatchOption(provinces, "California", FieldKey::kRegion).has_value());
  EXPECT_EQ(AbroadOption(provinces, "San Francisco, CA, United States"), 4);
  const std::vector<Option> cities = {{"New York", "", false}, {"Outside the US", "", false}};
  EXPECT_FALSE(AbroadOption(cities, "San Francisco, CA, United States").has_value());
  EXPECT_EQ(AbroadOption(cities, "Lisbon, Portugal"), 1);
  // An Indonesian domicile list's "Luar Negeri" (abroad).
  const std::vector<Option> domicile = {{"Kota Jakarta Selatan, DKI Jakarta", "3171", false},
                                        {"Kota Bandung, Jawa Barat", "3273", false},
                                        {"Luar Negeri (di luar Indonesia)", "9999", false}};
  EXPECT_EQ(AbroadOption(domicile, "San Francisco, CA, United States"), 2);
  // A Greek region list's "Εξωτερικό (εκτός Ελλάδας)" (abroad, outside Greece): not
  // for a person in Greece.
  const std::vector<Option> periferies = {{"Επιλέξτε…", "", false},
                                          {"Αττικής", "I", false},
                                          {"Κρήτης", "M", false},
                                          {"Εξωτερικό (εκτός Ελλάδας)", "EXO", false}};
  EXPECT_EQ(AbroadOption(periferies, "San Francisco, CA, United States"), 3);
  EXPECT_FALSE(AbroadOption(periferies, "Πάτρα, Ελλάδα").has_value());
  EXPECT_EQ(AbroadOption(periferies, "CA"), 3);
  const std::vector<Option> nomoi = {{"Αχαΐας", "13", false}, {"Άλλη χώρα", "99", false}};
  EXPECT_EQ(AbroadOption(nomoi, "San Francisco, CA, United States"), 1);
  // A Thai province list ends with "ต่างประเทศ" (abroad), written without spaces.
  const std::vector<Option> changwat = {{"เลือกจังหวัด", "", false},
                                        {"กรุงเทพมหานคร", "1", false},
                                        {"เชียงใหม่", "38", false},
                                        {"ต่างประเทศ", "99", false}};
  EXPECT_EQ(AbroadOption(changwat, "San Francisco, CA, United States"), 3);
  // A Serbian job board's city list ends with "Inostranstvo" (abroad); Croatian
  // and Czech lists with "Inozemstvo" and "Zahraničí".
  const std::vector<Option> gradovi = {{"Izaberite grad", "", false},
                                       {"Beograd", "beograd", false},
                                       {"Novi Sad", "novi-sad", false},
                                       {"Niš", "nis", false},
                                       {"Inostranstvo", "inostranstvo", false}};
  EXPECT_EQ(AbroadOption(gradovi, "San Francisco, CA, United States"), 4);
  EXPECT_EQ(AbroadOption(Options({"Zagreb", "Split", "Inozemstvo"}), "San Francisco"), 2);
  EXPECT_EQ(AbroadOption(Options({"Praha", "Brno", "Zahraničí"}), "San Francisco"), 2);
  // A Bulgarian board's list of towns (населено място) ends with "Чужбина" (abroad).
  const std::vector<Option> gradove = {{"", "", false},
                                       {"София", "sofia", false},
                                       {"Пловдив", "plovdiv", false},
                                       {"Варна", "varna", false},
                                       {"Чужбина", "chuzhbina", false}};
  EXPECT_EQ(AbroadOption(gradove, "San Francisco, CA, United States"), 4);
  EXPECT_EQ(AbroadOption(Options({"София", "Бургас", "Извън България"}), "San Francisco"), 2);
  // A Macedonian board's list of towns ends with "Странство" (abroad).
  const std::vector<Option> gradovi_mk = {{"-- Изберете град --", "", false},
                                          {"Скопје", "skopje", false},
                                          {"Битола", "bitola", false},
                                          {"Куманово", "kumanovo", false},
                                          {"Странство", "stranstvo", false}};
  EXPECT_EQ(AbroadOption(gradovi_mk, "San Francisco, CA, United States"), 4);
  EXPECT_EQ(AbroadOption(Options({"Скопје", "Охрид", "Надвор од Македонија"}), "San Francisco"), 2);
  const std::vector<Option> states = {{"CA", "CA", false}, {"NY", "NY", false}};
  auto california = MatchOption(states, "California", FieldKey::kRegion);
  ASSERT_TRUE(california.has_value());
  EXPECT_EQ(california->index, 0);
}

// A Chinese city cascader's 海外 opens the countries abroad: the person's country
// is their place there; a list naming it twice, or not at all, decides nothing.
TEST(OptionMatcherTest, TheCountriesAnAbroadChoiceOpensHoldThePersonsCountry) {
  const auto abroad = Options({"美国", "加拿大", "英国", "新加坡", "其他国家/地区"});
  EXPECT_EQ(HomeCountryOption(abroad, "San Francisco, CA, United States"), 0);
  EXPECT_EQ(HomeCountryOption(abroad, "Toronto, ON, Canada"), 1);
  EXPECT_FALSE(HomeCountryOption(abroad, "Lisbon, Portugal").has_value());
  EXPECT_FALSE(HomeCountryOption(abroad, "San Francisco").has_value());
  EXPECT_FALSE(
      HomeCountryOption(Options({"美国", "United States"}), "San Francisco, CA, United States")
          .has_value());
}

// A cascader's first level: the province whose name the answered city holds
// opens the list to choose in; a leaf is no category, and two names as long
// decide nothing.
TEST(OptionMatcherTest, TheCategoryAnAnswerNamesOpensTheListToChooseIn) {
  std::vector<Option> provinces = Options({"北京", "上海", "广东", "海外"});
  for (auto& province : provinces) province.submenu = true;
  EXPECT_EQ(EnclosingCategoryOption(provinces, "上海市"), 1);
  EXPECT_EQ(EnclosingCategoryOption(provinces, "广东省深圳市"), 2);
  EXPECT_FALSE(EnclosingCategoryOption(provinces, "杭州市").has_value());
  EXPECT_FALSE(EnclosingCategoryOption(provinces, "上海").has_value());
  std::vector<Option> states = Options({"California", "Nevada", "Other"});
  states[0].submenu = true;
  states[1].submenu = true;
  EXPECT_EQ(EnclosingCategoryOption(states, "Los Angeles, California"), 0);
  EXPECT_FALSE(EnclosingCategoryOption(states, "Other place").has_value());
  EXPECT_FALSE(EnclosingCategoryOption(Options({"上海", "北京"}), "上海市").has_value());
}

// Pickers that lead each country with its flag: the flag is no part of the name.
TEST(OptionMatcherTest, ADialCodePickerWithFlagsPicksThePersonsCountry) {
  const auto flagged = Options({"🇸🇪 Sverige +46", "🇨🇦 Kanada +1", "🇺🇸 USA +1", "🇩🇪 Tyskland +49"});
  auto match = MatchOption(flagged, "United States", FieldKey::kPhoneCountryCode);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 2);
}

// French forms group degrees by years after the baccalauréat, an option spanning
// two levels ("Bac+3 / Bac+4 (Licence, Bachelor, Maîtrise)"): a bachelor's is in it,
// not in the master's option above it; beside an option of the one level, that
// one is the person's.
TEST(OptionMatcherTest, AnOptionNamingDegreesOfTwoLevelsHoldsEach) {
  const auto french =
      Options({"Bac", "Bac+2 (BTS, DUT, BUT)", "Bac+3 / Bac+4 (Licence, Bachelor, Maîtrise)",
               "Bac+5 (Master, diplôme d'ingénieur)", "Doctorat"});
  auto bachelor = MatchOption(french, "BS", FieldKey::kDegree);
  ASSERT_TRUE(bachelor.has_value());
  EXPECT_EQ(bachelor->index, 2);
  const auto both = Options({"Licence / Maîtrise", "Bachelor", "Master"});
  auto exact = MatchOption(both, "BS", FieldKey::kDegree);
  ASSERT_TRUE(exact.has_value());
  EXPECT_EQ(exact->index, 1);
}

// A list that suggests as you type shows a greyed-out note while it searches or
// when nothing matched: never a choice, even when its words fit.
TEST(OptionMatcherTest, AGreyedOutNoteIsNeverChosen) {
  std::vector<Option> options = {{"San Francisco (recherche…)", "", false, false, true}};
  EXPECT_FALSE(MatchOption(options, "San Francisco", FieldKey::kCity).has_value());
  options.push_back({"San Francisco, California, United States", "5391959", false});
  auto match = MatchOption(options, "San Francisco, CA, United States", FieldKey::kCity);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 1);
}

// Arabic forms (Bayt, GulfTalent, Gulf employers' ATSs) in their own words.
const auto kYesNoAr = Options({"نعم", "لا"});
const auto kYearsAr = Options({"اختر", "أقل من سنة", "1 - 2 سنة", "3 - 5 سنوات", "6 - 10 سنوات",
                               "11 - 15 سنة", "أكثر من 15 سنة"});
const auto kNoticeAr = Options(
    {"اختر", "فوري", "أسبوع واحد", "أسبوعان", "شهر واحد", "شهران", "3 أشهر", "أكثر من 3 أشهر"});
const auto kDegreesAr =
    Options({"اختر", "ثانوية عامة", "دبلوم", "بكالوريوس", "ماجستير", "دكتوراه"});
const auto kGenderAr = Options({"ذكر", "أنثى", "أفضل عدم الإفصاح"});
const auto kSponsorAr = Options({"نعم، أحتاج إلى كفالة", "لا، لا أحتاج إلى كفالة"});

INSTANTIATE_TEST_SUITE_P(
    Arabic, OptionMatcherTableTest,
    ::testing::Values(
        Case{"yes_ar", kYesNoAr, "Yes", FieldKey::kRelocation, "نعم"},
        Case{"no_ar", kYesNoAr, "No", FieldKey::kSponsorship, "لا"},
        Case{"no_sentence_ar", kSponsorAr, "No", FieldKey::kSponsorship, "لا، لا أحتاج إلى كفالة"},
        Case{"years_ar", kYearsAr, "6", FieldKey::kYearsExperience, "6 - 10 سنوات"},
        Case{"years_ar_top", kYearsAr, "20", FieldKey::kYearsExperience, "أكثر من 15 سنة"},
        Case{"years_ar_under_one", kYearsAr, "0.5", FieldKey::kYearsExperience, "أقل من سنة"},
        Case{"notice_ar_dual", kNoticeAr, "2 weeks", FieldKey::kNoticePeriod, "أسبوعان"},
        Case{"notice_ar_one", kNoticeAr, "1 month", FieldKey::kNoticePeriod, "شهر واحد"},
        Case{"notice_ar_now", kNoticeAr, "Immediately", FieldKey::kNoticePeriod, "فوري"},
        Case{"notice_ar_long", kNoticeAr, "4 months", FieldKey::kNoticePeriod, "أكثر من 3 أشهر"},
        Case{"degree_ar_bachelor", kDegreesAr, "BS", FieldKey::kDegree, "بكالوريوس"},
        Case{"degree_ar_master", kDegreesAr, "Master of Science", FieldKey::kDegree, "ماجستير"},
        Case{"degree_ar_doctorate", kDegreesAr, "PhD", FieldKey::kDegree, "دكتوراه"},
        Case{"gender_ar", kGenderAr, "female", FieldKey::kGender, "أنثى"},
        Case{"decline_ar", kGenderAr, "decline", FieldKey::kGender, "أفضل عدم الإفصاح"}),
    [](const auto& info) { return std::string(info.param.name); });

// Hebrew forms (Israeli careers pages) in their own words.
const auto kYesNoHe = Options({"כן", "לא"});
const auto kPermitHe = Options({"כן – אזרחות ישראלית", "כן – תושבות קבע / אשרת עבודה בתוקף", "לא"});
const auto kYearsHe = Options({"בחר/י", "0-2 שנים", "3-5 שנים", "6-9 שנים", "10 שנים ומעלה"});
const auto kNoticeHe = Options({"בחר/י", "מיידי", "שבועיים", "חודש", "חודשיים", "3 חודשים ומעלה"});
const auto kWorkModelHe = Options({"מהמשרד", "היברידי", "מהבית"});

INSTANTIATE_TEST_SUITE_P(
    Hebrew, OptionMatcherTableTest,
    ::testing::Values(
        Case{"yes_he", kYesNoHe, "Yes", FieldKey::kRelocation, "כן"},
        Case{"no_he", kYesNoHe, "No", FieldKey::kRelocation, "לא"},
        Case{"no_permit_he", kPermitHe, "No", FieldKey::kWorkAuthorization, "לא"},
        Case{"years_he", kYearsHe, "8", FieldKey::kYearsExperience, "6-9 שנים"},
        Case{"years_he_top", kYearsHe, "12", FieldKey::kYearsExperience, "10 שנים ומעלה"},
        Case{"notice_he_dual", kNoticeHe, "2 weeks", FieldKey::kNoticePeriod, "שבועיים"},
        Case{"notice_he_now", kNoticeHe, "Immediately", FieldKey::kNoticePeriod, "מיידי"},
        Case{"hybrid_he", kWorkModelHe, "hybrid", FieldKey::kRemote, "היברידי"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(OptionMatcherTest, Placeholders) {
  for (const char* label : {"Please select",
                            "--",
                            "Select...",
                            "Select one",
                            "",
                            "Choose an option",
                            "Seçiniz",
                            "Lütfen seçiniz",
                            "-- Chọn --",
                            "Vui lòng chọn",
                            "Wybierz z listy",
                            "-- Wybierz --",
                            "Proszę wybrać",
                            "- Vælg -",
                            "Velg",
                            "Välj",
                            "اختر",
                            "-- اختر --",
                            "يرجى الاختيار",
                            "اختر الدولة",
                            "בחר/י",
                            "-- בחר/י --",
                            "יש לבחור",
                            "בחרו מדינה"}) {
    EXPECT_TRUE(IsPlaceholderOption(Option{label, "", false})) << label;
  }
  EXPECT_FALSE(IsPlaceholderOption(Option{"None", "none", false}));
  EXPECT_FALSE(IsPlaceholderOption(Option{"Other", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"İl seçiniz", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Chọn tỉnh/thành phố", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Wybierz województwo", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Vælg land", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"-- Valitse --", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Valitse maa", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Vyberte…", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"-- Vyberte --", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Vyberte zemi", "", false}));
  EXPECT_TRUE(IsPlaceholderOption(Option{"Zvolte možnost", "", false}));
  EXPECT_EQ(SelectableOptions(kSalaries).size(), 5u);
}

TEST(OptionMatcherTest, MatchesValuesToo) {
  std::vector<Option> options = {
      {"Select", "", false}, {"United States", "840", false}, {"Yes please", "yes", false}};
  auto match = MatchOption(options, "yes");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->index, 2);
}

// A degree holds its own level and the levels below it; a professional degree is
// above a bachelor's and is no master's or doctorate.
// A Thai list of education levels (ระดับการศึกษา): ปริญญาตรี is the bachelor's, not the
// อนุปริญญา (associate) that holds the word ปริญญา too, nor the ปวส. below it.
// Hindi options: हाँ / हां and नहीं (with the polite जी before them), "बताना नहीं
// चाहते" (do not wish to say) for a decline, and स्नातक (graduate) as the bachelor's,
// not the स्नातकोत्तर (postgraduate) that starts with the same letters.
TEST(OptionMatcherTest, HindiYesNoDeclineAndDegrees) {
  EXPECT_EQ(LeadingYesNo("हाँ"), true);
  EXPECT_EQ(LeadingYesNo("जी हां"), true);
  EXPECT_EQ(LeadingYesNo("नहीं"), false);
  EXPECT_TRUE(IsDeclineText("बताना नहीं चाहते"));
  EXPECT_FALSE(IsDeclineText("नहीं"));
  const auto yes_no = Options({"हाँ", "नहीं"});
  auto no = MatchOption(yes_no, "No", FieldKey::kRelocation);
  ASSERT_TRUE(no.has_value());
  EXPECT_EQ(no->index, 1);
  const auto gender = Options({"पुरुष", "महिला", "अन्य", "बताना नहीं चाहते"});
  auto declined = MatchOption(gender, "decline", FieldKey::kGender);
  ASSERT_TRUE(declined.has_value());
  EXPECT_EQ(declined->index, 3);
  const auto levels = Options({"10वीं / 12वीं", "डिप्लोमा", "स्नातक", "स्नातकोत्तर", "पीएचडी"});
  auto bachelor = MatchOption(levels, "BS", FieldKey::kDegree);
  ASSERT_TRUE(bachelor.has_value());
  EXPECT_EQ(bachelor->index, 2);
  auto master = MatchOption(levels, "MSc", FieldKey::kDegree);
  ASSERT_TRUE(master.has_value());
  EXPECT_EQ(master->index, 3);
}

// Persian (Iranian) forms: بله / خیر, a decline worded "ترجیح می‌دهم اعلام
// نکنم", Iran's degree names (کارشناسی ارشد holds کارشناسی's word but is the master's), experience
// bands in Persian digits, countries and services in Persian letters, and the hybrid way of
// working.
TEST(OptionMatcherTest, PersianChoices) {
  EXPECT_EQ(LeadingYesNo("بله"), true);
  EXPECT_EQ(LeadingYesNo("خیر"), false);
  EXPECT_TRUE(IsDeclineText("ترجیح می\u200cدهم اعلام نکنم"));
  EXPECT_FALSE(IsDeclineText("ترجیح می\u200cدهم حضوری کار کنم"));
  const auto pick = [](const std::vector<Option>& options, const char* desired, FieldKey hint) {
    const auto match = MatchOption(options, desired, hint);
    return match ? options[static_cast<std::size_t>(match->index)].label : std::string("none");
  };
  EXPECT_EQ(pick(Options({"بله", "خیر"}), "No", FieldKey::kRelocation), "خیر");
  EXPECT_EQ(
      pick(Options({"آقا", "خانم", "ترجیح می\u200cدهم اعلام نکنم"}), "decline", FieldKey::kGender),
      "ترجیح می\u200cدهم اعلام نکنم");
  const auto degrees = Options({"دیپلم", "کاردانی", "کارشناسی", "کارشناسی ارشد", "دکتری"});
  EXPECT_EQ(pick(degrees, "BS", FieldKey::kDegree), "کارشناسی");
  EXPECT_EQ(pick(degrees, "M.Sc.", FieldKey::kDegree), "کارشناسی ارشد");
  EXPECT_EQ(pick(degrees, "PhD", FieldKey::kDegree), "دکتری");
  const auto bands =
      Options({"کمتر از ۱ سال", "۱ تا ۳ سال", "۳ تا ۵ سال", "۵ تا ۱۰ سال", "بیش از ۱۰ سال"});
  EXPECT_EQ(pick(bands, "8", FieldKey::kYearsExperience), "۵ تا ۱۰ سال");
  EXPECT_EQ(pick(bands, "12", FieldKey::kYearsExperience), "بیش از ۱۰ سال");
  EXPECT_EQ(pick(bands, "0.5", FieldKey::kYearsExperience), "کمتر از ۱ سال");
  EXPECT_EQ(
      pick(Options({"بلافاصله", "۱ هفته", "۲ هفته", "۱ ماه"}), "2 weeks", FieldKey::kNoticePeriod),
      "۲ هفته");
  EXPECT_EQ(pick(Options({"ایران", "ترکیه", "آلمان", "ایالات متحده آمریکا"}), "United States",
                 FieldKey::kCountry),
            "ایالات متحده آمریکا");
  EXPECT_EQ(pick(Options({"جاب\u200cویژن", "ای\u200cاستخدام", "لینکدین", "اینستاگرام", "سایر"}),
                 "LinkedIn", FieldKey::kHowHeard),
            "لینکدین");
  EXPECT_EQ(pick(Options({"حضوری", "دورکاری", "ترکیبی (هیبرید)"}), "hybrid", FieldKey::kRemote),
            "ترکیبی (هیبرید)");
}

// Bengali (Bangladeshi forms): হ্যাঁ / না with or without the polite জি, "বলতে চাই না"
// declines, the levels of Bangladesh's education system hold their degrees, and a
// Bengali work-setting list names hybrid work.
TEST(OptionMatcherTest, BengaliYesNoDeclineDegreesAndWorkSetting) {
  EXPECT_EQ(LeadingYesNo("হ্যাঁ"), true);
  EXPECT_EQ(LeadingYesNo("জি হ্যাঁ"), true);
  EXPECT_EQ(LeadingYesNo("না"), false);
  EXPECT_TRUE(IsDeclineText("বলতে চাই না"));
  EXPECT_FALSE(IsDeclineText("না"));
  const auto yes_no = Options({"হ্যাঁ", "না"});
  auto no = MatchOption(yes_no, "No", FieldKey::kRelocation);
  ASSERT_TRUE(no.has_value());
  EXPECT_EQ(no->index, 1);
  const auto gender = Options({"পুরুষ", "মহিলা", "তৃতীয় লিঙ্গ", "বলতে চাই না"});
  auto declined = MatchOption(gender, "decline", FieldKey::kGender);
  ASSERT_TRUE(declined.has_value());
  EXPECT_EQ(declined->index, 3);
  const auto levels = Options({"মাধ্যমিক (এসএসসি)", "উচ্চ মাধ্যমিক (এইচএসসি)", "ডিপ্লোমা",
                               "স্নাতক (সম্মান)", "স্নাতকোত্তর", "পিএইচডি"});
  auto bachelor = MatchOption(levels, "BS", FieldKey::kDegree);
  ASSERT_TRUE(bachelor.has_value());
  EXPECT_EQ(bachelor->index, 3);
  auto master = MatchOption(levels, "MSc", FieldKey::kDegree);
  ASSERT_TRUE(master.has_value());
  EXPECT_EQ(master->index, 4);
  const auto setting = Options({"অফিসে", "হাইব্রিড", "রিমোট"});
  auto hybrid = MatchOption(setting, "hybrid", FieldKey::kRemote);
  ASSERT_TRUE(hybrid.has_value());
  EXPECT_EQ(hybrid->index, 1);
}

// A form that asks whether one lives in its own country offers its inside and
// outside: a person in the United States is outside Bangladesh, one in Bangladesh
// inside it; a list that names countries is matched by name as ever.
TEST(OptionMatcherTest, TheInsideOrOutsideOfACountryFollowsThePersonsCountry) {
  const auto bengali = Options({"বাংলাদেশের ভিতরে", "বাংলাদেশের বাইরে"});
  auto abroad = MatchOption(bengali, "United States", FieldKey::kCountry);
  ASSERT_TRUE(abroad.has_value());
  EXPECT_EQ(abroad->index, 1);
  auto home = MatchOption(bengali, "Bangladesh", FieldKey::kCountry);
  ASSERT_TRUE(home.has_value());
  EXPECT_EQ(home->index, 0);
  const auto english = Options({"In Germany", "Outside Germany"});
  auto outside = MatchOption(english, "US", FieldKey::kCountry);
  ASSERT_TRUE(outside.has_value());
  EXPECT_EQ(outside->index, 1);
  const auto countries = Options({"Germany", "United States", "Outside the EU"});
  auto named = MatchOption(countries, "United States", FieldKey::kCountry);
  ASSERT_TRUE(named.has_value());
  EXPECT_EQ(named->index, 1);
}

TEST(OptionMatcherTest, ThaiEducationLevelsHoldTheirDegrees) {
  const auto levels = Options(
      {"มัธยมศึกษาตอนปลาย (ม.6)", "ปวช.", "ปวส.", "อนุปริญญา", "ปริญญาตรี", "ปริญญาโท", "ปริญญาเอก"});
  auto bachelor = MatchOption(levels, "BS", FieldKey::kDegree);
  ASSERT_TRUE(bachelor.has_value());
  EXPECT_EQ(bachelor->index, 4);
  auto master = MatchOption(levels, "MSc", FieldKey::kDegree);
  ASSERT_TRUE(master.has_value());
  EXPECT_EQ(master->index, 5);
}

// Catalan education levels: Batxillerat and the vocational Cicles formatius de grau
// mitjà / superior below the university Grau, Llicenciatura and Diplomatura.
TEST(OptionMatcherTest, CatalanEducationLevelsHoldTheirDegrees) {
  const auto levels =
      Options({"- Selecciona -", "Sense titulació", "ESO / Graduat escolar", "Batxillerat",
               "Cicle formatiu de grau mitjà", "Cicle formatiu de grau superior",
               "Grau / Llicenciatura / Diplomatura", "Màster", "Doctorat"});
  auto bachelor = MatchOption(levels, "BS", FieldKey::kDegree);
  ASSERT_TRUE(bachelor.has_value());
  EXPECT_EQ(bachelor->index, 6);
  auto master = MatchOption(levels, "MSc", FieldKey::kDegree);
  ASSERT_TRUE(master.has_value());
  EXPECT_EQ(master->index, 7);
}

// Spanish job portals list the university Grado (Bologna's first cycle, since 2010)
// beside the degrees it replaced (Licenciatura, Diplomatura, Ingeniería Técnica /
// Superior): a bachelor is a Grado there, and a former degree only when named.
TEST(OptionMatcherTest, SpainsGradoIsTheBachelorBesideTheFormerDegrees) {
  const auto levels = Options({"Sin estudios", "Educación Secundaria Obligatoria", "Bachillerato",
                               "Ciclo Formativo Grado Medio", "Ciclo Formativo Grado Superior",
                               "Grado", "Licenciatura", "Diplomatura", "Ingeniería Técnica",
                               "Ingeniería Superior", "Postgrado", "Máster", "Doctorado"});
  auto bachelor = MatchOption(levels, "BS", FieldKey::kDegree);
  ASSERT_TRUE(bachelor.has_value());
  EXPECT_EQ(bachelor->index, 5) << bachelor->reason;
  auto named = MatchOption(levels, "Licenciatura", FieldKey::kDegree);
  ASSERT_TRUE(named.has_value());
  EXPECT_EQ(named->index, 6) << named->reason;
  // Without a Grado (Mexico, Portugal) the Licenciatura is the first degree itself.
  const auto mexico = Options(
      {"Preparatoria", "Técnico Superior Universitario", "Licenciatura", "Maestría", "Doctorado"});
  auto licenciatura = MatchOption(mexico, "BS", FieldKey::kDegree);
  ASSERT_TRUE(licenciatura.has_value());
  EXPECT_EQ(licenciatura->index, 2) << licenciatura->reason;
}

TEST(OptionMatcherTest, ADegreeHoldsItsLevelAndTheLevelsBelow) {
  EXPECT_TRUE(HoldsDegreeLevel(
      "BS", "Have you completed the following level of education: Bachelor's Degree?"));
  EXPECT_TRUE(HoldsDegreeLevel("B.Sc.", "Do you have a High School Diploma?"));
  EXPECT_TRUE(HoldsDegreeLevel("MSc", "Bachelor's degree"));
  EXPECT_TRUE(HoldsDegreeLevel("PhD", "Master's degree"));
  EXPECT_FALSE(HoldsDegreeLevel(
      "BS", "Have you completed the following level of education: Master's Degree?"));
  EXPECT_FALSE(HoldsDegreeLevel("Associate of Science", "Bachelor's Degree"));
  EXPECT_TRUE(HoldsDegreeLevel("JD", "Bachelor's Degree"));
  EXPECT_FALSE(HoldsDegreeLevel("JD", "Doctorate"));
  EXPECT_FALSE(HoldsDegreeLevel("JD", "Master's Degree"));
  EXPECT_FALSE(HoldsDegreeLevel("BS", "Have you completed the following level of education?"));
  EXPECT_FALSE(HoldsDegreeLevel("", "Bachelor's Degree"));
}

// Questionnaires letter their choices ("A. Yes", "(b) No", "1) Yes"): the letter
// is no part of the answer, so the choice still reads as yes or no; text that only
// looks like a letter ("B.Sc.", "A la carte", "(b No") stays.
TEST(OptionMatcherTest, LetteredChoicesReadAsWhatTheyAnswer) {
  EXPECT_EQ(WithoutChoiceLetter("A. Yes"), "Yes");
  EXPECT_EQ(WithoutChoiceLetter("(b) No"), "No");
  EXPECT_EQ(WithoutChoiceLetter("  c) I have performed this task"), "I have performed this task");
  EXPECT_EQ(WithoutChoiceLetter("12. Yes"), "Yes");
  EXPECT_EQ(WithoutChoiceLetter("B.Sc. Computer Science"), "B.Sc. Computer Science");
  EXPECT_EQ(WithoutChoiceLetter("A la carte"), "A la carte");
  EXPECT_EQ(WithoutChoiceLetter("A."), "A.");
  EXPECT_EQ(WithoutChoiceLetter("(b No"), "(b No");
  EXPECT_EQ(LeadingYesNo("A. Yes"), std::optional<bool>(true));
  EXPECT_EQ(LeadingYesNo("B. No"), std::optional<bool>(false));
  const std::vector<perception::Option> lettered = {{"A. Yes", "A", false}, {"B. No", "B", false}};
  auto yes = MatchOption(lettered, "Yes", FieldKey::kUnknown);
  ASSERT_TRUE(yes.has_value());
  EXPECT_EQ(yes->index, 0);
  auto no = MatchOption(lettered, "No", FieldKey::kUnknown);
  ASSERT_TRUE(no.has_value());
  EXPECT_EQ(no->index, 1);
}

}  // namespace
}  // namespace applier::planning
