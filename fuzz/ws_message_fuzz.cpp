// What a WebSocket client of /ws/{session_id} may send, as one text message.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "server/client_message.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)applier::server::DecodeClientMessage(
      std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
