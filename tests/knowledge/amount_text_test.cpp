// Amounts as salary texts and range options write them, and where each stands:
// the profile reads a range from the words between two of them.
#include "knowledge/amount_text.h"

#include <string_view>

#include "gtest/gtest.h"

namespace applier::knowledge {
namespace {

TEST(AmountTextTest, AmountsWithTheirSeparatorsSuffixesAndPlaces) {
  constexpr std::string_view text = "$175,000 - $195,000 base";
  const auto amounts = AmountsIn(text);
  ASSERT_EQ(amounts.size(), 2u);
  EXPECT_EQ(amounts[0].value, 175000);
  EXPECT_EQ(text.substr(amounts[0].begin, amounts[0].end - amounts[0].begin), "175,000");
  EXPECT_EQ(amounts[1].value, 195000);
  EXPECT_EQ(text.substr(amounts[0].end, amounts[1].begin - amounts[0].end), " - $");

  const auto thousands = AmountsIn(
      "70k to 1.5m, 60.000 \xE2\x82\xAC, 60\xC2\xA0"
      "000");
  ASSERT_EQ(thousands.size(), 4u);
  EXPECT_EQ(thousands[0].value, 70000);
  EXPECT_EQ(thousands[1].value, 1500000);
  EXPECT_EQ(thousands[2].value, 60000);
  EXPECT_EQ(thousands[3].value, 60000);

  // A separator before other than three digits separates numbers; a letter after
  // "k" makes it a word ("3 kids"), not thousands.
  const auto apart = AmountsIn("3 - 5 years, 1.5 days, 3 kids");
  ASSERT_EQ(apart.size(), 4u);
  EXPECT_EQ(apart[0].value, 3);
  EXPECT_EQ(apart[1].value, 5);
  EXPECT_EQ(apart[2].value, 1.5);
  EXPECT_EQ(apart[3].value, 3);
}

}  // namespace
}  // namespace applier::knowledge
