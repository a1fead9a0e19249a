// JsonReader reads JSON that another program wrote — a CDP reply, the page agent's
// answer — without trusting its shape. Each read names the member it wants; one
// that is missing or of another type is a kProtocol error saying which reply and
// which member ("Page.getLayoutMetrics reply has no cssLayoutViewport.clientWidth"),
// never an exception: a browser build or a page that answers in another shape
// fails the one call, not the coroutine that made it.
//
// A reader points into the value it was made from, which must outlive it. Cheap to
// copy; not thread-safe beyond what a const boost::json::value is.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace applier {

class JsonReader {
 public:
  // `what` names the whole reply in error messages: "Runtime.evaluate reply".
  JsonReader(const boost::json::value& value, std::string what);
  JsonReader(const boost::json::object& object, std::string what);

  // A member of an object, an element of an array. Stepping through something
  // absent or of another type is no error yet: the read at the end reports it,
  // naming the whole path ("model.content[1]").
  JsonReader operator[](std::string_view key) const;
  JsonReader operator[](std::size_t index) const;

  // Whether there is a value here at all; an optional member may be absent.
  bool present() const { return value_ != nullptr || object_ != nullptr; }

  Result<std::string_view> String() const;
  // An integer, also when written as a double that holds one exactly (1.0).
  Result<std::int64_t> Int64() const;
  Result<double> Number() const;
  Result<bool> Bool() const;
  Result<const boost::json::object*> Object() const;
  // The elements of an array, each a reader that names its position.
  Result<std::vector<JsonReader>> Items() const;

  // The kProtocol error for this value not being `wanted` ("a string", "an
  // object"); reads use it, and so can a caller with a check of its own.
  Error Unexpected(std::string_view wanted) const;

 private:
  JsonReader(const boost::json::value* value, std::shared_ptr<const std::string> what,
             std::string path);
  const boost::json::object* AsObject() const;

  // One of the two, or neither when absent: a CDP reply arrives as an object,
  // which is not a boost::json::value and would have to be copied into one.
  const boost::json::value* value_ = nullptr;
  const boost::json::object* object_ = nullptr;
  std::shared_ptr<const std::string> what_;
  std::string path_;  // from the root; empty for the root itself
};

}  // namespace applier
