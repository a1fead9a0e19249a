#include "server/random_id.h"

#include <openssl/rand.h>

#include <vector>

namespace applier::server {

Result<std::string> RandomId(std::string_view prefix, std::size_t random_bytes) {
  std::vector<unsigned char> bytes(random_bytes);
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    return Fail(ErrorKind::kIo, "the system's random source failed; no id could be made");
  }
  static const char kHex[] = "0123456789abcdef";
  std::string id(prefix);
  for (unsigned char b : bytes) {
    id += kHex[b >> 4];
    id += kHex[b & 15];
  }
  return id;
}

}  // namespace applier::server
