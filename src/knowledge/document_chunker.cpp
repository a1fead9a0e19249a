#include "knowledge/document_chunker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace applier::knowledge {
namespace {

struct Paragraph {
  std::string heading;
  std::string text;
};

constexpr std::string_view kHeadingSeparator = " > ";
// In a run of title lines (a resume's name, title and first section), the ones
// nearest the text are the ones that describe it.
constexpr std::size_t kMaxTitleLines = 3;

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Trims the line and squeezes runs of spaces and tabs (PDF text is full of them).
std::string CleanLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool space = false;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

bool IsSmallWord(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kSmall = {
      "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"};
  return std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
}

// A short line of capitalised words without sentence punctuation: "EXPERIENCE",
// "Work History", "Skills:", "Acme Corp – Senior Engineer".
bool IsTitleLike(std::string_view line) {
  if (line.size() < 2 || line.size() > 70) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == '!' || last == '?') return false;
  if (line.starts_with("-") || line.starts_with("*") || line.starts_with("+") ||
      line.starts_with("\xE2\x80\xA2") /* • */) {
    return false;
  }
  if (line.find('@') != std::string_view::npos || line.find("://") != std::string_view::npos) {
    return false;
  }
  std::size_t words = 0;
  bool letters = false;
  std::size_t start = 0;
  while (start < line.size()) {
    auto end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view word = line.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    ++words;
    const auto first = static_cast<unsigned char>(word.front());
    if (std::isalpha(first) || first >= 0x80) letters = true;
    if (std::islower(first) && !IsSmallWord(word)) return false;
  }
  return letters && words <= 8;
}

std::string StripTitle(std::string_view title) {
  std::string clean = CleanLine(title);
  while (!clean.empty() && (clean.back() == ':' || clean.back() == '#' || clean.back() == ' ')) {
    clean.pop_back();
  }
  return clean;
}

class ParagraphCollector {
 public:
  void Add(std::string line) { lines_.push_back(std::move(line)); }
  bool Empty() const { return lines_.empty(); }
  std::size_t Size() const { return lines_.size(); }
  std::string TakeOnlyLine() {
    std::string line = std::move(lines_.front());
    lines_.clear();
    return line;
  }
  void Flush(const std::string& heading, std::vector<Paragraph>& out) {
    if (lines_.empty()) return;
    out.push_back(Paragraph{heading, Join(lines_, "\n")});
    lines_.clear();
  }

 private:
  std::vector<std::string> lines_;
};

std::vector<Paragraph> MarkdownParagraphs(std::string_view text) {
  std::vector<Paragraph> out;
  std::vector<std::pair<int, std::string>> stack;  // level, title
  auto heading = [&] {
    std::vector<std::string> titles;
    for (const auto& [level, title] : stack) titles.push_back(title);
    return Join(titles, kHeadingSeparator);
  };
  auto push_heading = [&](int level, std::string title) {
    while (!stack.empty() && stack.back().first >= level) stack.pop_back();
    if (!title.empty()) stack.emplace_back(level, std::move(title));
  };
  ParagraphCollector paragraph;
  std::string fence;  // the open code fence's marker, "" outside a fence
  for (std::string_view raw : SplitLines(text)) {
    const std::string line = CleanLine(raw);
    if (line.starts_with("```") || line.starts_with("~~~")) {
      const std::string marker = line.substr(0, 3);
      if (fence.empty()) {
        fence = marker;
      } else if (marker == fence) {
        fence.clear();
      }
      continue;
    }
    if (!fence.empty()) {
      if (!line.empty()) paragraph.Add(line);
      continue;
    }
    if (line.starts_with('#')) {
      // "#hashtag" is text: an ATX heading needs a space after its 1-6 '#'.
      const auto level = line.find_first_not_of('#');
      if (level != std::string::npos && level <= 6 && line[level] == ' ') {
        paragraph.Flush(heading(), out);
        push_heading(static_cast<int>(level), StripTitle(line.substr(level)));
        continue;
      }
    }
    const bool underline_eq = line.size() >= 2 && line.find_first_not_of('=') == std::string::npos;
    const bool underline_dash =
        line.size() >= 3 && line.find_first_not_of('-') == std::string::npos;
    if ((underline_eq || underline_dash) && paragraph.Size() == 1) {
      push_heading(underline_eq ? 1 : 2, StripTitle(paragraph.TakeOnlyLine()));
      continue;
    }
    if (line.empty() || underline_dash) {  // a blank line or a thematic break
      paragraph.Flush(heading(), out);
      continue;
    }
    paragraph.Add(line);
  }
  paragraph.Flush(heading(), out);
  return out;
}

std::vector<Paragraph> PlainParagraphs(const std::vector<std::string>& pages) {
  std::vector<Paragraph> out;
  std::vector<std::string> titles;
  bool text_since_title = false;
  ParagraphCollector paragraph;
  for (const auto& page : pages) {
    for (std::string_view raw : SplitLines(page)) {
      std::string line = CleanLine(raw);
      if (line.empty()) {
        paragraph.Flush(Join(titles, kHeadingSeparator), out);
      } else if (IsTitleLike(line)) {
        paragraph.Flush(Join(titles, kHeadingSeparator), out);
        if (text_since_title) titles.clear();
        text_since_title = false;
        titles.push_back(StripTitle(line));
        if (titles.size() > kMaxTitleLines) titles.erase(titles.begin());
      } else {
        paragraph.Add(std::move(line));
        text_since_title = true;
      }
    }
    paragraph.Flush(Join(titles, kHeadingSeparator), out);  // a paragraph ends with its page
  }
  return out;
}

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

// Cuts `text` into pieces of at most `limit` bytes: at sentence ends and line
// breaks where possible, else at spaces, else anywhere outside a UTF-8 sequence.
std::vector<std::string> SplitLong(std::string_view text, std::size_t limit) {
  std::vector<std::string> pieces;
  while (text.size() > limit) {
    std::size_t cut = std::string_view::npos;
    for (std::size_t i = limit; i > limit / 3; --i) {
      const char before = text[i - 1];
      if (text[i] == '\n' ||
          (text[i] == ' ' && (before == '.' || before == '?' || before == '!'))) {
        cut = i;
        break;
      }
    }
    if (cut == std::string_view::npos) {
      const auto space = text.rfind(' ', limit);
      if (space != std::string_view::npos && space > 0) cut = space;
    }
    if (cut == std::string_view::npos) {
      cut = limit;
      while (cut > 0 && IsContinuationByte(text[cut])) --cut;
      if (cut == 0) cut = limit;  // not UTF-8 after all; any cut will do
    }
    pieces.emplace_back(text.substr(0, cut));
    text.remove_prefix(cut);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  }
  if (!text.empty()) pieces.emplace_back(text);
  return pieces;
}

// At most `limit` bytes from the end of `text`, starting at a word.
std::string Tail(std::string_view text, std::size_t limit) {
  if (limit == 0) return {};
  std::size_t start = text.size() > limit ? text.size() - limit : 0;
  if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') {
    const auto space = text.find_first_of(" \n", start);
    if (space == std::string_view::npos) return {};
    start = space;
  }
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
  return std::string(text.substr(start));
}

}  // namespace

std::vector<TextChunk> ChunkDocument(const ExtractedText& document, const ChunkOptions& options) {
  const std::size_t target = std::max<std::size_t>(options.target_chars, 16);
  const std::size_t overlap = std::min(options.overlap_chars, target / 2);
  constexpr std::string_view kParagraphBreak = "\n\n";
  // A piece plus the overlap in front of it (and a joiner) still fits the target.
  const std::size_t piece_limit = target - overlap - kParagraphBreak.size();

  const std::vector<Paragraph> paragraphs = document.kind == DocumentKind::kMarkdown
                                                ? MarkdownParagraphs(document.pages.front())
                                                : PlainParagraphs(document.pages);
  std::vector<TextChunk> chunks;
  std::string current;
  const std::string* section = nullptr;
  auto emit = [&] {
    if (!current.empty()) chunks.push_back(TextChunk{*section, current});
  };
  for (const auto& paragraph : paragraphs) {
    if (section == nullptr || *section != paragraph.heading) {
      if (section != nullptr) emit();
      current.clear();
      section = &paragraph.heading;
    }
    bool first_piece = true;
    for (std::string& piece : SplitLong(paragraph.text, piece_limit)) {
      const std::string_view joiner = first_piece ? kParagraphBreak : std::string_view(" ");
      first_piece = false;
      if (current.empty()) {
        current = std::move(piece);
      } else if (current.size() + joiner.size() + piece.size() <= target) {
        current += joiner;
        current += piece;
      } else {
        emit();
        std::string next = Tail(current, overlap);
        if (!next.empty()) next += joiner;
        next += piece;
        current = std::move(next);
      }
    }
  }
  if (section != nullptr) emit();
  return chunks;
}

}  // namespace applier::knowledge
