// Browser is one running Chromium (launched by us or connected to) and the place
// applications get their isolated BrowserContexts from. Each context has its own
// cookies, storage and cache, so applications never see each other's state; a pool
// limit caps how many are open at once and NewContext waits for a free slot.
//
// Crash handling: when the DevTools connection ends without Close() having been
// called, the browser is marked crashed with the reason (exit code or signal), and
// every pending call on every page fails with kDisconnected — callers see an error
// value, never a hang.
//
// Threading: like cdp::Connection, use a Browser only from its executor.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "browser/chromium_process.h"
#include "cdp/connection.h"
#include "core/result.h"

namespace applier::browser {

class BrowserContext;

struct BrowserOptions {
  LaunchOptions launch;
  std::size_t max_contexts = 8;  // the pool limit
  std::chrono::milliseconds call_timeout{30000};
};

class Browser : public std::enable_shared_from_this<Browser> {
 public:
  // Launches a fresh Chromium (see ChromiumProcess).
  static boost::asio::awaitable<Result<std::shared_ptr<Browser>>> Launch(
      boost::asio::any_io_executor executor, BrowserOptions options);
  // Attaches to a browser someone else runs, e.g. ws://127.0.0.1:9222/devtools/browser/ID.
  static boost::asio::awaitable<Result<std::shared_ptr<Browser>>> Connect(
      boost::asio::any_io_executor executor, std::string ws_url, BrowserOptions options);
  ~Browser();

  // A new isolated context; waits while `max_contexts` are open (up to `wait`).
  boost::asio::awaitable<Result<std::unique_ptr<BrowserContext>>> NewContext(
      std::chrono::milliseconds wait = std::chrono::seconds(60));

  // "Chrome/156.0.8078.73"
  boost::asio::awaitable<Result<std::string>> Version();

  // Why the browser went away, when it did without Close(): "Chromium exited
  // (killed by signal 9)". Empty while it runs.
  std::optional<std::string> crash_reason() const;
  bool launched_by_us() const { return process_ != nullptr; }
  const ChromiumProcess* process() const { return process_.get(); }
  std::size_t open_contexts() const { return open_contexts_; }

  const std::shared_ptr<cdp::Connection>& connection() const { return connection_; }
  const BrowserOptions& options() const { return options_; }

  // Closes the connection and, if we launched the browser, terminates it and
  // removes its profile directory. Idempotent. Blocks for as long as
  // ChromiumProcess::Terminate does (up to seconds): a server closes with
  // CloseConnection() and terminates the process off its I/O threads.
  void Close();
  // Closes the connection and hands over the Chromium process we launched (null
  // for a browser we connected to, or when already closed), for the caller to
  // Terminate() where blocking is fine. Idempotent.
  std::unique_ptr<ChromiumProcess> CloseConnection();

 private:
  friend class BrowserContext;
  Browser(std::shared_ptr<cdp::Connection> connection, std::unique_ptr<ChromiumProcess> process,
          BrowserOptions options);
  void WatchForCrash();
  void ReleaseContextSlot();

  std::shared_ptr<cdp::Connection> connection_;
  std::unique_ptr<ChromiumProcess> process_;
  BrowserOptions options_;
  std::size_t open_contexts_ = 0;
  bool closing_ = false;
  // Why the connection ended without Close(); crash_reason() adds how the
  // process exited, once the kernel has reported it.
  std::optional<std::string> lost_connection_;
};

}  // namespace applier::browser
