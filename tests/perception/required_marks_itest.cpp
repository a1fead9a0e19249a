// How pages say a field is required: a "*" after the label, or before it
// (OpenCATS, Taleo: "*First Name:", "* City :"), the attribute, aria-required. A
// leading mark read as part of the label leaves a required field "optional",
// skipped instead of asked.
#include <map>

#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kMarks[] = R"HTML(<!doctype html><html><body><form>
<table>
<tr><td><label for="a">*First Name:</label></td><td><input id="a" name="first"></td></tr>
<tr><td><label for="b">* City/Province :</label></td><td><input id="b" name="city"></td></tr>
<tr><td><label for="c">Best time to call:</label></td><td><input id="c" name="time"></td></tr>
<tr><td><label for="d">Phone *</label></td><td><input id="d" name="phone"></td></tr>
</table></form></body></html>)HTML";

TEST(RequiredMarksTest, AStarBeforeOrAfterTheLabelMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarks);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["first"], std::make_pair(std::string("First Name:"), true));
  EXPECT_EQ(by_name["city"], std::make_pair(std::string("City/Province :"), true));
  EXPECT_EQ(by_name["time"], std::make_pair(std::string("Best time to call:"), false));
  EXPECT_EQ(by_name["phone"], std::make_pair(std::string("Phone"), true));
}

// Two-column server-rendered forms (Umantis and other portals): the label cell
// holds a loose label (a <label> without for, or a <div>) and the star after it,
// the input cell the box; no tie names the box, the cell beside it does.
constexpr char kStarInTheLabelColumn[] = R"HTML(<!doctype html><html><body><form>
<div class="row"><div class="lc"><label>Anrede</label> <span class="m">*</span></div>
  <div class="ic"><select name="salutation"><option value="">Bitte wählen</option><option>Frau</option></select></div></div>
<div class="row"><div class="lc"><div>Vorname</div> <span class="m">*</span></div>
  <div class="ic"><input name="first"></div></div>
<div class="row"><div class="lc"><label>Titel</label></div>
  <div class="ic"><input name="title"></div></div>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AStarAfterALooseLabelInTheLabelColumnMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kStarInTheLabelColumn);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["salutation"], std::make_pair(std::string("Anrede"), true));
  EXPECT_EQ(by_name["first"], std::make_pair(std::string("Vorname"), true));
  EXPECT_EQ(by_name["title"], std::make_pair(std::string("Titel"), false));
}

// Component libraries that draw the star with CSS (Element Plus's
// `.is-required .el-form-item__label::before`, Ant Design's `::before` on the
// label) and groups that say it once for all their radios (a fieldset with
// aria-required, its star hidden from screen readers).
constexpr char kMarksOutsideTheText[] = R"HTML(<!doctype html><html><head><style>
.row.must > label::before { content: "*"; color: #f56c6c; margin-right: 4px; }
.row.must-after > label::after { content: " *"; color: #f56c6c; }
</style></head><body><form>
<div class="row must"><label for="n">Full name</label><input id="n" name="full"></div>
<div class="row must-after"><label for="c">City</label><input id="c" name="city"></div>
<div class="row"><label for="t">Nickname</label><input id="t" name="nick"></div>
<fieldset aria-required="true"><legend>Have you worked here before? <span aria-hidden="true">*</span></legend>
  <input type="radio" name="before" value="yes" id="by"><label for="by">Yes</label>
  <input type="radio" name="before" value="no" id="bn"><label for="bn">No</label></fieldset>
<fieldset><legend>Newsletter</legend>
  <input type="radio" name="news" value="yes" id="ny"><label for="ny">Yes</label>
  <input type="radio" name="news" value="no" id="nn"><label for="nn">No</label></fieldset>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AStarDrawnByCssOrAGroupsAriaRequiredMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarksOutsideTheText);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["full"], std::make_pair(std::string("Full name"), true));
  EXPECT_EQ(by_name["city"], std::make_pair(std::string("City"), true));
  EXPECT_EQ(by_name["nick"], std::make_pair(std::string("Nickname"), false));
  EXPECT_TRUE(by_name["before"].second);
  EXPECT_FALSE(by_name["news"].second);
}

// Drupal renders radios as a fieldset whose legend's span carries the class
// form-required, the theme drawing the star as its `::after`; the radios carry
// no required attribute.
constexpr char kStarDrawnOnTheLegend[] = R"HTML(<!doctype html><html><head><style>
.form-required::after { content: " *"; color: #b30000; }
</style></head><body><form>
<fieldset class="radios--wrapper fieldgroup form-composite required"><legend><span class="fieldset-legend js-form-required form-required">Hours per week</span></legend>
  <div class="fieldset-wrapper"><div class="form-radios">
  <div class="form-item"><input type="radio" name="hours" value="32" id="h32"><label for="h32" class="option">32</label></div>
  <div class="form-item"><input type="radio" name="hours" value="36" id="h36"><label for="h36" class="option">36</label></div></div></div></fieldset>
<fieldset class="radios--wrapper fieldgroup form-composite"><legend><span class="fieldset-legend">Salutation</span></legend>
  <div class="fieldset-wrapper"><div class="form-radios">
  <div class="form-item"><input type="radio" name="salutation" value="mr" id="sm"><label for="sm" class="option">Mr</label></div>
  <div class="form-item"><input type="radio" name="salutation" value="ms" id="sw"><label for="sw" class="option">Ms</label></div></div></div></fieldset>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AStarDrawnOnARadioGroupsLegendMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kStarDrawnOnTheLegend);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["hours"], std::make_pair(std::string("Hours per week"), true));
  EXPECT_EQ(by_name["salutation"], std::make_pair(std::string("Salutation"), false));
}

// Tailwind and shadcn/ui forms (and Material UI's FormLabel) end the label with
// the star in an element hidden from screen readers, so they do not read "star":
// the label's text leaves it out, the page still shows the field as required.
constexpr char kStarHiddenFromReaders[] = R"HTML(<!doctype html><html><body><form>
<div><label for="e">Email <span aria-hidden="true" class="text-destructive">*</span></label><input id="e" name="email"></div>
<div><label for="w">Why us? <span aria-hidden="true">*</span></label><textarea id="w" name="why"></textarea></div>
<div><label for="p">Pronouns <span class="hint">(optional)</span></label><input id="p" name="pronouns"></div>
<div><label for="h">Homepage <span aria-hidden="true">↗</span></label><input id="h" name="home"></div>
<div><span id="nl">Tempoh notis <span aria-hidden="true">*</span></span><input aria-labelledby="nl" name="notice"></div>
<div><span id="ml">Mod kerja</span><input aria-labelledby="ml" name="mode"></div>
<div class="cog-field"><div class="cog-label">Resume / CV<span aria-hidden="true">*</span></div>
  <div class="el-upload"><div class="el-upload-dragger">Drag files here or <button type="button">Upload</button></div>
  <input type="file" name="cv" style="display:none"></div></div>
<div class="cog-field"><div class="cog-label">Cover letter</div>
  <div class="el-upload"><div class="el-upload-dragger">Drag files here or <button type="button">Upload</button></div>
  <input type="file" name="cover" style="display:none"></div></div>
<div><div>Tempoh notis<span aria-hidden="true">*</span></div><input name="notice2"></div>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AStarHiddenFromScreenReadersAtTheLabelsEndMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kStarHiddenFromReaders);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["email"], std::make_pair(std::string("Email"), true));
  EXPECT_EQ(by_name["why"], std::make_pair(std::string("Why us?"), true));
  EXPECT_FALSE(by_name["pronouns"].second);
  EXPECT_FALSE(by_name["home"].second);
  // The same label naming its box by aria-labelledby (a <span>, React Aria's Label).
  EXPECT_EQ(by_name["notice"], std::make_pair(std::string("Tempoh notis"), true));
  EXPECT_FALSE(by_name["mode"].second);
  // ... or as a loose <div> above the box or an upload's drop zone.
  EXPECT_EQ(by_name["notice2"], std::make_pair(std::string("Tempoh notis"), true));
  EXPECT_EQ(by_name["cv"], std::make_pair(std::string("Resume / CV"), true));
  EXPECT_EQ(by_name["cover"], std::make_pair(std::string("Cover letter"), false));
}

// A checkbox's label that wraps its words in a span of their own (Chakra's
// chakra-checkbox__label, React forms' <label><input><span>...</span></label>),
// the hidden star at the end of that span: the consent is required. A star
// followed by more words is no mark at the label's end.
constexpr char kStarInsideTheWordsSpan[] = R"HTML(<!doctype html><html><body><form>
<label><input type="checkbox" name="gdpr" value="true"> <span><span>Sutinku, kad mano asmens duomenys būtų tvarkomi</span><span aria-hidden="true"> *</span></span></label>
<label><input type="checkbox" name="pool" value="true"> <span>Sutinku, kad mano CV būtų saugomas 12 mėnesių</span></label>
<label><input type="checkbox" name="note" value="true"> <span><span aria-hidden="true">*</span> marks required fields, tick to confirm</span></label>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AHiddenStarEndingACheckboxLabelsWordsSpanMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kStarInsideTheWordsSpan);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, bool> required;
  for (const auto& field : snapshot->fields) required[field.name] = field.required;
  EXPECT_TRUE(required["gdpr"]);
  EXPECT_FALSE(required["pool"]);
  EXPECT_FALSE(required["note"]);
}

// Server-rendered forms (ASP.NET WebForms, classic table layouts) set the star
// as its own element right after the label, outside it; a consent box so marked
// is one the site will refuse the form without.
constexpr char kStarBesideTheLabel[] = R"HTML(<!doctype html><html><body><form><table>
<tr><td><label for="f">Fornavn</label> <span class="req">*</span></td><td><input id="f" name="first"></td></tr>
<tr><td><label for="m">Mellemnavn</label></td><td><input id="m" name="middle"></td></tr>
</table>
<div><input id="c" type="checkbox" name="consent"><label for="c">I consent to the processing of my data.</label> <span class="req">*</span></div>
<div><input id="p" type="checkbox" name="pool"><label for="p">Keep my application for 12 months.</label></div>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AStarSetRightAfterTheLabelMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kStarBesideTheLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, bool> required;
  for (const auto& field : snapshot->fields) required[field.name] = field.required;
  EXPECT_TRUE(required["first"]);
  EXPECT_FALSE(required["middle"]);
  EXPECT_TRUE(required["consent"]);
  EXPECT_FALSE(required["pool"]);
}

// Material UI's radio group: the FormLabel names the group through
// aria-labelledby and draws the required star in a span hidden from screen
// readers (MuiFormLabel-asterisk); the radios carry no required attribute. An
// outlined text box before it draws its outline as a fieldset whose legend
// repeats that box's label, also hidden: decoration, not the section the group
// sits in.
constexpr char kMaterialGroups[] = R"HTML(<!doctype html><html><body><form>
<h2>Job questions</h2>
<div><label id="start-label">When could you start? <span aria-hidden="true"> *</span></label>
  <div><div role="button" tabindex="0" aria-haspopup="listbox" aria-labelledby="start-label">&#8203;</div>
  <input aria-hidden="true" tabindex="-1" name="start" value="" style="opacity:0;position:absolute">
  <fieldset aria-hidden="true"><legend><span>When could you start? *</span></legend></fieldset></div></div>
<div><label id="move-label"><span>Would you move to another city?</span><span aria-hidden="true"> *</span></label>
  <div role="radiogroup" aria-labelledby="move-label">
    <label><span><input type="radio" name="move" value="yes"></span><span>Yes</span></label>
    <label><span><input type="radio" name="move" value="no"></span><span>No</span></label></div></div>
<div><label id="news-label"><span>Newsletter</span></label>
  <div role="radiogroup" aria-labelledby="news-label">
    <label><span><input type="radio" name="news" value="yes"></span><span>Yes</span></label>
    <label><span><input type="radio" name="news" value="no"></span><span>No</span></label></div></div>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AGroupLabelsHiddenStarMarksItRequiredAndAnOutlinesLegendIsNoSection) {
  auto snapshot = applier::testing::ReadHtmlPage(kMaterialGroups);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<bool, std::string>> by_name;
  for (const auto& field : snapshot->fields) {
    by_name[field.name] = {field.required, field.context};
  }
  ASSERT_TRUE(by_name.contains("move"));
  EXPECT_TRUE(by_name["move"].first);
  EXPECT_EQ(by_name["move"].second, "Job questions");
  EXPECT_FALSE(by_name["news"].first);
}

// Japanese, Chinese and Korean forms mark a required field with a badge beside
// its label (必須, 必填, 필수) and an optional one with 任意 / 选填; a group of
// boxes named only by their part (姓 / 名, 年 / 月 / 日) carries the badge once,
// beside the group's title. Read as optional, such fields were skipped until the
// site refused the form, and a date's month and day lists never got asked.
constexpr char kBadges[] =
    R"HTML(<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body><form>
<div><label for="e">メールアドレス</label><span class="badge">必須</span><input id="e" name="email" type="email"></div>
<div><label for="b">建物名</label><span class="badge">任意</span><input id="b" name="building"></div>
<div><span id="up">職務経歴書</span><span class="badge">必須</span><input type="file" name="cv" aria-labelledby="up"></div>
<div role="group" aria-labelledby="dob"><span id="dob">生年月日</span><span class="badge">必須</span>
  <label><select name="birth_year"><option value="">----</option><option>1990</option></select>年</label>
  <label><select name="birth_month"><option value="">--</option><option>4</option></select>月</label></div>
<div role="group" aria-labelledby="grad"><span id="grad">卒業年月</span><span class="badge">任意</span>
  <label><select name="grad_year"><option value="">----</option><option>2017</option></select>年</label></div>
<fieldset><legend>職歴 1</legend>
  <div><label for="co">会社名</label><span class="badge">必須</span><input id="co" name="company"></div>
  <div><label for="de">業務内容</label><textarea id="de" name="duties"></textarea></div>
  <div role="group" aria-labelledby="per"><span id="per">在籍期間</span><span class="badge">必須</span>
    <label><select name="start_year"><option value="">----</option><option>2021</option></select>年</label>
    <label><input type="checkbox" name="current" value="1">現在も在籍中</label></div>
</fieldset>
<fieldset><legend>性別 <span class="badge">必須</span></legend>
  <label><input type="radio" name="gender" value="1">男性</label><label><input type="radio" name="gender" value="2">女性</label></fieldset>
<div><label><input type="checkbox" name="agree" value="1">個人情報の取り扱いに同意する</label><span class="badge">必須</span></div>
<fieldset><legend>Address <span class="req">*</span></legend>
  <label for="st">Street address</label><input id="st" name="street" required>
  <label for="l2">Apt, suite, etc.</label><input id="l2" name="line2"></fieldset>
</form></body></html>)HTML";

TEST(RequiredMarksTest, ABadgeBesideTheLabelOrTheGroupsTitleMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kBadges);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, bool> required;
  std::map<std::string, std::string> label;
  for (const auto& field : snapshot->fields) {
    required[field.name] = field.required;
    label[field.name] = field.label;
  }
  EXPECT_TRUE(required["email"]);
  EXPECT_FALSE(required["building"]);
  EXPECT_TRUE(required["cv"]);
  EXPECT_TRUE(required["birth_year"]);
  EXPECT_TRUE(required["birth_month"]);
  EXPECT_FALSE(required["grad_year"]);
  EXPECT_TRUE(required["company"]);
  EXPECT_FALSE(required["duties"]);
  EXPECT_TRUE(required["start_year"]);
  EXPECT_FALSE(required["current"]);
  EXPECT_TRUE(required["gender"]);
  EXPECT_EQ(label["gender"], "性別");  // the badge is a mark, not part of the name
  EXPECT_TRUE(required["agree"]);
  // A group whose boxes carry their own marks: the title's is for the group.
  EXPECT_TRUE(required["street"]);
  EXPECT_FALSE(required["line2"]);
}

// Marks given by class to the wrapper of one control, where the only visible mark
// is an icon or none (Novo Elements: a "required" container and a
// required-indicator icon; Bootstrap and Drupal: "form-group required"), and a
// checkbox whose own label holds only the box it draws, its wording in a label
// after the wrappers. A wrapper around several controls says nothing of each.
constexpr char kMarksByClass[] = R"HTML(<!doctype html><html><head><style>
.required-indicator::before { content: "\25CF"; color: #da4453 }
</style></head><body><form>
<div class="form-group required"><label for="f">First name</label><input id="f" name="first"></div>
<div class="form-group"><label for="m">Middle name</label><input id="m" name="middle"></div>
<div class="control"><label>Gender</label><div class="inner"><i class="required-indicator"></i>
  <div class="input"><input name="pronoun"></div></div></div>
<div class="row required"><label>Street <input name="street"></label><label>Town <input name="town"></label></div>
<div class="consent"><div class="control"><div class="inner required"><div class="check">
  <input type="checkbox" name="consent" id="consent" style="opacity:0;position:absolute;width:1px;height:1px">
  <label for="consent"><i class="icon-box"></i></label></div></div></div>
  <label class="consent-text">By checking this box you agree to our Privacy Policy</label></div>
<table><tr><td>Resume<span class="required-marker">*</span></td>
  <td><button type="button">Attach</button><input type="file" name="cv" hidden></td></tr>
  <tr><td>Cover letter</td><td><button type="button">Attach</button><input type="file" name="cover" hidden></td></tr></table>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AWrapperOfOneControlMarkedRequiredByClassMarksIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarksByClass);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["first"], std::make_pair(std::string("First name"), true));
  EXPECT_EQ(by_name["middle"], std::make_pair(std::string("Middle name"), false));
  EXPECT_TRUE(by_name["pronoun"].second);
  EXPECT_FALSE(by_name["street"].second);
  EXPECT_FALSE(by_name["town"].second);
  // A row's mark is its own upload's, not the next row's (hidden behind its
  // "Attach" button, each upload is still a field of its own).
  EXPECT_TRUE(by_name["cv"].second);
  EXPECT_FALSE(by_name["cover"].second);
  EXPECT_EQ(
      by_name["consent"],
      std::make_pair(std::string("By checking this box you agree to our Privacy Policy"), true));
}

// A question card's heading carries the star among its parts, not always last
// (Microsoft Forms puts a screen-reader note of the question's type after it),
// and a matrix of radio rows under it (Microsoft Forms' Likert, a Google Forms
// grid requiring a response in each row) is one question: every row is
// required. A matrix under an unmarked heading is not.
constexpr char kMarkedMatrix[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="card"><div><span role="heading" aria-level="3"><span>5.</span><span>How much do you agree?</span>
  <span aria-hidden="true">*</span><span style="position:absolute;width:1px;height:1px;overflow:hidden">Likert.</span></span></div>
  <div><table><thead><tr><td></td><th>Disagree</th><th>Agree</th></tr></thead><tbody>
    <tr role="radiogroup" aria-labelledby="r1"><th><span id="r1">I can join on-call rotations</span></th>
      <td><input type="radio" name="oncall" value="Disagree" aria-label="Disagree"></td>
      <td><input type="radio" name="oncall" value="Agree" aria-label="Agree"></td></tr>
    <tr role="radiogroup" aria-labelledby="r2"><th><span id="r2">I like working with customers</span></th>
      <td><input type="radio" name="customers" value="Disagree" aria-label="Disagree"></td>
      <td><input type="radio" name="customers" value="Agree" aria-label="Agree"></td></tr>
  </tbody></table></div></div>
<div class="card"><div><span role="heading" aria-level="3"><span>6.</span><span>Optional feedback</span></span></div>
  <div><table><tbody>
    <tr role="radiogroup" aria-labelledby="r3"><th><span id="r3">The form was clear</span></th>
      <td><input type="radio" name="clear" value="Disagree" aria-label="Disagree"></td>
      <td><input type="radio" name="clear" value="Agree" aria-label="Agree"></td></tr>
    <tr role="radiogroup" aria-labelledby="r4"><th><span id="r4">The form was short</span></th>
      <td><input type="radio" name="short" value="Disagree" aria-label="Disagree"></td>
      <td><input type="radio" name="short" value="Agree" aria-label="Agree"></td></tr>
  </tbody></table></div></div>
</form></body></html>)HTML";

TEST(RequiredMarksTest, ARadioMatrixUnderAMarkedHeadingIsRequiredRowByRow) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarkedMatrix);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, bool> required;
  for (const auto& field : snapshot->fields) required[field.name] = field.required;
  EXPECT_TRUE(required["oncall"]);
  EXPECT_TRUE(required["customers"]);
  EXPECT_FALSE(required["clear"]);
  EXPECT_FALSE(required["short"]);
}

// Cognito Forms (over Element UI): a choice field is a fieldset whose legend
// carries the star, its radios inside an el-radio-group (a role=radiogroup with no
// title of its own); an address field's legend marks the block, its boxes carry
// no mark of their own. The untitled group leaves the question to the fieldset;
// the block's boxes are required by the block alone.
constexpr char kMarkedByTheOuterGroup[] = R"HTML(<!doctype html><html><body><form>
<fieldset><legend>Status Kewarganegaraan<span aria-hidden="true">*</span></legend>
  <div class="el-radio-group" role="radiogroup">
  <label class="el-radio"><input type="radio" name="status" value="MY"> Warganegara</label>
  <label class="el-radio"><input type="radio" name="status" value="X"> Bukan warganegara</label></div></fieldset>
<fieldset><legend>Mod kerja</legend>
  <div class="el-radio-group" role="radiogroup">
  <label class="el-radio"><input type="radio" name="mode" value="h"> Hibrid</label>
  <label class="el-radio"><input type="radio" name="mode" value="r"> Jarak jauh</label></div></fieldset>
<fieldset><legend>Alamat Semasa<span aria-hidden="true">*</span></legend>
  <input name="line1" aria-label="Alamat Baris 1"><input name="line2" aria-label="Alamat Baris 2">
  </fieldset>
<fieldset><legend>Nama<span aria-hidden="true">*</span></legend>
  <input name="first" aria-label="Nama Pertama" aria-required="true">
  <input name="middle" aria-label="Nama Tengah"></fieldset>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AnUntitledGroupLeavesTheMarkToTheGroupAroundIt) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarkedByTheOuterGroup);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_EQ(by_name.size(), 6u);
  EXPECT_TRUE(by_name["status"]->required);
  EXPECT_FALSE(by_name["mode"]->required);
  // Required by the block's title alone: so marked, for the planner to weigh.
  EXPECT_TRUE(by_name["line1"]->required);
  EXPECT_TRUE(by_name["line1"]->required_by_group);
  EXPECT_TRUE(by_name["line2"]->required_by_group);
  // Boxes with marks of their own say per box what is required.
  EXPECT_TRUE(by_name["first"]->required);
  EXPECT_FALSE(by_name["first"]->required_by_group);
  EXPECT_FALSE(by_name["middle"]->required);
}

// Table-laid ASP.NET WebForms and JSP career portals (BrassRing's Talent
// Gateway, old Taleo and PeopleSoft pages) set the mark before the label in the
// label's cell, as a span or as an image whose alt text is the star, and before
// a consent box whose label follows it. A star right after another control is
// that control's (an ASP.NET validator beside its box), not the next label's.
constexpr char kMarksBeforeTheLabel[] = R"HTML(<!doctype html><html><body><form>
<table>
<tr><td><span class="req">*</span> <label for="f">First name</label></td><td><input id="f" name="first"></td></tr>
<tr><td><label for="m">Middle name</label></td><td><input id="m" name="middle"></td></tr>
</table>
<div class="q"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="7" height="7" alt="*"><label for="w">Are you legally authorized to work here?</label></div>
<div><select id="w" name="work"><option value="">Select one</option><option>Yes</option><option>No</option></select></div>
<div class="q"><label for="a">Which work arrangement do you prefer?</label></div>
<div><select id="a" name="arrangement"><option value="">Select one</option><option>Hybrid</option></select></div>
<p><span class="req">*</span> <input type="checkbox" id="c" name="consent"> <label for="c">I accept the privacy policy</label></p>
<p><input id="x" name="other"> <span>*</span> <label for="y">Nickname</label> <input id="y" name="nick"></p>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AStarOrStarImageBeforeTheLabelMarksItRequired) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarksBeforeTheLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<std::string, bool>> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = {field.label, field.required};
  EXPECT_EQ(by_name["first"], std::make_pair(std::string("First name"), true));
  EXPECT_FALSE(by_name["middle"].second);
  EXPECT_EQ(by_name["work"],
            std::make_pair(std::string("Are you legally authorized to work here?"), true));
  EXPECT_FALSE(by_name["arrangement"].second);
  EXPECT_TRUE(by_name["consent"].second);
  EXPECT_FALSE(by_name["nick"].second);
}

// A form builder's composite field with no fieldset (Zoho Forms' Name and Address):
// a loose title "Name *" over a wrapper whose boxes are each named by a sub-label
// under them. The title is the boxes' group, in their context, and its star is the
// group's: every box is required by the group alone, the first box (a Salutation
// list) no more than the others. A field whose label is tied to its box is no part.
constexpr char kCompositeFields[] = R"HTML(<!doctype html><html lang="en"><body><form>
<ul>
<li class="wrap"><label class="title">Name <em class="star">*</em></label>
  <div class="cont"><div class="parts">
    <span><select name="sal"><option>-Select-</option><option>Mr.</option></select><label>Salutation</label></span>
    <span><input type="text" name="first"><label>First</label></span>
    <span><input type="text" name="last"><label>Last</label></span>
  </div></div></li>
<li class="wrap"><label class="title">Home address</label>
  <div class="cont"><div class="parts">
    <span><input type="text" name="street"><label>Street Address</label></span>
    <span><input type="text" name="city"><label>City</label></span>
  </div></div></li>
<li class="wrap"><label class="title" for="e">Email <em class="star">*</em></label>
  <div class="cont"><input type="text" id="e" name="email"></div></li>
</ul>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(RequiredMarksTest, ACompositeFieldsLooseTitleIsItsBoxesGroup) {
  auto snapshot = applier::testing::ReadHtmlPage(kCompositeFields);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_EQ(by_name.size(), 6u);
  for (const char* name : {"sal", "first", "last"}) {
    SCOPED_TRACE(name);
    EXPECT_TRUE(by_name[name]->required);
    EXPECT_TRUE(by_name[name]->required_by_group);
    EXPECT_TRUE(by_name[name]->context.starts_with("Name")) << by_name[name]->context;
  }
  EXPECT_EQ(by_name["first"]->label, "First");
  EXPECT_FALSE(by_name["street"]->required);
  EXPECT_TRUE(by_name["city"]->context.starts_with("Home address")) << by_name["city"]->context;
  EXPECT_TRUE(by_name["email"]->required);
  EXPECT_FALSE(by_name["email"]->required_by_group);
  EXPECT_FALSE(by_name["email"]->context.starts_with("Email")) << by_name["email"]->context;
}

// A table of questions the page names as one (an hourly application's weekly
// availability: a select per weekday, each named by its row's day, the table
// named by the title over it through aria-labelledby or its caption): the title's
// mark is the table's, so every row's control is required, and each row's
// context names the table, as a fieldset's legend does. A table named by an
// unmarked title, and a layout table nothing names, leave their rows as they are;
// a table that is one widget (PrimeFaces' selectOneRadio) names its own field.
constexpr char kMarkedQuestionTables[] = R"HTML(<!doctype html><html><body><form>
<div class="field">
  <p id="avail-title">Weekly availability <span class="req">*</span></p>
  <p>Pick the shift you can work on each day.</p>
  <table aria-labelledby="avail-title">
    <thead><tr><th scope="col">Day</th><th scope="col">Shift</th></tr></thead>
    <tbody>
      <tr><th scope="row"><label for="mon">Monday</label></th><td><select id="mon" name="mon">
        <option value="">Select</option><option value="am">Morning</option><option value="off">Not available</option></select></td></tr>
      <tr><th scope="row"><label for="tue">Tuesday</label></th><td><select id="tue" name="tue">
        <option value="">Select</option><option value="am">Morning</option><option value="off">Not available</option></select></td></tr>
    </tbody>
  </table>
</div>
<table>
  <caption>Languages <span class="req">*</span></caption>
  <tr><th scope="row">English</th><td><select name="lang_en" aria-label="English">
    <option value="">Select</option><option>Fluent</option></select></td></tr>
  <tr><th scope="row">Spanish</th><td><select name="lang_es" aria-label="Spanish">
    <option value="">Select</option><option>Fluent</option></select></td></tr>
</table>
<p id="pref-title">Preferred shifts</p>
<table aria-labelledby="pref-title">
  <tr><th scope="row"><label for="sat">Saturday</label></th><td><select id="sat" name="sat">
    <option value="">Select</option><option value="am">Morning</option></select></td></tr>
</table>
<label id="move-lbl">Willing to relocate<span class="req">*</span></label>
<table role="radiogroup" aria-labelledby="move-lbl" aria-required="true"><tbody><tr>
  <td><input id="move-y" name="move" type="radio" value="y"></td><td><label for="move-y">Yes</label></td>
  <td><input id="move-n" name="move" type="radio" value="n"></td><td><label for="move-n">No</label></td>
</tr></tbody></table>
<table>
  <tr><td><label for="nick">Nickname</label></td><td><input id="nick" name="nick"></td></tr>
  <tr><td><label for="mail">Email *</label></td><td><input id="mail" name="mail"></td></tr>
</table>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(RequiredMarksTest, AMarkedTitleOfATableOfQuestionsRequiresEachRow) {
  auto snapshot = applier::testing::ReadHtmlPage(kMarkedQuestionTables);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_EQ(by_name.size(), 8u);
  for (const char* name : {"mon", "tue", "lang_en", "lang_es"}) {
    SCOPED_TRACE(name);
    EXPECT_TRUE(by_name[name]->required);
    EXPECT_TRUE(by_name[name]->required_by_group);
  }
  EXPECT_EQ(by_name["mon"]->label, "Monday");
  // Asked alone, a row names the table it is a row of; a widget drawn as a table
  // and a layout table's boxes are their own questions.
  EXPECT_EQ(by_name["mon"]->table, "Weekly availability");
  EXPECT_EQ(QuestionOf(*by_name["mon"]), "Weekly availability: Monday");
  EXPECT_EQ(QuestionOf(*by_name["lang_es"]), "Languages: Spanish");
  EXPECT_EQ(QuestionOf(*by_name["move"]), "Willing to relocate");
  EXPECT_EQ(QuestionOf(*by_name["nick"]), "Nickname");
  EXPECT_TRUE(by_name["mon"]->context.starts_with("Weekly availability"))
      << by_name["mon"]->context;
  EXPECT_TRUE(by_name["lang_es"]->context.starts_with("Languages")) << by_name["lang_es"]->context;
  EXPECT_FALSE(by_name["sat"]->required);
  EXPECT_TRUE(by_name["sat"]->context.starts_with("Preferred shifts")) << by_name["sat"]->context;
  // A table that is one widget (a radio group drawn as a table row) is no table
  // of questions: its name is the field's own label, not a title over it.
  EXPECT_EQ(by_name["move"]->label, "Willing to relocate");
  EXPECT_TRUE(by_name["move"]->required);
  EXPECT_EQ(by_name["move"]->context.find("Willing to relocate"), std::string::npos)
      << by_name["move"]->context;
  EXPECT_FALSE(by_name["nick"]->required);
  EXPECT_TRUE(by_name["mail"]->required);
  EXPECT_FALSE(by_name["mail"]->required_by_group);
}

}  // namespace
}  // namespace applier::perception
