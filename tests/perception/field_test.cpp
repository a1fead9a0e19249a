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

TEST(QuestionOfTest, ARowOfANamedTableIsAskedUnderTheTablesName) {
  Field row;
  row.label = "Monday";
  row.table = "Weekly availability";
  EXPECT_EQ(QuestionOf(row), "Weekly availability: Monday");
  // A label that already says the table's name needs no second one.
  row.label = "Weekly availability (Monday)";
  EXPECT_EQ(QuestionOf(row), "Weekly availability (Monday)");
  Field unlabelled;
  unlabelled.placeholder = "Your city";
  unlabelled.context = "Address";
  EXPECT_EQ(QuestionOf(unlabelled), "Your city");
  unlabelled.placeholder.clear();
  EXPECT_EQ(QuestionOf(unlabelled), "Address");
}

TEST(FieldKeyTest, LeavesOutGeneratedIdsAndNumbersAlikeControls) {
  Field field;
  field.name = "first_name";
  field.id = "first_name";
  field.label = "First name";
  EXPECT_EQ(field.Key(), "name=first_name|id=first_name|label=First name");
  field.id = ":r3:";
  field.id_generated = true;
  EXPECT_EQ(field.Key(), "name=first_name|label=First name");
  Field second_company;
  second_company.label = "Company";
  second_company.ordinal = 1;
  EXPECT_EQ(second_company.Key(), "label=Company#1");
}

}  // namespace
}  // namespace applier::perception
