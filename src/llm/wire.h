// The JSON bodies of the OpenAI-compatible API: encoding chat and embedding requests,
// decoding their replies and the error bodies providers send. Pure functions over
// text so each quirk has a unit test; used by LlmClient only.
//
// Tolerated quirks, each seen from a real server: `content` null when the model only
// calls tools; tool-call `arguments` sent as a JSON object instead of a string
// (Ollama); tool calls without an id (Gemini's OpenAI endpoint) get "call_<index>";
// `usage` missing (some local servers) counts as zero tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "llm/chat.h"

namespace applier::llm::wire {

std::string EncodeChatRequest(const ChatRequest& request, std::string_view model);

// Fills content, tool_calls, finish_reason, usage and model. kProtocol when the body
// is not a chat completion.
Result<ChatReply> DecodeChatReply(std::string_view body);

std::string EncodeEmbeddingRequest(const std::vector<std::string>& inputs, std::string_view model);

// kProtocol unless there is exactly one vector per input.
Result<EmbeddingReply> DecodeEmbeddingReply(std::string_view body, std::size_t inputs);

// The human part of an error body: {"error":{"message":...}}, {"message":...},
// [{"error":{...}}] or, failing those, the start of the raw text. Never empty.
std::string DescribeErrorBody(std::string_view body);

}  // namespace applier::llm::wire
