// Password hashing for local accounts: argon2id (RFC 9106) through libargon2, in
// the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash), so the cost can be
// raised later without invalidating stored hashes.
//
// Thread-safe: free functions with no shared state. Hashing takes tens of
// milliseconds and ~19 MiB on purpose.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace applier::server {

// kInvalidInput for an empty password or one longer than 1024 bytes.
Result<std::string> HashPassword(std::string_view password);
// false for a wrong password or a malformed hash; never an error.
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);
// Spends the same time a verification does, so an unknown user name cannot be told
// apart from a wrong password by timing.
void VerifyAgainstDummy(std::string_view password);

}  // namespace applier::server
