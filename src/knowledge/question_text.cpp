#include "knowledge/question_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <utility>

#include "core/utf8.h"

namespace applier::knowledge {
namespace {

// Latin-1 letters U+00C0..U+00FF without their accents, lower-cased; "" for the
// two symbols in that block (multiplication and division signs).
constexpr std::array<std::string_view, 64> kLatin1Base = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

bool IsPunctuation(char32_t cp) {
  if (cp < 0x80)
    return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
  return (cp >= 0x80 && cp <= 0xBF) ||      // Latin-1 punctuation and symbols: « » ¿ ¡
         (cp >= 0x2000 && cp <= 0x206F) ||  // general punctuation: dashes, quotes, …
         cp == 0x060C || cp == 0x061B ||    // Arabic comma and semicolon: ، ؛
         cp == 0x061F || cp == 0x066A ||    // Arabic question mark and percent: ؟ ٪
         cp == 0x06D4 ||                    // Arabic full stop: ۔
         cp == 0x05BE || cp == 0x05C0 ||    // Hebrew maqaf (its hyphen) and paseq: ־ ׀
         cp == 0x05C3 || cp == 0x05C6 ||    // Hebrew sof pasuq and nun hafukha: ׃ ׆
         cp == 0x0964 || cp == 0x0965 ||    // Devanagari full stops: । ॥
         cp == 0x055D || cp == 0x055F ||    // Armenian comma and abbreviation mark: ՝ ՟
         cp == 0x0589 || cp == 0x058A ||    // Armenian full stop and hyphen: ։ ֊
         (cp >= 0x3000 && cp <= 0x303F) ||  // CJK punctuation: 、。「」
         (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
         cp == 0x30FB;  // katakana middle dot
}

// Whether `cp` is a letter of the Hebrew alphabet (alef to tav, final forms included).
bool IsHebrewLetter(char32_t cp) {
  return cp >= 0x05D0 && cp <= 0x05EA;
}

// The last code point of UTF-8 text that is not empty.
char32_t LastCodePoint(std::string_view text) {
  std::size_t at = text.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return DecodeUtf8(text, at).code;
}

// The length of an inclusive ending written after a word at `at`, or 0: the
// masculine form's feminine or plural ending that Romance and German forms add
// ("autorizzato/a", "autorisé(e)", "candidat·e", "Mitarbeiter/in", "year(s)"), and
// the feminine endings Hebrew forms add to every verb and adjective that addresses
// the reader ("מוכן/ה", "תוכל/י", "רשאי/ת", "מתכנת/ת", "בחר/י").
// Matching reads the word without it, as the phrase tables write it.
std::size_t GenderMarkerLength(std::string_view text, std::size_t at) {
  static constexpr std::string_view kEndings[] = {"innen", "as", "es", "in", "a", "e",
                                                  "s",     "ית", "ה",  "י",  "ת"};
  std::string_view rest = text.substr(at);
  std::string_view close;
  std::size_t opener = 1;
  if (rest.starts_with("(")) {
    close = ")";
  } else if (rest.starts_with("\xC2\xB7")) {  // the middle dot of French inclusive writing
    opener = 2;
  } else if (!rest.starts_with("/") && !rest.starts_with("*")) {
    return 0;
  }
  for (std::string_view ending : kEndings) {
    std::string_view after = rest.substr(opener);
    if (!after.starts_with(ending)) continue;
    after.remove_prefix(ending.size());
    if (!close.empty()) {
      if (!after.starts_with(close)) continue;
      after.remove_prefix(close.size());
    }
    const bool word_goes_on =
        !after.empty() && (std::isalnum(static_cast<unsigned char>(after.front())) != 0 ||
                           static_cast<unsigned char>(after.front()) >= 0x80);
    if (word_goes_on) continue;
    return opener + ending.size() + close.size();
  }
  return 0;
}

// Polish, Czech, Turkish, Vietnamese, Hungarian and Romanian letters beyond Latin-1
// without their marks, lower-cased; 0 for any other letter. Polish is typed as often without its
// marks ("Imie", "Miejscowosc") as with them, so ą ć ę ł ń ś ź ż read as their
// base letters; so is Czech ("Prijmeni", "Zivotopis"), whose á é í ó ú ý are
// Latin-1 and lose their marks anyway, so č ď ě ň ř š ť ů ž do too and a word
// never reads half folded. Turkish writes one word as "Adı" and as "ADI" (dotless ı
// has the capital I), so both i letters fold to i; Vietnamese puts a tone mark on
// a vowel that may carry its own mark ("ứ": u, horn, acute), and forms are as
// often typed without any, so every mark goes. Hungarian ő and ű fold as their
// Latin-1 kin ö and ü do (and as the õ and û that pages in Latin-1 put in their
// place). Romanian ș and ț are written with a comma below by the standard and with
// a cedilla (ş, ţ) by older keyboards and fonts: both fold to s and t, as ă, â
// and î lose their marks, so a label matches however it was typed. Lithuanian
// is typed without its marks as often as Polish ("Pavarde", "Issilavinimas"): ą č ę
// š ž fold above, and ė į ū ų fold to e, i and u. So is Latvian ("Talrunis",
// "Uzvards"): besides č š ž and ū, ā ē ī fold to a, e and i and ģ ķ ļ ņ to g, k,
// l and n. Welsh marks a long w and y with a circumflex (ŵ, ŷ; "Grŵp", "Tŷ") and
// now and then a grave, acute or diaeresis (ẁ ẃ ẅ): they fold to w and y as its
// other vowels' marks go.
char32_t FoldedLetter(char32_t cp) {
  switch (cp) {
    case 0x104:
    case 0x105: return 'a';  // Ą ą
    case 0x106:
    case 0x107: return 'c';  // Ć ć
    case 0x118:
    case 0x119: return 'e';  // Ę ę
    case 0x141:
    case 0x142: return 'l';  // Ł ł
    case 0x143:
    case 0x144: return 'n';  // Ń ń
    case 0x15A:
    case 0x15B: return 's';  // Ś ś
    case 0x179:
    case 0x17A:
    case 0x17B:
    case 0x17C:
    case 0x17D:
    case 0x17E: return 'z';  // Ź ź Ż ż Ž ž
    case 0x10C:
    case 0x10D: return 'c';  // Č č
    case 0x10E:
    case 0x10F: return 'd';  // Ď ď
    case 0x11A:
    case 0x11B: return 'e';  // Ě ě
    case 0x147:
    case 0x148: return 'n';  // Ň ň
    case 0x158:
    case 0x159: return 'r';  // Ř ř
    case 0x160:
    case 0x161: return 's';  // Š š
    case 0x164:
    case 0x165: return 't';  // Ť ť
    case 0x16E:
    case 0x16F: return 'u';  // Ů ů
    case 0x102:
    case 0x103: return 'a';  // Ă ă
    case 0x110:
    case 0x111: return 'd';  // Đ đ
    case 0x11E:
    case 0x11F: return 'g';  // Ğ ğ
    case 0x128:
    case 0x129:
    case 0x130:
    case 0x131: return 'i';  // Ĩ ĩ İ ı
    case 0x15E:
    case 0x15F: return 's';  // Ş ş
    case 0x168:
    case 0x169: return 'u';  // Ũ ũ
    case 0x1A0:
    case 0x1A1: return 'o';  // Ơ ơ
    case 0x1AF:
    case 0x1B0: return 'u';  // Ư ư
    case 0x150:
    case 0x151: return 'o';  // Ő ő
    case 0x170:
    case 0x171: return 'u';  // Ű ű
    case 0x218:
    case 0x219: return 's';  // Ș ș
    case 0x162:
    case 0x163:
    case 0x21A:
    case 0x21B: return 't';  // Ţ ţ Ț ț
    case 0x116:
    case 0x117: return 'e';  // Ė ė
    case 0x12E:
    case 0x12F: return 'i';  // Į į
    case 0x16A:
    case 0x16B:
    case 0x172:
    case 0x173: return 'u';  // Ū ū Ų ų
    case 0x100:
    case 0x101: return 'a';  // Ā ā
    case 0x112:
    case 0x113: return 'e';  // Ē ē
    case 0x122:
    case 0x123: return 'g';  // Ģ ģ
    case 0x12A:
    case 0x12B: return 'i';  // Ī ī
    case 0x136:
    case 0x137: return 'k';  // Ķ ķ
    case 0x13B:
    case 0x13C: return 'l';  // Ļ ļ
    case 0x145:
    case 0x146: return 'n';  // Ņ ņ
    case 0x174:
    case 0x175: return 'w';  // Ŵ ŵ
    case 0x176:
    case 0x177: return 'y';  // Ŷ ŷ
    case 0x18F:
    case 0x259: return 'e';  // Ə ə (Azerbaijani; written e where the letter is missing)
    default: break;
  }
  if (cp >= 0x1E80 && cp <= 0x1E85) return 'w';  // Ẁ ẁ Ẃ ẃ Ẅ ẅ
  // Latin Extended Additional's Vietnamese vowels, in runs by base letter: ạ..ặ,
  // ẹ..ệ, ỉ ị, ọ..ợ, ụ..ự, ỳ..ỹ.
  if (cp >= 0x1EA0 && cp <= 0x1EB7) return 'a';
  if (cp >= 0x1EB8 && cp <= 0x1EC7) return 'e';
  if (cp >= 0x1EC8 && cp <= 0x1ECB) return 'i';
  if (cp >= 0x1ECC && cp <= 0x1EE3) return 'o';
  if (cp >= 0x1EE4 && cp <= 0x1EF1) return 'u';
  if (cp >= 0x1EF2 && cp <= 0x1EF9) return 'y';
  return 0;
}

// Greek letters with a tonos or a dialytika as their plain small letters, and
// final sigma as sigma: a label in capitals drops its accents ("ΟΝΟΜΑ" is "Όνομα")
// and a word cut short keeps the sigma it ends on, so neither may decide a match.
// 0 for any other letter.
char32_t GreekBase(char32_t cp) {
  switch (cp) {
    case 0x386:
    case 0x3AC: return 0x3B1;  // Ά ά -> α
    case 0x388:
    case 0x3AD: return 0x3B5;  // Έ έ -> ε
    case 0x389:
    case 0x3AE: return 0x3B7;  // Ή ή -> η
    case 0x38A:
    case 0x3AA:
    case 0x3AF:
    case 0x390:
    case 0x3CA: return 0x3B9;  // Ί Ϊ ί ΐ ϊ -> ι
    case 0x38C:
    case 0x3CC: return 0x3BF;  // Ό ό -> ο
    case 0x38E:
    case 0x3AB:
    case 0x3CD:
    case 0x3B0:
    case 0x3CB: return 0x3C5;  // Ύ Ϋ ύ ΰ ϋ -> υ
    case 0x38F:
    case 0x3CE: return 0x3C9;  // Ώ ώ -> ω
    case 0x3C2: return 0x3C3;  // ς -> σ
    default: return 0;
  }
}

// The Cyrillic letters beyond Russian's (Kazakh ә ғ қ ң ө ұ ү һ, Tatar, Bashkir,
// Kyrgyz, Mongolian, Tajik ...) pair a capital with the small letter after it,
// save U+04C1..U+04CE where the capitals are odd and Ӏ (U+04C0), whose small
// letter is U+04CF. 0 when `cp` is none of these capitals.
char32_t CyrillicSupplementLower(char32_t cp) {
  if (cp == 0x4C0) return 0x4CF;
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
      (cp >= 0x4D0 && cp <= 0x52F)) {
    return cp % 2 == 0 ? cp + 1 : 0;
  }
  if (cp >= 0x4C1 && cp <= 0x4CE) return cp % 2 == 1 ? cp + 1 : 0;
  return 0;
}

char32_t Lower(char32_t cp) {
  if (const char32_t base = GreekBase(cp); base != 0) return base;
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;  // Greek
  if (cp == 0x490) return 0x491;                     // Ukrainian Ґ
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // Cyrillic А-Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;  // Cyrillic Ѐ-Џ
  if (const char32_t small = CyrillicSupplementLower(cp); small != 0) return small;
  if (cp >= 0x531 && cp <= 0x556) return cp + 0x30;  // Armenian Ա-Ֆ
  // Latin Extended-A pairs capital/small, but the parity flips between U+0138 and U+0149.
  if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 0 &&
      cp != 0x130) {
    return cp + 1;
  }
  if (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1) return cp + 1;
  return cp;
}

const std::set<std::string, std::less<>>& StopWords() {
  static const std::set<std::string, std::less<>> words = {
      "a",     "an",   "the",   "to",    "of",   "for", "in",     "on",     "at",
      "by",    "is",   "are",   "was",   "were", "be",  "been",   "do",     "does",
      "did",   "you",  "your",  "yours", "i",    "me",  "my",     "we",     "our",
      "this",  "that", "these", "those", "with", "and", "or",     "please", "will",
      "would", "can",  "could", "any",   "have", "has", "kindly", "if",     "so"};
  return words;
}

std::string FoldPlural(std::string word) {
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' &&
      static_cast<unsigned char>(word[0]) < 0x80) {
    word.pop_back();
  }
  return word;
}

std::set<std::string> WordSet(std::string_view normalized) {
  auto words = Words(normalized);
  return {words.begin(), words.end()};
}

bool Includes(const std::set<std::string>& big, const std::set<std::string>& small) {
  return !small.empty() && std::includes(big.begin(), big.end(), small.begin(), small.end());
}

}  // namespace

// Splits `text` into what stands outside its top-level parentheses and what
// stands inside them, ASCII or full-width (（ ）, as Chinese and Japanese write).
static std::pair<std::string, std::string> SplitParentheses(std::string_view text) {
  static constexpr std::string_view kOpenWide = "\uff08";
  static constexpr std::string_view kCloseWide = "\uff09";
  std::pair<std::string, std::string> parts;
  int depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    const bool opens = rest.front() == '(' || rest.starts_with(kOpenWide);
    const bool closes = rest.front() == ')' || rest.starts_with(kCloseWide);
    const std::size_t length = rest.front() == '(' || rest.front() == ')' ? 1
                               : opens || closes                          ? kOpenWide.size()
                                                                          : 1;
    if (opens) {
      if (depth++ == 0) parts.second += ' ';
    } else if (closes && depth > 0) {
      --depth;
    } else {
      (depth == 0 ? parts.first : parts.second) += rest.substr(0, length);
    }
    i += length;
  }
  return parts;
}

std::string WithoutParentheses(std::string_view text) {
  return SplitParentheses(text).first;
}

std::string InsideParentheses(std::string_view text) {
  return SplitParentheses(text).second;
}

bool IsCjk(std::string_view text) {
  // UTF-8 lead bytes from 0xE3 start at U+3000: CJK punctuation, kana, Hangul, Han.
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0xE3; });
}

bool IsUnspacedScript(std::string_view text) {
  if (IsCjk(text)) return true;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint c = DecodeUtf8(text, i);
    if (applier::IsUnspacedScript(c.code)) return true;
    i += c.length;
  }
  return false;
}

bool HasPhrase(std::string_view text, std::string_view phrase) {
  if (phrase.empty()) return false;
  if (IsUnspacedScript(phrase)) return text.find(phrase) != std::string_view::npos;
  for (std::size_t pos = text.find(phrase); pos != std::string_view::npos;
       pos = text.find(phrase, pos + 1)) {
    const std::size_t end = pos + phrase.size();
    if ((pos == 0 || text[pos - 1] == ' ') && (end == text.size() || text[end] == ' ')) return true;
  }
  return false;
}

std::string NormalizeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  // Latin letters run into an unspaced script without a space ("LinkedInプロフィール",
  // "CV제출", "ไฟล์Resume"): the two are words of their own.
  enum class Script { kOther, kLatin, kUnspaced };
  auto script_of = [](std::string_view piece) {
    const auto lead = static_cast<unsigned char>(piece.front());
    if (lead >= 'a' && lead <= 'z') return Script::kLatin;
    return IsUnspacedScript(piece) ? Script::kUnspaced : Script::kOther;
  };
  Script last = Script::kOther;
  auto put = [&](std::string_view piece) {
    const Script script = script_of(piece);
    if (last != Script::kOther && script != Script::kOther && script != last) pending_space = true;
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += piece;
    last = script;
  };
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint decoded = DecodeUtf8(text, i);
    const std::size_t length = decoded.length;
    const char32_t cp = decoded.code;
    std::string_view raw = text.substr(i, length);
    if (!pending_space && !out.empty() && out.back() != ' ') {
      if (const std::size_t marker = GenderMarkerLength(text, i); marker > 0) {
        i += marker;
        continue;
      }
    }
    i += length;
    if (!decoded.valid) {
      put(raw);
    } else if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`') {
      // apostrophes join: "don't" -> "dont"; Ukrainian writes the one inside "ім'я"
      // as the modifier letter ʼ (its standard) as often as ' ’ or even `
    } else if (cp == 0x055A || cp == 0x055B || cp == 0x055C || cp == 0x055E) {
      // Armenian writes its question, exclamation and emphasis marks over the
      // stressed vowel inside the word ("Որտեղի՞ց": from where?), and its apostrophe
      // inside one too: the word reads without them
    } else if (cp == 0x05F3 || cp == 0x05F4) {
      // Hebrew geresh and gershayim mark an abbreviation inside its word: "דוא״ל" is
      // the word "דואל", "קו״ח" the word "קוח"
    } else if (cp == '"' && !out.empty() && IsHebrewLetter(LastCodePoint(out)) && i < text.size() &&
               IsHebrewLetter(DecodeUtf8(text, i).code)) {
      // the ASCII quote most keyboards type for gershayim ("דוא\"ל"), between letters
    } else if (cp >= 0x0591 && cp <= 0x05C7 && !IsPunctuation(cp)) {
      // Hebrew vowel points and cantillation marks, which most texts leave out
    } else if (IsPunctuation(cp) || cp == ' ') {
      pending_space = true;
    } else if (cp >= 'A' && cp <= 'Z') {
      char c = static_cast<char>(cp - 'A' + 'a');
      put(std::string_view(&c, 1));
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      std::string_view base = kLatin1Base[cp - 0xC0];
      if (base.empty())
        pending_space = true;
      else
        put(base);
    } else if (cp >= 0x300 && cp <= 0x36F) {
      // a combining mark: text written decomposed reads as its base letters
    } else if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) {
      // Arabic vowel marks and tatweel, which most texts leave out
    } else if (const char32_t plain = PlainCharacter(cp); plain != cp) {
      if (plain != 0) {
        std::string encoded;
        AppendUtf8(plain, encoded);
        put(encoded);
      }
    } else if (const char32_t folded = FoldedLetter(cp); folded != 0) {
      const char c = static_cast<char>(folded);
      put(std::string_view(&c, 1));
    } else {
      std::string encoded;
      AppendUtf8(Lower(cp), encoded);
      put(encoded);
    }
  }
  return out;
}

std::vector<std::string> Words(std::string_view normalized) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < normalized.size()) {
    std::size_t end = normalized.find(' ', start);
    if (end == std::string_view::npos) end = normalized.size();
    if (end > start) words.emplace_back(normalized.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string NormalizeQuestion(std::string_view question) {
  std::vector<std::string> words = Words(NormalizeText(question));
  while (!words.empty() && (words.back() == "required" || words.back() == "optional")) {
    words.pop_back();
  }
  std::string key;
  for (auto& word : words) {
    if (StopWords().contains(word)) continue;
    if (!key.empty()) key += ' ';
    key += FoldPlural(std::move(word));
  }
  return key;
}

double QuestionSimilarity(std::string_view key_a, std::string_view key_b) {
  std::set<std::string> a = WordSet(key_a);
  std::set<std::string> b = WordSet(key_b);
  if (a.empty() || b.empty()) return 0.0;
  std::size_t common = 0;
  for (const auto& word : a) common += b.contains(word) ? 1 : 0;
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

bool AnswerFitsOptions(std::string_view answer, const std::vector<std::string>& options) {
  if (options.empty()) return true;
  std::string norm_answer = NormalizeText(answer);
  std::set<std::string> answer_words = WordSet(norm_answer);
  for (const auto& option : options) {
    std::string norm_option = NormalizeText(option);
    if (norm_option.empty()) continue;
    if (norm_option == norm_answer) return true;
    std::set<std::string> option_words = WordSet(norm_option);
    if (Includes(option_words, answer_words) || Includes(answer_words, option_words)) {
      return true;
    }
  }
  return false;
}

}  // namespace applier::knowledge
