// The REST API's body decoding: any bytes a client posts, then every field of the
// object read as each kind a handler asks for, and every string as a path number.
#include <cstddef>
#include <cstdint>
#include <string>

#include "server/request_body.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace applier::server;
  const std::string body(reinterpret_cast<const char*>(data), size);
  ParseInt(body);
  auto object = ParseObject(body);
  if (!object) return 0;
  for (const auto& field : *object) {
    (void)OptionalString(*object, field.key());
    (void)RequiredString(*object, field.key());
    (void)OptionalBool(*object, field.key());
    if (field.value().is_string()) ParseInt(field.value().get_string());
  }
  return 0;
}
