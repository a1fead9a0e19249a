// AddFrameReading on the page agent's answer for one frame: a well-formed answer
// becomes fields and buttons as before; an answer of another shape — each member
// the engine relies on taken away or given another type in turn — is a kProtocol
// error naming the frame and the member, never an exception.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>

#include "gtest/gtest.h"
#include "perception/page_reader.h"

namespace applier::perception {
namespace {

namespace json = boost::json;

constexpr char kReading[] = R"({
  "url": "https://jobs.example.com/apply", "title": "Apply", "text": "Apply for Data Engineer",
  "headings": ["Data Engineer"], "has_password": false, "has_captcha": false,
  "fields": [{"index": 0, "kind": "email", "label": "Email", "required": true, "multiple": false,
              "checked": false, "max_length": -1, "value": "", "options": [],
              "locator": {"kind": "email", "ordinal": 0}}],
  "errors": [{"message": "Enter an email", "field": 0, "source": "aria-invalid"}],
  "buttons": [{"index": 0, "text": "Submit application", "type": "submit", "tag": "button",
               "in_form": true, "overlay": false, "in_dialog": false}]
})";

browser::FrameInfo MainFrame() {
  return {"F1", "", "https://jobs.example.com/apply", "", false};
}

TEST(FrameReadingTest, AWellFormedReadingBecomesFieldsButtonsAndErrors) {
  PageSnapshot snapshot;
  ASSERT_TRUE(AddFrameReading(snapshot, json::parse(kReading), MainFrame()));
  EXPECT_EQ(snapshot.url, "https://jobs.example.com/apply");
  EXPECT_EQ(snapshot.title, "Apply");
  ASSERT_EQ(snapshot.headings.size(), 1u);
  ASSERT_EQ(snapshot.fields.size(), 1u);
  EXPECT_EQ(snapshot.fields[0].label, "Email");
  EXPECT_EQ(snapshot.fields[0].kind, ControlKind::kEmail);
  EXPECT_TRUE(snapshot.fields[0].required);
  EXPECT_EQ(snapshot.fields[0].max_length, -1);
  EXPECT_EQ(snapshot.fields[0].frame_id, "F1");
  ASSERT_EQ(snapshot.errors.size(), 1u);
  EXPECT_EQ(snapshot.errors[0].field, 0);
  ASSERT_EQ(snapshot.buttons.size(), 1u);
  EXPECT_TRUE(snapshot.buttons[0].in_form);
  EXPECT_EQ(snapshot.buttons[0].role, ButtonRole::kSubmit);
}

TEST(FrameReadingTest, AMemberOfAnotherTypeIsAProtocolErrorNamingFrameAndMember) {
  json::value reading = json::parse(kReading);
  reading.as_object()["fields"].as_array()[0].as_object()["required"] = json::object{};
  PageSnapshot snapshot;
  auto added = AddFrameReading(snapshot, reading, MainFrame());
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::kProtocol);
  EXPECT_EQ(added.error().message,
            "the page agent's reading of https://jobs.example.com/apply has "
            "fields[0].required as an object, not a boolean");
}

TEST(FrameReadingTest, ALongAddressIsClippedInTheMessage) {
  browser::FrameInfo frame = MainFrame();
  frame.url = "data:text/html;base64," + std::string(5000, 'A');
  PageSnapshot snapshot;
  auto added = AddFrameReading(snapshot, json::parse("null"), frame);
  ASSERT_FALSE(added);
  EXPECT_LT(added.error().message.size(), 200u) << added.error().message;
  EXPECT_NE(added.error().message.find("is null, not an object"), std::string::npos);
}

// Every member read without a fallback, taken away and then given each other type.
TEST(FrameReadingTest, EveryRequiredMemberMissingOrMistypedIsAnErrorNotAnException) {
  using json::kind;
  struct Member {
    const char* list;  // "" for the reading itself
    const char* key;
    kind right;  // kind::null: any value will do, only its absence is wrong
  };
  const Member members[] = {
      {"", "headings", kind::array},         {"", "has_password", kind::bool_},
      {"", "has_captcha", kind::bool_},      {"", "fields", kind::array},
      {"", "buttons", kind::array},          {"fields", "index", kind::int64},
      {"fields", "required", kind::bool_},   {"fields", "multiple", kind::bool_},
      {"fields", "checked", kind::bool_},    {"fields", "max_length", kind::int64},
      {"fields", "options", kind::null},     {"buttons", "index", kind::int64},
      {"buttons", "in_form", kind::bool_},   {"buttons", "overlay", kind::bool_},
      {"buttons", "in_dialog", kind::bool_},
  };
  const json::value others[] = {nullptr, "text", 1.5, json::array{}, json::object{}, true};
  int errors = 0;
  for (const auto& member : members) {
    for (int variant = -1; variant < static_cast<int>(std::size(others)); ++variant) {
      if (variant >= 0 && (member.right == kind::null || others[variant].kind() == member.right)) {
        continue;
      }
      json::value reading = json::parse(kReading);
      json::object& target = *member.list == '\0'
                                 ? reading.as_object()
                                 : reading.as_object()[member.list].as_array()[0].as_object();
      if (variant < 0) {
        target.erase(member.key);
      } else {
        target[member.key] = others[variant];
      }
      const std::string trace =
          std::string(member.list) + "." + member.key + " = " +
          (variant < 0 ? std::string("(absent)") : json::serialize(others[variant]));
      PageSnapshot snapshot;
      Status added;
      ASSERT_NO_THROW(added = AddFrameReading(snapshot, reading, MainFrame())) << trace;
      ASSERT_FALSE(added) << trace;
      EXPECT_EQ(added.error().kind, ErrorKind::kProtocol) << trace;
      EXPECT_NE(added.error().message.find(member.key), std::string::npos)
          << trace << ": " << added.error().message;
      ++errors;
    }
  }
  // Arrays and booleans: absent and 5 other kinds; integers: absent and all 6; options: absent.
  EXPECT_EQ(errors, 3 * 6 + 8 * 6 + 3 * 7 + 1);
}

}  // namespace
}  // namespace applier::perception
