// How pages say a field is required: a "*" after the label, or before it
// (OpenCATS, Taleo: "*First Name:", "* City :"), the attribute, aria-required. A
// leading mark read as part of the label leaves a required field "optional",
// skipped instead of asked.
#include <map>

#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kMarks[] = R"HTML(<!doctype html><html><body><form>
<table>
<tr><td><label for="a">*First Name:</label></td><td><input id="a" name="first"></td></tr>
<tr><td><label for="b">* City/Province :</label></td><td><input id="b" name="city"></td></tr>
<tr><td><label for="c">Best time to call:</label></td><td><input id="c" name="time"></td></tr>
<tr><td><label for="d">Phone *</label></td><td><input id="d" name="phone"></td></tr>
</table></form></body></html>)HTML";

TEST(RequiredMarksTest, AStarBeforeOrAfterTheLabelMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarks);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["first"], std::make_pair(std::string("First Name:"), true));
  EXPECT_EQ(by_name["city"], std::make_pair(std::string("City/Province :"), true));
  EXPECT_EQ(by_name["time"], std::make_pair(std::string("Best time to call:"), false));
  EXPECT_EQ(by_name["phone"], std::make_pair(std::string("Phone"), true));
}

}  // namespace
}  // namespace applier::perception
