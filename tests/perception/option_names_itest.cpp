// An option's name is what a screen reader says for it: text marked aria-hidden
// (a flag's country code drawn as letters, an icon's ligature name) is not part
// of it. Country pickers beside phone boxes (intl-tel-input and its look-alikes)
// put such text before the country's name; read with it, "US Vereinigte Staaten
// +1" is no country and the picker's preselected country stays.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kPicker[] = R"HTML(<!doctype html><html><body><form>
<label for="code">Country code</label>
<input id="code" role="combobox" aria-expanded="true" aria-controls="countries" value="">
<ul id="countries" role="listbox">
  <li role="option" data-value="de"><span class="flag" aria-hidden="true">DE</span>
    <span class="name">Deutschland</span> <span class="dial">+49</span></li>
  <li role="option" data-value="us"><span class="flag" aria-hidden="true">US</span>
    <span class="name">Vereinigte Staaten</span> <span class="dial">+1</span></li>
  <li role="option" data-value="icon"><i class="material-icons" aria-hidden="true">public</i>
    <span>Andere</span></li>
</ul>
<label for="tel">Mobilnummer</label><input id="tel" type="tel">
</form></body></html>)HTML";

TEST(OptionNamesTest, TextHiddenFromScreenReadersIsNotPartOfAnOptionsName) {
  auto snapshot = applier::testing::ReadHtmlPage(kPicker);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) {
    if (field.label != "Country code") continue;
    for (const auto& option : field.options) labels.push_back(option.label);
  }
  EXPECT_EQ(labels,
            (std::vector<std::string>{"Deutschland +49", "Vereinigte Staaten +1", "Andere"}));
}

}  // namespace
}  // namespace applier::perception
