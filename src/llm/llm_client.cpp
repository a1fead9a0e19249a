#include "llm/llm_client.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <random>

#include "llm/http_client.h"
#include "llm/wire.h"

namespace applier::llm {

namespace asio = boost::asio;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::string_view kRedacted = "[redacted]";

std::string Redact(std::string text, const std::vector<std::string>& secrets) {
  for (const std::string& secret : secrets) {
    for (std::size_t at = text.find(secret); at != std::string::npos;
         at = text.find(secret, at + kRedacted.size())) {
      text.replace(at, secret.size(), kRedacted);
    }
  }
  return text;
}

std::string JoinUrl(std::string_view base, std::string_view endpoint) {
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  return std::string(base) + "/" + std::string(endpoint);
}

double UnitRandom() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}

milliseconds Remaining(Clock::time_point deadline) {
  return std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
}

// What to do after an attempt that did not succeed.
struct Failure {
  Error error;
  int http_status = 0;
  bool retry_here = false;                  // worth another attempt on this provider
  std::optional<milliseconds> retry_after;  // the server's minimum wait
};

// A request for one provider, or nullopt when the provider cannot serve it.
using BuildRequest = std::function<std::optional<HttpRequest>(const ProviderConfig&)>;
template <typename Reply>
using DecodeReply = std::function<Result<Reply>(std::string_view body)>;

}  // namespace

struct LlmClient::State {
  std::vector<ProviderConfig> providers;
  LlmOptions options;
  std::shared_ptr<const HttpClient> http;
  std::vector<std::string> secrets;
  UsageLedger ledger;

  State(std::vector<ProviderConfig> chain, LlmOptions opts,
        std::shared_ptr<const HttpClient> client)
      : providers(std::move(chain)),
        options(std::move(opts)),
        http(std::move(client)),
        ledger(options.budget, Names()) {
    for (const ProviderConfig& provider : providers) {
      if (!provider.api_key.empty()) secrets.push_back(provider.api_key);
    }
  }

  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const ProviderConfig& provider : providers) names.push_back(provider.name);
    return names;
  }

  Error Clean(Error error) const {
    error.message = Redact(std::move(error.message), secrets);
    return error;
  }

  Failure Classify(const ProviderConfig& provider, Result<HttpResponse>& response) const {
    if (!response) {
      ErrorKind kind = response.error().kind;
      bool transient =
          kind == ErrorKind::kTimeout || kind == ErrorKind::kIo || kind == ErrorKind::kDisconnected;
      Failure failure;
      failure.error = Clean(response.error());
      failure.retry_here = transient;
      return failure;
    }
    int status = response->status;
    Failure failure;
    failure.error =
        Clean(Error{ErrorKind::kRemote, provider.name + " answered HTTP " + std::to_string(status) +
                                            ": " + wire::DescribeErrorBody(response->body)});
    failure.http_status = status;
    failure.retry_here = status == 429 || status == 408 || status >= 500;
    failure.retry_after = ParseRetryAfter(response->retry_after, response->retry_after_ms);
    if (failure.retry_here && failure.retry_after &&
        *failure.retry_after > options.retry.max_retry_after) {
      failure.retry_here = false;
      failure.error.message += " (asked to wait " + std::to_string(failure.retry_after->count()) +
                               " ms, more than the " +
                               std::to_string(options.retry.max_retry_after.count()) +
                               " ms we wait for one provider)";
    }
    return failure;
  }

  void Report(const Attempt& attempt) const {
    if (attempt.error) {
      spdlog::warn("llm: {} attempt {} failed: {}", attempt.provider, attempt.number,
                   attempt.error->ToString());
    } else {
      spdlog::debug("llm: {} attempt {} succeeded", attempt.provider, attempt.number);
    }
    if (options.on_attempt) options.on_attempt(attempt);
  }

  template <typename Reply>
  asio::awaitable<Result<Reply>> Run(std::string what, BuildRequest build,
                                     DecodeReply<Reply> decode);
};

template <typename Reply>
asio::awaitable<Result<Reply>> LlmClient::State::Run(std::string what, BuildRequest build,
                                                     DecodeReply<Reply> decode) {
  if (providers.empty()) {
    co_return Fail(ErrorKind::kNotFound,
                   "no LLM is configured (set MISTRAL_API_KEY, OPENROUTER_API_KEY, "
                   "GEMINI_API_KEY, or LLM_BASE_URL and LLM_MODEL)");
  }
  std::vector<std::pair<const ProviderConfig*, HttpRequest>> chain;
  for (const ProviderConfig& provider : providers) {
    if (std::optional<HttpRequest> request = build(provider)) {
      chain.emplace_back(&provider, std::move(*request));
    }
  }
  if (chain.empty()) {
    co_return Fail(ErrorKind::kNotFound, "no configured LLM provider offers " + what);
  }
  if (Status admitted = ledger.Admit(); !admitted) {
    spdlog::info("llm: {} not sent: {}", what, admitted.error().message);
    co_return Fail(admitted.error());
  }

  const RetryPolicy& policy = options.retry;
  const Clock::time_point deadline = Clock::now() + policy.total_timeout;
  const int max_attempts = std::max(policy.max_attempts, 1);
  std::vector<Attempt> attempts;
  std::string summary;
  Error last{ErrorKind::kTimeout, ""};
  bool out_of_time = false;
  auto executor = co_await asio::this_coro::executor;

  for (auto& [provider, request] : chain) {
    Failure failure;
    int number = 1;
    for (; number <= max_attempts; ++number) {
      milliseconds waited{0};
      if (number > 1) {
        waited = BackoffDelay(policy, number - 1, UnitRandom());
        if (failure.retry_after) waited = std::max(waited, *failure.retry_after);
        if (waited >= Remaining(deadline)) {
          out_of_time = true;
          break;
        }
        asio::steady_timer timer(executor, waited);
        auto [ec] = co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
        if (ec) co_return Fail(ErrorKind::kCancelled, what + " cancelled while waiting to retry");
      }
      milliseconds remaining = Remaining(deadline);
      if (remaining <= milliseconds(0)) {
        out_of_time = true;
        break;
      }
      request.timeout = std::min(policy.attempt_timeout, remaining);
      Result<HttpResponse> response = co_await http->Post(request);
      asio::cancellation_state cancellation = co_await asio::this_coro::cancellation_state;
      if (cancellation.cancelled() != asio::cancellation_type::none) {
        co_return Fail(ErrorKind::kCancelled, what + " cancelled");
      }
      Attempt attempt;
      attempt.provider = provider->name;
      attempt.number = number;
      attempt.waited = waited;
      if (response) attempt.http_status = response->status;
      if (response && response->status >= 200 && response->status < 300) {
        Result<Reply> reply = decode(response->body);
        if (reply) {
          ledger.RecordAttempt(provider->name, true);
          if (reply->model.empty()) reply->model = provider->model;
          ledger.RecordUsage(provider->name, reply->model, reply->usage);
          reply->provider = provider->name;
          Report(attempt);
          attempts.push_back(std::move(attempt));
          reply->attempts = std::move(attempts);
          co_return reply;
        }
        failure = Failure{};
        failure.error =
            Clean(Error{ErrorKind::kProtocol, provider->name + " sent a malformed " + what +
                                                  " reply: " + reply.error().message});
        failure.http_status = response->status;
      } else {
        failure = Classify(*provider, response);
      }
      ledger.RecordAttempt(provider->name, false);
      attempt.error = failure.error;
      Report(attempt);
      attempts.push_back(std::move(attempt));
      last = failure.error;
      if (!failure.retry_here) {
        ++number;
        break;
      }
    }
    int made = std::min(number - 1, max_attempts);
    if (made > 0) {
      if (!summary.empty()) summary += "; ";
      summary +=
          last.ToString() + " (" + std::to_string(made) + (made == 1 ? " attempt)" : " attempts)");
    }
    if (out_of_time) break;
    if (&request != &chain.back().second) {
      spdlog::warn("llm: {} gave up on {}, trying the next provider", what, provider->name);
    }
  }
  if (out_of_time) {
    co_return Fail(ErrorKind::kTimeout, "no LLM provider answered the " + what +
                                            " request within " +
                                            std::to_string(policy.total_timeout.count()) + " ms" +
                                            (summary.empty() ? "" : ": " + summary));
  }
  co_return Fail(last.kind, "no LLM provider answered the " + what + " request: " + summary);
}

LlmClient::LlmClient(std::vector<ProviderConfig> providers, LlmOptions options)
    : state_(std::make_shared<State>(std::move(providers), std::move(options),
                                     std::make_shared<const HttpClient>())) {}

LlmClient::LlmClient(std::shared_ptr<State> state) : state_(std::move(state)) {}
LlmClient::~LlmClient() = default;
LlmClient::LlmClient(LlmClient&&) noexcept = default;
LlmClient& LlmClient::operator=(LlmClient&&) noexcept = default;

bool LlmClient::configured() const {
  return !state_->providers.empty();
}

std::vector<std::string> LlmClient::providers() const {
  return state_->Names();
}

UsageSnapshot LlmClient::usage() const {
  return state_->ledger.Snapshot();
}

LlmClient LlmClient::ForApplication(Budget budget) const {
  LlmOptions options = state_->options;
  options.budget = budget;
  return LlmClient(std::make_shared<State>(state_->providers, std::move(options), state_->http));
}

asio::awaitable<Result<ChatReply>> LlmClient::Chat(ChatRequest request) const {
  return RunChat(state_, std::move(request));
}

asio::awaitable<Result<EmbeddingReply>> LlmClient::Embed(std::vector<std::string> inputs) const {
  return RunEmbed(state_, std::move(inputs));
}

asio::awaitable<Result<ChatReply>> LlmClient::RunChat(std::shared_ptr<State> state,
                                                      ChatRequest request) {
  BuildRequest build = [&request](const ProviderConfig& provider) -> std::optional<HttpRequest> {
    HttpRequest http;
    http.url = JoinUrl(provider.base_url, "chat/completions");
    http.api_key = provider.api_key;
    http.body = wire::EncodeChatRequest(request, provider.model);
    return http;
  };
  DecodeReply<ChatReply> decode = [&state](std::string_view body) -> Result<ChatReply> {
    auto reply = wire::DecodeChatReply(body);
    if (!reply) return reply;
    reply->content = Redact(std::move(reply->content), state->secrets);
    for (ToolCall& call : reply->tool_calls) {
      call.arguments = Redact(std::move(call.arguments), state->secrets);
    }
    return reply;
  };
  co_return co_await state->Run<ChatReply>("chat", std::move(build), std::move(decode));
}

asio::awaitable<Result<EmbeddingReply>> LlmClient::RunEmbed(std::shared_ptr<State> state,
                                                            std::vector<std::string> inputs) {
  if (inputs.empty()) co_return EmbeddingReply{};
  BuildRequest build = [&inputs](const ProviderConfig& provider) -> std::optional<HttpRequest> {
    if (provider.embedding_model.empty()) return std::nullopt;
    HttpRequest http;
    http.url = JoinUrl(provider.base_url, "embeddings");
    http.api_key = provider.api_key;
    http.body = wire::EncodeEmbeddingRequest(inputs, provider.embedding_model);
    return http;
  };
  std::size_t count = inputs.size();
  DecodeReply<EmbeddingReply> decode = [count](std::string_view body) {
    return wire::DecodeEmbeddingReply(body, count);
  };
  co_return co_await state->Run<EmbeddingReply>("embeddings", std::move(build), std::move(decode));
}

}  // namespace applier::llm
