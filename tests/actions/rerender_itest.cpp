// FormActor on client-rendered forms that replace their nodes under it: one whose
// inputs are swapped for fresh copies on every input event (what a keyed React
// re-render does), one that rebuilds the whole form from its state after each
// change, and an input mask that rewrites what was typed. Every control is filled
// from one reading of the page, as the session does; the assertions read what the
// page's own state recorded.
#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "actions/form_actor.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/async.h"

namespace applier::actions {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;

// Each input event replaces the input by a fresh node holding the same value; ids
// are generated per render, as React's useId does across remounts.
constexpr char kReplacedOnInput[] = R"HTML(<!doctype html><html><body>
<form id="f" onsubmit="return false">
  <div><label>First name <input name="first" id="in-a8k2j9"></label></div>
  <div><label>Last name <input name="last" id="in-q4w7z1"></label></div>
  <div><label>Phone <input name="phone"></label></div>
</form>
<script>
const state = {};
let generation = 0;
const save = () => { document.body.dataset.state = JSON.stringify(state); };
document.getElementById('f').addEventListener('input', (event) => {
  const old = event.target;
  state[old.name] = old.value;
  save();
  const fresh = old.cloneNode(true);
  fresh.value = old.value;
  fresh.id = 'in-' + (++generation) + 'x' + Math.random().toString(36).slice(2, 8);
  old.replaceWith(fresh);
});
</script></body></html>)HTML";

// After every change the whole form is rendered again from state (new nodes for
// every control and button); the phone box formats digits as (555) 123-4567.
constexpr char kRebuiltOnChange[] = R"HTML(<!doctype html><html><body>
<div id="app"></div>
<script>
const state = { first: '', email: '', phone: '', country: '', agree: false, sent: false };
const save = () => { document.body.dataset.state = JSON.stringify(state); };
function formatPhone(text) {
  const d = text.replace(/\D/g, '').slice(0, 10);
  if (d.length < 4) return d;
  if (d.length < 7) return '(' + d.slice(0, 3) + ') ' + d.slice(3);
  return '(' + d.slice(0, 3) + ') ' + d.slice(3, 6) + '-' + d.slice(6);
}
function render() {
  const app = document.getElementById('app');
  app.innerHTML = `<form onsubmit="return false">
    <div><label for="a">First name</label><input id="a" name="first"></div>
    <div><label for="b">Email</label><input id="b" name="email" type="email"></div>
    <div><label for="c">Phone number</label><input id="c" name="phone"></div>
    <div><label for="d">Country</label><select id="d" name="country">
      <option value="">Choose</option><option value="de">Germany</option><option value="us">United States</option>
    </select></div>
    <div><label><input type="checkbox" name="agree"> I agree to the privacy policy</label></div>
    <button type="button" class="primary">Send</button>
  </form>`;
  const form = app.querySelector('form');
  for (const name of ['first', 'email', 'phone', 'country']) form.elements[name].value = state[name];
  form.elements.agree.checked = state.agree;
  form.addEventListener('input', (event) => {
    const el = event.target;
    if (el.name === 'phone') {
      state.phone = formatPhone(el.value);
      el.value = state.phone;
    } else if (el.type === 'checkbox') {
      state.agree = el.checked;
    } else {
      state[el.name] = el.value;
    }
    save();
  });
  form.addEventListener('change', (event) => {
    if (event.target.type === 'checkbox') state.agree = event.target.checked;
    save();
    setTimeout(render, 0);
  });
  form.querySelector('button').addEventListener('click', () => { state.sent = true; save(); });
}
render();
save();
</script></body></html>)HTML";

// A press that moves the page under the pointer: a menu left open that closes on
// any mousedown outside it (Workday-style popups appended to <body>), a blur
// validation message drawn above the button (Formik, jQuery Validation). The
// release lands beside the moved button and clicks nothing; a person clicks
// again, and so does the engine: the send happens once.
constexpr char kMovesOnPress[] = R"HTML(<!doctype html><html><body>
<div id="app"><form onsubmit="return false" style="padding:20px">
  <div id="notes"></div>
  <div><label for="n">Full name</label><input id="n" name="name"></div>
  <div class="footer"><span></span><button type="button">Send</button></div>
</form></div>
<script>
const state = { name: '', sends: 0 };
const save = () => { document.body.dataset.state = JSON.stringify(state); };
const box = document.getElementById('n');
box.addEventListener('input', () => { state.name = box.value; save(); });
document.addEventListener('mousedown', () => {
  const note = document.createElement('p');
  note.style.height = '80px';
  note.textContent = 'Menu closed';
  document.getElementById('notes').appendChild(note);
}, true);
document.querySelector('button').addEventListener('click', () => { state.sends += 1; save(); });
save();
</script></body></html>)HTML";

const perception::Field* FieldLabelled(const perception::PageSnapshot& snapshot,
                                       const std::string& label) {
  for (const auto& field : snapshot.fields) {
    if (field.label == label) return &field;
  }
  return nullptr;
}

class RerenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto browser =
        RunAsync(io_, [&]() { return browser::Browser::Launch(io_.get_executor(), {}); });
    ASSERT_TRUE(browser) << browser.error().ToString();
    browser_ = *browser;
  }
  void TearDown() override {
    if (browser_) browser_->Close();
  }

  asio::io_context io_;
  std::shared_ptr<browser::Browser> browser_;
};

planning::Answer Typed(std::string text) {
  planning::Answer answer;
  answer.text = std::move(text);
  return answer;
}

TEST_F(RerenderTest, FillsInputsThatAreReplacedOnEveryInputEvent) {
  std::vector<std::string> shown;
  auto state = RunAsync(io_, [&]() -> asio::awaitable<Result<json::object>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kReplacedOnInput));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    for (const auto& [label, text] : std::vector<std::pair<std::string, std::string>>{
             {"First name", "Jordan"}, {"Last name", "Rivera"}, {"Phone", "+1 415 555 0100"}}) {
      const auto* field = FieldLabelled(*snapshot, label);
      if (field == nullptr) co_return Fail(ErrorKind::kNotFound, label + " not seen");
      auto filled = co_await actor.Fill(frame, *field, Typed(text));
      if (!filled) co_return Fail(filled.error());
      shown.push_back(filled->value);
    }
    auto published = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!published) co_return Fail(published.error());
    co_return json::parse(published->as_string()).as_object();
  });
  ASSERT_TRUE(state) << state.error().ToString();
  EXPECT_EQ(state->at("first").as_string(), "Jordan");
  EXPECT_EQ(state->at("last").as_string(), "Rivera");
  EXPECT_EQ(state->at("phone").as_string(), "+1 415 555 0100");
  EXPECT_EQ(shown, (std::vector<std::string>{"Jordan", "Rivera", "+1 415 555 0100"}));
}

TEST_F(RerenderTest, FillsAFormRebuiltAfterEveryChangeAndReportsTheMaskedValue) {
  std::string phone_shown;
  auto state = RunAsync(io_, [&]() -> asio::awaitable<Result<json::object>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kRebuiltOnChange));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    const auto* first = FieldLabelled(*snapshot, "First name");
    const auto* email = FieldLabelled(*snapshot, "Email");
    const auto* phone = FieldLabelled(*snapshot, "Phone number");
    const auto* country = FieldLabelled(*snapshot, "Country");
    const auto* agree = FieldLabelled(*snapshot, "I agree to the privacy policy");
    if (!first || !email || !phone || !country || !agree) {
      co_return Fail(ErrorKind::kNotFound, "fields not seen");
    }
    if (auto filled = co_await actor.Fill(frame, *first, Typed("Jordan")); !filled) {
      co_return Fail(filled.error());
    }
    if (auto filled = co_await actor.Fill(frame, *email, Typed("jordan@example.com")); !filled) {
      co_return Fail(filled.error());
    }
    auto masked = co_await actor.Fill(frame, *phone, Typed("4155550100"));
    if (!masked) co_return Fail(masked.error());
    phone_shown = masked->value;
    planning::Answer us;
    us.text = "United States";
    us.option_value = "us";
    if (auto filled = co_await actor.Fill(frame, *country, us); !filled) {
      co_return Fail(filled.error());
    }
    planning::Answer tick;
    tick.check = true;
    if (auto filled = co_await actor.Fill(frame, *agree, tick); !filled) {
      co_return Fail(filled.error());
    }
    // The button of the first reading was replaced by every render since.
    const perception::Button* send = nullptr;
    for (const auto& button : snapshot->buttons) {
      if (button.text == "Send") send = &button;
    }
    if (send == nullptr) co_return Fail(ErrorKind::kNotFound, "Send not seen");
    if (auto pressed = co_await actor.Press(frame, *send); !pressed) {
      co_return Fail(pressed.error());
    }
    auto published = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!published) co_return Fail(published.error());
    co_return json::parse(published->as_string()).as_object();
  });
  ASSERT_TRUE(state) << state.error().ToString();
  EXPECT_EQ(state->at("first").as_string(), "Jordan");
  EXPECT_EQ(state->at("email").as_string(), "jordan@example.com");
  EXPECT_EQ(state->at("phone").as_string(), "(415) 555-0100");
  EXPECT_EQ(state->at("country").as_string(), "us");
  EXPECT_TRUE(state->at("agree").as_bool());
  EXPECT_TRUE(state->at("sent").as_bool());
  EXPECT_EQ(phone_shown, "(415) 555-0100");
}

TEST_F(RerenderTest, APressThatMovesTheButtonAwayIsMadeAgainOnce) {
  auto state = RunAsync(io_, [&]() -> asio::awaitable<Result<json::object>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kMovesOnPress));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    const auto* name = FieldLabelled(*snapshot, "Full name");
    if (name == nullptr) co_return Fail(ErrorKind::kNotFound, "Full name not seen");
    if (auto filled = co_await actor.Fill(frame, *name, Typed("Jordan Rivera")); !filled) {
      co_return Fail(filled.error());
    }
    const perception::Button* send = nullptr;
    for (const auto& button : snapshot->buttons) {
      if (button.text == "Send") send = &button;
    }
    if (send == nullptr) co_return Fail(ErrorKind::kNotFound, "Send not seen");
    if (auto pressed = co_await actor.Press(frame, *send); !pressed) {
      co_return Fail(pressed.error());
    }
    auto published = co_await (*page)->Evaluate(frame, "document.body.dataset.state");
    if (!published) co_return Fail(published.error());
    co_return json::parse(published->as_string()).as_object();
  });
  ASSERT_TRUE(state) << state.error().ToString();
  EXPECT_EQ(state->at("name").as_string(), "Jordan Rivera");
  EXPECT_EQ(state->at("sends").as_int64(), 1);
}

TEST_F(RerenderTest, AControlThatIsReallyGoneIsNamedNotNumbered) {
  auto filled = RunAsync(io_, [&]() -> asio::awaitable<Result<FillResult>> {
    auto context = co_await browser_->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kReplacedOnInput));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const auto& frame = snapshot->frames.front();
    (void)co_await (*page)->Evaluate(
        frame, "document.querySelector('[name=last]').closest('div').remove(), true");
    const auto* last = FieldLabelled(*snapshot, "Last name");
    if (last == nullptr) co_return Fail(ErrorKind::kNotFound, "Last name not seen");
    FormActor actor(**page);
    co_return co_await actor.Fill(frame, *last, Typed("Rivera"));
  });
  ASSERT_FALSE(filled);
  EXPECT_EQ(filled.error().kind, ErrorKind::kNotFound);
  EXPECT_NE(filled.error().message.find("'Last name' is no longer on the page"), std::string::npos)
      << filled.error().message;
  EXPECT_EQ(filled.error().message.find("element"), std::string::npos) << filled.error().message;
}

// A form whose component library numbers every control's id from a counter it
// advances on each render (Ant Design's rc ids, MUI's "mui-3", a hand-rolled
// "basic_name_7"), unnamed, rebuilt when a section grows: the fields that were
// there keep their keys across the re-render, and only the added entry's are new.
constexpr char kCounterIds[] = R"HTML(<!doctype html><html><body><form>
<div id="root"></div></form>
<script>
let uid = 0;
let jobs = 1;
function render() {
  let html = '';
  const box = (label) => { uid += 1; const id = 'basic_' + label.replace(/\W/g, '') + '_' + uid;
    return '<div><label for="' + id + '">' + label + '</label><input id="' + id + '"></div>'; };
  html += box('Full name') + box('Email');
  for (let i = 0; i < jobs; i++) html += box('Company') + box('Job title');
  html += box('Expected salary');
  document.getElementById('root').innerHTML = html;
}
render();
document.addEventListener('grow', () => { jobs += 1; render(); });
</script></body></html>)HTML";

TEST_F(RerenderTest, FieldsKeepTheirKeysWhenARenderRenumbersTheirIds) {
  auto keys = RunAsync(
      io_,
      [&]() -> asio::awaitable<
                Result<std::pair<std::vector<std::string>, std::vector<std::string>>>> {
        auto context = co_await browser_->NewContext();
        if (!context) co_return Fail(context.error());
        auto page = co_await (*context)->NewPage();
        if (!page) co_return Fail(page.error());
        auto loaded =
            co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kCounterIds));
        if (!loaded) co_return Fail(loaded.error());
        auto before = co_await perception::PageReader::Read(**page);
        if (!before) co_return Fail(before.error());
        auto grown = co_await (*page)->Evaluate(before->frames.front(),
                                                "document.dispatchEvent(new Event('grow')); true");
        if (!grown) co_return Fail(grown.error());
        auto after = co_await perception::PageReader::Read(**page);
        if (!after) co_return Fail(after.error());
        std::pair<std::vector<std::string>, std::vector<std::string>> read;
        for (const auto& field : before->fields) read.first.push_back(field.Key());
        for (const auto& field : after->fields) read.second.push_back(field.Key());
        co_return read;
      });
  ASSERT_TRUE(keys) << keys.error().ToString();
  const auto& [before, after] = *keys;
  ASSERT_EQ(before.size(), 5u);
  ASSERT_EQ(after.size(), 7u);
  std::vector<std::string> added;
  for (const auto& key : after) {
    if (std::find(before.begin(), before.end(), key) == before.end()) added.push_back(key);
  }
  EXPECT_EQ(added.size(), 2u);
  for (const auto& key : added) EXPECT_NE(key.find("#1"), std::string::npos) << key;
}

}  // namespace
}  // namespace applier::actions
