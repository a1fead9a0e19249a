// What a WebSocket client of /ws/{session_id} sends: text messages, each a JSON
// object with a string "type" and, for most types, a "data" object. Decoding is
// separate from acting on a message so that every malformed message is an error
// value with a message told back to that client, never an exception in the
// connection's read loop.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "core/result.h"

namespace applier::server {

// The answer to a question or to the draft review. An empty hitl_id means the
// session's open question (clients written before ids existed).
struct HitlResponseMessage {
  std::string hitl_id;
  boost::json::value response;  // a string or an object
};

struct ChatMessage {
  std::string text;
};

struct TakeoverMessage {
  bool start = false;  // takeover:start, else takeover:end
};

// Input for the live browser; its fields are read where it is applied.
struct BrowserInputMessage {
  boost::json::object input;
};

using ClientMessage =
    std::variant<HitlResponseMessage, ChatMessage, TakeoverMessage, BrowserInputMessage>;

// kInvalidInput, with a message for the client, for anything that is not one of
// the messages above.
Result<ClientMessage> DecodeClientMessage(std::string_view text);

}  // namespace applier::server
