// UTF-8 one code point at a time, as the engine reads the words of pages and
// questions in every script: decoding with a clear mark for a broken byte, and
// which scripts write their words without spaces between them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace applier {

// One character of UTF-8 text: its code point and how many bytes it took. A
// byte that starts no valid sequence (a stray continuation byte, a sequence cut
// short) is `valid == false`, one byte long, with the byte as its code point.
struct CodePoint {
  char32_t code = 0;
  std::size_t length = 1;
  bool valid = true;
};

// The character starting at byte `at` of `text` (at < text.size()).
CodePoint DecodeUtf8(std::string_view text, std::size_t at);

// How many characters (code points) `text` holds: a word in Georgian, Thai or
// Devanagari takes three bytes a letter.
std::size_t CharactersIn(std::string_view text);

// Appends `code` to `out` as UTF-8.
void AppendUtf8(char32_t code, std::string& out);

// Whether `code` belongs to a script whose words run together, so a phrase is
// found inside a run of text rather than between spaces: Thai, Lao, Myanmar,
// Khmer, kana and Han; and Hangul, whose particles join the word they follow
// ("이메일을").
bool IsUnspacedScript(char32_t code);

// A character as the engine reads it whichever of its spellings a page typed.
// Hindi is typed with the nukta (फ़ाइल and फाइल, ज़रूरी and जरूरी) as often left out
// as written, and the chandrabindu as often written as the anusvara (हाँ and हां,
// हटाएँ and हटाएं): a Devanagari letter with a nukta reads as its base letter, the
// nukta mark as nothing (0) and the chandrabindu as the anusvara. Bengali writes ড়,
// ঢ় and য় as one code point or as the letter and a nukta (বিষয় and বিষয়): each
// reads as its base letter, the nukta as nothing. Digits of the Bengali, Devanagari
// and Arabic scripts (১২, १२, ١٢, ۱۲), which pages in those languages write in
// option lists and hints, read as the ASCII digits. Any other character is itself.
char32_t PlainCharacter(char32_t code);

// The ASCII digit ('0'-'9') a digit of the Arabic-Indic, Persian, Devanagari or
// Bengali digits stands for; 0 for any other character.
char AsciiDigit(char32_t code);

}  // namespace applier
