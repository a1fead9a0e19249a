#include "planning/field_classifier.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "knowledge/countries.h"
#include "knowledge/question_text.h"

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;

enum class Match {
  kPhrase,  // the synonym occurs in the text on word boundaries
  kWhole,   // the synonym is the whole text: "Name", "Nom", "Ort", "姓"
};

struct Synonym {
  FieldKey key;
  std::string_view text;  // already normalised (lower case, no accents or punctuation)
  Match match = Match::kPhrase;
  // Added to the score, for phrases that must win over a shorter, more generic
  // synonym in the same text ("country code" over "country").
  double bonus = 0;
};

// The synonym table. Order matters only between equal scores (earlier wins).
const std::vector<Synonym>& Synonyms() {
  using enum FieldKey;
  static const std::vector<Synonym> table = {
      // Vetoes: text that contains a synonym but asks for something else ("address
      // line 2" is not the street, "emergency contact phone" is not the user's).
      // A veto silences every other synonym in the same text.
      {kUnknown, "address line 2"},
      {kUnknown, "address 2"},
      {kUnknown, "apartment"},
      {kUnknown, "suite"},
      {kUnknown, "citizenship"},
      {kUnknown, "emergency contact"},
      {kUnknown, "previous employer"},
      {kUnknown, "previous company"},
      {kUnknown, "former employer"},
      {kUnknown, "position applied"},
      {kUnknown, "phone device type"},
      {kUnknown, "phone type"},
      {kUnknown, "phone extension"},
      {kUnknown, "referred by"},
      {kUnknown, "referrer"},
      {kUnknown, "worked for"},
      {kUnknown, "ever been employed"},
      // Someone else's details: a reference's, a supervisor's.
      {kUnknown, "reference"},
      {kUnknown, "supervisor"},
      // The employer being applied to, not the applicant's own.
      {kUnknown, "applying to"},
      {kUnknown, "applying for"},
      // Place and date of birth are not the address.
      {kUnknown, "birth"},
      // Salary history: the profile holds the expected salary, never the current one.
      {kUnknown, "current salary"},
      {kUnknown, "current annual"},
      {kUnknown, "current base"},
      {kUnknown, "current compensation"},
      {kUnknown, "current pay"},
      {kUnknown, "salary history"},
      // Which office to work from: a preference, not where the applicant lives.
      {kUnknown, "preferred location"},
      {kUnknown, "preferred work location"},
      {kUnknown, "preferred office"},

      {kPreferredName, "preferred name"},
      {kPreferredName, "preferred first name", Match::kPhrase, 0.02},
      {kPreferredName, "nickname"},
      {kPreferredName, "known as"},
      {kPreferredName, "what should we call you"},
      {kPreferredName, "rufname"},

      {kFirstName, "first name"},
      {kFirstName, "given name"},
      {kFirstName, "given names"},
      {kFirstName, "forename"},
      {kFirstName, "firstname"},
      {kFirstName, "fname"},
      {kFirstName, "vorname"},
      {kFirstName, "prenom"},
      {kFirstName, "nombre", Match::kWhole},
      {kFirstName, "nombres", Match::kWhole},
      {kFirstName, "nome", Match::kWhole},
      {kFirstName, "primeiro nome"},
      {kFirstName, "имя", Match::kWhole},
      {kFirstName, "名", Match::kWhole},
      {kFirstName, "이름", Match::kWhole},

      {kLastName, "last name"},
      {kLastName, "surname"},
      {kLastName, "family name"},
      {kLastName, "lastname"},
      {kLastName, "lname"},
      {kLastName, "nachname"},
      {kLastName, "familienname"},
      {kLastName, "nom de famille"},
      {kLastName, "nom", Match::kWhole},
      {kLastName, "apellido"},
      {kLastName, "apellidos"},
      {kLastName, "sobrenome"},
      {kLastName, "ultimo nome"},
      {kLastName, "cognome"},
      {kLastName, "фамилия"},
      {kLastName, "姓", Match::kWhole},
      {kLastName, "苗字"},
      {kLastName, "姓氏"},
      {kLastName, "성", Match::kWhole},

      {kMiddleName, "middle name"},
      {kMiddleName, "middle initial"},
      {kMiddleName, "middlename"},
      {kMiddleName, "отчество"},

      {kFullName, "name", Match::kWhole},
      {kFullName, "your name"},
      {kFullName, "full name", Match::kPhrase, 0.01},
      {kFullName, "legal name"},
      {kFullName, "full legal name", Match::kPhrase, 0.01},
      {kFullName, "complete name"},
      {kFullName, "candidate name"},
      {kFullName, "applicant name"},
      {kFullName, "fullname"},
      {kFullName, "vollstandiger name"},
      {kFullName, "nom complet"},
      {kFullName, "nombre completo"},
      {kFullName, "nome completo"},
      {kFullName, "фио"},
      {kFullName, "полное имя"},
      {kFullName, "姓名"},
      {kFullName, "氏名"},
      {kFullName, "名前"},
      {kFullName, "名字"},
      {kFullName, "성명"},

      {kPronouns, "pronoun"},
      {kPronouns, "pronouns"},

      {kEmail, "email"},
      {kEmail, "e mail"},
      {kEmail, "email address", Match::kPhrase, 0.01},
      {kEmail, "e mail address", Match::kPhrase, 0.01},
      {kEmail, "indirizzo email", Match::kPhrase, 0.01},
      {kEmail, "courriel"},
      {kEmail, "adresse electronique"},
      {kEmail, "correo"},
      {kEmail, "correo electronico"},
      {kEmail, "электронная почта"},
      {kEmail, "почта"},
      {kEmail, "邮箱"},
      {kEmail, "电子邮件"},
      {kEmail, "メール"},
      {kEmail, "이메일"},

      // "Phone number (including country code)" is the phone: "country code" alone
      // must be the whole label.
      {kPhoneCountryCode, "country code", Match::kWhole},
      {kPhoneCountryCode, "phone country code", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "phone number country code", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "country phone code", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "phone country", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "dial code", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "dialing code", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "calling code", Match::kPhrase, 0.02},
      {kPhoneCountryCode, "phone prefix", Match::kPhrase, 0.02},

      {kPhone, "phone"},
      {kPhone, "phone number"},
      {kPhone, "telephone"},
      {kPhone, "mobile"},
      {kPhone, "mobile number"},
      {kPhone, "cell"},
      {kPhone, "cell phone"},
      {kPhone, "tel", Match::kWhole},
      {kPhone, "telefon"},
      {kPhone, "telefonnummer"},
      {kPhone, "handynummer"},
      {kPhone, "mobilnummer"},
      {kPhone, "portable"},
      {kPhone, "telefono"},
      {kPhone, "telefone"},
      {kPhone, "celular"},
      {kPhone, "cellulare"},
      {kPhone, "movil"},
      {kPhone, "телефон"},
      {kPhone, "телефона"},
      {kPhone, "мобильный телефон"},
      {kPhone, "电话"},
      {kPhone, "手机"},
      {kPhone, "電話"},
      {kPhone, "携帯"},
      {kPhone, "전화"},
      {kPhone, "전화번호"},
      {kPhone, "휴대폰"},

      {kAddressLine, "address"},
      {kAddressLine, "street"},
      {kAddressLine, "street address", Match::kPhrase, 0.01},
      {kAddressLine, "address line 1", Match::kPhrase, 0.01},
      {kAddressLine, "address1"},
      {kAddressLine, "adresse"},
      {kAddressLine, "strasse"},
      {kAddressLine, "anschrift"},
      {kAddressLine, "direccion"},
      {kAddressLine, "endereco"},
      {kAddressLine, "indirizzo"},
      {kAddressLine, "адрес"},
      {kAddressLine, "地址"},
      {kAddressLine, "住所"},
      {kAddressLine, "주소"},

      {kLocation, "location"},
      {kLocation, "current location"},
      {kLocation, "location city", Match::kPhrase, 0.02},
      {kLocation, "where are you located"},
      {kLocation, "where are you based"},
      {kLocation, "where do you live"},
      {kLocation, "city of residence", Match::kPhrase, 0.02},
      {kLocation, "standort"},
      {kLocation, "wohnort"},
      {kLocation, "ubicacion"},
      {kLocation, "localizacao"},
      {kLocation, "localita"},
      {kLocation, "местоположение"},
      {kLocation, "所在地"},

      {kCity, "city"},
      {kCity, "town"},
      {kCity, "stadt"},
      {kCity, "ort", Match::kWhole},
      {kCity, "ville"},
      {kCity, "ciudad"},
      {kCity, "cidade"},
      {kCity, "citta"},
      {kCity, "город"},
      {kCity, "城市"},
      {kCity, "市区町村"},
      {kCity, "市", Match::kWhole},
      {kCity, "도시"},

      // "Please state why..." is not a region: "state" alone only as the whole label.
      {kRegion, "state", Match::kWhole},
      {kRegion, "state province", Match::kPhrase, 0.01},
      {kRegion, "state or province", Match::kPhrase, 0.01},
      {kRegion, "state region", Match::kPhrase, 0.01},
      {kRegion, "state of residence", Match::kPhrase, 0.01},
      {kRegion, "province"},
      {kRegion, "region"},
      {kRegion, "bundesland"},
      {kRegion, "provincia"},
      {kRegion, "estado", Match::kWhole},
      {kRegion, "регион"},
      {kRegion, "область"},
      {kRegion, "省", Match::kWhole},
      {kRegion, "都道府県"},

      {kPostalCode, "postal code"},
      {kPostalCode, "postal"},
      {kPostalCode, "zip"},
      {kPostalCode, "zip code"},
      {kPostalCode, "zipcode"},
      {kPostalCode, "postcode"},
      {kPostalCode, "post code"},
      {kPostalCode, "plz"},
      {kPostalCode, "postleitzahl"},
      {kPostalCode, "code postal"},
      {kPostalCode, "codigo postal"},
      {kPostalCode, "cep", Match::kWhole},
      {kPostalCode, "cap", Match::kWhole},
      {kPostalCode, "почтовый индекс"},
      {kPostalCode, "индекс"},
      {kPostalCode, "邮编"},
      {kPostalCode, "邮政编码"},
      {kPostalCode, "郵便番号"},
      {kPostalCode, "우편번호"},

      {kCountry, "country"},
      {kCountry, "country of residence", Match::kPhrase, 0.01},
      {kCountry, "country region"},
      {kCountry, "land", Match::kWhole},
      {kCountry, "pays"},
      {kCountry, "pais"},
      {kCountry, "paese"},
      {kCountry, "страна"},
      {kCountry, "国家"},
      {kCountry, "国", Match::kWhole},
      {kCountry, "국가"},

      {kLinkedin, "linkedin"},
      {kLinkedin, "linked in"},
      {kGithub, "github"},
      {kGithub, "git hub"},
      {kPortfolio, "portfolio"},
      {kPortfolio, "behance"},
      {kPortfolio, "dribbble"},
      {kWebsite, "website"},
      {kWebsite, "web site"},
      {kWebsite, "personal website"},
      {kWebsite, "personal site"},
      {kWebsite, "homepage"},
      {kWebsite, "blog"},
      {kWebsite, "url", Match::kWhole},
      {kWebsite, "webseite"},
      {kWebsite, "site web"},
      {kWebsite, "sitio web"},

      {kCurrentCompany, "company"},
      {kCurrentCompany, "current company", Match::kPhrase, 0.01},
      {kCurrentCompany, "company name"},
      {kCurrentCompany, "employer"},
      {kCurrentCompany, "current employer", Match::kPhrase, 0.01},
      {kCurrentCompany, "most recent employer", Match::kPhrase, 0.01},
      {kCurrentCompany, "organization"},
      {kCurrentCompany, "organisation"},
      {kCurrentCompany, "org", Match::kWhole},
      {kCurrentCompany, "unternehmen"},
      {kCurrentCompany, "firma"},
      {kCurrentCompany, "arbeitgeber"},
      {kCurrentCompany, "entreprise"},
      {kCurrentCompany, "societe"},
      {kCurrentCompany, "empresa"},
      {kCurrentCompany, "azienda"},
      {kCurrentCompany, "компания"},
      {kCurrentCompany, "公司"},
      {kCurrentCompany, "会社"},
      {kCurrentCompany, "회사"},

      {kCurrentTitle, "title", Match::kWhole},
      {kCurrentTitle, "job title"},
      {kCurrentTitle, "current title"},
      {kCurrentTitle, "current job title", Match::kPhrase, 0.01},
      {kCurrentTitle, "current position"},
      {kCurrentTitle, "current role"},
      {kCurrentTitle, "most recent title", Match::kPhrase, 0.01},
      {kCurrentTitle, "most recent job title", Match::kPhrase, 0.01},
      {kCurrentTitle, "position", Match::kWhole},
      {kCurrentTitle, "headline"},
      {kCurrentTitle, "berufsbezeichnung"},
      {kCurrentTitle, "poste actuel"},
      {kCurrentTitle, "cargo"},
      {kCurrentTitle, "должность"},
      {kCurrentTitle, "职位"},
      {kCurrentTitle, "役職"},
      {kCurrentTitle, "직함"},

      {kYearsExperience, "years of experience", Match::kPhrase, 0.02},
      {kYearsExperience, "years experience", Match::kPhrase, 0.02},
      {kYearsExperience, "years of professional experience", Match::kPhrase, 0.02},
      {kYearsExperience, "years of relevant experience", Match::kPhrase, 0.02},
      {kYearsExperience, "years of related experience", Match::kPhrase, 0.02},
      {kYearsExperience, "years of work experience", Match::kPhrase, 0.02},
      {kYearsExperience, "years of industry experience", Match::kPhrase, 0.02},
      {kYearsExperience, "how many years", Match::kPhrase, 0.02},
      {kYearsExperience, "berufserfahrung"},

      {kSchool, "school"},
      {kSchool, "university"},
      {kSchool, "college"},
      {kSchool, "institution"},
      {kSchool, "school name"},
      {kSchool, "hochschule"},
      {kSchool, "universitat"},
      {kSchool, "universite"},
      {kSchool, "universidad"},
      {kSchool, "universidade"},
      {kSchool, "universita"},
      {kSchool, "университет"},
      {kSchool, "大学"},
      {kSchool, "学校"},
      {kSchool, "대학교"},

      {kDegree, "degree"},
      {kDegree, "highest degree"},
      {kDegree, "level of education", Match::kPhrase, 0.02},
      {kDegree, "education level", Match::kPhrase, 0.02},
      {kDegree, "highest level of education", Match::kPhrase, 0.02},
      {kDegree, "abschluss"},
      {kDegree, "diplome"},
      {kDegree, "学位"},

      {kDiscipline, "discipline"},
      {kDiscipline, "field of study", Match::kPhrase, 0.02},
      {kDiscipline, "area of study", Match::kPhrase, 0.02},
      {kDiscipline, "major"},
      {kDiscipline, "specialization"},
      {kDiscipline, "concentration"},
      {kDiscipline, "studiengang"},
      {kDiscipline, "fachrichtung"},
      {kDiscipline, "专业"},

      {kCoverLetter, "cover letter", Match::kPhrase, 0.02},
      {kCoverLetter, "coverletter", Match::kPhrase, 0.02},
      {kCoverLetter, "motivation letter", Match::kPhrase, 0.02},
      {kCoverLetter, "letter of motivation", Match::kPhrase, 0.02},
      {kCoverLetter, "anschreiben", Match::kPhrase, 0.02},
      {kCoverLetter, "motivationsschreiben", Match::kPhrase, 0.02},
      {kCoverLetter, "lettre de motivation", Match::kPhrase, 0.02},
      {kCoverLetter, "carta de presentacion", Match::kPhrase, 0.02},
      {kCoverLetter, "carta de apresentacao", Match::kPhrase, 0.02},
      {kCoverLetter, "lettera di presentazione", Match::kPhrase, 0.02},
      {kCoverLetter, "сопроводительное письмо", Match::kPhrase, 0.02},
      {kCoverLetter, "求职信", Match::kPhrase, 0.02},

      {kResume, "resume"},
      {kResume, "cv"},
      {kResume, "resume cv"},
      {kResume, "curriculum vitae"},
      {kResume, "curriculum"},
      {kResume, "lebenslauf"},
      {kResume, "curriculo"},
      {kResume, "резюме"},
      {kResume, "简历"},
      {kResume, "履歴書"},
      {kResume, "이력서"},

      // Sponsorship outranks authorization in a question mentioning both ("Will
      // you require sponsorship to be authorized to work..."), except when it asks
      // about working *without* sponsorship, which is an authorization question.
      {kSponsorship, "sponsorship", Match::kPhrase, 0.03},
      {kSponsorship, "sponsor", Match::kPhrase, 0.03},
      {kSponsorship, "visa sponsorship", Match::kPhrase, 0.03},
      {kSponsorship, "require a visa", Match::kPhrase, 0.03},
      {kSponsorship, "need a visa", Match::kPhrase, 0.03},
      {kSponsorship, "h 1b", Match::kPhrase, 0.03},
      {kSponsorship, "h1b", Match::kPhrase, 0.03},
      {kSponsorship, "employment visa", Match::kPhrase, 0.03},
      {kWorkAuthorization, "without sponsorship", Match::kPhrase, 0.06},
      {kWorkAuthorization, "without requiring sponsorship", Match::kPhrase, 0.06},
      {kWorkAuthorization, "without the need for sponsorship", Match::kPhrase, 0.06},
      {kWorkAuthorization, "without visa sponsorship", Match::kPhrase, 0.06},
      {kWorkAuthorization, "without needing sponsorship", Match::kPhrase, 0.06},
      {kWorkAuthorization, "without a visa", Match::kPhrase, 0.06},
      {kWorkAuthorization, "authorized to work"},
      {kWorkAuthorization, "authorised to work"},
      {kWorkAuthorization, "legally authorized"},
      {kWorkAuthorization, "legally authorised"},
      {kWorkAuthorization, "work authorization"},
      {kWorkAuthorization, "work authorisation"},
      {kWorkAuthorization, "employment authorization"},
      {kWorkAuthorization, "work permit"},
      {kWorkAuthorization, "right to work"},
      {kWorkAuthorization, "eligible to work"},
      {kWorkAuthorization, "legally eligible"},
      {kWorkAuthorization, "legally able to work"},
      {kWorkAuthorization, "permission to work"},
      {kWorkAuthorization, "work eligibility"},
      {kWorkAuthorization, "arbeitserlaubnis"},
      {kWorkAuthorization, "permis de travail"},
      {kWorkAuthorization, "permiso de trabajo"},

      {kSalary, "salary"},
      {kSalary, "compensation"},
      {kSalary, "desired pay"},
      {kSalary, "expected pay"},
      {kSalary, "pay expectation"},
      {kSalary, "pay expectations"},
      {kSalary, "pay requirements"},
      {kSalary, "rate expectations"},
      {kSalary, "gehalt"},
      {kSalary, "gehaltsvorstellung"},
      {kSalary, "salaire"},
      {kSalary, "pretentions salariales"},
      {kSalary, "salario"},
      {kSalary, "pretension salarial"},
      {kSalary, "retribuzione"},
      {kSalary, "зарплата"},
      {kSalary, "薪资"},
      {kSalary, "給与"},
      {kSalary, "年収"},
      {kSalary, "연봉"},

      {kNoticePeriod, "notice period", Match::kPhrase, 0.02},
      {kNoticePeriod, "notice"},
      {kNoticePeriod, "kundigungsfrist"},
      {kNoticePeriod, "preavis"},
      {kNoticePeriod, "preaviso"},

      {kStartDate, "start date"},
      {kStartDate, "earliest start"},
      {kStartDate, "when can you start"},
      {kStartDate, "available to start"},
      {kStartDate, "availability date"},
      {kStartDate, "date available"},
      {kStartDate, "availability"},
      {kStartDate, "eintrittsdatum"},
      {kStartDate, "eintrittstermin"},
      {kStartDate, "date de debut"},
      {kStartDate, "fecha de inicio"},
      {kStartDate, "disponibilite"},
      {kStartDate, "disponibilidad"},
      {kStartDate, "disponibilidade"},
      {kStartDate, "disponibilita"},

      {kRelocation, "relocate"},
      {kRelocation, "relocation"},
      {kRelocation, "relocating"},
      {kRelocation, "umzugsbereitschaft"},

      {kRemote, "remote"},
      {kRemote, "remotely"},
      {kRemote, "work from home"},
      {kRemote, "hybrid"},
      {kRemote, "on site"},
      {kRemote, "onsite"},
      {kRemote, "in office"},
      {kRemote, "work arrangement"},
      {kRemote, "workplace type"},
      {kRemote, "work location preference"},

      {kGender, "gender"},
      {kGender, "gender identity"},
      {kGender, "sex", Match::kWhole},
      {kGender, "geschlecht"},
      {kGender, "genre", Match::kWhole},
      {kGender, "genero"},
      {kGender, "sexo"},
      {kGender, "пол", Match::kWhole},
      {kGender, "性别"},
      {kGender, "性別"},
      {kGender, "성별"},

      {kRace, "race"},
      {kRace, "racial"},
      {kRace, "ethnicity"},
      {kRace, "ethnic"},
      {kHispanicLatino, "hispanic"},
      {kHispanicLatino, "latino"},
      {kHispanicLatino, "latinx"},
      {kHispanicLatino, "hispanic latino", Match::kPhrase, 0.02},
      {kHispanicLatino, "hispanic or latino", Match::kPhrase, 0.02},

      {kVeteran, "veteran"},
      {kVeteran, "veteran status"},
      {kVeteran, "protected veteran"},
      {kVeteran, "military service"},
      {kVeteran, "military"},

      {kDisability, "disability"},
      {kDisability, "disabled"},
      {kDisability, "disability status"},
      {kDisability, "behinderung"},

      {kHowHeard, "how did you hear", Match::kPhrase, 0.03},
      {kHowHeard, "hear about", Match::kPhrase, 0.03},
      {kHowHeard, "how did you find", Match::kPhrase, 0.03},
      {kHowHeard, "where did you hear", Match::kPhrase, 0.03},
      {kHowHeard, "where did you find", Match::kPhrase, 0.03},
      {kHowHeard, "how did you learn", Match::kPhrase, 0.03},
      {kHowHeard, "referral source", Match::kPhrase, 0.03},
      {kHowHeard, "source", Match::kWhole},
      {kHowHeard, "lead source"},
      {kHowHeard, "wie sind sie auf uns aufmerksam"},
      {kHowHeard, "comment avez vous connu"},

      {kConsent, "i agree"},
      {kConsent, "agree"},
      {kConsent, "consent"},
      {kConsent, "privacy policy"},
      {kConsent, "privacy notice"},
      {kConsent, "terms and conditions"},
      {kConsent, "terms of use"},
      {kConsent, "terms of service"},
      {kConsent, "acknowledge"},
      {kConsent, "i certify"},
      {kConsent, "i confirm"},
      {kConsent, "i have read"},
      {kConsent, "gdpr"},
      {kConsent, "data processing"},
      {kConsent, "datenschutz"},
  };
  return table;
}

// autocomplete tokens (the field-name part) and what they mean.
struct AutocompleteEntry {
  std::string_view token;
  FieldKey key;
};
constexpr std::array<AutocompleteEntry, 22> kAutocomplete = {{
    {"given-name", FieldKey::kFirstName},
    {"family-name", FieldKey::kLastName},
    {"additional-name", FieldKey::kMiddleName},
    {"name", FieldKey::kFullName},
    {"nickname", FieldKey::kPreferredName},
    {"email", FieldKey::kEmail},
    {"tel", FieldKey::kPhone},
    {"tel-national", FieldKey::kPhone},
    {"tel-country-code", FieldKey::kPhoneCountryCode},
    {"street-address", FieldKey::kAddressLine},
    {"address-line1", FieldKey::kAddressLine},
    {"address-level2", FieldKey::kCity},
    {"address-level1", FieldKey::kRegion},
    {"postal-code", FieldKey::kPostalCode},
    {"country", FieldKey::kCountry},
    {"country-name", FieldKey::kCountry},
    {"organization", FieldKey::kCurrentCompany},
    {"organization-title", FieldKey::kCurrentTitle},
    {"url", FieldKey::kWebsite},
    {"sex", FieldKey::kGender},
    {"address-line2", FieldKey::kUnknown},
    {"address-line3", FieldKey::kUnknown},
}};

constexpr double kAutocompleteScore = 0.99;
// "url" only says "a link"; a label saying which link (LinkedIn, GitHub) wins.
constexpr double kGenericUrlAutocompleteScore = 0.8;
constexpr double kLabelWholeScore = 0.95;
constexpr double kLabelPhraseScore = 0.9;
constexpr double kPlaceholderScore = 0.8;
constexpr double kAttributeScore = 0.8;
constexpr double kContextScore = 0.65;
// Next to a file input, context like "Resume/CV" is what the label would have said.
constexpr double kFileContextScore = 0.8;
constexpr double kControlTypeScore = 0.85;
// A label much longer than the synonym it contains, for a contact fact, is usually
// a question about something else ("Why do you want to join our company?"): it
// drops below the fill threshold. Words are counted without stop words, so that
// "Name of school or university" is as short as it reads, and "What is your email
// address?" is not long enough.
constexpr std::size_t kExtraWordsAllowed = 2;
constexpr double kLongLabelPenalty = 0.2;
constexpr double kAgreementBonus = 0.03;

bool IsTextLike(ControlKind kind) {
  switch (kind) {
    case ControlKind::kText:
    case ControlKind::kEmail:
    case ControlKind::kTel:
    case ControlKind::kUrl:
    case ControlKind::kNumber:
    case ControlKind::kTextarea:
    case ControlKind::kContentEditable:
    case ControlKind::kSelect:
    case ControlKind::kCombobox: return true;
    default: return false;
  }
}

// Whether a control of this kind can hold the key's answer.
bool Fits(FieldKey key, ControlKind kind) {
  switch (key) {
    case FieldKey::kResume: return kind == ControlKind::kFile;
    case FieldKey::kCoverLetter:
      return kind == ControlKind::kFile || kind == ControlKind::kTextarea;
    case FieldKey::kConsent:
      return kind == ControlKind::kCheckbox || kind == ControlKind::kCheckboxGroup;
    case FieldKey::kWorkAuthorization:
    case FieldKey::kSponsorship:
    case FieldKey::kRelocation:
    case FieldKey::kRemote:
    case FieldKey::kGender:
    case FieldKey::kHispanicLatino:
    case FieldKey::kRace:
    case FieldKey::kVeteran:
    case FieldKey::kDisability:
    case FieldKey::kHowHeard:
    case FieldKey::kPronouns:
    case FieldKey::kDegree: return kind != ControlKind::kFile;
    case FieldKey::kStartDate:
      return IsTextLike(kind) || kind == ControlKind::kDate || kind == ControlKind::kDateParts ||
             kind == ControlKind::kRadioGroup;
    case FieldKey::kJobStart:
    case FieldKey::kJobEnd:
    case FieldKey::kEducationStart:
    case FieldKey::kEducationEnd:
      return IsTextLike(kind) || kind == ControlKind::kDate || kind == ControlKind::kDateParts ||
             kind == ControlKind::kSelect || kind == ControlKind::kCombobox;
    case FieldKey::kJobCurrent:
      return kind == ControlKind::kCheckbox || kind == ControlKind::kRadioGroup ||
             kind == ControlKind::kSelect || kind == ControlKind::kCombobox;
    case FieldKey::kSchool:
    case FieldKey::kDiscipline:
    case FieldKey::kJobTitle:
    case FieldKey::kEmployer:
    case FieldKey::kJobLocation:
      return IsTextLike(kind) || kind == ControlKind::kSelect || kind == ControlKind::kCombobox;
    case FieldKey::kJobDescription: return IsTextLike(kind);
    case FieldKey::kUnknown: return true;
    default: return IsTextLike(kind) || kind == ControlKind::kRadioGroup;
  }
}

bool IsContactFact(FieldKey key) {
  switch (key) {
    case FieldKey::kFirstName:
    case FieldKey::kLastName:
    case FieldKey::kFullName:
    case FieldKey::kMiddleName:
    case FieldKey::kPreferredName:
    case FieldKey::kEmail:
    case FieldKey::kPhone:
    case FieldKey::kAddressLine:
    case FieldKey::kCity:
    case FieldKey::kRegion:
    case FieldKey::kPostalCode:
    case FieldKey::kCountry:
    case FieldKey::kLocation:
    case FieldKey::kCurrentCompany:
    case FieldKey::kCurrentTitle:
    case FieldKey::kSchool:
    case FieldKey::kWebsite: return true;
    default: return false;
  }
}

bool IsCjk(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0xE3; });
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool ContainsPhrase(std::string_view haystack, std::string_view needle) {
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts = pos == 0 || haystack[pos - 1] == ' ';
    std::size_t end = pos + needle.size();
    bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// Whether `synonym` occurs in normalised `text`. CJK has no spaces between words,
// so a CJK synonym of two or more characters matches as a substring; a single CJK
// character ("姓", "名") only as the whole text.
bool Matches(const Synonym& synonym, std::string_view text) {
  if (synonym.match == Match::kWhole) return text == synonym.text;
  if (IsCjk(synonym.text)) {
    return CodePoints(synonym.text) == 1 ? text == synonym.text
                                         : text.find(synonym.text) != std::string_view::npos;
  }
  return ContainsPhrase(text, synonym.text);
}

std::size_t WordCount(std::string_view text) {
  return text.empty() ? 0 : static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

// name/id attributes as words: "job_application[firstName]" -> "job application first
// name". Framework noise words are dropped so that "_systemfield_name" is "name".
std::string AttributeWords(std::string_view attribute) {
  std::string spaced;
  for (std::size_t i = 0; i < attribute.size(); ++i) {
    char c = attribute[i];
    bool upper = c >= 'A' && c <= 'Z';
    if (upper && i > 0 && attribute[i - 1] >= 'a' && attribute[i - 1] <= 'z') spaced += ' ';
    spaced += c;
  }
  std::string words;
  for (const std::string& word : knowledge::Words(knowledge::NormalizeText(spaced))) {
    static constexpr std::array<std::string_view, 12> kNoise = {
        "systemfield", "job",  "application", "applicant", "candidate", "input",
        "field",       "form", "data",        "cards",     "urls",      "eeo"};
    if (std::find(kNoise.begin(), kNoise.end(), word) != kNoise.end()) continue;
    if (!words.empty()) words += ' ';
    words += word;
  }
  return words;
}

// A parenthesised remark annotates the field, it does not make it a longer
// question: "Phone number (including country code)" is two words long.
std::string WithoutParentheses(std::string_view text) {
  std::string kept;
  int depth = 0;
  for (char c : text) {
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if (depth == 0)
      kept += c;
  }
  return kept;
}

struct Candidate {
  FieldKey key = FieldKey::kUnknown;
  double score = 0;
  std::string signal;
};

class Scorer {
 public:
  explicit Scorer(const Field& field) : field_(field) {}

  void Offer(FieldKey key, double score, std::string signal) {
    if (!Fits(key, field_.kind)) return;
    signals_for_[static_cast<std::size_t>(key)] += 1;
    if (score > best_.score) best_ = Candidate{key, score, std::move(signal)};
  }

  // Offers the best synonym found in `text` (normalised) for this signal.
  void OfferText(std::string_view text, double base, std::string_view signal_name,
                 std::string_view original, bool is_label) {
    if (text.empty()) return;
    std::size_t words = WordCount(knowledge::NormalizeQuestion(WithoutParentheses(original)));
    std::string signal = std::string(signal_name) + " \"" + std::string(original) + "\"";
    for (const Synonym& synonym : Synonyms()) {
      // A veto holds for the possessive and the plural too ("Supervisor's email",
      // "References"): NormalizeText leaves both as a trailing "s".
      if (synonym.key == FieldKey::kUnknown &&
          (Matches(synonym, text) || ContainsPhrase(text, std::string(synonym.text) + "s"))) {
        Offer(FieldKey::kUnknown, base + 0.05,
              signal + " (vetoed by \"" + std::string(synonym.text) + "\")");
        return;
      }
    }
    std::array<double, static_cast<std::size_t>(FieldKey::kUnknown) + 1> best_for{};
    for (const Synonym& synonym : Synonyms()) {
      if (!Fits(synonym.key, field_.kind) || !Matches(synonym, text)) continue;
      double score =
          base + synonym.bonus +
          0.01 * static_cast<double>(std::min<std::size_t>(WordCount(synonym.text) - 1, 4));
      if (is_label && text == synonym.text)
        score = std::max(score, kLabelWholeScore + synonym.bonus);
      if (is_label && IsContactFact(synonym.key) &&
          words > WordCount(knowledge::NormalizeQuestion(synonym.text)) + kExtraWordsAllowed) {
        score -= kLongLabelPenalty;
      }
      best_for[static_cast<std::size_t>(synonym.key)] =
          std::max(best_for[static_cast<std::size_t>(synonym.key)], score);
    }
    for (std::size_t k = 0; k < best_for.size(); ++k) {
      if (best_for[k] <= 0) continue;
      Offer(static_cast<FieldKey>(k), best_for[k], signal);
    }
  }

  Candidate Best() const {
    Candidate best = best_;
    if (best.key != FieldKey::kUnknown && signals_for_[static_cast<std::size_t>(best.key)] > 1) {
      best.score = std::min(0.99, best.score + kAgreementBonus);
    }
    return best;
  }

 private:
  const Field& field_;
  Candidate best_;
  std::array<int, static_cast<std::size_t>(FieldKey::kUnknown) + 1> signals_for_{};
};

std::string_view AutocompleteToken(std::string_view autocomplete) {
  // "section-x shipping tel-national webauthn": the field name is the last
  // token that is not a modifier.
  std::string_view token;
  std::size_t start = 0;
  while (start < autocomplete.size()) {
    std::size_t end = autocomplete.find(' ', start);
    if (end == std::string_view::npos) end = autocomplete.size();
    std::string_view word = autocomplete.substr(start, end - start);
    if (!word.empty() && word != "webauthn") token = word;
    start = end + 1;
  }
  return token;
}

}  // namespace

const char* ToString(FieldKey key) {
  switch (key) {
    case FieldKey::kFirstName: return "first_name";
    case FieldKey::kLastName: return "last_name";
    case FieldKey::kFullName: return "full_name";
    case FieldKey::kMiddleName: return "middle_name";
    case FieldKey::kPreferredName: return "preferred_name";
    case FieldKey::kPronouns: return "pronouns";
    case FieldKey::kEmail: return "email";
    case FieldKey::kPhone: return "phone";
    case FieldKey::kPhoneCountryCode: return "phone_country_code";
    case FieldKey::kAddressLine: return "address_line";
    case FieldKey::kCity: return "city";
    case FieldKey::kRegion: return "region";
    case FieldKey::kPostalCode: return "postal_code";
    case FieldKey::kCountry: return "country";
    case FieldKey::kLocation: return "location";
    case FieldKey::kLinkedin: return "linkedin";
    case FieldKey::kGithub: return "github";
    case FieldKey::kPortfolio: return "portfolio";
    case FieldKey::kWebsite: return "website";
    case FieldKey::kCurrentCompany: return "current_company";
    case FieldKey::kCurrentTitle: return "current_title";
    case FieldKey::kYearsExperience: return "years_experience";
    case FieldKey::kSchool: return "school";
    case FieldKey::kDegree: return "degree";
    case FieldKey::kDiscipline: return "discipline";
    case FieldKey::kResume: return "resume";
    case FieldKey::kCoverLetter: return "cover_letter";
    case FieldKey::kWorkAuthorization: return "work_authorization";
    case FieldKey::kSponsorship: return "sponsorship";
    case FieldKey::kSalary: return "salary";
    case FieldKey::kNoticePeriod: return "notice_period";
    case FieldKey::kStartDate: return "start_date";
    case FieldKey::kRelocation: return "relocation";
    case FieldKey::kRemote: return "remote";
    case FieldKey::kGender: return "gender";
    case FieldKey::kHispanicLatino: return "hispanic_latino";
    case FieldKey::kRace: return "race";
    case FieldKey::kVeteran: return "veteran";
    case FieldKey::kDisability: return "disability";
    case FieldKey::kHowHeard: return "how_heard";
    case FieldKey::kConsent: return "consent";
    case FieldKey::kJobTitle: return "job_title";
    case FieldKey::kEmployer: return "employer";
    case FieldKey::kJobLocation: return "job_location";
    case FieldKey::kJobStart: return "job_start";
    case FieldKey::kJobEnd: return "job_end";
    case FieldKey::kJobCurrent: return "job_current";
    case FieldKey::kJobDescription: return "job_description";
    case FieldKey::kEducationStart: return "education_start";
    case FieldKey::kEducationEnd: return "education_end";
    case FieldKey::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {

bool HasAnyWord(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto w) { return ContainsPhrase(text, w); });
}

EntrySection SectionOfWords(std::string_view text) {
  if (HasAnyWord(text, {"experience", "employment", "work history", "job", "position", "employer",
                        "berufserfahrung", "experiencia", "expérience"})) {
    return EntrySection::kWork;
  }
  if (HasAnyWord(text, {"education", "school", "degree", "university", "ausbildung", "educación",
                        "formation"})) {
    return EntrySection::kEducation;
  }
  return EntrySection::kNone;
}

// What a field asks within one work entry, from its label alone.
FieldKey WorkEntryKey(std::string_view label, FieldKey base) {
  if (HasAnyWord(label, {"currently work", "current job", "current position", "current role",
                         "currently employed", "present", "i currently"})) {
    return FieldKey::kJobCurrent;
  }
  if (HasAnyWord(label, {"title", "job title", "position", "role"}) &&
      !HasAnyWord(label, {"description", "responsibilities"})) {
    return FieldKey::kJobTitle;
  }
  if (HasAnyWord(label, {"company", "employer", "organization", "organisation"})) {
    return FieldKey::kEmployer;
  }
  if (HasAnyWord(label, {"location", "city", "where"})) return FieldKey::kJobLocation;
  if (HasAnyWord(label, {"from", "start", "start date", "started", "begin"})) {
    return FieldKey::kJobStart;
  }
  if (HasAnyWord(label, {"to", "end", "end date", "until", "ended"})) return FieldKey::kJobEnd;
  if (HasAnyWord(label, {"description", "responsibilities", "summary", "achievements", "duties"})) {
    return FieldKey::kJobDescription;
  }
  switch (base) {
    case FieldKey::kCurrentTitle: return FieldKey::kJobTitle;
    case FieldKey::kCurrentCompany: return FieldKey::kEmployer;
    case FieldKey::kLocation:
    case FieldKey::kCity: return FieldKey::kJobLocation;
    default: return FieldKey::kUnknown;
  }
}

// What a field asks within one education entry, from its label alone.
FieldKey EducationEntryKey(std::string_view label, FieldKey base) {
  if (HasAnyWord(label, {"school", "university", "college", "institution"})) {
    return FieldKey::kSchool;
  }
  if (HasAnyWord(label, {"field of study", "major", "discipline", "subject", "area of study"})) {
    return FieldKey::kDiscipline;
  }
  if (ContainsPhrase(label, "degree")) return FieldKey::kDegree;
  if (HasAnyWord(label, {"from", "start", "start date", "started"})) {
    return FieldKey::kEducationStart;
  }
  if (HasAnyWord(label,
                 {"to", "end", "end date", "graduation", "graduated", "expected", "completion"})) {
    return FieldKey::kEducationEnd;
  }
  switch (base) {
    case FieldKey::kSchool:
    case FieldKey::kDegree:
    case FieldKey::kDiscipline: return base;
    default: return FieldKey::kUnknown;
  }
}

}  // namespace

EntryRef EntryOf(std::string_view context) {
  const std::string text = knowledge::NormalizeText(context);
  // "<section words> <number>": the number that follows the section's name.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    if (i > 0 && text[i - 1] != ' ') continue;
    std::size_t end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end - i > 2 || (end < text.size() && text[end] != ' ')) continue;
    const std::size_t from = i > 30 ? i - 30 : 0;
    const EntrySection section = SectionOfWords(std::string_view(text).substr(from, i - from));
    if (section == EntrySection::kNone) continue;
    const int number = std::stoi(text.substr(i, end - i));
    if (number < 1) continue;
    return {section, number - 1};
  }
  return {};
}

EntrySection SectionNamedBy(std::string_view text) {
  return SectionOfWords(knowledge::NormalizeText(text));
}

Classification FieldClassifier::Classify(const Field& field) const {
  if (const EntryRef ref = EntryOf(field.context); ref.section != EntrySection::kNone) {
    Classification base = ClassifyAlone(field);
    const std::string label = knowledge::NormalizeText(field.label);
    const FieldKey key = ref.section == EntrySection::kWork ? WorkEntryKey(label, base.key)
                                                            : EducationEntryKey(label, base.key);
    if (key != FieldKey::kUnknown && Fits(key, field.kind)) {
      Classification result;
      result.key = key;
      result.confidence = 0.9;
      result.signal = "label \"" + field.label + "\" in " +
                      (ref.section == EntrySection::kWork ? "work entry " : "education entry ") +
                      std::to_string(ref.index + 1);
      result.entry = ref.index;
      return result;
    }
    return base;
  }
  return ClassifyAlone(field);
}

Classification FieldClassifier::ClassifyAlone(const Field& field) const {
  Scorer scorer(field);

  if (std::string_view token = AutocompleteToken(field.autocomplete); !token.empty()) {
    for (const auto& entry : kAutocomplete) {
      if (entry.token != token) continue;
      scorer.Offer(
          entry.key,
          entry.key == FieldKey::kWebsite ? kGenericUrlAutocompleteScore : kAutocompleteScore,
          "autocomplete=" + std::string(token));
    }
  }
  scorer.OfferText(knowledge::NormalizeText(field.label), kLabelPhraseScore, "label", field.label,
                   true);
  scorer.OfferText(knowledge::NormalizeText(field.placeholder), kPlaceholderScore, "placeholder",
                   field.placeholder, false);
  scorer.OfferText(AttributeWords(field.name), kAttributeScore, "name", field.name, false);
  scorer.OfferText(AttributeWords(field.id), kAttributeScore, "id", field.id, false);
  scorer.OfferText(knowledge::NormalizeText(field.context),
                   field.kind == ControlKind::kFile ? kFileContextScore : kContextScore, "context",
                   field.context, false);
  if (field.kind == ControlKind::kEmail) {
    scorer.Offer(FieldKey::kEmail, kControlTypeScore, "input type=email");
  } else if (field.kind == ControlKind::kTel) {
    scorer.Offer(FieldKey::kPhone, kControlTypeScore, "input type=tel");
  }

  Candidate best = scorer.Best();
  Classification result;
  if (best.key == FieldKey::kUnknown) {
    result.signal = best.signal.empty() ? "no signal matched" : best.signal;
    return result;
  }
  result.key = best.key;
  result.confidence = std::min(best.score, 0.99);
  result.signal = std::move(best.signal);
  if (best.key == FieldKey::kWorkAuthorization || best.key == FieldKey::kSponsorship) {
    const knowledge::Country* country = knowledge::CountryMentionedIn(field.label);
    if (country == nullptr) country = knowledge::CountryMentionedIn(field.context);
    if (country != nullptr) result.country = country->code;
  }
  return result;
}

}  // namespace applier::planning
