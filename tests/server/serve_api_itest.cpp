// `applier serve` over its real sockets: the REST API and the WebSocket, a real
// Chromium filling the demo job site, real SQLite. Assertions are on what a
// client received (status, body, close code, messages) and on what the job site
// recorded — never on what the server believes it did.
#include <openssl/sha.h>

#include <boost/json.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "server/token_service.h"
#include "store/database.h"
#include "support/process.h"

namespace applier {
namespace {

namespace json = boost::json;
using testing::Http;
using testing::HttpResult;
using testing::ReadFile;
using testing::StringAt;
using testing::WsClient;

std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  std::string hex;
  char buf[3];
  for (unsigned char b : digest) {
    std::snprintf(buf, sizeof buf, "%02x", b);
    hex += buf;
  }
  return hex;
}

// A profile with no answer to "Why do you want to work at Acme Robotics?", so the
// run has to ask a person.
const char* kSamProfile =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "address: {city: New York, country: US}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "how_heard: Employee Referral\n"
    "resume: resume.pdf\n";

const std::string kSecret = "integration-test-secret-0123456789abcdef";

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
    auto site = fixtures::DemoSite::Start({});
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
    ASSERT_TRUE(server::AddUser(dir_.path(), "bob", "bob-password1"));
    StartServer();
  }
  void TearDown() override {
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  void StartServer(std::chrono::seconds draft_timeout = std::chrono::seconds(300)) {
    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path();
    options.web_dir = testing::SourceDir() / "web";
    options.workers = 1;
    options.allow_hosts = {"127.0.0.1", "localhost"};
    options.draft_timeout = draft_timeout;
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    port_ = server_->port();
  }

  std::string Login(const std::string& user, const std::string& password) {
    auto r = Http(port_, "POST", "/api/auth/login",
                  json::serialize(json::object{{"username", user}, {"password", password}}));
    EXPECT_EQ(r.status, 200) << r.body;
    return StringAt(r.Json(), "token");
  }

  // Uploads examples/resume.pdf and stores `profile_yaml` for the user.
  void SetUpProfile(const std::string& token, const std::string& profile_yaml) {
    const std::string pdf = ReadFile(testing::SourceDir() / "examples" / "resume.pdf");
    auto upload = Http(port_, "POST", "/api/documents", pdf, token,
                       {{"X-Filename", "resume.pdf"}, {"Content-Type", "application/pdf"}});
    ASSERT_EQ(upload.status, 201) << upload.body;
    auto put = Http(port_, "PUT", "/api/profile",
                    json::serialize(json::object{{"yaml", profile_yaml}}), token);
    ASSERT_EQ(put.status, 200) << put.body;
  }

  std::string Apply(const std::string& token) {
    auto r = Http(port_, "POST", "/api/jobs/apply",
                  json::serialize(json::object{{"url", site_->posting_url()}}), token);
    EXPECT_EQ(r.status, 202) << r.body;
    return StringAt(r.Json(), "session_id");
  }

  testing::TempDir dir_;
  std::unique_ptr<fixtures::DemoSite> site_;
  std::unique_ptr<server::Server> server_;
  unsigned short port_ = 0;
};

// Reads messages until one of `type` arrives (or the socket ends).
std::optional<json::object> WaitFor(WsClient& ws, const std::string& type,
                                    std::vector<json::object>* seen = nullptr) {
  for (;;) {
    auto message = ws.Read(std::chrono::seconds(120));
    if (!message) return std::nullopt;
    if (message->binary) continue;
    auto value = message->Json();
    if (!value.is_object()) return std::nullopt;  // the original clients would break here
    if (seen) seen->push_back(value.as_object());
    if (StringAt(value, "type") == type) return value.as_object();
  }
}

TEST_F(ServeTest, HealthMetricsAndTheWebUi) {
  auto health = Http(port_, "GET", "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(StringAt(health.Json(), "status"), "ok");
  auto metrics = Http(port_, "GET", "/metrics");
  EXPECT_EQ(metrics.status, 200);
  for (const char* name :
       {"applier_queue_depth", "applier_busy_workers", "applier_hitl_wait_seconds",
        "applier_fill_seconds", "applier_frames_sent_total", "applier_frames_dropped_total",
        "applier_events_dropped_total"}) {
    EXPECT_NE(metrics.body.find(name), std::string::npos) << name;
  }
  auto index = Http(port_, "GET", "/");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.headers["Content-Type"].find("text/html"), std::string::npos);
  EXPECT_EQ(Http(port_, "GET", "/static/app.js").status, 200);
  EXPECT_EQ(Http(port_, "GET", "/static/../CMakeLists.txt").status, 404);
  EXPECT_EQ(Http(port_, "GET", "/static/%2e%2e/CMakeLists.txt").status, 404);
  auto missing = Http(port_, "GET", "/api/nothing-here", "", Login("alice", "alice-password"));
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.Error(), "not_found");
}

TEST_F(ServeTest, LoginAndTokens) {
  auto ok =
      Http(port_, "POST", "/api/auth/login", R"({"username":"alice","password":"alice-password"})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(StringAt(ok.Json().at("user"), "id"), "alice");
  EXPECT_GT(ok.Json().at("expires_at").as_int64(), 0);
  const std::string token = StringAt(ok.Json(), "token");

  auto wrong = Http(port_, "POST", "/api/auth/login", R"({"username":"alice","password":"nope"})");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.Error(), "invalid_credentials");
  EXPECT_EQ(wrong.body.find("nope"), std::string::npos);
  EXPECT_EQ(Http(port_, "POST", "/api/auth/login", R"({"username":"carol","password":"x"})").status,
            401);
  auto malformed = Http(port_, "POST", "/api/auth/login", R"({"username":"alice",)");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.Error(), "bad_json");
  auto typed = Http(port_, "POST", "/api/auth/login", R"({"username":1,"password":"x"})");
  EXPECT_EQ(typed.status, 400);
  EXPECT_NE(typed.body.find("username"), std::string::npos) << typed.body;

  EXPECT_EQ(Http(port_, "GET", "/api/me", "", token).status, 200);
  EXPECT_EQ(Http(port_, "GET", "/api/me").status, 401);
  auto service = server::TokenService::Create(kSecret);
  ASSERT_TRUE(service);
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  auto expired = service->IssueAt("alice", now - 100, now - 1);
  EXPECT_EQ(Http(port_, "GET", "/api/me", "", *expired).status, 401);
  auto other_key = server::TokenService::Create("a-different-secret-that-is-long-enough");
  EXPECT_EQ(
      Http(port_, "GET", "/api/me", "", *other_key->Issue("alice", std::chrono::hours(1))).status,
      401);
  // alg none: the payload of a valid token, the header swapped, no signature.
  const std::string none_header =
      "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0";  // {"alg":"none","typ":"JWT"}
  const std::string payload =
      token.substr(token.find('.') + 1, token.rfind('.') - token.find('.') - 1);
  EXPECT_EQ(Http(port_, "GET", "/api/me", "", none_header + "." + payload + ".").status, 401);
  // A token from an external identity provider with the same secret: its user is known by sub.
  auto external = service->Issue("idp|carol", std::chrono::hours(1));
  auto me = Http(port_, "GET", "/api/me", "", *external);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(StringAt(me.Json().at("user"), "id"), "idp|carol");
}

TEST_F(ServeTest, ProfileAndDocumentsAreValidatedAndPrivate) {
  const std::string alice = Login("alice", "alice-password");
  const std::string bob = Login("bob", "bob-password1");
  auto none = Http(port_, "GET", "/api/profile", "", alice);
  EXPECT_EQ(none.status, 404);
  EXPECT_EQ(none.Error(), "no_profile");
  auto bad_yaml = Http(port_, "PUT", "/api/profile", R"({"yaml":"name: [unclosed"})", alice);
  EXPECT_EQ(bad_yaml.status, 400);
  EXPECT_EQ(bad_yaml.Error(), "invalid_profile");
  auto wrong_type = Http(port_, "PUT", "/api/profile", R"({"yaml":42})", alice);
  EXPECT_EQ(wrong_type.status, 400);
  EXPECT_NE(wrong_type.body.find("yaml"), std::string::npos);
  // The resume must be one of the user's uploads: not there yet, and never a server path.
  auto no_resume = Http(port_, "PUT", "/api/profile",
                        json::serialize(json::object{{"yaml", kSamProfile}}), alice);
  EXPECT_EQ(no_resume.status, 400) << no_resume.body;
  std::string escaping = kSamProfile;
  escaping.replace(escaping.find("resume.pdf"), 10,
                   (testing::SourceDir() / "examples" / "resume.pdf").string());
  auto outside =
      Http(port_, "PUT", "/api/profile", json::serialize(json::object{{"yaml", escaping}}), alice);
  EXPECT_EQ(outside.status, 400) << outside.body;
  EXPECT_EQ(Http(port_, "GET", "/api/profile", "", alice).status, 404);  // nothing changed

  EXPECT_EQ(Http(port_, "POST", "/api/documents", "hello", alice).Error(), "missing_filename");
  auto big = Http(port_, "POST", "/api/documents", std::string(11 << 20, 'x'), alice,
                  {{"X-Filename", "big.txt"}});
  EXPECT_EQ(big.status, 413);
  auto huge_json = Http(port_, "PUT", "/api/profile", std::string(2 << 20, ' '), alice);
  EXPECT_EQ(huge_json.status, 413);

  SetUpProfile(alice, kSamProfile);
  auto profile = Http(port_, "GET", "/api/profile", "", alice);
  ASSERT_EQ(profile.status, 200);
  EXPECT_EQ(StringAt(profile.Json().at("profile"), "email"), "sam.lee@example.com");
  EXPECT_EQ(StringAt(profile.Json().at("profile"), "resume"), "resume.pdf");

  auto docs = Http(port_, "GET", "/api/documents", "", alice);
  ASSERT_EQ(docs.status, 200);
  ASSERT_EQ(docs.Json().at("documents").as_array().size(), 1u);
  const auto doc_id = docs.Json().at("documents").as_array()[0].at("id").as_int64();
  // Bob sees nothing of Alice's.
  EXPECT_EQ(Http(port_, "GET", "/api/profile", "", bob).status, 404);
  EXPECT_TRUE(
      Http(port_, "GET", "/api/documents", "", bob).Json().at("documents").as_array().empty());
  EXPECT_EQ(Http(port_, "DELETE", "/api/documents/" + std::to_string(doc_id), "", bob).status, 404);
  EXPECT_EQ(
      Http(port_, "GET", "/api/documents", "", alice).Json().at("documents").as_array().size(), 1u);
  EXPECT_EQ(Http(port_, "DELETE", "/api/documents/" + std::to_string(doc_id), "", alice).status,
            204);
  EXPECT_EQ(Http(port_, "DELETE", "/api/documents/" + std::to_string(doc_id), "", alice).status,
            404);
}

TEST_F(ServeTest, ApplyRefusesBadUrlsAndMissingProfiles) {
  const std::string alice = Login("alice", "alice-password");
  auto no_profile = Http(port_, "POST", "/api/jobs/apply",
                         json::serialize(json::object{{"url", site_->posting_url()}}), alice);
  EXPECT_EQ(no_profile.status, 400);
  EXPECT_EQ(no_profile.Error(), "no_profile");
  SetUpProfile(alice, kSamProfile);
  for (const char* url : {"file:///etc/passwd", "http://10.0.0.5/job", "http://169.254.169.254/",
                          "ftp://example.com/job", "not a url", "http://[::1]:8080/"}) {
    auto r =
        Http(port_, "POST", "/api/jobs/apply", json::serialize(json::object{{"url", url}}), alice);
    EXPECT_EQ(r.status, 400) << url << " " << r.body;
    EXPECT_EQ(r.Error(), "bad_url") << url;
  }
  EXPECT_EQ(Http(port_, "POST", "/api/jobs/apply", R"({"draft_mode":true})", alice).Error(),
            "missing_field");
  EXPECT_EQ(Http(port_, "POST", "/api/jobs/apply",
                 R"({"url":"http://127.0.0.1/","draft_mode":"yes"})", alice)
                .Error(),
            "bad_field");
  EXPECT_TRUE(Http(port_, "GET", "/api/applications", "", alice)
                  .Json()
                  .at("applications")
                  .as_array()
                  .empty());
}

TEST_F(ServeTest, WebSocketRefusesBadTokensAndOtherUsersSessionsWith4003) {
  const std::string alice = Login("alice", "alice-password");
  const std::string bob = Login("bob", "bob-password1");
  SetUpProfile(alice, kSamProfile);
  const std::string session = Apply(alice);
  auto service = server::TokenService::Create(kSecret);
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  const std::string payload =
      alice.substr(alice.find('.') + 1, alice.rfind('.') - alice.find('.') - 1);
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"no token", ""},
      {"garbage", "not.a.token"},
      {"expired", *service->IssueAt("alice", now - 100, now - 1)},
      {"wrong key", *server::TokenService::Create("another-secret-which-is-long-enough!")
                         ->Issue("alice", std::chrono::hours(1))},
      {"alg none", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + payload + "."},
      {"someone else's session", bob},
  };
  for (const auto& [what, token] : refused) {
    WsClient ws;
    ASSERT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + token)) << what;
    EXPECT_FALSE(ws.Read(std::chrono::seconds(10))) << what;
    EXPECT_TRUE(ws.closed()) << what;
    EXPECT_EQ(ws.close_code(), 4003) << what;
  }
  WsClient unknown;
  ASSERT_TRUE(unknown.Connect(port_, "/ws/app_doesnotexist?token=" + alice));
  EXPECT_FALSE(unknown.Read(std::chrono::seconds(10)));
  EXPECT_EQ(unknown.close_code(), 4003);

  // Bob on every endpoint of Alice's application.
  const std::string base = "/api/applications/" + session;
  EXPECT_EQ(Http(port_, "GET", base, "", bob).status, 404);
  EXPECT_EQ(Http(port_, "GET", base + "/events?after=0", "", bob).status, 404);
  EXPECT_EQ(Http(port_, "GET", base + "/draft.jpg", "", bob).status, 404);
  EXPECT_EQ(Http(port_, "GET", base + "/receipt", "", bob).status, 404);
  EXPECT_EQ(Http(port_, "POST", base + "/cancel", "", bob).status, 404);
  EXPECT_EQ(Http(port_, "POST", base + "/resume", "", bob).status, 404);
  auto resolve = Http(port_, "POST", "/api/hitl/resolve",
                      json::serialize(json::object{
                          {"hitl_id", "hitl_x"}, {"response", "x"}, {"session_id", session}}),
                      bob);
  EXPECT_EQ(resolve.status, 403) << resolve.body;
  EXPECT_TRUE(Http(port_, "GET", "/api/applications", "", bob)
                  .Json()
                  .at("applications")
                  .as_array()
                  .empty());

  // Alice's own view works, and she can stop it.
  EXPECT_EQ(Http(port_, "GET", base, "", alice).status, 200);
  auto cancel = Http(port_, "POST", base + "/cancel", "", alice);
  EXPECT_EQ(cancel.status, 200) << cancel.body;
  EXPECT_EQ(Http(port_, "POST", "/api/hitl/resolve", R"({"hitl_id":"hitl_unknown","response":"x"})",
                 alice)
                .status,
            404);
  EXPECT_EQ(
      Http(port_, "POST", "/api/hitl/resolve", R"({"hitl_id":"hitl_unknown","response":5})", alice)
          .status,
      400);
}

// The client the original frontend was: it parses every message as JSON, shows
// data.screenshot, and answers hitl:request and draft:review with hitl:response
// over the socket. It asks for one change on the draft, then confirms.
TEST_F(ServeTest, OriginalStyleClientCompletesAnApplicationEndToEnd) {
  const std::string alice = Login("alice", "alice-password");
  SetUpProfile(alice, kSamProfile);
  const std::string session = Apply(alice);
  WsClient ws;
  ASSERT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + alice));
  int screenshots = 0;
  int drafts = 0;
  std::string outcome;
  std::string reason;
  std::vector<std::int64_t> seqs;
  while (outcome.empty()) {
    auto message = ws.Read(std::chrono::seconds(120));
    ASSERT_TRUE(message) << "the socket ended before the outcome";
    ASSERT_FALSE(message->binary) << "an original client gets JSON only";
    auto value = message->Json();
    ASSERT_TRUE(value.is_object()) << message->data.substr(0, 200);
    const auto& event = value.as_object();
    const std::string type = StringAt(value, "type");
    EXPECT_EQ(StringAt(value, "agent"), "applier");
    EXPECT_TRUE(event.contains("timestamp"));
    if (event.contains("seq")) seqs.push_back(event.at("seq").as_int64());
    const auto& data = event.at("data").as_object();
    if (type == "browser:screenshot" && data.contains("screenshot")) {
      ++screenshots;
      EXPECT_FALSE(data.at("screenshot").as_string().empty());
    } else if (type == "hitl:request") {
      const auto& questions = data.at("questions").as_array();
      ASSERT_EQ(questions.size(), 1u) << json::serialize(data);
      EXPECT_EQ(StringAt(questions[0], "prompt"), "Why do you want to work at Acme Robotics?");
      ws.SendText(json::serialize(
          json::object{{"type", "hitl:response"},
                       {"data", json::object{{"hitl_id", data.at("hitl_id")},
                                             {"response", "Because robots are fun."}}}}));
    } else if (type == "draft:review") {
      ++drafts;
      EXPECT_FALSE(data.at("fields").as_array().empty());
      const std::string reply = drafts == 1 ? "change preferred name to Sammy" : "confirm";
      ws.SendText(json::serialize(json::object{
          {"type", "hitl:response"},
          {"data", json::object{{"hitl_id", data.at("hitl_id")}, {"response", reply}}}}));
    } else if (type == "applier:complete" || type == "applier:error") {
      outcome = data.contains("outcome") ? std::string(data.at("outcome").as_string()) : type;
      reason = json::serialize(data);
    }
  }
  EXPECT_EQ(outcome, "submitted") << reason;
  EXPECT_EQ(drafts, 2);
  EXPECT_GT(screenshots, 0);
  for (std::size_t i = 1; i < seqs.size(); ++i) EXPECT_EQ(seqs[i], seqs[i - 1] + 1);

  auto submissions = site_->Submissions();
  ASSERT_EQ(submissions.size(), 1u);
  const auto& fields = submissions[0].as_object().at("fields").as_object();
  EXPECT_EQ(StringAt(fields, "job_application[first_name]"), "Sam");
  EXPECT_EQ(StringAt(fields, "job_application[email]"), "sam.lee@example.com");
  EXPECT_EQ(StringAt(fields, "job_application[preferred_name]"), "Sammy");
  EXPECT_EQ(StringAt(fields, "job_application[answers_attributes][6][text_value]"),
            "Because robots are fun.");

  // The history: outcome, answers, receipt with the file's hash, every event replayable.
  auto detail = Http(port_, "GET", "/api/applications/" + session, "", alice);
  ASSERT_EQ(detail.status, 200);
  const json::value detail_json = detail.Json();
  const auto& app = detail_json.at("application").as_object();
  EXPECT_EQ(StringAt(app, "outcome"), "submitted");
  EXPECT_EQ(StringAt(app, "receipt_url"), "/api/applications/" + session + "/receipt");
  ASSERT_FALSE(app.at("answers").as_array().empty());
  EXPECT_EQ(StringAt(app.at("answers").as_array()[0], "answer"), "Because robots are fun.");
  EXPECT_EQ(app.at("draft").at("revision").as_int64(), 2);
  auto receipt =
      Http(port_, "GET", "/api/applications/" + session + "/receipt?download=1", "", alice);
  ASSERT_EQ(receipt.status, 200);
  EXPECT_NE(receipt.headers["Content-Disposition"].find("attachment"), std::string::npos);
  const json::value receipt_json = receipt.Json();
  const auto& files = receipt_json.at("files").as_array();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(StringAt(files[0], "sha256"),
            Sha256Hex(ReadFile(testing::SourceDir() / "examples" / "resume.pdf")));
  EXPECT_EQ(StringAt(files[0], "sha256"),
            StringAt(submissions[0].as_object().at("files").as_array()[0], "sha256"));
  EXPECT_FALSE(StringAt(receipt.Json(), "confirmation_text").empty());
  auto draft_image = Http(port_, "GET", "/api/applications/" + session + "/draft.jpg", "", alice);
  ASSERT_EQ(draft_image.status, 200);
  EXPECT_EQ(draft_image.body.substr(0, 2), "\xFF\xD8");
  auto events = Http(port_, "GET", "/api/applications/" + session + "/events?after=3", "", alice);
  ASSERT_EQ(events.status, 200);
  EXPECT_EQ(events.Json().at("events").as_array()[0].at("seq").as_int64(), 4);
  auto answers = Http(port_, "GET", "/api/answers", "", alice);
  bool saved = false;
  const json::value answers_json = answers.Json();
  for (const auto& a : answers_json.at("answers").as_array()) {
    saved = saved || StringAt(a, "answer") == "Because robots are fun.";
  }
  EXPECT_TRUE(saved) << answers.body;
  // Answering the old draft again: already answered.
  EXPECT_EQ(Http(port_, "POST", "/api/applications/" + session + "/cancel", "", alice).status, 409);
}

// Stop the server while the application waits at the draft; a new server on the
// same data picks it up, fills it again up to the draft, and it is confirmed over
// REST. The site receives it once.
TEST_F(ServeTest, AnApplicationWaitingAtTheDraftSurvivesARestart) {
  std::string alice = Login("alice", "alice-password");
  SetUpProfile(alice, std::string(kSamProfile) +
                          "answers:\n  \"Why do you want to work at Acme Robotics?\": Robots.\n");
  const std::string session = Apply(alice);
  {
    WsClient ws;
    ASSERT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + alice));
    ASSERT_TRUE(WaitFor(ws, "draft:review"));
  }
  server_->Stop();
  server_.reset();
  EXPECT_TRUE(site_->Submissions().empty());
  StartServer();
  alice = Login("alice", "alice-password");
  WsClient ws;
  ASSERT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + alice));
  // The replay brings the old draft:review first (its hitl_id is gone), then the new one.
  std::string hitl_id;
  std::string stale_id;
  for (int drafts = 0; drafts < 2;) {
    auto review = WaitFor(ws, "draft:review");
    ASSERT_TRUE(review) << "no new draft after the restart";
    ++drafts;
    (drafts == 1 ? stale_id : hitl_id) = StringAt(review->at("data"), "hitl_id");
  }
  EXPECT_EQ(Http(port_, "POST", "/api/hitl/resolve",
                 json::serialize(json::object{
                     {"hitl_id", stale_id}, {"response", "confirm"}, {"session_id", session}}),
                 alice)
                .status,
            404);
  auto resolved = Http(port_, "POST", "/api/hitl/resolve",
                       json::serialize(json::object{
                           {"hitl_id", hitl_id}, {"response", "ok"}, {"session_id", session}}),
                       alice);
  ASSERT_EQ(resolved.status, 200) << resolved.body;
  EXPECT_EQ(Http(port_, "POST", "/api/hitl/resolve",
                 json::serialize(json::object{
                     {"hitl_id", hitl_id}, {"response", "ok"}, {"session_id", session}}),
                 alice)
                .status,
            409);
  auto complete = WaitFor(ws, "applier:complete");
  ASSERT_TRUE(complete);
  EXPECT_EQ(StringAt(complete->at("data"), "outcome"), "submitted");
  EXPECT_EQ(site_->Submissions().size(), 1u);
}

// Nobody answers the draft in time: it is kept (not submitted, not thrown away)
// and can be resumed from the history, which fills it again to a new draft.
TEST_F(ServeTest, AnUnansweredDraftIsKeptAndCanBeResumed) {
  server_.reset();
  StartServer(std::chrono::seconds(2));
  const std::string alice = Login("alice", "alice-password");
  SetUpProfile(alice, std::string(kSamProfile) +
                          "answers:\n  \"Why do you want to work at Acme Robotics?\": Robots.\n");
  const std::string session = Apply(alice);
  WsClient ws;
  ASSERT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + alice + "&frames=binary"));
  bool binary_frame = false;
  for (;;) {
    auto message = ws.Read(std::chrono::seconds(120));
    ASSERT_TRUE(message);
    if (message->binary) {
      binary_frame = true;
      EXPECT_EQ(message->data.substr(0, 4), "LAF1");
      EXPECT_EQ(message->data.substr(16, 2), "\xFF\xD8");
      continue;
    }
    if (StringAt(message->Json(), "type") == "applier:complete") break;
  }
  EXPECT_TRUE(binary_frame);
  auto detail = Http(port_, "GET", "/api/applications/" + session, "", alice);
  const json::value detail_json = detail.Json();
  const auto& app = detail_json.at("application");
  EXPECT_EQ(StringAt(app, "status"), "kept_draft");
  EXPECT_EQ(StringAt(app, "outcome"), "stopped_at_draft");
  EXPECT_TRUE(app.at("resumable").as_bool());
  EXPECT_TRUE(site_->Submissions().empty());

  auto resumed = Http(port_, "POST", "/api/applications/" + session + "/resume", "", alice);
  ASSERT_EQ(resumed.status, 202) << resumed.body;
  EXPECT_EQ(Http(port_, "POST", "/api/applications/" + session + "/resume", "", alice).status, 409);
  auto review = WaitFor(ws, "draft:review");
  ASSERT_TRUE(review);
  ws.SendText(json::serialize(json::object{
      {"type", "hitl:response"},
      {"data", json::object{{"hitl_id", review->at("data").at("hitl_id")}, {"response", "yes"}}}}));
  auto complete = WaitFor(ws, "applier:complete");
  ASSERT_TRUE(complete);
  EXPECT_EQ(StringAt(complete->at("data"), "outcome"), "submitted");
  EXPECT_EQ(site_->Submissions().size(), 1u);
}

// A run that throws (here: the drafts folder is a file, so creating it fails) is
// one failed application, not a lost worker. Before, the exception ended the only
// worker: the application stayed "running" with no outcome and the next one
// stayed queued for good.
TEST_F(ServeTest, ARunThatThrowsFailsThatApplicationAndTheWorkerTakesTheNext) {
  const std::string alice = Login("alice", "alice-password");
  SetUpProfile(alice, kSamProfile);
  std::filesystem::remove_all(dir_.path() / "drafts");
  std::ofstream(dir_.path() / "drafts") << "not a folder";

  const std::string broken = Apply(alice);
  WsClient ws;
  ASSERT_TRUE(ws.Connect(port_, "/ws/" + broken + "?token=" + alice));
  auto ended = WaitFor(ws, "applier:error");
  ASSERT_TRUE(ended) << "the run's end was never announced";
  EXPECT_EQ(StringAt(ended->at("data"), "outcome"), "failed");
  auto detail = Http(port_, "GET", "/api/applications/" + broken, "", alice);
  const json::value detail_json = detail.Json();
  const auto& app = detail_json.at("application");
  EXPECT_EQ(StringAt(app, "status"), "done");
  EXPECT_EQ(StringAt(app, "outcome"), "failed");
  const std::string message = StringAt(app, "message");
  EXPECT_NE(message.find("internal error"), std::string::npos) << message;
  EXPECT_NE(message.find("drafts"), std::string::npos) << message;

  std::filesystem::remove(dir_.path() / "drafts");
  const std::string next = Apply(alice);
  WsClient next_ws;
  ASSERT_TRUE(next_ws.Connect(port_, "/ws/" + next + "?token=" + alice));
  ASSERT_TRUE(WaitFor(next_ws, "hitl:request")) << "the next application never ran";
  EXPECT_EQ(Http(port_, "POST", "/api/applications/" + next + "/cancel", "", alice).status, 200);
  EXPECT_TRUE(site_->Submissions().empty());
}

// The store refuses the application's outcome (its table is gone, as after a
// broken migration or a damaged file): the person watching is still told how
// it ended, and that the service could not record it. Before, the failure was
// dropped: the event said "submitted" and the history silently kept "running".
TEST_F(ServeTest, AnOutcomeTheStoreRefusesIsAnnouncedWithTheFailure) {
  const std::string alice = Login("alice", "alice-password");
  SetUpProfile(alice, std::string(kSamProfile) +
                          "answers:\n  \"Why do you want to work at Acme Robotics?\": Robots.\n");
  const std::string session = Apply(alice);
  WsClient ws;
  ASSERT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + alice));
  auto review = WaitFor(ws, "draft:review");
  ASSERT_TRUE(review) << "the run never reached its draft";
  {
    auto db = store::Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().message;
    ASSERT_TRUE(db->Exec("ALTER TABLE served_applications RENAME TO served_applications_gone;"));
  }
  ws.SendText(json::serialize(json::object{
      {"type", "hitl:response"},
      {"data", json::object{{"hitl_id", review->at("data").at("hitl_id")}, {"response", "yes"}}}}));
  auto complete = WaitFor(ws, "applier:complete");
  ASSERT_TRUE(complete) << "the outcome was never announced";
  EXPECT_EQ(StringAt(complete->at("data"), "outcome"), "submitted");
  const std::string reason = StringAt(complete->at("data"), "reason");
  EXPECT_NE(reason.find("could not record this outcome"), std::string::npos) << reason;
  EXPECT_EQ(site_->Submissions().size(), 1u);
}

}  // namespace
}  // namespace applier
