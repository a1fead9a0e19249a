#include "events/client_outbox.h"

#include "gtest/gtest.h"

namespace applier::events {
namespace {

std::shared_ptr<const std::string> Text(std::string s) {
  return std::make_shared<const std::string>(std::move(s));
}

TEST(ClientOutbox, SlowClientLosesOldFramesButNoEvent) {
  ClientOutbox outbox({.max_frames = 2, .max_events = 1000});
  for (int i = 0; i < 100; ++i) {
    outbox.PushEvent(Text("event " + std::to_string(i)));
    outbox.PushFrame(Text("frame " + std::to_string(i)), true);
  }
  std::vector<std::string> events;
  std::vector<std::string> frames;
  while (auto message = outbox.Pop()) {
    (message->frame ? frames : events).push_back(*message->data);
  }
  ASSERT_EQ(events.size(), 100u);
  for (int i = 0; i < 100; ++i)
    EXPECT_EQ(events[static_cast<std::size_t>(i)], "event " + std::to_string(i));
  EXPECT_EQ(frames, (std::vector<std::string>{"frame 98", "frame 99"}));
  EXPECT_EQ(outbox.frames_dropped(), 98u);
}

TEST(ClientOutbox, OrderOfEventsAndKeptFramesIsPreserved) {
  ClientOutbox outbox({.max_frames = 1, .max_events = 10});
  outbox.PushEvent(Text("e1"));
  outbox.PushFrame(Text("f1"), false);
  outbox.PushEvent(Text("e2"));
  outbox.PushFrame(Text("f2"), false);  // replaces f1
  std::vector<std::string> order;
  while (auto message = outbox.Pop()) order.push_back(*message->data);
  EXPECT_EQ(order, (std::vector<std::string>{"e1", "e2", "f2"}));
}

TEST(ClientOutbox, WakesTheWriterOncePerIdlePeriod) {
  ClientOutbox outbox;
  EXPECT_EQ(outbox.PushEvent(Text("a")), ClientOutbox::Push::kWake);
  EXPECT_EQ(outbox.PushEvent(Text("b")), ClientOutbox::Push::kQueued);
  EXPECT_EQ(outbox.PushFrame(Text("f"), true), ClientOutbox::Push::kQueued);
  while (outbox.Pop()) {
  }
  EXPECT_EQ(outbox.PushEvent(Text("c")), ClientOutbox::Push::kWake);
}

TEST(ClientOutbox, EventBacklogOverflowIsReportedNotDropped) {
  ClientOutbox outbox({.max_frames = 2, .max_events = 3});
  for (int i = 0; i < 3; ++i) EXPECT_NE(outbox.PushEvent(Text("e")), ClientOutbox::Push::kOverflow);
  EXPECT_EQ(outbox.PushEvent(Text("e")), ClientOutbox::Push::kOverflow);
  EXPECT_EQ(outbox.size(), 3u);
}

}  // namespace
}  // namespace applier::events
