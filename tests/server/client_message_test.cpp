#include "server/client_message.h"

#include <gtest/gtest.h>

namespace applier::server {
namespace {

TEST(ClientMessageTest, EachTypeDecodesToWhatTheHandlerActsOn) {
  auto hitl = DecodeClientMessage(
      R"({"type":"hitl:response","data":{"hitl_id":"h-1","response":{"decision":"submit"}}})");
  ASSERT_TRUE(hitl) << hitl.error().ToString();
  const auto& response = std::get<HitlResponseMessage>(*hitl);
  EXPECT_EQ(response.hitl_id, "h-1");
  EXPECT_EQ(response.response.at("decision"), "submit");

  // Clients written before question ids answered the open question at the top level.
  auto legacy = DecodeClientMessage(R"({"type":"hitl:response","response":"yes"})");
  ASSERT_TRUE(legacy) << legacy.error().ToString();
  EXPECT_EQ(std::get<HitlResponseMessage>(*legacy).hitl_id, "");
  EXPECT_EQ(std::get<HitlResponseMessage>(*legacy).response, "yes");

  auto chat = DecodeClientMessage(R"({"type":"chat:message","data":{"text":"hello"}})");
  ASSERT_TRUE(chat);
  EXPECT_EQ(std::get<ChatMessage>(*chat).text, "hello");

  auto takeover = DecodeClientMessage(R"({"type":"takeover:end"})");
  ASSERT_TRUE(takeover);
  EXPECT_FALSE(std::get<TakeoverMessage>(*takeover).start);

  auto input =
      DecodeClientMessage(R"({"type":"browser:input","data":{"kind":"key","key":"Enter"}})");
  ASSERT_TRUE(input);
  EXPECT_EQ(std::get<BrowserInputMessage>(*input).input.at("key"), "Enter");
}

TEST(ClientMessageTest, MalformedMessagesAreErrorsToTellTheClient) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"", "messages must be JSON objects with a \"type\""},
      {"[1]", "messages must be JSON objects with a \"type\""},
      {R"({"type":7})", "messages need a string \"type\""},
      {R"({"type":"hitl:response","data":{"response":3}})",
       "hitl:response needs data.response (a string or an object)"},
      {R"({"type":"chat:message","data":"hi"})", "chat:message needs data.text"},
      {R"({"type":"launch"})", "unknown message type 'launch'"},
  };
  for (const auto& c : cases) {
    auto decoded = DecodeClientMessage(c.text);
    ASSERT_FALSE(decoded) << c.text;
    EXPECT_EQ(decoded.error().kind, ErrorKind::kInvalidInput);
    EXPECT_EQ(decoded.error().message, c.message);
  }
}

}  // namespace
}  // namespace applier::server
