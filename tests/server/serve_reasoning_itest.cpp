// `applier serve` with the user's documents and an LLM: a real server, real
// Chromium filling the Ashby-style fixture site, real SQLite, and the scripted
// OpenAI-compatible server as the only stand-in. Assertions are on what the job
// site received, what the model was sent, and what the API and /metrics report.
#include <boost/json.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "fixtures/ats_sites/ats_sites.h"
#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"

namespace applier {
namespace {

namespace json = boost::json;
using testing::Http;
using testing::ReadFile;
using testing::Reply;
using testing::ScriptedLlmServer;
using testing::StringAt;
using testing::WsClient;

constexpr char kNotes[] =
    "# Why robots\n\n"
    "I want to work in robotics: I have built warehouse robot fleets since I wired a "
    "sorting conveyor in college, and scheduling many machines safely is the problem I "
    "enjoy most.\n\n"
    "# Hobbies\n\nI bake sourdough bread on weekends.\n";
constexpr char kQuestion[] = "Why do you want to work at Acme Robotics?";
const std::string kSecret = "integration-test-secret-0123456789abcdef";

std::int64_t Int(const json::value& v, std::string_view key) {
  if (!v.is_object()) return -1;
  const auto* x = v.as_object().if_contains(key);
  return x && x->is_int64() ? x->as_int64() : -1;
}

// The example profile without its answer to the free-text question, so the run
// has to write one (or ask).
std::string ProfileWithoutWhyAnswer() {
  std::string yaml = ReadFile(testing::SourceDir() / "examples" / "profile.yaml");
  const auto from = yaml.find("  \"Why do you want to work at Acme Robotics?\"");
  const auto to = yaml.find("  \"Have you worked for Acme Robotics before?\"");
  if (from != std::string::npos && to != std::string::npos) yaml.erase(from, to - from);
  return yaml;
}

// The value of one sample line of the Prometheus text, -1 when absent.
double MetricValue(const std::string& text, const std::string& sample) {
  const auto at = text.find("\n" + sample + " ");
  if (at == std::string::npos) return -1;
  return std::stod(text.substr(at + sample.size() + 2));
}

class ServeReasoningTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", kSecret.c_str(), 1);
    auto sites = fixtures::AtsSites::Start({});
    ASSERT_TRUE(sites) << sites.error().ToString();
    sites_ = std::move(*sites);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
  }
  void TearDown() override {
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  void StartServer(std::vector<llm::ProviderConfig> providers) {
    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path();
    options.workers = 1;
    options.allow_hosts = {"127.0.0.1", "localhost"};
    options.llm_providers = std::move(providers);
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    port_ = server_->port();
    auto login = Http(port_, "POST", "/api/auth/login",
                      R"({"username":"alice","password":"alice-password"})");
    ASSERT_EQ(login.status, 200) << login.body;
    token_ = StringAt(login.Json(), "token");
  }

  llm::ProviderConfig ScriptedProvider() const {
    return {.name = "local",
            .base_url = llm_.base_url(),
            .api_key = "",
            .model = "scripted-model",
            .embedding_model = "embed-model"};
  }

  void Upload(const std::string& filename, const std::string& bytes) {
    auto r = Http(port_, "POST", "/api/documents", bytes, token_, {{"X-Filename", filename}});
    ASSERT_EQ(r.status, 201) << r.body;
  }

  void UploadResumeNotesAndProfile() {
    Upload("resume.pdf", ReadFile(testing::SourceDir() / "examples" / "resume.pdf"));
    WaitForLlmRequests(expected_llm_requests_after_resume_);
    Upload("notes.md", kNotes);
    WaitForLlmRequests(expected_llm_requests_after_notes_);
    auto put = Http(port_, "PUT", "/api/profile",
                    json::serialize(json::object{{"yaml", ProfileWithoutWhyAnswer()}}), token_);
    ASSERT_EQ(put.status, 200) << put.body;
  }

  // The embedding of an upload runs in the background: wait until the model saw it.
  void WaitForLlmRequests(std::size_t count) {
    for (int i = 0; i < 200 && llm_.requests().size() < count; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_EQ(llm_.requests().size(), count);
  }

  std::string Apply() {
    auto r = Http(port_, "POST", "/api/jobs/apply",
                  json::serialize(json::object{{"url", sites_->url("ashby")}}), token_);
    EXPECT_EQ(r.status, 202) << r.body;
    return StringAt(r.Json(), "session_id");
  }

  // Follows the session over its WebSocket: answers each question with
  // `answer_question(question)`, confirms the draft, and returns the outcome.
  std::string FollowToOutcome(const std::string& session,
                              const std::function<std::string(const json::object&)>& answer,
                              json::object* draft_out) {
    WsClient ws;
    EXPECT_TRUE(ws.Connect(port_, "/ws/" + session + "?token=" + token_));
    for (;;) {
      auto message = ws.Read(std::chrono::seconds(120));
      if (!message) return "<the socket ended before the outcome>";
      if (message->binary) continue;
      const json::value value = message->Json();
      const std::string type = StringAt(value, "type");
      if (!value.is_object() || !value.as_object().contains("data")) continue;
      const auto& data = value.at("data").as_object();
      if (type == "hitl:request") {
        json::object responses;
        for (const auto& q : data.at("questions").as_array()) {
          responses[StringAt(q, "id")] = answer(q.as_object());
        }
        ws.SendText(json::serialize(json::object{
            {"type", "hitl:response"},
            {"data",
             json::object{{"hitl_id", data.at("hitl_id")}, {"response", std::move(responses)}}}}));
      } else if (type == "draft:review") {
        if (draft_out) *draft_out = data;
        ws.SendText(json::serialize(json::object{
            {"type", "hitl:response"},
            {"data", json::object{{"hitl_id", data.at("hitl_id")}, {"response", "confirm"}}}}));
      } else if ((type == "applier:complete" || type == "applier:error") &&
                 data.contains("outcome")) {
        return StringAt(data, "outcome") + ": " + StringAt(data, "reason");
      }
    }
  }

  std::string Submitted(const std::string& name) {
    auto submissions = sites_->Submissions("ashby");
    if (submissions.size() != 1) return "<" + std::to_string(submissions.size()) + " submissions>";
    const auto* value = submissions.front().at("fields").as_object().if_contains(name);
    return value && value->is_string() ? std::string(value->as_string()) : "<missing>";
  }

  json::object Application(const std::string& session) {
    auto r = Http(port_, "GET", "/api/applications/" + session, "", token_);
    EXPECT_EQ(r.status, 200) << r.body;
    const json::value body = r.Json();
    return body.is_object() ? body.at("application").as_object() : json::object{};
  }

  testing::TempDir dir_;
  std::unique_ptr<fixtures::AtsSites> sites_;
  ScriptedLlmServer llm_;
  std::unique_ptr<server::Server> server_;
  unsigned short port_ = 0;
  std::string token_;
  std::size_t expected_llm_requests_after_resume_ = 0;
  std::size_t expected_llm_requests_after_notes_ = 0;
};

TEST_F(ServeReasoningTest, TheLlmWritesTheFreeTextAnswerFromAnUploadedDocument) {
  // Each upload is embedded in the background; the question is embedded to rank the
  // passages by meaning; then the answer is written.
  llm_.Push(Reply::WordEmbeddings().Model("embed-model").Tokens(40, 0));
  llm_.Push(Reply::WordEmbeddings().Model("embed-model").Tokens(30, 0));
  const std::string answer =
      "Since I wired a sorting conveyor in college I have wanted to build warehouse robot "
      "fleets, and Acme Robotics is where that work happens.";
  expected_llm_requests_after_resume_ = 1;
  expected_llm_requests_after_notes_ = 2;
  StartServer({ScriptedProvider()});
  UploadResumeNotesAndProfile();
  const auto embedded = llm_.requests();
  EXPECT_EQ(embedded[1].path(), "/v1/embeddings");
  EXPECT_EQ(StringAt(embedded[1].json(), "model"), "embed-model");
  EXPECT_NE(embedded[1].body.find("sorting conveyor"), std::string::npos) << embedded[1].body;

  llm_.Push(Reply::WordEmbeddings().Model("embed-model").Tokens(8, 0));
  llm_.Push(Reply::Text(json::serialize(
                            json::object{{"answer", answer}, {"used_passages", json::array{1}}}))
                .Tokens(900, 60));
  const std::string session = Apply();
  json::object draft;
  int asked = 0;
  const std::string outcome = FollowToOutcome(
      session,
      [&](const json::object&) {
        ++asked;
        return std::string();
      },
      &draft);

  EXPECT_EQ(outcome.substr(0, 9), "submitted") << outcome;
  EXPECT_EQ(asked, 0);  // the model answered; nobody was asked
  EXPECT_EQ(Submitted("why_acme"), answer);
  const auto requests = llm_.requests();
  ASSERT_EQ(requests.size(), 4u);
  EXPECT_EQ(requests[2].path(), "/v1/embeddings");
  EXPECT_NE(requests[2].body.find(kQuestion), std::string::npos) << requests[2].body;
  EXPECT_EQ(requests[3].path(), "/v1/chat/completions");
  EXPECT_NE(requests[3].body.find("sorting conveyor"), std::string::npos) << requests[3].body;
  std::string source;
  for (const auto& field : draft.at("fields").as_array()) {
    if (StringAt(field, "label").find("Why do you want") != std::string::npos) {
      source = StringAt(field, "source");
    }
  }
  EXPECT_EQ(source, "llm") << json::serialize(draft);

  const json::object app = Application(session);
  EXPECT_EQ(Int(app, "llm_calls"), 2);
  EXPECT_EQ(Int(app, "llm_prompt_tokens"), 908);
  EXPECT_EQ(Int(app, "llm_completion_tokens"), 60);
  EXPECT_TRUE(app.contains("llm_cost_usd") && app.at("llm_cost_usd").is_number());

  const std::string metrics = Http(port_, "GET", "/metrics").body;
  // Two upload embeddings and the run's two calls.
  EXPECT_EQ(MetricValue(metrics, "applier_llm_calls_total"), 4) << metrics;
  EXPECT_EQ(MetricValue(metrics, "applier_llm_tokens_total{kind=\"prompt\"}"), 40 + 30 + 908);
  EXPECT_EQ(MetricValue(metrics, "applier_llm_tokens_total{kind=\"completion\"}"), 60);
  EXPECT_GE(MetricValue(metrics, "applier_llm_cost_usd_total"), 0);
}

TEST_F(ServeReasoningTest, AFailedEmbeddingLeavesWordSearchAndTheRunWorking) {
  // 400 is not retried (retry.h): one request per failed call.
  llm_.Push(Reply::Status(400));  // the resume's embedding
  llm_.Push(Reply::Status(400));  // the notes' (the resume's chunks are still pending too)
  expected_llm_requests_after_resume_ = 1;
  expected_llm_requests_after_notes_ = 2;
  StartServer({{.name = "local",
                .base_url = llm_.base_url(),
                .api_key = "",
                .model = "scripted-model",
                .embedding_model = "embed-model"}});
  UploadResumeNotesAndProfile();
  const std::string answer = "Warehouse robot fleets are what I have built since college.";
  llm_.Push(Reply::Status(400));  // the question's embedding: BM25 alone
  llm_.Push(Reply::Text(json::serialize(json::object{{"answer", answer}})).Tokens(500, 20));
  const std::string session = Apply();
  const std::string outcome = FollowToOutcome(
      session, [](const json::object&) { return std::string(); }, nullptr);
  EXPECT_EQ(outcome.substr(0, 9), "submitted") << outcome;
  EXPECT_EQ(Submitted("why_acme"), answer);
  const auto requests = llm_.requests();
  ASSERT_EQ(requests.size(), 4u);
  // Word search still found the passage for the prompt.
  EXPECT_NE(requests[3].body.find("sorting conveyor"), std::string::npos) << requests[3].body;
}

TEST_F(ServeReasoningTest, WithoutAnLlmThePersonIsAskedWithAPassageAsSuggestion) {
  StartServer({});
  UploadResumeNotesAndProfile();
  const std::string session = Apply();
  std::string suggestion;
  std::string suggestion_from;
  const std::string outcome = FollowToOutcome(
      session,
      [&](const json::object& question) {
        if (StringAt(question, "prompt") == kQuestion) {
          suggestion = StringAt(question, "suggestion");
          suggestion_from = StringAt(question, "suggestion_from");
        }
        return suggestion;
      },
      nullptr);
  EXPECT_EQ(outcome.substr(0, 9), "submitted") << outcome;
  EXPECT_NE(suggestion.find("sorting conveyor"), std::string::npos) << suggestion;
  EXPECT_NE(suggestion_from.find("notes.md"), std::string::npos) << suggestion_from;
  EXPECT_EQ(Submitted("why_acme"), suggestion);
  EXPECT_TRUE(llm_.requests().empty());
  const json::object app = Application(session);
  EXPECT_EQ(Int(app, "llm_calls"), 0);
  EXPECT_EQ(MetricValue(Http(port_, "GET", "/metrics").body, "applier_llm_calls_total"), 0);
}

}  // namespace
}  // namespace applier
