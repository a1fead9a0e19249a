#include "events/client_outbox.h"

#include <algorithm>

namespace applier::events {

ClientOutbox::Push ClientOutbox::WakeIfIdle() {
  if (!writer_idle_) return Push::kQueued;
  writer_idle_ = false;
  return Push::kWake;
}

ClientOutbox::Push ClientOutbox::PushEvent(std::shared_ptr<const std::string> text) {
  std::lock_guard lock(mutex_);
  if (events_ >= options_.max_events) return Push::kOverflow;
  queue_.push_back(Outgoing{std::move(text), false, false});
  ++events_;
  return WakeIfIdle();
}

ClientOutbox::Push ClientOutbox::PushFrame(std::shared_ptr<const std::string> data, bool binary) {
  std::lock_guard lock(mutex_);
  if (options_.max_frames == 0) {
    ++frames_dropped_;
    return Push::kQueued;
  }
  if (frames_ >= options_.max_frames) {
    auto oldest =
        std::find_if(queue_.begin(), queue_.end(), [](const Outgoing& m) { return m.frame; });
    queue_.erase(oldest);
    --frames_;
    ++frames_dropped_;
  }
  queue_.push_back(Outgoing{std::move(data), binary, true});
  ++frames_;
  return WakeIfIdle();
}

std::optional<Outgoing> ClientOutbox::Pop() {
  std::lock_guard lock(mutex_);
  if (queue_.empty()) {
    writer_idle_ = true;
    return std::nullopt;
  }
  Outgoing next = std::move(queue_.front());
  queue_.pop_front();
  if (next.frame) {
    --frames_;
  } else {
    --events_;
  }
  return next;
}

std::uint64_t ClientOutbox::frames_dropped() const {
  std::lock_guard lock(mutex_);
  return frames_dropped_;
}

std::size_t ClientOutbox::size() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

}  // namespace applier::events
