// PDFs written by hand for tests and benchmarks, so a test controls exactly what
// a document holds without a PDF library on the writing side.
// A page is a list of lines; a line starting with "# " is set larger, as a heading.
// The file has a correct cross-reference table, so readers need no repair. With a
// password, the file uses the Standard security handler, revision 2 (40-bit RC4,
// ISO 32000-1 §7.6.3), and its content streams are encrypted.
#pragma once

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace applier::testing {

using PdfPage = std::vector<std::string>;

// The pieces MakePdf is built from; not for tests to call.
namespace pdf_writing {

inline std::string Md5(const std::string& data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), out, &size, EVP_md5(), nullptr);
  return std::string(reinterpret_cast<char*>(out), size);
}

inline std::string Rc4(const std::string& key, const std::string& data) {
  std::array<unsigned char, 256> s{};
  for (int i = 0; i < 256; ++i) s[i] = static_cast<unsigned char>(i);
  for (int i = 0, j = 0; i < 256; ++i) {
    j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 0xff;
    std::swap(s[i], s[j]);
  }
  std::string out = data;
  for (std::size_t n = 0, i = 0, j = 0; n < out.size(); ++n) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    std::swap(s[i], s[j]);
    out[n] = static_cast<char>(out[n] ^ s[(s[i] + s[j]) & 0xff]);
  }
  return out;
}

inline std::string Hex(const std::string& bytes) {
  std::string hex;
  char part[3];
  for (unsigned char c : bytes) {
    std::snprintf(part, sizeof part, "%02x", c);
    hex += part;
  }
  return hex;
}

inline std::string PdfString(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}
}  // namespace pdf_writing

inline std::string MakePdf(const std::vector<PdfPage>& pages,
                           const std::string& user_password = "") {
  const std::string kPad(
      "\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08"
      "\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A",
      32);
  const std::string file_id = pdf_writing::Md5("live-applier test pdf");
  const bool encrypted = !user_password.empty();
  std::string file_key, owner_entry, user_entry;
  const std::int32_t permissions = -44;
  if (encrypted) {
    auto padded = [&](const std::string& password) { return (password + kPad).substr(0, 32); };
    owner_entry = pdf_writing::Rc4(pdf_writing::Md5(padded("owner-" + user_password)).substr(0, 5),
                                   padded(user_password));
    std::string p(4, '\0');
    for (int i = 0; i < 4; ++i)
      p[i] = static_cast<char>((static_cast<std::uint32_t>(permissions) >> (8 * i)) & 0xff);
    file_key = pdf_writing::Md5(padded(user_password) + owner_entry + p + file_id).substr(0, 5);
    user_entry = pdf_writing::Rc4(file_key, kPad);
  }

  // Objects: 1 catalog, 2 pages, 3 font, then (page, contents) pairs, then encrypt.
  std::vector<std::string> objects(3);
  const int count = static_cast<int>(pages.size());
  std::string kids;
  for (int i = 0; i < count; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(count) + " >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  for (int i = 0; i < count; ++i) {
    const int contents_number = 5 + 2 * i;
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
        "<< /F1 3 0 R >> >> /Contents " +
        std::to_string(contents_number) + " 0 R >>");
    std::string content = "BT 72 740 Td\n";
    for (const auto& line : pages[static_cast<std::size_t>(i)]) {
      const bool heading = line.starts_with("# ");
      content += heading ? "/F1 16 Tf 0 -28 Td " : "/F1 11 Tf 0 -15 Td ";
      content += pdf_writing::PdfString(heading ? line.substr(2) : line) + " Tj\n";
    }
    content += "ET\n";
    if (encrypted) {
      std::string salt = file_key;
      salt += static_cast<char>(contents_number & 0xff);
      salt += static_cast<char>((contents_number >> 8) & 0xff);
      salt += static_cast<char>((contents_number >> 16) & 0xff);
      salt += std::string(2, '\0');
      content = pdf_writing::Rc4(pdf_writing::Md5(salt).substr(0, 10), content);
    }
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "\nendstream");
  }
  if (encrypted) {
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /O <" + pdf_writing::Hex(owner_entry) +
                      "> /U <" + pdf_writing::Hex(user_entry) + "> /P " +
                      std::to_string(permissions) + " >>");
  }

  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
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
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /ID [<" +
         pdf_writing::Hex(file_id) + "> <" + pdf_writing::Hex(file_id) + ">]";
  if (encrypted) pdf += " /Encrypt " + std::to_string(objects.size()) + " 0 R";
  pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// Pages of plain prose, about `bytes` long in all.
inline std::string ProsePdf(std::size_t bytes) {
  const std::vector<std::string> words = {
      "engineer", "distributed", "systems",  "latency",  "throughput", "Kubernetes",
      "Postgres", "migrated",    "designed", "mentored", "shipped",    "reliable",
      "service",  "customers",   "pipeline", "reduced",  "incident",   "on-call"};
  std::vector<PdfPage> pages;
  std::size_t estimate = 0;
  std::size_t n = 0;
  while (estimate < bytes) {
    PdfPage page{"# Project " + std::to_string(pages.size() + 1)};
    for (int line = 0; line < 45; ++line) {
      std::string text;
      for (int w = 0; w < 11; ++w) text += words[(n++ * 7 + line) % words.size()] + " ";
      page.push_back(text);
    }
    for (const auto& line : page) estimate += line.size() + 24;
    estimate += 160;
    pages.push_back(std::move(page));
  }
  return MakePdf(pages);
}

}  // namespace applier::testing
