#include "llm/chat.h"

namespace applier::llm {

const char* ToString(Role role) {
  switch (role) {
    case Role::kSystem: return "system";
    case Role::kUser: return "user";
    case Role::kAssistant: return "assistant";
    case Role::kTool: return "tool";
  }
  return "user";
}

Message Message::System(std::string content) {
  Message message;
  message.role = Role::kSystem;
  message.content = std::move(content);
  return message;
}

Message Message::User(std::string content) {
  Message message;
  message.content = std::move(content);
  return message;
}

Message Message::Assistant(std::string content, std::vector<ToolCall> tool_calls) {
  Message message;
  message.role = Role::kAssistant;
  message.content = std::move(content);
  message.tool_calls = std::move(tool_calls);
  return message;
}

Message Message::Tool(const ToolCall& call, std::string result) {
  Message message;
  message.role = Role::kTool;
  message.content = std::move(result);
  message.tool_call_id = call.id;
  message.name = call.name;
  return message;
}

}  // namespace applier::llm
