#include "planning/value_guard.h"

#include <algorithm>
#include <regex>

#include "knowledge/question_text.h"

namespace applier::planning {
namespace {

using perception::ControlKind;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t CountDigits(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), IsDigit));
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Characters as the browser counts maxlength (UTF-16 code units; one per code
// point outside the astral planes, two within).
std::size_t Utf16Length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// The type checks below are written out rather than std::regex: its matcher
// recurses once per character matched (GCC bug 86164), and a value of 100 kB
// without a space overflowed the stack.

// scheme://anything-without-spaces, as [A-Za-z][A-Za-z0-9+.-]*://\S+.
bool IsFullUrl(std::string_view text) {
  const std::size_t colon = text.find("://");
  if (colon == std::string_view::npos || colon == 0 || !IsAsciiLetter(text[0])) return false;
  const std::string_view scheme = text.substr(1, colon - 1);
  const std::string_view rest = text.substr(colon + 3);
  return std::all_of(scheme.begin(), scheme.end(),
                     [](char c) {
                       return IsAsciiLetter(c) || IsDigit(c) || c == '+' || c == '.' || c == '-';
                     }) &&
         !rest.empty() && std::none_of(rest.begin(), rest.end(), IsSpace);
}

// A plain number, as -?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?.
bool IsPlainNumber(std::string_view text) {
  std::size_t i = 0;
  auto at = [&](auto... chars) { return i < text.size() && ((text[i] == chars) || ...); };
  auto digits = [&] {
    const std::size_t from = i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    return i - from;
  };
  if (at('-')) ++i;
  const std::size_t whole = digits();
  std::size_t fraction = 0;
  if (at('.')) {
    ++i;
    fraction = digits();
  }
  if (whole == 0 && fraction == 0) return false;
  if (at('e', 'E')) {
    ++i;
    if (at('-', '+')) ++i;
    if (digits() == 0) return false;
  }
  return i == text.size();
}

// yyyy-mm-dd, or yyyy-mm for a month picker.
bool IsIsoDate(std::string_view text, bool month) {
  const std::string_view shape = month ? "0000-00" : "0000-00-00";
  return text.size() == shape.size() &&
         std::equal(text.begin(), text.end(), shape.begin(),
                    [](char c, char want) { return want == '0' ? IsDigit(c) : c == want; });
}

// The page writes its pattern attribute, so it may be written to hurt: one that
// nests thousands deep overflows std::regex's recursive compiler, and its default
// matcher backtracks — recursing per character of the value and trying
// exponentially many ways on "(a|a)*b". So a pattern is judged only at a size
// real ones have, on a value of a size they check, and with libstdc++'s
// polynomial matcher (regex_constants::__polynomial: a Thompson NFA, no
// backtracking; it refuses back-references with a regex_error).
constexpr std::size_t kLongestJudgedPattern = 1000;
constexpr std::size_t kLongestPatternedValue = 4096;

bool LooksLikeUrl(std::string_view text) {
  return text.find(' ') == std::string_view::npos && text.find('.') != std::string_view::npos &&
         text.find('@') == std::string_view::npos;
}

bool LooksLikePhone(std::string_view text) {
  const std::size_t digits = CountDigits(text);
  if (digits < 4 || digits > 20) return false;
  const std::string norm = knowledge::NormalizeText(text);
  for (const auto& word : knowledge::Words(norm)) {
    const bool number = std::all_of(word.begin(), word.end(), IsDigit);
    if (!number && word != "ext" && word != "x" && word != "extension") return false;
  }
  return true;
}

}  // namespace

// What the page's own constraint validation would say (HTML, "constraint
// validation": type mismatch, pattern mismatch, too long).
std::optional<std::string> TypeRejects(const perception::Field& field, std::string_view text) {
  const std::string& type = field.html_type;
  if ((type == "email" || field.kind == ControlKind::kEmail) && !LooksLikeEmail(text)) {
    return "the box takes an e-mail address, and \"" + std::string(text) + "\" is not one";
  }
  if ((type == "url" || field.kind == ControlKind::kUrl) && !IsFullUrl(text)) {
    return "the box takes a full URL (https://...), and \"" + std::string(text) + "\" is not one";
  }
  if ((type == "number" || field.kind == ControlKind::kNumber) && !IsPlainNumber(text)) {
    return "the box takes a plain number, and \"" + std::string(text) + "\" is not one";
  }
  if (field.kind == ControlKind::kDate) {
    const bool month = type == "month";
    if (!IsIsoDate(text, month)) {
      return std::string("the date picker takes a ") + (month ? "month" : "date") + ", and \"" +
             std::string(text) + "\" is not one";
    }
  }
  if (field.max_length >= 0 && Utf16Length(text) > static_cast<std::size_t>(field.max_length)) {
    return "the box takes at most " + std::to_string(field.max_length) + " characters, and \"" +
           std::string(text) + "\" has " + std::to_string(Utf16Length(text));
  }
  if (!field.pattern.empty() && field.pattern.size() <= kLongestJudgedPattern &&
      text.size() <= kLongestPatternedValue && IsAscii(field.pattern) && IsAscii(text)) {
    try {
      // The pattern must match the whole value (HTML: "^(?:" + pattern + ")$").
      const std::regex pattern("^(?:" + field.pattern + ")$",
                               std::regex::ECMAScript | std::regex_constants::__polynomial);
      if (!std::regex_match(std::string(text), pattern)) {
        return "the box's pattern " + field.pattern + " does not accept \"" + std::string(text) +
               "\"";
      }
    } catch (const std::regex_error&) {
      // A pattern written for the browser's engine only: the site's own message
      // will say what it wants.
    }
  }
  return std::nullopt;
}

namespace {

// What the field means rules out values that cannot be the answer, whatever the
// box's type: the wrong fills seen on real forms (a street in an e-mail box, an
// e-mail address in a name box).
std::optional<std::string> MeaningRejects(FieldKey key, std::string_view text) {
  const std::string value(text);
  const bool has_at = text.find('@') != std::string_view::npos;
  switch (key) {
    case FieldKey::kEmail:
      if (!LooksLikeEmail(text)) return "an e-mail field, and \"" + value + "\" is not an address";
      break;
    case FieldKey::kPhone:
    case FieldKey::kHomePhone:
      if (!LooksLikePhone(text)) return "a phone field, and \"" + value + "\" is not a number";
      break;
    case FieldKey::kPostalCode:
      if (text.size() > 12 || CountDigits(text) == 0 || has_at) {
        return "a postal-code field, and \"" + value + "\" is not a postal code";
      }
      break;
    case FieldKey::kFirstName:
    case FieldKey::kLastName:
    case FieldKey::kName:
    case FieldKey::kMiddleName:
    case FieldKey::kInitials:
    case FieldKey::kPreferredName:
      if (has_at || CountDigits(text) > 0) {
        return "a name field, and \"" + value + "\" is not a name";
      }
      break;
    case FieldKey::kCity:
    case FieldKey::kRegion:
    case FieldKey::kCountry:
      if (has_at || text.find("://") != std::string_view::npos) {
        return "a place field, and \"" + value + "\" is not a place";
      }
      break;
    case FieldKey::kLinkedin:
    case FieldKey::kGithub:
    case FieldKey::kPortfolio:
    case FieldKey::kWebsite:
      if (!LooksLikeUrl(text)) return "a link field, and \"" + value + "\" is not a link";
      break;
    case FieldKey::kYearsExperience:
      if (CountDigits(text) == 0) {
        return "a number of years, and \"" + value + "\" has no number";
      }
      break;
    default: break;
  }
  return std::nullopt;
}

}  // namespace

bool LooksLikeEmail(std::string_view text) {
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) <= ' '; })) {
    return false;
  }
  const std::string_view domain = text.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

std::optional<std::string> WhyFieldRejects(const perception::Field& field, FieldKey key,
                                           std::string_view text) {
  switch (field.kind) {
    case ControlKind::kSelect:
    case ControlKind::kRadioGroup:
    case ControlKind::kCheckbox:
    case ControlKind::kCheckboxGroup:
    case ControlKind::kFile:
    case ControlKind::kDateParts: return std::nullopt;  // their own shapes, checked elsewhere
    case ControlKind::kCombobox:
      if (!field.options.empty()) return std::nullopt;
      break;
    default: break;
  }
  if (auto why = TypeRejects(field, text)) return why;
  if (auto why = MeaningRejects(key, text)) return "it is " + *why;
  return std::nullopt;
}

}  // namespace applier::planning
