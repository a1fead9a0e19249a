#include "knowledge/document_text.h"

#include <fcntl.h>
#include <poll.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

extern char** environ;

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

Result<ExtractedText> ReadWithPoppler(const std::string& name, std::string_view bytes,
                                      const ExtractOptions& options);

// ---- the reader process -----------------------------------------------------
//
// Poppler's work on one page is out of our hands: a page can take minutes and
// gigabytes however small its file. So poppler reads in a process of its own, this
// same binary started again with kReaderVariable set (ServeAsPdfReader answers
// before main() runs): its CPU time and address space are capped by the kernel,
// and the caller stops waiting at the time limit and kills it.

constexpr char kReaderVariable[] = "APPLIER_PDF_READER";
constexpr int kOutOfMemoryExit = 3;
// The caller's wait beyond the CPU limit, for a reader that sleeps or spins in
// the kernel rather than computing.
constexpr auto kReaderGrace = std::chrono::seconds(5);

std::string TimeRefusal(const std::string& name, const ExtractOptions& options) {
  return name + " took more than " + std::to_string(options.max_seconds.count()) +
         " s to read: export or print it to a new PDF, or upload its text as a .txt file";
}

// A reader that ended without its reply: out of memory (our new-handler, poppler's
// own allocator aborting, a sanitizer's allocator giving up) or crashed on the file.
std::string StoppedRefusal(const std::string& name, const ExtractOptions& options) {
  return name + " could not be read to its end: it is damaged, or needs more memory than " +
         Mebibytes(options.max_memory_bytes) +
         ", far more than a resume or notes: export or print it to a new PDF, or upload its "
         "text as a .txt file";
}

// The reply: 'T' then each page as "<length>\n<text>", or 'E' then the message.
std::string EncodeReply(const Result<ExtractedText>& read) {
  if (!read) return "E" + read.error().message;
  std::string out = "T";
  for (const std::string& page : read->pages) {
    out += std::to_string(page.size());
    out += '\n';
    out += page;
  }
  return out;
}

Result<ExtractedText> DecodeReply(const std::string& name, std::string_view reply) {
  const auto broken = [&] {
    return Fail(ErrorKind::kInvalidInput, name +
                                              " is damaged and cannot be read as a PDF: "
                                              "export or print it to a new PDF and upload that");
  };
  if (reply.empty()) return broken();
  if (reply.front() == 'E') return Fail(ErrorKind::kInvalidInput, std::string(reply.substr(1)));
  if (reply.front() != 'T') return broken();
  ExtractedText extracted{DocumentKind::kPdf, {}};
  for (std::size_t at = 1; at < reply.size();) {
    const std::size_t newline = reply.find('\n', at);
    if (newline == std::string_view::npos) return broken();
    std::size_t length = 0;
    for (std::size_t i = at; i < newline; ++i) {
      if (reply[i] < '0' || reply[i] > '9') return broken();
      length = length * 10 + static_cast<std::size_t>(reply[i] - '0');
      if (length > reply.size()) return broken();
    }
    if (newline + 1 + length > reply.size()) return broken();
    extracted.pages.emplace_back(reply.substr(newline + 1, length));
    at = newline + 1 + length;
  }
  return extracted;
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t written = ::write(fd, data.data(), data.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// The reader process: caps itself, reads "<name length>\n<name><PDF>" from stdin,
// writes its reply to stdout and exits.
[[noreturn]] void ServeAsPdfReader(const char* limits) {
  ExtractOptions options;
  unsigned long long pages = 0, text = 0, seconds = 0, memory = 0;
  if (std::sscanf(limits, "%llu %llu %llu %llu", &pages, &text, &seconds, &memory) != 4) {
    ::_exit(2);
  }
  options.max_pages = static_cast<int>(std::min<unsigned long long>(pages, INT_MAX));
  options.max_text_bytes = text;
  options.max_seconds = std::chrono::seconds(seconds);
  options.max_memory_bytes = memory;
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  const rlim_t cpu = std::max<rlim_t>(1, seconds);
  const rlimit cpu_limit{cpu, cpu + 1};
  ::setrlimit(RLIMIT_CPU, &cpu_limit);
  // The address space this process already has (its libraries; a sanitizer's
  // shadow), plus the budget.
  unsigned long long mapped_pages = 0;
  if (std::FILE* statm = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(statm, "%llu", &mapped_pages) != 1) mapped_pages = 0;
    std::fclose(statm);
  }
  const rlim_t space =
      static_cast<rlim_t>(mapped_pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE)) + memory;
  const rlimit space_limit{space, space};
  ::setrlimit(RLIMIT_AS, &space_limit);
  std::set_new_handler([] { ::_exit(kOutOfMemoryExit); });

  std::string input;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(0, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    input.append(buffer, static_cast<std::size_t>(got));
  }
  const std::size_t newline = input.find('\n');
  std::size_t name_length = 0;
  if (newline == std::string::npos || std::sscanf(input.c_str(), "%zu", &name_length) != 1 ||
      newline + 1 + name_length > input.size()) {
    ::_exit(2);
  }
  const std::string name = input.substr(newline + 1, name_length);
  const std::string_view pdf = std::string_view(input).substr(newline + 1 + name_length);
  const std::string reply = EncodeReply(ReadWithPoppler(name, pdf, options));
  ::_exit(WriteAll(1, reply) ? 0 : 2);
}

// Run before main(): a process started as a reader never reaches it.
[[maybe_unused]] const bool kStartedAsReader = [] {
  if (const char* limits = std::getenv(kReaderVariable)) ServeAsPdfReader(limits);
  return false;
}();

// A descriptor closed when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() { Reset(); }
  int get() const { return fd_; }
  void Reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

Result<ExtractedText> ReadInChild(const std::string& name, std::string_view bytes,
                                  const ExtractOptions& options) {
  const auto cannot_start = [&](const char* what) {
    return Fail(ErrorKind::kIo,
                "cannot read " + name + ": " + what + " failed (" + std::strerror(errno) + ")");
  };
  // The PDF goes in as a file in memory, so nothing the reader does can block the
  // writing of it.
  Descriptor input(::memfd_create("applier-pdf", MFD_CLOEXEC));
  if (input.get() < 0) return cannot_start("memfd_create");
  if (!WriteAll(input.get(), std::to_string(name.size()) + "\n" + name) ||
      !WriteAll(input.get(), bytes) || ::lseek(input.get(), 0, SEEK_SET) != 0) {
    return cannot_start("writing the PDF for its reader");
  }
  int reply_pipe[2];
  if (::pipe2(reply_pipe, O_CLOEXEC) != 0) return cannot_start("pipe2");
  Descriptor reply_read(reply_pipe[0]);
  Descriptor reply_write(reply_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input.get(), 0);
  posix_spawn_file_actions_adddup2(&actions, reply_write.get(), 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  // Nothing else of ours goes to the reader: Asio opens sockets without
  // close-on-exec, and a server's listening socket held by a reader would keep its
  // port busy for as long as the reader runs.
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  const std::string limits =
      std::string(kReaderVariable) + "=" + std::to_string(options.max_pages) + " " +
      std::to_string(options.max_text_bytes) + " " + std::to_string(options.max_seconds.count()) +
      " " + std::to_string(options.max_memory_bytes);
  std::vector<char*> environment;
  for (char** variable = environ; *variable != nullptr; ++variable) {
    if (!std::string_view(*variable).starts_with(std::string(kReaderVariable) + "=")) {
      environment.push_back(*variable);
    }
  }
  environment.push_back(const_cast<char*>(limits.c_str()));
  environment.push_back(nullptr);
  char program[] = "applier-pdf-reader";
  char* arguments[] = {program, nullptr};
  pid_t reader = -1;
  const int spawned =
      ::posix_spawn(&reader, "/proc/self/exe", &actions, nullptr, arguments, environment.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    errno = spawned;
    return cannot_start("starting the PDF reader");
  }
  reply_write.Reset();
  input.Reset();

  std::string reply;
  bool out_of_time = false;
  const auto deadline = std::chrono::steady_clock::now() + options.max_seconds + kReaderGrace;
  char buffer[1 << 16];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      out_of_time = true;
      break;
    }
    pollfd ready{reply_read.get(), POLLIN, 0};
    const int polled = ::poll(&ready, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (polled < 0 && errno != EINTR) break;
    if (polled <= 0) continue;
    const ssize_t got = ::read(reply_read.get(), buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    reply.append(buffer, static_cast<std::size_t>(got));
  }
  if (out_of_time) ::kill(reader, SIGKILL);
  int status = 0;
  while (::waitpid(reader, &status, 0) < 0 && errno == EINTR) {
  }
  if (out_of_time || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)) {
    return Fail(ErrorKind::kInvalidInput, TimeRefusal(name, options));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Fail(ErrorKind::kInvalidInput, StoppedRefusal(name, options));
  }
  return DecodeReply(name, reply);
}

Result<ExtractedText> ExtractPdf(const std::string& name, std::string_view bytes,
                                 const ExtractOptions& options) {
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
  return ReadInChild(name, bytes, options);
}

// Poppler's part of reading a PDF, in the reader process (ServeAsPdfReader).
Result<ExtractedText> ReadWithPoppler(const std::string& name, std::string_view bytes,
                                      const ExtractOptions& options) {
  const auto deadline = std::chrono::steady_clock::now() + options.max_seconds;
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
