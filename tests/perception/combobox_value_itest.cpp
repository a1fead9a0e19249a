// A react-select combobox empties its search input once an option is chosen and
// shows the choice beside it (`<prefix>__single-value`, or one
// `<prefix>__multi-value__label` per pill). PageReader must read that as the
// combobox's value, whatever prefix the page chose, or a filled required field
// reads as empty and the run stops as if it were stuck. A pill that also carries
// react-select's generated `css-…-multiValue` class is still one choice.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kReactSelects[] = R"HTML(<!doctype html><html><body><form>
<div class="q"><label for="town">Home town</label>
  <div class="picker rs-container"><div class="rs__control"><div class="rs__value-container">
    <div class="rs__single-value">Lisbon, Portugal</div>
    <div class="rs__input-container"><input id="town" role="combobox" aria-expanded="false"
      aria-autocomplete="list" value=""></div>
  </div><div class="rs__indicators"><span class="rs__indicator">v</span></div></div></div></div>
<div class="q"><label for="langs">Languages</label>
  <div class="css-b62m3t-container"><div class="pick__control"><div class="pick__value-container">
    <div class="css-1p3m7a8-multiValue pick__multi-value"><div class="pick__multi-value__label">Portuguese</div>
      <div class="pick__multi-value__remove" role="button" aria-label="Remove Portuguese">x</div></div>
    <div class="css-1p3m7a8-multiValue pick__multi-value"><div class="pick__multi-value__label">English</div>
      <div class="pick__multi-value__remove" role="button" aria-label="Remove English">x</div></div>
    <div class="pick__input-container"><input id="langs" role="combobox" aria-expanded="false" value=""></div>
  </div></div></div></div>
<div class="q"><label for="team">Team</label>
  <div><div class="rs__control"><div class="rs__value-container">
    <div class="rs__placeholder">Select...</div>
    <div class="rs__input-container"><input id="team" role="combobox" aria-expanded="false" value=""></div>
  </div></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AReactSelectsChosenValueIsReadWhateverItsPrefix) {
  auto snapshot = applier::testing::ReadHtmlPage(kReactSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::map<std::string, std::string> value_of;
  for (const auto& field : snapshot->fields) value_of[field.label] = field.value;
  ASSERT_EQ(value_of.size(), 3u);
  EXPECT_EQ(value_of["Home town"], "Lisbon, Portugal");
  EXPECT_EQ(value_of["Languages"], "Portuguese, English");
  // A placeholder is no choice.
  EXPECT_EQ(value_of["Team"], "");
}

// ng-select (Angular) keeps its input for searching only: once an option is
// chosen the input is emptied and the choice shows in `.ng-value-label` beside
// it (one per tag, each with its `.ng-value-icon` to remove it); with nothing
// chosen only `.ng-placeholder` shows.
// Mantine's MultiSelect: a PillsInput whose pills (mantine-Pill-root, each with a
// remove button) stand before its search field, an input marked only
// aria-haspopup=listbox; the field holds what is being searched, not the choice.
constexpr char kMantineMultiSelect[] = R"HTML(<!doctype html><html><body><form>
<div class="mantine-InputWrapper-root mantine-MultiSelect-root">
  <label class="mantine-InputWrapper-label mantine-MultiSelect-label" for="langs" id="langs-label">Programming languages</label>
  <div class="mantine-Input-wrapper mantine-MultiSelect-wrapper">
    <div class="mantine-Input-input mantine-PillsInput-input mantine-MultiSelect-input" data-multiline="true">
      <div class="mantine-PillGroup-group mantine-MultiSelect-pillsList">
        <div class="m_7cda1cd6 mantine-Pill-root mantine-MultiSelect-pill" data-with-remove="true">
          <span class="mantine-Pill-label">C++</span>
          <button type="button" tabindex="-1" aria-hidden="true" class="mantine-Pill-remove">x</button></div>
        <div class="m_7cda1cd6 mantine-Pill-root mantine-MultiSelect-pill" data-with-remove="true">
          <span class="mantine-Pill-label">Go</span>
          <button type="button" tabindex="-1" aria-hidden="true" class="mantine-Pill-remove">x</button></div>
        <input class="mantine-PillsInputField-field mantine-MultiSelect-inputField" data-type="visible" id="langs"
          aria-haspopup="listbox" autocomplete="off" value="Kuber">
      </div></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AMantineMultiSelectsPillsAreItsValueNotItsSearchText) {
  auto snapshot = applier::testing::ReadHtmlPage(kMantineMultiSelect);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields[0].label, "Programming languages");
  EXPECT_EQ(snapshot->fields[0].value, "C++, Go");
}

constexpr char kNgSelects[] = R"HTML(<!doctype html><html><body><form>
<div class="form-group"><label for="land">Country</label>
  <ng-select class="ng-select ng-select-single ng-select-searchable ng-has-value"><div class="ng-select-container">
    <div class="ng-value-container"><div class="ng-placeholder" style="display:none">Please choose</div>
      <div class="ng-value"><span class="ng-value-label">United States</span></div>
      <div class="ng-input"><input id="land" type="text" role="combobox" aria-expanded="false" value=""></div></div>
    <span class="ng-clear-wrapper" title="Clear all"><span class="ng-clear">x</span></span>
    <span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div></ng-select></div>
<div class="form-group"><label for="skills">Skills</label>
  <ng-select class="ng-select ng-select-multiple ng-has-value"><div class="ng-select-container">
    <div class="ng-value-container">
      <div class="ng-value"><span class="ng-value-icon left" aria-hidden="true">x</span><span class="ng-value-label">Go</span></div>
      <div class="ng-value"><span class="ng-value-icon left" aria-hidden="true">x</span><span class="ng-value-label">Kafka</span></div>
      <div class="ng-input"><input id="skills" type="text" role="combobox" aria-expanded="false" value=""></div></div>
    <span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div></ng-select></div>
<div class="form-group"><label for="src">Source</label>
  <ng-select class="ng-select ng-select-single"><div class="ng-select-container">
    <div class="ng-value-container"><div class="ng-placeholder">Please choose</div>
      <div class="ng-input"><input id="src" type="text" role="combobox" readonly aria-expanded="false" value=""></div></div>
    <span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div></ng-select></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AnNgSelectsChosenValueIsReadBesideItsSearchInput) {
  auto snapshot = applier::testing::ReadHtmlPage(kNgSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::map<std::string, std::string> value_of;
  for (const auto& field : snapshot->fields) value_of[field.label] = field.value;
  EXPECT_EQ(value_of["Country"], "United States");
  EXPECT_EQ(value_of["Skills"], "Go, Kafka");
  EXPECT_EQ(value_of["Source"], "");
}

// Frappe's web forms put the label in a block of its own above the control and
// wrap a Link field's box four deep (awesomplete, link-field, control-input,
// control-input-wrapper), with no for= and no name=: the label is still the
// nearest text before the box.
constexpr char kDeepTypeahead[] = R"HTML(<!doctype html><html><body><form>
<div class="frappe-control" data-fieldtype="Link"><div class="form-group">
  <div class="clearfix"><label class="control-label">Currency</label></div>
  <div class="control-input-wrapper"><div class="control-input"><div class="link-field">
    <div class="awesomplete"><input class="form-control" role="combobox" aria-autocomplete="list"
      aria-owns="list-1" value="EUR"><ul hidden role="listbox" id="list-1"></ul></div>
  </div></div></div></div></div>
<div class="frappe-control" data-fieldtype="Data"><div class="form-group">
  <div class="clearfix"><label class="control-label">Applicant Name</label></div>
  <div class="control-input-wrapper"><div class="control-input">
    <input class="form-control" type="text"></div></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ALabelAboveADeeplyWrappedTypeaheadNamesIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kDeepTypeahead);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> value_of;
  for (const auto& field : snapshot->fields) value_of[field.label] = field.value;
  EXPECT_EQ(value_of.size(), 2u);
  EXPECT_EQ(value_of["Currency"], "EUR");
  EXPECT_TRUE(value_of.contains("Applicant Name"));
}

// A search box put over a native select (accessible-autocomplete, Select2,
// Chosen): the select is hidden and kept in step, and its options are everything
// the box can take, while the box's own list shows only what matches the typing.
constexpr char kEnhancedSelect[] = R"HTML(<!doctype html><html><body><form>
<div class="wrap"><label for="prov-input">Provincia</label>
  <div class="autocomplete__wrapper"><input id="prov-input" role="combobox" aria-autocomplete="list"
    aria-expanded="false" aria-owns="prov-menu" autocomplete="off">
    <ul id="prov-menu" role="listbox" class="autocomplete__menu--hidden"></ul></div>
  <select name="provincia" style="display:none"><option value="">Scegli</option>
    <option value="BO">Bologna</option><option value="CA">Cagliari</option><option value="EE">Estero</option></select></div>
<div class="wrap"><label for="city">Città</label><input id="city" name="city"></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ASearchBoxOverAHiddenSelectOffersTheSelectsOptions) {
  auto snapshot = applier::testing::ReadHtmlPage(kEnhancedSelect);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 2u);
  const auto& province = snapshot->fields[0];
  EXPECT_EQ(province.kind, ControlKind::kCombobox);
  ASSERT_EQ(province.options.size(), 4u);
  EXPECT_EQ(province.options[3].label, "Estero");
  EXPECT_EQ(province.options[3].value, "EE");
  EXPECT_TRUE(snapshot->fields[1].options.empty());
}

// A select drawn as a box marked aria-haspopup=listbox, holding a search input and
// a div showing the choice, all inside the <label> (react-select-like widgets of
// HR vendors' design systems): one field, named by the label's own words, whose
// value is what the box shows; the input inside is the widget's search box.
constexpr char kLabelWrappedSelect[] = R"HTML(<!doctype html><html><body><form>
<div class="group"><label for="st-in"><span>State</span><span class="req">*</span>
  <div class="select-box" aria-haspopup="listbox" aria-expanded="false" aria-owns="st-list">
    <div class="single-value">California</div>
    <div class="search"><input id="st-in" aria-autocomplete="list" type="text" autocomplete="off" required></div>
  </div></label></div>
<div class="group"><label for="zip">Zip</label><input id="zip" name="zip"></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ASelectBoxInsideItsLabelIsNamedByTheLabelAndShowsItsChoice) {
  auto snapshot = applier::testing::ReadHtmlPage(kLabelWrappedSelect);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 2u);
  const auto& state = snapshot->fields[0];
  EXPECT_EQ(state.label, "State");
  EXPECT_EQ(state.kind, ControlKind::kCombobox);
  EXPECT_EQ(state.value, "California");
  EXPECT_EQ(snapshot->fields[1].label, "Zip");
}

// Material UI's Select: a button that opens a listbox, over an input that keeps
// the chosen value for the form, hidden from screen readers and the keyboard
// (aria-hidden, tabindex -1, opacity 0). The button is the field; the input is
// no box of its own (typing a country's name into it sent the name, not the
// code, and "decline" went into a gender store).
constexpr char kMaterialSelect[] = R"HTML(<!doctype html><html><body><form>
<div><label id="country-label">Country</label>
  <div style="position:relative">
    <div role="button" tabindex="0" aria-haspopup="listbox" aria-labelledby="country-label">Brazil</div>
    <input aria-hidden="true" tabindex="-1" name="addressCountry" value="BR"
           style="position:absolute;bottom:0;left:0;opacity:0;pointer-events:none;width:100%">
  </div></div>
<div><label for="city">City</label><input id="city" name="city"></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AMaterialSelectsHiddenStoreIsNoFieldOfItsOwn) {
  auto snapshot = applier::testing::ReadHtmlPage(kMaterialSelect);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Country", "City"}));
}

// Select2 with local data: the native select stays beside the face, clipped to a
// pixel, aria-hidden and out of the tab order, holding every choice; the face is
// a role=combobox span named by its own rendered text (aria-labelledby), so by its
// placeholder or its choice. One field per question: the select, by its label.
constexpr char kLocalSelect2[] = R"HTML(<!doctype html><html><head><style>
.select2-hidden-accessible { border: 0; clip: rect(0 0 0 0); clip-path: inset(50%); height: 1px;
  width: 1px; overflow: hidden; padding: 0; position: absolute; white-space: nowrap; }
.face { display: block; width: 240px; border: 1px solid #aaa; padding: 4px; }
</style></head><body><form>
<div class="group"><label for="exp">Years of experience *</label>
  <select id="exp" name="experience" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true" required>
    <option value=""></option><option value="0-2">Less than 2 years</option>
    <option value="2-5">2 to 5 years</option><option value="5-10">5 to 10 years</option></select>
  <span class="select2 select2-container"><span class="selection"><span class="face" role="combobox"
    aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="exp-shown"><span
    id="exp-shown" role="textbox" aria-readonly="true">Select an option</span></span></span></span></div>
<div class="group"><label for="mode">Preferred work mode</label>
  <select id="mode" name="mode[]" multiple class="select2-hidden-accessible" tabindex="-1" aria-hidden="true">
    <option value="onsite">On site</option><option value="hybrid" selected>Hybrid</option></select>
  <span class="select2 select2-container"><span class="selection"><span class="face" role="combobox"
    aria-haspopup="true" aria-expanded="false" tabindex="-1"><ul><li title="Hybrid">Hybrid</li>
    <li><input type="search" role="searchbox" aria-autocomplete="list"></li></ul></span></span></span></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ALocalSelect2IsItsSelectAndNotAlsoItsFace) {
  auto snapshot = applier::testing::ReadHtmlPage(kLocalSelect2);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Years of experience", "Preferred work mode"}));
  ASSERT_EQ(snapshot->fields.size(), 2u);
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kSelect);
  EXPECT_EQ(snapshot->fields[0].options.size(), 4u);
}

// The same with a loose label above the two (a page whose labels have no for) and
// Select2's placeholder on the select ("Selecciona una opción"): the label names
// the select; the face beside it is the select's own, no other field in the way.
constexpr char kLocalSelect2LooseLabel[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.select2-hidden-accessible { border: 0; clip: rect(0 0 0 0); clip-path: inset(50%); height: 1px;
  width: 1px; overflow: hidden; padding: 0; position: absolute; white-space: nowrap; }
.face { display: block; width: 240px; border: 1px solid #aaa; padding: 4px; }
</style></head><body><form>
<div class="form-group"><div class="form-label">Años de experiencia *</div>
  <select id="exp" name="experiencia" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true"
    required data-placeholder="Selecciona una opción">
    <option value=""></option><option value="0-2">Menos de 2 años</option>
    <option value="5-10">Entre 5 y 10 años</option></select>
  <span class="select2 select2-container"><span class="selection"><span class="face" role="combobox"
    aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="exp-shown"><span
    id="exp-shown" role="textbox" aria-readonly="true">Selecciona una opción</span></span></span></span></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ALocalSelect2UnderALooseLabelIsNamedByIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kLocalSelect2LooseLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields[0].label, "Años de experiencia");
}

// Right to left, with Select2's placeholder naming what to choose ("اختر الجنسية",
// choose the nationality) and a required star in the loose label: the label names
// the select and says it is required.
constexpr char kLocalSelect2LooseLabelRtl[] =
    R"HTML(<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>
.select2-hidden-accessible { border: 0; clip: rect(0 0 0 0); clip-path: inset(50%); height: 1px;
  width: 1px; overflow: hidden; padding: 0; position: absolute; white-space: nowrap; }
.face { display: block; width: 240px; border: 1px solid #aaa; padding: 4px; }
</style></head><body><form>
<div class="form-group"><div>الجنسية<span class="req">*</span></div>
  <select id="nat" name="nationality" class="select2-hidden-accessible" aria-hidden="true" tabindex="-1"
    data-placeholder="اختر الجنسية"><option value=""></option><option value="SA">السعودية</option>
    <option value="US">الولايات المتحدة</option></select><span class="select2 select2-container" dir="rtl"><span
    class="selection"><span class="face" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0"
    aria-labelledby="nat-shown"><span id="nat-shown" role="textbox" aria-readonly="true"><span
    class="select2-selection__placeholder">اختر الجنسية</span></span><span class="select2-selection__arrow"
    role="presentation"><b role="presentation"></b></span></span></span></span></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ALocalSelect2UnderALooseLabelIsNamedByItRightToLeft) {
  auto snapshot = applier::testing::ReadHtmlPage(kLocalSelect2LooseLabelRtl);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields[0].label, "الجنسية");
  EXPECT_TRUE(snapshot->fields[0].required);
}

// react-select (as chakra-react-select draws it) under a loose label: the
// placeholder it shows ("Caută tehnologii...") is an element before its search
// input, which need not point at it (aria-describedby comes and goes with the
// versions and the value); two empty live regions sit before its control. The
// label over the whole names it and its star says it is required.
constexpr char kReactSelectLooseLabel[] =
    R"HTML(<!doctype html><html lang="ro"><head><meta charset="utf-8"></head><body><form>
<div role="group" class="chakra-form-control"><div id="skills-label" class="chakra-form__label"><span>Competențe
  tehnice</span><span role="presentation" aria-hidden="true">*</span></div>
  <div class="react-select-container"><span id="rs-live" class="a11y-text"></span><span aria-live="polite"
    role="log" class="a11y-text"></span><div class="react-select__control"><div
    class="react-select__value-container react-select__value-container--is-multi"><div
    class="react-select__placeholder" id="rs-placeholder">Caută tehnologii...</div><div
    class="react-select__input-container" data-value=""><input class="react-select__input" name="skills"
    type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true"
    aria-required="true" value=""></div></div><div
    class="react-select__indicators"><span class="react-select__indicator-separator"></span><div
    class="react-select__indicator" aria-hidden="true"><svg height="20" width="20"><path d="M4 5l6 6 6-6"></path></svg>
    </div></div></div><input name="skills" type="hidden" value=""></div></div>
<div role="group" class="chakra-form-control"><div class="chakra-form__label"><span>Localitate</span></div>
  <div class="react-select-container"><span id="ember167" class="css-1f43avz-a11yText-A11yText">option San
    Francisco, selected.</span><span aria-live="polite" role="log" class="a11y-text"><span>option San Francisco,
    selected.</span></span><div class="react-select__control"><div class="react-select__value-container"><div
    class="react-select__single-value">San Francisco</div><div class="react-select__input-container"
    data-value=""><input class="react-select__input" name="city" type="text" role="combobox"
    aria-autocomplete="list" aria-expanded="false" value=""></div></div></div></div></div>
<div role="group" class="chakra-form-control"><div class="chakra-form__label"><span>Limbaje</span></div>
  <div class="react-select-container"><span class="css-1f43avz-a11yText-A11yText">option Python,
    selected.</span><div class="react-select__control"><div
    class="react-select__value-container react-select__value-container--is-multi"><div
    class="react-select__multi-value"><div class="react-select__multi-value__label">C++</div><div role="button"
    class="react-select__multi-value__remove" aria-label="Remove C++"><svg height="14" width="14"><path d="M4 4l6 6M10 4l-6 6"></path></svg></div></div><div
    class="react-select__multi-value"><div class="react-select__multi-value__label">Go</div><div role="button"
    class="react-select__multi-value__remove" aria-label="Remove Go"><svg height="14" width="14"><path d="M4 4l6 6M10 4l-6 6"></path></svg></div></div><div
    class="react-select__multi-value"><div class="react-select__multi-value__label">Python</div><div role="button"
    class="react-select__multi-value__remove" aria-label="Remove Python"><svg height="14" width="14"><path d="M4 4l6 6M10 4l-6 6"></path></svg></div></div><div
    class="react-select__input-container" data-value=""><input class="react-select__input" name="langs"
    type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" value=""></div></div></div><input
    name="langs" type="hidden" value="C++"><input name="langs" type="hidden" value="Go"><input name="langs"
    type="hidden" value="Python"></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AReactSelectUnderALooseLabelIsNamedByIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kReactSelectLooseLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 3u);
  EXPECT_EQ(snapshot->fields[0].label, "Competențe tehnice");
  // Nor do the chips of its choices, nor the hidden inputs carrying them.
  EXPECT_EQ(snapshot->fields[2].label, "Limbaje");
  EXPECT_TRUE(snapshot->fields[0].required);
  // What its live regions announce after a choice ("option San Francisco,
  // selected.") is no name, whatever id the page gave them: the name stays the
  // same before and after the choice.
  EXPECT_EQ(snapshot->fields[1].label, "Localitate");
}

// Select2 with remote data: the select beside the face is empty until a choice,
// so the face is the field. A page names the select by aria-labelledby, or puts a
// loose label over the two, never a <label for>: the face, labelled only by the
// choice it shows ("Please select"), takes the select's name.
constexpr char kRemoteSelect2Named[] = R"HTML(<!doctype html><html><head><style>
.select2-hidden-accessible { border: 0; clip: rect(0 0 0 0); clip-path: inset(50%); height: 1px;
  width: 1px; overflow: hidden; padding: 0; position: absolute; white-space: nowrap; }
.face { display: block; width: 240px; border: 1px solid #aaa; padding: 4px; }
</style></head><body><form>
<div class="group"><span id="country-name">Country of residence *</span>
  <select id="country" name="country" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true"
    aria-labelledby="country-name"><option value=""></option></select>
  <span class="select2 select2-container"><span class="selection"><span class="face" role="combobox"
    aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="country-shown"><span
    id="country-shown" role="textbox" aria-readonly="true">Please select</span></span></span></span></div>
<div class="group"><div class="label">State / Province *</div>
  <select id="state" name="state" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true">
    <option value=""></option></select>
  <span class="select2 select2-container"><span class="selection"><span class="face" role="combobox"
    aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="state-shown"><span
    id="state-shown" role="textbox" aria-readonly="true">Please select</span></span></span></span></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ARemoteSelect2FaceTakesTheNameOfItsSelect) {
  auto snapshot = applier::testing::ReadHtmlPage(kRemoteSelect2Named);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Country of residence", "State / Province"}));
}

// A phone's country picker drawn as a flag button (intl-tel-input's selected
// flag, Typeform's phone field): it shows only the flag and a chevron, and names
// its choice in its aria-label or title. That name is its value.
constexpr char kFlagPicker[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div><label for="tel">Phone number</label>
  <div class="phone"><button type="button" aria-haspopup="listbox" aria-expanded="false"
    aria-label="United States: +1">🇺🇸 ▾</button>
  <input id="tel" type="tel" placeholder="(201) 555-0123"></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AFlagButtonsChoiceIsItsName) {
  auto snapshot = applier::testing::ReadHtmlPage(kFlagPicker);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> value_of;
  for (const auto& field : snapshot->fields) value_of[field.label] = field.value;
  ASSERT_TRUE(value_of.contains("United States: +1")) << snapshot->fields.size();
  EXPECT_EQ(value_of["United States: +1"], "United States: +1");
}

// intl-tel-input 17 without a separate dial code: the selected flag (a
// role=combobox div holding only the flag and the arrow, named by its title)
// keeps its country list beside it in the flag container, shown while open (as
// it is while its options are read). The list's text is its options, not its
// choice: the title is the value.
constexpr char kFlagPickerWithItsListBeside[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>.iti__hide { display: none; }</style></head><body><form>
<div><label for="tel">Telefoonnummer</label>
  <div class="iti iti--allow-dropdown"><div class="iti__flag-container">
    <div class="iti__selected-flag" role="combobox" aria-controls="iti-0__country-listbox" aria-owns="iti-0__country-listbox"
      aria-expanded="true" tabindex="0" title="United States: +1"><div class="iti__flag iti__us"></div><div class="iti__arrow"></div></div>
    <ul class="iti__country-list" id="iti-0__country-listbox" role="listbox" aria-label="List of countries">
      <li class="iti__country" id="iti-0__item-nl" role="option" data-dial-code="31" data-country-code="nl" aria-selected="false"><span class="iti__country-name">Netherlands (Nederland)</span> <span class="iti__dial-code">+31</span></li>
      <li class="iti__country iti__active" id="iti-0__item-us" role="option" data-dial-code="1" data-country-code="us" aria-selected="true"><span class="iti__country-name">United States</span> <span class="iti__dial-code">+1</span></li>
    </ul></div>
  <input id="tel" type="tel" name="telefoon" placeholder="+1 201-555-0123"></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AFlagPickersListKeptBesideItIsNotItsChoice) {
  auto snapshot = applier::testing::ReadHtmlPage(kFlagPickerWithItsListBeside);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> value_of;
  for (const auto& field : snapshot->fields) value_of[field.label] = field.value;
  ASSERT_TRUE(value_of.contains("United States: +1")) << snapshot->fields.size();
  EXPECT_EQ(value_of["United States: +1"], "United States: +1");
}

// PrimeFaces' SelectOneMenu (versions 6 to 10): the label names a focus input
// with role=combobox clipped to a pixel (ui-helper-hidden-accessible), the choice
// and the options live in a select hidden from screen readers and the keyboard,
// and the box a person clicks shows the choice and opens a list appended to the
// body. That is one field, named by the label, offering the select's options and
// showing its choice; the hidden select is no field of its own.
constexpr char kPrimeFacesMenus[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.sr { border:0; clip:rect(0 0 0 0); height:1px; margin:-1px; overflow:hidden; padding:0; position:absolute; width:1px }
.menu { display:inline-block; position:relative; width:260px; border:1px solid #aaa }
.menu label { display:block; padding:6px }
</style></head><body><form id="f">
<div><label for="f:nazione_focus">Nazione di residenza<span>*</span></label>
  <div id="f:nazione" class="ui-selectonemenu menu">
    <div class="sr"><input id="f:nazione_focus" name="f:nazione_focus" type="text" autocomplete="off"
      role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="f:nazione_items"></div>
    <div class="sr"><select id="f:nazione_input" name="f:nazione_input" tabindex="-1" aria-hidden="true">
      <option value="215">Francia</option><option value="100" selected>Italia</option>
      <option value="536">Stati Uniti d'America</option></select></div>
    <label class="ui-selectonemenu-label">Italia</label>
    <div class="ui-selectonemenu-trigger"><span>v</span></div></div></div>
<div><label for="f:comune_focus">Comune</label>
  <div id="f:comune" class="ui-selectonemenu menu">
    <div class="sr"><input id="f:comune_focus" name="f:comune_focus" type="text" role="combobox"
      aria-haspopup="listbox" aria-expanded="false"></div>
    <div class="sr"><select id="f:comune_input" name="f:comune_input" tabindex="-1" aria-hidden="true">
      <option value="">Seleziona...</option><option value="F205">Milano</option></select></div>
    <label class="ui-selectonemenu-label">Seleziona...</label>
    <div class="ui-selectonemenu-trigger"><span>v</span></div></div></div>
<div><span id="f:titolo_label">Titolo di studio</span>
  <div id="f:titolo" class="ui-selectonemenu menu">
    <div class="sr"><input id="f:titolo_focus" name="f:titolo_focus" type="text" role="combobox"
      aria-haspopup="listbox" aria-expanded="false" aria-labelledby="f:titolo_label"></div>
    <div class="sr"><select id="f:titolo_input" name="f:titolo_input" tabindex="-1" aria-hidden="true">
      <option value="">Seleziona...</option><option value="LM">Laurea magistrale</option></select></div>
    <label class="ui-selectonemenu-label">Seleziona...</label>
    <div class="ui-selectonemenu-trigger"><span>v</span></div></div></div>
<div><div class="field-label">Anni di esperienza</div>
  <div id="f:anni" class="ui-selectonemenu menu">
    <div class="sr"><input id="f:anni_focus" name="f:anni_focus" type="text" role="combobox"
      aria-haspopup="listbox" aria-expanded="false"></div>
    <div class="sr"><select id="f:anni_input" name="f:anni_input" tabindex="-1" aria-hidden="true">
      <option value="">Seleziona...</option><option value="5">5-10</option></select></div>
    <label class="ui-selectonemenu-label">Seleziona...</label>
    <div class="ui-selectonemenu-trigger"><span>v</span></div></div></div>
</form>
<div id="f:nazione_panel" style="display:none"><ul id="f:nazione_items" role="listbox">
  <li role="option">Francia</li><li role="option">Italia</li><li role="option">Stati Uniti d'America</li></ul></div>
</body></html>)HTML";

TEST(ComboboxValueTest, APrimeFacesMenuIsOneFieldOfferingItsHiddenSelectsOptions) {
  auto snapshot = applier::testing::ReadHtmlPage(kPrimeFacesMenus);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 4u) << snapshot->text;
  const auto& country = snapshot->fields[0];
  EXPECT_EQ(country.label, "Nazione di residenza");
  EXPECT_EQ(country.kind, ControlKind::kCombobox);
  EXPECT_EQ(country.name, "f:nazione_input");
  EXPECT_EQ(country.value, "Italia");
  std::vector<std::string> options;
  for (const auto& option : country.options) options.push_back(option.label);
  EXPECT_EQ(options, (std::vector<std::string>{"Francia", "Italia", "Stati Uniti d'America"}));
  const auto& town = snapshot->fields[1];
  EXPECT_EQ(town.label, "Comune");
  EXPECT_EQ(town.name, "f:comune_input");
  // The prompt is no choice.
  EXPECT_EQ(town.value, "");
  // Named by the focus box's aria-labelledby (PrimeFaces 11 and later), not by the
  // prompt the menu shows.
  EXPECT_EQ(snapshot->fields[2].label, "Titolo di studio");
  // Named by a loose label above it, not by the <label> inside it showing the prompt.
  EXPECT_EQ(snapshot->fields[3].label, "Anni di esperienza");
}

// Carbon's Dropdown (and other list boxes drawn as a button with role=combobox)
// shows its placeholder in the button while nothing is chosen: "Choose an
// option" by default, the page's own prompt ("Select a degree") otherwise. A
// prompt is no choice; a chosen option that happens to start with the same verb
// ("Choose not to disclose") still is.
constexpr char kCarbonDropdowns[] = R"HTML(<!doctype html><html><body><form>
<div class="cds--form-item"><div class="cds--dropdown__wrapper cds--list-box__wrapper">
  <label id="l1" for="b1" class="cds--label">Degree</label>
  <div class="cds--dropdown cds--list-box"><button type="button" id="b1" class="cds--list-box__field" role="combobox"
    aria-haspopup="listbox" aria-expanded="false" aria-controls="m1" aria-labelledby="l1">
    <span class="cds--list-box__label">Select a degree</span></button>
    <ul id="m1" role="listbox" class="cds--list-box__menu" aria-labelledby="l1"></ul></div></div></div>
<div class="cds--form-item"><div class="cds--dropdown__wrapper cds--list-box__wrapper">
  <label id="l2" for="b2" class="cds--label">Office</label>
  <div class="cds--dropdown cds--list-box"><button type="button" id="b2" class="cds--list-box__field" role="combobox"
    aria-haspopup="listbox" aria-expanded="false" aria-controls="m2" aria-labelledby="l2">
    <span class="cds--list-box__label">Choose an option</span></button>
    <ul id="m2" role="listbox" class="cds--list-box__menu" aria-labelledby="l2"></ul></div></div></div>
<div class="cds--form-item"><div class="cds--dropdown__wrapper cds--list-box__wrapper">
  <label id="l3" for="b3" class="cds--label">Highest degree</label>
  <div class="cds--dropdown cds--list-box"><button type="button" id="b3" class="cds--list-box__field" role="combobox"
    aria-haspopup="listbox" aria-expanded="false" aria-controls="m3" aria-labelledby="l3">
    <span class="cds--list-box__label">Bachelor's degree</span></button>
    <ul id="m3" role="listbox" class="cds--list-box__menu" aria-labelledby="l3"></ul></div></div></div>
<div class="cds--form-item"><div class="cds--dropdown__wrapper cds--list-box__wrapper">
  <label id="l4" for="b4" class="cds--label">Race</label>
  <div class="cds--dropdown cds--list-box"><button type="button" id="b4" class="cds--list-box__field" role="combobox"
    aria-haspopup="listbox" aria-expanded="false" aria-controls="m4" aria-labelledby="l4">
    <span class="cds--list-box__label">Choose not to disclose</span></button>
    <ul id="m4" role="listbox" class="cds--list-box__menu" aria-labelledby="l4"></ul></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ADropdownsPromptIsNoChoice) {
  auto snapshot = applier::testing::ReadHtmlPage(kCarbonDropdowns);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::map<std::string, std::string> value_of;
  for (const auto& field : snapshot->fields) value_of[field.label] = field.value;
  ASSERT_EQ(value_of.size(), 4u);
  EXPECT_EQ(value_of["Degree"], "");
  EXPECT_EQ(value_of["Office"], "");
  EXPECT_EQ(value_of["Highest degree"], "Bachelor's degree");
  EXPECT_EQ(value_of["Race"], "Choose not to disclose");
}

// Quasar's QSelect (v2): the field is a <label class="q-field" for=id> around the
// control; without use-input the chosen option's label is a <span> beside an empty
// <div role="combobox" tabindex="0" aria-label="the field's label">, and the name
// travels in a hidden <select> holding only the chosen value (no select at all
// while nothing is chosen); with use-input and fill-input the search box shows the
// choice. The hidden select is the choice, not the options (they are in the menu
// the combobox opens), and the combobox's name is no choice.
constexpr char kQuasarSelects[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.hidden { display: none !important }
</style></head><body><form class="q-form">
<label class="q-field q-select q-field--outlined q-select--without-input" for="f_1">
  <div class="q-field__inner"><div class="q-field__control" tabindex="-1">
    <div class="q-field__control-container">
      <div class="q-field__label">Indicativo *</div>
      <div class="q-field__native row items-center"><span>Portugal (+351)</span>
        <div class="no-outline" id="f_1" tabindex="0" role="combobox" aria-label="Indicativo *"
          aria-autocomplete="none" aria-expanded="false" aria-owns="f_1_lb" aria-controls="f_1_lb"></div>
        <select class="hidden" name="indicativo"><option value="+351" selected>+351</option></select></div></div>
    <div class="q-field__append"><i class="material-icons" aria-hidden="true">arrow_drop_down</i></div></div></div></label>
<label class="q-field q-select q-field--outlined q-select--without-input" for="f_2">
  <div class="q-field__inner"><div class="q-field__control" tabindex="-1">
    <div class="q-field__control-container">
      <div class="q-field__label">Regime de trabalho</div>
      <div class="q-field__native row items-center">
        <div class="no-outline" id="f_2" tabindex="0" role="combobox" aria-label="Regime de trabalho"
          aria-autocomplete="none" aria-expanded="false" aria-owns="f_2_lb" aria-controls="f_2_lb"></div></div></div>
    <div class="q-field__append"><i class="material-icons" aria-hidden="true">arrow_drop_down</i></div></div></div></label>
<label class="q-field q-select q-field--outlined q-select--with-input" for="f_3">
  <div class="q-field__inner"><div class="q-field__control" tabindex="-1">
    <div class="q-field__control-container">
      <div class="q-field__label">País de residência *</div>
      <div class="q-field__native row items-center">
        <input class="q-field__input q-placeholder col" type="search" tabindex="0" role="combobox" id="f_3"
          aria-label="País de residência *" aria-autocomplete="list" aria-expanded="false" aria-owns="f_3_lb"
          aria-controls="f_3_lb" autocomplete="off" value="Portugal">
        <select class="hidden" name="pais"><option value="PT" selected>PT</option></select></div></div>
    <div class="q-field__append"><i class="material-icons" aria-hidden="true">arrow_drop_down</i></div></div></div></label>
<div class="form-group"><label class="control-label" for="rw-auth">Are you legally authorized to work in the United States?</label>
  <div id="rw-auth" class="rw-dropdownlist" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false">
    <div class="rw-widget-input"><div class="rw-dropdownlist-input">--</div></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AQuasarSelectsHiddenSelectIsItsChoiceNotItsOptions) {
  auto snapshot = applier::testing::ReadHtmlPage(kQuasarSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 4u) << snapshot->text;
  const auto& dial = snapshot->fields[0];
  EXPECT_EQ(dial.label, "Indicativo");
  EXPECT_EQ(dial.kind, ControlKind::kCombobox);
  EXPECT_EQ(dial.value, "Portugal (+351)");
  // Which options there are is known once the list is opened.
  EXPECT_TRUE(dial.options.empty()) << dial.options.size();
  const auto& mode = snapshot->fields[1];
  EXPECT_EQ(mode.label, "Regime de trabalho");
  // Its name is no choice: nothing is chosen.
  EXPECT_EQ(mode.value, "");
  const auto& country = snapshot->fields[2];
  EXPECT_EQ(country.label, "País de residência");
  EXPECT_EQ(country.value, "Portugal");
  EXPECT_TRUE(country.options.empty()) << country.options.size();
  // A react-widgets list showing "--" in a row with its question: it shows what it
  // holds itself; the row's words are its question, not a choice drawn beside it.
  EXPECT_EQ(snapshot->fields[3].value, "--");
}

// A typeahead's own open button: Headless UI's Combobox.Button and React Aria's
// ComboBox button carry aria-haspopup=listbox, are named by the field's label
// (aria-labelledby "<label> <button>") and left out of the tab order, beside the
// input they open the list of. They are that input's, not a second field with the
// same question: answered twice, the second pick opens the whole list again over
// the choice already made. A select drawn as a button of its own (Headless UI's
// Listbox.Button) is the field, and stays one.
constexpr char kComboboxButtons[] = R"HTML(<!doctype html><html><body><form>
<div class="col-span-3"><label id="hl-label">Where are you based?</label>
  <div class="relative mt-2">
    <input id="hl-input" role="combobox" type="text" aria-expanded="false" aria-autocomplete="list"
      aria-labelledby="hl-label" autocomplete="off" value="">
    <button id="hl-button" type="button" tabindex="-1" aria-haspopup="listbox" aria-expanded="false"
      aria-labelledby="hl-label hl-button"><svg aria-hidden="true" width="10" height="10"></svg></button></div>
  <input type="hidden" name="location" value=""></div>
<div class="react-aria-ComboBox"><label id="ra-label" for="ra-input">Nationality</label>
  <div class="react-aria-Group"><input id="ra-input" role="combobox" aria-autocomplete="list"
      aria-expanded="false" aria-labelledby="ra-label" value="">
    <button id="ra-button" type="button" tabindex="-1" aria-haspopup="listbox" aria-expanded="false"
      aria-labelledby="ra-button ra-label">&#x25BC;</button></div></div>
<div class="col-span-3"><label id="lb-label">Years of experience</label>
  <div class="relative mt-2"><button id="lb-button" type="button" aria-haspopup="listbox" aria-expanded="false"
      aria-labelledby="lb-label lb-button"><span>Select...</span></button></div>
  <input type="hidden" name="years" value=""></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ATypeaheadsOpenButtonIsPartOfItNotAFieldOfItsOwn) {
  auto snapshot = applier::testing::ReadHtmlPage(kComboboxButtons);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  ASSERT_EQ(labels.size(), 3u) << ::testing::PrintToString(labels);
  EXPECT_EQ(labels[0], "Where are you based?");
  EXPECT_EQ(labels[1], "Nationality");
  EXPECT_EQ(labels[2], "Years of experience");
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kCombobox);
  EXPECT_EQ(snapshot->fields[1].kind, ControlKind::kCombobox);
  EXPECT_EQ(snapshot->fields[2].kind, ControlKind::kCombobox);
}

// HubSpot's new-editor forms (hsfc-) draw a dropdown as a visible read-only text
// box marked role=button and aria-haspopup=listbox, which shows the choice as its
// value and opens a list with a search box of its own; a hidden input beside it
// keeps the option's value for the post. That box is what a person sees and
// clicks: no off-screen focus stand-in (Select2 3's 1px focusser) for a face
// around it, and its value is the choice.
constexpr char kHubSpotDropdown[] = R"HTML(<!doctype html><html><body><form class="hsfc-Form">
<div class="hsfc-FormField hsfc-DropdownField">
  <label class="hsfc-FieldLabel" id="country-label" for="country"><span>Pays</span>
    <span class="hsfc-FieldLabel__RequiredIndicator" aria-hidden="true">*</span></label>
  <div class="hsfc-DropdownInput" style="position:relative">
    <input id="country" class="hsfc-TextInput hsfc-TextInput--button" type="text" role="button" readonly
      aria-haspopup="listbox" aria-expanded="false" aria-controls="country-list"
      placeholder="Veuillez sélectionner" value="Irlande" style="width:300px">
    <div class="hsfc-DropdownInput__Caret" aria-hidden="true"></div>
    <div class="hsfc-DropdownOptions" style="display:none">
      <div class="hsfc-DropdownOptions__Search"><input class="hsfc-TextInput" type="text" role="searchbox"
        aria-label="Rechercher"></div>
      <ul class="hsfc-DropdownOptions__List" role="listbox" id="country-list" aria-labelledby="country-label">
        <li role="option" aria-selected="false" data-value="France">France</li>
        <li role="option" aria-selected="true" data-value="Irlande">Irlande</li>
        <li role="option" aria-selected="false" data-value="Italie">Italie</li></ul></div></div>
  <input type="hidden" name="0-1/country" value="Irlande"></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, AVisibleReadOnlyButtonBoxIsTheDropdownAndShowsItsChoice) {
  auto snapshot = applier::testing::ReadHtmlPage(kHubSpotDropdown);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields[0].label, "Pays");
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kCombobox);
  EXPECT_EQ(snapshot->fields[0].value, "Irlande");
}

// Naive UI (Vue 3) draws every n-select as div.n-base-selection with no ARIA role.
// Filterable, its search box (input.n-base-selection-input, tabindex -1) stays
// empty once a choice is made and the choice shows in an overlay laid over it;
// multiple, the choices are tags (each with a close button, an icon) before the
// search box. A phone's n-form-item holds a filterable dial-code n-select beside
// the number box: the label over both names the number.
constexpr char kNaiveSelects[] = R"HTML(<!doctype html><html><head><style>
.n-form-item { display: grid; margin: 8px 0 }
.n-base-selection { position: relative; width: 300px; min-height: 34px; background: #eee }
.n-base-selection-label { position: relative; height: 34px; display: flex; align-items: center; padding: 0 26px 0 12px }
.n-base-selection-input { position: absolute; inset: 0; border: 0; background: transparent; padding: 0 12px }
.n-base-selection-overlay { position: absolute; inset: 0; padding: 0 12px; display: flex; align-items: center; pointer-events: none }
.n-base-selection-tags { display: flex; flex-wrap: wrap; gap: 4px; min-height: 34px; padding: 3px 6px; position: relative }
.n-base-selection-input-tag { position: relative; display: inline-block; min-width: 12px }
.n-base-selection-input-tag__input { border: 0; background: transparent; width: 100%; min-width: 40px }
.n-base-selection-input-tag__mirror { position: absolute; left: 0; top: 0; visibility: hidden }
.n-tag { display: inline-flex; height: 24px; padding: 0 6px; background: #fff }
.n-tag__close { border: 0; background: none; padding: 0 }
.n-input { display: flex; width: 200px; background: #eee } .n-input__input-el { border: 0; width: 100% }
</style></head><body><form class="n-form">
<div class="n-form-item"><label class="n-form-item-label"><span class="n-form-item-label__text">Nationality</span></label>
  <div class="n-form-item-blank"><div class="n-select"><div class="n-base-selection n-base-selection--selected">
    <div class="n-base-selection-label" tabindex="0"><input class="n-base-selection-input" tabindex="-1" value="">
      <div class="n-base-selection-label__render-label n-base-selection-overlay"><div
        class="n-base-selection-overlay__wrapper">Canadian</div></div></div></div></div></div></div>
<div class="n-form-item"><label class="n-form-item-label"><span class="n-form-item-label__text">Mobile number</span></label>
  <div class="n-form-item-blank"><div style="display:flex">
    <div><div class="n-select"><div class="n-base-selection n-base-selection--selected">
      <div class="n-base-selection-label" tabindex="0"><input class="n-base-selection-input" tabindex="-1" value="">
        <div class="n-base-selection-label__render-label n-base-selection-overlay"><div
          class="n-base-selection-overlay__wrapper">Bangladesh (+880)</div></div></div></div></div></div>
    <div class="n-input"><div class="n-input-wrapper"><div class="n-input__input"><input type="text"
      class="n-input__input-el" placeholder="01XXXXXXXXX"></div></div></div></div></div></div>
<div class="n-form-item"><label class="n-form-item-label"><span class="n-form-item-label__text">Skills</span></label>
  <div class="n-form-item-blank"><div class="n-select"><div class="n-base-selection n-base-selection--multiple">
    <div class="n-base-selection-tags">
      <div class="n-base-selection-tag-wrapper"><div class="n-tag"><span class="n-tag__content">C++</span><button
        type="button" class="n-base-close n-tag__close" aria-label="close" tabindex="-1"><svg width="8" height="8"><path d="M0 0L8 8"/></svg></button></div></div>
      <div class="n-base-selection-tag-wrapper"><div class="n-tag"><span class="n-tag__content">Go</span><button
        type="button" class="n-base-close n-tag__close" aria-label="close" tabindex="-1"><svg width="8" height="8"><path d="M0 0L8 8"/></svg></button></div></div>
      <div class="n-base-selection-input-tag"><input class="n-base-selection-input-tag__input" tabindex="-1" value=""><span
        class="n-base-selection-input-tag__mirror">&nbsp;</span></div></div></div></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, NaiveUiSelectsShowTheirChoiceOverOrBesideTheirSearchBox) {
  auto snapshot = applier::testing::ReadHtmlPage(kNaiveSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_label;
  for (const auto& field : snapshot->fields) by_label[field.label] = &field;
  ASSERT_TRUE(by_label.contains("Nationality"));
  EXPECT_EQ(by_label["Nationality"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Nationality"]->value, "Canadian");
  ASSERT_TRUE(by_label.contains("Mobile number"));
  EXPECT_EQ(by_label["Mobile number"]->kind, ControlKind::kText);
  ASSERT_TRUE(by_label.contains("Skills"));
  EXPECT_EQ(by_label["Skills"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Skills"]->value, "C++ Go");
  const auto dial =
      std::find_if(snapshot->fields.begin(), snapshot->fields.end(), [](const Field& f) {
        return f.kind == ControlKind::kCombobox && f.value == "Bangladesh (+880)";
      });
  EXPECT_NE(dial, snapshot->fields.end());
  EXPECT_EQ(snapshot->fields.size(), 4u);
}

// bob's design system (bob-style) nests its select's box four elements deep in
// Angular component hosts: b-single-select > content.panel-trigger > b-input >
// div.bfe-wrap > input, the box showing the choice as its value and opening the
// list in a cdk overlay; its label (label.bfe-label for the input, or a span the
// input's aria-labelledby names) and its error message sit inside the host, above
// and below the box. The host is the dropdown, named as its box is, and its
// choice is what the box shows, not its label (however drawn) or its error. bob's autocomplete
// (b-auto-complete) spells its name with a hyphen.
constexpr char kComponentSelects[] = R"HTML(<!doctype html><html><body><form>
<b-single-select class="bfe" style="display:block">
  <content class="panel-trigger" style="display:block"><b-input class="bfe" style="display:block">
    <label class="bfe-label" for="notice" style="display:block">Notice period</label>
    <div class="bfe-wrap has-suffix"><input class="bfe-input" id="notice" type="text" autocomplete="off"
      placeholder="Select" value="1 month"><div class="bfe-suffix"><div class="select-chevron"></div></div></div>
  </b-input></content>
  <p b-input-message class="b-input-message error" role="alert">Please check your notice period</p>
</b-single-select>
<b-single-select class="bfe" style="display:block">
  <content class="panel-trigger" style="display:block"><b-input class="bfe" style="display:block">
    <span class="bfe-label" id="source-label" style="display:block">How did you hear about us?</span>
    <div class="bfe-wrap has-suffix"><input class="bfe-input" aria-labelledby="source-label" type="text"
      autocomplete="off" placeholder="Select" value=""><div class="bfe-suffix"><div class="select-chevron"></div></div></div>
  </b-input></content>
</b-single-select>
<b-single-select class="bfe" style="display:block">
  <content class="panel-trigger" style="display:block"><b-input class="bfe" style="display:block">
    <div class="bfe-label" style="display:block"><span>Start date</span><span aria-hidden="true">*</span></div>
    <div class="bfe-wrap has-suffix"><input class="bfe-input" type="text" autocomplete="off"
      placeholder="Select" value="Immediately"><div class="bfe-suffix"><div class="select-chevron"></div></div></div>
  </b-input></content>
</b-single-select>
<b-single-select class="bfe" style="display:block">
  <content class="panel-trigger" style="display:block"><b-input class="bfe" style="display:block">
    <div class="bfe-label" style="display:block">Preferred office</div>
    <div class="bfe-wrap has-suffix"><input class="bfe-input" type="text" autocomplete="off"
      placeholder="Select" value=""><div class="bfe-suffix"><div class="select-chevron"></div></div></div>
  </b-input></content>
</b-single-select>
<b-auto-complete class="bfe" style="display:block">
  <label class="bfe-label" for="city">Current location</label>
  <div class="bfe-wrap"><input class="bfe-input" id="city" type="text" autocomplete="off" placeholder="Start typing a city"></div>
</b-auto-complete>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ADesignSystemsSelectHostIsNamedAndShowsItsChoiceAsItsBoxDoes) {
  auto snapshot = applier::testing::ReadHtmlPage(kComponentSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_label;
  for (const auto& field : snapshot->fields) by_label[field.label] = &field;
  ASSERT_TRUE(by_label.contains("Notice period"));
  EXPECT_EQ(by_label["Notice period"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Notice period"]->html_type, "b-single-select");
  EXPECT_EQ(by_label["Notice period"]->value, "1 month");
  ASSERT_TRUE(by_label.contains("How did you hear about us?"));
  EXPECT_EQ(by_label["How did you hear about us?"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["How did you hear about us?"]->value, "");
  // Its label drawn as a plain element tied to nothing (a div over the box) is
  // still its label, not its choice.
  ASSERT_TRUE(by_label.contains("Start date"));
  EXPECT_EQ(by_label["Start date"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Start date"]->value, "Immediately");
  ASSERT_TRUE(by_label.contains("Preferred office"));
  EXPECT_EQ(by_label["Preferred office"]->value, "");
  ASSERT_TRUE(by_label.contains("Current location"));
  EXPECT_EQ(by_label["Current location"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(snapshot->fields.size(), 5u);
}

// Base Web's Select (baseui), searchable: the input role=combobox holds only what
// is typed; the choice is drawn in a div beside it and announced first in the
// input's aria-label ("Selected <choice>. ", then the page's own aria-label if it
// gave one). The label tied to the input names the field, the announcement is
// its value; with nothing chosen the aria-label is empty and the placeholder
// shows. Its class names are styletron's atomic ones, which say nothing. Not
// searchable, the box a person focuses is a div around an input role=combobox
// hidden from screen readers and the tab order, and announces the choice the same.
constexpr char kBasewebSelects[] = R"HTML(<!doctype html><html><body><form>
<div class="ae"><label data-baseweb="form-control-label" for="bui-3">Years of relevant experience</label>
  <div data-baseweb="select" class="af"><div class="ag"><div class="ah">
    <div class="ai">6-10 years</div>
    <div class="aj"><input class="ak" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox"
      aria-label="Selected 6-10 years. " aria-required="true" id="bui-3" role="combobox" tabindex="0" value=""></div>
  </div><div class="al"><svg data-baseweb="icon" role="button" aria-label="Clear value"><title>Clear value</title></svg>
    <svg data-baseweb="icon"><title>open</title></svg></div></div></div></div>
<div class="ae"><label data-baseweb="form-control-label" for="bui-5">Home city</label>
  <div data-baseweb="select" class="af"><div class="ag"><div class="ah">
    <div class="ai">St. Louis, MO, United States</div>
    <div class="aj"><input class="ak" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox"
      aria-label="Selected St. Louis, MO, United States. Where do you live?" id="bui-5" role="combobox" value=""></div>
  </div></div></div></div>
<div class="ae"><label data-baseweb="form-control-label" for="bui-7">Highest level of education</label>
  <div data-baseweb="select" class="af"><div class="ag"><div class="ah">
    <div class="aj"><input class="ak" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox"
      aria-label="" id="bui-7" role="combobox" value=""></div>
    <div class="am">Select...</div>
  </div><div class="al"><svg data-baseweb="icon"><title>open</title></svg></div></div></div></div>
<div class="ae"><label data-baseweb="form-control-label" id="bui-8">Veteran status</label>
  <div data-baseweb="select" class="af"><div class="ag"><div class="ah">
    <div class="ai">I am not a protected veteran</div>
    <div aria-labelledby="bui-8" aria-label="Selected I am not a protected veteran. " tabindex="0" class="an">
      <input aria-hidden="true" role="combobox" id="bui-9" tabindex="-1"
        style="opacity:0;width:0;overflow:hidden;border:none;padding:0"></div>
  </div><div class="al"><svg data-baseweb="icon"><title>open</title></svg></div></div></div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ABasewebSelectsAnnouncedChoiceIsItsValueNotItsName) {
  auto snapshot = applier::testing::ReadHtmlPage(kBasewebSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_label;
  for (const auto& field : snapshot->fields) by_label[field.label] = &field;
  ASSERT_EQ(snapshot->fields.size(), 4u);
  ASSERT_TRUE(by_label.contains("Years of relevant experience"));
  EXPECT_EQ(by_label["Years of relevant experience"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Years of relevant experience"]->value, "6-10 years");
  // The page's own aria-label after the announcement names the box.
  ASSERT_TRUE(by_label.contains("Where do you live?"));
  EXPECT_EQ(by_label["Where do you live?"]->value, "St. Louis, MO, United States");
  ASSERT_TRUE(by_label.contains("Highest level of education"));
  EXPECT_EQ(by_label["Highest level of education"]->value, "");
  ASSERT_TRUE(by_label.contains("Veteran status"));
  EXPECT_EQ(by_label["Veteran status"]->kind, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Veteran status"]->value, "I am not a protected veteran");
}

// Base Web's PhoneInput: the country picker is a searchable Select whose input is
// named "Select country" and emptied once a country is chosen; the choice shows
// beside it as the country's flag alone, the dialling code outside the picker.
constexpr char kBasewebPhone[] = R"HTML(<!doctype html><html><body><form>
<label data-baseweb="form-control-label" for="bui-12">Phone number</label>
<div data-baseweb="phone-input" class="ba"><div class="bb">
  <div class="bc"><div data-baseweb="select" class="bd"><div class="be"><div class="bf">
    <div class="bg"><span data-iso="US">&#x1F1FA;&#x1F1F8;</span></div>
    <div><input aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" aria-label="Select country"
      autocomplete="chrome-off" id="bui-10" role="combobox" style="width:0" value=""></div>
  </div><div class="bh"><svg data-baseweb="icon"><title>open</title></svg></div></div></div></div>
  <div class="bi">+1</div>
  <div data-baseweb="base-input"><input id="bui-12" type="tel" name="phone" autocomplete="tel-national"
    aria-label="Please enter a phone number without the country dial code."></div>
</div></div>
</form></body></html>)HTML";

TEST(ComboboxValueTest, ACountryPickerShowingAFlagAloneHasThatCountryChosen) {
  auto snapshot = applier::testing::ReadHtmlPage(kBasewebPhone);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Field* picker = nullptr;
  for (const auto& field : snapshot->fields) {
    if (field.kind == ControlKind::kCombobox) picker = &field;
  }
  ASSERT_NE(picker, nullptr);
  EXPECT_EQ(picker->label, "Select country");
  EXPECT_EQ(picker->value, "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8");  // the US flag
}

}  // namespace
}  // namespace applier::perception
