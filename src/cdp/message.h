// Decoding of what the browser sends. Every incoming CDP message is either the
// response to one of our commands (it has an "id") or an event (it has a
// "method"), optionally scoped to a flattened target session ("sessionId").
// Anything else — invalid JSON, a truncated text, a response without result or
// error — is reported as a kProtocol error value; decoding never throws.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "core/result.h"

namespace applier::cdp {

struct Response {
  std::int64_t id = 0;
  std::string session_id;
  Result<boost::json::object> result;  // kRemote error when the browser answered with "error"
};

struct Event {
  std::string method;
  std::string session_id;
  boost::json::object params;
};

using Incoming = std::variant<Response, Event>;

Result<Incoming> DecodeMessage(std::string_view text);

std::string EncodeCommand(std::int64_t id, std::string_view method,
                          const boost::json::object& params, std::string_view session_id);

}  // namespace applier::cdp
