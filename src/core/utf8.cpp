#include "core/utf8.h"

#include <algorithm>

namespace applier {

CodePoint DecodeUtf8(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
  const CodePoint broken{lead, 1, false};
  if (length == 0 || at + length > text.size()) return broken;
  if (length == 1) return {lead, 1, true};
  char32_t code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) return broken;
    code = (code << 6) | (next & 0x3F);
  }
  return {code, length, true};
}

std::size_t CharactersIn(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void AppendUtf8(char32_t code, std::string& out) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

bool IsUnspacedScript(char32_t code) {
  return (code >= 0x0E00 && code <= 0x0EFF) ||  // Thai, Lao
         (code >= 0x1000 && code <= 0x109F) ||  // Myanmar
         (code >= 0x1780 && code <= 0x17FF) ||  // Khmer
         (code >= 0x3040 && code <= 0x30FF) ||  // Hiragana, Katakana
         (code >= 0x3400 && code <= 0x4DBF) ||  // CJK Extension A
         (code >= 0x4E00 && code <= 0x9FFF) ||  // CJK Unified Ideographs
         (code >= 0xAC00 && code <= 0xD7AF) ||  // Hangul syllables
         (code >= 0xF900 && code <= 0xFAFF);    // CJK Compatibility Ideographs
}

char32_t PlainCharacter(char32_t code) {
  static constexpr char32_t kNuktaLetterBase[] = {0x915, 0x916, 0x917, 0x91C,
                                                  0x921, 0x922, 0x92B, 0x92F};
  if (code == 0x093C || code == 0x09BC) return 0;  // the Devanagari and Bengali nukta
  if (code == 0x0901) return 0x0902;
  if (code >= 0x0958 && code <= 0x095F) return kNuktaLetterBase[code - 0x0958];
  if (code == 0x09DC || code == 0x09DD) return code - 0x09DC + 0x09A1;  // ড় ঢ়
  if (code == 0x09DF) return 0x09AF;                                    // য়
  if (const char digit = AsciiDigit(code); digit != 0) return static_cast<char32_t>(digit);
  return code;
}

char AsciiDigit(char32_t code) {
  for (const char32_t zero : {0x0660, 0x06F0, 0x0966, 0x09E6}) {
    if (code >= zero && code <= zero + 9) return static_cast<char>('0' + (code - zero));
  }
  return 0;
}

}  // namespace applier
