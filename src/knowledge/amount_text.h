// Amounts as people write them in text: "$120,000 - $150,000", "60.000 €",
// "120k", "10+ years". One scanner for every place that reads amounts from words
// (option lists of salary and experience ranges, the profile's own salary text),
// so that all of them agree on what "120.000" and "80k" are.
//
// Contract: pure functions on UTF-8 text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace applier::knowledge {

// One amount and where the text writes it: [begin, end) covers its digits, its
// thousands separators, its decimals and a "k" or "m" suffix.
struct WrittenAmount {
  double value = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Every amount of the text in order. A thousands separator (',', '.', a space or
// a no-break space) counts only before exactly three digits, so "1.5" and "3 - 5"
// stay what they are; a "k" or "m" standing alone after the digits multiplies.
std::vector<WrittenAmount> AmountsIn(std::string_view text);

// The text with Persian (۰-۹), Arabic-Indic (٠-٩), Devanagari and Bengali digits written as 0-9,
// all else as it is: Iranian, Afghan and Arab pages write amounts, ranges and example dates in
// their own digits ("۵ تا ۱۰ سال", "۱۴۰۵/۱۰/۰۱"). Read amounts in the result (AmountsIn's positions
// are the result's).
std::string WithAsciiDigits(std::string_view text);

}  // namespace applier::knowledge
