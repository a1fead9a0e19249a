// A form after a refused submit, in the ways real pages show validation errors:
// aria-invalid with its message, the browser's own constraint check, error text
// beside a field, a summary box linking to the fields, and an alert naming one.
// PageReader must expose each as a PageSnapshot error mapped to its field.
#include <boost/asio/io_context.hpp>
#include <map>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/async.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

namespace asio = boost::asio;
using applier::testing::RunAsync;

constexpr char kRefused[] = R"HTML(<!doctype html><html><body>
<div class="error-summary" role="alert">
  <h2>There is a problem</h2>
  <ul><li><a href="#postcode">Enter your postcode</a></li><li>Our system could not save your draft</li></ul>
</div>
<p role="alert">Last name must be 40 characters or fewer</p>
<form id="f" onsubmit="return false">
  <div><label for="email">E-mail</label>
    <input id="email" name="email" aria-invalid="true" aria-describedby="email-error" value="jordan@">
    <span id="email-error">Enter an e-mail address like name@example.com</span></div>
  <div><label for="last">Last name</label><input id="last" name="last" value="Rivera"></div>
  <div class="field"><label for="city">City</label><input id="city" name="city">
    <span class="error-text">City is required</span></div>
  <div><label for="postcode">Postcode</label><input id="postcode" name="postcode"></div>
  <div><label for="phone">Phone</label><input id="phone" name="phone" required></div>
  <div><label for="nickname">Nickname</label><input id="nickname" name="nickname"></div>
  <button type="submit">Submit application</button>
</form>
<script>document.getElementById('f').requestSubmit();</script>
</body></html>)HTML";

TEST(PageErrorsTest, EachErrorMappedToItsField) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kRefused));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  auto error_of = [&](const std::string& label) -> std::vector<std::string> {
    std::vector<std::string> found;
    for (const auto& error : snapshot->errors) {
      if (error.field >= 0 && snapshot->fields[error.field].label == label) {
        found.push_back(error.source + ": " + error.message);
      }
    }
    return found;
  };
  EXPECT_EQ(
      error_of("E-mail"),
      (std::vector<std::string>{"aria-invalid: Enter an e-mail address like name@example.com"}));
  EXPECT_EQ(error_of("Last name"),
            (std::vector<std::string>{"alert: Last name must be 40 characters or fewer"}));
  EXPECT_EQ(error_of("City"), (std::vector<std::string>{"near-field: City is required"}));
  EXPECT_EQ(error_of("Postcode"), (std::vector<std::string>{"summary: Enter your postcode"}));
  ASSERT_EQ(error_of("Phone").size(), 1u);
  EXPECT_EQ(error_of("Phone")[0].rfind("constraint: ", 0), 0u) << error_of("Phone")[0];
  EXPECT_TRUE(error_of("Nickname").empty());
  bool page_level = false;
  for (const auto& error : snapshot->errors) {
    page_level = page_level ||
                 (error.field == -1 && error.message == "Our system could not save your draft");
  }
  EXPECT_TRUE(page_level);
  // The field's own validation message says it too, for the session's loop.
  for (const auto& field : snapshot->fields) {
    if (field.label == "City") {
      EXPECT_EQ(field.validation_message, "City is required");
    }
  }
  EXPECT_EQ(snapshot->kind, PageKind::kFormStep);
}

// Fields laid out as rows of one table (one cell per field, a number box beside
// its country-code picker) with an error in one cell, and a component library's
// field whose hint sits in the same live region (role=alert) its errors use:
// the error belongs to its own field only, and a hint is no error.
constexpr char kTableAndHints[] = R"HTML(<!doctype html><html><body>
<form id="f" onsubmit="return false"><div class="frm"><table><tbody>
  <tr><th><label for="last">Last name</label></th><td><input id="last" name="last" value="Rivera"></td></tr>
  <tr><th><label for="mail">E-mail</label></th><td><input id="mail" name="mail" value="j@example.com"></td></tr>
  <tr><th><label for="hp">Mobile</label></th><td><div class="row">
    <select name="hp_country" aria-label="Country code"><option>+82</option><option>+1</option></select>
    <input id="hp" name="hp" value="4155550142" aria-invalid="true"></div>
    <span class="msg" role="alert">Not a valid mobile number.</span></td></tr>
</tbody></table></div>
<div class="v-input"><div class="v-input__control"><div class="v-field"><label for="city">City</label>
  <input id="city" name="city" value="Milano"></div></div>
  <div class="v-input__details"><div class="v-messages" role="alert">Start typing to search</div></div></div>
<div class="v-input v-input--error"><div class="v-input__control"><div class="v-field"><label for="year">Year</label>
  <input id="year" name="year"></div></div>
  <div class="v-input__details"><div class="v-messages" role="alert">Required field</div></div></div>
<button type="submit">Submit</button></form>
</body></html>)HTML";

TEST(PageErrorsTest, AnErrorIsItsOwnFieldsAndAHintIsNone) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kTableAndHints));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  std::string all;
  for (const auto& [label, messages] : by_label) {
    for (const auto& message : messages) all += label + ": " + message + "\n";
  }
  EXPECT_EQ(by_label.count("Last name"), 0u) << all;
  EXPECT_EQ(by_label.count("E-mail"), 0u) << all;
  EXPECT_EQ(by_label.count("Country code"), 0u) << all;
  EXPECT_EQ(by_label["Mobile"], (std::vector<std::string>{"Not a valid mobile number."})) << all;
  EXPECT_EQ(by_label.count("City"), 0u) << all;
  EXPECT_EQ(by_label["Year"], (std::vector<std::string>{"Required field"})) << all;
  EXPECT_EQ(by_label.count("(page)"), 0u) << all;
}

// jQuery Validation writes each message as a <label class="error"> for the field
// (its errorElement), after it: the field's own label names it, the error label
// is its error (referenced from aria-describedby since 1.13; older pages mark it
// only by the class).
constexpr char kJqueryValidation[] = R"HTML(<!doctype html><html><body>
<form id="f" onsubmit="return false">
<div class="form-group"><label for="mail">E-mail *</label>
  <input id="mail" name="mail" value="jordan@" class="is-invalid" aria-invalid="true" aria-describedby="mail-error">
  <label id="mail-error" class="error" for="mail">Please enter a valid email address.</label></div>
<div class="form-group"><label for="nm">Full name *</label>
  <input id="nm" name="nm" class="error">
  <label for="nm" generated="true" class="error">This field is required.</label></div>
<div class="form-group"><label for="town">Town</label><input id="town" name="town" value="Madrid"></div>
<button type="submit">Send</button></form>
</body></html>)HTML";

TEST(PageErrorsTest, AnErrorLabelForAFieldIsItsErrorNotItsName) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kJqueryValidation));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::string> labels;
  for (const auto& field : snapshot->fields) labels.push_back(field.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"E-mail", "Full name", "Town"}));
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  EXPECT_EQ(by_label["E-mail"], (std::vector<std::string>{"Please enter a valid email address."}));
  EXPECT_EQ(by_label["Full name"], (std::vector<std::string>{"This field is required."}));
  EXPECT_EQ(by_label.count("Town"), 0u);
}

// A tag box whose chips are its value keeps its text box empty and required
// (Angular Material's chip input carries the chip grid's required): after a
// refused submit the browser calls that box empty, but the chips answer it; a
// plain empty required box is still missing.
constexpr char kChipsRequired[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body>
<form id="f" onsubmit="return false">
<div class="field"><label for="skills">Compétences</label>
  <mat-chip-grid role="grid" class="mat-mdc-chip-grid"><div role="presentation" class="mdc-evolution-chip-set__chips">
    <mat-chip-row role="row" class="mat-mdc-chip mat-mdc-chip-row"><span role="gridcell">C++</span>
      <span role="gridcell"><button type="button" aria-label="Retirer C++">x</button></span></mat-chip-row>
    <mat-chip-row role="row" class="mat-mdc-chip mat-mdc-chip-row"><span role="gridcell">Go</span>
      <span role="gridcell"><button type="button" aria-label="Retirer Go">x</button></span></mat-chip-row>
    <input id="skills" role="combobox" aria-autocomplete="list" aria-expanded="false" required
      class="mat-mdc-chip-input"></div></mat-chip-grid></div>
<div class="field"><label for="city">Ville</label><input id="city" name="city" required></div>
<button type="submit">Suivant</button></form>
<script>document.getElementById('f').requestSubmit();</script>
</body></html>)HTML";

TEST(PageErrorsTest, AnEmptyTagBoxBesideItsChipsMissesNothing) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kChipsRequired));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  std::string all;
  for (const auto& [label, messages] : by_label) {
    for (const auto& message : messages) all += label + ": " + message + "\n";
  }
  EXPECT_EQ(by_label.count("Compétences"), 0u) << all;
  EXPECT_EQ(by_label["Ville"].size(), 1u) << all;
  for (const auto& field : snapshot->fields) {
    if (field.label == "Compétences") {
      EXPECT_EQ(field.value, "C++, Go");
      EXPECT_EQ(field.validation_message, "");
    }
  }
}

// Utility-CSS pages (Tailwind UI) style an error only by its colour ("text-red-600")
// and set no aria-invalid on some controls (a Switch): red text in a field's own
// wrapper is that field's error, grey text there is its hint, in rgb() and in
// Tailwind 4's oklch() alike.
constexpr char kColouredErrors[] = R"HTML(<!doctype html><html><head><style>
.text-red-600 { color: rgb(220, 38, 38); } .text-gray-500 { color: rgb(107, 114, 128); }
.v4-text-red-600 { color: oklch(57.7% 0.245 27.325); } .v4-text-gray-500 { color: oklch(55.1% 0.027 264.364); }
</style></head><body><form id="f" onsubmit="return false">
<div class="col-span-6"><label for="phone">Phone</label><input id="phone" name="phone">
  <p class="v4-text-gray-500" role="alert">With the country code.</p>
  <p class="v4-text-red-600" role="alert">Enter a phone number.</p></div>
<div class="col-span-6"><label for="city">City</label><input id="city" name="city">
  <p class="mt-2 text-sm text-red-600" role="alert">This field is required.</p></div>
<div class="col-span-6"><label for="salary">Salary</label><input id="salary" name="salary" value="150000">
  <p class="mt-2 text-sm text-gray-500" role="alert">Whole dollars, numbers only.</p></div>
<div class="col-span-6"><div class="flex items-center gap-3">
  <button type="button" role="switch" aria-checked="false" aria-labelledby="agree-label"
    style="width:44px;height:24px"></button>
  <label id="agree-label">I agree to the privacy policy.</label></div>
  <p class="mt-2 text-sm text-red-600" role="alert">You need to agree to continue.</p></div>
<button type="submit">Submit</button></form>
</body></html>)HTML";

TEST(PageErrorsTest, RedTextBesideAFieldIsItsErrorAndGreyTextItsHint) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kColouredErrors));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  std::string all;
  for (const auto& [label, messages] : by_label) {
    for (const auto& message : messages) all += label + ": " + message + "\n";
  }
  EXPECT_EQ(by_label["City"], (std::vector<std::string>{"This field is required."})) << all;
  EXPECT_EQ(by_label.count("Salary"), 0u) << all;
  EXPECT_EQ(by_label["Phone"], (std::vector<std::string>{"Enter a phone number."})) << all;
  EXPECT_EQ(by_label["I agree to the privacy policy."],
            (std::vector<std::string>{"You need to agree to continue."}))
      << all;
  EXPECT_EQ(by_label.count("(page)"), 0u) << all;
}

// IBM's Carbon Design System writes a field's invalid text into
// .cds--form-requirement (.bx--form-requirement before v11), a class naming no
// error, under a box that may carry no aria-invalid (its Checkbox, a consent);
// its warning text takes the same class in the page's ordinary colour. The
// form's summary is an InlineNotification with role=status.
constexpr char kCarbonErrors[] = R"HTML(<!doctype html><html><head><style>
.cds--form-requirement { color: rgb(218, 30, 40); font-size: 12px; }
.warn .cds--form-requirement { color: rgb(22, 22, 22); }
.cds--checkbox { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0,0,0,0); }
</style></head><body><form>
<div class="cds--form-item cds--checkbox-wrapper" data-invalid="true">
  <input type="checkbox" class="cds--checkbox" id="c1">
  <label for="c1" class="cds--checkbox-label"><span class="cds--checkbox-label-text">I agree to the privacy statement.</span></label>
  <div class="cds--form-requirement">You must accept the privacy statement to continue.</div>
</div>
<div class="cds--form-item cds--text-input-wrapper warn">
  <label for="t1" class="cds--label">Nickname</label>
  <div class="cds--text-input__field-wrapper"><input id="t1" class="cds--text-input" value="JR"></div>
  <div class="cds--form-requirement">Nicknames are shown to recruiters.</div>
</div>
<button type="submit" class="cds--btn cds--btn--primary">Next</button>
</form></body></html>)HTML";

TEST(PageErrorsTest, CarbonsFormRequirementBesideAFieldIsItsError) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kCarbonErrors));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await PageReader::Read(**page);
  });
  (*browser)->Close();
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();

  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  std::string all;
  for (const auto& [label, messages] : by_label) {
    for (const auto& message : messages) all += label + ": " + message + "\n";
  }
  EXPECT_EQ(by_label["I agree to the privacy statement."],
            (std::vector<std::string>{"You must accept the privacy statement to continue."}))
      << all;
  EXPECT_EQ(by_label.count("Nickname"), 0u) << all;
}

// ASP.NET WebForms pages redraw the whole page after a refused postback with the
// messages in a ValidationSummary at the top: a <div> with no role, its control's
// name in the id it renders ("..._ValidationSummary1") or in its CssClass.
constexpr char kValidationSummaries[] = R"HTML(<!doctype html><html><body>
<form name="aspnetForm" method="post" action="">
<div id="ctl00_MainContent_ValidationSummary1" style="color:Red;">
  <b>Please correct the following errors:</b>
  <ul><li>First name is required.</li><li>Your session data could not be saved.</li></ul></div>
<div class="ValidationSummary" style="color:Red;"><ul><li>City is required.</li></ul></div>
<table>
<tr><td><label for="f">First name</label></td><td><input id="f" name="ctl00$MainContent$txtFirstName"></td></tr>
<tr><td><label for="c">City</label></td><td><input id="c" name="ctl00$MainContent$txtCity"></td></tr>
<tr><td><label for="n">Nickname</label></td><td><input id="n" name="ctl00$MainContent$txtNickname"></td></tr>
</table>
<input type="submit" name="ctl00$MainContent$btnNext" value="Next">
</form></body></html>)HTML";

TEST(PageErrorsTest, AnAspNetValidationSummaryIsReadLineByLine) {
  auto snapshot = applier::testing::ReadHtmlPage(kValidationSummaries);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  EXPECT_EQ(by_label["First name"], (std::vector<std::string>{"First name is required."}));
  EXPECT_EQ(by_label["City"], (std::vector<std::string>{"City is required."}));
  EXPECT_EQ(by_label["(page)"],
            (std::vector<std::string>{"Your session data could not be saved."}));
  EXPECT_EQ(by_label.count("Nickname"), 0u);
}

// An alert about the whole form whose words hold a short label inside a longer
// word (Serbian 'Proverite označena polja', "check the marked fields", holds the
// label 'Pol' inside 'polja') is the page's error, not that field's; an alert
// quoting the label as a word still is.
constexpr char kShortLabels[] =
    R"HTML(<!doctype html><html lang="sr-Latn"><meta charset="utf-8"><body>
<div class="alert alert--error" role="alert">Prijava nije poslata. Proverite označena polja.</div>
<form onsubmit="return false">
  <div><label for="ime">Ime</label><input id="ime" name="ime" value="Jordan"></div>
  <div><label for="pol">Pol</label><select id="pol" name="pol"><option value=""></option>
    <option>Muški</option><option>Ženski</option></select></div>
  <div><label for="grad">Grad</label><input id="grad" name="grad"></div>
  <button type="submit">Pošalji</button>
</form>
<p role="alert">Grad: ovo polje je obavezno.</p>
</body></html>)HTML";

TEST(PageErrorsTest, AShortLabelInsideAnAlertsLongerWordNamesNoField) {
  auto snapshot = applier::testing::ReadHtmlPage(kShortLabels);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  EXPECT_EQ(by_label.count("Pol"), 0u);
  EXPECT_EQ(by_label["(page)"],
            (std::vector<std::string>{"Prijava nije poslata. Proverite označena polja."}));
  EXPECT_EQ(by_label["Grad"], (std::vector<std::string>{"Grad: ovo polje je obavezno."}));
}

// A summary whose lines link nowhere ("#", as pages that scroll by script write
// them) names its field by the words it quotes, never the first control that has
// no id of its own.
constexpr char kUnanchoredSummary[] = R"HTML(<!doctype html><html><body>
<div class="govuk-error-summary" role="alert">
  <h2>There is a problem</h2>
  <ul><li><a href="#">Tell us your favourite colour</a></li></ul>
</div>
<form onsubmit="return false">
  <div><label>Nickname <input name="nickname"></label></div>
  <div><label for="colour">Favourite colour</label><input id="colour" name="colour"></div>
  <button type="submit">Save and continue</button>
</form>
</body></html>)HTML";

TEST(PageErrorsTest, ASummaryLineLinkingNowhereNamesItsFieldByItsWords) {
  auto snapshot = applier::testing::ReadHtmlPage(kUnanchoredSummary);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  EXPECT_EQ(by_label.count("Nickname"), 0u);
  EXPECT_EQ(by_label["Favourite colour"],
            (std::vector<std::string>{"Tell us your favourite colour"}));
}

// Semantic UI / Fomantic-UI forms mark a field in error by the class of its
// wrapper (".field.error") and put the message in a red pointing ".prompt.label"
// after the control; the form's ".ui.error.message" lists them all. No ARIA
// says any of it.
constexpr char kSemanticUiErrors[] = R"HTML(<!doctype html><html><head><style>
.ui.error.message { display: none; } .ui.form.error .ui.error.message { display: block; }
.red { color: #db2828; }
</style></head><body>
<form class="ui form segment error" onsubmit="return false">
  <div class="ui error message"><div class="header">Please correct the following:</div>
    <ul class="list"><li>Expected annual salary must be an integer between 10000 and 1000000</li></ul></div>
  <div class="required field"><label>First name</label><input name="first" value="Jordan"></div>
  <div class="required field error"><label>Expected annual salary</label>
    <div class="ui right labeled input"><div class="ui label">$</div><input name="salary" value="2017">
      <div class="ui basic label">USD / year</div></div>
    <div class="ui basic red pointing prompt label">Expected annual salary must be an integer between 10000 and 1000000</div>
  </div>
  <button class="ui primary button" type="submit">Next</button>
</form>
</body></html>)HTML";

TEST(PageErrorsTest, ASemanticUiFieldInErrorHasItsPromptAsItsError) {
  auto snapshot = applier::testing::ReadHtmlPage(kSemanticUiErrors);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& error : snapshot->errors) {
    by_label[error.field >= 0 ? snapshot->fields[error.field].label : "(page)"].push_back(
        error.message);
  }
  EXPECT_EQ(by_label.count("First name"), 0u);
  ASSERT_FALSE(by_label["Expected annual salary"].empty());
  EXPECT_EQ(by_label["Expected annual salary"].front(),
            "Expected annual salary must be an integer between 10000 and 1000000");
}

}  // namespace
}  // namespace applier::perception
