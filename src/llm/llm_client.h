// LlmClient is how every other part talks to a language model: chat completions with
// tool calling, and embeddings, over the provider chain of provider.h. Each call
// tries the providers in order, retrying one per RetryPolicy (retry.h) before moving
// to the next; the caller gets a reply or one error value naming every provider's
// failure. With no provider configured every call fails at once with kNotFound ("no
// LLM is configured"), which the session answers by asking the human.
//
// Errors: kNotFound (nothing configured, or no provider offers embeddings),
// kConflict (the application's Budget is spent; nothing was sent), kTimeout,
// kIo, kDisconnected, kRemote (the provider answered with an HTTP error; its message
// is quoted), kProtocol (the reply was not the promised JSON), kCancelled (the
// caller's cancellation slot fired). With several providers failing, the kind is the
// last one's.
//
// Secrets: API keys are sent only in the Authorization header. Every string this
// class returns or logs (errors, attempt logs, replies) has each configured key
// replaced by "[redacted]", so a server echoing the header back cannot leak it.
//
// Threading: every method is thread-safe; calls may run concurrently on any
// executors, each on the executor of the coroutine that awaits it. Accounting is
// guarded by a mutex (accounting.h). A call in flight keeps what it needs alive, so
// the client may be destroyed or moved while calls run. Use one client per
// application (ForApplication) so budgets and usage are per application.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "llm/accounting.h"
#include "llm/chat.h"
#include "llm/provider.h"
#include "llm/retry.h"

namespace applier::llm {

struct LlmOptions {
  RetryPolicy retry;
  Budget budget;
  // Told about every attempt as it ends, on the calling coroutine's executor: tests
  // read the waits from it, the session may turn it into events.
  std::function<void(const Attempt&)> on_attempt;
};

class LlmClient {
 public:
  explicit LlmClient(std::vector<ProviderConfig> providers, LlmOptions options = {});
  ~LlmClient();
  LlmClient(LlmClient&&) noexcept;
  LlmClient& operator=(LlmClient&&) noexcept;

  // False when the chain is empty; every call would fail with kNotFound.
  bool configured() const;
  // Provider names in the order they are tried.
  std::vector<std::string> providers() const;

  boost::asio::awaitable<Result<ChatReply>> Chat(ChatRequest request) const;

  // One vector per input, from the first provider that has an embedding model.
  boost::asio::awaitable<Result<EmbeddingReply>> Embed(std::vector<std::string> inputs) const;

  // Calls, tokens and estimated cost so far, per provider; a consistent copy.
  UsageSnapshot usage() const;

  // A client with the same providers, retry policy, observer and connections, and its
  // own budget and accounting starting at zero.
  LlmClient ForApplication(Budget budget) const;

 private:
  struct State;
  explicit LlmClient(std::shared_ptr<State> state);
  // The coroutines own the state, so a call does not depend on the client object.
  static boost::asio::awaitable<Result<ChatReply>> RunChat(std::shared_ptr<State> state,
                                                           ChatRequest request);
  static boost::asio::awaitable<Result<EmbeddingReply>> RunEmbed(std::shared_ptr<State> state,
                                                                 std::vector<std::string> inputs);
  std::shared_ptr<State> state_;
};

}  // namespace applier::llm
