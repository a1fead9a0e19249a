// The vocabulary of an OpenAI-compatible chat completion: the messages of a
// conversation, the functions a model may call, the request and the reply. Plain
// values, no I/O; LlmClient (llm_client.h) sends them. Every provider in the chain
// speaks this one dialect (Mistral, OpenRouter, Gemini's OpenAI endpoint, Ollama,
// vLLM and llama.cpp all accept it), so a conversation can move to the next
// provider mid-way without translation.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace applier::llm {

enum class Role { kSystem, kUser, kAssistant, kTool };

// "system", "user", "assistant", "tool"
const char* ToString(Role role);

// One function call the model asked for. `arguments` is the JSON text exactly as the
// model wrote it: models do get it wrong, so callers parse it with ParseJsonReply
// (json_reply.h) and report a bad one back to the model as a tool result.
struct ToolCall {
  std::string id;  // echoed back in the tool message that answers this call
  std::string name;
  std::string arguments;
};

struct Message {
  Role role = Role::kUser;
  std::string content;
  std::vector<ToolCall> tool_calls;  // assistant messages that called tools
  std::string tool_call_id;          // tool messages: the call this answers
  std::string name;                  // tool messages: the function's name (Mistral wants it)

  static Message System(std::string content);
  static Message User(std::string content);
  static Message Assistant(std::string content, std::vector<ToolCall> tool_calls = {});
  static Message Tool(const ToolCall& call, std::string result);
};

// A function the model may call. `parameters` is a JSON Schema object, e.g.
// {"type":"object","properties":{"index":{"type":"integer"}},"required":["index"]}.
struct ToolDefinition {
  std::string name;
  std::string description;
  boost::json::object parameters;
};

// Whether and which tool the model must call. kAuto lets it choose; kRequired forces
// some tool; kFunction forces the one named in `function`.
struct ToolChoice {
  enum class Mode { kAuto, kNone, kRequired, kFunction };
  Mode mode = Mode::kAuto;
  std::string function;

  static ToolChoice Function(std::string name) { return {Mode::kFunction, std::move(name)}; }
};

struct ChatRequest {
  std::vector<Message> messages;
  std::vector<ToolDefinition> tools;
  ToolChoice tool_choice;    // sent only when `tools` is not empty
  bool json_output = false;  // response_format {"type":"json_object"}
  std::optional<double> temperature;
  std::optional<int> max_tokens;
};

struct Usage {
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  std::int64_t total() const { return prompt_tokens + completion_tokens; }
};

// One HTTP attempt of a call, in the order they were made: which provider, the delay
// slept before it (backoff or Retry-After), what came back. Tests and the report
// read it instead of measuring wall time.
struct Attempt {
  std::string provider;
  int number = 1;                       // 1-based, per provider
  std::chrono::milliseconds waited{0};  // slept before this attempt
  int http_status = 0;                  // 0 when no HTTP answer arrived
  std::optional<Error> error;           // empty for the attempt that succeeded
};

struct ChatReply {
  std::string content;               // "" when the model only called tools
  std::vector<ToolCall> tool_calls;  // several when the model calls tools in parallel
  std::string finish_reason;         // "stop", "tool_calls", "length", ...
  Usage usage;
  std::string provider;  // which provider of the chain answered
  std::string model;
  std::vector<Attempt> attempts;

  // The assistant message to append to the conversation before the tool results.
  Message AsMessage() const { return Message::Assistant(content, tool_calls); }
};

struct EmbeddingReply {
  std::vector<std::vector<float>> vectors;  // one per input, in input order
  Usage usage;
  std::string provider;
  std::string model;
  std::vector<Attempt> attempts;
};

}  // namespace applier::llm
