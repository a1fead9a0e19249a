// An option's name is what a screen reader says for it: text marked aria-hidden
// (a flag's country code drawn as letters, an icon's ligature name) is not part
// of it. Country pickers beside phone boxes (intl-tel-input and its look-alikes)
// put such text before the country's name; read with it, "US Vereinigte Staaten
// +1" is no country and the picker's preselected country stays.
#include <map>
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

// A place search shows each suggestion as lines: the city over its region and
// country (Angular Material's mat-option holding a name and a <small> below, a
// <br>). Read as one run-on text, "San Francisco California, United States" is
// no city; read by lines it is "San Francisco, California, United States". Parts
// side by side in one row stay one line. A greyed-out note is marked so.
constexpr char kLines[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<label for="city">Ville</label>
<input id="city" role="combobox" aria-expanded="true" aria-controls="cities" value="San Fran">
<div id="cities" role="listbox">
  <div role="option" aria-disabled="true">Recherche en cours…</div>
  <div role="option" style="display:flex"><span class="text"><span>San Francisco</span>
    <small style="display:block">Californie, États-Unis</small></span></div>
  <div role="option">South San Francisco<br>Californie, États-Unis</div>
  <div role="option" style="display:flex;gap:8px"><span>États-Unis</span><span>+1</span></div>
</div>
</form></body></html>)HTML";

TEST(OptionNamesTest, AnOptionDrawnAsLinesReadsAsItsPartsAndANoteIsMarked) {
  auto snapshot = applier::testing::ReadHtmlPage(kLines);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  std::vector<bool> disabled;
  for (const auto& field : snapshot->fields) {
    if (field.label != "Ville") continue;
    for (const auto& option : field.options) {
      labels.push_back(option.label);
      disabled.push_back(option.disabled);
    }
  }
  EXPECT_EQ(labels, (std::vector<std::string>{
                        "Recherche en cours…", "San Francisco, Californie, États-Unis",
                        "South San Francisco, Californie, États-Unis", "États-Unis +1"}));
  EXPECT_EQ(disabled, (std::vector<bool>{true, false, false, false}));
}

// An option that is a web component draws its words from its own shadow root:
// Lightning's lightning-base-combobox-item keeps its label there (with its
// styles) when an LWR site renders it in native shadow DOM, and the host holds no
// text at all. Read from the host's children, every option of such a list was
// nameless, so no country could be chosen. A <slot> draws what the host gives it.
constexpr char kShadowOptions[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<script>
customElements.define('x-item', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({mode: 'open'}).innerHTML = '<style>:host{display:flex}</style>' +
      '<span class="icon" aria-hidden="true">✓</span><span class="body"><span class="truncate">' +
      this.getAttribute('text') + '</span></span>';
  }
});
customElements.define('x-slotted', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML = '<span class="prefix">›</span> <slot></slot>';
  }
});
</script>
<label id="country-label">País de residencia</label>
<button type="button" role="combobox" aria-labelledby="country-label" aria-expanded="true"
  aria-controls="countries">España</button>
<div id="countries" role="listbox">
  <x-item role="option" data-value="ES" text="España"></x-item>
  <x-item role="option" data-value="US" text="Estados Unidos"></x-item>
  <x-slotted role="option" data-value="OT">Otro país</x-slotted>
</div>
</form></body></html>)HTML";

TEST(OptionNamesTest, AnOptionDrawnInItsOwnShadowRootIsNamedByWhatItDraws) {
  auto snapshot = applier::testing::ReadHtmlPage(kShadowOptions);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) {
    if (field.label != "País de residencia") continue;
    for (const auto& option : field.options) labels.push_back(option.label);
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"España", "Estados Unidos", "› Otro país"}));
}

// Microsoft Forms draws each choice as an empty role=radio (or role=checkbox) box
// over a hidden input, its text a span beside the box that the box names by
// aria-labelledby (WAI-ARIA's radio pattern): that text is the option's name.
constexpr char kLabelledByChoices[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="q"><span id="t1">Highest qualification</span>
  <div role="radiogroup" aria-labelledby="t1">
    <div class="choice"><div role="radio" aria-checked="false" tabindex="0" aria-labelledby="c1"
      style="position:relative;width:20px;height:20px"><input type="radio" name="r1" value="Diploma"
      tabindex="-1" aria-hidden="true" style="position:absolute;inset:0;opacity:0"></div>
      <span id="c1">Diploma</span></div>
    <div class="choice"><div role="radio" aria-checked="false" tabindex="-1" aria-labelledby="c2"
      style="position:relative;width:20px;height:20px"><input type="radio" name="r1" value="Bachelor"
      tabindex="-1" aria-hidden="true" style="position:absolute;inset:0;opacity:0"></div>
      <span id="c2">Bachelor's degree</span></div>
  </div></div>
<div class="q"><span id="t2">Skills</span>
  <div role="group" aria-labelledby="t2">
    <div class="choice"><div role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="c3"
      style="width:20px;height:20px"></div><span id="c3">C++</span></div>
    <div class="choice"><div role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="c4"
      style="width:20px;height:20px"></div><span id="c4">Go</span></div>
  </div></div>
</form></body></html>)HTML";

TEST(OptionNamesTest, AnAriaChoiceIsNamedByTheTextItsLabelledByNames) {
  auto snapshot = applier::testing::ReadHtmlPage(kLabelledByChoices);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::vector<std::string>> options;
  for (const auto& field : snapshot->fields) {
    for (const auto& option : field.options) options[field.label].push_back(option.label);
  }
  EXPECT_EQ(options["Highest qualification"],
            (std::vector<std::string>{"Diploma", "Bachelor's degree"}));
  EXPECT_EQ(options["Skills"], (std::vector<std::string>{"C++", "Go"}));
}

}  // namespace
}  // namespace applier::perception
