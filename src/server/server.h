// Server is `applier serve`: the REST API, the WebSockets with live events and
// frames, the static web UI, the in-process queue and its workers (one Chromium
// with a context per running application, behind the egress filter), all in one
// process over one SQLite file in the data directory.
//
// Start() returns once the port accepts connections; applications that were
// waiting at a draft when the previous process stopped are queued again (they
// fill up to the draft again; the submit intent in the store keeps anything from
// being submitted twice). Stop() ends the workers, closes every connection and
// the browser. Thread-safe: Stop() may be called from any thread, once.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "llm/provider.h"
#include "server/request_rate_limiter.h"

namespace applier::events {
class EventBus;
}

namespace applier::server {

struct ServerOptions {
  std::string bind_address = "127.0.0.1";
  unsigned short port = 8080;  // 0: a free port
  std::filesystem::path data_dir;
  std::filesystem::path web_dir;  // the web UI's files; empty: no UI, API only
  int workers = 2;                // applications filled at the same time
  int io_threads = 2;
  // Threads for blocking work (argon2id, documents, files, SQLite); see
  // blocking_pool.h.
  int blocking_threads = 4;
  std::size_t per_user_limit = 2;        // running applications per user
  std::vector<std::string> allow_hosts;  // --allow-host HOST[:PORT]
  std::string chromium = "/usr/bin/chromium";
  std::chrono::seconds hitl_timeout{120};
  std::chrono::seconds draft_timeout{300};
  std::chrono::seconds soft_time_limit{600};  // stop filling, go to the draft
  std::chrono::seconds hard_time_limit{900};  // end the session
  std::chrono::seconds token_lifetime{12 * 3600};
  // A live-view client that takes no message for this long (a frozen tab, a dead
  // network) is disconnected; its frames are dropped meanwhile.
  std::chrono::seconds websocket_stall_limit{15};
  // Requests per client (a signed-in user; an address before sign-in), past which
  // it is answered 429 with Retry-After; /healthz is never limited. A page load
  // and a person's clicks fit in the burst. per_second 0: no limit.
  RateLimit request_rate{.per_second = 30, .burst = 120};
  // WebSocket messages per live-view connection (clicks and keys while a person
  // has the browser, answers); a client past it is closed with 1008.
  RateLimit websocket_message_rate{.per_second = 50, .burst = 200};
  std::size_t json_body_limit = 1 << 20;
  std::size_t upload_body_limit = 10 << 20;
  // The LLM chain every run may use (llm/provider.h; `applier serve` loads it with
  // LoadProviders). Empty: no LLM, questions go to the person as before. With an
  // embedding model, uploaded documents are embedded in the background.
  std::vector<llm::ProviderConfig> llm_providers;
  // How long each LLM attempt may take and how often it is retried
  // (`applier serve` loads it with LoadRetryPolicy).
  llm::RetryPolicy llm_retry;
};

class Server {
 public:
  // kInvalidInput for bad options (an --allow-host entry, workers < 1), kIo when
  // the data directory or the port cannot be used.
  static Result<std::unique_ptr<Server>> Start(ServerOptions options);
  ~Server();  // Stop()s
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  unsigned short port() const;
  std::string base_url() const;  // "http://127.0.0.1:8080"
  // The bus every session's events and frames go through, for embedding the
  // service (and for benchmarks that publish without a browser).
  events::EventBus& event_bus();
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// `applier user add`: creates a local user or changes their password. The user
// database is data_dir/applier.db. kInvalidInput for a bad name or password.
Status AddUser(const std::filesystem::path& data_dir, std::string_view name,
               std::string_view password);
// Whether `name` is usable as a user name: 1–64 characters of [A-Za-z0-9._@-].
bool ValidUserName(std::string_view name);

}  // namespace applier::server
