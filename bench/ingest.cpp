// ingest: how many PDF pages per second does an upload go through? For generated
// PDFs of 1, 10 and 50 pages (about 45 lines of word-realistic text each), it times
// the text extraction alone (poppler-cpp) and the whole DocumentLibrary::Add
// (extraction, chunking, hashing, one SQLite transaction with the FTS index), each
// upload into a fresh user so nothing is deduplicated.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "knowledge/document_library.h"
#include "knowledge/document_text.h"
#include "store/database.h"

namespace {

namespace json = boost::json;
using namespace applier::bench;

struct Options {
  std::vector<int> page_counts = {1, 10, 50};
  int pages_per_size = 500;  // pages processed per PDF size and mode
  unsigned seed = 7;
};

std::string Word(std::mt19937& rng) {
  static const char* kCommon[] = {"the",      "and",       "team",       "data",   "service",
                                  "built",    "led",       "platform",   "design", "project",
                                  "customer", "migration", "kubernetes", "python", "latency",
                                  "with",     "for",       "of",         "to",     "in"};
  static const char* kSyllables[] = {"ka",  "lo",  "mi",  "ra", "ten", "sor", "vel", "dan",
                                     "pri", "con", "str", "ea", "ou",  "ing", "er",  "al"};
  if (rng() % 3 != 0) return kCommon[rng() % std::size(kCommon)];
  std::string word;
  for (int s = 1 + static_cast<int>(rng() % 3); s > 0; --s) {
    word += kSyllables[rng() % std::size(kSyllables)];
  }
  return word;
}

std::string PdfString(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// A PDF with a correct cross-reference table; each page has a heading and lines
// of text in Helvetica.
std::string MakePdf(int pages, std::mt19937& rng) {
  std::vector<std::string> objects(3);
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  for (int i = 0; i < pages; ++i) {
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
        ">> >> /Contents " +
        std::to_string(5 + 2 * i) + " 0 R >>");
    std::string content =
        "BT 72 750 Td /F1 16 Tf 0 -20 Td (Section " + std::to_string(i + 1) + ") Tj /F1 10 Tf\n";
    for (int line = 0; line < 45; ++line) {
      std::string text;
      while (text.size() < 85) text += (text.empty() ? "" : " ") + Word(rng);
      content += "0 -14 Td " + PdfString(text + (line % 6 == 5 ? "." : "")) + " Tj\n";
    }
    content += "ET\n";
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char entry[32];
  for (std::size_t offset : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

struct Row {
  int pages = 0;
  double bytes = 0;
  double extract_pages_per_s = 0;
  double add_pages_per_s = 0;
  double add_p50_ms = 0;
  double chunks_per_page = 0;
};

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"ingest: PDF pages per second through text extraction and DocumentLibrary::Add"};
  app.add_option("--pages", options.page_counts, "PDF sizes in pages")->delimiter(',');
  app.add_option("--pages-per-size", options.pages_per_size, "pages processed per size and mode");
  app.add_option("--seed", options.seed, "random seed");
  CLI11_PARSE(app, argc, argv);

  char dir_template[] = "/tmp/ingest.XXXXXX";
  if (mkdtemp(dir_template) == nullptr) {
    std::perror("mkdtemp");
    return 1;
  }
  const std::filesystem::path dir = dir_template;
  const double load_before = LoadAverage();
  std::mt19937 rng(options.seed);
  std::vector<Row> rows;
  int status = 0;
  {
    auto db = applier::store::Database::Open(dir / "applier.db");
    if (!db) {
      std::fprintf(stderr, "%s\n", db.error().ToString().c_str());
      return 1;
    }
    applier::knowledge::DocumentLibrary library(*db);
    int user = 0;
    for (int pages : options.page_counts) {
      const int documents = std::max(1, options.pages_per_size / pages);
      std::vector<std::string> pdfs;
      for (int i = 0; i < documents; ++i) pdfs.push_back(MakePdf(pages, rng));
      Row row;
      row.pages = pages;
      row.bytes = static_cast<double>(pdfs.front().size());

      Stopwatch extract;
      for (const auto& pdf : pdfs) {
        auto text = applier::knowledge::ExtractDocumentText("bench.pdf", pdf);
        if (!text || static_cast<int>(text->pages.size()) != pages) {
          std::fprintf(stderr, "extraction failed: %s\n",
                       text ? "wrong page count" : text.error().ToString().c_str());
          status = 1;
          break;
        }
      }
      row.extract_pages_per_s = documents * pages / (extract.ElapsedMs() / 1000.0);

      std::vector<double> add_ms;
      double chunks = 0;
      Stopwatch add;
      for (const auto& pdf : pdfs) {
        Stopwatch one;
        auto info = library.Add("user-" + std::to_string(user++), "bench.pdf", pdf);
        add_ms.push_back(one.ElapsedMs());
        if (!info) {
          std::fprintf(stderr, "add failed: %s\n", info.error().ToString().c_str());
          status = 1;
          break;
        }
        chunks += static_cast<double>(info->chunks);
      }
      row.add_pages_per_s = documents * pages / (add.ElapsedMs() / 1000.0);
      row.add_p50_ms = Percentile(add_ms, 50);
      row.chunks_per_page = chunks / (documents * pages);
      rows.push_back(row);
      if (status != 0) break;
    }
  }
  std::filesystem::remove_all(dir);
  const double load_after = LoadAverage();

  std::printf("ingest: generated PDFs, ~45 lines of text per page\n");
  std::printf("%6s %10s | %16s | %16s %14s | %11s\n", "pages", "PDF bytes", "extract pages/s",
              "Add pages/s", "Add p50 / doc", "chunks/page");
  json::array rows_json;
  for (const auto& r : rows) {
    std::printf("%6d %10.0f | %16.0f | %16.0f %12.2fms | %11.2f\n", r.pages, r.bytes,
                r.extract_pages_per_s, r.add_pages_per_s, r.add_p50_ms, r.chunks_per_page);
    rows_json.push_back(json::object{{"pages", r.pages},
                                     {"pdf_bytes", JsonNumber(r.bytes)},
                                     {"extract_pages_per_s", JsonNumber(r.extract_pages_per_s)},
                                     {"add_pages_per_s", JsonNumber(r.add_pages_per_s)},
                                     {"add_p50_ms", JsonNumber(r.add_p50_ms)},
                                     {"chunks_per_page", JsonNumber(r.chunks_per_page)}});
  }
  std::printf("load average (1 min): %.2f before, %.2f after, on %u cores\n", load_before,
              load_after, std::thread::hardware_concurrency());
  std::printf("%s\n", JsonLine(json::object{{"bench", "ingest"},
                                            {"sizes", rows_json},
                                            {"load_avg_1m", json::array{JsonNumber(load_before),
                                                                        JsonNumber(load_after)}}})
                          .c_str());
  return status;
}
