#include "knowledge/document_chunker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace applier::knowledge {
namespace {

ExtractedText Markdown(std::string text) {
  return ExtractedText{DocumentKind::kMarkdown, {text}};
}

std::vector<std::string> Headings(const std::vector<TextChunk>& chunks) {
  std::vector<std::string> headings;
  for (const auto& chunk : chunks) headings.push_back(chunk.heading);
  return headings;
}

bool IsValidUtf8Boundary(const std::string& text) {
  if (text.empty()) return true;
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xc0) == 0x80; };
  if (continuation(text.front())) return false;
  // The last sequence must be complete: find its lead byte and check its length.
  std::size_t lead = text.size() - 1;
  while (lead > 0 && continuation(text[lead])) --lead;
  const auto c = static_cast<unsigned char>(text[lead]);
  const std::size_t length = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : 4;
  return text.size() - lead == length;
}

TEST(DocumentChunkerTest, MarkdownHeadingsBecomeHeadingPaths) {
  const auto chunks = ChunkDocument(
      Markdown("Intro before any heading.\n\n# Jane Doe\nEngineer.\n\n## Experience\n### Acme\n"
               "Built things.\n\n## Education\nTUM.\n\n#hashtag is text\n"));
  EXPECT_EQ(Headings(chunks),
            (std::vector<std::string>{"", "Jane Doe", "Jane Doe > Experience > Acme",
                                      "Jane Doe > Education"}));
  EXPECT_EQ(chunks[2].text, "Built things.");
  EXPECT_EQ(chunks[3].text, "TUM.\n\n#hashtag is text");
}

TEST(DocumentChunkerTest, SetextHeadingsAndCodeFences) {
  const auto chunks = ChunkDocument(Markdown(
      "Projects\n========\nA compiler.\n\nTools\n-----\n```\n# not a heading\n```\nMake.\n"));
  EXPECT_EQ(Headings(chunks), (std::vector<std::string>{"Projects", "Projects > Tools"}));
  EXPECT_EQ(chunks[1].text, "# not a heading\nMake.");
}

TEST(DocumentChunkerTest, LongSectionsAreCutWithOverlap) {
  std::string body;
  std::vector<std::string> sentences;
  for (int i = 0; i < 40; ++i) {
    sentences.push_back("Sentence number " + std::to_string(i) +
                        " describes one more achievement at the company in some detail.");
  }
  for (int i = 0; i < 40; ++i) {
    body += sentences[static_cast<std::size_t>(i)] + (i % 4 == 3 ? "\n\n" : " ");
  }
  const auto chunks = ChunkDocument(Markdown("## Experience\n" + body + "\n# Next\nShort.\n"));
  ASSERT_GE(chunks.size(), 5u);
  EXPECT_EQ(chunks.back().heading, "Next");
  EXPECT_EQ(chunks.back().text, "Short.");  // no overlap across sections
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    const auto& chunk = chunks[i];
    EXPECT_LE(chunk.text.size(), 800u);
    EXPECT_GE(chunk.text.size(), 400u) << "chunks are packed towards the target";
    EXPECT_EQ(chunk.heading, "Experience");
    if (i + 2 < chunks.size()) {
      // The next chunk starts with the end of this one: 1..120 bytes shared.
      const std::string& next = chunks[i + 1].text;
      std::size_t shared = 0;
      for (std::size_t n = 1; n <= std::min<std::size_t>(120, chunk.text.size()); ++n) {
        if (next.compare(0, n, chunk.text, chunk.text.size() - n, n) == 0) shared = n;
      }
      EXPECT_GE(shared, 60u) << "chunk " << i;
      EXPECT_LE(shared, 120u);
    }
  }
  // Nothing is lost: every sentence is whole in some chunk.
  for (const auto& sentence : sentences) {
    bool found = false;
    for (const auto& chunk : chunks)
      found = found || chunk.text.find(sentence) != std::string::npos;
    EXPECT_TRUE(found) << sentence;
  }
}

TEST(DocumentChunkerTest, LongWordsAreCutOutsideUtf8Sequences) {
  std::string word;
  for (int i = 0; i < 1500; ++i) word += "\xC3\xA9";  // é, no spaces at all
  const auto chunks = ChunkDocument(Markdown(word + "€€€" + word));
  ASSERT_GE(chunks.size(), 4u);
  for (const auto& chunk : chunks) {
    EXPECT_LE(chunk.text.size(), 800u);
    EXPECT_TRUE(IsValidUtf8Boundary(chunk.text));
  }
}

TEST(DocumentChunkerTest, TitleLinesStartSectionsInPlainText) {
  const ExtractedText text{DocumentKind::kText,
                           {"JANE DOE\nBerlin | jane@example.com\nEXPERIENCE\n"
                            "Led the platform team at Acme.\nShipped weekly.\n",
                            "Education:\nTUM, MSc Computer Science, 2014.\n"
                            "Skills\n- Go, C++, Kubernetes\n"}};
  const auto chunks = ChunkDocument(text);
  EXPECT_EQ(Headings(chunks),
            (std::vector<std::string>{"JANE DOE", "EXPERIENCE", "Education", "Skills"}));
  EXPECT_EQ(chunks[0].text, "Berlin | jane@example.com");
  EXPECT_EQ(chunks[1].text, "Led the platform team at Acme.\nShipped weekly.");
  EXPECT_EQ(chunks[3].text, "- Go, C++, Kubernetes");
}

TEST(DocumentChunkerTest, TitleLinesWithNothingBetweenAreJoined) {
  const ExtractedText text{DocumentKind::kText,
                           {"Jane Doe\nSenior Engineer\nExperience\nBuilt a queue in C++.\n"}};
  const auto chunks = ChunkDocument(text);
  ASSERT_EQ(chunks.size(), 1u);
  EXPECT_EQ(chunks[0].heading, "Jane Doe > Senior Engineer > Experience");
}

}  // namespace
}  // namespace applier::knowledge
