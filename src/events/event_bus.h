// EventBus carries what happens in each served application to whoever watches it:
// numbered events (stored, replayable) and live frames (not stored, newest wins).
//
// Events: Publish() gives each event of a session the next sequence number (1, 2,
// 3, … per session, continuing after a restart), writes it to the store, then
// hands the same immutable wire message to every subscriber of the session — in
// that order, under the session's lock, so a subscriber never sees a gap or a
// reordering, and Subscribe(after=N) returns exactly the events after N and then
// receives every later one live. An event the store refuses (a full disk) has
// been seen live, so it keeps its seq: the bus holds it in memory, replays it
// with the stored ones and stores it at the next Publish, Replay, Subscribe or
// Flush of its session that the store takes. What a session holds is bounded
// (EventBusOptions): past the bound the oldest held events are dropped, logged and
// counted (events_dropped()), and one note takes their place in replays and later
// in the store — a chat:message {from:"system", dropped_events:N} with the seq of
// the newest one dropped — so whoever reads the history sees that events are
// missing and how many.
//
// Frames: PublishFrame() encodes a JPEG once per wanted form (base64 JSON event for
// clients that parse every message as JSON, binary with a 16-byte header for those
// that asked) and hands it to the subscribers; their outboxes drop old frames.
//
// Wire shape (docs/design.md): {"type","agent":"applier","message","data","timestamp","seq"}.
// Binary frame: [u32 'LAF1'][u32 seq][u64 capture ms since epoch], big-endian, JPEG.
//
// Thread-safe: every method may be called from any thread. Subscriber callbacks
// run on the publishing thread and must not block or call back into the bus.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "session/application_run.h"
#include "store/database.h"

namespace applier::events {

struct StoredEvent {
  std::int64_t seq = 0;
  std::string type;
  std::shared_ptr<const std::string> wire;
};

struct Frame {
  std::uint32_t seq = 0;
  std::uint64_t captured_at_ms = 0;
  std::shared_ptr<const std::string> json;    // set when a subscriber wants JSON frames
  std::shared_ptr<const std::string> binary;  // set when a subscriber wants binary frames
};

class Subscriber {
 public:
  virtual ~Subscriber() = default;
  virtual bool wants_binary_frames() const = 0;
  virtual void OnEvent(const StoredEvent& event) = 0;
  virtual void OnFrame(const Frame& frame) = 0;
};

// The binary frame message: header + JPEG.
std::string EncodeBinaryFrame(std::uint32_t seq, std::uint64_t captured_at_ms,
                              std::string_view jpeg);
// "14:32:45", local time: the wire protocol's timestamp.
std::string WireTimestamp();

struct EventBusOptions {
  // What one session may hold of the events the store refused (count and wire
  // bytes): a run's events while the disk is full, not a long outage's.
  std::size_t max_held_events = 1000;
  std::size_t max_held_bytes = 1 << 20;
};

class EventBus {
 public:
  // Opens its own connection to the store at `database` (WAL lets the rest of the
  // service use other connections meanwhile).
  static Result<std::unique_ptr<EventBus>> Open(const std::filesystem::path& database,
                                                EventBusOptions options = {});

  // The event's seq; the store's error when it refused the event, which
  // subscribers got live all the same and replays include (see above).
  Result<std::int64_t> Publish(std::string_view session_id, std::string_view user_id,
                               const session::SessionEvent& event);
  void PublishFrame(std::string_view session_id, std::string jpeg, std::uint64_t captured_at_ms);

  // Hands `subscriber` the stored events after `after` (of this user's session
  // only) through OnEvent, then registers it for live ones — under the session's
  // lock, so the replay and the live stream meet without a gap, a duplicate or a
  // reordering. Returns how many were replayed. The bus keeps only a weak
  // reference; Unsubscribe when done.
  Result<std::size_t> Subscribe(std::string_view session_id, std::string_view user_id,
                                std::int64_t after, const std::shared_ptr<Subscriber>& subscriber);
  void Unsubscribe(std::string_view session_id, const Subscriber* subscriber);

  // The session's events after `after`, oldest first: the stored ones and those
  // the store refused so far.
  Result<std::vector<StoredEvent>> Replay(std::string_view user_id, std::string_view session_id,
                                          std::int64_t after);
  // Stores the session's events the store refused before; an error when it still
  // refuses some (they stay held for the next try).
  Status Flush(std::string_view session_id);
  // The newest frame of a session (JPEG bytes), e.g. the confirmation page at the end.
  std::optional<std::string> LatestFrame(std::string_view session_id);

  std::uint64_t frames_published() const;
  // Held events dropped past the bound, over every session.
  std::uint64_t events_dropped() const;

 private:
  struct Channel;
  EventBus(store::Database db, EventBusOptions options) : options_(options), db_(std::move(db)) {}
  std::shared_ptr<Channel> ChannelFor(std::string_view session_id);
  // With the channel's lock held.
  Status FlushLocked(Channel& channel, std::string_view session_id);
  // With the channel's lock held: drops the oldest held events past the bound.
  void BoundHeldLocked(Channel& channel, std::string_view session_id);
  Result<std::vector<StoredEvent>> ReplayLocked(Channel& channel, std::string_view user_id,
                                                std::string_view session_id, std::int64_t after);

  const EventBusOptions options_;
  std::mutex db_mutex_;  // guards db_
  store::Database db_;
  mutable std::mutex channels_mutex_;  // guards channels_ and frames_published_
  std::map<std::string, std::shared_ptr<Channel>, std::less<>> channels_;
  std::uint64_t frames_published_ = 0;
  std::atomic<std::uint64_t> events_dropped_{0};
};

}  // namespace applier::events
