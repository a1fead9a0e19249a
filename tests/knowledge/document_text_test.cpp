// Hostile PDFs (issue 12), generated here: each is refused with a message a user
// can act on, or read within the limits, in bounded time.
#include "knowledge/document_text.h"

#include <sys/resource.h>

#include <chrono>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "support/hand_written_pdf.h"
#include "support/hostile_pdf.h"

namespace applier::knowledge {
namespace {

using testing::Deflated;
using testing::OnePage;
using testing::PdfOf;

long MaxRssMebibytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void ExpectRefusedWith(const Result<ExtractedText>& result, const std::string& words) {
  ASSERT_FALSE(result) << "read " << result->pages.size() << " pages";
  EXPECT_EQ(result.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(result.error().message.find(words), std::string::npos) << result.error().message;
}

TEST(DocumentText, ADecompressionBombIsRefusedBeforePopplerReadsIt) {
  // 400 MiB of text operators in a file of about a megabyte.
  const std::string bomb = testing::DecompressionBombPdf(std::size_t{400} << 20);
  ASSERT_LT(bomb.size(), std::size_t{2} << 20);
  const long rss_before = MaxRssMebibytes();
  auto result = ExtractDocumentText("bomb.pdf", bomb);
  ExpectRefusedWith(result, "when decompressed");
  EXPECT_NE(result.error().message.find("bomb.pdf"), std::string::npos);
  EXPECT_LT(MaxRssMebibytes() - rss_before, 64);
}

TEST(DocumentText, ADoublyCompressedBombIsCountedThroughBothLayers) {
  // Each layer alone is small (the outer one inflates to some 64 KiB); together
  // they inflate to 64 MiB, over a limit of 32 MiB (kept low to keep this fast).
  const std::string inner = Deflated(std::string(1 << 16, ' '), std::size_t{64} << 20);
  const std::string outer = Deflated(inner, inner.size());
  const std::string bomb = OnePage(outer, "[/FlateDecode /FlateDecode]");
  ASSERT_LT(bomb.size(), std::size_t{64} << 10);
  ExtractOptions options;
  options.max_inflated_bytes = std::size_t{32} << 20;
  ExpectRefusedWith(ExtractDocumentText("layers.pdf", bomb, options),
                    "expands to more than 32.0 MiB when decompressed");
  // The same file read with room for it is not refused for its size.
  options.max_inflated_bytes = std::size_t{128} << 20;
  auto roomy = ExtractDocumentText("layers.pdf", bomb, options);
  if (!roomy) {
    EXPECT_EQ(roomy.error().message.find("decompressed"), std::string::npos)
        << roomy.error().message;
  }
}

TEST(DocumentText, TooManyPagesIsRefusedWithTheCount) {
  // 20 000 real pages sharing one content stream, about 1.5 MB.
  constexpr int kPages = 20000;
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Length 30 >>\nstream\nBT /F1 11 Tf (page) Tj ET\n   "
                                      "\nendstream"};
  std::string kids;
  for (int i = 0; i < kPages; ++i) {
    kids += std::to_string(4 + i) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(kPages) + " >>";
  auto result = ExtractDocumentText("long.pdf", PdfOf(objects));
  ExpectRefusedWith(result, "20000 pages; the limit is 2000");
}

TEST(DocumentText, APageTreeThatLiesAboutItsCountIsBounded) {
  auto result = ExtractDocumentText(
      "liar.pdf", PdfOf({"<< /Type /Catalog /Pages 2 0 R >>",
                         "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
                         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                         "<< /Length 31 >>\nstream\nBT /F1 11 Tf (hello) Tj ET\n   \nendstream"}));
  // Either poppler trusts the count (then the page limit refuses it) or it counts
  // the one page; never two billion pages read.
  if (result) {
    EXPECT_LE(result->pages.size(), 2000u);
  } else {
    EXPECT_EQ(result.error().kind, ErrorKind::kInvalidInput);
  }
}

TEST(DocumentText, DeeplyNestedObjectsAreRefusedWithoutExhaustingTheStack) {
  // Arrays and dictionaries nested 200 000 deep in the page's resources, and a
  // page tree 5 000 levels deep.
  std::string arrays = std::string(200000, '[') + std::string(200000, ']');
  std::string dictionaries;
  for (int i = 0; i < 50000; ++i) dictionaries += "<< /A ";
  for (int i = 0; i < 50000; ++i) dictionaries += ">> ";
  auto nested = ExtractDocumentText(
      "nested.pdf",
      PdfOf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /X " + arrays + " /Y " +
                 dictionaries + " /Contents 4 0 R >>",
             "<< /Length 31 >>\nstream\nBT /F1 11 Tf (hello) Tj ET\n   \nendstream"}));
  if (!nested) {
    EXPECT_EQ(nested.error().kind, ErrorKind::kInvalidInput);
  }

  constexpr int kDepth = 5000;
  std::vector<std::string> tree = {"<< /Type /Catalog /Pages 2 0 R >>"};
  for (int i = 0; i < kDepth; ++i) {
    const int number = 2 + i;
    tree.push_back("<< /Type /Pages /Kids [" + std::to_string(number + 1) + " 0 R] /Count 1" +
                   (i == 0 ? std::string() : " /Parent " + std::to_string(number - 1) + " 0 R") +
                   " >>");
  }
  tree.push_back("<< /Type /Page /Parent " + std::to_string(kDepth + 1) +
                 " 0 R /MediaBox [0 0 612 792] /Contents " + std::to_string(kDepth + 3) +
                 " 0 R >>");
  tree.push_back("<< /Length 31 >>\nstream\nBT /F1 11 Tf (hello) Tj ET\n   \nendstream");
  auto deep = ExtractDocumentText("deep.pdf", PdfOf(tree));
  if (!deep) {
    EXPECT_EQ(deep.error().kind, ErrorKind::kInvalidInput);
  }
}

TEST(DocumentText, TextPastTheLimitIsLeftUnread) {
  std::vector<testing::PdfPage> pages(30, testing::PdfPage(40, std::string(90, 'x')));
  ExtractOptions options;
  options.max_text_bytes = 10000;
  auto result = ExtractDocumentText("long-notes.pdf", testing::MakePdf(pages), options);
  ASSERT_TRUE(result) << result.error().message;
  std::size_t total = 0;
  for (const auto& page : result->pages) total += page.size();
  EXPECT_LE(total, 10000u);
  EXPECT_LT(result->pages.size(), 30u);
}

TEST(DocumentText, ReadingPastTheTimeLimitIsRefusedSayingWhere) {
  std::vector<testing::PdfPage> pages(3, testing::PdfPage{"Some text on this page."});
  ExtractOptions options;
  options.max_seconds = std::chrono::seconds(0);  // already over when the first page starts
  auto result = ExtractDocumentText("slow.pdf", testing::MakePdf(pages), options);
  ExpectRefusedWith(result, "took more than 0 s to read (page 1 of 3)");
}

// One page whose content stream is small enough to pass the decompression
// limit yet takes poppler seconds and memory to lay out (64 MiB of text
// operators): the limits hold inside the page too, since poppler reads in a child
// process that is stopped at the time limit and cannot grow past the memory limit
// (here 1 s, and 8 MiB, well below what laying this page out takes).
TEST(DocumentText, OneHeavyPageIsStoppedAtTheTimeLimit) {
  const std::string heavy = testing::DecompressionBombPdf(std::size_t{64} << 20);
  ExtractOptions options;
  options.max_seconds = std::chrono::seconds(1);
  ExpectRefusedWith(ExtractDocumentText("heavy.pdf", heavy, options), "took more than 1 s");
}

TEST(DocumentText, OneHeavyPageIsStoppedAtTheMemoryLimit) {
  const std::string heavy = testing::DecompressionBombPdf(std::size_t{64} << 20);
  ExtractOptions options;
  options.max_memory_bytes = std::size_t{8} << 20;
  const long rss_before = MaxRssMebibytes();
  ExpectRefusedWith(ExtractDocumentText("heavy.pdf", heavy, options),
                    "needs more memory than 8.0 MiB");
  EXPECT_LT(MaxRssMebibytes() - rss_before, 64);
}

TEST(DocumentText, ATruncatedPdfOrANonPdfIsRefusedSayingSo) {
  const std::string whole = testing::MakePdf({{"# Jordan Rivera", "Engineer"}});
  ExpectRefusedWith(ExtractDocumentText("cut.pdf", whole.substr(0, whole.size() / 2)),
                    "incomplete");
  // Cut, but with an end marker glued on: damaged rather than read.
  auto glued = ExtractDocumentText("glued.pdf", whole.substr(0, whole.size() / 2) + "\n%%EOF\n");
  if (glued) {
    EXPECT_LE(glued->pages.size(), 1u);
  } else {
    EXPECT_EQ(glued.error().kind, ErrorKind::kInvalidInput);
  }
  ExpectRefusedWith(ExtractDocumentText("resume.pdf", "PK\x03\x04 this is a zip"), "not a PDF");
  ExpectRefusedWith(ExtractDocumentText("resume.pdf", std::string(4096, '\0')), "not a PDF");
  ExpectRefusedWith(ExtractDocumentText("resume.pdf", "%PDF-1.7\n%%EOF\n"), "damaged");
}

}  // namespace
}  // namespace applier::knowledge
