// Ids a client cannot guess (application sessions): a prefix and random bytes in
// hex, from OpenSSL's CSPRNG. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace applier::server {

// kIo when the random source fails: an id made of whatever was in memory could
// repeat, or be guessed, so there is none.
Result<std::string> RandomId(std::string_view prefix, std::size_t random_bytes);

}  // namespace applier::server
