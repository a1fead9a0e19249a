// A Transport moves whole Chrome DevTools Protocol messages (JSON text) to and from
// one browser. Two exist: a pipe pair to a Chromium we launched with
// --remote-debugging-pipe, and a WebSocket to a browser we were given. The
// Connection above it neither knows nor cares which one it has.
//
// Contract: at most one Read and one Write outstanding at a time (the Connection
// guarantees it). Read returns kDisconnected when the browser closed its end and
// kProtocol when the stream ended in the middle of a message.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <memory>
#include <string>

#include "core/result.h"

namespace applier::cdp {

class Transport {
 public:
  virtual ~Transport() = default;
  virtual boost::asio::any_io_executor executor() = 0;
  virtual boost::asio::awaitable<Result<std::string>> Read() = 0;
  virtual boost::asio::awaitable<Status> Write(std::string message) = 0;
  // Idempotent; a pending Read then completes with kDisconnected.
  virtual void Close() = 0;
};

// Takes ownership of two file descriptors: `read_fd` carries the browser's
// messages to us, `write_fd` ours to it, each message terminated by a NUL byte.
std::unique_ptr<Transport> MakePipeTransport(boost::asio::any_io_executor executor, int read_fd,
                                             int write_fd);

// Connects to a DevTools WebSocket endpoint such as
// ws://127.0.0.1:9222/devtools/browser/<id>.
boost::asio::awaitable<Result<std::unique_ptr<Transport>>> ConnectWebSocketTransport(
    boost::asio::any_io_executor executor, std::string url);

}  // namespace applier::cdp
