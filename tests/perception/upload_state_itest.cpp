// Uploads drawn by an app that keeps the chosen file in its own state: after the
// choice it renders a fresh, empty <input type=file> and the file's name beside
// it ("resume.pdf  Remove"). The field holds that file; an example name in the
// label or hint before the input ("e.g. jane_doe_cv.pdf") is no file at all.
#include <map>

#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kUploads[] = R"HTML(<!doctype html><html><body><form>
<div class="upload"><label for="f1">Resume</label>
  <div class="zone"><span>Drag and drop here or</span> <input type="file" id="f1" name="resume"></div>
  <div class="status" role="status">We have your resume. <span>resume.pdf</span> <a href="#">Remove</a></div></div>
<div class="upload"><label for="f2">Cover letter (for example jane_doe_letter.pdf)</label>
  <div class="zone"><span>PDF or DOCX, e.g. letter.docx</span> <input type="file" id="f2" name="letter"></div></div>
<div class="upload"><label for="f3">Portfolio</label><input type="file" id="f3" name="portfolio">
  <p hidden>old_portfolio.pdf</p></div>
<section><h3 id="cv_t">Autofill with resume</h3><div class="dropzone">
  <div role="status">cv_2026.pdf – your information was filled in from your resume</div>
  <button type="button">Replace</button><input type="file" name="cv" aria-labelledby="cv_t"></div></section>
</form></body></html>)HTML";

TEST(UploadStateTest, AFileNameShownAfterAnEmptyInputIsWhatTheUploadHolds) {
  auto snapshot = applier::testing::ReadHtmlPage(kUploads);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_TRUE(by_name.count("resume") && by_name.count("letter") && by_name.count("portfolio"));
  EXPECT_EQ(by_name["resume"]->value, "resume.pdf");
  EXPECT_EQ(by_name["letter"]->value, "");
  EXPECT_EQ(by_name["portfolio"]->value, "");
  ASSERT_TRUE(by_name.count("cv"));
  EXPECT_EQ(by_name["cv"]->value, "cv_2026.pdf");
}

// One upload area for all documents (d.vinci's "Vollständige Bewerbungsunterlagen",
// most dropzones taking several files): the input is emptied after each choice
// and every file taken gets a row after it with its own document-type select and
// remove button. The area holds the files its rows name; a neighbouring upload
// with a file of its own keeps it.
constexpr char kUploadList[] = R"HTML(<!doctype html><html><body><form>
<div class="group"><span id="docs">Application documents</span>
  <div class="dropzone"><label>Choose files<input type="file" multiple aria-labelledby="docs"></label></div>
  <small>Word, PDF or images, up to 10 MB each</small>
  <ul class="files"><li><span>resume.pdf</span> (2 KB)
    <label for="t0">Document type</label><select id="t0" name="documents[0].type">
      <option value="">Please choose</option><option value="CV">Resume</option></select>
    <button type="button">Remove</button></li></ul></div>
<div class="group"><label for="ph">Photo</label><input type="file" id="ph" name="photo"></div>
</form></body></html>)HTML";

TEST(UploadStateTest, AnUploadAreaHoldsTheFilesListedInItsRows) {
  auto snapshot = applier::testing::ReadHtmlPage(kUploadList);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  const Field* area = nullptr;
  const Field* photo = nullptr;
  for (const auto& field : snapshot->fields) {
    if (field.label == "Application documents") area = &field;
    if (field.name == "photo") photo = &field;
  }
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->value, "resume.pdf");
  ASSERT_NE(photo, nullptr);
  EXPECT_EQ(photo->value, "");
}

}  // namespace
}  // namespace applier::perception
