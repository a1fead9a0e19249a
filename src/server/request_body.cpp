#include "server/request_body.h"

#include <boost/json.hpp>
#include <charconv>

namespace applier::server {

namespace json = boost::json;

std::unexpected<ApiError> Err(int status, std::string code, std::string message) {
  return std::unexpected<ApiError>(ApiError{status, std::move(code), std::move(message)});
}

Reply<json::object> ParseObject(const std::string& body) {
  if (body.empty()) return Err(400, "bad_json", "the request needs a JSON object body");
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  if (ec) return Err(400, "bad_json", "the body is not valid JSON: " + ec.message());
  if (!value.is_object()) return Err(400, "bad_json", "the body must be a JSON object");
  return std::move(value.as_object());
}

Reply<std::optional<std::string>> OptionalString(const json::object& body, std::string_view key) {
  const auto* value = body.if_contains(key);
  if (value == nullptr || value->is_null()) return std::optional<std::string>();
  if (!value->is_string()) {
    return Err(400, "bad_field", "field '" + std::string(key) + "' must be a string");
  }
  return std::optional<std::string>(std::string(value->as_string()));
}

Reply<std::string> RequiredString(const json::object& body, std::string_view key) {
  auto value = OptionalString(body, key);
  if (!value) return std::unexpected(value.error());
  if (!*value || (*value)->empty()) {
    return Err(400, "missing_field", "field '" + std::string(key) + "' is required");
  }
  return std::move(**value);
}

Reply<std::optional<bool>> OptionalBool(const json::object& body, std::string_view key) {
  const auto* value = body.if_contains(key);
  if (value == nullptr || value->is_null()) return std::optional<bool>();
  if (!value->is_bool()) {
    return Err(400, "bad_field", "field '" + std::string(key) + "' must be true or false");
  }
  return std::optional<bool>(value->as_bool());
}

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace applier::server
