// FormActor on the controls real applicant tracking systems build by hand: a
// listbox dropdown rendered at the end of <body> only when opened, a typeahead
// combobox whose suggestions arrive late, yes/no toggle buttons, and a cookie
// banner. The page keeps its own state, as a framework would, and publishes it on
// <body data-state>; the assertions read what the page recorded.
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "actions/form_actor.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "planning/typeahead.h"
#include "support/async.h"
#include "support/html_page.h"

namespace applier::actions {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;

constexpr char kPage[] = R"HTML(<!doctype html><html><body>
<div class="cookie-banner" style="position:fixed;bottom:0;left:0;right:0;background:#eee;padding:8px">
  We use cookies to improve your experience.
  <button type="button" id="accept">Accept all</button> <button type="button" id="reject">Reject all</button>
</div>
<form style="padding:20px">
  <div><label id="country-label">Country</label>
    <button type="button" id="country" aria-haspopup="listbox" aria-labelledby="country-label">Select...</button></div>
  <div id="auth-q" style="margin-top:16px">Are you legally authorized to work in the United States?</div>
  <div role="group" aria-labelledby="auth-q">
    <button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button>
  </div>
  <div style="margin-top:16px"><label for="city">City</label>
    <input id="city" role="combobox" aria-autocomplete="list" aria-controls="city-list" autocomplete="off">
    <ul id="city-list" role="listbox"></ul></div>
</form>
<script>
const state = {};
const save = () => { document.body.dataset.state = JSON.stringify(state); };
save();
document.getElementById('country').addEventListener('click', (event) => {
  const button = event.currentTarget;
  const list = document.createElement('ul');
  list.setAttribute('role', 'listbox');
  list.style = 'position:absolute;top:60px;left:20px;background:white;border:1px solid #999';
  for (const name of ['Canada', 'Germany', 'United States of America']) {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.textContent = name;
    item.addEventListener('click', () => { state.country = name; button.textContent = name; list.remove(); save(); });
    list.appendChild(item);
  }
  setTimeout(() => document.body.appendChild(list), 120);
  // Like real dropdowns, Escape closes it.
  const close = (e) => { if (e.key === 'Escape') { list.remove(); document.removeEventListener('keydown', close); } };
  document.addEventListener('keydown', close);
});
for (const toggle of document.querySelectorAll('[aria-pressed]')) {
  toggle.addEventListener('click', () => {
    for (const other of toggle.parentElement.children) other.setAttribute('aria-pressed', 'false');
    toggle.setAttribute('aria-pressed', 'true');
    state.authorized = toggle.textContent;
    save();
  });
}
const city = document.getElementById('city');
const cityList = document.getElementById('city-list');
city.addEventListener('input', () => {
  state.city = '';  // only a picked suggestion counts
  save();
  const typed = city.value.toLowerCase();
  setTimeout(() => {
    cityList.innerHTML = '';
    for (const name of ['San Diego', 'San Francisco', 'Seattle']) {
      if (!typed || !name.toLowerCase().startsWith(typed)) continue;
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.textContent = name;
      item.addEventListener('click', () => { city.value = name; state.city = name; cityList.innerHTML = ''; save(); });
      cityList.appendChild(item);
    }
  }, 200);
});
</script></body></html>)HTML";

const perception::Field* FieldLabelled(const perception::PageSnapshot& snapshot,
                                       const std::string& label) {
  for (const auto& field : snapshot.fields) {
    if (field.label == label) return &field;
  }
  return nullptr;
}

// Loads `html`, fills the field labelled `label` with `answer` through FormActor,
// and returns what `expression` then evaluates to in the page: what the page
// recorded, not what the actor says it did.
// With `refused` set, a fill the box refuses is no error: its message goes there
// and the page is read all the same.
Result<json::value> FillThenRead(const char* html, const std::string& label,
                                 const planning::Answer& answer, const std::string& expression,
                                 std::optional<Error>* refused = nullptr) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  if (!browser) return Fail(browser.error());
  auto read = RunAsync(io, [&]() -> asio::awaitable<Result<json::value>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(html));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* field = FieldLabelled(*snapshot, label);
    if (!field) {
      std::string labels;
      for (const auto& f : snapshot->fields) labels += " '" + f.label + "'";
      co_return Fail(ErrorKind::kNotFound,
                     "no field labelled '" + label + "'; the page's:" + labels);
    }
    FormActor actor(**page);
    auto filled = co_await actor.Fill(snapshot->frames.front(), *field, answer);
    if (!filled && refused == nullptr) co_return Fail(filled.error());
    if (!filled) *refused = filled.error();
    co_return co_await (*page)->Evaluate(snapshot->frames.front(), expression);
  });
  (*browser)->Close();
  return read;
}

// A filterable multi-select that shows its choices only as a count (Carbon's
// FilterableMultiSelect: a tag "2" beside the filter box; the menu stays open and
// its options, drawn with checkboxes, toggle and say aria-selected). The list
// itself confirms each entry; an entry already chosen is not clicked again, which
// would take it back out (a second attempt on the field changes nothing).
constexpr char kCountedMultiSelect[] = R"HTML(<!doctype html><html><body><form>
<div class="cds--list-box__wrapper"><label id="sl" for="si" class="cds--label">Skills</label>
<div class="cds--multi-select cds--list-box"><div class="cds--list-box__field">
  <div class="cds--tag cds--tag--filter" hidden></div>
  <input id="si" class="cds--text-input" role="combobox" aria-autocomplete="list" aria-expanded="false"
    aria-haspopup="listbox" aria-labelledby="sl" aria-controls="sm" autocomplete="off" placeholder="Filter">
</div><ul id="sm" role="listbox" aria-multiselectable="true" class="cds--list-box__menu"></ul></div></div>
<p>after</p>
</form><script>
const items = ['C++', 'Go', 'Java', 'MongoDB', 'Python'];
const chosen = [];
const input = document.getElementById('si');
const menu = document.getElementById('sm');
const tag = document.querySelector('.cds--tag');
let open = false;
function paint() {
  menu.innerHTML = '';
  tag.hidden = chosen.length === 0;
  tag.textContent = String(chosen.length);
  document.body.dataset.skills = chosen.join(',');
  input.setAttribute('aria-expanded', open ? 'true' : 'false');
  if (!open) return;
  const q = input.value.trim().toLowerCase();
  for (const name of items.filter((n) => n.toLowerCase().includes(q))) {
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', chosen.includes(name) ? 'true' : 'false');
    li.textContent = name;
    li.addEventListener('click', () => {
      const at = chosen.indexOf(name);
      if (at === -1) chosen.push(name); else chosen.splice(at, 1);
      paint();
    });
    menu.appendChild(li);
  }
}
menu.addEventListener('mousedown', (e) => e.preventDefault());
input.addEventListener('click', () => { open = true; paint(); });
input.addEventListener('input', () => { open = true; paint(); });
input.addEventListener('keydown', (e) => { if (e.key === 'Escape') { open = false; input.value = ''; paint(); } });
input.addEventListener('blur', () => { open = false; input.value = ''; paint(); });
</script></body></html>)HTML";

TEST(FormActorTest, AMultiSelectShowingACountIsConfirmedByItsListAndNotToggledBack) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  struct Outcome {
    std::string first;   // the first fill's error, or ""
    std::string second;  // the second fill's
    std::string chosen;  // what the page holds after both
  };
  auto outcome = RunAsync(io, [&]() -> asio::awaitable<Result<Outcome>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kCountedMultiSelect));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* field = FieldLabelled(*snapshot, "Skills");
    if (!field) co_return Fail(ErrorKind::kNotFound, "no Skills field");
    planning::Answer skills;
    skills.text = "C++, Go";
    skills.entries = {"C++", "Go"};
    FormActor actor(**page);
    Outcome out;
    auto first = co_await actor.Fill(snapshot->frames.front(), *field, skills);
    if (!first) out.first = first.error().ToString();
    auto second = co_await actor.Fill(snapshot->frames.front(), *field, skills);
    if (!second) out.second = second.error().ToString();
    auto chosen =
        co_await (*page)->Evaluate(snapshot->frames.front(), "document.body.dataset.skills || ''");
    if (!chosen) co_return Fail(chosen.error());
    out.chosen = std::string(chosen->as_string());
    co_return out;
  });
  (*browser)->Close();
  ASSERT_TRUE(outcome) << outcome.error().ToString();
  EXPECT_EQ(outcome->first, "");
  EXPECT_EQ(outcome->second, "");
  EXPECT_EQ(outcome->chosen, "C++,Go");
}

TEST(FormActorTest, CustomDropdownTypeaheadTogglesAndConsentBanner) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto state = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kPage));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());

    int dismiss_buttons = 0;
    for (const auto& button : snapshot->buttons) {
      dismiss_buttons += button.role == perception::ButtonRole::kDismissOverlay;
    }
    if (dismiss_buttons != 2) co_return Fail(ErrorKind::kNotFound, "banner buttons not seen");

    const auto* country = FieldLabelled(*snapshot, "Country");
    const auto* authorized =
        FieldLabelled(*snapshot, "Are you legally authorized to work in the United States?");
    const auto* city = FieldLabelled(*snapshot, "City");
    if (!country || !authorized || !city) co_return Fail(ErrorKind::kNotFound, "fields not seen");
    if (country->kind != perception::ControlKind::kCombobox ||
        authorized->kind != perception::ControlKind::kRadioGroup ||
        authorized->options.size() != 2 || city->kind != perception::ControlKind::kCombobox) {
      co_return Fail(ErrorKind::kProtocol, "wrong control kinds");
    }
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();

    auto options = co_await actor.ReadOptions(frame, *country);
    if (!options) co_return Fail(options.error());
    if (options->size() != 3) co_return Fail(ErrorKind::kProtocol, "expected 3 countries");

    planning::Answer us;
    us.text = "United States";  // the profile's wording, not the site's
    auto picked = co_await actor.Fill(frame, *country, us);
    if (!picked) co_return Fail(picked.error());

    planning::Answer yes;
    yes.text = "Yes";
    yes.option_value = "Yes";
    auto toggled = co_await actor.Fill(frame, *authorized, yes);
    if (!toggled) co_return Fail(toggled.error());

    planning::Answer san_francisco;
    san_francisco.text = "San Francisco";
    auto typed = co_await actor.Fill(frame, *city, san_francisco);
    if (!typed) co_return Fail(typed.error());

    auto published = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!published) co_return Fail(published.error());
    co_return json::parse(published->as_string()).as_object();
  });
  ASSERT_TRUE(state) << state.error().ToString();
  EXPECT_EQ(state->at("country").as_string(), "United States of America");
  EXPECT_EQ(state->at("authorized").as_string(), "Yes");
  EXPECT_EQ(state->at("city").as_string(), "San Francisco");
  (*browser)->Close();
}

// Two required dropdowns drawn as buttons, one under the other, each showing its
// "Complete this field." under it on blur while empty (Lightning's
// lightning-combobox, Angular Material's mat-error do so): reading the first one's
// options leaves it empty, so pressing the second moves it down before the
// release, and that click reaches no button. The second's options are read all
// the same.
constexpr char kReflowPage[] =
    R"HTML(<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
  .field { margin: 8px 0; position: relative; }
  .field button { width: 320px; height: 32px; text-align: left; }
  [role=listbox] { position: absolute; top: 34px; left: 0; width: 320px; background: #fff; border: 1px solid #999; z-index: 5; }
  [role=option] { padding: 6px; }
  .help { color: #b00; font-size: 13px; line-height: 40px; }
</style></head><body><form onsubmit="return false" style="padding:20px">
</form>
<script>
function dropdown(name, labelText, options) {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  wrap.innerHTML = '<label id="' + name + '-l">' + labelText + '</label><br>' +
    '<button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-required="true"' +
    ' aria-labelledby="' + name + '-l" aria-controls="' + name + '-list">Seleccione una opción</button>' +
    '<div role="listbox" id="' + name + '-list" hidden></div><div class="help" hidden>Complete este campo.</div>';
  const button = wrap.querySelector('button'), list = wrap.querySelector('[role=listbox]'), help = wrap.querySelector('.help');
  let value = '';
  const close = () => { list.hidden = true; button.setAttribute('aria-expanded', 'false'); };
  button.addEventListener('click', () => {
    if (!list.hidden) return close();
    list.innerHTML = options.map((o) => '<div role="option">' + o + '</div>').join('');
    list.querySelectorAll('[role=option]').forEach((o) => o.addEventListener('click', () => {
      value = o.textContent; button.textContent = value; help.hidden = true; close();
    }));
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  button.addEventListener('blur', () => { close(); help.hidden = !!value; });
  document.querySelector('form').appendChild(wrap);
}
dropdown('studies', 'Nivel de estudios', ['Bachillerato', 'Grado', 'Máster']);
dropdown('years', 'Años de experiencia', ['Menos de 1 año', 'Entre 1 y 5 años', 'Más de 5 años']);
</script></body></html>)HTML";

TEST(FormActorTest, ADropdownPushedDownByTheMessageOfTheOneLeftStillShowsItsOptions) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto read = RunAsync(io, [&]() -> asio::awaitable<Result<std::vector<std::string>>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kReflowPage));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* studies = FieldLabelled(*snapshot, "Nivel de estudios");
    const auto* years = FieldLabelled(*snapshot, "Años de experiencia");
    if (!studies || !years) co_return Fail(ErrorKind::kNotFound, "fields not seen");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    auto first = co_await actor.ReadOptions(frame, *studies);
    if (!first) co_return Fail(first.error());
    auto second = co_await actor.ReadOptions(frame, *years);
    if (!second) co_return Fail(second.error());
    std::vector<std::string> labels;
    for (const auto& option : *second) labels.push_back(option.label);
    co_return labels;
  });
  (*browser)->Close();
  ASSERT_TRUE(read) << read.error().ToString();
  EXPECT_EQ(*read,
            (std::vector<std::string>{"Menos de 1 año", "Entre 1 y 5 años", "Más de 5 años"}));
}

// A date box whose calendar opens when it takes the focus and closes only when
// the page is pressed outside it or another control takes the focus (Arco's and
// Ant Design's pickers): typed into and left by script, it stays open over the
// dropdown below, which a person would reach by clicking on the empty page first.
constexpr char kStrayCalendar[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div style="position:relative;margin-bottom:12px"><label for="start">Earliest start date</label>
  <input id="start" name="start" autocomplete="off">
  <div id="calendar" hidden style="position:absolute;z-index:10;left:0;top:44px;width:320px;height:220px;background:#fff;border:1px solid #999">
    <div class="picker-header">September 2025</div></div></div>
<div style="margin-bottom:12px"><label id="source-label">Source</label>
  <input type="hidden" name="source">
  <button type="button" id="source" aria-haspopup="listbox" aria-expanded="false"
          aria-labelledby="source-label" aria-controls="source-list" style="width:200px">Select</button>
  <ul role="listbox" id="source-list" hidden style="margin:0;padding:0;list-style:none">
    <li role="option" data-value="web">Careers website</li><li role="option" data-value="li">LinkedIn</li>
    <li role="option" data-value="ref">Referral</li></ul></div>
</form><script>
const start = document.getElementById('start'), calendar = document.getElementById('calendar');
start.addEventListener('focus', () => { calendar.hidden = false; });
document.addEventListener('mousedown', (e) => { if (!calendar.contains(e.target) && e.target !== start) calendar.hidden = true; }, true);
document.addEventListener('focusin', (e) => { if (e.target !== start) calendar.hidden = true; });
const trigger = document.getElementById('source'), list = document.getElementById('source-list');
trigger.addEventListener('click', () => { list.hidden = !list.hidden; trigger.setAttribute('aria-expanded', String(!list.hidden)); });
list.addEventListener('click', (e) => {
  const option = e.target.closest('[role=option]');
  if (!option) return;
  document.querySelector('[name=source]').value = option.dataset.value;
  trigger.textContent = option.textContent;
  list.hidden = true;
  trigger.setAttribute('aria-expanded', 'false');
});
</script></body></html>)HTML";

TEST(FormActorTest, AChoiceUnderACalendarLeftOpenByTheBoxAboveIsMadeOnceItIsClosed) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto read = RunAsync(io, [&]() -> asio::awaitable<Result<json::value>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kStrayCalendar));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* start = FieldLabelled(*snapshot, "Earliest start date");
    const auto* source = FieldLabelled(*snapshot, "Source");
    if (!start || !source) co_return Fail(ErrorKind::kNotFound, "fields not seen");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer date;
    date.text = "2025-09-01";
    if (auto typed = co_await actor.Fill(frame, *start, date); !typed)
      co_return Fail(typed.error());
    planning::Answer linkedin;
    linkedin.text = "LinkedIn";
    if (auto picked = co_await actor.Fill(frame, *source, linkedin); !picked) {
      co_return Fail(picked.error());
    }
    co_return co_await (*page)->Evaluate(frame,
                                         "document.querySelector('[name=start]').value + '|' + "
                                         "document.querySelector('[name=source]').value");
  });
  (*browser)->Close();
  ASSERT_TRUE(read) << read.error().ToString();
  EXPECT_EQ(read->as_string(), "2025-09-01|li");
}

// A select drawn as a trigger button over a listbox that scrolls inside itself
// (Chakra, Ark, Headless UI: max-height and overflow:auto), the answer below the
// list's fold where only the page's background is; clicks are handled by
// delegation on the form, and a click anywhere outside closes the list, as real
// dropdowns do.
constexpr char kScrollingListbox[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div style="height:40px">Contact details</div>
<div style="margin-bottom:12px"><label for="city">Stadt</label> <input id="city" name="city"></div>
<div class="field" data-select><label id="land-label">Land</label>
  <input type="hidden" name="country" value="DE">
  <button type="button" class="trigger" data-trigger aria-haspopup="listbox" aria-expanded="false"
          aria-labelledby="land-label" aria-controls="land-list">Deutschland</button>
  <div style="position:relative"><ul role="listbox" id="land-list" hidden
      style="position:absolute;z-index:5;left:0;right:0;max-height:120px;overflow:auto;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #999">
  </ul></div></div>
</form><script>
const names = [['DE', 'Deutschland'], ['AT', 'Österreich'], ['CH', 'Schweiz'], ['NL', 'Niederlande'],
  ['PL', 'Polen'], ['FR', 'Frankreich'], ['GB', 'Vereinigtes Königreich'], ['US', 'Vereinigte Staaten'],
  ['CA', 'Kanada'], ['IN', 'Indien']];
const list = document.querySelector('[role=listbox]');
list.innerHTML = names.map(([code, name]) =>
  '<li role="option" style="padding:8px 12px" data-value="' + code + '" aria-selected="' + (code === 'DE') + '">' + name + '</li>').join('');
const form = document.querySelector('form');
const trigger = form.querySelector('[data-trigger]');
const close = () => { list.hidden = true; trigger.setAttribute('aria-expanded', 'false'); };
form.addEventListener('click', (e) => {
  if (e.target.closest('[data-trigger]')) {
    list.hidden = !list.hidden;
    trigger.setAttribute('aria-expanded', String(!list.hidden));
    return;
  }
  const option = e.target.closest('[role=option]');
  if (!option) return;
  form.querySelector('input[type=hidden]').value = option.dataset.value;
  trigger.textContent = option.textContent;
  for (const o of list.children) o.setAttribute('aria-selected', String(o === option));
  close();
});
document.addEventListener('click', (e) => { if (!form.querySelector('[data-select]').contains(e.target)) close(); });
</script></body></html>)HTML";

TEST(FormActorTest, PicksAnOptionBelowTheFoldOfAListboxThatScrollsInsideItself) {
  planning::Answer us;
  us.text = "Vereinigte Staaten";
  auto chosen = FillThenRead(kScrollingListbox, "Land", us,
                             "document.querySelector('input[name=country]').value");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "US");
}

// A combobox whose options are custom elements with shadow roots of their own,
// drawn by a virtualizer that recycles its rows (Vaadin's vaadin-combo-box: the
// overlay moved to <body>, vaadin-combo-box-item hosts holding the label in a
// slot beside a checkmark part, the pool's elements showing whichever items are
// in view; the arrow keys start from the top of the list). The point over an
// option lands inside the option's own shadow root: the click is the option's.
constexpr char kShadowOptionsVirtualList[] = R"HTML(<!doctype html><html><body>
<div style="padding:20px"><label for="land">Land</label>
<input id="land" role="combobox" aria-expanded="false" aria-controls="land-list" aria-autocomplete="list"></div>
<script>
customElements.define('x-item', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.setAttribute('role', 'option');
    this.attachShadow({mode: 'open'}).innerHTML = '<style>:host{display:flex;padding:0 8px;line-height:32px}' +
      '[part=mark]{width:24px;flex:none}</style><span part="mark"></span><div part="content"><slot></slot></div>';
  }
});
const names = ['Austria', 'Belgium', 'Brazil', 'Canada', 'Chile', 'Denmark', 'Estonia', 'Finland', 'France',
  'Germany', 'Greece', 'Hungary', 'Iceland', 'India', 'Ireland', 'Italy', 'Japan', 'Latvia', 'Lithuania',
  'Mexico', 'Norway', 'Poland', 'Portugal', 'Romania', 'Spain', 'Sweden', 'Turkey', 'Ukraine',
  'United States', 'Uruguay', 'Vietnam'];
const ROW = 32, SHOWN = 7;
const input = document.getElementById('land');
const overlay = document.createElement('div');
overlay.style.cssText = 'position:fixed;left:20px;top:70px;width:260px;background:#fff;border:1px solid #999';
const list = document.createElement('div');
list.id = 'land-list';
list.setAttribute('role', 'listbox');
list.style.cssText = 'display:block;max-height:' + (ROW * 6) + 'px;overflow-y:auto';
const sizer = document.createElement('div');
sizer.style.cssText = 'position:relative;height:' + names.length * ROW + 'px';
list.appendChild(sizer);
overlay.appendChild(list);
let focused = -1;
const render = () => {
  const first = Math.max(0, Math.floor(list.scrollTop / ROW) - 1);
  const last = Math.min(names.length, first + SHOWN + 1);
  const pool = Array.from(sizer.children);
  while (pool.length > last - first) pool.pop().remove();
  for (let i = first; i < last; ++i) {
    let row = pool[i - first];
    if (!row) { row = document.createElement('x-item'); sizer.appendChild(row); }
    row.dataset.index = String(i);
    row.id = 'land-item-' + i;
    row.textContent = names[i];
    row.style.cssText = 'position:absolute;left:0;right:0;height:' + ROW + 'px;top:' + i * ROW + 'px';
    row.setAttribute('aria-selected', String(input.value === names[i]));
    row.setAttribute('aria-posinset', String(i + 1));
    row.setAttribute('aria-setsize', String(names.length));
  }
};
list.addEventListener('scroll', render);
const open = () => {
  if (overlay.isConnected) return;
  document.body.appendChild(overlay);
  input.setAttribute('aria-expanded', 'true');
  render();
};
const close = () => { overlay.remove(); input.setAttribute('aria-expanded', 'false'); focused = -1; };
const choose = (i) => { input.value = names[i]; document.body.dataset.chosen = names[i]; close(); };
input.addEventListener('click', open);
overlay.addEventListener('mousedown', (e) => e.preventDefault());
overlay.addEventListener('click', (e) => {
  const row = e.target.closest('x-item');
  if (row) choose(Number(row.dataset.index));
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    open();
    focused = Math.min(names.length - 1, focused + 1);
    list.scrollTop = Math.max(0, (focused + 1) * ROW - list.clientHeight);
    render();
    input.setAttribute('aria-activedescendant', 'land-item-' + focused);
  } else if (e.key === 'Enter' && focused >= 0) {
    choose(focused);
  } else if (e.key === 'Escape') {
    close();
  }
});
</script></body></html>)HTML";

TEST(FormActorTest, AnOptionWithAShadowRootOfItsOwnInARecyclingVirtualListIsClicked) {
  planning::Answer us;
  us.text = "United States";
  auto chosen =
      FillThenRead(kShadowOptionsVirtualList, "Land", us, "document.body.dataset.chosen || ''");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "United States");
}

// The same list under a help bubble the pointer cannot get past: chosen with the
// arrow keys, which start from the top and scroll the list back, so the row read
// as "United States" shows another country by then. The option is the row that
// shows its label, reached at its place in the whole list (aria-posinset).
TEST(FormActorTest, AnOptionOfARecyclingVirtualListChosenWithTheKeysIsTheOneThatShowsItsLabel) {
  std::string html = kShadowOptionsVirtualList;
  html.replace(html.find("</body>"), 0,
               "<div style=\"position:fixed;left:0;top:70px;width:400px;height:400px;z-index:9;"
               "background:rgba(255,255,255,.01)\">Need help? Chat with us</div>");
  planning::Answer us;
  us.text = "United States";
  std::optional<Error> refused;
  auto chosen =
      FillThenRead(html.c_str(), "Land", us, "document.body.dataset.chosen || ''", &refused);
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "United States") << (refused ? refused->ToString() : "");
}

// A consent box that opens its terms in a modal dialog and stays ticked only once
// they are agreed to (Oracle Recruiting's legal disclaimer, many sign-up forms):
// the box unticks itself until the dialog's "Agree" is pressed; "Disagree" sits
// beside it.
constexpr char kTermsDialog[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<label><input type="checkbox" name="terms"> I agree with the terms and conditions</label>
<div role="dialog" aria-modal="true" hidden style="position:fixed;top:60px;left:60px;background:#fff;border:1px solid #999;padding:16px">
  <h2>Terms and Conditions</h2><p>By applying you agree that we process your data.</p>
  <button type="button" data-answer="no">Disagree</button> <button type="button" data-answer="yes">Agree</button></div>
</form><script>
const box = document.querySelector('input[name=terms]');
const dialog = document.querySelector('[role=dialog]');
let agreed = false;
box.addEventListener('click', () => {
  if (agreed) return;
  box.checked = false;
  dialog.hidden = false;
});
dialog.addEventListener('click', (e) => {
  const answer = e.target.closest('[data-answer]');
  if (!answer) return;
  agreed = answer.dataset.answer === 'yes';
  box.checked = agreed;
  dialog.hidden = true;
});
</script></body></html>)HTML";

TEST(FormActorTest, AConsentBoxWhoseTermsOpenInADialogIsTickedByAgreeingToThem) {
  planning::Answer tick;
  tick.check = true;
  auto ticked = FillThenRead(kTermsDialog, "I agree with the terms and conditions", tick,
                             "document.querySelector('input[name=terms]').checked");
  ASSERT_TRUE(ticked) << ticked.error().ToString();
  EXPECT_TRUE(ticked->as_bool());
}

// A combobox whose popup is a grid of rows and cells (ARIA 1.2 allows a grid;
// Oracle JET-style selects draw one), opened on focus and filtered by typing.
constexpr char kGridPopup[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<label for="country">Country</label>
<div class="select"><input id="country" name="country" role="combobox" aria-haspopup="grid"
  aria-expanded="false" autocomplete="off"></div>
</form><script>
const names = ['Canada', 'Germany', 'United Kingdom', 'United States'];
const input = document.getElementById('country');
let grid = null;
function open(filter) {
  if (grid) grid.remove();
  grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  grid.id = 'country-grid';
  for (const name of names.filter((n) => n.toLowerCase().includes(filter.toLowerCase()))) {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    const cell = document.createElement('div');
    cell.setAttribute('role', 'gridcell');
    cell.textContent = name;
    row.appendChild(cell);
    row.addEventListener('mousedown', (e) => e.preventDefault());
    row.addEventListener('click', () => { input.value = name; document.body.dataset.country = name; grid.remove(); grid = null; });
    grid.appendChild(row);
  }
  input.parentElement.appendChild(grid);
  input.setAttribute('aria-expanded', 'true');
  input.setAttribute('aria-controls', 'country-grid');
}
input.addEventListener('focus', () => open(''));
input.addEventListener('input', () => open(input.value));
</script></body></html>)HTML";

TEST(FormActorTest, AComboboxWhosePopupIsAGridIsChosenThroughItsCells) {
  planning::Answer us;
  us.text = "United States";
  auto chosen = FillThenRead(kGridPopup, "Country", us, "document.body.dataset.country || ''");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "United States");
}

// A school search that answers each query after a debounce and a fetch, leaving
// the last query's suggestions on screen meanwhile (Greenhouse's select2-style
// school box): what shows right after a new query is not its answer, and a longer
// name holding the school's ("... Extension") is another school.
constexpr char kSchoolSearch[] = R"HTML(<!doctype html><html><body><form>
<label for="school">School</label>
<input id="school" role="combobox" aria-autocomplete="list" aria-controls="schools" autocomplete="off">
<ul id="schools" role="listbox"></ul>
</form><script>
const rows = [['University of California - Berkeley', '1712'], ['University of California - Davis', '1713'],
              ['University of California Davis Extension', '5820'], ['Davis & Elkins College', '3301']];
const box = document.getElementById('school');
const list = document.getElementById('schools');
let timer = null;
box.addEventListener('input', () => {
  clearTimeout(timer);
  const typed = box.value.toLowerCase();
  timer = setTimeout(() => {
    list.innerHTML = '';
    for (const [name, id] of rows) {
      if (!name.toLowerCase().includes(typed)) continue;
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.textContent = name;
      item.addEventListener('click', () => { box.value = name; document.body.dataset.school = id; list.innerHTML = ''; });
      list.appendChild(item);
    }
  }, 600);
});
</script></body></html>)HTML";

TEST(FormActorTest, ATypeaheadsAnswerToEachQueryIsAwaitedAndLongerNamesakesRefused) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto chosen = RunAsync(io, [&]() -> asio::awaitable<Result<std::string>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kSchoolSearch));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* school = FieldLabelled(*snapshot, "School");
    if (school == nullptr) co_return Fail(ErrorKind::kNotFound, "no school box");
    planning::Answer davis;
    davis.text = "University of California, Davis";
    davis.match_key = planning::FieldKey::kSchool;
    davis.queries =
        planning::TypeaheadQueries("University of California, Davis", planning::FieldKey::kSchool);
    FormActor actor(**page);
    auto picked = co_await actor.Fill(snapshot->frames.front(), *school, davis);
    if (!picked) co_return Fail(picked.error());
    auto id =
        co_await (*page)->Evaluate(snapshot->frames.front(), "document.body.dataset.school || ''");
    if (!id) co_return Fail(id.error());
    co_return std::string(id->as_string());
  });
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(*chosen, "1713");
  (*browser)->Close();
}

// A city search as Angular Material apps draw it (mat-autocomplete over a
// debounced geo search): each query first shows a greyed-out note ("Recherche en
// cours…", then "Aucune ville trouvée" when nothing matched), the suggestions
// come as lines (the city over its region and country), and the box then shows
// the one picked in punctuation of its own. The note is no answer to wait past,
// the lines are a place, and "South San Francisco" is another city.
constexpr char kCitySearch[] =
    R"HTML(<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><form>
<label for="city">Ville</label>
<input id="city" role="combobox" aria-autocomplete="list" aria-controls="cities" autocomplete="off">
<div id="cities" role="listbox"></div>
</form><script>
const rows = [['5397765', 'South San Francisco', 'Californie, États-Unis'],
              ['5391959', 'San Francisco', 'Californie, États-Unis'],
              ['3837675', 'San Francisco', 'Córdoba, Argentine']];
const box = document.getElementById('city');
const list = document.getElementById('cities');
const note = (text) => {
  list.innerHTML = '';
  const item = document.createElement('div');
  item.setAttribute('role', 'option');
  item.setAttribute('aria-disabled', 'true');
  item.textContent = text;
  list.appendChild(item);
};
let timer = null;
box.addEventListener('input', () => {
  clearTimeout(timer);
  const typed = box.value.toLowerCase();
  note('Recherche en cours…');
  timer = setTimeout(() => {
    const found = rows.filter(([, name]) => name.toLowerCase().includes(typed));
    if (!found.length) { note('Aucune ville trouvée'); return; }
    list.innerHTML = '';
    for (const [id, name, detail] of found) {
      const item = document.createElement('div');
      item.setAttribute('role', 'option');
      item.innerHTML = '<span></span><small style="display:block"></small>';
      item.firstChild.textContent = name;
      item.lastChild.textContent = detail;
      item.addEventListener('click', () => {
        box.value = name + ' (' + detail + ')';
        document.body.dataset.city = id;
        list.innerHTML = '';
      });
      list.appendChild(item);
    }
  }, 500);
});
</script></body></html>)HTML";

TEST(FormActorTest, ACitySearchsNotesAreWaitedPastAndItsLinesReadAsAPlace) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto chosen = RunAsync(io, [&]() -> asio::awaitable<Result<std::string>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kCitySearch));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* city = FieldLabelled(*snapshot, "Ville");
    if (city == nullptr) co_return Fail(ErrorKind::kNotFound, "no city box");
    planning::Answer sf;
    sf.text = "San Francisco, CA";
    sf.match_key = planning::FieldKey::kCity;
    sf.match_text = "San Francisco, CA, United States";
    // One query: its suggestions must be awaited past the note it shows first.
    sf.queries = {"San Francisco"};
    FormActor actor(**page);
    auto picked = co_await actor.Fill(snapshot->frames.front(), *city, sf);
    if (!picked) co_return Fail(picked.error());
    auto id =
        co_await (*page)->Evaluate(snapshot->frames.front(), "document.body.dataset.city || ''");
    if (!id) co_return Fail(id.error());
    co_return std::string(id->as_string());
  });
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(*chosen, "5391959");
  (*browser)->Close();
}

// A place search written by hand, with no role and no component name: a text box
// the browser must not complete, the picked place's name and id kept in the one
// hidden input beside it, and the suggestions drawn (after a pause in the typing
// and a "Loading" note) in a container beside the box that its class names a list
// of results, as rows with no role and no option class. Only a picked row counts;
// typed text alone leaves the hidden input empty and the page refuses it.
constexpr char kHandWrittenPlaceSearch[] =
    R"HTML(<!doctype html><html><body><form style="padding:20px">
<div class="question"><label><div class="label">Where do you live now?</div>
  <div class="field" style="position:relative">
    <input type="text" name="home" autocomplete="off">
    <input type="hidden" name="home_place" value="">
    <div class="place-search-results" style="position:absolute;left:0;right:0;top:100%;background:#fff" hidden>
      <div class="rows"></div><div class="wait" hidden>Loading</div></div>
  </div></label></div>
</form><script>
const box = document.querySelector('[name=home]');
const store = document.querySelector('[name=home_place]');
const popup = document.querySelector('.place-search-results');
const rows = popup.querySelector('.rows'), wait = popup.querySelector('.wait');
const places = [['San Francisco, California, United States', 'p1'], ['South San Francisco, California, United States', 'p2'],
                ['San Francisco de Macoris, Duarte, Dominican Republic', 'p3'], ['Seattle, Washington, United States', 'p4']];
let timer = null;
box.addEventListener('input', () => {
  store.value = '';
  clearTimeout(timer);
  const typed = box.value.toLowerCase().split(',')[0].trim();
  timer = setTimeout(() => {
    rows.textContent = ''; wait.hidden = false; popup.hidden = false;
    setTimeout(() => {
      wait.hidden = true;
      for (const [name, id] of places) {
        if (!typed || !name.toLowerCase().includes(typed)) continue;
        const row = document.createElement('div');
        row.className = 'place';
        row.textContent = name;
        row.addEventListener('mousedown', (e) => { e.preventDefault(); box.value = name; store.value = id; popup.hidden = true; });
        rows.appendChild(row);
      }
    }, 200);
  }, 400);
});
</script></body></html>)HTML";

TEST(FormActorTest, AHandWrittenPlaceSearchKeepingItsPickInAHiddenInputIsChosenFromItsRows) {
  planning::Answer sf;
  sf.text = "San Francisco, CA";
  sf.match_key = planning::FieldKey::kLocation;
  sf.match_text = "San Francisco, CA, United States";
  sf.queries =
      planning::TypeaheadQueries("San Francisco, CA, United States", planning::FieldKey::kLocation);
  auto picked = FillThenRead(kHandWrittenPlaceSearch, "Where do you live now?", sf,
                             "document.querySelector('[name=home_place]').value + '|' + "
                             "document.querySelector('[name=home]').value");
  ASSERT_TRUE(picked) << picked.error().ToString();
  EXPECT_EQ(picked->as_string(), "p1|San Francisco, California, United States");
}

// A school box as react-select and MUI's Autocomplete draw it: the menu is a
// portal at the end of <body>, placed under the box, and filters as you type; when
// nothing matches it says so in a note that is no option ("No options"). The
// page records each key pressed in the box.
constexpr char kSchoolSearchWithNote[] = R"HTML(<!doctype html><html><body><form>
<label for="school">School</label>
<input id="school" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off">
</form><script>
const rows = [['University of California - Berkeley', '1712'], ['University of California - Davis', '1713'],
              ['University of California Davis Extension', '5820'], ['Davis & Elkins College', '3301']];
const box = document.getElementById('school');
const keys = [];
box.addEventListener('keydown', (event) => { keys.push(event.key); document.body.dataset.keys = keys.join(','); });
let menu = null;
const delay = Number(new URLSearchParams(location.hash.slice(1)).get('debounce') || 0);
function show(found) {
  if (!menu) {
    menu = document.createElement('div');
    const r = box.getBoundingClientRect();
    menu.style = `position:absolute;left:${r.left}px;top:${r.bottom + 4}px;width:320px;border:1px solid #999;background:#fff`;
    document.body.appendChild(menu);
  }
  menu.innerHTML = '';
  box.setAttribute('aria-expanded', 'true');
  if (found === null || !found.length) {
    const note = document.createElement('div');
    note.className = 'menu-notice menu-notice--no-options';
    note.textContent = 'No options';
    menu.appendChild(note);
    return;
  }
  const list = document.createElement('div');
  list.setAttribute('role', 'listbox');
  list.id = 'schools';
  box.setAttribute('aria-controls', 'schools');
  for (const [name, id] of found) {
    const item = document.createElement('div');
    item.setAttribute('role', 'option');
    item.textContent = name;
    item.addEventListener('click', () => {
      box.value = name; document.body.dataset.school = id; menu.remove(); menu = null;
      box.setAttribute('aria-expanded', 'false');
    });
    list.appendChild(item);
  }
  menu.appendChild(list);
}
let timer = null;
box.addEventListener('input', () => {
  clearTimeout(timer);
  const typed = box.value.toLowerCase();
  const found = () => rows.filter(([name]) => name.toLowerCase().includes(typed));
  if (!delay) { show(found()); return; }
  show(null);
  timer = setTimeout(() => show(found()), delay);
});
</script></body></html>)HTML";

struct SchoolPicked {
  std::string school;
  std::string keys;
};

asio::awaitable<Result<SchoolPicked>> PickSchool(browser::Browser& browser, std::string url) {
  auto context = co_await browser.NewContext();
  auto page = co_await (*context)->NewPage();
  if (!page) co_return Fail(page.error());
  if (auto loaded = co_await (*page)->Navigate(url); !loaded) co_return Fail(loaded.error());
  auto snapshot = co_await perception::PageReader::Read(**page);
  if (!snapshot) co_return Fail(snapshot.error());
  const auto* school = FieldLabelled(*snapshot, "School");
  if (school == nullptr) co_return Fail(ErrorKind::kNotFound, "no school box");
  planning::Answer davis;
  davis.text = "University of California, Davis";
  davis.match_key = planning::FieldKey::kSchool;
  davis.queries =
      planning::TypeaheadQueries("University of California, Davis", planning::FieldKey::kSchool);
  FormActor actor(**page);
  auto picked = co_await actor.Fill(snapshot->frames.front(), *school, davis);
  if (!picked) co_return Fail(picked.error());
  auto recorded = co_await (*page)->Evaluate(
      snapshot->frames.front(),
      "[document.body.dataset.school || '', document.body.dataset.keys || '']");
  if (!recorded) co_return Fail(recorded.error());
  co_return SchoolPicked{std::string(recorded->as_array()[0].as_string()),
                         std::string(recorded->as_array()[1].as_string())};
}

// The list's "No options" answers the query: the next query is typed, and Enter,
// which searches only in boxes that wait for it, is not pressed in one that
// searches as it is typed in.
TEST(FormActorTest, ATypeaheadThatSaysItFoundNothingIsTakenAtItsWord) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto picked = RunAsync(io, [&]() {
    return PickSchool(**browser, "data:text/html;base64," + EncodeBase64(kSchoolSearchWithNote));
  });
  ASSERT_TRUE(picked) << picked.error().ToString();
  EXPECT_EQ(picked->school, "1713");
  EXPECT_EQ(picked->keys.find("Enter"), std::string::npos) << "keys pressed: " << picked->keys;
  (*browser)->Close();
}

// MUI's search-as-you-type recipe: "No options" shows at once, while the search
// waits for typing to pause (here 450 ms); the suggestions that then come are
// the answer, not the note before them.
TEST(FormActorTest, ANothingFoundNoteShownWhileTheSearchWaitsForTypingToPauseIsWaitedPast) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto picked = RunAsync(io, [&]() {
    return PickSchool(**browser, "data:text/html;base64," + EncodeBase64(kSchoolSearchWithNote) +
                                     "#debounce=450");
  });
  ASSERT_TRUE(picked) << picked.error().ToString();
  EXPECT_EQ(picked->school, "1713");
  (*browser)->Close();
}

// A select drawn as a button that opens a menu (BambooHR's Fabric, bootstrap-
// select): the button's name carries what it shows, its popup lists role=menuitem
// entries at the end of <body>, it opens on pointer down only, and the form sends
// a native <select> kept out of sight beside it.
constexpr char kMenuSelect[] = R"HTML(<!doctype html><html><body><form>
<div class="col"><label for="proxy-region">Region*</label>
  <div class="wrap"><button type="button" class="toggle" aria-haspopup="true" aria-expanded="false"
    aria-label="Region -Select-">-Select-</button>
  <select id="proxy-region" name="region" aria-hidden="true" tabindex="-1" required
    style="position:absolute;width:0;height:0;opacity:0;border:0"><option value=""></option></select></div></div>
<div class="col"><label for="notes">Notes</label><input id="notes" name="notes"></div>
<button type="button" aria-haspopup="menu">More actions</button>
</form><script>
const toggle = document.querySelector('.toggle');
const proxy = document.querySelector('select[name=region]');
const regions = [['N', 'North'], ['CA', 'California'], ['S', 'South']];
let menu = null;
toggle.addEventListener('mousedown', (e) => {
  e.preventDefault();
  if (menu) { menu.remove(); menu = null; return; }
  menu = document.createElement('div');
  menu.setAttribute('role', 'menu');
  for (const [value, text] of regions) {
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.textContent = text;
    item.addEventListener('click', () => {
      proxy.innerHTML = '';
      proxy.appendChild(new Option(text, value, true, true));
      toggle.textContent = text;
      toggle.setAttribute('aria-label', 'Region ' + text);
      menu.remove();
      menu = null;
    });
    menu.appendChild(item);
  }
  document.body.appendChild(menu);
});
</script></body></html>)HTML";

TEST(FormActorTest, ASelectDrawnAsAMenuButtonIsChosenThroughItsMenu) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string region_value;
  auto chosen = RunAsync(io, [&]() -> asio::awaitable<Result<perception::PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kMenuSelect));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* region = FieldLabelled(*snapshot, "Region");
    if (region == nullptr)
      co_return Fail(ErrorKind::kNotFound, "the menu-drawn select is no field");
    if (region->kind != perception::ControlKind::kCombobox || region->name != "region" ||
        !region->required || !region->value.empty()) {
      co_return Fail(ErrorKind::kProtocol, "the menu-drawn select is read wrong");
    }
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer california;
    california.text = "California";
    auto picked = co_await actor.Fill(frame, *region, california);
    if (!picked) co_return Fail(picked.error());
    auto sent =
        co_await (*page)->Evaluate(frame, "document.querySelector('select[name=region]').value");
    if (!sent) co_return Fail(sent.error());
    region_value = std::string(sent->as_string());
    co_return co_await perception::PageReader::Read(**page);
  });
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(region_value, "CA");
  const auto* region = FieldLabelled(*chosen, "Region");
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(region->value, "California");
  // An action menu with no select beside it stays a button, never a field.
  EXPECT_EQ(chosen->fields.size(), 2u);
  bool menu_button = false;
  for (const auto& button : chosen->buttons) menu_button |= button.text == "More actions";
  EXPECT_TRUE(menu_button);
  (*browser)->Close();
}

// rc-select (Ant Design's Select): a read-only combobox input whose aria-controls
// names a listbox that holds accessible copies of the active option and its
// neighbours only, named by value, in a 0x0 box. What a person sees and clicks is
// a list drawn in a popup at the end of <body> without option roles, and a virtual
// one: only the rows in sight exist, the rest appear as the list scrolls. The
// chosen label shows beside the (empty) input.
constexpr char kVirtualSelect[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<label for="lang">Language</label>
<div class="pick"><span class="pick-selector" style="display:inline-block;width:220px;border:1px solid #999;position:relative">
  <input id="lang" role="combobox" readonly aria-expanded="false" aria-haspopup="listbox" aria-controls="lang_list"
    aria-owns="lang_list" style="opacity:0;position:absolute;left:0;top:0;width:100%">
  <span class="pick-selection-placeholder">Choose one</span></span></div>
<div style="margin-top:16px"><label for="notes">Notes</label><input id="notes"></div>
</form><script>
const languages = [['af','Afrikaans'],['sq','Albanian'],['ar','Arabic'],['hy','Armenian'],['eu','Basque'],
  ['bn','Bengali'],['bg','Bulgarian'],['ca','Catalan'],['zh','Chinese'],['hr','Croatian'],['cs','Czech'],
  ['da','Danish'],['nl','Dutch'],['en','English'],['et','Estonian'],['fi','Finnish'],['fr','French'],
  ['de','German'],['el','Greek'],['he','Hebrew'],['hi','Hindi'],['hu','Hungarian'],['is','Icelandic'],
  ['it','Italian'],['ja','Japanese'],['ko','Korean'],['lv','Latvian'],['lt','Lithuanian'],['no','Norwegian'],
  ['pl','Polish'],['pt','Portuguese'],['ro','Romanian'],['ru','Russian'],['sk','Slovak'],['es','Spanish'],
  ['sv','Swedish'],['th','Thai'],['tr','Turkish'],['uk','Ukrainian'],['vi','Vietnamese']];
const ROW = 30, SHOWN = 6;
const input = document.getElementById('lang');
const selector = document.querySelector('.pick-selector');
let open = false, active = 0, popup = null, holder, rows, copies, chosen = '';
document.body.dataset.chosen = '';
function render() {
  const start = Math.floor(holder.scrollTop / ROW);
  rows.innerHTML = '';
  rows.style.transform = 'translateY(' + start * ROW + 'px)';
  for (let i = start; i < Math.min(languages.length, start + SHOWN + 1); i++) {
    const [code, name] = languages[i];
    const row = document.createElement('div');
    row.className = 'pick-item pick-item-option';
    row.setAttribute('aria-selected', String(code === chosen));
    row.style.height = ROW + 'px';
    row.textContent = name;
    row.addEventListener('mousedown', (e) => e.preventDefault());
    row.addEventListener('click', () => choose(code, name));
    rows.appendChild(row);
  }
  copies.innerHTML = '';
  for (const i of [active - 1, active, active + 1]) {
    if (i < 0 || i >= languages.length) continue;
    const copy = document.createElement('div');
    copy.setAttribute('role', 'option');
    copy.setAttribute('aria-label', languages[i][1]);
    copy.textContent = languages[i][0];
    copies.appendChild(copy);
  }
}
function openList() {
  if (!popup) {
    popup = document.createElement('div');
    popup.style = 'position:absolute;left:20px;top:70px;width:220px;background:white;border:1px solid #999';
    copies = document.createElement('div');
    copies.setAttribute('role', 'listbox');
    copies.id = 'lang_list';
    copies.style = 'height:0;width:0;overflow:hidden';
    holder = document.createElement('div');
    holder.style = 'max-height:' + SHOWN * ROW + 'px;overflow-y:auto';
    const filler = document.createElement('div');
    filler.style = 'position:relative;height:' + languages.length * ROW + 'px';
    rows = document.createElement('div');
    filler.appendChild(rows);
    holder.appendChild(filler);
    holder.addEventListener('scroll', render);
    popup.append(copies, holder);
    document.body.appendChild(popup);
  }
  popup.style.display = '';
  open = true;
  input.setAttribute('aria-expanded', 'true');
  render();
}
function closeList() {
  if (popup) popup.style.display = 'none';
  open = false;
  input.setAttribute('aria-expanded', 'false');
}
function choose(code, name) {
  chosen = code;
  document.body.dataset.chosen = code;
  const shown = document.createElement('span');
  shown.className = 'pick-selection-item';
  shown.textContent = name;
  selector.querySelector('span').replaceWith(shown);
  closeList();
}
selector.addEventListener('mousedown', (e) => {
  if (e.target !== input) e.preventDefault();
  input.focus();
  if (open) closeList(); else openList();
});
input.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeList(); });
input.addEventListener('blur', closeList);
</script></body></html>)HTML";

TEST(FormActorTest, AVirtualListDrawnBesideItsAccessibleCopiesIsScrolledToTheAnswer) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string chosen;
  auto filled = RunAsync(io, [&]() -> asio::awaitable<Result<perception::PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kVirtualSelect));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* language = FieldLabelled(*snapshot, "Language");
    if (language == nullptr) co_return Fail(ErrorKind::kNotFound, "the select is no field");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer swedish;
    swedish.text = "Swedish";
    auto picked = co_await actor.Fill(frame, *language, swedish);
    if (!picked) co_return Fail(picked.error());
    auto sent = co_await (*page)->Evaluate(frame, "document.body.dataset.chosen");
    if (!sent) co_return Fail(sent.error());
    chosen = std::string(sent->as_string());
    co_return co_await perception::PageReader::Read(**page);
  });
  ASSERT_TRUE(filled) << filled.error().ToString();
  EXPECT_EQ(chosen, "sv");
  const auto* language = FieldLabelled(*filled, "Language");
  ASSERT_NE(language, nullptr);
  EXPECT_EQ(language->value, "Swedish");
  (*browser)->Close();
}

// A select whose popup opens a moment after the click (it fetches or animates)
// on a page whose yes/no answers are buttons styled as "…-option": until the
// list shows, those buttons are no options of the select, however they are named.
constexpr char kLateListBesideChoiceButtons[] =
    R"HTML(<!doctype html><html><body><form style="padding:20px">
<div style="position:relative"><label id="years-label">Years of experience</label>
  <div id="years" role="combobox" tabindex="0" aria-labelledby="years-label" aria-haspopup="listbox"
    aria-expanded="false" aria-controls="years-list" style="width:200px;height:24px;border:1px solid #999"></div></div>
<div style="margin-top:16px"><span id="relocate-label">Willing to relocate?</span>
  <div role="group" aria-labelledby="relocate-label">
    <button type="button" class="answer-option" aria-pressed="false">Yes</button>
    <button type="button" class="answer-option" aria-pressed="false">No</button></div></div>
</form><script>
const box = document.getElementById('years');
document.body.dataset.chosen = '';
box.addEventListener('click', () => setTimeout(() => {
  const list = document.createElement('ul');
  list.id = 'years-list';
  list.setAttribute('role', 'listbox');
  list.style = 'position:absolute;left:0;top:44px;width:200px;background:white;margin:0;padding:0;list-style:none';
  for (const text of ['0-2 years', '3-5 years', '6-9 years', '10+ years']) {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.textContent = text;
    item.addEventListener('click', () => {
      box.textContent = text;
      document.body.dataset.chosen = text;
      list.remove();
      box.setAttribute('aria-expanded', 'false');
    });
    list.appendChild(item);
  }
  box.parentElement.appendChild(list);
  box.setAttribute('aria-expanded', 'true');
}, 150));
</script></body></html>)HTML";

TEST(FormActorTest, AListThatOpensLateIsAwaitedPastChoiceButtonsNamedAsOptions) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string chosen;
  auto filled = RunAsync(io, [&]() -> asio::awaitable<Status> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," +
                                             EncodeBase64(kLateListBesideChoiceButtons));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* years = FieldLabelled(*snapshot, "Years of experience");
    if (years == nullptr) co_return Fail(ErrorKind::kNotFound, "the select is no field");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer six_to_nine;
    six_to_nine.text = "6-9 years";
    auto picked = co_await actor.Fill(frame, *years, six_to_nine);
    if (!picked) co_return Fail(picked.error());
    auto sent = co_await (*page)->Evaluate(frame, "document.body.dataset.chosen");
    if (!sent) co_return Fail(sent.error());
    chosen = std::string(sent->as_string());
    co_return Status{};
  });
  ASSERT_TRUE(filled) << filled.error().ToString();
  EXPECT_EQ(chosen, "6-9 years");
  (*browser)->Close();
}

// A search box that searches on Enter (Workday's prompts): typing alone brings
// nothing up, and the list it opens with holds categories, not the answer. The
// box sits in a <form> whose submit handler would send it, so the Enter that
// searches must never submit the form.
constexpr char kSearchOnEnter[] = R"HTML(<!doctype html><html><body>
<form id="application" style="padding:20px">
<label for="source">How did you hear about us?</label>
<div style="position:relative"><input id="source" role="combobox" aria-haspopup="listbox"
  aria-expanded="false" aria-controls="source-list" autocomplete="off" placeholder="Search"></div>
<button type="submit">Submit application</button>
</form><script>
document.body.dataset.chosen = '';
document.body.dataset.submitted = '';
document.getElementById('application').addEventListener('submit', (e) => {
  e.preventDefault();
  document.body.dataset.submitted = 'yes';
});
const input = document.getElementById('source');
const leaves = ['Indeed', 'Glassdoor', 'LinkedIn', 'Facebook', 'Instagram'];
function show(entries) {
  const old = document.getElementById('source-list');
  if (old) old.remove();
  const list = document.createElement('div');
  list.id = 'source-list';
  list.setAttribute('role', 'listbox');
  list.style = 'position:absolute;left:0;top:28px;width:220px;background:white;border:1px solid #999';
  for (const text of entries) {
    const item = document.createElement('div');
    item.setAttribute('role', 'option');
    item.textContent = text;
    item.addEventListener('mousedown', (e) => e.preventDefault());
    item.addEventListener('click', () => {
      if (text === 'Job Board' || text === 'Social Media') return;
      document.body.dataset.chosen = text;
      list.remove();
    });
    list.appendChild(item);
  }
  input.parentElement.appendChild(list);
  input.setAttribute('aria-expanded', 'true');
}
input.addEventListener('focus', () => show(['Job Board', 'Social Media', 'Other']));
input.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const q = input.value.trim().toLowerCase();
  show(leaves.filter((leaf) => leaf.toLowerCase().includes(q)));
});
</script></body></html>)HTML";

TEST(FormActorTest, ASearchBoxThatSearchesOnEnterIsSearchedWithoutSubmittingItsForm) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string chosen;
  std::string submitted;
  auto filled = RunAsync(io, [&]() -> asio::awaitable<Status> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kSearchOnEnter));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* source = FieldLabelled(*snapshot, "How did you hear about us?");
    if (source == nullptr) co_return Fail(ErrorKind::kNotFound, "the search box is no field");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer linkedin;
    linkedin.text = "LinkedIn";
    auto picked = co_await actor.Fill(frame, *source, linkedin);
    auto read = [&](const char* key) -> asio::awaitable<std::string> {
      auto value = co_await (*page)->Evaluate(frame, std::string("document.body.dataset.") + key);
      co_return value && value->is_string() ? std::string(value->as_string()) : std::string("?");
    };
    chosen = co_await read("chosen");
    submitted = co_await read("submitted");
    if (!picked) co_return Fail(picked.error());
    co_return Status{};
  });
  EXPECT_TRUE(filled) << filled.error().ToString();
  EXPECT_EQ(chosen, "LinkedIn");
  EXPECT_EQ(submitted, "");
  (*browser)->Close();
}

// Checkboxes drawn as ARIA widgets (Headless UI's Switch, Radix's Checkbox): a
// <button role=switch aria-checked> named by the label after it through
// aria-labelledby, and a <div role=checkbox> with its text beside it. Each is a
// checkbox field with that name, and a click turns it on.
constexpr char kAriaCheckboxes[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div><label for="email">Email</label><input id="email" type="email"></div>
<div style="margin-top:16px;display:flex;gap:8px">
  <button type="button" role="switch" aria-checked="false" aria-labelledby="terms-label"
    style="width:44px;height:24px"><span aria-hidden="true" class="knob"></span></button>
  <label id="terms-label">I accept the terms of service.</label></div>
<div style="margin-top:16px;display:flex;gap:8px">
  <div role="checkbox" aria-checked="false" tabindex="0" style="width:16px;height:16px;border:1px solid #333"></div>
  <span>Send me news about future openings</span></div>
<button type="submit">Send</button>
</form><script>
document.body.dataset.state = '{}';
const state = {};
for (const toggle of document.querySelectorAll('[role=switch], [role=checkbox]')) {
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-checked') !== 'true';
    toggle.setAttribute('aria-checked', String(on));
    state[toggle.getAttribute('role')] = on;
    document.body.dataset.state = JSON.stringify(state);
  });
}
document.getElementById('terms-label').addEventListener('click', () => document.querySelector('[role=switch]').click());
</script></body></html>)HTML";

TEST(FormActorTest, ASwitchAndAnAriaCheckboxAreCheckboxesTurnedOnByAClick) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto state = RunAsync(io, [&]() -> asio::awaitable<Result<json::object>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kAriaCheckboxes));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    for (const auto& button : snapshot->buttons) {
      if (button.text != "Send") co_return Fail(ErrorKind::kProtocol, "a toggle read as a button");
    }
    const auto* terms = FieldLabelled(*snapshot, "I accept the terms of service.");
    const auto* news = FieldLabelled(*snapshot, "Send me news about future openings");
    if (terms == nullptr || news == nullptr) {
      co_return Fail(ErrorKind::kNotFound, "the switch or the ARIA checkbox is no field");
    }
    if (terms->kind != perception::ControlKind::kCheckbox ||
        news->kind != perception::ControlKind::kCheckbox || terms->checked || news->checked) {
      co_return Fail(ErrorKind::kProtocol, "the toggles are read wrong");
    }
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer on;
    on.check = true;
    for (const auto* toggle : {terms, news}) {
      auto ticked = co_await actor.Fill(frame, *toggle, on);
      if (!ticked) co_return Fail(ticked.error());
    }
    auto after = co_await perception::PageReader::Read(**page);
    if (!after) co_return Fail(after.error());
    for (const auto* label :
         {"I accept the terms of service.", "Send me news about future openings"}) {
      const auto* toggle = FieldLabelled(*after, label);
      if (toggle == nullptr || !toggle->checked) {
        co_return Fail(ErrorKind::kProtocol, std::string("not read back as on: ") + label);
      }
    }
    auto published = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!published) co_return Fail(published.error());
    co_return json::parse(published->as_string()).as_object();
  });
  ASSERT_TRUE(state) << state.error().ToString();
  EXPECT_TRUE(state->at("switch").as_bool());
  EXPECT_TRUE(state->at("checkbox").as_bool());
  (*browser)->Close();
}

// Select2 3.x on a hidden input (its remote- and local-data mode): what a person
// clicks is an anchor showing the choice; the label names an off-screen "focusser"
// input (role=button, aria-haspopup) that only takes the keyboard, and which the
// widget names by what it shows. The results are drawn only when the list opens,
// and the choice goes to the hidden input. AngularJS's ui-select copies the pattern.
constexpr char kFocusserSelect[] = R"HTML(<!doctype html><html><head><style>
.s2-offscreen { clip: rect(0 0 0 0); width: 1px; height: 1px; border: 0; margin: 0; padding: 0;
  overflow: hidden; position: absolute; outline: 0; left: 0; top: 0; }
.s2-container { position: relative; display: inline-block; width: 260px; }
.s2-choice { display: block; border: 1px solid #aaa; padding: 4px 8px; color: #444; text-decoration: none; }
.s2-drop { position: absolute; top: 100%; left: 0; right: 0; background: #fff; border: 1px solid #aaa; }
.s2-hidden { display: none; }
</style></head><body><form style="padding:20px">
<div style="margin-bottom:16px"><label for="s2id_autogen1" class="s2-offscreen">Highest degree *</label>
<div class="s2-container" id="s2id_degree">
  <a href="javascript:void(0)" class="s2-choice" tabindex="-1"><span class="s2-chosen" id="s2-chosen-1">Select...</span>
    <span class="s2-arrow" role="presentation"><b role="presentation"></b></span></a>
  <input class="s2-focusser s2-offscreen" type="text" aria-haspopup="true" role="button"
    aria-labelledby="s2-chosen-1" id="s2id_autogen1">
  <div class="s2-drop s2-hidden"><div class="s2-search">
    <input type="text" autocomplete="off" class="s2-input" role="combobox" aria-expanded="true"
      aria-autocomplete="list" aria-owns="s2-results-1"></div>
    <ul class="s2-results" role="listbox" id="s2-results-1"></ul></div>
</div>
<input type="hidden" name="degree" value=""></div>
<div><label for="city">City</label> <input id="city" name="city"></div>
</form><script>
const degrees = [['hs', 'High school'], ['ba', "Bachelor's degree"], ['ma', "Master's degree"], ['phd', 'Doctorate']];
const container = document.getElementById('s2id_degree');
const drop = container.querySelector('.s2-drop');
const results = container.querySelector('.s2-results');
const search = container.querySelector('.s2-input');
function render() {
  results.innerHTML = '';
  const typed = search.value.toLowerCase();
  for (const [id, text] of degrees) {
    if (!text.toLowerCase().includes(typed)) continue;
    const li = document.createElement('li');
    li.className = 's2-result s2-result-selectable';
    li.setAttribute('role', 'presentation');
    const label = document.createElement('div');
    label.className = 's2-result-label';
    label.setAttribute('role', 'option');
    label.textContent = text;
    li.appendChild(label);
    li.addEventListener('mouseup', () => choose(id, text));
    results.appendChild(li);
  }
}
function openDrop() { drop.classList.remove('s2-hidden'); search.value = ''; render(); search.focus(); }
function closeDrop() { drop.classList.add('s2-hidden'); results.innerHTML = ''; }
function choose(id, text) {
  document.querySelector('input[name=degree]').value = id;
  document.getElementById('s2-chosen-1').textContent = text;
  closeDrop();
  container.querySelector('.s2-focusser').focus();
}
container.querySelector('.s2-choice').addEventListener('mousedown', (e) => {
  e.preventDefault();
  if (drop.classList.contains('s2-hidden')) openDrop(); else closeDrop();
});
container.querySelector('.s2-focusser').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); openDrop(); }
});
search.addEventListener('input', render);
search.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeDrop(); });
</script></body></html>)HTML";

TEST(FormActorTest, ADropdownWhoseLabelNamesAnOffscreenFocusInputIsChosenThroughWhatItShows) {
  planning::Answer masters;
  masters.text = "Master's degree";
  auto sent = FillThenRead(kFocusserSelect, "Highest degree", masters,
                           "[document.querySelector('input[name=degree]').value, "
                           "document.getElementById('s2-chosen-1').textContent]");
  ASSERT_TRUE(sent) << sent.error().ToString();
  EXPECT_EQ(sent->as_array().at(0).as_string(), "ma");
  EXPECT_EQ(sent->as_array().at(1).as_string(), "Master's degree");
}

// HubSpot's new-editor forms (hsfc-): a visible read-only box (role=button,
// aria-haspopup=listbox) opens a list with its own search box; a click on an
// option writes the option's label into the box and its value into a hidden
// input. The box is the field, not the wrapper drawn around it.
constexpr char kHubSpotDropdown[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.hsfc-DropdownInput { position: relative; width: 320px; }
.hsfc-DropdownOptions { position: absolute; top: 100%; left: 0; right: 0; background: #fff;
  border: 1px solid #999; flex-direction: column; }
.hsfc-DropdownOptions li { padding: 6px; }
</style></head><body><form style="padding:20px" class="hsfc-Form">
<div class="hsfc-FormField hsfc-DropdownField">
  <label class="hsfc-FieldLabel" id="exp-label" for="exp"><span>Expérience</span><span aria-hidden="true">*</span></label>
  <div class="hsfc-DropdownInput">
    <input id="exp" class="hsfc-TextInput hsfc-TextInput--button" type="text" role="button" readonly
      aria-haspopup="listbox" aria-expanded="false" aria-controls="exp-list" placeholder="Veuillez sélectionner"
      value="" style="width:300px">
    <div class="hsfc-DropdownOptions" style="display:none">
      <div class="hsfc-DropdownOptions__Search"><input class="hsfc-TextInput" type="text" role="searchbox"
        aria-label="Rechercher"></div>
      <ul class="hsfc-DropdownOptions__List" role="listbox" id="exp-list" aria-labelledby="exp-label">
        <li role="option" aria-selected="false" data-value="lt2">Moins de 2 ans</li>
        <li role="option" aria-selected="false" data-value="2to4">2 à 4 ans</li>
        <li role="option" aria-selected="false" data-value="5to9">5 à 9 ans</li></ul></div></div>
  <input type="hidden" name="0-1/exp" value=""></div>
<div><label for="city">Ville</label> <input id="city" name="city"></div>
</form><script>
const box = document.getElementById('exp');
const options = document.querySelector('.hsfc-DropdownOptions');
const search = options.querySelector('[role=searchbox]');
box.addEventListener('click', () => {
  const open = options.style.display === 'none';
  options.style.display = open ? 'flex' : 'none';
  box.setAttribute('aria-expanded', String(open));
  if (open) { search.value = ''; filter(); setTimeout(() => search.focus(), 0); }
});
function filter() {
  for (const li of options.querySelectorAll('li')) {
    li.style.display = li.textContent.toLowerCase().includes(search.value.toLowerCase()) ? '' : 'none';
  }
}
search.addEventListener('input', filter);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { options.style.display = 'none'; box.setAttribute('aria-expanded', 'false'); }
});
options.addEventListener('click', (e) => {
  const li = e.target.closest('li');
  if (!li) return;
  box.value = li.textContent;
  document.querySelector('input[name="0-1/exp"]').value = li.dataset.value;
  options.style.display = 'none';
  box.setAttribute('aria-expanded', 'false');
  box.focus();
});
</script></body></html>)HTML";

TEST(FormActorTest, AVisibleReadOnlyButtonBoxIsPickedThroughTheListItOpens) {
  planning::Answer five_to_nine;
  five_to_nine.text = "5 à 9 ans";
  five_to_nine.option_value = "5to9";
  auto sent = FillThenRead(kHubSpotDropdown, "Expérience", five_to_nine,
                           "[document.querySelector('input[name=\"0-1/exp\"]').value, "
                           "document.getElementById('exp').value]");
  ASSERT_TRUE(sent) << sent.error().ToString();
  EXPECT_EQ(sent->as_array().at(0).as_string(), "5to9");
  EXPECT_EQ(sent->as_array().at(1).as_string(), "5 à 9 ans");
}

// Select2 4 with remote data: the face is a role=combobox span named by what it
// shows, beside the clipped native select the form sends (empty until a choice);
// opening it draws, at the end of <body>, a list with a search box of its own
// that it focuses, and results come only from what is typed there (two letters
// at least, after a pause), the one chosen becoming the select's option.
constexpr char kRemoteSelect2[] = R"HTML(<!doctype html><html><head><style>
.hidden-accessible { border: 0; clip: rect(0 0 0 0); clip-path: inset(50%); height: 1px; width: 1px;
  overflow: hidden; padding: 0; position: absolute; white-space: nowrap; }
.selection { display: block; width: 260px; border: 1px solid #aaa; padding: 4px 8px; cursor: pointer; }
.dropdown { position: absolute; background: #fff; border: 1px solid #aaa; width: 276px; }
.dropdown input { width: 240px; margin: 4px; }
</style></head><body><form style="padding:20px">
<div><label for="city">City *</label>
  <select id="city" name="city" class="hidden-accessible" tabindex="-1" aria-hidden="true"><option value=""></option></select>
  <span class="container"><span class="selection" role="combobox" tabindex="0" aria-haspopup="true"
    aria-expanded="false" aria-labelledby="city-rendered"><span id="city-rendered">Type your city</span></span></span></div>
<div style="margin-top:12px"><label for="mail">Email</label> <input id="mail" name="mail"></div>
</form><script>
const cities = [['3128760', 'Barcelona, Spain'], ['5391959', 'San Francisco, CA, United States'],
  ['5397765', 'South San Francisco, CA, United States'], ['3837213', 'San Francisco, Cordoba, Argentina']];
const select = document.getElementById('city');
const face = document.querySelector('.selection');
let drop = null, timer = null;
function message(list, text) { list.innerHTML = ''; const li = document.createElement('li'); li.setAttribute('role', 'alert'); li.textContent = text; list.appendChild(li); }
function openDrop() {
  drop = document.createElement('span');
  drop.className = 'dropdown';
  const r = face.getBoundingClientRect();
  drop.style.top = (r.bottom + scrollY) + 'px';
  drop.style.left = (r.left + scrollX) + 'px';
  drop.innerHTML = '<input type="search" role="searchbox" aria-autocomplete="list" aria-controls="city-results">' +
    '<ul role="listbox" id="city-results"></ul>';
  document.body.appendChild(drop);
  const search = drop.querySelector('input');
  const list = drop.querySelector('ul');
  message(list, 'Please enter 2 or more characters');
  search.addEventListener('input', () => {
    clearTimeout(timer);
    const term = search.value.toLowerCase();
    if (term.length < 2) { message(list, 'Please enter 2 or more characters'); return; }
    timer = setTimeout(() => {
      list.innerHTML = '';
      for (const [id, text] of cities) {
        if (!text.toLowerCase().includes(term)) continue;
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = text;
        li.addEventListener('mouseup', () => choose(id, text));
        list.appendChild(li);
      }
    }, 250);
  });
  face.setAttribute('aria-expanded', 'true');
  search.focus();
}
function closeDrop() { if (drop) drop.remove(); drop = null; face.setAttribute('aria-expanded', 'false'); }
function choose(id, text) {
  select.innerHTML = '<option value=""></option>';
  select.appendChild(new Option(text, id, true, true));
  document.getElementById('city-rendered').textContent = text;
  closeDrop();
  face.focus();
}
face.addEventListener('mousedown', (e) => { e.preventDefault(); if (drop) closeDrop(); else openDrop(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeDrop(); });
</script></body></html>)HTML";

TEST(FormActorTest, AListOpenedWithASearchBoxOfItsOwnIsSearchedThere) {
  planning::Answer city;
  city.text = "San Francisco, CA, United States";
  auto sent = FillThenRead(kRemoteSelect2, "City", city,
                           "[document.getElementById('city').value, "
                           "document.getElementById('city-rendered').textContent]");
  ASSERT_TRUE(sent) << sent.error().ToString();
  EXPECT_EQ(sent->as_array().at(0).as_string(), "5391959");
  EXPECT_EQ(sent->as_array().at(1).as_string(), "San Francisco, CA, United States");
}

// An editable combobox over a list it holds, in the page's language (Ext JS's
// ComboBox with queryMode local and anyMatch, Kendo's ComboBox): typing filters
// the list, and the profile's wording ("United States") finds nothing among
// "Estados Unidos da América"; the keyboard's Down opens the whole list, as
// ARIA's combobox pattern has it. The answer is chosen there by meaning, and no
// query in another language is typed into the box first.
constexpr char kLocalFilterCombobox[] =
    R"HTML(<!doctype html><html lang="pt-PT"><meta charset="utf-8"><body>
<form style="padding:20px"><div><label for="pais">País de residência</label>
  <input id="pais" name="pais" role="combobox" aria-autocomplete="list" aria-expanded="false"
    aria-owns="pais-list" autocomplete="off" value="Portugal"></div></form>
<ul id="pais-list" role="listbox" style="position:absolute;top:70px;left:20px;background:#fff;display:none"></ul>
<script>
const countries = [['DE', 'Alemanha'], ['BR', 'Brasil'], ['ES', 'Espanha'],
  ['US', 'Estados Unidos da América'], ['FR', 'França'], ['PT', 'Portugal'], ['GB', 'Reino Unido']];
const input = document.getElementById('pais');
const list = document.getElementById('pais-list');
const state = {code: 'PT', typed: 0};
const save = () => { document.body.dataset.state = JSON.stringify(state); };
save();
function expand(text) {
  list.innerHTML = '';
  for (const [code, name] of countries) {
    if (text && !name.toLowerCase().includes(text.toLowerCase())) continue;
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.textContent = name;
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      state.code = code; input.value = name; collapse(); save();
    });
    list.appendChild(li);
  }
  list.style.display = list.children.length ? '' : 'none';
  input.setAttribute('aria-expanded', String(list.children.length > 0));
}
function collapse() { list.style.display = 'none'; input.setAttribute('aria-expanded', 'false'); }
input.addEventListener('input', () => { state.typed++; save(); if (input.value) expand(input.value); else collapse(); });
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); expand(''); }
  if (e.key === 'Escape') collapse();
});
input.addEventListener('blur', () => {
  collapse();
  const known = countries.find(([code]) => code === state.code);
  input.value = known ? known[1] : '';
});
</script></body></html>)HTML";

TEST(FormActorTest, AComboboxFilteringAListInThePagesLanguageIsChosenFromTheWholeList) {
  planning::Answer country;
  country.text = "United States";
  country.queries = {"United States", "United States of America", "USA"};
  country.match_key = planning::FieldKey::kCountry;
  auto state = FillThenRead(kLocalFilterCombobox, "País de residência", country,
                            "document.body.dataset.state");
  ASSERT_TRUE(state) << state.error().ToString();
  const json::object seen = json::parse(state->as_string()).as_object();
  EXPECT_EQ(seen.at("code").as_string(), "US");
  EXPECT_EQ(seen.at("typed").as_int64(), 0) << "queries were typed before the list was opened";
}

// A box with suggestions that takes any text (a city or street box that suggests
// places as you type, ARIA's combobox with aria-autocomplete=list): when no
// suggestion means the answer, what was typed stands. A box that takes only a
// picked suggestion clears the typing when it closes: there the fill fails.
constexpr char kSuggestingBoxes[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div><label for="city">City of residence</label>
  <input id="city" name="city" role="combobox" aria-autocomplete="list" aria-expanded="false"
    aria-controls="city-list" autocomplete="off">
  <ul id="city-list" role="listbox" style="position:absolute;background:#fff"></ul></div>
<div style="margin-top:120px"><label for="school">School</label>
  <input id="school" name="school" role="combobox" aria-autocomplete="list" aria-expanded="false"
    aria-controls="school-list" autocomplete="off">
  <ul id="school-list" role="listbox" style="position:absolute;background:#fff"></ul></div>
</form><script>
function suggest(input, list, names, strict) {
  let picked = '';
  input.addEventListener('input', () => {
    picked = '';
    setTimeout(() => {
      list.innerHTML = '';
      for (const name of names) {
        if (!input.value || !name.toLowerCase().includes(input.value.toLowerCase().slice(0, 3))) continue;
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = name;
        li.addEventListener('mousedown', (e) => { e.preventDefault(); input.value = name; picked = name; list.innerHTML = ''; });
        list.appendChild(li);
      }
      input.setAttribute('aria-expanded', String(list.children.length > 0));
    }, 150);
  });
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') { list.innerHTML = ''; input.setAttribute('aria-expanded', 'false'); } });
  input.addEventListener('blur', () => { list.innerHTML = ''; if (strict && !picked) input.value = ''; });
}
suggest(document.getElementById('city'), document.getElementById('city-list'),
        ['San Antonio', 'Santa Fe', 'Sankt Petersburg'], false);
suggest(document.getElementById('school'), document.getElementById('school-list'),
        ['University of Cambridge', 'University of Chicago'], true);
</script></body></html>)HTML";

TEST(FormActorTest, ABoxThatSuggestsButTakesAnyTextKeepsTheTypedAnswer) {
  planning::Answer city;
  city.text = "San Francisco";
  city.queries = {"San Francisco"};
  city.match_key = planning::FieldKey::kCity;
  auto kept = FillThenRead(kSuggestingBoxes, "City of residence", city,
                           "document.getElementById('city').value");
  ASSERT_TRUE(kept) << kept.error().ToString();
  EXPECT_EQ(kept->as_string(), "San Francisco");

  planning::Answer school;
  school.text = "University of California, Davis";
  school.queries = {"University of California, Davis"};
  school.match_key = planning::FieldKey::kSchool;
  auto refused = FillThenRead(kSuggestingBoxes, "School", school, "1");
  EXPECT_FALSE(refused);
}

// A form builder's "Other:" choice with its own box (Formstack's radio of value
// Other beside a text box named fieldN_other, labelled only for screen readers):
// the box is part of that option, no field of its own; the option says so, and an
// answer in the person's words is typed there once the option is chosen. The page
// hears the box change (it checks Other itself when typed in, as Formstack does).
constexpr char kOtherOptionWithBox[] = R"HTML(<!doctype html><html><head><style>
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style></head>
<body><form style="padding:20px">
<fieldset><legend>How did you learn about this opening?</legend>
<label for="f5_1"><input type="radio" id="f5_1" name="f5" value="Our website">Our website</label>
<label for="f5_2"><input type="radio" id="f5_2" name="f5" value="Indeed">Indeed</label>
<div><label for="f5_other"><input type="radio" id="f5_other" name="f5" value="Other">Other:</label>
<input type="text" id="f5_othervalue" name="f5_other" size="15"><label class="hidden" for="f5_othervalue">Other Value</label></div>
</fieldset>
</form><script>
const box = document.getElementById('f5_othervalue');
box.addEventListener('change', () => {
  if (box.value !== '') document.getElementById('f5_other').checked = true;
  document.body.dataset.heard = box.value;
});
</script></body></html>)HTML";

TEST(FormActorTest, AnOtherChoicesBoxTakesTheAnswerInThePersonsWords) {
  planning::Answer heard;
  heard.text = "Other:";
  heard.option_value = "Other";
  heard.specified = "LinkedIn";
  auto read = FillThenRead(kOtherOptionWithBox, "How did you learn about this opening?", heard,
                           "document.querySelector('input[name=f5]:checked').value + '|' + "
                           "(document.body.dataset.heard || '')");
  ASSERT_TRUE(read) << read.error().ToString();
  EXPECT_EQ(read->as_string(), "Other|LinkedIn");
}

// A filterable list of one country's provinces with a choice for living abroad
// (Element Plus's and Ant Design's filterable selects over Vietnamese or Italian
// provinces): no wording of a San Francisco address finds anything in it. Once
// one query has brought nothing up, the city alone is tried next, and no query
// that holds one that found nothing is typed (each costs the wait for
// suggestions); then the list's choice for abroad is the answer.
constexpr char kProvinceFilter[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"></head>
<body><form style="padding:20px">
<label for="province">Province of residence</label>
<input id="province" role="combobox" aria-expanded="false" aria-controls="provinces" autocomplete="off">
<ul id="provinces" role="listbox" hidden style="max-height:120px;overflow:auto;margin:0"></ul>
</form><script>
const names = ['Agrigento', 'Bari', 'Bologna', 'Cagliari', 'Firenze', 'Genova', 'Milano', 'Napoli',
               'Palermo', 'Roma', 'Torino', 'Venezia', 'Estero'];
const box = document.getElementById('province');
const list = document.getElementById('provinces');
const typed = [];
function draw() {
  const term = box.value.trim().toLowerCase();
  list.textContent = '';
  for (const name of names.filter((n) => n.toLowerCase().includes(term))) {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.textContent = name;
    item.addEventListener('mousedown', (e) => {
      e.preventDefault();
      box.value = name;
      document.body.dataset.chosen = name;
      list.hidden = true;
      box.setAttribute('aria-expanded', 'false');
    });
    list.appendChild(item);
  }
  list.hidden = false;
  box.setAttribute('aria-expanded', 'true');
}
box.addEventListener('focus', draw);
box.addEventListener('input', () => {
  if (box.value.trim() && !typed.includes(box.value.trim())) typed.push(box.value.trim());
  document.body.dataset.typed = JSON.stringify(typed);
  draw();
});
box.addEventListener('blur', () => { list.hidden = true; box.setAttribute('aria-expanded', 'false'); });
</script></body></html>)HTML";

TEST(FormActorTest, AQueryThatFindsNothingIsNotTypedAgainInLongerOnes) {
  planning::Answer home;
  home.text = "San Francisco, CA";
  home.queries = {"San Francisco, CA", "San Francisco, California",
                  "San Francisco, California, United States", "San Francisco"};
  home.match_text = "San Francisco, CA, United States";
  home.match_key = planning::FieldKey::kRegion;
  auto seen = FillThenRead(kProvinceFilter, "Province of residence", home,
                           "[document.body.dataset.chosen, document.body.dataset.typed]");
  ASSERT_TRUE(seen) << seen.error().ToString();
  EXPECT_EQ(seen->as_array().at(0).as_string(), "Estero");
  EXPECT_EQ(seen->as_array().at(1).as_string(), R"(["San Francisco, CA","San Francisco"])");
}

// Read-only date boxes that open a picker (Phenom's month picker, MUI's mobile
// DatePicker, react-datepicker with readOnly): the value lives in the page's
// model, which only the picker writes; a value set on the box itself is lost.
// The picker is driven as a person does: its year list, the month by name, the
// day in the month's grid.
constexpr char kDatePickers[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"></head>
<body><form style="padding:20px">
<label for="from">From</label>
<input id="from" name="from" readonly placeholder="MM/YYYY" aria-haspopup="dialog">
<div style="height:20px"></div>
<label for="born">Date of birth</label>
<input id="born" name="born" readonly placeholder="DD/MM/YYYY" aria-haspopup="dialog">
</form><script>
const model = {};
const save = () => { document.body.dataset.model = JSON.stringify(model); };
save();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
let picker = null;
function yearList(year) {
  const list = document.createElement('select');
  list.setAttribute('aria-label', 'Year');
  for (let y = 2026; y >= 1960; y--) list.add(new Option(String(y), 'y' + y, false, y === year));
  return list;
}
document.getElementById('from').addEventListener('click', (event) => {
  const input = event.currentTarget;
  if (picker) picker.remove();
  picker = document.createElement('div');
  picker.setAttribute('role', 'dialog');
  picker.className = 'monthpicker';
  const years = yearList(2026);
  picker.appendChild(years);
  const grid = document.createElement('div');
  MONTHS.forEach((name, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = name;
    button.addEventListener('click', () => {
      model.from = String(i + 1).padStart(2, '0') + '/' + years.value.slice(1);
      input.value = model.from;
      picker.remove();
      picker = null;
      save();
    });
    grid.appendChild(button);
  });
  picker.appendChild(grid);
  document.body.appendChild(picker);
});
document.getElementById('born').addEventListener('click', (event) => {
  const input = event.currentTarget;
  if (picker) picker.remove();
  picker = document.createElement('div');
  picker.className = 'calendar-popup';
  const years = yearList(2000);
  const months = document.createElement('select');
  LONG.forEach((name, i) => months.add(new Option(name, String(i), false, i === 0)));
  const grid = document.createElement('table');
  const draw = () => {
    grid.innerHTML = '';
    const row = grid.insertRow();
    const last = new Date(+years.value.slice(1), +months.value + 1, 0).getDate();
    for (let day = 28; day <= 31; day++) {  // the previous month's tail
      const cell = row.insertCell();
      cell.className = 'day outside';
      cell.textContent = String(day);
    }
    for (let day = 1; day <= last; day++) {
      const cell = row.insertCell();
      cell.className = 'day';
      cell.textContent = String(day);
      cell.addEventListener('click', () => {
        model.born = [String(day).padStart(2, '0'), String(+months.value + 1).padStart(2, '0'), years.value.slice(1)].join('/');
        input.value = model.born;
        picker.remove();
        picker = null;
        save();
      });
    }
  };
  years.addEventListener('change', draw);
  months.addEventListener('change', draw);
  draw();
  picker.append(years, months, grid);
  document.body.appendChild(picker);
});
</script></body></html>)HTML";

TEST(FormActorTest, AReadOnlyDateBoxIsSetThroughThePickerItOpens) {
  planning::Answer from;
  from.text = "03/2021";
  auto model = FillThenRead(kDatePickers, "From", from, "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"from":"03/2021"})");

  planning::Answer born;
  born.text = "01/07/1990";
  model = FillThenRead(kDatePickers, "Date of birth", born, "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"born":"01/07/1990"})");
}

// A date picker drawn as a button (shadcn/ui's DatePicker: a Popover trigger a
// form label names, saying "Pick a date", that opens a react-day-picker calendar
// of one month under its caption, with previous / next month arrows and a grid
// of day buttons): the calendar is stepped back to the month and the day's button
// pressed; the button then shows the date its own way ("September 1st, 2025").
// The page's language (en: month before day) does not reread the ISO answer.
constexpr char kDateButton[] =
    R"HTML(<!doctype html><html lang="en"><body><form style="padding:20px">
<label for="start">Earliest start date <span aria-hidden="true">*</span></label>
<button type="button" id="start" aria-haspopup="dialog" aria-expanded="false" aria-controls="cal">
  <span>Pick a date</span></button>
</form><script>
const names = ['January','February','March','April','May','June','July','August','September','October','November','December'];
const trigger = document.getElementById('start');
let shown = new Date(2026, 11, 1), dialog = null;
function draw() {
  dialog.querySelector('[role=status]').textContent = names[shown.getMonth()] + ' ' + shown.getFullYear();
  const grid = dialog.querySelector('table');
  grid.setAttribute('aria-label', names[shown.getMonth()] + ' ' + shown.getFullYear());
  const body = grid.querySelector('tbody');
  body.textContent = '';
  const first = new Date(shown.getFullYear(), shown.getMonth(), 1 - shown.getDay());
  for (let w = 0; w < 6; w++) {
    const row = body.insertRow();
    for (let d = 0; d < 7; d++) {
      const day = new Date(first.getFullYear(), first.getMonth(), first.getDate() + w * 7 + d);
      const cell = row.insertCell();
      cell.setAttribute('role', 'gridcell');
      if (day.getMonth() !== shown.getMonth()) { cell.className = 'rdp-outside'; cell.dataset.outside = 'true'; }
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = String(day.getDate());
      button.addEventListener('click', () => {
        document.body.dataset.model = JSON.stringify({ start: day.getFullYear() + '-' + String(day.getMonth() + 1).padStart(2, '0') + '-' + String(day.getDate()).padStart(2, '0') });
        trigger.firstElementChild.textContent = names[day.getMonth()] + ' ' + day.getDate() + (day.getDate() === 1 ? 'st' : 'th') + ', ' + day.getFullYear();
        dialog.remove(); dialog = null;
        trigger.setAttribute('aria-expanded', 'false');
      });
      cell.appendChild(button);
    }
  }
}
trigger.addEventListener('click', () => {
  if (dialog) { dialog.remove(); dialog = null; return; }
  dialog = document.createElement('div');
  dialog.id = 'cal';
  dialog.setAttribute('role', 'dialog');
  dialog.style.cssText = 'position:fixed;top:80px;left:20px;background:#fff;border:1px solid #999;padding:8px';
  dialog.innerHTML = '<nav aria-label="Navigation bar"><button type="button" aria-label="Go to the Previous Month">&lt;</button>' +
    '<button type="button" aria-label="Go to the Next Month">&gt;</button></nav><span role="status" aria-live="polite"></span>' +
    '<table role="grid"><tbody></tbody></table>';
  dialog.querySelector('[aria-label="Go to the Previous Month"]').addEventListener('click', () => { shown = new Date(shown.getFullYear(), shown.getMonth() - 1, 1); draw(); });
  dialog.querySelector('[aria-label="Go to the Next Month"]').addEventListener('click', () => { shown = new Date(shown.getFullYear(), shown.getMonth() + 1, 1); draw(); });
  document.body.appendChild(dialog);
  trigger.setAttribute('aria-expanded', 'true');
  draw();
});
</script></body></html>)HTML";

// A date field drawn as segments (react-aria-components' DateField / DatePicker:
// a role=group labelled by its Label around contenteditable role=spinbutton
// segments, each data-type year|month|day, in the locale's order, fr-CA here:
// year-month-day; MUI X's v6+ fields are drawn alike). Each segment takes digits
// from beforeinput and moves on once full; a segment holding a placeholder holds
// no value; the date is whole only when every segment is set. It is one question,
// its segments filled in their order.
constexpr char kSpinbuttonSegmentsDate[] =
    R"HTML(<!doctype html><html lang="fr-CA"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<div class="date-field"><span id="lbl">Date de disponibilité</span>
  <div role="group" aria-labelledby="lbl" class="group">
    <div class="date-input">
      <div role="spinbutton" contenteditable="true" tabindex="0" inputmode="numeric" data-type="year" aria-label="année" aria-labelledby="y lbl" id="y" aria-valuemin="1" aria-valuemax="9999" data-placeholder="true">aaaa</div><span aria-hidden="true">-</span><div role="spinbutton" contenteditable="true" tabindex="0" inputmode="numeric" data-type="month" aria-label="mois" aria-labelledby="m lbl" id="m" aria-valuemin="1" aria-valuemax="12" data-placeholder="true">mm</div><span aria-hidden="true">-</span><div role="spinbutton" contenteditable="true" tabindex="0" inputmode="numeric" data-type="day" aria-label="jour" aria-labelledby="d lbl" id="d" aria-valuemin="1" aria-valuemax="31" data-placeholder="true">jj</div>
    </div><button type="button" aria-label="Calendrier">v</button></div>
  <input type="hidden" name="start" value=""></div>
</form><script>
const segments = Array.from(document.querySelectorAll('[role=spinbutton]'));
const value = { year: null, month: null, day: null };
const placeholder = { year: 'aaaa', month: 'mm', day: 'jj' };
let entered = '';
function paint() {
  for (const el of segments) {
    const v = value[el.dataset.type];
    el.textContent = v === null ? placeholder[el.dataset.type] : (el.dataset.type === 'year' ? String(v) : String(v).padStart(2, '0'));
    if (v === null) { el.dataset.placeholder = 'true'; el.removeAttribute('aria-valuenow'); }
    else { delete el.dataset.placeholder; el.setAttribute('aria-valuenow', String(v)); }
  }
  const whole = value.year !== null && value.month !== null && value.day !== null;
  document.querySelector('input[name=start]').value = whole ?
    value.year + '-' + String(value.month).padStart(2, '0') + '-' + String(value.day).padStart(2, '0') : '';
}
segments.forEach((el, i) => {
  el.addEventListener('focus', () => { entered = ''; });
  el.addEventListener('beforeinput', (e) => {
    e.preventDefault();
    if (e.data == null) return;
    const next = entered + e.data;
    if (!/^\d+$/.test(next)) return;
    const max = Number(el.getAttribute('aria-valuemax'));
    let n = Number(next);
    if (n > max) n = Number(e.data);
    if (n !== 0) value[el.dataset.type] = n;
    if (Number(next + '0') > max || next.length >= String(max).length) {
      entered = '';
      if (n !== 0 && segments[i + 1]) segments[i + 1].focus();
    } else entered = next;
    paint();
  });
});
</script></body></html>)HTML";

TEST(FormActorTest, ADateOfSpinbuttonSegmentsIsOneQuestionTypedSegmentBySegment) {
  auto snapshot = applier::testing::ReadHtmlPage(kSpinbuttonSegmentsDate);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  const auto& field = snapshot->fields.front();
  EXPECT_EQ(field.kind, perception::ControlKind::kDateParts);
  EXPECT_EQ(field.label, "Date de disponibilité");
  EXPECT_EQ(field.date_parts, (std::vector<std::string>{"YYYY", "MM", "DD"}));
  EXPECT_EQ(field.value, "");

  planning::Answer start;
  start.text = "2025/09/01";
  auto model = FillThenRead(kSpinbuttonSegmentsDate, "Date de disponibilité", start,
                            "document.querySelector('input[name=start]').value");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), "2025-09-01");
}

// MUI X's date field (v7, accessible DOM structure): sections in a role=group the
// label names, each a contenteditable role=spinbutton named "Month", "Day" or
// "Year" (no data-type), an empty one showing its format with aria-valuetext
// "Empty", and an aria-hidden input holding the value beside them. One question,
// month first; the one set section does not make a whole value.
constexpr char kMuiSections[] =
    R"HTML(<!doctype html><html lang="en-US"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<label id="start-label">Earliest start date</label>
<div class="MuiPickersInputBase-root" role="group" aria-labelledby="start-label">
  <div class="MuiPickersSectionList-root" contenteditable="false">
    <span class="section"><span role="spinbutton" contenteditable="true" tabindex="0" aria-label="Month" aria-valuemin="1" aria-valuemax="12" aria-valuenow="9" aria-valuetext="September">09</span><span>/</span></span>
    <span class="section"><span role="spinbutton" contenteditable="true" tabindex="-1" aria-label="Day" aria-valuemin="1" aria-valuemax="31" aria-valuetext="Empty">DD</span><span>/</span></span>
    <span class="section"><span role="spinbutton" contenteditable="true" tabindex="-1" aria-label="Year" aria-valuemin="0" aria-valuemax="9999" aria-valuetext="Empty">YYYY</span></span>
  </div>
  <input type="text" aria-hidden="true" tabindex="-1" value="" style="position:absolute;opacity:0;pointer-events:none;width:100%">
</div>
</form></body></html>)HTML";

TEST(FormActorTest, MuiDateSectionsNamedByTheirPartAreOneDate) {
  auto snapshot = applier::testing::ReadHtmlPage(kMuiSections);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  const auto& field = snapshot->fields.front();
  EXPECT_EQ(field.kind, perception::ControlKind::kDateParts);
  EXPECT_EQ(field.label, "Earliest start date");
  EXPECT_EQ(field.date_parts, (std::vector<std::string>{"MM", "DD", "YYYY"}));
  EXPECT_EQ(field.value, "09//");
}

TEST(FormActorTest, ADatePickerButtonIsSetThroughTheOneMonthCalendarItOpens) {
  planning::Answer start;
  start.text = "2025-09-01";
  auto model =
      FillThenRead(kDateButton, "Earliest start date", start, "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"start":"2025-09-01"})");
}

// WAI-ARIA's date picker combobox, as Fluent UI React v9's DatePicker draws it
// with allowTextInput: a text box with role=combobox whose popup is a dialog
// (aria-haspopup=dialog), a calendar that a click on the box opens and that takes
// the focus; typing closes it, and the page parses the text when the box loses
// the focus. It opens no list of options: the date is typed in the format its
// placeholder asks for.
constexpr char kDateCombobox[] =
    R"HTML(<!doctype html><html lang="nb"><body><form style="padding:20px">
<label for="start">Kan tiltre fra<span aria-hidden="true">*</span></label>
<span><input id="start" type="text" role="combobox" aria-haspopup="dialog" aria-expanded="false"
  placeholder="dd.mm.åååå" required></span>
</form><script>
const box = document.getElementById('start');
let popup = null;
function close() {
  if (popup) { popup.remove(); popup = null; }
  box.setAttribute('aria-expanded', 'false');
  box.removeAttribute('aria-controls');
}
box.addEventListener('click', () => {
  if (popup) { close(); return; }
  popup = document.createElement('div');
  popup.id = 'calendar';
  popup.setAttribute('role', 'dialog');
  popup.setAttribute('aria-modal', 'true');
  popup.style.cssText = 'position:fixed;top:70px;left:20px;background:#fff;border:1px solid #999;padding:8px';
  popup.innerHTML = '<table role="grid" aria-label="desember 2026"><tbody><tr>' +
    '<td role="gridcell" tabindex="0"><button type="button" tabindex="-1" aria-label="1, desember, 2026">1</button></td>' +
    '<td role="gridcell"><button type="button" tabindex="-1" aria-label="2, desember, 2026">2</button></td></tr></tbody></table>';
  document.body.appendChild(popup);
  box.setAttribute('aria-expanded', 'true');
  box.setAttribute('aria-controls', 'calendar');
  setTimeout(() => popup && popup.querySelector('td[tabindex="0"]').focus(), 0);
});
box.addEventListener('input', close);
box.addEventListener('blur', () => {
  if (popup) return;
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(box.value.trim());
  if (m) document.body.dataset.model = JSON.stringify({ start: m[3] + '-' + m[2] + '-' + m[1] });
});
</script></body></html>)HTML";

TEST(FormActorTest, ATextBoxWhosePopupIsADialogIsTypedIntoNotReadAsAList) {
  planning::Answer start;
  start.text = "01.09.2025";
  auto model = FillThenRead(kDateCombobox, "Kan tiltre fra", start, "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"start":"2025-09-01"})");
}

// Fluent UI's DatePicker as it comes (no text input): a read-only box with
// role=combobox and aria-haspopup=dialog whose Calendar shows the month under a
// polite live header ("desember 2026" on a Norwegian page), previous / next month
// buttons named only by their title ("Gå til forrige måned november"), a grid of
// day cells whose buttons say "1, september, 2025", and beside it a month picker
// (the year's button, its own year arrows, twelve short month names). The date is
// chosen there as a person does; the page keeps only what the calendar chose.
constexpr char kFluentCalendar[] =
    R"HTML(<!doctype html><html lang="nb"><body><form style="padding:20px">
<label for="start">Kan tiltre fra</label>
<span><input id="start" type="text" role="combobox" aria-haspopup="dialog" aria-expanded="false" readonly
  placeholder="Velg en dato"></span>
</form><script>
const months = ['januar','februar','mars','april','mai','juni','juli','august','september','oktober','november','desember'];
const box = document.getElementById('start');
let popup = null, shown = new Date(2026, 11, 1);
const two = (n) => String(n).padStart(2, '0');
function arrow(title, go) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'fk1 fk2';
  b.title = title;
  b.innerHTML = '<svg aria-hidden="true" width="16" height="16"><path d="M4 8h8"/></svg>';
  b.addEventListener('click', () => { shown = new Date(shown.getFullYear(), shown.getMonth() + go, 1); draw(); });
  return b;
}
function draw() {
  popup.textContent = '';
  const y = shown.getFullYear(), m = shown.getMonth();
  const head = document.createElement('div');
  head.innerHTML = '<div><span aria-live="polite" aria-atomic="true">' + months[m] + ' ' + y + '</span></div>';
  head.append(arrow('Gå til forrige måned ' + months[(m + 11) % 12], -1), arrow('Gå til neste måned ' + months[(m + 1) % 12], 1));
  const grid = document.createElement('table');
  grid.setAttribute('role', 'grid');
  const row = grid.insertRow();
  const last = new Date(y, m + 1, 0).getDate();
  for (let d = 1; d <= last; d++) {
    const cell = row.insertCell();
    cell.setAttribute('role', 'gridcell');
    const b = document.createElement('button');
    b.type = 'button';
    b.tabIndex = -1;
    b.setAttribute('aria-label', d + ', ' + months[m] + ', ' + y);
    b.innerHTML = '<span aria-hidden="true">' + d + '</span>';
    cell.appendChild(b);
    cell.addEventListener('click', () => {
      document.body.dataset.model = JSON.stringify({ start: y + '-' + two(m + 1) + '-' + two(d) });
      box.value = two(d) + '.' + two(m + 1) + '.' + y;
      popup.remove(); popup = null;
      box.setAttribute('aria-expanded', 'false');
    });
  }
  const picker = document.createElement('div');
  picker.innerHTML = '<div><button type="button" class="fk3"><span aria-live="polite" aria-atomic="true">' + y + '</span></button></div>';
  picker.append(arrow('Gå til forrige år ' + (y - 1), -12), arrow('Gå til neste år ' + (y + 1), 12));
  const monthGrid = document.createElement('div');
  monthGrid.setAttribute('role', 'grid');
  ['jan','feb','mar','apr','mai','jun','jul','aug','sep','okt','nov','des'].forEach((name, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'gridcell');
    b.setAttribute('aria-label', months[i]);
    b.textContent = name;
    b.addEventListener('click', () => { shown = new Date(y, i, 1); draw(); });
    monthGrid.appendChild(b);
  });
  picker.appendChild(monthGrid);
  popup.append(head, grid, picker);
}
box.addEventListener('click', () => {
  if (popup) return;
  popup = document.createElement('div');
  popup.id = 'calendar';
  popup.setAttribute('role', 'dialog');
  popup.setAttribute('aria-label', 'Calendar');
  popup.style.cssText = 'position:fixed;top:70px;left:20px;background:#fff;border:1px solid #999;padding:8px';
  document.body.appendChild(popup);
  box.setAttribute('aria-expanded', 'true');
  box.setAttribute('aria-controls', 'calendar');
  draw();
});
</script></body></html>)HTML";

TEST(FormActorTest, AReadOnlyFluentCalendarIsSteppedByItsTitledArrowsInItsOwnLanguage) {
  planning::Answer start;
  start.text = "01.09.2025";
  auto model =
      FillThenRead(kFluentCalendar, "Kan tiltre fra", start, "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"start":"2025-09-01"})");
}

// Mantine's DatePickerInput on a Hebrew page: a button labelled by its <label for>
// ("תאריך ..."), a dialog whose header is an unnamed chevron marked only
// data-direction="previous" / "next" around a level button saying the month and
// year in Hebrew ("דצמבר 2026"), days marked data-outside when they belong to the
// month before or after (October 2025's grid opens on September's 28-30), and the
// date shown afterwards as DD/MM/YYYY.
constexpr char kHebrewDatePicker[] =
    R"HTML(<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"></head><body>
<form style="padding:20px"><label for="start">תאריך תחילת עבודה אפשרי<span aria-hidden="true"> *</span></label>
<button type="button" id="start" aria-haspopup="dialog" class="mantine-DatePickerInput-input">
  <span class="mantine-DatePickerInput-placeholder">בחר/י תאריך</span></button>
</form><script>
const names = ['ינואר','פברואר','מרץ','אפריל','מאי','יוני','יולי','אוגוסט','ספטמבר','אוקטובר','נובמבר','דצמבר'];
const trigger = document.getElementById('start');
let shown = new Date(2026, 11, 1), dialog = null;
const pad = (n) => String(n).padStart(2, '0');
function draw() {
  dialog.textContent = '';
  const header = document.createElement('div');
  header.className = 'mantine-DatePickerInput-calendarHeader';
  for (const [dir, delta] of [['previous', -1], ['level', 0], ['next', 1]]) {
    const b = document.createElement('button');
    b.type = 'button';
    if (delta === 0) { b.className = 'mantine-DatePickerInput-calendarHeaderLevel'; b.textContent = names[shown.getMonth()] + ' ' + shown.getFullYear(); }
    else {
      b.className = 'mantine-DatePickerInput-calendarHeaderControl';
      b.dataset.direction = dir;
      b.innerHTML = '<svg viewBox="0 0 15 15" width="14" height="14"><path d="M4 5l3 3 3-3"/></svg>';
      b.addEventListener('click', () => { shown = new Date(shown.getFullYear(), shown.getMonth() + delta, 1); draw(); });
    }
    header.appendChild(b);
  }
  dialog.appendChild(header);
  const table = document.createElement('table');
  const body = table.createTBody();
  const first = new Date(shown.getFullYear(), shown.getMonth(), 1 - shown.getDay());
  for (let w = 0; w < 6; w++) {
    const row = body.insertRow();
    for (let d = 0; d < 7; d++) {
      const day = new Date(first.getFullYear(), first.getMonth(), first.getDate() + w * 7 + d);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'mantine-DatePickerInput-day';
      if (day.getMonth() !== shown.getMonth()) button.dataset.outside = 'true';
      button.setAttribute('aria-label', day.getDate() + ' ' + names[day.getMonth()] + ' ' + day.getFullYear());
      button.textContent = String(day.getDate());
      button.addEventListener('click', () => {
        document.body.dataset.model = JSON.stringify({ start: day.getFullYear() + '-' + pad(day.getMonth() + 1) + '-' + pad(day.getDate()) });
        trigger.textContent = pad(day.getDate()) + '/' + pad(day.getMonth() + 1) + '/' + day.getFullYear();
        dialog.remove(); dialog = null;
        trigger.removeAttribute('aria-expanded'); trigger.removeAttribute('aria-controls');
      });
      row.insertCell().appendChild(button);
    }
  }
  dialog.appendChild(table);
}
trigger.addEventListener('click', () => {
  if (dialog) { dialog.remove(); dialog = null; return; }
  dialog = document.createElement('div');
  dialog.id = 'cal';
  dialog.setAttribute('role', 'dialog');
  dialog.className = 'mantine-Popover-dropdown mantine-DatePickerInput-dropdown';
  dialog.style.cssText = 'position:absolute;top:80px;right:20px;background:#fff;border:1px solid #999;padding:8px';
  document.body.appendChild(dialog);
  trigger.setAttribute('aria-expanded', 'true');
  trigger.setAttribute('aria-controls', 'cal');
  draw();
});
</script></body></html>)HTML";

TEST(FormActorTest, AHebrewDatePickerIsSteppedByItsDirectionArrowsToTheDayOfItsMonth) {
  planning::Answer start;
  start.text = "2025-10-30";
  auto model = FillThenRead(kHebrewDatePicker, "תאריך תחילת עבודה אפשרי", start,
                            "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"start":"2025-10-30"})");
}

// A dropdown low in the viewport whose menu is drawn position:fixed right under
// its box and never flipped up (portalled menus of hand-made and older component
// libraries): opened where it stood, the menu runs past the viewport's bottom,
// where no scrolling reaches its options. The box is raised first, as a person
// scrolls a low dropdown up before opening it.
constexpr char kLowFixedMenu[] = R"HTML(<!doctype html><html><body style="margin:0">
<form style="padding:0 20px"><div style="height:calc(100vh - 70px)"></div>
  <label id="office-label">Preferred office</label>
  <div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false"
       aria-labelledby="office-label" id="office" style="border:1px solid #999;height:24px">Select</div>
  <div style="height:150vh"></div>
</form><script>
const box = document.getElementById('office');
box.addEventListener('click', () => {
  const r = box.getBoundingClientRect();
  const menu = document.createElement('ul');
  menu.setAttribute('role', 'listbox');
  menu.style.cssText = 'position:fixed;margin:0;background:#fff;border:1px solid #999;overflow-y:auto;' +
    'max-height:260px;left:' + r.left + 'px;top:' + (r.bottom + 4) + 'px;width:' + r.width + 'px';
  for (let i = 1; i <= 12; i++) {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.style.height = '28px';
    item.textContent = 'Office ' + i;
    item.addEventListener('click', () => {
      document.body.dataset.chosen = item.textContent;
      box.textContent = item.textContent;
      menu.remove();
      box.setAttribute('aria-expanded', 'false');
    });
    menu.appendChild(item);
  }
  document.body.appendChild(menu);
  box.setAttribute('aria-expanded', 'true');
});
</script></body></html>)HTML";

TEST(FormActorTest, ADropdownLowInTheViewportIsRaisedBeforeItsFixedMenuOpens) {
  planning::Answer office;
  office.text = "Office 10";
  auto chosen =
      FillThenRead(kLowFixedMenu, "Preferred office", office, "document.body.dataset.chosen");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "Office 10");
}

// The same menu under a box at the bottom of a dialog that fills the viewport and
// cannot scroll: nothing raises the box, the option stays below the viewport's
// edge. The box follows ARIA's combobox pattern (arrow keys move
// aria-activedescendant, Enter takes it), as a person at the keyboard would use it.
constexpr char kMenuPastTheBottom[] = R"HTML(<!doctype html><html><body style="margin:0">
<div role="dialog" style="position:fixed;inset:0;overflow:auto"><form style="height:100%;position:relative">
  <div style="position:absolute;bottom:40px;left:20px;width:300px">
  <label id="office-label">Preferred office</label>
  <div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-controls="offices"
       aria-labelledby="office-label" id="office" style="border:1px solid #999;height:24px">Select</div></div>
</form></div><script>
const box = document.getElementById('office');
let menu = null;
let active = -1;
const choose = (item) => {
  document.body.dataset.chosen = item.textContent;
  box.textContent = item.textContent;
  menu.remove();
  menu = null;
  box.setAttribute('aria-expanded', 'false');
  box.removeAttribute('aria-activedescendant');
};
box.addEventListener('click', () => {
  if (menu) return;
  const r = box.getBoundingClientRect();
  menu = document.createElement('ul');
  menu.id = 'offices';
  menu.setAttribute('role', 'listbox');
  menu.style.cssText = 'position:fixed;margin:0;background:#fff;border:1px solid #999;overflow-y:auto;' +
    'max-height:260px;left:' + r.left + 'px;top:' + (r.bottom + 4) + 'px;width:' + r.width + 'px';
  for (let i = 1; i <= 12; i++) {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.id = 'office-' + i;
    item.style.height = '28px';
    item.textContent = 'Office ' + i;
    item.addEventListener('click', () => choose(item));
    menu.appendChild(item);
  }
  document.body.appendChild(menu);
  active = -1;
  box.setAttribute('aria-expanded', 'true');
  box.focus();
});
box.addEventListener('keydown', (e) => {
  if (!menu) return;
  const items = menu.querySelectorAll('li');
  if (e.key === 'ArrowDown') {
    active = Math.min(active + 1, items.length - 1);
    box.setAttribute('aria-activedescendant', items[active].id);
    e.preventDefault();
  } else if (e.key === 'Enter' && active >= 0) {
    choose(items[active]);
    e.preventDefault();
  }
});
</script></body></html>)HTML";

TEST(FormActorTest, AnOptionPastTheViewportsEdgeIsChosenWithTheKeys) {
  planning::Answer office;
  office.text = "Office 10";
  auto chosen =
      FillThenRead(kMenuPastTheBottom, "Preferred office", office, "document.body.dataset.chosen");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "Office 10");
}

// A search box low in a dialog that fills the viewport and cannot scroll, whose
// list opens with every option below it, drawn position:fixed and never flipped
// up (hand-written typeaheads, pickers on overlay panes that do not reposition).
// The active row is marked only by a class, so the keys cannot be followed; the
// list filters as one types, as such boxes do.
constexpr char kSearchListPastTheBottom[] = R"HTML(<!doctype html><html><body style="margin:0">
<div role="dialog" style="position:fixed;inset:0;overflow:auto"><form style="height:100%;position:relative">
  <div style="position:absolute;bottom:40px;left:20px;width:300px">
  <label for="office">Preferred office</label>
  <input id="office" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false"
         autocomplete="off" style="width:280px"></div>
</form></div><script>
const box = document.getElementById('office');
let menu = null;
const render = () => {
  const r = box.getBoundingClientRect();
  if (!menu) {
    menu = document.createElement('ul');
    menu.setAttribute('role', 'listbox');
    menu.addEventListener('mousedown', (e) => e.preventDefault());
    document.body.appendChild(menu);
    box.setAttribute('aria-expanded', 'true');
  }
  menu.style.cssText = 'position:fixed;margin:0;padding:0;background:#fff;border:1px solid #999;' +
    'left:' + r.left + 'px;top:' + (r.bottom + 4) + 'px;width:' + r.width + 'px';
  menu.innerHTML = '';
  const term = box.value.trim().toLowerCase();
  let first = true;
  for (let i = 1; i <= 12; i++) {
    const text = 'Office ' + i;
    if (term && !text.toLowerCase().startsWith(term)) continue;
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.className = first ? 'active' : '';
    first = false;
    item.style.height = '28px';
    item.textContent = text;
    item.addEventListener('click', () => {
      document.body.dataset.chosen = text;
      box.value = text;
      menu.remove();
      menu = null;
      box.setAttribute('aria-expanded', 'false');
    });
    menu.appendChild(item);
  }
};
box.addEventListener('focus', render);
box.addEventListener('input', render);
</script></body></html>)HTML";

TEST(FormActorTest, AnOptionPastTheViewportsEdgeIsBroughtIntoReachByTypingInItsSearchBox) {
  planning::Answer office;
  office.text = "Office 10";
  auto chosen = FillThenRead(kSearchListPastTheBottom, "Preferred office", office,
                             "document.body.dataset.chosen || ''");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "Office 10");
}

// Dropdowns drawn without ARIA roles, as component libraries older than ARIA's
// combobox pattern still draw them: Semantic UI's "ui selection dropdown" (a box
// in the tab order whose menu of `.item` rows sits inside it, hidden until
// clicked); a custom element named for a select around a focusable box, whose list
// is rendered at the end of <body> next to it when clicked (Bullhorn's Novo
// Elements, Angular CDK overlays); and a search box inside a picker or chips
// element whose matching rows appear under it as one types, each choice kept as a
// chip. None carries a role or an option class. A language menu in the page's
// navigation, also a focusable "dropdown", is no field.
constexpr char kRolelessDropdowns[] = R"HTML(<!doctype html><html><head><style>
  .overlay-pane { position:absolute; background:white; border:1px solid #999; z-index:10 }
  .overlay-pane li, .overlay-pane .result { padding:4px 8px; cursor:pointer; list-style:none }
  .dd { position:relative; border:1px solid #ccc; min-height:24px; width:260px }
  .dd .menu { position:absolute; top:100%; left:0; right:0; background:white; border:1px solid #999 }
  .dd .item { padding:4px 8px }
  x-select, x-chips { display:block }
  x-select > div { min-height:24px; cursor:pointer }
</style></head><body style="margin:0">
<nav style="padding:8px"><div class="dropdown" tabindex="0">EN</div></nav>
<form style="padding:20px">
  <div class="field"><label>Gender</label>
    <div class="ui selection dropdown dd" tabindex="0"><input type="hidden" name="gender">
      <i class="dropdown icon"></i><div class="default text">Select</div>
      <div class="menu" style="display:none"><div class="item" data-value="m">Male</div>
        <div class="item" data-value="f">Female</div><div class="item" data-value="x">Prefer not to say</div></div>
    </div></div>
  <div class="field" style="margin-top:16px"><label for="vet">Veteran status</label>
    <x-select class="dd"><div tabindex="0" type="button" class="trigger"><span class="shown"></span><i class="arrow"></i></div></x-select></div>
  <div class="field" style="margin-top:16px"><label>Race / ethnicity</label>
    <x-chips class="dd"><span class="chosen"></span><x-picker><input type="text" class="picker-input"
      placeholder="Select all that apply" autocomplete="off"></x-picker></x-chips></div>
</form>
<script>
const state = { ethnicity: [] };
const save = () => { document.body.dataset.state = JSON.stringify(state); };
save();
let pane = null;
const closePane = () => { if (pane) { pane.remove(); pane = null; } };
function openPane(anchor, rows, rowTag, pick) {
  closePane();
  const r = anchor.getBoundingClientRect();
  pane = document.createElement('div');
  pane.className = 'overlay-pane';
  pane.style.top = (r.bottom + window.scrollY + 2) + 'px';
  pane.style.left = r.left + 'px';
  pane.style.width = r.width + 'px';
  const list = document.createElement(rowTag === 'li' ? 'ul' : 'div');
  for (const text of rows) {
    const row = document.createElement(rowTag);
    row.className = rowTag === 'li' ? 'pick-row' : 'result';
    row.textContent = text;
    row.addEventListener('mousedown', (e) => e.preventDefault());
    row.addEventListener('click', () => { pick(text); closePane(); });
    list.appendChild(row);
  }
  pane.appendChild(list);
  setTimeout(() => { if (pane) document.body.appendChild(pane); }, 80);
}
const gender = document.querySelector('.ui.dropdown');
const menu = gender.querySelector('.menu');
gender.addEventListener('click', (e) => {
  const item = e.target.closest('.item');
  if (item) {
    gender.querySelector('input').value = item.dataset.value;
    gender.querySelector('.text').textContent = item.textContent;
    gender.querySelector('.text').classList.remove('default');
    state.gender = item.dataset.value;
    save();
    menu.style.display = 'none';
    return;
  }
  menu.style.display = menu.style.display === 'none' ? 'block' : 'none';
});
const vet = document.querySelector('x-select > div');
vet.addEventListener('click', () => openPane(vet, ['Protected veteran', 'I am not a protected veteran', 'Decline to answer'], 'li',
  (text) => { vet.querySelector('.shown').textContent = text; state.veteran = text; save(); }));
const picker = document.querySelector('.picker-input');
const races = ['Asian', 'Black or African American', 'White', 'Decline to self-identify'];
function showMatches() {
  const term = picker.value.trim().toLowerCase();
  openPane(picker.closest('x-chips'), races.filter((r) => r.toLowerCase().includes(term)), 'div', (text) => {
    state.ethnicity.push(text);
    const chip = document.createElement('span');
    chip.className = 'x-chip';
    chip.textContent = text;
    document.querySelector('.chosen').appendChild(chip);
    picker.value = '';
    save();
  });
}
picker.addEventListener('focus', showMatches);
picker.addEventListener('input', showMatches);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closePane(); });
// Like the real widgets, a press elsewhere closes what is open.
document.addEventListener('mousedown', (e) => {
  if (!gender.contains(e.target)) menu.style.display = 'none';
  if (pane && !pane.contains(e.target) && !e.target.closest('x-select, x-chips')) closePane();
});
</script></body></html>)HTML";

// Semantic UI's and Fomantic-UI's "ui search selection dropdown": the box named a
// dropdown has no tabindex and no role; its place in the tab order is a search box
// inside it (input.search, autocomplete=off) whose typing filters the rows from
// their start, while the choice goes to a hidden input and shows as the box's
// text, and the typing is cleared. The label above has no for=. The box is one
// field named by that label, chosen through its rows; the search box is no field.
constexpr char kSearchSelectionDropdown[] = R"HTML(<!doctype html><html><head><style>
  .dd { position:relative; border:1px solid #ccc; min-height:28px; width:260px }
  .dd > input.search { position:absolute; top:0; left:0; width:100%; height:100%; border:none; background:transparent }
  .dd .menu { display:none; position:absolute; top:100%; left:0; right:0; max-height:90px; overflow-y:auto;
              background:white; border:1px solid #999; z-index:5 }
  .dd .menu.visible { display:block }
  .dd .item { padding:4px 8px; cursor:pointer }
  .dd .item.filtered { display:none }
  .dd > .default.text { color:#aaa }
</style></head><body style="margin:0"><form class="ui form" style="padding:20px">
  <div class="field"><label>City</label><input type="text" name="city"></div>
  <div class="required field"><label>State</label>
    <div class="ui search selection dropdown dd"><input type="hidden" name="state"><i class="dropdown icon"></i>
      <input class="search" autocomplete="off" tabindex="0"><div class="default text">Select State</div>
      <div class="menu" tabindex="-1">
        <div class="item" data-value="AL">Alabama</div><div class="item" data-value="AK">Alaska</div>
        <div class="item" data-value="AZ">Arizona</div><div class="item" data-value="AR">Arkansas</div>
        <div class="item" data-value="CA">California</div><div class="item" data-value="CO">Colorado</div>
        <div class="item" data-value="CT">Connecticut</div><div class="item" data-value="DE">Delaware</div>
      </div></div></div>
</form><script>
const dd = document.querySelector('.dd'), search = dd.querySelector('input.search'), menu = dd.querySelector('.menu');
const filter = () => {
  const term = search.value.trim().toLowerCase();
  for (const item of menu.children) item.classList.toggle('filtered', !!term && !item.textContent.toLowerCase().startsWith(term));
};
dd.addEventListener('mousedown', (e) => { if (e.target.closest('.menu')) e.preventDefault(); });
dd.addEventListener('click', (e) => {
  const item = e.target.closest('.item');
  if (!item) { menu.classList.add('visible'); search.focus(); return; }
  dd.querySelector('input[type=hidden]').value = item.dataset.value;
  const text = dd.querySelector(':scope > .text');
  text.textContent = item.textContent;
  text.classList.remove('default');
  search.value = '';
  filter();
  menu.classList.remove('visible');
});
search.addEventListener('focus', () => menu.classList.add('visible'));
search.addEventListener('input', () => { menu.classList.add('visible'); filter(); });
search.addEventListener('blur', () => { menu.classList.remove('visible'); search.value = ''; filter(); });
</script></body></html>)HTML";

TEST(FormActorTest, ASearchSelectionDropdownIsOneFieldChosenThroughItsRows) {
  auto snapshot = applier::testing::ReadHtmlPage(kSearchSelectionDropdown);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) all += " '" + field.label + "'";
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  EXPECT_EQ(snapshot->fields[1].label, "State") << all;
  EXPECT_EQ(snapshot->fields[1].kind, perception::ControlKind::kCombobox);
  EXPECT_TRUE(snapshot->fields[1].required);
  EXPECT_EQ(snapshot->fields[1].value, "");

  planning::Answer california;
  california.text = "California";
  auto chosen = FillThenRead(kSearchSelectionDropdown, "State", california,
                             "document.querySelector('[name=state]').value");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "CA");
}

TEST(FormActorTest, DropdownsDrawnWithoutRolesAreFieldsChosenThroughTheListTheyOpen) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string recorded;
  auto chosen = RunAsync(io, [&]() -> asio::awaitable<Result<perception::PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kRolelessDropdowns));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    if (snapshot->fields.size() != 3)
      co_return Fail(ErrorKind::kProtocol,
                     "expected 3 fields, read " + std::to_string(snapshot->fields.size()));
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    const std::pair<const char*, const char*> answers[] = {
        {"Gender", "Prefer not to say"},
        {"Veteran status", "I am not a protected veteran"},
        {"Race / ethnicity", "Decline to self-identify"}};
    for (const auto& [label, text] : answers) {
      const auto* field = FieldLabelled(*snapshot, label);
      if (field == nullptr)
        co_return Fail(ErrorKind::kNotFound, std::string("no field labelled ") + label);
      if (field->kind != perception::ControlKind::kCombobox || !field->value.empty())
        co_return Fail(ErrorKind::kProtocol, std::string(label) + " is read wrong");
      planning::Answer answer;
      answer.text = text;
      auto filled = co_await actor.Fill(frame, *field, answer);
      if (!filled) co_return Fail(filled.error());
    }
    auto state = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!state) co_return Fail(state.error());
    recorded = std::string(state->as_string());
    co_return co_await perception::PageReader::Read(**page);
  });
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(recorded, R"({"ethnicity":["Decline to self-identify"],"gender":"x",)"
                      R"("veteran":"I am not a protected veteran"})");
  std::map<std::string, std::string> value_of;
  for (const auto& field : chosen->fields) value_of[field.label] = field.value;
  EXPECT_EQ(value_of["Gender"], "Prefer not to say");
  EXPECT_EQ(value_of["Veteran status"], "I am not a protected veteran");
  EXPECT_EQ(value_of["Race / ethnicity"], "Decline to self-identify");
  (*browser)->Close();
}

// Year and month pickers drawn as panels (Ant Design's and Element Plus's
// picker="year" / picker="month"): a read-only box opens a decade of year cells,
// or one year's months ("3月") under a header naming the year, each with arrows
// that step a decade or a year. Only a cell click writes the page's model.
constexpr char kPanelPickers[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.panel { position:absolute; background:#fff; border:1px solid #999; padding:4px }
.panel td { padding:4px 8px; cursor:pointer }
</style></head><body><form style="padding:20px">
<label for="grad">Graduation year</label> <input id="grad" readonly placeholder="Select year" size="12">
<div style="height:20px"></div>
<label for="since">Employed since</label> <input id="since" readonly placeholder="Select month" size="12">
</form><script>
const model = {};
const save = () => { document.body.dataset.model = JSON.stringify(model); };
save();
let panel = null;
function open(input, mode) {
  if (panel) panel.remove();
  let year = 2026;
  panel = document.createElement('div');
  panel.className = 'picker-dropdown panel';
  const r = input.getBoundingClientRect();
  panel.style.left = r.left + 'px';
  panel.style.top = (r.bottom + window.scrollY + 4) + 'px';
  const draw = () => {
    panel.innerHTML = '';
    const header = document.createElement('div');
    header.className = 'picker-header';
    const back = document.createElement('button');
    back.type = 'button'; back.className = 'picker-header-super-prev-btn'; back.textContent = '\u00ab';
    const on = document.createElement('button');
    on.type = 'button'; on.className = 'picker-header-super-next-btn'; on.textContent = '\u00bb';
    const decade = Math.floor(year / 10) * 10;
    const view = document.createElement('span');
    view.textContent = mode === 'year' ? decade + '-' + (decade + 9) : year + '\u5e74';
    back.onclick = () => { year -= mode === 'year' ? 10 : 1; draw(); };
    on.onclick = () => { year += mode === 'year' ? 10 : 1; draw(); };
    header.append(back, view, on);
    const table = document.createElement('table');
    const cells = mode === 'year' ? Array.from({ length: 12 }, (_, i) => [String(decade - 1 + i), String(decade - 1 + i)])
      : Array.from({ length: 12 }, (_, i) => [(i + 1) + '\u6708', year + '-' + String(i + 1).padStart(2, '0')]);
    let row = null;
    cells.forEach(([text, value], i) => {
      if (i % 3 === 0) row = table.insertRow();
      const cell = row.insertCell();
      cell.textContent = text;
      cell.onclick = () => { model[input.id] = value; input.value = value; panel.remove(); panel = null; save(); };
    });
    panel.append(header, table);
  };
  panel.addEventListener('mousedown', (e) => e.preventDefault());
  draw();
  document.body.appendChild(panel);
}
document.getElementById('grad').addEventListener('click', (e) => open(e.currentTarget, 'year'));
document.getElementById('since').addEventListener('click', (e) => open(e.currentTarget, 'month'));
</script></body></html>)HTML";

TEST(FormActorTest, AYearOrMonthPanelIsSteppedToTheYearAndItsCellChosen) {
  planning::Answer graduated;
  graduated.text = "2013";
  auto year =
      FillThenRead(kPanelPickers, "Graduation year", graduated, "document.body.dataset.model");
  ASSERT_TRUE(year) << year.error().ToString();
  EXPECT_EQ(year->as_string(), R"({"grad":"2013"})");
  planning::Answer since;
  since.text = "2021-03";
  auto month = FillThenRead(kPanelPickers, "Employed since", since, "document.body.dataset.model");
  ASSERT_TRUE(month) << month.error().ToString();
  EXPECT_EQ(month->as_string(), R"({"since":"2021-03"})");
}

// A date picker marked as ARIA's date picker combobox (Kendo UI's DatePicker: an
// input with role=combobox and aria-haspopup=grid over its calendar, the layout
// "TT.MM.JJJJ" as its placeholder): a box the date is typed into, not a list of
// options to open.
constexpr char kGridDateCombobox[] =
    R"HTML(<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<label for="start">Frühestmöglicher Eintrittstermin</label>
<span style="display:inline-flex;border:1px solid #999"><input id="start" type="text" role="combobox" aria-expanded="false"
  aria-haspopup="grid" aria-controls="cal" placeholder="TT.MM.JJJJ" autocomplete="off" style="border:0">
<button type="button" tabindex="-1" aria-label="select">&#9660;</button></span>
<div id="cal" style="display:none"><table role="grid"><tbody><tr><td role="gridcell">1</td></tr></tbody></table></div>
</form><script>
const start = document.getElementById('start');
start.addEventListener('change', () => { document.body.dataset.model = JSON.stringify({ start: start.value }); });
</script></body></html>)HTML";

TEST(FormActorTest, ADateBoxMarkedAsAComboboxOverItsCalendarIsTyped) {
  planning::Answer start;
  start.text = "01.09.2025";
  auto model = FillThenRead(kGridDateCombobox, "Frühestmöglicher Eintrittstermin", start,
                            "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"start":"01.09.2025"})");
}

// A segmented date box (Kendo UI's DateInput): focused, it shows its layout
// "TT.MM.JJJJ" and selects the day; each input event is one keystroke into the
// selected part (digits roll within it), and a separator moves on to the next
// part. A date inserted whole is one keystroke to it: only its last character
// lands. What a script writes while it is not focused it ignores.
constexpr char kSegmentedDate[] =
    R"HTML(<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<label for="start">Frühestmöglicher Eintrittstermin</label>
<input id="start" type="text" placeholder="TT.MM.JJJJ" autocomplete="off" style="width:300px">
</form><script>
const box = document.getElementById('start');
const parts = [{ from: 0, to: 2, max: 31, mask: 'TT' }, { from: 3, to: 5, max: 12, mask: 'MM' }, { from: 6, to: 10, max: 9999, mask: 'JJJJ' }];
const got = [null, null, null];
let seg = 0, old = '';
const text = () => got.map((v, i) => v === null ? parts[i].mask : String(v).padStart(parts[i].to - parts[i].from, '0')).join('.');
const render = () => { box.value = old = text(); box.setSelectionRange(parts[seg].from, parts[seg].to); };
box.addEventListener('focus', () => { seg = 0; render(); });
box.addEventListener('input', () => {
  if (document.activeElement !== box) return;
  const caret = box.selectionStart, ch = box.value.charAt(caret - 1);
  if (box.value === old || caret === 0) { render(); return; }
  const at = parts.findIndex((p) => caret - 1 >= p.from && caret - 1 < p.to);
  if (at >= 0) seg = at; else if (caret - 1 >= 10) seg = 2;
  if (/[. \/-]/.test(ch)) { seg = Math.min(2, seg + 1); render(); return; }
  if (!/\d/.test(ch)) { render(); return; }
  let n = (got[seg] === null ? 0 : got[seg] * 10) + Number(ch);
  while (n > parts[seg].max) n = Number(String(n).slice(1));
  got[seg] = n < 1 ? null : n;
  render();
});
box.addEventListener('keydown', (e) => { if (e.key === 'Backspace') { e.preventDefault(); got[seg] = null; render(); } });
box.addEventListener('blur', () => {
  if (got.every((v) => v !== null)) {
    document.body.dataset.model = JSON.stringify({ start: got[2] + '-' + String(got[1]).padStart(2, '0') + '-' + String(got[0]).padStart(2, '0') });
  }
  if (got.every((v) => v === null)) box.value = '';
});
</script></body></html>)HTML";

TEST(FormActorTest, ASegmentedDateBoxIsTypedACharacterAtATime) {
  planning::Answer start;
  start.text = "01.09.2025";
  auto model = FillThenRead(kSegmentedDate, "Frühestmöglicher Eintrittstermin", start,
                            "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"start":"2025-09-01"})");
}

// A formatted number box that edits in a twin (Kendo UI's NumericTextBox): an
// unnamed box shows "75.000 €"; focused, it hides itself and moves the focus to
// the named box beside it, which takes the bare number and, once left, hands the
// formatted amount back to the shown box. Text written into the shown box is
// never the page's value.
constexpr char kNumberTwin[] =
    R"HTML(<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<label id="salary-label" for="salary">Gehaltsvorstellung (Bruttojahresgehalt in EUR)</label>
<span class="k-numerictextbox" style="display:inline-flex;border:1px solid #999">
  <input type="text" role="spinbutton" aria-labelledby="salary-label" autocomplete="off" style="border:0">
  <input type="text" id="salary" name="salary" role="spinbutton" autocomplete="off" style="border:0;display:none">
</span>
</form><script>
const shown = document.querySelector('input:not([name])');
const edit = document.getElementById('salary');
shown.addEventListener('focus', () => { shown.style.display = 'none'; edit.style.display = ''; edit.focus(); });
edit.addEventListener('blur', () => {
  const n = parseInt(edit.value.replace(/\D/g, ''), 10);
  edit.value = isNaN(n) ? '' : String(n);
  shown.value = isNaN(n) ? '' : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ' €';
  edit.style.display = 'none'; shown.style.display = '';
  document.body.dataset.model = JSON.stringify({ salary: edit.value });
});
</script></body></html>)HTML";

TEST(FormActorTest, ANumberBoxThatEditsInATwinIsTypedWhereTheFocusWent) {
  planning::Answer salary;
  salary.text = "75000";
  auto model = FillThenRead(kNumberTwin, "Gehaltsvorstellung (Bruttojahresgehalt in EUR)", salary,
                            "document.body.dataset.model");
  ASSERT_TRUE(model) << model.error().ToString();
  EXPECT_EQ(model->as_string(), R"({"salary":"75000"})");
}

// A phone box with jquery.maskedinput's "(999) 999-9999" (Gravity Forms' standard
// phone format, many US WordPress forms): no placeholder; focused, it shows its
// slots; whatever is typed or pasted, it reads again a moment later, each digit
// into the next slot and every other character dropped, so "+1 415 555 0142"
// becomes "(141) 555-5014"; left incomplete, it is cleared.
constexpr char kMaskedPhone[] =
    R"HTML(<!doctype html><html lang="en-US"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<label for="phone">Phone</label> <input type="tel" id="phone" name="phone">
</form><script>
const box = document.getElementById('phone');
const mask = '(999) 999-9999';
function reread(text) {
  const digits = text.replace(/\D/g, '').split('');
  return mask.replace(/9/g, () => digits.length ? digits.shift() : '_');
}
box.addEventListener('focus', () => { box.value = reread(box.value); });
box.addEventListener('input', () => setTimeout(() => { box.value = reread(box.value); }, 0));
box.addEventListener('blur', () => {
  box.value = reread(box.value);
  if (box.value.includes('_')) box.value = '';
});
</script></body></html>)HTML";

TEST(FormActorTest, ABoxWhoseMaskGarblesTheNumberTakesItsNationalForm) {
  planning::Answer phone;
  phone.text = "+1 415 555 0142";
  phone.other_forms = {"415 555 0142"};
  auto shown = FillThenRead(kMaskedPhone, "Phone", phone, "document.getElementById('phone').value");
  ASSERT_TRUE(shown) << shown.error().ToString();
  EXPECT_EQ(shown->as_string(), "(415) 555-0142");
}

// A number the mask has no slots for (another country's, with no national form to
// offer) comes out garbled, "(442) 079-4609" for "+44 20 7946 0958": the fill
// fails, and the box must not keep the garbled number, which would be sent as the
// person's phone if nobody corrected it. It is left as it was before the fill.
TEST(FormActorTest, ABoxThatGarblesEveryFormOfTheNumberIsLeftAsItWas) {
  planning::Answer phone;
  phone.text = "+44 20 7946 0958";
  std::optional<Error> refused;
  auto shown = FillThenRead(kMaskedPhone, "Phone", phone, "document.getElementById('phone').value",
                            &refused);
  ASSERT_TRUE(shown) << shown.error().ToString();
  ASSERT_TRUE(refused.has_value()) << "the garbled number was taken as filled";
  EXPECT_EQ(shown->as_string(), "");
}

// intl-tel-input with nationalMode off and autoHideDialCode (Drupal Webform's
// telephone element): an empty box, focused, writes the picked country's "+1"
// into itself and moves the caret after it; the form sends the box as it is.
constexpr char kDialCodeOnFocus[] =
    R"HTML(<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<label for="tel">Telefoonnummer</label> <input type="tel" id="tel" name="telefoon" placeholder="+1 201-555-0123">
</form><script>
const box = document.getElementById('tel');
box.addEventListener('focus', () => {
  if (box.value) return;
  box.value = '+1';
  setTimeout(() => box.setSelectionRange(box.value.length, box.value.length));
});
box.addEventListener('blur', () => { if (box.value.trim() === '+1') box.value = ''; });
</script></body></html>)HTML";

TEST(FormActorTest, APhoneBoxThatWritesTheDialCodeWhenFocusedTakesTheWholeNumber) {
  planning::Answer phone;
  phone.text = "415 555 0142";
  phone.international = "+1 415 555 0142";
  auto shown = FillThenRead(kDialCodeOnFocus, "Telefoonnummer", phone,
                            "document.getElementById('tel').value");
  ASSERT_TRUE(shown) << shown.error().ToString();
  EXPECT_EQ(shown->as_string(), "+1 415 555 0142");
}

// Ionic's ion-select (a shadow root covering the label and the shown choice with
// one button; the choices are its ion-select-option children): a click opens the
// options in an overlay appended to the app. With interface="alert" an ion-alert
// (role=dialog) lists them as radio buttons and the choice is made only by its OK
// button beside Cancel; with interface="action-sheet" a tap on an option chooses
// and closes. Every option of either carries the class select-interface-option.
// Either overlay leaves with an animation over the page, removed at its end: the
// next select is covered until then. The page records what ionChange carried.
constexpr char kIonicSelects[] =
    R"HTML(<!doctype html><html><body><ion-app><form style="padding:20px">
<div><ion-select name="degree" label="Highest degree" interface="alert" placeholder="Select one">
  <ion-select-option value="hs">High school</ion-select-option>
  <ion-select-option value="ba">Bachelor's degree</ion-select-option>
  <ion-select-option value="ma">Master's degree</ion-select-option></ion-select></div>
<div style="margin-top:16px"><ion-select name="notice" label="Notice period" interface="action-sheet" placeholder="Select one">
  <ion-select-option value="now">Immediately</ion-select-option>
  <ion-select-option value="2w">2 weeks</ion-select-option>
  <ion-select-option value="1m">1 month</ion-select-option></ion-select></div>
</form></ion-app><script>
document.body.dataset.state = '{}';
const record = (name, value) => {
  const state = JSON.parse(document.body.dataset.state);
  state[name] = value;
  document.body.dataset.state = JSON.stringify(state);
};
customElements.define('ion-select-option', class extends HTMLElement {
  connectedCallback() { this.style.display = 'none'; }
});
customElements.define('ion-select', class extends HTMLElement {
  connectedCallback() {
    this.style.cssText = 'display:block;position:relative;width:300px;min-height:40px;border-bottom:1px solid #999';
    this.attachShadow({mode: 'open'}).innerHTML =
      '<label class="select-wrapper" id="select-label" style="display:flex;gap:8px">' +
      '<div class="label-text-wrapper"><div class="label-text"></div></div>' +
      '<div class="native-wrapper"><div aria-hidden="true" class="select-text" part="placeholder"></div>' +
      '<button type="button" aria-labelledby="select-label" aria-haspopup="dialog" aria-expanded="false" ' +
      'style="position:absolute;inset:0;width:100%;height:100%;opacity:0"></button></div></label>';
    this.shadowRoot.querySelector('.label-text').textContent = this.getAttribute('label');
    this.show('');
    this.addEventListener('click', () => this.open());
  }
  show(text) {
    const shown = this.shadowRoot.querySelector('.select-text');
    shown.textContent = text || this.getAttribute('placeholder');
    shown.setAttribute('part', text ? 'text' : 'placeholder');
  }
  choose(option) {
    this.show(option.textContent);
    record(this.getAttribute('name'), option.getAttribute('value'));
  }
  open() {
    const options = Array.from(this.querySelectorAll('ion-select-option'));
    const overlay = document.createElement(this.getAttribute('interface') === 'alert' ? 'ion-alert' : 'ion-action-sheet');
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.3);display:flex;align-items:center;justify-content:center';
    const box = document.createElement('div');
    box.style.cssText = 'background:white;padding:12px;width:260px';
    overlay.appendChild(box);
    // Ionic's leave animation (Web Animations), the overlay removed at its end.
    const close = () => overlay.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 250 }).finished.then(() => overlay.remove());
    let checked = null;
    for (const option of options) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'select-interface-option';
      b.style.cssText = 'display:block;width:100%;padding:8px';
      b.textContent = option.textContent;
      if (overlay.localName === 'ion-alert') {
        b.setAttribute('role', 'radio');
        b.setAttribute('aria-checked', 'false');
        b.addEventListener('click', () => {
          box.querySelectorAll('[role=radio]').forEach((r) => r.setAttribute('aria-checked', String(r === b)));
          checked = option;
        });
      } else {
        b.addEventListener('click', () => { this.choose(option); close(); });
      }
      box.appendChild(b);
    }
    const actions = document.createElement('div');
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = overlay.localName === 'ion-alert' ? 'alert-button alert-button-role-cancel' : 'action-sheet-cancel';
    cancel.textContent = 'Cancel';
    cancel.addEventListener('click', close);
    actions.appendChild(cancel);
    if (overlay.localName === 'ion-alert') {
      const ok = document.createElement('button');
      ok.type = 'button';
      ok.className = 'alert-button';
      ok.textContent = 'OK';
      ok.addEventListener('click', () => { if (checked) this.choose(checked); close(); });
      actions.appendChild(ok);
    }
    box.appendChild(actions);
    document.querySelector('ion-app').appendChild(overlay);
  }
});
</script></body></html>)HTML";

// Fills the degree and notice selects of an Ionic page like kIonicSelects; the
// page read afterwards, and what the page recorded.
void ChooseInIonicSelects(const std::string& html) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string recorded;
  auto chosen = RunAsync(io, [&]() -> asio::awaitable<Result<perception::PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(html));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* degree = FieldLabelled(*snapshot, "Highest degree");
    const auto* notice = FieldLabelled(*snapshot, "Notice period");
    if (degree == nullptr || notice == nullptr) {
      std::string labels;
      for (const auto& f : snapshot->fields) labels += " '" + f.label + "'";
      co_return Fail(ErrorKind::kNotFound, "the selects are no fields; the page's:" + labels);
    }
    if (degree->kind != perception::ControlKind::kCombobox || degree->name != "degree" ||
        degree->options.size() != 3 || degree->options[1].label != "Bachelor's degree" ||
        !degree->value.empty()) {
      co_return Fail(ErrorKind::kProtocol, "the alert select is read wrong");
    }
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer bachelor;
    bachelor.text = "Bachelor's degree";
    if (auto picked = co_await actor.Fill(frame, *degree, bachelor); !picked) {
      co_return Fail(picked.error());
    }
    planning::Answer two_weeks;
    two_weeks.text = "2 weeks";
    if (auto picked = co_await actor.Fill(frame, *notice, two_weeks); !picked) {
      co_return Fail(picked.error());
    }
    auto state = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!state) co_return Fail(state.error());
    recorded = std::string(state->as_string());
    co_return co_await perception::PageReader::Read(**page);
  });
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(recorded, R"({"degree":"ba","notice":"2w"})");
  const auto* degree = FieldLabelled(*chosen, "Highest degree");
  ASSERT_NE(degree, nullptr);
  EXPECT_EQ(degree->value, "Bachelor's degree");
  // The page read once a choice is made is the form, not the overlay leaving.
  EXPECT_NE(FieldLabelled(*chosen, "Notice period"), nullptr);
  EXPECT_EQ(chosen->fields.size(), 2u);
  (*browser)->Close();
}

TEST(FormActorTest, AnIonicSelectIsChosenInTheOverlayItOpensAndConfirmedWhereItAsks) {
  ChooseInIonicSelects(kIonicSelects);
}

// A chosen list's overlay that lets clicks through as it leaves (pointer-events:
// none for its exit animation, as many overlays set while they fade out): it is
// left to go. Escape does nothing to it, and a click on its control meant to
// close it would reach the control through it and open the list anew, over the
// next field.
TEST(FormActorTest, AListLeavingByItselfAfterTheChoiceIsLeftToGo) {
  std::string html = kIonicSelects;
  const std::string leave =
      "const close = () => overlay.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 250 })"
      ".finished.then(() => overlay.remove());";
  const auto at = html.find(leave);
  ASSERT_NE(at, std::string::npos);
  html.replace(at, leave.size(),
               "const close = () => { overlay.style.pointerEvents = 'none';"
               " overlay.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 400 })"
               ".finished.then(() => overlay.remove()); };");
  ChooseInIonicSelects(html);
}

// The same overlay leaving on a timer with no animation the page can see, its
// class saying it is on its way out (Ionic's overlay-dismissing, Vue's
// v-leave-active, React Transition Group's exit-active): still left to go.
TEST(FormActorTest, AListMarkedLeavingOnATimerIsLeftToGo) {
  std::string html = kIonicSelects;
  const std::string leave =
      "const close = () => overlay.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 250 })"
      ".finished.then(() => overlay.remove());";
  const auto at = html.find(leave);
  ASSERT_NE(at, std::string::npos);
  html.replace(at, leave.size(),
               "const close = () => { overlay.style.pointerEvents = 'none';"
               " overlay.classList.add('overlay-dismissing');"
               " setTimeout(() => overlay.remove(), 400); };");
  ChooseInIonicSelects(html);
}

// Ionic's ion-datetime-button beside an ion-label in an ion-item: its shadow root
// holds one button showing the date of the ion-datetime it names — today's date
// while that holds none — and presents the ion-modal around the datetime. The
// datetime draws its calendar in its own shadow root: a caption Intl writes with
// a connector and a drawn caret ("agosto de 2026 ▾"), previous / next month
// buttons, the days; a day clicked is only held until its default "Concluído"
// button (an ion-button: <button> in a shadow root around the slotted text)
// confirms it, which closes the modal and sets the value.
constexpr char kIonicDatetimeButton[] =
    R"HTML(<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"></head><body><form style="padding:20px">
<div class="item"><span class="label">Data de início disponível</span>
  <ion-datetime-button datetime="start"></ion-datetime-button>
  <ion-modal><ion-datetime id="start" locale="pt-BR"></ion-datetime></ion-modal></div>
</form><script>
const fmt = (d) => new Intl.DateTimeFormat('pt-BR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
customElements.define('ion-button', class extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML =
      '<button type="button" class="button-native" style="padding:8px 16px"><span class="button-inner"><slot></slot></span></button>';
  }
});
customElements.define('ion-modal', class extends HTMLElement {
  connectedCallback() {
    this.style.cssText = 'display:none;position:fixed;inset:0;align-items:center;justify-content:center;background:rgba(0,0,0,.3)';
  }
  present() { this.style.display = 'flex'; this.setAttribute('role', 'dialog'); this.setAttribute('aria-modal', 'true'); }
  dismiss() { this.style.display = 'none'; this.removeAttribute('role'); this.removeAttribute('aria-modal'); }
});
customElements.define('ion-datetime', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' });
    const today = new Date();
    this.month = { y: today.getUTCFullYear(), m: today.getUTCMonth() + 1 };
    this.value = null;
    this.active = null;
    this.render();
  }
  render() {
    const { y, m } = this.month;
    const caption = new Intl.DateTimeFormat('pt-BR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
    let days = '';
    for (let d = 1; d <= new Date(Date.UTC(y, m, 0)).getUTCDate(); d++) {
      const chosen = this.active === `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      days += `<button type="button" class="calendar-day" data-day="${d}" aria-selected="${chosen}">${d}</button>`;
    }
    this.shadowRoot.innerHTML = `<div class="datetime-calendar" style="background:#fff;padding:8px;width:300px">
      <div class="calendar-header"><button type="button" class="calendar-month-year-toggle">${caption} &#9662;</button>
        <button type="button" class="prev" aria-label="Previous month">&lt;</button><button type="button" class="next" aria-label="Next month">&gt;</button></div>
      <div class="calendar-body" style="display:grid;grid-template-columns:repeat(7,1fr)">${days}</div></div>
      <div class="datetime-footer"><ion-button class="cancel">Cancelar</ion-button><ion-button class="confirm">Concluído</ion-button></div>`;
    const r = this.shadowRoot;
    r.querySelector('.prev').onclick = () => { this.month = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 }; this.render(); };
    r.querySelector('.next').onclick = () => { this.month = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 }; this.render(); };
    r.querySelectorAll('.calendar-day').forEach((b) => b.onclick = () => {
      this.active = `${y}-${String(m).padStart(2, '0')}-${b.dataset.day.padStart(2, '0')}`;
      this.render();
    });
    r.querySelector('.cancel').onclick = () => this.closest('ion-modal').dismiss();
    r.querySelector('.confirm').onclick = () => {
      this.value = this.active;
      document.body.dataset.start = this.value || '';
      this.closest('ion-modal').dismiss();
      document.querySelector('ion-datetime-button').update();
    };
  }
});
customElements.define('ion-datetime-button', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button" id="date-button" aria-expanded="false"></button>';
    this.shadowRoot.querySelector('button').onclick = () => document.getElementById(this.getAttribute('datetime')).closest('ion-modal').present();
    this.update();
  }
  update() {
    const value = document.getElementById(this.getAttribute('datetime')).value;
    this.shadowRoot.querySelector('button').textContent = fmt(value ? new Date(value + 'T00:00:00Z') : new Date());
  }
});
</script></body></html>)HTML";

TEST(FormActorTest, AnIonicDatetimeButtonIsSetInItsModalCalendarAndConfirmed) {
  planning::Answer start;
  start.text = "2025-09-01";
  auto chosen = FillThenRead(kIonicDatetimeButton, "Data de início disponível", start,
                             "document.body.dataset.start + ' ' + "
                             "document.querySelector('ion-modal').style.display");
  ASSERT_TRUE(chosen) << chosen.error().ToString();
  EXPECT_EQ(chosen->as_string(), "2025-09-01 none");
}

// Arco Design's Select and Cascader (Vue 3): a form item's label column holds a
// <label> tied to nothing and an SVG star; the control is span.arco-select-view
// holding a read-only input with no role, the choice drawn in a span beside it;
// a click opens a trigger popup at the end of <body> whose rows carry no option
// role (li.arco-select-option), or, for the cascader, one role=menu column per
// level whose parents are role=menuitem with aria-haspopup. A province list
// abroad ("海外") opens the countries: the person's is their place.
constexpr char kArcoSelects[] = R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.arco-form-item { display: flex; margin: 8px 0 }
.arco-form-item-label-col { width: 120px }
.arco-select-view { display: inline-flex; width: 240px; height: 32px; background: #eee; position: relative }
.arco-select-view-input { flex: 1; border: 0; background: transparent }
.arco-select-view-input-hidden { position: absolute; width: 0 !important }
.arco-select-view-value-hidden { display: none }
.arco-trigger-popup { position: absolute; background: #fff; border: 1px solid #ccc }
.arco-cascader-panel { display: flex }
.arco-input-tag { display: inline-flex; width: 240px; min-height: 32px; background: #eee }
.arco-checkbox-target { position: absolute; width: 0; height: 0; opacity: 0 }
ul { list-style: none; margin: 0; padding: 0 } li { line-height: 28px; padding: 0 8px; cursor: pointer }
</style></head><body><form style="padding:20px">
<div class="arco-form-item"><div class="arco-form-item-label-col"><label class="arco-form-item-label"><strong
  class="arco-form-item-label-required-symbol"><svg viewBox="0 0 8 8" width="8" height="8"><path d="M4 0L8 8H0z"/></svg></strong>证件类型</label></div>
  <div class="arco-form-item-wrapper-col"><span class="arco-select-view-single arco-select arco-select-view" data-kind="select">
  <input class="arco-select-view-input" readonly placeholder="请选择"><span class="arco-select-view-value arco-select-view-value-hidden"></span></span></div></div>
<div class="arco-form-item"><div class="arco-form-item-label-col"><label class="arco-form-item-label"><strong
  class="arco-form-item-label-required-symbol"><svg viewBox="0 0 8 8" width="8" height="8"><path d="M4 0L8 8H0z"/></svg></strong>现居城市</label></div>
  <div class="arco-form-item-wrapper-col"><span class="arco-select-view-single arco-cascader arco-select-view" data-kind="cascader">
  <input class="arco-select-view-input" readonly placeholder="请选择"><span class="arco-select-view-value arco-select-view-value-hidden"></span></span></div></div>
<div class="arco-form-item"><div class="arco-form-item-label-col"><label class="arco-form-item-label">技能标签</label></div>
  <div class="arco-form-item-wrapper-col"><div class="arco-input-tag arco-select-view arco-select-view-multiple arco-select" data-kind="multiple">
  <span class="arco-input-tag-inner"><input class="arco-input-tag-input" placeholder="请选择"></span></div></div></div>
</form><script>
const places = [{ label: '北京', children: ['北京市'] }, { label: '上海', children: ['上海市'] },
  { label: '广东', children: ['广州市', '深圳市'] }, { label: '浙江', children: ['杭州市', '宁波市'] },
  { label: '海外', children: ['美国', '加拿大', '英国', '其他国家/地区'] }];
function popupFor(view, fill) {
  const popup = document.createElement('div');
  popup.className = 'arco-trigger-popup';
  document.body.appendChild(popup);
  const close = () => { popup.remove(); document.removeEventListener('mousedown', outside, true); };
  const outside = (e) => { if (!popup.contains(e.target) && !view.contains(e.target)) close(); };
  document.addEventListener('mousedown', outside, true);
  const r = view.getBoundingClientRect();
  popup.style.left = (r.left + scrollX) + 'px';
  popup.style.top = (r.bottom + scrollY + 4) + 'px';
  fill(popup, close);
}
function show(view, text) {
  view.querySelector('.arco-select-view-value').textContent = text;
  view.querySelector('.arco-select-view-value').classList.remove('arco-select-view-value-hidden');
  view.querySelector('input').classList.add('arco-select-view-input-hidden');
}
for (const view of document.querySelectorAll('.arco-select-view')) {
  view.addEventListener('mousedown', (e) => { if (e.target.tagName !== 'INPUT') { e.preventDefault(); view.querySelector('input').focus(); } });
  view.addEventListener('click', () => {
    if (document.querySelector('.arco-trigger-popup')) return;
    if (view.dataset.kind === 'multiple') {
      const input = view.querySelector('input');
      const chosen = [];
      popupFor(view, (popup) => {
        const list = document.createElement('ul');
        popup.appendChild(list);
        const draw = () => {
          list.textContent = '';
          for (const name of ['C++', 'Go', 'Java', 'Kafka', 'Redis']) {
            if (!name.toLowerCase().includes(input.value.toLowerCase())) continue;
            const li = document.createElement('li');
            li.className = 'arco-select-option arco-select-option-multiple';
            li.innerHTML = '<label class="arco-checkbox"><input type="checkbox" class="arco-checkbox-target"><span class="arco-checkbox-label"></span></label>';
            li.querySelector('.arco-checkbox-label').textContent = name;
            li.addEventListener('click', (e) => {
              e.preventDefault();
              if (!chosen.includes(name)) chosen.push(name);
              document.body.dataset.skills = chosen.join(',');
              const tag = document.createElement('span');
              tag.className = 'arco-tag arco-input-tag-tag';
              tag.textContent = name;
              const remove = document.createElement('span');
              remove.setAttribute('role', 'button');
              remove.innerHTML = '<svg width="8" height="8"><path d="M0 0L8 8"/></svg>';
              tag.appendChild(remove);
              input.before(tag);
              input.value = '';
              draw();
            });
            list.appendChild(li);
          }
        };
        input.addEventListener('input', draw);
        draw();
      });
      return;
    }
    if (view.dataset.kind === 'select') {
      popupFor(view, (popup, close) => {
        const list = document.createElement('ul');
        for (const label of ['居民身份证', '港澳台居民居住证', '护照']) {
          const li = document.createElement('li');
          li.className = 'arco-select-option';
          li.textContent = label;
          li.addEventListener('click', () => { document.body.dataset.document = label; show(view, label); close(); });
          list.appendChild(li);
        }
        popup.appendChild(list);
      });
      return;
    }
    popupFor(view, (popup, close) => {
      const panel = document.createElement('div');
      panel.className = 'arco-cascader-panel';
      popup.appendChild(panel);
      const column = (items, onPick) => {
        const ul = document.createElement('ul');
        ul.setAttribute('role', 'menu');
        for (const item of items) {
          const li = document.createElement('li');
          li.setAttribute('role', 'menuitem');
          li.className = 'arco-cascader-option';
          const parent = typeof item !== 'string';
          li.setAttribute('aria-haspopup', String(parent));
          li.setAttribute('aria-expanded', 'false');
          li.textContent = parent ? item.label : item;
          li.addEventListener('click', () => onPick(item, ul));
          ul.appendChild(li);
        }
        panel.appendChild(ul);
      };
      column(places, (province, ul) => {
        while (ul.nextElementSibling) ul.nextElementSibling.remove();
        column(province.children, (city) => {
          document.body.dataset.place = province.label + '/' + city;
          show(view, province.label + ' / ' + city);
          close();
        });
      });
    });
  });
}
</script></body></html>)HTML";

TEST(FormActorTest, ArcosRolelessSelectAndCascaderAreChosenThroughTheirPopups) {
  auto snapshot = applier::testing::ReadHtmlPage(kArcoSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 3u);
  for (const auto& field : snapshot->fields) {
    EXPECT_EQ(field.kind, perception::ControlKind::kCombobox) << field.label;
    EXPECT_EQ(field.required, field.label != "技能标签") << field.label;
  }
  planning::Answer passport;
  passport.text = "护照";
  auto document =
      FillThenRead(kArcoSelects, "证件类型", passport, "document.body.dataset.document");
  ASSERT_TRUE(document) << document.error().ToString();
  EXPECT_EQ(document->as_string(), "护照");
  planning::Answer home;
  home.text = "San Francisco";
  home.match_text = "San Francisco, CA, United States";
  home.match_key = planning::FieldKey::kCity;
  auto place = FillThenRead(kArcoSelects, "现居城市", home, "document.body.dataset.place");
  ASSERT_TRUE(place) << place.error().ToString();
  EXPECT_EQ(place->as_string(), "海外/美国");
  // A person's answer names the city; its province opens the list it is in.
  planning::Answer shanghai;
  shanghai.text = "上海市";
  auto city = FillThenRead(kArcoSelects, "现居城市", shanghai, "document.body.dataset.place");
  ASSERT_TRUE(city) << city.error().ToString();
  EXPECT_EQ(city->as_string(), "上海/上海市");
  // The multiple select: each entry typed in its search box beside the tags, and
  // its row (a hidden checkbox inside) clicked.
  planning::Answer skills;
  skills.text = "Go, Kafka";
  skills.entries = {"Go", "Kafka"};
  auto tags = FillThenRead(kArcoSelects, "技能标签", skills, "document.body.dataset.skills");
  ASSERT_TRUE(tags) << tags.error().ToString();
  EXPECT_EQ(tags->as_string(), "Go,Kafka");
}

// Tally's own widgets draw their lists without roles or option classes. Its
// dropdown (a CustomSelect: a text box the browser must not complete) lists
// `.list-item` rows under the box once it has the focus and writes the picked
// option's name into the box itself; its phone block's flag button, titled with
// the picked country and marked aria-haspopup, opens a country list beside it.
// Its required star carries a tooltip that shows only on hover.
constexpr char kTallyWidgets[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form style="padding:20px">
<div class="tally-block tally-block-title"><div class="title-content" style="position:relative">
  <h3>Country</h3><div aria-hidden="true" class="tally-required-indicator"><span>*</span>
  <div class="tooltip" style="display:none"><span>Required</span></div></div></div></div>
<div class="tally-block tally-block-dropdown"><div data-sentry-component="CustomSelect" class="custom-select" style="position:relative">
  <input type="text" autocomplete="off" aria-label="Country" required placeholder="Select an option"></div></div>
<div class="tally-block tally-block-title"><div class="title-content"><h3>Phone number</h3></div></div>
<div class="tally-block tally-block-input-phone-number"><div class="wrapper" style="position:relative">
  <div class="phone-input" style="display:flex">
    <div class="country-select" role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" title="Slovakia">
      <span class="flag">🇸🇰</span> <span class="dial">+421</span></div>
    <input type="tel" aria-label="Phone number"></div></div></div>
<div class="tally-block tally-block-title"><div class="title-content">
  <h3 id="label_langs">Languages</h3><div aria-hidden="true" class="tally-required-indicator"><span>*</span>
  <div class="tooltip" style="display:none"><span>Required</span></div></div></div></div>
<fieldset aria-labelledby="label_langs">
  <input type="checkbox" id="go" name="langs"><label for="go">Go</label>
  <input type="checkbox" id="rust" name="langs"><label for="rust">Rust</label></fieldset>
</form>
<script>
const state = {};
const save = () => { document.body.dataset.state = JSON.stringify(state); };
save();
const rowsUnder = (anchor, names, pick) => {
  const list = document.createElement('div');
  list.className = 'list';
  list.style = 'position:absolute;top:100%;left:0;width:260px;background:white;border:1px solid #999;z-index:5';
  for (const name of names) {
    const row = document.createElement('div');
    row.className = 'list-item';
    row.textContent = name;
    row.addEventListener('mousedown', (event) => { event.preventDefault(); pick(name); list.remove(); save(); });
    list.appendChild(row);
  }
  anchor.appendChild(list);
};
const country = document.querySelector('.custom-select input');
country.addEventListener('focus', () => {
  if (!country.parentElement.querySelector('.list')) {
    rowsUnder(country.parentElement, ['Slovakia', 'Germany', 'Czechia'], (name) => { country.value = name; state.country = name; });
  }
});
const flag = document.querySelector('.country-select');
flag.addEventListener('click', () => {
  if (flag.parentElement.parentElement.querySelector('.list')) return;
  flag.setAttribute('aria-expanded', 'true');
  rowsUnder(flag.parentElement.parentElement, ['🇸🇰 Slovakia +421', '🇩🇪 Germany +49', '🇺🇸 United States +1'], (name) => {
    flag.setAttribute('aria-expanded', 'false');
    const [emoji, ...rest] = name.split(' ');
    flag.querySelector('.flag').textContent = emoji;
    flag.querySelector('.dial').textContent = rest[rest.length - 1];
    flag.title = rest.slice(0, -1).join(' ');
    state.dial = rest[rest.length - 1];
  });
});
</script></body></html>)HTML";

TEST(FormActorTest, TallysDropdownAndFlagButtonAreChosenFromRowsDrawnWithoutRoles) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::optional<perception::PageSnapshot> before;
  auto after = RunAsync(io, [&]() -> asio::awaitable<Result<perception::PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kTallyWidgets));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    before = *snapshot;
    const auto* country = FieldLabelled(*snapshot, "Country");
    const auto* flag = FieldLabelled(*snapshot, "Slovakia");
    if (country == nullptr || flag == nullptr)
      co_return Fail(ErrorKind::kNotFound, "a widget is no field");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer germany;
    germany.text = "Germany";
    if (auto picked = co_await actor.Fill(frame, *country, germany); !picked)
      co_return Fail(picked.error());
    planning::Answer dial;
    dial.text = "+1";
    dial.match_key = planning::FieldKey::kPhoneCountryCode;
    if (auto picked = co_await actor.Fill(frame, *flag, dial); !picked)
      co_return Fail(picked.error());
    co_return co_await perception::PageReader::Read(**page);
  });
  ASSERT_TRUE(before.has_value());
  const auto* country = FieldLabelled(*before, "Country");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->kind, perception::ControlKind::kCombobox);
  EXPECT_TRUE(country->required);  // its box is required
  const auto* langs = FieldLabelled(*before, "Languages");
  ASSERT_NE(langs, nullptr);
  EXPECT_TRUE(langs->required);  // the star beside the group's title, its tooltip hidden
  ASSERT_TRUE(after) << after.error().ToString();
  const auto* chosen = FieldLabelled(*after, "Country");
  ASSERT_NE(chosen, nullptr);
  EXPECT_EQ(chosen->value, "Germany");  // the choice written into its own box
  const auto* flag = FieldLabelled(*after, "United States");
  ASSERT_NE(flag, nullptr);
  EXPECT_EQ(flag->value, "🇺🇸 +1");
  (*browser)->Close();
}

// An application form in a modal dialog that closes on Escape, as Bootstrap's
// modal (keyboard: true) and most hand-written dialogs do, holding a tags box
// (bootstrap-tagsinput: Enter adds the typed entry as a tag; no list of
// suggestions ever opens). Escape pressed to close a list that is not open would
// close the whole dialog and hide the form.
constexpr char kTagsInModal[] = R"HTML(<!doctype html><html><body>
<p>Senior Backend Engineer</p>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="t">
  <h5 id="t">Apply</h5>
  <form>
    <label for="skills">Primary Skills</label>
    <div class="bootstrap-tagsinput"><input type="text" id="skills" autocomplete="off" placeholder="Add a skill"></div>
    <button type="submit">Submit</button>
  </form>
</div>
<script>
const modal = document.querySelector('.modal');
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { modal.hidden = true; document.body.dataset.closed = 'yes'; }
});
const input = document.getElementById('skills');
input.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  const tag = document.createElement('span');
  tag.className = 'tag';
  tag.textContent = text;
  input.before(tag);
  input.value = '';
  document.body.dataset.skills = [...document.querySelectorAll('.tag')].map((t) => t.textContent).join(',');
});
</script></body></html>)HTML";

TEST(FormActorTest, ATagsBoxInAModalDialogIsFilledWithoutClosingTheDialog) {
  planning::Answer skills;
  skills.text = "C++, Go";
  skills.entries = {"C++", "Go"};
  auto read = FillThenRead(kTagsInModal, "Primary Skills", skills,
                           "JSON.stringify([document.body.dataset.skills || '', "
                           "document.body.dataset.closed || 'no'])");
  ASSERT_TRUE(read) << read.error().ToString();
  EXPECT_EQ(json::serialize(*read), R"("[\"C++,Go\",\"no\"]")");
}

// A listbox opened under a panel fixed over the page (a chat widget, a promo
// bar): its options are out of the pointer's reach and the list says nothing of
// an active option for the keys, so the pick fails. The list it opened is closed
// again rather than left over the fields after it; the trigger toggles it, as
// hand-written dropdowns do, and ignores Escape.
constexpr char kListUnderAPanel[] = R"HTML(<!doctype html><html><body style="margin:0">
<form style="padding:10px">
  <div><span id="size-label">Team size</span>
    <button type="button" data-trigger aria-haspopup="listbox" aria-labelledby="size-label"
            aria-expanded="false">Select...</button></div>
  <ul role="listbox" hidden style="position:absolute;top:60px;left:20px;margin:0;padding:0;background:#fff;border:1px solid #999">
    <li role="option">1-10</li><li role="option">11-50</li><li role="option">51-200</li></ul>
</form>
<div style="position:fixed;top:50px;left:0;width:420px;height:220px;z-index:10;background:#ddd">Chat with us</div>
<script>
const list = document.querySelector('[role=listbox]');
const trigger = document.querySelector('[data-trigger]');
trigger.addEventListener('click', () => {
  list.hidden = !list.hidden;
  trigger.setAttribute('aria-expanded', String(!list.hidden));
});
list.addEventListener('click', (e) => {
  const option = e.target.closest('[role=option]');
  if (option) { trigger.textContent = option.textContent; list.hidden = true; }
});
</script></body></html>)HTML";

TEST(FormActorTest, AListAPickFailedInIsClosedAgain) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  std::string pick_error;
  auto read = RunAsync(io, [&]() -> asio::awaitable<Result<json::value>> {
    auto context = co_await (*browser)->NewContext();
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kListUnderAPanel));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto* size = FieldLabelled(*snapshot, "Team size");
    if (!size) co_return Fail(ErrorKind::kNotFound, "field not seen");
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    planning::Answer answer;
    answer.text = "11-50";
    auto picked = co_await actor.Fill(frame, *size, answer);
    if (picked) co_return Fail(ErrorKind::kConflict, "picked under the panel: " + picked->value);
    pick_error = picked.error().message;
    co_return co_await (*page)->Evaluate(frame,
                                         "document.querySelector('[role=listbox]').hidden + '|' + "
                                         "document.querySelector('[data-trigger]').textContent");
  });
  (*browser)->Close();
  ASSERT_TRUE(read) << read.error().ToString();
  EXPECT_NE(pick_error, "");
  EXPECT_EQ(read->as_string(), "true|Select...");
}

}  // namespace
}  // namespace applier::actions
