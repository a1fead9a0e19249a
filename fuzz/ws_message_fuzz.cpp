// What a WebSocket client of /ws/{session_id} may send, as one text message, and
// what its text goes through while a draft waits: an answer or a chat line that is
// not a yes is read as an edit request.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "server/client_message.h"
#include "session/draft_edit.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace applier::server;
  auto message = DecodeClientMessage(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!message) return 0;
  if (const auto* chat = std::get_if<ChatMessage>(&*message)) {
    (void)applier::session::ParseEditRequest(chat->text);
  } else if (const auto* hitl = std::get_if<HitlResponseMessage>(&*message);
             hitl && hitl->response.is_string()) {
    (void)applier::session::ParseEditRequest(std::string(hitl->response.get_string()));
  }
  return 0;
}
