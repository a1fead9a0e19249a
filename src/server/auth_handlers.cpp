// /api/auth/login and /api/me: signing in with a password (argon2id, on the
// blocking pool like every handler here) and who the token stands for.
#include <boost/json.hpp>

#include "server/password_hasher.h"
#include "server/request_body.h"
#include "server/responses.h"
#include "server/routes.h"
#include "store/user_table.h"

namespace applier::server {

namespace json = boost::json;

HttpResponse Login(RouteRequest& r) {
  const HttpRequest& request = r.http;
  auto body = ParseObject(request.body);
  if (!body) return FromError(body.error());
  auto username = RequiredString(*body, "username");
  if (!username) return FromError(username.error());
  auto password = RequiredString(*body, "password");
  if (!password) return FromError(password.error());
  if (auto wait = r.service.login_limiter.RetryAfter(*username, request.remote_address)) {
    HttpResponse refused =
        JsonError(429, "too_many_attempts",
                  "too many failed sign-ins; try again in " + std::to_string(wait->count()) + " s");
    refused.headers.emplace_back("Retry-After", std::to_string(wait->count()));
    return refused;
  }
  auto row =
      r.service.ReadDb([&](store::Database& db) { return store::UserTable(db).Find(*username); });
  if (!row) return Internal(row.error());
  const bool ok =
      *row && !(*row)->password_hash.empty() && VerifyPassword((*row)->password_hash, *password);
  if (!*row || (*row)->password_hash.empty()) VerifyAgainstDummy(*password);
  if (!ok) {
    r.service.login_limiter.RecordFailure(*username, request.remote_address);
    return JsonError(401, "invalid_credentials", "wrong user name or password");
  }
  r.service.login_limiter.RecordSuccess(*username);
  auto token = r.service.tokens.Issue(*username, r.service.options.token_lifetime);
  if (!token) return Internal(token.error());
  auto claims = r.service.tokens.Verify(*token);
  const std::int64_t expires_at = claims ? claims->expires_at : 0;
  return Json(200, json::object{{"token", *token},
                                {"expires_at", expires_at},
                                {"user", json::object{{"id", *username}, {"name", *username}}}});
}

HttpResponse Me(RouteRequest& r) {
  auto row =
      r.service.ReadDb([&](store::Database& db) { return store::UserTable(db).Find(r.user); });
  if (!row) return Internal(row.error());
  return Json(200, json::object{{"user", json::object{{"id", r.user}, {"name", r.user}}}});
}

}  // namespace applier::server
