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

}  // namespace
}  // namespace applier::session
