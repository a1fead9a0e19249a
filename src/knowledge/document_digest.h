// Sha256Hex fingerprints an uploaded document, so that uploading the same file
// twice stores it once. FIPS 180-4 SHA-256, written out here because the knowledge
// part links no crypto library and needs nothing else from one.
//
// Pure function; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace applier::knowledge {

// Lower-case hex digest of `bytes` (64 characters).
std::string Sha256Hex(std::string_view bytes);

}  // namespace applier::knowledge
