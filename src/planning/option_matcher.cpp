#include "planning/option_matcher.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iterator>
#include <limits>
#include <set>
#include <span>

#include "knowledge/amount_text.h"
#include "knowledge/countries.h"
#include "knowledge/question_text.h"
#include "planning/date_text.h"
#include "planning/duration_text.h"
#include "planning/option_meaning.h"
#include "planning/typeahead.h"

namespace applier::planning {
namespace {

using knowledge::NormalizeText;
using knowledge::Words;

constexpr double kEqual = 1.0;
constexpr double kDecline = 0.95;
constexpr double kSameCategory = 0.96;
constexpr double kSamePlace = 0.95;
constexpr double kSameCityOnly = 0.8;
constexpr double kSameCountry = 0.95;
constexpr double kSameDialCode = 0.9;
constexpr double kSameRegion = 0.95;
constexpr double kSameGender = 0.95;
constexpr double kSameDuration = 0.95;
constexpr double kLeadingYesNo = 0.92;
constexpr double kInRange = 0.9;
constexpr double kAtIncludedLimit = 0.93;
constexpr double kOnRangeEdge = 0.85;
constexpr double kInTightestBand = 0.925;
constexpr double kSameDegree = 0.9;
constexpr double kSentenceYesNo = 0.8;
// Two options within this of each other are a tie; a tie costs this much.
constexpr double kTieMargin = 0.02;
constexpr double kTiePenalty = 0.2;

enum class Polarity { kNone, kYes, kNo };

bool ContainsPhrase(std::string_view haystack, std::string_view needle) {
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts = pos == 0 || haystack[pos - 1] == ' ';
    std::size_t end = pos + needle.size();
    if (starts && (end == haystack.size() || haystack[end] == ' ')) return true;
  }
  return false;
}

// Yes and no as forms write them: English, German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Czech, Danish, Norwegian, Swedish, Finnish, Turkish,
// Vietnamese, Russian, Japanese, Chinese, Korean, Arabic (normalised: "Sí" and "Sì" are "si",
// "Não" is "nao", "Hayır" is "hayir", "Có" is "co", "Không" is "khong", "Kyllä" is
// "kylla"; Czech "Ano" / "Ne"; Indonesian "Ya" / "Tidak", "Belum" (not yet), "Bukan";
// Hungarian "Igen" / "Nem", Romanian "Da" / "Nu", Ukrainian "Так" / "Ні", Greek "Ναι" /
// "Όχι", read "οχι"; Hebrew "כן" / "לא"; Hindi "हाँ" / "नहीं", read "हां" / "नहीं", and
// the polite "जी" before either; Persian "بله" / "آری" and "خیر" / "نه"; Bengali "হ্যাঁ"
// (also typed without its chandrabindu) / "না", and the polite "জি" before either;
// Lithuanian "Taip" / "Ne"; Welsh answers with the question's verb: "Oes" / "Nac oes"
// (is there), "Ydw" / "Nac ydw" (am I), "Bydd" / "Na fydd" (will), "Hoffwn" / "Na
// hoffwn" (would like), "Cewch" / "Na chewch" (may), and "Ie" / "Na"; Armenian "Այո" /
// "Ոչ"; Kazakh "Иә" / "Жоқ"; Albanian "Po" / "Jo", read as answers only alone or before a verb
// ("Po, kam", "Jo, nuk kam"): Polish "po" is "after" and Hungarian "jó" is "good").
Polarity LeadingPolarity(std::string_view norm) {
  static constexpr std::array<std::string_view, 45> kYes = {
      "yes",  "true", "y",      "ja",     "oui",   "si",     "sim", "tak", "да",
      "はい", "是",   "예",     "네",     "evet",  "jawohl", "yep", "co",  "kylla",
      "نعم",  "ano",  "ya",     "כן",     "igen",  "da",     "так", "ναι", "हां",
      "بله",  "آری",  "হ্যাঁ",    "হ্যা",    "taip",  "oes",    "ydw", "ydy", "ydi",
      "ydyn", "bydd", "byddaf", "hoffwn", "cewch", "gallaf", "ie",  "այո", "иә"};
  static constexpr std::array<std::string_view, 35> kNo = {
      "no",  "false", "n",      "nein",  "non",    "nao",    "nee",   "nie",  "nej",
      "nei", "нет",   "いいえ", "否",    "아니요", "아니오", "hayir", "nope", "khong",
      "ei",  "لا",    "ne",     "tidak", "belum",  "bukan",  "לא",    "nem",  "nu",
      "ні",  "οχι",   "नहीं",    "خیر",   "نه",     "না",     "ոչ",    "жоқ"};
  // Hindi's polite "जी" goes before the answer ("जी हां", "जी नहीं"), as Bengali's
  // "জি" does ("জি হ্যাঁ", "জি না").
  if (norm.starts_with("जी ")) norm.remove_prefix(std::string_view("जी ").size());
  if (norm.starts_with("জি ")) norm.remove_prefix(std::string_view("জি ").size());
  const std::size_t space = norm.find(' ');
  std::string_view first = norm.substr(0, space);
  const std::string_view second =
      space == std::string_view::npos ? std::string_view() : norm.substr(space + 1);
  if (std::find(kYes.begin(), kYes.end(), first) != kYes.end()) {
    // "Co-op": a prefix, not the Vietnamese yes.
    if (first == "co" && second.starts_with("op")) return Polarity::kNone;
    // Italian "da" is a preposition ("Da remoto", "Da subito", "Da concordare"),
    // not the Romanian yes.
    if (first == "da" && (second.starts_with("remot") || second.starts_with("casa") ||
                          second.starts_with("subito") || second.starts_with("concordare") ||
                          second.starts_with("definire") || second.starts_with("valutare"))) {
      return Polarity::kNone;
    }
    return Polarity::kYes;
  }
  // Welsh: "Nac oes", "Nac ydw"; "Na" before the mutated verb ("Na fydd", "Na
  // hoffwn", "Na chewch") or alone. "Na" before anything else is another language's
  // word (Portuguese "na": in the).
  static constexpr std::array<std::string_view, 14> kWelshNoVerbs = {
      "fydd", "fyddaf", "fyddwn", "hoffwn", "chewch", "allaf", "alla",
      "wnaf", "ddylai", "oes",    "ydw",    "ydy",    "ydi",   "ddylwn"};
  if (first == "nac" || first == "naddo" ||
      (first == "na" &&
       (second.empty() || std::find(kWelshNoVerbs.begin(), kWelshNoVerbs.end(),
                                    second.substr(0, second.find(' '))) != kWelshNoVerbs.end()))) {
    return Polarity::kNo;
  }
  static constexpr std::array<std::string_view, 8> kAlbanianVerbs = {
      "kam", "jam", "dua", "do", "mund", "pranoj", "nuk", "kerkoj"};
  const std::string_view next = second.substr(0, second.find(' '));
  const bool answer_alone_or_before_verb =
      second.empty() ||
      std::find(kAlbanianVerbs.begin(), kAlbanianVerbs.end(), next) != kAlbanianVerbs.end();
  if (first == "po" && answer_alone_or_before_verb) return Polarity::kYes;
  if (first == "jo" && answer_alone_or_before_verb) return Polarity::kNo;
  if (std::find(kNo.begin(), kNo.end(), first) != kNo.end()) {
    // "Non-binary", "non binaire": a prefix, not an answer.
    if (first == "non" && second.starts_with("bina")) return Polarity::kNone;
    return Polarity::kNo;
  }
  return Polarity::kNone;
}

bool HasNegation(std::string_view norm) {
  // Turkish says no by a verb's ending ("gerekmiyor": does not require) or by
  // "yok" (there is none) and "değil" (is not); Vietnamese by "không" and "chưa"
  // (not yet); Polish by "nie", Danish and Norwegian by "ikke", Swedish by "inte",
  // Finnish by "ei" and the first person "en" before a verb ("en tarvitse": I do
  // not need) and "ilman" (without); Arabic by "لا", "لست", "ليس", "لن", "لم", "غير"
  // and "بدون" / "دون" (without); Czech by "ne-" joined to the verb ("nepotřebuji": I
  // do not need, "nemám": I do not have, "nejsem": I am not); Indonesian by "tidak",
  // "belum" (not yet), "bukan" and "tanpa" (without); Hungarian by "nem", "nincs"
  // (there is none) and "nélkül" (without); Romanian by "nu" and "fără" (without);
  // Ukrainian by "не", "ні", "немає" (there is none) and "без"; Greek by "δεν", "δε",
  // "μην", "όχι" and "χωρίς" (without), as NormalizeText writes them; Hebrew by "לא", "אין"
  // (there is none), "אינני" / "איני" (I am not) and "ללא" / "בלי" (without); Hindi by
  // "नहीं", "न", "मत" and "बिना" (without); Bengali by "না", "নেই" (there is none),
  // "নই" (am not), "নয়" (is not, read without its nukta) and "ছাড়া" (without, read
  // so too); Croatian by "nisam" (I am not), "nemam" (I do not have), "neću" (I will
  // not), "ne trebam", "ne želim" and "bez" (without); Lithuanian by the "ne-" joined to
  // the verb ("neturiu": I do not have, "nereikia": not needed, "nereikės", "nesu",
  // "negaliu"); Welsh by "ddim" and "nid" (not), "nac" and "nad" before a verb, and
  // "heb" (without); Armenian by "ոչ", "չ-" joined to the verb ("չունեմ": I do not have,
  // "չեմ": I am not, "չկա": there is none, "չի", "չեն", "չէ") and "առանց" (without); Albanian by
  // "nuk" and "s'" joined to the verb ("s'kam": I do not have, "s'jam": I am not); Kazakh
  // by "жоқ" (there is none), "емес" / "емеспін" (is not, I am not), "қажет емес" / "керек
  // емес" (not needed) and a verb's "cannot" ending ("алмаймын": I cannot, as in "Көше
  // алмаймын", I cannot move).
  static constexpr std::array<std::string_view, 125> kNegations = {
      "not",         "no",          "dont",        "doesnt",     "wont",      "cannot",
      "cant",        "never",       "do not",      "am not",     "nicht",     "kein",
      "keine",       "pas",         "nao",         "niet",       "geen",      "nein",
      "non",         "ohne",        "sans",        "hayir",      "yok",       "degil",
      "gerekmiyor",  "gerekmez",    "khong",       "chua",       "nie",       "nej",
      "nei",         "ikke",        "inte",        "uden",       "ei",        "ilman",
      "en tarvitse", "en ole",      "en voi",      "en halua",   "eika",      "لا",
      "لست",         "ليس",         "لن",          "لم",         "غير",       "بدون",
      "دون",         "nepotrebuji", "nepotrebuju", "nemam",      "nejsem",    "nebudu",
      "nechci",      "nemohu",      "nevyzaduji",  "nesmim",     "tidak",     "belum",
      "bukan",       "tanpa",       "לא",          "אין",        "אינני",     "איני",
      "ללא",         "בלי",         "nem",         "nincs",      "nelkul",    "nu",
      "fara",        "не",          "ні",          "немає",      "без",       "δεν",
      "δε",          "μην",         "οχι",         "χωρισ",      "नहीं",       "न",
      "मत",          "बिना",        "না",          "নেই",        "নই",        "নয",
      "ছাডা",        "nisam",       "necu",        "ne trebam",  "ne zelim",  "bez",
      "neturiu",     "nereikia",    "nereikes",    "nesu",       "negaliu",   "ddim",
      "nid",         "nac",         "nad",         "heb",        "ոչ",        "չեմ",
      "չունեմ",      "չկա",         "չէ",          "չի",         "չեն",       "կարիք չունեմ",
      "առանց",       "nuk",         "skam",        "sjam",       "жоқ",       "емес",
      "емеспін",     "алмаймын",    "алмаймыз",    "қажет емес", "керек емес"};
  return std::any_of(kNegations.begin(), kNegations.end(),
                     [&](std::string_view neg) { return ContainsPhrase(norm, neg); });
}

// "Yes, I am authorized" -> yes; "I will not require sponsorship" -> no.
Polarity SentencePolarity(std::string_view norm) {
  Polarity leading = LeadingPolarity(norm);
  if (leading != Polarity::kNone) return leading;
  return HasNegation(norm) ? Polarity::kNo : Polarity::kYes;
}

// Numbers as written in "$120,000 - $150,000", "60.000 €", "120k", "10+ years".
std::vector<double> Numbers(std::string_view text) {
  std::vector<double> numbers;
  for (const knowledge::WrittenAmount& amount : knowledge::AmountsIn(text)) {
    numbers.push_back(amount.value);
  }
  return numbers;
}

// An open end excludes its number: 1 is not "Less than 1 year" but "1-2 years".
struct Range {
  double low;
  double high;
  bool low_open = false;
  bool high_open = false;
};

bool HoldsAnyPhrase(std::string_view norm, std::span<const std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::string_view phrase) { return knowledge::HasPhrase(norm, phrase); });
}

std::optional<Range> OptionRange(std::string_view label) {
  // Bands are labelled in the form's language: English, German, French, Spanish,
  // Italian, Dutch, Portuguese, Turkish ("5 yıl ve üzeri", "5 yıldan fazla",
  // "1 yıldan az"), Vietnamese ("Trên 5 năm", "Dưới 1 năm", "5 năm trở lên"),
  // Polish ("Powyżej 5 lat", "Mniej niż 1 rok"), Danish, Norwegian and Swedish
  // ("Mere end 5 år", "5 år eller mere", "Mindre end 1 år"), Finnish ("Yli 5 vuotta",
  // "Alle 1 vuosi", "Vähintään 3 vuotta", "Enintään 2 vuotta"), Czech ("Více než 5
  // let", "5 let a více", "Alespoň 3 roky", "Méně než 1 rok", "Do 2 let"), Russian
  // ("От 3 до 6 лет", "Более 6 лет", "Не менее 3 лет"), Chinese and Japanese ("10年以上",
  // "1年以下", "1年未満", "超過10年"), Korean ("10년 이상", "1년 미만") and Arabic
  // ("10 سنوات فأكثر", "أكثر من 15 سنة", "أقل من سنة"), Hungarian ("5 évnél több", "1 év
  // alatt", "Legalább 3 év"), Romanian ("Peste 5 ani", "Sub 1 an"), Ukrainian ("Понад 5
  // років", "Менше 1 року"), Greek ("Πάνω από 10 έτη", "Λιγότερο από 1 έτος") and Hebrew ("10 שנים
  // ומעלה", "יותר מ-5 שנים", "פחות משנה" read "פחות מ שנה" only when spaced, "עד שנתיים")
  // and Persian ("۵ تا ۱۰ سال", "بیش از ۱۰ سال", "کمتر از ۱ سال", "حداقل ۳ سال"), in
  // whichever digits the page writes; Icelandic ("Meira en 10 ár", "Minna en 1 ár",
  // "5 ár eða meira"); Georgian, which joins "up to" to the unit ("5 წელზე მეტი",
  // "1 წლამდე", "1 წელზე ნაკლები", "3 წელი და მეტი"); Armenian, which says "than" by
  // the ablative ("5 տարուց ավելի", "1 տարուց պակաս", "3 տարի և ավելի", "մինչև 1
  // տարի", "Առանց փորձի"); Albanian ("Mbi 10 vjet", "Më pak se 1 vit", "5 vjet e më shumë", "Deri
  // në 2 vjet", "Pa përvojë").
  static constexpr std::array<std::string_view, 73> kAtLeast = {"or more",
                                                                "at least",
                                                                "and up",
                                                                "ab",
                                                                "mindestens",
                                                                "au moins",
                                                                "o mas",
                                                                "al menos",
                                                                "oder mehr",
                                                                "ou plus",
                                                                "o piu",
                                                                "almeno",
                                                                "of meer",
                                                                "minstens",
                                                                "ou mais",
                                                                "pelo menos",
                                                                "ve uzeri",
                                                                "en az",
                                                                "tro len",
                                                                "it nhat",
                                                                "i wiecej",
                                                                "co najmniej",
                                                                "eller mere",
                                                                "eller mer",
                                                                "mindst",
                                                                "minst",
                                                                "og derover",
                                                                "не менее",
                                                                "от",
                                                                "以上",
                                                                "이상",
                                                                "vahintaan",
                                                                "tai enemman",
                                                                "فأكثر",
                                                                "فاكثر",
                                                                "أو أكثر",
                                                                "على الأقل",
                                                                "على الاقل",
                                                                "alespon",
                                                                "nejmene",
                                                                "minimalne",
                                                                "a vice",
                                                                "ומעלה",
                                                                "ויותר",
                                                                "לפחות",
                                                                "vagy tobb",
                                                                "legalabb",
                                                                "sau mai mult",
                                                                "cel putin",
                                                                "і більше",
                                                                "або більше",
                                                                "щонайменше",
                                                                "не менше",
                                                                "και ανω",
                                                                "η περισσοτερα",
                                                                "τουλαχιστον",
                                                                "حداقل",
                                                                "و بیشتر",
                                                                "به بالا",
                                                                "ir daugiau",
                                                                "ne maziau kaip",
                                                                "eda meira",
                                                                "ad minnsta kosti",
                                                                "და მეტი",
                                                                "მინიმუმ",
                                                                "և ավելի",
                                                                "եւ ավելի",
                                                                "առնվազն",
                                                                "e me shume",
                                                                "ose me shume",
                                                                "te pakten",
                                                                "ve daha cox",
                                                                "en azi"};
  static constexpr std::array<std::string_view, 77> kMoreThan = {
      "over", "meira en", "yfir", "بیش از", "بیشتر از", "above", "more than", "greater than",
      "uber", "mehr als", "plus de", "mas de", "superieur a", "piu di", "oltre", "meer dan",
      "mais de", "acima de", "fazla", "tren", "hon", "powyzej", "ponad", "wiecej niz", "mere end",
      "mer enn", "mer an", "flere end", "fler an", "более", "больше", "свыше", "超過", "超过",
      "초과", "넘게", "yli", "أكثر من", "اكثر من", "أزيد من", "vice nez", "viac ako", "viac nez",
      "יותר מ", "מעל", "tobb mint", "evnel tobb", "honapnal tobb", "felett", "folott", "peste",
      "mai mult de", "понад", "більше", "більш ніж", "πανω απο", "περισσοτερα απο",
      "περισσοτερο απο", "ανω των", "daugiau nei", "daugiau kaip", "virs", "над", "повече от",
      "მეტი", "მეტს", "ավելի", "ավել", "ավելի քան", "mbi", "me shume se", "повеќе од", "cox",
      "artiq", "yuxari",
      // Kazakh puts it after the number: "6 жылдан астам" / "артық".
      "астам", "артық"};
  // NormalizeText drops apostrophes: "jusqu'à" is "jusqua".
  static constexpr std::array<std::string_view, 41> kUpTo = {
      "up to", "bis", "jusqua", "hasta", "fino a", "tot", "ate", "do", "op til", "opp til",
      "не более", "не больше", "до", "以下", "以内", "이하", "enintaan", "korkeintaan", "حتى",
      "لغاية", "nejvyse", "maximalne", "najviac", "עד", "legfeljebb", "pana la", "maxim", "εωσ",
      "μεχρι", "حداکثر", "iki", "allt ad", "წლამდე", "თვემდე", "კვირამდე", "დღემდე", "մինչև",
      "մինչեւ", "deri ne", "qeder",
      // Kazakh, after the number: "1 жылға дейін" (up to a year).
      "дейін"};
  static constexpr std::array<std::string_view, 59> kLessThan = {
      "under", "less than", "below", "fewer than", "unter", "weniger als", "moins de", "moins d",
      "menos de", "inferieur a", "meno di", "minder dan", "abaixo de", "onder", "az", "duoi",
      "it hon", "ponizej", "mniej niz", "mindre end", "mindre enn", "mindre an", "kortere end",
      "менее", "меньше", "未満", "未满", "不到", "未滿", "미만", "alle", "أقل من", "اقل من",
      "mene nez", "menej ako", "menej nez", "פחות מ", "kevesebb mint", "alatt", "evnel kevesebb",
      "sub", "mai putin de", "менше", "менш ніж", "λιγοτερο απο", "λιγοτερα απο", "κατω απο",
      "کمتر از", "maziau nei", "maziau kaip", "по малко от", "minna en", "undir", "ნაკლები",
      "պակաս", "պակաս քան", "me pak se", "помалку од",
      // Kazakh, after the number: "1 жылдан кем" (under a year).
      "кем"};
  // A band for people without any experience ("Нет опыта", "無工作經驗", "신입",
  // "بدون خبرة"): none, that is 0 years.
  static constexpr std::array<std::string_view, 66> kNoExperience = {"no experience",
                                                                     "بدون سابقه",
                                                                     "فاقد سابقه",
                                                                     "بدون خبرة",
                                                                     "بلا خبرة",
                                                                     "لا توجد خبرة",
                                                                     "لا يوجد خبرة",
                                                                     "without experience",
                                                                     "keine berufserfahrung",
                                                                     "keine erfahrung",
                                                                     "sans experience",
                                                                     "aucune experience",
                                                                     "sin experiencia",
                                                                     "senza esperienza",
                                                                     "sem experiencia",
                                                                     "geen ervaring",
                                                                     "нет опыта",
                                                                     "без опыта",
                                                                     "無工作經驗",
                                                                     "无工作经验",
                                                                     "無經驗",
                                                                     "无经验",
                                                                     "沒有工作經驗",
                                                                     "没有工作经验",
                                                                     "経験なし",
                                                                     "未経験",
                                                                     "경력 없음",
                                                                     "경력없음",
                                                                     "무경력",
                                                                     "신입",
                                                                     "ei kokemusta",
                                                                     "ei tyokokemusta",
                                                                     "ei aiempaa kokemusta",
                                                                     "bez praxe",
                                                                     "bez zkusenosti",
                                                                     "zadna praxe",
                                                                     "nemam praxi",
                                                                     "nincs tapasztalat",
                                                                     "nincs tapasztalatom",
                                                                     "tapasztalat nelkul",
                                                                     "fara experienta",
                                                                     "без досвіду",
                                                                     "немає досвіду",
                                                                     "χωρισ εμπειρια",
                                                                     "neturiu patirties",
                                                                     "be patirties",
                                                                     "nera patirties",
                                                                     "без опит",
                                                                     "без искуство",
                                                                     "без работно искуство",
                                                                     "გამოცდილების გარეშე",
                                                                     "გამოცდილება არ მაქვს",
                                                                     "უგამოცდილო",
                                                                     "առանց փորձի",
                                                                     "առանց աշխատանքային փորձի",
                                                                     "փորձ չունեմ",
                                                                     "փորձ չկա",
                                                                     "pa pervoje",
                                                                     "pa eksperience",
                                                                     "tecrubesiz",
                                                                     "tecrube yoxdur",
                                                                     "tecrubem yoxdur",
                                                                     "тәжірибесі жоқ",
                                                                     "тәжірибе жоқ",
                                                                     "тәжірибесіз",
                                                                     "жұмыс тәжірибесіз"};

  std::vector<double> numbers = Numbers(knowledge::WithAsciiDigits(label));
  std::string norm = NormalizeKeepingNumbers(label);
  if (numbers.empty()) {
    if (HoldsAnyPhrase(norm, kNoExperience)) return Range{0, 0};
    // A band with a unit and no digits ("Less than a year", Arabic "أقل من سنة",
    // "سنتان"): the length of time it says, in years.
    if (const auto span = ReadDuration(label); span && span->high_days > 0) {
      constexpr double kDaysPerYear = 365;
      return Range{span->low_days / kDaysPerYear, span->high_days / kDaysPerYear,
                   HoldsAnyPhrase(norm, kMoreThan), HoldsAnyPhrase(norm, kLessThan)};
    }
    return std::nullopt;
  }
  if (numbers.size() >= 2) {
    // "6 years but less than 8 years" (US public-sector bands): the upper number
    // is where the next band starts, so it is not in this one.
    const std::size_t first_digit = norm.find_first_of("0123456789");
    const std::size_t after_first = norm.find_first_not_of("0123456789.,", first_digit);
    const bool below_second = after_first != std::string::npos &&
                              HoldsAnyPhrase(std::string_view(norm).substr(after_first), kLessThan);
    return Range{numbers[0], numbers[1], false, below_second};
  }
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double x = numbers[0];
  // "Не более 6 лет" says "at most" with the word for "more": read before it.
  static constexpr std::array<std::string_view, 2> kNotMore = {"не более", "не больше"};
  if (HoldsAnyPhrase(norm, kNotMore)) return Range{0, x};
  if (label.find('+') != std::string_view::npos || HoldsAnyPhrase(norm, kAtLeast)) {
    return Range{x, kInf};
  }
  if (label.find('>') != std::string_view::npos || HoldsAnyPhrase(norm, kMoreThan)) {
    return Range{x, kInf, true, false};
  }
  if (HoldsAnyPhrase(norm, kUpTo)) return Range{0, x};
  if (label.find('<') != std::string_view::npos || HoldsAnyPhrase(norm, kLessThan)) {
    return Range{0, x, false, true};
  }
  return Range{x, x};
}

// Degree level and flavour: BS and "Bachelor of Science" are both {3, science}.
// An option naming degrees of several levels ("Bac+3 / Bac+4 (Licence, Bachelor,
// Maîtrise)", as French forms group them) spans from `lowest` to `level`.
struct Degree {
  int level = 0;             // 0 unknown, 1 high school, 2 associate, 3 bachelor, 4 master,
                             // 6 doctorate, 7 professional (JD, MD)
  std::string_view flavour;  // "science", "arts", "engineering", "business" or ""
  int lowest = 0;            // the lowest level named; `level` when only one is
};

Degree DegreeOf(std::string_view text) {
  struct Abbreviation {
    std::string_view text;
    Degree degree;
  };
  static constexpr std::array<Abbreviation, 22> kAbbreviations = {{
      {"bs", {3, "science"}},
      {"bsc", {3, "science"}},
      {"ba", {3, "arts"}},
      {"beng", {3, "engineering"}},
      {"bba", {3, "business"}},
      {"bfa", {3, "arts"}},
      {"btech", {3, "engineering"}},
      {"ms", {4, "science"}},
      {"msc", {4, "science"}},
      {"ma", {4, "arts"}},
      {"meng", {4, "engineering"}},
      {"mfa", {4, "arts"}},
      {"mba", {4, "business"}},
      {"mphil", {4, ""}},
      {"phd", {6, ""}},
      {"dphil", {6, ""}},
      {"jd", {7, ""}},
      {"md", {7, ""}},
      {"ged", {1, ""}},
      {"aa", {2, "arts"}},
      {"as", {2, "science"}},
      {"aas", {2, "science"}},
  }};
  std::string norm = NormalizeText(text);
  // A degree left unfinished is no level held: Mexico's "Licenciatura trunca"
  // (studies left before the degree), "inconclusa", "incompleto" (Brazil's
  // "Ensino superior incompleto"), "en curso", "in progress", "unfinished", Latvian
  // "nepabeigta augstākā izglītība", Georgian "არასრული უმაღლესი", Armenian
  // "թերի բարձրագույն", Azerbaijani "natamam ali".
  static constexpr std::string_view kUnfinished[] = {
      "trunca",        "trunco",     "inconclusa", "inconcluso",  "incompleta",
      "incompleto",    "incomplete", "unfinished", "in progress", "en curso",
      "em curso",      "cursando",   "nepabeigta", "nepabeigts",  "არასრული",
      "დაუმთავრებელი", "թերի",       "անավարտ",    "չավարտված",   "natamam"};
  for (std::string_view word : kUnfinished) {
    if (ContainsPhrase(norm, word)) return Degree{};
  }
  std::vector<std::string> words = Words(norm);
  Degree degree;
  // Degrees of several kinds named as examples of one level ("Bachelor's degree
  // (e.g. BA, BSc)", as UK forms give a level) make the text of no one kind.
  bool several_flavours = false;
  auto take = [&](Degree found) {
    if (found.level > degree.level) degree.level = found.level;
    if (found.level != 0 && (degree.lowest == 0 || found.level < degree.lowest)) {
      degree.lowest = found.level;
    }
    if (!degree.flavour.empty() && !found.flavour.empty() && found.flavour != degree.flavour) {
      several_flavours = true;
    }
    if (degree.flavour.empty()) degree.flavour = found.flavour;
  };
  // "B.Sc." normalises to "b sc" and "Ph.D." to "ph d": rejoin short pieces.
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string joined;
    for (std::size_t j = i; j < words.size() && j < i + 3; ++j) {
      if (j > i && (words[i].size() > 2 || words[j].size() > 3)) break;
      joined += words[j];
      for (const auto& abbreviation : kAbbreviations) {
        // "as" and "ma" are ordinary words; count them only alone or rejoined.
        if (joined == abbreviation.text &&
            (words.size() == 1 || j > i || (joined != "as" && joined != "ma"))) {
          take(abbreviation.degree);
        }
      }
    }
  }
  // Degree names by level in the languages forms use (national equivalents
  // mapped to the Bologna cycles: Licenciatura and Laurea triennale are first
  // cycle like a Bachelor; Diplom, Laurea magistrale, Maîtrise second).
  struct Named {
    std::string_view phrase;
    int level;
  };
  // Chinese and Japanese: 高中 / 高中職 (upper secondary), 專科 / 大專 / 短期大学
  // (junior college), 大學 / 大学 / 學士 (bachelor), 碩士 / 修士 / 大学院 (master),
  // 博士. Korean: 고등학교, 전문대학 or 대학교 (2, 3년제), 대학교 (4년제), 대학원
  // (석사 / 박사). Turkish and Vietnamese levels: Lise and Trung học phổ thông (upper
  // secondary), Ön Lisans and Cao đẳng (associate), Lisans, Đại học and Cử nhân
  // (bachelor), Yüksek Lisans and Thạc sĩ (master), Doktora and Tiến sĩ. Polish:
  // średnie (secondary), licencjat and inżynier (first cycle), magister, doktor.
  // Danish and Norwegian: gymnasial / videregående (upper secondary),
  // erhvervsakademi (short cycle), professionsbachelor, kandidat (second cycle),
  // ph.d. (rejoined as "phd"). Finnish: ylioppilastutkinto / lukio (upper secondary),
  // alempi korkeakoulututkinto / kandidaatti (first cycle), ylempi
  // korkeakoulututkinto / maisteri (second cycle), tohtori. A university of applied
  // sciences degree (AMK, YAMK) has no entry: beside the university degree of the same
  // cycle it would make a bachelor or master fit two options.
  // India: 12th / higher secondary (upper secondary), graduation (first degree),
  // post-graduation. Brazil: ensino médio, (ensino) superior completo or graduação
  // (first degree; "incompleto", unfinished, has no level), pós-graduação.
  // Arabic: ثانوية عامة (secondary), دبلوم (a
  // post-secondary diploma), بكالوريوس / ليسانس (bachelor), ماجستير (master),
  // دكتوراه (doctorate), also with their article ("البكالوريوس"). Persian (Iran):
  // دیپلم and پیش‌دانشگاهی (upper secondary: Iran's دیپلم is the school
  // diploma,
  // not Arabic's post-secondary دبلوم), کاردانی / فوق‌دیپلم (short cycle),
  // کارشناسی
  // /
  // لیسانس (bachelor), کارشناسی ارشد / فوق‌لیسانس (master: the longer
  // name spends کارشناسی), دکتری / دکترا. Czech: střední s maturitou / úplné střední (upper
  // secondary), vyšší odborné (short cycle, DiS.), bakalářské (Bc.), magisterské / inženýrské
  // (Mgr., Ing.: second cycle), doktorské (Ph.D.). Základní (basic school) and střední bez maturity
  // (a vocational certificate) sit below every level the profile knows and have no entry. Hindi:
  // 12वीं / बारहवीं (upper secondary), स्नातक (graduate: the first degree), स्नातकोत्तर / परास्नातक
  // (postgraduate), पीएचडी / डॉक्टरेट. Bengali (Bangladesh's levels): উচ্চ মাধ্যমিক / এইচএসসি (upper
  // secondary), ডিপ্লোমা (the polytechnic diploma: short cycle), স্নাতক (the first degree), স্নাতকোত্তর
  // (master), পিএইচডি / ডক্টরেট; মাধ্যমিক / এসএসসি (lower secondary) has no entry. Thai
  // (ระดับการศึกษา): มัธยมศึกษาตอนปลาย / ม.6 and ปวช. (upper secondary, general and vocational), ปวส.
  // and อนุปริญญา (short cycle), ปริญญาตรี (bachelor), ปริญญาโท (master), ปริญญาเอก (doctorate);
  // มัธยมศึกษาตอนต้น (lower secondary) has no entry. Indonesian (jenjang pendidikan): SMA / SMK / SLTA
  // (upper secondary), D3 or Diploma 3 (short cycle), S1 or Sarjana (bachelor), S2 or Magister, S3
  // or Doktor. D1 and D2 sit below a short-cycle degree, and D4 or Sarjana Terapan is the applied
  // bachelor (like AMK): their words are spent with no level, so "Diploma 4 (D4) / Sarjana Terapan"
  // is neither a diploma nor a Sarjana. Hungarian: érettségi / középfokú (upper secondary),
  // felsőfokú szakképzés (short cycle), főiskolai or alapképzés (BA, BSc), egyetemi, mesterképzés
  // or osztatlan (MA, MSc), doktori (PhD). Romanian: liceu / bacalaureat / studii medii (upper
  // secondary), postliceal (short cycle), licență or studii superioare (bachelor),
  // master / masterat, doctorat. Ukrainian: повна загальна середня (upper secondary),
  // (фаховий) молодший бакалавр / молодший спеціаліст (short cycle), бакалавр,
  // магістр and спеціаліст (second cycle), кандидат наук / доктор філософії. Greek:
  // απολυτήριο λυκείου (upper secondary), ΙΕΚ (post-secondary vocational), πτυχίο
  // ΑΕΙ / ΤΕΙ (bachelor), μεταπτυχιακό (master), διδακτορικό; as NormalizeText
  // writes them (accents and final ς folded). Spanish vocational training:
  // Ciclo Formativo de Grado Medio (upper secondary, beside Bachillerato) and de
  // Grado Superior, whose holder is Técnico Superior (short cycle); their "grado"
  // is no university Grado, so the longer names spend it. Mexico: Preparatoria
  // (upper secondary), Técnico Superior Universitario (short cycle), Licenciatura.
  static constexpr Named kNamed[] = {
      {"high school", 1},
      {"secondary school", 1},
      {"abitur", 1},
      {"baccalaureat", 1},
      {"diplome detudes secondaires", 1},
      {"diplome detudes professionnelles", 1},
      {"diplome detudes collegiales", 2},
      {"secondaire", 1},
      {"collegial", 2},
      {"bachillerato", 1},
      {"preparatoria", 1},
      {"maturita", 1},
      {"matura", 1},
      {"ensino medio", 1},
      {"vwo", 1},
      {"havo", 1},
      {"高校", 1},
      {"高中", 1},
      {"高中職", 1},
      {"高中职", 1},
      {"associate", 2},
      {"專科", 2},
      {"专科", 2},
      {"大專", 2},
      {"大专", 2},
      {"短期大学", 2},
      {"전문대학", 2},
      {"전문학사", 2},
      {"대학교 2 3년제", 2},
      {"대학 2 3년", 2},
      {"고등학교", 1},
      {"associates", 2},
      {"bachelor", 3},
      {"bachelors", 3},
      {"graduation", 3},
      {"graduacao", 3},
      {"superior completo", 3},
      {"post graduation", 4},
      {"postgraduation", 4},
      {"post graduate", 4},
      {"postgraduate", 4},
      {"pos graduacao", 4},
      {"12th", 1},
      {"higher secondary", 1},
      {"undergraduate", 3},
      {"licenciatura", 3},
      {"licence", 3},
      {"grado", 3},
      {"grado medio", 1},
      {"grado superior", 2},
      // Catalan (Spain's first cycle and vocational training in Catalan): Batxillerat,
      // Cicle formatiu de grau mitjà / superior, Grau universitari, Llicenciatura,
      // and Spain's former three-year Diplomatura (Diplomatura in Spanish too). A bare
      // "grau" has no entry: Portuguese uses it for any level ("grau de mestre").
      {"batxillerat", 1},
      {"grau mitja", 1},
      {"grau superior", 2},
      {"tecnic superior", 2},
      {"grau universitari", 3},
      {"llicenciatura", 3},
      {"diplomatura", 3},
      {"tecnico superior", 2},
      {"tecnico superior universitario", 2},
      {"laurea triennale", 3},
      {"laurea di primo livello", 3},
      {"bacharelado", 3},
      {"学士", 3},
      {"學士", 3},
      {"本科", 3},
      {"大學", 3},
      {"大学", 3},
      {"학사", 3},
      {"대학교", 3},
      {"대학교 4년제", 3},
      {"бакалавр", 3},
      {"ปริญญาตรี", 3},
      {"स्नातक", 3},
      {"स्नातकोत्तर", 4},
      {"परास्नातक", 4},
      {"पीएचडी", 6},
      {"डॉक्टरेट", 6},
      {"উচ্চ মাধ্যমিক", 1},
      {"এইচএসসি", 1},
      {"ডিপ্লোমা", 2},
      {"স্নাতক", 3},
      {"স্নাতকোত্তর", 4},
      {"পিএইচডি", 6},
      {"ডক্টরেট", 6},
      {"12वीं", 1},
      {"बारहवीं", 1},
      {"มัธยมศึกษาตอนปลาย", 1},
      {"ปวช", 1},
      {"ปวส", 2},
      {"อนุปริญญา", 2},
      {"ปริญญาโท", 4},
      {"ปริญญาเอก", 6},
      {"master", 4},
      {"masters", 4},
      {"magister", 4},
      {"diplom", 4},
      {"laurea magistrale", 4},
      {"laurea specialistica", 4},
      {"maitrise", 4},
      {"mestrado", 4},
      {"maestria", 4},
      {"修士", 4},
      {"硕士", 4},
      {"碩士", 4},
      {"大学院", 4},
      {"석사", 4},
      {"대학원", 4},
      {"магистр", 4},
      {"doctorate", 6},
      {"doctoral", 6},
      {"doctor of philosophy", 6},
      {"promotion", 6},
      {"doktor", 6},
      {"doctorat", 6},
      {"doctorado", 6},
      {"dottorato", 6},
      {"doutorado", 6},
      {"博士", 6},
      {"박사", 6},
      {"кандидат наук", 6},
      {"phd", 6},
      {"lise", 1},
      {"trung hoc pho thong", 1},
      {"thpt", 1},
      {"on lisans", 2},
      {"cao dang", 2},
      {"lisans", 3},
      {"dai hoc", 3},
      {"cu nhan", 3},
      {"yuksek lisans", 4},
      {"sau dai hoc", 4},
      {"thac si", 4},
      {"doktora", 6},
      {"tien si", 6},
      {"srednie", 1},
      {"wyksztalcenie srednie", 1},
      {"licencjat", 3},
      {"inzynier", 3},
      {"inzynierskie", 3},
      {"wyzsze licencjackie", 3},
      {"magister", 4},
      {"magisterskie", 4},
      {"wyzsze magisterskie", 4},
      {"gymnasial", 1},
      {"studentereksamen", 1},
      {"videregaende skole", 1},
      {"gymnasium", 1},
      {"erhvervsakademi", 2},
      {"erhvervsakademiuddannelse", 2},
      {"professionsbachelor", 3},
      {"bachelorgrad", 3},
      {"kandidat", 4},
      {"kandidatgrad", 4},
      {"kandidatuddannelse", 4},
      {"mastergrad", 4},
      {"masterexamen", 4},
      {"kandidatexamen", 3},
      {"ylioppilastutkinto", 1},
      {"lukio", 1},
      {"alempi korkeakoulututkinto", 3},
      {"kandidaatti", 3},
      {"kandidaatin tutkinto", 3},
      {"ylempi korkeakoulututkinto", 4},
      {"maisteri", 4},
      {"maisterin tutkinto", 4},
      {"tohtori", 6},
      {"tohtorin tutkinto", 6},
      {"دیپلم", 1},
      {"پیش دانشگاهی", 1},
      {"کاردانی", 2},
      {"فوق دیپلم", 2},
      {"کارشناسی", 3},
      {"لیسانس", 3},
      {"کارشناسی ارشد", 4},
      {"فوق لیسانس", 4},
      {"دکتری", 6},
      {"دکترا", 6},
      {"ثانوية عامة", 1},
      {"ثانوية", 1},
      {"الثانوية", 1},
      {"دبلوم", 2},
      {"بكالوريوس", 3},
      {"ليسانس", 3},
      {"ماجستير", 4},
      {"دكتوراه", 6},
      {"دكتوراة", 6},
      {"stredni s maturitou", 1},
      {"stredoskolske s maturitou", 1},
      {"uplne stredni", 1},
      {"uplne stredni odborne", 1},
      {"vyssi odborne", 2},
      {"vyssi odborna skola", 2},
      {"bakalarske", 3},
      {"bakalar", 3},
      {"vysokoskolske bakalarske", 3},
      {"magisterske", 4},
      {"inzenyrske", 4},
      {"vysokoskolske magisterske", 4},
      {"vysokoskolske i stupna", 3},
      {"vysokoskolske vzdelanie i stupna", 3},
      {"vysokoskolske ii stupna", 4},
      {"vysokoskolske vzdelanie ii stupna", 4},
      {"vysokoskolske iii stupna", 6},
      {"vysokoskolske vzdelanie iii stupna", 6},
      {"vyssie odborne", 2},
      {"uplne stredne odborne", 1},
      {"uplne stredne vseobecne", 1},
      {"inzinierske", 4},
      {"doktorandske", 6},
      {"doktorske", 6},
      {"doktorske studium", 6},
      {"sma", 1},
      {"smk", 1},
      {"slta", 1},
      {"sma smk", 1},
      {"diploma 1", 0},
      {"diploma 2", 0},
      {"d1", 0},
      {"d2", 0},
      {"diploma 3", 2},
      {"d3", 2},
      {"diploma 4", 0},
      {"d4", 0},
      // Malaysia: SPM and STPM end secondary school (matrikulasi and asasi are the
      // pre-university year); "Ijazah Sarjana Muda" is the bachelor's degree and
      // "Ijazah Sarjana" the master's, where Indonesia's "Sarjana" alone is the
      // bachelor's: the longer Malay names are read first.
      {"spm", 1},
      {"stpm", 1},
      {"matrikulasi", 1},
      {"asasi", 1},
      {"ijazah sarjana muda", 3},
      {"sarjana muda", 3},
      {"ijazah sarjana", 4},
      {"doktor falsafah", 6},
      {"sarjana terapan", 0},
      {"sarjana", 3},
      {"s1", 3},
      {"s2", 4},
      {"pascasarjana", 4},
      {"s3", 6},
      {"erettsegi", 1},
      {"kozepfoku", 1},
      {"kozepiskola", 1},
      {"felsofoku szakkepzes", 2},
      {"foiskola", 3},
      {"foiskolai", 3},
      {"alapkepzes", 3},
      {"egyetem", 4},
      {"egyetemi", 4},
      {"mesterkepzes", 4},
      {"osztatlan", 4},
      {"doktori", 6},
      {"liceu", 1},
      {"bacalaureat", 1},
      {"studii medii", 1},
      {"postliceal", 2},
      {"postliceala", 2},
      {"licenta", 3},
      {"studii superioare", 3},
      {"masterat", 4},
      {"studii postuniversitare", 4},
      {"повна загальна середня", 1},
      {"загальна середня", 1},
      {"середня освіта", 1},
      {"молодший бакалавр", 2},
      {"фаховий молодший бакалавр", 2},
      {"молодший спеціаліст", 2},
      {"магістр", 4},
      {"спеціаліст", 4},
      {"доктор філософії", 6},
      // Bulgarian (образователна степен): средно and средно специално / професионално
      // (upper secondary), полувисше (the old short cycle), бакалавър, магистър, доктор.
      // A професионален бакалавър (a college's three-year degree) is the applied degree
      // of the first cycle, as Finland's AMK: spent with no level beside the bachelor.
      {"средно", 1},
      {"средно образование", 1},
      {"средно специално", 1},
      {"средно професионално", 1},
      {"полувисше", 2},
      {"бакалавър", 3},
      {"магистър", 4},
      {"доктор", 6},
      {"професионален бакалавър", 0},
      // Macedonian (степен на образование, the Macedonian qualifications framework):
      // средно as Bulgarian (upper secondary), више образование (the old short cycle,
      // VI A), високо образование / додипломски студии / прв циклус (VI Б, the first
      // cycle), магистерски / мастер студии / втор циклус (VII A), докторски студии /
      // трет циклус (VIII).
      {"више образование", 2},
      {"високо образование", 3},
      {"додипломски", 3},
      {"додипломски студии", 3},
      {"прв циклус", 3},
      {"магистерски", 4},
      {"магистерски студии", 4},
      {"мастер студии", 4},
      {"втор циклус", 4},
      {"докторски", 6},
      {"докторски студии", 6},
      {"трет циклус", 6},
      {"λυκειο", 1},
      {"απολυτηριο λυκειου", 1},
      {"ιεκ", 2},
      {"πτυχιο", 3},
      {"πτυχιο αει", 3},
      {"πτυχιο τει", 3},
      {"μεταπτυχιακο", 4},
      {"μεταπτυχιακοσ τιτλοσ", 4},
      {"διδακτορικο", 6},
      // Croatian (stupanj obrazovanja, as NormalizeText writes it): srednja stručna
      // sprema (upper secondary), viša stručna sprema (short cycle), sveučilišni
      // prijediplomski studij / univ. bacc. (bachelor), sveučilišni diplomski studij /
      // mag. and the pre-Bologna visoka stručna sprema (second cycle), poslijediplomski
      // specijalistički (second cycle), doktorski studij / dr. sc. The professional
      // stručni studij (bacc. without univ., struč. spec.) is the applied degree of its
      // cycle (like AMK): spent with no level, beside the university degree.
      {"srednja strucna sprema", 1},
      {"srednja skola", 1},
      {"visa strucna sprema", 2},
      {"sveucilisni prijediplomski", 3},
      {"sveucilisni preddiplomski", 3},
      {"prijediplomski", 3},
      {"preddiplomski", 3},
      {"univ bacc", 3},
      {"sveucilisni diplomski", 4},
      {"diplomski studij", 4},
      {"visoka strucna sprema", 4},
      {"poslijediplomski specijalisticki", 4},
      {"mag", 4},
      {"doktorski studij", 6},
      {"doktorat", 6},
      {"dr sc", 6},
      {"strucni studij", 0},
      {"strucni prijediplomski", 0},
      {"strucni preddiplomski", 0},
      {"strucni diplomski", 0},
      {"bacc", 0},
      {"struc spec", 0},
      // Lithuanian (išsilavinimas, as NormalizeText writes it): vidurinis (upper
      // secondary), aukštasis universitetinis - bakalauras (first cycle), magistras,
      // mokslų daktaras. A college's (kolegija) aukštasis koleginis, the profesinis
      // bakalauras, is the applied degree of the first cycle (like AMK): spent with no
      // level, beside the university bachelor; profesinis (vocational school) alone sits
      // below every level the profile knows and has no entry.
      {"vidurinis", 1},
      {"vidurinis issilavinimas", 1},
      {"aukstasis koleginis", 0},
      {"profesinis bakalauras", 0},
      {"profesinio bakalauro", 0},
      {"aukstasis universitetinis", 3},
      {"bakalauras", 3},
      {"bakalauro", 3},
      {"magistras", 4},
      {"magistro", 4},
      {"daktaras", 6},
      {"mokslu daktaras", 6},
      {"daktaro", 6},
      // Serbian (stepen stručne spreme, in Latin script): srednja škola (III and IV
      // stepen: upper secondary), viša škola (short cycle), osnovne akademske studije
      // (VI: bachelor), master akademske and integrisane studije (VII-1: second
      // cycle), doktorske studije / doktorat (VIII). The strukovne (professional)
      // studies of each cycle are the applied degree, as Croatia's stručni studij.
      {"visa skola", 2},
      {"osnovne akademske studije", 3},
      {"osnovne akademske", 3},
      {"master akademske studije", 4},
      {"master akademske", 4},
      {"integrisane akademske studije", 4},
      {"doktorske akademske studije", 6},
      {"doktorske studije", 6},
      {"osnovne strukovne studije", 0},
      {"osnovne strukovne", 0},
      {"master strukovne studije", 0},
      {"specijalisticke strukovne studije", 0},
      {"strukovne studije", 0},
      // Slovenian (stopnja izobrazbe, the KLASIUS levels, as NormalizeText writes
      // them): srednja strokovna / splošna / poklicna and gimnazija (upper secondary,
      // IV-V), višja strokovna / višješolska (VI/1, short cycle), the first Bologna
      // cycle (VI/2: 1. bolonjska stopnja), the second cycle with magisterij stroke
      // and the pre-Bologna univerzitetna izobrazba (VII), specializacija and
      // magisterij znanosti (VIII/1), doktorat znanosti (VIII/2, third cycle). The
      // professional visokošolska strokovna is the applied degree of the first cycle,
      // as Croatia's stručni studij.
      {"srednja strokovna", 1},
      {"srednja splosna", 1},
      {"srednja poklicna", 1},
      {"gimnazija", 1},
      {"visja strokovna", 2},
      {"visjesolska", 2},
      {"visjesolski", 2},
      {"1 bolonjska stopnja", 3},
      {"1 bolonjske stopnje", 3},
      {"prva bolonjska stopnja", 3},
      {"prve bolonjske stopnje", 3},
      {"2 bolonjska stopnja", 4},
      {"2 bolonjske stopnje", 4},
      {"druga bolonjska stopnja", 4},
      {"druge bolonjske stopnje", 4},
      {"magisterij stroke", 4},
      {"univerzitetna izobrazba prejsnja", 4},
      {"univerzitetna predbolonjska", 4},
      {"univerzitetni predbolonjski", 4},
      {"magisterij znanosti", 4},
      {"3 bolonjska stopnja", 6},
      {"3 bolonjske stopnje", 6},
      {"doktorat znanosti", 6},
      {"visokosolska strokovna", 0},
      {"visokosolski strokovni", 0},
      // Latvian (izglītības līmenis, as NormalizeText writes it): vispārējā and
      // profesionālā vidējā izglītība (upper secondary), the first-level professional
      // higher education of a college (koledža: short cycle), the bakalaura grāds
      // (first cycle), maģistra grāds (second), doktora grāds. The profesionālais
      // bakalaurs is the applied degree of the first cycle, as Lithuania's: spent with
      // no level, beside the academic bachelor.
      {"videja izglitiba", 1},
      {"vispareja videja", 1},
      {"profesionala videja", 1},
      {"pirma limena profesionala augstaka", 2},
      {"koledzas izglitiba", 2},
      {"bakalaura grads", 3},
      {"bakalaurs", 3},
      {"bakalaura", 3},
      {"magistra grads", 4},
      {"magistrs", 4},
      {"magistra", 4},
      {"doktora grads", 6},
      {"doktors", 6},
      {"doktora", 6},
      {"profesionalais bakalaurs", 0},
      {"profesionala bakalaura", 0},
      // Icelandic (menntun, as NormalizeText writes it): stúdentspróf and
      // framhaldsskólapróf close upper secondary school, grunnnám is a university's
      // first cycle (BA / BS), meistarapróf the second, doktorspróf the doctorate.
      {"studentsprof", 1},
      {"framhaldsskolaprof", 1},
      {"haskolaprof grunnnam", 3},
      {"grunnnam", 3},
      {"meistaraprof", 4},
      {"meistaragrada", 4},
      {"doktorsprof", 6},
      {"doktorsgrada", 6},
      // Georgian (განათლების დონე): საშუალო and სრული ზოგადი განათლება (upper
      // secondary) and პროფესიული განათლება (vocational), the ბაკალავრი (first
      // cycle), მაგისტრი and the pre-Bologna დიპლომირებული სპეციალისტი (second),
      // დოქტორი (third).
      // Georgian script is matched inside words, so "ბაკალავრი" holds its genitive
      // "ბაკალავრის".
      {"საშუალო", 1},
      {"სრული ზოგადი", 1},
      {"პროფესიული", 1},
      {"ბაკალავრი", 3},
      {"მაგისტრი", 4},
      {"დიპლომირებული სპეციალისტი", 4},
      {"დოქტორი", 6},
      // Armenian (կրթություն): միջնակարգ (secondary) and միջին մասնագիտական (a
      // college's vocational diploma), the բակալավր (first cycle), մագիստրոս and the
      // pre-Bologna դիպլոմավորված մասնագետ (second), the գիտությունների թեկնածու
      // (candidate of sciences, the doctorate) and դոկտոր; Armenian words are matched
      // whole, so the genitives (-ի: "բակալավրի աստիճան") are listed.
      {"միջնակարգ", 1},
      {"միջին մասնագիտական", 1},
      {"բակալավր", 3},
      {"բակալավրի", 3},
      {"մագիստրոս", 4},
      {"մագիստրոսի", 4},
      {"մագիստրատուրա", 4},
      {"դիպլոմավորված մասնագետ", 4},
      {"գիտությունների թեկնածու", 6},
      {"գիտությունների դոկտոր", 6},
      {"դոկտոր", 6},
      // Albanian (niveli i arsimimit): "Arsim i mesëm" (upper secondary, also the
      // vocational "Arsim i mesëm profesional"), "Bachelor" / "Diplomë e nivelit të
      // parë" (first cycle), "Master Shkencor" / "Master Profesional" and the
      // pre-Bologna "Diplomë e nivelit të dytë" (second), "Doktoraturë" (third).
      {"arsim i mesem", 1},
      {"arsimi i mesem", 1},
      {"shkolle e mesme", 1},
      {"nivelit te pare", 3},
      {"master shkencor", 4},
      {"master profesional", 4},
      {"nivelit te dyte", 4},
      {"doktorature", 6},
      // Azerbaijani (təhsil): orta (secondary) and orta-ixtisas (a college's
      // vocational diploma), ali (higher) as bakalavr (first cycle) or magistr
      // (second), the fəlsəfə doktoru (PhD) and elmlər doktoru; NormalizeText writes
      // ə as e. "Orta" alone is also a middle level of anything else, so only the
      // school's names are listed.
      {"orta tehsil", 1},
      {"tam orta", 1},
      {"orta ixtisas", 1},
      {"bakalavr", 3},
      {"bakalavriat", 3},
      {"magistr", 4},
      {"magistratura", 4},
      {"felsefe doktoru", 6},
      {"elmler doktoru", 6},
      {"elmler namizedi", 6},
  };
  // A level's name may hold a higher level's word ("on lisans", an associate
  // degree, holds "lisans"): the longer name decides and its words are spent.
  static const std::vector<Named> kLongestFirst = [] {
    std::vector<Named> sorted(std::begin(kNamed), std::end(kNamed));
    std::stable_sort(sorted.begin(), sorted.end(), [](const Named& a, const Named& b) {
      return a.phrase.size() > b.phrase.size();
    });
    return sorted;
  }();
  std::string unread = norm;
  for (const Named& named : kLongestFirst) {
    const bool cjk = static_cast<unsigned char>(named.phrase.front()) >= 0xC0;
    if (cjk) {
      // Spent like a word: "短期大学" (a junior college) is not also "大学".
      if (const std::size_t at = unread.find(named.phrase); at != std::string::npos) {
        take({named.level, ""});
        unread.replace(at, named.phrase.size(), " ");
      }
      continue;
    }
    const std::string padded = " " + unread + " ";
    const std::size_t at = padded.find(" " + std::string(named.phrase) + " ");
    if (at == std::string::npos) continue;
    take({named.level, ""});
    unread = padded.substr(1, at) + padded.substr(at + named.phrase.size() + 1);
  }
  if (several_flavours) {
    degree.flavour = {};
  } else if (degree.level != 0 && degree.flavour.empty()) {
    if (ContainsPhrase(norm, "science"))
      degree.flavour = "science";
    else if (ContainsPhrase(norm, "arts"))
      degree.flavour = "arts";
    else if (ContainsPhrase(norm, "engineering"))
      degree.flavour = "engineering";
    else if (ContainsPhrase(norm, "business"))
      degree.flavour = "business";
    else if (ContainsPhrase(norm, "علوم") || ContainsPhrase(norm, "العلوم"))
      degree.flavour = "science";
    else if (ContainsPhrase(norm, "آداب") || ContainsPhrase(norm, "الآداب"))
      degree.flavour = "arts";
    else if (ContainsPhrase(norm, "هندسة") || ContainsPhrase(norm, "الهندسة"))
      degree.flavour = "engineering";
    else if (ContainsPhrase(norm, "إدارة الأعمال") || ContainsPhrase(norm, "إدارة أعمال"))
      degree.flavour = "business";
  }
  return degree;
}

std::string_view CanonicalGender(std::string_view norm) {
  if (norm == "man" || norm == "male" || norm == "men") return "male";
  if (norm == "woman" || norm == "female" || norm == "women") return "female";
  if (norm == "nonbinary" || norm == "non binary") return "non binary";
  return {};
}

// The dialling code written in a text as "+<digits>" ("United States (+1)",
// "+82 대한민국"), without the '+'; "" when there is none or several.
std::string DialCodeIn(std::string_view text) {
  std::string found;
  for (std::size_t at = text.find('+'); at != std::string_view::npos; at = text.find('+', at + 1)) {
    std::size_t end = at + 1;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end == at + 1) continue;
    if (!found.empty()) return "";
    found = std::string(text.substr(at + 1, end - at - 1));
  }
  return found;
}

// The words of a text without its numbers and flags: "United States (+1)" and
// "🇺🇸 USA +1" -> "united states", "usa". (A flag is two regional-indicator
// symbols, four-byte UTF-8 like every emoji.)
std::string WithoutNumbers(std::string_view text) {
  std::string name;
  for (const std::string& word : Words(NormalizeText(text))) {
    if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        static_cast<unsigned char>(word.front()) >= 0xF0) {
      continue;
    }
    if (!name.empty()) name += ' ';
    name += word;
  }
  return name;
}

const knowledge::Country* CountryOfOption(const perception::Option& option) {
  // "United States (+1)", or a dialling-code picker's "+1" whose value names the
  // country ("+1|US"): drop the dialling code before looking the name up.
  if (const auto* country = knowledge::FindCountry(WithoutNumbers(option.label))) return country;
  if (const auto* country = knowledge::FindCountry(option.value)) return country;
  const std::string value = WithoutNumbers(option.value);
  return value.empty() ? nullptr : knowledge::FindCountry(value);
}

bool Includes(const std::set<std::string>& big, const std::set<std::string>& small) {
  return !small.empty() && std::includes(big.begin(), big.end(), small.begin(), small.end());
}

std::set<std::string> WordSet(std::string_view norm) {
  auto words = Words(norm);
  return {words.begin(), words.end()};
}

}  // namespace

std::string_view WithoutChoiceLetter(std::string_view label) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  auto is_letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t at = 0;
  while (at < label.size() && is_space(label[at])) ++at;
  const bool paren = at < label.size() && label[at] == '(';
  if (paren) ++at;
  const std::size_t mark = at;
  if (at < label.size() && is_letter(label[at])) {
    ++at;
  } else {
    while (at < label.size() && at - mark < 2 && is_digit(label[at])) ++at;
  }
  if (at == mark || at >= label.size()) return label;
  const char close = label[at];
  if (paren ? close != ')' : (close != '.' && close != ')')) return label;
  ++at;
  if (at >= label.size() || !is_space(label[at])) return label;
  while (at < label.size() && is_space(label[at])) ++at;
  return at < label.size() ? label.substr(at) : label;
}

std::optional<bool> LeadingYesNo(std::string_view text) {
  switch (LeadingPolarity(NormalizeText(WithoutChoiceLetter(text)))) {
    case Polarity::kYes: return true;
    case Polarity::kNo: return false;
    case Polarity::kNone: break;
  }
  return std::nullopt;
}

bool HoldsDegreeLevel(std::string_view held, std::string_view asked) {
  constexpr int kBachelor = 3;
  constexpr int kProfessional = 7;
  const int want = DegreeOf(asked).level;
  const int have = DegreeOf(held).level;
  if (want == 0 || have == 0) return false;
  if (have == kProfessional || want == kProfessional) {
    return have == want || (have == kProfessional && want <= kBachelor);
  }
  return have >= want;
}

bool NamesDegreeLevel(std::string_view text) {
  return DegreeOf(text).level != 0;
}

bool IsDeclineText(std::string_view text) {
  // English, German, French, Spanish, Italian, Portuguese, Dutch, Japanese,
  // Chinese, Korean, Russian, Turkish, Vietnamese, Polish, Danish, Norwegian,
  // Swedish, Finnish, Arabic, Persian, Czech, Hungarian, Romanian, Ukrainian, Greek,
  // Hindi, Bengali, Malay and Welsh ("Mae'n well gennyf beidio â dweud") wordings of
  // "I don't wish to answer" (Persian's "ترجیح
  // می‌دهم اعلام نکنم" by its negated verb, "prefer" alone being any preference;
  // the zero-width non-joiner of "می‌دهم" reads as a space).
  static constexpr std::array<std::string_view, 135> kPhrases = {"decline",
                                                                 "well gennyf beidio",
                                                                 "well gen i beidio",
                                                                 "gwell gennyf beidio",
                                                                 "gwell gen i beidio",
                                                                 "ne zelim odgovoriti",
                                                                 "ne zelim navesti",
                                                                 "ne zelim se izjasniti",
                                                                 "ne zelim se izjasnjavati",
                                                                 "radije ne bih",
                                                                 "اعلام نکنم",
                                                                 "پاسخ ندهم",
                                                                 "ترجیح می دهم نگویم",
                                                                 "تمایلی به پاسخ ندارم",
                                                                 "تمایلی به اعلام ندارم",
                                                                 "نمی خواهم پاسخ دهم",
                                                                 "أفضل عدم",
                                                                 "افضل عدم",
                                                                 "لا أرغب في الإفصاح",
                                                                 "لا ارغب في الافصاح",
                                                                 "عدم الإفصاح",
                                                                 "عدم الافصاح",
                                                                 "dont wish",
                                                                 "do not wish",
                                                                 "dont want",
                                                                 "do not want",
                                                                 "prefer not",
                                                                 "tidak mahu menyatakan",
                                                                 "tidak ingin menyatakan",
                                                                 "tidak mahu mendedahkan",
                                                                 "tidak mahu menjawab",
                                                                 "tidak ingin menjawab",
                                                                 "lebih suka tidak",
                                                                 "not to answer",
                                                                 "not to say",
                                                                 "not to disclose",
                                                                 "choose not",
                                                                 "rather not",
                                                                 "wish not",
                                                                 "not wish",
                                                                 "no answer",
                                                                 "not disclose",
                                                                 "prefer to not",
                                                                 "keine angabe",
                                                                 "keine angaben",
                                                                 "nicht angeben",
                                                                 "mochte ich nicht",
                                                                 "ne souhaite pas",
                                                                 "prefere ne pas",
                                                                 "ne pas repondre",
                                                                 "prefiero no",
                                                                 "no deseo",
                                                                 "preferisco non",
                                                                 "non desidero",
                                                                 "prefiro nao",
                                                                 "nao desejo",
                                                                 "liever niet",
                                                                 "wil ik niet",
                                                                 "回答しない",
                                                                 "回答を控え",
                                                                 "不透露",
                                                                 "不願透露",
                                                                 "不愿透露",
                                                                 "不便透露",
                                                                 "不公開",
                                                                 "不公开",
                                                                 "밝히지 않",
                                                                 "밝히고 싶지 않",
                                                                 "응답하지 않",
                                                                 "답변하지 않",
                                                                 "не указывать",
                                                                 "предпочитаю не",
                                                                 "no especificar",
                                                                 "belirtmek istemiyorum",
                                                                 "cevaplamak istemiyorum",
                                                                 "paylasmak istemiyorum",
                                                                 "belirtilmemis",
                                                                 "khong muon tiet lo",
                                                                 "khong muon tra loi",
                                                                 "khong muon chia se",
                                                                 "khong tiet lo",
                                                                 "wole nie podawac",
                                                                 "wole nie odpowiadac",
                                                                 "nie chce podawac",
                                                                 "odmowa odpowiedzi",
                                                                 "ikke at oplyse",
                                                                 "vil ikke oplyse",
                                                                 "onsker ikke at svare",
                                                                 "ikke a oppgi",
                                                                 "vill inte uppge",
                                                                 "vill inte svara",
                                                                 "en halua vastata",
                                                                 "en halua kertoa",
                                                                 "en halua ilmoittaa",
                                                                 "nechci uvadet",
                                                                 "neuvadim",
                                                                 "nechci odpovidat",
                                                                 "nechcem uviest",
                                                                 "neuvadzam",
                                                                 "nechcem odpovedat",
                                                                 "neprajem si uviest",
                                                                 "neprajem si odpovedat",
                                                                 "nepreji si uvadet",
                                                                 "nepreji si odpovidat",
                                                                 "nem kivanom megadni",
                                                                 "nem kivanok valaszolni",
                                                                 "nem szeretnem megadni",
                                                                 "inkabb nem valaszolok",
                                                                 "prefer sa nu raspund",
                                                                 "prefer sa nu spun",
                                                                 "prefer sa nu declar",
                                                                 "nu doresc sa raspund",
                                                                 "nu doresc sa declar",
                                                                 "nu doresc sa precizez",
                                                                 "nu vreau sa raspund",
                                                                 "не бажаю вказувати",
                                                                 "не хочу вказувати",
                                                                 "не бажаю відповідати",
                                                                 "волію не вказувати",
                                                                 "волію не відповідати",
                                                                 "не вказувати",
                                                                 "δεν επιθυμω να απαντησω",
                                                                 "δεν επιθυμω να δηλωσω",
                                                                 "δεν θελω να απαντησω",
                                                                 "προτιμω να μην",
                                                                 "बताना नहीं चाहत",
                                                                 "नहीं बताना चाहत",
                                                                 "बताना नहीं चाहूं",
                                                                 "उत्तर नहीं देना चाहत",
                                                                 "खुलासा नहीं करना",
                                                                 "বলতে চাই না",
                                                                 "জানাতে চাই না",
                                                                 "প্রকাশ করতে চাই না",
                                                                 "উত্তর দিতে চাই না",
                                                                 "উল্লেখ করতে চাই না"};
  std::string norm = NormalizeText(text);
  // Chinese forms' decline choice is often the one word 保密, "kept private"
  // (性别: 男 / 女 / 保密); within a longer text it means confidentiality (保密协议).
  if (norm == "保密") return true;
  return std::any_of(kPhrases.begin(), kPhrases.end(), [&](std::string_view phrase) {
    return static_cast<unsigned char>(phrase.front()) >= 0xC0 ? norm.find(phrase) != norm.npos
                                                              : ContainsPhrase(norm, phrase);
  });
}

bool IsPlaceholderOption(const perception::Option& option) {
  static const std::set<std::string, std::less<>> kPlaceholders = {"",
                                                                   "select",
                                                                   "select one",
                                                                   "select an option",
                                                                   "please select",
                                                                   "please select one",
                                                                   "please select an option",
                                                                   "choose",
                                                                   "choose one",
                                                                   "choose an option",
                                                                   "please choose",
                                                                   "pick one",
                                                                   "none selected",
                                                                   "select please",
                                                                   "bitte wahlen",
                                                                   "seleccione",
                                                                   "selectionner",
                                                                   "selecione",
                                                                   "seleziona",
                                                                   "seciniz",
                                                                   "lutfen seciniz",
                                                                   "secim yapiniz",
                                                                   "chon",
                                                                   "vui long chon",
                                                                   "hay chon",
                                                                   "wybierz",
                                                                   "wybierz z listy",
                                                                   "prosze wybrac",
                                                                   "vaelg",
                                                                   "velg",
                                                                   "valj",
                                                                   "vaelg venligst",
                                                                   "valitse",
                                                                   "valitse listasta",
                                                                   "vyberte",
                                                                   "vyberte si",
                                                                   "vyberte moznost",
                                                                   "zvolte",
                                                                   "prosim vyberte",
                                                                   "valasszon",
                                                                   "kerjuk valasszon",
                                                                   "valassz",
                                                                   "selectati",
                                                                   "selecteaza",
                                                                   "alegeti",
                                                                   "alege",
                                                                   "оберіть",
                                                                   "виберіть",
                                                                   "επιλεξτε",
                                                                   "επιλογη",
                                                                   "اختر",
                                                                   "اختر من القائمة",
                                                                   "يرجى الاختيار",
                                                                   "الرجاء الاختيار",
                                                                   "בחר",
                                                                   "בחרו",
                                                                   "יש לבחור",
                                                                   "נא לבחור",
                                                                   "चुनें",
                                                                   "एक विकल्प चुनें",
                                                                   "विकल्प चुनें",
                                                                   "कृपया चुनें",
                                                                   "নির্বাচন করুন",
                                                                   "অনুগ্রহ করে নির্বাচন করুন",
                                                                   "বাছাই করুন"};
  std::string norm = NormalizeText(option.label);
  if (kPlaceholders.contains(norm)) return true;
  // Turkish puts the verb last ("Şehir seçiniz"); Vietnamese first ("Chọn tỉnh"),
  // as Hungarian ("Válasszon országot"), Romanian ("Selectați județul"), Ukrainian
  // ("Оберіть місто") and Greek ("Επιλέξτε χώρα") do,
  // as Polish ("Wybierz kraj"), Czech ("Vyberte zemi"), Danish ("Vælg land"), Norwegian
  // and Swedish do,
  // and Russian ("Выберите город"), Chinese ("請選擇縣市"), Japanese and Korean
  // ("선택해 주세요").
  bool prompt =
      norm.starts_with("select ") || norm.starts_with("please select") ||
      norm.starts_with("choose ") || norm.starts_with("please choose") ||
      norm.ends_with(" seciniz") || norm.starts_with("chon ") ||
      norm.starts_with("vui long chon") || norm.starts_with("wybierz ") ||
      norm.starts_with("vaelg ") || norm.starts_with("velg ") || norm.starts_with("valj ") ||
      norm.starts_with("valitse ") || norm.starts_with("vyberte ") || norm.starts_with("zvolte ") ||
      norm.starts_with("выберите") || norm.starts_with("請選擇") || norm.starts_with("请选择") ||
      norm.starts_with("選択してください") || norm.starts_with("선택") ||
      norm.starts_with("اختر ") || norm.starts_with("يرجى اختيار") ||
      norm.starts_with("الرجاء اختيار") || norm.starts_with("valasszon ") ||
      norm.starts_with("valassz ") || norm.starts_with("selectati ") ||
      norm.starts_with("selecteaza ") || norm.starts_with("alegeti ") ||
      norm.starts_with("оберіть ") || norm.starts_with("виберіть ") ||
      norm.starts_with("επιλεξτε ") || norm.starts_with("בחר ") || norm.starts_with("בחרו ") ||
      norm.starts_with("יש לבחור") || norm.starts_with("נא לבחור");
  return prompt && (option.value.empty() || Words(norm).size() <= 4);
}

// Québec's ladder: the DES ends secondary school, the cégep's DEC ("collégial")
// comes before university, and the university's first degree is the baccalauréat,
// where France's baccalauréat ends school. A list naming the DES or the cégep's
// level is Québec's.
bool NamesQuebecDiplomas(const std::vector<perception::Option>& options) {
  return std::any_of(options.begin(), options.end(), [](const perception::Option& option) {
    const std::string label = NormalizeText(option.label);
    return ContainsPhrase(label, "diplome detudes secondaires") ||
           ContainsPhrase(label, "diplome detudes collegiales") ||
           ContainsPhrase(label, "collegial") || ContainsPhrase(label, "dec");
  });
}

// Spain's ladder since Bologna (2010): the university Grado is the first cycle, and
// lists (InfoJobs' study levels among them) keep the degrees it replaced beside it:
// Licenciatura, Diplomatura. A list offering a university Grado is Spain's.
bool NamesSpainsGrado(const std::vector<perception::Option>& options) {
  return std::any_of(options.begin(), options.end(), [](const perception::Option& option) {
    return ContainsPhrase(NormalizeText(option.label), "grado") &&
           DegreeOf(option.label).level == 3;
  });
}

Degree DegreeOfOption(std::string_view label, bool quebec_diplomas, bool spains_grado) {
  const std::string norm = NormalizeText(label);
  if (quebec_diplomas && ContainsPhrase(norm, "baccalaureat")) {
    return Degree{.level = 3, .flavour = "", .lowest = 3};
  }
  // Beside the Grado, a Licenciatura or Diplomatura is a degree no longer awarded: a
  // bachelor (a foreign one too) is the Grado, and a former degree only by its name.
  // (Without a Grado, Mexico's and Portugal's Licenciatura is the first degree.)
  if (spains_grado && !ContainsPhrase(norm, "grado") &&
      (ContainsPhrase(norm, "licenciatura") || ContainsPhrase(norm, "diplomatura"))) {
    return Degree{};
  }
  return DegreeOf(label);
}

std::vector<int> SelectableOptions(const std::vector<perception::Option>& options) {
  std::vector<int> indices;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (!IsPlaceholderOption(options[i])) indices.push_back(static_cast<int>(i));
  }
  return indices;
}

namespace {

// Services a person names by their Latin brand ("LinkedIn") that pages in other
// scripts write in their own letters: Persian and Arabic job forms list "لینکدین"
// / "لينكد إن" beside their local job boards, Hebrew ones "לינקדאין".
struct ServiceSpellings {
  std::string_view latin;  // normalised
  std::vector<std::string_view> other_scripts;
};
const std::vector<ServiceSpellings>& ServicesInOtherScripts() {
  static const std::vector<ServiceSpellings> services = {
      {"linkedin",
       {"لینکدین", "لینکداین", "لینکد این", "لينكد إن", "لينكدإن", "لينكدان", "לינקדאין", "לינקדין",
        "링크드인", "リンクトイン", "领英", "линкедин"}},
      {"instagram",
       {"اینستاگرام", "انستاگرام", "انستغرام", "אינסטגרם", "인스타그램", "インスタグラム"}},
      {"facebook", {"فیسبوک", "فيسبوك", "פייסבוק", "페이스북", "フェイスブック"}},
      {"telegram", {"تلگرام", "تيليجرام", "טלגרם", "텔레그램"}},
  };
  return services;
}

// `desired` as the options write it when it names a service that they spell
// only in another script ("LinkedIn" -> "لینکدین"); else `desired` itself.
std::string ServiceAsTheOptionsSpellIt(std::string_view desired,
                                       const std::vector<perception::Option>& options) {
  const std::string want = NormalizeText(desired);
  for (const ServiceSpellings& service : ServicesInOtherScripts()) {
    if (want != service.latin) continue;
    std::vector<std::string> labels;
    for (const auto& option : options) labels.push_back(NormalizeText(option.label));
    if (std::ranges::any_of(labels, [&](const std::string& label) {
          return knowledge::HasPhrase(label, service.latin);
        })) {
      break;
    }
    for (std::string_view spelling : service.other_scripts) {
      const std::string spelled = NormalizeText(spelling);
      if (std::ranges::any_of(labels, [&](const std::string& label) {
            return knowledge::HasPhrase(label, spelled);
          })) {
        return std::string(spelling);
      }
    }
    break;
  }
  return std::string(desired);
}

// Whether an option puts the person outside the country it names: "Outside
// Bangladesh", "বাংলাদেশের বাইরে", "Fuera de España", "Im Ausland", Azerbaijani
// "Azərbaycandan kənar" (outside Azerbaijan), "Xaricdə" (abroad).
bool SaysOutside(std::string_view label) {
  static constexpr std::string_view kOutside[] = {
      "outside",     "abroad",        "overseas",  "ausserhalb",       "im ausland",
      "hors de",     "a letranger",   "fuera de",  "en el extranjero", "fora de",
      "no exterior", "al di fuori",   "allestero", "buiten",           "বাইরে",
      "বিদেশে",      "के बाहर",        "विदेश में",    "საზღვარგარეთ",     "გარეთ",
      "արտերկրում",  "արտասահմանում", "ից դուրս",  "հայաստանից դուրս", "jashte",
      "kenar",       "xaricde"};
  const std::string norm = NormalizeText(label);
  return std::any_of(std::begin(kOutside), std::end(kOutside),
                     [&](std::string_view word) { return knowledge::HasPhrase(norm, word); });
}

// A form that asks whether one lives in its own country offers the country's
// inside and outside ("বাংলাদেশের ভিতরে" / "বাংলাদেশের বাইরে", "In Germany" /
// "Outside Germany") rather than a list of countries: the person's country decides
// the side. The one option on that side, if no option names the person's country
// by itself.
std::optional<OptionMatch> SideOfCountry(const std::vector<perception::Option>& options,
                                         const knowledge::Country& home) {
  std::optional<OptionMatch> side;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (IsPlaceholderOption(options[i]) || options[i].disabled) continue;
    if (knowledge::FindCountry(options[i].label) == &home) return std::nullopt;
    const knowledge::Country* named = knowledge::CountryMentionedIn(options[i].label);
    if (named == nullptr) continue;
    const bool outside = SaysOutside(options[i].label);
    if ((named == &home) == outside) continue;
    if (side) return std::nullopt;  // two options on the person's side
    side = OptionMatch{static_cast<int>(i), 0.9,
                       std::string(outside ? "outside " : "in ") + std::string(named->code)};
  }
  return side;
}

// Whether a list holds `country`'s first-level regions: at least half its options
// name one of them, by name or by code.
bool ListsRegionsOf(const std::vector<perception::Option>& options, std::string_view country) {
  const std::vector<int> selectable = SelectableOptions(options);
  std::size_t home = 0;
  for (int index : selectable) {
    const knowledge::Region* region =
        knowledge::FindRegion(options[static_cast<std::size_t>(index)].label);
    if (region != nullptr && region->country == country) ++home;
  }
  return !selectable.empty() && home * 2 >= selectable.size();
}

}  // namespace

std::optional<OptionMatch> MatchOption(const std::vector<perception::Option>& options,
                                       std::string_view desired_as_given, FieldKey hint) {
  const std::string respelled = ServiceAsTheOptionsSpellIt(desired_as_given, options);
  const std::string_view desired = respelled;
  const std::string want = NormalizeText(desired);
  if (want.empty()) return std::nullopt;
  if (hint == FieldKey::kCountry) {
    if (const knowledge::Country* home = knowledge::FindCountry(desired)) {
      if (auto side = SideOfCountry(options, *home)) return side;
    }
  }
  const std::set<std::string> want_words = WordSet(want);
  const bool want_decline = want == "decline" || IsDeclineText(desired);
  const bool want_negated = HasNegation(want);

  Polarity want_polarity = LeadingPolarity(want);
  bool yes_no_question = hint == FieldKey::kWorkAuthorization || hint == FieldKey::kSponsorship ||
                         hint == FieldKey::kWorkPermitStatus || hint == FieldKey::kRelocation ||
                         hint == FieldKey::kVeteran || hint == FieldKey::kDisability ||
                         hint == FieldKey::kHispanicLatino || hint == FieldKey::kConsent ||
                         hint == FieldKey::kOfAge;
  if (want_polarity == Polarity::kNone && yes_no_question) {
    want_polarity = SentencePolarity(want);
  }
  // A region field's "CA" is California, not Canada.
  const knowledge::Country* want_country =
      hint == FieldKey::kRegion ? nullptr : knowledge::FindCountry(desired);
  const knowledge::Region* want_region =
      hint == FieldKey::kRegion ? knowledge::FindRegion(desired) : nullptr;
  // Two-letter codes are each country's own: Italian portals list the provinces
  // by their sigle, where "CA" is Cagliari. A region's code shown as an option
  // names it only in a list of its own country's regions.
  const std::string foreign_code =
      want_region != nullptr && !ListsRegionsOf(options, want_region->country)
          ? NormalizeText(want_region->code)
          : std::string();
  // (A date is no number: "2025-09-01" is not 2025 of anything, "3 months or more".)
  const auto want_date = ParseCalendarDate(desired);
  const bool is_date = want_date && want_date->month != 0;
  std::vector<double> want_numbers =
      !is_date &&
              (hint == FieldKey::kSalary || hint == FieldKey::kSalaryMinimum ||
               hint == FieldKey::kSalaryMaximum || hint == FieldKey::kYearsExperience ||
               std::all_of(want.begin(), want.end(),
                           [](char c) { return (c >= '0' && c <= '9') || c == ' ' || c == 'k'; }))
          ? Numbers(desired)
          : std::vector<double>();
  const Degree want_degree = hint == FieldKey::kDegree ? DegreeOf(desired) : Degree{};
  const bool quebec_diplomas = want_degree.level != 0 && NamesQuebecDiplomas(options);
  const bool spains_grado = want_degree.level != 0 && NamesSpainsGrado(options);
  // A phone's country picker names countries in its own words ("美国/加拿大 +1"),
  // but always with the dialling code: the code decides, the name breaks a tie.
  const std::string want_dial = hint == FieldKey::kPhoneCountryCode && want_country != nullptr
                                    ? std::string(knowledge::DialCodeOf(want_country->code))
                                    : std::string();
  // A notice period is a length of time in the form's words: "2 weeks" is "2 semaines";
  // so is a start given as one ("Do 2 týdnů" for a start after 2 weeks' notice).
  std::optional<DurationSpan> want_duration;
  if (hint == FieldKey::kNoticePeriod || hint == FieldKey::kStartDate) {
    want_duration = ReadDuration(desired);
    if (want_duration && !want_duration->exact()) want_duration.reset();
  }
  // Nested "up to" bands ("Até 15 dias", "Até 30 dias", "Até 60 dias") all take 2
  // weeks; a person picks the tightest, whose limit is the smallest.
  double tightest_band = 0;
  if (want_duration) {
    for (const auto& option : options) {
      const auto span = ReadDuration(option.label);
      // (A band whose limit is the length itself, "Do 2 týdnů" for 2 weeks, takes it.)
      if (span && !span->exact() && span->high_included &&
          want_duration->low_days > span->low_days && want_duration->low_days <= span->high_days &&
          (tightest_band == 0 || span->high_days < tightest_band)) {
        tightest_band = span->high_days;
      }
    }
  }
  // Tables of categories (EEO, work status): options are compared by meaning, and
  // an option of another category is never picked by resemblance.
  const std::optional<OptionTable> table = TableFor(hint);
  const std::vector<std::string_view> want_categories =
      table ? CategoriesOf(*table, desired) : std::vector<std::string_view>();
  const std::string_view want_gender = CanonicalGender(want);

  // Options that lead with yes/no make the others' sentence polarity meaningless.
  bool any_leading = std::any_of(options.begin(), options.end(), [](const auto& option) {
    return LeadingPolarity(NormalizeText(WithoutChoiceLetter(option.label))) != Polarity::kNone;
  });

  OptionMatch best;
  double second = 0;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const perception::Option& option = options[i];
    if (IsPlaceholderOption(option) || option.disabled) continue;
    const std::string label = NormalizeText(option.label);
    const std::string value = NormalizeText(option.value);
    double score = 0;
    std::string reason;
    auto consider = [&](double candidate, std::string_view why) {
      if (candidate > score) {
        score = candidate;
        reason = why;
      }
    };

    // A region's code as an option's value names that region only when its label
    // does too: "CA" is Cagliari's value in a list of Italian provinces.
    const bool value_speaks = want_region == nullptr || label == value ||
                              knowledge::FindRegion(option.label) == want_region;
    // (Another country's region that shares the code resembles it in no way.)
    if (!foreign_code.empty() && label == foreign_code) continue;
    if (label == want || (!value.empty() && value == want && value_speaks)) {
      consider(kEqual, "equal");
    }
    if (IsPlaceKey(hint)) {
      // A place is the same city in no other region or country, never a
      // resemblance: "South San Francisco" is not "San Francisco".
      switch (ComparePlace(desired, option.label)) {
        case PlaceVerdict::kSame: consider(kSamePlace, "same place"); break;
        case PlaceVerdict::kSameCityOnly: consider(kSameCityOnly, "same city"); break;
        case PlaceVerdict::kDifferent: break;
      }
      if (score > best.confidence) {
        second = best.confidence;
        best = OptionMatch{static_cast<int>(i), score, reason};
      } else if (score > second) {
        second = score;
      }
      continue;
    }
    const bool option_decline = IsDeclineText(option.label);
    const std::vector<std::string_view> option_categories = table && !want_categories.empty()
                                                                ? CategoriesOf(*table, option.label)
                                                                : std::vector<std::string_view>();
    if (want_decline) {
      if (option_decline) consider(kDecline, "decline");
    } else if (!option_categories.empty()) {
      if (option_categories == want_categories) {
        consider(kSameCategory, "category " + std::string(want_categories.front()));
      }
    } else if (!option_decline) {
      if (want_polarity != Polarity::kNone) {
        Polarity leading = LeadingPolarity(NormalizeText(WithoutChoiceLetter(option.label)));
        if (leading == want_polarity) {
          consider(kLeadingYesNo, "yes/no");
        } else if (leading == Polarity::kNone && !any_leading &&
                   SentencePolarity(label) == want_polarity) {
          consider(kSentenceYesNo, "yes/no by sentence");
        }
      }
      if (want_country != nullptr) {
        const knowledge::Country* country = CountryOfOption(option);
        if (country != nullptr && country->code == want_country->code) {
          consider(kSameCountry, "country " + std::string(country->code));
        }
      }
      // (Not an option that names another country with the same code: Canada's +1.)
      const knowledge::Country* named = want_dial.empty() ? nullptr : CountryOfOption(option);
      if (!want_dial.empty() && (named == nullptr || named->code == want_country->code) &&
          (DialCodeIn(option.label) == want_dial || DialCodeIn(option.value) == want_dial)) {
        consider(kSameDialCode, "dialling code +" + want_dial);
      }
      if (want_region != nullptr) {
        // The value speaks for the option only when the label is that same code:
        // Cagliari's value "CA" is an Italian province, not California.
        const knowledge::Region* region = knowledge::FindRegion(option.label);
        if (region == nullptr && label == value) region = knowledge::FindRegion(option.value);
        if (region == want_region) consider(kSameRegion, "region " + std::string(region->code));
      }
      if (!want_numbers.empty()) {
        if (auto range = OptionRange(option.label)) {
          double x = want_numbers.front();
          if (x > range->low && x < range->high) {
            consider(kInRange, "number in range");
          } else if (x == range->low && x == range->high) {
            // "No experience" for 0 years: the very number, not the edge of a
            // band that also holds it ("1 year or less").
            consider(kInRange, "same number");
          } else if ((x == range->low && !range->low_open) ||
                     (x == range->high && !range->high_open)) {
            consider(kOnRangeEdge, "number on range edge");
          }
        }
      }
      if (want_degree.level != 0) {
        Degree degree = DegreeOfOption(option.label, quebec_diplomas, spains_grado);
        if (degree.level == want_degree.level && degree.lowest == degree.level) {
          bool both = !degree.flavour.empty() && !want_degree.flavour.empty();
          if (!both)
            consider(kSameDegree - 0.05, "degree level");
          else if (degree.flavour == want_degree.flavour)
            consider(kSameDegree + 0.05, "degree");
        } else if (degree.lowest != 0 && want_degree.level >= degree.lowest &&
                   want_degree.level <= degree.level) {
          // Below an option of that one level: a person picks the exact one.
          consider(kSameDegree - 0.15, "degree levels the option spans");
        }
      }
      if (want_duration) {
        if (auto span = ReadDuration(option.label)) {
          const double x = want_duration->low_days;
          if (span->exact() && std::abs(span->low_days - x) <= 1) {
            consider(kSameDuration, "same length of time");
          } else if (!span->exact() && span->high_included && x == span->high_days) {
            // "Do 2 týdnů" for 2 weeks: the tightest band that takes it, ahead of a
            // wider one it is merely inside ("Do 1 měsíce").
            consider(kAtIncludedLimit, "length of time at the band's limit");
          } else if (!span->exact() && x > span->low_days && x < span->high_days) {
            if (span->high_included && span->high_days == tightest_band) {
              consider(kInTightestBand, "length of time in the tightest band that takes it");
            } else {
              consider(kInRange, "length of time in range");
            }
          } else if (!span->exact() && (x == span->low_days || x == span->high_days)) {
            consider(kOnRangeEdge, "length of time on range edge");
          }
        }
      }
      if (!want_gender.empty() && CanonicalGender(label) == want_gender) {
        consider(kSameGender, "gender");
      }
      // Containment, unless one side negates and the other does not ("Veteran" is
      // not contained in "not a protected veteran" in any useful sense).
      const std::set<std::string> option_words = WordSet(label);
      if (HasNegation(label) == want_negated && !option_words.empty()) {
        double ratio_option =
            static_cast<double>(want_words.size()) / static_cast<double>(option_words.size());
        double ratio_want =
            static_cast<double>(option_words.size()) / static_cast<double>(want_words.size());
        // (For schools only with nothing more than a remark in parentheses: "University
        // of California Davis Extension" is another school. A list in another script
        // may give the school's own name in parentheses after its local one.)
        const auto names_only_the_school = [&](const std::string& part) {
          const auto words = WordSet(knowledge::NormalizeText(part));
          return !words.empty() && Includes(want_words, words);
        };
        const bool another_institution =
            hint == FieldKey::kSchool &&
            !names_only_the_school(knowledge::WithoutParentheses(option.label)) &&
            !names_only_the_school(knowledge::InsideParentheses(option.label));
        if (Includes(option_words, want_words) && !another_institution) {
          consider(0.75 + 0.2 * ratio_option, "option contains the answer");
        } else if (Includes(want_words, option_words) && hint != FieldKey::kSchool) {
          // (Not for schools: "University of California" is another school than
          // "University of California, Davis".)
          consider(0.7 + 0.2 * ratio_want, "answer contains the option");
        }
        std::size_t common = 0;
        for (const auto& word : want_words) common += option_words.contains(word) ? 1 : 0;
        double jaccard = static_cast<double>(common) /
                         static_cast<double>(want_words.size() + option_words.size() - common);
        consider(0.7 * jaccard, "word overlap");
      }
    }

    if (score > best.confidence) {
      second = best.confidence;
      best = OptionMatch{static_cast<int>(i), score, reason};
    } else if (score > second) {
      second = score;
    }
  }
  if (best.index < 0) return std::nullopt;
  if (best.confidence < kEqual && second >= best.confidence - kTieMargin) {
    best.confidence -= kTiePenalty;
    best.reason += " (ambiguous)";
  }
  if (best.confidence < kMinOptionConfidence) return std::nullopt;
  return best;
}

bool ShowsCountryAndCodeOf(std::string_view shown, std::string_view label) {
  // A flag is two regional-indicator symbols (U+1F1E6 'A' .. U+1F1FF 'Z'), in
  // UTF-8 F0 9F 87 A6..BF each.
  std::string flag;
  for (std::size_t at = 0; at + 4 <= shown.size() && flag.size() < 2; ++at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(shown[at + i]); };
    if (byte(0) == 0xF0 && byte(1) == 0x9F && byte(2) == 0x87 && byte(3) >= 0xA6 &&
        byte(3) <= 0xBF) {
      flag += static_cast<char>('A' + (byte(3) - 0xA6));
      at += 3;
    } else if (!flag.empty()) {
      break;
    }
  }
  // Without a flag, the ISO code as a word of two capitals ("US +1").
  for (std::size_t at = 0; flag.empty() && at + 2 <= shown.size(); ++at) {
    const auto capital = [&](std::size_t i) {
      return i < shown.size() && shown[i] >= 'A' && shown[i] <= 'Z';
    };
    const auto letter = [&](std::size_t i) {
      return i < shown.size() && std::isalpha(static_cast<unsigned char>(shown[i]));
    };
    if (capital(at) && capital(at + 1) && (at == 0 || !letter(at - 1)) && !letter(at + 2)) {
      flag = std::string(shown.substr(at, 2));
    }
  }
  const std::string code = DialCodeIn(shown);
  if (flag.size() != 2) return false;
  if (code.empty()) {
    // The flag alone (Base Web's PhoneInput draws the dialling code outside its
    // picker): two regional-indicator symbols and nothing else.
    std::string_view rest = shown;
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (rest.size() != 8 || static_cast<unsigned char>(rest[0]) != 0xF0) return false;
  } else if (code != DialCodeIn(label)) {
    return false;
  }
  const knowledge::Country* named = knowledge::FindCountry(WithoutNumbers(label));
  return named != nullptr && named->code == flag;
}

namespace {

// `text` with each apostrophe as a space: Catalan, French and Italian elide a
// word before the next ("d'Espanya", "l'estranger"), which NormalizeText would
// join into one word ("despanya").
std::string ElisionsApart(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\'') {
      out += ' ';
    } else if (text.substr(i, 3) == "\xE2\x80\x99") {  // U+2019, the typographic apostrophe
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

bool TakesAbroadOption(FieldKey key) {
  return key == FieldKey::kRegion || key == FieldKey::kCity || key == FieldKey::kLocation;
}

std::optional<int> AbroadOption(const std::vector<perception::Option>& options,
                                std::string_view home) {
  const knowledge::Country* home_country = knowledge::CountryMentionedIn(home);
  static constexpr std::string_view kAbroad[] = {
      "outside", "abroad", "overseas", "international", "other country", "non us", "foreign",
      "ausland", "etranger", "hors de", "extranjero", "fuera de", "estero", "fuori", "buitenland",
      "exterior", "fora do", "za granica", "zagranica", "за рубежом", "другая страна", "海外",
      "国外", "境外", "해외", "국외", "nuoc ngoai", "yurt disi", "yurtdisi", "udlandet", "utlandet",
      "ulkomailla", "خارج", "luar negeri", "di luar", "ต่างประเทศ",
      // Greek: "Εξωτερικό" (abroad), "εκτός Ελλάδας" (outside Greece), "Άλλη χώρα".
      "εξωτερικο", "εκτος", "αλλη χωρα",
      // Serbian and Bosnian "Inostranstvo", Croatian "Inozemstvo", Czech "Zahraničí",
      // Slovak "Zahraničie", Hungarian "Külföld", Romanian "Străinătate" (abroad): the
      // last choice of a city or region list on those countries' job boards.
      "inostranstvo", "inozemstvo", "zahranici", "zahranicie", "kulfold", "strainatate",
      // Bulgarian "Чужбина" (abroad), "Извън България" (outside Bulgaria), "Друга държава".
      "чужбина", "извън", "друга държава",
      // Macedonian "Странство" (abroad), "Надвор од Македонија" (outside), "Друга држава".
      "странство", "во странство", "надвор од", "друга држава",
      // Catalan "Fora d'Espanya" / "Fora de Catalunya" (outside ...), "A l'estranger"
      // (abroad), "Altres països" (other countries): read with its elisions apart.
      "fora de", "fora d", "estranger", "altres paisos", "un altre pais",
      // Georgian "საზღვარგარეთ" (abroad), "უცხოეთი" (foreign lands), "სხვა ქვეყანა".
      "საზღვარგარეთ", "საზღვარგარეთი", "უცხოეთი", "უცხოეთში", "სხვა ქვეყანა",
      // Armenian "Արտերկիր" (abroad), "Արտասահման" (overseas), "Այլ երկիր", "ՀՀ-ից
      // դուրս" (outside the Republic of Armenia).
      "արտերկիր", "արտերկրում", "արտասահման", "արտասահմանում", "այլ երկիր", "հհ ից դուրս",
      "հայաստանից դուրս",
      // Albanian "Jashtë Shqipërisë" / "Jashtë vendit" (outside Albania, abroad), "Shtet
      // tjetër" (another country), "Në emigracion".
      "jashte", "shtet tjeter", "emigracion",
      // Azerbaijani "Azərbaycandan kənar" (outside Azerbaijan), "Xaricdə" / "Xarici
      // ölkə" (abroad, a foreign country), "Digər ölkə" (another country).
      "kenar", "xaricde", "xarici olke", "diger olke",
      // Kazakh "Шетелде" / "Шет елде" (abroad), "Шетел", "Қазақстаннан тыс" (outside
      // Kazakhstan), "Басқа ел" (another country).
      "шетелде", "шетел", "шет елде", "шет ел", "қазақстаннан тыс", "елден тыс", "басқа ел"};

  for (int index : SelectableOptions(options)) {
    const std::string label =
        knowledge::NormalizeText(ElisionsApart(options[static_cast<std::size_t>(index)].label));
    for (std::string_view word : kAbroad) {
      if (!knowledge::HasPhrase(label, word)) continue;
      const std::string& shown = options[static_cast<std::size_t>(index)].label;
      if (home_country && knowledge::CountryMentionedIn(shown) == home_country) return std::nullopt;
      return index;
    }
  }
  return std::nullopt;
}

std::optional<int> HomeCountryOption(const std::vector<perception::Option>& options,
                                     std::string_view home) {
  const knowledge::Country* home_country = knowledge::CountryMentionedIn(home);
  if (!home_country) return std::nullopt;
  std::optional<int> found;
  for (int index : SelectableOptions(options)) {
    if (knowledge::CountryMentionedIn(options[static_cast<std::size_t>(index)].label) !=
        home_country) {
      continue;
    }
    if (found) return std::nullopt;
    found = index;
  }
  return found;
}

std::optional<int> EnclosingCategoryOption(const std::vector<perception::Option>& options,
                                           std::string_view wanted) {
  const std::string answer = knowledge::NormalizeText(wanted);
  std::optional<int> found;
  std::size_t found_size = 0;
  bool tied = false;
  for (int index : SelectableOptions(options)) {
    const perception::Option& option = options[static_cast<std::size_t>(index)];
    if (!option.submenu) continue;
    const std::string name = knowledge::NormalizeText(option.label);
    // (A name the answer is, not holds, is the answer itself: MatchOption's.)
    if (name.empty() || name == answer || !knowledge::HasPhrase(answer, name)) continue;
    if (name.size() == found_size) tied = true;
    if (name.size() > found_size) {
      found = index;
      found_size = name.size();
      tied = false;
    }
  }
  if (tied) return std::nullopt;
  return found;
}

std::vector<int> ChannelOptions(const std::vector<perception::Option>& options,
                                std::string_view source) {
  const std::vector<std::string_view> kinds = ChannelKindsOf(source);
  std::vector<int> found;
  for (std::string_view kind : kinds) {
    for (int index : SelectableOptions(options)) {
      if (std::find(found.begin(), found.end(), index) != found.end()) continue;
      const auto named =
          CategoriesOf(OptionTable::kSourceChannel, options[static_cast<std::size_t>(index)].label);
      // (Not "Referral or agency" for LinkedIn: every kind it names must be one.)
      const bool fits = std::find(named.begin(), named.end(), kind) != named.end() &&
                        std::all_of(named.begin(), named.end(), [&](std::string_view other) {
                          return std::find(kinds.begin(), kinds.end(), other) != kinds.end();
                        });
      if (fits) found.push_back(index);
    }
  }
  return found;
}

}  // namespace applier::planning
