#include "events/event_bus.h"

#include <boost/json.hpp>
#include <thread>

#include "events/client_outbox.h"
#include "gtest/gtest.h"
#include "support/process.h"

namespace applier::events {
namespace {

namespace json = boost::json;

class RecordingSubscriber : public Subscriber {
 public:
  explicit RecordingSubscriber(bool binary, std::size_t max_frames = 2)
      : binary_(binary), outbox_({.max_frames = max_frames, .max_events = 100000}) {}
  bool wants_binary_frames() const override { return binary_; }
  void OnEvent(const StoredEvent& event) override { outbox_.PushEvent(event.wire); }
  void OnFrame(const Frame& frame) override {
    outbox_.PushFrame(binary_ ? frame.binary : frame.json, binary_);
  }
  ClientOutbox& outbox() { return outbox_; }

 private:
  bool binary_;
  ClientOutbox outbox_;
};

session::SessionEvent Event(std::string type, std::string message) {
  return session::SessionEvent{std::move(type), std::move(message), {{"k", 1}}};
}

class EventBusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto bus = EventBus::Open(dir_.path() / "events.db");
    ASSERT_TRUE(bus) << bus.error().message;
    bus_ = std::move(*bus);
  }
  testing::TempDir dir_;
  std::unique_ptr<EventBus> bus_;
};

TEST_F(EventBusTest, EventsAreNumberedStoredAndInTheWireShape) {
  ASSERT_EQ(*bus_->Publish("s1", "alice", Event("applier:start", "Applying")), 1);
  ASSERT_EQ(*bus_->Publish("s1", "alice", Event("applier:navigate", "Opening")), 2);
  ASSERT_EQ(*bus_->Publish("s2", "alice", Event("applier:start", "Other")), 1);
  auto replay = bus_->Replay("alice", "s1", 0);
  ASSERT_TRUE(replay);
  ASSERT_EQ(replay->size(), 2u);
  auto wire = json::parse(*replay->at(1).wire).as_object();
  EXPECT_EQ(wire.at("type").as_string(), "applier:navigate");
  EXPECT_EQ(wire.at("agent").as_string(), "applier");
  EXPECT_EQ(wire.at("message").as_string(), "Opening");
  EXPECT_EQ(wire.at("seq").as_int64(), 2);
  EXPECT_EQ(wire.at("data").as_object().at("k").as_int64(), 1);
  EXPECT_EQ(wire.at("timestamp").as_string().size(), 8u);  // HH:MM:SS
  // Another user's view of the same session is empty.
  EXPECT_TRUE(bus_->Replay("mallory", "s1", 0)->empty());
}

TEST_F(EventBusTest, NumberingContinuesAfterReopening) {
  ASSERT_TRUE(bus_->Publish("s1", "alice", Event("a", "1")));
  ASSERT_TRUE(bus_->Publish("s1", "alice", Event("a", "2")));
  bus_.reset();
  auto reopened = EventBus::Open(dir_.path() / "events.db");
  ASSERT_TRUE(reopened);
  EXPECT_EQ(*(*reopened)->Publish("s1", "alice", Event("a", "3")), 3);
}

TEST_F(EventBusTest, SubscribeAfterSeqReplaysTheRestThenStreams) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(bus_->Publish("s1", "alice", Event("a", "x")));
  auto subscriber = std::make_shared<RecordingSubscriber>(false);
  auto replayed = bus_->Subscribe("s1", "alice", 3, subscriber);
  ASSERT_TRUE(replayed);
  EXPECT_EQ(*replayed, 2u);
  ASSERT_TRUE(bus_->Publish("s1", "alice", Event("a", "live")));
  std::vector<std::int64_t> seqs;
  while (auto message = subscriber->outbox().Pop()) {
    seqs.push_back(json::parse(*message->data).as_object().at("seq").as_int64());
  }
  EXPECT_EQ(seqs, (std::vector<std::int64_t>{4, 5, 6}));
  bus_->Unsubscribe("s1", subscriber.get());
  ASSERT_TRUE(bus_->Publish("s1", "alice", Event("a", "after")));
  EXPECT_FALSE(subscriber->outbox().Pop());
}

constexpr const char* kFullDisk =
    "CREATE TRIGGER full BEFORE INSERT ON session_events "
    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END";

std::vector<std::int64_t> Seqs(const Result<std::vector<StoredEvent>>& events) {
  std::vector<std::int64_t> seqs;
  if (events) {
    for (const auto& event : *events) seqs.push_back(event.seq);
  }
  return seqs;
}

// The store refuses two events (as a full disk would) that watchers saw live. A
// replay and a late subscriber have them all the same, in order; once the store
// takes writes again they are stored, so a restarted service replays them too and
// numbers on after them.
TEST_F(EventBusTest, EventsTheStoreRefusedAreReplayedAndStoredLater) {
  auto store = store::Database::Open(dir_.path() / "events.db");
  ASSERT_TRUE(store);
  auto live = std::make_shared<RecordingSubscriber>(false);
  ASSERT_TRUE(bus_->Subscribe("s1", "alice", 0, live));
  ASSERT_TRUE(bus_->Publish("s1", "alice", Event("applier:start", "1")));
  ASSERT_TRUE(store->Exec(kFullDisk));
  EXPECT_FALSE(bus_->Publish("s1", "alice", Event("applier:navigate", "2")));
  EXPECT_FALSE(bus_->Publish("s1", "alice", Event("applier:error", "3")));
  int seen_live = 0;
  while (live->outbox().Pop()) ++seen_live;
  EXPECT_EQ(seen_live, 3);

  EXPECT_EQ(Seqs(bus_->Replay("alice", "s1", 0)), (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(Seqs(bus_->Replay("alice", "s1", 2)), (std::vector<std::int64_t>{3}));
  EXPECT_TRUE(Seqs(bus_->Replay("mallory", "s1", 0)).empty());
  auto late = std::make_shared<RecordingSubscriber>(false);
  auto replayed = bus_->Subscribe("s1", "alice", 1, late);
  ASSERT_TRUE(replayed);
  EXPECT_EQ(*replayed, 2u);
  EXPECT_FALSE(bus_->Flush("s1"));

  ASSERT_TRUE(store->Exec("DROP TRIGGER full"));
  EXPECT_TRUE(bus_->Flush("s1"));
  bus_.reset();
  auto reopened = EventBus::Open(dir_.path() / "events.db");
  ASSERT_TRUE(reopened);
  EXPECT_EQ(Seqs((*reopened)->Replay("alice", "s1", 0)), (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(*(*reopened)->Publish("s1", "alice", Event("a", "4")), 4);
}

// While the store refuses them a session holds at most max_held_events: the
// oldest go, counted, and one note in their place tells whoever reads the
// history how many are missing — in the replay now, and in the store once it
// takes writes again.
TEST_F(EventBusTest, HeldEventsAreBoundedTheOldestGiveWayToANote) {
  auto opened = EventBus::Open(dir_.path() / "bounded.db", {.max_held_events = 3});
  ASSERT_TRUE(opened);
  auto& bus = **opened;
  auto store = store::Database::Open(dir_.path() / "bounded.db");
  ASSERT_TRUE(store);
  auto live = std::make_shared<RecordingSubscriber>(false);
  ASSERT_TRUE(bus.Subscribe("s1", "alice", 0, live));
  ASSERT_TRUE(bus.Publish("s1", "alice", Event("applier:start", "1")));
  ASSERT_TRUE(store->Exec(kFullDisk));
  for (int i = 2; i <= 7; ++i) {
    EXPECT_FALSE(bus.Publish("s1", "alice", Event("applier:fill", std::to_string(i))));
  }
  int seen_live = 0;
  while (live->outbox().Pop()) ++seen_live;
  EXPECT_EQ(seen_live, 7);  // watchers lose nothing

  // Held: the note (for 2, 3, 4 and 5, with 5's seq), 6 and 7.
  auto replay = bus.Replay("alice", "s1", 0);
  EXPECT_EQ(Seqs(replay), (std::vector<std::int64_t>{1, 5, 6, 7}));
  EXPECT_EQ(bus.events_dropped(), 4u);
  auto note = json::parse(*replay->at(1).wire).as_object();
  EXPECT_EQ(note.at("type").as_string(), "chat:message");
  EXPECT_EQ(note.at("data").as_object().at("from").as_string(), "system");
  EXPECT_EQ(note.at("data").as_object().at("dropped_events").as_int64(), 4);
  EXPECT_NE(std::string(note.at("message").as_string()).find("4 events"), std::string::npos);
  EXPECT_EQ(json::parse(*replay->at(2).wire).as_object().at("message").as_string(), "6");

  ASSERT_TRUE(store->Exec("DROP TRIGGER full"));
  EXPECT_TRUE(bus.Flush("s1"));
  opened->reset();
  auto reopened = EventBus::Open(dir_.path() / "bounded.db");
  ASSERT_TRUE(reopened);
  auto stored = (*reopened)->Replay("alice", "s1", 0);
  EXPECT_EQ(Seqs(stored), (std::vector<std::int64_t>{1, 5, 6, 7}));
  auto stored_note = json::parse(*stored->at(1).wire).as_object();
  EXPECT_EQ(stored_note.at("data").as_object().at("dropped_events").as_int64(), 4);
  EXPECT_EQ(*(*reopened)->Publish("s1", "alice", Event("a", "8")), 8);
}

// The bytes bound holds too: a few large events, and what is held stays under it.
TEST_F(EventBusTest, HeldEventsAreBoundedInBytes) {
  auto opened = EventBus::Open(dir_.path() / "bytes.db", {.max_held_bytes = 4000});
  ASSERT_TRUE(opened);
  auto& bus = **opened;
  auto store = store::Database::Open(dir_.path() / "bytes.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Exec(kFullDisk));
  for (int i = 1; i <= 10; ++i) {
    EXPECT_FALSE(bus.Publish("s1", "alice", Event("applier:fill", std::string(1000, 'x'))));
  }
  auto replay = bus.Replay("alice", "s1", 0);
  ASSERT_TRUE(replay);
  std::size_t bytes = 0;
  for (const auto& event : *replay) bytes += event.wire->size();
  EXPECT_LE(bytes, 4000u);
  ASSERT_GE(replay->size(), 2u);
  const auto note = json::parse(*replay->front().wire).as_object();
  const auto dropped = note.at("data").as_object().at("dropped_events").as_int64();
  EXPECT_EQ(static_cast<std::uint64_t>(dropped), bus.events_dropped());
  // The note and the newest kept events account for all ten, in seq order.
  EXPECT_EQ(dropped + static_cast<std::int64_t>(replay->size()) - 1, 10);
  EXPECT_EQ(replay->front().seq, dropped);
  EXPECT_EQ(replay->back().seq, 10);
}

TEST_F(EventBusTest, SlowSubscriberGetsEveryEventAndOnlyTheNewestFrames) {
  auto slow = std::make_shared<RecordingSubscriber>(true, 2);
  auto json_client = std::make_shared<RecordingSubscriber>(false, 2);
  ASSERT_TRUE(bus_->Subscribe("s1", "alice", 0, slow));
  ASSERT_TRUE(bus_->Subscribe("s1", "alice", 0, json_client));
  std::thread publisher([&] {
    for (int i = 0; i < 50; ++i) {
      ASSERT_TRUE(bus_->Publish("s1", "alice", Event("applier:type", std::to_string(i))));
      bus_->PublishFrame("s1", "\xFF\xD8jpeg" + std::to_string(i),
                         1000u + static_cast<unsigned>(i));
    }
  });
  publisher.join();
  std::vector<std::int64_t> seqs;
  std::vector<std::string> frames;
  while (auto m = slow->outbox().Pop()) {
    if (m->frame) {
      frames.push_back(*m->data);
    } else {
      seqs.push_back(json::parse(*m->data).as_object().at("seq").as_int64());
    }
  }
  ASSERT_EQ(seqs.size(), 50u);
  for (std::size_t i = 0; i < seqs.size(); ++i)
    EXPECT_EQ(seqs[i], static_cast<std::int64_t>(i + 1));
  ASSERT_EQ(frames.size(), 2u);
  EXPECT_EQ(slow->outbox().frames_dropped(), 48u);
  // Binary frame: 'LAF1', seq 50, capture ms 1049, then the JPEG.
  const std::string& last = frames.back();
  EXPECT_EQ(last.substr(0, 4), "LAF1");
  EXPECT_EQ(static_cast<unsigned char>(last[7]), 50);
  EXPECT_EQ(static_cast<unsigned char>(last[14]) * 256 + static_cast<unsigned char>(last[15]),
            1049);
  EXPECT_EQ(last.substr(16), "\xFF\xD8jpeg49");
  // JSON frames: the original browser:screenshot shape with base64 data.
  std::string json_frame;
  while (auto m = json_client->outbox().Pop()) {
    if (m->frame) json_frame = *m->data;
  }
  auto frame = json::parse(json_frame).as_object();
  EXPECT_EQ(frame.at("type").as_string(), "browser:screenshot");
  EXPECT_EQ(frame.at("data").as_object().at("seq").as_int64(), 50);
  EXPECT_FALSE(frame.at("data").as_object().at("screenshot").as_string().empty());
  EXPECT_EQ(*bus_->LatestFrame("s1"), "\xFF\xD8jpeg49");
}

}  // namespace
}  // namespace applier::events
