// Which LLM endpoints to use, in the order they are tried. Every provider speaks the
// OpenAI chat-completions dialect at `base_url`; they differ in key, model and price.
//
// From the environment, in this order (each present only when its variable is set):
//   1. mistral     MISTRAL_API_KEY     https://api.mistral.ai/v1 mistral-large-latest
//   2. openrouter  OPENROUTER_API_KEY  https://openrouter.ai/api/v1 deepseek/deepseek-chat
//   3. gemini      GEMINI_API_KEY      https://generativelanguage.googleapis.com/v1beta/openai/
//                                                                                gemini-2.0-flash
//   4. local       LLM_BASE_URL + LLM_MODEL (+ LLM_API_KEY, LLM_EMBEDDING_MODEL), e.g. Ollama at
//                  http://127.0.0.1:11434/v1, vLLM or llama.cpp's server
// MISTRAL_MODEL, OPENROUTER_MODEL and GEMINI_MODEL override the chat models. No
// variable set is a supported configuration: the list is empty, LlmClient says it is
// not configured, and the session asks the human instead.
//
// From a file (YAML or JSON, which YAML reads too):
//   providers:
//     - name: local
//       base_url: http://127.0.0.1:11434/v1
//       model: qwen2.5:7b
//       embedding_model: nomic-embed-text     # optional
//       api_key_env: LLM_API_KEY              # optional; or api_key: "..." inline
// Keys are best left in the environment and named by api_key_env.
//
// How long one attempt may wait for its reply (LoadRetryPolicy): LLM_TIMEOUT_SECONDS,
// or `timeout_seconds: 20` at the top of that file; the variable wins. Default 60 s,
// room for a long completion from a hosted model; a local model on a CPU may need
// more, and less finds a hung endpoint sooner, so the person is asked sooner.
//
// ProviderConfig holds a secret: never log or print one. Functions here are
// thread-safe if the EnvLookup is.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "llm/retry.h"

namespace applier::llm {

struct ProviderConfig {
  std::string name;             // for logs, attempts and accounting: "mistral", "local", ...
  std::string base_url;         // http:// or https://, with the API's path prefix ("/v1")
  std::string api_key;          // sent as "Authorization: Bearer"; empty sends no header
  std::string model;            // chat model
  std::string embedding_model;  // empty: this provider is skipped for embeddings
};

// Returns the value of an environment variable, or nullopt when unset. Tests pass a
// map; production passes SystemEnvironment.
using EnvLookup = std::function<std::optional<std::string>(std::string_view name)>;

// std::getenv; an empty value counts as unset.
std::optional<std::string> SystemEnvironment(std::string_view name);

// The chain the environment describes, in the order documented above. kInvalidInput
// when LLM_BASE_URL is set without LLM_MODEL or is not an http(s) URL.
Result<std::vector<ProviderConfig>> ProvidersFromEnvironment(
    const EnvLookup& env = SystemEnvironment);

// The chain a config file describes, in file order. kNotFound when the file is
// missing; kInvalidInput (naming the entry) when it cannot be parsed, a provider lacks
// name/base_url/model, a URL is not http(s), or api_key_env names an unset variable.
Result<std::vector<ProviderConfig>> ProvidersFromFile(const std::filesystem::path& path,
                                                      const EnvLookup& env = SystemEnvironment);

// LLM_CONFIG names a file: ProvidersFromFile. Otherwise ProvidersFromEnvironment.
Result<std::vector<ProviderConfig>> LoadProviders(const EnvLookup& env = SystemEnvironment);

// The default RetryPolicy with the configured attempt timeout (above); the whole
// call's limit grows with it, so every attempt still fits. kInvalidInput, naming
// the variable or file, for a timeout that is not a number of seconds in
// [0.1, 3600]; kNotFound or kInvalidInput as ProvidersFromFile for a bad LLM_CONFIG.
Result<RetryPolicy> LoadRetryPolicy(const EnvLookup& env = SystemEnvironment);

}  // namespace applier::llm
