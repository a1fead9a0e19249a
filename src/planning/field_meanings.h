// FieldMeanings is FieldClassifier's vocabulary: for each FieldKey, the phrases
// that name it in each language, the HTML autocomplete tokens that mean it, and the
// control kinds that can hold its answer. It is data, not code
// (src/planning/data/field_meanings.txt, embedded at build time and parsed once),
// so a new language or wording is a line in that file.
//
// Builtin() is immutable after its first call and safe to share between threads.
// Parse() reports a malformed table as kInvalidInput with the line at fault.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "perception/field.h"
#include "planning/field_classifier.h"

namespace applier::planning {

inline constexpr std::size_t kFieldKeyCount = static_cast<std::size_t>(FieldKey::kUnknown) + 1;

struct MeaningPhrase {
  FieldKey key = FieldKey::kUnknown;  // kUnknown: a veto
  std::string text;                   // normalised (knowledge::NormalizeText)
  bool whole = false;                 // matches only as the whole text
  double bonus = 0;                   // added to the score of a match
  std::string language;               // ISO 639-1
  // Names the box inside a sentence too ("Type your full name as your electronic
  // signature"): a long label holding it is not read as asking something else.
  bool in_sentence = false;
  // Read off `text` once by Parse, as every field of every page is matched
  // against every phrase: CJK, Thai and the other unspaced scripts have no spaces
  // between words, so a phrase in them matches anywhere; a single such character
  // ("姓") only as the whole text; a gapped phrase ("years * experience") part by
  // part.
  bool unspaced = false;
  bool single_character = false;
  bool gapped = false;
  // WordSlot of the first word, which a text must hold as a whole word for the
  // phrase to occur in it; -1 for an unspaced phrase, found inside words.
  int first_word_slot = -1;
};

// A normalised word's place in a 256-bit set of a text's words: a phrase whose
// first word's slot a text's set lacks cannot occur in it, and is passed over
// without a search.
inline constexpr int kWordSlots = 256;
int WordSlot(std::string_view word);

struct AutocompleteMeaning {
  std::string token;  // "given-name"
  FieldKey key = FieldKey::kUnknown;
};

class FieldMeanings {
 public:
  static Result<FieldMeanings> Parse(std::string_view text);
  // The table embedded from src/planning/data/field_meanings.txt.
  static const FieldMeanings& Builtin();

  const std::vector<MeaningPhrase>& phrases() const { return phrases_; }
  const std::vector<AutocompleteMeaning>& autocomplete() const { return autocomplete_; }
  // Whether a control of this kind can hold the key's answer.
  bool Fits(FieldKey key, perception::ControlKind kind) const;

 private:
  std::vector<MeaningPhrase> phrases_;
  std::vector<AutocompleteMeaning> autocomplete_;
  std::array<std::uint32_t, kFieldKeyCount> fits_{};  // a bit per ControlKind
};

// "first_name" -> kFirstName; kUnknown for "unknown" and for names of no key.
FieldKey FieldKeyNamed(std::string_view name);

}  // namespace applier::planning
