// A control's name comes from what labels it, never from what it shows: Workday's
// dropdown buttons list themselves in aria-labelledby ("label button"), so a
// person hears "State, Select One"; the field is "State" and "Select One" is its
// (empty) choice.
#include <map>

#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kSelfLabelled[] = R"HTML(<!doctype html><html><body><form>
<div><label id="state-label">State</label>
  <button type="button" id="state" name="state" aria-haspopup="listbox"
    aria-labelledby="state-label state">Select One</button></div>
<div><label id="src-label">Source</label>
  <button type="button" id="src" name="source" aria-haspopup="listbox"
    aria-labelledby="src-label src">LinkedIn</button></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AControlListedInItsOwnLabelledByIsNamedByTheOthers) {
  auto snapshot = applier::testing::ReadHtmlPage(kSelfLabelled);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_TRUE(by_name.count("state") && by_name.count("source"));
  EXPECT_EQ(by_name["state"]->label, "State");
  EXPECT_EQ(by_name["source"]->label, "Source");
  EXPECT_EQ(by_name["source"]->value, "LinkedIn");
}

}  // namespace
}  // namespace applier::perception
