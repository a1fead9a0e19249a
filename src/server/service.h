// Service is the state one `applier serve` process shares between its HTTP
// handlers, WebSockets and workers: options, the token service, the event bus, the
// queue, open HITL requests, metrics, the API's store connection and the
// applications running right now.
//
// Threading: every member is safe from any thread. The store is one SQLite writer
// connection (WithDb) and a few readers (ReadDb); both block, so a coroutine on an
// I/O thread reaches them through `blocking` (co_await blocking.Run(...)), as it
// does any other blocking work. LiveSession::page is touched only on the browser
// strand.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>
#include <boost/json/object.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "browser/page.h"
#include "egress/address_policy.h"
#include "egress/egress_proxy.h"
#include "egress/host_resolver.h"
#include "events/event_bus.h"
#include "llm/llm_client.h"
#include "queue/task_queue.h"
#include "server/blocking_pool.h"
#include "server/hitl_registry.h"
#include "server/login_rate_limiter.h"
#include "server/metrics.h"
#include "server/request_rate_limiter.h"
#include "server/server.h"
#include "server/token_service.h"
#include "session/application_run.h"
#include "store/database_pool.h"

namespace applier::server {

// One application a worker is running now.
struct LiveSession {
  explicit LiveSession(BlockingPool::Lane events_lane) : events(std::move(events_lane)) {}

  std::string session_id;
  std::string user_id;
  std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
  std::atomic<bool> user_cancelled{false};
  std::shared_ptr<std::atomic<bool>> takeover = std::make_shared<std::atomic<bool>>(false);
  std::weak_ptr<browser::Page> page;  // browser strand only
  // Its events are stored here, in the order they were published (PublishInOrder).
  BlockingPool::Lane events;
};

class Service {
 public:
  Service(ServerOptions options, TokenService tokens, std::unique_ptr<events::EventBus> bus,
          std::unique_ptr<store::DatabasePool> db, egress::AddressPolicy policy,
          boost::asio::io_context& io);

  const ServerOptions options;
  boost::asio::io_context& io;
  const TokenService tokens;
  const std::unique_ptr<events::EventBus> bus;
  queue::TaskQueue queue;
  HitlRegistry hitl;
  Metrics metrics;
  LoginRateLimiter login_limiter;
  RequestRateLimiter request_limiter;
  const egress::AddressPolicy policy;
  const std::shared_ptr<egress::HostResolver> resolver;
  // Chromium, its pages and every application run live on this strand. Reset
  // before the io_context is destroyed (a strand must not outlive it).
  std::optional<boost::asio::strand<boost::asio::io_context::executor_type>> browser_strand;
  std::atomic<bool> stopping{false};
  std::unique_ptr<egress::EgressProxy> proxy;  // set once at start
  // Built from options.llm_providers; unconfigured when there are none. Each run
  // takes its own budget and accounting from it (ForApplication).
  const llm::LlmClient llm;
  const std::string embedding_model;  // "" when no provider embeds
  // Argon2id, documents, files and the store run here, never on an I/O thread.
  // Joined by Server::Stop once the io_context has stopped.
  BlockingPool blocking;

  // Embeds the user's document chunks that have no vector yet, in the background,
  // when an embedding model is configured (document_embedder.h); the HTTP answer
  // does not wait for it. A failure is logged and leaves word search working; the
  // next upload tries the missing chunks again.
  void EmbedDocumentsLater(std::string user_id);
  // Adds what a run or an embedding job spent to the /metrics counters.
  void CountLlmUsage(const llm::UsageSnapshot& usage);

  // The writer connection, for anything that writes (and reads that must see the
  // writer's own transaction). Blocks: see the threading note above.
  template <typename F>
  auto WithDb(F&& f) {
    return db_->Write(std::forward<F>(f));
  }
  // A reader connection; it sees every commit that completed before.
  template <typename F>
  auto ReadDb(F&& f) {
    return db_->Read(std::forward<F>(f));
  }

  // Publishes on the session's bus channel; a store failure is logged, not thrown.
  // Publish and Audit record nothing once `stopping` is set.
  void Publish(std::string_view session_id, std::string_view user_id,
               const session::SessionEvent& event);
  // An audit row; a failure is logged.
  void Audit(std::string_view user_id, std::string_view session_id, std::string_view kind,
             const boost::json::object& detail);
  // Publish and Audit on the blocking pool, for a coroutine on an I/O thread or
  // the browser strand: both write to the store. A live session's event goes to
  // its lane, after the events handed to PublishInOrder before it.
  boost::asio::awaitable<void> PublishOffThread(std::string session_id, std::string user_id,
                                                session::SessionEvent event);
  // Hands a live session's event to its lane and returns at once, for a caller
  // that cannot wait (a run's event sink); it is stored and sent after the ones
  // handed over before it (in no particular order when the session is not live).
  void PublishInOrder(std::string_view session_id, std::string_view user_id,
                      session::SessionEvent event);
  // Completes once every event handed to the live session's lane so far is
  // stored (at once when it is not live).
  boost::asio::awaitable<void> EventsStored(std::string session_id);
  boost::asio::awaitable<void> AuditOffThread(std::string user_id, std::string session_id,
                                              std::string kind, boost::json::object detail);
  // Queues the application (already stored with state "queued") for a worker.
  Status Enqueue(std::string_view user_id, std::string_view session_id);

  std::shared_ptr<LiveSession> StartLive(std::string_view session_id, std::string_view user_id);
  std::shared_ptr<LiveSession> Live(std::string_view session_id);
  void EndLive(std::string_view session_id);
  // The user's cancel: the run stops at its next step (or as soon as it starts,
  // when a worker has claimed it but not begun), and any wait for a person ends.
  void RequestCancel(std::string_view session_id);
  // Shutdown: every running application stops at its next step and every wait
  // for a person ends now.
  void CancelAllLive();

  // data_dir/users/<hex of the user id>: a user id is any JWT `sub`, so it is
  // never used as a path component as is.
  std::filesystem::path UserDir(std::string_view user_id) const;
  std::filesystem::path DocumentsDir(std::string_view user_id) const;
  std::filesystem::path DraftPath(std::string_view session_id) const;
  std::filesystem::path ConfirmationPath(std::string_view session_id) const;

 private:
  const std::unique_ptr<store::DatabasePool> db_;
  std::mutex live_mutex_;  // guards live_
  std::map<std::string, std::shared_ptr<LiveSession>, std::less<>> live_;
  std::set<std::string, std::less<>> cancel_requested_;
  std::mutex embedding_mutex_;  // guards embedding_
  // Users whose documents are being embedded; true when another upload arrived
  // meanwhile, so the job runs once more (one job per user: no chunk embedded twice).
  std::map<std::string, bool, std::less<>> embedding_;
};

std::string TaskIdFor(std::string_view session_id);

}  // namespace applier::server
