#include "session/draft_edit.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

namespace applier::session {

namespace {

std::string Trim(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r\n\"'");
  if (begin == std::string::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n\"'.");
  return text.substr(begin, end - begin + 1);
}

std::set<std::string> Words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  auto flush = [&] {
    static const std::set<std::string> kIgnored = {"the", "my", "a", "an", "your", "field", "of"};
    if (!word.empty() && !kIgnored.contains(word)) words.insert(word);
    word.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool IsLineBreak(char c) {
  return c == '\n' || c == '\r';
}

std::size_t SpacesEnd(std::string_view text, std::size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  return at;
}

// The length of whichever word of `words` the text has at `at` (case aside), 0
// when none.
std::size_t WordAt(std::string_view text, std::size_t at,
                   std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text.size() - at < word.size()) continue;
    if (std::equal(
            word.begin(), word.end(), text.begin() + static_cast<std::ptrdiff_t>(at),
            [](char w, char c) { return w == std::tolower(static_cast<unsigned char>(c)); })) {
      return word.size();
    }
  }
  return 0;
}

// A word of `words` at `at` followed by at least one space: where the spaces
// end, or npos.
std::size_t WordThenSpaces(std::string_view text, std::size_t at,
                           std::initializer_list<std::string_view> words) {
  const std::size_t length = WordAt(text, at, words);
  if (length == 0 || at + length >= text.size() || !IsSpace(text[at + length])) {
    return std::string_view::npos;
  }
  return SpacesEnd(text, at + length);
}

// Where a value may lie in the text: up to the spaces that end it, on one line.
struct ValueBounds {
  explicit ValueBounds(std::string_view text) : end(text.size()) {
    while (end > 0 && IsSpace(text[end - 1])) --end;
    for (std::size_t i = 0; i < end; ++i) {
      if (IsLineBreak(text[i])) last_break = i;
    }
  }
  // The value from `at`; nullopt when nothing is left or another line follows.
  std::optional<std::string> From(std::string_view text, std::size_t at) const {
    if (at >= end || (last_break != std::string_view::npos && last_break >= at))
      return std::nullopt;
    return std::string(text.substr(at, end - at));
  }
  std::size_t end;
  std::size_t last_break = std::string_view::npos;
};

// "[please] change|set|update|make|put [the|my] FIELD to|=|as|into VALUE": the
// field is the shortest that a joining word follows.
std::optional<EditRequest> VerbForm(std::string_view text) {
  std::size_t at = SpacesEnd(text, 0);
  if (const std::size_t after = WordThenSpaces(text, at, {"please"});
      after != std::string_view::npos) {
    at = after;
  }
  at = WordThenSpaces(text, at, {"change", "set", "update", "make", "put"});
  if (at == std::string_view::npos) return std::nullopt;
  const ValueBounds bounds(text);
  std::vector<std::size_t> field_starts;
  if (const std::size_t after = WordThenSpaces(text, at, {"the", "my"});
      after != std::string_view::npos) {
    field_starts.push_back(after);
  }
  field_starts.push_back(at);
  for (const std::size_t start : field_starts) {
    for (std::size_t end = start + 1; end < text.size() && !IsLineBreak(text[end - 1]); ++end) {
      if (!IsSpace(text[end])) continue;
      const std::size_t joint = SpacesEnd(text, end);
      const std::size_t value = WordThenSpaces(text, joint, {"to", "=", "as", "into"});
      if (value == std::string_view::npos) continue;
      if (auto found = bounds.From(text, value)) {
        return EditRequest{std::string(text.substr(start, end - start)), std::move(*found)};
      }
    }
  }
  return std::nullopt;
}

// "FIELD: VALUE" or "FIELD = VALUE".
std::optional<EditRequest> ColonForm(std::string_view text) {
  const std::size_t start = SpacesEnd(text, 0);
  const std::size_t mark = text.find_first_of(":=");
  if (mark == std::string_view::npos || mark <= start) return std::nullopt;
  auto value = ValueBounds(text).From(text, SpacesEnd(text, mark + 1));
  if (!value) return std::nullopt;
  std::size_t end = mark;
  while (end > start && IsSpace(text[end - 1])) --end;
  return EditRequest{std::string(text.substr(start, end - start)), std::move(*value)};
}

}  // namespace

Result<EditRequest> ParseEditRequest(const std::string& text) {
  // An edit names one field and one value; 4 KiB is far more than that, and a
  // chat message (up to 64 KiB) longer than it is something else pasted in.
  constexpr std::size_t kMaxLength = 4096;
  if (text.size() > kMaxLength) {
    return Fail(ErrorKind::kInvalidInput, "That change is " + std::to_string(text.size()) +
                                              " characters long; I take at most " +
                                              std::to_string(kMaxLength) +
                                              ". Say it shorter, like: change salary to 150000");
  }
  for (auto form : {VerbForm, ColonForm}) {
    if (auto edit = form(text)) {
      edit->field = Trim(edit->field);
      edit->value = Trim(edit->value);
      if (!edit->field.empty() && !edit->value.empty()) return *edit;
    }
  }
  return Fail(ErrorKind::kInvalidInput,
              "I did not understand the change \"" + text +
                  "\". Say it like: change salary to 150000  (or: Salary: 150000)");
}

const perception::Field* FindFieldByName(const std::vector<perception::Field>& fields,
                                         const std::string& name) {
  const auto wanted = Words(name);
  if (wanted.empty()) return nullptr;
  const perception::Field* best = nullptr;
  double best_score = 0;
  for (const auto& field : fields) {
    const auto words = Words(field.label + " " + field.name);
    std::size_t shared = 0;
    for (const auto& w : wanted) {
      // "salary" also finds "salaries"; a prefix of at least four letters counts.
      shared += std::any_of(words.begin(), words.end(), [&](const std::string& candidate) {
        return candidate == w || (w.size() >= 4 && candidate.starts_with(w)) ||
               (candidate.size() >= 4 && w.starts_with(candidate));
      });
    }
    // Coverage of the request, lightly preferring shorter labels (more specific).
    const double score = static_cast<double>(shared) / static_cast<double>(wanted.size()) -
                         0.01 * static_cast<double>(words.size());
    if (shared > 0 && score > best_score) {
      best_score = score;
      best = &field;
    }
  }
  return best_score >= 0.45 ? best : nullptr;
}

}  // namespace applier::session
