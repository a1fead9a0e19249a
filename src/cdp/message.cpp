#include "cdp/message.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdint>

namespace applier::cdp {

namespace json = boost::json;

namespace {

std::string Excerpt(std::string_view text) {
  constexpr std::size_t kMax = 120;
  return std::string(text.substr(0, kMax)) + (text.size() > kMax ? "..." : "");
}

std::string StringMember(const json::object& object, std::string_view key) {
  if (const auto* value = object.if_contains(key); value && value->is_string()) {
    return std::string(value->get_string());
  }
  return {};
}

}  // namespace

Result<Incoming> DecodeMessage(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec) {
    return Fail(ErrorKind::kProtocol,
                "browser sent invalid JSON (" + ec.message() + "): " + Excerpt(text));
  }
  if (!value.is_object()) {
    return Fail(ErrorKind::kProtocol, "browser sent a non-object message: " + Excerpt(text));
  }
  json::object& object = value.get_object();
  std::string session_id = StringMember(object, "sessionId");

  if (const auto* id = object.if_contains("id")) {
    // Ours are small positive integers; a uint64 past int64 is not one of them.
    if (!id->is_int64() && !(id->is_uint64() && id->get_uint64() <= INT64_MAX)) {
      return Fail(ErrorKind::kProtocol,
                  "browser sent a response with an id that is not one of ours: " + Excerpt(text));
    }
    const std::int64_t number =
        id->is_int64() ? id->get_int64() : static_cast<std::int64_t>(id->get_uint64());
    Response response{number, std::move(session_id), json::object{}};
    if (auto* result = object.if_contains("result"); result && result->is_object()) {
      response.result = std::move(result->get_object());
    } else if (const auto* error = object.if_contains("error"); error && error->is_object()) {
      std::string message = StringMember(error->get_object(), "message");
      std::string data = StringMember(error->get_object(), "data");
      response.result = Fail(ErrorKind::kRemote,
                             message.empty() ? "browser returned an error"
                                             : message + (data.empty() ? "" : " (" + data + ")"));
    } else {
      response.result = Fail(ErrorKind::kProtocol,
                             "browser response has neither result nor error: " + Excerpt(text));
    }
    return Incoming{std::move(response)};
  }

  std::string method = StringMember(object, "method");
  if (method.empty()) {
    return Fail(ErrorKind::kProtocol,
                "browser message has neither id nor method: " + Excerpt(text));
  }
  Event event{std::move(method), std::move(session_id), {}};
  if (auto* params = object.if_contains("params"); params && params->is_object()) {
    event.params = std::move(params->get_object());
  }
  return Incoming{std::move(event)};
}

std::string EncodeCommand(std::int64_t id, std::string_view method, const json::object& params,
                          std::string_view session_id) {
  json::object message;
  message["id"] = id;
  message["method"] = method;
  message["params"] = params;
  if (!session_id.empty()) message["sessionId"] = session_id;
  return json::serialize(message);
}

}  // namespace applier::cdp
