#include "planning/duration_text.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "knowledge/question_text.h"

namespace applier::planning {
namespace {

struct Unit {
  std::string_view word;  // as NormalizeText leaves it (no Latin-1 accents, lower case)
  double days;
};

constexpr double kWeek = 7, kMonth = 30, kYear = 365;

// Units after a number, in the languages page_words.json covers (Polish and Czech in
// their case forms: "2 tygodnie", "1 miesiąca", "5 lat", "do 2 týdnů", "1 měsíc",
// "3 měsíce", "do 1 týdne"); Turkish also
// with the endings "than" and "up to" join to it ("2 aydan az", "3 aya kadar"), Hungarian
// with its case endings ("2 hét", "3 hónapig", "1 évet"), Romanian, Ukrainian and Greek in
// their plurals and cases ("2 săptămâni", "3 місяці", "5 років", "2 εβδομάδες"). Japanese,
// Chinese and Korean write them joined to the number ("2週間"), so a unit may
// also be the rest of the number's word. Arabic in the plural after 3 to 10
// ("3 أشهر", "6 سنوات"), in the singular after 11 and more ("15 سنة"), also with
// the accusative ending ("15 يومًا", read "يوما") and without the hamza. Hebrew
// in the singular and the plural ("1 חודש", "3 חודשים"). Croatian in its cases
// ("do 2 tjedna", "3 mjeseca", "5 godina"). Bengali also with the
// genitive ending a unit takes before "more" or "less" ("১০ বছরের বেশি", "১ বছরের কম").
// A plain array: std::array's deduction guide would nest one fold per unit, past
// clang's limit of 256.
constexpr Unit kUnits[] = {
    Unit{"day", 1},
    Unit{"days", 1},
    Unit{"tag", 1},
    Unit{"tage", 1},
    Unit{"tagen", 1},
    Unit{"jour", 1},
    Unit{"jours", 1},
    Unit{"dia", 1},
    Unit{"dias", 1},
    Unit{"giorno", 1},
    Unit{"giorni", 1},
    Unit{"dag", 1},
    Unit{"dagen", 1},
    Unit{"dagar", 1},
    Unit{"dni", 1},
    Unit{"dzien", 1},
    Unit{"dnia", 1},
    Unit{"dage", 1},
    Unit{"dager", 1},
    Unit{"день", 1},
    Unit{"дня", 1},
    Unit{"дней", 1},
    Unit{"gun", 1},
    Unit{"gunden", 1},
    Unit{"يوم", 1},
    Unit{"أيام", 1},
    Unit{"ايام", 1},
    Unit{"يوما", 1},
    Unit{"ngay", 1},
    Unit{"nap", 1},
    Unit{"napot", 1},
    Unit{"napig", 1},
    Unit{"zi", 1},
    Unit{"zile", 1},
    Unit{"дні", 1},
    Unit{"днів", 1},
    Unit{"ημερα", 1},
    Unit{"ημερεσ", 1},
    Unit{"μερα", 1},
    Unit{"μερεσ", 1},
    Unit{"het", kWeek},
    Unit{"hetet", kWeek},
    Unit{"hetig", kWeek},
    Unit{"saptamana", kWeek},
    Unit{"saptamani", kWeek},
    Unit{"saptamini", kWeek},
    Unit{"тиждень", kWeek},
    Unit{"тижні", kWeek},
    Unit{"тижнів", kWeek},
    Unit{"εβδομαδα", kWeek},
    Unit{"εβδομαδεσ", kWeek},
    Unit{"hari", 1},
    Unit{"paiva", 1},
    Unit{"paivaa", 1},
    Unit{"paivan", 1},
    Unit{"pv", 1},
    Unit{"den", 1},
    Unit{"dny", 1},
    Unit{"dnu", 1},
    Unit{"יום", 1},
    Unit{"ימים", 1},
    Unit{"日", 1},
    Unit{"天", 1},
    Unit{"일", 1},
    Unit{"วัน", 1},
    Unit{"दिन", 1},
    Unit{"सप्ताह", kWeek},
    Unit{"हफ्ते", kWeek},
    Unit{"हफ्ता", kWeek},
    Unit{"महीने", kMonth},
    Unit{"महीना", kMonth},
    Unit{"माह", kMonth},
    Unit{"वर्ष", kYear},
    Unit{"साल", kYear},
    Unit{"দিন", 1},
    Unit{"দিনের", 1},
    Unit{"সপ্তাহ", kWeek},
    Unit{"সপ্তাহের", kWeek},
    Unit{"মাস", kMonth},
    Unit{"মাসের", kMonth},
    Unit{"বছর", kYear},
    Unit{"বছরের", kYear},
    Unit{"week", kWeek},
    Unit{"weeks", kWeek},
    Unit{"wk", kWeek},
    Unit{"wks", kWeek},
    Unit{"woche", kWeek},
    Unit{"wochen", kWeek},
    Unit{"semaine", kWeek},
    Unit{"semaines", kWeek},
    Unit{"semana", kWeek},
    Unit{"semanas", kWeek},
    Unit{"settimana", kWeek},
    Unit{"settimane", kWeek},
    Unit{"weken", kWeek},
    Unit{"tydzien", kWeek},
    Unit{"tygodnie", kWeek},
    Unit{"tygodni", kWeek},
    Unit{"tygodnia", kWeek},
    Unit{"uge", kWeek},
    Unit{"uger", kWeek},
    Unit{"uke", kWeek},
    Unit{"uker", kWeek},
    Unit{"неделя", kWeek},
    Unit{"недели", kWeek},
    Unit{"недель", kWeek},
    Unit{"неделю", kWeek},
    Unit{"hafta", kWeek},
    Unit{"haftadan", kWeek},
    Unit{"haftaya", kWeek},
    Unit{"أسبوع", kWeek},
    Unit{"اسبوع", kWeek},
    Unit{"أسابيع", kWeek},
    Unit{"اسابيع", kWeek},
    Unit{"สัปดาห์", kWeek},
    Unit{"أسبوعا", kWeek},
    Unit{"tuan", kWeek},
    Unit{"minggu", kWeek},
    Unit{"pekan", kWeek},
    Unit{"vecka", kWeek},
    Unit{"veckor", kWeek},
    Unit{"viikko", kWeek},
    Unit{"viikkoa", kWeek},
    Unit{"viikon", kWeek},
    Unit{"vko", kWeek},
    Unit{"tyden", kWeek},
    Unit{"tydny", kWeek},
    Unit{"tydnu", kWeek},
    Unit{"tydne", kWeek},
    Unit{"tyzden", kWeek},
    Unit{"tyzdne", kWeek},
    Unit{"tyzdna", kWeek},
    Unit{"tyzdnov", kWeek},
    Unit{"שבוע", kWeek},
    Unit{"שבועות", kWeek},
    Unit{"週間", kWeek},
    Unit{"週", kWeek},
    Unit{"周", kWeek},
    Unit{"星期", kWeek},
    Unit{"주", kWeek},
    Unit{"month", kMonth},
    Unit{"เดือน", kMonth},
    Unit{"bulan", kMonth},
    Unit{"months", kMonth},
    Unit{"mo", kMonth},
    Unit{"monat", kMonth},
    Unit{"monate", kMonth},
    Unit{"monaten", kMonth},
    Unit{"mois", kMonth},
    Unit{"mes", kMonth},
    Unit{"meses", kMonth},
    Unit{"mese", kMonth},
    Unit{"mesi", kMonth},
    Unit{"maand", kMonth},
    Unit{"maanden", kMonth},
    Unit{"miesiac", kMonth},
    Unit{"miesiace", kMonth},
    Unit{"miesiecy", kMonth},
    Unit{"miesiaca", kMonth},
    Unit{"maned", kMonth},
    Unit{"maneder", kMonth},
    Unit{"maneders", kMonth},
    Unit{"месяц", kMonth},
    Unit{"месяца", kMonth},
    Unit{"месяцев", kMonth},
    Unit{"ay", kMonth},
    Unit{"aydan", kMonth},
    Unit{"aya", kMonth},
    Unit{"شهر", kMonth},
    Unit{"חודש", kMonth},
    Unit{"חודשים", kMonth},
    Unit{"أشهر", kMonth},
    Unit{"اشهر", kMonth},
    Unit{"شهور", kMonth},
    Unit{"شهرا", kMonth},
    Unit{"thang", kMonth},
    Unit{"manad", kMonth},
    Unit{"manader", kMonth},
    Unit{"kuukausi", kMonth},
    Unit{"kuukautta", kMonth},
    Unit{"kuukauden", kMonth},
    Unit{"kk", kMonth},
    Unit{"mesic", kMonth},
    Unit{"mesice", kMonth},
    Unit{"mesicu", kMonth},
    Unit{"mesiac", kMonth},
    Unit{"mesiaca", kMonth},
    Unit{"mesiace", kMonth},
    Unit{"mesiacov", kMonth},
    Unit{"honap", kMonth},
    Unit{"honapot", kMonth},
    Unit{"honapig", kMonth},
    Unit{"luna", kMonth},
    Unit{"luni", kMonth},
    Unit{"місяць", kMonth},
    Unit{"місяці", kMonth},
    Unit{"місяців", kMonth},
    Unit{"μηνασ", kMonth},
    Unit{"μηνα", kMonth},
    Unit{"μηνεσ", kMonth},
    Unit{"ヶ月", kMonth},
    Unit{"か月", kMonth},
    Unit{"カ月", kMonth},
    Unit{"个月", kMonth},
    Unit{"個月", kMonth},
    Unit{"개월", kMonth},
    Unit{"달", kMonth},
    Unit{"year", kYear},
    Unit{"years", kYear},
    Unit{"jahr", kYear},
    Unit{"jahre", kYear},
    Unit{"an", kYear},
    Unit{"ans", kYear},
    Unit{"annee", kYear},
    Unit{"annees", kYear},
    Unit{"ano", kYear},
    Unit{"anos", kYear},
    Unit{"anno", kYear},
    Unit{"anni", kYear},
    Unit{"jaar", kYear},
    Unit{"rok", kYear},
    Unit{"lata", kYear},
    Unit{"lat", kYear},
    Unit{"roku", kYear},
    Unit{"год", kYear},
    Unit{"года", kYear},
    Unit{"лет", kYear},
    Unit{"yil", kYear},
    Unit{"yildan", kYear},
    Unit{"yila", kYear},
    Unit{"سنة", kYear},
    Unit{"שנה", kYear},
    Unit{"שנים", kYear},
    Unit{"سنوات", kYear},
    Unit{"سنين", kYear},
    Unit{"عام", kYear},
    Unit{"أعوام", kYear},
    Unit{"اعوام", kYear},
    Unit{"عاما", kYear},
    Unit{"nam", kYear},
    Unit{"tahun", kYear},
    Unit{"vuosi", kYear},
    Unit{"vuotta", kYear},
    Unit{"vuoden", kYear},
    Unit{"roky", kYear},
    Unit{"rokov", kYear},
    Unit{"let", kYear},
    Unit{"ev", kYear},
    Unit{"evet", kYear},
    Unit{"evig", kYear},
    Unit{"ani", kYear},
    Unit{"рік", kYear},
    Unit{"роки", kYear},
    Unit{"років", kYear},
    Unit{"ετοσ", kYear},
    Unit{"ετη", kYear},
    Unit{"χρονοσ", kYear},
    Unit{"χρονο", kYear},
    Unit{"χρονια", kYear},
    Unit{"ar", kYear},
    Unit{"dan", 1},
    Unit{"dana", 1},
    Unit{"tjedan", kWeek},
    Unit{"tjedna", kWeek},
    Unit{"tjedana", kWeek},
    Unit{"mjesec", kMonth},
    Unit{"mjeseca", kMonth},
    Unit{"mjeseci", kMonth},
    // Serbian (ekavian): "do 2 nedelje", "1 mesec", "3 meseca".
    Unit{"nedelja", kWeek},
    Unit{"nedelje", kWeek},
    Unit{"nedelju", kWeek},
    Unit{"mesec", kMonth},
    Unit{"meseca", kMonth},
    Unit{"meseci", kMonth},
    // Slovenian: "2 tedna", "do 2 mesecev", "3 mesece", "1 leto" ("dan", "dni" and
    // "let" are listed above).
    Unit{"teden", kWeek},
    Unit{"tedna", kWeek},
    Unit{"tedne", kWeek},
    Unit{"tednov", kWeek},
    Unit{"mesece", kMonth},
    Unit{"mesecev", kMonth},
    Unit{"leto", kYear},
    Unit{"leti", kYear},
    Unit{"leta", kYear},
    Unit{"godina", kYear},
    Unit{"godine", kYear},
    Unit{"godinu", kYear},
    // Bulgarian: ден (day), седмица (week), месец (month), година (year), with their
    // counted plurals ("2 седмици", "3 месеца", "5 години", "10 дни").
    Unit{"ден", 1},
    Unit{"дни", 1},
    Unit{"дена", 1},
    Unit{"седмица", kWeek},
    Unit{"седмици", kWeek},
    Unit{"месец", kMonth},
    Unit{"месеца", kMonth},
    Unit{"месеци", kMonth},
    Unit{"година", kYear},
    Unit{"години", kYear},
    // Macedonian shares ден / дена, месец / месеци, година / години with Bulgarian;
    // its own: денови (days), недела (week; "недели" as Russian), "15 дена".
    Unit{"денови", 1},
    Unit{"недела", kWeek},
    Unit{"年", kYear},
    Unit{"년", kYear},
    Unit{"ปี", kYear},
    // Lithuanian in its cases: diena (day), savaitė (week), mėnuo (month), metai
    // (year): "2 savaitės", "5 savaičių", "1 mėnuo", "3 mėnesiai", "10 metų".
    Unit{"diena", 1},
    Unit{"dienos", 1},
    Unit{"dienu", 1},
    Unit{"savaite", kWeek},
    Unit{"savaites", kWeek},
    Unit{"savaiciu", kWeek},
    Unit{"sav", kWeek},
    Unit{"menuo", kMonth},
    Unit{"menesio", kMonth},
    Unit{"menesi", kMonth},
    Unit{"menesiai", kMonth},
    Unit{"menesiu", kMonth},
    Unit{"men", kMonth},
    Unit{"metai", kYear},
    Unit{"metu", kYear},
    Unit{"metus", kYear},
    // Latvian in its cases: diena (day), nedēļa (week), mēnesis (month), gads (year):
    // "2 nedēļas", "1 mēnesis", "3 mēneši", "līdz 2 mēnešiem", "5 gadi" ("diena",
    // "dienu", "menesi" and "men" are listed above).
    Unit{"dienas", 1},
    Unit{"dienam", 1},
    Unit{"nedela", kWeek},
    Unit{"nedelas", kWeek},
    Unit{"nedelu", kWeek},
    Unit{"nedelam", kWeek},
    Unit{"ned", kWeek},
    Unit{"menesis", kMonth},
    Unit{"menesa", kMonth},
    Unit{"menesiem", kMonth},
    Unit{"menesu", kMonth},
    // Georgian joins its postpositions to the unit: დღე (day), კვირა (week), თვე
    // (month), წელი (year) in the nominative and genitive ("3 თვე", "5 წლის"), with
    // -ზე ("5 წელზე მეტი", more than 5 years) and with -მდე, up to ("1 წლამდე").
    Unit{"დღე", 1},
    Unit{"დღის", 1},
    Unit{"დღეზე", 1},
    Unit{"დღემდე", 1},
    Unit{"კვირა", kWeek},
    Unit{"კვირის", kWeek},
    Unit{"კვირაზე", kWeek},
    Unit{"კვირამდე", kWeek},
    Unit{"თვე", kMonth},
    Unit{"თვის", kMonth},
    Unit{"თვეზე", kMonth},
    Unit{"თვემდე", kMonth},
    Unit{"წელი", kYear},
    Unit{"წლის", kYear},
    Unit{"წელზე", kYear},
    Unit{"წლამდე", kYear},
    // Armenian: օր (day), շաբաթ (week), ամիս (month), տարի (year) in the nominative,
    // the genitive ("5 տարվա փորձ") and the ablative that says "than" ("5 տարուց
    // ավելի", more than 5 years; "1 ամսից պակաս").
    Unit{"օր", 1},
    Unit{"օրվա", 1},
    Unit{"օրից", 1},
    Unit{"շաբաթ", kWeek},
    Unit{"շաբաթվա", kWeek},
    Unit{"շաբաթից", kWeek},
    Unit{"ամիս", kMonth},
    Unit{"ամսվա", kMonth},
    Unit{"ամսից", kMonth},
    Unit{"տարի", kYear},
    Unit{"տարվա", kYear},
    Unit{"տարուց", kYear},
    Unit{"տարվանից", kYear},
    Unit{"gads", kYear},
    Unit{"gadi", kYear},
    Unit{"gada", kYear},
    Unit{"gadu", kYear},
    Unit{"gadiem", kYear},
    // Icelandic in its cases: dagur (day), vika (week), mánuður (month), ár (year):
    // "2 vikur", "1 mánuður", "3 mánuðir", "5 ára" ("dag", "dagar" and "ar" are
    // listed above).
    Unit{"daga", 1},
    Unit{"vika", kWeek},
    Unit{"viku", kWeek},
    Unit{"vikur", kWeek},
    Unit{"vikna", kWeek},
    Unit{"manudur", kMonth},
    Unit{"manudi", kMonth},
    Unit{"manudir", kMonth},
    Unit{"manadar", kMonth},
    Unit{"manada", kMonth},
    Unit{"manudum", kMonth},
    Unit{"ara", kYear},
    // Albanian, as NormalizeText writes it: ditë (day), javë (week), muaj (month, the
    // same in the plural), vit / vjet / vite (year), and their "-sh" of a measure
    // ("2 javësh", "3 muajsh").
    Unit{"dite", 1},
    Unit{"ditesh", 1},
    Unit{"jave", kWeek},
    Unit{"javesh", kWeek},
    Unit{"muaj", kMonth},
    Unit{"muajsh", kMonth},
    Unit{"vit", kYear},
    Unit{"vjet", kYear},
    Unit{"vite", kYear},
    Unit{"vitesh", kYear},
    Unit{"arum", kYear},
    // Welsh, with the soft mutation after a number ("2 fis", "2 flynedd"): diwrnod
    // (day), wythnos (week), mis (month), blwyddyn (year) and their plurals.
    Unit{"diwrnod", 1},
    Unit{"niwrnod", 1},
    Unit{"diwrnodau", 1},
    Unit{"wythnos", kWeek},
    Unit{"wythnosau", kWeek},
    Unit{"mis", kMonth},
    Unit{"fis", kMonth},
    Unit{"misoedd", kMonth},
    Unit{"blwyddyn", kYear},
    Unit{"flwyddyn", kYear},
    Unit{"blynedd", kYear},
    Unit{"flynedd", kYear},
    Unit{"mlynedd", kYear},
    Unit{"blynyddoedd", kYear},
    // Persian: روز (day), هفته (week), ماه (month), سال (year).
    Unit{"روز", 1},
    Unit{"هفته", kWeek},
    Unit{"ماه", kMonth},
    Unit{"سال", kYear},
};

// Words that say no time at all: available at once, no notice to give.
constexpr std::string_view kNoTime[] = {
    "immediately",
    "immediate",
    "ar unwaith",
    "yn syth",
    "asap",
    "none",
    "no notice",
    "sofort",
    "keine",
    "immediatement",
    "immediat",
    "aucun",
    "aucune",
    "inmediato",
    "inmediata",
    "inmediatamente",
    "ninguno",
    "immediata",
    "immediato",
    "subito",
    "nessuno",
    "onmiddellijk",
    "direct",
    "geen",
    "imediato",
    "imediata",
    "imediatamente",
    "natychmiast",
    "сразу",
    "немедленно",
    "hemen",
    "omedelbart",
    "即時",
    "即日",
    "立即",
    "马上",
    "즉시",
    "nenhum",
    "derhal",
    "ngay lap tuc",
    "lam ngay",
    "od zaraz",
    "od razu",
    "brak",
    "ingen",
    "straks",
    "med det samme",
    "omgaende",
    "umiddelbart",
    "нет",
    "隨時",
    "随时",
    "即刻",
    "없음",
    "바로",
    "heti",
    "valittomasti",
    "فوري",
    "فورا",
    "فورية",
    "على الفور",
    "حالا",
    "لا يوجد",
    "ihned",
    "okamzite",
    "obratem",
    "zadna",
    "zadnou",
    "segera",
    "langsung",
    "מיידי",
    "מיידית",
    "מיד",
    "ללא",
    "azonnal",
    "azonnali",
    "nincs",
    "imediat",
    "imediata",
    "одразу",
    "негайно",
    "відразу",
    "немає",
    "αμεσα",
    "αμεσωσ",
    "αμεση",
    "καμια",
    "ทันที",
    "तुरंत",
    "तत्काल",
    "odmah",
    "bez otkaznog roka",
    "takoj",
    "brez odpovednega roka",
    "তাৎক্ষণিক",
    "তাৎক্ষণিকভাবে",
    "এখনই",
    "অবিলম্বে",
    "নেই",
    "ziadna",
    "ziadnu",
    "hned",
    "بلافاصله",
    "فوری",
    "is karto",
    "nedelsiant",
    "neturiu",
    "веднага",
    "без предизвестие",
    "нямам",
    "nekavejoties",
    "uzreiz",
    "tulit",
    "bez uzteikuma termina",
    "strax",
    "დაუყოვნებლივ",
    "დაუყონებლივ",
    "მაშინვე",
    "անմիջապես",
    "անհապաղ",
    // Albanian "Menjëherë" (at once), "Pa afat njoftimi" (no notice period).
    "menjehere",
    "pa afat njoftimi",
    "pa periudhe njoftimi",
    // Macedonian "Веднаш" (at once), "Можам да почнам веднаш", "Без отказен рок".
    "веднаш",
    "без отказен рок",
};

// Said before a number: at least / more than ...; at most / less than ...
constexpr std::string_view kMoreBefore[] = {
    "more than", "over", "at least", "mehr als", "uber", "mindestens", "plus de", "au moins",
    "mas de", "piu di", "oltre", "meer dan", "mais de", "powyzej", "более", "больше", "mer an",
    "en az", "tren", "hon", "it nhat", "ponad", "wiecej niz", "mere end", "mer enn", "plus dun",
    "plus dune", "yli", "vahintaan", "أكثر من", "بیش از", "بیشتر از", "اكثر من", "vice nez",
    "viac ako", "viac nez", "aspon", "najmenej", "alespon", "nejmene", "minimalne", "pres",
    "lebih dari", "minimal", "יותר מ", "מעל", "tobb mint", "legalabb", "mai mult de", "peste",
    "cel putin", "понад", "більше", "щонайменше", "περισσοτερο απο", "πανω απο", "τουλαχιστον",
    "มากกว่า", "อย่างน้อย", "कम से कम", "vise od", "najmanje", "কমপক্ষে", "অন্তত", "ন্যূনতম", "daugiau nei",
    "daugiau kaip", "ne maziau kaip", "vairak neka", "vismaz",
    // Icelandic: "Meira en 10 ár", "Að minnsta kosti 2 ár".
    "meira en", "ad minnsta kosti", "yfir",
    // Bulgarian: "Над 2 месеца", "Повече от 10 години".
    "над", "повече от",
    // Armenian: "Ավելի քան 2 ամիս", "Առնվազն 1 տարի".
    "ավելի քան", "առնվազն",
    // Albanian: "Mbi 3 muaj", "Më shumë se 1 muaj", "Të paktën 2 javë".
    "mbi", "me shume se", "te pakten",
    // Macedonian: "Повеќе од 2 месеци", "Најмалку 1 година" ("над" as Bulgarian).
    "повеќе од", "најмалку"};
constexpr std::string_view kMoreAfter[] = {
    "or more",    "oder mehr",    "ou plus",      "o mas",       "o piu",         "of meer",
    "ou mais",    "以上",         "fazla",        "ve uzeri",    "tro len",       "i wiecej",
    "eller mere", "eller mer",    "tai enemman",  "tai pidempi", "فأكثر",         "فاكثر",
    "أو أكثر",    "a vice",       "a dele",       "nebo vice",   "nebo dele",     "a viac",
    "alebo viac", "a dlhsie",     "alebo dlhsie", "ומעלה",       "ויותר",         "vagy tobb",
    "felett",     "sau mai mult", "і більше",     "або більше",  "η περισσοτερο", "και ανω",
    "से अधिक",     "से ज्यादा",      "या अधिक",      "या उससे अधिक", "ili vise",      "ili dulje",
    "বেশি",       "অধিক",         "ir daugiau",   "ir ilgiau",   "vai vairak",    "un vairak",
    "vai ilgak",  "მეტი",         "და მეტი",      "ավելի",       "և ավելի",       "եւ ավելի",
    "e me shume", "ose me shume"};
// Less than ... (the number itself left out) ...
constexpr std::string_view kLessBefore[] = {
    "less than", "under", "weniger als", "unter", "moins de", "menos de", "meno di", "minder dan",
    "ponizej", "менее", "меньше", "duoi", "mniej niz", "mindre end", "mindre enn", "mindre an",
    "moins dun", "moins dune", "moins d", "alle", "أقل من", "اقل من", "کمتر از", "mene nez",
    "menej ako", "menej nez", "kurang dari", "פחות מ", "kevesebb mint", "mai putin de", "менше",
    "менш ніж", "λιγοτερο απο", "κατω απο", "น้อยกว่า", "manje od", "maziau nei", "maziau kaip",
    "по малко от", "под", "mazak neka", "minna en", "undir", "պակաս քան", "me pak se",
    // Macedonian: "Помалку од 1 година".
    "помалку од"};
constexpr std::string_view kLessAfter[] = {"未満", "미만", "az", "से कम", "কম", "ნაკლები", "պակաս"};
// ... and up to / within ... (the number itself in). Normalising joins across an
// apostrophe: French "jusqu'à" reads "jusqua". German and Swiss forms say "bis"
// alone ("bis 1 Monat"); between two numbers it makes a range, read before these.
constexpr std::string_view kUpToBefore[] = {
    "up to",    "within",      "bis zu",   "bis",       "jusqua",     "hasta",       "fino a",
    "entro",    "tot",         "ate",      "до",        "toi da",     "trong vong",  "khong qua",
    "do",       "op til",      "opp til",  "inom",      "enintaan",   "korkeintaan", "حتى",
    "خلال",     "حداکثر",      "nejvyse",  "maximalne", "najviac",    "pocas",       "behem",
    "dalam",    "paling lama", "maksimal", "עד",        "legfeljebb", "pana la",     "maxim",
    "протягом", "εωσ",         "μεχρι",    "εντοσ",     "ภายใน",      "ไม่เกิน",       "अधिकतम",
    "সর্বোচ্চ",   "iki",         "lidz",     "allt ad",   "մինչև",      "մինչեւ",      "deri ne",
    "brenda"};
constexpr std::string_view kUpToAfter[] = {
    "以内",         "以下",         "이내",        "kadar",         "icinde",       "or less",
    "or shorter",   "oder weniger", "oder kurzer", "ou moins",      "o menos",      "o meno",
    "of minder",    "of korter",    "ou menos",    "eller kortare", "eller mindre", "eller kortere",
    "tai vahemman", "tai lyhyempi", "أو أقل",      "a mene",        "nebo mene",    "a kratsi",
    "nebo kratsi",  "alebo menej",  "a menej",     "alebo kratsie", "या कम",        "या उससे कम",
    "तक",           "পর্যন্ত",        "বা তার কম",   "დღემდე",        "კვირამდე",     "თვემდე",
    "წლამდე"};

const Unit* UnitNamed(std::string_view word) {
  for (const Unit& unit : kUnits) {
    if (unit.word == word) return &unit;
  }
  return nullptr;
}

// The unit joined to a number in Japanese, Chinese, Korean or Thai, which may run
// on into what follows it ("1ヶ月以内", "15วันทำการ"): the longest unit the rest
// starts with.
const Unit* JoinedUnit(std::string_view rest) {
  const Unit* found = UnitNamed(rest);
  if (found != nullptr || !knowledge::IsUnspacedScript(rest)) return found;
  for (const Unit& unit : kUnits) {
    if (knowledge::IsUnspacedScript(unit.word) && rest.starts_with(unit.word) &&
        (found == nullptr || unit.word.size() > found->word.size())) {
      found = &unit;
    }
  }
  return found;
}

bool HasAny(std::string_view normalized, std::span<const std::string_view> phrases) {
  for (std::string_view phrase : phrases) {
    if (knowledge::HasPhrase(normalized, phrase)) return true;
  }
  return false;
}

struct Quantity {
  double number = 0;
  const Unit* unit = nullptr;  // none: a bare number ("1" in "1-2 months")
};

// "One" said as a word before a unit ("less than a month", "moins d'un mois" —
// normalised without its apostrophe —, "weniger als ein Monat", "menos de un mes").
constexpr std::string_view kOne[] = {
    "a",     "an",      "one",   "un",   "une", "dun",   "dune",  "ein",  "eine", "einen", "einem",
    "uno",   "una",     "um",    "uma",  "een", "jeden", "jedna", "ett",  "et",   "bir",   "yksi",
    "yhden", "jednoho", "jednu", "satu", "egy", "o",     "один",  "одна", "ενα",  "μια",   "ενασ"};

// Arabic says one or two of a unit by the unit's own form, the number after it
// or not at all: "أسبوع (واحد)" is a week, the dual "شهران" / "شهرين" two months;
// so does Hebrew ("חודש", "שבועיים" two weeks, "חודשיים" two months).
// After a number the word is only that number's unit ("11 - 15 سنة").
struct CountedUnit {
  std::string_view word;
  double count;
  std::string_view unit;  // the kUnits word it counts
};
constexpr CountedUnit kCountedUnits[] = {
    {"يوم", 1, "يوم"},       {"يومان", 2, "يوم"},     {"يومين", 2, "يوم"},
    {"أسبوع", 1, "أسبوع"},   {"اسبوع", 1, "أسبوع"},   {"أسبوعان", 2, "أسبوع"},
    {"أسبوعين", 2, "أسبوع"}, {"اسبوعان", 2, "أسبوع"}, {"اسبوعين", 2, "أسبوع"},
    {"شهر", 1, "شهر"},       {"شهران", 2, "شهر"},     {"شهرين", 2, "شهر"},
    {"سنة", 1, "سنة"},       {"سنتان", 2, "سنة"},     {"سنتين", 2, "سنة"},
    {"عام", 1, "عام"},       {"عامان", 2, "عام"},     {"عامين", 2, "عام"},
    {"יום", 1, "יום"},       {"יומיים", 2, "יום"},    {"שבוע", 1, "שבוע"},
    {"שבועיים", 2, "שבוע"},  {"חודש", 1, "חודש"},     {"חודשיים", 2, "חודש"},
    {"שנה", 1, "שנה"},       {"שנתיים", 2, "שנה"},
};

bool IsNumberWord(std::string_view word) {
  return !word.empty() && word.front() >= '0' && word.front() <= '9';
}

// The numbers of the text, each with the unit that follows it, if any.
std::vector<Quantity> Quantities(const std::vector<std::string>& words) {
  std::vector<Quantity> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (i == 0 || !IsNumberWord(words[i - 1])) {
      const auto counted = std::find_if(std::begin(kCountedUnits), std::end(kCountedUnits),
                                        [&](const CountedUnit& c) { return c.word == word; });
      if (counted != std::end(kCountedUnits)) {
        out.push_back(Quantity{counted->count, UnitNamed(counted->unit)});
        continue;
      }
    }
    if (i + 1 < words.size() &&
        std::find(std::begin(kOne), std::end(kOne), word) != std::end(kOne)) {
      if (const Unit* unit = UnitNamed(words[i + 1])) {
        out.push_back(Quantity{1, unit});
        continue;
      }
    }
    std::size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
    if (digits == 0) continue;
    Quantity quantity{std::strtod(word.substr(0, digits).c_str(), nullptr), nullptr};
    const std::string rest = word.substr(digits);
    if (!rest.empty()) {
      quantity.unit = JoinedUnit(rest);
      if (quantity.unit == nullptr) continue;  // "2nd", "10k": not a length of time
    } else if (i + 1 < words.size()) {
      quantity.unit = UnitNamed(words[i + 1]);
      // Romanian puts "de" between a number from 20 on and its unit ("30 de zile").
      if (quantity.unit == nullptr && words[i + 1] == "de" && i + 2 < words.size()) {
        quantity.unit = UnitNamed(words[i + 2]);
      }
    }
    out.push_back(quantity);
  }
  return out;
}

}  // namespace

std::string NormalizeKeepingNumbers(std::string_view text) {
  std::string spaced;
  spaced.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // An ASCII apostrophe or a typographic one (U+2019) right before a digit.
    const std::size_t width = text[i] == '\'' ? 1 : text.substr(i, 3) == "\xE2\x80\x99" ? 3 : 0;
    if (width > 0 && i + width < text.size() && text[i + width] >= '0' && text[i + width] <= '9') {
      spaced += ' ';
      i += width - 1;
      continue;
    }
    spaced += text[i];
  }
  return knowledge::NormalizeText(spaced);
}

std::optional<DurationSpan> ReadDuration(std::string_view text) {
  const std::string normalized = NormalizeKeepingNumbers(text);
  const std::vector<std::string> words = knowledge::Words(normalized);
  const std::vector<Quantity> quantities = Quantities(words);
  constexpr double kEndless = std::numeric_limits<double>::infinity();
  if (quantities.empty()) {
    if (HasAny(normalized, kNoTime)) return DurationSpan{0, 0};
    return std::nullopt;
  }
  // The unit of a bare number is the next quantity's ("1-2 months").
  const Unit* last_unit = nullptr;
  std::vector<double> days(quantities.size(), -1);
  for (std::size_t i = quantities.size(); i-- > 0;) {
    if (quantities[i].unit != nullptr) last_unit = quantities[i].unit;
    if (last_unit != nullptr) days[i] = quantities[i].number * last_unit->days;
  }
  std::vector<double> known;
  for (double d : days) {
    if (d >= 0) known.push_back(d);
  }
  if (known.empty() || known.size() > 2) return std::nullopt;
  if (known.size() == 2) return DurationSpan{known[0], known[1]};
  const double d = known.front();
  const bool plus = text.find('+') != std::string_view::npos;
  if (plus || HasAny(normalized, kMoreBefore) || HasAny(normalized, kMoreAfter)) {
    return DurationSpan{d, kEndless};
  }
  if (HasAny(normalized, kUpToBefore) || HasAny(normalized, kUpToAfter)) {
    return DurationSpan{0, d, true};
  }
  if (HasAny(normalized, kLessBefore) || HasAny(normalized, kLessAfter)) {
    return DurationSpan{0, d};
  }
  return DurationSpan{d, d};
}

std::optional<double> UnitAskedFor(std::string_view text) {
  const std::vector<std::string> words = knowledge::Words(NormalizeKeepingNumbers(text));
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && IsNumberWord(words[i - 1])) continue;  // "2 weeks" is an amount, not the unit
    const Unit* unit = UnitNamed(words[i]);
    // Hebrew joins "in" to the unit: "(בימים)" is "in days".
    constexpr std::string_view kHebrewIn = "ב";
    if (unit == nullptr && words[i].starts_with(kHebrewIn)) {
      unit = UnitNamed(std::string_view(words[i]).substr(kHebrewIn.size()));
    }
    if (unit != nullptr && !knowledge::IsCjk(unit->word)) return unit->days;
  }
  return std::nullopt;
}

std::optional<long> CountIn(std::string_view duration, double unit_days) {
  const auto span = ReadDuration(duration);
  if (!span || !span->exact() || unit_days <= 0) return std::nullopt;
  if (span->low_days == 0) return 0;
  // Months and years count in months (a year is 12 of them); days and weeks in
  // days. Neither turns into the other: a month has no fixed number of days.
  const std::vector<Quantity> quantities =
      Quantities(knowledge::Words(NormalizeKeepingNumbers(duration)));
  if (quantities.size() != 1 || quantities.front().unit == nullptr) return std::nullopt;
  const Quantity& quantity = quantities.front();
  const bool calendar = quantity.unit->days >= kMonth;
  if (calendar != (unit_days >= kMonth)) return std::nullopt;
  const double amount = calendar ? quantity.number * (quantity.unit->days >= kYear ? 12 : 1)
                                 : quantity.number * quantity.unit->days;
  const double per_unit = calendar ? (unit_days >= kYear ? 12 : 1) : unit_days;
  const double count = amount / per_unit;
  if (count != static_cast<double>(static_cast<long>(count))) return std::nullopt;
  return static_cast<long>(count);
}

}  // namespace applier::planning
