// Uploads drawn as a button with no file input beside it: the page makes the
// input when the button is clicked and opens the file chooser from script
// (react-dropzone's open(), hand-written "Upload file" buttons), or the button
// opens an upload dialog whose own hidden input and "Upload" button finish it
// (Frappe's and Uppy's dialogs). The field is the button's row; the file is
// given to the chooser the page opens, and the page's own record is asserted.
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "actions/form_actor.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/async.h"
#include "support/html_page.h"

namespace applier::actions {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::RunAsync;

// The input exists only for the moment of the click.
constexpr char kChooserPage[] = R"HTML(<!doctype html><html lang="en"><body>
<form onsubmit="return false" style="padding:20px">
  <div class="row"><label for="name">Full name</label> <input id="name" name="name"></div>
  <div class="row" style="margin-top:12px">
    <div class="row-title">Resume / CV</div>
    <button type="button" class="pick">Upload file</button>
    <span class="chosen"></span>
  </div>
  <button type="submit" style="margin-top:12px">Submit application</button>
</form>
<script>
document.querySelector('.pick').addEventListener('click', () => {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.pdf,.docx';
  input.addEventListener('change', () => {
    document.body.dataset.uploaded = input.files.length ? input.files[0].name : '';
    document.querySelector('.chosen').textContent = document.body.dataset.uploaded;
  });
  input.click();
});
</script></body></html>)HTML";

// "Attach" opens a dialog: its hidden input takes the file, "Upload" sends it,
// and the row then shows a link to the file instead of the button.
constexpr char kDialogPage[] = R"HTML(<!doctype html><html lang="en"><body>
<form onsubmit="return false" style="padding:20px">
  <div class="field" style="margin-top:12px">
    <span class="caption">Cover letter</span>
    <div class="control"><button type="button" class="attach">Attach</button></div>
    <div class="attached" style="display:none"><a class="file-link" href="#"></a>
      <button type="button" class="clear">Clear</button></div>
  </div>
  <button type="submit" style="margin-top:12px">Submit application</button>
</form>
<script>
document.querySelector('.attach').addEventListener('click', () => {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.style = 'position:fixed;top:40px;left:40px;background:#fff;border:1px solid #888;padding:16px';
  dialog.innerHTML = '<h4>Add a file</h4><p>Drop a file here or</p>' +
    '<button type="button" class="device">From this computer</button>' +
    '<input type="file" style="display:none">' +
    '<div class="preview"></div>' +
    '<div class="footer"><button type="button" class="cancel">Cancel</button> ' +
    '<button type="button" class="send" disabled>Upload</button></div>';
  const input = dialog.querySelector('input');
  const send = dialog.querySelector('.send');
  dialog.querySelector('.device').addEventListener('click', () => input.click());
  dialog.querySelector('.cancel').addEventListener('click', () => dialog.remove());
  input.addEventListener('change', () => {
    dialog.querySelector('.preview').textContent = input.files.length ? input.files[0].name : '';
    send.disabled = !input.files.length;
  });
  send.addEventListener('click', () => {
    setTimeout(() => {
      document.body.dataset.uploaded = input.files[0].name;
      document.querySelector('.control').style.display = 'none';
      document.querySelector('.attached').style.display = '';
      document.querySelector('.file-link').textContent = document.body.dataset.uploaded;
      dialog.remove();
    }, 150);
  });
  document.body.appendChild(dialog);
});
</script></body></html>)HTML";

// Dropzone.js: the area it makes clickable (class dz-clickable) opens the chooser
// of a file input the library keeps at the end of <body>, out of sight and away
// from the area's label, and replaced by a fresh one after each choice; the area
// then shows the file as a preview.
constexpr char kDropzonePage[] = R"HTML(<!doctype html><html lang="es"><body>
<form onsubmit="return false" style="padding:20px">
  <div class="row"><label for="n">Nombre</label> <input id="n" name="nombre"></div>
  <div class="row" style="margin-top:12px">
    <label>Curriculum vitae *</label>
    <div class="dropzone" style="min-height:80px;border:2px dashed #999;padding:12px">
      <div class="dz-message"><button type="button" class="dz-button">Arrastra aqui tu CV o haz clic para seleccionarlo</button></div>
    </div>
  </div>
  <button type="submit" style="margin-top:12px">Enviar candidatura</button>
</form>
<script>
const area = document.querySelector('.dropzone');
area.classList.add('dz-clickable');
let input;
function setUp() {
  if (input) input.remove();
  input = document.createElement('input');
  input.type = 'file';
  input.className = 'dz-hidden-input';
  input.style = 'visibility:hidden;position:absolute;top:0;left:0;height:0;width:0';
  document.body.appendChild(input);
  input.addEventListener('change', () => {
    const file = input.files[0];
    const preview = document.createElement('div');
    preview.className = 'dz-preview';
    preview.innerHTML = '<div class="dz-filename"><span data-dz-name></span></div><a class="dz-remove" href="#">Eliminar archivo</a>';
    preview.querySelector('span').textContent = file.name;
    area.appendChild(preview);
    document.querySelector('.dz-message').style.display = 'none';
    document.body.dataset.uploaded = file.name;
    setUp();
  });
}
setUp();
area.addEventListener('click', (e) => { if (!e.target.closest('.dz-remove')) input.click(); });
</script></body></html>)HTML";

// Salesforce's lightning-file-upload: a visually hidden file input behind an
// "Upload Files" label takes the file at once, and a modal dialog shows the
// upload's progress over the page until its "Done" ("Listo"), enabled once the
// upload ends, closes it. Left open, the dialog hides every button of the step.
constexpr char kProgressDialogPage[] =
    R"HTML(<!doctype html><html lang="es"><head><meta charset="utf-8">
<style>.assistive{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
</head><body>
<form onsubmit="return false" style="padding:20px">
  <span id="cv-label">Currículum vitae</span>
  <div class="dropzone">
    <input type="file" id="cv" class="assistive" accept=".pdf" aria-labelledby="cv-label">
    <label for="cv"><span class="button">Cargar archivos</span> <span>O bien suelte archivos</span></label>
  </div>
  <button type="submit" style="margin-top:12px">Enviar candidatura</button>
</form>
<script>
document.getElementById('cv').addEventListener('change', (e) => {
  const name = e.target.files[0].name;
  const modal = document.createElement('div');
  modal.innerHTML = '<section role="dialog" aria-modal="true" aria-labelledby="h" style="position:fixed;inset:60px;background:#fff;z-index:2">' +
    '<header><button type="button" class="close" title="Cerrar">x<span class="assistive">Cerrar</span></button><h1 id="h">Cargar archivos</h1></header>' +
    '<div>' + name + ' <span class="status">0%</span></div>' +
    '<footer><span class="count">0 de 1 archivo cargado</span> <button type="button" class="done" disabled>Listo</button></footer></section>' +
    '<div style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:1"></div>';
  document.body.appendChild(modal);
  modal.querySelector('.close').addEventListener('click', () => modal.remove());
  setTimeout(() => {
    modal.querySelector('.status').textContent = '100%';
    modal.querySelector('.count').textContent = '1 de 1 archivo cargado';
    modal.querySelector('.done').disabled = false;
  }, 300);
  modal.querySelector('.done').addEventListener('click', () => {
    document.body.dataset.uploaded = name;
    modal.remove();
  });
});
</script></body></html>)HTML";

struct Uploaded {
  std::string label;
  std::string uploaded;
};

// An upload whose page shows the file taken in a status line above its button
// and clears the input (Indeed's "resume.pdf · Uploaded", Paylocity's attached
// file over "Replace Resume"): the file is taken once, and the fill knows it.
constexpr char kStatusAbovePage[] = R"HTML(<!doctype html><html lang="en"><body>
<form onsubmit="return false" style="padding:20px"><div class="card">
  <span class="status">No file uploaded yet</span>
  <label for="cv" class="button">Upload resume</label>
  <input type="file" id="cv" name="resume" aria-label="Resume file" style="position:absolute;left:-9999px">
</div></form>
<script>
const input = document.getElementById('cv');
input.addEventListener('change', () => {
  const name = input.files[0].name;
  const taken = document.body.dataset.uploaded;
  document.body.dataset.uploaded = taken ? taken + ',' + name : name;
  document.querySelector('.status').textContent = name + ' \u00b7 Uploaded';
  input.value = '';
});
</script></body></html>)HTML";

// The same upload whose page drops the file without a word: the example name in
// its hint is no sign the file was taken.
constexpr char kHintOnlyPage[] = R"HTML(<!doctype html><html lang="en"><body>
<form onsubmit="return false" style="padding:20px"><div class="card">
  <span class="hint">PDF only, for example resume.pdf</span>
  <label for="cv" class="button">Upload resume</label>
  <input type="file" id="cv" name="resume" aria-label="Resume file" style="position:absolute;left:-9999px">
</div></form>
<script>
const input = document.getElementById('cv');
input.addEventListener('change', () => { document.body.dataset.uploaded = 'dropped'; input.value = ''; });
</script></body></html>)HTML";

// Loads `html`, reads it, attaches `file` to the upload labelled `label`, and
// returns what the page recorded as uploaded.
Result<Uploaded> AttachThenRead(const char* html, const std::string& label,
                                const std::string& file) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  if (!browser) return Fail(browser.error());
  auto read = RunAsync(io, [&]() -> asio::awaitable<Result<Uploaded>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(html));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const perception::Field* upload = nullptr;
    for (const auto& field : snapshot->fields) {
      if (field.kind == perception::ControlKind::kFile) upload = &field;
    }
    if (upload == nullptr) co_return Fail(ErrorKind::kNotFound, "no upload field was read");
    Uploaded out{upload->label, ""};
    if (upload->label != label) co_return out;
    planning::Answer answer;
    answer.file_path = file;
    FormActor actor(**page);
    auto attached = co_await actor.Fill(snapshot->frames.front(), *upload, answer);
    if (!attached) co_return Fail(attached.error());
    auto recorded = co_await (*page)->Evaluate(snapshot->frames.front(),
                                               "document.body.dataset.uploaded || ''");
    if (!recorded) co_return Fail(recorded.error());
    out.uploaded = std::string(recorded->as_string());
    co_return out;
  });
  (*browser)->Close();
  return read;
}

class UploadButtonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("upload-button-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "resume.pdf") << "%PDF-1.4\n%%EOF\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string File() const { return (dir_ / "resume.pdf").string(); }
  std::filesystem::path dir_;
};

TEST_F(UploadButtonTest, AButtonWhoseInputIsMadeOnClickTakesTheFileThroughTheChooser) {
  auto result = AttachThenRead(kChooserPage, "Resume / CV", File());
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_EQ(result->label, "Resume / CV");
  EXPECT_EQ(result->uploaded, "resume.pdf");
}

TEST_F(UploadButtonTest, AButtonThatOpensAnUploadDialogIsFinishedInTheDialog) {
  auto result = AttachThenRead(kDialogPage, "Cover letter", File());
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_EQ(result->label, "Cover letter");
  EXPECT_EQ(result->uploaded, "resume.pdf");
}

TEST_F(UploadButtonTest, ADropzoneAreaTakesTheFileForTheInputItKeepsInTheBody) {
  auto result = AttachThenRead(kDropzonePage, "Curriculum vitae", File());
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_EQ(result->label, "Curriculum vitae");
  EXPECT_EQ(result->uploaded, "resume.pdf");
}

TEST_F(UploadButtonTest, AnUploadThatShowsItsProgressInADialogIsClosedWithItsDoneButton) {
  auto result = AttachThenRead(kProgressDialogPage, "Currículum vitae", File());
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_EQ(result->label, "Currículum vitae");
  EXPECT_EQ(result->uploaded, "resume.pdf");
}

// A job page whose application form opens under it ("Apply for job", WP Job
// Manager): until then the only control the page holds is an upload library's
// file input at the end of <body>, which is no field, so the page is the
// posting, not a form step with nothing to fill.
TEST(UploadButtonChooserTest, AFileInputKeptInTheBodyMakesNoFormOfAPosting) {
  auto snapshot = testing::ReadHtmlPage(R"HTML(<!doctype html><html lang="en"><body>
<article><h1>Backend Engineer</h1><p>Join our platform team in Madrid.</p>
<div class="job_application application">
  <input type="button" class="application_button button" value="Apply for job">
  <div class="application_details" style="display:none">
    <form><label for="n">Name</label><input id="n" name="name">
      <div class="dropzone dz-clickable">Drop your CV here</div>
      <button type="submit">Send application</button></form>
  </div>
</div></article>
<input type="file" class="dz-hidden-input" style="visibility:hidden;position:absolute;top:0;left:0;height:0;width:0">
</body></html>)HTML");
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  EXPECT_TRUE(snapshot->fields.empty()) << snapshot->fields.front().label;
  EXPECT_EQ(snapshot->kind, perception::PageKind::kPosting);
}

// A chooser of ways to apply drawn as buttons (Dayforce's "How would you like to
// apply?"): "Upload Resume" there starts a way to apply, it is no upload field,
// and the button above it does not name it.
TEST(UploadButtonChooserTest, AnUploadButtonAmongWaysToApplyIsNoField) {
  auto snapshot = testing::ReadHtmlPage(R"HTML(<!doctype html><html lang="en"><body>
<h2>How would you like to apply?</h2>
<div class="ways">
  <button type="button" class="way"><strong>Apply with LinkedIn</strong>
    <span>Import your LinkedIn profile</span></button>
  <button type="button" class="way"><strong>Upload Resume</strong></button>
  <button type="button" class="way"><strong>Apply Manually</strong>
    <span>Fill in the application form yourself</span></button>
</div></body></html>)HTML");
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  for (const auto& field : snapshot->fields) {
    EXPECT_NE(field.kind, perception::ControlKind::kFile) << field.label;
  }
}

TEST_F(UploadButtonTest, AFileNameThePageShowsAboveTheButtonAfterTheUploadIsTheFileTaken) {
  auto result = AttachThenRead(kStatusAbovePage, "Resume file", File());
  ASSERT_TRUE(result) << result.error().ToString();
  EXPECT_EQ(result->uploaded, "resume.pdf");  // once
}

TEST_F(UploadButtonTest, AnExampleNameInTheHintIsNoSignTheFileWasTaken) {
  auto result = AttachThenRead(kHintOnlyPage, "Resume file", File());
  EXPECT_FALSE(result) << "the upload was taken for done: " << result->uploaded;
}

}  // namespace
}  // namespace applier::actions
