#include "knowledge/question_text.h"

#include <gtest/gtest.h>

#include "knowledge/countries.h"

namespace applier::knowledge {
namespace {

// A Latin word run into CJK text is a word of its own: "linkedin" is found in
// "LinkedInプロフィール" as it is in "LinkedIn profile". Digits keep their unit.
TEST(QuestionTextTest, LatinWordsRunIntoCjkAreWordsOfTheirOwn) {
  EXPECT_EQ(NormalizeText("LinkedInプロフィール"), "linkedin プロフィール");
  EXPECT_EQ(NormalizeText("ポートフォリオURL"), "ポートフォリオ url");
  EXPECT_EQ(NormalizeText("GitHub계정"), "github 계정");
  EXPECT_EQ(NormalizeText("3年以上"), "3年以上");
  EXPECT_EQ(NormalizeText("お名前"), "お名前");
}

// Inclusive writing adds the feminine or plural ending to a word; the phrase
// tables write the word alone, so the ending goes.
TEST(QuestionTextTest, InclusiveEndingsAreRead) {
  EXPECT_EQ(NormalizeText("Sei autorizzato/a a lavorare in Italia?"),
            "sei autorizzato a lavorare in italia");
  EXPECT_EQ(NormalizeText("¿Estás autorizado/a para trabajar?"), "estas autorizado para trabajar");
  EXPECT_EQ(NormalizeText("Êtes-vous autorisé(e) à travailler ?"),
            "etes vous autorise a travailler");
  EXPECT_EQ(NormalizeText("Êtes-vous autorisé·e à travailler"), "etes vous autorise a travailler");
  EXPECT_EQ(NormalizeText("Mitarbeiter/innen und Bewerber*in"), "mitarbeiter und bewerber");
  EXPECT_EQ(NormalizeText("Year(s) of experience"), "year of experience");
  // Not an ending: other words joined by a slash, a required marker, a bracket.
  EXPECT_EQ(NormalizeText("and/or"), "and or");
  EXPECT_EQ(NormalizeText("y/o"), "y o");
  EXPECT_EQ(NormalizeText("Name*"), "name");
  EXPECT_EQ(NormalizeText("Phone (mobile)"), "phone mobile");
  EXPECT_EQ(NormalizeText("Mobile/Cell"), "mobile cell");
  EXPECT_EQ(NormalizeText("Address (a)"), "address a");
}

TEST(QuestionTextTest, NormalizeText) {
  EXPECT_EQ(NormalizeText("  First-Name*: "), "first name");
  EXPECT_EQ(NormalizeText("Prénom"), "prenom");
  EXPECT_EQ(NormalizeText("STRAßE"), "strasse");
  EXPECT_EQ(NormalizeText("I don't wish to answer"), "i dont wish to answer");
  EXPECT_EQ(NormalizeText("ФАМИЛИЯ"), "фамилия");
  EXPECT_EQ(NormalizeText("姓名（必須）"), "姓名 必須");
  EXPECT_EQ(NormalizeText("Teléfono — móvil"), "telefono movil");
}

// Turkish writes the capital of ı as I and of i as İ, so a label in capitals and
// one in small letters must read alike; Vietnamese stacks a tone mark on a vowel's
// own mark, beyond Latin-1, and is written precomposed or decomposed.
// Persian and Arabic pages write their digits in their own scripts, in labels,
// options and hints alike; the zero-width non-joiner inside a Persian word
// ("می‌دهم") separates its parts as a space would.
TEST(QuestionTextTest, PersianAndArabicIndicDigitsAreDigits) {
  EXPECT_EQ(NormalizeText("۵ تا ۱۰ سال"), "5 تا 10 سال");
  EXPECT_EQ(NormalizeText("١٤٠٤/٠٦/١٠"), "1404 06 10");
  EXPECT_EQ(NormalizeText("۲ هفته"), NormalizeText("2 هفته"));
  EXPECT_EQ(NormalizeText("ترجیح می\u200cدهم"), "ترجیح می دهم");
}

// Welsh ŵ and ŷ (and the rarer ẁ ẃ ẅ) lose their marks as other vowels do: "Grŵp
// ethnig" is read as typed without them.
TEST(QuestionTextTest, WelshLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("Grŵp ethnig"), "grwp ethnig");
  EXPECT_EQ(NormalizeText("TŶ A GWAITH"), "ty a gwaith");
  EXPECT_EQ(NormalizeText("Ẃ ẁ ẅ"), "w w w");
}

// The United Kingdom and the United States as Welsh names them.
TEST(QuestionTextTest, WelshCountryNames) {
  const Country* uk = FindCountry("Y Deyrnas Unedig");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->code, "GB");
  const Country* us = FindCountry("Unol Daleithiau America");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->code, "US");
}

TEST(QuestionTextTest, TurkishAndVietnameseLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("ADI SOYADI"), "adi soyadi");
  EXPECT_EQ(NormalizeText("Adı Soyadı"), "adi soyadi");
  EXPECT_EQ(NormalizeText("İŞE BAŞLAMA TARİHİ"), "ise baslama tarihi");
  EXPECT_EQ(NormalizeText("Doğum Tarihi"), "dogum tarihi");
  EXPECT_EQ(NormalizeText("Şehir"), "sehir");
  EXPECT_EQ(NormalizeText("Họ và tên"), "ho va ten");
  EXPECT_EQ(NormalizeText("HỌ VÀ TÊN"), "ho va ten");
  EXPECT_EQ(NormalizeText("Ứng tuyển ngay"), "ung tuyen ngay");
  EXPECT_EQ(NormalizeText("Địa chỉ email"), "dia chi email");
  EXPECT_EQ(NormalizeText("Mức lương mong muốn"), "muc luong mong muon");
  EXPECT_EQ(NormalizeText("Trường đại học"), "truong dai hoc");
  // decomposed: o + dot below, e + circumflex
  EXPECT_EQ(NormalizeText("Ho\xCC\xA3 va\xCC\x80 te\xCC\x82n"), "ho va ten");
  // Letters of other languages stay as they are written (but for Greek's accents,
  // GreekAccentsAndFinalSigmaFold).
  EXPECT_EQ(NormalizeText("Ёлка"), "ёлка");
}

// Azerbaijani's ə (schwa) is written e where the letter is missing ("Seher" for
// "Şəhər"), in capitals too; its other letters are Turkish ones.
TEST(QuestionTextTest, AzerbaijaniLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("Şəhər"), "seher");
  EXPECT_EQ(NormalizeText("ƏMƏK HAQQI"), "emek haqqi");
  EXPECT_EQ(NormalizeText("Gözlənilən əmək haqqı"), "gozlenilen emek haqqi");
  EXPECT_EQ(NormalizeText("E-poçt ünvanı"), "e poct unvani");
  EXPECT_EQ(NormalizeText("Azərbaycandan kənar"), "azerbaycandan kenar");
}

// Czech is typed with and without its marks ("Příjmení", "Prijmeni"), and the
// marks of á é í ó ú ý are Latin-1 and go anyway: č ď ě ň ř š ť ů ž go too, in
// capitals as well (Ž is past the Polish letters that share its block).
TEST(QuestionTextTest, CzechLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("Příjmení"), "prijmeni");
  EXPECT_EQ(NormalizeText("PŘÍJMENÍ"), "prijmeni");
  EXPECT_EQ(NormalizeText("Životopis"), "zivotopis");
  EXPECT_EQ(NormalizeText("ŽIVOTOPIS"), "zivotopis");
  EXPECT_EQ(NormalizeText("Čeština"), "cestina");
  EXPECT_EQ(NormalizeText("Výpovědní lhůta"), "vypovedni lhuta");
  EXPECT_EQ(NormalizeText("Ďurová, Ťoupal"), "durova toupal");
  EXPECT_EQ(NormalizeText("PLZEŇ, Plzeň"), "plzen plzen");
  EXPECT_EQ(NormalizeText("Do 2 týdnů"), "do 2 tydnu");
  EXPECT_EQ(NormalizeText("Mzdová představa"), "mzdova predstava");
}

// Polish is typed as often without its marks as with them, and in capitals, so
// "Miejscowość", "MIEJSCOWOŚĆ" and "Miejscowosc" read alike; Danish æ ø å are
// Latin-1 and read as their base letters.
TEST(QuestionTextTest, PolishAndDanishLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("Imię"), "imie");
  EXPECT_EQ(NormalizeText("Miejscowość"), "miejscowosc");
  EXPECT_EQ(NormalizeText("MIEJSCOWOŚĆ"), "miejscowosc");
  EXPECT_EQ(NormalizeText("Płeć"), "plec");
  EXPECT_EQ(NormalizeText("ŁÓDŹ"), "lodz");
  EXPECT_EQ(NormalizeText("Województwo"), "wojewodztwo");
  EXPECT_EQ(NormalizeText("Wyrażam zgodę"), "wyrazam zgode");
  EXPECT_EQ(NormalizeText("Początek pracy"), "poczatek pracy");
  EXPECT_EQ(NormalizeText("Źródło"), "zrodlo");
  EXPECT_EQ(NormalizeText("Opsigelsesvarsel i nuværende stilling"),
            "opsigelsesvarsel i nuvaerende stilling");
  EXPECT_EQ(NormalizeText("Fødselsdato"), "fodselsdato");
  EXPECT_EQ(NormalizeText("dd-mm-åååå"), "dd mm aaaa");
}

// Hungarian ő and ű are beyond Latin-1 while ö and ü are not: all four fold, or
// "Születési idő" would read half folded ("szuletesi idő").
TEST(QuestionTextTest, HungarianDoubleAcuteLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("Születési idő"), "szuletesi ido");
  EXPECT_EQ(NormalizeText("SZÜLETÉSI IDŐ"), "szuletesi ido");
  EXPECT_EQ(NormalizeText("Önéletrajz feltöltése"), "oneletrajz feltoltese");
  EXPECT_EQ(NormalizeText("Bérigény (bruttó, Ft)"), "berigeny brutto ft");
  EXPECT_EQ(NormalizeText("Felmondási idő"), NormalizeText("Felmondasi ido"));
  EXPECT_EQ(NormalizeText("Munkavállalási engedély"), "munkavallalasi engedely");
  EXPECT_EQ(NormalizeText("ŰRLAP"), "urlap");
}

// Romanian writes ș and ț with a comma below (the standard) or with a cedilla (ş,
// ţ: older keyboards and fonts); the two spellings of one word are one word.
// Latvian is typed without its marks as often as with them ("Talrunis", "Uzvards"):
// the long vowels ā ē ī ū and the softened ģ ķ ļ ņ (beside č š ž) read as their base
// letters, so a label matches however it was typed.
TEST(QuestionTextTest, LatvianLettersFoldToTheirBase) {
  EXPECT_EQ(NormalizeText("Tālruņa numurs"), "talruna numurs");
  EXPECT_EQ(NormalizeText("Vārds, uzvārds"), "vards uzvards");
  EXPECT_EQ(NormalizeText("Izglītības līmenis"), "izglitibas limenis");
  EXPECT_EQ(NormalizeText("Maģistra grāds"), "magistra grads");
  EXPECT_EQ(NormalizeText("Uzteikuma termiņš"), "uzteikuma termins");
  EXPECT_EQ(NormalizeText("ĶĒĪĻŅĀĢ"), "keilnag");
  EXPECT_EQ(NormalizeText("Vēlamā alga"), NormalizeText("Velama alga"));
}

// Armenian capitals fold to small letters; the question, exclamation and emphasis
// marks written over a vowel inside the word are no letters, and its comma, full
// stop, hyphen and the abbreviation dot ("Էլ․ փոստ") part words.
TEST(QuestionTextTest, ArmenianCapitalsAndMarksInsideWords) {
  EXPECT_EQ(NormalizeText("ԱԶԳԱՆՈՒՆ"), "ազգանուն");
  EXPECT_EQ(NormalizeText("Որտեղի՞ց եք տեղեկացել"), "որտեղից եք տեղեկացել");
  EXPECT_EQ(NormalizeText("Ե՞րբ կարող եք սկսել"), "երբ կարող եք սկսել");
  EXPECT_EQ(NormalizeText("Էլ․ փոստ"), "էլ փոստ");
  EXPECT_EQ(NormalizeText("Համաձայն եմ՝ ՀՀ օրենքին։"), "համաձայն եմ հհ օրենքին");
  EXPECT_EQ(NormalizeText("CV-ն"), "cv ն");
}

TEST(QuestionTextTest, RomanianCommaAndCedillaLettersAreTheSame) {
  EXPECT_EQ(NormalizeText("Județ"), "judet");
  EXPECT_EQ(NormalizeText("Judeţ"), "judet");
  EXPECT_EQ(NormalizeText("JUDEȚ"), "judet");
  EXPECT_EQ(NormalizeText("JUDEŢ"), "judet");
  EXPECT_EQ(NormalizeText("Şcoală"), NormalizeText("Școală"));
  EXPECT_EQ(NormalizeText("Stradă și număr"), "strada si numar");
  EXPECT_EQ(NormalizeText("Țară"), "tara");
  EXPECT_EQ(NormalizeText("Îmi exprim acordul"), "imi exprim acordul");
}

// Greek capitals drop their accents, a word keeps its tonos in small letters, and
// sigma is written ς at a word's end: "ΟΝΟΜΑ", "Όνομα" and "ονομα" are one word.
TEST(QuestionTextTest, GreekAccentsAndFinalSigmaFold) {
  EXPECT_EQ(NormalizeText("Όνομα"), "ονομα");
  EXPECT_EQ(NormalizeText("ΟΝΟΜΑ"), "ονομα");
  EXPECT_EQ(NormalizeText("ονομα"), "ονομα");
  EXPECT_EQ(NormalizeText("Ημερομηνία γέννησης"), "ημερομηνια γεννησησ");
  EXPECT_EQ(NormalizeText("ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ"), "ημερομηνια γεννησησ");
  EXPECT_EQ(NormalizeText("Διεύθυνση"), NormalizeText("ΔΙΕΥΘΥΝΣΗ"));
  EXPECT_EQ(NormalizeText("Ώρα, Ύψος, Έτος, Ήπειρος, Ίδρυμα, Άδεια"),
            "ωρα υψοσ ετοσ ηπειροσ ιδρυμα αδεια");
  EXPECT_EQ(NormalizeText("Προϋπηρεσία"), "προυπηρεσια");
  EXPECT_EQ(NormalizeText("ΠΡΟΫΠΗΡΕΣΙΑ"), "προυπηρεσια");
  // decomposed: omicron + combining acute
  EXPECT_EQ(NormalizeText("O\u0301νομα"), "oνομα");
  EXPECT_EQ(NormalizeText("\u039F\u0301νομα"), "ονομα");
}

// Ukrainian letters beyond Russian's (і ї є ґ) lower-case as their capitals, and
// the apostrophe inside a word ("ім'я", name) is written ' ’ ʼ or ` and joins.
// The Cyrillic letters beyond Russian's (Kazakh ә ғ қ ң ө ұ ү һ, Tatar җ, Bashkir ҙ,
// Mongolian ө ү, Abkhaz ӏ) lower-case as their capitals.
TEST(QuestionTextTest, KazakhAndOtherCyrillicLettersLowerCase) {
  EXPECT_EQ(NormalizeText("ҚАЛА ӨҢІР ҰЯЛЫ ҮЙ ҒЫЛЫМ ӘКЕ ҺӘМ"), "қала өңір ұялы үй ғылым әке һәм");
  EXPECT_EQ(NormalizeText("Қазіргі лауазымы"), "қазіргі лауазымы");
  EXPECT_EQ(NormalizeText("ҖИР ҘУР Ӏ Ӄ"), "җир ҙур ӏ ӄ");
}

TEST(QuestionTextTest, UkrainianLettersAndApostrophes) {
  EXPECT_EQ(NormalizeText("ІМ'Я"), "імя");
  EXPECT_EQ(NormalizeText("Ім'я"), "імя");
  EXPECT_EQ(NormalizeText("Ім’я"), "імя");
  EXPECT_EQ(NormalizeText("Імʼя"), "імя");
  EXPECT_EQ(NormalizeText("Ім`я"), "імя");
  EXPECT_EQ(NormalizeText("ЇЖАК ЄВРОПА ҐАНОК"), "їжак європа ґанок");
  EXPECT_EQ(NormalizeText("Прізвище"), "прізвище");
  EXPECT_EQ(NormalizeText("Електронна пошта"), "електронна пошта");
  EXPECT_EQ(NormalizeText("Зв'язок"), NormalizeText("ЗВʼЯЗОК"));
}

// Arabic is mostly written without its vowel marks; a label that has them (a
// shadda, a fatha, a stretching tatweel) reads as the same words.
TEST(QuestionTextTest, ArabicVowelMarksAreNotPartOfTheWord) {
  EXPECT_EQ(NormalizeText("قدّم الآن"), NormalizeText("قدم الآن"));
  EXPECT_EQ(NormalizeText("البريد الإلكترونيّ"), NormalizeText("البريد الإلكتروني"));
  EXPECT_EQ(NormalizeText("الاســـم"), NormalizeText("الاسم"));
}

// Arabic writes its own question mark, comma and semicolon: they end a word as
// "?" and "," do ("هل تحتاج إلى كفالة؟").
TEST(QuestionTextTest, ArabicPunctuationEndsAWord) {
  EXPECT_EQ(NormalizeText("هل تحتاج إلى كفالة؟"), "هل تحتاج إلى كفالة");
  EXPECT_EQ(NormalizeText("رقم الجوال (أرقام فقط، بدون رمز الدولة)"),
            "رقم الجوال أرقام فقط بدون رمز الدولة");
  EXPECT_EQ(NormalizeText("نعم؛ لا"), "نعم لا");
}

// Hebrew writes abbreviations with gershayim inside the word ("דוא״ל", or the ASCII
// quote keyboards type for it), adds the feminine ending after a slash to words
// that address the reader ("מוכן/ה", "רשאי/ת"), joins words with its own hyphen
// (maqaf) and may carry vowel points: each reads as the plain words.
TEST(QuestionTextTest, HebrewAbbreviationsEndingsAndPoints) {
  EXPECT_EQ(NormalizeText("דוא״ל"), "דואל");
  EXPECT_EQ(NormalizeText("דוא\"ל"), "דואל");
  EXPECT_EQ(NormalizeText("קו״ח (PDF)"), "קוח pdf");
  EXPECT_EQ(NormalizeText("\"שלום\" ולא"), "שלום ולא");  // quotation marks stay punctuation
  EXPECT_EQ(NormalizeText("האם תהיה/י מוכן/ה לעבור?"), "האם תהיה מוכן לעבור");
  EXPECT_EQ(NormalizeText("רשאי/ת לעבוד"), "רשאי לעבוד");
  EXPECT_EQ(NormalizeText("שירות צבאי/לאומי"), "שירות צבאי לאומי");
  EXPECT_EQ(NormalizeText("תל־אביב"), "תל אביב");
  EXPECT_EQ(NormalizeText("שָׁלוֹם"), "שלום");
}

TEST(QuestionTextTest, NormalizeQuestion) {
  EXPECT_EQ(NormalizeQuestion("What are your salary expectations? (required)"),
            "what salary expectation");
  EXPECT_EQ(NormalizeQuestion("Will you NOT require sponsorship?"), "not require sponsorship");
}

TEST(QuestionTextTest, Similarity) {
  EXPECT_DOUBLE_EQ(QuestionSimilarity("a b c", "a b c"), 1.0);
  EXPECT_LT(QuestionSimilarity(NormalizeQuestion("Why do you want to work at Acme?"),
                               NormalizeQuestion("Why do you want to work at Beta?")),
            kSameQuestionThreshold);
}

TEST(QuestionTextTest, AnswerFitsOptions) {
  EXPECT_TRUE(AnswerFitsOptions("anything", {}));
  EXPECT_TRUE(AnswerFitsOptions("Yes", {"Yes, I am authorized", "No"}));
  EXPECT_TRUE(AnswerFitsOptions("no", {"Yes", "No"}));
  EXPECT_FALSE(AnswerFitsOptions("Maybe", {"Yes", "No"}));
}

TEST(CountriesTest, FindCountry) {
  for (const char* text : {"US", "usa", "United States", "United States of America", "U.S.A."}) {
    const Country* country = FindCountry(text);
    ASSERT_NE(country, nullptr) << text;
    EXPECT_EQ(country->code, "US") << text;
  }
  EXPECT_EQ(FindCountry("Deutschland")->code, "DE");
  EXPECT_EQ(FindCountry("GBR")->code, "GB");
  EXPECT_EQ(FindCountry("Narnia"), nullptr);
  // Country selects in the page's language (an Ant Design pt-BR form lists
  // "Estados Unidos"; a Dutch one "Verenigde Staten").
  EXPECT_EQ(FindCountry("Estados Unidos")->code, "US");
  EXPECT_EQ(FindCountry("Verenigde Staten")->code, "US");
  EXPECT_EQ(FindCountry("Royaume-Uni")->code, "GB");
  EXPECT_EQ(FindCountry("Países Bajos")->code, "NL");
  EXPECT_EQ(FindCountry("Nederlands"), nullptr);
  // Hungarian, Romanian (with ț or ţ) and Greek lists.
  EXPECT_EQ(FindCountry("Amerikai Egyesült Államok")->code, "US");
  EXPECT_EQ(FindCountry("Magyarország")->code, "HU");
  EXPECT_EQ(FindCountry("Németország")->code, "DE");
  EXPECT_EQ(FindCountry("Statele Unite ale Americii")->code, "US");
  EXPECT_EQ(FindCountry("România")->code, "RO");
  EXPECT_EQ(FindCountry("Franţa")->code, "FR");
  EXPECT_EQ(FindCountry("Regatul Unit")->code, "GB");
  // Kazakh lists name the United States in full, or АҚШ; Kazakhstan itself with its
  // capital Қ.
  for (const char* text : {"Америка Құрама Штаттары", "АҚШ"}) {
    const Country* country = FindCountry(text);
    ASSERT_NE(country, nullptr) << text;
    EXPECT_EQ(country->code, "US") << text;
  }
  ASSERT_NE(FindCountry("Қазақстан"), nullptr);
  EXPECT_EQ(FindCountry("Қазақстан")->code, "KZ");
  // Macedonian lists name the United States in full, or САД.
  for (const char* text : {"Соединети Американски Држави", "САД"}) {
    const Country* country = FindCountry(text);
    ASSERT_NE(country, nullptr) << text;
    EXPECT_EQ(country->code, "US") << text;
  }
  // Romanian writes the United States "SUA", but so does Portuguese its "your":
  // never a country in a sentence.
  EXPECT_EQ(CountryMentionedIn("Qual é a sua pretensão salarial?"), nullptr);
}

// Country lists of Arabic, Chinese, Japanese, Korean and Russian pages name the
// countries in their own script (a Contact Form 7 page in Arabic, a Chinese shop).
TEST(CountriesTest, NamesInNonLatinScripts) {
  const std::pair<const char*, const char*> names[] = {
      {"الولايات المتحدة الأمريكية", "US"},
      {"المملكة العربية السعودية", "SA"},
      {"الإمارات العربية المتحدة", "AE"},
      {"المملكة المتحدة", "GB"},
      {"美国", "US"},
      {"美國", "US"},
      {"アメリカ合衆国", "US"},
      {"米国", "US"},
      {"미국", "US"},
      {"США", "US"},
      {"Соединённые Штаты Америки", "US"},
      {"Сполучені Штати Америки", "US"},
      {"Ηνωμένες Πολιτείες Αμερικής", "US"},
      {"ΗΝΩΜΕΝΟ ΒΑΣΙΛΕΙΟ", "GB"},
      {"Україна", "UA"},
      {"Ελλάδα", "GR"},
      {"Αυστρία", "AT"},
      {"Германия", "DE"},
      {"ドイツ", "DE"},
      {"中国", "CN"},
      {"대한민국", "KR"},
      {"Förenta staterna", "US"},
      {"Amerika Birleşik Devletleri", "US"},
      {"Estados Unidos da América", "US"},
  };
  for (const auto& [name, code] : names) {
    const Country* country = FindCountry(name);
    ASSERT_NE(country, nullptr) << name;
    EXPECT_EQ(country->code, code) << name;
  }
  EXPECT_EQ(FindCountry("الولايات"), nullptr);  // "the states": no country
}

// A Hebrew country list names the countries in Hebrew, and a question joins "in",
// "to" or "from" to the name ("בישראל"), leaving out the article after them
// ("באיחוד האירופי").
TEST(CountriesTest, HebrewNamesAndJoinedPrepositions) {
  EXPECT_EQ(FindCountry("ארצות הברית")->code, "US");
  EXPECT_EQ(FindCountry("ארה״ב")->code, "US");
  EXPECT_EQ(FindCountry("ישראל")->code, "IL");
  EXPECT_EQ(FindCountry("בריטניה")->code, "GB");
  auto code = [](const char* text) {
    const Country* country = CountryMentionedIn(text);
    return country == nullptr ? std::string() : std::string(country->code);
  };
  EXPECT_EQ(code("האם יש לך היתר עבודה בתוקף בישראל?"), "IL");
  EXPECT_EQ(code("האם את/ה רשאי/ת לעבוד בארצות הברית?"), "US");
  EXPECT_EQ(code("האם יש לך אישור עבודה באיחוד האירופי?"), "EU");
  EXPECT_EQ(code("מדינת מגורים: ברזיל"), "BR");
  EXPECT_EQ(code("האם יש לך היתר עבודה בתוקף?"), "");
}

TEST(CountriesTest, CountryMentionedIn) {
  auto code = [](const char* text) {
    const Country* country = CountryMentionedIn(text);
    return country == nullptr ? std::string() : std::string(country->code);
  };
  EXPECT_EQ(code("Are you legally authorized to work in the United States?"), "US");
  EXPECT_EQ(code("Are you authorized to work in the US?"), "US");
  EXPECT_EQ(code("Are you authorized to work in the U.S.?"), "US");
  EXPECT_EQ(code("Do you have the right to work in Germany?"), "DE");
  EXPECT_EQ(code("Are you eligible to work in the EU?"), "EU");
  EXPECT_EQ(code("Do you have the right to work in the UK?"), "GB");
  EXPECT_EQ(code("Please let us know if you need sponsorship"), "");
  EXPECT_EQ(code("Are you authorized to work?"), "");
  // In the form's language, and in scripts written without spaces.
  EXPECT_EQ(code("¿Tienes permiso de trabajo en la Unión Europea?"), "EU");
  EXPECT_EQ(code("Haben Sie eine Arbeitserlaubnis für die Europäische Union?"), "EU");
  EXPECT_EQ(code("Avrupa Birliği'nde çalışma izniniz var mı?"), "EU");
  EXPECT_EQ(code("您是否有权在美国工作？"), "US");
  EXPECT_EQ(code("Bạn có giấy phép lao động tại Liên minh châu Âu không?"), "EU");
  // Polish names a country in its cases ("na terenie Polski", "w Polsce"); Danish,
  // Norwegian and Swedish by their own names.
  EXPECT_EQ(code("Czy masz prawo do pracy na terenie Polski?"), "PL");
  EXPECT_EQ(code("Czy potrzebujesz wizy, aby pracować w Polsce?"), "PL");
  EXPECT_EQ(code("Czy posiadasz pozwolenie na pracę w Unii Europejskiej?"), "EU");
  EXPECT_EQ(code("Har du tilladelse til at arbejde i Danmark?"), "DK");
  EXPECT_EQ(code("Har du arbeidstillatelse i Norge?"), "NO");
  EXPECT_EQ(code("Har du arbetstillstånd i Sverige?"), "SE");
  EXPECT_EQ(code("Har du ret til at arbejde i Den Europæiske Union?"), "EU");
  // Hungarian, Romanian, Ukrainian and Greek in their cases, Romanian with either
  // form of ț, Greek with or without its accents.
  EXPECT_EQ(code("Jogosult munkát vállalni Magyarországon?"), "HU");
  EXPECT_EQ(code("Rendelkezik munkavállalási engedéllyel az Európai Unióban?"), "EU");
  EXPECT_EQ(code("Aveți dreptul legal de a lucra în România?"), "RO");
  EXPECT_EQ(code("Aveţi drept de muncă în Uniunea Europeană?"), "EU");
  EXPECT_EQ(code("Чи маєте ви право працювати в Україні?"), "UA");
  EXPECT_EQ(code("Чи маєте ви дозвіл на роботу в ЄС?"), "EU");
  EXPECT_EQ(code("Έχετε δικαίωμα εργασίας στην Ελλάδα;"), "GR");
  EXPECT_EQ(code("ΕΧΕΤΕ ΑΔΕΙΑ ΕΡΓΑΣΙΑΣ ΣΤΗΝ ΕΛΛΑΔΑ;"), "GR");
  EXPECT_EQ(code("Έχετε άδεια εργασίας στην Ευρωπαϊκή Ένωση;"), "EU");
}

TEST(QuestionTextTest, HasPhraseMatchesWholeWordsOrCjkAnywhere) {
  EXPECT_TRUE(HasPhrase("phone with country code please", "country code"));
  EXPECT_FALSE(HasPhrase("phone with country codes", "country code"));
  EXPECT_FALSE(HasPhrase("encountry code", "country code"));
  EXPECT_TRUE(HasPhrase("海外の電話番号は国番号から 例 14155550199", "国番号から"));
  EXPECT_FALSE(HasPhrase("phone", ""));
  EXPECT_TRUE(IsCjk("電話"));
  EXPECT_TRUE(IsCjk("전화번호"));
  EXPECT_FALSE(IsCjk("téléphone"));
  EXPECT_FALSE(IsCjk("телефон"));
}

// Thai (like Lao, Myanmar and Khmer) writes no spaces between words: a phrase in
// it matches inside the text, and Latin letters run into it as a word of their own.
TEST(QuestionTextTest, ThaiIsAnUnspacedScript) {
  EXPECT_TRUE(IsUnspacedScript("เบอร์โทรศัพท์"));
  EXPECT_TRUE(IsUnspacedScript("電話"));
  EXPECT_FALSE(IsUnspacedScript("téléphone"));
  EXPECT_FALSE(IsCjk("เบอร์โทรศัพท์"));
  EXPECT_TRUE(HasPhrase(NormalizeText("เบอร์โทรศัพท์มือถือ"), "โทรศัพท์"));
  EXPECT_EQ(NormalizeText("ไฟล์Resume"), "ไฟล์ resume");
}

// Hindi is typed with and without the nukta and with the chandrabindu or the
// anusvara; the Devanagari full stop ends a sentence as a period does.
TEST(QuestionTextTest, HindiSpellingVariantsMeet) {
  EXPECT_EQ(NormalizeText("फ़ाइल अपलोड करें।"), NormalizeText("फाइल अपलोड करें"));
  EXPECT_EQ(NormalizeText("हाँ"), NormalizeText("हां"));
  EXPECT_EQ(NormalizeText("ज़रूरी"), NormalizeText("ज़रूरी"));
  EXPECT_TRUE(HasPhrase(NormalizeText("आपका ईमेल पता।"), NormalizeText("ईमेल पता")));
}

// Bengali writes ড় ঢ় য় as one code point or as the letter and a nukta; Bengali,
// Devanagari and Arabic digits are the digits 0-9 ("২ সপ্তাহ" is "2 সপ্তাহ").
TEST(QuestionTextTest, BengaliSpellingsAndNativeDigitsMeet) {
  EXPECT_EQ(NormalizeText("বিষ\u09DF/মেজর"), NormalizeText("বিষ\u09AF\u09BC মেজর"));
  EXPECT_EQ(NormalizeText("প\u09DCাশোনা"), NormalizeText("প\u09A1\u09BCাশোনা"));
  EXPECT_EQ(NormalizeText("২ সপ্তাহ"), "2 সপ্তাহ");
  EXPECT_EQ(NormalizeText("৬–১০ বছর"), "6 10 বছর");
  EXPECT_EQ(NormalizeText("१५ दिन"), "15 दिन");
  EXPECT_EQ(NormalizeText("٣ أشهر"), "3 أشهر");
  EXPECT_TRUE(HasPhrase(NormalizeText("আপনার ইমেইল ঠিকানা।"), NormalizeText("ইমেইল ঠিকানা")));
}

}  // namespace
}  // namespace applier::knowledge
