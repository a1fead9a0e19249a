// Radios and checkboxes a component library renders without a name attribute
// (Ant Design's Radio.Group and Checkbox.Group inside a Form.Item whose label
// points at the group's wrapper): each group is one question named by that
// label, while unnamed checkboxes that merely sit side by side stay separate.
// Server frameworks' checkbox lists name each box by the list and its position
// (ASP.NET's CheckBoxList, PHP/Rails "name[0]"): one question too.
// Design systems built on web components draw each radio inside its own
// button element's shadow root, under a group element in the page that carries
// the role, the name and the required mark: one question named by that group.
#include <map>
#include <string>
#include <vector>

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

// Radix UI primitives as shadcn/ui's Form renders them: the question's label
// names the RadioGroup by its id (not a labelable element), each RadioGroupItem
// is an empty role=radio button named by its own <label for>, and beside each
// button, and beside Select's combobox button, sits a "bubble" input hidden from
// screen readers and the tab order that only carries the value for a form post.
// The group is one question with the button's options; the bubble inputs are no
// fields and no options.
constexpr char kRadixPrimitives[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div><label for="q">Are you legally authorized to work in the United States? <span aria-hidden="true">*</span></label>
  <div role="radiogroup" id="q" tabindex="0">
    <div><button type="button" role="radio" aria-checked="false" value="yes" id="qy"></button>
      <input type="radio" aria-hidden="true" tabindex="-1" name="auth" value="yes" style="position:absolute;pointer-events:none;opacity:0;margin:0;width:16px;height:16px">
      <label for="qy">Yes</label></div>
    <div><button type="button" role="radio" aria-checked="false" value="no" id="qn"></button>
      <input type="radio" aria-hidden="true" tabindex="-1" name="auth" value="no" style="position:absolute;pointer-events:none;opacity:0;margin:0;width:16px;height:16px">
      <label for="qn">No</label></div>
  </div></div>
<div><label for="years">Years of experience</label>
  <button type="button" role="combobox" id="years" aria-expanded="false" aria-autocomplete="none" data-placeholder=""><span>Select…</span></button>
  <select aria-hidden="true" tabindex="-1" name="years" style="position:absolute;border:0;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0)">
    <option value=""></option><option value="0-2">0–2 years</option><option value="3-5">3–5 years</option></select></div>
<div><button type="button" role="checkbox" aria-checked="false" value="on" id="ok"></button>
  <input type="checkbox" aria-hidden="true" tabindex="-1" name="consent" value="on" style="position:absolute;pointer-events:none;opacity:0;margin:0;width:16px;height:16px">
  <label for="ok">I accept the privacy notice</label></div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, RadixRadiosNamedByTheirFormLabelsAreOneQuestionWithoutTheirBubbleInputs) {
  auto snapshot = applier::testing::ReadHtmlPage(kRadixPrimitives);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " [" + field.name + "] (" + std::to_string(field.options.size()) +
           " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  std::map<std::string, const Field*> by_label;
  for (const auto& field : snapshot->fields) by_label[field.label] = &field;
  const Field* auth = by_label["Are you legally authorized to work in the United States?"];
  ASSERT_NE(auth, nullptr) << all;
  EXPECT_EQ(auth->kind, ControlKind::kRadioGroup);
  EXPECT_TRUE(auth->required);
  ASSERT_EQ(auth->options.size(), 2u) << all;
  EXPECT_EQ(auth->options[0].label, "Yes");
  EXPECT_EQ(auth->options[1].label, "No");
  ASSERT_NE(by_label["Years of experience"], nullptr) << all;
  EXPECT_EQ(by_label["Years of experience"]->kind, ControlKind::kCombobox);
  ASSERT_NE(by_label["I accept the privacy notice"], nullptr) << all;
  EXPECT_EQ(by_label["I accept the privacy notice"]->kind, ControlKind::kCheckbox);
}

constexpr char kIndexedNames[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<table><tr><td id="t_lbl">Which tools have you used at work? (tick all that apply)</td>
  <td><table class="cbl" aria-labelledby="t_lbl"><tr>
    <td><input id="t_0" type="checkbox" name="main$tools$0" value="Docker"><label for="t_0">Docker</label></td>
    <td><input id="t_1" type="checkbox" name="main$tools$1" value="Go"><label for="t_1">Go</label></td></tr><tr>
    <td><input id="t_2" type="checkbox" name="main$tools$2" value="Rust"><label for="t_2">Rust</label></td></tr></table></td></tr>
<tr><td>Areas</td><td><fieldset><legend>Areas you would like to work in</legend>
  <label><input type="checkbox" name="areas[0]" value="backend"> Backend</label>
  <label><input type="checkbox" name="areas[1]" value="data"> Data</label></fieldset></td></tr>
<tr><td colspan="2"><fieldset><legend>Languages you have worked in</legend><div class="form-checkboxes">
  <div class="form-item"><input type="checkbox" id="l_go" name="langs[go]" value="go"><label for="l_go">Go</label></div>
  <div class="form-item"><input type="checkbox" id="l_cpp" name="langs[cpp]" value="cpp"><label for="l_cpp">C++</label></div></div></fieldset></td></tr>
<tr><td colspan="2"><label><input type="checkbox" name="agree_1"> I accept the privacy policy</label>
  <label><input type="checkbox" name="agree_2"> I accept the terms of use</label>
  <input type="text" name="comment" aria-label="Comment"></td></tr></table>
<button type="submit">Send</button>
</form></body></html>)HTML";

// A multiple selection drawn as ARIA widgets (Typeform's "Choose as many as you
// like": role=checkbox items, each with its key hint and text, in a role=group
// named by the question's title through aria-labelledby): one question whose
// options are the items; a lone ARIA checkbox elsewhere stays its own question.
constexpr char kAriaCheckboxList[] = R"HTML(<!doctype html><html><body><div style="padding:20px">
<h1 id="t">Which of these languages have you shipped production code in?<span>*</span></h1>
<div class="hint">Choose as many as you like</div>
<div role="group" aria-labelledby="t" aria-required="true">
  <div role="checkbox" aria-checked="false" tabindex="0"><div><span>A</span></div><div><span>Go</span></div></div>
  <div role="checkbox" aria-checked="true" tabindex="0"><div><span>B</span></div><div><span>Rust</span></div></div>
  <div role="checkbox" aria-checked="false" tabindex="0"><div><span>C</span></div><div><span>C++</span></div></div>
</div>
<div style="margin-top:30px"><div role="checkbox" aria-checked="false" tabindex="0" aria-label="Keep me posted about other roles"></div></div>
</div></body></html>)HTML";

TEST(ChoiceGroupsTest, AriaCheckboxesOfANamedGroupAreOneQuestion) {
  auto snapshot = applier::testing::ReadHtmlPage(kAriaCheckboxList);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  const auto& languages = snapshot->fields[0];
  EXPECT_EQ(languages.kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_NE(languages.label.find("Which of these languages"), std::string::npos) << all;
  ASSERT_EQ(languages.options.size(), 3u) << all;
  EXPECT_NE(languages.options[2].label.find("C++"), std::string::npos)
      << languages.options[2].label;
  EXPECT_TRUE(languages.options[1].selected);
  EXPECT_FALSE(languages.options[0].selected);
  EXPECT_EQ(snapshot->fields[1].kind, ControlKind::kCheckbox) << all;
}

// Toggle buttons (aria-pressed) in a row: a Yes / No pair is one choice, a row of
// pills whose words say it takes several ("Select all that apply") is a multiple
// choice, each pill on or off, as a checkbox group.
constexpr char kPressedPills[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div role="group" aria-labelledby="yn">
  <p id="yn">Are you legally authorized to work in the United States?</p>
  <div class="row"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div>
</div>
<div>
  <p id="st">Which of these have you used in production?</p>
  <p>Select all that apply</p>
  <div class="pills" role="group" aria-labelledby="st">
    <button type="button" aria-pressed="false">Go</button><button type="button" aria-pressed="true">Rust</button>
    <button type="button" aria-pressed="false">Kafka</button><button type="button" aria-pressed="false">Elixir</button>
  </div>
</div>
<div>
  <p id="sz">What size of team do you prefer?</p>
  <div class="pills" role="group" aria-labelledby="sz">
    <button type="button" aria-pressed="false">1-10</button><button type="button" aria-pressed="false">11-50</button>
    <button type="button" aria-pressed="false">51+</button>
  </div>
</div>
<button type="submit">Apply</button>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, PressedPillsThatTakeSeveralAreACheckboxGroup) {
  auto snapshot = applier::testing::ReadHtmlPage(kPressedPills);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kRadioGroup) << all;
  const auto& stack = snapshot->fields[1];
  EXPECT_EQ(stack.kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_NE(stack.label.find("used in production"), std::string::npos) << all;
  ASSERT_EQ(stack.options.size(), 4u) << all;
  EXPECT_EQ(stack.options[2].label, "Kafka");
  EXPECT_TRUE(stack.options[1].selected);
  EXPECT_FALSE(stack.options[0].selected);
  EXPECT_EQ(snapshot->fields[2].kind, ControlKind::kRadioGroup) << all;
}

TEST(ChoiceGroupsTest, CheckboxesNamedByListAndPositionAreOneQuestion) {
  auto snapshot = applier::testing::ReadHtmlPage(kIndexedNames);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 6u) << all;
  const auto& tools = snapshot->fields[0];
  EXPECT_EQ(tools.kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_EQ(tools.label, "Which tools have you used at work? (tick all that apply)") << all;
  ASSERT_EQ(tools.options.size(), 3u) << all;
  EXPECT_EQ(tools.options[2].label, "Rust");
  const auto& areas = snapshot->fields[1];
  EXPECT_EQ(areas.kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_EQ(areas.label, "Areas you would like to work in") << all;
  // Drupal's checkboxes key each box by its option: "langs[go]" with value "go".
  const auto& languages = snapshot->fields[2];
  EXPECT_EQ(languages.kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_EQ(languages.label, "Languages you have worked in") << all;
  EXPECT_EQ(languages.options.size(), 2u) << all;
  EXPECT_EQ(snapshot->fields[3].kind, ControlKind::kCheckbox) << all;
  EXPECT_EQ(snapshot->fields[3].label, "I accept the privacy policy") << all;
  EXPECT_EQ(snapshot->fields[4].kind, ControlKind::kCheckbox) << all;
}

// A hosted form builder numbers every input of its form, each box of a checkbox
// field too (Wufoo: "Field101", "Field102" under the field's legend); a consent of
// its own in a fieldset, and two numbered boxes outside any fieldset, stay alone.
constexpr char kNumberedNames[] = R"HTML(<!doctype html><html><body><form><ul>
<li><label for="f1">Current employer</label><input id="f1" name="Field1" type="text"></li>
<li><fieldset><legend>Technologies you have used in production</legend><div>
  <span><input id="f101" name="Field101" type="checkbox" value="C++"><label for="f101">C++</label></span>
  <span><input id="f102" name="Field102" type="checkbox" value="Go"><label for="f102">Go</label></span>
  <span><input id="f103" name="Field103" type="checkbox" value="Rust"><label for="f103">Rust</label></span>
</div></fieldset></li>
<li><fieldset><legend>Consent *</legend><div>
  <span><input id="f37" name="Field37" type="checkbox" value="Yes"><label for="f37">I agree to the processing of my data</label></span>
</div></fieldset></li>
<li><div>
  <span><input id="f40" name="Field40" type="checkbox" value="Yes"><label for="f40">Send me job alerts</label></span>
  <span><input id="f41" name="Field41" type="checkbox" value="Yes"><label for="f41">Keep my application on file</label></span>
</div></li>
</ul><input type="submit" value="Submit"></form></body></html>)HTML";

TEST(ChoiceGroupsTest, NumberedCheckboxesUnderOneLegendAreOneQuestion) {
  auto snapshot = applier::testing::ReadHtmlPage(kNumberedNames);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 5u) << all;
  const auto& technologies = snapshot->fields[1];
  EXPECT_EQ(technologies.kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_EQ(technologies.label, "Technologies you have used in production") << all;
  ASSERT_EQ(technologies.options.size(), 3u) << all;
  EXPECT_EQ(technologies.options[1].label, "Go") << all;
  EXPECT_EQ(snapshot->fields[2].kind, ControlKind::kCheckbox) << all;
  EXPECT_EQ(snapshot->fields[3].kind, ControlKind::kCheckbox) << all;
  EXPECT_EQ(snapshot->fields[4].kind, ControlKind::kCheckbox) << all;
}

constexpr char kShadowRadios[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<span id="period_lbl">What is your desired salary?</span>
<input type="text" name="salary" aria-label="What is your desired salary?">
<x-radio-group id="period" aria-labelledby="period_lbl" aria-required="true">
  <x-radio value="H" label="Hourly"></x-radio><x-radio value="A" label="Annually"></x-radio></x-radio-group>
<h4 id="auth_lbl">Are you legally authorized to work in the United States?</h4>
<x-radio-group aria-labelledby="auth_lbl">
  <x-radio value="Y" label="Yes"></x-radio><x-radio value="N" label="No"></x-radio></x-radio-group>
<button type="submit">Send</button>
</form>
<script>
customElements.define('x-radio', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<label><input type="radio"> <span></span></label>';
    root.querySelector('span').textContent = this.getAttribute('label');
    root.querySelector('input').name = 'r-' + this.parentElement.id;
  }
});
customElements.define('x-radio-group', class extends HTMLElement {
  connectedCallback() { this.setAttribute('role', 'radiogroup'); }
});
</script></body></html>)HTML";

TEST(ChoiceGroupsTest, RadiosInsideTheShadowRootsOfAWebComponentGroupAreOneQuestion) {
  auto snapshot = applier::testing::ReadHtmlPage(kShadowRadios);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  const auto& period = snapshot->fields[1];
  EXPECT_EQ(period.kind, ControlKind::kRadioGroup) << all;
  EXPECT_EQ(period.label, "What is your desired salary?") << all;
  EXPECT_TRUE(period.required) << all;
  ASSERT_EQ(period.options.size(), 2u) << all;
  EXPECT_EQ(period.options[1].label, "Annually");
  // Radios without a value attribute all say "on": choosing one means its label.
  EXPECT_EQ(period.options[1].value, "Annually");
  const auto& authorized = snapshot->fields[2];
  EXPECT_EQ(authorized.kind, ControlKind::kRadioGroup) << all;
  EXPECT_EQ(authorized.label, "Are you legally authorized to work in the United States?") << all;
  EXPECT_FALSE(authorized.required) << all;
  ASSERT_EQ(authorized.options.size(), 2u) << all;
}

// Ionic's radio list as its docs lay it out: an ion-radio-group (role=radiogroup,
// no name of its own) holding an ion-list-header with the question, then one
// ion-item per ion-radio (role=radio on the host, its label slotted into its
// shadow root). The header inside the group names it, not the step's progress
// note before the list.
constexpr char kIonicRadioList[] = R"HTML(<!doctype html><html><body><form>
<p>Step 1 of 3</p>
<ion-list>
  <ion-radio-group>
    <ion-list-header><ion-label>Are you 18 or older? <span>*</span></ion-label></ion-list-header>
    <ion-item><ion-radio value="yes">Yes</ion-radio></ion-item>
    <ion-item><ion-radio value="no">No</ion-radio></ion-item>
  </ion-radio-group>
</ion-list>
<button type="submit">Next</button>
<script>
customElements.define('ion-radio-group', class extends HTMLElement {
  connectedCallback() { this.setAttribute('role', 'radiogroup'); this.style.display = 'block'; }
});
customElements.define('ion-radio', class extends HTMLElement {
  connectedCallback() {
    this.setAttribute('role', 'radio');
    this.setAttribute('aria-checked', 'false');
    this.tabIndex = 0;
    this.style.display = 'block';
    this.attachShadow({mode: 'open'}).innerHTML =
      '<label class="radio-wrapper"><div class="label-text-wrapper"><slot></slot></div>' +
      '<div class="native-wrapper"><div class="radio-icon"><div class="radio-inner"></div></div></div></label>';
  }
});
</script></form></body></html>)HTML";

TEST(ChoiceGroupsTest, AnIonicRadioGroupIsNamedByTheHeaderInsideIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kIonicRadioList);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 1u) << all;
  const auto& adult = snapshot->fields[0];
  EXPECT_EQ(adult.kind, ControlKind::kRadioGroup) << all;
  EXPECT_EQ(adult.label, "Are you 18 or older?") << all;
  EXPECT_TRUE(adult.required) << all;
  ASSERT_EQ(adult.options.size(), 2u) << all;
  EXPECT_EQ(adult.options[0].label, "Yes");
}

// Quasar's QOptionGroup inside a borderless QField (the documented way to give it
// rules): the field is a <label for=id> holding the question's text and, in the
// <div id> it points at, the options; each QRadio or QCheckbox is a div with
// role=radio or role=checkbox (aria-label, aria-checked) in a <div> of its own,
// keeping the form's native input inside itself, display:none in an aria-hidden
// part. One question per group, named by the label's own words (not the options'
// too), offering the widgets; the native inputs are no options of their own.
constexpr char kQuasarOptionGroups[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.hidden { display: none !important }
</style></head><body><form class="q-form">
<label class="q-field q-field--borderless q-field--float" for="f_7">
  <div class="q-field__inner"><div class="q-field__control" tabindex="-1"><div class="q-field__control-container">
    <div class="q-field__label">Anos de experiência na área *</div>
    <div class="q-field__native row" tabindex="-1" id="f_7">
      <div class="q-option-group q-gutter-x-sm" role="radiogroup">
        <div><div class="q-radio" tabindex="0" role="radio" aria-label="Menos de 2 anos" aria-checked="false">
          <div class="q-radio__inner" aria-hidden="true"><input class="hidden q-radio__native" type="radio" name="exp" value="0-2"></div>
          <div class="q-radio__label">Menos de 2 anos</div></div></div>
        <div><div class="q-radio" tabindex="0" role="radio" aria-label="2 a 5 anos" aria-checked="false">
          <div class="q-radio__inner" aria-hidden="true"><input class="hidden q-radio__native" type="radio" name="exp" value="2-5"></div>
          <div class="q-radio__label">2 a 5 anos</div></div></div>
        <div><div class="q-radio" tabindex="0" role="radio" aria-label="Mais de 5 anos" aria-checked="false">
          <div class="q-radio__inner" aria-hidden="true"><input class="hidden q-radio__native" type="radio" name="exp" value="5+"></div>
          <div class="q-radio__label">Mais de 5 anos</div></div></div>
      </div></div></div></div></div></label>
<label class="q-field q-field--borderless q-field--float" for="f_8">
  <div class="q-field__inner"><div class="q-field__control" tabindex="-1"><div class="q-field__control-container">
    <div class="q-field__label">Competências técnicas *</div>
    <div class="q-field__native row" tabindex="-1" id="f_8">
      <div class="q-option-group q-gutter-x-sm">
        <div><div class="q-checkbox" tabindex="0" role="checkbox" aria-checked="false">
          <div class="q-checkbox__inner" aria-hidden="true"><input class="hidden q-checkbox__native" type="checkbox" name="skills" value="go"></div>
          <div class="q-checkbox__label">Go</div></div></div>
        <div><div class="q-checkbox" tabindex="0" role="checkbox" aria-checked="false">
          <div class="q-checkbox__inner" aria-hidden="true"><input class="hidden q-checkbox__native" type="checkbox" name="skills" value="kafka"></div>
          <div class="q-checkbox__label">Kafka</div></div></div>
      </div></div></div></div></div></label>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, AQuasarOptionGroupInItsFieldIsOneQuestionNamedByTheFieldsOwnWords) {
  auto snapshot = applier::testing::ReadHtmlPage(kQuasarOptionGroups);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  // (ARIA radio groups are read after the page's other controls.)
  const bool radios_first = snapshot->fields[0].kind == ControlKind::kRadioGroup;
  const auto& experience = snapshot->fields[radios_first ? 0 : 1];
  EXPECT_EQ(experience.label, "Anos de experiência na área") << all;
  EXPECT_EQ(experience.kind, ControlKind::kRadioGroup);
  EXPECT_TRUE(experience.required);
  ASSERT_EQ(experience.options.size(), 3u) << all;
  EXPECT_EQ(experience.options[1].label, "2 a 5 anos");
  const auto& skills = snapshot->fields[radios_first ? 1 : 0];
  EXPECT_EQ(skills.label, "Competências técnicas") << all;
  EXPECT_EQ(skills.kind, ControlKind::kCheckboxGroup);
  ASSERT_EQ(skills.options.size(), 2u) << all;
  EXPECT_EQ(skills.options[1].label, "Kafka");
}

// A checkbox drawn by the page counts when its label or its box can be seen (the
// native input of a styled checkbox is transparent and tiny). A trap for bots (a
// honeypot "Contact me by fax only") is hidden the ways screen-reader-only text
// is: a box marked aria-hidden, moved off the page's left edge and clipped to one
// pixel, or of no size at all. Such a box shows its label to nobody: no field.
constexpr char kHiddenTraps[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<label><input type="checkbox" name="terms"> I agree to the terms</label>
<div class="chk"><input type="checkbox" id="news" name="news"
    style="position:absolute;opacity:0;width:1px;height:1px;margin:0">
  <label for="news" style="padding-left:24px">Send me job alerts</label></div>
<div aria-hidden="true" style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden">
  <label for="fax">Contact me by fax only</label>
  <input type="checkbox" id="fax" name="contact_me_by_fax_only" value="1" tabindex="-1"></div>
<div aria-hidden="true" style="opacity:0;position:absolute;top:0;left:0;height:0;width:0;z-index:-1;overflow:hidden">
  <label for="trap">Confirm you are human</label>
  <input type="checkbox" id="trap" name="trap" value="1" tabindex="-1"></div>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, ACheckboxInAHiddenTrapIsNoFieldWhileAStyledOneIs) {
  auto snapshot = applier::testing::ReadHtmlPage(kHiddenTraps);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"I agree to the terms", "Send me job alerts"}));
}

// Semantic UI's and Fomantic-UI's "grouped fields": the question is a <label>
// heading the wrapper, each radio a "ui radio checkbox" whose native input is
// class=hidden beside its own <label> with no for=. A section heading just above
// the wrapper, or a notice before it, names the section, not the question.
constexpr char kGroupedFields[] = R"HTML(<!doctype html><html><head><style>
  .ui.checkbox { position:relative; display:block; min-height:17px }
  .ui.checkbox input { position:absolute; top:0; left:0; opacity:0; width:17px; height:17px; margin:0 }
  .ui.checkbox input.hidden { z-index:-1 }
  .ui.checkbox label { display:block; padding-left:26px; cursor:pointer }
</style></head><body><form class="ui form" style="padding:20px">
<h4 class="ui dividing header">Eligibility &amp; Availability</h4>
<div class="required grouped fields"><label>Are you legally authorized to work in the United States?</label>
  <div class="field"><div class="ui radio checkbox"><input type="radio" name="auth" value="yes" tabindex="0" class="hidden"><label>Yes</label></div></div>
  <div class="field"><div class="ui radio checkbox"><input type="radio" name="auth" value="no" tabindex="0" class="hidden"><label>No</label></div></div></div>
<div class="ui info message"><div class="header">Voluntary Self-Identification of Disability</div>Form CC-305. Please check one of the boxes below.</div>
<div class="required grouped fields"><label>Disability Status</label>
  <div class="field"><div class="ui radio checkbox"><input type="radio" name="dis" value="yes" tabindex="0" class="hidden"><label>Yes, I have a disability</label></div></div>
  <div class="field"><div class="ui radio checkbox"><input type="radio" name="dis" value="decline" tabindex="0" class="hidden"><label>I do not want to answer</label></div></div></div>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, AGroupedFieldsLabelNamesItsRadiosBeforeTheSectionHeadingAboveThem) {
  auto snapshot = applier::testing::ReadHtmlPage(kGroupedFields);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels,
            (std::vector<std::string>{"Are you legally authorized to work in the United States?",
                                      "Disability Status"}));
  ASSERT_EQ(snapshot->fields.size(), 2u);
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kRadioGroup);
  EXPECT_EQ(snapshot->fields[0].options.size(), 2u);
}

// A form template whose sections are fieldsets headed by an <h3> (WordPress
// forms written by hand around Contact Form 7's tags, many server-rendered
// forms): each option list inside is named by the words just before its own
// wrapper, never by the section's heading, which names the fieldset's several
// fields at once.
constexpr char kSectionFieldsets[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<fieldset class="section"><h3>Personal details</h3>
  <div class="col"><label for="fn">First name</label>
    <span class="wrap" data-name="first-name"><input id="fn" type="text" name="first-name"></span></div>
  <div class="col"><span class="field-title">Gender <span>*</span></span>
    <span class="wrap" data-name="gender"><span class="radio">
      <span class="item"><label><input type="radio" name="gender" value="Man"><span>Man</span></label></span>
      <span class="item"><label><input type="radio" name="gender" value="Woman"><span>Woman</span></label></span>
      <span class="item"><label><input type="radio" name="gender" value="Decline"><span>Prefer not to say</span></label></span>
    </span></span></div>
</fieldset>
<fieldset class="section"><h3>Skills</h3>
  <div class="col"><span class="field-title">Languages you use</span>
    <span class="wrap" data-name="skills"><span class="checkbox">
      <span class="item"><label><input type="checkbox" name="skills[]" value="Go"><span>Go</span></label></span>
      <span class="item"><label><input type="checkbox" name="skills[]" value="C++"><span>C++</span></label></span>
    </span></span></div>
  <div class="col"><label for="notes">Notes</label><textarea id="notes" name="notes"></textarea></div>
</fieldset>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, AnOptionListInASectionFieldsetIsNamedByItsOwnTitleNotTheSectionHeading) {
  auto snapshot = applier::testing::ReadHtmlPage(kSectionFieldsets);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels,
            (std::vector<std::string>{"First name", "Gender", "Languages you use", "Notes"}));
}

// A fieldset whose legend titles a section of several questions (server-rendered
// portals group their Yes/No questions so: ASP.NET's RadioButtonList drawn as its
// default table of radio-and-label cells, its question in the row's label column):
// each option list is named by its own question, never by the section's legend,
// while a fieldset holding one option list alone is still named by its legend.
constexpr char kLegendSections[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<fieldset><legend>Eligibility</legend>
  <div class="row"><div class="lbl"><span class="q"><span class="req">*</span> Are you at least 18 years of age?</span></div>
    <div class="fld"><table id="m_rblAge" border="0"><tr>
      <td><input id="m_rblAge_0" type="radio" name="m$rblAge" value="True"><label for="m_rblAge_0">Yes</label></td>
      <td><input id="m_rblAge_1" type="radio" name="m$rblAge" value="False"><label for="m_rblAge_1">No</label></td>
    </tr></table> <span style="color:Red;visibility:hidden;">*</span></div></div>
  <div class="row"><div class="lbl"><span class="q">Veteran Status</span></div>
    <div class="fld"><table id="m_rblVet" border="0">
      <tr><td><input id="m_rblVet_0" type="radio" name="m$rblVet" value="P"><label for="m_rblVet_0">I identify as a protected veteran</label></td></tr>
      <tr><td><input id="m_rblVet_1" type="radio" name="m$rblVet" value="N"><label for="m_rblVet_1">I am not a protected veteran</label></td></tr>
    </table></div></div>
  <div class="row"><div class="lbl"><label for="m_txtDate">Date Available to Start</label></div>
    <div class="fld"><input id="m_txtDate" type="text" name="m$txtDate"></div></div>
</fieldset>
<fieldset><legend>Preferred work model</legend>
  <label><input type="radio" name="model" value="remote"> Remote</label>
  <label><input type="radio" name="model" value="office"> On-site</label>
</fieldset>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, AnOptionListInALegendedSectionIsNamedByItsOwnQuestionNotTheLegend) {
  auto snapshot = applier::testing::ReadHtmlPage(kLegendSections);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Are you at least 18 years of age?", "Veteran Status",
                                              "Date Available to Start", "Preferred work model"}));
}

// A table of language levels as server-rendered job portals draw it (a Likert
// table too): inside a section's fieldset, a header row names the answers by
// column and each row opens with its language in a header cell, then a radio per
// level with no label of its own. Each row is one question, asked by its header
// cell, whose options are the column headers (the section's legend is no row's
// question).
constexpr char kRadioRowsTable[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<fieldset><legend>Language skills</legend>
<table class="table levels">
  <thead><tr><th>Language</th><th>None</th><th>Basic</th><th>Good</th><th>Fluent</th></tr></thead>
  <tbody>
    <tr><th scope="row">English <abbr title="required">*</abbr></th>
      <td><input type="radio" name="app[lang][en]" value="0"></td><td><input type="radio" name="app[lang][en]" value="1"></td>
      <td><input type="radio" name="app[lang][en]" value="2"></td><td><input type="radio" name="app[lang][en]" value="3"></td></tr>
    <tr><th scope="row">German</th>
      <td><input type="radio" name="app[lang][de]" value="0"></td><td><input type="radio" name="app[lang][de]" value="1"></td>
      <td><input type="radio" name="app[lang][de]" value="2"></td><td><input type="radio" name="app[lang][de]" value="3"></td></tr>
  </tbody>
</table>
</fieldset>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(ChoiceGroupsTest, EachRowOfATableOfRadioRowsIsAskedByItsHeaderWithTheColumnsAsOptions) {
  auto snapshot = applier::testing::ReadHtmlPage(kRadioRowsTable);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " (" + std::to_string(field.options.size()) + " options)\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  const auto& english = snapshot->fields[0];
  EXPECT_EQ(english.label, "English") << all;
  EXPECT_EQ(english.kind, ControlKind::kRadioGroup);
  EXPECT_TRUE(english.required);
  ASSERT_EQ(english.options.size(), 4u) << all;
  EXPECT_EQ(english.options[0].label, "None");
  EXPECT_EQ(english.options[3].label, "Fluent");
  EXPECT_EQ(english.options[3].value, "3");
  const auto& german = snapshot->fields[1];
  EXPECT_EQ(german.label, "German") << all;
  EXPECT_FALSE(german.required);
  ASSERT_EQ(german.options.size(), 4u) << all;
  EXPECT_EQ(german.options[1].label, "Basic");
}

}  // namespace
}  // namespace applier::perception
