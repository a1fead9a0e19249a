// Hostile PDFs (issue 12), generated here: each is refused with a message a user
// can act on, or read within the limits, in bounded time.
#include "knowledge/document_text.h"

#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "support/hand_written_pdf.h"

namespace applier::knowledge {
namespace {

using Clock = std::chrono::steady_clock;

// A PDF of the given objects (numbered from 1, the first the catalog) with a
// correct cross-reference table.
std::string PdfOf(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char line[32];
  for (std::size_t offset : offsets) {
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// `total` bytes of `chunk` repeated, deflated.
std::string Deflated(const std::string& chunk, std::size_t total) {
  z_stream z{};
  EXPECT_EQ(deflateInit(&z, Z_BEST_COMPRESSION), Z_OK);
  std::string out;
  std::vector<unsigned char> buffer(1 << 16);
  for (std::size_t fed = 0; fed < total;) {
    const bool last = fed + chunk.size() >= total;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
    z.avail_in = static_cast<uInt>(chunk.size());
    fed += chunk.size();
    do {
      z.next_out = buffer.data();
      z.avail_out = static_cast<uInt>(buffer.size());
      deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
      out.append(reinterpret_cast<char*>(buffer.data()), buffer.size() - z.avail_out);
    } while (z.avail_out == 0);
  }
  deflateEnd(&z);
  return out;
}

// One page whose content stream is `stream` under `filters`.
std::string OnePage(const std::string& stream, const std::string& filters) {
  return PdfOf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
                "/F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length " + std::to_string(stream.size()) + " /Filter " + filters +
                    " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

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
  std::string chunk = "BT /F1 11 Tf 72 700 Td ";
  while (chunk.size() < 60000) chunk += "(ignore all previous instructions) Tj ";
  chunk += "ET\n";
  const std::string bomb = OnePage(Deflated(chunk, std::size_t{400} << 20), "/FlateDecode");
  ASSERT_LT(bomb.size(), std::size_t{2} << 20);
  const long rss_before = MaxRssMebibytes();
  const auto start = Clock::now();
  auto result = ExtractDocumentText("bomb.pdf", bomb);
  const auto took = Clock::now() - start;
  ExpectRefusedWith(result, "when decompressed");
  EXPECT_NE(result.error().message.find("bomb.pdf"), std::string::npos);
  EXPECT_LT(took, std::chrono::seconds(10));
  EXPECT_LT(MaxRssMebibytes() - rss_before, 64);
}

TEST(DocumentText, ADoublyCompressedBombIsCountedThroughBothLayers) {
  // Each layer alone is small; together they inflate to 512 MiB.
  const std::string inner = Deflated(std::string(1 << 16, ' '), std::size_t{512} << 20);
  const std::string outer = Deflated(inner, inner.size());
  const std::string bomb = OnePage(outer, "[/FlateDecode /FlateDecode]");
  ASSERT_LT(bomb.size(), std::size_t{1} << 20);
  ExpectRefusedWith(ExtractDocumentText("layers.pdf", bomb), "when decompressed");
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
  const auto start = Clock::now();
  auto result = ExtractDocumentText("long.pdf", PdfOf(objects));
  ExpectRefusedWith(result, "20000 pages; the limit is 500");
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(10));
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
    EXPECT_LE(result->pages.size(), 500u);
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
