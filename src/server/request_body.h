// Reading what a client sent to the REST API: the JSON object body and its
// fields, whole numbers in the path or query. Each failure is an ApiError that
// names the field, for the handler to answer with as is (FromError).
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace applier::server {

// A handler's failure: the HTTP status, a stable code for programs and a
// message for people.
struct ApiError {
  int status;
  std::string code;
  std::string message;
};

template <typename T>
using Reply = std::expected<T, ApiError>;

std::unexpected<ApiError> Err(int status, std::string code, std::string message);

// 400 bad_json unless the body is one JSON object.
Reply<boost::json::object> ParseObject(const std::string& body);
// Absent or null: nullopt. 400 bad_field when present but not a string.
Reply<std::optional<std::string>> OptionalString(const boost::json::object& body,
                                                 std::string_view key);
// 400 missing_field when absent, null or empty.
Reply<std::string> RequiredString(const boost::json::object& body, std::string_view key);
Reply<std::optional<bool>> OptionalBool(const boost::json::object& body, std::string_view key);
// The whole of `text` as a base-10 integer, or nullopt.
std::optional<std::int64_t> ParseInt(std::string_view text);

}  // namespace applier::server
