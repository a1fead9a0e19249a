// LlmClient against real HTTP servers on loopback (ScriptedLlmServer): what the
// server received, what the caller got back, which waits the retry loop chose. Delays
// are milliseconds so every test stays well under a second; no test measures time.
#include "llm/llm_client.h"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/json.hpp>
#include <sstream>

#include "gtest/gtest.h"
#include "support/async.h"
#include "support/scripted_llm_server.h"

namespace applier::llm {
namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::testing::Reply;
using applier::testing::RunAsync;
using applier::testing::ScriptedLlmServer;
using std::chrono::milliseconds;

ProviderConfig Provider(const ScriptedLlmServer& server, std::string name = "local",
                        std::string key = "test-key-0123") {
  ProviderConfig provider;
  provider.name = std::move(name);
  provider.base_url = server.base_url();
  provider.api_key = std::move(key);
  provider.model = "mistral-large-latest";
  return provider;
}

RetryPolicy FastPolicy() {
  RetryPolicy policy;
  policy.max_attempts = 3;
  policy.base_delay = milliseconds(10);
  policy.max_delay = milliseconds(40);
  policy.jitter = 0;
  policy.attempt_timeout = milliseconds(500);
  policy.max_retry_after = milliseconds(300);
  policy.total_timeout = milliseconds(3000);
  return policy;
}

ChatRequest Hello() {
  ChatRequest request;
  request.messages.push_back(Message::System("You answer briefly."));
  request.messages.push_back(Message::User("Say hello."));
  return request;
}

class LlmClientTest : public ::testing::Test {
 protected:
  LlmClient Client(std::vector<ProviderConfig> providers, Budget budget = {}) {
    LlmOptions options;
    options.retry = FastPolicy();
    options.budget = budget;
    options.on_attempt = [this](const Attempt& attempt) { observed_.push_back(attempt); };
    return LlmClient(std::move(providers), std::move(options));
  }
  Result<ChatReply> Chat(const LlmClient& client, ChatRequest request = Hello()) {
    return RunAsync(
        io_, [&] { return client.Chat(request); }, std::chrono::seconds(10));
  }

  boost::asio::io_context io_;
  std::vector<Attempt> observed_;
};

TEST_F(LlmClientTest, TextReplyWithUsageAndCost) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("Hello!").Tokens(1200, 300).Model("mistral-large-latest"));
  LlmClient client = Client({Provider(server, "mistral")});
  ASSERT_TRUE(client.configured());

  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->content, "Hello!");
  EXPECT_EQ(reply->finish_reason, "stop");
  EXPECT_EQ(reply->provider, "mistral");
  EXPECT_EQ(reply->model, "mistral-large-latest");
  EXPECT_EQ(reply->usage.prompt_tokens, 1200);
  EXPECT_EQ(reply->usage.completion_tokens, 300);
  ASSERT_EQ(reply->attempts.size(), 1u);
  EXPECT_EQ(reply->attempts[0].http_status, 200);

  auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_EQ(requests[0].path(), "/v1/chat/completions");
  EXPECT_EQ(requests[0].header("Authorization"), "Bearer test-key-0123");
  EXPECT_EQ(requests[0].header("Content-Type"), "application/json");
  json::value body = requests[0].json();
  EXPECT_EQ(body.at("model").as_string(), "mistral-large-latest");
  EXPECT_EQ(body.at("messages").at(1).at("content").as_string(), "Say hello.");

  UsageSnapshot usage = client.usage();
  EXPECT_EQ(usage.calls, 1);
  EXPECT_EQ(usage.prompt_tokens, 1200);
  EXPECT_EQ(usage.completion_tokens, 300);
  EXPECT_DOUBLE_EQ(usage.cost_usd, (1200 * 2.0 + 300 * 6.0) / 1e6);
  ASSERT_EQ(usage.providers.size(), 1u);
  EXPECT_EQ(usage.providers[0].provider, "mistral");
  EXPECT_EQ(usage.providers[0].requests, 1);
  EXPECT_EQ(usage.providers[0].failures, 0);
}

TEST_F(LlmClientTest, UnknownModelCostsNothingAndNoKeySendsNoHeader) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("hi").Model("qwen2.5:7b"));
  ProviderConfig local = Provider(server, "local", "");
  local.model = "qwen2.5:7b";
  LlmClient client = Client({local});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(client.usage().cost_usd, 0);
  EXPECT_EQ(server.requests()[0].header("authorization"), "");
}

TEST_F(LlmClientTest, ParallelToolCallsParsed) {
  ScriptedLlmServer server;
  server.Push(Reply::ToolCalls({{"click", R"({"index":3})"}, {"type_text", R"({"text":"Ada"})"}}));
  LlmClient client = Client({Provider(server)});
  ChatRequest request = Hello();
  request.tools.push_back(ToolDefinition{
      "click", "Click an element",
      json::object{{"type", "object"},
                   {"properties", json::object{{"index", json::object{{"type", "integer"}}}}}}});
  request.tools.push_back(ToolDefinition{"type_text", "Type text", {}});
  request.tool_choice.mode = ToolChoice::Mode::kRequired;

  auto reply = Chat(client, request);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->finish_reason, "tool_calls");
  ASSERT_EQ(reply->tool_calls.size(), 2u);
  EXPECT_EQ(reply->tool_calls[0].name, "click");
  EXPECT_EQ(reply->tool_calls[0].arguments, R"({"index":3})");
  EXPECT_EQ(reply->tool_calls[1].name, "type_text");
  EXPECT_NE(reply->tool_calls[0].id, reply->tool_calls[1].id);

  json::value sent = server.requests()[0].json();
  EXPECT_EQ(sent.at("tools").as_array().size(), 2u);
  EXPECT_EQ(sent.at("tool_choice").as_string(), "required");
}

TEST_F(LlmClientTest, ToolResultsGoBackInTheNextTurn) {
  ScriptedLlmServer server;
  server.Push(Reply::ToolCalls({{"click", R"({"index":1})"}}));
  server.Push(Reply::Text("done"));
  LlmClient client = Client({Provider(server)});
  ChatRequest request = Hello();
  auto first = Chat(client, request);
  ASSERT_TRUE(first) << first.error().ToString();
  request.messages.push_back(first->AsMessage());
  request.messages.push_back(Message::Tool(first->tool_calls[0], "clicked"));
  auto second = Chat(client, request);
  ASSERT_TRUE(second) << second.error().ToString();
  EXPECT_EQ(second->content, "done");

  json::value sent = server.requests()[1].json();
  const json::array& messages = sent.at("messages").as_array();
  ASSERT_EQ(messages.size(), 4u);
  EXPECT_EQ(messages[2].at("tool_calls").at(0).at("id").as_string(), first->tool_calls[0].id);
  EXPECT_EQ(messages[3].at("tool_call_id").as_string(), first->tool_calls[0].id);
  EXPECT_EQ(client.usage().calls, 2);
}

TEST_F(LlmClientTest, JsonOutputRequested) {
  ScriptedLlmServer server;
  server.Push(Reply::Text(R"({"answer":"yes"})"));
  LlmClient client = Client({Provider(server)});
  ChatRequest request = Hello();
  request.json_output = true;
  ASSERT_TRUE(Chat(client, request));
  EXPECT_EQ(server.requests()[0].json().at("response_format").at("type").as_string(),
            "json_object");
}

TEST_F(LlmClientTest, RetryAfterSecondsHonouredThenSuccess) {
  ScriptedLlmServer server;
  server.Push(Reply::Status(429).Header("Retry-After", "0.12"));
  server.Push(Reply::Text("ok"));
  LlmClient client = Client({Provider(server)});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  ASSERT_EQ(reply->attempts.size(), 2u);
  EXPECT_EQ(reply->attempts[0].http_status, 429);
  ASSERT_TRUE(reply->attempts[0].error);
  EXPECT_EQ(reply->attempts[0].error->kind, ErrorKind::kRemote);
  EXPECT_EQ(reply->attempts[1].waited, milliseconds(120));  // not the 10 ms backoff
  EXPECT_EQ(server.requests().size(), 2u);
  EXPECT_EQ(client.usage().providers[0].requests, 2);
  EXPECT_EQ(client.usage().providers[0].failures, 1);
  EXPECT_EQ(client.usage().calls, 1);
}

TEST_F(LlmClientTest, RetryAfterMsHonoured) {
  ScriptedLlmServer server;
  server.Push(Reply::Status(429).Header("retry-after-ms", "70"));
  server.Push(Reply::Text("ok"));
  LlmClient client = Client({Provider(server)});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->attempts[1].waited, milliseconds(70));
}

TEST_F(LlmClientTest, ServerErrorsRetriedWithGrowingBackoff) {
  ScriptedLlmServer server;
  server.Push(Reply::Status(500));
  server.Push(Reply::Status(503));
  server.Push(Reply::Text("third time lucky"));
  LlmClient client = Client({Provider(server)});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->content, "third time lucky");
  ASSERT_EQ(reply->attempts.size(), 3u);
  EXPECT_EQ(reply->attempts[0].waited, milliseconds(0));
  EXPECT_EQ(reply->attempts[1].waited, milliseconds(10));
  EXPECT_EQ(reply->attempts[2].waited, milliseconds(20));
  EXPECT_EQ(reply->attempts[1].http_status, 503);
  ASSERT_EQ(observed_.size(), 3u);
  EXPECT_FALSE(observed_[2].error);
}

TEST_F(LlmClientTest, MalformedJsonBodyIsAClearProtocolError) {
  ScriptedLlmServer server;
  server.Push(Reply::Raw(200, R"({"choices": [ {"message": )"));
  ScriptedLlmServer second;
  second.Push(Reply::Raw(200, R"({"object":"chat.completion"})"));
  LlmClient client = Client({Provider(server, "a"), Provider(second, "b")});
  auto reply = Chat(client);
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().kind, ErrorKind::kProtocol);
  EXPECT_NE(reply.error().message.find("a sent a malformed chat reply"), std::string::npos)
      << reply.error().message;
  EXPECT_NE(reply.error().message.find("not valid JSON"), std::string::npos);
  EXPECT_NE(reply.error().message.find("b sent a malformed chat reply"), std::string::npos);
  EXPECT_NE(reply.error().message.find("no choices"), std::string::npos);
  // A malformed reply is not retried on the same provider.
  EXPECT_EQ(server.requests().size(), 1u);
  EXPECT_EQ(second.requests().size(), 1u);
}

TEST_F(LlmClientTest, SlowReplyTimesOutAndIsRetried) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("too late").Delay(milliseconds(5000)));
  server.Push(Reply::Text("on time"));
  LlmOptions options;
  options.retry = FastPolicy();
  options.retry.attempt_timeout = milliseconds(150);
  LlmClient client({Provider(server)}, options);
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->content, "on time");
  ASSERT_EQ(reply->attempts.size(), 2u);
  ASSERT_TRUE(reply->attempts[0].error);
  EXPECT_EQ(reply->attempts[0].error->kind, ErrorKind::kTimeout);
  EXPECT_NE(reply->attempts[0].error->message.find("within 150 ms"), std::string::npos);
  EXPECT_EQ(reply->attempts[0].http_status, 0);
}

TEST_F(LlmClientTest, ClosedConnectionIsRetried) {
  ScriptedLlmServer server;
  server.Push(Reply::CloseConnection());
  server.Push(Reply::Text("back"));
  LlmClient client = Client({Provider(server)});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  ASSERT_EQ(reply->attempts.size(), 2u);
  ASSERT_TRUE(reply->attempts[0].error);
  EXPECT_EQ(reply->attempts[0].error->kind, ErrorKind::kDisconnected);
}

TEST_F(LlmClientTest, RefusedConnectionIsRetriedThenFallsBack) {
  std::string dead_url;
  {
    ScriptedLlmServer gone;
    dead_url = gone.base_url();
  }
  ScriptedLlmServer alive;
  alive.Push(Reply::Text("from b"));
  ProviderConfig dead = Provider(alive, "a");
  dead.base_url = dead_url;
  LlmClient client = Client({dead, Provider(alive, "b")});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->provider, "b");
  ASSERT_EQ(reply->attempts.size(), 4u);
  EXPECT_EQ(reply->attempts[0].error->kind, ErrorKind::kIo);
  EXPECT_EQ(reply->attempts[2].provider, "a");
  EXPECT_EQ(reply->attempts[3].provider, "b");
}

TEST_F(LlmClientTest, FallsBackInOrderAfterRetriesAreExhausted) {
  ScriptedLlmServer first, second, third;
  for (int i = 0; i < 3; ++i) first.Push(Reply::Status(502));
  second.Push(Reply::Text("second answers"));
  LlmClient client =
      Client({Provider(first, "first"), Provider(second, "second"), Provider(third, "third")});
  EXPECT_EQ(client.providers(), (std::vector<std::string>{"first", "second", "third"}));
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->provider, "second");
  EXPECT_EQ(first.requests().size(), 3u);
  EXPECT_EQ(second.requests().size(), 1u);
  EXPECT_EQ(third.requests().size(), 0u);
  ASSERT_EQ(observed_.size(), 4u);
  EXPECT_EQ(observed_[3].provider, "second");
  EXPECT_EQ(observed_[3].number, 1);
  EXPECT_EQ(observed_[3].waited, milliseconds(0));  // no backoff when changing provider
  UsageSnapshot usage = client.usage();
  ASSERT_EQ(usage.providers.size(), 3u);
  EXPECT_EQ(usage.providers[0].failures, 3);
  EXPECT_EQ(usage.providers[1].requests, 1);
  EXPECT_EQ(usage.providers[2].requests, 0);
}

TEST_F(LlmClientTest, ClientErrorMovesToTheNextProviderWithoutRetrying) {
  ScriptedLlmServer first, second;
  first.Push(Reply::Status(401, R"({"error":{"message":"Unauthorized"}})"));
  second.Push(Reply::Text("ok"));
  LlmClient client = Client({Provider(first, "first"), Provider(second, "second")});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(first.requests().size(), 1u);
  EXPECT_EQ(reply->attempts[0].error->message, "first answered HTTP 401: Unauthorized");
}

TEST_F(LlmClientTest, RetryAfterLongerThanWeWaitMovesOnAtOnce) {
  ScriptedLlmServer first, second;
  first.Push(Reply::Status(429).Header("Retry-After", "120"));
  second.Push(Reply::Text("ok"));
  LlmClient client = Client({Provider(first, "first"), Provider(second, "second")});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(first.requests().size(), 1u);
  ASSERT_EQ(reply->attempts.size(), 2u);
  EXPECT_NE(reply->attempts[0].error->message.find("asked to wait 120000 ms"), std::string::npos);
  EXPECT_EQ(reply->attempts[1].waited, milliseconds(0));
}

TEST_F(LlmClientTest, AllProvidersFailingIsOneErrorNamingEach) {
  ScriptedLlmServer first, second;
  for (int i = 0; i < 3; ++i) {
    first.Push(Reply::Status(500, R"({"error":{"message":"first is down"}})"));
    second.Push(Reply::Status(503, R"({"error":{"message":"second is down"}})"));
  }
  LlmClient client = Client({Provider(first, "first"), Provider(second, "second")});
  auto reply = Chat(client);
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().kind, ErrorKind::kRemote);
  const std::string& message = reply.error().message;
  EXPECT_NE(message.find("first answered HTTP 500: first is down (3 attempts)"), std::string::npos)
      << message;
  EXPECT_NE(message.find("second answered HTTP 503: second is down (3 attempts)"),
            std::string::npos)
      << message;
  EXPECT_EQ(observed_.size(), 6u);
  EXPECT_EQ(client.usage().calls, 1);
  EXPECT_EQ(client.usage().total_tokens(), 0);
}

TEST_F(LlmClientTest, TotalTimeoutStopsTheChain) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("slow").Delay(milliseconds(5000)));
  LlmOptions options;
  options.retry = FastPolicy();
  options.retry.total_timeout = milliseconds(80);
  LlmClient client({Provider(server)}, options);
  auto reply = Chat(client);
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().kind, ErrorKind::kTimeout);
  EXPECT_NE(reply.error().message.find("within 80 ms"), std::string::npos) << reply.error().message;
  // No retry after the deadline. The one request may not even have reached the
  // server in 80 ms on a loaded machine.
  EXPECT_LE(server.requests().size(), 1u);
}

TEST_F(LlmClientTest, CallBudgetRefusesWithoutSending) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("one"));
  server.Push(Reply::Text("two"));
  LlmClient client = Client({Provider(server)}, Budget{.max_calls = 1, .max_tokens = 0});
  ASSERT_TRUE(Chat(client));
  auto refused = Chat(client);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kConflict);
  EXPECT_NE(refused.error().message.find("1 of 1 calls"), std::string::npos);
  EXPECT_EQ(server.requests().size(), 1u);
  EXPECT_EQ(client.usage().calls, 1);
  EXPECT_EQ(client.usage().refused, 1);
}

TEST_F(LlmClientTest, TokenBudgetRefusesWithoutSending) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("big").Tokens(90, 30));
  server.Push(Reply::Text("never"));
  LlmClient client = Client({Provider(server)}, Budget{.max_calls = 0, .max_tokens = 100});
  ASSERT_TRUE(Chat(client));
  auto refused = Chat(client);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kConflict);
  EXPECT_NE(refused.error().message.find("120 of 100 tokens"), std::string::npos);
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST_F(LlmClientTest, ForApplicationHasItsOwnBudgetAndAccounting) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("a"));
  server.Push(Reply::Text("b"));
  LlmClient shared = Client({Provider(server)});
  LlmClient app = shared.ForApplication(Budget{.max_calls = 1, .max_tokens = 0});
  ASSERT_TRUE(Chat(app));
  EXPECT_FALSE(Chat(app));
  ASSERT_TRUE(Chat(shared));
  EXPECT_EQ(app.usage().calls, 1);
  EXPECT_EQ(shared.usage().calls, 1);
}

TEST_F(LlmClientTest, ConcurrentCallsFromManyThreadsShareOneBudget) {
  ScriptedLlmServer server;
  for (int i = 0; i < 5; ++i) server.Push(Reply::Text("ok").Tokens(10, 1));
  LlmClient client({Provider(server)}, LlmOptions{FastPolicy(), Budget{5, 0}, {}});
  asio::thread_pool pool(4);
  std::vector<std::future<Result<ChatReply>>> calls;
  for (int i = 0; i < 20; ++i) {
    calls.push_back(asio::co_spawn(pool, client.Chat(Hello()), asio::use_future));
  }
  int answered = 0, refused = 0;
  for (auto& call : calls) {
    Result<ChatReply> reply = call.get();
    if (reply) {
      ++answered;
    } else {
      EXPECT_EQ(reply.error().kind, ErrorKind::kConflict) << reply.error().ToString();
      ++refused;
    }
  }
  pool.join();
  EXPECT_EQ(answered, 5);
  EXPECT_EQ(refused, 15);
  EXPECT_EQ(server.requests().size(), 5u);
  UsageSnapshot usage = client.usage();
  EXPECT_EQ(usage.calls, 5);
  EXPECT_EQ(usage.refused, 15);
  EXPECT_EQ(usage.prompt_tokens, 50);
  EXPECT_EQ(usage.providers[0].requests, 5);
}

TEST_F(LlmClientTest, CallerCancellationEndsTheCall) {
  ScriptedLlmServer server;
  server.Push(Reply::Text("never read").Delay(milliseconds(300)));
  LlmOptions options;
  options.retry = FastPolicy();
  options.retry.attempt_timeout = milliseconds(2000);
  LlmClient client({Provider(server)}, options);
  asio::cancellation_signal cancel;
  auto future = asio::co_spawn(io_, client.Chat(Hello()),
                               asio::bind_cancellation_slot(cancel.slot(), asio::use_future));
  // Cancel once the request is on the server, so the call is mid-exchange.
  asio::co_spawn(
      io_,
      [&]() -> asio::awaitable<void> {
        asio::steady_timer timer(io_);
        while (server.requests().empty()) {
          timer.expires_after(milliseconds(5));
          co_await timer.async_wait(asio::use_awaitable);
        }
        cancel.emit(asio::cancellation_type::all);
      },
      asio::detached);
  io_.run_for(std::chrono::seconds(5));
  ASSERT_EQ(future.wait_for(std::chrono::seconds(0)), std::future_status::ready);
  Result<ChatReply> reply = future.get();
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().kind, ErrorKind::kCancelled) << reply.error().ToString();
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST_F(LlmClientTest, NoProviderMeansNotConfigured) {
  LlmClient client = Client({});
  EXPECT_FALSE(client.configured());
  auto reply = Chat(client);
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().kind, ErrorKind::kNotFound);
  EXPECT_NE(reply.error().message.find("no LLM is configured"), std::string::npos);
  auto embedded = RunAsync(io_, [&] { return client.Embed({"x"}); });
  ASSERT_FALSE(embedded);
  EXPECT_EQ(embedded.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(client.usage().calls, 0);
}

TEST_F(LlmClientTest, EmbeddingsFromTheFirstProviderWithAModel) {
  ScriptedLlmServer chat_only, embedder;
  embedder.Push(Reply::Embeddings({{0.1f, 0.2f}, {0.3f, 0.4f}}).Tokens(7, 0));
  ProviderConfig with_model = Provider(embedder, "embedder");
  with_model.embedding_model = "mistral-embed";
  LlmClient client = Client({Provider(chat_only, "chat-only"), with_model});
  auto reply = RunAsync(io_, [&] { return client.Embed({"first", "second"}); });
  ASSERT_TRUE(reply) << reply.error().ToString();
  ASSERT_EQ(reply->vectors.size(), 2u);
  EXPECT_FLOAT_EQ(reply->vectors[1][0], 0.3f);
  EXPECT_EQ(reply->provider, "embedder");
  EXPECT_EQ(chat_only.requests().size(), 0u);
  auto requests = embedder.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].path(), "/v1/embeddings");
  EXPECT_EQ(requests[0].json().at("model").as_string(), "mistral-embed");
  EXPECT_EQ(requests[0].json().at("input").at(1).as_string(), "second");
  EXPECT_EQ(client.usage().prompt_tokens, 7);
}

TEST_F(LlmClientTest, NoEmbeddingModelAnywhere) {
  ScriptedLlmServer server;
  LlmClient client = Client({Provider(server)});
  auto reply = RunAsync(io_, [&] { return client.Embed({"x"}); });
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().kind, ErrorKind::kNotFound);
  EXPECT_NE(reply.error().message.find("offers embeddings"), std::string::npos);
  EXPECT_EQ(server.requests().size(), 0u);
}

TEST_F(LlmClientTest, EmptyScriptFailsLoudly) {
  ScriptedLlmServer server;
  LlmOptions options;
  options.retry = FastPolicy();
  options.retry.max_attempts = 1;
  LlmClient client({Provider(server)}, options);
  auto reply = Chat(client);
  ASSERT_FALSE(reply);
  EXPECT_NE(reply.error().message.find("the script is empty"), std::string::npos);
}

// The key must not come back through any string, even when a server echoes it.
class KeyRedactionTest : public LlmClientTest {
 protected:
  void SetUp() override {
    previous_ = spdlog::default_logger();
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log_);
    auto logger = std::make_shared<spdlog::logger>("capture", sink);
    logger->set_level(spdlog::level::trace);
    spdlog::set_default_logger(logger);
  }
  void TearDown() override { spdlog::set_default_logger(previous_); }

  static constexpr const char* kKey = "sk-live-SECRET-9f8e7d6c";
  std::ostringstream log_;
  std::shared_ptr<spdlog::logger> previous_;
};

TEST_F(KeyRedactionTest, EchoedKeyIsRedactedInErrorsAttemptsAndLogs) {
  ScriptedLlmServer server;
  const std::string echo =
      std::string(R"({"error":{"message":"Invalid header Authorization: Bearer )") + kKey +
      R"("}})";
  for (int i = 0; i < 3; ++i) server.Push(Reply::Status(503, echo));
  ScriptedLlmServer second;
  second.Push(Reply::Raw(200, std::string("garbage with ") + kKey));
  LlmClient client = Client({Provider(server, "echoer", kKey), Provider(second, "b", kKey)});
  auto reply = Chat(client);
  ASSERT_FALSE(reply);
  EXPECT_EQ(server.requests()[0].header("authorization"), std::string("Bearer ") + kKey);

  EXPECT_EQ(reply.error().message.find(kKey), std::string::npos) << reply.error().message;
  EXPECT_NE(reply.error().message.find("Bearer [redacted]"), std::string::npos);
  EXPECT_NE(reply.error().message.find("garbage with [redacted]"), std::string::npos);
  ASSERT_EQ(observed_.size(), 4u);
  for (const Attempt& attempt : observed_) {
    ASSERT_TRUE(attempt.error);
    EXPECT_EQ(attempt.error->message.find(kKey), std::string::npos);
  }
  std::string log = log_.str();
  EXPECT_NE(log.find("echoer attempt 1 failed"), std::string::npos) << log;
  EXPECT_EQ(log.find(kKey), std::string::npos) << log;
}

TEST_F(KeyRedactionTest, EchoedKeyIsRedactedInReplies) {
  ScriptedLlmServer server;
  server.Push(Reply::ToolCalls({{"type_text", std::string(R"({"text":")") + kKey + "\"}"}},
                               std::string("your key is ") + kKey));
  LlmClient client = Client({Provider(server, "local", kKey)});
  auto reply = Chat(client);
  ASSERT_TRUE(reply) << reply.error().ToString();
  EXPECT_EQ(reply->content, "your key is [redacted]");
  EXPECT_EQ(reply->tool_calls[0].arguments, R"({"text":"[redacted]"})");
  EXPECT_EQ(log_.str().find(kKey), std::string::npos);
}

}  // namespace
}  // namespace applier::llm
