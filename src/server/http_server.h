// HttpServer is the network side of `applier serve`: a listener that accepts
// connections on the service's io_context, one coroutine per HTTP connection
// (keep-alive, header and body limits — 413 for an oversized body, read before
// the body is), and the upgrade of /ws/{session_id} to a WebSocket that streams
// the session's events and frames with one write in flight and a bounded outbox.
//
// Threading: each connection runs on its own strand. Stop() may be called from any
// thread.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "server/api.h"
#include "server/application_runner.h"
#include "server/service.h"

namespace applier::server {

class HttpServer {
 public:
  static Result<std::unique_ptr<HttpServer>> Start(Service& service, Api& api,
                                                   ApplicationRunner& runner);
  ~HttpServer();
  unsigned short port() const;
  // Stops accepting. Open connections end when the io_context stops.
  void Stop();

  struct Impl;

 private:
  explicit HttpServer(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<Impl> impl_;
};

}  // namespace applier::server
