#include "core/json_reader.h"

#include <boost/json/array.hpp>
#include <boost/system/error_code.hpp>
#include <utility>

namespace applier {

namespace json = boost::json;

namespace {

const char* KindOf(const json::value& value) {
  switch (value.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "a boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "a number";
    case json::kind::string: return "a string";
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
  }
  return "a value";
}

}  // namespace

JsonReader::JsonReader(const json::value& value, std::string what)
    : JsonReader(&value, std::make_shared<const std::string>(std::move(what)), "") {}

JsonReader::JsonReader(const json::object& object, std::string what)
    : object_(&object), what_(std::make_shared<const std::string>(std::move(what))) {}

JsonReader::JsonReader(const json::value* value, std::shared_ptr<const std::string> what,
                       std::string path)
    : value_(value), what_(std::move(what)), path_(std::move(path)) {}

const json::object* JsonReader::AsObject() const {
  if (object_ != nullptr) return object_;
  if (value_ != nullptr && value_->is_object()) return &value_->get_object();
  return nullptr;
}

JsonReader JsonReader::operator[](std::string_view key) const {
  const json::object* object = AsObject();
  const json::value* member = object != nullptr ? object->if_contains(key) : nullptr;
  return JsonReader(member, what_,
                    path_.empty() ? std::string(key) : path_ + "." + std::string(key));
}

JsonReader JsonReader::operator[](std::size_t index) const {
  const json::value* element = nullptr;
  if (value_ != nullptr && value_->is_array() && index < value_->get_array().size()) {
    element = &value_->get_array()[index];
  }
  return JsonReader(element, what_, path_ + "[" + std::to_string(index) + "]");
}

Error JsonReader::Unexpected(std::string_view wanted) const {
  const std::string what = *what_;
  if (!present()) return Error{ErrorKind::kProtocol, what + " has no " + path_};
  const std::string actual = object_ != nullptr ? "an object" : KindOf(*value_);
  if (path_.empty()) {
    return Error{ErrorKind::kProtocol, what + " is " + actual + ", not " + std::string(wanted)};
  }
  return Error{ErrorKind::kProtocol,
               what + " has " + path_ + " as " + actual + ", not " + std::string(wanted)};
}

Result<std::string_view> JsonReader::String() const {
  if (value_ == nullptr || !value_->is_string()) return Fail(Unexpected("a string"));
  return std::string_view(value_->get_string());
}

Result<std::int64_t> JsonReader::Int64() const {
  if (value_ == nullptr || !value_->is_number()) return Fail(Unexpected("an integer"));
  boost::system::error_code ec;
  const auto number = value_->to_number<std::int64_t>(ec);
  if (ec) return Fail(Unexpected("an integer"));
  return number;
}

Result<double> JsonReader::Number() const {
  if (value_ == nullptr || !value_->is_number()) return Fail(Unexpected("a number"));
  boost::system::error_code ec;
  const auto number = value_->to_number<double>(ec);
  if (ec) return Fail(Unexpected("a number"));
  return number;
}

Result<bool> JsonReader::Bool() const {
  if (value_ == nullptr || !value_->is_bool()) return Fail(Unexpected("a boolean"));
  return value_->get_bool();
}

Result<const json::object*> JsonReader::Object() const {
  const json::object* object = AsObject();
  if (object == nullptr) return Fail(Unexpected("an object"));
  return object;
}

Result<std::vector<JsonReader>> JsonReader::Items() const {
  if (value_ == nullptr || !value_->is_array()) return Fail(Unexpected("an array"));
  std::vector<JsonReader> items;
  items.reserve(value_->get_array().size());
  for (std::size_t i = 0; i < value_->get_array().size(); ++i) items.push_back((*this)[i]);
  return items;
}

}  // namespace applier
