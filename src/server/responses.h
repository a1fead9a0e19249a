// The REST API's answers: JSON bodies, and errors as {"error": code, "message":
// text} (JsonError, in api.h). A store failure the client could not have caused
// is logged with its detail and answered with a plain 500, or with 507 "no_space"
// when it is a full disk (ErrorKind::kDiskFull), which only freeing space mends.
#pragma once

#include <boost/json/value.hpp>
#include <string_view>

#include "core/result.h"
#include "server/api.h"
#include "server/request_body.h"

namespace applier::server {

HttpResponse Json(int status, const boost::json::value& body);
HttpResponse FromError(const ApiError& error);
HttpResponse Internal(const Error& error);
// kNotFound: 404 "no such <what>"; kConflict 409 and kInvalidInput 400 with the
// store's message; anything else as Internal.
HttpResponse FromStore(const Error& error, std::string_view what);

}  // namespace applier::server
