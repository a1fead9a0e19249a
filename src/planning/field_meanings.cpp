#include "planning/field_meanings.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>

#include "core/utf8.h"
#include "kFieldMeaningsText.h"
#include "knowledge/question_text.h"

namespace applier::planning {
namespace {

using perception::ControlKind;

constexpr std::size_t kControlKindCount = static_cast<std::size_t>(ControlKind::kDateParts) + 1;

std::uint32_t Bit(ControlKind kind) {
  return std::uint32_t{1} << static_cast<unsigned>(kind);
}

constexpr std::uint32_t kAnyKind = (std::uint32_t{1} << kControlKindCount) - 1;

// Controls that take any text. Typed inputs (email, tel, url, number) take only
// the meanings that name them: an e-mail box never gets a street.
std::uint32_t TextLike() {
  return Bit(ControlKind::kText) | Bit(ControlKind::kTextarea) |
         Bit(ControlKind::kContentEditable) | Bit(ControlKind::kSelect) |
         Bit(ControlKind::kCombobox);
}

// The kinds a word of a `fits` line names; 0 for a word that names none.
std::uint32_t KindsNamed(std::string_view word) {
  if (word == "any") return kAnyKind;
  if (word == "textlike") return TextLike();
  for (std::size_t k = 0; k < kControlKindCount; ++k) {
    const auto kind = static_cast<ControlKind>(k);
    if (word == perception::ToString(kind)) return Bit(kind);
  }
  return 0;
}

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

// Splits on `separator`, trimming each piece and dropping empty ones.
std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    if (std::string_view piece = Trim(text.substr(start, end - start)); !piece.empty()) {
      pieces.push_back(piece);
    }
    start = end + 1;
  }
  return pieces;
}

bool IsLanguageTag(std::string_view word) {
  return word.size() == 2 && word[0] >= 'a' && word[0] <= 'z' && word[1] >= 'a' && word[1] <= 'z';
}

}  // namespace

int WordSlot(std::string_view word) {
  // FNV-1a: the same word gets the same slot in every process.
  std::uint32_t hash = 2166136261u;
  for (char c : word) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return static_cast<int>(hash % kWordSlots);
}

FieldKey FieldKeyNamed(std::string_view name) {
  for (std::size_t k = 0; k < kFieldKeyCount; ++k) {
    const auto key = static_cast<FieldKey>(k);
    if (name == ToString(key)) return key;
  }
  return FieldKey::kUnknown;
}

Result<FieldMeanings> FieldMeanings::Parse(std::string_view text) {
  FieldMeanings table;
  std::array<bool, kFieldKeyCount> fits_given{};
  bool in_block = false;
  FieldKey key = FieldKey::kUnknown;
  int line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    auto fail = [&](const std::string& why) {
      return Fail(ErrorKind::kInvalidInput,
                  "field meanings, line " + std::to_string(line_number) + ": " + why);
    };
    const std::size_t space = line.find_first_of(" \t");
    const std::string_view head = line.substr(0, space);
    const std::string_view rest =
        space == std::string_view::npos ? std::string_view{} : Trim(line.substr(space));
    if (head == "meaning") {
      key = FieldKeyNamed(rest);
      if (key == FieldKey::kUnknown && rest != "not") {
        return fail("\"" + std::string(rest) + "\" is no field meaning");
      }
      in_block = true;
      continue;
    }
    if (!in_block) return fail("\"" + std::string(head) + "\" before the first \"meaning\" line");
    const auto k = static_cast<std::size_t>(key);
    if (head == "fits") {
      std::uint32_t kinds = 0;
      for (std::string_view word : Split(rest, ' ')) {
        const std::uint32_t named = KindsNamed(word);
        if (named == 0) return fail("\"" + std::string(word) + "\" is no control kind");
        kinds |= named;
      }
      table.fits_[k] = kinds;
      fits_given[k] = true;
    } else if (head == "autocomplete") {
      for (std::string_view token : Split(rest, ' ')) {
        table.autocomplete_.push_back({std::string(token), key});
      }
    } else if (IsLanguageTag(head)) {
      for (std::string_view entry : Split(rest, '|')) {
        MeaningPhrase phrase;
        phrase.key = key;
        phrase.language = std::string(head);
        const std::size_t last_space = entry.rfind(' ');
        if (last_space != std::string_view::npos && last_space + 1 < entry.size() &&
            (entry[last_space + 1] == '+' || entry[last_space + 1] == '-')) {
          const std::string_view digits = entry.substr(last_space + 2);
          int hundredths = 0;
          const auto [ptr, ec] =
              std::from_chars(digits.data(), digits.data() + digits.size(), hundredths);
          if (ec != std::errc{} || ptr != digits.data() + digits.size()) {
            return fail("\"" + std::string(entry) + "\": a bonus is \"+\" or \"-\" and a number");
          }
          phrase.bonus = (entry[last_space + 1] == '-' ? -hundredths : hundredths) / 100.0;
          entry = Trim(entry.substr(0, last_space));
        }
        if (!entry.empty() && entry.front() == '=') {
          phrase.whole = true;
          entry.remove_prefix(1);
        }
        if (!entry.empty() && entry.front() == '~') {
          phrase.in_sentence = true;
          entry.remove_prefix(1);
        }
        // "years * experience": each part normalised, the gap kept as " * " (a
        // normalised text never holds '*').
        for (std::string_view part : Split(entry, '*')) {
          const std::string words = knowledge::NormalizeText(part);
          if (words.empty()) break;
          phrase.text += (phrase.text.empty() ? "" : " * ") + words;
        }
        if (phrase.text.empty() || phrase.text.back() == '*' ||
            std::count(entry.begin(), entry.end(), '*') !=
                std::count(phrase.text.begin(), phrase.text.end(), '*')) {
          return fail("\"" + std::string(entry) + "\": an empty phrase or an empty part");
        }
        phrase.unspaced = knowledge::IsUnspacedScript(phrase.text);
        phrase.single_character = phrase.unspaced && CharactersIn(phrase.text) == 1;
        phrase.gapped = phrase.text.find(" * ") != std::string::npos;
        if (!phrase.unspaced) {
          phrase.first_word_slot =
              WordSlot(std::string_view(phrase.text).substr(0, phrase.text.find(' ')));
        }
        table.phrases_.push_back(std::move(phrase));
      }
    } else {
      return fail("\"" + std::string(head) +
                  "\" is neither fits, autocomplete nor a two-letter language");
    }
  }
  const std::uint32_t default_kinds = TextLike() | Bit(ControlKind::kRadioGroup);
  for (std::size_t k = 0; k < kFieldKeyCount; ++k) {
    if (!fits_given[k]) table.fits_[k] = default_kinds;
  }
  table.fits_[static_cast<std::size_t>(FieldKey::kUnknown)] = kAnyKind;
  return table;
}

const FieldMeanings& FieldMeanings::Builtin() {
  static const FieldMeanings table = [] {
    Result<FieldMeanings> parsed = Parse(kFieldMeaningsText);
    if (!parsed) {
      // The file is part of the build and a test parses it: this is a bug.
      std::cerr << parsed.error().message << '\n';
      std::abort();
    }
    return *std::move(parsed);
  }();
  return table;
}

bool FieldMeanings::Fits(FieldKey key, ControlKind kind) const {
  return (fits_[static_cast<std::size_t>(key)] & Bit(kind)) != 0;
}

}  // namespace applier::planning
