#include "knowledge/resume_profile.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace applier::knowledge {
namespace {

// The contact block of a resume is its first few lines.
constexpr std::size_t kHeaderLines = 8;

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> NonEmptyLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = Trim(text.substr(start, end - start));
    // A Markdown resume puts the name in a heading: "# Jane Doe".
    if (line.starts_with('#')) {
      const auto text_at = line.find_first_not_of('#');
      line = text_at == std::string::npos ? "" : Trim(line.substr(text_at));
    }
    if (!line.empty()) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

// The resume is the person's upload, of any size: what follows reads it with
// loops, not std::regex, whose matcher recurses once per character matched (GCC
// bug 86164) — a link, an address or a run of digits of 100 kB without a space
// overflowed the stack.

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool IsDigitChar(char c) {
  return c >= '0' && c <= '9';
}

bool IsAsciiAlnum(char c) {
  return IsDigitChar(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char Lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool StartsWithNoCase(std::string_view text, std::size_t at, std::string_view prefix) {
  if (at > text.size() || text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

// The length of the dash at `at` ('-', en dash, em dash), 0 when there is none.
std::size_t DashAt(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '-') return 1;
  if (text.substr(at).starts_with("\xE2\x80\x93") || text.substr(at).starts_with("\xE2\x80\x94")) {
    return 3;
  }
  return 0;
}

// The length of the bar, bullet or middle dot at `at`, 0 when there is none.
std::size_t MarkAt(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '|') return 1;
  if (text.substr(at).starts_with("\xE2\x80\xA2")) return 3;
  if (text.substr(at).starts_with("\xC2\xB7")) return 2;
  return 0;
}

// Contact lines separate their items with bars, bullets, middle dots, tabs or a
// dash between spaces: "Jane Doe | jane@example.com | Berlin, Germany".
std::vector<std::string> Segments(const std::string& line) {
  const std::string_view text(line);
  auto spaces_end = [&](std::size_t at) {
    while (at < text.size() && IsSpace(text[at])) ++at;
    return at;
  };
  std::vector<std::string> segments;
  std::size_t start = 0;
  auto cut = [&](std::size_t end, std::size_t next) {
    std::string segment = Trim(text.substr(start, end - start));
    if (!segment.empty()) segments.push_back(std::move(segment));
    start = next;
    return next;
  };
  for (std::size_t i = 0; i < text.size();) {
    // A run of spaces (maybe none) and what follows it.
    const std::size_t run_end = spaces_end(i);
    const bool spaced = run_end > i;
    const std::size_t mark = MarkAt(text, run_end);
    const std::size_t dash = DashAt(text, run_end);
    if (mark > 0) {
      i = cut(i, spaces_end(run_end + mark));
    } else if (spaced && text[run_end - 1] == '\t') {
      i = cut(i, run_end);
    } else if (spaced && dash > 0 && run_end + dash < text.size() &&
               IsSpace(text[run_end + dash])) {
      i = cut(i, spaces_end(run_end + dash));
    } else if (std::find(text.begin() + static_cast<std::ptrdiff_t>(i),
                         text.begin() + static_cast<std::ptrdiff_t>(run_end),
                         '\t') != text.begin() + static_cast<std::ptrdiff_t>(run_end)) {
      i = cut(i, run_end);
    } else {
      i = spaced ? run_end : i + 1;
    }
  }
  cut(text.size(), text.size());
  return segments;
}

bool IsNameWord(const std::string& word) {
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word.front()))) {
    // Non-ASCII initials (É, Ł, ...) are allowed; digits and lower case are not.
    if (word.empty() || static_cast<unsigned char>(word.front()) < 0x80) return false;
  }
  return std::all_of(word.begin(), word.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return std::isalpha(byte) || byte >= 0x80 || c == '-' || c == '\'' || c == '.';
  });
}

std::string TitleCase(const std::string& word) {
  const bool all_caps = std::none_of(
      word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  if (!all_caps || word.size() <= 2) return word;
  std::string out = word;
  for (std::size_t i = 1; i < out.size(); ++i) {
    const char before = out[i - 1];
    if (before != '-' && before != '\'') {
      out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
    }
  }
  return out;
}

bool ParseName(const std::string& segment, PersonName& name) {
  static const std::array<std::string_view, 5> kNotNames = {"resume", "résumé", "curriculum", "cv",
                                                            "contact"};
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < segment.size()) {
    auto end = segment.find(' ', start);
    if (end == std::string::npos) end = segment.size();
    if (end > start) words.push_back(segment.substr(start, end - start));
    start = end + 1;
  }
  if (words.size() < 2 || words.size() > 4) return false;
  for (const auto& word : words) {
    if (!IsNameWord(word)) return false;
    std::string lower = word;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(kNotNames.begin(), kNotNames.end(), lower) != kNotNames.end()) return false;
  }
  name.first = TitleCase(words.front());
  name.last = TitleCase(words.back());
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (!name.middle.empty()) name.middle += ' ';
    name.middle += TitleCase(words[i]);
  }
  return true;
}

std::size_t CountDigits(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }));
}

// "2019 - 2024": a span of years, not a phone number.
bool IsYearRange(std::string_view text) {
  auto year = [&](std::size_t at) {
    return at + 4 <= text.size() && (text.substr(at, 2) == "19" || text.substr(at, 2) == "20") &&
           IsDigitChar(text[at + 2]) && IsDigitChar(text[at + 3]);
  };
  if (!year(0) || text.size() < 9 || !year(text.size() - 4)) return false;
  const std::string between = Trim(text.substr(4, text.size() - 8));
  return between.size() == DashAt(between, 0) && !between.empty();
}

// "2015-04-01", "2015.4": a date, not a phone number.
bool IsNumericDate(std::string_view text) {
  if (text.size() < 6 || !std::all_of(text.begin(), text.begin() + 4, IsDigitChar)) return false;
  std::size_t i = 4;
  for (int part = 0; part < 2 && i < text.size(); ++part) {
    const char separator = text[i];
    if (separator != '-' && separator != '.' && separator != '/') return false;
    std::size_t digits = 0;
    while (i + 1 + digits < text.size() && IsDigitChar(text[i + 1 + digits])) ++digits;
    if (digits < 1 || digits > 2) return false;
    i += 1 + digits;
  }
  return i == text.size();
}

bool IsPhoneChar(char c) {
  return IsDigitChar(c) || c == ' ' || c == '(' || c == ')' || c == '.' || c == '-';
}

// The first phone-shaped run: an optional '+' and '(', a digit, then at least
// five of digits, spaces, brackets, dots and dashes, ending on a digit.
std::string FindPhone(std::string_view text) {
  // Where each run of phone characters ends, and the last digit before each
  // position: every start is then judged at once, so a 100 kB run stays linear.
  std::vector<std::size_t> run_end(text.size() + 1, text.size());
  for (std::size_t i = text.size(); i-- > 0;) {
    run_end[i] = IsPhoneChar(text[i]) ? run_end[i + 1] : i;
  }
  constexpr std::size_t kNone = std::string_view::npos;
  std::vector<std::size_t> last_digit_before(text.size() + 1, kNone);
  for (std::size_t i = 1; i <= text.size(); ++i) {
    last_digit_before[i] = IsDigitChar(text[i - 1]) ? i - 1 : last_digit_before[i - 1];
  }
  for (std::size_t start = 0; start < text.size();) {
    std::size_t first_digit = start;
    if (text[first_digit] == '+') ++first_digit;
    if (first_digit < text.size() && text[first_digit] == '(') ++first_digit;
    if (first_digit >= text.size() || !IsDigitChar(text[first_digit])) {
      ++start;
      continue;
    }
    const std::size_t last = last_digit_before[run_end[first_digit]];
    if (last == kNone || last < first_digit + 6) {
      ++start;
      continue;
    }
    const std::string candidate = Trim(text.substr(start, last + 1 - start));
    start = last + 1;
    const std::size_t digits = CountDigits(candidate);
    if (digits < 7 || digits > 15) continue;
    if (IsYearRange(candidate) || IsNumericDate(candidate)) continue;
    return candidate;
  }
  return {};
}

std::string WithScheme(std::string url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) url = "https://" + url;
  while (!url.empty() && (url.back() == '/' || url.back() == '.' || url.back() == ',')) {
    url.pop_back();
  }
  return url;
}

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsLabelChar(char c) {
  return IsAsciiAlnum(c) || c == '-';
}

// Where the domain that starts at `at` ends: labels of letters, digits and
// dashes joined by dots, the last one starting with two letters or more (which
// end it: "example.com" of "example.com."), the longest such; `at` when none.
std::size_t DomainEnd(std::string_view text, std::size_t at) {
  std::size_t best = at;
  std::size_t i = at;
  bool first = true;
  while (true) {
    const std::size_t label = i;
    while (i < text.size() && IsLabelChar(text[i])) ++i;
    if (i == label) break;  // an empty label ends the domain
    if (!first) {
      std::size_t letters = label;
      while (letters < i && std::isalpha(static_cast<unsigned char>(text[letters]))) ++letters;
      if (letters - label >= 2) best = letters;
    }
    first = false;
    if (i >= text.size() || text[i] != '.') break;
    ++i;
  }
  return best;
}

// Every e-mail address in the text, left to right:
// local-part@label.label... with a last label of two letters or more.
std::vector<Span> EmailSpans(std::string_view text) {
  std::vector<Span> spans;
  std::size_t from = 0;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > from && IsEmailLocalChar(text[begin - 1])) --begin;
    if (begin == at) continue;
    const std::size_t end = DomainEnd(text, at + 1);
    if (end == at + 1) continue;
    spans.push_back({begin, end});
    from = end;
  }
  return spans;
}

bool EndsLink(char c) {
  return IsSpace(c) || c == '|' || c == ',' || c == ';' || c == '(' || c == ')' || c == '<' ||
         c == '>';
}

// Where a link starts in the word [begin, end) (a run of characters that do not
// end a link), npos when none: at "http://", "https://" or "www." with something
// after it, or at a host name of a few common top-level domains followed by '/'
// ("janedoe.dev/", "github.com/jane"). A link runs to the end of its word.
std::size_t LinkStart(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view word = text.substr(0, end);
  std::size_t start = std::string_view::npos;
  for (std::size_t i = begin; i < end && start == std::string_view::npos; ++i) {
    for (std::string_view prefix : {"https://", "http://", "www."}) {
      if (StartsWithNoCase(word, i, prefix) && i + prefix.size() < end) start = i;
    }
  }
  // A host: a run of labels and dots right before a '/'. Every start within one
  // run shares its end, so each run is judged once.
  for (std::size_t i = begin; i < end && i < start;) {
    if (!IsLabelChar(word[i]) && word[i] != '.') {
      ++i;
      continue;
    }
    std::size_t host_end = i;
    while (host_end < end && (IsLabelChar(word[host_end]) || word[host_end] == '.')) ++host_end;
    if (host_end < end && word[host_end] == '/') {
      const std::string_view host = word.substr(i, host_end - i);
      // Its labels are non-empty: it begins after the last empty one ("a..b").
      const std::size_t empty = host.rfind("..");
      std::size_t first = empty == std::string_view::npos ? 0 : empty + 2;
      if (first < host.size() && host[first] == '.') ++first;
      const std::size_t dot = host.rfind('.');
      if (dot != std::string_view::npos && dot > first && dot + 1 < host.size()) {
        std::string tld;
        for (char c : host.substr(dot + 1)) tld += Lower(c);
        if (tld == "com" || tld == "dev" || tld == "io" || tld == "me" || tld == "net" ||
            tld == "org") {
          return std::min(start, i + first);
        }
      }
    }
    i = host_end;
  }
  return start;
}

std::vector<Span> LinkSpans(std::string_view text) {
  std::vector<Span> spans;
  std::size_t i = 0;
  while (i < text.size()) {
    if (EndsLink(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !EndsLink(text[end])) ++end;
    if (const std::size_t start = LinkStart(text, i, end); start != std::string_view::npos) {
      spans.push_back({start, end});
    }
    i = end;
  }
  return spans;
}

// The text with each span replaced by a space.
std::string Blanked(std::string_view text, const std::vector<Span>& spans) {
  std::string out;
  std::size_t from = 0;
  for (const Span& span : spans) {
    out.append(text.substr(from, span.begin - from));
    out += ' ';
    from = span.end;
  }
  out.append(text.substr(from));
  return out;
}

// "linkedin.com/in/jane" (or /pub/) in the link, "" when it has none.
std::string LinkedInPath(std::string_view url) {
  for (std::size_t at = 0; at < url.size(); ++at) {
    for (std::string_view prefix : {"linkedin.com/in/", "linkedin.com/pub/"}) {
      if (!StartsWithNoCase(url, at, prefix)) continue;
      std::size_t end = at + prefix.size();
      while (end < url.size() && (IsLabelChar(url[end]) || url[end] == '_' || url[end] == '%')) {
        ++end;
      }
      if (end > at + prefix.size()) return std::string(url.substr(at, end - at));
    }
  }
  return {};
}

// "github.com/jane" with the scheme and "www." it was written with, when the
// link is one; "" otherwise.
std::string GitHubProfile(std::string_view url) {
  std::size_t at = 0;
  if (StartsWithNoCase(url, at, "https://")) {
    at += 8;
  } else if (StartsWithNoCase(url, at, "http://")) {
    at += 7;
  }
  if (StartsWithNoCase(url, at, "www.")) at += 4;
  if (!StartsWithNoCase(url, at, "github.com/")) return {};
  std::size_t end = at + 11;
  while (end < url.size() && IsLabelChar(url[end])) ++end;
  return end > at + 11 ? std::string(url.substr(0, end)) : std::string();
}

bool ParseCity(const std::string& segment, std::string& city, std::string& region) {
  // "San Francisco, CA", "San Francisco, CA 94105", "Berlin, Germany". Still
  // std::regex: every run it matches is bounded (40 characters, a postcode), so
  // its recursion stays shallow however long the segment.
  static const std::regex kCity(
      R"(^([A-Z][A-Za-z.'\- ]{1,40}),\s*([A-Z][A-Za-z.\- ]{1,40}?)(\s+\d{4,6}(-\d{4})?)?$)");
  std::smatch match;
  if (!std::regex_match(segment, match, kCity)) return false;
  city = Trim(match[1].str());
  region = Trim(match[2].str());
  return true;
}

}  // namespace

void ProfileDraft::FillEmpty(Profile& profile) const {
  auto fill = [](std::string& target, const std::string& value) {
    if (target.empty()) target = value;
  };
  if (profile.name.first.empty() && profile.name.last.empty()) {
    profile.name.first = name.first;
    profile.name.middle = name.middle;
    profile.name.last = name.last;
  }
  fill(profile.email, email);
  fill(profile.phone, phone);
  fill(profile.links.linkedin, links.linkedin);
  fill(profile.links.github, links.github);
  fill(profile.links.website, links.website);
  for (const auto& site : links.other) {
    if (std::find(profile.links.other.begin(), profile.links.other.end(), site) ==
        profile.links.other.end()) {
      profile.links.other.push_back(site);
    }
  }
  fill(profile.address.city, city);
  fill(profile.address.region, region);
}

ProfileDraft DraftProfileFromResume(std::string_view resume_text) {
  ProfileDraft draft;
  const std::vector<std::string> lines = NonEmptyLines(resume_text);
  const std::size_t header = std::min(lines.size(), kHeaderLines);

  for (std::size_t i = 0; i < header && draft.name.first.empty(); ++i) {
    for (const auto& segment : Segments(lines[i])) {
      if (ParseName(segment, draft.name)) break;
    }
  }

  const std::string text(resume_text);
  const std::vector<Span> emails = EmailSpans(text);
  if (!emails.empty()) {
    draft.email = text.substr(emails.front().begin, emails.front().end - emails.front().begin);
  }

  // Phones are looked for with e-mail addresses and links blanked out, whose
  // digits would otherwise look like one.
  std::string without_links = Blanked(text, emails);
  const std::vector<Span> links = LinkSpans(without_links);
  std::vector<std::string> urls;
  for (const Span& link : links) {
    urls.push_back(without_links.substr(link.begin, link.end - link.begin));
  }
  without_links = Blanked(without_links, links);
  draft.phone = FindPhone(without_links);

  for (const auto& url : urls) {
    if (std::string path = LinkedInPath(url); !path.empty()) {
      if (draft.links.linkedin.empty()) draft.links.linkedin = "https://www." + path;
    } else if (std::string github = GitHubProfile(url); !github.empty()) {
      if (draft.links.github.empty()) draft.links.github = WithScheme(github);
    } else if (draft.links.website.empty()) {
      draft.links.website = WithScheme(url);
    } else if (WithScheme(url) != draft.links.website) {
      draft.links.other.push_back(WithScheme(url));
    }
  }

  for (std::size_t i = 0; i < header && draft.city.empty(); ++i) {
    for (const auto& segment : Segments(lines[i])) {
      if (segment.find('@') != std::string::npos || CountDigits(segment) > 6) continue;
      if (ParseCity(segment, draft.city, draft.region)) break;
    }
  }

  if (!draft.name.first.empty()) draft.found.push_back("name");
  if (!draft.email.empty()) draft.found.push_back("email");
  if (!draft.phone.empty()) draft.found.push_back("phone");
  if (!draft.links.linkedin.empty()) draft.found.push_back("links.linkedin");
  if (!draft.links.github.empty()) draft.found.push_back("links.github");
  if (!draft.links.website.empty()) draft.found.push_back("links.website");
  if (!draft.city.empty()) draft.found.push_back("address.city");
  if (!draft.region.empty()) draft.found.push_back("address.region");
  return draft;
}

Result<ProfileDraft> DraftProfileFromUpload(std::string_view filename, std::string_view bytes,
                                            const ExtractOptions& options) {
  auto extracted = ExtractDocumentText(filename, bytes, options);
  if (!extracted) return Fail(extracted.error());
  std::string text;
  for (const auto& page : extracted->pages) {
    text += page;
    text += '\n';
  }
  return DraftProfileFromResume(text);
}

}  // namespace applier::knowledge
