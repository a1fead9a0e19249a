// A form library's row (Ant Design's Form.Item) names its control with a <label>
// in a column of its own, without for= when the control is a widget (an Upload
// whose file input is hidden inside a button). The row's one label, in the widest
// wrapper that holds no other control, names that control; a row around two
// controls names neither.
#include <map>
#include <string>

#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kRows[] = R"HTML(<!doctype html><html><body><form style="padding:20px">
<div class="form-item"><div class="row">
  <div class="col col-label"><label class="required" title="Resume">Resume</label></div>
  <div class="col col-control"><div class="control-input"><div class="control-input-content">
    <span class="upload-wrapper"><div class="upload upload-select"><span class="upload" role="button" tabindex="0">
      <input type="file" accept=".pdf" style="display:none">
      <button type="button"><span>Select file</span></button></span></div></span>
  </div></div></div></div></div>
<div class="form-item"><div class="row">
  <div class="col col-label"><label>Phone</label></div>
  <div class="col col-control"><input type="text" aria-label="Country code" value="+1"> <input type="tel"></div>
</div></div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(RowLabelTest, ARowsOwnLabelNamesItsOnlyControl) {
  auto snapshot = applier::testing::ReadHtmlPage(kRows);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) all += "'" + field.label + "'\n";
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  EXPECT_EQ(snapshot->fields[0].kind, ControlKind::kFile);
  EXPECT_EQ(snapshot->fields[0].label, "Resume") << all;
  EXPECT_EQ(snapshot->fields[1].label, "Country code") << all;
  EXPECT_NE(snapshot->fields[2].label, "Phone") << all;
}

// A date pair drawn as its own fieldset ("Start Date": month and year) inside an
// entry's fieldset ("Position 2"): its context names both, so the entry is known
// whatever order the page puts its blocks in.
constexpr char kNestedFieldsets[] = R"HTML(<!doctype html><html><body><form>
<fieldset><legend>Position 2</legend>
  <fieldset><legend>End Date</legend>
    <select name="end_month" aria-label="Month"><option>Month</option><option>February</option></select></fieldset>
  <fieldset><legend>Start Date</legend>
    <select name="start_month" aria-label="Month"><option>Month</option><option>July</option></select></fieldset>
</fieldset>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(RowLabelTest, AFieldsetInsideAnEntrysFieldsetNamesBothLegends) {
  auto snapshot = applier::testing::ReadHtmlPage(kNestedFieldsets);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 2u);
  for (const auto& field : snapshot->fields) {
    EXPECT_NE(field.context.find("Position 2"), std::string::npos) << field.context;
  }
  EXPECT_EQ(snapshot->fields[1].context.rfind("Start Date", 0), 0u) << snapshot->fields[1].context;
}

// SEEK's "Career history" asks the most recent role under a section heading, its
// "Started" and "Ended" dates each a fieldset of a month and a year list, then a
// description box after them: every one's context names the section, and the
// description's is no date's legend.
constexpr char kSectionOverFieldsets[] = R"HTML(<!doctype html><html><body><form>
<h3>Career history</h3>
<label>Job title <input name="title"></label>
<fieldset><legend>Started</legend>
  <select name="start_month" aria-label="Started month"><option>Month</option><option>March</option></select></fieldset>
<fieldset><legend>Ended</legend>
  <select name="end_month" aria-label="Ended month"><option>Month</option><option>May</option></select></fieldset>
<label>Description <textarea name="description"></textarea></label>
<button type="submit">Continue</button>
</form></body></html>)HTML";

TEST(RowLabelTest, AFieldsetsFieldsAndThoseAfterItKnowTheSectionHeading) {
  auto snapshot = applier::testing::ReadHtmlPage(kSectionOverFieldsets);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 4u);
  for (const auto& field : snapshot->fields) {
    EXPECT_NE(field.context.find("Career history"), std::string::npos)
        << field.label << ": " << field.context;
  }
  EXPECT_EQ(snapshot->fields[1].context.rfind("Started", 0), 0u) << snapshot->fields[1].context;
  EXPECT_EQ(snapshot->fields[3].context.find("Ended"), std::string::npos)
      << snapshot->fields[3].context;
}

// Server-rendered question pages (Oleeo / TAL.net, GOV.UK, Bootstrap) write the
// error summary's "There is a problem" heading into every page, hidden until a
// check fails, between the section heading and the fields. It heads no section:
// the fields' context is the heading the person sees, and once the summary shows
// it is an alert about the fields, still no section of them.
constexpr char kHiddenErrorSummaryHeading[] = R"HTML(<!doctype html><html><body>
<h1>Education</h1>
<div class="alert alert-danger" role="alert" hidden><h2>There is a problem with this page</h2><ul></ul></div>
<form><label>Year started <select name="start"><option value="">Please select</option><option>2013</option></select></label>
<button type="submit">Save and continue</button></form>
<div role="alert"><h2>There is a problem</h2></div>
<form><label>Year finished <select name="end"><option value="">Please select</option><option>2017</option></select></label></form>
</body></html>)HTML";

TEST(RowLabelTest, AHiddenOrAlertHeadingNamesNoSection) {
  auto snapshot = applier::testing::ReadHtmlPage(kHiddenErrorSummaryHeading);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 2u);
  for (const auto& field : snapshot->fields) {
    EXPECT_EQ(field.context, "Education") << field.label;
  }
}

// Section titles drawn as styled boxes rather than heading elements, as form
// builders draw them (Frappe's web forms: div.section-head; Bootstrap cards:
// div.card-header; Ant Design: div.ant-card-head-title): the one opening the box
// a field is in names its section. A box that also holds a control is no title,
// and a card's title names nothing after the card.
constexpr char kDrawnSectionTitles[] = R"HTML(<!doctype html><html><body><form>
<h3>Apply</h3>
<label>Name <input name="name"></label>
<div class="form-section"><div class="section-head">Salary Expectation</div>
  <div class="section-body"><label>Lower Range <input name="lower"></label></div></div>
<div class="card"><div class="card-header">Work Experience</div>
  <div class="card-body"><label>Company <input name="company"></label></div></div>
<div class="card"><div class="card-header"><label>Notes <input name="notes"></label></div></div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(RowLabelTest, ASectionTitleDrawnAsAStyledBoxNamesTheFieldsUnderIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kDrawnSectionTitles);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> context;
  for (const auto& field : snapshot->fields) context[field.name] = field.context;
  EXPECT_EQ(context["name"], "Apply");
  EXPECT_EQ(context["lower"], "Salary Expectation");
  EXPECT_EQ(context["company"], "Work Experience");
  EXPECT_EQ(context["notes"], "Apply");
}

// A repeated entry drawn as a card with a heading of its own ("Job 1" over its
// employer and dates, as Fountain's and many hand-built work histories draw it)
// inside a section, then the form's other questions after the section: the
// card's heading names its fields, not the start date asked after it, which a
// page that orders its questions otherwise puts there.
constexpr char kEntryCardThenQuestions[] = R"HTML(<!doctype html><html><body><form>
<h2>Your application</h2>
<fieldset><legend>Work history</legend>
  <div class="job-entry"><div class="job-entry-head"><h3>Job 1</h3></div>
    <label>Employer <input name="employer"></label>
    <label>Start date <input type="month" name="job_start"></label></div>
</fieldset>
<div class="question"><label>Start date <input type="date" name="earliest_start"></label></div>
<div class="question"><label>Gender <select name="gender"><option></option><option>Decline</option></select></label></div>
<button type="submit">Submit</button>
</form></body></html>)HTML";

TEST(RowLabelTest, AnEntryCardsHeadingNamesItsFieldsNotTheQuestionsAfterIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kEntryCardThenQuestions);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> context;
  for (const auto& field : snapshot->fields) context[field.name] = field.context;
  EXPECT_NE(context["job_start"].find("Job 1"), std::string::npos) << context["job_start"];
  EXPECT_EQ(context["earliest_start"], "Your application");
  EXPECT_EQ(context["gender"], "Your application");
}

// A date asked as a month list and a year list in one fieldset shows one error
// for both, under the row (SEEK's "Started": "Select a month and year"): it is the
// group's first control's, not an error of the whole page. A long section's
// fieldset keeps each error to its own field.
constexpr char kGroupError[] = R"HTML(<!doctype html><html><body><form>
<fieldset><legend>Started</legend>
  <div class="row"><select name="start_month" aria-label="Started month"><option value="">Month</option><option>March</option></select>
  <select name="start_year" aria-label="Started year"><option value="">Year</option><option>2021</option></select></div>
  <div class="field-error" style="color:#d0011b">Select a month and year</div>
</fieldset>
<fieldset><legend>Personal details</legend>
  <div><label>First name <input name="first"></label></div>
  <div><label>Last name <input name="last"></label><div class="field-error" style="color:#d0011b">Required field</div></div>
</fieldset>
<button type="submit">Continue</button>
</form></body></html>)HTML";

TEST(RowLabelTest, AnErrorUnderADatesRowIsItsFirstControls) {
  auto snapshot = applier::testing::ReadHtmlPage(kGroupError);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 4u);
  std::map<std::string, std::string> by_field;
  for (const auto& error : snapshot->errors) {
    const std::string name =
        error.field >= 0 ? snapshot->fields[static_cast<std::size_t>(error.field)].name : "(page)";
    by_field[name] += error.message + ";";
  }
  EXPECT_EQ(by_field["start_month"], "Select a month and year;");
  EXPECT_EQ(by_field.count("start_year"), 0u);
  EXPECT_EQ(by_field["last"], "Required field;");
  EXPECT_EQ(by_field.count("first"), 0u);
  EXPECT_EQ(by_field.count("(page)"), 0u);
}

// An entry drawn as a card whose first child is its title ("Employment 2"), its
// controls under wrappers as deep as the page's layout makes them (Dayforce's and
// Workday's cards, a component library's grid rows and form items): every control
// of the card knows its entry, however deep, and a control outside any card
// knows none.
constexpr char kDeepCard[] = R"HTML(<!doctype html><html><body><form>
<h3>Employment History</h3>
<div class="card"><div class="card-head"><span>Employment 2</span><button type="button">Delete</button></div>
  <div class="grid"><div class="row"><div class="col"><div class="item"><div class="control">
    <label><input type="checkbox" name="current"> I currently work here</label></div></div></div></div></div>
  <div class="grid"><div class="row"><div class="col"><div class="item"><div class="control">
    <fieldset><legend>Start Date</legend><div class="pair"><div class="part">
      <select aria-label="Month"><option value="">Month</option><option>July</option></select></div></div></fieldset>
  </div></div></div></div></div>
</div>
<div class="grid"><div class="row"><div class="col"><div class="item"><div class="control">
  <label>Reason for applying <input name="why"></label></div></div></div></div></div>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(RowLabelTest, AControlDeepInAnEntrysCardKnowsTheCardsTitle) {
  auto snapshot = applier::testing::ReadHtmlPage(kDeepCard);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->fields.size(), 3u);
  EXPECT_NE(snapshot->fields[0].context.find("Employment 2"), std::string::npos)
      << snapshot->fields[0].context;
  EXPECT_NE(snapshot->fields[1].context.find("Employment 2"), std::string::npos)
      << snapshot->fields[1].context;
  EXPECT_EQ(snapshot->fields[2].context.find("Employment 2"), std::string::npos)
      << snapshot->fields[2].context;
}

// A date asked as three lists under one label with no for= (Thai job boards'
// "วัน/เดือน/ปีเกิด" over lists opening "วัน", "เดือน", "ปี พ.ศ."; "Date of birth"
// over "Day", "Month", "Year"): each list is named by the label and its own prompt.
// A label over lists and a box beside them names none of the lists so; nor does it
// name a list beside its group that has a label of its own (a <div>).
constexpr char kSplitDateLists[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="form-row"><div class="form-group"><label>วัน/เดือน/ปีเกิด <span>*</span></label>
  <div class="form-row">
    <div class="col"><select name="birth_day"><option value="">วัน</option><option value="1">1</option></select></div>
    <div class="col"><select name="birth_month"><option value="">เดือน</option><option value="1">มกราคม</option></select></div>
    <div class="col"><select name="birth_year"><option value="">ปี พ.ศ.</option><option value="2533">2533</option></select></div>
  </div></div>
<div class="form-group"><div>สัญชาติ <span>*</span></div><select name="nationality"><option
  value="">เลือกสัญชาติ</option><option value="TH">ไทย</option></select></div></div>
<div class="form-group"><label>Until</label>
  <div class="form-row">
    <div class="col"><select name="to_month"><option value="">Month</option><option value="1">January</option></select></div>
    <div class="col"><select name="to_year"><option value="">Year</option><option value="2020">2020</option></select></div>
  </div>
  <label><input type="checkbox" name="current"> I still work here</label></div>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(RowLabelTest, DateListsUnderOneLabelAreNamedByItAndTheirPrompts) {
  auto snapshot = applier::testing::ReadHtmlPage(kSplitDateLists);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::string> labels;
  for (const auto& field : snapshot->fields) labels[field.name] = field.label;
  EXPECT_EQ(labels["birth_day"], "วัน/เดือน/ปีเกิด วัน");
  EXPECT_EQ(labels["birth_month"], "วัน/เดือน/ปีเกิด เดือน");
  EXPECT_EQ(labels["birth_year"], "วัน/เดือน/ปีเกิด ปี พ.ศ.");
  EXPECT_NE(labels["to_year"], "Until Year");
  EXPECT_EQ(labels["nationality"], "สัญชาติ");
}

}  // namespace
}  // namespace applier::perception
