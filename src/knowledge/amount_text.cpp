#include "knowledge/amount_text.h"

#include <cctype>

#include "core/utf8.h"

namespace applier::knowledge {
namespace {

bool IsDigitAt(std::string_view text, std::size_t i) {
  return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
}

// The width of a thousands separator at `i` ("120,000", "60.000", "60 000", also
// with a no-break space), 0 if there is none.
std::size_t ThousandsSeparator(std::string_view text, std::size_t i) {
  std::size_t width = 0;
  if (text[i] == ',' || text[i] == '.' || text[i] == ' ')
    width = 1;
  else if (text.substr(i, 2) == "\xC2\xA0")
    width = 2;
  else if (text.substr(i, 3) == "\xE2\x80\xAF")
    width = 3;
  std::size_t digits = i + width;
  if (width == 0 || !IsDigitAt(text, digits) || !IsDigitAt(text, digits + 1) ||
      !IsDigitAt(text, digits + 2) || IsDigitAt(text, digits + 3)) {
    return 0;
  }
  return width;
}

}  // namespace

std::vector<WrittenAmount> AmountsIn(std::string_view text) {
  std::vector<WrittenAmount> amounts;
  for (std::size_t i = 0; i < text.size();) {
    if (!IsDigitAt(text, i)) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    double value = 0;
    while (i < text.size()) {
      char c = text[i];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        value = value * 10 + (c - '0');
        ++i;
      } else if (std::size_t width = ThousandsSeparator(text, i); width > 0) {
        i += width;
      } else {
        break;
      }
    }
    if (i + 1 < text.size() && text[i] == '.' && IsDigitAt(text, i + 1)) {
      double scale = 0.1;
      for (++i; IsDigitAt(text, i); ++i) {
        value += (text[i] - '0') * scale;
        scale /= 10;
      }
    }
    auto suffix_alone = [&](std::size_t k) {
      return k + 1 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[k + 1]));
    };
    if (i < text.size() && (text[i] == 'k' || text[i] == 'K') && suffix_alone(i)) {
      value *= 1000;
      ++i;
    } else if (i < text.size() && (text[i] == 'm' || text[i] == 'M') && suffix_alone(i)) {
      value *= 1000000;
      ++i;
    }
    amounts.push_back({value, begin, i});
  }
  return amounts;
}

std::string WithAsciiDigits(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint at = DecodeUtf8(text, i);
    if (const char digit = AsciiDigit(at.code); at.valid && digit != 0) {
      out += digit;
    } else {
      out.append(text.substr(i, at.length));
    }
    i += at.length;
  }
  return out;
}

}  // namespace applier::knowledge
