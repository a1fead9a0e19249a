#include "perception/page_words.h"

#include <boost/json.hpp>
#include <cctype>
#include <map>
#include <vector>

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
        {Wording::kAddAnother, {"buttons", "add_another"}},
        {Wording::kBack, {"buttons", "back"}},
        {Wording::kSubmit, {"buttons", "submit"}},
        {Wording::kNext, {"buttons", "next"}},
        {Wording::kOpenForm, {"buttons", "open_form"}},
        {Wording::kConfirmation, {"pages", "confirmation"}},
        {Wording::kClosed, {"pages", "closed"}},
        {Wording::kSignIn, {"pages", "sign_in"}},
        {Wording::kCaptcha, {"pages", "captcha"}},
        {Wording::kReview, {"pages", "review"}},
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

// Whether the character starting at byte `at` is part of a word: ASCII letters
// and digits, and letters of any script; not the Latin-1 signs (¡ ¿ « » and the
// no-break space, U+00A0..U+00BF, × and ÷) nor General Punctuation (dashes,
// quotes, the ellipsis, U+2000..U+206F).
bool WordCharAt(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return std::isalnum(c) != 0;
  const auto next = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0;
  if (c == 0xC2) return false;
  if (c == 0xC3) return next != 0x97 && next != 0xB7;
  if (c == 0xE2) return next != 0x80 && next != 0x81;
  return true;
}

// The start of the character that ends just before byte `at`.
std::size_t PreviousCharStart(std::string_view text, std::size_t at) {
  std::size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

bool HasWords(std::string_view text, std::string_view phrase) {
  for (std::size_t at = text.find(phrase); at != std::string_view::npos;
       at = text.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    const bool starts =
        at == 0 || !WordCharAt(phrase, 0) || !WordCharAt(text, PreviousCharStart(text, at));
    const bool ends = end == text.size() ||
                      !WordCharAt(phrase, PreviousCharStart(phrase, phrase.size())) ||
                      !WordCharAt(text, end);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::string LowerText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + ('a' - 'A')));
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // U+00C0..U+00DE (À..Þ, but ×) are the capitals of U+00E0..U+00FE.
      const auto next = static_cast<unsigned char>(text[i + 1]);
      out.push_back(static_cast<char>(c));
      out.push_back(
          static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next));
      ++i;
    } else if (text.substr(i, 3) == "\u2019") {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
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

}  // namespace applier::perception
