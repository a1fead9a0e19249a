// /api/hitl/resolve: a person's answer to a question a run is waiting on.
#include <boost/json.hpp>

#include "server/request_body.h"
#include "server/responses.h"
#include "server/routes.h"
#include "store/served_application_table.h"

namespace applier::server {

namespace json = boost::json;

HttpResponse Resolve(RouteRequest& r) {
  const std::string& raw = r.http.body;
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
    auto owner = r.service.ReadDb(
        [&](store::Database& db) { return store::ServedApplicationTable(db).OwnerOf(session); });
    if (!owner) return Internal(owner.error());
    if (*owner && **owner != r.user) {
      return JsonError(403, "forbidden", "that session belongs to someone else");
    }
  }
  switch (r.service.hitl.Resolve(r.user, session, *hitl_id, *response)) {
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

}  // namespace applier::server
