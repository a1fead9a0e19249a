// The profile loader, as for a profile saved through the API: any YAML text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "knowledge/profile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)applier::knowledge::LoadProfileFromString(
      std::string_view(reinterpret_cast<const char*>(data), size), "/nonexistent-fuzz-dir");
  return 0;
}
