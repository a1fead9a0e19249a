#include "server/client_message.h"

#include <boost/json/parse.hpp>

namespace applier::server {

namespace json = boost::json;

Result<ClientMessage> DecodeClientMessage(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec || !value.is_object()) {
    return Fail(ErrorKind::kInvalidInput, "messages must be JSON objects with a \"type\"");
  }
  const auto& message = value.as_object();
  const auto* type_value = message.if_contains("type");
  if (type_value == nullptr || !type_value->is_string()) {
    return Fail(ErrorKind::kInvalidInput, "messages need a string \"type\"");
  }
  const std::string_view type = type_value->get_string();
  json::object data;
  if (const auto* d = message.if_contains("data"); d && d->is_object()) data = d->get_object();

  if (type == "hitl:response") {
    HitlResponseMessage hitl;
    if (const auto* id = data.if_contains("hitl_id"); id && id->is_string()) {
      hitl.hitl_id = std::string(id->get_string());
    }
    const json::value* response = data.if_contains("response");
    if (response == nullptr) response = message.if_contains("response");
    if (response == nullptr || !(response->is_string() || response->is_object())) {
      return Fail(ErrorKind::kInvalidInput,
                  "hitl:response needs data.response (a string or an object)");
    }
    hitl.response = *response;
    return hitl;
  }
  if (type == "chat:message") {
    const auto* text_value = data.if_contains("text");
    if (text_value == nullptr || !text_value->is_string()) {
      return Fail(ErrorKind::kInvalidInput, "chat:message needs data.text");
    }
    return ChatMessage{std::string(text_value->get_string())};
  }
  if (type == "takeover:start" || type == "takeover:end") {
    return TakeoverMessage{type == "takeover:start"};
  }
  if (type == "browser:input") return BrowserInputMessage{std::move(data)};
  return Fail(ErrorKind::kInvalidInput, "unknown message type '" + std::string(type) + "'");
}

}  // namespace applier::server
