// What models actually write when asked for JSON: the tolerated mistakes parse, the
// rest are kProtocol errors that say what was wrong.
#include "llm/json_reply.h"

#include <boost/json.hpp>

#include "gtest/gtest.h"

namespace applier::llm {
namespace {

namespace json = boost::json;

TEST(JsonReplyTest, PlainObject) {
  auto value = ParseJsonReply(R"({"answer": "yes", "confidence": 0.9})");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_EQ(value->at("answer").as_string(), "yes");
}

TEST(JsonReplyTest, FencedWithLanguageTag) {
  auto value = ParseJsonReply("```json\n{\"a\": 1}\n```");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_EQ(value->at("a").as_int64(), 1);
}

TEST(JsonReplyTest, FenceWithoutTagAndProseAround) {
  auto value = ParseJsonReply(
      "Sure! Here is the JSON you asked for:\n```\n[1, 2, 3]\n```\nLet me know if you need more.");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_EQ(value->as_array().size(), 3u);
}

TEST(JsonReplyTest, LeadingAndTrailingProseWithoutFence) {
  auto value = ParseJsonReply(R"(The answer is {"field": "email", "value": "a@b.c"}. Done.)");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_EQ(value->at("value").as_string(), "a@b.c");
}

TEST(JsonReplyTest, BracesInsideStringsDoNotEndTheObject) {
  auto value = ParseJsonReply(R"(x {"text": "a } and a \" and {", "n": 2} y)");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_EQ(value->at("text").as_string(), "a } and a \" and {");
}

TEST(JsonReplyTest, TrailingCommaAndCommentTolerated) {
  auto value = ParseJsonReply("{\n  \"a\": 1, // the first\n  \"b\": [1, 2,],\n}");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_EQ(value->at("b").as_array().size(), 2u);
}

TEST(JsonReplyTest, BracketedProseBeforeTheObjectIsSkipped) {
  auto value = ParseJsonReply(R"(Answer [as requested]: {"ok": true})");
  ASSERT_TRUE(value) << value.error().ToString();
  EXPECT_TRUE(value->at("ok").as_bool());
}

TEST(JsonReplyTest, EmptyReplyRejected) {
  auto value = ParseJsonReply("");
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().kind, ErrorKind::kProtocol);
  EXPECT_NE(value.error().message.find("no JSON"), std::string::npos);
}

TEST(JsonReplyTest, ProseOnlyRejectedAndQuoted) {
  auto value = ParseJsonReply("I cannot answer that question.");
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().kind, ErrorKind::kProtocol);
  EXPECT_NE(value.error().message.find("'I cannot answer"), std::string::npos);
}

TEST(JsonReplyTest, SingleQuotesRejected) {
  auto value = ParseJsonReply("{'a': 1}");
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().kind, ErrorKind::kProtocol);
  EXPECT_NE(value.error().message.find("not valid JSON"), std::string::npos);
}

TEST(JsonReplyTest, BareKeysRejected) {
  EXPECT_FALSE(ParseJsonReply("{a: 1}"));
}

TEST(JsonReplyTest, TruncatedReplyRejected) {
  auto value = ParseJsonReply(R"({"answer": "the model ran out of tok)");
  ASSERT_FALSE(value);
  EXPECT_NE(value.error().message.find("ends before the JSON is closed"), std::string::npos);
}

TEST(JsonReplyTest, InnerObjectOfABrokenOneIsNotTaken) {
  EXPECT_FALSE(ParseJsonReply(R"({"a": oops, "b": {"c": 1}})"));
}

TEST(JsonReplyTest, ObjectVariantRejectsArrays) {
  auto object = ParseJsonObjectReply("[1, 2]");
  ASSERT_FALSE(object);
  EXPECT_EQ(object.error().kind, ErrorKind::kProtocol);
  EXPECT_NE(object.error().message.find("not an object"), std::string::npos);
  auto ok = ParseJsonObjectReply("```json\n{\"x\": null}\n```");
  ASSERT_TRUE(ok);
  EXPECT_TRUE(ok->at("x").is_null());
}

TEST(JsonReplyTest, LongReplyQuotedShort) {
  std::string reply(5000, 'x');
  auto value = ParseJsonReply(reply);
  ASSERT_FALSE(value);
  EXPECT_LT(value.error().message.size(), 300u);
}

}  // namespace
}  // namespace applier::llm
