// /api/jobs/apply and /api/applications: queueing an application and everything a
// user sees and does with it afterwards (events, screenshots, receipt, cancel,
// resume).
#include <boost/json.hpp>

#include "egress/url_check.h"
#include "server/random_id.h"
#include "server/request_body.h"
#include "server/responses.h"
#include "server/routes.h"
#include "server/stored_files.h"
#include "server/views.h"
#include "store/audit_table.h"
#include "store/served_application_table.h"
#include "store/user_table.h"

namespace applier::server {

namespace json = boost::json;
namespace asio = boost::asio;

namespace {

// The application, stored, is audited and queued: 202 with its ids.
HttpResponse Queued(RouteRequest& r, const store::ServedApplication& app) {
  r.service.Audit(r.user, app.session_id, "queued", json::object{{"url", app.url}});
  if (auto st = r.service.Enqueue(r.user, app.session_id); !st) return Internal(st.error());
  return Json(202, json::object{{"task_id", TaskIdFor(app.session_id)},
                                {"session_id", app.session_id},
                                {"message", "Queued; watch it on /ws/" + app.session_id}});
}

// The rest of Apply: the application stored and queued.
HttpResponse Queue(RouteRequest& r, const std::string& url, bool draft_mode) {
  auto stored =
      r.service.ReadDb([&](store::Database& db) { return store::UserTable(db).Profile(r.user); });
  if (!stored) return Internal(stored.error());
  if (!*stored) {
    return JsonError(400, "no_profile", "save your profile first (PUT /api/profile), then apply");
  }
  auto id = RandomId("app_", 10);
  if (!id) return Internal(id.error());
  store::ServedApplication app;
  app.session_id = std::move(*id);
  app.user_id = r.user;
  app.url = url;
  app.draft_mode = draft_mode;
  app.state = "queued";
  auto created = r.service.WithDb(
      [&](store::Database& db) { return store::ServedApplicationTable(db).Create(app); });
  if (!created) return Internal(created.error());
  return Queued(r, app);
}

Reply<store::ServedApplication> Owned(RouteRequest& r, const std::string& session_id) {
  auto app = r.service.ReadDb([&](store::Database& db) {
    return store::ServedApplicationTable(db).Get(r.user, session_id);
  });
  if (!app) {
    if (app.error().kind == ErrorKind::kNotFound) {
      return Err(404, "not_found", "no application '" + session_id + "'");
    }
    return Err(500, "internal", "the server could not read the application");
  }
  return std::move(*app);
}

HttpResponse Image(RouteRequest& r, const std::string& session_id, bool draft) {
  auto app = Owned(r, session_id);
  if (!app) return FromError(app.error());
  const auto path =
      draft ? std::filesystem::path(app->draft_screenshot) : r.service.ConfirmationPath(session_id);
  std::error_code ec;
  if (path.empty() || !std::filesystem::exists(path, ec)) {
    return JsonError(404, "not_found",
                     draft ? "this application has no draft screenshot yet"
                           : "this application has no confirmation screenshot");
  }
  return HttpResponse{200, "image/jpeg", ReadFile(path), {{"Cache-Control", "no-store"}}};
}

HttpResponse CancelRunning(RouteRequest& r, const std::string& session_id) {
  r.service.RequestCancel(session_id);
  return Json(200, json::object{{"status", "cancelling"}});
}

}  // namespace

// A coroutine because the URL check resolves the host. GCC 12 miscompiles
// braced initialiser lists with string literals in coroutine bodies, so the JSON
// is built in the plain functions it calls.
asio::awaitable<HttpResponse> Apply(RouteRequest& r) {
  const std::string& raw = r.http.body;
  auto body = ParseObject(raw);
  if (!body) co_return FromError(body.error());
  auto url = RequiredString(*body, "url");
  if (!url) co_return FromError(url.error());
  auto draft_mode = OptionalBool(*body, "draft_mode");
  if (!draft_mode) co_return FromError(draft_mode.error());
  auto profile_id = OptionalString(*body, "profile_id");
  if (!profile_id) co_return FromError(profile_id.error());
  if (*profile_id && **profile_id != "default" && **profile_id != r.user) {
    co_return JsonError(400, "bad_field", "field 'profile_id': each user has one profile");
  }
  Status allowed = co_await egress::CheckJobUrl(*url, r.service.policy, r.service.resolver);
  if (!allowed) co_return JsonError(400, "bad_url", allowed.error().message);
  const bool draft = draft_mode->value_or(true);
  co_return co_await r.service.blocking.Run([&] { return Queue(r, *url, draft); });
}

HttpResponse ListApplications(RouteRequest& r) {
  const HttpRequest& request = r.http;
  std::int64_t limit = 100;
  if (auto it = request.query.find("limit"); it != request.query.end()) {
    auto parsed = ParseInt(it->second);
    if (!parsed || *parsed < 1 || *parsed > 1000) {
      return JsonError(400, "bad_parameter", "'limit' must be a whole number from 1 to 1000");
    }
    limit = *parsed;
  }
  auto rows = r.service.ReadDb([&](store::Database& db) {
    return store::ServedApplicationTable(db).ListForUser(r.user, limit);
  });
  if (!rows) return Internal(rows.error());
  json::array list;
  for (const auto& a : *rows) list.push_back(ApplicationSummary(a));
  return Json(200, json::object{{"applications", std::move(list)}});
}

HttpResponse GetApplication(RouteRequest& r) {
  const std::string& session_id = r.params[0];
  auto app = Owned(r, session_id);
  if (!app) return FromError(app.error());
  auto audit = r.service.ReadDb(
      [&](store::Database& db) { return store::AuditTable(db).ForSession(r.user, session_id); });
  if (!audit) return Internal(audit.error());
  json::object view = ApplicationSummary(*app);
  json::array answers;
  json::array trail;
  for (const auto& row : *audit) {
    json::value detail = json::parse(row.detail_json);
    if (row.kind == "answer" && detail.is_object()) {
      if (const auto* list = detail.as_object().if_contains("answers"); list && list->is_array()) {
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

HttpResponse Events(RouteRequest& r) {
  const std::string& session_id = r.params[0];
  const HttpRequest& request = r.http;
  auto app = Owned(r, session_id);
  if (!app) return FromError(app.error());
  std::int64_t after = 0;
  if (auto it = request.query.find("after"); it != request.query.end()) {
    auto parsed = ParseInt(it->second);
    if (!parsed || *parsed < 0) {
      return JsonError(400, "bad_parameter", "'after' must be a whole number >= 0");
    }
    after = *parsed;
  }
  auto events = r.service.bus->Replay(r.user, session_id, after);
  if (!events) return Internal(events.error());
  json::array list;
  for (const auto& e : *events) list.push_back(json::parse(*e.wire));
  return Json(200, json::object{{"events", std::move(list)}});
}

HttpResponse DraftImage(RouteRequest& r) {
  return Image(r, r.params[0], true);
}

HttpResponse ConfirmationImage(RouteRequest& r) {
  return Image(r, r.params[0], false);
}

HttpResponse Receipt(RouteRequest& r) {
  const std::string& session_id = r.params[0];
  const HttpRequest& request = r.http;
  auto app = Owned(r, session_id);
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

HttpResponse Cancel(RouteRequest& r) {
  const std::string& session_id = r.params[0];
  auto app = Owned(r, session_id);
  if (!app) return FromError(app.error());
  if (app->state == "done") {
    return JsonError(409, "already_finished", "this application has already ended");
  }
  r.service.Audit(r.user, session_id, "cancel", json::object{{"state", app->state}});
  if (app->state == "queued" || app->state == "kept_draft") {
    if (app->state == "queued" && !r.service.queue.CancelPending(TaskIdFor(session_id))) {
      // A worker claimed it a moment ago: stop the run instead.
      return CancelRunning(r, session_id);
    }
    auto st = r.service.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).Finish(
          session_id, "done", "cancelled", "Cancelled by you; nothing was submitted", "");
    });
    if (!st) return Internal(st.error());
    r.service.Publish(session_id, r.user,
                      {"applier:complete", "Cancelled by you; nothing was submitted",
                       json::object{{"outcome", "cancelled"}}});
    return Json(200, json::object{{"status", "cancelled"}});
  }
  return CancelRunning(r, session_id);
}

HttpResponse Resume(RouteRequest& r) {
  const std::string& session_id = r.params[0];
  auto st = r.service.WithDb([&](store::Database& db) {
    return store::ServedApplicationTable(db).Requeue(r.user, session_id);
  });
  if (!st) return FromStore(st.error(), "application");
  if (auto queued = r.service.Enqueue(r.user, session_id); !queued) {
    return Internal(queued.error());
  }
  r.service.Audit(r.user, session_id, "resume", json::object{});
  return Json(202, json::object{{"task_id", TaskIdFor(session_id)},
                                {"session_id", session_id},
                                {"message", "Filling again up to a new draft"}});
}

}  // namespace applier::server
