#include "server/api.h"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <fstream>
#include <sstream>

#include "egress/url_check.h"
#include "knowledge/document_digest.h"
#include "knowledge/document_library.h"
#include "knowledge/document_text.h"
#include "knowledge/profile.h"
#include "server/password_hasher.h"
#include "server/random_id.h"
#include "session/profile_drafter.h"
#include "store/audit_table.h"
#include "store/saved_answer_admin.h"
#include "store/served_application_table.h"
#include "store/user_table.h"

namespace applier::server {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

// A handler's failure: the HTTP status, a stable code for programs and a
// message for people.
struct ApiError {
  int status;
  std::string code;
  std::string message;
};

template <typename T>
using Reply = std::expected<T, ApiError>;

std::unexpected<ApiError> Err(int status, std::string code, std::string message) {
  return std::unexpected<ApiError>(ApiError{status, std::move(code), std::move(message)});
}

HttpResponse Json(int status, const json::value& body) {
  return HttpResponse{status, "application/json", json::serialize(body), {}};
}

HttpResponse FromError(const ApiError& error) {
  return JsonError(error.status, error.code, error.message);
}

// Store failures are the server's fault: logged with detail, reported plainly.
HttpResponse Internal(const Error& error) {
  spdlog::error("request failed: {}", error.message);
  return JsonError(500, "internal", "the server could not complete the request; try again");
}

HttpResponse FromStore(const Error& error, std::string_view what) {
  switch (error.kind) {
    case ErrorKind::kNotFound: return JsonError(404, "not_found", "no such " + std::string(what));
    case ErrorKind::kConflict: return JsonError(409, "conflict", error.message);
    case ErrorKind::kInvalidInput: return JsonError(400, "invalid", error.message);
    default: return Internal(error);
  }
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// --- JSON bodies ------------------------------------------------------------------

Reply<json::object> ParseObject(const std::string& body) {
  if (body.empty()) return Err(400, "bad_json", "the request needs a JSON object body");
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  if (ec) return Err(400, "bad_json", "the body is not valid JSON: " + ec.message());
  if (!value.is_object()) return Err(400, "bad_json", "the body must be a JSON object");
  return std::move(value.as_object());
}

Reply<std::optional<std::string>> OptionalString(const json::object& body, std::string_view key) {
  const auto* value = body.if_contains(key);
  if (value == nullptr || value->is_null()) return std::optional<std::string>();
  if (!value->is_string()) {
    return Err(400, "bad_field", "field '" + std::string(key) + "' must be a string");
  }
  return std::optional<std::string>(std::string(value->as_string()));
}

Reply<std::string> RequiredString(const json::object& body, std::string_view key) {
  auto value = OptionalString(body, key);
  if (!value) return std::unexpected(value.error());
  if (!*value || (*value)->empty()) {
    return Err(400, "missing_field", "field '" + std::string(key) + "' is required");
  }
  return std::move(**value);
}

Reply<std::optional<bool>> OptionalBool(const json::object& body, std::string_view key) {
  const auto* value = body.if_contains(key);
  if (value == nullptr || value->is_null()) return std::optional<bool>();
  if (!value->is_bool()) {
    return Err(400, "bad_field", "field '" + std::string(key) + "' must be true or false");
  }
  return std::optional<bool>(value->as_bool());
}

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::vector<std::string> Segments(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    const auto end = path.find('/', start);
    parts.emplace_back(path.substr(start, end == std::string_view::npos ? path.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

// --- views ------------------------------------------------------------------------

json::object ProfileJson(const knowledge::Profile& p) {
  json::array jobs;
  for (const auto& job : p.work_history) {
    jobs.push_back(json::object{{"company", job.company},
                                {"title", job.title},
                                {"start", job.start},
                                {"end", job.end},
                                {"location", job.location}});
  }
  json::array schools;
  for (const auto& e : p.education) {
    schools.push_back(json::object{{"school", e.school},
                                   {"degree", e.degree},
                                   {"field", e.field},
                                   {"start", e.start},
                                   {"end", e.end}});
  }
  json::object links{{"linkedin", p.links.linkedin},
                     {"github", p.links.github},
                     {"portfolio", p.links.portfolio},
                     {"website", p.links.website}};
  return json::object{
      {"name", json::object{{"first", p.name.first},
                            {"middle", p.name.middle},
                            {"last", p.name.last},
                            {"preferred", p.name.preferred},
                            {"full", p.name.Full()}}},
      {"email", p.email},
      {"phone", p.phone},
      {"address", json::object{{"city", p.address.city},
                               {"region", p.address.region},
                               {"country", p.address.country},
                               {"country_code", p.address.country_code}}},
      {"links", std::move(links)},
      {"current_company", p.current_company},
      {"current_title", p.current_title},
      {"skills", json::value_from(p.skills)},
      {"work_history", std::move(jobs)},
      {"education", std::move(schools)},
      {"resume",
       p.resume.empty() ? json::value(nullptr) : json::value(p.resume.filename().string())},
      {"cover_letter", p.cover_letter.empty() ? json::value(nullptr)
                                              : json::value(p.cover_letter.filename().string())},
  };
}

json::object ApplicationSummary(const store::ServedApplication& a) {
  json::object row{{"session_id", a.session_id},
                   {"url", a.url},
                   {"status", a.state},
                   {"outcome", a.outcome.empty() ? json::value(nullptr) : json::value(a.outcome)},
                   {"message", a.message},
                   {"draft_mode", a.draft_mode},
                   {"created_at", a.created_at},
                   {"updated_at", a.updated_at},
                   {"resumable", a.state == "kept_draft"}};
  if (!a.title.empty()) row["title"] = a.title;
  row["llm_calls"] = a.llm_calls;
  row["llm_prompt_tokens"] = a.llm_prompt_tokens;
  row["llm_completion_tokens"] = a.llm_completion_tokens;
  row["llm_cost_usd"] = a.llm_cost_usd;
  return row;
}

json::object DocumentJson(const knowledge::DocumentInfo& d) {
  return json::object{{"id", d.id},         {"filename", d.filename},    {"kind", d.kind},
                      {"bytes", d.bytes},   {"pages", d.pages},          {"chunks", d.chunks},
                      {"sha256", d.sha256}, {"created_at", d.created_at}};
}

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

bool Inside(const std::filesystem::path& file, const std::filesystem::path& dir) {
  const auto f = file.lexically_normal().string();
  const auto d = dir.lexically_normal().string() + "/";
  return f.rfind(d, 0) == 0;
}

const char* ContentTypeFor(const std::filesystem::path& path) {
  const auto ext = path.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".json") return "application/json";
  if (ext == ".ico") return "image/x-icon";
  return "application/octet-stream";
}

// --- the handlers -----------------------------------------------------------------

class Handler {
 public:
  Handler(Service& service, ApplicationRunner& runner, std::string user)
      : service_(service), runner_(runner), user_(std::move(user)) {}

  HttpResponse Me() {
    auto row =
        service_.ReadDb([&](store::Database& db) { return store::UserTable(db).Find(user_); });
    if (!row) return Internal(row.error());
    return Json(200, json::object{{"user", UserJson()}});
  }

  json::object UserJson() const { return json::object{{"id", user_}, {"name", user_}}; }

  HttpResponse GetProfile() {
    auto stored =
        service_.ReadDb([&](store::Database& db) { return store::UserTable(db).Profile(user_); });
    if (!stored) return Internal(stored.error());
    if (!*stored) {
      return JsonError(404, "no_profile",
                       "you have not saved a profile yet: PUT /api/profile with {\"yaml\": ...}");
    }
    json::object body{{"yaml", (*stored)->yaml}, {"updated_at", (*stored)->updated_at}};
    auto parsed = knowledge::LoadProfileFromString((*stored)->yaml, service_.DocumentsDir(user_));
    if (parsed) {
      body["profile"] = ProfileJson(*parsed);
    } else {
      body["profile"] = nullptr;
      body["problem"] = parsed.error().message;
    }
    return Json(200, body);
  }

  HttpResponse PutProfile(const std::string& raw) {
    auto body = ParseObject(raw);
    if (!body) return FromError(body.error());
    auto yaml = RequiredString(*body, "yaml");
    if (!yaml) return FromError(yaml.error());
    const auto documents = service_.DocumentsDir(user_);
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
    auto st = service_.WithDb(
        [&](store::Database& db) { return store::UserTable(db).SetProfile(user_, *yaml); });
    if (!st) return Internal(st.error());
    return Json(200, json::object{{"profile", ProfileJson(*profile)}});
  }

  HttpResponse AddDocument(const HttpRequest& request) {
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
    auto added = service_.WithDb([&](store::Database& db) {
      return knowledge::DocumentLibrary(db).Store(user_, std::move(*prepared));
    });
    if (!added) {
      if (added.error().kind == ErrorKind::kInvalidInput) {
        return JsonError(400, "invalid_document", added.error().message);
      }
      return Internal(added.error());
    }
    // The original bytes, so the profile can name the file as its resume.
    const auto dir = service_.DocumentsDir(user_);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::ofstream out(dir / *filename, std::ios::binary | std::ios::trunc);
    out.write(request.body.data(), static_cast<std::streamsize>(request.body.size()));
    if (!out) return Internal(Error{ErrorKind::kIo, "cannot write " + (dir / *filename).string()});
    service_.EmbedDocumentsLater(user_);
    return Json(201, json::object{{"document", DocumentJson(*added)}});
  }

  HttpResponse ListDocuments() {
    auto listed = service_.ReadDb(
        [&](store::Database& db) { return knowledge::DocumentLibrary(db).List(user_); });
    if (!listed) return Internal(listed.error());
    json::array documents;
    for (const auto& d : *listed) documents.push_back(DocumentJson(d));
    return Json(200, json::object{{"documents", std::move(documents)}});
  }

  HttpResponse DeleteDocument(const std::string& id_text) {
    auto id = ParseInt(id_text);
    if (!id) return JsonError(404, "not_found", "no such document");
    std::string filename;
    auto st = service_.WithDb([&](store::Database& db) -> Status {
      knowledge::DocumentLibrary library(db);
      auto listed = library.List(user_);
      if (!listed) return Fail(listed.error());
      for (const auto& d : *listed) {
        if (d.id == *id) filename = d.filename;
      }
      return library.Delete(user_, *id);
    });
    if (!st) return FromStore(st.error(), "document");
    if (auto name = SafeFilename(filename)) {
      std::error_code ec;
      std::filesystem::remove(service_.DocumentsDir(user_) / *name, ec);
    }
    return HttpResponse{204, "application/json", "", {}};
  }

  // A coroutine because the URL check resolves the host. GCC 12 miscompiles
  // braced initialiser lists with string literals in coroutine bodies, so the JSON
  // is built in the plain functions it calls.
  asio::awaitable<HttpResponse> Apply(std::string raw) {
    auto body = ParseObject(raw);
    if (!body) co_return FromError(body.error());
    auto url = RequiredString(*body, "url");
    if (!url) co_return FromError(url.error());
    auto draft_mode = OptionalBool(*body, "draft_mode");
    if (!draft_mode) co_return FromError(draft_mode.error());
    auto profile_id = OptionalString(*body, "profile_id");
    if (!profile_id) co_return FromError(profile_id.error());
    if (*profile_id && **profile_id != "default" && **profile_id != user_) {
      co_return JsonError(400, "bad_field", "field 'profile_id': each user has one profile");
    }
    Status allowed = co_await egress::CheckJobUrl(*url, service_.policy, service_.resolver);
    if (!allowed) co_return JsonError(400, "bad_url", allowed.error().message);
    const bool draft = draft_mode->value_or(true);
    co_return co_await service_.blocking.Run([&] { return Queue(*url, draft); });
  }

  // The rest of Apply: the application stored and queued.
  HttpResponse Queue(const std::string& url, bool draft_mode) {
    auto stored =
        service_.ReadDb([&](store::Database& db) { return store::UserTable(db).Profile(user_); });
    if (!stored) return Internal(stored.error());
    if (!*stored) {
      return JsonError(400, "no_profile", "save your profile first (PUT /api/profile), then apply");
    }
    auto id = RandomId("app_", 10);
    if (!id) return Internal(id.error());
    store::ServedApplication app;
    app.session_id = std::move(*id);
    app.user_id = user_;
    app.url = url;
    app.draft_mode = draft_mode;
    app.state = "queued";
    auto created = service_.WithDb(
        [&](store::Database& db) { return store::ServedApplicationTable(db).Create(app); });
    if (!created) return Internal(created.error());
    return Queued(app);
  }

  // POST /api/profile/draft: a profile drafted from one of the user's documents,
  // returned for the user to correct; nothing is saved.
  asio::awaitable<HttpResponse> DraftProfile(std::string raw) {
    // Reading the stored original and its text is disk and CPU work.
    auto resume = co_await service_.blocking.Run([&] { return ResumeFor(raw); });
    if (!resume) co_return std::move(resume.error());
    // Its own accounting, so /metrics counts what this draft spent.
    const llm::LlmClient client = service_.llm.ForApplication(llm::Budget{});
    const session::ProfileDrafter drafter(service_.llm.configured() ? &client : nullptr);
    session::DraftedProfile drafted = co_await drafter.Draft(std::move(*resume));
    service_.CountLlmUsage(client.usage());
    co_return DraftedJson(drafted);
  }

  // The document named by the body's document_id, as text to draft from.
  std::expected<session::ResumeSource, HttpResponse> ResumeFor(const std::string& raw) {
    auto body = ParseObject(raw);
    if (!body) return std::unexpected(FromError(body.error()));
    const auto* id = body->if_contains("document_id");
    if (id == nullptr || id->is_null()) {
      return std::unexpected(JsonError(400, "missing_field", "field 'document_id' is required"));
    }
    if (!id->is_int64() || id->as_int64() < 1) {
      return std::unexpected(JsonError(
          400, "bad_field", "field 'document_id' must be the id of one of your documents"));
    }
    auto listed = service_.ReadDb(
        [&](store::Database& db) { return knowledge::DocumentLibrary(db).List(user_); });
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
    const auto dir = service_.DocumentsDir(user_);
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

  static HttpResponse DraftedJson(const session::DraftedProfile& drafted) {
    return Json(200, json::object{{"yaml", drafted.yaml},
                                  {"source", drafted.source},
                                  {"notes", json::value_from(drafted.notes)}});
  }

  // The rest of Apply, outside the coroutine (GCC 12 and braced lists, see below).
  HttpResponse Queued(const store::ServedApplication& app) {
    service_.Audit(user_, app.session_id, "queued", json::object{{"url", app.url}});
    if (auto st = service_.Enqueue(user_, app.session_id); !st) return Internal(st.error());
    return Json(202, json::object{{"task_id", TaskIdFor(app.session_id)},
                                  {"session_id", app.session_id},
                                  {"message", "Queued; watch it on /ws/" + app.session_id}});
  }

  HttpResponse Resolve(const std::string& raw) {
    auto body = ParseObject(raw);
    if (!body) return FromError(body.error());
    auto hitl_id = RequiredString(*body, "hitl_id");
    if (!hitl_id) return FromError(hitl_id.error());
    auto session_id = OptionalString(*body, "session_id");
    if (!session_id) return FromError(session_id.error());
    const auto* response = body->if_contains("response");
    if (response == nullptr || !(response->is_string() || response->is_object())) {
      return JsonError(400, "bad_field",
                       "field 'response' must be a string or an object {question_id: answer}");
    }
    const std::string session = session_id->value_or("");
    if (!session.empty()) {
      auto owner = service_.ReadDb(
          [&](store::Database& db) { return store::ServedApplicationTable(db).OwnerOf(session); });
      if (!owner) return Internal(owner.error());
      if (*owner && **owner != user_) {
        return JsonError(403, "forbidden", "that session belongs to someone else");
      }
    }
    switch (service_.hitl.Resolve(user_, session, *hitl_id, *response)) {
      case ResolveResult::kResolved: return Json(200, json::object{{"status", "resolved"}});
      case ResolveResult::kForbidden:
        return JsonError(403, "forbidden", "that request belongs to someone else's session");
      case ResolveResult::kAlreadyAnswered:
        return JsonError(409, "already_answered", "that request was already answered");
      case ResolveResult::kNotFound: break;
    }
    return JsonError(404, "not_found",
                     "no open request with that id in that session (unknown, or it timed out)");
  }

  HttpResponse ListApplications(const HttpRequest& request) {
    std::int64_t limit = 100;
    if (auto it = request.query.find("limit"); it != request.query.end()) {
      auto parsed = ParseInt(it->second);
      if (!parsed || *parsed < 1 || *parsed > 1000) {
        return JsonError(400, "bad_parameter", "'limit' must be a whole number from 1 to 1000");
      }
      limit = *parsed;
    }
    auto rows = service_.ReadDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).ListForUser(user_, limit);
    });
    if (!rows) return Internal(rows.error());
    json::array list;
    for (const auto& a : *rows) list.push_back(ApplicationSummary(a));
    return Json(200, json::object{{"applications", std::move(list)}});
  }

  Reply<store::ServedApplication> Owned(const std::string& session_id) {
    auto app = service_.ReadDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).Get(user_, session_id);
    });
    if (!app) {
      if (app.error().kind == ErrorKind::kNotFound) {
        return Err(404, "not_found", "no application '" + session_id + "'");
      }
      return Err(500, "internal", "the server could not read the application");
    }
    return std::move(*app);
  }

  HttpResponse GetApplication(const std::string& session_id) {
    auto app = Owned(session_id);
    if (!app) return FromError(app.error());
    auto audit = service_.ReadDb(
        [&](store::Database& db) { return store::AuditTable(db).ForSession(user_, session_id); });
    if (!audit) return Internal(audit.error());
    json::object view = ApplicationSummary(*app);
    json::array answers;
    json::array trail;
    for (const auto& row : *audit) {
      json::value detail = json::parse(row.detail_json);
      if (row.kind == "answer" && detail.is_object()) {
        if (const auto* list = detail.as_object().if_contains("answers");
            list && list->is_array()) {
          for (const auto& a : list->as_array()) answers.push_back(a);
        }
      }
      trail.push_back(json::object{{"kind", row.kind}, {"at", row.at}, {"detail", detail}});
    }
    boost::system::error_code ec;
    json::value draft =
        app->draft_json.empty() ? json::value(nullptr) : json::parse(app->draft_json, ec);
    view["draft"] = ec ? json::value(nullptr) : draft;
    view["answers"] = std::move(answers);
    view["audit"] = std::move(trail);
    view["receipt_url"] = app->receipt_json.empty()
                              ? json::value(nullptr)
                              : json::value("/api/applications/" + session_id + "/receipt");
    return Json(200, json::object{{"application", std::move(view)}});
  }

  HttpResponse Events(const std::string& session_id, const HttpRequest& request) {
    auto app = Owned(session_id);
    if (!app) return FromError(app.error());
    std::int64_t after = 0;
    if (auto it = request.query.find("after"); it != request.query.end()) {
      auto parsed = ParseInt(it->second);
      if (!parsed || *parsed < 0) {
        return JsonError(400, "bad_parameter", "'after' must be a whole number >= 0");
      }
      after = *parsed;
    }
    auto events = service_.bus->Replay(user_, session_id, after);
    if (!events) return Internal(events.error());
    json::array list;
    for (const auto& e : *events) list.push_back(json::parse(*e.wire));
    return Json(200, json::object{{"events", std::move(list)}});
  }

  HttpResponse Image(const std::string& session_id, bool draft) {
    auto app = Owned(session_id);
    if (!app) return FromError(app.error());
    const auto path = draft ? std::filesystem::path(app->draft_screenshot)
                            : service_.ConfirmationPath(session_id);
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) {
      return JsonError(404, "not_found",
                       draft ? "this application has no draft screenshot yet"
                             : "this application has no confirmation screenshot");
    }
    return HttpResponse{200, "image/jpeg", ReadFile(path), {{"Cache-Control", "no-store"}}};
  }

  HttpResponse Receipt(const std::string& session_id, const HttpRequest& request) {
    auto app = Owned(session_id);
    if (!app) return FromError(app.error());
    if (app->receipt_json.empty()) {
      return JsonError(404, "no_receipt", "only a submitted application has a receipt");
    }
    HttpResponse response{200, "application/json", app->receipt_json, {}};
    if (auto it = request.query.find("download"); it != request.query.end() && it->second == "1") {
      response.headers.emplace_back("Content-Disposition",
                                    "attachment; filename=\"receipt-" + session_id + ".json\"");
    }
    return response;
  }

  HttpResponse Cancel(const std::string& session_id) {
    auto app = Owned(session_id);
    if (!app) return FromError(app.error());
    if (app->state == "done") {
      return JsonError(409, "already_finished", "this application has already ended");
    }
    service_.Audit(user_, session_id, "cancel", json::object{{"state", app->state}});
    if (app->state == "queued" || app->state == "kept_draft") {
      if (app->state == "queued" && !service_.queue.CancelPending(TaskIdFor(session_id))) {
        // A worker claimed it a moment ago: stop the run instead.
        return CancelRunning(session_id);
      }
      auto st = service_.WithDb([&](store::Database& db) {
        return store::ServedApplicationTable(db).Finish(
            session_id, "done", "cancelled", "Cancelled by you; nothing was submitted", "");
      });
      if (!st) return Internal(st.error());
      service_.Publish(session_id, user_,
                       {"applier:complete", "Cancelled by you; nothing was submitted",
                        json::object{{"outcome", "cancelled"}}});
      return Json(200, json::object{{"status", "cancelled"}});
    }
    return CancelRunning(session_id);
  }

  HttpResponse CancelRunning(const std::string& session_id) {
    service_.RequestCancel(session_id);
    return Json(200, json::object{{"status", "cancelling"}});
  }

  HttpResponse Resume(const std::string& session_id) {
    auto st = service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).Requeue(user_, session_id);
    });
    if (!st) return FromStore(st.error(), "application");
    if (auto queued = service_.Enqueue(user_, session_id); !queued) {
      return Internal(queued.error());
    }
    service_.Audit(user_, session_id, "resume", json::object{});
    return Json(202, json::object{{"task_id", TaskIdFor(session_id)},
                                  {"session_id", session_id},
                                  {"message", "Filling again up to a new draft"}});
  }

  HttpResponse ListAnswers() {
    auto rows = service_.ReadDb(
        [&](store::Database& db) { return store::SavedAnswerAdmin(db).List(user_); });
    if (!rows) return Internal(rows.error());
    json::array list;
    for (const auto& r : *rows) {
      boost::system::error_code ec;
      json::value options = json::parse(r.options_json, ec);
      list.push_back(json::object{{"id", r.id},
                                  {"question", r.question},
                                  {"answer", r.answer},
                                  {"options", ec ? json::value(json::array()) : options},
                                  {"updated_at", r.updated_at}});
    }
    return Json(200, json::object{{"answers", std::move(list)}});
  }

  HttpResponse PutAnswer(const std::string& id_text, const std::string& raw) {
    auto id = ParseInt(id_text);
    if (!id) return JsonError(404, "not_found", "no such saved answer");
    auto body = ParseObject(raw);
    if (!body) return FromError(body.error());
    auto answer = RequiredString(*body, "answer");
    if (!answer) return FromError(answer.error());
    auto st = service_.WithDb([&](store::Database& db) {
      return store::SavedAnswerAdmin(db).Update(user_, *id, *answer);
    });
    if (!st) return FromStore(st.error(), "saved answer");
    return Json(200, json::object{{"status", "updated"}, {"id", *id}});
  }

  HttpResponse DeleteAnswer(const std::string& id_text) {
    auto id = ParseInt(id_text);
    if (!id) return JsonError(404, "not_found", "no such saved answer");
    auto st = service_.WithDb(
        [&](store::Database& db) { return store::SavedAnswerAdmin(db).Delete(user_, *id); });
    if (!st) return FromStore(st.error(), "saved answer");
    return HttpResponse{204, "application/json", "", {}};
  }

 private:
  Service& service_;
  ApplicationRunner& runner_;
  std::string user_;
};

}  // namespace

HttpResponse JsonError(int status, std::string_view code, std::string_view message) {
  return Json(status, json::object{{"error", code}, {"message", message}});
}

bool ParseTarget(std::string_view target, std::string& path,
                 std::map<std::string, std::string>& query) {
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) return false;
  path = std::string(parsed->path());
  if (path.find('\0') != std::string::npos) return false;
  for (const auto& param : parsed->params()) query[param.key] = param.value;
  return true;
}

Result<std::string> Api::Authenticate(std::string_view token) {
  auto claims = service_.tokens.Verify(token);
  if (!claims) return Fail(claims.error());
  auto row = service_.ReadDb(
      [&](store::Database& db) { return store::UserTable(db).Find(claims->subject); });
  if (!row) return Fail(row.error());
  if (*row) return claims->subject;
  // Signed with our secret but not one of our accounts: an external identity
  // provider's user, known from now on by `sub`.
  auto st = service_.WithDb(
      [&](store::Database& db) { return store::UserTable(db).EnsureExternal(claims->subject); });
  if (!st) return Fail(st.error());
  return claims->subject;
}

asio::awaitable<HttpResponse> Api::Handle(HttpRequest request) {
  service_.metrics.http_requests.fetch_add(1, std::memory_order_relaxed);
  // The one answer that needs nothing but this thread.
  if (request.path == "/healthz") {
    if (request.method != "GET") co_return JsonError(405, "method_not_allowed", "use GET");
    co_return Json(200, json::object{{"status", "ok"}});
  }
  const bool apply = request.path == "/api/jobs/apply" && request.method == "POST";
  const bool draft = request.path == "/api/profile/draft" && request.method == "POST";
  if (apply || draft) {
    auto user = co_await service_.blocking.Run([&] { return UserOf(request); });
    if (!user) co_return std::move(user.error());
    Handler handler(service_, runner_, *user);
    if (apply) co_return co_await handler.Apply(std::move(request.body));
    co_return co_await handler.DraftProfile(std::move(request.body));
  }
  co_return co_await service_.blocking.Run([&] { return Dispatch(request); });
}

std::expected<std::string, HttpResponse> Api::UserOf(const HttpRequest& request) {
  std::string token;
  if (request.authorization.rfind("Bearer ", 0) == 0) token = request.authorization.substr(7);
  if (token.empty()) {
    return std::unexpected(
        JsonError(401, "unauthorized",
                  "sign in first: send 'Authorization: Bearer <token>' from /api/auth/login"));
  }
  auto user = Authenticate(token);
  if (!user) return std::unexpected(JsonError(401, "unauthorized", user.error().message));
  return *user;
}

HttpResponse Api::Dispatch(HttpRequest& request) {
  const auto parts = Segments(request.path);
  const std::string& method = request.method;

  if (request.path == "/metrics") {
    if (method != "GET") return JsonError(405, "method_not_allowed", "use GET");
    Metrics::Gauges gauges;
    gauges.queue_depth = service_.queue.depth();
    gauges.workers = static_cast<std::size_t>(service_.options.workers);
    gauges.open_hitl = service_.hitl.open_count();
    auto counts = service_.ReadDb(
        [&](store::Database& db) { return store::ServedApplicationTable(db).CountByOutcome(); });
    if (counts) gauges.applications_by_outcome = std::move(*counts);
    return HttpResponse{200, "text/plain; version=0.0.4", service_.metrics.Render(gauges), {}};
  }
  if (parts.empty() || parts[0] != "api") {
    if (method != "GET") return JsonError(405, "method_not_allowed", "use GET");
    if (service_.options.web_dir.empty()) {
      return JsonError(404, "not_found", "this server has no web UI (start it with --web-dir)");
    }
    std::filesystem::path file;
    if (request.path == "/" || request.path == "/index.html") {
      file = service_.options.web_dir / "index.html";
    } else if (parts.size() >= 2 && parts[0] == "static") {
      std::filesystem::path relative;
      for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i] == ".." || parts[i] == ".") return JsonError(404, "not_found", "no such file");
        relative /= parts[i];
      }
      file = service_.options.web_dir / relative;
    }
    std::error_code ec;
    if (file.empty() || !std::filesystem::is_regular_file(file, ec) ||
        !Inside(file, service_.options.web_dir)) {
      return JsonError(404, "not_found", "no such page: " + request.path);
    }
    return HttpResponse{200, ContentTypeFor(file), ReadFile(file), {{"Cache-Control", "no-cache"}}};
  }

  if (request.path == "/api/auth/login") {
    if (method != "POST") return JsonError(405, "method_not_allowed", "use POST");
    auto body = ParseObject(request.body);
    if (!body) return FromError(body.error());
    auto username = RequiredString(*body, "username");
    if (!username) return FromError(username.error());
    auto password = RequiredString(*body, "password");
    if (!password) return FromError(password.error());
    if (auto wait = service_.login_limiter.RetryAfter(*username, request.remote_address)) {
      HttpResponse refused = JsonError(
          429, "too_many_attempts",
          "too many failed sign-ins; try again in " + std::to_string(wait->count()) + " s");
      refused.headers.emplace_back("Retry-After", std::to_string(wait->count()));
      return refused;
    }
    auto row =
        service_.ReadDb([&](store::Database& db) { return store::UserTable(db).Find(*username); });
    if (!row) return Internal(row.error());
    const bool ok =
        *row && !(*row)->password_hash.empty() && VerifyPassword((*row)->password_hash, *password);
    if (!*row || (*row)->password_hash.empty()) VerifyAgainstDummy(*password);
    if (!ok) {
      service_.login_limiter.RecordFailure(*username, request.remote_address);
      return JsonError(401, "invalid_credentials", "wrong user name or password");
    }
    service_.login_limiter.RecordSuccess(*username);
    auto token = service_.tokens.Issue(*username, service_.options.token_lifetime);
    if (!token) return Internal(token.error());
    auto claims = service_.tokens.Verify(*token);
    const std::int64_t expires_at = claims ? claims->expires_at : 0;
    return Json(200, json::object{{"token", *token},
                                  {"expires_at", expires_at},
                                  {"user", json::object{{"id", *username}, {"name", *username}}}});
  }

  // Everything else under /api needs a token.
  auto user = UserOf(request);
  if (!user) return std::move(user.error());
  Handler h(service_, runner_, *user);

  const std::size_t n = parts.size();
  auto wrong_method = [&](const char* allowed) {
    return JsonError(405, "method_not_allowed", std::string("use ") + allowed);
  };
  if (n == 2 && parts[1] == "me") {
    if (method != "GET") return wrong_method("GET");
    return h.Me();
  }
  if (n == 2 && parts[1] == "profile") {
    if (method == "GET") return h.GetProfile();
    if (method == "PUT") return h.PutProfile(request.body);
    return wrong_method("GET or PUT");
  }
  if (n == 3 && parts[1] == "profile" && parts[2] == "draft") return wrong_method("POST");
  if (n == 2 && parts[1] == "documents") {
    if (method == "GET") return h.ListDocuments();
    if (method == "POST") return h.AddDocument(request);
    return wrong_method("GET or POST");
  }
  if (n == 3 && parts[1] == "documents") {
    if (method != "DELETE") return wrong_method("DELETE");
    return h.DeleteDocument(parts[2]);
  }
  if (n == 3 && parts[1] == "jobs" && parts[2] == "apply") {
    if (method != "POST") return wrong_method("POST");
    return JsonError(405, "method_not_allowed", "use POST");
  }
  if (n == 3 && parts[1] == "hitl" && parts[2] == "resolve") {
    if (method != "POST") return wrong_method("POST");
    return h.Resolve(request.body);
  }
  if (n == 2 && parts[1] == "applications") {
    if (method != "GET") return wrong_method("GET");
    return h.ListApplications(request);
  }
  if (n >= 3 && parts[1] == "applications") {
    const std::string& id = parts[2];
    if (n == 3) {
      if (method != "GET") return wrong_method("GET");
      return h.GetApplication(id);
    }
    if (n == 4) {
      const std::string& what = parts[3];
      if (what == "cancel" || what == "resume") {
        if (method != "POST") return wrong_method("POST");
        return what == "cancel" ? h.Cancel(id) : h.Resume(id);
      }
      if (method != "GET") return wrong_method("GET");
      if (what == "events") return h.Events(id, request);
      if (what == "draft.jpg") return h.Image(id, true);
      if (what == "confirmation.jpg") return h.Image(id, false);
      if (what == "receipt") return h.Receipt(id, request);
    }
  }
  if (n == 2 && parts[1] == "answers") {
    if (method != "GET") return wrong_method("GET");
    return h.ListAnswers();
  }
  if (n == 3 && parts[1] == "answers") {
    if (method == "PUT") return h.PutAnswer(parts[2], request.body);
    if (method == "DELETE") return h.DeleteAnswer(parts[2]);
    return wrong_method("PUT or DELETE");
  }
  return JsonError(404, "not_found", "no such endpoint: " + method + " " + request.path);
}

}  // namespace applier::server
