// A person takes over the live view of `applier serve` while it fills a real form
// in a real Chromium: the run makes no move while they hold the page, keeps what
// they typed into a field, and fills the rest once they hand back. Assertions are
// on what the WebSocket client received and on what the job site recorded.
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/async.h"
#include "support/process.h"

namespace applier {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using testing::Http;
using testing::ReadFile;
using testing::StringAt;
using testing::WsClient;

const std::string kSecret = "takeover-test-secret-0123456789abcdef";

const char* kProfile =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "address: {city: New York, country: US}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "resume: resume.pdf\n";

bool IsAgentMove(const std::string& type) {
  return type == "applier:type" || type == "applier:fill" || type == "applier:click" ||
         type == "applier:upload";
}

// The centre of the shadow site's "City" box in page CSS pixels, as a fresh tab of
// the same size lays the page out (the run's tab has not scrolled: the takeover
// comes before its first move).
struct Point {
  double x = 0;
  double y = 0;
};

asio::awaitable<Result<json::value>> CityRect(std::shared_ptr<browser::Browser> browser,
                                              std::string url) {
  auto context = co_await browser->NewContext();
  if (!context) co_return Fail(context.error());
  auto page = co_await (*context)->NewPage();
  if (!page) co_return Fail(page.error());
  auto loaded = co_await (*page)->Navigate(url);
  if (!loaded) co_return Fail(loaded.error());
  auto frames = co_await (*page)->Frames();
  if (!frames) co_return Fail(frames.error());
  if (frames->empty()) co_return Fail(ErrorKind::kNotFound, "the page has no frame");
  const browser::FrameInfo main = frames->front();
  co_return co_await (*page)->Evaluate(
      main,
      "(() => { const r = document.querySelector('acme-text-field[name=city]')"
      ".shadowRoot.querySelector('input').getBoundingClientRect();"
      " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
}

Point CityBoxCentre(const std::string& url) {
  asio::io_context io;
  auto browser =
      testing::RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  if (!browser) return {};
  auto rect = testing::RunAsync(io, [&]() { return CityRect(*browser, url); });
  (*browser)->Close();
  if (!rect || !rect->is_array() || rect->as_array().size() != 2) return {};
  return {rect->as_array()[0].to_number<double>(), rect->as_array()[1].to_number<double>()};
}

class TakeoverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
    auto sites = fixtures::AtsSites::Start({});
    ASSERT_TRUE(sites) << sites.error().ToString();
    sites_ = std::move(*sites);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path();
    options.web_dir = testing::SourceDir() / "web";
    options.workers = 1;
    options.allow_hosts = {"127.0.0.1", "localhost"};
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    port_ = server_->port();

    auto login = Http(port_, "POST", "/api/auth/login",
                      R"({"username":"alice","password":"alice-password"})");
    ASSERT_EQ(login.status, 200) << login.body;
    token_ = StringAt(login.Json(), "token");
    auto upload = Http(port_, "POST", "/api/documents",
                       ReadFile(testing::SourceDir() / "examples" / "resume.pdf"), token_,
                       {{"X-Filename", "resume.pdf"}, {"Content-Type", "application/pdf"}});
    ASSERT_EQ(upload.status, 201) << upload.body;
    auto put = Http(port_, "PUT", "/api/profile", json::serialize(json::object{{"yaml", kProfile}}),
                    token_);
    ASSERT_EQ(put.status, 200) << put.body;
  }
  void TearDown() override {
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  void Send(WsClient& ws, const json::object& message) { ws.SendText(json::serialize(message)); }

  // Reads until a JSON message satisfying `match` arrives; every JSON event read
  // on the way goes to `seen`. False when the socket ended first.
  template <typename Match>
  bool ReadUntil(WsClient& ws, Match match, std::vector<json::object>& seen) {
    for (;;) {
      auto message = ws.Read(std::chrono::seconds(120));
      if (!message) return false;
      if (message->binary) continue;
      auto value = message->Json();
      if (!value.is_object()) continue;
      seen.push_back(value.as_object());
      if (match(value.as_object())) return true;
    }
  }

  // Applies to `url`, opens the live view with binary frames and takes over as
  // soon as its first frame is up; returns the session id once the run says it
  // paused, "" (with the failure recorded) otherwise. Every JSON event read goes to
  // `seen`.
  std::string ApplyAndTakeOver(const std::string& url, WsClient& ws,
                               std::vector<json::object>& seen) {
    auto applied =
        Http(port_, "POST", "/api/jobs/apply", json::serialize(json::object{{"url", url}}), token_);
    if (applied.status != 202) {
      ADD_FAILURE() << "apply answered " << applied.status << ": " << applied.body;
      return "";
    }
    const std::string session = StringAt(applied.Json(), "session_id");
    if (!ws.Connect(port_, "/ws/" + session + "?token=" + token_ + "&frames=binary")) {
      ADD_FAILURE() << "the live view did not connect";
      return "";
    }
    for (;;) {
      auto message = ws.Read(std::chrono::seconds(120));
      if (!message) {
        ADD_FAILURE() << "no frame came";
        return "";
      }
      if (message->binary) break;
      if (auto value = message->Json(); value.is_object()) seen.push_back(value.as_object());
    }
    Send(ws, {{"type", "takeover:start"}});
    auto paused = [](const json::object& e) {
      return StringAt(e, "type") == "chat:message" && StringAt(e, "message").starts_with("Paused");
    };
    if (!ReadUntil(ws, paused, seen)) {
      ADD_FAILURE() << "the run never said it paused";
      return "";
    }
    return session;
  }

  testing::TempDir dir_;
  std::unique_ptr<fixtures::AtsSites> sites_;
  std::unique_ptr<server::Server> server_;
  unsigned short port_ = 0;
  std::string token_;
};

TEST_F(TakeoverTest, ThePersonsValueIsKeptAndTheRunFillsTheRestAfterTheHandBack) {
  const std::string url = sites_->url("shadow");
  const Point city = CityBoxCentre(url);
  ASSERT_GT(city.y, 0) << "could not locate the City box";

  // Take over as soon as the first frame of the page is up.
  WsClient ws;
  std::vector<json::object> before_pause;
  const std::string session = ApplyAndTakeOver(url, ws, before_pause);
  ASSERT_FALSE(session.empty());
  for (const auto& event : before_pause) {
    EXPECT_FALSE(IsAgentMove(StringAt(event, "type")))
        << "moved before pausing: " << json::serialize(event);
  }

  // The person types a city of their own; the run stays still for a few seconds.
  Send(ws, {{"type", "browser:input"},
            {"data", json::object{{"kind", "click"}, {"x", city.x}, {"y", city.y}}}});
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  Send(ws, {{"type", "browser:input"},
            {"data", json::object{{"kind", "type"}, {"text", "Springfield"}}}});
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  Send(ws, {{"type", "chat:message"}, {"data", json::object{{"text", "still mine"}}}});
  std::vector<json::object> while_paused;
  ASSERT_TRUE(ReadUntil(
      ws,
      [](const json::object& e) {
        return StringAt(e, "type") == "chat:message" && StringAt(e, "message") == "still mine";
      },
      while_paused));
  for (const auto& event : while_paused) {
    EXPECT_FALSE(IsAgentMove(StringAt(event, "type")))
        << "moved while paused: " << json::serialize(event);
  }
  EXPECT_TRUE(sites_->Submissions("shadow").empty());

  // Hand back: the run goes on, keeps the person's city, and reaches the draft.
  Send(ws, {{"type", "takeover:end"}});
  std::vector<json::object> after;
  ASSERT_TRUE(ReadUntil(
      ws,
      [](const json::object& e) {
        const std::string type = StringAt(e, "type");
        return type == "draft:review" || type == "applier:complete" || type == "applier:error";
      },
      after));
  bool resumed = false;
  for (const auto& event : after) {
    if (StringAt(event, "type") == "chat:message" &&
        StringAt(event, "message").starts_with("Resumed")) {
      resumed = true;
      EXPECT_EQ(event.at("data").at("kept").as_int64(), 1) << json::serialize(event);
    }
    if (StringAt(event, "type") == "applier:type") {
      EXPECT_NE(StringAt(event.at("data"), "field"), "City")
          << "the run typed over the person's city";
    }
  }
  EXPECT_TRUE(resumed);
  const json::object& review = after.back();
  ASSERT_EQ(StringAt(review, "type"), "draft:review") << json::serialize(review);
  bool listed = false;
  for (const auto& field : review.at("data").at("fields").as_array()) {
    if (StringAt(field, "label") != "City") continue;
    listed = true;
    EXPECT_EQ(StringAt(field, "value"), "Springfield");
    EXPECT_EQ(StringAt(field, "source"), "human");
  }
  EXPECT_TRUE(listed) << json::serialize(review);

  Send(ws, {{"type", "hitl:response"},
            {"data",
             json::object{{"hitl_id", review.at("data").at("hitl_id")}, {"response", "confirm"}}}});
  std::vector<json::object> end;
  ASSERT_TRUE(ReadUntil(
      ws,
      [](const json::object& e) {
        const std::string type = StringAt(e, "type");
        return (type == "applier:complete" || type == "applier:error") &&
               e.at("data").as_object().contains("outcome");
      },
      end));
  EXPECT_EQ(StringAt(end.back().at("data"), "outcome"), "submitted") << json::serialize(end.back());

  auto submissions = sites_->Submissions("shadow");
  ASSERT_EQ(submissions.size(), 1u);
  const auto& fields = submissions[0].as_object().at("fields");
  EXPECT_EQ(StringAt(fields, "city"), "Springfield");
  EXPECT_EQ(StringAt(fields, "first_name"), "Sam");
  EXPECT_EQ(StringAt(fields, "last_name"), "Lee");
  EXPECT_EQ(StringAt(fields, "email"), "sam.lee@example.com");
  EXPECT_EQ(StringAt(fields, "work_authorization"), "Yes");
  EXPECT_EQ(StringAt(fields, "sponsorship"), "No");
  EXPECT_EQ(StringAt(fields, "privacy_consent"), "true");
  EXPECT_EQ(submissions[0].as_object().at("files").as_array().size(), 1u);
}

// Cancel still ends a run a person holds, and nothing is sent.
TEST_F(TakeoverTest, CancelEndsARunWhileItIsPaused) {
  WsClient ws;
  std::vector<json::object> seen;
  const std::string session = ApplyAndTakeOver(sites_->url("shadow"), ws, seen);
  ASSERT_FALSE(session.empty());
  auto cancel = Http(port_, "POST", "/api/applications/" + session + "/cancel", "", token_);
  EXPECT_EQ(cancel.status, 200) << cancel.body;
  ASSERT_TRUE(ReadUntil(
      ws,
      [](const json::object& e) {
        const std::string type = StringAt(e, "type");
        return (type == "applier:complete" || type == "applier:error") &&
               e.at("data").as_object().contains("outcome");
      },
      seen));
  EXPECT_EQ(StringAt(seen.back().at("data"), "outcome"), "cancelled")
      << json::serialize(seen.back());
  EXPECT_TRUE(sites_->Submissions("shadow").empty());
}

// A person who closes the live view while driving hands the browser back: the
// run goes on to the draft instead of waiting for its hard time limit.
TEST_F(TakeoverTest, ClosingTheLiveViewHandsTheBrowserBack) {
  std::string session;
  {
    WsClient ws;
    std::vector<json::object> seen;
    session = ApplyAndTakeOver(sites_->url("shadow"), ws, seen);
    ASSERT_FALSE(session.empty());
    ws.Close();
  }
  WsClient again;
  ASSERT_TRUE(again.Connect(port_, "/ws/" + session + "?token=" + token_ + "&frames=binary"));
  std::vector<json::object> seen;
  ASSERT_TRUE(ReadUntil(
      again, [](const json::object& e) { return StringAt(e, "type") == "draft:review"; }, seen));
  bool handed_back = false;
  for (const auto& event : seen) {
    handed_back = handed_back || StringAt(event, "message").starts_with("The live view closed");
  }
  EXPECT_TRUE(handed_back);
}

}  // namespace
}  // namespace applier
