// One HTTP(S) POST with a deadline, for LlmClient. https verifies the server against
// the system's CA store and its host name, and sends SNI; plain http is for local
// model servers (Ollama, vLLM, llama.cpp). A fresh connection per request: a model
// call takes seconds, a handshake milliseconds, and no pool can go stale.
//
// The deadline covers resolving, connecting, the TLS handshake, sending and reading
// the whole reply. One caveat: a name lookup already running in the system resolver
// cannot be interrupted; glibc bounds it by its own timeout.
//
// Thread-safe: one HttpClient may serve many concurrent calls on any executors; each
// call runs on the executor of the coroutine awaiting it. Beast, Asio and OpenSSL
// stay in http_client.cpp.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <memory>
#include <string>

#include "core/result.h"

namespace applier::llm {

struct HttpRequest {
  std::string url;      // http(s)://host[:port]/path
  std::string api_key;  // "Authorization: Bearer"; empty sends none
  std::string body;     // JSON
  std::chrono::milliseconds timeout{60000};
};

struct HttpResponse {
  int status = 0;
  std::string body;
  std::string retry_after;     // the Retry-After header, "" when absent
  std::string retry_after_ms;  // the retry-after-ms header, "" when absent
};

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Any HTTP status is a response; errors are for no response: kTimeout past the
  // deadline, kIo when the host cannot be resolved or reached, kDisconnected when the
  // connection breaks or closes before a whole reply, kProtocol for a TLS
  // verification failure or a reply that is not HTTP, kInvalidInput for a bad URL.
  // Messages name the host, never the key.
  boost::asio::awaitable<Result<HttpResponse>> Post(HttpRequest request) const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace applier::llm
