// ClientOutbox is what one connected client still has to be sent: events, which
// are never dropped, and live frames, of which only the newest few are kept — a
// slow client gets the latest picture, not a growing backlog. Messages are shared
// immutable buffers, so one event fanned out to a hundred clients is one string.
//
// The writer side pops one message at a time (one write in flight per socket).
// When Pop finds nothing it marks the writer idle; the next Push returns true once,
// telling the producer to wake the writer. So a producer posts at most one wake-up
// per idle period, not one per message.
//
// Thread-safe: producers push from any thread; one consumer pops.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace applier::events {

struct Outgoing {
  std::shared_ptr<const std::string> data;
  bool binary = false;
  bool frame = false;
};

struct OutboxOptions {
  std::size_t max_frames = 2;      // queued frames kept; older ones are dropped
  std::size_t max_events = 20000;  // beyond this the client is hopelessly behind
};

class ClientOutbox {
 public:
  explicit ClientOutbox(OutboxOptions options = {}) : options_(options) {}

  enum class Push { kQueued, kWake, kOverflow };
  // kOverflow: the event backlog passed max_events. The event is not queued; the
  // caller must disconnect the client, which then replays from the store.
  Push PushEvent(std::shared_ptr<const std::string> text);
  Push PushFrame(std::shared_ptr<const std::string> data, bool binary);
  // The next message in order; nullopt (and the writer marked idle) when empty.
  std::optional<Outgoing> Pop();

  std::uint64_t frames_dropped() const;
  std::size_t size() const;

 private:
  Push WakeIfIdle();

  OutboxOptions options_;
  mutable std::mutex mutex_;
  std::deque<Outgoing> queue_;
  std::size_t frames_ = 0;
  std::size_t events_ = 0;
  std::uint64_t frames_dropped_ = 0;
  bool writer_idle_ = true;
};

}  // namespace applier::events
