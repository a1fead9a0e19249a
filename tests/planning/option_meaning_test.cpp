#include "planning/option_meaning.h"

#include <gtest/gtest.h>

#include <string>

#include "planning/option_matcher.h"

namespace applier::planning {
namespace {

struct MeaningCase {
  OptionTable table;
  const char* text;
  const char* categories;  // comma-separated, "" for none
};

std::string Joined(const std::vector<std::string_view>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ",") + std::string(id);
  return out;
}

class OptionMeaningTest : public ::testing::TestWithParam<MeaningCase> {};

TEST_P(OptionMeaningTest, Categorises) {
  const MeaningCase& c = GetParam();
  EXPECT_EQ(Joined(CategoriesOf(c.table, c.text)), c.categories) << c.text;
}

constexpr auto kWork = OptionTable::kWorkStatus;
constexpr auto kRace = OptionTable::kRace;
constexpr auto kGender = OptionTable::kGender;
constexpr auto kVeteran = OptionTable::kVeteran;
constexpr auto kDisability = OptionTable::kDisability;

INSTANTIATE_TEST_SUITE_P(
    WorkStatus, OptionMeaningTest,
    ::testing::Values(
        MeaningCase{kWork, "U.S. Citizen", "citizen"},
        MeaningCase{kWork, "Citizen or national of the United States", "citizen"},
        MeaningCase{kWork, "Permanent resident (green card holder)", "permanent_resident"},
        MeaningCase{kWork, "U.S. citizen or permanent resident", "permanent_resident,citizen"},
        MeaningCase{kWork, "I hold a visa that allows me to work without sponsorship", "work_visa"},
        MeaningCase{kWork, "H-1B visa holder", "work_visa"},
        MeaningCase{kWork, "I need sponsorship to work", "needs_sponsorship"},
        MeaningCase{kWork, "I will require visa sponsorship now or in the future",
                    "needs_sponsorship"},
        MeaningCase{kWork, "I will not require sponsorship", ""},
        MeaningCase{kWork, "F-1 student visa (OPT)", "student_visa"},
        MeaningCase{kWork, "I am authorized to work in the US for any employer", "authorized"},
        MeaningCase{kWork, "I am not authorized to work in the US", "not_authorized"},
        MeaningCase{kWork, "Authorized to work but will require sponsorship", "needs_sponsorship"},
        // German, French, Spanish, Italian, Portuguese, Dutch.
        MeaningCase{kWork, "Deutsche Staatsangehörigkeit / EU-Bürger", "citizen"},
        MeaningCase{kWork, "Niederlassungserlaubnis", "permanent_resident"},
        MeaningCase{kWork, "Aufenthaltstitel mit Arbeitserlaubnis (z. B. Blaue Karte)",
                    "work_visa"},
        MeaningCase{kWork, "Ich benötige ein Visum", "needs_sponsorship"},
        MeaningCase{kWork, "Keine Arbeitserlaubnis", "not_authorized"},
        MeaningCase{kWork, "Citoyen(ne) de l'UE", "citizen"},
        MeaningCase{kWork, "Titre de séjour autorisant à travailler", "work_visa"},
        MeaningCase{kWork, "Résident permanent", "permanent_resident"},
        MeaningCase{kWork, "Ciudadano de la UE", "citizen"},
        MeaningCase{kWork, "Permiso de trabajo", "work_visa"},
        MeaningCase{kWork, "Necesito patrocinio", "needs_sponsorship"},
        MeaningCase{kWork, "Cittadinanza italiana", "citizen"},
        MeaningCase{kWork, "Permesso di soggiorno per lavoro", "work_visa"},
        MeaningCase{kWork, "Cidadão da UE", "citizen"},
        MeaningCase{kWork, "Autorização de residência", "work_visa"},
        MeaningCase{kWork, "Nederlandse nationaliteit", "citizen"},
        MeaningCase{kWork, "Verblijfsvergunning met werkvergunning", "work_visa"},
        // Polish, Danish, Norwegian, Swedish.
        MeaningCase{kWork, "Obywatel UE", "citizen"},
        MeaningCase{kWork, "Karta stałego pobytu", "permanent_resident"},
        MeaningCase{kWork, "Zezwolenie na pracę", "work_visa"},
        MeaningCase{kWork, "Nie posiadam pozwolenia na pracę", "not_authorized"},
        MeaningCase{kWork, "Potrzebuję sponsorowania wizy", "needs_sponsorship"},
        MeaningCase{kWork, "Dansk statsborger", "citizen"},
        MeaningCase{kWork, "Permanent opholdstilladelse", "permanent_resident"},
        MeaningCase{kWork, "Opholds- og arbejdstilladelse", "work_visa"},
        MeaningCase{kWork, "Har ikke arbejdstilladelse", "not_authorized"},
        MeaningCase{kWork, "Har brug for visum", "needs_sponsorship"},
        MeaningCase{kWork, "Arbeidstillatelse", "work_visa"},
        MeaningCase{kWork, "Svensk medborgare", "citizen"},
        // Finnish.
        MeaningCase{kWork, "Suomen kansalainen", "citizen"},
        MeaningCase{kWork, "Pysyvä oleskelulupa", "permanent_resident"},
        MeaningCase{kWork, "Minulla on työlupa", "work_visa"},
        MeaningCase{kWork, "Minulla ei ole työlupaa", "not_authorized"},
        MeaningCase{kWork, "Tarvitsen työluvan", "needs_sponsorship"},
        // Czech.
        MeaningCase{kWork, "Občan ČR", "citizen"},
        MeaningCase{kWork, "Trvalý pobyt", "permanent_resident"},
        MeaningCase{kWork, "Zaměstnanecká karta", "work_visa"},
        MeaningCase{kWork, "Modrá karta EU", "work_visa"},
        MeaningCase{kWork, "Nemám pracovní povolení", "not_authorized"},
        MeaningCase{kWork, "Potřebuji pracovní povolení", "needs_sponsorship"},
        // Hungarian, Romanian (ț with a comma or a cedilla), Ukrainian, Greek.
        MeaningCase{kWork, "Magyar állampolgár", "citizen"},
        MeaningCase{kWork, "Letelepedési engedély", "permanent_resident"},
        MeaningCase{kWork, "Munkavállalási engedéllyel rendelkezem", "work_visa"},
        MeaningCase{kWork, "Nem rendelkezem munkavállalási engedéllyel", "not_authorized"},
        MeaningCase{kWork, "Tartózkodási engedély", "work_visa"},
        MeaningCase{kWork, "Nincs munkavállalási engedélyem", "not_authorized"},
        MeaningCase{kWork, "Szükségem van vízumra", "needs_sponsorship"},
        MeaningCase{kWork, "Cetățean român", "citizen"},
        MeaningCase{kWork, "Cetăţean UE", "citizen"},
        MeaningCase{kWork, "Permis de ședere permanentă", "permanent_resident"},
        MeaningCase{kWork, "Permis de muncă", "work_visa"},
        MeaningCase{kWork, "Nu am permis de muncă", "not_authorized"},
        MeaningCase{kWork, "Am nevoie de viză", "needs_sponsorship"},
        MeaningCase{kWork, "Громадянин України", "citizen"},
        MeaningCase{kWork, "Посвідка на постійне проживання", "permanent_resident"},
        MeaningCase{kWork, "Посвідка на тимчасове проживання", "work_visa"},
        MeaningCase{kWork, "Не маю дозволу на роботу", "not_authorized"},
        MeaningCase{kWork, "Потребую візи", "needs_sponsorship"},
        MeaningCase{kWork, "Έλληνας πολίτης", "citizen"},
        MeaningCase{kWork, "Άδεια μόνιμης διαμονής", "permanent_resident"},
        MeaningCase{kWork, "Άδεια διαμονής και εργασίας", "work_visa"},
        MeaningCase{kWork, "Δεν έχω άδεια εργασίας", "not_authorized"},
        MeaningCase{kWork, "ΧΡΕΙΑΖΟΜΑΙ ΒΙΖΑ", "needs_sponsorship"},
        MeaningCase{kWork, "Other", ""}));

INSTANTIATE_TEST_SUITE_P(
    Eeo, OptionMeaningTest,
    ::testing::Values(
        MeaningCase{kRace, "Asian (Not Hispanic or Latino)", "asian"},
        MeaningCase{kRace, "Asian", "asian"}, MeaningCase{kRace, "Hispanic or Latino", "hispanic"},
        MeaningCase{kRace, "White (Not Hispanic or Latino)", "white"},
        MeaningCase{kRace, "Black or African American (Not Hispanic or Latino)", "black"},
        MeaningCase{kRace, "Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)",
                    "pacific_islander"},
        MeaningCase{kRace, "American Indian or Alaska Native (Not Hispanic or Latino)",
                    "native_american"},
        MeaningCase{kRace, "Two or More Races (Not Hispanic or Latino)", "two_or_more"},
        MeaningCase{kRace, "Middle Eastern or North African", "middle_eastern"},
        MeaningCase{kRace, "Decline To Self Identify", ""},
        MeaningCase{kRace, "Asiatisch", "asian"}, MeaningCase{kRace, "Blanc", "white"},
        MeaningCase{kGender, "Male", "male"}, MeaningCase{kGender, "Female", "female"},
        MeaningCase{kGender, "Woman", "female"}, MeaningCase{kGender, "Man", "male"},
        MeaningCase{kGender, "Non-binary", "non_binary"},
        MeaningCase{kGender, "Weiblich", "female"}, MeaningCase{kGender, "Männlich", "male"},
        MeaningCase{kGender, "Divers", "non_binary"}, MeaningCase{kGender, "Femme", "female"},
        // Hungarian "Nő" (woman) normalises to "no": only the whole option is the woman,
        // never the no of "No binario".
        MeaningCase{kGender, "Nő", "female"}, MeaningCase{kGender, " NŐ ", "female"},
        MeaningCase{kGender, "Férfi", "male"}, MeaningCase{kGender, "No", ""},
        MeaningCase{kGender, "Femeie", "female"}, MeaningCase{kGender, "Bărbat", "male"},
        MeaningCase{kGender, "Жінка", "female"}, MeaningCase{kGender, "Чоловік", "male"},
        MeaningCase{kGender, "Γυναίκα", "female"}, MeaningCase{kGender, "ΑΝΔΡΑΣ", "male"},
        MeaningCase{kGender, "Homme", "male"}, MeaningCase{kGender, "Mujer", "female"},
        MeaningCase{kGender, "Hombre", "male"}, MeaningCase{kGender, "Donna", "female"},
        MeaningCase{kGender, "Uomo", "male"}, MeaningCase{kGender, "Mulher", "female"},
        MeaningCase{kGender, "Vrouw", "female"}, MeaningCase{kGender, "女性", "female"},
        MeaningCase{kGender, "男性", "male"}, MeaningCase{kGender, "I don't wish to answer", ""},
        MeaningCase{kVeteran, "I am not a protected veteran", "not_veteran"},
        MeaningCase{kVeteran,
                    "I identify as one or more of the classifications of protected veteran",
                    "protected_veteran"},
        MeaningCase{kVeteran, "I am a veteran", "protected_veteran"},
        MeaningCase{kDisability, "Yes, I have a disability (or previously had a disability)",
                    "has_disability"},
        MeaningCase{kDisability,
                    "No, I do not have a disability and have not had a disability in the past",
                    "no_disability"},
        MeaningCase{kDisability, "Ich habe keine Behinderung", "no_disability"},
        // Arabic: ذكر / أنثى; كفالة is the Gulf's visa sponsorship.
        MeaningCase{kGender, "ذكر", "male"}, MeaningCase{kGender, "أنثى", "female"},
        MeaningCase{kGender, "أفضل عدم الإفصاح", ""},
        MeaningCase{kWork, "أحتاج إلى كفالة", "needs_sponsorship"},
        MeaningCase{kWork, "غير مصرح لي بالعمل", "not_authorized"},
        MeaningCase{kWork, "مصرح لي بالعمل", "authorized"},
        MeaningCase{kWork, "مواطن", "citizen"}));

// "How did you hear about us?": the kinds of channel an answer is, whether it
// names the kind or a known service; an option naming a service is no kind.
TEST(ChannelKindsTest, KindsNamedOrKnownByTheService) {
  EXPECT_EQ(Joined(ChannelKindsOf("LinkedIn")), "social_media,job_board");
  EXPECT_EQ(Joined(ChannelKindsOf("Indeed.com")), "job_board");
  EXPECT_EQ(Joined(ChannelKindsOf("Soziale Netzwerke")), "social_media");
  EXPECT_EQ(Joined(ChannelKindsOf("Online job board")), "job_board");
  EXPECT_EQ(Joined(ChannelKindsOf("Employee Referral")), "referral");
  EXPECT_EQ(Joined(ChannelKindsOf("A friend told me")), "");
  EXPECT_EQ(Joined(CategoriesOf(OptionTable::kSourceChannel, "Facebook")), "");
}

TEST(ChannelOptionsTest, TheKindsTheAnswerIsInItsOrder) {
  const std::vector<perception::Option> kinds = {{"Job Board", "1", false, false},
                                                 {"Social Media", "3", false, false},
                                                 {"Referral or agency", "5", false, false},
                                                 {"Other", "9", false, false}};
  EXPECT_EQ(ChannelOptions(kinds, "LinkedIn"), (std::vector<int>{1, 0}));
  EXPECT_EQ(ChannelOptions(kinds, "Glassdoor"), (std::vector<int>{0}));
  EXPECT_TRUE(ChannelOptions(kinds, "my neighbour").empty());
}

TEST(HoldsUnnegatedTest, NegationWithinThreeWordsCancelsAPhrase) {
  EXPECT_TRUE(HoldsUnnegated("asian not hispanic or latino", "asian"));
  EXPECT_FALSE(HoldsUnnegated("asian not hispanic or latino", "latino"));
  EXPECT_FALSE(HoldsUnnegated("work without sponsorship", "sponsorship"));
  EXPECT_TRUE(HoldsUnnegated("not now but i will need sponsorship later", "need sponsorship"));
  EXPECT_TRUE(HoldsUnnegated("no i do not have a disability", "do not have a disability"));
  EXPECT_FALSE(HoldsUnnegated("citizenship", "citizen"));  // whole words only
}

// ---- MatchOption by meaning -------------------------------------------------------

std::vector<perception::Option> Options(std::initializer_list<const char*> labels) {
  std::vector<perception::Option> options;
  for (const char* label : labels) options.push_back({label, label, false, false});
  return options;
}

struct MatchCase {
  std::vector<perception::Option> options;
  const char* desired;
  FieldKey hint;
  const char* expected;  // nullptr: no option may be picked
};

class MatchByMeaningTest : public ::testing::TestWithParam<MatchCase> {};

TEST_P(MatchByMeaningTest, Picks) {
  const MatchCase& c = GetParam();
  auto match = MatchOption(c.options, c.desired, c.hint);
  if (c.expected == nullptr) {
    EXPECT_FALSE(match) << c.desired << " picked "
                        << c.options[static_cast<std::size_t>(match->index)].label;
    return;
  }
  ASSERT_TRUE(match) << c.desired;
  EXPECT_EQ(c.options[static_cast<std::size_t>(match->index)].label, std::string(c.expected))
      << match->reason;
}

const auto kEeoRace =
    Options({"Select...", "Hispanic or Latino", "White (Not Hispanic or Latino)",
             "Black or African American (Not Hispanic or Latino)", "Asian (Not Hispanic or Latino)",
             "Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)",
             "Two or More Races (Not Hispanic or Latino)", "Decline To Self Identify"});
const auto kGermanGender =
    Options({"Bitte wählen", "Männlich", "Weiblich", "Divers", "Ich möchte keine Angabe machen"});
const auto kFrenchYesNo = Options({"Oui", "Non"});
const auto kDegreesEs =
    Options({"Seleccione", "Bachillerato", "Licenciatura / Grado", "Máster", "Doctorado"});
// Spain's levels as its forms list them, vocational cycles included.
const auto kDegreesEsFp = Options(
    {"Educación Secundaria Obligatoria (ESO)", "Bachillerato", "Ciclo Formativo de Grado Medio",
     "Ciclo Formativo de Grado Superior", "Grado universitario / Licenciatura / Ingeniería",
     "Máster universitario", "Doctorado"});
const auto kDegreesIt = Options(
    {"Seleziona", "Diploma di maturità", "Laurea triennale", "Laurea magistrale", "Dottorato"});
const auto kDegreesTr =
    Options({"Seçiniz", "Lise", "Ön Lisans", "Lisans", "Yüksek Lisans", "Doktora"});
const auto kDegreesVi =
    Options({"Trung học phổ thông", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ"});
const auto kDegreesIn =
    Options({"Doctorate/PhD", "Masters/Post-Graduation", "Graduation/Diploma", "12th", "10th"});
const auto kDegreesBr = Options({"Ensino fundamental", "Ensino médio", "Ensino superior incompleto",
                                 "Ensino superior completo", "Pós-graduação", "Doutorado"});
// Mexico's levels: an unfinished degree ("trunca") beside the one held.
const auto kDegreesMx =
    Options({"Primaria", "Secundaria", "Preparatoria", "Técnico Superior Universitario",
             "Licenciatura (trunca)", "Licenciatura (titulado)", "Maestría", "Doctorado"});
const auto kGenderTr = Options({"Kadın", "Erkek", "Belirtmek istemiyorum"});
const auto kGenderVi = Options({"Nam", "Nữ", "Không muốn tiết lộ"});
const auto kDegreesPl =
    Options({"Wybierz z listy", "Średnie", "Licencjat / inżynier", "Magister", "Doktor"});
const auto kDegreesDa = Options({"- Vælg -", "Gymnasial uddannelse", "Erhvervsakademi",
                                 "Professionsbachelor", "Kandidat", "Ph.d."});
const auto kGenderPl = Options({"Kobieta", "Mężczyzna", "Wolę nie podawać"});
// Lithuanian levels: the college's professional bachelor beside the university's.
const auto kDegreesLt = Options({"Pasirinkite", "Vidurinis", "Profesinis",
                                 "Aukštasis koleginis (profesinis bakalauras)",
                                 "Aukštasis universitetinis – bakalauras",
                                 "Aukštasis universitetinis – magistras", "Mokslų daktaras"});
const auto kGenderDa = Options({"Kvinde", "Mand", "Ønsker ikke at oplyse"});
const auto kDegreesFi =
    Options({"-- Valitse --", "Ylioppilastutkinto", "Ammattikorkeakoulututkinto (AMK)",
             "Alempi korkeakoulututkinto (kandidaatti)", "Ylempi korkeakoulututkinto (maisteri)",
             "Tohtorin tutkinto"});
const auto kGenderFi = Options({"Nainen", "Mies", "En halua kertoa"});
const auto kDegreesCs =
    Options({"Vyberte…", "Základní", "Střední bez maturity", "Střední s maturitou", "Vyšší odborné",
             "Vysokoškolské – bakalářské", "Vysokoškolské – magisterské", "Doktorské"});
const auto kGenderCs = Options({"Žena", "Muž", "Nechci uvádět"});
const auto kDegreesSk =
    Options({"Vyberte…", "Základné", "Stredoškolské bez maturity", "Stredoškolské s maturitou",
             "Vyššie odborné", "Vysokoškolské I. stupňa (Bc.)",
             "Vysokoškolské II. stupňa (Ing., Mgr.)", "Vysokoškolské III. stupňa (PhD.)"});
const auto kNoticeSk =
    Options({"Ihneď", "Do 1 mesiaca", "2 mesiace", "3 mesiace", "Viac ako 3 mesiace"});
const auto kStartCs = Options({"Vyberte…", "Ihned", "Do 2 týdnů", "Do 1 měsíce", "Do 2 měsíců",
                               "Do 3 měsíců", "Jiný termín / dohodou"});
const auto kDegreesHu = Options({"Válasszon…", "Alapfokú", "Középfokú (érettségi)",
                                 "Felsőfokú szakképzés", "Főiskola", "Egyetem", "PhD"});
const auto kGenderHu = Options({"Nő", "Férfi", "Nem kívánom megadni"});
const auto kNoticeHu =
    Options({"Azonnal", "2 hét", "1 hónap", "2 hónap", "3 hónap", "3 hónapnál több"});
const auto kDegreesRo = Options({"Selectează", "Studii medii (liceu)", "Postliceale",
                                 "Studii superioare (licență)", "Masterat", "Doctorat"});
const auto kGenderRo = Options({"Feminin", "Masculin", "Prefer să nu spun"});
const auto kNoticeRo = Options({"Imediat", "2 săptămâni", "1 lună", "2 luni", "Peste 3 luni"});
const auto kDegreesUk = Options({"Оберіть", "Повна загальна середня", "Фаховий молодший бакалавр",
                                 "Бакалавр", "Магістр", "Доктор філософії (PhD)"});
const auto kGenderUk = Options({"Жінка", "Чоловік", "Не бажаю вказувати"});
const auto kNoticeUk = Options({"Одразу", "2 тижні", "1 місяць", "Понад 1 місяць"});
const auto kDegreesEl = Options(
    {"Επιλέξτε", "Απολυτήριο Λυκείου", "ΙΕΚ", "Πτυχίο ΑΕΙ/ΤΕΙ", "Μεταπτυχιακό", "Διδακτορικό"});
const auto kGenderEl = Options({"Γυναίκα", "Άνδρας", "Δεν επιθυμώ να απαντήσω"});
const auto kNoticeEl = Options({"Άμεσα", "2 εβδομάδες", "1 μήνας", "2 μήνες", "Πάνω από 3 μήνες"});
const auto kYears = Options({"0-2 years", "3-5 years", "6-9 years", "10+ years"});
const auto kYearsDe = Options({"Weniger als 2 Jahre", "2-5 Jahre", "5+ Jahre"});

INSTANTIATE_TEST_SUITE_P(
    Tables, MatchByMeaningTest,
    ::testing::Values(
        MatchCase{kEeoRace, "Asian", FieldKey::kRace, "Asian (Not Hispanic or Latino)"},
        MatchCase{kEeoRace, "White", FieldKey::kRace, "White (Not Hispanic or Latino)"},
        MatchCase{kEeoRace, "Hispanic", FieldKey::kRace, "Hispanic or Latino"},
        MatchCase{kEeoRace, "decline", FieldKey::kRace, "Decline To Self Identify"},
        MatchCase{kEeoRace, "Martian", FieldKey::kRace, nullptr},
        MatchCase{kGermanGender, "female", FieldKey::kGender, "Weiblich"},
        MatchCase{kGermanGender, "Man", FieldKey::kGender, "Männlich"},
        MatchCase{kGermanGender, "non-binary", FieldKey::kGender, "Divers"},
        MatchCase{kGermanGender, "decline", FieldKey::kGender, "Ich möchte keine Angabe machen"},
        MatchCase{Options({"Homme", "Femme", "Je ne souhaite pas répondre"}), "decline",
                  FieldKey::kGender, "Je ne souhaite pas répondre"},
        MatchCase{Options({"Hombre", "Mujer", "Prefiero no responder"}), "decline",
                  FieldKey::kGender, "Prefiero no responder"},
        MatchCase{Options({"Uomo", "Donna", "Preferisco non rispondere"}), "decline",
                  FieldKey::kGender, "Preferisco non rispondere"},
        // Yes/no in the form's language.
        MatchCase{kFrenchYesNo, "Yes", FieldKey::kRelocation, "Oui"},
        MatchCase{kFrenchYesNo, "No", FieldKey::kSponsorship, "Non"},
        MatchCase{Options({"Ja", "Nein"}), "No", FieldKey::kSponsorship, "Nein"},
        MatchCase{Options({"Sí", "No"}), "Yes", FieldKey::kWorkAuthorization, "Sí"},
        MatchCase{Options({"Sì", "No"}), "Yes", FieldKey::kWorkAuthorization, "Sì"},
        MatchCase{Options({"Ja", "Nee"}), "No", FieldKey::kRelocation, "Nee"},
        MatchCase{Options({"Sim", "Não"}), "No", FieldKey::kRelocation, "Não"},
        MatchCase{Options({"はい", "いいえ"}), "Yes", FieldKey::kRelocation, "はい"},
        MatchCase{Options({"はい", "いいえ"}), "No", FieldKey::kRelocation, "いいえ"},
        MatchCase{Options({"Ja, ich habe eine Arbeitserlaubnis", "Nein, ich benötige ein Visum"}),
                  "Yes", FieldKey::kWorkAuthorization, "Ja, ich habe eine Arbeitserlaubnis"},
        // Degrees across languages.
        MatchCase{kDegreesEs, "BS", FieldKey::kDegree, "Licenciatura / Grado"},
        MatchCase{kDegreesEs, "Master of Science", FieldKey::kDegree, "Máster"},
        MatchCase{kDegreesEs, "PhD", FieldKey::kDegree, "Doctorado"},
        MatchCase{kDegreesEsFp, "BS", FieldKey::kDegree,
                  "Grado universitario / Licenciatura / Ingeniería"},
        MatchCase{kDegreesEsFp, "Associate Degree", FieldKey::kDegree,
                  "Ciclo Formativo de Grado Superior"},
        MatchCase{kDegreesEsFp, "MSc", FieldKey::kDegree, "Máster universitario"},
        MatchCase{kDegreesIt, "Bachelor's Degree", FieldKey::kDegree, "Laurea triennale"},
        MatchCase{kDegreesIt, "MSc", FieldKey::kDegree, "Laurea magistrale"},
        MatchCase{Options({"Abitur", "Bachelor", "Master / Diplom", "Promotion"}), "BS",
                  FieldKey::kDegree, "Bachelor"},
        MatchCase{Options({"Baccalauréat", "Licence", "Master", "Doctorat"}), "BS",
                  FieldKey::kDegree, "Licence"},
        // Ranges.
        MatchCase{kYears, "8", FieldKey::kYearsExperience, "6-9 years"},
        MatchCase{kYears, "12", FieldKey::kYearsExperience, "10+ years"},
        MatchCase{kYearsDe, "8", FieldKey::kYearsExperience, "5+ Jahre"},
        MatchCase{kYearsDe, "1", FieldKey::kYearsExperience, "Weniger als 2 Jahre"},
        MatchCase{Options({"Meno di 2 anni", "Da 2 a 5 anni", "Più di 5 anni"}), "8",
                  FieldKey::kYearsExperience, "Più di 5 anni"},
        MatchCase{Options({"< 100.000 €", "100.000 - 150.000 €", "> 150.000 €"}), "185000",
                  FieldKey::kSalary, "> 150.000 €"},
        // Turkish and Vietnamese: yes/no, degrees, gender, bands of years.
        MatchCase{Options({"Evet", "Hayır"}), "Yes", FieldKey::kRelocation, "Evet"},
        MatchCase{Options({"Evet", "Hayır"}), "No", FieldKey::kSponsorship, "Hayır"},
        MatchCase{Options({"EVET", "HAYIR"}), "No", FieldKey::kSponsorship, "HAYIR"},
        MatchCase{Options({"Có", "Không"}), "Yes", FieldKey::kWorkAuthorization, "Có"},
        MatchCase{Options({"Có", "Không"}), "No", FieldKey::kSponsorship, "Không"},
        // Indian and Brazilian levels (an unfinished degree is no degree).
        MatchCase{kDegreesIn, "BSc", FieldKey::kDegree, "Graduation/Diploma"},
        MatchCase{kDegreesIn, "Master of Science", FieldKey::kDegree, "Masters/Post-Graduation"},
        MatchCase{kDegreesBr, "Bachelor's Degree", FieldKey::kDegree, "Ensino superior completo"},
        MatchCase{kDegreesBr, "High school diploma", FieldKey::kDegree, "Ensino médio"},
        MatchCase{kDegreesMx, "BS", FieldKey::kDegree, "Licenciatura (titulado)"},
        MatchCase{kDegreesMx, "High school diploma", FieldKey::kDegree, "Preparatoria"},
        MatchCase{kDegreesMx, "Associate Degree", FieldKey::kDegree,
                  "Técnico Superior Universitario"},
        MatchCase{kDegreesTr, "BS", FieldKey::kDegree, "Lisans"},
        MatchCase{kDegreesTr, "Associate Degree", FieldKey::kDegree, "Ön Lisans"},
        MatchCase{kDegreesTr, "Master of Science", FieldKey::kDegree, "Yüksek Lisans"},
        MatchCase{kDegreesTr, "PhD", FieldKey::kDegree, "Doktora"},
        MatchCase{kDegreesVi, "Bachelor's Degree", FieldKey::kDegree, "Đại học"},
        MatchCase{kDegreesVi, "Associate Degree", FieldKey::kDegree, "Cao đẳng"},
        MatchCase{kDegreesVi, "MSc", FieldKey::kDegree, "Thạc sĩ"},
        MatchCase{kDegreesVi, "PhD", FieldKey::kDegree, "Tiến sĩ"},
        MatchCase{kGenderTr, "female", FieldKey::kGender, "Kadın"},
        MatchCase{kGenderTr, "Man", FieldKey::kGender, "Erkek"},
        MatchCase{kGenderTr, "decline", FieldKey::kGender, "Belirtmek istemiyorum"},
        MatchCase{kGenderVi, "female", FieldKey::kGender, "Nữ"},
        MatchCase{kGenderVi, "male", FieldKey::kGender, "Nam"},
        MatchCase{kGenderVi, "decline", FieldKey::kGender, "Không muốn tiết lộ"},
        MatchCase{Options({"1 yıldan az", "1-3 yıl", "3-5 yıl", "5 yıl ve üzeri"}), "8",
                  FieldKey::kYearsExperience, "5 yıl ve üzeri"},
        MatchCase{Options({"1 yıldan az", "1-3 yıl", "3-5 yıl", "5 yıl ve üzeri"}), "0",
                  FieldKey::kYearsExperience, "1 yıldan az"},
        MatchCase{Options({"Dưới 1 năm", "1 - 3 năm", "Trên 3 năm"}), "8",
                  FieldKey::kYearsExperience, "Trên 3 năm"},
        MatchCase{Options({"Dưới 1 năm", "1 - 3 năm", "Trên 3 năm"}), "0",
                  FieldKey::kYearsExperience, "Dưới 1 năm"},
        // Polish, Danish, Norwegian, Swedish: yes/no, degrees, gender, bands of years.
        MatchCase{Options({"Tak", "Nie"}), "No", FieldKey::kWorkAuthorization, "Nie"},
        MatchCase{Options({"TAK", "NIE"}), "Yes", FieldKey::kSponsorship, "TAK"},
        MatchCase{Options({"Ja", "Nej"}), "No", FieldKey::kWorkAuthorization, "Nej"},
        MatchCase{Options({"Ja", "Nej"}), "Yes", FieldKey::kRelocation, "Ja"},
        MatchCase{Options({"Ja", "Nei"}), "No", FieldKey::kSponsorship, "Nei"},
        MatchCase{kDegreesPl, "BS", FieldKey::kDegree, "Licencjat / inżynier"},
        MatchCase{kDegreesPl, "MSc", FieldKey::kDegree, "Magister"},
        MatchCase{kDegreesPl, "PhD", FieldKey::kDegree, "Doktor"},
        MatchCase{kDegreesDa, "Bachelor of Science", FieldKey::kDegree, "Professionsbachelor"},
        MatchCase{kDegreesDa, "Master of Science", FieldKey::kDegree, "Kandidat"},
        MatchCase{kDegreesDa, "PhD", FieldKey::kDegree, "Ph.d."},
        MatchCase{kGenderPl, "female", FieldKey::kGender, "Kobieta"},
        MatchCase{kGenderPl, "male", FieldKey::kGender, "Mężczyzna"},
        MatchCase{kGenderPl, "decline", FieldKey::kGender, "Wolę nie podawać"},
        MatchCase{kGenderDa, "female", FieldKey::kGender, "Kvinde"},
        MatchCase{kGenderDa, "Man", FieldKey::kGender, "Mand"},
        MatchCase{kGenderDa, "decline", FieldKey::kGender, "Ønsker ikke at oplyse"},
        MatchCase{Options({"Mniej niż 1 rok", "1-3 lata", "3-5 lat", "Powyżej 5 lat"}), "8",
                  FieldKey::kYearsExperience, "Powyżej 5 lat"},
        MatchCase{Options({"Mniej niż 1 rok", "1-3 lata", "3-5 lat", "Powyżej 5 lat"}), "0",
                  FieldKey::kYearsExperience, "Mniej niż 1 rok"},
        MatchCase{Options({"Mindre end 1 år", "1-3 år", "Mere end 3 år"}), "8",
                  FieldKey::kYearsExperience, "Mere end 3 år"},
        MatchCase{Options({"Under 2 år", "2-5 år", "5 år eller mere"}), "8",
                  FieldKey::kYearsExperience, "5 år eller mere"},
        MatchCase{Options({"Wybierz z listy", "Gotowość od zaraz", "2 tygodnie", "1 miesiąc"}),
                  "2 weeks", FieldKey::kNoticePeriod, "2 tygodnie"},
        MatchCase{Options({"- Vælg -", "Ingen", "14 dage", "1 måned", "Mere end 3 måneder"}),
                  "2 weeks", FieldKey::kNoticePeriod, "14 dage"},
        // Albanian: Po / Jo, alone or before the verb ("Jo, nuk kam"), notice periods
        // in javë / muaj with "Menjëherë" (at once) and "Mbi" (over); Polish "Po"
        // (after) is no yes.
        MatchCase{Options({"Po", "Jo"}), "No", FieldKey::kWorkAuthorization, "Jo"},
        MatchCase{Options({"Po", "Jo"}), "Yes", FieldKey::kSponsorship, "Po"},
        MatchCase{Options({"Po, kam të drejtë pune", "Jo, nuk kam leje pune"}), "No",
                  FieldKey::kWorkAuthorization, "Jo, nuk kam leje pune"},
        MatchCase{Options({"Zgjidhni", "Menjëherë", "2 javë", "1 muaj", "Mbi 3 muaj"}), "2 weeks",
                  FieldKey::kNoticePeriod, "2 javë"},
        MatchCase{Options({"Menjëherë", "Deri në 1 muaj", "Mbi 1 muaj"}), "immediately",
                  FieldKey::kNoticePeriod, "Menjëherë"},
        MatchCase{Options({"Po okresie wypowiedzenia", "Nie"}), "Yes", FieldKey::kRelocation,
                  nullptr},
        // Lithuanian: Taip / Ne, degrees, bands of years, notice periods.
        MatchCase{Options({"Taip", "Ne, man reikės leidimo dirbti"}), "No",
                  FieldKey::kWorkAuthorization, "Ne, man reikės leidimo dirbti"},
        MatchCase{Options({"Taip", "Ne"}), "Yes", FieldKey::kRelocation, "Taip"},
        MatchCase{kDegreesLt, "BS", FieldKey::kDegree, "Aukštasis universitetinis – bakalauras"},
        MatchCase{kDegreesLt, "MSc", FieldKey::kDegree, "Aukštasis universitetinis – magistras"},
        MatchCase{kDegreesLt, "PhD", FieldKey::kDegree, "Mokslų daktaras"},
        MatchCase{Options({"Neturiu patirties", "Iki 1 metų", "1–2 metai", "3–5 metai", "6–10 metų",
                           "Daugiau nei 10 metų"}),
                  "8", FieldKey::kYearsExperience, "6–10 metų"},
        MatchCase{Options({"Neturiu patirties", "Iki 1 metų", "1–2 metai", "3–5 metai", "6–10 metų",
                           "Daugiau nei 10 metų"}),
                  "12", FieldKey::kYearsExperience, "Daugiau nei 10 metų"},
        MatchCase{Options({"Neturiu įspėjimo termino (galiu pradėti iš karto)", "1 savaitė",
                           "2 savaitės", "1 mėnuo", "2 mėnesiai", "3 mėnesiai ir daugiau"}),
                  "2 weeks", FieldKey::kNoticePeriod, "2 savaitės"},
        // Finnish: Kyllä / Ei, degrees, gender, bands of years, notice periods.
        MatchCase{Options({"Kyllä", "Ei"}), "No", FieldKey::kWorkAuthorization, "Ei"},
        MatchCase{Options({"Kyllä", "Ei"}), "Yes", FieldKey::kSponsorship, "Kyllä"},
        MatchCase{kDegreesFi, "BS", FieldKey::kDegree, "Alempi korkeakoulututkinto (kandidaatti)"},
        MatchCase{kDegreesFi, "Master of Science", FieldKey::kDegree,
                  "Ylempi korkeakoulututkinto (maisteri)"},
        MatchCase{kDegreesFi, "PhD", FieldKey::kDegree, "Tohtorin tutkinto"},
        MatchCase{kGenderFi, "female", FieldKey::kGender, "Nainen"},
        MatchCase{kGenderFi, "male", FieldKey::kGender, "Mies"},
        MatchCase{kGenderFi, "decline", FieldKey::kGender, "En halua kertoa"},
        MatchCase{Options({"Alle 1 vuosi", "1-3 vuotta", "3-5 vuotta", "Yli 5 vuotta"}), "8",
                  FieldKey::kYearsExperience, "Yli 5 vuotta"},
        MatchCase{Options({"Alle 1 vuosi", "1-3 vuotta", "3-5 vuotta", "Yli 5 vuotta"}), "0",
                  FieldKey::kYearsExperience, "Alle 1 vuosi"},
        MatchCase{Options({"-- Valitse --", "Voin aloittaa heti", "14 päivää", "1 kuukausi",
                           "2 kuukautta"}),
                  "2 weeks", FieldKey::kNoticePeriod, "14 päivää"},
        // Czech: Ano / Ne, degrees, gender, bands of years, notice periods.
        MatchCase{Options({"Ano", "Ne"}), "No", FieldKey::kWorkAuthorization, "Ne"},
        MatchCase{Options({"Ano", "Ne"}), "Yes", FieldKey::kSponsorship, "Ano"},
        MatchCase{Options({"Ano, potřebuji", "Ne, nepotřebuji"}), "No", FieldKey::kSponsorship,
                  "Ne, nepotřebuji"},
        MatchCase{kDegreesCs, "BS", FieldKey::kDegree, "Vysokoškolské – bakalářské"},
        MatchCase{kDegreesCs, "Master of Science", FieldKey::kDegree,
                  "Vysokoškolské – magisterské"},
        MatchCase{kDegreesCs, "PhD", FieldKey::kDegree, "Doktorské"},
        MatchCase{kDegreesCs, "High school", FieldKey::kDegree, "Střední s maturitou"},
        MatchCase{kDegreesCs, "Associate", FieldKey::kDegree, "Vyšší odborné"},
        MatchCase{kGenderCs, "female", FieldKey::kGender, "Žena"},
        MatchCase{kGenderCs, "male", FieldKey::kGender, "Muž"},
        MatchCase{kGenderCs, "decline", FieldKey::kGender, "Nechci uvádět"},
        MatchCase{Options({"Méně než 1 rok", "1-3 roky", "3-5 let", "Více než 5 let"}), "8",
                  FieldKey::kYearsExperience, "Více než 5 let"},
        MatchCase{Options({"Bez praxe", "Méně než 1 rok", "1-3 roky", "3 roky a více"}), "0",
                  FieldKey::kYearsExperience, "Bez praxe"},
        MatchCase{Options({"Bez praxe", "Méně než 1 rok", "1-3 roky", "3 roky a více"}), "6",
                  FieldKey::kYearsExperience, "3 roky a více"},
        MatchCase{kStartCs, "2 weeks", FieldKey::kNoticePeriod, "Do 2 týdnů"},
        MatchCase{kStartCs, "immediately", FieldKey::kNoticePeriod, "Ihned"},
        MatchCase{kStartCs, "2 weeks", FieldKey::kStartDate, "Do 2 týdnů"},
        // Slovak: Áno / Nie, the degrees by their cycle (I. / II. / III. stupeň), gender
        // and its decline, bands of years, notice periods, ways of working.
        MatchCase{Options({"Áno", "Nie"}), "No", FieldKey::kWorkAuthorization, "Nie"},
        MatchCase{Options({"Áno", "Nie"}), "Yes", FieldKey::kSponsorship, "Áno"},
        MatchCase{Options({"Áno", "Nie"}), "No", FieldKey::kRelocation, "Nie"},
        MatchCase{Options({"Áno, potrebujem", "Nie, nepotrebujem"}), "No", FieldKey::kSponsorship,
                  "Nie, nepotrebujem"},
        MatchCase{kDegreesSk, "BS", FieldKey::kDegree, "Vysokoškolské I. stupňa (Bc.)"},
        MatchCase{kDegreesSk, "Master of Science", FieldKey::kDegree,
                  "Vysokoškolské II. stupňa (Ing., Mgr.)"},
        MatchCase{kDegreesSk, "PhD", FieldKey::kDegree, "Vysokoškolské III. stupňa (PhD.)"},
        MatchCase{kDegreesSk, "High school", FieldKey::kDegree, "Stredoškolské s maturitou"},
        MatchCase{kDegreesSk, "Associate", FieldKey::kDegree, "Vyššie odborné"},
        MatchCase{Options({"Žena", "Muž", "Nechcem uviesť"}), "decline", FieldKey::kGender,
                  "Nechcem uviesť"},
        MatchCase{Options({"Áno", "Nie", "Nechcem uviesť"}), "decline", FieldKey::kDisability,
                  "Nechcem uviesť"},
        MatchCase{Options({"Menej ako 1 rok", "1-3 roky", "3-5 rokov", "Viac ako 5 rokov"}), "8",
                  FieldKey::kYearsExperience, "Viac ako 5 rokov"},
        MatchCase{kNoticeSk, "2 weeks", FieldKey::kNoticePeriod, "Do 1 mesiaca"},
        MatchCase{kNoticeSk, "immediately", FieldKey::kNoticePeriod, "Ihneď"},
        MatchCase{Options({"V kancelárii", "Hybridne", "Úplne na diaľku"}), "hybrid",
                  FieldKey::kRemote, "Hybridne"},
        // Hungarian: Igen / Nem, degrees, gender ("Nő" is the woman, not a no), years,
        // notice periods.
        MatchCase{Options({"Igen", "Nem"}), "No", FieldKey::kWorkAuthorization, "Nem"},
        MatchCase{Options({"Igen", "Nem"}), "Yes", FieldKey::kSponsorship, "Igen"},
        MatchCase{Options({"Igen, szükségem van rá", "Nem, nincs szükségem rá"}), "No",
                  FieldKey::kSponsorship, "Nem, nincs szükségem rá"},
        MatchCase{kDegreesHu, "BS", FieldKey::kDegree, "Főiskola"},
        MatchCase{kDegreesHu, "Master of Science", FieldKey::kDegree, "Egyetem"},
        MatchCase{kDegreesHu, "High school", FieldKey::kDegree, "Középfokú (érettségi)"},
        MatchCase{kGenderHu, "female", FieldKey::kGender, "Nő"},
        MatchCase{kGenderHu, "male", FieldKey::kGender, "Férfi"},
        MatchCase{kGenderHu, "decline", FieldKey::kGender, "Nem kívánom megadni"},
        MatchCase{Options({"1 év alatt", "1-3 év", "3-5 év", "5 évnél több"}), "4",
                  FieldKey::kYearsExperience, "3-5 év"},
        MatchCase{Options({"1 év alatt", "1-3 év", "3-5 év", "5 évnél több"}), "8",
                  FieldKey::kYearsExperience, "5 évnél több"},
        MatchCase{Options({"Nincs tapasztalatom", "1 év alatt", "1-3 év", "3 év felett"}), "0",
                  FieldKey::kYearsExperience, "Nincs tapasztalatom"},
        MatchCase{Options({"Fără experiență", "Sub 1 an", "1-3 ani", "Peste 3 ani"}), "6",
                  FieldKey::kYearsExperience, "Peste 3 ani"},
        MatchCase{kNoticeHu, "2 weeks", FieldKey::kNoticePeriod, "2 hét"},
        MatchCase{kNoticeHu, "immediately", FieldKey::kNoticePeriod, "Azonnal"},
        MatchCase{kNoticeHu, "1 month", FieldKey::kNoticePeriod, "1 hónap"},
        // Romanian: Da / Nu, with ț and ş in either form.
        MatchCase{Options({"Da", "Nu"}), "No", FieldKey::kWorkAuthorization, "Nu"},
        MatchCase{Options({"Da", "Nu"}), "Yes", FieldKey::kRelocation, "Da"},
        MatchCase{Options({"Da, am nevoie", "Nu, nu am nevoie"}), "No", FieldKey::kSponsorship,
                  "Nu, nu am nevoie"},
        MatchCase{kDegreesRo, "BS", FieldKey::kDegree, "Studii superioare (licență)"},
        MatchCase{kDegreesRo, "Master of Science", FieldKey::kDegree, "Masterat"},
        MatchCase{kDegreesRo, "PhD", FieldKey::kDegree, "Doctorat"},
        MatchCase{kGenderRo, "female", FieldKey::kGender, "Feminin"},
        MatchCase{kGenderRo, "decline", FieldKey::kGender, "Prefer să nu spun"},
        MatchCase{Options({"Da", "Nu, nu doresc să mă mut"}), "No", FieldKey::kRelocation,
                  "Nu, nu doresc să mă mut"},
        MatchCase{kNoticeRo, "2 weeks", FieldKey::kNoticePeriod, "2 săptămâni"},
        MatchCase{kNoticeRo, "1 month", FieldKey::kNoticePeriod, "1 lună"},
        MatchCase{kNoticeRo, "immediately", FieldKey::kNoticePeriod, "Imediat"},
        // Italian "Da remoto" is no Romanian yes.
        MatchCase{Options({"In sede", "Da remoto"}), "Yes", FieldKey::kRelocation, nullptr},
        // Ukrainian: Так / Ні.
        MatchCase{Options({"Так", "Ні"}), "No", FieldKey::kWorkAuthorization, "Ні"},
        MatchCase{Options({"Так", "Ні"}), "Yes", FieldKey::kSponsorship, "Так"},
        MatchCase{Options({"Так, потребую", "Ні, не потребую"}), "No", FieldKey::kSponsorship,
                  "Ні, не потребую"},
        MatchCase{kDegreesUk, "BS", FieldKey::kDegree, "Бакалавр"},
        MatchCase{kDegreesUk, "Master of Science", FieldKey::kDegree, "Магістр"},
        MatchCase{kDegreesUk, "PhD", FieldKey::kDegree, "Доктор філософії (PhD)"},
        MatchCase{kGenderUk, "female", FieldKey::kGender, "Жінка"},
        MatchCase{kGenderUk, "decline", FieldKey::kGender, "Не бажаю вказувати"},
        MatchCase{Options({"Без досвіду", "До 1 року", "1-3 роки", "3-5 років", "Понад 5 років"}),
                  "8", FieldKey::kYearsExperience, "Понад 5 років"},
        MatchCase{kNoticeUk, "2 weeks", FieldKey::kNoticePeriod, "2 тижні"},
        MatchCase{kNoticeUk, "immediately", FieldKey::kNoticePeriod, "Одразу"},
        // Greek: Ναι / Όχι, in capitals without accents too.
        MatchCase{Options({"Ναι", "Όχι"}), "No", FieldKey::kWorkAuthorization, "Όχι"},
        MatchCase{Options({"ΝΑΙ", "ΟΧΙ"}), "Yes", FieldKey::kSponsorship, "ΝΑΙ"},
        MatchCase{kDegreesEl, "BS", FieldKey::kDegree, "Πτυχίο ΑΕΙ/ΤΕΙ"},
        MatchCase{kDegreesEl, "Master of Science", FieldKey::kDegree, "Μεταπτυχιακό"},
        MatchCase{kDegreesEl, "PhD", FieldKey::kDegree, "Διδακτορικό"},
        MatchCase{kGenderEl, "male", FieldKey::kGender, "Άνδρας"},
        MatchCase{kGenderEl, "decline", FieldKey::kGender, "Δεν επιθυμώ να απαντήσω"},
        MatchCase{Options({"0-2 έτη", "3-5 έτη", "6-10 έτη", "Πάνω από 10 έτη"}), "8",
                  FieldKey::kYearsExperience, "6-10 έτη"},
        MatchCase{kNoticeEl, "2 weeks", FieldKey::kNoticePeriod, "2 εβδομάδες"},
        MatchCase{kNoticeEl, "1 month", FieldKey::kNoticePeriod, "1 μήνας"},
        MatchCase{kNoticeEl, "immediately", FieldKey::kNoticePeriod, "Άμεσα"},
        // "Up to" takes its limit and is the tightest band for it; "less than" does not.
        MatchCase{Options({"Up to 1 month", "Up to 3 months", "More than 3 months"}), "1 month",
                  FieldKey::kNoticePeriod, "Up to 1 month"},
        MatchCase{Options({"Less than 1 month", "1-3 months", "More than 3 months"}), "2 months",
                  FieldKey::kNoticePeriod, "1-3 months"}));

}  // namespace
}  // namespace applier::planning
