// Base64 (RFC 4648) for the binary payloads CDP carries as text: screenshots,
// screencast frames, file contents.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace applier {

Result<std::string> DecodeBase64(std::string_view text);
std::string EncodeBase64(std::string_view bytes);

}  // namespace applier
