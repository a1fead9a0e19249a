#include "perception/field.h"

#include <gtest/gtest.h>

namespace applier::perception {
namespace {

TEST(ShownChoicesTest, SplitsAMultiSelectsPills) {
  EXPECT_EQ(ShownChoices("Indeed, LinkedIn"), (std::vector<std::string>{"Indeed", "LinkedIn"}));
  EXPECT_EQ(ShownChoices("LinkedIn"), (std::vector<std::string>{"LinkedIn"}));
  EXPECT_TRUE(ShownChoices("").empty());
}

TEST(ShownChoicesTest, TrimsAndSkipsEmptyPieces) {
  EXPECT_EQ(ShownChoices("  Indeed ,  LinkedIn , , "),
            (std::vector<std::string>{"Indeed", "LinkedIn"}));
}

TEST(ShownChoicesTest, ACommaWithoutASpaceStaysInsideAChoice) {
  EXPECT_EQ(ShownChoices("1,000-5,000 employees, Remote"),
            (std::vector<std::string>{"1,000-5,000 employees", "Remote"}));
}

}  // namespace
}  // namespace applier::perception
