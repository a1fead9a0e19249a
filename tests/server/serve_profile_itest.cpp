// `applier serve`'s account endpoints over real sockets and real SQLite: a profile
// drafted from an uploaded resume (POST /api/profile/draft) with the scripted LLM
// server as the only stand-in, and the sign-in rate limit.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"

namespace applier {
namespace {

namespace json = boost::json;
using testing::Http;
using testing::HttpResult;
using testing::Reply;
using testing::ScriptedLlmServer;
using testing::StringAt;

const std::string kSecret = "integration-test-secret-0123456789abcdef";
constexpr char kResume[] =
    "# Jordan Rivera\n\n"
    "San Francisco, CA | jordan.rivera@example.com | +1 415 555 0142\n\n"
    "## Experience\n\nSenior Backend Engineer, Northwind Logistics, 2021 - present\n";

class ServeProfileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
    ASSERT_TRUE(server::AddUser(dir_.path(), "bob", "bob-password1"));
  }
  void TearDown() override {
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  void StartServer(bool with_llm) {
    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path();
    options.workers = 0;  // no applications here: no browser
    if (with_llm) {
      options.llm_providers = {{.name = "local",
                                .base_url = llm_.base_url(),
                                .api_key = "",
                                .model = "scripted-model",
                                .embedding_model = ""}};
    }
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    port_ = server_->port();
  }

  HttpResult Login(const std::string& user, const std::string& password) {
    return Http(port_, "POST", "/api/auth/login",
                json::serialize(json::object{{"username", user}, {"password", password}}));
  }
  std::string Token(const std::string& user, const std::string& password) {
    auto r = Login(user, password);
    EXPECT_EQ(r.status, 200) << r.body;
    return StringAt(r.Json(), "token");
  }

  std::int64_t Upload(const std::string& token, const std::string& filename,
                      const std::string& bytes) {
    auto r = Http(port_, "POST", "/api/documents", bytes, token, {{"X-Filename", filename}});
    EXPECT_EQ(r.status, 201) << r.body;
    const json::value body = r.Json();
    return body.is_object() ? body.at("document").at("id").as_int64() : -1;
  }

  HttpResult DraftFor(const std::string& token, const std::string& body) {
    return Http(port_, "POST", "/api/profile/draft", body, token);
  }
  HttpResult DraftFor(const std::string& token, std::int64_t document_id) {
    return DraftFor(token, json::serialize(json::object{{"document_id", document_id}}));
  }

  testing::TempDir dir_;
  ScriptedLlmServer llm_;
  std::unique_ptr<server::Server> server_;
  unsigned short port_ = 0;
};

TEST_F(ServeProfileTest, TheLlmDraftsAProfileThatIsShownNotSaved) {
  StartServer(true);
  const std::string alice = Token("alice", "alice-password");
  const auto id = Upload(alice, "resume.md", kResume);
  llm_.Push(Reply::Text(json::serialize(
      json::object{{"name", json::object{{"first", "Jordan"}, {"last", "Rivera"}}},
                   {"email", "jordan.rivera@example.com"},
                   {"work_history", json::array{json::object{{"company", "Northwind Logistics"},
                                                             {"title", "Senior Backend Engineer"},
                                                             {"start", "2021"}}}}})));

  auto draft = DraftFor(alice, id);
  ASSERT_EQ(draft.status, 200) << draft.body;
  const json::value body = draft.Json();
  EXPECT_EQ(StringAt(body, "source"), "llm");
  const std::string yaml = StringAt(body, "yaml");
  EXPECT_NE(yaml.find("Northwind Logistics"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("resume.md"), std::string::npos) << yaml;
  EXPECT_FALSE(body.at("notes").as_array().empty());
  ASSERT_EQ(llm_.requests().size(), 1u);
  EXPECT_NE(llm_.requests()[0].body.find("jordan.rivera@example.com"), std::string::npos);
  // Nothing was saved; the user saves the corrected YAML, which the server accepts.
  EXPECT_EQ(Http(port_, "GET", "/api/profile", "", alice).status, 404);
  auto saved =
      Http(port_, "PUT", "/api/profile", json::serialize(json::object{{"yaml", yaml}}), alice);
  EXPECT_EQ(saved.status, 200) << saved.body;
  const std::string metrics = Http(port_, "GET", "/metrics").body;
  EXPECT_NE(metrics.find("\napplier_llm_calls_total 1\n"), std::string::npos) << metrics;
}

TEST_F(ServeProfileTest, AnInvalidLlmDraftFallsBackToTheHeuristics) {
  StartServer(true);
  const std::string alice = Token("alice", "alice-password");
  const auto id = Upload(alice, "resume.md", kResume);
  llm_.Push(Reply::Text(R"({"name": {"first": "Jordan"}})"));  // no last name, no e-mail
  auto draft = DraftFor(alice, id);
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(StringAt(draft.Json(), "source"), "heuristics");
  EXPECT_NE(StringAt(draft.Json(), "yaml").find("jordan.rivera@example.com"), std::string::npos);
  EXPECT_NE(draft.body.find("not a valid profile"), std::string::npos) << draft.body;
}

TEST_F(ServeProfileTest, WithoutAnLlmTheHeuristicsDraftIt) {
  StartServer(false);
  const std::string alice = Token("alice", "alice-password");
  const auto id = Upload(alice, "resume.md", kResume);
  auto draft = DraftFor(alice, id);
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(StringAt(draft.Json(), "source"), "heuristics");
  EXPECT_NE(StringAt(draft.Json(), "yaml").find("Rivera"), std::string::npos) << draft.body;
  EXPECT_TRUE(llm_.requests().empty());
}

TEST_F(ServeProfileTest, DraftRequestsAreCheckedAndScopedToTheUser) {
  StartServer(true);
  const std::string alice = Token("alice", "alice-password");
  const std::string bob = Token("bob", "bob-password1");
  const auto id = Upload(alice, "resume.md", kResume);
  const auto numbers = Upload(alice, "numbers.txt", "1234 5678\n--- 42 ---\n");

  auto others = DraftFor(bob, id);
  EXPECT_EQ(others.status, 404) << others.body;
  EXPECT_EQ(others.Error(), "not_found");
  EXPECT_EQ(DraftFor(alice, 987654).status, 404);
  auto no_text = DraftFor(alice, numbers);
  EXPECT_EQ(no_text.status, 422) << no_text.body;
  EXPECT_EQ(no_text.Error(), "no_text");
  auto malformed = DraftFor(alice, R"({"document_id": )");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.Error(), "bad_json");
  auto missing = DraftFor(alice, R"({"id": 1})");
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.Error(), "missing_field");
  for (const char* wrong :
       {R"({"document_id": "1"})", R"({"document_id": 1.5})", R"({"document_id": -3})", R"([1])"}) {
    auto r = DraftFor(alice, wrong);
    EXPECT_EQ(r.status, 400) << wrong << " " << r.body;
  }
  EXPECT_EQ(Http(port_, "GET", "/api/profile/draft", "", alice).status, 405);
  EXPECT_EQ(Http(port_, "POST", "/api/profile/draft", R"({"document_id": 1})").status, 401);
  EXPECT_TRUE(llm_.requests().empty());  // no error reached the model
  EXPECT_EQ(Http(port_, "GET", "/api/profile", "", alice).status, 404);
}

TEST_F(ServeProfileTest, RepeatedFailedSignInsAreRefusedWith429) {
  StartServer(false);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(Login("alice", "wrong-password").status, 401) << i;
  }
  auto refused = Login("alice", "alice-password");  // even the right password, for now
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(refused.Error(), "too_many_attempts");
  ASSERT_TRUE(refused.headers.contains("Retry-After"));
  const int retry_after = std::stoi(refused.headers["Retry-After"]);
  EXPECT_GE(retry_after, 1);
  EXPECT_LE(retry_after, 60);
  EXPECT_EQ(refused.body.find("alice-password"), std::string::npos);
  // Another account signs in as usual.
  EXPECT_EQ(Login("bob", "bob-password1").status, 200);
}

TEST_F(ServeProfileTest, OneAddressTryingManyAccountsIsRefusedWith429) {
  StartServer(false);
  // Few tries per name, so only the limit per client address (20 a minute) can stop them.
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(Login("guess" + std::to_string(i), "wrong-password").status, 401) << i;
  }
  auto refused = Login("bob", "bob-password1");
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(refused.Error(), "too_many_attempts");
  EXPECT_TRUE(refused.headers.contains("Retry-After"));
}

}  // namespace
}  // namespace applier
