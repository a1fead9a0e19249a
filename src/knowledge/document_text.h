// ExtractDocumentText turns an upload (a PDF, a Markdown or a plain-text file) into
// text, page by page, or says in words a user can act on why it cannot: too big,
// not a type we read, a damaged or password-protected PDF, no text at all.
//
// Contract:
//  - The type comes from the file name's extension (.pdf, .md/.markdown, .txt/.text)
//    and is checked against the content: a ".pdf" must be a PDF, a text file must be
//    UTF-8 without NUL bytes. A name with no extension is read by its content.
//  - Every refusal is ErrorKind::kInvalidInput naming the file.
//  - PDF text comes from poppler-cpp. Poppler reports damage on stderr; that
//    reporting is turned off for the whole process the first time a PDF is read
//    (the damage is reported here as an error value instead).
//  - A PDF's work is bounded, whatever the file holds (a 10 MiB file can inflate
//    to gigabytes, name a million pages or nest objects without end): before
//    poppler sees it, its compressed streams are inflated and counted, and one
//    that expands past `max_inflated_bytes` altogether is refused; more pages than
//    `max_pages` is refused; reading stops with what it has at `max_text_bytes`
//    of text (the last page cut). Poppler reads in a child process (this binary
//    started again, answering before main()) whose CPU time is capped at
//    `max_seconds` and whose memory at `max_memory_bytes`: one page that would
//    take longer or more is refused, and this process never holds its work.
//  - Thread-safe: each PDF has a reader process of its own.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace applier::knowledge {

enum class DocumentKind { kPdf, kMarkdown, kText };

// "pdf", "markdown", "text": the spelling stored with the document.
const char* ToString(DocumentKind kind);

struct ExtractOptions {
  std::size_t max_bytes = 10 * 1024 * 1024;
  // Resumes and notes: a few pages, kilobytes of text; a scanned PDF's images
  // inflate to tens of MiB a page. A 10 MiB file of plain text pages is about
  // 1 700 pages; one of empty pages 100 000. The text limit is above what an uploaded
  // file's uncompressed text can hold, so it cuts only compressed floods of it.
  int max_pages = 2000;
  std::size_t max_text_bytes = 16 * 1024 * 1024;
  std::size_t max_inflated_bytes = 256 * 1024 * 1024;
  std::chrono::seconds max_seconds{30};
  // Poppler lays a page out in memory: a resume needs a few MiB.
  std::size_t max_memory_bytes = std::size_t{512} << 20;
};

struct ExtractedText {
  DocumentKind kind = DocumentKind::kText;
  // One entry per PDF page (UTF-8, '\n' between lines); a single entry for
  // Markdown and plain text.
  std::vector<std::string> pages;
};

Result<ExtractedText> ExtractDocumentText(std::string_view filename, std::string_view bytes,
                                          const ExtractOptions& options = {});

}  // namespace applier::knowledge
