// Radios and checkboxes a component library renders without a name attribute
// (Ant Design's Radio.Group and Checkbox.Group inside a Form.Item whose label
// points at the group's wrapper): each group is one question named by that
// label, while unnamed checkboxes that merely sit side by side stay separate.
#include <string>

#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kUnnamedGroups[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div class="item"><div class="item-label"><label for="apply_model">Preferred work model</label></div>
  <div class="item-control"><div class="x-radio-group" id="apply_model">
    <label class="x-radio-wrapper"><span class="x-radio"><input type="radio" value="remote"></span><span>Remote</span></label>
    <label class="x-radio-wrapper"><span class="x-radio"><input type="radio" value="hybrid"></span><span>Hybrid</span></label>
    <label class="x-radio-wrapper"><span class="x-radio"><input type="radio" value="office"></span><span>On-site</span></label>
  </div></div></div>
<div class="item"><div class="item-label"><label for="apply_langs">Which languages do you use?</label></div>
  <div class="item-control"><div id="apply_langs">
    <label><span><input type="checkbox" value="cpp"></span><span>C++</span></label>
    <label><span><input type="checkbox" value="go"></span><span>Go</span></label>
    <label><span><input type="checkbox" value="rust"></span><span>Rust</span></label>
  </div></div></div>
<div class="consents">
  <div><label><input type="checkbox"> I accept the terms of service</label></div>
  <div><label><input type="checkbox"> Send me news about future openings</label></div>
</div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, UnnamedRadiosAndCheckboxesOfOneGroupAreOneQuestion) {
  auto snapshot = applier::testing::ReadHtmlPage(kUnnamedGroups);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 4u) << all;
  const auto& model = snapshot->fields[0];
  EXPECT_EQ(model.label, "Preferred work model") << all;
  EXPECT_EQ(model.kind, ControlKind::kRadioGroup);
  ASSERT_EQ(model.options.size(), 3u) << all;
  EXPECT_EQ(model.options[1].label, "Hybrid");
  EXPECT_EQ(model.options[1].value, "hybrid");
  const auto& languages = snapshot->fields[1];
  EXPECT_EQ(languages.label, "Which languages do you use?") << all;
  EXPECT_EQ(languages.kind, ControlKind::kCheckboxGroup);
  EXPECT_EQ(languages.options.size(), 3u) << all;
  EXPECT_EQ(snapshot->fields[2].label, "I accept the terms of service") << all;
  EXPECT_EQ(snapshot->fields[2].kind, ControlKind::kCheckbox);
  EXPECT_EQ(snapshot->fields[3].label, "Send me news about future openings") << all;
  EXPECT_EQ(snapshot->fields[3].kind, ControlKind::kCheckbox);
}

}  // namespace
}  // namespace applier::perception
