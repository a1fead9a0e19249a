// Forms built from web components whose controls are slotted into the
// component's shadow root (Shoelace's sl-radio-group draws a role=radiogroup
// fieldset around the slot its sl-radio children go to, labelled and described
// from that shadow root, its required star drawn by a stylesheet), and forms
// split into collapsed sections (a closed <details>, native or drawn by a web
// component around its slotted fields as sl-details does, or an ARIA disclosure
// button): a collapsed section's fields are not there for a person until it is
// opened, and its toggle is what opens it.
#include <string>

#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

// The components as Shoelace renders them (its public markup, cut down): the
// label and help text are slots with the attribute's text as fallback.
constexpr char kComponents[] = R"HTML(<script>
customElements.define('x-radio-group', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host([required]) .label::after { content: "*"; }</style>' +
      '<fieldset role="radiogroup" aria-labelledby="label" aria-describedby="help-text">' +
      '<label id="label" class="label"><slot name="label">' + this.getAttribute('label') + '</slot></label>' +
      '<div><input type="text" hidden tabindex="-1"><slot></slot></div>' +
      '<div id="help-text"><slot name="help-text">' + (this.getAttribute('help-text') || '') + '</slot></div></fieldset>';
  }
});
customElements.define('x-radio', class extends HTMLElement {
  connectedCallback() {
    this.setAttribute('role', 'radio');
    this.setAttribute('aria-checked', 'false');
    this.tabIndex = -1;
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<span class="control"></span><slot></slot>';
  }
});
customElements.define('x-details', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<details><summary role="button" aria-expanded="false" aria-controls="content" tabindex="0">' +
      '<slot name="summary">' + this.getAttribute('summary') + '</slot></summary>' +
      '<div role="region"><slot id="content"></slot></div></details>';
    const details = this.shadowRoot.querySelector('details');
    const summary = this.shadowRoot.querySelector('summary');
    details.open = this.hasAttribute('open');
    summary.setAttribute('aria-expanded', String(details.open));
    summary.addEventListener('click', (event) => {
      event.preventDefault();
      details.open = !details.open;
      summary.setAttribute('aria-expanded', String(details.open));
    });
  }
});
</script>)HTML";

const std::string kSlottedSections =
    std::string(R"HTML(<!doctype html><html><body><form>)HTML") + kComponents + R"HTML(
<x-details summary="1. Work authorization" open>
  <x-radio-group name="auth" required label="Are you legally authorized to work in Hungary?"
      help-text="For example as an EU citizen.">
    <x-radio value="yes">Yes</x-radio><x-radio value="no">No</x-radio>
  </x-radio-group>
  <x-radio-group name="mode"><span slot="label">Preferred work model</span>
    <x-radio value="office">Office</x-radio><x-radio value="hybrid">Hybrid</x-radio>
  </x-radio-group>
</x-details>
<x-details summary="2. About you">
  <label>Why do you want to join us? <textarea name="why"></textarea></label>
  <x-radio-group name="gender" label="Gender"><x-radio value="f">Female</x-radio><x-radio value="m">Male</x-radio></x-radio-group>
</x-details>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(CollapsedSectionsTest, SlottedRadiosAreNamedByTheirComponentsGroup) {
  auto snapshot = applier::testing::ReadHtmlPage(kSlottedSections);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) {
    all += field.label + " [" + field.hint + "] (" + std::to_string(field.options.size()) +
           " options)\n";
  }
  // The closed section's textarea and radios are not there yet.
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  const auto& auth = snapshot->fields[0];
  EXPECT_EQ(auth.label, "Are you legally authorized to work in Hungary?") << all;
  EXPECT_EQ(auth.kind, ControlKind::kRadioGroup);
  EXPECT_TRUE(auth.required) << "the star the label draws";
  EXPECT_EQ(auth.hint, "For example as an EU citizen.") << all;
  ASSERT_EQ(auth.options.size(), 2u) << all;
  EXPECT_EQ(auth.options[1].label, "No");
  const auto& mode = snapshot->fields[1];
  EXPECT_EQ(mode.label, "Preferred work model") << all;
  EXPECT_FALSE(mode.required);
  EXPECT_EQ(mode.hint, "") << "the other group's words are no hint";
}

TEST(CollapsedSectionsTest, AClosedSectionsToggleRevealsFields) {
  auto snapshot = applier::testing::ReadHtmlPage(kSlottedSections);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& button : snapshot->buttons) {
    all += button.text + (button.reveals_fields ? " (reveals)" : "") + "\n";
  }
  int revealing = 0;
  for (const auto& button : snapshot->buttons) {
    if (button.text == "2. About you") {
      EXPECT_TRUE(button.reveals_fields) << all;
      EXPECT_EQ(button.role, ButtonRole::kOther) << all;
    }
    if (button.text == "1. Work authorization") {
      EXPECT_FALSE(button.reveals_fields) << all;
    }
    revealing += button.reveals_fields ? 1 : 0;
  }
  EXPECT_EQ(revealing, 1) << all;
}

// The same with the browser's own <details> and an ARIA disclosure button over a
// hidden panel; a menu button's popup and a section already open reveal nothing.
constexpr char kNativeSections[] = R"HTML(<!doctype html><html><body><form>
<label>Email <input name="email" type="email"></label>
<details><summary>Address</summary><label>City <input name="city"></label></details>
<details open><summary>Links</summary><label>LinkedIn <input name="linkedin"></label></details>
<h3><button type="button" aria-expanded="false" aria-controls="edu">Education</button></h3>
<div id="edu" hidden><label>School <input name="school"></label></div>
<button type="button" aria-expanded="false" aria-controls="more">More actions</button>
<div id="more" role="menu" hidden><label><input type="checkbox" role="menuitemcheckbox"> Remember me</label></div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(CollapsedSectionsTest, NativeDetailsAndDisclosuresRevealTheirFields) {
  auto snapshot = applier::testing::ReadHtmlPage(kNativeSections);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string fields;
  for (const auto& field : snapshot->fields) fields += field.name + "\n";
  EXPECT_EQ(fields, "email\nlinkedin\n");
  std::string revealing;
  for (const auto& button : snapshot->buttons) {
    if (button.reveals_fields) revealing += button.text + "\n";
  }
  EXPECT_EQ(revealing, "Address\nEducation\n");
}

}  // namespace
}  // namespace applier::perception
