// /api/profile: the user's profile YAML, checked before it is saved, and a draft
// of one made from an uploaded document.
#include <boost/json.hpp>

#include "knowledge/document_digest.h"
#include "knowledge/document_library.h"
#include "knowledge/document_text.h"
#include "knowledge/profile.h"
#include "server/request_body.h"
#include "server/responses.h"
#include "server/routes.h"
#include "server/stored_files.h"
#include "server/views.h"
#include "session/profile_drafter.h"
#include "store/user_table.h"

namespace applier::server {

namespace json = boost::json;
namespace asio = boost::asio;

namespace {

// The document named by the body's document_id, as text to draft from.
std::expected<session::ResumeSource, HttpResponse> ResumeFor(RouteRequest& r,
                                                             const std::string& raw) {
  auto body = ParseObject(raw);
  if (!body) return std::unexpected(FromError(body.error()));
  const auto* id = body->if_contains("document_id");
  if (id == nullptr || id->is_null()) {
    return std::unexpected(JsonError(400, "missing_field", "field 'document_id' is required"));
  }
  if (!id->is_int64() || id->as_int64() < 1) {
    return std::unexpected(
        JsonError(400, "bad_field", "field 'document_id' must be the id of one of your documents"));
  }
  auto listed = r.service.ReadDb(
      [&](store::Database& db) { return knowledge::DocumentLibrary(db).List(r.user); });
  if (!listed) return std::unexpected(Internal(listed.error()));
  const knowledge::DocumentInfo* document = nullptr;
  for (const auto& d : *listed) {
    if (d.id == id->as_int64()) document = &d;
  }
  if (document == nullptr) {
    return std::unexpected(JsonError(404, "not_found", "no such document"));
  }
  // The stored original; a later upload with the same name replaces it, which the
  // digest tells.
  const auto dir = r.service.DocumentsDir(r.user);
  const std::string bytes = ReadFile(dir / document->filename);
  if (bytes.empty() || knowledge::Sha256Hex(bytes) != document->sha256) {
    return std::unexpected(JsonError(
        422, "no_text",
        "the original of '" + document->filename + "' is no longer stored: upload it again"));
  }
  auto extracted = knowledge::ExtractDocumentText(document->filename, bytes);
  if (!extracted) return std::unexpected(JsonError(422, "no_text", extracted.error().message));
  std::string text;
  for (const auto& page : extracted->pages) text += page + "\n";
  if (!session::HasUsableText(text)) {
    return std::unexpected(JsonError(
        422, "no_text", "'" + document->filename + "' has no words to draft a profile from"));
  }
  return session::ResumeSource{std::move(text), document->filename, dir};
}

HttpResponse DraftedJson(const session::DraftedProfile& drafted) {
  return Json(200, json::object{{"yaml", drafted.yaml},
                                {"source", drafted.source},
                                {"notes", json::value_from(drafted.notes)}});
}

}  // namespace

HttpResponse GetProfile(RouteRequest& r) {
  auto stored =
      r.service.ReadDb([&](store::Database& db) { return store::UserTable(db).Profile(r.user); });
  if (!stored) return Internal(stored.error());
  if (!*stored) {
    return JsonError(404, "no_profile",
                     "you have not saved a profile yet: PUT /api/profile with {\"yaml\": ...}");
  }
  json::object body{{"yaml", (*stored)->yaml}, {"updated_at", (*stored)->updated_at}};
  auto parsed = knowledge::LoadProfileFromString((*stored)->yaml, r.service.DocumentsDir(r.user));
  if (parsed) {
    body["profile"] = ProfileJson(*parsed);
  } else {
    body["profile"] = nullptr;
    body["problem"] = parsed.error().message;
  }
  return Json(200, body);
}

HttpResponse PutProfile(RouteRequest& r) {
  const std::string& raw = r.http.body;
  auto body = ParseObject(raw);
  if (!body) return FromError(body.error());
  auto yaml = RequiredString(*body, "yaml");
  if (!yaml) return FromError(yaml.error());
  const auto documents = r.service.DocumentsDir(r.user);
  auto profile = knowledge::LoadProfileFromString(*yaml, documents, "profile.yaml");
  if (!profile) return JsonError(400, "invalid_profile", profile.error().message);
  for (const auto* file : {&profile->resume, &profile->cover_letter}) {
    if (!file->empty() && !Inside(*file, documents)) {
      return JsonError(400, "invalid_profile",
                       "profile.yaml: '" + file->filename().string() +
                           "' must be one of your uploaded documents (POST /api/documents), "
                           "named by its file name");
    }
  }
  auto st = r.service.WithDb(
      [&](store::Database& db) { return store::UserTable(db).SetProfile(r.user, *yaml); });
  if (!st) return Internal(st.error());
  return Json(200, json::object{{"profile", ProfileJson(*profile)}});
}

// POST /api/profile/draft: a profile drafted from one of the user's documents,
// returned for the user to correct; nothing is saved.
asio::awaitable<HttpResponse> DraftProfile(RouteRequest& r) {
  const std::string& raw = r.http.body;
  // Reading the stored original and its text is disk and CPU work.
  auto resume = co_await r.service.blocking.Run([&] { return ResumeFor(r, raw); });
  if (!resume) co_return std::move(resume.error());
  // Its own accounting, so /metrics counts what this draft spent.
  const llm::LlmClient client = r.service.llm.ForApplication(llm::Budget{});
  const session::ProfileDrafter drafter(r.service.llm.configured() ? &client : nullptr);
  session::DraftedProfile drafted = co_await drafter.Draft(std::move(*resume));
  r.service.CountLlmUsage(client.usage());
  co_return DraftedJson(drafted);
}

}  // namespace applier::server
