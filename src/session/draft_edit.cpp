#include "session/draft_edit.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <sstream>

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

}  // namespace

Result<EditRequest> ParseEditRequest(const std::string& text) {
  // libstdc++'s regex matcher recurses once per character matched (GCC bug 86164):
  // a chat message of 60,000 characters overflowed the stack and ended the whole
  // service. An edit names one field and one value; 4 KiB is far more than that.
  constexpr std::size_t kMaxLength = 4096;
  if (text.size() > kMaxLength) {
    return Fail(ErrorKind::kInvalidInput, "That change is " + std::to_string(text.size()) +
                                              " characters long; I take at most " +
                                              std::to_string(kMaxLength) +
                                              ". Say it shorter, like: change salary to 150000");
  }
  static const std::regex kVerbForm(
      R"(^\s*(?:please\s+)?(?:change|set|update|make|put)\s+(?:the\s+|my\s+)?(.+?)\s+(?:to|=|as|into)\s+(.+?)\s*$)",
      std::regex::icase);
  static const std::regex kColonForm(R"(^\s*([^:=]+?)\s*[:=]\s*(.+?)\s*$)");
  std::smatch match;
  if (std::regex_match(text, match, kVerbForm) || std::regex_match(text, match, kColonForm)) {
    EditRequest edit{Trim(match[1].str()), Trim(match[2].str())};
    if (!edit.field.empty() && !edit.value.empty()) return edit;
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
