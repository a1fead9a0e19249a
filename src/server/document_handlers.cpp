// /api/documents: the user's uploaded documents (resume, notes), indexed for
// retrieval, with their originals kept for the profile to name.
#include <boost/json.hpp>

#include "knowledge/document_library.h"
#include "server/request_body.h"
#include "server/responses.h"
#include "server/routes.h"
#include "server/stored_files.h"
#include "server/views.h"

namespace applier::server {

namespace json = boost::json;

namespace {

// A file name from X-Filename, as stored: no directories, no control characters.
std::optional<std::string> SafeFilename(std::string_view raw) {
  std::string name(raw.substr(
      raw.find_last_of("/\\") == std::string_view::npos ? 0 : raw.find_last_of("/\\") + 1));
  if (name.empty() || name == "." || name == ".." || name.size() > 200) return std::nullopt;
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return std::nullopt;
  }
  return name;
}

}  // namespace

HttpResponse ListDocuments(RouteRequest& r) {
  auto listed = r.service.ReadDb(
      [&](store::Database& db) { return knowledge::DocumentLibrary(db).List(r.user); });
  if (!listed) return Internal(listed.error());
  json::array documents;
  for (const auto& d : *listed) documents.push_back(DocumentJson(d));
  return Json(200, json::object{{"documents", std::move(documents)}});
}

HttpResponse AddDocument(RouteRequest& r) {
  const HttpRequest& request = r.http;
  auto filename = SafeFilename(request.filename);
  if (!filename) {
    return JsonError(400, "missing_filename",
                     "send the file name in the X-Filename header (no folders)");
  }
  if (request.body.empty()) return JsonError(400, "empty_upload", "the uploaded file is empty");
  // Parsed and chunked with no connection held: a long PDF keeps no one else
  // from the store.
  auto prepared = knowledge::PrepareDocument(*filename, request.body);
  if (!prepared) {
    if (prepared.error().kind == ErrorKind::kInvalidInput) {
      return JsonError(400, "invalid_document", prepared.error().message);
    }
    return Internal(prepared.error());
  }
  auto added = r.service.WithDb([&](store::Database& db) {
    return knowledge::DocumentLibrary(db).Store(r.user, std::move(*prepared));
  });
  if (!added) {
    if (added.error().kind == ErrorKind::kInvalidInput) {
      return JsonError(400, "invalid_document", added.error().message);
    }
    return Internal(added.error());
  }
  // The original bytes, so the profile can name the file as its resume.
  const auto dir = r.service.DocumentsDir(r.user);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (auto written = WriteFile(dir / *filename, request.body); !written) {
    return Internal(written.error());
  }
  r.service.EmbedDocumentsLater(r.user);
  return Json(201, json::object{{"document", DocumentJson(*added)}});
}

HttpResponse DeleteDocument(RouteRequest& r) {
  const std::string& id_text = r.params[0];
  auto id = ParseInt(id_text);
  if (!id) return JsonError(404, "not_found", "no such document");
  std::string filename;
  auto st = r.service.WithDb([&](store::Database& db) -> Status {
    knowledge::DocumentLibrary library(db);
    auto listed = library.List(r.user);
    if (!listed) return Fail(listed.error());
    for (const auto& d : *listed) {
      if (d.id == *id) filename = d.filename;
    }
    return library.Delete(r.user, *id);
  });
  if (!st) return FromStore(st.error(), "document");
  if (auto name = SafeFilename(filename)) {
    std::error_code ec;
    std::filesystem::remove(r.service.DocumentsDir(r.user) / *name, ec);
  }
  return HttpResponse{204, "application/json", "", {}};
}

}  // namespace applier::server
