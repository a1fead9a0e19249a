#include "planning/value_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <regex>
#include <set>

#include "knowledge/amount_text.h"
#include "knowledge/countries.h"
#include "knowledge/question_text.h"
#include "planning/date_text.h"

namespace applier::planning {
namespace {

using knowledge::NormalizeText;
using perception::ControlKind;
using perception::Field;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

std::string Trim(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(start, end - start + 1));
}

bool ContainsWord(std::string_view norm, std::string_view phrase) {
  return knowledge::HasPhrase(norm, phrase);
}

bool ContainsAnyWord(std::string_view norm, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::string_view phrase) { return ContainsWord(norm, phrase); });
}

std::string Quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

// ---- dates ----------------------------------------------------------------

enum class Order { kDayMonthYear, kMonthDayYear, kYearMonthDay };

// The date order and separator people of a language write, as the browser's own
// date formatting for that locale does (CLDR short date patterns).
struct LocaleDate {
  Order order;
  std::string_view separator;
};

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::optional<LocaleDate> LocaleDateOf(std::string_view lang) {
  std::string tag = LowerAscii(lang);
  std::replace(tag.begin(), tag.end(), '_', '-');
  const std::string primary = tag.substr(0, tag.find('-'));
  if (primary == "en") {
    for (std::string_view region : {"-gb", "-au", "-nz", "-ie", "-in", "-za", "-sg", "-bd"}) {
      if (tag.ends_with(region)) return LocaleDate{Order::kDayMonthYear, "/"};
    }
    if (tag.ends_with("-ca")) return LocaleDate{Order::kYearMonthDay, "-"};
    return LocaleDate{Order::kMonthDayYear, "/"};
  }
  for (std::string_view dotted :
       {"de", "ru", "pl", "cs", "sk", "fi", "et", "lv", "nb", "no", "nn",
        "da", "tr", "uk", "ro", "bg", "hr", "ka", "hy", "sq", "az", "kk"}) {
    if (primary == dotted) return LocaleDate{Order::kDayMonthYear, "."};
  }
  for (std::string_view slashed :
       {"fr", "es", "it", "pt", "el", "ca", "gl", "vi", "id", "ms", "he", "bn", "cy"}) {
    if (primary == slashed) return LocaleDate{Order::kDayMonthYear, "/"};
  }
  if (primary == "nl") return LocaleDate{Order::kDayMonthYear, "-"};
  if (primary == "ja" || primary == "zh") return LocaleDate{Order::kYearMonthDay, "/"};
  // Hungarian writes "2025.09.01." (CLDR "y. MM. dd."), the year first and dotted.
  if (primary == "hu") return LocaleDate{Order::kYearMonthDay, "."};
  if (primary == "ko" || primary == "sv" || primary == "lt") {
    return LocaleDate{Order::kYearMonthDay, "-"};
  }
  return std::nullopt;
}

DateLayout LayoutIn(Order order, std::string_view separator, bool with_day = true) {
  DateLayout layout;
  switch (order) {
    case Order::kDayMonthYear: layout.parts = {"DD", "MM", "YYYY"}; break;
    case Order::kMonthDayYear: layout.parts = {"MM", "DD", "YYYY"}; break;
    case Order::kYearMonthDay: layout.parts = {"YYYY", "MM", "DD"}; break;
  }
  if (!with_day) std::erase(layout.parts, std::string("DD"));
  layout.separators.assign(layout.parts.size() - 1, std::string(separator));
  return layout;
}

// The text with each character reduced to what a date template is made of:
// lower-case ASCII letters, digits, the separators . / - and space, and '|' for
// anything else. Cyrillic д/м/г are d/m/y, and Ukrainian р (рік: "дд.мм.рррр") is y;
// Danish, Norwegian and Swedish å (år, "dd-mm-åååå") is the year as a (année, año)
// is; Hungarian é (év: "éééé.hh.nn") is y; Greek η/μ/ε (ημέρα, μήνας, έτος:
// "ηη/μμ/εεεε") are d/m/y, as Armenian օ/ա/տ are (օր, ամիս, տարի: "օօ.աա.տտտտ"); the CJK and Korean
// year/month marks are separators and the day mark ends the template.
std::string DateShape(std::string_view text) {
  std::string shape;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (std::isalpha(c)) {
        shape += static_cast<char>(std::tolower(c));
      } else if (IsDigit(static_cast<char>(c)) || c == '.' || c == '/' || c == '-' || c == ' ') {
        shape += static_cast<char>(c);
      } else {
        shape += '|';
      }
      ++i;
      continue;
    }
    std::size_t width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    const std::string_view ch = text.substr(i, width);
    i += width;
    if (ch == "д" || ch == "Д") {
      shape += 'd';
    } else if (ch == "м" || ch == "М") {
      shape += 'm';
    } else if (ch == "г" || ch == "Г" || ch == "р" || ch == "Р") {
      shape += 'y';
    } else if (ch == "é" || ch == "É" || ch == "ε" || ch == "Ε") {
      shape += 'y';
    } else if (ch == "η" || ch == "Η") {
      shape += 'd';
    } else if (ch == "μ" || ch == "Μ") {
      shape += 'm';
    } else if (ch == "å" || ch == "Å") {
      shape += 'a';
    } else if (ch == "օ" || ch == "Օ") {
      shape += 'd';  // Armenian օր, the day ("օօ.աա.տտտտ")
    } else if (ch == "ա" || ch == "Ա") {
      shape += 'm';  // ամիս, the month
    } else if (ch == "տ" || ch == "Տ") {
      shape += 'y';  // տարի, the year
    } else if (ch == "年" || ch == "月" || ch == "년" || ch == "월") {
      shape += '/';
    } else {
      shape += '|';
    }
  }
  return shape;
}

// One run of a template ("tt", "jjjj", "m") as a part, given whether the template
// has another run that is certainly the day, and another that is certainly the month.
std::optional<std::string> PartOfRun(std::string_view run, bool day_elsewhere,
                                     bool month_elsewhere) {
  if (run.empty() || run.size() > 4) return std::nullopt;
  if (!std::all_of(run.begin(), run.end(), [&](char c) { return c == run[0]; })) {
    return std::nullopt;
  }
  const char letter = run[0];
  // The month as a word, in the tokens of Java's SimpleDateFormat, CLDR and
  // Moment.js that form builders show as the format ("dd-MMM-yyyy" is 01-Sep-2025
  // in Zoho's forms, "MMMM d, yyyy" September 1, 2025): MMM its abbreviation,
  // MMMM its whole name — unless another run is the month (Lithuanian's year, below).
  if (letter == 'm' && run.size() == 3) return "MMM";
  if (letter == 'm' && run.size() == 4 && !month_elsewhere) return "MMMM";
  if (run.size() == 3) return std::nullopt;
  const bool four = run.size() == 4;
  std::string_view kind;
  switch (letter) {
    case 'd':  // day, dia, día, dag
    case 'p':  // päivä (pp.kk.vvvv)
    case 'n':  // nap (éééé.hh.nn)
    case 'z':  // zi (zz.ll.aaaa)
      kind = "D";
      break;
    case 'm':
      // Lithuanian writes the year, metai, as four M beside the month's two
      // ("MMMM-MM-DD"); four M alone is no run of a numeric date.
      if (four) {
        if (!month_elsewhere) return std::nullopt;
        kind = "Y";
        break;
      }
      kind = "M";
      break;
    case 'k':  // kuukausi
    case 'l':  // lună
      kind = "M";
      break;
    case 'b':  // bulan, the month (Malay and Indonesian: "HH/BB/TTTT"), or blwyddyn,
               // the year, as four letters (Welsh DD/MM/BBBB)
      kind = four ? "Y" : "M";
      break;
    case 't':  // Tag (TT.MM.JJJJ), or tahun, the year, as four letters (HH/BB/TTTT)
    case 'g':  // giorno (gg/mm/aaaa), or godina, the year, as four letters (Croatian,
               // Serbian, Bosnian and Slovene DD.MM.GGGG)
      kind = four ? "Y" : "D";
      break;
    case 'h':  // hónap (éééé.hh.nn), or hari, the day, beside a month (HH/BB/TTTT)
      kind = month_elsewhere ? "D" : "M";
      break;
    case 'y':  // year, гггг
    case 'a':  // année, año, ano, anno, and år (å)
    case 'r':  // rok
    case 'v':  // vuosi
      kind = "Y";
      break;
    case 'j':  // jour (jj/mm/aaaa) or jaar/Jahr (dd-mm-jjjj, TT.MM.JJJJ)
      kind = four || day_elsewhere ? "Y" : "D";
      break;
    default: return std::nullopt;
  }
  if (kind == "Y") {
    if (run.size() == 1) return std::nullopt;
    return four ? "YYYY" : "YY";
  }
  if (four) return std::nullopt;
  return run.size() == 2 ? std::string(kind) + std::string(kind) : std::string(kind);
}

bool IsDayLetter(char c) {
  return c == 'd' || c == 't' || c == 'g' || c == 'p' || c == 'n' || c == 'z';
}

// Letters that only ever name the month in a template (not 'h', the month in
// Hungarian and the day in Malay).
bool IsMonthLetter(char c) {
  return c == 'm' || c == 'k' || c == 'l' || c == 'b';
}

// A template such as "tt.mm.jjjj" in the shaped text.
std::optional<DateLayout> TemplateIn(const std::string& shape) {
  static const std::regex kTemplate(
      R"((^|[^a-z])([a-z]{1,4})( ?[./-] ?| )([a-z]{1,4})(?:( ?[./-] ?| )([a-z]{1,4}))?(?![a-z]))");
  for (auto it = std::sregex_iterator(shape.begin(), shape.end(), kTemplate);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    std::vector<std::string> runs = {m[2].str(), m[4].str()};
    std::vector<std::string> separators = {m[3].str()};
    if (m[6].matched) {
      runs.push_back(m[6].str());
      separators.push_back(m[5].str());
    }
    const bool day_elsewhere = std::any_of(runs.begin(), runs.end(), [](const std::string& run) {
      return !run.empty() && IsDayLetter(run[0]) && run.size() < 4;
    });
    const bool month_elsewhere = std::any_of(runs.begin(), runs.end(), [](const std::string& run) {
      return !run.empty() && IsMonthLetter(run[0]) && run.size() < 4;
    });
    DateLayout layout;
    bool valid = true;
    int days = 0, months = 0, years = 0;
    for (const auto& run : runs) {
      auto part = PartOfRun(run, day_elsewhere, month_elsewhere);
      if (!part) {
        valid = false;
        break;
      }
      days += (*part)[0] == 'D';
      months += (*part)[0] == 'M';
      years += (*part)[0] == 'Y';
      layout.parts.push_back(*part);
    }
    if (!valid || months != 1 || years != 1 || days > 1) continue;
    // A space alone separates only when the template has no other separator:
    // "mm yyyy" is a layout, "dd mm" in a sentence is not this one.
    for (auto& separator : separators) {
      std::string trimmed = Trim(separator);
      separator = trimmed.empty() ? " " : trimmed;
    }
    layout.separators = separators;
    // Hungarian and Korean close a year-first dotted date with a period
    // ("ÉÉÉÉ.HH.NN.", "YYYY. MM. DD."): the template shows it, the date has it. A
    // period after a day-first or month-first template ends the sentence instead.
    const std::string after = Trim(m.suffix().str());
    const bool dotted = std::all_of(separators.begin(), separators.end(),
                                    [](const std::string& s) { return s == "."; });
    if (dotted && layout.parts.front() == "YYYY" && after.starts_with('.')) layout.suffix = ".";
    return layout;
  }
  return std::nullopt;
}

// An example date such as "31.12.1990" or "1990-12-31" in the text.
std::optional<DateLayout> ExampleIn(std::string_view text, std::string_view lang) {
  static const std::regex kExample(
      R"((^|[^\d])(\d{1,4})([./-])(\d{1,4})(?:([./-])(\d{1,4}))?(?!\d))");
  const std::string subject(text);
  for (auto it = std::sregex_iterator(subject.begin(), subject.end(), kExample);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    std::vector<std::string> numbers = {m[2].str(), m[4].str()};
    if (m[6].matched) {
      if (m[5].str() != m[3].str()) continue;
      numbers.push_back(m[6].str());
      if (numbers[1].size() > 2) continue;
    }
    const std::string separator = m[3].str();
    auto year_ok = [](const std::string& n) {
      if (n.size() != 4) return false;
      const int year = std::stoi(n);
      return year >= 1900 && year <= 2100;
    };
    auto small = [](const std::string& n) { return n.size() <= 2 ? std::stoi(n) : -1; };
    auto padded = [](const std::string& n, char kind) {
      return n.size() == 2 ? std::string(2, kind) : std::string(1, kind);
    };
    if (numbers.size() == 2) {
      // "03/2021": month and year.
      if (!year_ok(numbers[1]) || small(numbers[0]) < 1 || small(numbers[0]) > 12) continue;
      return DateLayout{{padded(numbers[0], 'M'), "YYYY"}, {separator}, ""};
    }
    if (year_ok(numbers[0])) {
      if (small(numbers[1]) < 1 || small(numbers[1]) > 12 || small(numbers[2]) < 1 ||
          small(numbers[2]) > 31) {
        continue;
      }
      return DateLayout{
          {"YYYY", padded(numbers[1], 'M'), padded(numbers[2], 'D')}, {separator, separator}, ""};
    }
    if (!year_ok(numbers[2])) continue;
    const int first = small(numbers[0]);
    const int second = small(numbers[1]);
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) {
      continue;
    }
    Order order;
    if (first > 12) {
      order = Order::kDayMonthYear;
    } else if (second > 12) {
      order = Order::kMonthDayYear;
    } else if (first == second) {
      // "01/01/2000": either order reads the same; the language decides, else
      // the separator ('.' is only ever day-first).
      auto locale = LocaleDateOf(lang);
      order = locale && locale->order != Order::kYearMonthDay ? locale->order
              : separator == "."                              ? Order::kDayMonthYear
                                                              : Order::kMonthDayYear;
    } else {
      auto locale = LocaleDateOf(lang);
      if (locale && locale->order != Order::kYearMonthDay) {
        order = locale->order;
      } else if (separator == ".") {
        order = Order::kDayMonthYear;
      } else {
        continue;  // "03/04/2000" on a page of no known language: not a sign
      }
    }
    DateLayout layout;
    layout.parts = order == Order::kDayMonthYear
                       ? std::vector<std::string>{padded(numbers[0], 'D'), padded(numbers[1], 'M')}
                       : std::vector<std::string>{padded(numbers[0], 'M'), padded(numbers[1], 'D')};
    layout.parts.push_back("YYYY");
    layout.separators = {separator, separator};
    return layout;
  }
  return std::nullopt;
}

// The shape of a pattern attribute such as "\d{2}\.\d{2}\.\d{4}": digit groups and
// the separators between them; nullopt for a pattern that is not that simple.
struct DigitGroups {
  std::vector<int> widths;
  std::vector<std::string> separators;
  std::string suffix;  // separators the pattern requires after the last group
};

std::optional<DigitGroups> PatternGroups(std::string_view pattern) {
  DigitGroups groups;
  std::string pending;
  std::size_t i = 0;
  if (pattern.starts_with("^")) ++i;
  while (i < pattern.size()) {
    std::size_t step = 0;
    if (pattern.substr(i).starts_with("\\d")) {
      step = 2;
    } else if (pattern.substr(i).starts_with("[0-9]")) {
      step = 5;
    }
    if (step > 0) {
      i += step;
      int width = 1;
      if (i < pattern.size() && pattern[i] == '{') {
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos) return std::nullopt;
        const std::string inside(pattern.substr(i + 1, close - i - 1));
        if (inside.empty() || !std::all_of(inside.begin(), inside.end(), IsDigit)) {
          return std::nullopt;  // "{1,2}": a width we cannot pad to
        }
        // A page's "\\d{99999999999}" is no date part; std::stoi would throw on it.
        const auto [end, error] =
            std::from_chars(inside.data(), inside.data() + inside.size(), width);
        if (error != std::errc() || end != inside.data() + inside.size()) return std::nullopt;
        i = close + 1;
      }
      if (!groups.widths.empty()) groups.separators.push_back(pending);
      if (!groups.widths.empty() && pending.empty()) return std::nullopt;
      pending.clear();
      groups.widths.push_back(width);
      continue;
    }
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      c = pattern[i + 1];
      i += 2;
    } else {
      ++i;
    }
    if (c == '$' && i == pattern.size()) break;
    if (c == '.' || c == '/' || c == '-' || c == ' ') {
      pending += c;
    } else {
      return std::nullopt;
    }
  }
  if (groups.widths.empty()) return std::nullopt;
  groups.suffix = pending;
  return groups;
}

std::optional<DateLayout> LayoutOfPattern(std::string_view pattern, std::string_view lang) {
  auto groups = PatternGroups(pattern);
  if (!groups) return std::nullopt;
  const auto& w = groups->widths;
  if (w.size() == 2 && w[0] == 2 && w[1] == 4)
    return DateLayout{{"MM", "YYYY"}, groups->separators, groups->suffix};
  if (w.size() != 3) return std::nullopt;
  if (w[0] == 4 && w[1] == 2 && w[2] == 2) {
    return DateLayout{{"YYYY", "MM", "DD"}, groups->separators, groups->suffix};
  }
  if (w[0] != 2 || w[1] != 2 || (w[2] != 4 && w[2] != 2)) return std::nullopt;
  // The pattern gives the widths, not which of the two is the day.
  auto locale = LocaleDateOf(lang);
  Order order;
  if (locale && locale->order != Order::kYearMonthDay) {
    order = locale->order;
  } else if (groups->separators[0] == ".") {
    order = Order::kDayMonthYear;
  } else {
    return std::nullopt;
  }
  DateLayout layout = LayoutIn(order, "/");
  layout.parts[2] = w[2] == 4 ? "YYYY" : "YY";
  layout.separators = groups->separators;
  layout.suffix = groups->suffix;
  return layout;
}

std::string Pad(int value, std::size_t width) {
  std::string text = std::to_string(value);
  while (text.size() < width) text.insert(0, "0");
  return text;
}

// The date in the layout; nullopt when the date lacks a part the layout needs.
std::optional<std::string> Render(const DateLayout& layout, const CalendarDate& date) {
  std::string out;
  for (std::size_t i = 0; i < layout.parts.size(); ++i) {
    const std::string& part = layout.parts[i];
    std::string piece;
    if (part == "YYYY") {
      piece = std::to_string(date.year);
    } else if (part == "YY") {
      piece = Pad(date.year % 100, 2);
    } else if (part == "MMM" || part == "MMMM") {
      // English month names: the tokens' words in the English forms that show them.
      static constexpr std::string_view kMonths[] = {
          "January", "February", "March",     "April",   "May",      "June",
          "July",    "August",   "September", "October", "November", "December"};
      if (date.month < 1 || date.month > 12) return std::nullopt;
      const std::string_view name = kMonths[date.month - 1];
      piece = std::string(part == "MMM" ? name.substr(0, 3) : name);
    } else if (part[0] == 'M') {
      if (date.month == 0) return std::nullopt;
      piece = Pad(date.month, part.size());
    } else {
      if (date.month == 0) return std::nullopt;
      piece = Pad(date.day == 0 ? 1 : date.day, part.size());
    }
    if (i > 0) out += layout.separators[i - 1];
    out += piece;
  }
  return out + layout.suffix;
}

// The layout with its day left out ("DD.MM.YYYY" -> "MM.YYYY"), keeping the
// separator that stood between the two parts that remain.
DateLayout WithoutDay(const DateLayout& layout) {
  DateLayout out;
  for (std::size_t i = 0; i < layout.parts.size(); ++i) {
    if (layout.parts[i][0] == 'D') continue;
    if (!out.parts.empty()) {
      const std::size_t between = layout.parts[i - 1][0] == 'D' ? i - 2 : i - 1;
      out.separators.push_back(layout.separators[between]);
    }
    out.parts.push_back(layout.parts[i]);
  }
  out.suffix = layout.suffix;
  return out;
}

// ---- numbers --------------------------------------------------------------

bool UsesDecimalComma(std::string_view lang) {
  const std::string primary = LowerAscii(lang.substr(0, lang.find_first_of("-_")));
  for (std::string_view comma :
       {"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "cs", "sk", "da", "nb", "no",
        "nn", "sv", "fi", "tr", "uk", "ro", "hu", "bg", "hr", "el", "id", "vi"}) {
    if (primary == comma) return true;
  }
  return false;
}

// The thousands separator an example number shows ("100.000", "85,000",
// "100 000", "1'000"), "" when it shows none.
std::string GroupingShownIn(std::string_view text) {
  // The groups are bounded: libstdc++'s matcher recurses per character matched
  // (GCC bug 86164), and a page's hint text "1,000,000,..." of 200 KB overflowed
  // the stack. Seven groups reach 10^18; a longer run still shows its separator
  // in its first seven.
  static const std::regex kGrouped(
      R"((^|[^\d.,])\d{1,3}(\.|,|'|’| |\xC2\xA0|\xE2\x80\xAF)\d{3}(?:\2\d{3}){0,5}(?![\d]))");
  std::string subject(text);
  std::smatch m;
  if (!std::regex_search(subject, m, kGrouped)) return {};
  return m[2].str();
}

bool DigitsOnlyPattern(std::string_view pattern) {
  auto groups = PatternGroups(pattern);
  if (groups && groups->widths.size() == 1) return true;
  static const std::regex kDigitsRepeated(R"(^\^?(\\d|\[0-9\])[*+]\$?$)");
  return std::regex_match(std::string(pattern), kDigitsRepeated);
}

std::string PlainNumber(double value, char decimal) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.2f", value);
  std::string text = buffer;
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) text.pop_back();
  if (decimal != '.') std::replace(text.begin(), text.end(), '.', decimal);
  return text;
}

std::string Grouped(const std::string& plain, std::string_view separator, char decimal) {
  const std::size_t point = plain.find(decimal);
  std::string whole = plain.substr(0, point);
  const std::string rest = point == std::string::npos ? "" : plain.substr(point);
  const bool negative = !whole.empty() && whole[0] == '-';
  if (negative) whole.erase(0, 1);
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += separator;
    out += whole[i];
  }
  return (negative ? "-" : "") + out + rest;
}

// The field's own words: label, placeholder, hint and context.
std::string FieldWords(const Field& field) {
  return field.label + " | " + field.placeholder + " | " + field.hint + " | " + field.context;
}

// ---- phones ---------------------------------------------------------------

bool SaysNational(const Field& field) {
  const std::string norm = NormalizeText(FieldWords(field) + " " + field.validation_message);
  return ContainsAnyWord(norm, {"without country code",
                                "without the country code",
                                "without area code prefix",
                                "excluding country code",
                                "no country code",
                                "ohne landervorwahl",
                                "ohne vorwahl",
                                "sans indicatif",
                                "sin prefijo",
                                "sin codigo de pais",
                                "senza prefisso",
                                "zonder landcode",
                                "sem codigo do pais",
                                "без кода страны",
                                "国番号なし",
                                "国番号不要",
                                "国番号は不要",
                                "国番号を除",
                                "不含国家代码",
                                "不含国际区号",
                                "국가번호 제외",
                                "국가번호 없이",
                                "بدون رمز الدولة",
                                "دون رمز الدولة",
                                "بدون مفتاح الدولة",
                                "بدون رمز البلد",
                                "بدون المفتاح الدولي"});
}

// The count of digits the site's words ask a phone number to have ("Enter a
// 10-digit phone number", "must be 10 digits", "10-stellig"), as forms of one
// country's numbers say when they take the national number alone (US forms' ten
// digits, Indian forms' ten-digit mobile). 0 when the words name no count.
std::size_t DigitCountAsked(const Field& field) {
  static const std::regex kCount(
      R"((^| )(\d{1,2}) (digit|digits|numbers|stellig|stellige|stelligen|chiffres|digitos|cifras|cifre|cijfers)( |$))");
  const std::string norm = NormalizeText(FieldWords(field) + " | " + field.validation_message);
  std::smatch match;
  if (!std::regex_search(norm, match, kCount)) return 0;
  return static_cast<std::size_t>(std::stoi(match[2].str()));
}

bool SaysInternational(const Field& field) {
  const std::string norm = NormalizeText(FieldWords(field) + " " + field.validation_message);
  if (SaysNational(field)) return false;
  return ContainsAnyWord(norm, {"country code",
                                "international format",
                                "international number",
                                "including country code",
                                "with country code",
                                "landervorwahl",
                                "internationalen format",
                                "indicatif",
                                "format international",
                                "codigo de pais",
                                "prefijo internacional",
                                "prefisso internazionale",
                                "formato internazionale",
                                "landcode",
                                "internationaal",
                                "codigo do pais",
                                "e 164",
                                "e164",
                                "с кодом страны",
                                "国番号から",
                                "国番号を含",
                                "国番号付き",
                                "国際電話番号",
                                "国际区号",
                                "含国家代码",
                                "국가번호 포함",
                                "국가번호부터"});
}

// The placeholder without a leading "e.g." / "z.B." / "ex." word, its Persian or
// Arabic-Indic digits ("۰۹۱۲۳۴۵۶۷۸۹", as Iranian forms show an example mobile)
// read as 0-9.
std::string PlaceholderExample(std::string_view placeholder) {
  std::string text = Trim(knowledge::WithAsciiDigits(placeholder));
  const std::size_t start = text.find_first_of("+(0123456789_#");
  if (start == std::string::npos) return {};
  return text.substr(start);
}

// A format template in the site's own words ("Phone format: (###) ###-####",
// "Format: XXX-XXX-XXXX"): the first run of slots ('#', '_' or 'X') and phone
// punctuation that holds at least a short number's slots, 'X' written as '#'.
// Digits are no slots here: a sentence's numbers are no template.
std::string SlotTemplateIn(std::string_view words) {
  constexpr std::size_t kFewestSlots = 7;
  auto slot = [](char c) { return c == '#' || c == '_' || c == 'X'; };
  auto punctuation = [](char c) {
    return c == ' ' || c == '(' || c == ')' || c == '-' || c == '.' || c == '/' || c == '+';
  };
  for (std::size_t start = 0; start < words.size(); ++start) {
    if (!slot(words[start]) && words[start] != '(' && words[start] != '+') continue;
    // A slot letter inside a word ("XXL", "Xbox") starts no template.
    if (start > 0 && std::isalnum(static_cast<unsigned char>(words[start - 1])) != 0) continue;
    std::size_t end = start;
    std::size_t slots = 0;
    while (end < words.size() && (slot(words[end]) || punctuation(words[end]))) {
      slots += slot(words[end]) ? 1 : 0;
      ++end;
    }
    const bool whole_word =
        end == words.size() || std::isalnum(static_cast<unsigned char>(words[end])) == 0;
    if (slots >= kFewestSlots && whole_word) {
      std::string found = Trim(words.substr(start, end - start));
      std::replace(found.begin(), found.end(), 'X', '#');
      return found;
    }
    start = end;
  }
  return {};
}

// The country a page is written for, from its language tag's region ("en-US" ->
// "US", "zh-Hant-TW" -> "TW"), upper-cased; empty when the tag names none. The
// region is the first two-letter subtag after the language: a four-letter one
// before it is a script, a numeric one ("es-419") an area wider than a country.
std::string RegionOf(std::string_view lang) {
  std::size_t start = lang.find_first_of("-_");
  while (start != std::string_view::npos) {
    const std::size_t end = lang.find_first_of("-_", start + 1);
    const std::string_view subtag = lang.substr(
        start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1);
    const bool letters = std::all_of(subtag.begin(), subtag.end(),
                                     [](unsigned char c) { return std::isalpha(c) != 0; });
    if (subtag.size() == 2 && letters) {
      std::string region(subtag);
      std::transform(region.begin(), region.end(), region.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      return region;
    }
    if (subtag.size() != 4 || !letters) return {};
    start = end;
  }
  return {};
}

// A mask such as "(555) 555-5555" or "+49 ___ _______": digit slots and phone
// punctuation only. Returns the number of slots, 0 when it is not a mask.
std::size_t MaskSlots(std::string_view mask) {
  std::size_t slots = 0;
  for (char c : mask) {
    if (IsDigit(c) || c == '_' || c == '#') {
      ++slots;
    } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.' && c != '/' && c != '+') {
      return 0;
    }
  }
  return slots;
}

std::string FillMask(std::string_view mask, std::string_view digits) {
  std::string out;
  std::size_t next = 0;
  for (char c : mask) {
    if (IsDigit(c) || c == '_' || c == '#') {
      out += digits[next++];
    } else {
      out += c;
    }
  }
  return out;
}

// Whether an international mask ("+1 (555) 555-5555", "+7 (900) 000-00-00")
// groups numbers of country code `code`: the digits right after its "+" are the
// code; a mask with no digits there ("+__ ___") names no country and fits any,
// as does a national mask.
// Whether a national example number (its digits) is written the way `country`
// writes its numbers: a trunk 0 where that country dials one and none where it
// does not, and about as many digits as our national number.
bool NationalExampleFits(std::string_view example_digits, std::string_view national_digits,
                         std::string_view country) {
  if (example_digits.empty() || national_digits.empty()) return true;
  if (!country.empty() && (example_digits.front() == '0') != knowledge::UsesTrunkZero(country)) {
    return false;
  }
  const auto difference =
      static_cast<long>(example_digits.size()) - static_cast<long>(national_digits.size());
  return difference >= -1 && difference <= 1;
}

// The dialling code drawn fixed beside a phone box ("+30", "(+44)": Bootstrap's
// input-group-text, MUI's InputAdornment, Ant Design's addonBefore), as the
// hint holds it: one of its " | " parts that is nothing but the code. Its
// digits, or "" when the hint shows none.
std::string FixedDialCodeBeside(std::string_view hint) {
  static const std::regex kCode(R"(^\(?\+(\d{1,4})\)?$)");
  for (const std::string_view joined : perception::JoinedParts(hint)) {
    const std::string part = Trim(joined);
    std::smatch match;
    if (std::regex_match(part, match, kCode)) return match[1].str();
  }
  return "";
}

bool MaskIsForCode(std::string_view mask, std::string_view code) {
  if (!mask.starts_with("+")) return true;
  std::string lead;
  for (std::size_t i = 1; i < mask.size() && IsDigit(mask[i]); ++i) lead += mask[i];
  if (lead.empty()) return true;
  if (code.empty()) return false;
  // "+4930..." written without a space: the code is some prefix of the run.
  return lead.size() <= 3 ? lead == code : lead.starts_with(code);
}

// A Solar Hijri example date in the text, written year first as Iran and
// Afghanistan write dates ("۱۴۰۵/۱۰/۰۱", "1370-01-31"): a year of 1300-1499, which
// no Gregorian date a form asks for has.
std::optional<DateLayout> SolarHijriExampleIn(std::string_view text) {
  static const std::regex kExample(R"((^|[^\d])(1[34]\d\d)([./-])(\d{1,2})\3(\d{1,2})(?!\d))");
  const std::string subject = knowledge::WithAsciiDigits(text);
  std::smatch m;
  if (!std::regex_search(subject, m, kExample)) return std::nullopt;
  const int month = std::stoi(m[4].str());
  const int day = std::stoi(m[5].str());
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const std::string separator = m[3].str();
  return DateLayout{{"YYYY", m[4].length() == 2 ? "MM" : "M", m[5].length() == 2 ? "DD" : "D"},
                    {separator, separator},
                    ""};
}

// Whether the words name the Solar Hijri calendar: "شمسی" ("solar", as Iranian
// forms say of a date: "تاریخ شمسی", "هجری شمسی"), "jalali" or "shamsi".
bool NamesSolarHijri(std::string_view words) {
  const std::string text = knowledge::NormalizeText(words);
  return knowledge::HasPhrase(text, "شمسی") || knowledge::HasPhrase(text, "jalali") ||
         knowledge::HasPhrase(text, "shamsi");
}

// The layout of a date a text box asks in the Solar Hijri calendar: an example
// date of that calendar in its placeholder, hint, context, validation message or
// label, else YYYY/MM/DD where those words name the calendar. `source` names the
// signal.
std::optional<DateLayout> SolarHijriLayoutOf(const Field& field, std::string* source) {
  const std::pair<std::string_view, std::string_view> signals[] = {
      {"placeholder", field.placeholder},
      {"hint", field.hint},
      {"context", field.context},
      {"the site's message", field.validation_message},
      {"label", field.label}};
  for (const auto& [what, text] : signals) {
    if (auto layout = SolarHijriExampleIn(text)) {
      *source = std::string(what) + " " + Quoted(text);
      return layout;
    }
  }
  for (const auto& [what, text] : signals) {
    if (NamesSolarHijri(text)) {
      *source = std::string(what) + " " + Quoted(text);
      return DateLayout{{"YYYY", "MM", "DD"}, {"/", "/"}, ""};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string DateLayout::ToString() const {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += separators[i - 1];
    text += parts[i];
  }
  return text + suffix;
}

std::string LanguageOf(const Field& field) {
  std::string lang = field.lang.substr(0, field.lang.find_first_of("-_"));
  std::transform(lang.begin(), lang.end(), lang.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lang;
}

std::optional<DateLayout> ParseDateLayout(std::string_view text, std::string_view lang) {
  const std::string ascii = knowledge::WithAsciiDigits(text);
  if (auto layout = TemplateIn(DateShape(ascii))) return layout;
  return ExampleIn(ascii, lang);
}

std::optional<DateLayout> DateLayoutOf(const Field& field, std::string* source) {
  auto found = [&](std::optional<DateLayout> layout, std::string what) {
    if (layout && source != nullptr) *source = std::move(what);
    return layout;
  };
  if (auto layout = ParseDateLayout(field.placeholder, field.lang)) {
    return found(layout, "placeholder " + Quoted(field.placeholder));
  }
  if (auto layout = LayoutOfPattern(field.pattern, field.lang)) {
    return found(layout, "pattern " + Quoted(field.pattern));
  }
  if (auto layout = ParseDateLayout(field.hint, field.lang)) {
    return found(layout, "hint " + Quoted(field.hint));
  }
  if (auto layout = ParseDateLayout(field.context, field.lang)) {
    return found(layout, "context " + Quoted(field.context));
  }
  if (auto layout = ParseDateLayout(field.validation_message, field.lang)) {
    return found(layout, "the site's message " + Quoted(field.validation_message));
  }
  if (auto layout = TemplateIn(DateShape(field.label))) {
    return found(layout, "label " + Quoted(field.label));
  }
  if (auto locale = LocaleDateOf(field.lang)) {
    return found(LayoutIn(locale->order, locale->separator),
                 "the page's language (" + field.lang + ")");
  }
  return std::nullopt;
}

namespace {

Formatted YearOf(const CalendarDate& date, std::string how) {
  Formatted year;
  year.text = std::to_string(date.year);
  year.how = std::move(how);
  return year;
}

}  // namespace

FormatResult FormatDate(const Field& field, std::string_view date) {
  const auto parsed = ParseCalendarDate(date);
  if (field.kind == ControlKind::kDate) {
    const bool month_box = field.html_type == "month";
    if (!parsed || parsed->month == 0) {
      return std::unexpected(Quoted(date) + " is not a " + (month_box ? "month" : "date") +
                             " the date picker can take");
    }
    DateLayout iso = month_box ? DateLayout{{"YYYY", "MM"}, {"-"}, ""}
                               : DateLayout{{"YYYY", "MM", "DD"}, {"-", "-"}, ""};
    return Formatted{*Render(iso, *parsed), "date as " + iso.ToString() +
                                                " (type=" + (month_box ? "month" : "date") + ")"};
  }
  // A number box holds a year ("Graduation year", "Anno di conseguimento"), never a date.
  if (field.kind == ControlKind::kNumber) {
    if (!parsed) return std::unexpected(Quoted(date) + " is not a year for a number box");
    return YearOf(*parsed, "the year (a number box)");
  }
  std::string source;
  if (const auto solar_layout = SolarHijriLayoutOf(field, &source)) {
    const auto solar = parsed ? ToSolarHijri(*parsed) : std::nullopt;
    if (!solar) {
      return std::unexpected("the field asks for a Solar Hijri date as " +
                             solar_layout->ToString() + " (" + source + ") but the fact is " +
                             Quoted(date));
    }
    return Formatted{*Render(*solar_layout, *solar),
                     "Solar Hijri date as " + solar_layout->ToString() + " (" + source + ")"};
  }
  const auto layout = DateLayoutOf(field, &source);
  const bool from_language = source.starts_with("the page's language");
  // A bare year for a box that shows no date format of its own stays a year: the
  // language's date order is a guess, and a year is what such a box most often asks.
  if (from_language && parsed && parsed->month == 0) {
    return YearOf(*parsed, "as written (a year)");
  }
  if (!layout) return Formatted{std::string(date), "as written (the field shows no date format)"};
  // Likewise a month stays a month (a month picker that shows no format): a day
  // the box never asked for would be made up, and a picker drops it.
  // The language's order is a guess: the same date in ISO 8601 ("2021-03",
  // "2025-09-01"), the format Arco Design's, Ant Design's and Element's pickers
  // take by default, is the other form a box that drops the guess may take.
  const auto with_iso = [&](Formatted formatted, const DateLayout& guessed) {
    if (!from_language) return formatted;
    DateLayout iso{{"YYYY", "MM", "DD"}, {"-", "-"}, ""};
    if (guessed.parts.size() == 2) iso = DateLayout{{"YYYY", "MM"}, {"-"}, ""};
    if (auto written = Render(iso, *parsed); written && *written != formatted.text) {
      formatted.other_forms.push_back(*written);
    }
    return formatted;
  };
  if (from_language && parsed && parsed->month != 0 && parsed->day == 0) {
    const DateLayout month = WithoutDay(*layout);
    return with_iso(
        Formatted{*Render(month, *parsed), "a month as " + month.ToString() + " (" + source + ")"},
        month);
  }
  if (!parsed) {
    // A start date of "immediately" in a box that shows no format of its own.
    if (from_language) return Formatted{std::string(date), "as written (not a date)"};
    return std::unexpected("the field asks for a date as " + layout->ToString() + " (" + source +
                           ") but the fact is " + Quoted(date));
  }
  auto text = Render(*layout, *parsed);
  if (!text) {
    return std::unexpected(Quoted(date) + " has no month for a date as " + layout->ToString() +
                           " (" + source + ")");
  }
  return with_iso(Formatted{*text, "date as " + layout->ToString() + " (" + source + ")"}, *layout);
}

bool ShowsTheTypedDate(const Field& field, std::string_view typed, std::string_view shown) {
  const auto date = ParseWordedDate(shown);
  if (!date) return false;
  std::string source;
  const auto layout = DateLayoutOf(field, &source);
  if (!layout) return false;
  const auto written = Render(*layout, *date);
  return written && *written == Trim(typed);
}

namespace {

// Whether the site's words ask for digits alone ("numbers only", "仅数字",
// "半角数字", "nur Ziffern"), in the languages the engine reads.
bool SaysDigitsOnly(std::string_view words) {
  if (words.empty()) return false;
  const std::string text = " " + knowledge::NormalizeText(words) + " ";
  static constexpr std::string_view kPhrases[] = {
      " digits only ",      " only digits ",    " numbers only ",   " only numbers ",
      " numeric only ",     " nur ziffern ",    " nur zahlen ",     " chiffres uniquement ",
      " que des chiffres ", " solo numeros ",   " solo digitos ",   " solo numeri ",
      " solo cifre ",       " alleen cijfers ", " apenas numeros ", " somente numeros ",
      " tylko cyfry ",      " только цифры ",   " sadece rakam ",   "仅数字",
      "只能输入数字",       "纯数字",           "数字のみ",         "半角数字のみ",
      "ハイフンなし",       "숫자만",           " أرقام فقط ",      " ارقام فقط ",
      " الأرقام فقط "};
  for (std::string_view phrase : kPhrases) {
    if (text.find(phrase) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

FormatResult FormatPhone(const Field& field, std::string_view number, std::string_view country_code,
                         std::string_view country, const PhoneContext& context) {
  const std::string written = Trim(number);
  const std::string all_digits = Digits(written);
  if (all_digits.size() < 4) return std::unexpected(Quoted(number) + " is not a phone number");
  const bool has_plus = written.starts_with("+") || written.starts_with("00");
  std::string code = Digits(country_code);
  if (code.empty() && !country.empty()) code = std::string(knowledge::DialCodeOf(country));

  // The national significant number (no country code, no trunk 0) and the way the
  // person wrote the national part, spacing kept.
  std::string significant;
  std::string national_written;
  const std::string with_code_digits =
      written.starts_with("00") ? all_digits.substr(2) : all_digits;
  if (has_plus) {
    if (!code.empty() && with_code_digits.starts_with(code)) {
      significant = with_code_digits.substr(code.size());
      // Skip the code's digits in the written text to keep the person's spacing.
      std::size_t seen = 0, i = 0;
      const std::size_t skip = code.size() + (written.starts_with("00") ? 2 : 0);
      while (i < written.size() && seen < skip) seen += IsDigit(written[i++]) ? 1 : 0;
      national_written = Trim(written.substr(i));
      while (!national_written.empty() &&
             (national_written[0] == '-' || national_written[0] == '.')) {
        national_written = Trim(national_written.substr(1));
      }
    }
  } else {
    significant = all_digits;
    national_written = written;
    if (!significant.empty() && significant[0] == '0' && !country.empty() &&
        knowledge::UsesTrunkZero(country)) {
      significant.erase(0, 1);
    }
  }
  const bool trunk = !country.empty() && knowledge::UsesTrunkZero(country);
  std::string national_digits = significant.empty() ? "" : (trunk ? "0" : "") + significant;
  if (has_plus && !significant.empty() && trunk && !national_written.starts_with("0")) {
    national_written = "0" + national_written;
  }
  std::string international_written;
  if (has_plus && !written.starts_with("00")) {
    international_written = written;
  } else if (!code.empty() && !significant.empty()) {
    std::string rest = national_written;
    if (trunk && rest.starts_with("0")) rest = Trim(rest.substr(1));
    international_written = "+" + code + " " + rest;
  }
  const std::string international_digits = international_written.empty() ? "" : code + significant;

  // Which form the field wants. The placeholder's example first; a template the
  // site words for it (a hint under the box, the message it refused a value with)
  // when the box shows none.
  std::string example = PlaceholderExample(field.placeholder);
  for (const std::string* words : {&field.hint, &field.context, &field.validation_message}) {
    if (!example.empty()) break;
    example = SlotTemplateIn(*words);
  }
  const std::size_t example_digits = Digits(example).size();
  // A national example ("06 12345678", "070-123 45 67", "(555) 555-5555") shows
  // how the site's own country writes numbers: the national form only for a number
  // of a country written that way, never a foreign number stripped of its code.
  const bool international_example = example.starts_with("+") || example.starts_with("00");
  const bool national_example_fits =
      !international_example && NationalExampleFits(Digits(example), national_digits, country);
  const bool pattern_allows_plus =
      field.pattern.empty() || field.pattern.find('+') != std::string::npos;
  const bool pattern_requires_plus =
      field.pattern.starts_with("\\+") || field.pattern.starts_with("^\\+") ||
      field.pattern.starts_with("[+]") || field.pattern.starts_with("^[+]");
  // A code drawn fixed beside the box with no picker to change it: the box
  // takes that country's national number, and one of another country stripped
  // of its code would be read as a number of that country.
  const std::string fixed_code =
      context.country_code_elsewhere ? "" : FixedDialCodeBeside(field.hint);
  if (!fixed_code.empty() && fixed_code != code) {
    return std::unexpected("the box is for +" + fixed_code +
                           " numbers (the code is drawn fixed beside it), and " + Quoted(number) +
                           " is a number of another country");
  }
  enum class Form { kNational, kInternational, kAsWritten };
  Form form = Form::kAsWritten;
  std::string why = "as written";
  // The box starts with the dialling code by itself ("+55"): it takes the whole
  // international number and sets its flag picker from the code typed
  // (react-phone-input-2, intl-tel-input without a separate code).
  const std::string shown = Trim(field.value);
  const bool holds_dial_code =
      shown.size() >= 2 && shown.size() <= 5 && shown.starts_with("+") &&
      std::all_of(shown.begin() + 1, shown.end(), [](char c) { return IsDigit(c); });
  if (holds_dial_code && !international_written.empty()) {
    form = Form::kInternational;
    why = "international (the box starts with the dialling code " + Quoted(shown) + ")";
  } else if (context.country_code_elsewhere) {
    form = Form::kNational;
    why = "national (the page has its own country-code picker)";
  } else if (!fixed_code.empty()) {
    form = Form::kNational;
    why = "national (+" + fixed_code + " is drawn beside the box)";
  } else if (field.autocomplete.find("tel-national") != std::string::npos) {
    form = Form::kNational;
    why = "national (autocomplete=tel-national)";
  } else if (SaysNational(field)) {
    form = Form::kNational;
    why = "national (the field says without country code)";
  } else if (const std::size_t asked = DigitCountAsked(field);
             asked > 0 && asked != all_digits.size() && !significant.empty() &&
             (asked == national_digits.size() || asked == significant.size())) {
    form = Form::kNational;
    why = "national (the field asks for " + std::to_string(asked) + " digits)";
    // The count leaves out the trunk 0 (India's ten-digit mobile numbers).
    if (asked != national_digits.size()) {
      national_digits = significant;
      if (national_written.starts_with("0")) national_written = Trim(national_written.substr(1));
    }
  } else if (pattern_requires_plus || example.starts_with("+") || example.starts_with("00")) {
    form = Form::kInternational;
    why = pattern_requires_plus ? "international (pattern " + Quoted(field.pattern) + ")"
                                : "international (placeholder " + Quoted(field.placeholder) + ")";
  } else if (SaysInternational(field)) {
    form = Form::kInternational;
    why = "international (the field asks for the country code)";
  } else if (example_digits >= 6 && national_example_fits) {
    form = Form::kNational;
    why = "national (placeholder " + Quoted(field.placeholder) + ")";
  } else if (!pattern_allows_plus) {
    form = Form::kNational;
    why = "national (pattern " + Quoted(field.pattern) + " has no room for +)";
  } else if (field.max_length > 0 && has_plus &&
             static_cast<int>(written.size()) > field.max_length) {
    form = Form::kNational;
    why = "national (maxlength " + std::to_string(field.max_length) + ")";
  }

  std::string text;
  std::string digits_of_text;
  switch (form) {
    case Form::kNational:
      if (national_written.empty()) {
        return std::unexpected("the field wants the number without its country code, and " +
                               Quoted(number) + " does not say which country code it has");
      }
      // A box shaped for the site's own country's numbers (an 11-digit mobile mask)
      // with no picker for another code: a foreign number stripped of its code
      // would be read as a number of that country.
      if (!context.country_code_elsewhere && example_digits >= 6 && !international_example &&
          !national_example_fits) {
        return std::unexpected("the field takes a number written the site's way (" +
                               Quoted(field.placeholder) + ") without a country code, and " +
                               Quoted(number) + " is a number of another country");
      }
      text = national_written;
      digits_of_text = national_digits;
      break;
    case Form::kInternational:
      if (international_written.empty()) {
        return std::unexpected(
            "the field wants the number with its country code, and the "
            "profile gives none for " +
            Quoted(number));
      }
      text = international_written;
      digits_of_text = international_digits;
      break;
    case Form::kAsWritten:
      text = written;
      digits_of_text = all_digits;
      break;
  }

  // The shape: a placeholder mask with exactly our digits (a national mask takes
  // the national number when the field said nothing else), else digits only when
  // the field takes digits only.
  // "+7 (900) 000-00-00" shows how Russian numbers are grouped: a +1 number of as
  // many digits poured into it reads "+1 (415) 555-01-42", which no one writes.
  const std::size_t slots = MaskIsForCode(example, code) ? MaskSlots(example) : 0;
  if (slots > 0) {
    const bool international_mask = example.starts_with("+");
    if (form == Form::kAsWritten && !international_mask && slots == national_digits.size() &&
        national_example_fits) {
      return Formatted{FillMask(example, national_digits), "national, shaped like the placeholder"};
    }
    // A national mask never takes a number written with its country code: the
    // code's digits would read as the start of the national number.
    const bool code_in_national_mask = !international_mask && form == Form::kAsWritten && has_plus;
    if (slots == digits_of_text.size() && !code_in_national_mask &&
        (international_mask == (form == Form::kInternational))) {
      return Formatted{FillMask(example, digits_of_text), why + ", shaped like the placeholder"};
    }
  }
  const bool digits_only = DigitsOnlyPattern(field.pattern) || field.input_mode == "numeric" ||
                           field.kind == ControlKind::kNumber ||
                           SaysDigitsOnly(field.validation_message) || SaysDigitsOnly(field.hint) ||
                           SaysDigitsOnly(field.context) || SaysDigitsOnly(field.label);
  if (digits_only) {
    // Digits alone cannot show where a country code ends: national when we can.
    if (form == Form::kAsWritten && !national_digits.empty()) {
      return Formatted{national_digits, "national, digits only"};
    }
    return Formatted{digits_of_text.empty() ? Digits(text) : digits_of_text, why + ", digits only"};
  }
  Formatted formatted{text, why};
  // Nothing decided the form, and the number is of the page's own country: a box
  // with an input mask for national numbers (jquery.maskedinput's "(999)
  // 999-9999" on US forms) shows it only once typed into, and reads the "+1" as
  // the first digits. Another country's number without its code is never offered:
  // it would read as a number of the page's country.
  if (form == Form::kAsWritten && has_plus && !national_written.empty() &&
      national_written != text && !country.empty() && RegionOf(field.lang) == country) {
    formatted.other_forms.push_back(national_written);
  }
  if (form == Form::kNational && context.country_code_elsewhere) {
    formatted.international = international_written;
  }
  return formatted;
}

bool TakesNumber(const Field& field) {
  if (field.kind == ControlKind::kNumber || field.html_type == "number") return true;
  if (field.input_mode == "numeric" || field.input_mode == "decimal") return true;
  if (!field.pattern.empty() && DigitsOnlyPattern(field.pattern)) return true;
  // The note may be read as part of the question when the page draws it inside
  // the caption's block ("Salary? Numbers only, e.g. 95000").
  if (SaysDigitsOnly(field.hint) || SaysDigitsOnly(field.label)) return true;
  static const std::regex kNumberExample(R"(^[$€£]?\s?\d[\d.,' ]*(\s?[$€£])?$)");
  const std::string example = Trim(PlaceholderExample(field.placeholder));
  // An example amount is short; a page's longer placeholder is no example, and
  // matching it could overflow the stack as in GroupingShownIn.
  constexpr std::size_t kLongestExample = 64;
  if (!example.empty() && example.size() <= kLongestExample &&
      std::regex_match(example, kNumberExample)) {
    return true;
  }
  if (field.validation_message.empty()) return false;
  // Word stems, matched anywhere in the site's message: "zahl" is in "ganzzahligen".
  const std::string message = NormalizeText(field.validation_message);
  static constexpr std::string_view kStems[] = {
      "number", "numeric", "digit",   "whole", "amount", "zahl",  "ziffer",  "betrag",
      "nombre", "chiffre", "montant", "numer", "cifra",  "cifre", "importe", "importo",
      "getal",  "cijfer",  "bedrag",  "liczb", "kwot",   "cyfr",  "числ",    "цифр",
      "сумм",   "数字",    "数値",    "数值",  "金額",   "金额",  "숫자",    "금액"};
  return std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view stem) {
    return message.find(stem) != std::string::npos;
  });
}

FormatResult FormatNumber(const Field& field, double value) {
  const bool number_box = field.kind == ControlKind::kNumber || field.html_type == "number";
  std::string grouping = GroupingShownIn(field.placeholder);
  if (grouping.empty()) grouping = GroupingShownIn(field.hint);
  if (grouping.empty()) grouping = GroupingShownIn(field.context);
  // A numeric keypad alone does not forbid the grouping the field's own example shows.
  const bool digits_only = DigitsOnlyPattern(field.pattern) || SaysDigitsOnly(field.hint) ||
                           (field.input_mode == "numeric" && grouping.empty());
  if (number_box || digits_only) {
    if (digits_only && std::floor(value) != value) {
      return std::unexpected("the field takes whole numbers only, and the fact is " +
                             PlainNumber(value, '.'));
    }
    return Formatted{PlainNumber(value, '.'),
                     number_box ? "number (type=number)" : "number (digits only)"};
  }
  const bool comma = UsesDecimalComma(field.lang);
  const char decimal = comma ? ',' : '.';
  std::string text = PlainNumber(value, decimal);
  std::string how =
      comma ? "number with a decimal comma (the page's language, " + field.lang + ")" : "number";
  if (!grouping.empty() && std::fabs(value) >= 1000) {
    // The example's own separator wins over the language: a German page that
    // shows "100,000" groups with commas, and then its decimal mark is a point.
    const char example_decimal = grouping == "," ? '.' : grouping == "." ? ',' : decimal;
    text = Grouped(PlainNumber(value, example_decimal), grouping, example_decimal);
    how = "number grouped as the field shows (" +
          Quoted(!field.placeholder.empty() ? field.placeholder
                 : !field.hint.empty()      ? field.hint
                                            : field.context) +
          ")";
  }
  return Formatted{text, how};
}

std::string CurrencyNamedBy(const Field& field) {
  const std::string words = FieldWords(field);
  if (words.find("€") != std::string::npos) return "EUR";
  if (words.find("£") != std::string::npos) return "GBP";
  if (words.find("₹") != std::string::npos) return "INR";
  if (words.find("¥") != std::string::npos || words.find("円") != std::string::npos) return "JPY";
  if (words.find("₺") != std::string::npos) return "TRY";
  if (words.find("₽") != std::string::npos) return "RUB";
  if (words.find("₪") != std::string::npos) return "ILS";
  // "원" alone is in many Korean words ("지원"); an amount shows it after "만" or in brackets.
  if (words.find("₩") != std::string::npos || words.find("만원") != std::string::npos ||
      words.find("(원") != std::string::npos || words.find("원)") != std::string::npos) {
    return "KRW";
  }
  if (words.find("₫") != std::string::npos) return "VND";
  // The Thai baht: "฿", or "บาท" ("บาท/เดือน" after the box), never the end of
  // "บทบาท" (a role).
  if (words.find("฿") != std::string::npos) return "THB";
  constexpr std::string_view kBaht = "บาท";
  constexpr std::string_view kRole = "บทบาท";  // ends with kBaht
  constexpr std::size_t kRoleLead = kRole.size() - kBaht.size();
  for (std::size_t at = words.find(kBaht); at != std::string::npos;
       at = words.find(kBaht, at + 1)) {
    const bool in_role = at >= kRoleLead && words.compare(at - kRoleLead, kRole.size(), kRole) == 0;
    if (!in_role) return "THB";
  }
  if (words.find("₴") != std::string::npos) return "UAH";
  // The Georgian lari: "₾", "GEL", "ლარი" and its cases ("ლარში", in lari).
  if (words.find("₾") != std::string::npos) return "GEL";
  // The Armenian dram: "֏", "AMD", "դրամ" and its cases ("ՀՀ դրամով", in drams).
  if (words.find("֏") != std::string::npos) return "AMD";
  if (words.find("R$") != std::string::npos) return "BRL";
  if (words.find("৳") != std::string::npos) return "BDT";
  if (words.find("元") != std::string::npos || words.find("人民币") != std::string::npos) {
    return "CNY";
  }
  const std::string norm = NormalizeText(words);
  // Not "try" nor "ron": English words first.
  static constexpr std::array<std::string_view, 28> kCodes = {
      "usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "jpy", "inr", "sek",
      "nok", "dkk", "pln", "brl", "cny", "mxn", "sgd", "hkd", "czk", "rub",
      "krw", "vnd", "huf", "aed", "idr", "ils", "thb", "myr"};
  for (std::string_view code : kCodes) {
    if (ContainsWord(norm, code)) {
      std::string upper(code);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return upper;
    }
  }
  if (ContainsAnyWord(norm, {"euro", "euros", "in euro"})) return "EUR";
  // Indian amounts are counted in lakhs (100,000 rupees) and crores.
  if (ContainsAnyWord(norm,
                      {"lakh", "lakhs", "lac", "lacs", "lpa", "crore", "crores", "लाख", "करोड"}))
    return "INR";
  if (ContainsAnyWord(norm, {"pounds sterling", "gbp"})) return "GBP";
  if (ContainsAnyWord(norm, {"franken", "francs suisses"})) return "CHF";
  // Names of money in the languages the engine reads, and their usual short forms
  // ("TL", "zł", "kr"). A krone or krona of unnamed country is "kr".
  if (ContainsAnyWord(norm, {"tl", "turk lirasi", "lira"})) return "TRY";
  if (ContainsAnyWord(norm, {"zl", "zł", "zloty", "złoty", "zlotych", "złotych", "zlote"}))
    return "PLN";
  if (ContainsAnyWord(norm, {"kr", "kroner", "kronor", "krone", "krona"})) return "kr";
  // Czech "Kč" (koruna česká), normalised without its háček.
  if (ContainsAnyWord(norm, {"kc", "korun", "koruny", "korunach", "korun ceskych"})) return "CZK";
  if (ContainsAnyWord(norm, {"dong", "vnd", "trieu dong"})) return "VND";
  if (ContainsAnyWord(norm, {"рублей", "руб", "рубли"})) return "RUB";
  // Iran's rial, and the toman (ten rials) that Iranian pages ask pay in; no
  // amount of another currency is one of them without a rate nobody gave.
  if (ContainsAnyWord(norm, {"تومان", "تومن", "ریال", "irr", "toman", "tomans"})) return "IRR";
  if (ContainsAnyWord(norm, {"افغانی", "afn"})) return "AFN";
  // Hungarian forint ("Ft", "Ft/hó"), Romanian lei, Ukrainian hryvnia ("грн").
  if (ContainsAnyWord(norm, {"ft", "forint", "forintban"})) return "HUF";
  // ("ron" only on a Romanian page: elsewhere it is as likely a name.)
  if (ContainsAnyWord(norm, {"lei", "leu"}) ||
      (field.lang.starts_with("ro") && ContainsWord(norm, "ron"))) {
    return "RON";
  }
  if (ContainsAnyWord(norm, {"грн", "гривень", "гривні", "гривня", "uah"})) return "UAH";
  // The Serbian dinar: "RSD", "dinara" / "u dinarima", in Cyrillic "динара"
  // ("din." is left out: Romanian "din" is "from").
  if (ContainsAnyWord(norm, {"rsd", "dinar", "dinara", "dinarima", "динар", "динара", "динарима"}))
    return "RSD";
  if (ContainsAnyWord(norm, {"gel", "ლარი", "ლარში", "ლარს", "ლარის", "ლარით"})) return "GEL";
  if (ContainsAnyWord(norm, {"amd", "դրամ", "դրամով", "դրամը", "դրամի", "հհ դրամ"})) return "AMD";
  // The Azerbaijani manat: its code AZN, "manat" and its cases ("manatla", in manat),
  // the sign ₼.
  if (ContainsAnyWord(norm, {"azn", "manat", "manatla", "manatin", "manatdan", "₼"}))
    return "AZN";
  // The Albanian lek: "Lekë" ("në Lekë", in lek; normalised "leke"), "lek", and its
  // code ALL, read as a code only on an Albanian page (elsewhere it is the word "all").
  if (ContainsAnyWord(norm, {"lek", "leke", "lekesh", "ne leke"}) ||
      (field.lang.starts_with("sq") && ContainsWord(norm, "all"))) {
    return "ALL";
  }
  // The Macedonian denar: "денари" / "денар" and its code MKD ("МКД" in Cyrillic);
  // "ден." is left out: "ден" is also a day.
  if (ContainsAnyWord(norm, {"mkd", "мкд", "денар", "денари", "денарите", "во денари"}))
    return "MKD";
  // The Kazakh tenge: "теңге" ("теңгемен", in tenge), "тг" and its code KZT ("₸" is read
  // with the other signs).
  if (ContainsAnyWord(norm, {"kzt", "теңге", "теңгемен", "тенге", "тг"}) ||
      words.find("₸") != std::string::npos) {
    return "KZT";
  }
  if (ContainsAnyWord(norm, {"reais"})) return "BRL";
  // Indonesian rupiah, written "Rp" before the amount ("Rp 25.000.000").
  if (ContainsAnyWord(norm, {"rupiah", "rp"})) return "IDR";
  // The Malaysian ringgit, written "RM" before the amount ("RM 5,000").
  if (ContainsAnyWord(norm, {"ringgit", "rm"})) return "MYR";
  if (ContainsAnyWord(norm, {"rupees", "rupee", "रुपये", "रुपए", "रुपया"})) return "INR";
  // The Bangladeshi taka, in Bengali also "in taka" (টাকায়, read without its nukta).
  if (ContainsAnyWord(norm, {"bdt", "taka", "টাকা", "টাকায"})) return "BDT";
  // The Israeli shekel: "ש״ח" / "ש\"ח" (normalised "שח"), "שקל", "שקלים", "NIS".
  if (ContainsAnyWord(norm, {"שח", "שקל", "שקלים", "nis", "בשח", "בשקלים"})) return "ILS";
  if (words.find('$') != std::string::npos || ContainsAnyWord(norm, {"dollars", "dollar"})) {
    return "$";
  }
  return {};
}

bool CurrencyFits(std::string_view named, std::string_view currency) {
  if (named == "$") return currency.ends_with("D") || currency == "MXN";
  if (named == "kr") {
    return currency == "SEK" || currency == "NOK" || currency == "DKK" || currency == "ISK";
  }
  return named == currency;
}

std::string CurrencyOfPayIn(std::string_view text) {
  struct Mark {
    std::string_view text;
    std::string_view currency;
  };
  // Longer marks first: "R$" is no dollar, "US$" is one.
  static constexpr std::array<Mark, 42> kMarks = {{
      {"R$", "BRL"},  {"US$", "$"},   {"$", "$"},      {"€", "EUR"},    {"£", "GBP"},
      {"₹", "INR"},   {"¥", "JPY"},   {"USD", "$"},    {"EUR", "EUR"},  {"GBP", "GBP"},
      {"CHF", "CHF"}, {"CAD", "$"},   {"AUD", "$"},    {"INR", "INR"},  {"SEK", "kr"},
      {"NOK", "kr"},  {"DKK", "kr"},  {"PLN", "PLN"},  {"JPY", "JPY"},  {"HUF", "HUF"},
      {"Ft", "HUF"},  {"RON", "RON"}, {"lei", "RON"},  {"UAH", "UAH"},  {"₴", "UAH"},
      {"грн", "UAH"}, {"MYR", "MYR"}, {"RM", "MYR"},   {"₾", "GEL"},  {"GEL", "GEL"},
      {"֏", "AMD"},   {"AMD", "AMD"}, {"Lekë", "ALL"}, {"lekë", "ALL"}, {"Lek", "ALL"},
      {"lek", "ALL"}, {"MKD", "MKD"}, {"AZN", "AZN"},  {"₼", "AZN"},  {"manat", "AZN"},
      {"₸", "KZT"},   {"KZT", "KZT"},
  }};
  auto digit_at = [&](std::size_t at) {
    return at < text.size() && text[at] >= '0' && text[at] <= '9';
  };
  auto letter_at = [&](std::size_t at) {
    return at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]));
  };
  std::set<std::string_view> shown;
  for (std::size_t at = 0; at < text.size(); ++at) {
    for (const Mark& mark : kMarks) {
      if (text.compare(at, mark.text.size(), mark.text) != 0) continue;
      const std::size_t end = at + mark.text.size();
      // A code is a word of its own ("USD", never the "EUR" of "EURO").
      const bool code = letter_at(at);
      if (code && ((at > 0 && letter_at(at - 1)) || letter_at(end))) break;
      // The number right after it ("$170,000", "EUR 60,000") or right before it
      // ("50.000 €", "60,000 USD").
      const bool after =
          digit_at(end) || (end < text.size() && text[end] == ' ' && digit_at(end + 1));
      const bool before =
          (at > 0 && digit_at(at - 1)) || (at > 1 && text[at - 1] == ' ' && digit_at(at - 2));
      if (after || before) shown.insert(mark.currency);
      at = end - 1;
      break;
    }
  }
  return shown.size() == 1 ? std::string(*shown.begin()) : std::string();
}

std::string PeriodNamedBy(const Field& field) {
  const std::string norm =
      NormalizeText(field.label + " | " + field.placeholder + " | " + field.hint);
  // A box that names several periods (a choice of them beside it) names none.
  std::vector<std::string_view> named;
  if (ContainsAnyWord(
          norm,
          {"per month", "monthly", "a month", "pro monat", "monatlich", "monatsgehalt", "par mois",
           "mensuel", "mensuelle", "al mes", "mensual", "por mes", "al mese", "mensile",
           "per maand", "maandelijks", "mensal", "miesiecznie", "na miesiac", "в месяц",
           "ежемесячно", "aylik", "thang", "hang thang", "mesicne", "mesicni", "za mesic",
           "per bulan", "bulanan", "sebulan", "חודשי", "לחודש", "בחודש", "שכר חודשי", "חודשית",
           "havi", "havonta", "pe luna", "lunar", "lunara", "на місяць", "в місяць", "щомісяця",
           "ανα μηνα", "μηνιαιωσ", "μηνιαιεσ", "μηνιαιοσ", "মাসিক", "প্রতি মাসে", "मासिक",
           "प्रति माह", "თვეში", "თვიური", "თვიურად", "ყოველთვიური", "ամսական", "ամսական կտրվածքով",
           "ne muaj", "mujore", "mujor", "per muaj", "месечна", "месечно", "месечен",
           "на месечно ниво", "ayliq", "ayda",
           // Kazakh "айына" (a month), "айлық" (monthly).
           "айына", "айлық", "ай сайын"}) ||
      // Turkish and Azerbaijani "ay" (month): "TL / ay", "AZN / ay".
      ((field.lang.starts_with("tr") || field.lang.starts_with("az")) &&
       ContainsWord(norm, "ay")) ||
      // "Ft/hó", "lei/lună", "грн/міс": the month shortened after the currency.
      (field.lang.starts_with("hu") && ContainsWord(norm, "ho")) ||
      (field.lang.starts_with("ro") && ContainsWord(norm, "luna")) ||
      (field.lang.starts_with("uk") && ContainsWord(norm, "міс")) ||
      norm.find("月給") != std::string::npos || norm.find("月薪") != std::string::npos ||
      norm.find("每月") != std::string::npos || norm.find("월급") != std::string::npos ||
      // Thai เงินเดือน (salary, literally "month money") and ต่อเดือน / รายเดือน (a month).
      norm.find("เงินเดือน") != std::string::npos || norm.find("ต่อเดือน") != std::string::npos ||
      norm.find("รายเดือน") != std::string::npos) {
    named.push_back("month");
  }
  if (ContainsAnyWord(norm, {"per hour",   "hourly",   "an hour",   "pro stunde",    "stundenlohn",
                             "par heure",  "por hora", "all ora",   "per uur",       "uurloon",
                             "za godzine", "в час",    "za hodinu", "hodinova mzda", "oraber",
                             "orankent",   "pe ora",   "на годину", "за годину",     "ανα ωρα"}) ||
      norm.find("時給") != std::string::npos || norm.find("시급") != std::string::npos) {
    named.push_back("hour");
  }
  if (ContainsAnyWord(
          norm, {"per year", "annual", "annually", "yearly", "per annum", "jahrlich",
                 "jahresgehalt", "pro jahr", "annuel", "annuelle", "par an", "anual", "al ano",
                 "por ano", "annuo", "all anno", "per jaar", "jaarsalaris", "rocznie", "в год",
                 "yillik", "rocne", "rocni", "za rok", "per tahun", "tahunan", "setahun", "שנתי",
                 "לשנה", "בשנה", "שנתית", "eves", "evi", "evente", "pe an", "на рік", "річна",
                 "річний", "ετησιεσ", "ετησιοσ", "ανα ετοσ", "বার্ষিক", "প্রতি বছরে", "वार्षिक",
                 "प्रति वर्ष", "წლიური", "წელიწადში", "տարեկան", "ne vit", "vjetore", "vjetor",
                 "per vit", "годишна", "годишно", "годишен", "на годишно ниво", "illik",
                 // Kazakh "жылына" (a year), "жылдық" (annual).
                 "жылына", "жылдық"}) ||
      (field.lang.starts_with("hu") && ContainsWord(norm, "ev")) ||
      norm.find("年収") != std::string::npos || norm.find("年薪") != std::string::npos ||
      norm.find("연봉") != std::string::npos || norm.find("ต่อปี") != std::string::npos ||
      norm.find("รายปี") != std::string::npos) {
    named.push_back("year");
  }
  return named.size() == 1 ? std::string(named.front()) : std::string();
}

FormatResult FormatAmount(const Field& field, double value, std::string_view currency,
                          std::string_view period) {
  const std::string per = PeriodNamedBy(field);
  if (!per.empty() && !period.empty() && per != period) {
    return std::unexpected("the field asks for an amount per " + per +
                           "; the profile's amount is per " + std::string(period) +
                           " (converting is not mine to decide)");
  }
  const std::string named = CurrencyNamedBy(field);
  if (!named.empty() && !currency.empty()) {
    if (!CurrencyFits(named, currency)) {
      return std::unexpected("the field asks for an amount in " +
                             (named == "$"    ? "dollars"
                              : named == "kr" ? "kroner"
                                              : named) +
                             "; the profile's amount is in " + std::string(currency) +
                             " (converting is not mine to decide)");
    }
  }
  return FormatNumber(field, value);
}

FormatResult FormatUrl(const Field& field, std::string_view url) {
  std::string text = Trim(url);
  if (text.empty()) return std::unexpected("the link is empty");
  const bool has_scheme = text.find("://") != std::string::npos;
  const std::string placeholder = NormalizeText(field.placeholder);
  const bool wants_scheme = field.kind == ControlKind::kUrl || field.html_type == "url" ||
                            field.pattern.starts_with("http") ||
                            field.pattern.starts_with("^http") || placeholder.starts_with("http");
  if (wants_scheme && !has_scheme) {
    return Formatted{"https://" + text, "link with https:// (the field takes full URLs)"};
  }
  return Formatted{text, "link as written"};
}

std::string Digits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (IsDigit(c)) digits += c;
  }
  return digits;
}

}  // namespace applier::planning
