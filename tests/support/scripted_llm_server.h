// ScriptedLlmServer is the one stand-in of the whole project: no LLM is reachable
// from the machines that build and test Live Applier, so tests point LlmClient (or a
// whole session, via LLM_BASE_URL) at this real OpenAI-compatible HTTP server on
// 127.0.0.1, which replays a script of replies in order and records every request.
//
//   ScriptedLlmServer server;
//   server.Push(Reply::Status(429).Header("Retry-After", "0.05"));
//   server.Push(Reply::ToolCalls({{"click", R"({"index":3})"}}));
//   server.Push(Reply::Text("Hello").Tokens(12, 3));
//   ... LLM_BASE_URL=server.base_url() ...
//   EXPECT_EQ(server.requests()[0].path(), "/v1/chat/completions");
//
// One step answers one request, whatever its path. When the script runs out the
// server answers 500 with a body saying so, so a test that sends more than it
// scripted fails loudly instead of hanging.
//
// The server runs its own io_context on its own thread from construction to
// destruction; every method is thread-safe.
#pragma once

#include <boost/json/value.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace applier::testing {

struct RecordedRequest;

struct ScriptedToolCall {
  std::string name;
  std::string arguments;  // JSON text, sent as the model would: a string
};

// One scripted step. Build with a factory, refine with the chained setters.
class Reply {
 public:
  // A chat completion whose message says `content`; finish_reason "stop".
  static Reply Text(std::string content);
  // A chat completion calling these tools in parallel; finish_reason "tool_calls".
  static Reply ToolCalls(std::vector<ScriptedToolCall> calls, std::string content = "");
  // An embeddings reply with these vectors, indexed in order.
  static Reply Embeddings(std::vector<std::vector<float>> vectors);
  // An embeddings reply with one vector per input of the request, whatever their
  // number: words hashed into `dimensions` buckets, so texts sharing words point the
  // same way (cosine similarity behaves as a real model's would for these tests).
  static Reply WordEmbeddings(int dimensions = 64);
  // An HTTP error in OpenAI's shape: {"error":{"message":"scripted HTTP <status>"}},
  // or `body` verbatim when given.
  static Reply Status(int status, std::string body = "");
  // Exactly this status and body (e.g. malformed JSON with 200).
  static Reply Raw(int status, std::string body);
  // Reads the request, then closes the connection without answering.
  static Reply CloseConnection();

  Reply& Header(std::string name, std::string value);
  // Waits this long after reading the request before answering (or closing).
  Reply& Delay(std::chrono::milliseconds delay);
  // The usage block of a chat or embeddings reply; default 10 prompt, 5 completion.
  Reply& Tokens(std::int64_t prompt, std::int64_t completion);
  // The "model" field of a chat or embeddings reply; default "scripted-model".
  Reply& Model(std::string model);

 private:
  friend class ScriptedLlmServer;
  enum class Kind { kChat, kEmbeddings, kWordEmbeddings, kRaw, kClose };
  std::string Body(const RecordedRequest& request) const;

  Kind kind_ = Kind::kRaw;
  int status_ = 200;
  std::vector<std::pair<std::string, std::string>> headers_;
  std::string text_;  // chat content or raw body
  std::vector<ScriptedToolCall> tool_calls_;
  std::vector<std::vector<float>> vectors_;
  int dimensions_ = 0;
  std::chrono::milliseconds delay_{0};
  std::int64_t prompt_tokens_ = 10;
  std::int64_t completion_tokens_ = 5;
  std::string model_ = "scripted-model";
};

struct RecordedRequest {
  std::string method;                          // "POST"
  std::string target;                          // "/v1/chat/completions"
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;

  std::string path() const { return target.substr(0, target.find('?')); }
  // The header's value, "" when absent; `name` in any case.
  std::string header(std::string_view name) const;
  // The body as JSON; null when it is not JSON.
  boost::json::value json() const;
};

class ScriptedLlmServer {
 public:
  ScriptedLlmServer();  // listening on 127.0.0.1 at a free port
  ~ScriptedLlmServer();
  ScriptedLlmServer(const ScriptedLlmServer&) = delete;
  ScriptedLlmServer& operator=(const ScriptedLlmServer&) = delete;

  void Push(Reply reply);

  std::uint16_t port() const;
  std::string base_url() const;  // "http://127.0.0.1:<port>/v1"
  std::vector<RecordedRequest> requests() const;
  std::size_t remaining() const;  // scripted steps not yet used

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace applier::testing
