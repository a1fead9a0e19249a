#include "session/draft_edit.h"

#include <gtest/gtest.h>

#include <string>

namespace applier::session {
namespace {

TEST(DraftEditTest, TheVerbAndTheColonFormsNameAFieldAndAValue) {
  auto verb = ParseEditRequest("Please change my expected salary to 150000.");
  ASSERT_TRUE(verb) << verb.error().ToString();
  EXPECT_EQ(verb->field, "expected salary");
  EXPECT_EQ(verb->value, "150000");
  auto colon = ParseEditRequest("Phone: +1 555 0100");
  ASSERT_TRUE(colon) << colon.error().ToString();
  EXPECT_EQ(colon->field, "Phone");
  EXPECT_EQ(colon->value, "+1 555 0100");
}

// A chat message (up to 64 KiB over the WebSocket) is an edit request while the
// draft waits; one this long used to overflow the stack inside std::regex.
TEST(DraftEditTest, AnOverlongRequestIsAnErrorNotACrash) {
  for (const std::string& text :
       {"change salary to " + std::string(60000, '9'), std::string(60000, 'x') + ": 1"}) {
    auto edit = ParseEditRequest(text);
    ASSERT_FALSE(edit);
    EXPECT_EQ(edit.error().kind, ErrorKind::kInvalidInput);
    EXPECT_NE(edit.error().message.find("at most 4096"), std::string::npos) << edit.error().message;
  }
}

// At the length limit an edit is still read, and 100 kB is refused the same way.
TEST(DraftEditTest, ALongRequestIsReadAndAHugeOneRefused) {
  auto edit = ParseEditRequest("change cover letter to " + std::string(4000, 'y'));
  ASSERT_TRUE(edit) << edit.error().ToString();
  EXPECT_EQ(edit->field, "cover letter");
  EXPECT_EQ(edit->value.size(), 4000u);
  auto colon = ParseEditRequest(std::string(2000, 'n') + ": " + std::string(2000, 'v'));
  ASSERT_TRUE(colon) << colon.error().ToString();
  EXPECT_EQ(colon->value.size(), 2000u);
  EXPECT_FALSE(ParseEditRequest("set a to " + std::string(100000, 'b')));
}

}  // namespace
}  // namespace applier::session
