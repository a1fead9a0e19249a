// The request bodies we send and the reply quirks of real servers we accept.
#include "llm/wire.h"

#include <boost/json.hpp>

#include "gtest/gtest.h"

namespace applier::llm::wire {
namespace {

namespace json = boost::json;

TEST(EncodeChatRequestTest, MessagesToolsAndOptions) {
  ChatRequest request;
  request.messages.push_back(Message::System("You fill job applications."));
  request.messages.push_back(Message::User("Fill the form."));
  ToolCall call{"call_1", "click", R"({"index":3})"};
  request.messages.push_back(Message::Assistant("", {call}));
  request.messages.push_back(Message::Tool(call, "clicked"));
  request.tools.push_back(ToolDefinition{
      "click", "Click the element with this index",
      json::object{{"type", "object"},
                   {"properties", json::object{{"index", json::object{{"type", "integer"}}}}}}});
  request.tool_choice = ToolChoice::Function("click");
  request.json_output = true;
  request.temperature = 0.2;
  request.max_tokens = 100;

  json::object body = json::parse(EncodeChatRequest(request, "m-1")).as_object();
  EXPECT_EQ(body.at("model").as_string(), "m-1");
  const json::array& messages = body.at("messages").as_array();
  ASSERT_EQ(messages.size(), 4u);
  EXPECT_EQ(messages[0].at("role").as_string(), "system");
  EXPECT_EQ(messages[1].at("content").as_string(), "Fill the form.");
  EXPECT_TRUE(messages[2].at("content").is_null());
  EXPECT_EQ(messages[2].at("tool_calls").at(0).at("function").at("arguments").as_string(),
            R"({"index":3})");
  EXPECT_EQ(messages[3].at("role").as_string(), "tool");
  EXPECT_EQ(messages[3].at("tool_call_id").as_string(), "call_1");
  EXPECT_EQ(messages[3].at("name").as_string(), "click");
  EXPECT_EQ(body.at("tools").at(0).at("type").as_string(), "function");
  EXPECT_EQ(body.at("tools").at(0).at("function").at("parameters").at("type").as_string(),
            "object");
  EXPECT_EQ(body.at("tool_choice").at("function").at("name").as_string(), "click");
  EXPECT_EQ(body.at("response_format").at("type").as_string(), "json_object");
  EXPECT_DOUBLE_EQ(body.at("temperature").as_double(), 0.2);
  EXPECT_EQ(body.at("max_tokens").as_int64(), 100);
}

TEST(EncodeChatRequestTest, OmitsWhatWasNotAskedFor) {
  ChatRequest request;
  request.messages.push_back(Message::User("hi"));
  json::object body = json::parse(EncodeChatRequest(request, "m")).as_object();
  EXPECT_FALSE(body.contains("tools"));
  EXPECT_FALSE(body.contains("tool_choice"));
  EXPECT_FALSE(body.contains("response_format"));
  EXPECT_FALSE(body.contains("temperature"));
  EXPECT_FALSE(body.contains("max_tokens"));
}

TEST(DecodeChatReplyTest, ParallelToolCallsAndUsage) {
  auto reply = DecodeChatReply(R"({"model":"x","choices":[{"message":{"role":"assistant",
      "content":null,"tool_calls":[
        {"id":"a","type":"function","function":{"name":"click","arguments":"{\"index\":1}"}},
        {"id":"b","type":"function","function":{"name":"type","arguments":"{\"text\":\"hi\"}"}}]},
      "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":100,"completion_tokens":20}})");
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->content, "");
  ASSERT_EQ(reply->tool_calls.size(), 2u);
  EXPECT_EQ(reply->tool_calls[1].id, "b");
  EXPECT_EQ(reply->tool_calls[1].name, "type");
  EXPECT_EQ(reply->tool_calls[1].arguments, R"({"text":"hi"})");
  EXPECT_EQ(reply->finish_reason, "tool_calls");
  EXPECT_EQ(reply->usage.prompt_tokens, 100);
  EXPECT_EQ(reply->usage.completion_tokens, 20);
  EXPECT_EQ(reply->model, "x");
}

TEST(DecodeChatReplyTest, ObjectArgumentsMissingIdsAndNoUsage) {
  auto reply = DecodeChatReply(R"({"choices":[{"message":{"content":"",
      "tool_calls":[{"function":{"name":"scroll","arguments":{"dy":300}}},
                    {"function":{"name":"done"}}]}}]})");
  ASSERT_TRUE(reply) << reply.error().ToString();
  ASSERT_EQ(reply->tool_calls.size(), 2u);
  EXPECT_EQ(reply->tool_calls[0].id, "call_0");
  EXPECT_EQ(reply->tool_calls[0].arguments, R"({"dy":300})");
  EXPECT_EQ(reply->tool_calls[1].arguments, "{}");
  EXPECT_EQ(reply->usage.total(), 0);
}

TEST(DecodeChatReplyTest, NotACompletion) {
  for (const char* body : {"", "not json", "[]", R"({"choices":[]})", R"({"choices":[{}]})",
                           R"({"choices":[{"message":{"tool_calls":[{"function":{}}]}}]})"}) {
    auto reply = DecodeChatReply(body);
    ASSERT_FALSE(reply) << body;
    EXPECT_EQ(reply.error().kind, ErrorKind::kProtocol) << body;
  }
}

TEST(EmbeddingsTest, EncodeAndDecodeOutOfOrder) {
  json::object body = json::parse(EncodeEmbeddingRequest({"a", "b"}, "e")).as_object();
  EXPECT_EQ(body.at("model").as_string(), "e");
  EXPECT_EQ(body.at("input").as_array().size(), 2u);
  auto reply = DecodeEmbeddingReply(
      R"({"data":[{"index":1,"embedding":[0.5]},{"index":0,"embedding":[1,2]}],
          "usage":{"prompt_tokens":4}})",
      2);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->vectors[0], (std::vector<float>{1, 2}));
  EXPECT_EQ(reply->vectors[1], (std::vector<float>{0.5f}));
  EXPECT_EQ(reply->usage.prompt_tokens, 4);
}

TEST(EmbeddingsTest, WrongCountOrShapeRejected) {
  EXPECT_FALSE(DecodeEmbeddingReply(R"({"data":[{"embedding":[1]}]})", 2));
  EXPECT_FALSE(DecodeEmbeddingReply(R"({"data":[{"embedding":"x"}]})", 1));
  EXPECT_FALSE(DecodeEmbeddingReply(R"({"data":[{"index":0,"embedding":[1]},
                                               {"index":0,"embedding":[2]}]})",
                                    2));
}

TEST(DescribeErrorBodyTest, ProviderShapes) {
  EXPECT_EQ(DescribeErrorBody(R"({"error":{"message":"Rate limit reached","type":"x"}})"),
            "Rate limit reached");
  EXPECT_EQ(DescribeErrorBody(R"({"object":"error","message":"Unauthorized"})"), "Unauthorized");
  EXPECT_EQ(DescribeErrorBody(R"([{"error":{"code":400,"message":"bad model"}}])"), "bad model");
  EXPECT_EQ(DescribeErrorBody(R"({"error":"model not found"})"), "model not found");
  EXPECT_EQ(DescribeErrorBody("<html>\nBad Gateway</html>"), "<html> Bad Gateway</html>");
  EXPECT_EQ(DescribeErrorBody(""), "(empty body)");
  EXPECT_LT(DescribeErrorBody(std::string(10000, 'x')).size(), 310u);
}

}  // namespace
}  // namespace applier::llm::wire
