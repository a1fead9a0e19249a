// TaskQueue is the embedded (in-process) queue of applications waiting for a
// worker. It hands each task to exactly one claimer, keeps a per-user limit on
// concurrently running tasks (a user with many queued applications does not starve
// the others: the oldest task of a user under the limit goes first), and lets a
// pending task be cancelled before any worker sees it.
//
// Contract:
//  - Push() is kConflict for an id that is already pending or running.
//  - TryClaim()/Claim() return a task at most once; Complete() frees its user's slot.
//  - Close() wakes every waiting Claim() with nullopt; later pushes are refused.
//
// Thread-safe: every method may be called from any thread. Claim() waits on the
// caller's executor.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace applier::queue {

struct Task {
  std::string id;
  std::string user_id;
  std::string session_id;
};

struct QueueOptions {
  std::size_t per_user_limit = 2;
};

class TaskQueue {
 public:
  explicit TaskQueue(QueueOptions options = {}) : options_(options) {}

  Status Push(Task task);
  std::optional<Task> TryClaim();
  boost::asio::awaitable<std::optional<Task>> Claim();
  void Complete(std::string_view task_id);
  // true when the task was pending and is now removed; false when it is running
  // (the caller must stop the run itself) or unknown.
  bool CancelPending(std::string_view task_id);
  void Close();

  std::size_t depth() const;    // pending
  std::size_t running() const;  // claimed, not completed

 private:
  struct Waiter;
  std::optional<Task> ClaimLocked();
  void NotifyLocked();

  QueueOptions options_;
  mutable std::mutex mutex_;  // guards everything below
  std::deque<Task> pending_;
  std::map<std::string, Task, std::less<>> running_;
  std::map<std::string, std::size_t, std::less<>> running_per_user_;
  std::vector<std::shared_ptr<Waiter>> waiters_;
  bool closed_ = false;
};

}  // namespace applier::queue
