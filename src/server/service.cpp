#include "server/service.h"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/json.hpp>
#include <vector>

#include "session/document_embedder.h"
#include "store/audit_table.h"

namespace applier::server {

namespace json = boost::json;

Service::Service(ServerOptions options_in, TokenService tokens_in,
                 std::unique_ptr<events::EventBus> bus_in, std::unique_ptr<store::DatabasePool> db,
                 egress::AddressPolicy policy_in, boost::asio::io_context& io_in)
    : options(std::move(options_in)),
      io(io_in),
      tokens(std::move(tokens_in)),
      bus(std::move(bus_in)),
      queue(queue::QueueOptions{.per_user_limit = options.per_user_limit}),
      request_limiter(options.request_rate),
      policy(std::move(policy_in)),
      resolver(egress::MakeSystemResolver()),
      browser_strand(boost::asio::make_strand(io_in)),
      llm(options.llm_providers, {.retry = options.llm_retry, .budget = {}, .on_attempt = {}}),
      embedding_model(session::FirstEmbeddingModel(options.llm_providers)),
      blocking(static_cast<std::size_t>(std::max(options.blocking_threads, 1))),
      db_(std::move(db)) {}

void Service::EmbedDocumentsLater(std::string user_id) {
  if (embedding_model.empty() || stopping.load()) return;
  {
    std::lock_guard lock(embedding_mutex_);
    auto [it, started] = embedding_.try_emplace(user_id, false);
    if (!started) {
      it->second = true;  // the running job goes round once more for this upload
      return;
    }
  }
  auto job = [this, user_id]() -> boost::asio::awaitable<void> {
    for (;;) {
      // Its own accounting, so /metrics counts exactly what this job spent.
      const llm::LlmClient client = llm.ForApplication(llm::Budget{});
      session::LibraryAccess access =
          [this](const std::function<Status(knowledge::DocumentLibrary&)>& work) {
            return WithDb([&](store::Database& db) {
              knowledge::DocumentLibrary library(db);
              return work(library);
            });
          };
      auto embedded =
          co_await session::EmbedPendingChunks(client, embedding_model, user_id, std::move(access));
      CountLlmUsage(client.usage());
      if (!embedded) {
        spdlog::warn("embedding documents failed (word search still works): {}",
                     embedded.error().message);
      } else if (embedded->chunks > 0) {
        spdlog::info("embedded {} document chunk(s) with {} in {} call(s)", embedded->chunks,
                     embedded->model, embedded->calls);
      }
      std::lock_guard lock(embedding_mutex_);
      auto it = embedding_.find(user_id);
      if (!it->second || stopping.load()) {
        embedding_.erase(it);
        co_return;
      }
      it->second = false;
    }
  };
  boost::asio::co_spawn(io, std::move(job), boost::asio::detached);
}

void Service::CountLlmUsage(const llm::UsageSnapshot& usage) {
  metrics.llm_calls.fetch_add(static_cast<std::uint64_t>(usage.calls), std::memory_order_relaxed);
  metrics.llm_prompt_tokens.fetch_add(static_cast<std::uint64_t>(usage.prompt_tokens),
                                      std::memory_order_relaxed);
  metrics.llm_completion_tokens.fetch_add(static_cast<std::uint64_t>(usage.completion_tokens),
                                          std::memory_order_relaxed);
  metrics.llm_cost_usd.fetch_add(usage.cost_usd, std::memory_order_relaxed);
}

void Service::Publish(std::string_view session_id, std::string_view user_id,
                      const session::SessionEvent& event) {
  if (stopping.load()) return;  // a run being stopped by shutdown: it will run again
  auto seq = bus->Publish(session_id, user_id, event);
  if (!seq) {
    spdlog::error("session {}: could not store event {}: {}", session_id, event.type,
                  seq.error().message);
    return;
  }
  metrics.events_published.fetch_add(1, std::memory_order_relaxed);
}

void Service::Audit(std::string_view user_id, std::string_view session_id, std::string_view kind,
                    const json::object& detail) {
  if (stopping.load()) return;
  auto st = WithDb([&](store::Database& db) {
    return store::AuditTable(db).Append(user_id, session_id, kind, json::serialize(detail));
  });
  if (!st)
    spdlog::error("session {}: could not write the audit row: {}", session_id, st.error().message);
}

boost::asio::awaitable<void> Service::PublishOffThread(std::string session_id, std::string user_id,
                                                       session::SessionEvent event) {
  auto publish = [&] {
    Publish(session_id, user_id, event);
    return true;
  };
  if (auto live = Live(session_id)) {
    co_await blocking.Run(live->events, publish);
  } else {
    co_await blocking.Run(publish);
  }
}

void Service::PublishInOrder(std::string_view session_id, std::string_view user_id,
                             session::SessionEvent event) {
  auto live = Live(session_id);
  blocking.Post(live ? live->events : blocking.NewLane(),
                [this, session = std::string(session_id), user = std::string(user_id),
                 event = std::move(event)] { Publish(session, user, event); });
}

boost::asio::awaitable<void> Service::EventsStored(std::string session_id) {
  auto live = Live(session_id);
  if (!live) co_return;
  co_await blocking.Run(live->events, [] { return true; });
}

boost::asio::awaitable<void> Service::AuditOffThread(std::string user_id, std::string session_id,
                                                     std::string kind, json::object detail) {
  co_await blocking.Run([&] {
    Audit(user_id, session_id, kind, detail);
    return true;
  });
}

Status Service::Enqueue(std::string_view user_id, std::string_view session_id) {
  return queue.Push(
      queue::Task{TaskIdFor(session_id), std::string(user_id), std::string(session_id)});
}

std::shared_ptr<LiveSession> Service::StartLive(std::string_view session_id,
                                                std::string_view user_id) {
  auto live = std::make_shared<LiveSession>(blocking.NewLane());
  live->session_id = session_id;
  live->user_id = user_id;
  std::lock_guard lock(live_mutex_);
  if (auto it = cancel_requested_.find(session_id); it != cancel_requested_.end()) {
    live->user_cancelled.store(true);
    live->cancel->store(true);
    cancel_requested_.erase(it);
  }
  if (stopping.load()) live->cancel->store(true);
  live_[std::string(session_id)] = live;
  return live;
}

std::shared_ptr<LiveSession> Service::Live(std::string_view session_id) {
  std::lock_guard lock(live_mutex_);
  auto it = live_.find(session_id);
  return it == live_.end() ? nullptr : it->second;
}

void Service::RequestCancel(std::string_view session_id) {
  {
    std::lock_guard lock(live_mutex_);
    if (auto it = live_.find(session_id); it != live_.end()) {
      it->second->user_cancelled.store(true);
      it->second->cancel->store(true);
    } else {
      // Claimed by a worker that has not started the run yet.
      cancel_requested_.emplace(session_id);
    }
  }
  hitl.CancelSession(session_id);
}

void Service::CancelAllLive() {
  std::vector<std::string> ids;
  {
    std::lock_guard lock(live_mutex_);
    for (const auto& [id, live] : live_) {
      live->cancel->store(true);
      ids.push_back(id);
    }
  }
  for (const auto& id : ids) hitl.CancelSession(id);
}

void Service::EndLive(std::string_view session_id) {
  std::lock_guard lock(live_mutex_);
  if (auto it = live_.find(session_id); it != live_.end()) live_.erase(it);
}

std::filesystem::path Service::UserDir(std::string_view user_id) const {
  static const char kHex[] = "0123456789abcdef";
  std::string name;
  for (unsigned char c : user_id) {
    name += kHex[c >> 4];
    name += kHex[c & 15];
  }
  return options.data_dir / "users" / name;
}

std::filesystem::path Service::DocumentsDir(std::string_view user_id) const {
  return UserDir(user_id) / "documents";
}

std::filesystem::path Service::DraftPath(std::string_view session_id) const {
  return options.data_dir / "drafts" / (std::string(session_id) + ".jpg");
}

std::filesystem::path Service::ConfirmationPath(std::string_view session_id) const {
  return options.data_dir / "receipts" / (std::string(session_id) + ".jpg");
}

std::string TaskIdFor(std::string_view session_id) {
  return "task_" + std::string(session_id.substr(session_id.find('_') + 1));
}

}  // namespace applier::server
