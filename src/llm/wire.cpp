#include "llm/wire.h"

#include <boost/json.hpp>

namespace applier::llm::wire {

namespace json = boost::json;

namespace {

constexpr std::size_t kQuotedBodyLimit = 300;

std::string Excerpt(std::string_view text) {
  std::string out(text.substr(0, kQuotedBodyLimit));
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (text.size() > kQuotedBodyLimit) out += "...";
  return out;
}

std::int64_t TokenCount(const json::object& usage, std::string_view key) {
  const json::value* v = usage.if_contains(key);
  if (v == nullptr) return 0;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->get_uint64());
  if (v->is_double()) return static_cast<std::int64_t>(v->get_double());
  return 0;
}

Usage DecodeUsage(const json::object& reply) {
  Usage usage;
  if (const json::value* u = reply.if_contains("usage"); u != nullptr && u->is_object()) {
    usage.prompt_tokens = TokenCount(u->get_object(), "prompt_tokens");
    usage.completion_tokens = TokenCount(u->get_object(), "completion_tokens");
  }
  return usage;
}

std::string StringOr(const json::object& object, std::string_view key, std::string fallback = {}) {
  const json::value* v = object.if_contains(key);
  if (v != nullptr && v->is_string()) return std::string(v->get_string());
  return fallback;
}

Result<json::object> ParseObject(std::string_view body, std::string_view what) {
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  if (ec) {
    return Fail(ErrorKind::kProtocol, "the " + std::string(what) + " is not valid JSON (" +
                                          ec.message() + "): " + Excerpt(body));
  }
  if (!value.is_object()) {
    return Fail(ErrorKind::kProtocol,
                "the " + std::string(what) + " is not a JSON object: " + Excerpt(body));
  }
  return std::move(value.get_object());
}

json::object EncodeMessage(const Message& message) {
  json::object out;
  out["role"] = ToString(message.role);
  // An assistant turn that only called tools has no text; OpenAI documents null.
  if (message.role == Role::kAssistant && message.content.empty() && !message.tool_calls.empty()) {
    out["content"] = nullptr;
  } else {
    out["content"] = message.content;
  }
  if (!message.tool_calls.empty()) {
    json::array calls;
    for (const ToolCall& call : message.tool_calls) {
      calls.push_back(json::object{
          {"id", call.id},
          {"type", "function"},
          {"function", json::object{{"name", call.name}, {"arguments", call.arguments}}}});
    }
    out["tool_calls"] = std::move(calls);
  }
  if (message.role == Role::kTool) {
    out["tool_call_id"] = message.tool_call_id;
    if (!message.name.empty()) out["name"] = message.name;
  }
  return out;
}

json::value EncodeToolChoice(const ToolChoice& choice) {
  switch (choice.mode) {
    case ToolChoice::Mode::kAuto: return "auto";
    case ToolChoice::Mode::kNone: return "none";
    case ToolChoice::Mode::kRequired: return "required";
    case ToolChoice::Mode::kFunction:
      return json::object{{"type", "function"},
                          {"function", json::object{{"name", choice.function}}}};
  }
  return "auto";
}

Result<ToolCall> DecodeToolCall(const json::value& value, std::size_t index) {
  if (!value.is_object()) return Fail(ErrorKind::kProtocol, "a tool call is not an object");
  const json::object& call = value.get_object();
  const json::value* function = call.if_contains("function");
  if (function == nullptr || !function->is_object()) {
    return Fail(ErrorKind::kProtocol, "a tool call has no function");
  }
  ToolCall out;
  out.id = StringOr(call, "id");
  if (out.id.empty()) out.id = "call_" + std::to_string(index);
  out.name = StringOr(function->get_object(), "name");
  if (out.name.empty()) return Fail(ErrorKind::kProtocol, "a tool call has no function name");
  const json::value* arguments = function->get_object().if_contains("arguments");
  if (arguments == nullptr || arguments->is_null()) {
    out.arguments = "{}";
  } else if (arguments->is_string()) {
    out.arguments = std::string(arguments->get_string());
  } else {
    out.arguments = json::serialize(*arguments);
  }
  return out;
}

}  // namespace

std::string EncodeChatRequest(const ChatRequest& request, std::string_view model) {
  json::object body;
  body["model"] = model;
  json::array messages;
  for (const Message& message : request.messages) messages.push_back(EncodeMessage(message));
  body["messages"] = std::move(messages);
  if (!request.tools.empty()) {
    json::array tools;
    for (const ToolDefinition& tool : request.tools) {
      json::object function{{"name", tool.name}, {"description", tool.description}};
      function["parameters"] =
          tool.parameters.empty() ? json::object{{"type", "object"}, {"properties", json::object{}}}
                                  : tool.parameters;
      tools.push_back(json::object{{"type", "function"}, {"function", std::move(function)}});
    }
    body["tools"] = std::move(tools);
    body["tool_choice"] = EncodeToolChoice(request.tool_choice);
  }
  if (request.json_output) body["response_format"] = json::object{{"type", "json_object"}};
  if (request.temperature) body["temperature"] = *request.temperature;
  if (request.max_tokens) body["max_tokens"] = *request.max_tokens;
  return json::serialize(body);
}

Result<ChatReply> DecodeChatReply(std::string_view body) {
  auto object = ParseObject(body, "chat completion");
  if (!object) return Fail(object.error());
  const json::value* choices = object->if_contains("choices");
  if (choices == nullptr || !choices->is_array() || choices->get_array().empty() ||
      !choices->get_array()[0].is_object()) {
    return Fail(ErrorKind::kProtocol, "the chat completion has no choices: " + Excerpt(body));
  }
  const json::object& choice = choices->get_array()[0].get_object();
  const json::value* message = choice.if_contains("message");
  if (message == nullptr || !message->is_object()) {
    return Fail(ErrorKind::kProtocol, "the chat completion has no message: " + Excerpt(body));
  }
  ChatReply reply;
  reply.content = StringOr(message->get_object(), "content");
  reply.finish_reason = StringOr(choice, "finish_reason");
  reply.model = StringOr(*object, "model");
  reply.usage = DecodeUsage(*object);
  if (const json::value* calls = message->get_object().if_contains("tool_calls");
      calls != nullptr && calls->is_array()) {
    for (std::size_t i = 0; i < calls->get_array().size(); ++i) {
      auto call = DecodeToolCall(calls->get_array()[i], i);
      if (!call) {
        return Fail(ErrorKind::kProtocol, call.error().message + ": " + Excerpt(body));
      }
      reply.tool_calls.push_back(std::move(*call));
    }
  }
  return reply;
}

std::string EncodeEmbeddingRequest(const std::vector<std::string>& inputs, std::string_view model) {
  json::array input;
  for (const std::string& text : inputs) input.push_back(json::string(text));
  return json::serialize(json::object{{"model", model}, {"input", std::move(input)}});
}

Result<EmbeddingReply> DecodeEmbeddingReply(std::string_view body, std::size_t inputs) {
  auto object = ParseObject(body, "embeddings reply");
  if (!object) return Fail(object.error());
  const json::value* data = object->if_contains("data");
  if (data == nullptr || !data->is_array()) {
    return Fail(ErrorKind::kProtocol, "the embeddings reply has no data: " + Excerpt(body));
  }
  EmbeddingReply reply;
  reply.vectors.resize(data->get_array().size());
  std::vector<bool> seen(reply.vectors.size(), false);
  for (std::size_t i = 0; i < data->get_array().size(); ++i) {
    const json::value& item = data->get_array()[i];
    const json::value* embedding =
        item.is_object() ? item.get_object().if_contains("embedding") : nullptr;
    if (embedding == nullptr || !embedding->is_array()) {
      return Fail(ErrorKind::kProtocol, "an embedding is not an array of numbers");
    }
    // Results carry their input's index; servers may answer out of order.
    std::size_t slot = i;
    if (const json::value* index = item.get_object().if_contains("index");
        index != nullptr && index->is_number()) {
      slot = static_cast<std::size_t>(index->to_number<std::int64_t>());
    }
    if (slot >= reply.vectors.size() || seen[slot]) {
      return Fail(ErrorKind::kProtocol, "the embeddings reply has a bad or repeated index");
    }
    seen[slot] = true;
    std::vector<float>& vector = reply.vectors[slot];
    for (const json::value& number : embedding->get_array()) {
      if (!number.is_number()) {
        return Fail(ErrorKind::kProtocol, "an embedding is not an array of numbers");
      }
      vector.push_back(static_cast<float>(number.to_number<double>()));
    }
  }
  if (reply.vectors.size() != inputs) {
    return Fail(ErrorKind::kProtocol, "asked for " + std::to_string(inputs) + " embeddings, got " +
                                          std::to_string(reply.vectors.size()));
  }
  reply.model = StringOr(*object, "model");
  reply.usage = DecodeUsage(*object);
  return reply;
}

std::string DescribeErrorBody(std::string_view body) {
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  if (!ec) {
    if (value.is_array() && !value.get_array().empty()) {
      json::value first = value.get_array()[0];
      value = std::move(first);
    }
    if (value.is_object()) {
      const json::object* object = &value.get_object();
      if (const json::value* error = object->if_contains("error");
          error != nullptr && error->is_object()) {
        object = &error->get_object();
      } else if (error != nullptr && error->is_string() && !error->get_string().empty()) {
        return Excerpt(error->get_string());
      }
      std::string message = StringOr(*object, "message");
      if (!message.empty()) return Excerpt(message);
    }
  }
  std::string excerpt = Excerpt(body);
  return excerpt.empty() ? "(empty body)" : excerpt;
}

}  // namespace applier::llm::wire
