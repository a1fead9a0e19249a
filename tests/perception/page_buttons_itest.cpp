// Buttons as design systems build them: the real <button> sits in a custom
// element's open shadow root and shows its host's text through a <slot> (Lit,
// Shoelace, Stencil and most web-component kits); or, on server-rendered portals,
// a clickable image sends the form. PageReader must read what such a button
// says, once, and so know it for the form's submit.
#include <boost/asio/io_context.hpp>
#include <string>
#include <vector>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/async.h"

namespace applier::perception {
namespace {

namespace asio = boost::asio;
using applier::testing::RunAsync;

constexpr char kSlottedButtons[] = R"HTML(<!doctype html><html><body>
<script>
customElements.define('kit-button', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<button part="base" type="button"><span class="prefix"></span><slot></slot></button>';
  }
});
customElements.define('kit-form', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<form><label>Full name <input name="name"></label>' +
      '<kit-button variant="text">Back to jobs</kit-button>' +
      '<kit-button variant="primary"><span>Send application</span></kit-button></form>';
  }
});
</script>
<kit-form></kit-form>
</body></html>)HTML";

constexpr char kImageSubmit[] = R"HTML(<!doctype html><html><body>
<div class="siteMenu"><a href="jobs?all=1">All jobs</a></div>
<form name="apply" action="about:blank">
  <label>First name <input name="first"></label>
  <img src="data:," width="40" height="20" alt="Submit Application Now"
       style="cursor:pointer" onclick="document.apply.submit()">
</form>
<p><a href="jobs/12">Backend Engineer</a></p>
</body></html>)HTML";

// Consent-gated forms (Contact Form 7's acceptance box, many sign-up pages) keep
// their send button disabled until a box is ticked; a disabled "Reset" or a
// disabled button outside any form is nothing to press.
constexpr char kDisabledUntilConsent[] =
    R"HTML(<!doctype html><html dir="rtl"><head><meta charset="utf-8"></head><body>
<p><button disabled>تصفية</button></p>
<form action="about:blank">
  <label>الاسم <input name="n"></label>
  <label><input type="checkbox" name="c"> أوافق</label>
  <button type="button" disabled>مسح</button>
  <input type="submit" value="إرسال" disabled>
</form>
</body></html>)HTML";

// A page that opens behind a modal (an upload-your-resume-first dialog) makes the
// rest inert: the browser lets no one type or click there until the dialog is
// done, so its fields and buttons are nothing to act on yet.
constexpr char kInertBehindModal[] = R"HTML(<!doctype html><html><body>
<form inert><label>First name <input name="first"></label>
  <button type="submit">Next</button></form>
<div role="dialog" aria-modal="true" aria-labelledby="t" style="position:fixed;top:40px;left:40px;background:#fff">
  <h2 id="t">Apply with your resume</h2>
  <label>Resume <input type="file" name="resume"></label>
  <button type="button">Skip</button></div>
</body></html>)HTML";

// A notice in a modal dialog over the posting, its buttons a design system's
// custom elements with the real <button> in a shadow root: only the dialog can be
// acted on, and its agreeing button leads on to the form.
constexpr char kNoticeOverPosting[] = R"HTML(<!doctype html><html><body>
<script>
customElements.define('kit-button', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"><slot></slot></button>';
  }
});
</script>
<h1>Warehouse Lead</h1><p>Join our team.</p><kit-button>Apply</kit-button>
<div role="dialog" aria-modal="true" aria-labelledby="n" style="position:fixed;top:40px;left:40px;background:#fff">
  <h2 id="n">Data Privacy Notice</h2><p>We process the information you give us to evaluate your application.</p>
  <kit-button>Decline</kit-button> <kit-button>I Agree</kit-button></div>
</body></html>)HTML";

// A wizard whose footer is drawn after its <form> (the form scrolls, the footer
// stays): the footer's buttons close that form; its last step sends with
// "Apply". A posting's Apply beside a search form is still the way in.
constexpr char kFooterAfterForm[] = R"HTML(<!doctype html><html><body>
<div class="wizard"><form novalidate><label>Please type your full name. <input name="sig"></label>
  <label><input type="checkbox" name="attest"> Yes, I agree to sign electronically.</label></form>
  <div class="wizard-footer"><kit-button>Previous</kit-button> <kit-button class="primary">Apply</kit-button></div></div>
<script>
customElements.define('kit-button', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"><slot></slot></button>';
  }
});
</script></body></html>)HTML";

constexpr char kPostingBesideSearch[] = R"HTML(<!doctype html><html><body><div id="app">
<header><form><input name="q" aria-label="Search jobs"><input name="where" aria-label="Where">
  <button>Search</button></form></header>
<main><h1>Backend Engineer</h1><p>We are hiring.</p><button type="button">Apply</button></main>
</div></body></html>)HTML";

// A job board's posting under its top bar: the bar's search box (a combobox
// LinkedIn-style, or a search form) searches the site and asks the applicant
// nothing, so the page is the posting, opened with its Apply. A <header> inside
// a section of a form is that section's, and its box a question.
constexpr char kPostingUnderSearchBar[] = R"HTML(<!doctype html><html><body>
<header class="global-nav"><input type="text" role="combobox" aria-label="Search" placeholder="Search" autocomplete="off">
  <nav><a href="/feed">Home</a><select aria-label="Language"><option>English</option><option>Deutsch</option></select></nav></header>
<main><h1>Senior Backend Engineer</h1><p>About the job.</p><button type="button">Easy Apply</button></main>
</body></html>)HTML";

// LinkedIn's job buttons spell the posting out for screen readers; what they
// show is what they do.
constexpr char kButtonsSpelledOut[] = R"HTML(<!doctype html><html><body>
<main><h1>Senior Backend Engineer, Fleet Platform</h1><p>About the job.</p>
  <button type="button" aria-label="Easy Apply to Senior Backend Engineer, Fleet Platform at Tidewater Robotics"><span>Easy Apply</span></button>
  <button type="button" aria-label="Save Senior Backend Engineer, Fleet Platform at Tidewater Robotics">Save</button>
  <form><label>Skills <input name="skills"></label><button type="button" aria-label="Add skill">Add</button></form></main>
</body></html>)HTML";

constexpr char kHeaderOfAFormSection[] = R"HTML(<!doctype html><html><body>
<main><form novalidate><section><header><h2>Education</h2><label>Search your school <input name="school"></label></header>
  <label>Degree <input name="degree"></label></section><button type="submit">Next</button></form></main>
</body></html>)HTML";

// An apply flow built without a <form> (Oracle Recruiting's Knockout pages): the
// pagination row after the section's fields holds the send.
constexpr char kFormlessFlow[] = R"HTML(<!doctype html><html><body><div id="root">
<header><a href="/jobs">Jobs</a></header>
<main class="apply-flow"><div class="section"><h2>More About You</h2>
  <label>Full Name <input name="fullName"></label>
  <label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label>
  <label><input type="checkbox" name="adult"> I am 18 or older</label></div>
  <div class="pagination"><button type="button">Back</button>
    <button type="button" class="theme-color-1">Apply now</button></div></main>
</div></body></html>)HTML";

Result<PageSnapshot> ReadPage(const std::string& html) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  if (!browser) return Fail(browser.error());
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(html));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  return snapshot;
}

// The button that says `text`, or null.
const Button* ButtonSaying(const PageSnapshot& snapshot, const std::string& text) {
  for (const auto& button : snapshot.buttons) {
    if (button.text == text) return &button;
  }
  return nullptr;
}

TEST(PageButtonsTest, AClickableImageSendsTheFormAndMenuLinksAreNavigation) {
  auto snapshot = ReadPage(kImageSubmit);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* image = nullptr;
  const Button* menu = nullptr;
  const Button* posting = nullptr;
  for (const auto& button : snapshot->buttons) {
    if (button.tag == "img") image = &button;
    if (button.text == "All jobs") menu = &button;
    if (button.text == "Backend Engineer") posting = &button;
  }
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->text, "Submit Application Now");
  EXPECT_EQ(image->role, ButtonRole::kSubmit);
  ASSERT_NE(menu, nullptr);
  EXPECT_TRUE(menu->in_navigation);
  ASSERT_NE(posting, nullptr);
  EXPECT_FALSE(posting->in_navigation);
  EXPECT_EQ(posting->href, "jobs/12");
}

TEST(PageButtonsTest, ASlottedButtonInAShadowRootSaysWhatItsHostHolds) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kSlottedButtons));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::vector<std::string> texts;
  const Button* submit = nullptr;
  for (const auto& button : snapshot->buttons) {
    texts.push_back(button.text);
    if (button.role == ButtonRole::kSubmit) submit = &button;
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"Back to jobs", "Send application"}));
  ASSERT_NE(submit, nullptr);
  EXPECT_TRUE(submit->in_form);
  EXPECT_EQ(snapshot->kind, PageKind::kFormStep);
}

TEST(PageButtonsTest, ADisabledSendInTheFormIsItsSubmitToPressOnceFilled) {
  auto snapshot = ReadPage(kDisabledUntilConsent);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> pressable;
  const Button* submit = nullptr;
  for (const auto& button : snapshot->buttons) {
    if (button.role == ButtonRole::kSubmit) submit = &button;
    if (button.role != ButtonRole::kOther) pressable.push_back(button.text);
  }
  ASSERT_NE(submit, nullptr);
  EXPECT_EQ(submit->text, "إرسال");
  EXPECT_TRUE(submit->disabled);
  EXPECT_EQ(pressable, (std::vector<std::string>{"إرسال"}));
  EXPECT_EQ(snapshot->kind, PageKind::kFormStep);
}

TEST(PageButtonsTest, WhatAModalMadeInertIsNothingToActOn) {
  auto snapshot = ReadPage(kInertBehindModal);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 1u);
  EXPECT_EQ(snapshot->fields.front().name, "resume");
  for (const auto& button : snapshot->buttons) EXPECT_NE(button.text, "Next");
}

TEST(PageButtonsTest, OnlyTheOpenModalsButtonsCountAndItsAgreeingOneLeadsOn) {
  auto snapshot = ReadPage(kNoticeOverPosting);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* agree = nullptr;
  for (const auto& button : snapshot->buttons) {
    EXPECT_NE(button.text, "Apply");
    if (button.text == "I Agree") agree = &button;
  }
  ASSERT_NE(agree, nullptr);
  EXPECT_EQ(agree->role, ButtonRole::kOpenForm);
}

// A modal dialog that does not say so (no aria-modal: LinkedIn's Easy Apply
// modal and many hand-written ones) drawn over a backdrop that covers the whole
// viewport: a person can act only inside it, so the posting's newsletter box and
// its Apply behind are nothing to act on. A chat widget's dialog in a corner,
// with no backdrop, leaves the page's form as it is.
constexpr char kBackdropModal[] = R"HTML(<!doctype html><html><body style="margin:0">
<main><h1>Backend Engineer</h1><p>Join us.</p><button type="button">Apply</button>
<form><label>Newsletter email <input type="email" name="newsletter"></label><button>Subscribe</button></form></main>
<div class="overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.5)">
  <div role="dialog" aria-labelledby="t" style="background:#fff;margin:60px auto;width:420px;padding:16px">
    <h2 id="t">Apply to Backend Engineer</h2>
    <label>First name <input name="first"></label><label>Email <input type="email" name="email"></label>
    <button type="button">Next</button></div></div>
</body></html>)HTML";

constexpr char kChatWidget[] = R"HTML(<!doctype html><html><body style="margin:0">
<form><label>First name <input name="first"></label><label>Email <input type="email" name="email"></label>
<button>Submit application</button></form>
<div role="dialog" aria-label="Chat with us" style="position:fixed;right:10px;bottom:10px;width:220px;background:#fff;border:1px solid #999">
  <p>Questions? We are online.</p><label>Message <input name="chat"></label><button type="button">Send</button></div>
</body></html>)HTML";

TEST(PageButtonsTest, ADialogOverABackdropIsModalWhateverItsMarkupSays) {
  auto modal = ReadPage(kBackdropModal);
  ASSERT_TRUE(modal) << modal.error().ToString();
  std::vector<std::string> names;
  for (const auto& field : modal->fields) names.push_back(field.name);
  EXPECT_EQ(names, (std::vector<std::string>{"first", "email"}));
  EXPECT_EQ(ButtonSaying(*modal, "Apply"), nullptr);
  EXPECT_EQ(ButtonSaying(*modal, "Subscribe"), nullptr);
  EXPECT_NE(ButtonSaying(*modal, "Next"), nullptr);

  auto chat = ReadPage(kChatWidget);
  ASSERT_TRUE(chat) << chat.error().ToString();
  names.clear();
  for (const auto& field : chat->fields) names.push_back(field.name);
  EXPECT_EQ(names, (std::vector<std::string>{"first", "email", "chat"}));
  EXPECT_NE(ButtonSaying(*chat, "Submit application"), nullptr);
}

TEST(PageButtonsTest, AFooterDrawnAfterItsFormClosesItAndItsApplySends) {
  auto snapshot = ReadPage(kFooterAfterForm);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* apply = ButtonSaying(*snapshot, "Apply");
  ASSERT_NE(apply, nullptr);
  EXPECT_TRUE(apply->in_form);
  EXPECT_EQ(apply->role, ButtonRole::kSubmit);

  auto posting = ReadPage(kPostingBesideSearch);
  ASSERT_TRUE(posting) << posting.error().ToString();
  const Button* open = ButtonSaying(*posting, "Apply");
  ASSERT_NE(open, nullptr);
  EXPECT_FALSE(open->in_form);
  EXPECT_EQ(open->role, ButtonRole::kOpenForm);

  auto formless = ReadPage(kFormlessFlow);
  ASSERT_TRUE(formless) << formless.error().ToString();
  const Button* send = ButtonSaying(*formless, "Apply now");
  ASSERT_NE(send, nullptr);
  EXPECT_TRUE(send->in_form);
  EXPECT_EQ(send->role, ButtonRole::kSubmit);
}

// A wizard that draws each step as a form of its own and shows one at a time,
// with one row of actions after them all (Arco's and Ant Design's a-steps/Steps
// examples, a Vue or React wizard keeping every pane mounted): the row is the
// shown step's footer, and its emphasized last button, whatever it says, sends.
constexpr char kPanesSharingOneFooter[] = R"HTML(<!doctype html><html><body>
<div class="wizard">
  <form novalidate style="display:none"><label>First name <input name="first"></label>
    <label>Email <input name="email" type="email"></label></form>
  <form novalidate style="display:none"><label>School <input name="school"></label>
    <label>Degree <input name="degree"></label></form>
  <form novalidate><label>Salary <input name="salary"></label>
    <label>Start date <input name="start"></label></form>
  <div class="wizard-actions"><button type="button">Back</button>
    <button type="button" style="display:none">Next</button>
    <button type="button" class="btn btn-primary">Qwerty now</button></div></div>
</body></html>)HTML";

TEST(PageButtonsTest, OneFooterAfterAWizardsPanesIsTheShownPanesAndItsLastSends) {
  auto snapshot = ReadPage(kPanesSharingOneFooter);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* send = ButtonSaying(*snapshot, "Qwerty now");
  ASSERT_NE(send, nullptr);
  EXPECT_TRUE(send->in_form);
  EXPECT_EQ(send->role, ButtonRole::kSubmit);
}

// A step's row of actions in words the engine does not read, with a side action
// after the emphasized one ("Save and finish later" drawn as a link, Bootstrap's
// btn-link): the emphasized button is the step's action. Without emphasis the
// submit button is, not a plain button after it; an emphasized button among the
// fields (a repeatable section's "Add") is none.
constexpr char kSideActionAfterTheStepsAction[] = R"HTML(<!doctype html><html><body>
<form novalidate><label>First name <input name="first"></label>
  <label>Email <input name="email" type="email"></label>
  <div class="actions"><button type="button" class="btn btn-default" hidden>Zurp</button>
    <button type="button" class="btn btn-primary">Qwerty</button>
    <a class="btn btn-link" href="#">Asdf ghjk</a></div></form>
</body></html>)HTML";

constexpr char kPlainRowAfterAnEmphasizedAdd[] = R"HTML(<!doctype html><html><body>
<form novalidate><label>Employer <input name="employer"></label>
  <button type="button" style="background:#1a73e8;color:#fff">Plum</button>
  <label>Email <input name="email" type="email"></label>
  <div class="actions"><button type="submit">Qwerty</button><button type="button">Zxcv</button></div></form>
</body></html>)HTML";

TEST(PageButtonsTest, ASideActionAfterTheStepsEmphasizedActionIsNotTheStepsAction) {
  auto snapshot = ReadPage(kSideActionAfterTheStepsAction);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* step = ButtonSaying(*snapshot, "Qwerty");
  const Button* side = ButtonSaying(*snapshot, "Asdf ghjk");
  ASSERT_NE(step, nullptr);
  ASSERT_NE(side, nullptr);
  EXPECT_EQ(step->role, ButtonRole::kSubmit);
  EXPECT_TRUE(step->by_position);
  EXPECT_EQ(side->role, ButtonRole::kOther);

  auto plain = ReadPage(kPlainRowAfterAnEmphasizedAdd);
  ASSERT_TRUE(plain) << plain.error().ToString();
  const Button* send = ButtonSaying(*plain, "Qwerty");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->role, ButtonRole::kSubmit);
  EXPECT_EQ(ButtonSaying(*plain, "Plum")->role, ButtonRole::kOther);
  EXPECT_EQ(ButtonSaying(*plain, "Zxcv")->role, ButtonRole::kOther);
}

// A dialog's footer after the body that holds its form (Bootstrap's modal, drawn
// position:fixed without ARIA; Angular Material's dialog actions): its "Apply"
// sends the form. The same row of buttons after a form on the page itself (a
// newsletter box above the posting) is not the form's.
constexpr char kDialogFooter[] = R"HTML(<!doctype html><html><body>
<div class="modal" style="position:fixed;inset:0;background:rgba(0,0,0,.4)"><div class="modal-content" style="background:#fff;margin:40px">
  <div class="modal-header"><h4>Backend Engineer</h4></div>
  <div class="modal-body"><form novalidate><label>First name <input name="first"></label>
    <label>Email <input name="email" type="email"></label></form></div>
  <div class="modal-footer"><button type="button">Cancel</button><button type="button" class="btn-primary">Apply</button></div>
</div></div></body></html>)HTML";

constexpr char kRowAfterPageForm[] = R"HTML(<!doctype html><html><body>
<div class="page"><div class="newsletter"><form><label>Email <input name="news" type="email"></label>
  <label>Name <input name="who"></label></form></div>
  <div class="actions"><button type="button">Share</button><button type="button">Apply</button></div></div>
</body></html>)HTML";

TEST(PageButtonsTest, TheApplyInADialogsFooterSendsTheFormInItsBody) {
  auto snapshot = ReadPage(kDialogFooter);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* apply = ButtonSaying(*snapshot, "Apply");
  ASSERT_NE(apply, nullptr);
  EXPECT_TRUE(apply->in_form);
  EXPECT_EQ(apply->role, ButtonRole::kSubmit);

  auto page = ReadPage(kRowAfterPageForm);
  ASSERT_TRUE(page) << page.error().ToString();
  const Button* open = ButtonSaying(*page, "Apply");
  ASSERT_NE(open, nullptr);
  EXPECT_FALSE(open->in_form);
  EXPECT_EQ(open->role, ButtonRole::kOpenForm);
}

TEST(PageButtonsTest, TheSitesSearchInItsTopBarIsNoQuestionAndThePageIsThePosting) {
  for (const char* html : {kPostingBesideSearch, kPostingUnderSearchBar}) {
    auto snapshot = ReadPage(html);
    ASSERT_TRUE(snapshot) << snapshot.error().ToString();
    EXPECT_TRUE(snapshot->fields.empty()) << snapshot->fields.front().label;
    EXPECT_EQ(snapshot->kind, PageKind::kPosting);
  }
  auto form = ReadPage(kHeaderOfAFormSection);
  ASSERT_TRUE(form) << form.error().ToString();
  ASSERT_EQ(form->fields.size(), 2u);
  EXPECT_EQ(form->fields.front().name, "school");
  EXPECT_EQ(form->kind, PageKind::kFormStep);
}

TEST(PageButtonsTest, AButtonSpelledOutForScreenReadersIsKnownByWhatItShows) {
  auto snapshot = ReadPage(kButtonsSpelledOut);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* apply = ButtonSaying(*snapshot, "Easy Apply");
  ASSERT_NE(apply, nullptr);
  EXPECT_EQ(apply->role, ButtonRole::kOpenForm);
  EXPECT_NE(ButtonSaying(*snapshot, "Save"), nullptr);
  EXPECT_NE(ButtonSaying(*snapshot, "Add skill"), nullptr);
}

// An apply-method chooser drawn as cards (d.vinci's intro page: each way to
// apply one link holding a title over a line of description): a card says what
// its title says, so the form's card is the way in and the profile imports are
// not; a long link of plain text stays one sentence.
constexpr char kApplyMethodCards[] =
    R"HTML(<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>
<h1>Ihre Bewerbung</h1>
<div class="options">
  <a href="https://www.xing.com/"><span style="display:block">Mit XING-Profil bewerben</span>
    <span>Melden Sie sich bei XING an; Ihre Profildaten werden in das Formular übernommen.</span></a>
  <a href="apply"><span style="display:block">Bewerbungsformular ausfüllen</span>
    <span>Geben Sie Ihre Daten selbst ein und laden Sie Ihre Unterlagen hoch.</span></a>
</div>
<p><a href="faq">Wie lange dauert die Bewerbung und welche Unterlagen brauche ich dafür eigentlich?</a></p>
</body></html>)HTML";

TEST(PageButtonsTest, ACardLinkSaysItsTitleSoTheFormsCardIsTheWayIn) {
  auto snapshot = ReadPage(kApplyMethodCards);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Button* form = ButtonSaying(*snapshot, "Bewerbungsformular ausfüllen");
  ASSERT_NE(form, nullptr);
  EXPECT_EQ(form->role, ButtonRole::kOpenForm);
  const Button* xing = ButtonSaying(*snapshot, "Mit XING-Profil bewerben");
  ASSERT_NE(xing, nullptr);
  EXPECT_EQ(xing->role, ButtonRole::kOther);
  const Button* faq = ButtonSaying(
      *snapshot,
      "Wie lange dauert die Bewerbung und welche Unterlagen brauche ich dafür eigentlich?");
  EXPECT_NE(faq, nullptr);
}

// Semantic UI's and Fomantic-UI's buttons are often plain elements: the form
// behaviour sends on a <div class="ui submit button"> (no role, no tabindex in
// its docs' markup), and wizards draw Back the same way. The pointer shows they
// can be pressed. A label drawn as a button (the "Browse" of a file chooser) is
// that chooser's, and a div that only names a group of buttons is none.
constexpr char kDrawnButtons[] = R"HTML(<!doctype html><html><head><style>
  .ui.button { display:inline-block; cursor:pointer; padding:8px 16px; background:#e0e1e2 }
</style></head><body><form class="ui form" style="padding:20px">
  <div class="field"><label>Electronic signature</label><input type="text" name="sig"></div>
  <div class="field"><label>Resume</label><div class="ui action input"><input type="text" readonly>
    <label class="ui icon button">Browse</label></div><input type="file" name="resume" style="display:none"></div>
  <div class="ui buttons-group"><div class="ui button">Back</div>
    <div class="ui positive submit button">Submit Application</div></div>
</form></body></html>)HTML";

TEST(PageButtonsTest, APlainElementDrawnAsAButtonIsOneAndItsSubmitSendsTheForm) {
  auto snapshot = ReadPage(kDrawnButtons);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& button : snapshot->buttons) all += " '" + button.text + "'";
  const Button* submit = ButtonSaying(*snapshot, "Submit Application");
  ASSERT_NE(submit, nullptr) << all;
  EXPECT_EQ(submit->role, ButtonRole::kSubmit);
  EXPECT_NE(ButtonSaying(*snapshot, "Back"), nullptr) << all;
  EXPECT_EQ(ButtonSaying(*snapshot, "Browse"), nullptr) << all;
}

// An e-mail-first step in words the engine does not read (an e-mail box, a consent
// to tick, one emphasized button): no application goes out with an e-mail alone, so
// the button found by its place takes the step on rather than sending. A form that
// asks more than an e-mail keeps its button as the one that may send.
constexpr char kEmailFirstUnread[] =
    R"HTML(<!doctype html><html lang="am"><head><meta charset="utf-8"></head><body><main>
<h1>ማመልከቻ</h1>
<form><label for="mail">ኢሜይል</label><input id="mail" type="email" name="mail">
<label><input type="checkbox" name="agree"> እስማማለሁ</label>
<button type="submit" class="btn btn-primary">ቀጥል</button></form></main></body></html>)HTML";

constexpr char kNameAndEmailUnread[] =
    R"HTML(<!doctype html><html lang="am"><head><meta charset="utf-8"></head><body><main>
<h1>ማመልከቻ</h1>
<form><label for="name">ስም</label><input id="name" name="name">
<label for="mail">ኢሜይል</label><input id="mail" type="email" name="mail">
<button type="submit" class="btn btn-primary">ላክ</button></form></main></body></html>)HTML";

TEST(PageButtonsTest, AnEmailAloneTakenOnByAnUnreadButtonIsAStepNotTheSend) {
  auto email_first = ReadPage(kEmailFirstUnread);
  ASSERT_TRUE(email_first) << email_first.error().ToString();
  std::string all;
  for (const auto& button : email_first->buttons) all += " '" + button.text + "'";
  const Button* go_on = ButtonSaying(*email_first, "ቀጥል");
  ASSERT_NE(go_on, nullptr) << all;
  EXPECT_EQ(go_on->role, ButtonRole::kNext);
  EXPECT_TRUE(go_on->by_position);
  EXPECT_EQ(email_first->kind, PageKind::kFormStep);

  auto whole = ReadPage(kNameAndEmailUnread);
  ASSERT_TRUE(whole) << whole.error().ToString();
  const Button* send = ButtonSaying(*whole, "ላክ");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->role, ButtonRole::kSubmit);
  EXPECT_TRUE(send->by_position);
}

}  // namespace
}  // namespace applier::perception
