// ApplicationRun with a person at the controls (ApplyOptions::paused): real
// Chromium, the fixture shadow-DOM site. What the person types while the run waits
// is kept as their answer and sent; a paused run makes no move and still ends on
// cancel. Assertions are on the events, the draft and what the site received.
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <functional>

#include "browser/browser.h"
#include "browser/page.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "gtest/gtest.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "session/application_run.h"
#include "support/async.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"

namespace applier::session {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::Reply;
using applier::testing::RunAsync;
using applier::testing::ScriptedLlmServer;

// No city: the run has to ask for it.
constexpr char kProfile[] =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "resume: resume.pdf\n";

asio::awaitable<void> Sleep(std::chrono::milliseconds duration) {
  asio::steady_timer timer(co_await asio::this_coro::executor, duration);
  co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

// Clicks into the shadow site's "City" box and types, as a person in the live view.
asio::awaitable<Status> TypeCity(browser::Page& page, std::string text) {
  auto frames = co_await page.Frames();
  if (!frames || frames->empty()) co_return Fail(ErrorKind::kNotFound, "no frame");
  auto rect = co_await page.Evaluate(
      frames->front(),
      "(() => { const i = document.querySelector('acme-text-field[name=city]')"
      ".shadowRoot.querySelector('input'); i.scrollIntoView({block: 'center'});"
      " const r = i.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];"
      " })()");
  if (!rect) co_return Fail(rect.error());
  const auto& xy = rect->as_array();
  const browser::Point point{xy[0].to_number<double>(), xy[1].to_number<double>()};
  if (auto clicked = co_await page.Click(point); !clicked) co_return clicked;
  co_return co_await page.InsertText(std::move(text));
}

// The person: takes the browser over when a question comes, types the answer into
// the form instead of the chat, hands back, and confirms the draft.
class PersonAtTheControls : public HumanChannel {
 public:
  std::shared_ptr<std::atomic<bool>> paused = std::make_shared<std::atomic<bool>>(false);
  std::shared_ptr<browser::Page> page;
  std::vector<Question> asked;
  Draft reviewed;

  asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<Question>& questions) override {
    asked.insert(asked.end(), questions.begin(), questions.end());
    paused->store(true);
    co_await Sleep(std::chrono::milliseconds(300));
    typed = co_await TypeCity(*page, "Springfield");
    co_await Sleep(std::chrono::milliseconds(300));
    paused->store(false);
    co_return std::vector<std::optional<std::string>>(questions.size());
  }

  asio::awaitable<DraftReply> ReviewDraft(const Draft& draft) override {
    reviewed = draft;
    co_return DraftReply{DraftDecision::kConfirm, ""};
  }

  Status typed;
};

class TakeoverSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto sites = fixtures::AtsSites::Start({});
    ASSERT_TRUE(sites) << sites.error().ToString();
    sites_ = std::move(*sites);
    auto profile =
        knowledge::LoadProfileFromString(kProfile, applier::testing::SourceDir() / "examples");
    ASSERT_TRUE(profile) << profile.error().ToString();
    profile_ = std::move(*profile);
    auto browser =
        RunAsync(io_, [&]() { return browser::Browser::Launch(io_.get_executor(), {}); });
    ASSERT_TRUE(browser) << browser.error().ToString();
    browser_ = *browser;
  }
  void TearDown() override {
    if (browser_) browser_->Close();
  }

  asio::io_context io_;
  std::unique_ptr<fixtures::AtsSites> sites_;
  knowledge::Profile profile_;
  std::shared_ptr<browser::Browser> browser_;
  std::vector<SessionEvent> events_;
};

TEST_F(TakeoverSessionTest, WhatThePersonTypesDuringAQuestionIsTheirAnswer) {
  PersonAtTheControls person;
  ApplicationRun run({.browser = *browser_,
                      .profile = profile_,
                      .human = person,
                      .events = [&](const SessionEvent& e) { events_.push_back(e); }});
  ApplyOptions options;
  options.url = sites_->url("shadow");
  options.timeout = std::chrono::seconds(120);
  options.paused = person.paused;
  options.on_page = [&](std::shared_ptr<browser::Page> page) { person.page = page; };
  auto report = RunAsync(io_, [&]() { return run.Run(options); });

  ASSERT_TRUE(person.typed) << person.typed.error().ToString();
  ASSERT_FALSE(person.asked.empty());
  EXPECT_EQ(report.outcome, Outcome::kSubmitted) << report.message;
  bool listed = false;
  for (const auto& field : person.reviewed.fields) {
    if (field.label != "City") continue;
    listed = true;
    EXPECT_EQ(field.value, "Springfield");
    EXPECT_EQ(field.source, "human");
    EXPECT_EQ(field.status, "filled");
  }
  EXPECT_TRUE(listed);
  bool kept = false;
  for (const auto& e : events_) {
    kept = kept || (e.type == "chat:message" && e.message.starts_with("Resumed") &&
                    e.data.at("kept").as_int64() == 1);
  }
  EXPECT_TRUE(kept);
  auto submissions = sites_->Submissions("shadow");
  ASSERT_EQ(submissions.size(), 1u);
  const auto& fields = submissions[0].at("fields").as_object();
  EXPECT_EQ(fields.at("city").as_string(), "Springfield");
  EXPECT_EQ(fields.at("first_name").as_string(), "Sam");
  EXPECT_EQ(fields.at("email").as_string(), "sam.lee@example.com");
}

// Paused from the start: the run makes no move of its own; cancel ends it.
TEST_F(TakeoverSessionTest, APausedRunMakesNoMoveAndStillEndsOnCancel) {
  PersonAtTheControls person;
  person.paused->store(true);
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  ApplicationRun run({.browser = *browser_,
                      .profile = profile_,
                      .human = person,
                      .events = [&](const SessionEvent& e) {
                        events_.push_back(e);
                        // Give the run two seconds paused before cancelling.
                        if (e.type == "chat:message" && e.message.starts_with("Paused")) {
                          asio::co_spawn(
                              io_,
                              [cancel]() -> asio::awaitable<void> {
                                co_await Sleep(std::chrono::seconds(2));
                                cancel->store(true);
                              },
                              asio::detached);
                        }
                      }});
  ApplyOptions options;
  options.url = sites_->url("shadow");
  options.timeout = std::chrono::seconds(120);
  options.paused = person.paused;
  options.cancel = cancel;
  auto report = RunAsync(io_, [&]() { return run.Run(options); });

  EXPECT_EQ(report.outcome, Outcome::kCancelled) << report.message;
  bool paused = false;
  for (const auto& e : events_) {
    paused = paused || e.message.starts_with("Paused");
    EXPECT_NE(e.type, "applier:type") << e.message;
    EXPECT_NE(e.type, "applier:click") << e.message;
  }
  EXPECT_TRUE(paused);
  EXPECT_TRUE(person.asked.empty());
  EXPECT_TRUE(sites_->Submissions("shadow").empty());
}

// The assistant on a page the engine does not know (the quest site): a takeover
// as it starts holds its first tool call; after the hand-back that call is skipped
// and the model is shown the page as it is now, then it goes on.
TEST_F(TakeoverSessionTest, TheAssistantWaitsAndReadsThePageAgainAfterATakeover) {
  ScriptedLlmServer llm;
  llm.Push(Reply::ToolCalls({{"click", R"({"index":0})"}}));  // held, then skipped
  llm.Push(Reply::ToolCalls({{"click", R"({"index":0})"}}));
  llm.Push(Reply::Text(json::serialize(json::object{{"option", "Warehouse rovers"}})));
  llm.Push(Reply::ToolCalls({{"request_draft_review", R"({"submit_index":3})"}}));
  const llm::ProviderConfig local{.name = "local",
                                  .base_url = llm.base_url(),
                                  .api_key = "",
                                  .model = "scripted-model",
                                  .embedding_model = ""};
  const llm::LlmClient client({local});
  PersonAtTheControls person;
  bool taken = false;  // the assistant starts twice here (intro, then the form): once
  ApplicationRun run({.browser = *browser_,
                      .profile = profile_,
                      .human = person,
                      .events =
                          [&](const SessionEvent& e) {
                            events_.push_back(e);
                            if (e.message.find("the assistant takes over") == std::string::npos ||
                                taken) {
                              return;
                            }
                            taken = true;
                            // A person takes the browser as the assistant starts, for a moment.
                            person.paused->store(true);
                            asio::co_spawn(
                                io_,
                                [paused = person.paused]() -> asio::awaitable<void> {
                                  co_await Sleep(std::chrono::milliseconds(1500));
                                  paused->store(false);
                                },
                                asio::detached);
                          },
                      .llm = &client});
  ApplyOptions options;
  options.url = sites_->url("quest");
  options.timeout = std::chrono::seconds(120);
  options.paused = person.paused;
  options.no_submit = true;
  auto report = RunAsync(io_, [&]() { return run.Run(options); });

  EXPECT_EQ(report.outcome, Outcome::kStoppedAtDraft) << report.message;
  std::size_t paused_at = events_.size();
  std::size_t resumed_at = events_.size();
  for (std::size_t i = 0; i < events_.size(); ++i) {
    if (events_[i].message.starts_with("Paused") && paused_at == events_.size()) paused_at = i;
    if (events_[i].message.starts_with("Resumed") && resumed_at == events_.size()) resumed_at = i;
  }
  ASSERT_LT(paused_at, resumed_at);
  ASSERT_LT(resumed_at, events_.size());
  for (std::size_t i = paused_at; i < resumed_at; ++i) {
    EXPECT_NE(events_[i].type, "applier:click") << events_[i].message;
  }
  const auto requests = llm.requests();
  ASSERT_GE(requests.size(), 2u);
  EXPECT_NE(requests[1].body.find("took over the browser"), std::string::npos) << requests[1].body;
  EXPECT_TRUE(sites_->Submissions("quest").empty());
}

}  // namespace
}  // namespace applier::session
