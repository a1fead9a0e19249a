#include "server/api.h"

#include <boost/url/parse.hpp>

#include "server/responses.h"
#include "server/routes.h"
#include "store/user_table.h"

namespace applier::server {

namespace asio = boost::asio;

namespace {

// Every endpoint (docs: notes/api_contract.md). A path that matches no route and
// is outside /api is one of the web UI's files.
const Route kRoutes[] = {
    {"GET", "/healthz", Access::kPublic, OnIoThread{Health}},
    {"GET", "/metrics", Access::kPublic, OnBlockingPool{MetricsText}},
    {"POST", "/api/auth/login", Access::kPublic, OnBlockingPool{Login}},
    {"GET", "/api/me", Access::kUser, OnBlockingPool{Me}},
    {"GET", "/api/profile", Access::kUser, OnBlockingPool{GetProfile}},
    {"PUT", "/api/profile", Access::kUser, OnBlockingPool{PutProfile}},
    {"POST", "/api/profile/draft", Access::kUser, Coroutine{DraftProfile}},
    {"GET", "/api/documents", Access::kUser, OnBlockingPool{ListDocuments}},
    {"POST", "/api/documents", Access::kUser, OnBlockingPool{AddDocument}},
    {"DELETE", "/api/documents/{}", Access::kUser, OnBlockingPool{DeleteDocument}},
    {"POST", "/api/jobs/apply", Access::kUser, Coroutine{Apply}},
    {"POST", "/api/hitl/resolve", Access::kUser, OnBlockingPool{Resolve}},
    {"GET", "/api/applications", Access::kUser, OnBlockingPool{ListApplications}},
    {"GET", "/api/applications/{}", Access::kUser, OnBlockingPool{GetApplication}},
    {"POST", "/api/applications/{}/cancel", Access::kUser, OnBlockingPool{Cancel}},
    {"POST", "/api/applications/{}/resume", Access::kUser, OnBlockingPool{Resume}},
    {"GET", "/api/applications/{}/events", Access::kUser, OnBlockingPool{Events}},
    {"GET", "/api/applications/{}/draft.jpg", Access::kUser, OnBlockingPool{DraftImage}},
    {"GET", "/api/applications/{}/confirmation.jpg", Access::kUser,
     OnBlockingPool{ConfirmationImage}},
    {"GET", "/api/applications/{}/receipt", Access::kUser, OnBlockingPool{Receipt}},
    {"GET", "/api/answers", Access::kUser, OnBlockingPool{ListAnswers}},
    {"PUT", "/api/answers/{}", Access::kUser, OnBlockingPool{PutAnswer}},
    {"DELETE", "/api/answers/{}", Access::kUser, OnBlockingPool{DeleteAnswer}},
};

struct RouteMatch {
  bool path_known = false;  // some route has this path
  Access access = Access::kUser;
  const Route* route = nullptr;  // the one for this method too
  std::vector<std::string> params;
  std::string allowed;  // the path's methods, "GET or PUT"
};

bool Matches(std::string_view pattern, const std::vector<std::string>& parts,
             std::vector<std::string>& params) {
  const auto wanted = PathSegments(pattern);
  if (wanted.size() != parts.size()) return false;
  params.clear();
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (wanted[i] == "{}") {
      params.push_back(parts[i]);
    } else if (wanted[i] != parts[i]) {
      return false;
    }
  }
  return true;
}

RouteMatch FindRoute(std::string_view method, const std::vector<std::string>& parts) {
  RouteMatch match;
  std::vector<std::string> params;
  for (const Route& route : kRoutes) {
    if (!Matches(route.pattern, parts, params)) continue;
    match.path_known = true;
    match.access = route.access;
    if (route.method == method) {
      match.route = &route;
      match.params = std::move(params);
      return match;
    }
    match.allowed += (match.allowed.empty() ? "" : " or ") + std::string(route.method);
  }
  return match;
}

HttpResponse MethodNotAllowed(const std::string& allowed) {
  return JsonError(405, "method_not_allowed", "use " + allowed);
}

HttpResponse NoSuchEndpoint(const HttpRequest& request) {
  return JsonError(404, "not_found", "no such endpoint: " + request.method + " " + request.path);
}

asio::awaitable<HttpResponse> Run(const Route& route, RouteRequest& r) {
  if (const auto* inline_handler = std::get_if<OnIoThread>(&route.handler)) {
    co_return inline_handler->handle(r);
  }
  if (const auto* blocking = std::get_if<OnBlockingPool>(&route.handler)) {
    co_return co_await r.service.blocking.Run([&] { return blocking->handle(r); });
  }
  co_return co_await std::get<Coroutine>(route.handler).handle(r);
}

}  // namespace

std::vector<std::string> PathSegments(std::string_view path) {
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
  const auto parts = PathSegments(request.path);
  RouteMatch match = FindRoute(request.method, parts);
  if (!match.path_known && (parts.empty() || parts[0] != "api")) {
    if (request.method != "GET") co_return MethodNotAllowed("GET");
    RouteRequest r{service_, request, {}, std::string()};
    co_return co_await service_.blocking.Run([&] { return WebUiFile(r); });
  }
  if (match.path_known && match.access == Access::kPublic) {
    if (match.route == nullptr) co_return MethodNotAllowed(match.allowed);
    RouteRequest r{service_, request, std::move(match.params), std::string()};
    co_return co_await Run(*match.route, r);
  }
  // Everything else under /api needs a token, before it is told whether the
  // endpoint exists.
  auto user = co_await service_.blocking.Run([&] { return UserOf(request); });
  if (!user) co_return std::move(user.error());
  if (!match.path_known) co_return NoSuchEndpoint(request);
  if (match.route == nullptr) co_return MethodNotAllowed(match.allowed);
  RouteRequest r{service_, request, std::move(match.params), std::move(*user)};
  co_return co_await Run(*match.route, r);
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

}  // namespace applier::server
