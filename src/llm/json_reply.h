// Reading JSON that a language model wrote. Even when asked for JSON only, models
// wrap it in ```json fences, put a sentence before or after it, leave a trailing
// comma or a // comment; those are accepted. Anything else — single quotes, bare
// keys, truncated output, no JSON at all — is a kProtocol error whose message says
// what was wrong and quotes the start of the reply, so it can be shown to the model
// in a retry or to a human. Pure functions, thread-safe.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string_view>

#include "core/result.h"

namespace applier::llm {

// The first JSON object or array in `reply`.
Result<boost::json::value> ParseJsonReply(std::string_view reply);

// As ParseJsonReply, and kProtocol unless that value is an object.
Result<boost::json::object> ParseJsonObjectReply(std::string_view reply);

}  // namespace applier::llm
