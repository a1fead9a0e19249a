#include "queue/task_queue.h"

#include <algorithm>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>

namespace applier::queue {

namespace asio = boost::asio;

struct TaskQueue::Waiter {
  explicit Waiter(asio::any_io_executor executor) : timer(std::move(executor)) {}
  asio::steady_timer timer;
};

Status TaskQueue::Push(Task task) {
  std::lock_guard lock(mutex_);
  if (closed_) return Fail(ErrorKind::kCancelled, "the queue is shutting down");
  const bool pending =
      std::any_of(pending_.begin(), pending_.end(), [&](const Task& t) { return t.id == task.id; });
  if (pending || running_.contains(task.id)) {
    return Fail(ErrorKind::kConflict, "task '" + task.id + "' is already queued or running");
  }
  pending_.push_back(std::move(task));
  NotifyLocked();
  return {};
}

std::optional<Task> TaskQueue::ClaimLocked() {
  for (auto it = pending_.begin(); it != pending_.end(); ++it) {
    auto& count = running_per_user_[it->user_id];
    if (count >= options_.per_user_limit) continue;
    ++count;
    Task task = std::move(*it);
    pending_.erase(it);
    running_.emplace(task.id, task);
    return task;
  }
  return std::nullopt;
}

std::optional<Task> TaskQueue::TryClaim() {
  std::lock_guard lock(mutex_);
  if (closed_) return std::nullopt;
  return ClaimLocked();
}

asio::awaitable<std::optional<Task>> TaskQueue::Claim() {
  auto executor = co_await asio::this_coro::executor;
  for (;;) {
    auto waiter = std::make_shared<Waiter>(executor);
    {
      std::lock_guard lock(mutex_);
      if (closed_) co_return std::nullopt;
      if (auto task = ClaimLocked()) co_return task;
      waiters_.push_back(waiter);
    }
    // The wake-up is a cancel posted to this executor; the expiry is only a
    // backstop in case it raced with this wait's start on another thread.
    waiter->timer.expires_after(std::chrono::milliseconds(500));
    boost::system::error_code ignored;
    co_await waiter->timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
    std::lock_guard lock(mutex_);
    std::erase(waiters_, waiter);
  }
}

void TaskQueue::NotifyLocked() {
  for (const auto& waiter : waiters_) {
    asio::post(waiter->timer.get_executor(), [waiter] { waiter->timer.cancel(); });
  }
  waiters_.clear();
}

void TaskQueue::Complete(std::string_view task_id) {
  std::lock_guard lock(mutex_);
  auto it = running_.find(task_id);
  if (it == running_.end()) return;
  auto count = running_per_user_.find(it->second.user_id);
  if (count != running_per_user_.end() && --count->second == 0) running_per_user_.erase(count);
  running_.erase(it);
  NotifyLocked();
}

bool TaskQueue::CancelPending(std::string_view task_id) {
  std::lock_guard lock(mutex_);
  auto it = std::find_if(pending_.begin(), pending_.end(),
                         [&](const Task& t) { return t.id == task_id; });
  if (it == pending_.end()) return false;
  pending_.erase(it);
  return true;
}

void TaskQueue::Close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  NotifyLocked();
}

std::size_t TaskQueue::depth() const {
  std::lock_guard lock(mutex_);
  return pending_.size();
}

std::size_t TaskQueue::running() const {
  std::lock_guard lock(mutex_);
  return running_.size();
}

}  // namespace applier::queue
