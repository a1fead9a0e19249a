#include "planning/field_classifier.h"

#include <gtest/gtest.h>

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;

constexpr double kConfident = 0.75;  // AnswerPlanner's kFillThreshold

struct Case {
  const char* label;
  FieldKey expected;
  ControlKind kind = ControlKind::kText;
  const char* name = "";
  const char* autocomplete = "";
  const char* placeholder = "";
  const char* lang = "";  // the page's language, where a word means one thing in it
};

Field MakeField(const Case& c) {
  Field field;
  field.lang = c.lang;
  field.label = c.label;
  field.kind = c.kind;
  field.name = c.name;
  field.autocomplete = c.autocomplete;
  field.placeholder = c.placeholder;
  return field;
}

class ClassifierTableTest : public ::testing::TestWithParam<Case> {};

TEST_P(ClassifierTableTest, Classifies) {
  const Case& c = GetParam();
  Classification result = FieldClassifier().Classify(MakeField(c));
  if (c.expected == FieldKey::kUnknown) {
    // Not confidently anything: unknown, or a guess too weak to fill from.
    EXPECT_TRUE(result.key == FieldKey::kUnknown || result.confidence < kConfident)
        << c.label << " -> " << ToString(result.key) << " " << result.confidence << " "
        << result.signal;
    return;
  }
  EXPECT_EQ(ToString(result.key), std::string(ToString(c.expected)))
      << "label \"" << c.label << "\" name \"" << c.name << "\" -> " << result.signal;
  EXPECT_GE(result.confidence, kConfident) << c.label << " " << result.signal;
}

using K = FieldKey;
using CK = ControlKind;

// UK graduate-scheme applications (Oleeo / TAL.net portals): the degree's subject
// asked apart from its type, and the Social Mobility Commission's socio-economic
// questions, which ask about the applicant's parents and household: the profile's
// own degree or job answers none of them.
INSTANTIATE_TEST_SUITE_P(
    UkGraduateScheme, ClassifierTableTest,
    ::testing::Values(
        Case{"Degree subject", K::kDiscipline}, Case{"Subject studied", K::kDiscipline},
        Case{"Degree type", K::kDegree, CK::kSelect},
        Case{"Did either of your parents or guardians complete a university degree course or "
             "equivalent by the time you were 18?",
             K::kUnknown, CK::kRadioGroup},
        Case{"What is the highest level of qualification achieved by either of your parent(s) "
             "or guardian(s) by the time you were 18?",
             K::kUnknown, CK::kSelect},
        Case{"Thinking back to when you were aged about 14, which best describes the sort of "
             "work the main or highest income earner in your household did in their main job?",
             K::kUnknown, CK::kSelect}));

// Croatian application forms (Odoo's hr translation, Croatian job boards' and hosted
// form builders' wordings): the person's contact, address, work and consent
// questions; a driving licence and the personal identification number (OIB) are
// no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Croatian, ClassifierTableTest,
    ::testing::Values(
        Case{"Ime", K::kFirstName}, Case{"Prezime", K::kLastName},
        Case{"Ime i prezime", K::kFullName}, Case{"Vaše ime ...", K::kFullName},
        Case{"E-pošta", K::kEmail, CK::kEmail}, Case{"Vaš telefonski broj", K::kPhone, CK::kTel},
        Case{"Broj mobitela", K::kPhone, CK::kTel}, Case{"Ulica i kućni broj", K::kAddressLine},
        Case{"Adresa (2. redak)", K::kAddressLine2}, Case{"Grad", K::kCity},
        Case{"Županija / pokrajina / regija", K::kRegion}, Case{"Poštanski broj", K::kPostalCode},
        Case{"Država", K::kCountry, CK::kSelect},
        Case{"Trenutni ili posljednji poslodavac", K::kCurrentCompany},
        Case{"Trenutno radno mjesto", K::kCurrentTitle},
        Case{"Ukupno godina radnog iskustva", K::kYearsExperience, CK::kNumber},
        Case{"Najviši završeni stupanj obrazovanja", K::kDegree, CK::kSelect},
        Case{"Naziv obrazovne ustanove", K::kSchool},
        Case{"Imate li pravo na rad u Republici Hrvatskoj?", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"Hoće li vam trebati dozvola za boravak i rad koju ishodi poslodavac?",
             K::kSponsorship, CK::kRadioGroup},
        Case{"Jeste li spremni preseliti se u Zagreb?", K::kRelocation, CK::kRadioGroup},
        Case{"Otkazni rok", K::kNoticePeriod, CK::kSelect},
        Case{"Najraniji mogući datum početka rada", K::kStartDate},
        Case{"Očekivana mjesečna bruto plaća (EUR)", K::kSalary},
        Case{"Životopis (CV)", K::kResume, CK::kFile},
        Case{"Motivacijsko pismo", K::kCoverLetter, CK::kFile},
        Case{"Kako ste saznali za ovaj natječaj?", K::kHowHeard, CK::kSelect},
        Case{"Spol", K::kGender, CK::kRadioGroup},
        Case{"Jeste li osoba s invaliditetom?", K::kDisability, CK::kRadioGroup},
        Case{"Željeni način rada", K::kRemote, CK::kSelect},
        Case{"Posjedujete li vozačku dozvolu B kategorije?", K::kUnknown, CK::kRadioGroup},
        Case{"OIB", K::kUnknown}));

// Serbian application forms in Latin script (ekavian, as Serbian job boards and
// employers word them): the contact and address boxes, 'Inostranstvo''s box for a
// city and country abroad, the Serbian education levels and the school, years of
// work experience, pay in dinars, the notice period, the data-protection (ZZPL)
// consent beside opt-ins for the candidate base and job alerts; a language level,
// the citizen number (JMBG) and a driving licence are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Serbian, ClassifierTableTest,
    ::testing::Values(
        Case{"Ime", K::kFirstName}, Case{"Prezime", K::kLastName},
        Case{"Imejl adresa", K::kEmail, CK::kEmail}, Case{"Adresa elektronske pošte", K::kEmail},
        Case{"Broj mobilnog telefona", K::kPhone, CK::kTel}, Case{"Mesto prebivališta", K::kCity},
        Case{"Grad i država u inostranstvu", K::kLocation}, Case{"Okrug", K::kRegion},
        Case{"Poštanski broj", K::kPostalCode}, Case{"Datum rođenja", K::kDateOfBirth},
        Case{"Stepen stručne spreme", K::kDegree, CK::kSelect},
        Case{"Naziv završene škole / fakulteta", K::kSchool},
        Case{"Radno iskustvo (u godinama)", K::kYearsExperience, CK::kNumber},
        Case{"Kompanija u kojoj trenutno radite", K::kCurrentCompany},
        Case{"Trenutna pozicija", K::kCurrentTitle},
        Case{"Očekivana mesečna plata (neto, u dinarima)", K::kSalary},
        Case{"Koliki je vaš otkazni rok?", K::kNoticePeriod, CK::kSelect},
        Case{"Kada možete da počnete sa radom?", K::kStartDate},
        Case{"Radna biografija", K::kResume, CK::kFile},
        Case{"Motivaciono pismo", K::kCoverLetter, CK::kFile},
        Case{"Gde ste videli oglas?", K::kHowHeard, CK::kSelect},
        Case{"Pol", K::kGender, CK::kRadioGroup},
        Case{"Saglasan/saglasna sam sa obradom mojih podataka o ličnosti", K::kConsent,
             CK::kCheckbox},
        Case{"Saglasan/saglasna sam da se moja prijava čuva u bazi kandidata 12 meseci i "
             "razmatra za buduće konkurse",
             K::kOptIn, CK::kCheckbox},
        Case{"Želim da primam imejl obaveštenja o novim oglasima za posao", K::kOptIn,
             CK::kCheckbox},
        Case{"Znanje engleskog jezika", K::kUnknown, CK::kSelect}, Case{"JMBG", K::kUnknown},
        Case{"Da li posedujete vozačku dozvolu B kategorije?", K::kUnknown, CK::kRadioGroup}));

// Slovenian application forms (job boards' application popups and pages, employers'
// own forms): the name, contact and address boxes, the date of birth, the education
// level and its field, years of work experience, the notice period, the net pay
// asked per month, the CV and cover letter, the GDPR consent beside opt-ins for the
// candidate base and newsletters; the tax number, EMŠO and a driving licence are no
// profile facts.
INSTANTIATE_TEST_SUITE_P(
    Slovenian, ClassifierTableTest,
    ::testing::Values(
        Case{"Ime", K::kFirstName}, Case{"Priimek", K::kLastName},
        Case{"Ime in priimek", K::kFullName}, Case{"E-poštni naslov", K::kEmail, CK::kEmail},
        Case{"Elektronski naslov", K::kEmail}, Case{"Telefonska številka", K::kPhone, CK::kTel},
        Case{"Kraj prebivališča", K::kCity}, Case{"Poštna številka", K::kPostalCode},
        Case{"Država stalnega prebivališča", K::kCountry, CK::kSelect},
        Case{"Ulica in hišna številka", K::kAddressLine}, Case{"Datum rojstva", K::kDateOfBirth},
        Case{"Najvišja dosežena izobrazba", K::kDegree, CK::kSelect},
        Case{"Smer študija", K::kDiscipline},
        Case{"Število let delovnih izkušenj", K::kYearsExperience, CK::kNumber},
        Case{"Sedanji delodajalec", K::kCurrentCompany},
        Case{"Trenutno delovno mesto", K::kCurrentTitle},
        Case{"Pričakovana neto plača (EUR/mesec)", K::kSalary},
        Case{"Vaš odpovedni rok", K::kNoticePeriod, CK::kSelect},
        Case{"Kdaj lahko začnete z delom?", K::kStartDate},
        Case{"Življenjepis", K::kResume, CK::kFile},
        Case{"Motivacijsko pismo", K::kCoverLetter, CK::kFile},
        Case{"Kje ste zasledili oglas?", K::kHowHeard, CK::kSelect},
        Case{"Strinjam se z obdelavo osebnih podatkov v skladu s politiko zasebnosti", K::kConsent,
             CK::kCheckbox},
        Case{"Moje podatke lahko hranite v bazi kandidatov za prihodnje zaposlitve", K::kOptIn,
             CK::kCheckbox},
        Case{"Želim prejemati e-novice", K::kOptIn, CK::kCheckbox},
        Case{"Davčna številka", K::kUnknown}, Case{"EMŠO", K::kUnknown},
        Case{"Ali imate vozniško dovoljenje B kategorije?", K::kUnknown, CK::kRadioGroup}));

// Georgian application forms (job portals' application dialogs, employers' own forms):
// the name, contact and address boxes, the city list, the date of birth, the
// education level, years of work experience, the salary wished, the CV and the
// motivation letter, where the vacancy was found, the personal data consent beside
// opt-ins for job alerts and an account; the personal number, a driving licence
// and the language skills are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Georgian, ClassifierTableTest,
    ::testing::Values(
        Case{"სახელი", K::kFirstName}, Case{"გვარი", K::kLastName},
        Case{"სახელი და გვარი", K::kFullName}, Case{"ელ-ფოსტა", K::kEmail, CK::kEmail},
        Case{"ელ. ფოსტის მისამართი", K::kEmail, CK::kEmail},
        Case{"მობილურის ნომერი", K::kPhone, CK::kTel}, Case{"ტელეფონი", K::kPhone, CK::kTel},
        Case{"საკონტაქტო ტელეფონი", K::kPhone, CK::kTel}, Case{"ქალაქი", K::kCity, CK::kSelect},
        Case{"საცხოვრებელი ქალაქი", K::kCity}, Case{"ფაქტობრივი მისამართი", K::kAddressLine},
        Case{"საფოსტო ინდექსი", K::kPostalCode}, Case{"ქვეყანა", K::kCountry, CK::kSelect},
        Case{"დაბადების თარიღი", K::kDateOfBirth, CK::kDate},
        Case{"განათლების დონე", K::kDegree, CK::kSelect},
        Case{"სამუშაო გამოცდილება", K::kYearsExperience, CK::kRadioGroup},
        Case{"რამდენი წლის სამუშაო გამოცდილება გაქვთ?", K::kYearsExperience, CK::kNumber},
        Case{"ამჟამინდელი დამსაქმებელი", K::kCurrentCompany},
        Case{"ამჟამინდელი პოზიცია", K::kCurrentTitle},
        Case{"სასურველი ხელფასი (₾, ხელზე)",
             K::kSalary},
        Case{"გაფრთხილების ვადა", K::kNoticePeriod, CK::kSelect},
        Case{"როდის შეგიძლიათ მუშაობის დაწყება?", K::kStartDate}, Case{"CV", K::kResume, CK::kFile},
        Case{"რეზიუმე (CV)", K::kResume, CK::kFile},
        Case{"სამოტივაციო წერილი", K::kCoverLetter, CK::kTextarea},
        Case{"საიდან შეიტყვეთ ვაკანსიის შესახებ?", K::kHowHeard, CK::kSelect},
        Case{"ვეთანხმები ჩემი პერსონალური მონაცემების დამუშავებას შერჩევის მიზნით", K::kConsent,
             CK::kCheckbox},
        Case{"მსურს მივიღო მსგავსი ვაკანსიები ელ-ფოსტაზე", K::kOptIn, CK::kCheckbox},
        Case{"შემიქმენით ანგარიში ამ მონაცემებით", K::kOptIn, CK::kCheckbox},
        Case{"პირადი ნომერი", K::kUnknown},
        Case{"გაქვთ თუ არა B კატეგორიის მართვის მოწმობა?", K::kUnknown, CK::kRadioGroup}));

// Armenian application forms (job portals' application pages, employers' own
// forms), in capitals too and with the question mark Armenian writes over a vowel
// inside the word: the name, contact and address boxes, the country code beside the
// number, the residence, the date of birth, the education level, years of work
// experience, the current employer and position, the salary wished, the start date,
// the CV and the cover letter, where the vacancy was found, the personal data
// consent beside opt-ins for job alerts and the portal's CV database; the passport,
// a driving licence, the patronymic and the language skills are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Armenian, ClassifierTableTest,
    ::testing::Values(
        Case{"Անուն", K::kFirstName}, Case{"ԱԶԳԱՆՈՒՆ", K::kLastName},
        Case{"Անուն, ազգանուն", K::kFullName}, Case{"Էլ. փոստ", K::kEmail, CK::kEmail},
        Case{"Էլ․ փոստի հասցե", K::kEmail, CK::kEmail},
        Case{"Էլեկտրոնային փոստ", K::kEmail, CK::kEmail},
        Case{"Հեռախոսահամար", K::kPhone, CK::kTel}, Case{"Բջջային հեռախոս", K::kPhone, CK::kTel},
        Case{"Երկրի կոդ", K::kPhoneCountryCode, CK::kSelect},
        Case{"Բնակության վայր", K::kCity, CK::kSelect}, Case{"Քաղաք", K::kCity},
        Case{"Բնակության հասցե", K::kAddressLine}, Case{"Փոստային ինդեքս", K::kPostalCode},
        Case{"Երկիր", K::kCountry, CK::kSelect}, Case{"Ծննդյան ամսաթիվ", K::kDateOfBirth},
        Case{"Կրթություն", K::kDegree, CK::kSelect},
        Case{"Կրթության մակարդակ", K::kDegree, CK::kSelect},
        Case{"Աշխատանքային փորձ", K::kYearsExperience, CK::kRadioGroup},
        Case{"Քանի՞ տարվա աշխատանքային փորձ ունեք", K::kYearsExperience, CK::kNumber},
        Case{"Ներկայիս աշխատավայր", K::kCurrentCompany}, Case{"Ներկայիս պաշտոն", K::kCurrentTitle},
        Case{"Ակնկալվող աշխատավարձ (ՀՀ դրամ, զուտ, ամսական)", K::kSalary},
        Case{"Ե՞րբ կարող եք սկսել աշխատել", K::kStartDate},
        Case{"Նախազգուշացման ժամկետ", K::kNoticePeriod, CK::kSelect},
        Case{"CV", K::kResume, CK::kFile}, Case{"Ինքնակենսագրություն (CV)", K::kResume, CK::kFile},
        Case{"Ուղեկցող նամակ", K::kCoverLetter, CK::kTextarea},
        Case{"Որտեղի՞ց եք տեղեկացել այս աշխատատեղի մասին", K::kHowHeard, CK::kSelect},
        Case{"Համաձայն եմ իմ անձնական տվյալների մշակմանը՝ «Անձնական տվյալների պաշտպանության "
             "մասին» ՀՀ օրենքին համապատասխան",
             K::kConsent, CK::kCheckbox},
        Case{"Ստանալ նմանատիպ աշխատանքների ծանուցումներ էլ. փոստով", K::kOptIn, CK::kCheckbox},
        Case{"Պահպանել իմ CV-ն Staff.am-ի շտեմարանում, որպեսզի գործատուները կարողանան գտնել ինձ",
             K::kOptIn, CK::kCheckbox},
        Case{"Անձնագրի համար", K::kUnknown}, Case{"Հայրանուն", K::kMiddleName},
        Case{"Ունե՞ք B կարգի վարորդական իրավունք", K::kUnknown, CK::kRadioGroup}));

// Albanian application forms (job portals' application pages, employers' own forms):
// the name, contact and address boxes, the country code beside the number, the city
// list, the date of birth, the education level, years of work experience, the pay
// expected in lekë, the CV and the motivation letter, where the job was seen, the
// personal data consent beside job alerts; the personal number, the father's name,
// a driving licence and the language skills are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Albanian, ClassifierTableTest,
    ::testing::Values(
        Case{"Emri", K::kFirstName}, Case{"Mbiemri", K::kLastName},
        Case{"Emri dhe mbiemri", K::kFullName}, Case{"Emri i plotë", K::kFullName},
        Case{"Adresa e email-it", K::kEmail, CK::kEmail},
        Case{"Posta elektronike", K::kEmail, CK::kEmail},
        Case{"Numri i telefonit", K::kPhone, CK::kTel},
        Case{"Nr. i celularit", K::kPhone, CK::kTel},
        Case{"Prefiksi i shtetit", K::kPhoneCountryCode, CK::kSelect},
        Case{"Qyteti", K::kCity, CK::kSelect}, Case{"Vendbanimi", K::kCity},
        Case{"Adresa e banimit", K::kAddressLine}, Case{"Kodi postar", K::kPostalCode},
        Case{"Shteti", K::kCountry, CK::kSelect}, Case{"Datëlindja", K::kDateOfBirth},
        Case{"Data e lindjes", K::kDateOfBirth, CK::kDate},
        Case{"Niveli i arsimimit", K::kDegree, CK::kSelect},
        Case{"Përvoja në punë", K::kYearsExperience, CK::kSelect},
        Case{"Sa vite përvojë pune keni?", K::kYearsExperience, CK::kNumber},
        Case{"Punëdhënësi aktual", K::kCurrentCompany}, Case{"Pozicioni aktual", K::kCurrentTitle},
        Case{"Paga e pritshme (Lekë në muaj)", K::kSalary},
        Case{"Periudha e njoftimit", K::kNoticePeriod, CK::kSelect},
        Case{"Kur mund të filloni punë?", K::kStartDate},
        Case{"Ngarko CV-në", K::kResume, CK::kFile}, Case{"Jetëshkrimi", K::kResume, CK::kFile},
        Case{"Letër motivimi", K::kCoverLetter, CK::kTextarea},
        Case{"Si mësuat për këtë vend pune?", K::kHowHeard, CK::kSelect},
        Case{"Pranoj përpunimin e të dhënave të mia personale për qëllime rekrutimi", K::kConsent,
             CK::kCheckbox},
        Case{"Dëshiroj të marr me email njoftime për punë të ngjashme", K::kOptIn, CK::kCheckbox},
        Case{"Numri personal", K::kUnknown}, Case{"Atësia", K::kUnknown},
        Case{"A keni leje drejtimi të kategorisë B?", K::kUnknown, CK::kRadioGroup}));

// Azerbaijani application forms (job portals' application pages, employers' own
// forms): the name, contact and address boxes, the city list, the date of birth, the
// education level and the field studied, years of work experience, the current
// employer and position, the pay expected in manat, the start date, the CV and the
// cover letter, where the vacancy was seen, the personal data consent beside job
// alerts; the father's name, the identity card, a driving licence and the language
// skills are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Azerbaijani, ClassifierTableTest,
    ::testing::Values(
        Case{"Ad", K::kFirstName}, Case{"Soyad", K::kLastName}, Case{"Adınız", K::kFirstName},
        Case{"Ad və soyad", K::kFullName}, Case{"E-poçt", K::kEmail, CK::kEmail},
        Case{"E-poçt ünvanı", K::kEmail, CK::kEmail}, Case{"Elektron poçt", K::kEmail, CK::kEmail},
        Case{"Mobil nömrə", K::kPhone, CK::kTel}, Case{"Əlaqə nömrəsi", K::kPhone, CK::kTel},
        Case{"Yaşadığınız şəhər", K::kCity, CK::kSelect}, Case{"Şəhər", K::kCity, CK::kSelect},
        Case{"Yaşayış ünvanı", K::kAddressLine}, Case{"Poçt indeksi", K::kPostalCode},
        Case{"Ölkə", K::kCountry, CK::kSelect}, Case{"Doğum tarixi", K::kDateOfBirth},
        Case{"Təhsil", K::kDegree, CK::kSelect}, Case{"Təhsil səviyyəsi", K::kDegree, CK::kSelect},
        Case{"İxtisas", K::kDiscipline}, Case{"İş təcrübəsi", K::kYearsExperience, CK::kSelect},
        Case{"Neçə illik iş təcrübəniz var?", K::kYearsExperience, CK::kNumber},
        Case{"Hazırkı iş yeri", K::kCurrentCompany}, Case{"Hazırkı vəzifə", K::kCurrentTitle},
        Case{"Gözlənilən əmək haqqı", K::kSalary, CK::kNumber},
        Case{"Arzu olunan maaş", K::kSalary}, Case{"İşə başlaya biləcəyiniz tarix", K::kStartDate},
        Case{"Nə vaxt işə başlaya bilərsiniz?", K::kStartDate},
        Case{"CV faylı", K::kResume, CK::kFile}, Case{"CV-ni yükləyin", K::kResume, CK::kFile},
        Case{"Müşayiət məktubu", K::kCoverLetter, CK::kTextarea},
        Case{"Vakansiya haqqında haradan məlumat aldınız?", K::kHowHeard, CK::kSelect},
        Case{"Şəxsi məlumatlarımın emalına razılıq verirəm", K::kConsent, CK::kCheckbox},
        Case{"Oxşar vakansiyalar barədə e-poçtla bildiriş almaq istəyirəm", K::kOptIn,
             CK::kCheckbox},
        Case{"Cins", K::kGender, CK::kRadioGroup}, Case{"Ata adı", K::kUnknown},
        Case{"Şəxsiyyət vəsiqəsinin nömrəsi", K::kUnknown},
        Case{"Dil bilikləri", K::kUnknown, CK::kRadioGroup}));

// Latvian application forms (job portals' application pages, employers' own forms),
// with and without the marks Latvians often leave out: the name, contact and address
// boxes, the country code beside the number, the date of birth, the education level,
// years of work experience, the notice period, the salary wished, the CV and the
// motivation letter, where the vacancy was found, the personal data consent beside
// opt-ins for the portal's CV database and news; the personal code, a driving licence
// and the language skills are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Latvian, ClassifierTableTest,
    ::testing::Values(
        Case{"Vārds", K::kFirstName}, Case{"Uzvārds", K::kLastName}, Case{"Uzvards", K::kLastName},
        Case{"Vārds, uzvārds", K::kFullName}, Case{"E-pasta adrese", K::kEmail, CK::kEmail},
        Case{"E-pasts", K::kEmail}, Case{"Tālruņa numurs", K::kPhone, CK::kTel},
        Case{"Talrunis", K::kPhone, CK::kTel}, Case{"Kontakttālrunis", K::kPhone, CK::kTel},
        Case{"Valsts kods", K::kPhoneCountryCode, CK::kSelect}, Case{"Dzīvesvieta", K::kCity},
        Case{"Dzīvesvieta (pilsēta)", K::kCity}, Case{"Pasta indekss", K::kPostalCode},
        Case{"Dzīvesvietas valsts", K::kCountry, CK::kSelect},
        Case{"Iela, mājas numurs", K::kAddressLine}, Case{"Dzimšanas datums", K::kDateOfBirth},
        Case{"Izglītības līmenis", K::kDegree, CK::kSelect},
        Case{"Darba pieredze (gados)", K::kYearsExperience, CK::kNumber},
        Case{"Cik gadu darba pieredze Jums ir?", K::kYearsExperience, CK::kNumber},
        Case{"Pašreizējā darbavieta", K::kCurrentCompany},
        Case{"Pašreizējais amats", K::kCurrentTitle}, Case{"Vēlamā alga (EUR mēnesī)", K::kSalary},
        Case{"Uzteikuma termiņš", K::kNoticePeriod, CK::kSelect},
        Case{"Kad varat uzsākt darbu?", K::kStartDate}, Case{"Varu sākt strādāt no", K::kStartDate},
        Case{"CV", K::kResume, CK::kFile}, Case{"Augšupielādēt CV", K::kResume, CK::kFile},
        Case{"Motivācijas vēstule", K::kCoverLetter, CK::kTextarea},
        Case{"Kā uzzinājāt par šo vakanci?", K::kHowHeard, CK::kSelect},
        Case{"Piekrītu, ka mani personas dati tiek apstrādāti personāla atlases nolūkā",
             K::kConsent, CK::kCheckbox},
        Case{"Piekrītu savu personas datu apstrādei personāla atlases nolūkā", K::kConsent,
             CK::kCheckbox},
        Case{"Vēlos, lai mans CV tiek saglabāts CV datubāzē un ir redzams citiem darba devējiem",
             K::kOptIn, CK::kCheckbox},
        Case{"Vēlos saņemt jaunumus un līdzīgu vakanču paziņojumus e-pastā", K::kOptIn,
             CK::kCheckbox},
        Case{"Personas kods", K::kUnknown},
        Case{"Vai Jums ir B kategorijas autovadītāja apliecība?", K::kUnknown, CK::kRadioGroup},
        Case{"Valodu zināšanas: angļu valoda", K::kUnknown, CK::kSelect}));

// Icelandic application forms (job boards' application dialogs, employers' and
// public bodies' forms): one full-name box, contact and address boxes, the country
// of residence, the highest education completed and the field of study, years of
// work experience, the current workplace and job title, salary expectations, the
// start date, the CV and the cover letter, where the ad was seen, the consent to
// the processing of personal data beside opt-ins for similar jobs; the kennitala
// (national id), a driving licence and referees are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Icelandic, ClassifierTableTest,
    ::testing::Values(
        Case{"Fullt nafn", K::kFullName}, Case{"Nafn", K::kFullName},
        Case{"Fornafn", K::kFirstName}, Case{"Eftirnafn", K::kLastName},
        Case{"Netfang", K::kEmail, CK::kEmail}, Case{"Farsími", K::kPhone, CK::kTel},
        Case{"Símanúmer", K::kPhone, CK::kTel}, Case{"Heimilisfang", K::kAddressLine},
        Case{"Póstnúmer", K::kPostalCode}, Case{"Staður", K::kCity},
        Case{"Búsetuland", K::kCountry, CK::kSelect},
        Case{"Hæsta lokna menntun", K::kDegree, CK::kSelect}, Case{"Námsgrein", K::kDiscipline},
        Case{"Skóli", K::kSchool}, Case{"Starfsreynsla", K::kYearsExperience, CK::kSelect},
        Case{"Hversu margra ára starfsreynslu hefur þú?", K::kYearsExperience, CK::kNumber},
        Case{"Núverandi vinnustaður", K::kCurrentCompany},
        Case{"Núverandi starfsheiti", K::kCurrentTitle},
        Case{"Launavæntingar (heildarlaun á mánuði í krónum)", K::kSalary},
        Case{"Uppsagnarfrestur", K::kNoticePeriod, CK::kSelect},
        Case{"Hvenær getur þú hafið störf?", K::kStartDate},
        Case{"Ferilskrá", K::kResume, CK::kFile}, Case{"Kynningarbréf", K::kCoverLetter, CK::kFile},
        Case{"Hvar sástu auglýsinguna?", K::kHowHeard, CK::kSelect},
        Case{"Ég samþykki vinnslu persónuupplýsinga minna vegna ráðningarferlisins", K::kConsent,
             CK::kCheckbox},
        Case{"Já takk, ég vil fá tölvupóst um svipuð störf", K::kOptIn, CK::kCheckbox},
        Case{"Kennitala", K::kUnknown}, Case{"Ertu með bílpróf?", K::kUnknown, CK::kRadioGroup},
        Case{"Meðmælendur", K::kUnknown, CK::kTextarea}));

// Welsh application forms (NHS Wales health boards, councils and the Welsh
// Government with Cymraeg chosen): the name, contact and address boxes (a bare
// "Sir" is the county, "Gwlad" the country), the current employer and job title,
// the notice period, availability, how the person heard, the right to work and the
// Certificate of Sponsorship, the equality questions, the declaration beside a job
// alert opt-in; a previous surname, the Welsh-language skill levels and a
// referee's name are no profile facts.
INSTANTIATE_TEST_SUITE_P(
    Welsh, ClassifierTableTest,
    ::testing::Values(
        Case{"Enw cyntaf", K::kFirstName}, Case{"Cyfenw", K::kLastName},
        Case{"Enw llawn", K::kFullName}, Case{"Cyfeiriad e-bost", K::kEmail, CK::kEmail},
        Case{"Rhif ffôn symudol", K::kPhone, CK::kTel},
        Case{"Llinell gyntaf y cyfeiriad", K::kAddressLine},
        Case{"Ail linell y cyfeiriad", K::kAddressLine2}, Case{"Tref neu ddinas", K::kCity},
        Case{"Sir", K::kRegion}, Case{"Cod post", K::kPostalCode},
        Case{"Gwlad", K::kCountry, CK::kSelect}, Case{"Cyflogwr presennol", K::kCurrentCompany},
        Case{"Teitl y swydd bresennol", K::kCurrentTitle},
        Case{"Beth yw eich cyfnod rhybudd?", K::kNoticePeriod, CK::kSelect},
        Case{"Pryd allech chi ddechrau?", K::kStartDate},
        Case{"Ble gwelsoch chi'r swydd hon?", K::kHowHeard, CK::kSelect},
        Case{"Oes gennych chi'r hawl i weithio yn y Deyrnas Unedig?", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"A fydd angen Tystysgrif Nawdd arnoch?", K::kSponsorship, CK::kRadioGroup},
        Case{"Beth yw eich rhyw?", K::kGender, CK::kRadioGroup},
        Case{"Grŵp ethnig", K::kRace, CK::kSelect},
        Case{"Ydych chi'n ystyried bod gennych anabledd?", K::kDisability, CK::kRadioGroup},
        Case{"Rwy'n cytuno i chi brosesu fy nata personol", K::kConsent, CK::kCheckbox},
        Case{"Anfonwch negeseuon e-bost ataf am swyddi tebyg", K::kOptIn, CK::kCheckbox},
        Case{"Cyfenw blaenorol (os yw'n berthnasol)", K::kUnknown},
        Case{"Lefel gwrando a siarad Cymraeg", K::kUnknown, CK::kSelect},
        Case{"Enw llawn y canolwr", K::kUnknown}));

// Bulgarian application forms (Cyrillic, as Bulgarian job boards and employers word
// them): the name, contact and address boxes, the town list, the education level
// and the school, years of experience, the notice period and the net monthly pay,
// the CV and the motivational letter, the GDPR consent beside a job-alerts opt-in;
// the driving licence, citizenship and the personal number (ЕГН) are no profile
// facts.
INSTANTIATE_TEST_SUITE_P(
    Bulgarian, ClassifierTableTest,
    ::testing::Values(
        Case{"Име", K::kFirstName}, Case{"Собствено име", K::kFirstName},
        Case{"Фамилия", K::kLastName}, Case{"Фамилно име", K::kLastName},
        Case{"Презиме", K::kMiddleName}, Case{"Име и фамилия", K::kFullName},
        Case{"Трите имена", K::kFullName}, Case{"Имейл", K::kEmail, CK::kEmail},
        Case{"Имейл адрес", K::kEmail, CK::kEmail}, Case{"Електронна поща", K::kEmail},
        Case{"Телефон", K::kPhone, CK::kTel}, Case{"Мобилен телефон", K::kPhone, CK::kTel},
        Case{"Населено място", K::kCity, CK::kCombobox}, Case{"Град на живеене", K::kCity},
        Case{"Област", K::kRegion}, Case{"Пощенски код", K::kPostalCode},
        Case{"Държава", K::kCountry, CK::kSelect}, Case{"Улица и номер", K::kAddressLine},
        Case{"Дата на раждане", K::kDateOfBirth},
        Case{"Завършено образование", K::kDegree, CK::kCombobox},
        Case{"Образователна степен", K::kDegree, CK::kSelect}, Case{"Учебно заведение", K::kSchool},
        Case{"Специалност", K::kDiscipline},
        Case{"Професионален опит в сферата", K::kYearsExperience, CK::kCombobox},
        Case{"Години опит", K::kYearsExperience, CK::kNumber},
        Case{"Настоящ работодател", K::kCurrentCompany}, Case{"Текуща длъжност", K::kCurrentTitle},
        Case{"Срок на предизвестие при настоящия работодател", K::kNoticePeriod, CK::kCombobox},
        Case{"Кога можете да започнете работа?", K::kStartDate},
        Case{"Желано месечно възнаграждение (нето)", K::kSalary},
        Case{"Автобиография (CV)", K::kResume, CK::kFile},
        Case{"Мотивационно писмо", K::kCoverLetter, CK::kFile},
        Case{"Откъде научихте за обявата?", K::kHowHeard, CK::kSelect},
        Case{"Пол", K::kGender, CK::kRadioGroup},
        Case{"Съгласен съм с обработката на личните ми данни", K::kConsent, CK::kCheckbox},
        Case{"Искам да получавам по имейл нови обяви, подобни на тази", K::kOptIn, CK::kCheckbox},
        Case{"Имате ли шофьорска книжка категория B?", K::kUnknown, CK::kRadioGroup},
        Case{"Гражданство", K::kUnknown}, Case{"ЕГН", K::kUnknown}));

// Macedonian application forms (Cyrillic, as Macedonian job boards and employers word
// them): "Презиме" is the surname here (in Bulgarian the father's name), the e-mail
// as е-пошта, the town list and the country, the education level, school and field,
// total years of experience, the current employer and position, the notice period and
// the net monthly pay, the CV and the motivation letter, where the ad was seen, the
// personal data consent beside the candidate-base and job-alert opt-ins; a language's
// level, the driving licence, citizenship and the personal number (ЕМБГ) are no
// profile facts.
// A case on a Macedonian page (lang "mk").
Case Mk(const char* label, FieldKey expected, ControlKind kind = ControlKind::kText) {
  Case c{label, expected, kind};
  c.lang = "mk";
  return c;
}

INSTANTIATE_TEST_SUITE_P(
    Macedonian, ClassifierTableTest,
    ::testing::Values(
        Mk("Име", K::kFirstName), Mk("Вашето име", K::kFirstName), Mk("Презиме", K::kLastName),
        Mk("Вашето презиме", K::kLastName), Mk("Име и презиме", K::kFullName),
        Mk("Е-пошта", K::kEmail, CK::kEmail), Mk("Адреса на е-пошта", K::kEmail, CK::kEmail),
        Mk("Електронска пошта", K::kEmail), Mk("Телефон", K::kPhone, CK::kTel),
        Mk("Телефонски број", K::kPhone, CK::kTel), Mk("Мобилен телефон", K::kPhone, CK::kTel),
        Mk("Град", K::kCity, CK::kSelect), Mk("Место на живеење", K::kCity),
        Mk("Држава", K::kCountry, CK::kSelect), Mk("Држава на живеење", K::kCountry),
        Mk("Поштенски код", K::kPostalCode), Mk("Улица и број", K::kAddressLine),
        Mk("Датум на раѓање", K::kDateOfBirth),
        Mk("Степен на образование", K::kDegree, CK::kSelect),
        Mk("Образовна институција", K::kSchool), Mk("Насока / струка", K::kDiscipline),
        Mk("Вкупно работно искуство (години)", K::kYearsExperience, CK::kNumber),
        Mk("Колку години работно искуство имате?", K::kYearsExperience, CK::kNumber),
        Mk("Сегашен работодавач", K::kCurrentCompany),
        Mk("Компанија во која работите", K::kCurrentCompany),
        Mk("Сегашна позиција", K::kCurrentTitle), Mk("Тековна работна позиција", K::kCurrentTitle),
        Mk("Отказен рок", K::kNoticePeriod, CK::kSelect),
        Mk("Очекувана месечна нето плата", K::kSalary),
        Mk("Биографија (CV)", K::kResume, CK::kFile),
        Mk("Мотивационо писмо", K::kCoverLetter, CK::kFile),
        Mk("Каде дознавте за огласот?", K::kHowHeard, CK::kSelect),
        Mk("Пол", K::kGender, CK::kRadioGroup),
        Mk("Се согласувам со обработката на моите лични податоци", K::kConsent, CK::kCheckbox),
        Mk("Сакам да добивам известувања на е-пошта за нови огласи", K::kOptIn, CK::kCheckbox),
        Mk("Се согласувам мојата апликација да се чува во базата на кандидати 12 месеци", K::kOptIn,
           CK::kCheckbox),
        Mk("Англиски јазик – ниво", K::kUnknown, CK::kSelect),
        Mk("Друг странски јазик", K::kUnknown),
        Mk("Дали поседувате возачка дозвола Б категорија?", K::kUnknown, CK::kRadioGroup),
        Mk("Државјанство", K::kUnknown), Mk("ЕМБГ", K::kUnknown)));

// Kazakh application forms (Cyrillic with ә ғ қ ң ө ұ ү һ і, as Kazakhstan's job
// boards word them; a label's first letter is often one of those capitals): the
// surname (тегі) before the name (аты), the patronymic, the mobile phone and the
// country code, the town of residence, relocation, the years of work experience,
// the last employer and position, the education level, school, speciality and
// graduation year, the expected net pay, the CV (түйіндеме) and the cover letter,
// the right to work in the country and the personal data consent beside a job-alert
// opt-in; a language's level, citizenship and the personal number (ЖСН) are no
// profile facts.
Case Kk(const char* label, FieldKey expected, ControlKind kind = ControlKind::kText) {
  Case c{label, expected, kind};
  c.lang = "kk";
  return c;
}

INSTANTIATE_TEST_SUITE_P(
    Kazakh, ClassifierTableTest,
    ::testing::Values(
        Kk("Аты", K::kFirstName), Kk("Атыңыз", K::kFirstName), Kk("Тегі", K::kLastName),
        Kk("Тегіңіз", K::kLastName), Kk("Әкесінің аты", K::kMiddleName),
        Kk("Аты-жөні", K::kFullName), Kk("Тегі, аты, әкесінің аты", K::kFullName),
        Kk("Электрондық пошта", K::kEmail, CK::kEmail), Kk("Ұялы телефон", K::kPhone, CK::kTel),
        Kk("Телефон нөмірі", K::kPhone, CK::kTel), Kk("Ел коды", K::kPhoneCountryCode, CK::kSelect),
        Kk("Қала", K::kCity, CK::kSelect), Kk("Тұратын қаласы", K::kCity, CK::kSelect),
        Kk("Өңір", K::kRegion), Kk("Облыс", K::kRegion), Kk("Тұратын елі", K::kCountry),
        Kk("Мекенжай", K::kAddressLine), Kk("Туған күні", K::kDateOfBirth),
        Kk("Басқа қалаға көшуге дайынсыз ба?", K::kRelocation, CK::kRadioGroup),
        Kk("Жұмыс тәжірибесі", K::kYearsExperience, CK::kRadioGroup),
        Kk("Неше жыл жұмыс тәжірибеңіз бар?", K::kYearsExperience, CK::kNumber),
        Kk("Соңғы жұмыс орны", K::kCurrentCompany), Kk("Қазіргі жұмыс орны", K::kCurrentCompany),
        Kk("Қазіргі лауазымы", K::kCurrentTitle), Kk("Лауазымы", K::kCurrentTitle),
        Kk("Білім деңгейі", K::kDegree, CK::kSelect), Kk("Оқу орны", K::kSchool),
        Kk("Мамандығы", K::kDiscipline), Kk("Бітірген жылы", K::kEducationEnd),
        Kk("Күтілетін жалақы (айына, қолға)", K::kSalary), Kk("Түйіндеме", K::kResume, CK::kFile),
        Kk("Ілеспе хат", K::kCoverLetter, CK::kTextarea),
        Kk("Вакансия туралы қайдан білдіңіз?", K::kHowHeard, CK::kSelect),
        Kk("Жынысы", K::kGender, CK::kRadioGroup),
        Kk("Қазақстан Республикасында жұмыс істеуге рұқсатыңыз бар ма?", K::kWorkAuthorization,
           CK::kRadioGroup),
        Kk("Дербес деректерімді өңдеуге келісемін", K::kConsent, CK::kCheckbox),
        Kk("Ұқсас вакансиялар туралы электрондық поштаға хабарлама алғым келеді", K::kOptIn,
           CK::kCheckbox),
        Kk("Қазақ тілі", K::kUnknown, CK::kSelect), Kk("Ағылшын тілі", K::kUnknown, CK::kSelect),
        Kk("Азаматтығы", K::kUnknown), Kk("ЖСН", K::kUnknown)));

// Wordings of languages the engine read for other meanings but not these: skills,
// a middle name, the address's second line, a phone's country code, relocation
// and remote work, as forms in those languages ask them.
INSTANTIATE_TEST_SUITE_P(
    MoreLanguages, ClassifierTableTest,
    ::testing::Values(Case{"المهارات", K::kSkills}, Case{"Dovednosti", K::kSkills},
                      Case{"Kompetencer", K::kSkills}, Case{"Taidot", K::kSkills},
                      Case{"スキル", K::kSkills}, Case{"보유 기술", K::kSkills},
                      Case{"Ferdigheter", K::kSkills}, Case{"Kompetenser", K::kSkills},
                      Case{"ทักษะ", K::kSkills}, Case{"专业技能", K::kSkills},
                      Case{"Toinen nimi", K::kMiddleName}, Case{"שם אמצעי", K::kMiddleName},
                      Case{"ミドルネーム", K::kMiddleName}, Case{"미들네임", K::kMiddleName},
                      Case{"中间名", K::kMiddleName}, Case{"العنوان 2", K::kAddressLine2},
                      Case{"כתובת שורה 2", K::kAddressLine2}, Case{"पता पंक्ति 2", K::kAddressLine2},
                      Case{"ที่อยู่บรรทัดที่ 2", K::kAddressLine2},
                      Case{"รหัสประเทศ", K::kPhoneCountryCode},
                      Case{"ท่านสามารถย้ายที่อยู่เพื่อทำงานได้หรือไม่", K::kRelocation, CK::kRadioGroup},
                      Case{"ทำงานแบบไฮบริดหรือทำงานจากที่บ้าน", K::kRemote, CK::kRadioGroup}));

// Lithuanian application forms (job boards' employer forms): the name in two boxes and
// the middle name beside them, also typed without the marks; the fields no profile
// answers (the personal code, citizenship) left to the person.
INSTANTIATE_TEST_SUITE_P(
    Lithuanian, ClassifierTableTest,
    ::testing::Values(Case{"Vardas", K::kFirstName}, Case{"Pavardė", K::kLastName},
                      Case{"Pavarde", K::kLastName}, Case{"Antrasis vardas", K::kMiddleName},
                      Case{"Vardas ir pavardė", K::kFullName}, Case{"El. paštas", K::kEmail},
                      Case{"Telefono numeris", K::kPhone}, Case{"Pašto kodas", K::kPostalCode},
                      Case{"Issilavinimas", K::kDegree},
                      Case{"Įspėjimo terminas dabartinėje darbovietėje", K::kNoticePeriod},
                      Case{"Pageidaujamas atlyginimas (EUR per mėnesį, neatskaičius mokesčių)",
                           K::kSalary},
                      Case{"Asmens kodas", K::kUnknown}, Case{"Pilietybė", K::kUnknown}));

// Estonian application forms (job portals' quick apply, employers' own forms): the
// name in one box or two, the phone's country code beside the number, the start date
// and the pay wish as they ask them; the fields no profile answers (the personal
// code, citizenship, the language levels) left to the person.
INSTANTIATE_TEST_SUITE_P(
    Estonian, ClassifierTableTest,
    ::testing::Values(Case{"Eesnimi", K::kFirstName}, Case{"Perekonnanimi", K::kLastName},
                      Case{"Ees- ja perekonnanimi", K::kFullName}, Case{"E-post", K::kEmail},
                      Case{"E-posti aadress", K::kEmail}, Case{"Telefon", K::kPhone, CK::kTel},
                      Case{"Riigi suunakood", K::kPhoneCountryCode, CK::kSelect},
                      Case{"Elukoht", K::kCity}, Case{"Postiindeks", K::kPostalCode},
                      Case{"LinkedIni profiil", K::kLinkedin}, Case{"CV", K::kResume, CK::kFile},
                      Case{"Motivatsioonikiri", K::kCoverLetter, CK::kTextarea},
                      Case{"Palgasoov (bruto, € kuus)", K::kSalary},
                      Case{"Millal saad tööle asuda?", K::kStartDate},
                      Case{"Etteteatamisaeg", K::kNoticePeriod},
                      Case{"Kust said infot selle töökoha kohta?", K::kHowHeard, CK::kSelect},
                      Case{"Nõustun oma isikuandmete töötlemisega värbamise eesmärgil", K::kConsent,
                           CK::kCheckbox},
                      Case{"Isikukood", K::kUnknown}, Case{"Kodakondsus", K::kUnknown},
                      Case{"Keeleoskus: eesti keel", K::kUnknown, CK::kSelect}));

// Greenhouse, Lever, Workday and Ashby wordings.
// Persian (Iranian) application forms, as WordPress form plugins and Iranian job
// boards word them: the name in two boxes (نام / نام خانوادگی), the mobile, the
// degree and the field of study, pay in toman, and the fields no profile answers
// (marital status, military service, the national ID, a referrer) left to the person.
INSTANTIATE_TEST_SUITE_P(
    Persian, ClassifierTableTest,
    ::testing::Values(
        Case{"نام", K::kFirstName}, Case{"نام خانوادگی", K::kLastName},
        Case{"نام و نام خانوادگی", K::kFullName}, Case{"پست الکترونیک", K::kEmail},
        Case{"شماره موبایل", K::kPhone, CK::kTel}, Case{"تلفن همراه", K::kPhone, CK::kTel},
        Case{"کشور محل سکونت", K::kCountry, CK::kSelect}, Case{"شهر", K::kCity},
        Case{"کد پستی", K::kPostalCode}, Case{"نشانی منزل", K::kAddressLine},
        Case{"نام شرکت", K::kCurrentCompany}, Case{"عنوان شغلی", K::kCurrentTitle},
        Case{"سابقه کاری", K::kYearsExperience, CK::kSelect},
        Case{"آخرین مدرک تحصیلی", K::kDegree, CK::kSelect}, Case{"رشته تحصیلی", K::kDiscipline},
        Case{"نام دانشگاه", K::kSchool}, Case{"فایل رزومه", K::kResume, CK::kFile},
        Case{"حقوق درخواستی (تومان)", K::kSalary}, Case{"تاریخ شروع به کار", K::kStartDate},
        Case{"تاریخ تولد", K::kDateOfBirth}, Case{"نحوه آشنایی با ما", K::kHowHeard, CK::kSelect},
        Case{"جنسیت", K::kGender, CK::kRadioGroup},
        Case{"مهارت‌ها", K::kSkills, CK::kCheckboxGroup},
        Case{"آیا امکان نقل مکان به شهر دیگری را دارید؟", K::kRelocation, CK::kRadioGroup},
        Case{"مایلم از فرصت‌های شغلی آینده باخبر شوم", K::kOptIn,
             CK::kCheckbox},
        Case{"قوانین و مقررات را می‌پذیرم", K::kConsent, CK::kCheckbox},
        Case{"وضعیت تأهل", K::kUnknown, CK::kSelect},
        Case{"وضعیت نظام وظیفه", K::kUnknown, CK::kSelect}, Case{"کد ملی", K::kUnknown},
        Case{"نام معرف", K::kUnknown}));

INSTANTIATE_TEST_SUITE_P(
    AtsWordings, ClassifierTableTest,
    ::testing::Values(
        Case{"First Name", K::kFirstName, CK::kText, "job_application[first_name]"},
        Case{"Last Name", K::kLastName, CK::kText, "job_application[last_name]"},
        Case{"Legal first name *", K::kFirstName}, Case{"Preferred First Name", K::kPreferredName},
        Case{"Given Name(s)", K::kFirstName}, Case{"Family Name", K::kLastName},
        Case{"Middle Name", K::kMiddleName}, Case{"Name", K::kFullName},
        Case{"Full name", K::kFullName, CK::kText, "name"},
        Case{"", K::kFullName, CK::kText, "_systemfield_name"},
        Case{"Email", K::kEmail, CK::kEmail, "email"}, Case{"Email Address", K::kEmail},
        Case{"Phone", K::kPhone, CK::kTel, "phone"}, Case{"Mobile phone number", K::kPhone},
        Case{"Country Phone Code", K::kPhoneCountryCode, CK::kSelect},
        Case{"Phone Device Type", K::kUnknown, CK::kSelect},
        Case{"Address Line 1", K::kAddressLine}, Case{"Address Line 2", K::kAddressLine2},
        Case{"City", K::kCity}, Case{"State", K::kRegion, CK::kSelect},
        // The state of residence asked as a question (US startups' Typeform and
        // Google Forms applications).
        Case{"Which US state do you currently live in?", K::kRegion, CK::kCombobox},
        Case{"What state are you located in?", K::kRegion}, Case{"Postal Code", K::kPostalCode},
        Case{"ZIP", K::kPostalCode}, Case{"Country", K::kCountry, CK::kSelect},
        Case{"Location (City)", K::kLocation, CK::kCombobox},
        Case{"Current location", K::kLocation},
        Case{"LinkedIn Profile", K::kLinkedin, CK::kText, "urls[LinkedIn]"},
        Case{"LinkedIn URL", K::kLinkedin, CK::kUrl, "", "url"},
        Case{"GitHub URL", K::kGithub, CK::kText, "urls[GitHub]"},
        Case{"Portfolio", K::kPortfolio, CK::kText, "urls[Portfolio]"},
        Case{"Website", K::kWebsite}, Case{"Current company", K::kCurrentCompany, CK::kText, "org"},
        Case{"Current Job Title", K::kCurrentTitle},
        Case{"How many years of experience do you have with C++?", K::kYearsExperience},
        // French for Berufserfahrung, over a list of year bands; the words in brackets
        // qualify it ("all technologies") and ask for no skills.
        Case{"Expérience professionnelle (toutes technologies)", K::kYearsExperience,
             CK::kCombobox},
        Case{"School", K::kSchool, CK::kCombobox}, Case{"Degree", K::kDegree, CK::kSelect},
        // Mexico's wordings of the level reached.
        Case{"Último grado de estudios", K::kDegree, CK::kCombobox},
        Case{"Escolaridad", K::kDegree, CK::kSelect},
        Case{"Discipline", K::kDiscipline, CK::kSelect},
        Case{"Resume/CV", K::kResume, CK::kFile, "resume"},
        Case{"Cover Letter", K::kCoverLetter, CK::kFile},
        Case{"Are you legally authorized to work in the US?", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"Work permit status", K::kWorkPermitStatus, CK::kSelect},
        Case{"Will you now or in the future require sponsorship for employment visa status "
             "(e.g. H-1B visa status)?",
             K::kSponsorship, CK::kSelect},
        Case{"Will you now or in the future require sponsorship?", K::kSponsorship,
             CK::kRadioGroup},
        Case{"Are you legally authorized to work in the United States without sponsorship?",
             K::kWorkAuthorization, CK::kRadioGroup},
        Case{"Desired compensation", K::kSalary},
        Case{"What are your salary expectations?", K::kSalary, CK::kTextarea},
        Case{"What is your notice period?", K::kNoticePeriod},
        Case{"Earliest start date", K::kStartDate, CK::kDate},
        Case{"Are you willing to relocate?", K::kRelocation, CK::kRadioGroup},
        Case{"Are you open to working remotely?", K::kRemote, CK::kRadioGroup},
        Case{"Gender identity", K::kGender, CK::kSelect},
        Case{"Gender", K::kGender, CK::kSelect, "eeo[gender]"},
        Case{"Are you Hispanic/Latino?", K::kHispanicLatino, CK::kSelect},
        Case{"Race", K::kRace, CK::kSelect}, Case{"Veteran status", K::kVeteran, CK::kSelect},
        Case{"Disability Status", K::kDisability, CK::kSelect},
        Case{"How did you hear about this job?", K::kHowHeard, CK::kSelect},
        Case{"Pronouns", K::kPronouns},
        Case{"I agree to the Privacy Policy", K::kConsent, CK::kCheckbox},
        Case{"I have read and acknowledge the applicant privacy notice", K::kConsent,
             CK::kCheckbox}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Traps: things that look like a key but are not.
INSTANTIATE_TEST_SUITE_P(
    Traps, ClassifierTableTest,
    ::testing::Values(
        Case{"Email me job alerts", K::kOptIn, CK::kCheckbox},     // never consent
        Case{"Last name", K::kLastName, CK::kText, "first_name"},  // label beats name attr
        Case{"Why do you want to work here?", K::kUnknown, CK::kTextarea,
             "job_application[answers_attributes][0][text_value]"},
        Case{"", K::kUnknown, CK::kText, "job_application[answers_attributes][0][text_value]"},
        Case{"Emergency contact phone", K::kUnknown},
        Case{"Country of citizenship", K::kUnknown, CK::kSelect},
        Case{"Previous employer", K::kUnknown}, Case{"Company name", K::kCurrentCompany},
        Case{"What is your current company?", K::kCurrentCompany},
        Case{"Why do you want to join our company?", K::kUnknown, CK::kTextarea},
        Case{"Please state why you are interested in this role", K::kUnknown, CK::kTextarea},
        Case{"Phone number (including country code)", K::kPhone, CK::kTel},
        Case{"Country code", K::kPhoneCountryCode, CK::kSelect},
        Case{"State / Province", K::kRegion}, Case{"Resume", K::kUnknown, CK::kCheckbox}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// The autocomplete attribute wins over the label.
INSTANTIATE_TEST_SUITE_P(
    Autocomplete, ClassifierTableTest,
    ::testing::Values(Case{"Your details", K::kFirstName, CK::kText, "", "given-name"},
                      Case{"Field 2", K::kLastName, CK::kText, "", "family-name"},
                      Case{"", K::kEmail, CK::kText, "", "email"},
                      Case{"Contact", K::kPhone, CK::kText, "", "section-a tel"},
                      Case{"", K::kCity, CK::kText, "", "address-level2"},
                      Case{"", K::kPostalCode, CK::kText, "", "shipping postal-code"},
                      Case{"", K::kCountry, CK::kSelect, "", "country-name"},
                      Case{"Employer", K::kCurrentCompany, CK::kText, "", "organization"},
                      Case{"", K::kFullName, CK::kText, "", "name"},
                      Case{"", K::kWebsite, CK::kUrl, "", "url"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Catalan application forms (public employers', universities' and Catalan
// companies' "Formulari de sol·licitud"): contact, address, education and
// consent wordings; the DNI/NIE (a Spanish identity number) is no profile fact.
INSTANTIATE_TEST_SUITE_P(
    Catalan, ClassifierTableTest,
    ::testing::Values(
        Case{"Nom", K::kName}, Case{"Cognoms", K::kLastName},
        Case{"Primer i segon cognom", K::kLastName}, Case{"Nom i cognoms", K::kFullName},
        Case{"Correu electrònic", K::kEmail, CK::kEmail},
        Case{"Adreça de correu electrònic", K::kEmail, CK::kEmail},
        Case{"Telèfon", K::kPhone, CK::kTel}, Case{"Telèfon mòbil", K::kPhone, CK::kTel},
        Case{"Adreça", K::kAddressLine}, Case{"Domicili", K::kAddressLine},
        Case{"Codi postal", K::kPostalCode}, Case{"Població", K::kCity}, Case{"Municipi", K::kCity},
        Case{"Província", K::kRegion, CK::kSelect},
        Case{"País de residència", K::kCountry, CK::kSelect},
        Case{"Data de naixement", K::kDateOfBirth},
        Case{"Anys d'experiència", K::kYearsExperience, CK::kSelect},
        Case{"Titulació acadèmica més alta", K::kDegree, CK::kSelect},
        Case{"Currículum", K::kResume, CK::kFile},
        Case{"Carta de motivació", K::kCoverLetter, CK::kFile},
        Case{"Empresa actual", K::kCurrentCompany}, Case{"Càrrec actual", K::kCurrentTitle},
        Case{"Com has conegut aquesta oferta?", K::kHowHeard, CK::kSelect},
        Case{"He llegit i accepto la política de privacitat", K::kConsent, CK::kCheckbox},
        Case{"Vull rebre altres ofertes de la borsa de treball", K::kOptIn, CK::kCheckbox},
        Case{"DNI/NIE", K::kUnknown}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Multilingual synonyms for contact and identity fields.
INSTANTIATE_TEST_SUITE_P(
    Multilingual, ClassifierTableTest,
    ::testing::Values(
        Case{"Vorname", K::kFirstName}, Case{"Nachname", K::kLastName}, Case{"E-Mail", K::kEmail},
        Case{"Telefonnummer", K::kPhone}, Case{"Stadt", K::kCity},
        Case{"Unternehmen", K::kCurrentCompany}, Case{"Postleitzahl", K::kPostalCode},
        Case{"Lebenslauf", K::kResume, CK::kFile}, Case{"Prénom", K::kFirstName},
        Case{"Nom", K::kName}, Case{"Téléphone", K::kPhone}, Case{"Ville", K::kCity},
        Case{"Entreprise", K::kCurrentCompany}, Case{"Courriel", K::kEmail},
        Case{"Nombre", K::kName}, Case{"Apellidos", K::kLastName}, Case{"Teléfono", K::kPhone},
        Case{"Ciudad", K::kCity}, Case{"Empresa", K::kCurrentCompany},
        Case{"Correo electrónico", K::kEmail}, Case{"Sobrenome", K::kLastName},
        Case{"Telefone", K::kPhone}, Case{"Cidade", K::kCity}, Case{"Cognome", K::kLastName},
        Case{"Città", K::kCity}, Case{"Azienda", K::kCurrentCompany}, Case{"Имя", K::kFirstName},
        Case{"Фамилия", K::kLastName}, Case{"Телефон", K::kPhone}, Case{"Город", K::kCity},
        Case{"Компания", K::kCurrentCompany}, Case{"名", K::kFirstName}, Case{"姓", K::kLastName},
        Case{"姓名", K::kFullName}, Case{"电话", K::kPhone}, Case{"城市", K::kCity},
        Case{"现居城市", K::kCity}, Case{"获知渠道", K::kHowHeard, CK::kCombobox},
        Case{"技能标签", K::kSkills, CK::kCombobox}, Case{"技能证书", K::kUnknown},
        Case{"期望工作城市", K::kUnknown, CK::kCombobox},
        Case{"希望勤務地", K::kUnknown, CK::kSelect}, Case{"公司", K::kCurrentCompany},
        Case{"名前", K::kFullName}, Case{"氏名", K::kFullName}, Case{"電話番号", K::kPhone},
        Case{"メールアドレス", K::kEmail}, Case{"이름", K::kFirstName}, Case{"성", K::kLastName},
        Case{"전화번호", K::kPhone}, Case{"이메일", K::kEmail}, Case{"회사", K::kCurrentCompany}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Wordings copied from Greenhouse, Lever, Workday, Ashby, SmartRecruiters, iCIMS,
// Taleo, BambooHR, Personio, Recruitee and Teamtailor application forms.
INSTANTIATE_TEST_SUITE_P(
    AtsWordingsMore, ClassifierTableTest,
    ::testing::Values(
        Case{"Are you legally eligible to work in the country where this job is located?",
             K::kWorkAuthorization, CK::kRadioGroup},
        Case{"Do you now, or will you in the future, require immigration sponsorship?",
             K::kSponsorship, CK::kRadioGroup},
        Case{"Will you now or in the future require the company to sponsor an immigration "
             "case in order to employ you (for example, H-1B or other employment-based "
             "immigration case)?",
             K::kSponsorship, CK::kSelect},
        Case{"Do you have the unrestricted right to work in the UK?", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"Are you currently authorized to work in Canada?", K::kWorkAuthorization, CK::kSelect},
        Case{"Do you require visa sponsorship to work in the UK?", K::kSponsorship,
             CK::kRadioGroup},
        Case{"Are you able to work in the EU without a visa?", K::kWorkAuthorization,
             CK::kRadioGroup},
        // US hourly applications: whether the person can show the Form I-9 documents
        // when hired is whether they may work there.
        Case{"If hired, can you provide documents proving your identity and eligibility to "
             "work in the United States (Form I-9)?",
             K::kWorkAuthorization, CK::kRadioGroup},
        Case{"If hired, can you provide proof of your eligibility to work in the U.S.?",
             K::kWorkAuthorization, CK::kRadioGroup},
        Case{"Can you provide proof of employment eligibility?", K::kWorkAuthorization,
             CK::kSelect},
        // US tax-credit (WOTC) screening asks of benefits received, never of pay.
        Case{"Have you been unemployed for 27 consecutive weeks or more, and received "
             "unemployment compensation during that time?",
             K::kUnknown, CK::kRadioGroup},
        // An education entry's place: neither the school nor where the person lives.
        Case{"School city", K::kUnknown}, Case{"School state", K::kUnknown, CK::kSelect},
        Case{"Expected salary (gross per year)", K::kSalary},
        Case{"Desired salary", K::kSalary, CK::kNumber},
        Case{"What are your compensation expectations?", K::kSalary, CK::kTextarea},
        Case{"Salary expectations (EUR)", K::kSalary},
        Case{"Desired start date", K::kStartDate, CK::kDate},
        Case{"When would you be available to start?", K::kStartDate},
        Case{"Notice period (in weeks)", K::kNoticePeriod, CK::kNumber},
        Case{"LinkedIn URL", K::kLinkedin, CK::kText, "urls[LinkedIn]"},
        Case{"Your LinkedIn profile URL", K::kLinkedin, CK::kUrl},
        Case{"Link to your GitHub", K::kGithub, CK::kUrl}, Case{"GitHub profile", K::kGithub},
        Case{"Personal website/portfolio", K::kWebsite},
        Case{"Portfolio link", K::kPortfolio, CK::kUrl},
        Case{"Other website", K::kWebsite, CK::kText, "urls[Other]"},
        Case{"Current employer", K::kCurrentCompany},
        Case{"Most recent job title", K::kCurrentTitle},
        Case{"What is your current job title?", K::kCurrentTitle},
        Case{"Headline", K::kCurrentTitle}, Case{"University", K::kSchool, CK::kCombobox},
        Case{"Name of school or university", K::kSchool},
        Case{"Highest degree obtained", K::kDegree, CK::kSelect},
        Case{"Highest level of education completed", K::kDegree, CK::kSelect},
        Case{"Field of study", K::kDiscipline},
        Case{"Major / Field of Study", K::kDiscipline, CK::kCombobox},
        // A few fields offered as radio buttons (Indeed shows a list of up to five so).
        Case{"Field of study of your bachelor's degree", K::kDiscipline, CK::kRadioGroup},
        Case{"Postal code / ZIP", K::kPostalCode}, Case{"Zip/Postal Code", K::kPostalCode},
        Case{"State/Province", K::kRegion, CK::kSelect},
        Case{"Province/Territory", K::kRegion, CK::kSelect},
        Case{"Country/Region", K::kCountry, CK::kSelect}, Case{"Street address", K::kAddressLine},
        Case{"Mobile phone", K::kPhone, CK::kTel}, Case{"Cell Phone Number", K::kPhone},
        Case{"Primary phone", K::kPhone},
        Case{"Phone number country code", K::kPhoneCountryCode, CK::kSelect},
        // A picker button whose accessible name carries the country it shows.
        Case{"Country code: United Kingdom +44", K::kPhoneCountryCode, CK::kCombobox},
        // Pages that say "country/region" for a country (Microsoft's and IBM's
        // enterprise forms) say "country/region code" for the dialling code.
        Case{"Country/region code", K::kPhoneCountryCode, CK::kCombobox},
        Case{"Country or region code", K::kPhoneCountryCode, CK::kSelect},
        Case{"Country or region of residence", K::kCountry, CK::kCombobox},
        Case{"Electronic signature", K::kFullName},
        Case{"E-Signature (type your full legal name)", K::kFullName},
        Case{"Mobile number (with country code, e.g. +49 151 1234567)", K::kPhone},
        Case{"Confirm email address", K::kEmail, CK::kEmail},
        Case{"How did you find this job?", K::kHowHeard, CK::kSelect},
        Case{"Referral source", K::kHowHeard, CK::kSelect},
        Case{"How did you hear about us?", K::kHowHeard, CK::kCombobox},
        // French's usual wording, with the company as the object ("how did you come to
        // know us?").
        Case{"Comment nous avez-vous connus ?", K::kHowHeard, CK::kCombobox},
        Case{"What is your gender identity?", K::kGender, CK::kSelect},
        Case{"Gender (optional)", K::kGender, CK::kRadioGroup},
        Case{"Are you a protected veteran?", K::kVeteran, CK::kSelect},
        Case{"Please select the veteran status which most accurately describes your status",
             K::kVeteran, CK::kSelect},
        Case{"Voluntary Self-Identification of Disability", K::kDisability, CK::kSelect},
        Case{"Do you have a disability or chronic condition?", K::kDisability, CK::kRadioGroup},
        // France's legal disability status (RQTH), the one French diversity questions ask.
        Case{"Bénéficiez-vous d'une reconnaissance de la qualité de travailleur handicapé "
             "(RQTH) ?",
             K::kDisability, CK::kRadioGroup},
        Case{"Êtes-vous bénéficiaire de la RQTH ?", K::kDisability, CK::kRadioGroup},
        Case{"Race/Ethnicity", K::kRace, CK::kSelect},
        Case{"Which best describes your ethnicity?", K::kRace, CK::kCheckboxGroup},
        Case{"Hispanic or Latino?", K::kHispanicLatino, CK::kSelect},
        Case{"Are you of Hispanic or Latino origin?", K::kHispanicLatino, CK::kRadioGroup},
        Case{"What are your pronouns?", K::kPronouns, CK::kSelect},
        Case{"Preferred pronouns", K::kPronouns},
        Case{"Would you be willing to relocate to Berlin?", K::kRelocation, CK::kRadioGroup},
        Case{"Are you open to relocation?", K::kRelocation, CK::kSelect},
        // Mexico: when one can start.
        Case{"¿Desde qué fecha puedes iniciar labores?", K::kStartDate, CK::kDate},
        Case{"¿A partir de qué fecha estás disponible?", K::kStartDate, CK::kDate},
        // Mexico: moving one's residence, the verb with any possessive between.
        Case{"¿Estarías dispuesta a cambiar tu residencia a Monterrey, N.L.?", K::kRelocation,
             CK::kRadioGroup},
        // Mexico's closing attestation ("bajo protesta de decir verdad") and the
        // LFPDPPP privacy notice.
        Case{"Declaro que los datos de esta solicitud son verídicos", K::kConsent, CK::kCheckbox},
        Case{"Manifiesto bajo protesta de decir verdad que mis datos son correctos", K::kConsent,
             CK::kCheckbox},
        Case{"Acepto el aviso de privacidad", K::kConsent, CK::kCheckbox},
        // French closing attestations and Québec's Law 25 consents: the verb
        // in the first person, not "j'accepte" or "consentement".
        Case{"Plus haut diplôme obtenu", K::kDegree, CK::kSelect},
        Case{"Diplôme obtenu ?", K::kEducationStatus, CK::kRadioGroup},
        Case{"J’atteste que les renseignements fournis sont exacts et complets.", K::kConsent,
             CK::kCheckbox},
        Case{"Je certifie l'exactitude des informations transmises", K::kConsent, CK::kCheckbox},
        Case{"Je consens à la communication de mon dossier à l'extérieur du Québec", K::kConsent,
             CK::kCheckbox},
        Case{"Are you open to working remotely / hybrid?", K::kRemote, CK::kRadioGroup},
        Case{"This role is hybrid (3 days a week in office). Can you commit to this?", K::kRemote,
             CK::kRadioGroup},
        // Whether the person can get to the office is where they live and travel,
        // not their remote/hybrid preference: a question.
        Case{"This role is hybrid: three days a week in our Denver office. Will you be able to "
             "commute to Denver?",
             K::kUnknown, CK::kRadioGroup},
        Case{"Are you willing to commute to our plant in Leipzig?", K::kUnknown, CK::kRadioGroup},
        Case{"Years of relevant experience", K::kYearsExperience, CK::kNumber},
        Case{"Total years of work experience", K::kYearsExperience, CK::kSelect},
        Case{"How many years of professional software engineering experience do you have?",
             K::kYearsExperience},
        Case{"Upload your CV", K::kResume, CK::kFile},
        Case{"Cover letter (optional)", K::kCoverLetter, CK::kFile},
        Case{"I consent to the processing of my personal data", K::kConsent, CK::kCheckbox},
        Case{"I accept", K::kConsent, CK::kCheckbox},
        // A UK form's closing "Declaration": statements ticked to apply.
        Case{"Declaration", K::kConsent, CK::kCheckboxGroup},
        Case{"I declare that the information I have given is correct", K::kConsent, CK::kCheckbox},
        Case{"Which job board?", K::kHowHeard, CK::kSelect},
        // A second number the profile does not hold, beside the phone.
        Case{"Other phone", K::kUnknown, CK::kTel},
        Case{"Alternate phone number", K::kUnknown, CK::kTel}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Indian English asks when one can join: the person's start date.
INSTANTIATE_TEST_SUITE_P(
    IndianEnglishJoining, ClassifierTableTest,
    ::testing::Values(Case{"Earliest date you can join", K::kStartDate},
                      Case{"Expected date of joining", K::kStartDate, CK::kDate},
                      Case{"When can you join?", K::kStartDate},
                      Case{"How soon can you join us?", K::kStartDate, CK::kText}));

INSTANTIATE_TEST_SUITE_P(
    MultilingualMore, ClassifierTableTest,
    ::testing::Values(
        Case{"E-Mail-Adresse", K::kEmail, CK::kEmail}, Case{"Handynummer", K::kPhone},
        Case{"Straße und Hausnummer", K::kAddressLine}, Case{"Wohnort", K::kCity},
        Case{"Gehaltsvorstellung (brutto/Jahr)", K::kSalary},
        Case{"Frühestmöglicher Eintrittstermin", K::kStartDate, CK::kDate},
        Case{"Kündigungsfrist", K::kNoticePeriod}, Case{"Nom de famille", K::kLastName},
        Case{"Adresse e-mail", K::kEmail}, Case{"Numéro de téléphone", K::kPhone},
        Case{"Code postal", K::kPostalCode}, Case{"Pays", K::kCountry, CK::kSelect},
        Case{"Poste actuel", K::kCurrentTitle}, Case{"Date de disponibilité", K::kStartDate},
        // Workday fr-FR: sponsorship asked with the verb, beside « autorisation de travail ».
        Case{"Aurez-vous besoin, maintenant ou à l'avenir, que l'employeur parraine votre "
             "autorisation de travail pour travailler en France ?",
             K::kSponsorship, CK::kSelect},
        // Workday fr-FR questionnaires ask it as a question over JJ / MM / AAAA boxes.
        Case{"À partir de quelle date êtes-vous disponible ?", K::kStartDate, CK::kDateParts},
        Case{"Prétentions salariales", K::kSalary}, Case{"Apellido", K::kLastName},
        Case{"Nombre completo", K::kFullName}, Case{"Número de teléfono", K::kPhone},
        Case{"Código postal", K::kPostalCode}, Case{"País", K::kCountry, CK::kSelect},
        Case{"Telefone celular", K::kPhone}, Case{"Nome completo", K::kFullName},
        Case{"Endereço", K::kAddressLine}, Case{"Nome", K::kName},
        Case{"Indirizzo email", K::kEmail}, Case{"Numero di cellulare", K::kPhone},
        Case{"Отчество", K::kMiddleName}, Case{"Электронная почта", K::kEmail},
        Case{"Номер телефона", K::kPhone}, Case{"手机号码", K::kPhone}, Case{"电子邮箱", K::kEmail},
        Case{"姓氏", K::kLastName}, Case{"携帯電話番号", K::kPhone},
        Case{"郵便番号", K::kPostalCode}, Case{"住所", K::kAddressLine},
        Case{"휴대폰 번호", K::kPhone}, Case{"이메일 주소", K::kEmail}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Traps from real forms. Each must stay unknown (or too weak to fill): the profile
// holds the applicant's own facts, and these ask for someone else's, a different
// fact, or a preference the profile does not record.
INSTANTIATE_TEST_SUITE_P(
    TrapsMore, ClassifierTableTest,
    ::testing::Values(
        // The referrer's name, not the applicant's.
        Case{"Name of your referrer", K::kUnknown},
        Case{"Referred by (employee name)", K::kUnknown},
        Case{"Referrer's email", K::kUnknown, CK::kEmail}, Case{"Who referred you?", K::kUnknown},
        // A marketing opt-in, not the email field nor consent to the application.
        Case{"Email me about future jobs", K::kOptIn, CK::kCheckbox},
        Case{"Send me job alerts by text message", K::kOptIn, CK::kCheckbox},
        // The employer being applied to, not the current one.
        Case{"Company you are applying to", K::kUnknown},
        // Someone else's contact details.
        Case{"Emergency contact name", K::kUnknown}, Case{"Reference phone number", K::kUnknown},
        Case{"Supervisor's email address", K::kUnknown},
        // Salary history is not the expected salary the profile holds.
        Case{"What is your current annual base salary?", K::kUnknown},
        Case{"Current salary", K::kUnknown, CK::kNumber},
        // Trans status, asked beside gender in UK equality monitoring, is not gender.
        Case{"Is your gender identity the same as the sex you were assigned at birth?", K::kUnknown,
             CK::kRadioGroup},
        Case{"Is your gender the same as the sex you were registered at birth?", K::kUnknown,
             CK::kRadioGroup},
        Case{"What is your gender?", K::kGender, CK::kRadioGroup},
        // UK monitoring forms (the 2021 Census wording) ask the sex, as gender is asked.
        Case{"What is your sex?", K::kGender, CK::kSelect},
        Case{"Please state your sex", K::kGender, CK::kRadioGroup},
        Case{"Is the gender you identify with the same as your sex registered at birth?",
             K::kUnknown, CK::kRadioGroup},
        Case{"Which of the following best describes your sexual orientation?", K::kUnknown,
             CK::kSelect},
        // Birth details are not the address.
        Case{"City of birth", K::kUnknown}, Case{"Country of birth", K::kUnknown, CK::kSelect},

        // profile.adult (or the date of birth), whatever the wording.
        Case{"Are you at least 18 years of age?", K::kOfAge, CK::kRadioGroup},
        // Whether the person has a job now: the work history says; employed by a
        // named company is another question (whether the current job is there).
        Case{"Are you currently employed?", K::kCurrentlyEmployed, CK::kRadioGroup},
        Case{"Are you currently working?", K::kCurrentlyEmployed, CK::kSelect},
        Case{"Are you currently employed by Acme Robotics?", K::kEmployedByNamed, CK::kRadioGroup},
        // US public-sector supplemental questions: the education level and the
        // closing statement asked as Yes / No.
        Case{"02 Which of the following best describes your highest level of completed education?",
             K::kDegree, CK::kRadioGroup},
        Case{"07 I understand that my answers to these supplemental questions may be verified, "
             "and that any misrepresentation will disqualify me from this recruitment.",
             K::kConsent, CK::kRadioGroup},
        Case{"Are you currently employed as a registered nurse?", K::kUnknown, CK::kRadioGroup},
        // Office preference, not where the applicant lives.
        Case{"Preferred work location", K::kUnknown, CK::kSelect},
        Case{"Is your current location within commuting distance of our office?", K::kUnknown,
             CK::kRadioGroup},
        // No profile key: must be asked, never guessed.
        Case{"Do you identify as transgender?", K::kUnknown, CK::kRadioGroup},
        Case{"Sexual orientation", K::kUnknown, CK::kSelect},
        Case{"Nationality", K::kUnknown, CK::kSelect},
        Case{"Twitter URL", K::kUnknown, CK::kText, "urls[Twitter]"},
        Case{"Have you previously worked for Acme?", K::kUnknown, CK::kRadioGroup},
        Case{"Expected graduation date", K::kUnknown, CK::kDate},
        Case{"Phone extension", K::kUnknown}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Meanings the profile may not hold (asked, never guessed), and the guards that
// keep a value out of a box that cannot take it. Each failed on the classifier
// before the data-driven table: wrong fills seen on real forms.
INSTANTIATE_TEST_SUITE_P(
    MeaningsAndGuards, ClassifierTableTest,
    ::testing::Values(
        Case{"Date of birth", K::kDateOfBirth, CK::kDate},
        Case{"Geburtsdatum", K::kDateOfBirth, CK::kDate},
        Case{"Anrede", K::kSalutation, CK::kSelect}, Case{"Title", K::kSalutation, CK::kSelect},
        Case{"Civilité", K::kSalutation, CK::kRadioGroup}, Case{"Adresszusatz", K::kAddressLine2},
        Case{"Apartment, suite, unit", K::kAddressLine2},
        Case{"", K::kAddressLine2, CK::kText, "street-2"},
        Case{"", K::kAddressLine2, CK::kText, "addressLine2"},
        Case{"", K::kCity, CK::kText, "address-city"},
        Case{"", K::kRegion, CK::kText, "addressState"},
        Case{"Work permit status", K::kWorkPermitStatus, CK::kSelect},
        // A status is a choice: a text box that asks for it is a question.
        Case{"Work permit status", K::kUnknown, CK::kText},
        // The e-mail box labelled in Russian, which once took a street.
        Case{"Адрес электронной почты", K::kEmail},
        Case{"Dirección de correo electrónico", K::kEmail}, Case{"이메일 주소", K::kEmail},
        Case{"电子邮件地址", K::kEmail}, Case{"市区町村", K::kCity},
        Case{"우편 번호", K::kPostalCode}, Case{"Населённый пункт", K::kCity},
        // The words and the control disagree: ask.
        Case{"Street", K::kUnknown, CK::kEmail}, Case{"City", K::kUnknown, CK::kTel},
        Case{"Full name", K::kUnknown, CK::kNumber},
        // Two facts in one box.
        Case{"What is your email address and phone number?", K::kUnknown},
        Case{"Nachname, Vorname", K::kUnknown},
        // Any employer's name between "require" and "to sponsor".
        Case{"Do you require Reference Systems Inc to sponsor your visa?", K::kSponsorship,
             CK::kRadioGroup},
        Case{"Will you now or in the future require Acme to support a work visa application on "
             "your behalf?",
             K::kSponsorship, CK::kRadioGroup},
        Case{"Years of professional software engineering experience", K::kYearsExperience,
             CK::kNumber},
        Case{"Arbeitserlaubnis für Deutschland/EU?", K::kWorkAuthorization, CK::kRadioGroup},
        Case{"Benötigen Sie für die Tätigkeit ein Visum?", K::kSponsorship, CK::kRadioGroup},
        Case{"Segunda Apellidos", K::kUnknown},
        // A remark in parentheses does not hide a whole-label word.
        Case{"Nombre (opcional)", K::kName}, Case{"Land / Region *", K::kCountry, CK::kSelect},
        Case{"País/región", K::kCountry, CK::kSelect}, Case{"国・地域", K::kCountry, CK::kSelect},
        // The name's phonetic reading is not the name the profile holds.
        Case{"お名前(フリガナ)", K::kUnknown},
        Case{"Hai l’autorizzazione a lavorare negli Stati Uniti?", K::kWorkAuthorization,
             CK::kRadioGroup}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Wordings of the corpus sites' real-world counterparts that the classifier missed
// on their first run: each left a required field empty and the form unsent.
INSTANTIATE_TEST_SUITE_P(
    FirstSeenWordings, ClassifierTableTest,
    ::testing::Values(
        // Odoo's Spanish apply form, informal "you".
        Case{"Tu nombre", K::kName},
        // German shops' terms and withdrawal-notice checkbox (Germanized, Magento).
        Case{"Ich habe die AGB und die Widerrufsbelehrung gelesen und stimme ihnen zu.",
             K::kConsent, CK::kCheckbox},
        Case{"Ich habe die Widerrufsbelehrung gelesen.", K::kConsent, CK::kCheckbox},
        Case{"J'ai lu et j'accepte les CGV", K::kConsent, CK::kCheckbox},
        Case{"Ik heb de algemene voorwaarden gelezen", K::kConsent, CK::kCheckbox},
        // The words of consent on a box that is not a checkbox still ask.
        Case{"Ich stimme den AGB zu", K::kUnknown, CK::kText},
        // Gupy's Brazilian screening questions (Material UI radio groups).
        Case{"Você possui autorização para trabalhar no Brasil?", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"Você tem disponibilidade para mudar de cidade?", K::kRelocation, CK::kRadioGroup},
        // Brazil's "nome social" is the name a trans or non-binary person goes by,
        // not a nickname: never the first name written again.
        Case{"Nome social", K::kUnknown},
        // Spanish "how did you hear" in the informal voice (Factorial, Spanish boards).
        Case{"¿Cómo te enteraste de esta oferta?", K::kHowHeard, CK::kSelect},
        Case{"¿Dónde viste esta vacante?", K::kHowHeard, CK::kSelect},
        // Spanish relocation questions with the verb and its object (Jotform forms of
        // Spanish employers): "trasladarse" alone missed them.
        Case{"¿Estarías dispuesto/a a trasladar tu residencia a Valencia?", K::kRelocation,
             CK::kRadioGroup},
        Case{"¿Estaría dispuesto a cambiar de residencia?", K::kRelocation, CK::kRadioGroup},
        Case{"¿Podrías mudarte a Madrid?", K::kRelocation, CK::kSelect},
        // Spanish education entries (Salesforce Experience Cloud careers sites):
        // "Titulación" names the qualification held, what was studied; its year is
        // the graduation year still.
        Case{"Titulación", K::kDiscipline}, Case{"Titulación obtenida", K::kDiscipline},
        Case{"Año de titulación", K::kEducationEnd},
        // Jotform's phone control: the area code in a box of its own under the
        // question's label, beside the rest of the number.
        Case{"Número de teléfono * Código de área", K::kPhoneAreaCode, CK::kTel},
        Case{"Número de teléfono * Número de teléfono", K::kPhone, CK::kTel},
        Case{"Phone Number * Area Code", K::kPhoneAreaCode, CK::kTel},
        // Vietnamese forms built on Element Plus.
        Case{"Kỹ năng chuyên môn", K::kSkills, CK::kCombobox},
        Case{"Hình thức làm việc mong muốn", K::kRemote, CK::kRadioGroup},
        // Moka's Chinese screening questions: "company" in a sentence is not the
        // current employer.
        Case{"您是否需要公司为您办理在中国大陆工作的签证及工作许可？", K::kSponsorship,
             CK::kRadioGroup},
        Case{"您从哪个渠道了解到该职位？", K::kHowHeard, CK::kSelect},
        // Italian careers portals ask how the person "came to know" of the offer.
        Case{"Come sei venuto a conoscenza di questa offerta?", K::kHowHeard, CK::kCombobox},
        Case{"Come è venuto a conoscenza della posizione?", K::kHowHeard, CK::kSelect},
        Case{"Come sei venuta a conoscenza di noi?", K::kHowHeard, CK::kSelect},
        // Ukrainian and Russian forms (Vaadin career portals, Work.ua-style forms): the
        // one-box address line names the flat too; the start date asked with
        // "розпочати".
        Case{"Вулиця, будинок, квартира", K::kAddressLine},
        Case{"Улица, дом, квартира", K::kAddressLine},
        Case{"Коли ви можете розпочати роботу?", K::kStartDate, CK::kDate},
        Case{"З якої дати ви готові розпочати роботу?", K::kStartDate, CK::kDate},
        // A box named for the portfolio or a website takes the link named first,
        // however many words name the other.
        Case{"Портфоліо або особистий сайт", K::kPortfolio},
        Case{"Portfolio or personal website", K::kPortfolio},
        Case{"Personal website or portfolio", K::kWebsite}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// A Greek company's own application form: the current or last post and the years
// of professional experience with a word between the phrase's parts, the region
// list, and the father's name and military service no profile holds.
INSTANTIATE_TEST_SUITE_P(
    GreekCareersForm, ClassifierTableTest,
    ::testing::Values(Case{"Τρέχουσα ή τελευταία θέση εργασίας", K::kCurrentTitle},
                      Case{"Τελευταία θέση εργασίας", K::kCurrentTitle},
                      Case{"Έτη επαγγελματικής εμπειρίας", K::kYearsExperience, CK::kSelect},
                      Case{"Χρόνια επαγγελματικής εμπειρίας", K::kYearsExperience},
                      Case{"Νομός / Περιφέρεια", K::kRegion, CK::kSelect},
                      Case{"Θα χρειαστείτε υποστήριξη από την εταιρεία για άδεια διαμονής και "
                           "εργασίας (visa);",
                           K::kSponsorship, CK::kRadioGroup},
                      Case{"Χρειάζεστε βίζα εργασίας για την Ελλάδα;", K::kSponsorship},
                      Case{"Πατρώνυμο", K::kUnknown},
                      Case{"Στρατιωτικές υποχρεώσεις", K::kUnknown, CK::kSelect}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// The standard questions of a German applicant-management questionnaire (d.vinci's
// application form and its kind): the address of an HR service provider or agency
// applying on the person's behalf is not theirs; "Letzte Position" is the current
// title; one upload area for the complete application documents takes the resume.
INSTANTIATE_TEST_SUITE_P(
    GermanQuestionnaire, ClassifierTableTest,
    ::testing::Values(Case{"E-Mail-Adresse des Personaldienstleisters", K::kUnknown, CK::kEmail},
                      Case{"E-Mail des Personalvermittlers", K::kUnknown, CK::kEmail},
                      Case{"Email address of your recruitment agency", K::kUnknown, CK::kEmail},
                      Case{"E-Mail-Adresse", K::kEmail, CK::kEmail},
                      Case{"Letzte Position", K::kCurrentTitle},
                      Case{"Zuletzt ausgeübte Tätigkeit", K::kCurrentTitle},
                      Case{"Vollständige Bewerbungsunterlagen", K::kResume, CK::kFile},
                      Case{"Complete application documents", K::kResume, CK::kFile},
                      Case{"Zeugnisse", K::kOtherDocuments, CK::kFile},
                      Case{"Bewerbungsfoto", K::kUnknown, CK::kFile},
                      Case{"Application photo", K::kUnknown, CK::kFile},
                      Case{
                          "Benötigen Sie jetzt oder künftig ein Visum bzw. einen Aufenthaltstitel, "
                          "um in Deutschland arbeiten zu können?",
                          K::kSponsorship, CK::kRadioGroup},
                      Case{"Besitzen Sie eine gültige Arbeitserlaubnis für Deutschland?",
                           K::kWorkAuthorization, CK::kRadioGroup}));

// European Portuguese wordings of Portuguese job portals and careers pages
// (Net-Empregos, SAPO Emprego, company forms): "indicativo" is the phone's
// dialling code, "habilitações literárias" the level of education reached, the
// "estabelecimento de ensino" the school; "disponibilidade para mudar de
// residência" asks about moving, not when one can start ("disponibilidade").
INSTANTIATE_TEST_SUITE_P(
    EuropeanPortuguese, ClassifierTableTest,
    ::testing::Values(
        Case{"Indicativo", K::kPhoneCountryCode, CK::kCombobox},
        Case{"Indicativo do país", K::kPhoneCountryCode, CK::kSelect},
        Case{"Habilitações literárias", K::kDegree, CK::kCombobox},
        Case{"Habilitações académicas", K::kDegree, CK::kSelect},
        Case{"Habilitação literária mais elevada", K::kDegree, CK::kCombobox},
        Case{"Habilitação académica", K::kDegree, CK::kSelect},
        Case{"Entidade empregadora atual", K::kCurrentCompany},
        Case{"Declaro, sob compromisso de honra, que as informações prestadas são verdadeiras.",
             K::kConsent, CK::kCheckbox},
        Case{"Área de formação", K::kDiscipline}, Case{"Estabelecimento de ensino", K::kSchool},
        Case{"Regime de trabalho pretendido", K::kRemote, CK::kCombobox},
        Case{"Tem disponibilidade para mudar de residência?", K::kRelocation, CK::kRadioGroup},
        Case{"Disponibilidade para mudança de residência", K::kRelocation, CK::kRadioGroup},
        Case{"Disponibilidade para início de funções", K::kStartDate, CK::kRadioGroup},
        Case{"Data prevista de início", K::kStartDate},
        Case{"Como teve conhecimento desta oferta?", K::kHowHeard, CK::kCombobox},
        Case{"Telemóvel", K::kPhone, CK::kTel}, Case{"Apelido", K::kLastName},
        Case{"Localidade", K::kCity}));

// Slovak forms (Slovak employers' career forms, Profesia.sk-style responses) in
// Slovak's own words, which Czech's do not reach ("priezvisko", not "příjmení";
// "výpovedná lehota", not "výpovědní lhůta"), the brand names inflected ("na
// GitHube").
INSTANTIATE_TEST_SUITE_P(
    Slovak, ClassifierTableTest,
    ::testing::Values(
        Case{"Meno", K::kFirstName}, Case{"Priezvisko", K::kLastName},
        Case{"Meno a priezvisko", K::kFullName}, Case{"Telefónne číslo", K::kPhone, CK::kTel},
        Case{"Ulica a číslo domu", K::kAddressLine}, Case{"Mesto / obec", K::kCity},
        Case{"PSČ", K::kPostalCode}, Case{"Krajina", K::kCountry, CK::kCombobox},
        Case{"Dátum narodenia", K::kDateOfBirth}, Case{"Profil na GitHube", K::kGithub, CK::kUrl},
        Case{"Súčasný alebo posledný zamestnávateľ", K::kCurrentCompany},
        Case{"Vaša súčasná pracovná pozícia", K::kCurrentTitle},
        Case{"Koľko rokov praxe máte s vývojom backendu?", K::kYearsExperience},
        Case{"Najvyššie dosiahnuté vzdelanie", K::kDegree, CK::kRadioGroup},
        Case{"Názov vysokej školy", K::kSchool}, Case{"Študijný odbor", K::kDiscipline},
        Case{"Rok ukončenia štúdia", K::kEducationEnd},
        Case{"Máte právo pracovať na Slovensku?", K::kWorkAuthorization, CK::kRadioGroup},
        Case{"Aký režim práce preferujete?", K::kRemote, CK::kRadioGroup},
        Case{"Ste ochotný/á presťahovať sa do Bratislavy?", K::kRelocation, CK::kRadioGroup},
        Case{"Aká je vaša očakávaná mesačná mzda (brutto, v EUR)?", K::kSalary},
        Case{"Aká je vaša výpovedná lehota?", K::kNoticePeriod, CK::kCombobox},
        Case{"Najskorší možný dátum nástupu", K::kStartDate},
        Case{"Ako ste sa o ponuke dozvedeli?", K::kHowHeard, CK::kCombobox},
        Case{"Životopis (CV)", K::kResume, CK::kFile},
        Case{"Motivačný list", K::kCoverLetter, CK::kFile},
        Case{"Pohlavie", K::kGender, CK::kRadioGroup},
        Case{"Súhlasím so spracovaním osobných údajov", K::kConsent, CK::kCheckbox},
        Case{"Súhlasím s uchovaním mojich údajov v databáze uchádzačov na 2 roky", K::kOptIn,
             CK::kCheckbox},
        Case{"Kto vás odporučil?", K::kUnknown}));

// Thai job boards' and employers' forms (ใบสมัครงาน): Thai writes no spaces between
// words, so each wording is found inside longer text ("เบอร์โทรศัพท์มือถือ" is a
// phone, "เบอร์โทรศัพท์บ้าน" the home one). A name asked in Thai script ("ชื่อ
// (ภาษาไทย)") is nothing the profile holds, its English twin is the profile's name;
// nationality, the citizen ID and the Thai district and sub-district are no
// profile facts either, nor the last salary.
INSTANTIATE_TEST_SUITE_P(
    Thai, ClassifierTableTest,
    ::testing::Values(
        Case{"ชื่อ (ภาษาอังกฤษ)", K::kFirstName}, Case{"นามสกุล (ภาษาอังกฤษ)", K::kLastName},
        Case{"ชื่อ (ภาษาไทย)", K::kUnknown}, Case{"นามสกุล (ภาษาไทย)", K::kUnknown},
        Case{"ชื่อ-นามสกุล", K::kFullName}, Case{"ชื่อเล่น", K::kPreferredName},
        Case{"คำนำหน้าชื่อ", K::kSalutation, CK::kSelect}, Case{"เบอร์โทรศัพท์มือถือ", K::kPhone, CK::kTel},
        Case{"เบอร์โทรศัพท์บ้าน", K::kHomePhone, CK::kTel}, Case{"อีเมล", K::kEmail, CK::kEmail},
        Case{"ที่อยู่ (บ้านเลขที่ หมู่บ้าน ซอย ถนน)", K::kAddressLine},
        Case{"จังหวัด", K::kRegion, CK::kSelect}, Case{"รหัสไปรษณีย์", K::kPostalCode},
        Case{"เขต / อำเภอ", K::kUnknown}, Case{"แขวง / ตำบล", K::kUnknown},
        Case{"ประเทศ", K::kCountry, CK::kSelect}, Case{"สัญชาติ", K::kUnknown, CK::kSelect},
        Case{"เลขบัตรประจำตัวประชาชน", K::kUnknown}, Case{"ระดับการศึกษา", K::kDegree, CK::kSelect},
        Case{"สถาบันการศึกษา", K::kSchool}, Case{"คณะ / สาขาวิชา", K::kDiscipline},
        Case{"ประสบการณ์ทำงานทั้งหมด", K::kYearsExperience, CK::kSelect},
        Case{"เงินเดือนที่ต้องการ", K::kSalary}, Case{"เงินเดือนล่าสุด (บาท)", K::kUnknown},
        Case{"สามารถเริ่มงานได้", K::kStartDate, CK::kSelect},
        Case{"ทราบข่าวการรับสมัครงานจาก", K::kHowHeard, CK::kSelect},
        Case{"ไฟล์ Resume / CV", K::kResume, CK::kFile}, Case{"รูปถ่าย", K::kUnknown, CK::kFile},
        Case{"ท่านมีใบอนุญาตทำงาน (Work Permit) ในประเทศไทยหรือไม่", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"ท่านต้องการให้บริษัทสนับสนุนการขอวีซ่าทำงาน (Non-B) และใบอนุญาตทำงานในประเทศไทยหรือไม่",
             K::kSponsorship, CK::kRadioGroup}));

// Hindi application forms (Indian employers' Microsoft Forms and Google Forms, their
// own career pages): the labels a hiring drive's form asks with, nukta or not (फ़ोन,
// फोन). The current CTC, the father's name, Aadhaar and PAN are no profile facts; a
// question whether one worked for this employer before is no current company.
INSTANTIATE_TEST_SUITE_P(
    Hindi, ClassifierTableTest,
    ::testing::Values(
        Case{"पूरा नाम (जैसा आपके पहचान पत्र में है)", K::kFullName}, Case{"पहला नाम", K::kFirstName},
        Case{"उपनाम", K::kLastName}, Case{"ईमेल पता", K::kEmail, CK::kEmail},
        Case{"मोबाइल नंबर (देश कोड सहित)", K::kPhone}, Case{"फोन नंबर", K::kPhone, CK::kTel},
        Case{"वर्तमान शहर", K::kCity}, Case{"राज्य / प्रांत", K::kRegion},
        Case{"पिन कोड / डाक कोड", K::kPostalCode},
        Case{"वर्तमान निवास का देश", K::kCountry, CK::kSelect},
        Case{"उच्चतम शैक्षणिक योग्यता", K::kDegree, CK::kRadioGroup},
        Case{"विश्वविद्यालय / कॉलेज का नाम", K::kSchool},
        Case{"अध्ययन का विषय (ब्रांच / विशेषज्ञता)", K::kDiscipline},
        Case{"स्नातक उत्तीर्ण करने का वर्ष", K::kEducationEnd},
        Case{"कुल पेशेवर कार्य अनुभव", K::kYearsExperience, CK::kRadioGroup},
        Case{"वर्तमान कंपनी / नियोक्ता", K::kCurrentCompany}, Case{"वर्तमान पदनाम", K::kCurrentTitle},
        Case{"आपकी नोटिस अवधि कितनी है?", K::kNoticePeriod, CK::kRadioGroup},
        Case{"आप सबसे पहले किस तारीख से कार्यभार ग्रहण कर सकते हैं?", K::kStartDate},
        Case{"अपेक्षित वार्षिक CTC (लाख रुपये में)", K::kSalary}, Case{"वर्तमान CTC", K::kUnknown},
        Case{"क्या आप स्थानांतरित होने के लिए तैयार हैं?", K::kRelocation, CK::kRadioGroup},
        Case{"आपको इस भर्ती अभियान के बारे में कैसे पता चला?", K::kHowHeard, CK::kSelect},
        Case{"अपना रिज़्यूमे (CV) अपलोड करें", K::kResume, CK::kFile},
        Case{"क्या आपके पास भारत में काम करने का कानूनी अधिकार है?", K::kWorkAuthorization,
             CK::kRadioGroup},
        Case{"क्या भारत में काम करने के लिए आपको रोज़गार वीज़ा प्रायोजन की आवश्यकता होगी?", K::kSponsorship,
             CK::kRadioGroup},
        Case{"लिंग", K::kGender, CK::kRadioGroup},
        Case{"क्या आप दिव्यांगजन (PwD) श्रेणी में आते हैं?", K::kDisability, CK::kRadioGroup},
        Case{"पिता का नाम", K::kUnknown}, Case{"आधार नंबर", K::kUnknown},
        Case{"क्या आपने पहले कभी हमारी कंपनी में काम किया है?", K::kUnknown, CK::kRadioGroup}));

// Bengali application forms (bdjobs-style Bangladeshi job portals and employers' own
// pages in bn-BD): Bengali joins case endings to its words (প্রতিষ্ঠানের, বছরের), so
// the phrases hold the forms forms use. The father's and mother's names, religion,
// nationality, the NID, the present salary, the result (CGPA) and a department are no
// profile facts; an alternative mobile number is not the person's mobile.
INSTANTIATE_TEST_SUITE_P(
    Bengali, ClassifierTableTest,
    ::testing::Values(
        Case{"পূর্ণ নাম (সার্টিফিকেট অনুযায়ী)", K::kFullName}, Case{"প্রার্থীর নাম", K::kFullName},
        Case{"পিতার নাম", K::kUnknown}, Case{"মাতার নাম", K::kUnknown},
        Case{"জন্ম তারিখ", K::kDateOfBirth}, Case{"লিঙ্গ", K::kGender, CK::kRadioGroup},
        Case{"ধর্ম", K::kUnknown, CK::kSelect}, Case{"জাতীয়তা", K::kUnknown, CK::kSelect},
        Case{"জাতীয় পরিচয়পত্র নম্বর", K::kUnknown}, Case{"ই-মেইল ঠিকানা", K::kEmail},
        Case{"মোবাইল নম্বর", K::kPhone, CK::kTel}, Case{"বিকল্প মোবাইল নম্বর", K::kUnknown, CK::kTel},
        Case{"দেশ", K::kCountry, CK::kSelect}, Case{"শহর", K::kCity},
        Case{"বাসার ঠিকানা", K::kAddressLine}, Case{"পোস্ট কোড", K::kPostalCode},
        Case{"লিংকডইন প্রোফাইল লিংক", K::kLinkedin}, Case{"গিটহাব প্রোফাইল", K::kGithub},
        Case{"সর্বোচ্চ শিক্ষাগত যোগ্যতা", K::kDegree, CK::kSelect}, Case{"বিষয়", K::kDiscipline},
        Case{"বিশ্ববিদ্যালয়ের নাম", K::kSchool}, Case{"শিক্ষা প্রতিষ্ঠানের নাম", K::kSchool},
        Case{"পাসের সাল", K::kEducationEnd, CK::kSelect}, Case{"ফলাফল (সিজিপিএ)", K::kUnknown},
        Case{"মোট কাজের অভিজ্ঞতা (বছর)", K::kYearsExperience, CK::kSelect},
        Case{"বর্তমান প্রতিষ্ঠানের নাম", K::kCurrentCompany}, Case{"বর্তমান পদবি", K::kCurrentTitle},
        Case{"বিভাগ/ডিপার্টমেন্ট", K::kUnknown}, Case{"প্রত্যাশিত বেতন (টাকা)", K::kSalary},
        Case{"বর্তমান বেতন", K::kUnknown}, Case{"নোটিশ পিরিয়ড", K::kNoticePeriod, CK::kSelect},
        Case{"কবে যোগদান করতে পারবেন?", K::kStartDate},
        Case{"প্রয়োজনে অন্য শহরে স্থানান্তরিত হতে রাজি?", K::kRelocation, CK::kRadioGroup},
        Case{"আপনি কি প্রতিবন্ধী ব্যক্তি?", K::kDisability, CK::kRadioGroup},
        Case{"আমাদের বিজ্ঞপ্তিটি কোথায় দেখেছেন?", K::kHowHeard, CK::kSelect},
        Case{"সিভি আপলোড করুন", K::kResume, CK::kFile},
        Case{"বাংলাদেশে কাজ করার জন্য আপনার কি ওয়ার্ক পারমিট আছে?", K::kWorkAuthorization,
             CK::kRadioGroup}));

// Malaysian application forms in Malay (Cognito Forms and other builders' ms-MY forms):
// the name and address parts, the job and education questions, the voluntary ones.
INSTANTIATE_TEST_SUITE_P(
    Malay, ClassifierTableTest,
    ::testing::Values(
        Case{"Nama Pertama", K::kFirstName}, Case{"Nama Akhir", K::kLastName},
        Case{"Nama Penuh (seperti dalam MyKad / Pasport)", K::kFullName},
        Case{"Nombor Telefon Bimbit", K::kPhone, CK::kTel}, Case{"Tarikh Lahir", K::kDateOfBirth},
        Case{"Alamat Baris 1", K::kAddressLine}, Case{"Alamat Baris 2", K::kAddressLine2},
        Case{"Bandar", K::kCity}, Case{"Negeri", K::kRegion, CK::kCombobox},
        Case{"Poskod", K::kPostalCode}, Case{"Negara", K::kCountry, CK::kCombobox},
        Case{"Status Kewarganegaraan", K::kUnknown, CK::kRadioGroup},
        Case{"Adakah anda memerlukan syarikat menaja Pas Pekerjaan (Employment Pass) untuk "
             "bekerja di Malaysia?",
             K::kSponsorship, CK::kRadioGroup},
        Case{"Jawatan Semasa", K::kCurrentTitle}, Case{"Majikan Semasa", K::kCurrentCompany},
        Case{"Jumlah Tahun Pengalaman Bekerja", K::kYearsExperience},
        Case{"Tahap Pendidikan Tertinggi", K::kDegree, CK::kCombobox},
        Case{"Nama Institusi / Universiti", K::kSchool}, Case{"Bidang Pengajian", K::kDiscipline},
        Case{"Kemahiran Teknikal (pilih semua yang berkaitan)", K::kSkills, CK::kCheckboxGroup},
        Case{"Gaji Bulanan Dijangka", K::kSalary}, Case{"Gaji Bulanan Semasa", K::kUnknown},
        Case{"Tempoh Notis", K::kNoticePeriod, CK::kCombobox},
        Case{"Tarikh Paling Awal Boleh Mula Bekerja", K::kStartDate},
        Case{"Adakah anda sanggup berpindah ke Kuala Lumpur?", K::kRelocation, CK::kRadioGroup},
        Case{"Mod kerja pilihan", K::kRemote, CK::kRadioGroup},
        Case{"Bagaimana anda mengetahui tentang jawatan ini?", K::kHowHeard, CK::kCombobox},
        Case{"Surat Iringan", K::kCoverLetter, CK::kFile},
        Case{"Jantina", K::kGender, CK::kRadioGroup}, Case{"Bangsa", K::kRace, CK::kCombobox},
        Case{"Adakah anda Orang Kurang Upaya (OKU) berdaftar?", K::kDisability, CK::kRadioGroup},
        Case{"Saya telah membaca Notis Privasi dan bersetuju data peribadi saya diproses bagi "
             "tujuan pengambilan pekerja.",
             K::kConsent, CK::kCheckbox},
        Case{"Saya ingin menerima e-mel tentang peluang kerjaya lain (pilihan).", K::kOptIn,
             CK::kCheckbox}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// A section named for the application documents holds certificates and a photo
// besides the resume: its name alone puts the resume in none of them.
// A choice question whose help text follows it in the label (question cards join
// a question's description to its title): the options answer the question, so a
// note's words ("on site", "our Denver office") ask nothing; a note under a box
// typed into may still say what to write there.
INSTANTIATE_TEST_SUITE_P(
    QuestionWithANoteAfterIt, ClassifierTableTest,
    ::testing::Values(
        Case{"Do you currently hold an active U.S. government security clearance? \u2731 Some of "
             "our public-sector customers require cleared engineers on site.",
             K::kUnknown, CK::kRadioGroup},
        Case{"Do you hold a valid driver's license? * The role includes visits to customers "
             "on site.",
             K::kUnknown, CK::kSelect},
        Case{"Are you willing to relocate? \u2731 This role is based in our Denver office.",
             K::kRelocation, CK::kRadioGroup},
        Case{"Which work arrangement do you prefer? Our office is open three days a week.",
             K::kRemote, CK::kRadioGroup}));

TEST(FieldClassifierTest, ADocumentsSectionAloneNamesNoResume) {
  for (const char* label : {"Zeugnisse", "Bewerbungsfoto", "Weitere Unterlagen"}) {
    Field field;
    field.kind = ControlKind::kFile;
    field.label = label;
    field.context = "Bewerbungsunterlagen";
    const Classification c = FieldClassifier().Classify(field);
    EXPECT_TRUE(c.key != FieldKey::kResume || c.confidence < kConfident)
        << label << " " << c.signal;
  }
}

TEST(FieldClassifierTest, ExtractsTheCountryOfAuthorizationQuestions) {
  auto country = [](const char* label) {
    Field field;
    field.kind = ControlKind::kRadioGroup;
    field.label = label;
    return FieldClassifier().Classify(field).country;
  };
  EXPECT_EQ(country("Are you legally authorized to work in the United States?"), "US");
  EXPECT_EQ(country("Are you legally authorized to work in the US?"), "US");
  EXPECT_EQ(country("Do you have the right to work in Germany?"), "DE");
  EXPECT_EQ(country("Are you eligible to work in the EU?"), "EU");
  EXPECT_EQ(country("Will you require visa sponsorship to work in the UK?"), "GB");
  EXPECT_EQ(country("Are you authorized to work in the country where this job is located?"), "");
  EXPECT_EQ(country("Arbeitserlaubnis für Deutschland/EU?"), "DE");
  // The country in the form's own language: Recruitee's Dutch boolean question
  // was once answered with the default country's facts.
  EXPECT_EQ(country("Heb je een werkvergunning voor Nederland?"), "NL");
  EXPECT_EQ(country("¿Tienes permiso de trabajo en España?"), "ES");
  EXPECT_EQ(country("Hai l'autorizzazione a lavorare nei Paesi Bassi?"), "NL");
  EXPECT_EQ(country("Haben Sie eine Arbeitserlaubnis für die Schweiz?"), "CH");
  EXPECT_EQ(country("Sind Sie berechtigt, in den Vereinigten Staaten zu arbeiten?"), "US");
  EXPECT_EQ(country("Você possui autorização para trabalhar no Brasil?"), "BR");
  // The Union by its Romance-language abbreviation (Unión Europea, Union
  // européenne, Unione europea, União Europeia): once answered with the default
  // country's facts.
  EXPECT_EQ(country("¿Tienes permiso de trabajo en la UE?"), "EU");
  EXPECT_EQ(country("Êtes-vous autorisé(e) à travailler dans l'UE ?"), "EU");
  EXPECT_EQ(country("Sei autorizzato/a a lavorare nell'U.E.?"), "EU");
  EXPECT_EQ(country("Que tipo de contrato procura?"), "");
  // Hungarian, Romanian, Ukrainian and Greek name the country in their cases.
  EXPECT_EQ(country("Rendelkezik munkavállalási engedéllyel Magyarországon?"), "HU");
  EXPECT_EQ(country("Aveți drept de muncă în România?"), "RO");
  EXPECT_EQ(country("Aveţi drept de muncă în Romania?"), "RO");
  EXPECT_EQ(country("Чи маєте ви дозвіл на роботу в Україні?"), "UA");
  EXPECT_EQ(country("Έχετε άδεια εργασίας στην Ελλάδα;"), "GR");
  EXPECT_EQ(country("Szüksége van vízumra a németországi munkavégzéshez?"), "DE");
}

// A slash inside a remark in parentheses is a unit's ("Ft/hó": forints a month),
// not a second name of the box: "hó" once read as the Vietnamese family name "họ".
TEST(FieldClassifierTest, ASlashInsideParenthesesNamesNoAlternative) {
  for (const char* label : {"Bérigény (bruttó, Ft/hó)", "Salariul dorit (net, lei/lună)",
                            "Gehaltsvorstellung (brutto, €/Jahr)"}) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    const Classification c = FieldClassifier().Classify(field);
    EXPECT_EQ(ToString(c.key), std::string("salary")) << label << " " << c.signal;
  }
  Field field;
  field.kind = ControlKind::kText;
  field.label = "Város/Település";
  EXPECT_EQ(ToString(FieldClassifier().Classify(field).key), std::string("city"));
}

// "Do you have the legal right to work in Romania (EU/EEA citizenship or a residence
// permit with the right to work)?": the remark in parentheses lists what gives the
// right; the question is still whether the person has it, a yes or no. The
// residence permit named in the remark once made it a question of permit status,
// which the profile does not hold, and the required question stopped the run.
TEST(FieldClassifierTest, ARemarkNamingWhatGivesTheRightToWorkKeepsTheAuthorizationQuestion) {
  for (const char* label :
       {"Ai dreptul legal de a munci în România (cetățenie UE/SEE sau permis de ședere cu drept "
        "de muncă)?",
        "Do you have the right to work in Germany (EU citizenship or a residence permit)?"}) {
    Field field;
    field.kind = ControlKind::kRadioGroup;
    field.label = label;
    field.options = {{"Da", "da"}, {"Nu", "nu"}};
    const Classification c = FieldClassifier().Classify(field);
    EXPECT_EQ(ToString(c.key), std::string("work_authorization")) << label << " " << c.signal;
    EXPECT_GE(c.confidence, kConfident) << label;
  }
}

// Under a schooling heading: a question in Greek ends in ";" (the Greek question
// mark) and asks something else than the one degree the section holds; a
// language level is no part of the degree, though the heading's own word
// ("Εκπαίδευση", education) names a degree list when nothing else speaks.
TEST(FieldClassifierTest, ASchoolingSectionsHeadingNamesNoFieldOfItsOwn) {
  Field masters;
  masters.label = "Κατέχετε μεταπτυχιακό τίτλο σπουδών;";
  masters.context = "Εκπαίδευση";
  masters.kind = ControlKind::kRadioGroup;
  masters.options = {{"Ναι", "nai", false}, {"Όχι", "oxi", false}};
  const Classification held = FieldClassifier().Classify(masters);
  EXPECT_FALSE(held.unnumbered_entry) << held.signal;
  Field english;
  english.label = "Επίπεδο γνώσης αγγλικών";
  english.context = "Εκπαίδευση";
  english.kind = ControlKind::kSelect;
  const Classification level = FieldClassifier().Classify(english);
  EXPECT_TRUE(level.key == FieldKey::kUnknown || level.confidence < kConfident)
      << ToString(level.key) << " " << level.signal;
  Field year;
  year.label = "Έτος αποφοίτησης";
  year.context = "Εκπαίδευση";
  EXPECT_EQ(FieldClassifier().Classify(year).key, FieldKey::kEducationEnd);
}

// A salary asked as a range in two boxes: worded as such ("Salary from"), or as
// bare ends under a heading that names the salary (Frappe HRMS's job application:
// "Lower Range" / "Upper Range" under "Salary Expectation"). The same bare ends
// under another heading are no salary.
TEST(FieldClassifierTest, TheEndsOfASalaryRangeAreItsMinimumAndMaximum) {
  const auto classify = [](std::string label, std::string context) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = std::move(label);
    field.context = std::move(context);
    return FieldClassifier().Classify(field);
  };
  EXPECT_EQ(classify("Lower Range", "Salary Expectation").key, FieldKey::kSalaryMinimum);
  EXPECT_EQ(classify("Upper Range", "Salary Expectation").key, FieldKey::kSalaryMaximum);
  EXPECT_EQ(classify("von", "Gehaltsvorstellung (brutto/Jahr)").key, FieldKey::kSalaryMinimum);
  EXPECT_EQ(classify("bis", "Gehaltsvorstellung (brutto/Jahr)").key, FieldKey::kSalaryMaximum);
  EXPECT_EQ(classify("Minimum salary", "").key, FieldKey::kSalaryMinimum);
  EXPECT_EQ(classify("Salary to", "").key, FieldKey::kSalaryMaximum);
  EXPECT_EQ(classify("Зарплата от", "").key, FieldKey::kSalaryMinimum);
  EXPECT_EQ(classify("Desired salary", "").key, FieldKey::kSalary);
  const Classification other = classify("Lower Range", "Preferred team size");
  EXPECT_TRUE(other.key != FieldKey::kSalaryMinimum && other.key != FieldKey::kSalary)
      << ToString(other.key);
}

TEST(FieldClassifierTest, ContextAloneIsNotEnoughToFill) {
  Field field;
  field.kind = ControlKind::kText;
  field.context = "Email";
  Classification result = FieldClassifier().Classify(field);
  EXPECT_EQ(result.key, FieldKey::kEmail);
  EXPECT_LT(result.confidence, 0.75);
}

// A name the person had before (a previous or birth surname, UK and NHS forms'
// "Previous surname (if applicable)", German "Geburtsname", French "nom de
// naissance") is no part of the name they go by: its box stays a question, whether
// its label says so in a language the engine reads or only its code does
// (name="Personal.PreviousSurname" under a label in another language).
TEST(FieldClassifierTest, APreviousOrBirthNameIsNoPartOfTheNameGoneBy) {
  for (const char* label :
       {"Previous surname (if applicable)", "Previous last name", "Maiden name", "Birth name",
        "Former surname", "Other names used", "Geburtsname", "Früherer Nachname",
        "Nom de naissance", "Nom de jeune fille", "Apellido de soltera", "Geboortenaam",
        "Meisjesnaam", "Nome de solteira", "Cognome da nubile"}) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    const auto result = FieldClassifier().Classify(field);
    EXPECT_TRUE(result.key == FieldKey::kUnknown || result.confidence < 0.75)
        << label << " read as " << ToString(result.key);
  }
  Field coded;
  coded.kind = ControlKind::kText;
  coded.label = "Sloinne roimhe seo";
  coded.name = "Personal.PreviousSurname";
  const auto result = FieldClassifier().Classify(coded);
  EXPECT_TRUE(result.key == FieldKey::kUnknown || result.confidence < 0.75)
      << "read as " << ToString(result.key);
}

TEST(FieldClassifierTest, NumberedSectionsNameTheirEntry) {
  EXPECT_EQ(EntryOf("Work Experience 2 Delete").section, EntrySection::kWork);
  EXPECT_EQ(EntryOf("Work Experience 2 Delete").index, 1);
  EXPECT_EQ(EntryOf("Employment 1").index, 0);
  EXPECT_EQ(EntryOf("Education 1 | Education").section, EntrySection::kEducation);
  EXPECT_EQ(EntryOf("Step 2 of 5").section, EntrySection::kNone);
  EXPECT_EQ(EntryOf("Work Experience").section, EntrySection::kNone);
  EXPECT_EQ(EntryOf("Experience 2024").section, EntrySection::kNone);
  EXPECT_EQ(EntryOf("Employment History Entry 2").index, 1);
  // A number in a sentence that names a section word further back is no entry.
  EXPECT_EQ(EntryOf("This position takes part in a 24/7 on-call rotation").section,
            EntrySection::kNone);
  EXPECT_EQ(EntryOf("Start Date | Position 2 | Start Date").index, 1);
  EXPECT_EQ(SectionNamedBy("Add Another Work Experience"), EntrySection::kWork);
  EXPECT_EQ(SectionNamedBy("Add Education"), EntrySection::kEducation);
  EXPECT_EQ(SectionNamedBy("Add"), EntrySection::kNone);
  // In the languages the engine reads: Finnish, Swedish, Polish, Czech, Italian.
  EXPECT_EQ(SectionNamedBy("+ Lisää työsuhde"), EntrySection::kWork);
  EXPECT_EQ(SectionNamedBy("+ Lisää tutkinto"), EntrySection::kEducation);
  EXPECT_EQ(SectionNamedBy("Lägg till utbildning"), EntrySection::kEducation);
  EXPECT_EQ(SectionNamedBy("Dodaj doświadczenie"), EntrySection::kWork);
  EXPECT_EQ(SectionNamedBy("Přidat vzdělání"), EntrySection::kEducation);
  EXPECT_EQ(SectionNamedBy("+ Tambah Pekerjaan"), EntrySection::kWork);
  EXPECT_EQ(SectionNamedBy("Tambah Pengajian"), EntrySection::kEducation);
  EXPECT_EQ(EntryOf("Pekerjaan 2").index, 1);
  EXPECT_EQ(EntryOf("Työsuhde 2 Poista").index, 1);
  EXPECT_EQ(EntryOf("Esperienza 1").section, EntrySection::kWork);
  // Hungarian, Romanian, Ukrainian and Greek.
  EXPECT_EQ(EntryOf("Szakmai tapasztalat 2").index, 1);
  EXPECT_EQ(EntryOf("Experiență profesională 1").section, EntrySection::kWork);
  EXPECT_EQ(EntryOf("Освіта 1").section, EntrySection::kEducation);
  EXPECT_EQ(EntryOf("ΕΚΠΑΙΔΕΥΣΗ 2").index, 1);
  EXPECT_EQ(SectionNamedBy("Додати досвід роботи"), EntrySection::kWork);
  // A field of the second job known by its Finnish words is the second job's.
  Field start;
  start.kind = ControlKind::kText;
  start.label = "Alkoi";
  start.name = "WorkExperiences[1].Start";
  start.context = "kk.vvvv | Työsuhde 2";
  const Classification second = FieldClassifier().Classify(start);
  EXPECT_EQ(second.key, FieldKey::kJobStart) << second.signal;
  EXPECT_EQ(second.entry, 1) << second.signal;
}

// iCIMS names its single work entry "WorkExperience.0.*" under an unnumbered
// "Work History" legend: its "Start Date Year" list once took the applicant's
// earliest start date (2025) instead of when the job began.
TEST(FieldClassifierTest, TheFirstEntryOfARepeatedSectionIsReadFromItsName) {
  auto classify = [](const char* label, ControlKind kind, const char* name) {
    Field field;
    field.kind = kind;
    field.label = label;
    field.name = name;
    field.context = "Work History Tell us about your current or most recent position.";
    return FieldClassifier().Classify(field);
  };
  Classification year =
      classify("Start Date Year", ControlKind::kSelect, "WorkExperience.0.StartDate_Year");
  EXPECT_EQ(year.key, FieldKey::kJobStart) << year.signal;
  EXPECT_EQ(year.entry, 0);
  EXPECT_EQ(
      classify("I currently work here", ControlKind::kCheckbox, "WorkExperience.0.CurrentPosition")
          .key,
      FieldKey::kJobCurrent);
  EXPECT_EQ(classify("Employer", ControlKind::kText, "WorkExperience.0.Employer").key,
            FieldKey::kEmployer);
  // A later index alone is not trusted (some systems count from 1).
  EXPECT_EQ(
      classify("Start Date Year", ControlKind::kSelect, "WorkExperience.1.StartDate_Year").entry,
      -1);
}

// Rails/PHP names with an empty index ("job_application[educations][][start_date]
// [year]", Greenhouse's education block) say the section but not the entry: a date
// there is no availability or birth date: it is the first entry's, trusted only
// where the page holds one such row (AnswerPlanner).
TEST(FieldClassifierTest, ADateInAnUnnumberedEntryIsNoFlatDate) {
  auto classify = [](const char* label, ControlKind kind, const char* name) {
    Field field;
    field.kind = kind;
    field.label = label;
    field.name = name;
    return FieldClassifier().Classify(field);
  };
  Classification start = classify("Start date year", ControlKind::kNumber,
                                  "job_application[educations][][start_date][year]");
  EXPECT_EQ(start.key, FieldKey::kEducationStart) << start.signal;
  EXPECT_TRUE(start.unnumbered_entry);
  EXPECT_EQ(start.entry, 0);
  const Classification end =
      classify("End date", ControlKind::kText, "candidate[employments][][end_date]");
  EXPECT_EQ(end.key, FieldKey::kJobEnd) << end.signal;
  EXPECT_TRUE(end.unnumbered_entry);
  // The rest of such an entry, and names without an empty index, as before.
  EXPECT_EQ(
      classify("School", ControlKind::kText, "job_application[educations][][school_name]").key,
      FieldKey::kSchool);
  EXPECT_EQ(classify("Start date", ControlKind::kText, "job_application[start_date]").key,
            FieldKey::kStartDate);
}

// The rest of a job entry named with an empty index: its bare "Title"
// ("job_application[employments][][title]", Greenhouse's Employment block) is the
// job's title, not a salutation, and its "I currently work here" box is the first
// job's; so is a bare "Title" under a heading of past jobs. Alone, "Title" still
// asks a salutation.
TEST(FieldClassifierTest, ATitleAndCurrentBoxInAnUnnumberedJobEntryAreTheJobs) {
  auto classify = [](const char* label, ControlKind kind, const char* name,
                     const char* context = "") {
    Field field;
    field.kind = kind;
    field.label = label;
    field.name = name;
    field.context = context;
    return FieldClassifier().Classify(field);
  };
  const Classification title =
      classify("Title", ControlKind::kText, "job_application[employments][][title]", "Employment");
  EXPECT_EQ(title.key, FieldKey::kJobTitle) << title.signal;
  EXPECT_EQ(title.entry, 0);
  EXPECT_TRUE(title.unnumbered_entry);
  const Classification current = classify("I currently work here", ControlKind::kCheckbox,
                                          "job_application[employments][][current]");
  EXPECT_EQ(current.key, FieldKey::kJobCurrent) << current.signal;
  EXPECT_TRUE(current.unnumbered_entry);
  EXPECT_EQ(classify("Title", ControlKind::kText, "", "Work Experience").key, FieldKey::kJobTitle);
  EXPECT_EQ(classify("Title", ControlKind::kText, "title").key, FieldKey::kSalutation);
  EXPECT_EQ(classify("Title", ControlKind::kText, "candidate[educations][][title]").key,
            FieldKey::kSalutation);
}

// A field with only its label and the section context around it, classified.
Classification ClassifyInContext(const char* label, ControlKind kind, const char* context) {
  Field field;
  field.kind = kind;
  field.label = label;
  field.context = context;
  return FieldClassifier().Classify(field);
}

// Zoho Forms' and Wufoo's Name field: one title over the boxes, each box named only
// by its part under it ("Name *" over "First" / "Last"). Read as that part of the
// name; the same sub-label under a title that asks no name says nothing.
TEST(FieldClassifierTest, ANamePartUnderANameFieldsTitleIsThatPartOfTheName) {
  for (const char* title : {"Name | Personal Details", "Full name", "Applicant Name"}) {
    SCOPED_TRACE(title);
    EXPECT_EQ(ClassifyInContext("First", ControlKind::kText, title).key, FieldKey::kFirstName);
    EXPECT_EQ(ClassifyInContext("Last", ControlKind::kText, title).key, FieldKey::kLastName);
    EXPECT_EQ(ClassifyInContext("Middle", ControlKind::kText, title).key, FieldKey::kMiddleName);
  }
  EXPECT_NE(ClassifyInContext("First", ControlKind::kText, "Date of visit").key,
            FieldKey::kFirstName);
  EXPECT_NE(ClassifyInContext("Last", ControlKind::kText, "Employment history").key,
            FieldKey::kLastName);
}

// A step named for the resume holds other uploads too (ADP Workforce Now's
// "Resume" step: "Resume", then "Additional Attachments" for a cover letter or
// certificates): an upload whose own label names other documents is not the
// resume, whatever the section is called; the resume upload still is.
TEST(FieldClassifierTest, AnUploadForOtherDocumentsUnderAResumeHeadingIsNotTheResume) {
  const std::pair<const char*, const char*> others[] = {
      {"Additional Attachments", "Resume"},     {"Supporting documents", "Resume / CV"},
      {"Weitere Unterlagen", "Lebenslauf"},     {"Autres documents", "CV"},
      {"Documentos adicionales", "Currículum"},
  };
  for (const auto& [label, context] : others) {
    const Classification c = ClassifyInContext(label, ControlKind::kFile, context);
    EXPECT_EQ(c.key, FieldKey::kOtherDocuments) << label << " " << c.signal;
  }
  EXPECT_EQ(ClassifyInContext("Resume", ControlKind::kFile, "Resume").key, FieldKey::kResume);
  EXPECT_EQ(ClassifyInContext("Upload here", ControlKind::kFile, "Resume").key, FieldKey::kResume);
}

// A "Start Date" asked as a month and a year ("mm/yyyy" beside it, a month box)
// under a past-jobs heading is when that job began: the day one can start is a
// full date. Asked as a full date, or with the same words outside such a section,
// it stays availability.
TEST(FieldClassifierTest, AMonthAndYearStartUnderEmploymentHistoryIsTheJobsStart) {
  Field start;
  start.kind = ControlKind::kText;
  start.label = "Start Date";
  start.hint = "mm/yyyy";
  start.context = "Employment History - Most Recent Employer";
  const Classification job = FieldClassifier().Classify(start);
  EXPECT_EQ(job.key, FieldKey::kJobStart) << job.signal;
  EXPECT_EQ(job.entry, 0);
  Field month = start;
  month.hint.clear();
  month.html_type = "month";
  month.kind = ControlKind::kDate;
  EXPECT_EQ(FieldClassifier().Classify(month).key, FieldKey::kJobStart);
  Field day = start;
  day.hint = "mm/dd/yyyy";
  EXPECT_EQ(FieldClassifier().Classify(day).key, FieldKey::kStartDate);
  Field elsewhere = start;
  elsewhere.context = "Availability";
  EXPECT_EQ(FieldClassifier().Classify(elsewhere).key, FieldKey::kStartDate);
}

// SEEK's "Career history" (and other forms' one "Employment history" block) asks
// the most recent role without numbering it: "Started" as a month and a year list,
// "Still in role", a description. Under such a heading they are the first job's
// (trusted only where the page holds one such row); a heading that only names the
// job applied for makes no entry, and availability stays availability.
TEST(FieldClassifierTest, AnUnnumberedCareerHistoryIsTheFirstJob) {
  const Classification month =
      ClassifyInContext("Started month", ControlKind::kSelect, "Started | Career history");
  EXPECT_EQ(month.key, FieldKey::kJobStart) << month.signal;
  EXPECT_EQ(month.entry, 0);
  EXPECT_TRUE(month.unnumbered_entry);
  EXPECT_EQ(ClassifyInContext("Ended year", ControlKind::kSelect, "Ended | Career history").key,
            FieldKey::kJobEnd);
  EXPECT_EQ(ClassifyInContext("Still in role", ControlKind::kCheckbox, "Career history").key,
            FieldKey::kJobCurrent);
  EXPECT_EQ(
      ClassifyInContext("Description (optional)", ControlKind::kTextarea, "Employment history").key,
      FieldKey::kJobDescription);
  // Not a section of past jobs: the job applied for, or availability.
  EXPECT_EQ(ClassifyInContext("Start date", ControlKind::kDate, "Employment history").key,
            FieldKey::kStartDate);
  EXPECT_NE(ClassifyInContext("Started month", ControlKind::kSelect, "Apply for this job").key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("Description", ControlKind::kTextarea, "Position details").key,
            FieldKey::kUnknown);
  // A Thai form's one "ประสบการณ์ทำงาน (งานล่าสุด)" block (work experience, the latest
  // job): its from-lists, its still-working-here box and its duties.
  const char* kThaiJob = "ประสบการณ์ทำงาน (งานล่าสุด)";
  EXPECT_EQ(ClassifyInContext("ระยะเวลาทำงาน ตั้งแต่ เดือน", ControlKind::kSelect, kThaiJob).key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("ถึง เดือน", ControlKind::kSelect, kThaiJob).key, FieldKey::kJobEnd);
  EXPECT_EQ(ClassifyInContext("ปัจจุบันยังทำงานอยู่ที่นี่", ControlKind::kCheckbox, kThaiJob).key,
            FieldKey::kJobCurrent);
  EXPECT_EQ(ClassifyInContext("หน้าที่ความรับผิดชอบ", ControlKind::kTextarea, kThaiJob).key,
            FieldKey::kJobDescription);
  // A Greek and a Hungarian section of past jobs: the job's title and employer.
  EXPECT_EQ(ClassifyInContext("Εταιρεία", ControlKind::kText, "Προϋπηρεσία 1").key,
            FieldKey::kEmployer);
  EXPECT_EQ(ClassifyInContext("Beosztás", ControlKind::kText, "Szakmai tapasztalat 1").key,
            FieldKey::kJobTitle);
}

// UK public-sector forms (the NHS standard application form, GOV.UK services) ask
// one job under "Current or most recent employment" / "Present or most recent
// employment": its month and year boxes under "Start date" are that job's start,
// never the person's availability, and "Do you still work here?" asks whether it
// is current. Availability asked on its own page stays availability.
TEST(FieldClassifierTest, ACurrentOrMostRecentEmploymentPageIsTheFirstJob) {
  const Classification month = ClassifyInContext("Month", ControlKind::kText,
                                                 "Start date | Current or most recent employment");
  EXPECT_EQ(month.key, FieldKey::kJobStart) << month.signal;
  EXPECT_EQ(month.entry, 0);
  EXPECT_TRUE(month.unnumbered_entry);
  EXPECT_EQ(ClassifyInContext("Year", ControlKind::kText,
                              "Start date | Present or most recent employment")
                .key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("Do you still work here?", ControlKind::kRadioGroup,
                              "Do you still work here? | Current or most recent employment")
                .key,
            FieldKey::kJobCurrent);
  EXPECT_EQ(
      ClassifyInContext("Month", ControlKind::kText,
                        "End date | Do you still work here? | Current or most recent employer")
          .key,
      FieldKey::kJobEnd);
  EXPECT_EQ(ClassifyInContext("Day", ControlKind::kText, "When could you start?").key,
            FieldKey::kStartDate);
  // Welsh forms head that job "Cyflogaeth" (employment): its "still working here"
  // box, its end date and its duties.
  EXPECT_EQ(ClassifyInContext("Rwy'n dal i weithio yma", ControlKind::kCheckbox, "Cyflogaeth").key,
            FieldKey::kJobCurrent);
  EXPECT_EQ(ClassifyInContext("Dyddiad gorffen", ControlKind::kText, "Cyflogaeth").key,
            FieldKey::kJobEnd);
  EXPECT_EQ(
      ClassifyInContext("Prif ddyletswyddau a chyfrifoldebau", ControlKind::kTextarea, "Cyflogaeth")
          .key,
      FieldKey::kJobDescription);
}

// Italian portals (inRecruiting, Altamira) ask the most recent job under
// "Esperienze lavorative": "Ruolo / mansione", its period as "Dal" / "Al" month and
// year selects beside "In corso", and "Descrizione delle attività svolte".
TEST(FieldClassifierTest, AnItalianWorkEntrysFieldsAreTheJobs) {
  const char* section = "Esperienze lavorative";
  EXPECT_EQ(ClassifyInContext("Ruolo / mansione", ControlKind::kText, section).key,
            FieldKey::kJobTitle);
  EXPECT_EQ(ClassifyInContext("Dal - mese", ControlKind::kSelect, section).key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("Dal - anno", ControlKind::kSelect, section).key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("Al - mese", ControlKind::kSelect, section).key, FieldKey::kJobEnd);
  EXPECT_EQ(ClassifyInContext("In corso", ControlKind::kCheckbox, section).key,
            FieldKey::kJobCurrent);
  EXPECT_EQ(
      ClassifyInContext("Descrizione delle attività svolte", ControlKind::kTextarea, section).key,
      FieldKey::kJobDescription);
}

// Italian portals ask the school of a degree not in their list of universities as
// "Specificare l'ateneo" (ateneo: university), and relocation in the plural
// ("Disponibilità a trasferimenti presso altra sede") beside travel ("trasferte").
TEST(FieldClassifierTest, AnItalianAteneoIsTheSchoolAndTrasferimentiIsRelocation) {
  EXPECT_EQ(ClassifyInContext("Specificare l'ateneo", ControlKind::kText, "Titolo di studio").key,
            FieldKey::kSchool);
  EXPECT_EQ(ClassifyInContext("Disponibilità a trasferimenti presso altra sede",
                              ControlKind::kRadioGroup, "Altre informazioni")
                .key,
            FieldKey::kRelocation);
  EXPECT_NE(
      ClassifyInContext("Disponibilità a trasferte", ControlKind::kSelect, "Altre informazioni")
          .key,
      FieldKey::kRelocation);
}

// US university and faculty applications (Interfolio, AcademicJobsOnline, campus HR
// portals) ask the highest degree as "Degree-Granting Institution" and "Year
// Conferred (or Expected)" / "Date degree conferred": the school that granted it and
// when it was conferred, never the degree itself. Beside them, under a heading that
// names the post and the schooling together ("Position & Education"), "Current
// Institution/Organization" is where the person works now, not a school.
TEST(FieldClassifierTest, AcademicDegreeWordsNameTheSchoolAndTheConferralDate) {
  for (const char* context :
       {"", "Highest Degree", "Highest Degree | Position & Education", "Education"}) {
    SCOPED_TRACE(context);
    const Classification year =
        ClassifyInContext("Year Conferred (or Expected)", ControlKind::kSelect, context);
    EXPECT_EQ(year.key, FieldKey::kEducationEnd) << year.signal;
    const Classification date =
        ClassifyInContext("Date degree conferred", ControlKind::kText, context);
    EXPECT_EQ(date.key, FieldKey::kEducationEnd) << date.signal;
    const Classification school =
        ClassifyInContext("Degree-Granting Institution", ControlKind::kText, context);
    EXPECT_EQ(school.key, FieldKey::kSchool) << school.signal;
  }
  for (const char* context :
       {"", "Current Position | Position & Education", "Highest Degree | Position & Education"}) {
    SCOPED_TRACE(context);
    const Classification employer =
        ClassifyInContext("Current Institution/Organization", ControlKind::kText, context);
    EXPECT_EQ(employer.key, FieldKey::kCurrentCompany) << employer.signal;
    EXPECT_EQ(ClassifyInContext("Current Position/Title", ControlKind::kText, context).key,
              FieldKey::kCurrentTitle);
  }
  // The school's own name and its degree keep their readings there.
  EXPECT_EQ(ClassifyInContext("Institution", ControlKind::kText, "Highest Degree | Education").key,
            FieldKey::kSchool);
  EXPECT_EQ(ClassifyInContext("Highest Degree Earned (or Expected)", ControlKind::kSelect,
                              "Highest Degree | Position & Education")
                .key,
            FieldKey::kDegree);
}

// The NHS standard application form and GOV.UK services ask one qualification
// under "Qualifications": "Qualification type", "Subject", "Place of study" and
// "Year awarded" are its degree, discipline, school and end. A question under the
// same heading, and "Subject" elsewhere (a message's), are not.
TEST(FieldClassifierTest, AQualificationsPageIsTheFirstEducationEntry) {
  const Classification subject = ClassifyInContext(
      "Subject", ControlKind::kText, "For example, Biomedical Science | Qualifications");
  EXPECT_EQ(subject.key, FieldKey::kDiscipline) << subject.signal;
  EXPECT_TRUE(subject.unnumbered_entry);
  const Classification school = ClassifyInContext(
      "Place of study", ControlKind::kText, "The school, college or university | Qualifications");
  EXPECT_EQ(school.key, FieldKey::kSchool) << school.signal;
  EXPECT_TRUE(school.unnumbered_entry);
  // A label that names the school keeps its own reading, outside the entry count.
  EXPECT_FALSE(ClassifyInContext("University", ControlKind::kText, "Education").unnumbered_entry);
  EXPECT_EQ(ClassifyInContext("Qualification type", ControlKind::kSelect, "Qualifications").key,
            FieldKey::kDegree);
  EXPECT_EQ(ClassifyInContext("Year awarded", ControlKind::kText, "Qualifications").key,
            FieldKey::kEducationEnd);
  // UK council and university forms: "Year obtained", "Date obtained" under
  // "Education and qualifications"; a grade obtained is no date.
  EXPECT_EQ(
      ClassifyInContext("Year obtained", ControlKind::kText, "Education and qualifications").key,
      FieldKey::kEducationEnd);
  EXPECT_EQ(ClassifyInContext("Date obtained", ControlKind::kText, "Qualifications").key,
            FieldKey::kEducationEnd);
  EXPECT_EQ(ClassifyInContext("Grade obtained", ControlKind::kText, "Qualifications").key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("Grade achieved", ControlKind::kText, "Qualifications").key,
            FieldKey::kUnknown);
  EXPECT_EQ(
      ClassifyInContext("Grade or classification (optional)", ControlKind::kText, "Qualifications")
          .key,
      FieldKey::kUnknown);
  EXPECT_NE(ClassifyInContext("Have you studied a subject at university?", ControlKind::kRadioGroup,
                              "Qualifications")
                .key,
            FieldKey::kSchool);
  EXPECT_NE(ClassifyInContext("Subject", ControlKind::kText, "Contact us").key,
            FieldKey::kDiscipline);
}

// A referee's details (the NHS standard application form's references, a GOV.UK
// "Referee 1" fieldset), an emergency contact's or next of kin's are labelled as
// plainly as the applicant's own ("Full name", "Email address", "Job title",
// "Organisation"): under such a legend or heading they are that person's, unknown
// to the profile. Outside one, and for a hint that merely mentions references,
// the same labels stay the applicant's.
TEST(FieldClassifierTest, ASectionAboutSomeoneElseHoldsNoneOfTheApplicantsFacts) {
  const char* referee = "Referee 1: your current or most recent line manager | References";
  for (const char* label : {"Full name", "Job title", "Organisation", "Telephone number"}) {
    const Classification c = ClassifyInContext(label, ControlKind::kText, referee);
    EXPECT_EQ(c.key, FieldKey::kUnknown) << label << ": " << c.signal;
  }
  EXPECT_EQ(ClassifyInContext("Email address", ControlKind::kEmail, referee).key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("First name", ControlKind::kText, "Emergency contact").key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("Phone", ControlKind::kTel, "Next of kin details").key,
            FieldKey::kUnknown);
  // Hungarian, Romanian, Ukrainian and Greek sections about a referee.
  EXPECT_EQ(ClassifyInContext("E-mail cím", ControlKind::kEmail, "Referenciák").key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("Telefon", ControlKind::kTel, "Persoane de referință").key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("Прізвище", ControlKind::kText, "Рекомендації").key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("Τηλέφωνο", ControlKind::kTel, "ΣΥΣΤΑΣΕΙΣ").key, FieldKey::kUnknown);
  // Welsh: geirdaon (references), a canolwr's (referee's) details.
  EXPECT_EQ(ClassifyInContext("Cyfeiriad e-bost", ControlKind::kEmail, "Geirdaon").key,
            FieldKey::kUnknown);
  EXPECT_EQ(ClassifyInContext("Sefydliad", ControlKind::kText, "Canolwr 1 | Geirdaon").key,
            FieldKey::kUnknown);
  // The applicant's own.
  EXPECT_EQ(ClassifyInContext("Full name", ControlKind::kText, "Your details").key,
            FieldKey::kFullName);
  EXPECT_EQ(ClassifyInContext("Upload your CV", ControlKind::kFile,
                              "Do not include references in your CV | Upload your CV")
                .key,
            FieldKey::kResume);
  EXPECT_EQ(ClassifyInContext("Email address", ControlKind::kEmail,
                              "We will not contact your references without asking | Your details")
                .key,
            FieldKey::kEmail);
}

// "From" and "To" name a date box of an entry only as a short row label; in a
// question they are grammar: the notice period revealed under "Do you still work
// here?" is the notice period, not the job's end.
TEST(FieldClassifierTest, ToInASentenceIsNoEndDate) {
  EXPECT_EQ(ClassifyInContext("How much notice do you need to give?", ControlKind::kText,
                              "Do you still work here? | Current or most recent employment")
                .key,
            FieldKey::kNoticePeriod);
  EXPECT_EQ(ClassifyInContext("To", ControlKind::kText, "Employment history 1").key,
            FieldKey::kJobEnd);
  EXPECT_EQ(ClassifyInContext("Date from", ControlKind::kText, "Employment history 1").key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("To year", ControlKind::kText, "Education 1").key,
            FieldKey::kEducationEnd);
}

// One word, two languages, two meanings: the page's language says which.
TEST(FieldClassifierTest, AHomographMeansWhatItMeansInThePagesLanguage) {
  Field diplome;
  diplome.kind = ControlKind::kText;
  diplome.label = "Diplome";
  diplome.lang = "fr";
  EXPECT_EQ(FieldClassifier().Classify(diplome).key, FieldKey::kDegree);
  Field cp;
  cp.kind = ControlKind::kText;
  cp.label = "C.P.";
  cp.lang = "es-MX";
  EXPECT_EQ(FieldClassifier().Classify(cp).key, FieldKey::kPostalCode);
  cp.lang = "cs";
  EXPECT_EQ(FieldClassifier().Classify(cp).key, FieldKey::kHouseNumber);
}

// Availability is the person's, whatever section a shuffled or flat page draws
// it under: "Available from" right below the last job was that job's start date.
TEST(FieldClassifierTest, AvailabilityUnderAJobIsStillThePersons) {
  EXPECT_EQ(ClassifyInContext("Available from", ControlKind::kText, "Work experience 1").key,
            FieldKey::kStartDate);
  EXPECT_EQ(
      ClassifyInContext("When can you start?", ControlKind::kDate, "Employment history 2").key,
      FieldKey::kStartDate);
  EXPECT_EQ(ClassifyInContext("Verfügbar ab", ControlKind::kText, "Berufserfahrung 1").key,
            FieldKey::kStartDate);
  EXPECT_EQ(ClassifyInContext("Start date", ControlKind::kText, "Work experience 1").key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("最快到岗时间", ControlKind::kCombobox, "工作经历 2").key,
            FieldKey::kStartDate);
  // Nor is how the person heard of the opening a job's title ("职位", the opening).
  EXPECT_EQ(
      ClassifyInContext("您从哪个渠道了解到该职位？", ControlKind::kCombobox, "工作经历 2").key,
      FieldKey::kHowHeard);
  EXPECT_EQ(
      ClassifyInContext("What is your notice period?", ControlKind::kText, "Employment history 2")
          .key,
      FieldKey::kNoticePeriod);
}

// Spanish job portals (InfoJobs kind) ask the latest job under "Experiencia" with
// a box "Trabajo aquí actualmente" that stands for the end date while the job goes on.
TEST(FieldClassifierTest, SpanishCurrentJobBoxIsTheEntrysCurrentJob) {
  EXPECT_EQ(
      ClassifyInContext("Trabajo aquí actualmente", ControlKind::kCheckbox, "Experiencia").key,
      FieldKey::kJobCurrent);
  EXPECT_EQ(
      ClassifyInContext("Actualmente trabajo aquí", ControlKind::kCheckbox, "Experiencia laboral")
          .key,
      FieldKey::kJobCurrent);
  EXPECT_EQ(ClassifyInContext("Sigo trabajando aquí", ControlKind::kCheckbox, "Experiencia").key,
            FieldKey::kJobCurrent);
}

// The same portals head the latest job "Experiencia" and ask its bounds as a month list
// and a year list ("Fecha de inicio - mes", "Fecha de fin - año"): a job's start, never
// when the person can start, which is asked as a whole date.
TEST(FieldClassifierTest, SpanishExperienceMonthAndYearListsAreTheJobsBounds) {
  const Classification month =
      ClassifyInContext("Fecha de inicio - mes", ControlKind::kSelect, "Experiencia");
  EXPECT_EQ(month.key, FieldKey::kJobStart) << month.signal;
  EXPECT_EQ(month.entry, 0);
  EXPECT_EQ(ClassifyInContext("Fecha de inicio - año", ControlKind::kSelect,
                              "Tu experiencia más reciente. | Experiencia")
                .key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("Fecha de fin - año", ControlKind::kSelect, "Experiencia").key,
            FieldKey::kJobEnd);
  EXPECT_EQ(ClassifyInContext("Fecha de inicio", ControlKind::kDate, "Disponibilidad").key,
            FieldKey::kStartDate);
  EXPECT_EQ(ClassifyInContext("Fecha de inicio", ControlKind::kText, "Experiencia").key,
            FieldKey::kStartDate);
}

// Norwegian, Danish and Swedish application portals (Webcruiter-like steps
// "Utdanning", "Arbeidserfaring") name an entry's range ends by their
// prepositions ("Fra (år)", "Til måned"; Swedish "Från", "Till"), the school
// "Lærested", the box of a job that goes on "Jeg jobber her nå" and its duties
// "Arbeidsoppgaver"; the first entry is unnumbered, the next "Arbeidsforhold 2".
// "Kan tiltre fra" under the last job is still when the person can start.
TEST(FieldClassifierTest, ScandinavianEntryRowsAreTheirEntrysDatesAndBoxes) {
  const Classification from = ClassifyInContext("Fra (år)", ControlKind::kText, "Utdanning");
  EXPECT_EQ(from.key, FieldKey::kEducationStart) << from.signal;
  EXPECT_EQ(from.entry, 0);
  EXPECT_EQ(ClassifyInContext("Til (år)", ControlKind::kText,
                              "La stå tomt hvis du studerer nå | Utdanning")
                .key,
            FieldKey::kEducationEnd);
  EXPECT_EQ(ClassifyInContext("Lærested", ControlKind::kText,
                              "Skole, høyskole eller universitet | Utdanning")
                .key,
            FieldKey::kSchool);
  const Classification month =
      ClassifyInContext("Fra måned", ControlKind::kCombobox, "Arbeidserfaring");
  EXPECT_EQ(month.key, FieldKey::kJobStart) << month.signal;
  EXPECT_EQ(month.entry, 0);
  EXPECT_EQ(ClassifyInContext("Jeg jobber her nå", ControlKind::kCheckbox, "Arbeidserfaring").key,
            FieldKey::kJobCurrent);
  EXPECT_EQ(ClassifyInContext("Arbeidsoppgaver", ControlKind::kTextarea, "Arbeidserfaring").key,
            FieldKey::kJobDescription);
  const Classification end =
      ClassifyInContext("Til år", ControlKind::kText, "Arbeidsforhold 2 | Arbeidserfaring");
  EXPECT_EQ(end.key, FieldKey::kJobEnd) << end.signal;
  EXPECT_EQ(end.entry, 1);
  EXPECT_EQ(ClassifyInContext("Från", ControlKind::kDate, "Anställning 2").key,
            FieldKey::kJobStart);
  EXPECT_EQ(ClassifyInContext("Till", ControlKind::kDate, "Anställning 2").key, FieldKey::kJobEnd);
  EXPECT_EQ(
      ClassifyInContext("Kan tiltre fra", ControlKind::kText, "Arbeidsforhold 2 | Tilgjengelighet")
          .key,
      FieldKey::kStartDate);
  // In a sentence the same words are no range end.
  EXPECT_NE(ClassifyInContext("Hvor lang tid trenger du til å avslutte din nåværende stilling?",
                              ControlKind::kText, "Arbeidsforhold 2")
                .key,
            FieldKey::kJobEnd);
}

// Norwegian consent is given in the verb ("… og samtykker til at …"); the box
// that keeps the person in the candidate base for other openings is an opt-in,
// never the consent the application needs.
TEST(FieldClassifierTest, NorwegianConsentAndTheCandidateBaseOptIn) {
  EXPECT_EQ(
      ClassifyInContext("Jeg bekrefter at opplysningene er riktige, og samtykker til at Fjellkraft "
                        "Nett behandler personopplysningene mine i rekrutteringsprosessen.",
                        ControlKind::kCheckbox, "Personvern")
          .key,
      FieldKey::kConsent);
  EXPECT_EQ(ClassifyInContext("Ja takk, jeg vil gjerne lagres i kandidatbasen i 12 måneder og bli "
                              "kontaktet om andre stillinger.",
                              ControlKind::kCheckbox, "Personvern")
                .key,
            FieldKey::kOptIn);
}

// Simplified Chinese forms (Moka, Beisen) head the school block 教育经历 and
// mark a job that has not ended 至今 ("to date"), the end box of each range
// named only by its placeholder (结束年份, 结束月份).
TEST(FieldClassifierTest, ChineseEducationBlocksAndJobsToDateAreTheFirstEntrys) {
  const Classification end =
      ClassifyInContext("\u7ed3\u675f\u5e74\u4efd", ControlKind::kText,
                        "\u6559\u80b2\u7ecf\u5386+ \u6dfb\u52a0\u6559\u80b2\u7ecf\u5386");
  EXPECT_EQ(end.key, FieldKey::kEducationEnd) << end.signal;
  EXPECT_TRUE(end.unnumbered_entry);
  EXPECT_EQ(
      ClassifyInContext("\u81f3\u4eca", ControlKind::kCheckbox, "\u5de5\u4f5c\u7ecf\u5386").key,
      FieldKey::kJobCurrent);
  EXPECT_EQ(
      ClassifyInContext("\u7ed3\u675f\u6708\u4efd", ControlKind::kText, "\u5de5\u4f5c\u7ecf\u5386")
          .key,
      FieldKey::kJobEnd);
}

// A row that names a period ("就读时间", "在职时间", "Employment period") holds a
// start box and an end box told apart only by their placeholders (Ant Design's
// RangePicker and date pairs with no ids worth reading): each is the entry's
// start or end by its placeholder. A job's duties box is its description.
TEST(FieldClassifierTest, APeriodRowsBoxesAreItsStartAndEndByTheirPlaceholders) {
  auto classify = [](const char* label, const char* placeholder, const char* context) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    field.placeholder = placeholder;
    field.context = context;
    return FieldClassifier().Classify(field);
  };
  const char* education = "\u6559\u80b2\u7ecf\u5386+ \u6dfb\u52a0\u6559\u80b2\u7ecf\u5386";
  const char* work = "\u5de5\u4f5c\u7ecf\u5386+ \u6dfb\u52a0\u5de5\u4f5c\u7ecf\u5386";
  const Classification school_start =
      classify("\u5c31\u8bfb\u65f6\u95f4", "\u5f00\u59cb\u5e74\u4efd", education);
  EXPECT_EQ(school_start.key, FieldKey::kEducationStart) << school_start.signal;
  const Classification job_start =
      classify("\u5728\u804c\u65f6\u95f4", "\u5f00\u59cb\u6708\u4efd", work);
  EXPECT_EQ(job_start.key, FieldKey::kJobStart) << job_start.signal;
  EXPECT_EQ(classify("Employment period", "Start date", "Work experience 1").key,
            FieldKey::kJobStart);
  EXPECT_EQ(classify("Employment period", "End date", "Work experience 1").key, FieldKey::kJobEnd);
  // The period alone says neither.
  EXPECT_EQ(classify("\u5728\u804c\u65f6\u95f4", "", work).key, FieldKey::kUnknown);
  const Classification duties = classify("\u5de5\u4f5c\u63cf\u8ff0", "", work);
  EXPECT_EQ(duties.key, FieldKey::kJobDescription) << duties.signal;
}

// Form libraries that set no name write the model path into the id (Ant Design:
// "basic_educations_0_startDate", with a render counter after it): the first
// entry of the section it names, plural or not. A start date there is the
// entry's start under whatever label names the period (就读时间, 在职时间),
// never the person's availability.
TEST(FieldClassifierTest, AnEntryPathInAnIdIsThatEntrysAndItsStartIsTheEntrys) {
  auto classify = [](const char* label, const char* id) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    field.id = id;
    return FieldClassifier().Classify(field);
  };
  const Classification school_start =
      classify("\u5c31\u8bfb\u65f6\u95f4", "basicInfo_educations_0__startDate_5");
  EXPECT_EQ(school_start.key, FieldKey::kEducationStart) << school_start.signal;
  EXPECT_EQ(school_start.entry, 0);
  const Classification job_start =
      classify("\u5728\u804c\u65f6\u95f4", "basicInfo_experiences_0__startDate_9");
  EXPECT_EQ(job_start.key, FieldKey::kJobStart) << job_start.signal;
  EXPECT_EQ(job_start.entry, 0);
  // Outside an entry a start date is still when the person can start.
  EXPECT_EQ(classify("Start date", "basic_startDate").key, FieldKey::kStartDate);
}

// US applications sign by a typed name, and word the box as a sentence: "Type your
// full name as your electronic signature". The signature's words name the box in
// a sentence too, where a long label naming "name" or "email" is otherwise a
// question (it often asks something else).
TEST(FieldClassifierTest, ATypedSignatureAskedInASentenceIsTheFullName) {
  for (const char* label :
       {"Type your full name as your electronic signature",
        "Please enter your full legal name as your electronic signature", "Electronic Signature"}) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    field.required = true;
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_EQ(result.key, FieldKey::kFullName) << label << ": " << result.signal;
    EXPECT_GE(result.confidence, 0.75) << label << ": " << result.signal;
  }
  // A sentence that only mentions a name stays a question.
  Field other;
  other.kind = ControlKind::kText;
  other.label = "Please list the full name of the person who referred you to us";
  EXPECT_LT(FieldClassifier().Classify(other).confidence, 0.75);
}

// Under an "Education" heading, where the school is ("School city", "School state")
// is neither the school nor the person's own city; the school's name still is.
TEST(FieldClassifierTest, AnEducationEntrysPlaceIsNotTheSchool) {
  for (const char* label : {"School city", "School state"}) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    field.context = "Education";
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_TRUE(result.key == FieldKey::kUnknown || result.confidence < 0.75)
        << label << ": " << ToString(result.key) << " " << result.confidence << " "
        << result.signal;
  }
  Field school;
  school.kind = ControlKind::kText;
  school.label = "School name";
  school.context = "Education";
  EXPECT_EQ(FieldClassifier().Classify(school).key, FieldKey::kSchool);
}

// A job entry's "Reason for Leaving" or "Supervisor Name" asks
// nothing the profile holds: the entry's heading ("Employer 2") or the box's
// code (employment[2][reason]) names the section, never what the box asks.
TEST(FieldClassifierTest, AnEntrysBoxItsLabelDoesNotNameIsNotTheEntrysEmployer) {
  struct Case {
    const char* label;
    const char* name;
    const char* context;
  };
  const Case cases[] = {
      {"Reason for Leaving", "employment[2][reason]", "Employer 2"},
      {"Reason for Leaving", "employment[1][reason]", "Employer 1 (most recent)"},
      {"Reason for leaving", "", "Work Experience 2"},
      {"Supervisor Name", "employment[1][supervisor]", "Employer 1 (most recent)"},
  };
  for (const auto& c : cases) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = c.label;
    field.name = c.name;
    field.context = c.context;
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_TRUE(result.key == FieldKey::kUnknown || result.confidence < 0.75)
        << c.label << " in " << c.context << ": " << ToString(result.key) << " "
        << result.confidence << " " << result.signal;
  }
  // The entry's own boxes keep their meaning.
  Field employer;
  employer.kind = ControlKind::kText;
  employer.label = "Employer Name";
  employer.name = "employment[2][employer]";
  employer.context = "Employer 2";
  EXPECT_EQ(FieldClassifier().Classify(employer).key, FieldKey::kEmployer);
  EXPECT_EQ(FieldClassifier().Classify(employer).entry, 1);
}

// UK application forms ask the "Current or most recent employment" and then,
// under its own heading, the "Previous employment": the job before it, the
// second entry of the work history, never the current job again.
TEST(FieldClassifierTest, APreviousEmploymentSectionIsTheSecondJob) {
  EXPECT_EQ(EntryOf("Previous employment").section, EntrySection::kWork);
  EXPECT_EQ(EntryOf("Previous employment").index, 1);
  EXPECT_EQ(EntryOf("Your employment before the job above, if any. | Previous employer").index, 1);
  EXPECT_EQ(EntryOf("Details of your previous job").section, EntrySection::kNone);
  const struct {
    const char* label;
    const char* name;
    FieldKey key;
  } cases[] = {
      {"Employer name", "employment[1][employer]", FieldKey::kEmployer},
      {"Job title", "employment[1][job_title]", FieldKey::kJobTitle},
      {"Date started", "employment[1][date_from]", FieldKey::kJobStart},
      {"Date left", "employment[1][date_to]", FieldKey::kJobEnd},
  };
  for (const auto& c : cases) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = c.label;
    field.name = c.name;
    field.placeholder = "";
    field.context = "Your employment before the job above, if any. | Previous employment";
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_EQ(result.key, c.key) << c.label << ": " << result.signal;
    EXPECT_EQ(result.entry, 1) << c.label << ": " << result.signal;
  }
}

// A job entry's "Employer Phone", "Company Address" or a bare "Phone" (US
// employment histories ask how to reach each employer) is the employer's contact,
// neither the employer's name nor the person's own phone; "Employer City" is the
// job's place.
TEST(FieldClassifierTest, AnEmployersContactInAnEntryIsNeitherItsNameNorThePersons) {
  struct Case {
    const char* label;
    ControlKind kind;
    const char* context;
  };
  const Case cases[] = {
      {"Employer Phone", ControlKind::kText, "Employer 2"},
      {"Employer Phone", ControlKind::kTel, "Work Experience 1"},
      {"Phone", ControlKind::kTel, "Work Experience 1"},
      {"Company Address", ControlKind::kText, "Work Experience 2"},
      {"Employer Email", ControlKind::kEmail, "Employment 1"},
  };
  for (const auto& c : cases) {
    Field field;
    field.kind = c.kind;
    field.label = c.label;
    field.context = c.context;
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_TRUE(result.key == FieldKey::kUnknown || result.confidence < 0.75)
        << c.label << " in " << c.context << ": " << ToString(result.key) << " " << result.signal;
  }
  Field city;
  city.kind = ControlKind::kText;
  city.label = "Employer City";
  city.context = "Work Experience 2";
  const Classification place = FieldClassifier().Classify(city);
  EXPECT_EQ(place.key, FieldKey::kCity) << place.signal;
  EXPECT_TRUE(place.of_job);
  EXPECT_EQ(place.entry, 1);
}

TEST(FieldClassifierTest, FieldsOfARepeatedEntryMapToThatEntry) {
  struct EntryCase {
    const char* label;
    ControlKind kind;
    const char* context;
    FieldKey key;
    int entry;
  };
  const EntryCase cases[] = {
      {"Job Title", ControlKind::kText, "Work Experience 2", FieldKey::kJobTitle, 1},
      {"Company", ControlKind::kText, "Work Experience 1", FieldKey::kEmployer, 0},
      // Taleo's and SAP's work-experience blocks name the title "Job Function".
      {"Job Function", ControlKind::kText, "Work experience 1", FieldKey::kJobTitle, 0},
      {"Funktion", ControlKind::kText, "Berufserfahrung 1", FieldKey::kJobTitle, 0},
      {"Fonction occupée", ControlKind::kText, "Expérience professionnelle 2", FieldKey::kJobTitle,
       1},
      {"Cargo", ControlKind::kText, "Experiencia laboral 1", FieldKey::kJobTitle, 0},
      {"Employer name", ControlKind::kText, "Employment 3", FieldKey::kEmployer, 2},
      {"Location", ControlKind::kText, "Work Experience 1", FieldKey::kJobLocation, 0},
      {"From", ControlKind::kDateParts, "Work Experience 1", FieldKey::kJobStart, 0},
      {"Start date", ControlKind::kDate, "Position 1", FieldKey::kJobStart, 0},
      {"To", ControlKind::kDateParts, "Work Experience 1", FieldKey::kJobEnd, 0},
      // Workday fr-FR: « Du » / « Au » over MM / AAAA boxes, « Je travaille actuellement ici ».
      {"Du", ControlKind::kDateParts, "Expérience professionnelle 1", FieldKey::kJobStart, 0},
      {"Au", ControlKind::kDateParts, "Expérience professionnelle 2", FieldKey::kJobEnd, 1},
      {"Je travaille actuellement ici", ControlKind::kCheckbox, "Expérience professionnelle 1",
       FieldKey::kJobCurrent, 0},
      {"Description du poste", ControlKind::kTextarea, "Expérience professionnelle 1",
       FieldKey::kJobDescription, 0},
      {"I currently work here", ControlKind::kCheckbox, "Work Experience 1", FieldKey::kJobCurrent,
       0},
      {"Role Description", ControlKind::kTextarea, "Work Experience 1", FieldKey::kJobDescription,
       0},
      {"School or University", ControlKind::kText, "Education 1", FieldKey::kSchool, 0},
      {"Degree", ControlKind::kCombobox, "Education 2", FieldKey::kDegree, 1},
      {"Field of Study", ControlKind::kText, "Education 1", FieldKey::kDiscipline, 0},
      {"To (Actual or Expected)", ControlKind::kDateParts, "Education 1", FieldKey::kEducationEnd,
       0},
      // A date drawn as a month list and a year list under the group's name
      // (Dayforce, Workday): the group, first in the context, says whose date.
      {"Month", ControlKind::kSelect, "Start Date * | Employment 1 | Start Date *",
       FieldKey::kJobStart, 0},
      {"Year", ControlKind::kSelect, "End Date | Employment 2", FieldKey::kJobEnd, 1},
      // Japanese forms: 現在も在籍中, still employed there; 業務内容, the duties.
      {"現在も在籍中", ControlKind::kCheckbox, "職歴 1 | 在籍期間 | 職歴 1", FieldKey::kJobCurrent,
       0},
      {"業務内容", ControlKind::kTextarea, "職歴 1 | 職歴 1", FieldKey::kJobDescription, 0},
      {"学部・学科", ControlKind::kText, "学歴 1", FieldKey::kDiscipline, 0},
      // A current-job checkbox is never a text box, whatever its label says.
      {"I currently work here", ControlKind::kText, "Work Experience 1", FieldKey::kUnknown, -1},
  };
  for (const auto& c : cases) {
    Field field;
    field.kind = c.kind;
    field.label = c.label;
    field.context = c.context;
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_EQ(result.key, c.key) << c.label << " in " << c.context << ": " << ToString(result.key);
    EXPECT_EQ(result.entry, c.entry) << c.label << " in " << c.context;
  }
  // Outside a numbered section the same labels keep their usual meaning.
  Field title;
  title.kind = ControlKind::kText;
  title.label = "Job Title";
  EXPECT_EQ(FieldClassifier().Classify(title).key, FieldKey::kCurrentTitle);
  EXPECT_EQ(FieldClassifier().Classify(title).entry, -1);
}

// A date drawn as lists named only by their part, outside any entry: "年" /
// "月" / "日" under "生年月日", "Day" / "Month" / "Year" under "Date of birth".
// The group's name says whose date; alone, the part says nothing.
TEST(FieldClassifierTest, ListsNamedByTheirDatePartTakeTheGroupsMeaning) {
  struct PartCase {
    const char* label;
    const char* context;
    FieldKey key;
  };
  const PartCase cases[] = {
      {"年", "生年月日 | 基本情報", FieldKey::kDateOfBirth},
      {"月", "生年月日 | 基本情報", FieldKey::kDateOfBirth},
      {"日", "生年月日 | 基本情報", FieldKey::kDateOfBirth},
      {"Day", "Date of birth | Personal details", FieldKey::kDateOfBirth},
      {"Year", "Date of birth | Personal details", FieldKey::kDateOfBirth},
  };
  for (const auto& c : cases) {
    Field field;
    field.kind = ControlKind::kSelect;
    field.label = c.label;
    field.context = c.context;
    const Classification result = FieldClassifier().Classify(field);
    EXPECT_EQ(ToString(result.key), std::string(ToString(c.key))) << c.label << " in " << c.context;
    EXPECT_GE(result.confidence, kConfident) << c.label << " " << result.signal;
  }
  // Without a group's name the part alone is nothing.
  Field alone;
  alone.kind = ControlKind::kSelect;
  alone.label = "年";
  EXPECT_EQ(FieldClassifier().Classify(alone).key, FieldKey::kUnknown);
}

// Form CC-305 asks "Please check one of the boxes below:" under its title: the
// question's own words only say how to answer; its options and its section's
// heading say what it asks. Either alone is not enough.
TEST(FieldClassifierTest, OptionsAndSectionNamingOneMeaningDecideAWordlessQuestion) {
  Field boxes;
  boxes.kind = ControlKind::kRadioGroup;
  boxes.label = "Please check one of the boxes below:";
  boxes.context = "Voluntary Self-Identification of Disability (Form CC-305)";
  for (const char* option : {"Yes, I have a disability (or previously had a disability)",
                             "No, I do not have a disability", "I do not want to answer"}) {
    boxes.options.push_back({option, "", false, false});
  }
  const Classification both = FieldClassifier().Classify(boxes);
  EXPECT_EQ(both.key, FieldKey::kDisability) << both.signal;
  EXPECT_GE(both.confidence, kConfident) << both.signal;

  Field no_section = boxes;
  no_section.context = "";
  EXPECT_LT(FieldClassifier().Classify(no_section).confidence, kConfident);
  Field one_option = boxes;
  one_option.options = {{"Yes, I have a disability", "", false, false},
                        {"No", "", false, false},
                        {"I do not want to answer", "", false, false}};
  EXPECT_LT(FieldClassifier().Classify(one_option).confidence, kConfident);
}

// intl-tel-input and its kin draw the phone's country as a button titled
// "United Kingdom: +44" over a list of "<country> +<code>" options.
TEST(FieldClassifierTest, AListOfDiallingCodesIsThePhonesCountry) {
  Field picker;
  picker.kind = ControlKind::kCombobox;
  picker.label = "United Kingdom: +44";
  for (const char* option :
       {"United Kingdom +44", "United States +1", "Ireland +353", "Germany +49"}) {
    picker.options.push_back({option, "", false, false});
  }
  EXPECT_EQ(FieldClassifier().Classify(picker).key, FieldKey::kPhoneCountryCode);

  picker.options.clear();  // the list is drawn only when opened
  EXPECT_EQ(FieldClassifier().Classify(picker).key, FieldKey::kPhoneCountryCode);

  Field flag_button;  // titled with the picked country's name, showing its code
  flag_button.kind = ControlKind::kCombobox;
  flag_button.label = "Slovensko";
  flag_button.value = "🇸🇰 +421";
  EXPECT_EQ(FieldClassifier().Classify(flag_button).key, FieldKey::kPhoneCountryCode);
  flag_button.label = "Slovakia";
  EXPECT_EQ(FieldClassifier().Classify(flag_button).key, FieldKey::kPhoneCountryCode);

  Field named_choice;  // a question's own name with a dial code picked is not the phone's
  named_choice.kind = ControlKind::kCombobox;
  named_choice.label = "Preferred contact";
  named_choice.value = "+421";
  EXPECT_NE(FieldClassifier().Classify(named_choice).key, FieldKey::kPhoneCountryCode);

  Field country;  // a country list with the dial codes as its values is still a country list
  country.kind = ControlKind::kSelect;
  country.label = "Country";
  for (const char* option : {"United Kingdom", "United States", "Ireland", "Germany"}) {
    country.options.push_back({option, "+1", false, false});
  }
  EXPECT_EQ(FieldClassifier().Classify(country).key, FieldKey::kCountry);

  Field phone;  // a phone number is no dialling code
  phone.kind = ControlKind::kSelect;
  phone.label = "Call me at +1 415 555 0142";
  EXPECT_NE(FieldClassifier().Classify(phone).key, FieldKey::kPhoneCountryCode);
}

// French careers forms (HubSpot and other form builders) ask for the way of working
// without naming it ("Quel rythme de travail recherchez-vous ?") and let the options
// say it: on site, hybrid, remote. A list of ways of working is that question; a list
// with any other choice in it is not.
TEST(FieldClassifierTest, AChoiceAmongWaysOfWorkingOnlyIsTheWorkArrangement) {
  Field arrangement;
  arrangement.kind = ControlKind::kRadioGroup;
  arrangement.label = "Quel rythme de travail recherchez-vous ?";
  for (const char* option : {"100 % sur site", "Hybride", "100 % télétravail"}) {
    arrangement.options.push_back({option, "", false, false});
  }
  const Classification named = FieldClassifier().Classify(arrangement);
  EXPECT_EQ(named.key, FieldKey::kRemote) << named.signal;
  EXPECT_GE(named.confidence, kConfident) << named.signal;

  Field english = arrangement;
  english.kind = ControlKind::kSelect;
  english.label = "Which setup are you looking for?";
  english.options = {{"Select...", "", false, false},
                     {"On-site", "", false, false},
                     {"Hybrid", "", false, false},
                     {"Fully remote", "", false, false}};
  EXPECT_EQ(FieldClassifier().Classify(english).key, FieldKey::kRemote);

  Field office = arrangement;  // the office named as a place to work from is on site
  office.label = "Comment souhaitez-vous travailler ?";
  office.options = {{"Depuis nos bureaux de Nantes", "", false, false},
                    {"En hybride", "", false, false},
                    {"En télétravail complet", "", false, false}};
  EXPECT_EQ(FieldClassifier().Classify(office).key, FieldKey::kRemote);

  Field hours = arrangement;  // "rythme" also means full or part time
  hours.options = {{"Temps plein", "", false, false}, {"Temps partiel", "", false, false}};
  EXPECT_NE(FieldClassifier().Classify(hours).key, FieldKey::kRemote);

  Field offices = arrangement;  // a place among the ways of working is another question
  offices.options = {{"Lyon", "", false, false},
                     {"Hybride", "", false, false},
                     {"100 % télétravail", "", false, false}};
  EXPECT_NE(FieldClassifier().Classify(offices).key, FieldKey::kRemote);

  Field one = arrangement;  // one way of working offered is a yes/no, not a choice among them
  one.options = {{"Hybride", "", false, false}, {"Autre", "", false, false}};
  EXPECT_NE(FieldClassifier().Classify(one).key, FieldKey::kRemote);
}

// Why a job ended is the person's to say, not the employer's name: "Reason for
// Leaving" in an entry headed by the employer's number ("Employer 1").
TEST(FieldClassifierTest, WhyAJobEndedIsNoPartOfTheEntryTheProfileAnswers) {
  for (const char* context : {"Employer 1 | Work History", "Work Experience 2", "Employment 1"}) {
    for (const char* label : {"Reason for Leaving", "Reason for leaving this job",
                              "Why did you leave?", "Reason for Leaving (if applicable)"}) {
      Field field;
      field.kind = ControlKind::kText;
      field.label = label;
      field.context = context;
      field.name = "workHistory[0][reasonForLeaving]";
      const Classification result = FieldClassifier().Classify(field);
      EXPECT_EQ(result.key, FieldKey::kUnknown)
          << label << " in " << context << ": " << ToString(result.key) << " " << result.signal;
    }
  }
}

// An education entry's boxes that ask something other than the school, degree,
// field or dates ("Units completed", "Unit type" as US public-sector forms count
// college credits) under a heading naming the school's kind ("College/University")
// are not the school: the heading names the section, not the box.
TEST(FieldClassifierTest, AnEntrysOtherBoxUnderASchoolHeadingIsNotTheSchool) {
  for (const char* label : {"Units completed", "Unit type"}) {
    Field field;
    field.kind = ControlKind::kText;
    field.label = label;
    field.name = "Education[0].UnitsCompleted";
    field.context = "College/University | Education";
    const Classification c = FieldClassifier().Classify(field);
    EXPECT_NE(c.key, FieldKey::kSchool) << label << " " << c.signal;
  }
  Field school;
  school.kind = ControlKind::kText;
  school.label = "School name";
  school.name = "Education[0].SchoolName";
  school.context = "College/University | Education";
  EXPECT_EQ(FieldClassifier().Classify(school).key, FieldKey::kSchool);
}

// A US public-sector application's one work entry under "Work Experience" asks
// the job held as "Position title" (NEOGOV, PeopleAdmin and many city and county
// forms), a label that alone says nothing (the opening applied for is a
// "position" too): under a heading of past jobs it is the first job's title. A
// label that already reads as something else keeps its reading.
TEST(FieldClassifierTest, APositionTitleUnderWorkExperienceIsTheFirstJobsTitle) {
  for (const char* label : {"Position title", "Position Title"}) {
    const Classification title = ClassifyInContext(label, ControlKind::kText, "Work Experience");
    EXPECT_EQ(title.key, FieldKey::kJobTitle) << label << " " << title.signal;
    EXPECT_EQ(title.entry, 0) << label;
    EXPECT_TRUE(title.unnumbered_entry) << label;
  }
  EXPECT_EQ(ClassifyInContext("Position title", ControlKind::kText, "Employment History").key,
            FieldKey::kJobTitle);
  // Not under past jobs: nothing said.
  EXPECT_NE(ClassifyInContext("Position title", ControlKind::kText, "Apply for this job").key,
            FieldKey::kJobTitle);
  // Under past jobs, what reads as something else by itself stays so.
  EXPECT_EQ(ClassifyInContext("Employer", ControlKind::kText, "Work Experience").key,
            FieldKey::kCurrentCompany);
  EXPECT_EQ(ClassifyInContext("Reason for leaving", ControlKind::kText, "Work Experience").key,
            FieldKey::kUnknown);
}

}  // namespace
}  // namespace applier::planning
