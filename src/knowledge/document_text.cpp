#include "knowledge/document_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <memory>
#include <mutex>
#include <vector>

namespace applier::knowledge {
namespace {

// How far from each end of a file PDF readers look for "%PDF-" and "%%EOF"
// (ISO 32000 allows a little junk around them; Acrobat accepts 1024 bytes).
constexpr std::size_t kPdfMarkerWindow = 1024;

constexpr std::string_view kSupported =
    "upload a PDF, a Markdown (.md) or a plain-text (.txt) file";

std::string BaseName(std::string_view filename) {
  const auto slash = filename.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? filename : filename.substr(slash + 1));
}

std::string LowerExtension(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string Mebibytes(std::size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xe0) == 0xc0) {
      length = 2, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
      length = 3, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
      length = 4, min = 0x10000;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    std::uint32_t code = c & (0x7f >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xc0) != 0x80) return false;
      code = code << 6 | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += length;
  }
  return true;
}

// CRLF, CR and form feeds become '\n'; a leading byte-order mark goes.
std::string NormaliseNewlines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\f') {
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

bool HasVisibleText(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](unsigned char c) { return !std::isspace(c) && c != 0; });
}

// What the file's Flate streams inflate to, altogether, counted up to `limit`
// (past it the count stops: the caller only needs to know it is too much). A
// stream under several Flate filters is inflated layer by layer. Nothing is kept
// but the layers in between, each at most `limit` bytes.
std::size_t InflatedBytes(std::string_view bytes, std::size_t limit) {
  std::size_t total = 0;
  std::vector<unsigned char> scratch(64 * 1024);
  // Inflates `in`, adding to `total`; the output is kept in `out` when asked.
  auto inflate_one = [&](std::string_view in, std::string* out) {
    z_stream z{};
    if (inflateInit(&z) != Z_OK) return;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT_MAX));
    int rc = Z_OK;
    while (rc == Z_OK && total <= limit) {
      z.next_out = scratch.data();
      z.avail_out = static_cast<uInt>(scratch.size());
      rc = inflate(&z, Z_NO_FLUSH);
      const std::size_t produced = scratch.size() - z.avail_out;
      total += produced;
      if (out) out->append(reinterpret_cast<const char*>(scratch.data()), produced);
      if (produced == 0 && rc == Z_OK) break;  // needs input it does not have
    }
    inflateEnd(&z);
  };
  for (std::size_t at = bytes.find("stream"); at != std::string_view::npos && total <= limit;
       at = bytes.find("stream", at + 6)) {
    if (at >= 3 && bytes.substr(at - 3, 3) == "end") continue;
    std::size_t data = at + 6;
    if (bytes.substr(data, 2) == "\r\n") {
      data += 2;
    } else if (data < bytes.size() && (bytes[data] == '\n' || bytes[data] == '\r')) {
      data += 1;
    } else {
      continue;  // the word inside some other text
    }
    // The stream's dictionary: back to its object's start, never far.
    const std::size_t from = at > 4096 ? at - 4096 : 0;
    const std::string_view before = bytes.substr(from, at - from);
    const std::size_t object = before.rfind(" obj");
    const std::string_view dictionary =
        object == std::string_view::npos ? before : before.substr(object);
    int layers = 0;
    for (std::size_t f = dictionary.find("FlateDecode"); f != std::string_view::npos && layers < 8;
         f = dictionary.find("FlateDecode", f + 1)) {
      ++layers;
    }
    if (layers == 0) continue;
    std::string_view input = bytes.substr(data);
    std::string held;  // the layer in between
    for (int i = 0; i < layers && total <= limit && !input.empty(); ++i) {
      std::string next;
      inflate_one(input, i + 1 < layers ? &next : nullptr);
      held = std::move(next);
      input = held;
    }
  }
  return total;
}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

Result<ExtractedText> ExtractPdf(const std::string& name, std::string_view bytes,
                                 const ExtractOptions& options) {
  const auto deadline = std::chrono::steady_clock::now() + options.max_seconds;
  if (bytes.substr(0, kPdfMarkerWindow).find("%PDF-") == std::string_view::npos) {
    return Fail(ErrorKind::kInvalidInput,
                name + " is not a PDF (it does not start with %PDF-); " + std::string(kSupported));
  }
  const std::size_t tail_from =
      bytes.size() > kPdfMarkerWindow ? bytes.size() - kPdfMarkerWindow : 0;
  if (bytes.substr(tail_from).find("%%EOF") == std::string_view::npos) {
    return Fail(ErrorKind::kInvalidInput,
                name +
                    " is incomplete (the PDF has no end-of-file marker; it was probably cut "
                    "off): save or download it again and upload the whole file");
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Fail(ErrorKind::kInvalidInput, name + " is too big to read as a PDF");
  }
  if (InflatedBytes(bytes, options.max_inflated_bytes) > options.max_inflated_bytes) {
    return Fail(ErrorKind::kInvalidInput,
                name + " expands to more than " + Mebibytes(options.max_inflated_bytes) +
                    " when decompressed, far more than a resume or notes hold: export or "
                    "print it to a new PDF, or upload its text as a .txt file");
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    return Fail(ErrorKind::kInvalidInput,
                name +
                    " is damaged and cannot be read as a PDF: export or print it to a new "
                    "PDF and upload that");
  }
  if (doc->is_locked()) {
    return Fail(ErrorKind::kInvalidInput,
                name +
                    " is password-protected: remove the password (for example, print it to "
                    "a new PDF) and upload it again");
  }
  const int count = doc->pages();
  if (count <= 0) {
    return Fail(ErrorKind::kInvalidInput,
                name +
                    " is damaged (no readable pages): export or print it to a new PDF and "
                    "upload that");
  }
  if (count > options.max_pages) {
    return Fail(ErrorKind::kInvalidInput,
                name + " has " + std::to_string(count) + " pages; the limit is " +
                    std::to_string(options.max_pages) +
                    ": upload the pages that matter (a resume, your notes) as their own PDF");
  }
  ExtractedText extracted{DocumentKind::kPdf, {}};
  extracted.pages.reserve(static_cast<std::size_t>(count));
  bool any_text = false;
  std::size_t text_bytes = 0;
  for (int i = 0; i < count && text_bytes < options.max_text_bytes; ++i) {
    if (std::chrono::steady_clock::now() > deadline) {
      return Fail(ErrorKind::kInvalidInput,
                  name + " took more than " + std::to_string(options.max_seconds.count()) +
                      " s to read (page " + std::to_string(i + 1) + " of " + std::to_string(count) +
                      "): export or print it to a new PDF, or upload its text as a .txt file");
    }
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    std::string text;
    if (page) {
      const poppler::byte_array utf8 = page->text().to_utf8();
      text = NormaliseNewlines(std::string_view(utf8.data(), utf8.size()));
    }
    // Enough text for any resume: the rest is left unread, not refused.
    if (text.size() > options.max_text_bytes - text_bytes) {
      text.resize(options.max_text_bytes - text_bytes);
      // Not in the middle of a character.
      while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xc0) == 0x80) {
        text.pop_back();
      }
      if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xc0) text.pop_back();
    }
    text_bytes += text.size();
    any_text = any_text || HasVisibleText(text);
    extracted.pages.push_back(std::move(text));
  }
  if (!any_text) {
    return Fail(ErrorKind::kInvalidInput,
                name +
                    " has no text to read (is it a scanned image?): upload a PDF with "
                    "selectable text, or paste the text into a .txt file");
  }
  return extracted;
}

Result<ExtractedText> ExtractPlain(const std::string& name, std::string_view bytes,
                                   DocumentKind kind) {
  if (bytes.find('\0') != std::string_view::npos || !IsValidUtf8(bytes)) {
    return Fail(ErrorKind::kInvalidInput,
                name + " is not UTF-8 text: save it as UTF-8 text, or " + std::string(kSupported));
  }
  std::string text = NormaliseNewlines(bytes);
  if (!HasVisibleText(text)) {
    return Fail(ErrorKind::kInvalidInput, name + " has no text in it");
  }
  return ExtractedText{kind, {std::move(text)}};
}

}  // namespace

const char* ToString(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kPdf: return "pdf";
    case DocumentKind::kMarkdown: return "markdown";
    case DocumentKind::kText: return "text";
  }
  return "text";
}

Result<ExtractedText> ExtractDocumentText(std::string_view filename, std::string_view bytes,
                                          const ExtractOptions& options) {
  std::string name = BaseName(filename);
  if (name.empty()) return Fail(ErrorKind::kInvalidInput, "the upload has no file name");
  if (bytes.size() > options.max_bytes) {
    return Fail(ErrorKind::kInvalidInput, name + " is " + Mebibytes(bytes.size()) +
                                              "; the limit is " + Mebibytes(options.max_bytes) +
                                              ": upload a smaller file");
  }
  if (bytes.empty()) return Fail(ErrorKind::kInvalidInput, name + " is empty");

  const std::string ext = LowerExtension(name);
  if (ext == "pdf") return ExtractPdf(name, bytes, options);
  if (ext == "md" || ext == "markdown") return ExtractPlain(name, bytes, DocumentKind::kMarkdown);
  if (ext == "txt" || ext == "text") return ExtractPlain(name, bytes, DocumentKind::kText);
  if (ext.empty()) {
    if (bytes.starts_with("%PDF-")) return ExtractPdf(name, bytes, options);
    return ExtractPlain(name, bytes, DocumentKind::kText);
  }
  return Fail(ErrorKind::kInvalidInput,
              name + ": ." + ext + " files are not supported; " + std::string(kSupported));
}

}  // namespace applier::knowledge
