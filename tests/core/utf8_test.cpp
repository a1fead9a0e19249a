#include "core/utf8.h"

#include "gtest/gtest.h"

namespace applier {
namespace {

TEST(Utf8Test, DecodesEachLengthAndEncodesItBack) {
  for (const std::string text : {"a", "é", "ไ", "職", "😀"}) {
    const CodePoint c = DecodeUtf8(text, 0);
    EXPECT_TRUE(c.valid) << text;
    EXPECT_EQ(c.length, text.size()) << text;
    std::string again;
    AppendUtf8(c.code, again);
    EXPECT_EQ(again, text);
  }
  EXPECT_EQ(DecodeUtf8("ไ", 0).code, U'\u0E44');
}

TEST(Utf8Test, ABrokenSequenceIsOneInvalidByte) {
  const std::string stray = "\x80z";
  EXPECT_FALSE(DecodeUtf8(stray, 0).valid);
  EXPECT_EQ(DecodeUtf8(stray, 0).length, 1u);
  EXPECT_EQ(DecodeUtf8(stray, 0).code, 0x80u);
  const std::string cut = "\xE0\xB9";  // the first two bytes of a Thai letter
  EXPECT_FALSE(DecodeUtf8(cut, 0).valid);
  const std::string interrupted = "\xC3z";
  EXPECT_FALSE(DecodeUtf8(interrupted, 0).valid);
  EXPECT_EQ(DecodeUtf8(interrupted, 0).length, 1u);
}

TEST(Utf8Test, ScriptsWhoseWordsRunTogether) {
  for (const std::string text : {"ส", "ລ", "မ", "ក", "あ", "カ", "職", "이"}) {
    EXPECT_TRUE(IsUnspacedScript(DecodeUtf8(text, 0).code)) << text;
  }
  for (const std::string text : {"a", "é", "д", "ע", "ع", "ह"}) {
    EXPECT_FALSE(IsUnspacedScript(DecodeUtf8(text, 0).code)) << text;
  }
}

}  // namespace
}  // namespace applier
