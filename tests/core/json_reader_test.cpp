// JsonReader on replies of the wrong shape: every read is a kProtocol error that
// names the reply and the member, and none throws.
#include "core/json_reader.h"

#include <boost/json/parse.hpp>

#include "gtest/gtest.h"

namespace applier {
namespace {

namespace json = boost::json;

TEST(JsonReaderTest, ReadsWellFormedMembersAndElements) {
  const json::value reply = json::parse(
      R"({"result": {"value": "ok", "id": 7, "ratio": 0.5, "flag": true,
          "list": [1, 2.0, 3], "nested": {"x": 4}}})");
  JsonReader read(reply, "Runtime.evaluate reply");
  EXPECT_EQ(*read["result"]["value"].String(), "ok");
  EXPECT_EQ(*read["result"]["id"].Int64(), 7);
  EXPECT_EQ(*read["result"]["ratio"].Number(), 0.5);
  EXPECT_EQ(*read["result"]["id"].Number(), 7.0);
  EXPECT_TRUE(*read["result"]["flag"].Bool());
  EXPECT_EQ(*read["result"]["list"][1].Int64(), 2);  // 2.0 holds an integer exactly
  auto items = read["result"]["list"].Items();
  ASSERT_TRUE(items);
  ASSERT_EQ(items->size(), 3u);
  EXPECT_EQ(*(*items)[2].Int64(), 3);
  auto nested = read["result"]["nested"].Object();
  ASSERT_TRUE(nested);
  EXPECT_EQ((*nested)->at("x").as_int64(), 4);
  EXPECT_TRUE(read["result"]["value"].present());
  EXPECT_FALSE(read["result"]["missing"].present());
}

TEST(JsonReaderTest, MissingMemberNamesTheReplyAndThePath) {
  const json::value reply = json::parse(R"({"result": {"type": "undefined"}})");
  auto value = JsonReader(reply, "Runtime.evaluate reply")["result"]["value"].String();
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().kind, ErrorKind::kProtocol);
  EXPECT_EQ(value.error().message, "Runtime.evaluate reply has no result.value");
}

TEST(JsonReaderTest, WrongTypeSaysWhatItWasAndWhatWasWanted) {
  const json::value reply =
      json::parse(R"({"fields": [{"required": {}}, {"index": "3"}, {"index": 1.5}]})");
  JsonReader read(reply, "page agent's reading");
  auto required = read["fields"][0]["required"].Bool();
  ASSERT_FALSE(required);
  EXPECT_EQ(required.error().kind, ErrorKind::kProtocol);
  EXPECT_EQ(required.error().message,
            "page agent's reading has fields[0].required as an object, not a boolean");
  auto text_index = read["fields"][1]["index"].Int64();
  ASSERT_FALSE(text_index);
  EXPECT_EQ(text_index.error().message,
            "page agent's reading has fields[1].index as a string, not an integer");
  auto fraction = read["fields"][2]["index"].Int64();
  ASSERT_FALSE(fraction);
  EXPECT_EQ(fraction.error().message,
            "page agent's reading has fields[2].index as a number, not an integer");
}

TEST(JsonReaderTest, ThroughWrongShapesEveryReadIsAnErrorNotAnException) {
  for (const char* text : {"null", "42", "\"text\"", "[]", "[1, 2]", "{}", R"({"a": null})",
                           R"({"a": [null]})", R"({"a": {"b": 5}})", "1e308", "-1"}) {
    const json::value value = json::parse(text);
    JsonReader read(value, "reply");
    SCOPED_TRACE(text);
    EXPECT_NO_THROW({
      EXPECT_FALSE(read["a"]["b"].String());
      EXPECT_FALSE(read["a"][0]["b"].Int64());
      EXPECT_FALSE(read["a"][5].Bool());
      EXPECT_FALSE(read["a"]["b"].Items());
      EXPECT_FALSE(read["a"]["b"]["c"].Object());
      EXPECT_FALSE(read[7].Number());
    });
  }
  const json::value huge = json::parse("[1e300, 18446744073709551615]");
  JsonReader read(huge, "reply");
  EXPECT_FALSE(read[0].Int64());  // a double past int64 is no integer of ours
  EXPECT_FALSE(read[1].Int64());  // a uint64 past int64 either
  EXPECT_TRUE(read[1].Number());
}

TEST(JsonReaderTest, ARootThatIsNotWhatWasWantedIsNamedAsAWhole) {
  const json::value value = json::parse("[1]");
  auto object = JsonReader(value, "page agent's readValue reply").Object();
  ASSERT_FALSE(object);
  EXPECT_EQ(object.error().message, "page agent's readValue reply is an array, not an object");
}

TEST(JsonReaderTest, ReadsACdpReplyObjectWithoutCopyingIt) {
  const json::object reply = json::parse(R"({"frameTree": {"frame": {"id": "F1"}}})").as_object();
  JsonReader read(reply, "Page.getFrameTree reply");
  EXPECT_EQ(*read["frameTree"]["frame"]["id"].String(), "F1");
  EXPECT_EQ(*read.Object(), &reply);
  auto missing = read["frameTree"]["childFrames"].Items();
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "Page.getFrameTree reply has no frameTree.childFrames");
}

}  // namespace
}  // namespace applier
