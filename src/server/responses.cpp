#include "server/responses.h"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <string>

namespace applier::server {

namespace json = boost::json;

HttpResponse Json(int status, const json::value& body) {
  return HttpResponse{status, "application/json", json::serialize(body), {}};
}

HttpResponse FromError(const ApiError& error) {
  return JsonError(error.status, error.code, error.message);
}

HttpResponse Internal(const Error& error) {
  spdlog::error("request failed: {}", error.message);
  if (error.kind == ErrorKind::kDiskFull) {
    return JsonError(507, "no_space",
                     "the server's disk is full, so nothing was saved; try again once its "
                     "operator has freed space");
  }
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

HttpResponse JsonError(int status, std::string_view code, std::string_view message) {
  return Json(status, json::object{{"error", code}, {"message", message}});
}

}  // namespace applier::server
