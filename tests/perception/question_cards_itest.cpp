// Forms drawn as question cards (Google Forms, and survey builders like it):
// each question is a card whose heading (role=heading, its required star a
// span of its own) names the control below it; the controls are ARIA widgets
// in deep wrappers: a date as three boxes marked role=combobox that open no
// list ("Month", "Day of the month", "Year"), a dropdown as a collapsible
// div[role=listbox] showing its choice with the other options in a popup, a
// checkbox question as a role=list of div[role=checkbox], an "Other:" choice
// with a text box of its own, a one-box question under a marked heading, and
// Submit as a div button followed by "Clear form" and the page's footer links.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

std::string Describe(const PageSnapshot& snapshot) {
  std::string all;
  for (const auto& field : snapshot.fields) {
    all += "[" + field.label + "] kind=" + std::string(ToString(field.kind)) +
           " required=" + (field.required ? "1" : "0") + " value=[" + field.value + "] options=";
    for (const auto& option : field.options) all += option.label + "=" + option.value + "; ";
    all += "\n";
  }
  return all;
}

const Field* Labelled(const PageSnapshot& snapshot, const std::string& label) {
  for (const auto& field : snapshot.fields) {
    if (field.label == label) return &field;
  }
  return nullptr;
}

// Five wrappers around each box, as Material-style text fields draw them.
std::string WrappedBox(const std::string& name, const std::string& hint, int maxlength) {
  return "<div class=\"part\"><div class=\"hint\">" + hint +
         "</div><div class=\"w1\"><div class=\"w2\"><div class=\"w3\"><div class=\"w4\">"
         "<input type=\"text\" role=\"combobox\" aria-label=\"" +
         name + "\" maxlength=\"" + std::to_string(maxlength) +
         "\" autocomplete=\"off\"></div></div></div></div></div>";
}

TEST(QuestionCardsTest, DateBoxesMarkedAsComboboxesThatOpenNoListAreOneDate) {
  const std::string html =
      "<!doctype html><html><body><form style=\"padding:20px\"><div role=\"list\">"
      "<div role=\"listitem\"><div class=\"card\"><div role=\"heading\" aria-level=\"3\" id=\"h1\">"
      "<span>Earliest start date</span><span aria-label=\"Required question\"> *</span></div>"
      "<div class=\"date\" aria-labelledby=\"h1\">" +
      WrappedBox("Month", "MM", 2) + "<span>/</span>" + WrappedBox("Day of the month", "DD", 2) +
      "<span>/</span>" + WrappedBox("Year", "YYYY", 4) +
      "</div></div></div>"
      "<div role=\"listitem\"><div class=\"card\"><div role=\"heading\" aria-level=\"3\">"
      "<span>Employment dates</span></div><div class=\"row\">"
      "<div class=\"from\">" +
      WrappedBox("Month", "MM", 2) + WrappedBox("Year", "YYYY", 4) + "</div><div class=\"to\">" +
      WrappedBox("Month", "MM", 2) + WrappedBox("Year", "YYYY", 4) +
      "</div></div></div></div>"
      "</div><div role=\"button\" tabindex=\"0\">Next</div></form></body></html>";
  auto snapshot = applier::testing::ReadHtmlPage(html);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const std::string all = Describe(*snapshot);
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  const Field& start = snapshot->fields[0];
  EXPECT_EQ(start.kind, ControlKind::kDateParts) << all;
  EXPECT_EQ(start.label, "Earliest start date") << all;
  EXPECT_TRUE(start.required) << all;
  EXPECT_EQ(start.date_parts, (std::vector<std::string>{"MM", "DD", "YYYY"})) << all;
  // Two month/year pairs side by side stay two dates, each part once.
  for (std::size_t i : {1u, 2u}) {
    EXPECT_EQ(snapshot->fields[i].kind, ControlKind::kDateParts) << all;
    EXPECT_EQ(snapshot->fields[i].date_parts, (std::vector<std::string>{"MM", "YYYY"})) << all;
  }
}

// A form builder's date as three boxes, each with its sub-label under it inside a
// wrapper of its own (Wufoo, Gravity Forms, Jotform): the question's label names
// the first box, the sub-labels name the parts, in the page's language.
TEST(QuestionCardsTest, DateBoxesNamedBySubLabelsUnderEachAreOneDate) {
  auto box = [](const std::string& id, const std::string& sub, int size) {
    return "<span><input id=\"" + id + "\" name=\"" + id + "\" type=\"text\" size=\"" +
           std::to_string(size) + "\" maxlength=\"" + std::to_string(size) + "\"><label for=\"" +
           id + "\">" + sub + "</label></span>";
  };
  const std::string html =
      "<!doctype html><html lang=\"hr\"><head><meta charset=\"utf-8\"></head><body><form><ul>"
      "<li><label for=\"d1\">Datum početka rada <span>*</span></label>" +
      box("d1", "DD", 2) + "<span>/</span>" + box("d2", "MM", 2) + "<span>/</span>" +
      box("d3", "GGGG", 4) + "</li><li><label for=\"b1\">Date of birth</label>" +
      box("b1", "MM", 2) + "<span>/</span>" + box("b2", "DD", 2) + "<span>/</span>" +
      box("b3", "YYYY", 4) +
      "</li><li><label for=\"c\">City</label><span><input id=\"c\" type=\"text\"><label "
      "for=\"c\">Grad</label></span></li>"
      "</ul><button type=\"submit\">Pošalji</button></form></body></html>";
  auto snapshot = applier::testing::ReadHtmlPage(html);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const std::string all = Describe(*snapshot);
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kDateParts) << all;
  EXPECT_EQ(snapshot->fields[0].label, "Datum početka rada") << all;
  EXPECT_EQ(snapshot->fields[0].date_parts, (std::vector<std::string>{"DD", "MM", "YYYY"})) << all;
  EXPECT_EQ(snapshot->fields[1].kind, ControlKind::kDateParts) << all;
  EXPECT_EQ(snapshot->fields[1].label, "Date of birth") << all;
  EXPECT_EQ(snapshot->fields[1].date_parts, (std::vector<std::string>{"MM", "DD", "YYYY"})) << all;
  EXPECT_EQ(snapshot->fields[2].kind, ControlKind::kText) << all;
}

constexpr char kCollapsibleListbox[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form style="padding:20px">
<div class="card"><div role="heading" aria-level="3" id="q"><span>Notice period</span><span aria-label="Required question"> *</span></div>
  <div class="holder" style="position:relative">
    <div role="listbox" aria-expanded="false" aria-labelledby="q" tabindex="0" class="box">
      <div class="shown">
        <div role="option" data-value="" aria-selected="true" tabindex="0"><span>Choose</span></div>
        <div role="option" data-value="1 week" aria-selected="false" tabindex="-1" style="display:none"><span>1 week</span></div>
        <div role="option" data-value="2 weeks" aria-selected="false" tabindex="-1" style="display:none"><span>2 weeks</span></div>
        <div role="option" data-value="1 month" aria-selected="false" tabindex="-1" style="display:none"><span>1 month</span></div>
      </div>
      <div class="popup" style="display:none;position:absolute">
        <div role="option" data-value="" aria-selected="true"><span>Choose</span></div>
        <div role="option" data-value="1 week" aria-selected="false"><span>1 week</span></div>
        <div role="option" data-value="2 weeks" aria-selected="false"><span>2 weeks</span></div>
        <div role="option" data-value="1 month" aria-selected="false"><span>1 month</span></div>
      </div>
    </div></div></div>
<div class="card"><div role="heading" aria-level="3" id="y"><span>Years of experience</span></div>
  <div role="listbox" aria-expanded="false" aria-labelledby="y" tabindex="0">
    <div role="option" data-value="" aria-selected="false" style="display:none"><span>Choose</span></div>
    <div role="option" data-value="0-2" aria-selected="false" style="display:none"><span>0–2 years</span></div>
    <div role="option" data-value="3-5" aria-selected="true"><span>3–5 years</span></div>
  </div></div>
<div role="button" tabindex="0">Next</div>
</form></body></html>)HTML";

TEST(QuestionCardsTest, ACollapsibleListboxIsADropdownOfItsOptionsWithoutThePrompt) {
  auto snapshot = applier::testing::ReadHtmlPage(kCollapsibleListbox);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const std::string all = Describe(*snapshot);
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  const Field& notice = snapshot->fields[0];
  EXPECT_EQ(notice.label, "Notice period") << all;
  EXPECT_EQ(notice.kind, ControlKind::kCombobox) << all;
  EXPECT_TRUE(notice.required) << all;
  EXPECT_EQ(notice.value, "") << all;
  ASSERT_EQ(notice.options.size(), 3u) << all;
  EXPECT_EQ(notice.options[1].label, "2 weeks");
  EXPECT_EQ(notice.options[1].value, "2 weeks");
  const Field& years = snapshot->fields[1];
  EXPECT_EQ(years.label, "Years of experience") << all;
  EXPECT_EQ(years.value, "3–5 years") << all;
  ASSERT_EQ(years.options.size(), 2u) << all;
}

constexpr char kCheckboxCard[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div role="list">
<div role="listitem"><div class="card">
  <div class="top"><div role="heading" aria-level="3"><span>Which databases have you run in production?</span><span aria-label="Required question"> *</span></div>
    <div class="desc">Check all that apply.</div></div>
  <div class="answers"><div role="list">
    <div role="listitem"><label><div><div role="checkbox" aria-checked="false" aria-label="PostgreSQL" tabindex="0"></div></div><span>PostgreSQL</span></label></div>
    <div role="listitem"><label><div><div role="checkbox" aria-checked="true" aria-label="MySQL" tabindex="0"></div></div><span>MySQL</span></label></div>
    <div role="listitem"><label><div><div role="checkbox" aria-checked="false" aria-label="Other:" tabindex="0"></div></div><span>Other:</span></label>
      <div class="other"><div><div><input type="text" aria-label="Other response"></div></div></div></div>
  </div></div></div></div>
<div role="listitem"><div class="card">
  <div class="top"><div role="heading" aria-level="3" id="src"><span>How did you find us?</span><span aria-label="Required question"> *</span></div></div>
  <div role="radiogroup" aria-labelledby="src">
    <div class="row"><label><div><div role="radio" aria-checked="false" aria-label="A job board" tabindex="0"></div></div><span>A job board</span></label></div>
    <div class="row"><label><div><div role="radio" aria-checked="false" aria-label="A friend" tabindex="-1"></div></div><span>A friend</span></label></div>
    <div class="row"><label><div><div role="radio" aria-checked="false" data-value="__other_option__" aria-label="Other:" tabindex="-1"></div></div><span>Other:</span></label>
      <div class="other"><div><div><input type="text" aria-label="Other response"></div></div></div></div>
  </div></div></div>
<div role="listitem"><div class="card">
  <div class="top"><div role="heading" aria-level="3"><span>Privacy</span><span aria-label="Required question"> *</span></div>
    <div class="desc">We keep your answers for twelve months.</div></div>
  <div class="answers"><label><div><div role="checkbox" aria-checked="false" aria-label="I understand" tabindex="0"></div></div><span>I understand</span></label></div>
</div></div>
<div role="listitem"><div class="card">
  <div class="top"><div role="heading" aria-level="3"><span>Newsletter</span></div></div>
  <div class="answers"><label><div><div role="checkbox" aria-checked="false" aria-label="Send me news" tabindex="0"></div></div><span>Send me news</span></label></div>
</div></div>
</div>
<div role="button" tabindex="0">Next</div>
</form></body></html>)HTML";

TEST(QuestionCardsTest, AnAriaCheckboxListIsOneQuestionNamedByItsCardsHeading) {
  auto snapshot = applier::testing::ReadHtmlPage(kCheckboxCard);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const std::string all = Describe(*snapshot);
  const Field* databases = Labelled(*snapshot, "Which databases have you run in production?");
  ASSERT_NE(databases, nullptr) << all;
  EXPECT_EQ(databases->kind, ControlKind::kCheckboxGroup) << all;
  EXPECT_TRUE(databases->required) << all;
  ASSERT_EQ(databases->options.size(), 3u) << all;
  // A div has no value: what choosing it means is its label.
  EXPECT_EQ(databases->options[0].value, "PostgreSQL") << all;
  EXPECT_TRUE(databases->options[1].selected) << all;
  EXPECT_EQ(databases->value, "MySQL") << all;
}

TEST(QuestionCardsTest, TheTextBoxOfAnOtherChoiceAsksNothingOfItsOwn) {
  auto snapshot = applier::testing::ReadHtmlPage(kCheckboxCard);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const std::string all = Describe(*snapshot);
  EXPECT_EQ(Labelled(*snapshot, "Other response"), nullptr) << all;
  const Field* source = Labelled(*snapshot, "How did you find us?");
  ASSERT_NE(source, nullptr) << all;
  EXPECT_EQ(source->kind, ControlKind::kRadioGroup) << all;
  ASSERT_EQ(source->options.size(), 3u) << all;
  // The box belongs to its choice: that option takes an answer in one's own words.
  EXPECT_FALSE(source->options[0].specify) << all;
  EXPECT_TRUE(source->options[2].specify) << all;
  const Field* databases = Labelled(*snapshot, "Which databases have you run in production?");
  ASSERT_NE(databases, nullptr) << all;
  ASSERT_EQ(databases->options.size(), 3u) << all;
  EXPECT_TRUE(databases->options[2].specify) << all;
}

TEST(QuestionCardsTest, ALoneBoxUnderACardHeadingMarkedRequiredIsRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kCheckboxCard);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const std::string all = Describe(*snapshot);
  const Field* privacy = Labelled(*snapshot, "I understand");
  ASSERT_NE(privacy, nullptr) << all;
  EXPECT_EQ(privacy->kind, ControlKind::kCheckbox) << all;
  EXPECT_TRUE(privacy->required) << all;
  const Field* news = Labelled(*snapshot, "Send me news");
  ASSERT_NE(news, nullptr) << all;
  EXPECT_FALSE(news->required) << all;
}

constexpr char kSendBeforeClearForm[] = R"HTML(<!doctype html><html><body>
<div class="page"><form style="padding:20px">
  <div class="card"><div role="heading" aria-level="3" id="n"><span>Full name</span></div>
    <input type="text" aria-labelledby="n"></div>
  <div class="card"><div role="heading" aria-level="3" id="e"><span>Email</span></div>
    <input type="email" aria-labelledby="e"></div>
  <div class="card"><div role="heading" aria-level="3" id="c"><span>City</span></div>
    <input type="text" aria-labelledby="c"></div>
  <div class="actions">
    <div role="button" tabindex="0"><span>Previous</span></div>
    <div role="button" tabindex="0"><span>Apply now</span></div>
    <div role="button" tabindex="0"><span>Clear form</span></div>
  </div></form>
<div class="footer"><a href="/about/terms">Terms of Service</a> - <a href="/about/privacy">Privacy Policy</a></div>
</div></body></html>)HTML";

TEST(QuestionCardsTest, TheSendBeforeAClearFormButtonAndTheFootersLinksIsTheSubmit) {
  auto snapshot = applier::testing::ReadHtmlPage(kSendBeforeClearForm);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, ButtonRole> roles;
  for (const auto& button : snapshot->buttons) roles[button.text] = button.role;
  ASSERT_TRUE(roles.contains("Apply now"));
  EXPECT_EQ(roles["Apply now"], ButtonRole::kSubmit);
  EXPECT_EQ(roles["Previous"], ButtonRole::kBack);
  EXPECT_EQ(roles["Clear form"], ButtonRole::kOther);
  EXPECT_EQ(roles["Privacy Policy"], ButtonRole::kOther);
}

// Microsoft Forms' file question: the card's heading (its number, title, star
// and a screen-reader note), a note of the file limits, then an upload button
// over a hidden file input. The heading names the question; the note between
// only describes the files it takes, so two uploads on one page are told apart.
constexpr char kUploadCards[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"><style>
.sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
</style></head><body><form>
<div class="card"><div class="title"><span role="heading" aria-level="3"><span>7.</span>
  <span>Upload your resume (CV)</span><span aria-hidden="true">*</span><span class="sr">Required to answer. File upload.</span></span></div>
  <div class="subtitle">File number limit: 1 | Single file size limit: 10MB | Allowed file types: Word, PDF</div>
  <div class="element"><input type="file" style="display:none" tabindex="-1" aria-hidden="true">
    <button type="button">Upload file</button></div></div>
<div class="card"><div class="title"><span role="heading" aria-level="3"><span>8.</span>
  <span>Upload your degree certificates</span><span class="sr">File upload.</span></span></div>
  <div class="subtitle">File number limit: 3 | Single file size limit: 10MB | Allowed file types: PDF, Image</div>
  <div class="element"><input type="file" style="display:none" tabindex="-1" aria-hidden="true">
    <button type="button">Upload file</button></div></div>
</form></body></html>)HTML";

TEST(QuestionCardsTest, AnUploadInACardIsNamedByTheCardsHeadingNotItsFileLimits) {
  auto snapshot = applier::testing::ReadHtmlPage(kUploadCards);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::vector<std::pair<std::string, bool>> uploads;
  for (const auto& field : snapshot->fields) {
    if (field.kind == ControlKind::kFile) uploads.emplace_back(field.label, field.required);
  }
  EXPECT_EQ(uploads, (std::vector<std::pair<std::string, bool>>{
                         {"7. Upload your resume (CV)", true},
                         {"8. Upload your degree certificates", false}}))
      << Describe(*snapshot);
}

}  // namespace
}  // namespace applier::perception
