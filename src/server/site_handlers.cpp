// What is not the REST API proper: /healthz, /metrics and the web UI's files.
#include <boost/json.hpp>

#include "server/responses.h"
#include "server/routes.h"
#include "server/stored_files.h"
#include "store/served_application_table.h"

namespace applier::server {

namespace json = boost::json;

namespace {

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

}  // namespace

HttpResponse Health(RouteRequest&) {
  return Json(200, json::object{{"status", "ok"}});
}

HttpResponse MetricsText(RouteRequest& r) {
  Metrics::Gauges gauges;
  gauges.queue_depth = r.service.queue.depth();
  gauges.workers = static_cast<std::size_t>(r.service.options.workers);
  gauges.open_hitl = r.service.hitl.open_count();
  gauges.events_dropped = r.service.bus->events_dropped();
  auto counts = r.service.ReadDb(
      [&](store::Database& db) { return store::ServedApplicationTable(db).CountByOutcome(); });
  if (counts) gauges.applications_by_outcome = std::move(*counts);
  return HttpResponse{200, "text/plain; version=0.0.4", r.service.metrics.Render(gauges), {}};
}

HttpResponse WebUiFile(RouteRequest& r) {
  const HttpRequest& request = r.http;
  const auto parts = PathSegments(request.path);
  if (r.service.options.web_dir.empty()) {
    return JsonError(404, "not_found", "this server has no web UI (start it with --web-dir)");
  }
  std::filesystem::path file;
  if (request.path == "/" || request.path == "/index.html") {
    file = r.service.options.web_dir / "index.html";
  } else if (parts.size() >= 2 && parts[0] == "static") {
    std::filesystem::path relative;
    for (std::size_t i = 1; i < parts.size(); ++i) {
      if (parts[i] == ".." || parts[i] == ".") return JsonError(404, "not_found", "no such file");
      relative /= parts[i];
    }
    file = r.service.options.web_dir / relative;
  }
  std::error_code ec;
  if (file.empty() || !std::filesystem::is_regular_file(file, ec) ||
      !Inside(file, r.service.options.web_dir)) {
    return JsonError(404, "not_found", "no such page: " + request.path);
  }
  return HttpResponse{200, ContentTypeFor(file), ReadFile(file), {{"Cache-Control", "no-cache"}}};
}

}  // namespace applier::server
