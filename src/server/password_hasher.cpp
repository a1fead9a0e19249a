#include "server/password_hasher.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <vector>

namespace applier::server {
namespace {

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
constexpr std::uint32_t kTimeCost = 2;
constexpr std::uint32_t kMemoryKiB = 19 * 1024;
constexpr std::uint32_t kLanes = 1;
constexpr std::size_t kSaltLength = 16;
constexpr std::size_t kHashLength = 32;
constexpr std::size_t kMaxPassword = 1024;

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  if (password.empty()) return Fail(ErrorKind::kInvalidInput, "the password is empty");
  if (password.size() > kMaxPassword) {
    return Fail(ErrorKind::kInvalidInput, "the password is longer than 1024 bytes");
  }
  unsigned char salt[kSaltLength];
  if (RAND_bytes(salt, sizeof salt) != 1) return Fail(ErrorKind::kIo, "no randomness for a salt");
  std::vector<char> encoded(
      argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltLength, kHashLength, Argon2_id));
  const int rc =
      argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(), salt,
                            sizeof salt, kHashLength, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) {
    return Fail(ErrorKind::kIo, std::string("argon2id failed: ") + argon2_error_message(rc));
  }
  return std::string(encoded.data());
}

bool VerifyPassword(std::string_view encoded_hash, std::string_view password) {
  if (encoded_hash.empty() || password.size() > kMaxPassword) return false;
  const std::string hash(encoded_hash);
  return argon2id_verify(hash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void VerifyAgainstDummy(std::string_view password) {
  static const std::string dummy = [] {
    auto hash = HashPassword("a password nobody has");
    return hash ? *hash : std::string();
  }();
  (void)VerifyPassword(dummy, password);
}

}  // namespace applier::server
