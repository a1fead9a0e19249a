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

// Contact lines separate their items with bars, bullets, middle dots or tabs:
// "Jane Doe | jane@example.com | Berlin, Germany".
std::vector<std::string> Segments(const std::string& line) {
  static const std::regex kSeparator(
      R"(\s*(?:\||\xE2\x80\xA2|\xC2\xB7|\t|\s[-\xE2\x80\x93\xE2\x80\x94]\s)\s*)");
  std::vector<std::string> segments;
  for (std::sregex_token_iterator it(line.begin(), line.end(), kSeparator, -1), end; it != end;
       ++it) {
    std::string segment = Trim(it->str());
    if (!segment.empty()) segments.push_back(std::move(segment));
  }
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

std::string FindPhone(std::string_view text) {
  static const std::regex kPhone(R"((\+?\(?\d[\d ().\-]{5,}\d))");
  static const std::regex kYearRange(R"(^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$)");
  static const std::regex kDate(R"(^\d{4}[-./]\d{1,2}([-./]\d{1,2})?$)");
  const std::string owned(text);
  for (std::sregex_iterator it(owned.begin(), owned.end(), kPhone), end; it != end; ++it) {
    std::string candidate = Trim(it->str());
    const std::size_t digits = CountDigits(candidate);
    if (digits < 7 || digits > 15) continue;
    if (std::regex_match(candidate, kYearRange) || std::regex_match(candidate, kDate)) continue;
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

bool ParseCity(const std::string& segment, std::string& city, std::string& region) {
  // "San Francisco, CA", "San Francisco, CA 94105", "Berlin, Germany".
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
  static const std::regex kEmail(
      R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})");
  if (std::smatch match; std::regex_search(text, match, kEmail)) draft.email = match.str();

  // Phones are looked for with e-mail addresses and links blanked out, whose
  // digits would otherwise look like one.
  static const std::regex kUrl(
      R"((https?://|www\.)[^\s|,;()<>]+|[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.(com|dev|io|me|net|org)/[^\s|,;()<>]*)",
      std::regex::icase);
  std::string without_links = std::regex_replace(text, kEmail, " ");
  std::vector<std::string> urls;
  for (std::sregex_iterator it(without_links.begin(), without_links.end(), kUrl), end; it != end;
       ++it) {
    urls.push_back(it->str());
  }
  without_links = std::regex_replace(without_links, kUrl, " ");
  draft.phone = FindPhone(without_links);

  static const std::regex kLinkedIn(R"(linkedin\.com/(in|pub)/[A-Za-z0-9_%\-]+)",
                                    std::regex::icase);
  static const std::regex kGitHub(R"(^(https?://)?(www\.)?github\.com/[A-Za-z0-9\-]+)",
                                  std::regex::icase);
  for (const auto& url : urls) {
    std::smatch match;
    if (std::regex_search(url, match, kLinkedIn)) {
      if (draft.links.linkedin.empty()) draft.links.linkedin = "https://www." + match.str();
    } else if (std::regex_search(url, match, kGitHub)) {
      if (draft.links.github.empty()) draft.links.github = WithScheme(match.str());
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
