// The web UI driven in headless Chromium as a person uses it: real clicks and
// typing, what the page shows read from its DOM.
//
// WebUiStaticTest loads the UI's files from a plain static server (no API): every
// module loads and runs, the sign-in form is labelled and usable, and errors from
// the server are shown to the user. The end-to-end test below it runs the real
// `applier serve` server (in this process, as the binary runs it) against the demo
// job site and asserts on what the site received and what the server stored.
#include <boost/json.hpp>
#include <filesystem>
#include <string>

#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "server/server.h"
#include "support/process.h"
#include "support/web_ui_driver.h"
#include "web_ui_scenario.h"

namespace applier {
namespace {

namespace json = boost::json;
using applier::testing::StaticSite;
using applier::testing::TempDir;
using applier::testing::WebUiDriver;
using namespace applier::testing::web_ui;

std::string JoinErrors(const std::vector<std::string>& errors) {
  std::string joined;
  for (const auto& e : errors) joined += e + "\n";
  return joined;
}

class WebUiStaticTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = StaticSite::Start(applier::testing::SourceDir() / "web");
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);
    auto ui = WebUiDriver::Launch();
    ASSERT_TRUE(ui) << ui.error().ToString();
    ui_ = std::move(*ui);
  }
  void TearDown() override {
    if (ui_) {
      EXPECT_TRUE(ui_->page_errors().empty()) << JoinErrors(ui_->page_errors());
    }
  }

  void OpenUi(const std::string& fragment = "") {
    ASSERT_TRUE(ui_->Open(site_->origin() + "/" + fragment));
    ASSERT_TRUE(ui_->WaitFor("document.documentElement.dataset.ready === 'true'",
                             std::chrono::seconds(20), "every module of the UI to load and start"));
  }

  std::unique_ptr<StaticSite> site_;
  std::unique_ptr<WebUiDriver> ui_;
};

TEST_F(WebUiStaticTest, EveryModuleLoadsAndTheSignInFormIsLabelled) {
  OpenUi();
  auto state = ui_->Eval(
      "({signin: !document.querySelector('#signin-view').hidden,"
      "  shell: !document.querySelector('#shell').hidden,"
      "  userLabel: document.querySelector('#signin-username').labels[0]?.textContent.trim(),"
      "  passwordLabel: document.querySelector('#signin-password').labels[0]?.textContent.trim(),"
      "  passwordType: document.querySelector('#signin-password').type,"
      "  focused: document.activeElement && document.activeElement.id,"
      "  title: document.title})");
  ASSERT_TRUE(state) << state.error().ToString();
  const auto& s = state->as_object();
  EXPECT_TRUE(s.at("signin").as_bool());
  EXPECT_FALSE(s.at("shell").as_bool());
  EXPECT_EQ(s.at("userLabel").as_string(), "Username");
  EXPECT_EQ(s.at("passwordLabel").as_string(), "Password");
  EXPECT_EQ(s.at("passwordType").as_string(), "password");
  EXPECT_EQ(s.at("focused").as_string(), "signin-username");
  EXPECT_EQ(s.at("title").as_string(), "Sign in · Live Applier");

  // Every interactive control of the signed-in page has an accessible name.
  auto unnamed = ui_->Eval(
      "[...document.querySelectorAll('#shell input, #shell textarea, #shell select, #shell "
      "button')]"
      ".filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')"
      "  && !el.textContent.trim() && !el.closest('label')).map(el => el.id || el.outerHTML)");
  ASSERT_TRUE(unnamed) << unnamed.error().ToString();
  EXPECT_TRUE(unnamed->as_array().empty()) << boost::json::serialize(*unnamed);
}

TEST_F(WebUiStaticTest, SignInShowsWhatIsMissingAndTheServersAnswer) {
  OpenUi();
  ASSERT_TRUE(ui_->Click("#signin-submit"));
  ASSERT_TRUE(ui_->WaitFor("!document.querySelector('#signin-error').hidden"));
  EXPECT_EQ(*ui_->Text("#signin-error"), "Enter your username and password.");

  // This server has no API: its JSON error comes back and is shown as it is.
  ASSERT_TRUE(ui_->Type("#signin-username", "jordan"));
  ASSERT_TRUE(ui_->Type("#signin-password", "correct horse"));
  ASSERT_TRUE(ui_->Click("#signin-submit"));
  ASSERT_TRUE(
      ui_->WaitFor("document.querySelector('#signin-error').textContent.includes('static')"));
  EXPECT_EQ(*ui_->Text("#signin-error"), "this static site serves only the web UI's files");
  auto shell_hidden = ui_->Eval("document.querySelector('#shell').hidden");
  EXPECT_TRUE(shell_hidden && shell_hidden->as_bool());
  auto stored = ui_->Eval("sessionStorage.getItem('applier.token')");
  EXPECT_TRUE(stored && stored->is_null());
}

TEST_F(WebUiStaticTest, TokenInTheSignInLinkIsKeptAndRemovedFromTheAddress) {
  OpenUi("#token=header.payload.signature");
  auto stored = ui_->Eval("sessionStorage.getItem('applier.token')");
  ASSERT_TRUE(stored) << stored.error().ToString();
  EXPECT_EQ(stored->as_string(), "header.payload.signature");
  auto hash = ui_->Eval("location.hash");
  EXPECT_EQ(hash->as_string(), "#/");
  // /api/me is not there: the user is told why and can sign in.
  ASSERT_TRUE(ui_->WaitFor("!document.querySelector('#signin-view').hidden"));
  EXPECT_EQ(*ui_->Text("#signin-error"), "this static site serves only the web UI's files");
}

// Runs `code` as a module in the page's own world (the driver's scripts run in an
// isolated one), so it can import the UI's modules; it sets data-module-done on <html>
// when it has run.
std::string InjectModule(const std::string& code) {
  return "(() => { const s = document.createElement('script'); s.type = 'module';"
         " s.textContent = " +
         boost::json::serialize(
             boost::json::value(code + "\ndocument.documentElement.dataset.moduleDone = 'true';")) +
         "; document.head.append(s); return true; })()";
}

TEST_F(WebUiStaticTest, QuestionShowsTheSuggestionAndUseThisFillsTheAnswerWithoutSending) {
  OpenUi();
  // A chat panel fed one hitl:request as the server sends it: a free-text question
  // with a passage of the resume, a yes/no question with an earlier answer.
  ASSERT_TRUE(ui_->Eval(InjectModule(R"(
    import { ChatPanel } from '/static/chat.js';
    const box = document.createElement('section');
    box.id = 'test-chat';
    const log = document.createElement('div');
    const form = document.createElement('form');
    const input = document.createElement('input');
    const pending = document.createElement('span');
    form.append(input);
    box.append(log, form, pending);
    document.body.prepend(box);
    document.querySelector('#signin-view').hidden = true;
    const panel = new ChatPanel({ log, form, input, pending, sayText: () => true,
      answer: async (hitlId, response) => { box.dataset.sent = JSON.stringify({ hitlId, response }); } });
    panel.ask({ type: 'hitl:request', message: 'Two questions', data: { hitl_id: 'h1', timeout_s: 120,
      questions: [
        { id: 'q1', label: 'Why do you want to work here?', field_type: 'textarea', required: true,
          suggestion: 'I built the arm controller described in my projects.', suggestion_from: 'resume.md › Projects' },
        { id: 'q2', label: 'Can you relocate?', options: ['Yes', 'No'], required: true,
          suggestion: 'yes', suggestion_from: 'saved answer' },
      ] } });
  )")));
  ASSERT_TRUE(ui_->WaitFor("document.documentElement.dataset.moduleDone === 'true'"));
  auto shown = ui_->Eval(
      "[...document.querySelectorAll('#test-chat .suggestion')].map(s => ({"
      " from: s.querySelector('.suggestion-from').textContent,"
      " text: s.querySelector('.suggestion-text').textContent}))");
  ASSERT_TRUE(shown) << shown.error().ToString();
  ASSERT_EQ(shown->as_array().size(), 2u) << boost::json::serialize(*shown);
  EXPECT_EQ(shown->as_array()[0].as_object().at("from").as_string(),
            "Suggested from resume.md › Projects");
  EXPECT_EQ(shown->as_array()[0].as_object().at("text").as_string(),
            "I built the arm controller described in my projects.");
  EXPECT_EQ(shown->as_array()[1].as_object().at("from").as_string(), "Suggested from saved answer");

  // "Use this" fills the answer box and picks the option; nothing is sent yet.
  ASSERT_TRUE(ui_->Click("#test-chat .question:nth-of-type(1) .suggestion-use"));
  ASSERT_TRUE(ui_->Click("#test-chat .question:nth-of-type(2) .suggestion-use"));
  auto filled = ui_->Eval(
      "({text: document.querySelector('#test-chat textarea').value,"
      "  chosen: document.querySelector('#test-chat .option[aria-checked=true]')?.textContent,"
      "  sent: document.querySelector('#test-chat').dataset.sent ?? null})");
  ASSERT_TRUE(filled) << filled.error().ToString();
  EXPECT_EQ(filled->as_object().at("text").as_string(),
            "I built the arm controller described in my projects.");
  EXPECT_EQ(filled->as_object().at("chosen").as_string(), "Yes");
  EXPECT_TRUE(filled->as_object().at("sent").is_null()) << "sent before the person pressed send";

  // The person rewrites the first answer and sends: what they wrote goes out.
  ASSERT_TRUE(ui_->Type("#test-chat textarea", "I built that arm controller."));
  ASSERT_TRUE(ui_->Click("#test-chat button[type=submit]"));
  ASSERT_TRUE(ui_->WaitFor("document.querySelector('#test-chat').dataset.sent"));
  auto sent = ui_->Eval("JSON.parse(document.querySelector('#test-chat').dataset.sent)");
  ASSERT_TRUE(sent) << sent.error().ToString();
  EXPECT_EQ(boost::json::serialize(*sent),
            R"({"hitlId":"h1","response":{"q1":"I built that arm controller.","q2":"Yes"}})");
}

// What a job page says — its title, its labels, its options, the values read
// back — reaches the UI in events, drafts, questions and the history. A page can
// put markup and script in any of it. Each view is fed such text as the server
// sends it: it is shown as the same characters, no element of it is created and
// no script of it runs (one that did would mark <html> with data-pwned).
TEST_F(WebUiStaticTest, MarkupFromAJobPageIsShownAsTextAndNeverRuns) {
  OpenUi();
  ASSERT_TRUE(ui_->Eval(InjectModule(R"(
    import { ChatPanel } from '/static/chat.js';
    import { draftTable } from '/static/draft.js';
    import { History } from '/static/history.js';
    import { eventRow } from '/static/timeline.js';
    const pwn = (tag) => `<img src=x onerror="document.documentElement.dataset.pwned='${tag}'">`;
    const script = (tag) => `<script>document.documentElement.dataset.pwned='${tag}'</script>`;
    const attribute = (tag) => `"><svg onload="document.documentElement.dataset.pwned='${tag}'">`;
    document.querySelector('#signin-view').hidden = true;
    const box = document.createElement('section');
    box.id = 'hostile';
    document.body.prepend(box);

    const timeline = document.createElement('ol');
    timeline.id = 'hostile-timeline';
    timeline.append(
      eventRow({ type: 'applier:navigate', message: 'Opened ' + pwn('title'), timestamp: '12:00:00',
                 data: { title: pwn('title'), url: 'https://jobs.example.com/1' } }),
      eventRow({ type: attribute('type'), message: script('message'), timestamp: '12:00:01' }));

    const draft = document.createElement('div');
    draft.id = 'hostile-draft';
    draft.append(draftTable([
      { label: 'Full name ' + pwn('label'), value: script('value'), source: 'profile',
        confidence: 1, status: 'filled', required: true, note: attribute('note'),
        decided_by: [pwn('decided_by')] },
      { label: attribute('label2'), value: '', source: attribute('source'), status: attribute('status') },
    ]));

    const chat = document.createElement('div');
    chat.id = 'hostile-chat';
    const form = document.createElement('form');
    const input = document.createElement('input');
    const pending = document.createElement('span');
    form.append(input);
    box.append(timeline, draft, chat, form, pending);
    const panel = new ChatPanel({ log: chat, form, input, pending, sayText: () => true,
                                  answer: async () => {} });
    panel.ask({ type: 'hitl:request', message: pwn('hitl message'), data: { hitl_id: 'h1',
      timeout_s: 120, questions: [
        { id: 'q1', label: 'Which team? ' + pwn('question'), required: true,
          options: [pwn('option'), script('option2'), attribute('option3')],
          suggestion: script('suggestion'), suggestion_from: pwn('from') },
      ] } });

    const recent = document.createElement('ul');
    const recentEmpty = document.createElement('p');
    const table = document.createElement('table');
    table.id = 'hostile-history';
    table.append(document.createElement('tbody'));
    const tableEmpty = document.createElement('p');
    const detail = document.createElement('div');
    box.append(recent, recentEmpty, table, tableEmpty, detail);
    const history = new History({ recentList: recent, recentEmpty, table, tableEmpty, detail });
    history.apps = [{ session_id: 's1', title: pwn('history title'), url: 'https://jobs.example.com/1',
                      status: 'finished', outcome: 'submitted', created_at: '2026-12-04T12:00:00Z' }];
    history.renderRecent();
    history.renderTable();
    // An image's error handler runs once its load failed: give it the time.
    await new Promise((resolve) => setTimeout(resolve, 500));
  )")));
  ASSERT_TRUE(ui_->WaitFor("document.documentElement.dataset.moduleDone === 'true'"));

  auto state = ui_->Eval(
      "({pwned: document.documentElement.dataset.pwned ?? null,"
      "  injected: [...document.querySelectorAll('#hostile img, #hostile script,"
      "    #hostile [onerror], #hostile [onload]')].map(e => e.outerHTML),"
      "  timeline: document.querySelector('#hostile-timeline').textContent,"
      "  draft: document.querySelector('#hostile-draft').textContent,"
      "  chat: document.querySelector('#hostile-chat').textContent,"
      "  options: [...document.querySelectorAll('#hostile-chat .option')].map(o => o.textContent),"
      "  history: document.querySelector('#hostile-history').textContent})");
  ASSERT_TRUE(state) << state.error().ToString();
  const auto& s = state->as_object();
  EXPECT_TRUE(s.at("pwned").is_null()) << "script from the page ran: " << s.at("pwned");
  EXPECT_TRUE(s.at("injected").as_array().empty()) << json::serialize(s.at("injected"));
  const std::string image = R"(<img src=x onerror="document.documentElement.dataset.pwned=')";
  const std::string script = "<script>document.documentElement.dataset.pwned='";
  auto text = [&](const char* key) { return std::string(s.at(key).as_string()); };
  EXPECT_NE(text("timeline").find("Opened " + image + "title'\">"), std::string::npos)
      << text("timeline");
  EXPECT_NE(text("timeline").find(script + "message'</script>"), std::string::npos)
      << text("timeline");
  EXPECT_NE(text("draft").find("Full name " + image + "label'\">"), std::string::npos)
      << text("draft");
  EXPECT_NE(text("draft").find(script + "value'</script>"), std::string::npos) << text("draft");
  EXPECT_NE(text("chat").find("Which team? " + image + "question'\">"), std::string::npos)
      << text("chat");
  ASSERT_EQ(s.at("options").as_array().size(), 3u) << json::serialize(s.at("options"));
  EXPECT_EQ(s.at("options").as_array()[0].as_string(), image + "option'\">");
  EXPECT_EQ(s.at("options").as_array()[1].as_string(), script + "option2'</script>");
  EXPECT_NE(text("history").find(image + "history title'\">"), std::string::npos)
      << text("history");
}

// The profile page against POST /api/profile/draft as docs/api.md states it, with the
// API answered inside the page: the drafted YAML lands in the editor with its notes and
// source, nothing is saved, and the server's error is shown as it is.
TEST_F(WebUiStaticTest, DraftProfileFromADocumentFillsTheEditorAndSavesNothing) {
  OpenUi();
  ASSERT_TRUE(ui_->Eval(InjectModule(R"(
    import { ProfilePage } from '/static/profile.js';
    const calls = [];
    let draftReply = { status: 200, body: { yaml: 'name: {first: Sam, last: Lee}\nemail: sam@example.com\n',
      source: 'heuristics', notes: ['No phone number found.', 'Check the address.'] } };
    const reply = (status, body) => new Response(JSON.stringify(body),
      { status, headers: { 'Content-Type': 'application/json' } });
    window.fetch = async (path, init = {}) => {
      const method = init.method || 'GET';
      calls.push({ method, path: String(path), body: init.body ?? null });
      document.documentElement.dataset.calls = JSON.stringify(calls);
      if (path === '/api/documents') return reply(200, { documents: [{ id: 7, filename: 'resume.pdf', kind: 'pdf', pages: 2 }] });
      if (path === '/api/profile' && method === 'GET') return reply(404, { error: 'not_found', message: 'no profile yet' });
      if (path === '/api/answers') return reply(200, { answers: [] });
      if (path === '/api/profile/draft') return reply(draftReply.status, draftReply.body);
      return reply(500, { error: 'unexpected', message: `unexpected ${method} ${path}` });
    };
    window.setDraftReply = (status, body) => { draftReply = { status, body }; };
    document.querySelector('#signin-view').hidden = true;
    document.querySelector('#shell').hidden = false;
    for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== 'view-profile';
    await new ProfilePage().load();
  )")));
  ASSERT_TRUE(ui_->WaitFor("document.documentElement.dataset.moduleDone === 'true'"));
  ASSERT_TRUE(ui_->WaitFor("document.querySelector('#documents-list .doc-draft')"));

  ASSERT_TRUE(ui_->Click("#documents-list .doc-draft"));
  ASSERT_TRUE(ui_->WaitFor("!document.querySelector('#profile-draft').hidden"));
  auto state = ui_->Eval(
      "({yaml: document.querySelector('#profile-yaml').value,"
      "  source: document.querySelector('#profile-draft').dataset.source,"
      "  says: document.querySelector('#profile-draft').textContent,"
      "  notes: [...document.querySelectorAll('#profile-draft li')].map(li => li.textContent),"
      "  calls: JSON.parse(document.documentElement.dataset.calls)"
      "    .filter(c => c.method !== 'GET')})");
  ASSERT_TRUE(state) << state.error().ToString();
  const auto& s = state->as_object();
  EXPECT_EQ(s.at("yaml").as_string(), "name: {first: Sam, last: Lee}\nemail: sam@example.com\n");
  EXPECT_EQ(s.at("source").as_string(), "heuristics");
  EXPECT_NE(std::string(s.at("says").as_string()).find("Drafted from resume.pdf"),
            std::string::npos);
  EXPECT_NE(std::string(s.at("says").as_string()).find("no language model"), std::string::npos);
  EXPECT_EQ(boost::json::serialize(s.at("notes")),
            R"(["No phone number found.","Check the address."])");
  // One POST with the document's id, and no PUT: nothing saved.
  EXPECT_EQ(boost::json::serialize(s.at("calls")),
            R"([{"method":"POST","path":"/api/profile/draft","body":"{\"document_id\":7}"}])");

  // A document without usable text: the server's message, the editor left alone
  // (drafting again over unsaved text asks first; here the person agrees).
  ASSERT_TRUE(ui_->Eval("delete document.documentElement.dataset.moduleDone, true"));
  ASSERT_TRUE(ui_->Eval(InjectModule(
      "window.confirm = () => true;"
      "window.setDraftReply(422, {error: 'no_text', message: 'resume.pdf has no text to read "
      "(a scanned image?)'});")));
  ASSERT_TRUE(ui_->WaitFor("document.documentElement.dataset.moduleDone === 'true'"));
  ASSERT_TRUE(ui_->Click("#documents-list .doc-draft"));
  ASSERT_TRUE(ui_->WaitFor("!document.querySelector('#documents-error').hidden"));
  EXPECT_EQ(*ui_->Text("#documents-error"),
            "Could not draft a profile from resume.pdf: resume.pdf has no text to read (a "
            "scanned image?)");
  auto yaml = ui_->Eval("document.querySelector('#profile-yaml').value");
  EXPECT_EQ(yaml->as_string(), "name: {first: Sam, last: Lee}\nemail: sam@example.com\n");
}

// ---- end to end: the real `applier serve`, the demo job site, a person in the UI ----

constexpr const char* kWhyAnswer = "I want to build the robots I have integrated with for years.";

using std::chrono::seconds;

// The draft table's value for the salary question, or undefined.
constexpr const char* kSalaryCell =
    "[...document.querySelectorAll('#draft-panel tbody tr')]"
    ".find(r => /salary/i.test(r.querySelector('th').textContent))"
    "?.querySelector('td.value').textContent";

class WebUiEndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto site = fixtures::DemoSite::Start({});
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);

    auto options = DemoSiteServerOptions(*site_, dir_.path() / "data");
    ASSERT_TRUE(options) << options.error().ToString();
    options_ = std::move(*options);

    // The user's browser first: a process started after the server would inherit its
    // listening socket and keep the port after the server stops.
    auto ui = WebUiDriver::Launch();
    ASSERT_TRUE(ui) << ui.error().ToString();
    ui_ = std::move(*ui);
    ASSERT_NO_FATAL_FAILURE(StartServer());
  }

  void TearDown() override {
    if (ui_) {
      EXPECT_TRUE(ui_->page_errors().empty()) << JoinErrors(ui_->page_errors());
    }
    if (HasFailure() && ui_) {
      // What the user saw when it went wrong.
      const auto shot = std::filesystem::path(::testing::TempDir()) / "web_ui_e2e_failure.jpg";
      if (ui_->SaveScreenshot(shot)) std::cerr << "The page at the failure: " << shot << "\n";
    }
  }

  void StartServer() {
    auto started = server::Server::Start(options_);
    ASSERT_TRUE(started) << started.error().ToString();
    server_ = std::move(*started);
    // A restarted server comes back where the page expects it.
    options_.port = server_->port();
  }

  // Opens the UI and signs in through the form.
  void SignIn() {
    STEP(ui_->Open(server_->base_url() + "/"));
    STEP(ui_->WaitFor("document.documentElement.dataset.ready === 'true'"));
    STEP(ui_->Type("#signin-username", kUser));
    STEP(ui_->Type("#signin-password", kPassword));
    STEP(ui_->Click("#signin-submit"));
    STEP(ui_->WaitFor("!document.querySelector('#shell').hidden", seconds(20),
                      "the signed-in page"));
    EXPECT_EQ(*ui_->Text("#user-name"), kUser);
  }

  // On the Profile page: the resume first (the profile refers to it by name), then
  // a profile the server rejects, then the good one.
  void SaveProfileAndResume() {
    STEP(ui_->Click("a[data-nav=profile]"));
    STEP(ui_->WaitFor("!document.querySelector('#view-profile').hidden"));
    const auto resume = applier::testing::SourceDir() / "examples" / "resume.pdf";
    STEP(ui_->ChooseFiles("#document-file", {resume.string()}));
    STEP(
        ui_->WaitFor("[...document.querySelectorAll('#documents-list .doc-name')]"
                     ".some(n => n.textContent === 'resume.pdf')",
                     seconds(30), "resume.pdf in the documents list"));
    // A profile drafted from the resume (no LLM here: the heuristics) fills the editor
    // and is not saved; the person then writes their own over it.
    STEP(ui_->Click("#documents-list .doc-draft"));
    STEP(ui_->WaitFor("!document.querySelector('#profile-draft').hidden", seconds(30),
                      "the profile drafted from resume.pdf"));
    EXPECT_EQ(*ui_->Eval("document.querySelector('#profile-draft').dataset.source"),
              json::value("heuristics"));
    auto drafted = ui_->Eval("document.querySelector('#profile-yaml').value");
    ASSERT_TRUE(drafted && drafted->is_string());
    EXPECT_NE(std::string(drafted->as_string()).find("resume.pdf"), std::string::npos)
        << drafted->as_string();
    EXPECT_EQ(Api("/api/profile").as_object().at("error"), json::value("no_profile"))
        << "drafting saved the profile";
    STEP(ui_->Type("#profile-yaml", std::string(kProfileYaml) + "favourite_colour: blue\n"));
    STEP(ui_->Click("#profile-save"));
    STEP(ui_->WaitFor("!document.querySelector('#profile-error').hidden", seconds(20),
                      "the server's objection to the profile"));
    EXPECT_NE(ui_->Text("#profile-error")->find("favourite_colour"), std::string::npos)
        << *ui_->Text("#profile-error");
    STEP(ui_->Type("#profile-yaml", kProfileYaml));
    STEP(ui_->Click("#profile-save"));
    STEP(ui_->WaitFor("document.querySelector('#profile-status').textContent === 'Profile saved.'",
                      seconds(20), "the profile to be saved"));
    EXPECT_TRUE(*ui_->Eval("document.querySelector('#profile-error').hidden") == json::value(true));
  }

  // Pastes the demo posting, presses Apply and answers the agent's question in the chat.
  void ApplyAndAnswerTheQuestion() {
    STEP(ui_->Click("a[data-nav=live]"));
    STEP(ui_->Type("#job-url", site_->posting_url()));
    STEP(ui_->Click("#apply-button"));
    STEP(ui_->WaitFor("!document.querySelector('#live-session').hidden"));
    STEP(ui_->WaitFor(std::string("document.querySelector('") + kOpenCard + "')", seconds(120),
                      "a question in the chat"));
    const std::string card = kOpenCard;
    auto question = ui_->Text(card + " .question-label");
    ASSERT_TRUE(question);
    EXPECT_NE(question->find("Why do you want to work at Acme Robotics?"), std::string::npos)
        << *question;
    STEP(ui_->Type(card + " .question textarea, " + card + " .question input", kWhyAnswer));
    STEP(ui_->Click(card + " button[type=submit]"));
    STEP(ui_->WaitFor("document.querySelector('.hitl-card[data-state=answered]')", seconds(20),
                      "the answer sent"));
  }

  void WaitForDraft(int revision) {
    STEP(
        ui_->WaitFor("!document.querySelector('#draft-panel').hidden && "
                     "document.querySelector('#draft-panel').dataset.revision === '" +
                         std::to_string(revision) + "'",
                     seconds(180), "draft revision " + std::to_string(revision)));
  }

  std::string SalaryInTheDraft() {
    auto value = ui_->Eval(kSalaryCell);
    return value && value->is_string() ? std::string(value->as_string()) : "<no salary row>";
  }

  void ConfirmAndWaitForTheOutcome() {
    STEP(ui_->Click("#draft-confirm"));
    STEP(ui_->WaitFor("document.querySelector('#outcome-banner').dataset.outcome", seconds(120),
                      "the outcome"));
    auto outcome = ui_->Eval("document.querySelector('#outcome-banner').dataset.outcome");
    EXPECT_EQ(outcome->as_string(), "submitted") << *ui_->Text("#outcome-banner");
  }

  // GET an API route from the signed-in page, with the UI's own token.
  json::value Api(const std::string& path) {
    auto body = ui_->Eval("fetch(" + json::serialize(json::value(path)) +
                          ", {headers: {Authorization: 'Bearer ' + "
                          "sessionStorage.getItem('applier.token')}}).then(r => r.json())");
    EXPECT_TRUE(body) << body.error().ToString();
    return body ? *body : json::value();
  }

  TempDir dir_;
  std::unique_ptr<fixtures::DemoSite> site_;
  server::ServerOptions options_;
  std::unique_ptr<server::Server> server_;
  std::unique_ptr<WebUiDriver> ui_;
};

TEST_F(WebUiEndToEndTest, SignInApplyAnswerEditTheDraftConfirmAndSeeTheHistory) {
  ASSERT_NO_FATAL_FAILURE(SignIn());
  ASSERT_NO_FATAL_FAILURE(SaveProfileAndResume());
  ASSERT_NO_FATAL_FAILURE(ApplyAndAnswerTheQuestion());

  // First draft: the salary as the profile says; the live view has been showing frames.
  ASSERT_NO_FATAL_FAILURE(WaitForDraft(1));
  EXPECT_EQ(SalaryInTheDraft(), "$175,000");
  auto frames = ui_->Eval("Number(document.querySelector('#live-canvas').dataset.frames || 0)");
  EXPECT_GT(frames->to_number<double>(), 0) << "the live view never drew a frame";
  EXPECT_TRUE(site_->Submissions().empty()) << "submitted before the draft was confirmed";

  // Ask for a change; the second draft has it. Confirm that one.
  STEP(ui_->Type("#draft-changes", "change salary expectations to 150k"));
  STEP(ui_->Click("#draft-request-changes"));
  ASSERT_NO_FATAL_FAILURE(WaitForDraft(2));
  EXPECT_EQ(SalaryInTheDraft(), "150k");
  EXPECT_TRUE(site_->Submissions().empty());
  ASSERT_NO_FATAL_FAILURE(ConfirmAndWaitForTheOutcome());

  // What the job site received: once, with the edited salary and the chat's answer.
  auto submissions = site_->Submissions();
  ASSERT_EQ(submissions.size(), 1u);
  const auto& fields = submissions.front().as_object().at("fields").as_object();
  EXPECT_EQ(Field(fields, "job_application[answers_attributes][5][text_value]"), "150k");
  EXPECT_EQ(Field(fields, "job_application[answers_attributes][6][text_value]"), kWhyAnswer);
  EXPECT_EQ(Field(fields, "job_application[first_name]"), "Sam");
  EXPECT_EQ(submissions.front().as_object().at("files").as_array().size(), 1u);

  // The stored history.
  auto list = Api("/api/applications");
  ASSERT_TRUE(list.is_object()) << json::serialize(list);
  const auto& apps = list.as_object().at("applications").as_array();
  ASSERT_EQ(apps.size(), 1u) << json::serialize(list);
  const auto& app = apps.front().as_object();
  EXPECT_EQ(app.at("url").as_string(), site_->posting_url());
  // Listed by the job's name, as the posting heads it.
  ASSERT_TRUE(app.if_contains("title")) << json::serialize(app);
  EXPECT_EQ(app.at("title").as_string(), "Senior Backend Engineer");
  EXPECT_EQ(app.at("outcome").as_string(), "submitted");
  const std::string session_id(app.at("session_id").as_string());
  auto detail = Api("/api/applications/" + session_id);
  ASSERT_TRUE(detail.is_object()) << json::serialize(detail);
  const auto& stored = detail.as_object().at("application").as_object();
  ASSERT_TRUE(stored.at("draft").is_object()) << json::serialize(detail);
  EXPECT_EQ(stored.at("draft").as_object().at("revision").to_number<int>(), 2);
  EXPECT_FALSE(stored.at("answers").as_array().empty()) << json::serialize(detail);
  EXPECT_TRUE(stored.at("receipt_url").is_string()) << json::serialize(detail);

  // And the History page shows it: outcome, receipt, event log.
  STEP(ui_->Click("a[data-nav=history]"));
  STEP(
      ui_->WaitFor("!document.querySelector('#view-history').hidden && "
                   "document.querySelector('#history-table tbody tr[data-session-id]')"));
  STEP(ui_->Click("#history-table tbody tr[data-session-id] a"));
  STEP(
      ui_->WaitFor("document.querySelector('#detail-outcome')?.textContent === 'Submitted' && "
                   "document.querySelector('#receipt-download') && "
                   "document.querySelectorAll('#detail-timeline li').length > 5",
                   seconds(20), "the application's page with its receipt and event log"));
  auto answer_shown = ui_->Eval(
      "[...document.querySelectorAll('#view-detail .answer-a')]"
      ".some(n => n.textContent === " +
      json::serialize(json::value(kWhyAnswer)) + ")");
  EXPECT_TRUE(answer_shown && *answer_shown == json::value(true));
}

TEST_F(WebUiEndToEndTest, ServerRestartShowsReconnectingThenResumesAndSubmitsOnce) {
  ASSERT_NO_FATAL_FAILURE(SignIn());
  ASSERT_NO_FATAL_FAILURE(SaveProfileAndResume());
  ASSERT_NO_FATAL_FAILURE(ApplyAndAnswerTheQuestion());
  ASSERT_NO_FATAL_FAILURE(WaitForDraft(1));

  // The server goes away while the draft waits: the page says so and keeps trying.
  server_.reset();
  STEP(
      ui_->WaitFor("!document.querySelector('#conn-banner').hidden && "
                   "document.querySelector('#conn-banner').textContent.includes('Reconnecting')",
                   seconds(20), "the Reconnecting banner"));

  // Back on the same port and data: the page reconnects by itself, the application
  // fills up to a new draft, and no event is shown twice.
  ASSERT_NO_FATAL_FAILURE(StartServer());
  STEP(
      ui_->WaitFor("document.querySelector('#live-session').dataset.connection === 'open' && "
                   "document.querySelector('#conn-banner').hidden",
                   seconds(60), "the connection to come back"));
  STEP(ui_->WaitFor(
      "document.querySelectorAll('#timeline li[data-type=\"draft:review\"]').length > 1",
      seconds(180), "a new draft after the restart"));
  auto duplicates = ui_->Eval(
      "(() => { const seqs = [...document.querySelectorAll('#timeline li')]"
      ".map(li => li.dataset.seq).filter(s => s !== '');"
      " return seqs.length - new Set(seqs).size; })()");
  ASSERT_TRUE(duplicates);
  EXPECT_EQ(duplicates->to_number<int>(), 0) << "an event was shown twice after reconnecting";
  EXPECT_TRUE(site_->Submissions().empty());

  ASSERT_NO_FATAL_FAILURE(ConfirmAndWaitForTheOutcome());
  auto submissions = site_->Submissions();
  ASSERT_EQ(submissions.size(), 1u);
  EXPECT_EQ(Field(submissions.front().as_object().at("fields").as_object(),
                  "job_application[answers_attributes][6][text_value]"),
            kWhyAnswer);
}

}  // namespace
}  // namespace applier
