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
<div class="upload-group"><div class="control-label">Resume</div>
  <div class="attached-file"><span class="file-name">my_resume.pdf</span> <a href="#">Remove</a></div>
  <label class="button" for="f0">Replace Resume</label><input type="file" id="f0" name="attached"
  style="position:absolute;left:-9999px"><div class="help-block">PDF, DOC, DOCX</div></div>
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
  // A file's row with its own Remove above the button (Paylocity's) is the file taken.
  ASSERT_TRUE(by_name.count("attached"));
  EXPECT_EQ(by_name["attached"]->value, "my_resume.pdf");
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

// Ext JS's FileField: the label's `for` names a read-only text box that only
// shows the chosen file's name; the file input sits in the "Procurar…" button
// beside it, opacity 0. The file input is the field, named by the box's label;
// the box is no field of its own. A read-only box with no file input beside it
// (a reference number) stays a field.
constexpr char kExtFileFields[] =
    R"HTML(<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="x-field x-form-item"><label for="ff1-inputEl" class="x-form-item-label">
  <span class="x-form-item-label-text">Curriculum vitae</span><span class="x-required">*</span></label>
  <div class="x-form-item-body"><div class="x-form-trigger-wrap">
    <div class="x-form-text-wrap"><input id="ff1-inputEl" type="text" readonly placeholder="Nenhum ficheiro selecionado"></div>
    <div class="x-form-trigger"><div class="x-btn x-form-file-btn" style="position:relative">
      <span class="x-btn-inner">Procurar…</span>
      <input class="x-form-file-input" type="file" name="cv" role="button" style="position:absolute;top:0;right:0;opacity:0"></div></div>
  </div></div></div>
<div class="x-field x-form-item"><label for="ff2-inputEl" class="x-form-item-label">
  <span class="x-form-item-label-text">Carta de motivação</span></label>
  <div class="x-form-item-body"><div class="x-form-trigger-wrap">
    <div class="x-form-text-wrap"><input id="ff2-inputEl" type="text" readonly></div>
    <div class="x-form-trigger"><div class="x-btn x-form-file-btn" style="position:relative">
      <span class="x-btn-inner">Procurar…</span>
      <input class="x-form-file-input" type="file" name="carta" role="button" style="position:absolute;top:0;right:0;opacity:0"></div></div>
  </div></div></div>
<div><label for="ref">Referência da oferta</label><input id="ref" name="ref" type="text" readonly value="2026/0417"></div>
</form></body></html>)HTML";

TEST(UploadStateTest, AFileFieldsNameBoxIsNoFieldAndLendsItsLabel) {
  auto snapshot = applier::testing::ReadHtmlPage(kExtFileFields);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_EQ(snapshot->fields.size(), 3u);
  ASSERT_TRUE(by_name.count("cv") && by_name.count("carta") && by_name.count("ref"));
  EXPECT_EQ(by_name["cv"]->label, "Curriculum vitae");
  EXPECT_TRUE(by_name["cv"]->required);
  EXPECT_EQ(by_name["carta"]->label, "Carta de motiva\u00e7\u00e3o");
  EXPECT_EQ(by_name["ref"]->label, "Refer\u00eancia da oferta");
}

// An upload drawn by a web component (Salesforce's lightning-file-upload: the
// input inside its shadow root) whose page shows the file taken as a pill after
// the component, in the light DOM. The upload holds that file (it read "" and the
// engine waited for a name that was there all along); its neighbour holds none.
constexpr char kComponentUploads[] = R"HTML(<!doctype html><html><head><meta charset="utf-8">
</head><body><form>
<div class="adjunto"><p class="titulo">Currículum vitae</p>
  <file-upload label="Adjunta tu CV" name="cv"></file-upload>
  <div class="archivos"><span class="slds-pill"><span class="slds-pill__label">resume.pdf</span>
    <button type="button" class="slds-pill__remove" title="Quitar">x</button></span></div></div>
<div class="adjunto"><p class="titulo">Carta de presentación</p>
  <file-upload label="Adjunta tu carta" name="carta"></file-upload><div class="archivos"></div></div>
</form><script>
customElements.define('file-upload', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: 'open'});
    root.innerHTML = `<div class="slds-form-element"><span id="l">${this.getAttribute('label')}</span>
      <div class="control"><div class="selector"><div class="dropzone">
        <input type="file" name="${this.getAttribute('name')}" aria-labelledby="l">
        <label for="x"><span>Cargar archivos</span></label></div></div></div></div>`;
  }
});
</script></body></html>)HTML";

TEST(UploadStateTest, AFileShownAfterTheComponentThatDrawsTheInputIsWhatItHolds) {
  auto snapshot = applier::testing::ReadHtmlPage(kComponentUploads);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, const Field*> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = &field;
  ASSERT_TRUE(by_name.count("cv") && by_name.count("carta"));
  EXPECT_EQ(by_name["cv"]->value, "resume.pdf");
  EXPECT_EQ(by_name["carta"]->value, "");
}

}  // namespace
}  // namespace applier::perception
