// A control's name comes from what labels it, never from what it shows: Workday's
// dropdown buttons list themselves in aria-labelledby ("label button"), so a
// person hears "State, Select One"; the field is "State" and "Select One" is its
// (empty) choice. An aria-label that repeats only the question of a longer
// visible label ("Are you able to work this schedule?" under "This role is
// hybrid, three days a week in our office. Are you able to work this
// schedule?") loses the lead-in the question needs: the visible label names it.
#include <map>
#include <string>
#include <vector>

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

// Angular Material's mat-select (to v18) names itself by the form field's label
// and the value element it draws inside itself ("label-id value-id"): the field
// is "Indicatif", not "Indicatif FR +33", and its name does not change with its
// value.
constexpr char kLabelAndOwnValue[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<mat-form-field><label id="lbl-0" for="sel-0">Indicatif</label>
  <div id="sel-0" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false"
    aria-labelledby="lbl-0 val-0"><div id="val-0"><span>FR +33</span></div></div></mat-form-field>
<mat-form-field><label id="lbl-1" for="sel-1">Civilité</label>
  <div id="sel-1" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false"
    aria-labelledby="lbl-1 val-1"><div id="val-1"><span></span></div></div></mat-form-field>
<div id="sel-2" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false"
  aria-labelledby="val-2"><span id="val-2">Pays</span></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AValueDrawnInsideTheControlIsNoPartOfItsName) {
  auto snapshot = applier::testing::ReadHtmlPage(kLabelAndOwnValue);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  // Named only by what it holds, that is its name.
  EXPECT_EQ(labels, (std::vector<std::string>{"Indicatif", "Civilité", "Pays"}));
}

// Material Components Web's select draws its floating label and its selected text
// inside its anchor, which lists both in aria-labelledby ("label-id text-id"): once
// a choice is made the field is still "Town", not "Town Varna", so its name does
// not change with its value.
constexpr char kMdcSelects[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.mdc-menu-surface { display: none; }
</style></head><body><form>
<div class="mdc-select"><input type="hidden" name="town" value="varna">
  <div class="mdc-select__anchor" role="button" tabindex="0" aria-haspopup="listbox"
    aria-expanded="false" aria-labelledby="town-label town-text">
    <span class="mdc-notched-outline"><span class="mdc-floating-label" id="town-label">Town</span></span>
    <span class="mdc-select__selected-text-container"><span class="mdc-select__selected-text"
      id="town-text">Varna</span></span></div>
  <div class="mdc-select__menu mdc-menu mdc-menu-surface"><ul class="mdc-deprecated-list" role="listbox">
    <li role="option" data-value="" aria-selected="false"></li>
    <li role="option" data-value="sofia" aria-selected="false">Sofia</li>
    <li role="option" data-value="varna" aria-selected="true">Varna</li></ul></div></div>
<div class="mdc-select"><input type="hidden" name="level" value="">
  <div class="mdc-select__anchor" role="button" tabindex="0" aria-haspopup="listbox"
    aria-expanded="false" aria-labelledby="level-label level-text">
    <span class="mdc-notched-outline"><span class="mdc-floating-label" id="level-label">Education</span></span>
    <span class="mdc-select__selected-text-container"><span class="mdc-select__selected-text"
      id="level-text"></span></span></div>
  <div class="mdc-select__menu mdc-menu mdc-menu-surface"><ul class="mdc-deprecated-list" role="listbox">
    <li role="option" data-value="" aria-selected="true"></li>
    <li role="option" data-value="ba" aria-selected="false">Bachelor</li></ul></div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AChoiceShownInsideTheControlBesideItsLabelIsNoPartOfItsName) {
  auto snapshot = applier::testing::ReadHtmlPage(kMdcSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  std::vector<std::string> values;
  for (const auto& field : snapshot->fields) {
    labels.push_back(field.label);
    values.push_back(field.value);
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"Town", "Education"}));
  // What each shows is its choice alone, without the label drawn beside it.
  EXPECT_EQ(values, (std::vector<std::string>{"Varna", ""}));
}

constexpr char kShortAriaLabel[] = R"HTML(<!doctype html><html><body><form>
<div><label for="q4">This role is hybrid, three days a week in our office. Are you able to work this schedule?</label>
  <select id="q4" name="q4" aria-label="Are you able to work this schedule?">
    <option value="">Select</option><option value="Y">Yes</option><option value="N">No</option></select></div>
<div><label for="cur">Currency</label>
  <select id="cur" name="cur" aria-label="Select the currency of your salary expectation">
    <option value="USD">USD</option><option value="EUR">EUR</option></select></div>
<div><label for="q5">We work from our Lisbon office two days a week. Can you do that?</label>
  <x-select id="q5" aria-label="Can you do that?"></x-select></div>
</form>
<script>
customElements.define('x-select', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<button type="button" role="combobox" aria-haspopup="listbox">Select</button>';
    root.querySelector('button').setAttribute('aria-label', this.getAttribute('aria-label'));
  }
});
</script></body></html>)HTML";

TEST(AccessibleNameTest, AnAriaLabelRepeatingTheEndOfTheVisibleLabelGivesWayToIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kShortAriaLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_TRUE(by_name.count("q4") && by_name.count("cur"));
  EXPECT_EQ(by_name["q4"]->label,
            "This role is hybrid, three days a week in our office. Are you able to work this "
            "schedule?");
  EXPECT_EQ(by_name["cur"]->label, "Select the currency of your salary expectation");
  // The same when the control sits in a web component's shadow root and the
  // label points at the component.
  bool found = false;
  for (const auto& field : snapshot->fields) {
    if (field.label.starts_with("We work from our Lisbon office")) found = true;
  }
  EXPECT_TRUE(found);
}

// A placeholder that only says what to do ("Select all that apply", "Search…",
// "Bitte wählen") names no field: the label beside the box does. A placeholder
// that names what goes in still names a box that has nothing else, also once a
// title repeats the value chosen.
constexpr char kPromptPlaceholders[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="q"><label>Race / ethnicity</label><div class="chips"><input name="race" placeholder="Select all that apply"></div></div>
<div class="q"><span>Wohnort</span><div><input name="ort" placeholder="Bitte wählen…"></div></div>
<div class="q"><input name="mail" placeholder="Your email address"></div>
<div class="q"><input name="end" placeholder="End year" value="2017" title="2017" readonly></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, APlaceholderThatOnlySaysWhatToDoGivesWayToTheLabelBeside) {
  auto snapshot = applier::testing::ReadHtmlPage(kPromptPlaceholders);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> label_of;
  for (const auto& field : snapshot->fields) label_of[field.name] = field.label;
  EXPECT_EQ(label_of["race"], "Race / ethnicity");
  EXPECT_EQ(label_of["ort"], "Wohnort");
  EXPECT_EQ(label_of["mail"], "Your email address");
  // A title repeating the value (Ant Design's pickers) is the answer, not the name.
  EXPECT_EQ(label_of["end"], "End year");
}

// Quasar's QCheckbox and QToggle with their words in the default slot (a link to
// the privacy policy inside): <div role=checkbox|switch tabindex=0> holding the
// box (aria-hidden, with the form's native input) and <div class=q-checkbox__label>
// with the words, no aria-label. ARIA names a checkbox by its content: those words
// are its name, and the required mark at their end makes it required.
constexpr char kQuasarCheckboxes[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.hidden { display: none !important }
</style></head><body><form class="q-form">
<div class="q-field__native"><label class="q-field" for="f_9"><div class="q-field__label">Observações</div>
  <textarea id="f_9" name="obs" aria-label="Observações"></textarea></label></div>
<div class="q-mb-md"><div class="q-checkbox cursor-pointer" tabindex="0" role="checkbox" aria-checked="false">
  <div class="q-checkbox__inner" aria-hidden="true"><input class="hidden q-checkbox__native" type="checkbox" name="rgpd" value="true">
    <div class="q-checkbox__bg"></div></div>
  <div class="q-checkbox__label">Li e aceito a <a href="#p">Política de Privacidade</a> para este processo de recrutamento. *</div>
</div></div>
<div class="q-mb-md"><div class="q-toggle cursor-pointer" tabindex="0" role="switch" aria-checked="false">
  <div class="q-toggle__inner" aria-hidden="true"><input class="hidden q-toggle__native" type="checkbox" name="futuros" value="true">
    <div class="q-toggle__track"></div></div>
  <div class="q-toggle__label">Autorizo a conservação dos meus dados para futuros processos de recrutamento.</div>
</div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AnAriaCheckboxWithoutAnAriaLabelIsNamedByItsContent) {
  auto snapshot = applier::testing::ReadHtmlPage(kQuasarCheckboxes);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 3u) << snapshot->text;
  const auto& consent = snapshot->fields[1];
  EXPECT_EQ(consent.kind, ControlKind::kCheckbox);
  EXPECT_EQ(consent.label,
            "Li e aceito a Política de Privacidade para este processo de recrutamento.");
  EXPECT_TRUE(consent.required);
  const auto& keep = snapshot->fields[2];
  EXPECT_EQ(keep.label,
            "Autorizo a conservação dos meus dados para futuros processos de recrutamento.");
  EXPECT_FALSE(keep.required);
}

// Semantic UI's and Fomantic-UI's "ui labeled input": the field's <label> (no
// for=) over a wrapper that draws the currency before the box and the period
// after it. The "$" in the box's row is its unit, not its name; a word drawn
// before a box in its row ("City") still names it.
constexpr char kLabeledInput[] = R"HTML(<!doctype html><html><head><style>
  .ui.input { display:flex } .ui.label { padding:6px 10px; background:#e8e8e8 }
</style></head><body><form class="ui form" style="padding:20px">
<div class="required field"><label>Desired Annual Salary</label>
  <div class="ui right labeled input"><div class="ui label">$</div>
    <input type="text" name="amount_1" placeholder="Amount"><div class="ui basic label">USD / year</div></div></div>
<div class="field"><div class="ui labeled input"><div class="ui label">City</div>
  <input type="text" name="c_2" placeholder="e.g. Boston"></div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, ACurrencyDrawnBeforeTheBoxIsItsUnitNotItsName) {
  auto snapshot = applier::testing::ReadHtmlPage(kLabeledInput);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Desired Annual Salary", "City"}));
}

// Forms built from divs (a React form that never sets htmlFor, a <label> with no
// for, a styled <div> over the box) name a box only by the text above it. Between
// the two there may be the box's own help text, which it points at with
// aria-describedby: that describes the box, it does not name it. And a placeholder
// that gives an example ("z. B. 65.000", "e.g. Acme") is a hint of the format, not
// the box's name, when the text above names it; nor is a sample value ("Nguyễn
// Văn A") when a label sits above the wrappers around the box.
constexpr char kUntiedLabels[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<section><div class="q">Why do you want to work with us?</div>
  <p id="why-help">A few sentences are enough.</p>
  <textarea name="why" aria-describedby="why-help"></textarea></section>
<div class="form-group"><label class="control-label">Gehaltsvorstellung (brutto/Jahr)</label>
  <div class="input-group"><input name="salary" type="text" placeholder="z. B. 65.000">
    <select name="currency" aria-label="Währung"><option>EUR</option><option>USD</option></select>
  </div></div>
<div><label>Current employer</label>
  <div><input name="employer" placeholder="e.g. Acme Corp"><select aria-label="Since">
    <option>2020</option></select></div></div>
<div><input name="nickname" placeholder="e.g. Sam"></div>
<div class="item"><div class="item__label">Anos de experiência</div><div class="number">
  <div class="handlers"><span role="button" aria-label="Increase">▲</span><span role="button"
    aria-label="Decrease">▼</span></div><div class="input-wrap"><input name="years" role="spinbutton"></div></div></div>
<div><div>Gaji yang diharapkan</div><div class="input-group" style="display:flex"><span>Rp</span>
  <input name="gaji"></div></div>
<div><label>Gaji terakhir</label><div style="display:flex"><span>Rp</span>
  <input name="gaji_lalu" placeholder="contoh: 15.000.000"><span>/ bulan</span></div></div>
<div data-field="course" style="position:relative"><div style="position:absolute;top:6px;left:8px">Curso</div>
  <div><input name="course" style="padding:6px"><fieldset aria-hidden="true"><legend><span>Curso</span></legend></fieldset></div></div>
<table><tr><th scope="row"><span>휴대폰 번호</span></th><td><div class="hp_row">
  <select name="hp_country" aria-label="국가번호"><option>+82</option></select>
  <input name="phone" placeholder="01012345678"></div><span>'-' 없이 숫자만 입력해 주세요.</span></td></tr></table>
<div class="item"><div class="item__label">Họ và tên</div><div class="item__content"><div class="input">
  <div class="input__wrapper"><input name="fullname" placeholder="Nguyễn Văn A"></div></div></div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AnUntiedLabelNamesTheBoxPastItsHelpTextAndExamplePlaceholder) {
  auto snapshot = applier::testing::ReadHtmlPage(kUntiedLabels);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["why"], "Why do you want to work with us?");
  EXPECT_EQ(labels["salary"], "Gehaltsvorstellung (brutto/Jahr)");
  EXPECT_EQ(labels["employer"], "Current employer");
  // With nothing else to name it, the example is all there is.
  EXPECT_EQ(labels["nickname"], "e.g. Sam");
  // Above the wrappers a component library draws around its box, which hold
  // nothing to read.
  EXPECT_EQ(labels["fullname"], "Họ và tên");
  // Past the step buttons a number box draws before itself.
  EXPECT_EQ(labels["years"], "Anos de experiência");
  // Past a currency drawn in the box's row; by the header of its table row, over a
  // sample number for a placeholder.
  EXPECT_EQ(labels["gaji"], "Gaji yang diharapkan");
  EXPECT_EQ(labels["gaji_lalu"], "Gaji terakhir");
  // A short word drawn over the box (a floating label) is its name, not a unit.
  EXPECT_EQ(labels["course"], "Curso");
  EXPECT_EQ(labels["phone"], "휴대폰 번호");
}

// react-aria-components' DropZone names itself with aria-labelledby (its Label
// beside it) and holds a FileTrigger: a "Browse" button and a display:none file
// input with no name of its own. The labelled container around the one control
// names it, not the button's words before it; a container around two controls
// names neither.
constexpr char kLabelledContainer[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div class="upload"><span id="cv-label">Resume</span>
  <div class="drop-zone" aria-labelledby="cv-label">
    <span>Drag a file here, or</span> <button type="button">Browse files</button>
    <input type="file" accept=".pdf" style="display:none"><span role="status">No file chosen</span></div></div>
<div role="group" aria-label="Phone"><input type="text" name="code" value="+1"> <input type="tel" name="number"></div>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(AccessibleNameTest, ALabelledContainerNamesItsOnlyUnlabelledControl) {
  auto snapshot = applier::testing::ReadHtmlPage(kLabelledContainer);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  ASSERT_EQ(snapshot->fields.size(), 3u);
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kFile);
  EXPECT_EQ(labels[0], "Resume");
  EXPECT_NE(labels[1], "Phone");
  EXPECT_NE(labels[2], "Phone");
}

// Element UI's el-upload (Cognito Forms' File Upload field): the drop zone's
// prompt and its browse button ("Seret fail ke sini atau Muat naik", "Drag files
// here or Upload") before a display:none file input say how to give the file;
// the field's label above the zone names it.
constexpr char kDropZonePrompt[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div class="cog-field"><div class="cog-label">Resume / CV<span aria-hidden="true">*</span></div>
  <div class="cog-input cog-upload"><div class="el-upload el-upload--text" tabindex="0">
    <div class="el-upload-dragger"><div class="el-upload__text">Seret fail ke sini atau</div>
      <button type="button" class="el-button">Muat naik</button></div>
    <input type="file" name="cv" class="el-upload__input" style="display:none"></div>
    <ul class="el-upload-list"></ul></div></div>
<div class="cog-field"><div class="cog-label">Cover letter</div>
  <div class="cog-input cog-upload"><div class="el-upload el-upload--text" tabindex="0">
    <div class="el-upload-dragger"><div class="el-upload__text">Drag files here or</div>
      <button type="button" class="el-button">Upload</button></div>
    <input type="file" name="cover" class="el-upload__input" style="display:none"></div></div></div>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(AccessibleNameTest, ADropZonesPromptIsNoNameOfItsUpload) {
  auto snapshot = applier::testing::ReadHtmlPage(kDropZonePrompt);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["cv"], "Resume / CV");
  EXPECT_EQ(labels["cover"], "Cover letter");
}

// Component libraries draw their own parts inside the wrappers around a box: a
// number box's step buttons (▲ ▼), a date picker's icon, the prompt a select
// shows while nothing is chosen ("请选择", "Chọn", drawn before or after its
// search input), a format hint for a placeholder ("dd/mm/aaaa", "ΗΗ/ΜΜ/ΕΕΕΕ").
// None of it names the box, and none of it is a step further from its label: the
// label drawn as a <div> in the form item's own label column (Ant Design,
// Element Plus, Bootstrap forms without `for`) names the box.
constexpr char kLabelPastWidgetParts[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="item"><div class="item-row"><div class="col label"><div class="req">Anos de experiência</div></div>
  <div class="col control"><div class="control-input"><div class="control-content"><div class="number">
    <div class="handlers"><span role="button" aria-label="Increase">▲</span><span role="button"
      aria-label="Decrease">▼</span></div>
    <div class="input-wrap"><input name="years" role="spinbutton"></div></div></div></div></div></div></div>
<div class="item"><div class="col label"><div class="req">最高学历</div></div>
  <div class="col control"><div class="control-input"><div class="control-content"><div class="select">
    <div class="selector"><span class="search"><input name="degree" role="combobox" aria-expanded="false"
      readonly style="opacity:0"></span><span class="placeholder">请选择</span></div>
    <span class="arrow">▾</span></div></div></div></div></div>
<div class="item"><div class="label">Vị trí ứng tuyển</div>
  <div class="content"><div class="el-select"><div class="el-select__wrapper"><div class="selection">
    <div class="selected-item placeholder"><span>Chọn</span></div>
    <div class="selected-item input-wrapper"><input name="position" role="combobox" readonly></div></div>
    <div class="suffix"><i class="caret">▾</i></div></div></div></div></div>
<div class="item"><div class="col label"><div class="req">Disponibilidade para início</div></div>
  <div class="col control"><div class="control-input"><div class="control-content"><div class="picker">
    <div class="picker-input"><input name="start" placeholder="dd/mm/aaaa" size="12"><span class="suffix">📅</span>
    </div></div></div></div></div></div>
<div class="mb-3"><div class="form-label">Ημερομηνία έναρξης</div>
  <div class="input-group"><input name="enarxi" class="form-control" placeholder="ΗΗ/ΜΜ/ΕΕΕΕ"><span
    class="input-group-text">📅</span></div></div>
<div><input name="birthday" placeholder="TT.MM.JJJJ"></div>
<div class="group"><div>Land<span aria-hidden="true">*</span></div><div class="ng-select ng-has-value">
  <div class="ng-select-container"><div class="ng-value-container"><div class="ng-placeholder"
    style="display:none">Bitte wählen</div><div class="ng-value"><span class="ng-value-label">Deutschland</span></div>
    <div class="ng-input"><input name="land" role="combobox" aria-expanded="false"></div></div>
    <span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div></div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AComponentsOwnPartsNeitherNameTheBoxNorStandBetweenItAndItsLabel) {
  auto snapshot = applier::testing::ReadHtmlPage(kLabelPastWidgetParts);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["years"], "Anos de experiência");
  EXPECT_EQ(labels["degree"], "最高学历");
  EXPECT_EQ(labels["position"], "Vị trí ứng tuyển");
  EXPECT_EQ(labels["start"], "Disponibilidade para início");
  EXPECT_EQ(labels["enarxi"], "Ημερομηνία έναρξης");
  // The choice a select shows (a preset "Deutschland") is its value, not its name.
  EXPECT_EQ(labels["land"], "Land");
  // With nothing else to name it, the format hint is all there is.
  EXPECT_EQ(labels["birthday"], "TT.MM.JJJJ");
}

// A phone box drawn with its country picker in one wrapper (intl-tel-input,
// react-phone-number-input) under a loose label: the picker names itself
// ("Choose country") and shows the dial code; the label over the two names the
// number box, not the picker's "+966", and not the sample number placeholder.
constexpr char kPhoneUnderLooseLabel[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="form-group"><div><span>Mobile number</span><span class="req">*</span></div>
  <div class="iti iti--separate-dial-code"><div class="iti__flag-container">
    <div class="iti__selected-flag" role="combobox" aria-haspopup="listbox" aria-expanded="false"
      aria-controls="countries" aria-label="Choose country" tabindex="0" title="Saudi Arabia: +966">
      <span class="iti__flag">sa</span><span class="iti__selected-dial-code">+966</span></div>
    <ul id="countries" role="listbox" hidden><li role="option">Saudi Arabia +966</li></ul></div>
  <input type="tel" name="mobile" placeholder="050 123 4567"></div></div>
<div class="form-group"><div>Work phone</div><div class="PhoneInput">
  <select aria-label="Phone number country"><option>US +1</option><option selected>DE +49</option></select>
  <input type="tel" name="work"></div></div>
<div class="item"><div class="col-label"><label for="tel2">手机号</label></div><div class="col-control">
  <div class="content"><span class="compact"><div class="select"><div class="selector"><span class="search"><input
    name="prefix2" role="combobox" aria-expanded="false" readonly style="opacity:0"></span><span
    class="selection-item" title="+86 中国大陆">+86 中国大陆</span></div></div><input type="tel" id="tel2" name="tel2"
    placeholder="请输入手机号"></span></div></div></div>
<div class="item"><div class="col-label"><div>手机号</div></div><div class="col-control">
  <div class="content"><span class="compact"><div class="select"><div class="selector"><span class="search"><input
    name="prefix3" role="combobox" aria-expanded="false" readonly style="opacity:0"></span><span
    class="selection-item" title="+86 中国大陆">+86 中国大陆</span></div></div><input type="tel" name="tel3"
    placeholder="请输入手机号"></span></div></div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, APhoneBoxBesideItsNamedCountryPickerIsNamedByTheLabelOverBoth) {
  auto snapshot = applier::testing::ReadHtmlPage(kPhoneUnderLooseLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["mobile"], "Mobile number");
  EXPECT_EQ(labels["work"], "Work phone");
  // The label over a dial-code picker and its number box names the number, whether
  // it is tied to it or not; the picker is known by the dial codes it shows.
  EXPECT_EQ(labels["tel2"], "手机号");
  EXPECT_NE(labels["prefix2"], "手机号");
  EXPECT_EQ(labels["tel3"], "手机号");
  EXPECT_NE(labels["prefix3"], "手机号");
}

// An amount box between selects that name themselves (Bootstrap's input-group
// with add-ons: a currency before, a pay period after, each with its aria-label)
// under a loose label: the label over the group names the box, not its
// placeholder; the selects keep their own names.
constexpr char kAmountBetweenNamedSelects[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8">
<style>.input-group, .row { display: flex; }</style></head><body><form>
<div class="form-group"><label>Expected Pay Rate <span class="text-danger">*</span></label>
  <div class="input-group"><div class="input-group-prepend"><select name="currency" aria-label="Currency">
    <option selected>USD</option><option>CAD</option></select></div>
  <input type="number" name="rate" placeholder="Amount">
  <div class="input-group-append"><select name="period" aria-label="Pay frequency">
    <option selected>Per Hour</option><option>Per Annum</option></select></div></div></div>
<div class="form-group"><div>Full name</div>
  <div class="row"><input name="first" aria-label="First name"><input name="last" placeholder="Last name"></div></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AnAmountBetweenSelectsNamingThemselvesIsNamedByTheLabelOverTheGroup) {
  auto snapshot = applier::testing::ReadHtmlPage(kAmountBetweenNamedSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["rate"], "Expected Pay Rate");
  EXPECT_EQ(labels["currency"], "Currency");
  EXPECT_EQ(labels["period"], "Pay frequency");
  // Boxes beside a box are no add-ons: the label over two name boxes is neither's.
  EXPECT_EQ(labels["first"], "First name");
  EXPECT_EQ(labels["last"], "Last name");
}

// Bootstrap's floating labels come after their box (`.form-floating > textarea +
// label`), a page without `for` leaves them loose; a placeholder there only says
// what to do ("Γράψτε εδώ", "Type here"), the label names the box.
constexpr char kFloatingLabelAfterBox[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="form-floating"><textarea name="why" placeholder="Γράψτε εδώ" required></textarea>
  <label>Γιατί θέλετε να εργαστείτε μαζί μας; <span class="text-danger">*</span></label>
  <div class="invalid-feedback">Γράψτε λίγα λόγια.</div></div>
<div class="form-floating"><input name="city" placeholder="City"><label>Ciudad de residencia</label></div>
<div><div>Anything else?</div><textarea name="notes" placeholder="Type here..."></textarea></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AFloatingLabelAfterItsBoxNamesIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kFloatingLabelAfterBox);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["why"], "Γιατί θέλετε να εργαστείτε μαζί μας;");
  EXPECT_EQ(labels["city"], "Ciudad de residencia");
  EXPECT_EQ(labels["notes"], "Anything else?");
}

// A list names its items as a whole ("Uploaded files"); a control in one item (the
// document type of one uploaded file) is named by the text beside it.
constexpr char kControlInANamedList[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<ul class="file-list" aria-label="Hochgeladene Dateien"><li class="file"><span>resume.pdf</span>
  <span>(3 KB)</span><div class="file-type"><div>Dokumenttyp<span aria-hidden="true">*</span></div>
  <select name="documents[0].type"><option value="">Bitte wählen</option><option>Lebenslauf</option></select>
  </div></li></ul>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AListsNameIsNoNameOfAControlInOneOfItsItems) {
  auto snapshot = applier::testing::ReadHtmlPage(kControlInANamedList);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields[0].label, "Dokumenttyp");
}

// Between a loose label and its box a page may say for screen readers that the
// field is required (LinkedIn's forms: a visually hidden "Required"): a required
// mark, not the box's name.
constexpr char kRequiredWordBesideBox[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px); }
</style></head><body><form>
<div class="element"><div class="label"><span aria-hidden="true">Email</span><span class="visually-hidden">Email</span>
  </div><span class="visually-hidden">Required</span><select name="email" required><option>Select an option</option>
  <option>jordan@example.com</option></select></div>
<div class="element"><div class="label">Ville</div><span class="hint">(obligatoire)</span><input name="ville"></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, ARequiredWordBesideTheBoxIsNoName) {
  auto snapshot = applier::testing::ReadHtmlPage(kRequiredWordBesideBox);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["email"], "Email");
  EXPECT_EQ(labels["ville"], "Ville");
}

// The last step of a wizard shows what was entered (a review list) above the
// consent box, which SAP UI5 draws as a role=checkbox around a native checkbox
// and its label: the review names nothing, whatever the depth of the wrappers.
constexpr char kConsentUnderReview[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form><section>
<h2>Überprüfen</h2><p>Bitte prüfen Sie Ihre Angaben.</p>
<dl class="review"><dt>Vorname</dt><dd>Jordan</dd><dt>Nachname</dt><dd>Rivera</dd></dl>
<div class="grid"><div class="form-element"><div class="sapMCb" role="checkbox" aria-checked="false" tabindex="0"
  aria-required="true" aria-labelledby="cb-label"><div class="sapMCbBg"><input type="checkbox" tabindex="-1"
  name="consent"></div><span class="sapMCbLabel" id="cb-label">Ich willige in die Verarbeitung meiner Daten
  ein. (<a href="#">Datenschutzerklärung</a>)</span></div></div></div>
</section></form></body></html>)HTML";

TEST(AccessibleNameTest, AReviewListAboveAConsentBoxNamesNothing) {
  auto snapshot = applier::testing::ReadHtmlPage(kConsentUnderReview);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_FALSE(snapshot->fields.empty());
  for (const auto& field : snapshot->fields) {
    EXPECT_EQ(field.label.find("Vorname"), std::string::npos) << field.label;
  }
}

// A dropdown drawn as a focusable div (Bullhorn's Novo Elements novo-select: a
// trigger showing the choice in a span) under a label tied to no element: the
// choice it shows is its value, no words between it and its label, so choosing
// keeps its name (it read "" once a choice was made).
constexpr char kDrawnDropdownsShowingChoices[] = R"HTML(<!doctype html><html><head>
<meta charset="utf-8"></head><body><form>
<novo-control><div class="outer"><label class="novo-control-label" for="x-1">Veteran Status</label>
  <div class="inner required"><div class="inner-input"><i class="required-indicator bhi-check"></i>
    <div class="novo-control-input select"><novo-select><div tabindex="0" type="button" class="">
      <span class="selected-label">Non-Veteran</span><i class="bhi-collapse"></i></div></novo-select></div></div>
  <div class="field-message"><span class="description">Voluntary Self-Identification Form</span></div>
</div></div></novo-control>
<novo-control><div class="outer"><label class="novo-control-label" for="x-2">Disability Status</label>
  <div class="inner required"><div class="inner-input"><i class="required-indicator bhi-circle"></i>
    <div class="novo-control-input select"><novo-select><div tabindex="0" type="button" class="empty">
      <span class="selected-label"></span><i class="bhi-collapse"></i></div></novo-select></div></div>
  <div class="field-message"><span class="description">Voluntary Self-Identification of Disability</span></div>
</div></div></novo-control>
</form></body></html>)HTML";

TEST(AccessibleNameTest, ADrawnDropdownShowingItsChoiceKeepsTheLabelAboveIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kDrawnDropdownsShowingChoices);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Veteran Status", "Disability Status"}));
}

// A chips picker (Novo Elements' novo-chips) draws its "clear all" control as a
// <label> after its box once a chip is in: the widget's own part, never the row's
// label, which comes before the box (it named the field "CLEAR ALL").
constexpr char kChipsPickerWithClearAll[] = R"HTML(<!doctype html><html><head>
<meta charset="utf-8"></head><body><form>
<novo-control><div class="outer"><label class="novo-control-label" for="x-3">Ethnicity / Race</label>
  <div class="inner"><div class="novo-control-input picker"><div class="input-container">
    <novo-chips><div class="novo-chip-container"><novo-chip class="novo-chip"><span class="novo-chip-label">Asian</span>
        <i class="bhi-close"></i></novo-chip></div>
      <div class="chip-input-container"><novo-picker><input type="text" class="picker-input"
        placeholder="Select all that apply" autocomplete="off"></novo-picker></div>
      <i class="bhi-search"></i><label class="clear-all">CLEAR ALL <i class="bhi-times"></i></label></novo-chips>
  </div></div></div></div></novo-control>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AClearAllLabelAfterAChipsBoxIsNoName) {
  auto snapshot = applier::testing::ReadHtmlPage(kChipsPickerWithClearAll);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields[0].label, "Ethnicity / Race");
}

// Microsoft Forms names each box by its question's title and, after it, a note
// drawn only for screen readers ("Required to answer. Single line text."): the
// title a person sees is the box's name. A note alone still names a box.
constexpr char kScreenReaderNote[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
</style></head><body><form>
<div><span role="heading" aria-level="3"><span id="t1">Mobile number (with country code)</span>
  <span aria-hidden="true">*</span><span class="sr" id="i1">Required to answer. Single line text.</span></span>
  <input name="phone" aria-labelledby="t1 i1" aria-label="Single line text"></div>
<div><span role="heading" aria-level="3"><span id="t2">Skills</span>
  <span class="sr" id="i2">Multiple choice.</span></span>
  <div role="group" aria-labelledby="t2 i2">
    <label><input type="checkbox" name="s" value="go"> Go</label>
    <label><input type="checkbox" name="s" value="cpp"> C++</label></div></div>
<div><span class="sr" id="i3">Search the site</span><input name="q" aria-labelledby="i3"></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, AScreenReaderNoteBesideTheTitleIsNoPartOfTheName) {
  auto snapshot = applier::testing::ReadHtmlPage(kScreenReaderNote);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["phone"], "Mobile number (with country code)");
  EXPECT_EQ(labels["s"], "Skills");
  EXPECT_EQ(labels["q"], "Search the site");
}

// Workday's dropdown buttons in its newer markup speak their label, what they show
// and the required mark in one aria-label ("Pays France Obligatoire", "État
// Sélectionnez une valeur Obligatoire"): the field is "Pays" / "État", whatever is
// chosen. An aria-label that merely contains other words keeps them all.
constexpr char kAriaLabelWithChoice[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div><label>Pays</label>
  <button type="button" name="country" aria-haspopup="listbox" aria-expanded="false"
    aria-label="Pays France Obligatoire">France</button></div>
<div><label>État</label>
  <button type="button" name="region" aria-haspopup="listbox" aria-expanded="false"
    aria-label="État Sélectionnez une valeur Obligatoire">Sélectionnez une valeur</button></div>
<div><button type="button" name="gender" aria-haspopup="listbox" aria-expanded="false"
    aria-label="Genre Femme">Femme</button></div>
<div><button type="button" name="size" aria-haspopup="listbox" aria-expanded="false"
    aria-label="Taille de l'équipe souhaitée">Petite</button></div>
</form></body></html>)HTML";

TEST(AccessibleNameTest, ADropdownAriaLabelLosesTheChoiceItShowsAndItsRequiredMark) {
  auto snapshot = applier::testing::ReadHtmlPage(kAriaLabelWithChoice);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  std::map<std::string, bool> required;
  for (const auto& field : snapshot->fields) {
    labels[field.name] = field.label;
    required[field.name] = field.required;
  }
  // The closing "Obligatoire" marks the field required; the label beside the
  // button is tied to nothing, so its star cannot.
  EXPECT_TRUE(required["country"]);
  EXPECT_TRUE(required["region"]);
  EXPECT_FALSE(required["gender"]);
  EXPECT_EQ(labels["country"], "Pays");
  EXPECT_EQ(labels["region"], "État");
  EXPECT_EQ(labels["gender"], "Genre");
  EXPECT_EQ(labels["size"], "Taille de l'équipe souhaitée");
}

}  // namespace
}  // namespace applier::perception
