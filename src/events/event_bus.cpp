#include "events/event_bus.h"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <chrono>
#include <ctime>

#include "core/base64.h"
#include "store/session_event_table.h"

namespace applier::events {

namespace json = boost::json;

struct EventBus::Channel {
  std::mutex mutex;  // guards everything below; held while publishing
  bool numbered = false;
  std::int64_t last_seq = 0;
  // Published (subscribers have them) but refused by the store, oldest first,
  // kept until the store takes them, so a replay has no gap and a restart reuses
  // no seq; bounded by EventBusOptions (BoundHeldLocked).
  struct Unstored {
    std::string user_id;
    StoredEvent event;
    std::size_t dropped = 0;  // > 0: the note standing for that many dropped events
  };
  std::vector<Unstored> unstored;
  std::size_t unstored_bytes = 0;  // their wire messages' sizes
  std::uint32_t frame_seq = 0;
  std::vector<std::weak_ptr<Subscriber>> subscribers;
  std::shared_ptr<const std::string> latest_frame;
};

namespace {

void PutBigEndian(std::string& out, std::uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

std::string Wire(const session::SessionEvent& event, std::int64_t seq,
                 const std::string& timestamp) {
  json::object message;
  message["type"] = event.type;
  message["agent"] = "applier";
  message["message"] = event.message;
  message["data"] = event.data;
  message["timestamp"] = timestamp;
  message["seq"] = seq;
  return json::serialize(message);
}

// Room kept for the dropped-events note when the bound is reached (its wire
// message is about 250 bytes).
constexpr std::size_t kNoteBytes = 512;

session::SessionEvent DroppedNote(std::size_t dropped) {
  return session::SessionEvent{
      "chat:message",
      std::to_string(dropped) +
          " events of this application could not be stored (the store refused them, e.g. a full "
          "disk) and are missing here",
      {{"from", "system"}, {"dropped_events", dropped}}};
}

}  // namespace

std::string EncodeBinaryFrame(std::uint32_t seq, std::uint64_t captured_at_ms,
                              std::string_view jpeg) {
  std::string out;
  out.reserve(16 + jpeg.size());
  out += "LAF1";
  PutBigEndian(out, seq, 4);
  PutBigEndian(out, captured_at_ms, 8);
  out.append(jpeg);
  return out;
}

std::string WireTimestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M:%S", &local);
  return buf;
}

Result<std::unique_ptr<EventBus>> EventBus::Open(const std::filesystem::path& database,
                                                 EventBusOptions options) {
  auto db = store::Database::Open(database);
  if (!db) return Fail(db.error());
  // Events are numerous and small; NORMAL keeps WAL commits off fsync (a power cut
  // may lose the last events, an application crash does not).
  if (auto st = db->Exec("PRAGMA synchronous=NORMAL"); !st) return Fail(st.error());
  return std::unique_ptr<EventBus>(new EventBus(std::move(*db), options));
}

std::shared_ptr<EventBus::Channel> EventBus::ChannelFor(std::string_view session_id) {
  std::lock_guard lock(channels_mutex_);
  auto it = channels_.find(session_id);
  if (it == channels_.end()) {
    it = channels_.emplace(std::string(session_id), std::make_shared<Channel>()).first;
  }
  return it->second;
}

Result<std::int64_t> EventBus::Publish(std::string_view session_id, std::string_view user_id,
                                       const session::SessionEvent& event) {
  auto channel = ChannelFor(session_id);
  std::lock_guard lock(channel->mutex);
  if (!channel->numbered) {
    std::lock_guard db_lock(db_mutex_);
    auto last = store::SessionEventTable(db_).LastSeq(session_id);
    if (!last) return Fail(last.error());
    channel->last_seq = *last;
    channel->numbered = true;
  }
  const std::int64_t seq = channel->last_seq + 1;
  StoredEvent stored{seq, event.type,
                     std::make_shared<const std::string>(Wire(event, seq, WireTimestamp()))};
  channel->unstored.push_back({std::string(user_id), stored});
  channel->unstored_bytes += stored.wire->size();
  const Status appended = FlushLocked(*channel, session_id);
  if (!appended) BoundHeldLocked(*channel, session_id);
  channel->last_seq = seq;
  std::erase_if(channel->subscribers, [&](const std::weak_ptr<Subscriber>& weak) {
    auto subscriber = weak.lock();
    if (!subscriber) return true;
    subscriber->OnEvent(stored);
    return false;
  });
  if (!appended) return Fail(appended.error());
  return seq;
}

void EventBus::PublishFrame(std::string_view session_id, std::string jpeg,
                            std::uint64_t captured_at_ms) {
  auto channel = ChannelFor(session_id);
  {
    std::lock_guard lock(channels_mutex_);
    ++frames_published_;
  }
  std::lock_guard lock(channel->mutex);
  Frame frame;
  frame.seq = ++channel->frame_seq;
  frame.captured_at_ms = captured_at_ms;
  std::vector<std::shared_ptr<Subscriber>> live;
  for (const auto& weak : channel->subscribers) {
    if (auto subscriber = weak.lock()) live.push_back(std::move(subscriber));
  }
  for (const auto& subscriber : live) {
    if (subscriber->wants_binary_frames() && !frame.binary) {
      frame.binary =
          std::make_shared<const std::string>(EncodeBinaryFrame(frame.seq, captured_at_ms, jpeg));
    } else if (!subscriber->wants_binary_frames() && !frame.json) {
      json::object data{{"screenshot", EncodeBase64(jpeg)},
                        {"seq", frame.seq},
                        {"captured_at_ms", captured_at_ms}};
      json::object message{{"type", "browser:screenshot"},
                           {"agent", "applier"},
                           {"message", "Live view"},
                           {"data", std::move(data)},
                           {"timestamp", WireTimestamp()}};
      frame.json = std::make_shared<const std::string>(json::serialize(message));
    }
  }
  for (const auto& subscriber : live) subscriber->OnFrame(frame);
  channel->latest_frame = std::make_shared<const std::string>(std::move(jpeg));
}

Result<std::size_t> EventBus::Subscribe(std::string_view session_id, std::string_view user_id,
                                        std::int64_t after,
                                        const std::shared_ptr<Subscriber>& subscriber) {
  auto channel = ChannelFor(session_id);
  std::lock_guard lock(channel->mutex);
  auto replay = ReplayLocked(*channel, user_id, session_id, after);
  if (!replay) return Fail(replay.error());
  for (const auto& event : *replay) subscriber->OnEvent(event);
  channel->subscribers.push_back(subscriber);
  return replay->size();
}

void EventBus::Unsubscribe(std::string_view session_id, const Subscriber* subscriber) {
  auto channel = ChannelFor(session_id);
  std::lock_guard lock(channel->mutex);
  std::erase_if(channel->subscribers, [&](const std::weak_ptr<Subscriber>& weak) {
    auto live = weak.lock();
    return !live || live.get() == subscriber;
  });
}

Result<std::vector<StoredEvent>> EventBus::Replay(std::string_view user_id,
                                                  std::string_view session_id, std::int64_t after) {
  auto channel = ChannelFor(session_id);
  std::lock_guard lock(channel->mutex);
  return ReplayLocked(*channel, user_id, session_id, after);
}

Status EventBus::Flush(std::string_view session_id) {
  auto channel = ChannelFor(session_id);
  std::lock_guard lock(channel->mutex);
  return FlushLocked(*channel, session_id);
}

Status EventBus::FlushLocked(Channel& channel, std::string_view session_id) {
  if (channel.unstored.empty()) return {};
  std::lock_guard db_lock(db_mutex_);
  store::SessionEventTable table(db_);
  std::size_t stored = 0;
  Status appended;
  for (const auto& held : channel.unstored) {
    appended =
        table.Append(session_id, held.user_id, held.event.seq, held.event.type, *held.event.wire);
    if (!appended) break;
    channel.unstored_bytes -= held.event.wire->size();
    ++stored;
  }
  channel.unstored.erase(channel.unstored.begin(),
                         channel.unstored.begin() + static_cast<std::ptrdiff_t>(stored));
  return appended;
}

Result<std::vector<StoredEvent>> EventBus::ReplayLocked(Channel& channel, std::string_view user_id,
                                                        std::string_view session_id,
                                                        std::int64_t after) {
  // A store that still refuses the held events keeps them held, and the replay
  // has them anyway: its error changes nothing here.
  (void)FlushLocked(channel, session_id);
  std::vector<StoredEvent> events;
  {
    std::lock_guard db_lock(db_mutex_);
    auto rows = store::SessionEventTable(db_).After(user_id, session_id, after);
    if (!rows) return Fail(rows.error());
    events.reserve(rows->size() + channel.unstored.size());
    for (auto& row : *rows) {
      events.push_back(StoredEvent{row.seq, std::move(row.type),
                                   std::make_shared<const std::string>(std::move(row.event_json))});
    }
  }
  // A flush stores the oldest held events first and stops at the first refusal,
  // so those still held are newer than every stored one.
  for (const auto& held : channel.unstored) {
    if (held.user_id == user_id && held.event.seq > after) events.push_back(held.event);
  }
  return events;
}

void EventBus::BoundHeldLocked(Channel& channel, std::string_view session_id) {
  auto& held = channel.unstored;
  if (held.size() <= options_.max_held_events && channel.unstored_bytes <= options_.max_held_bytes)
    return;
  // The oldest go first, the note among them: the new note, in front of what
  // stays, covers them all and takes the seq of the newest one dropped, so the
  // held events stay in seq order.
  std::size_t covered = 0;
  std::size_t dropped_now = 0;
  std::int64_t newest_seq = 0;
  std::string owner;
  while (!held.empty() && (held.size() + 1 > options_.max_held_events ||
                           channel.unstored_bytes + kNoteBytes > options_.max_held_bytes ||
                           held.front().dropped > 0)) {
    const Channel::Unstored& oldest = held.front();
    covered += oldest.dropped > 0 ? oldest.dropped : 1;
    if (oldest.dropped == 0) ++dropped_now;
    newest_seq = oldest.event.seq;
    owner = oldest.user_id;
    channel.unstored_bytes -= oldest.event.wire->size();
    held.erase(held.begin());
  }
  const session::SessionEvent note = DroppedNote(covered);
  StoredEvent event{newest_seq, note.type,
                    std::make_shared<const std::string>(Wire(note, newest_seq, WireTimestamp()))};
  channel.unstored_bytes += event.wire->size();
  held.insert(held.begin(), Channel::Unstored{std::move(owner), std::move(event), covered});
  if (dropped_now == 0) return;
  events_dropped_.fetch_add(dropped_now);
  spdlog::warn(
      "session {}: the store still refuses its events; dropped the {} oldest held (bound {} "
      "events, {} bytes); the history shows a note for these and the earlier dropped, {} in all",
      session_id, dropped_now, options_.max_held_events, options_.max_held_bytes, covered);
}

std::optional<std::string> EventBus::LatestFrame(std::string_view session_id) {
  auto channel = ChannelFor(session_id);
  std::lock_guard lock(channel->mutex);
  if (!channel->latest_frame) return std::nullopt;
  return *channel->latest_frame;
}

std::uint64_t EventBus::frames_published() const {
  std::lock_guard lock(channels_mutex_);
  return frames_published_;
}

std::uint64_t EventBus::events_dropped() const {
  return events_dropped_.load();
}

}  // namespace applier::events
