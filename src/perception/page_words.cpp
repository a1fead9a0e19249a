#include "perception/page_words.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <map>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "kPageWordsJson.h"

namespace applier::perception {

namespace json = boost::json;

namespace {

using Phrases = std::vector<std::string>;

// The phrases of every wording, all languages together, read once from the
// embedded page_words.json (a malformed file is a build defect: it fails loudly).
const std::map<Wording, Phrases>& Table() {
  static const std::map<Wording, Phrases> table = [] {
    const json::value root = json::parse(kPageWordsJson);
    const std::pair<Wording, std::pair<const char*, const char*>> sections[] = {
        {Wording::kNeverStepAction, {"buttons", "never"}},
        {Wording::kDismissOverlay, {"buttons", "dismiss_overlay"}},
        {Wording::kAgree, {"buttons", "agree"}},
        {Wording::kAcknowledge, {"buttons", "acknowledge"}},
        {Wording::kAffirm, {"buttons", "affirm"}},
        {Wording::kSendsCode, {"buttons", "sends_code"}},
        {Wording::kUpload, {"buttons", "upload"}},
        {Wording::kAddAnother, {"buttons", "add_another"}},
        {Wording::kSavesEntry, {"buttons", "saves_entry"}},
        {Wording::kBack, {"buttons", "back"}},
        {Wording::kSubmit, {"buttons", "submit"}},
        {Wording::kNext, {"buttons", "next"}},
        {Wording::kOpenForm, {"buttons", "open_form"}},
        {Wording::kStartForm, {"buttons", "start_form"}},
        {Wording::kWithoutAccount, {"buttons", "without_account"}},
        {Wording::kElsewhere, {"buttons", "elsewhere"}},
        {Wording::kConfirmation, {"pages", "confirmation"}},
        {Wording::kThanks, {"pages", "thanks"}},
        {Wording::kClosed, {"pages", "closed"}},
        {Wording::kSignIn, {"pages", "sign_in"}},
        {Wording::kCaptcha, {"pages", "captcha"}},
        {Wording::kReview, {"pages", "review"}},
        {Wording::kPayment, {"pages", "payment"}},
        {Wording::kNothingFound, {"lists", "nothing_found"}},
    };
    std::map<Wording, Phrases> out;
    for (const auto& [wording, where] : sections) {
      const auto& languages = root.at(where.first).at(where.second).as_object();
      for (const auto& [language, phrases] : languages) {
        if (!phrases.is_array()) continue;  // "_about"
        for (const auto& phrase : phrases.as_array()) {
          out[wording].push_back(LowerText(phrase.as_string()));
        }
      }
    }
    return out;
  }();
  return table;
}

// The small letter of a capital in the scripts page_words.json holds: Latin
// (with the Latin Extended-A letters of Polish, Czech, Turkish, ..., and the
// Vietnamese vowels of Latin Extended-B and Extended Additional), Greek,
// Cyrillic and Armenian. Turkish writes the capital of dotless ı as I and of i as İ, so both
// small letters read as a plain i: "ÇIKIŞ", "Çıkış" and a phrase "çıkış" meet.
// Romanian ș and ț (comma below, the standard) read as ş and ţ (cedilla, older
// keyboards and fonts), Turkish's letter: "Trimiteți" and "Trimiteţi" meet. Greek
// reads without its tonos and dialytika, and final ς as σ: a button in capitals
// drops its accents ("ΥΠΟΒΟΛΗ ΑΙΤΗΣΗΣ" is "Υποβολή αίτησης").
char32_t Lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c == 0x15E || c == 0x218 || c == 0x219) return 0x15F;  // Ş Ș ș -> ş
  if (c == 0x162 || c == 0x21A || c == 0x21B) return 0x163;  // Ţ Ț ț -> ţ
  switch (c) {
    case 0x386:
    case 0x3AC: return 0x3B1;  // Ά ά
    case 0x388:
    case 0x3AD: return 0x3B5;  // Έ έ
    case 0x389:
    case 0x3AE: return 0x3B7;  // Ή ή
    case 0x38A:
    case 0x3AA:
    case 0x3AF:
    case 0x390:
    case 0x3CA: return 0x3B9;  // Ί Ϊ ί ΐ ϊ
    case 0x38C:
    case 0x3CC: return 0x3BF;  // Ό ό
    case 0x38E:
    case 0x3AB:
    case 0x3CD:
    case 0x3B0:
    case 0x3CB: return 0x3C5;  // Ύ Ϋ ύ ΰ ϋ
    case 0x38F:
    case 0x3CE: return 0x3C9;  // Ώ ώ
    case 0x3C2: return 0x3C3;  // ς
    case 0x490: return 0x491;  // Ukrainian Ґ
    default: break;
  }
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x531 && c <= 0x556) return c + 0x30;  // Armenian Ա-Ֆ
  if (c == 0x130 || c == 0x131) return 'i';
  if (c == 0x1A0 || c == 0x1AF) return c + 1;  // Ơ Ư
  // Latin Extended Additional pairs a capital with the small letter after it,
  // except U+1E96..U+1E9F (small letters and the capital sharp s).
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  // Latin Extended-A pairs a capital with the small letter after it; between
  // U+0139..U+0148 and U+0179..U+017E the capitals are the odd code points.
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c % 2 == 0 ? c + 1 : c;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 1 ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  // The Cyrillic letters beyond Russian's (Kazakh ә ғ қ ң ө ұ ү һ, Tatar, Bashkir,
  // Kyrgyz ...) pair a capital with the small letter after it, save U+04C1..U+04CE
  // where the capitals are odd and Ӏ (U+04C0), whose small letter is U+04CF.
  if (c == 0x4C0) return 0x4CF;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) {
    return c % 2 == 0 ? c + 1 : c;
  }
  if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 1 ? c + 1 : c;
  return c;
}

// Whether the character starting at byte `at` is part of a word: ASCII letters
// and digits, and letters of any script; not the Latin-1 signs (¡ ¿ « » and the
// no-break space, U+00A0..U+00BF, × and ÷), General Punctuation (dashes, quotes,
// the ellipsis, U+2000..U+206F) nor CJK punctuation and full-width forms' signs.
bool WordCharAt(std::string_view text, std::size_t at) {
  const char32_t c = DecodeUtf8(text, at).code;
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  if (c >= 0xA0 && c <= 0xBF) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;  // 、。「」 and the ideographic space
  if (c >= 0xFF00 && c <= 0xFF0F) return false;  // ！＂＃ ... ／
  if (c == 0x0964 || c == 0x0965) return false;  // the Devanagari full stops । and ॥
  // Armenian punctuation: the apostrophe, marks, comma and abbreviation mark
  // (U+055A..U+055F), the full stop ։ and the hyphen ֊.
  if ((c >= 0x055A && c <= 0x055F) || c == 0x0589 || c == 0x058A) return false;
  return true;
}

// The start of the character that ends just before byte `at`.
std::size_t PreviousCharStart(std::string_view text, std::size_t at) {
  std::size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

// A phrase's edge needs a word edge in the text unless the phrase's letter
// there is not a word character or belongs to a script written without spaces.
bool EdgeFree(std::string_view phrase, std::size_t at) {
  return !WordCharAt(phrase, at) || IsUnspacedScript(DecodeUtf8(phrase, at).code);
}

bool HasWords(std::string_view text, std::string_view phrase) {
  if (phrase.empty()) return false;
  const bool free_start = EdgeFree(phrase, 0);
  const bool free_end = EdgeFree(phrase, PreviousCharStart(phrase, phrase.size()));
  for (std::size_t at = text.find(phrase); at != std::string_view::npos;
       at = text.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    const bool starts = at == 0 || free_start || !WordCharAt(text, PreviousCharStart(text, at));
    const bool ends = end == text.size() || free_end || !WordCharAt(text, end);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::string LowerText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [code, length, valid] = DecodeUtf8(text, i);
    i += length;
    if (code == 0x2019 || code == 0x02BC) {
      // the typographic apostrophe, and the modifier letter ʼ Ukrainian writes
      // inside a word ("зв'язок")
      out.push_back('\'');
    } else if ((code >= 0x064B && code <= 0x065F) || code == 0x0670 || code == 0x0640) {
      // Arabic vowel marks and the stretching tatweel: "قدّم" is "قدم" written
      // with a shadda, which most texts leave out.
    } else if (code == 0x055B || code == 0x055C || code == 0x055E) {
      // Armenian question, exclamation and emphasis marks, written over the stressed
      // vowel inside the word ("Դիմե՞լ")
    } else if (code >= 0x300 && code <= 0x36F) {
      // a combining mark: a page written decomposed reads as its letters ("Υποβολή"
      // with its tonos apart), as Greek reads without its accents
    } else if (const char32_t plain = PlainCharacter(code); plain != code) {
      if (plain != 0) AppendUtf8(plain, out);
    } else if (!valid) {
      out.push_back(static_cast<char>(code));  // not UTF-8: kept as it came
    } else {
      AppendUtf8(Lower(code), out);
    }
  }
  return out;
}

const std::vector<std::string>& PhrasesOf(Wording wording) {
  static const Phrases none;
  const auto& table = Table();
  const auto it = table.find(wording);
  return it == table.end() ? none : it->second;
}

bool Says(std::string_view lowered, Wording wording) {
  const auto& table = Table();
  const auto it = table.find(wording);
  if (it == table.end()) return false;
  for (const auto& phrase : it->second) {
    if (HasWords(lowered, phrase)) return true;
  }
  return false;
}

bool SaysOnly(std::string_view lowered, Wording wording) {
  // Marks around the words: ASCII signs and spaces, Latin-1 signs, punctuation,
  // arrows, dingbats and other symbols (U+2000..U+2BFF), CJK signs, variation
  // selectors and emoji.
  auto sign_at = [&](std::size_t at) {
    const char32_t c = DecodeUtf8(lowered, at).code;
    if (c < 0x80) return std::isalnum(static_cast<int>(c)) == 0;
    return (c >= 0xA0 && c <= 0xBF) || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE0F) || c >= 0x1F000;
  };
  std::size_t begin = 0;
  std::size_t end = lowered.size();
  while (begin < end && sign_at(begin)) begin += DecodeUtf8(lowered, begin).length;
  while (end > begin && sign_at(PreviousCharStart(lowered, end))) {
    end = PreviousCharStart(lowered, end);
  }
  const std::string_view core = lowered.substr(begin, end - begin);
  const auto& phrases = PhrasesOf(wording);
  return std::find(phrases.begin(), phrases.end(), core) != phrases.end();
}

bool NegatesAgreement(std::string_view lowered) {
  std::string words = " ";
  for (char c : lowered) words += std::isalnum(static_cast<unsigned char>(c)) ? c : ' ';
  words += ' ';
  for (const char* negation : {" not ", " don t ", " do not ", " nicht ", " n ", " pas ", " no ",
                               " non ", " nie ", " niet ", " nao ", " ikke ", " inte "}) {
    if (words.find(negation) != std::string::npos) return true;
  }
  return words.find(" dis") != std::string::npos || words.find(" decline") != std::string::npos;
}

}  // namespace applier::perception
