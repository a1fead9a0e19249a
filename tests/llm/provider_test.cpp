// Provider chains from the environment (through an injected lookup, never the real
// one) and from YAML/JSON files.
#include "llm/provider.h"

#include <fstream>
#include <map>

#include "gtest/gtest.h"
#include "support/process.h"

namespace applier::llm {
namespace {

EnvLookup Env(std::map<std::string, std::string> values) {
  return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

std::vector<std::string> Names(const std::vector<ProviderConfig>& providers) {
  std::vector<std::string> names;
  for (const auto& p : providers) names.push_back(p.name);
  return names;
}

TEST(ProvidersFromEnvironmentTest, NoKeyIsAnEmptyChain) {
  auto providers = ProvidersFromEnvironment(Env({}));
  ASSERT_TRUE(providers) << providers.error().ToString();
  EXPECT_TRUE(providers->empty());
}

TEST(ProvidersFromEnvironmentTest, EmptyValuesCountAsUnset) {
  auto providers = ProvidersFromEnvironment(Env({{"MISTRAL_API_KEY", ""}, {"LLM_BASE_URL", ""}}));
  ASSERT_TRUE(providers);
  EXPECT_TRUE(providers->empty());
}

TEST(ProvidersFromEnvironmentTest, AllFourInTheDocumentedOrder) {
  auto providers = ProvidersFromEnvironment(Env({{"LLM_BASE_URL", "http://127.0.0.1:11434/v1"},
                                                 {"LLM_MODEL", "qwen2.5:7b"},
                                                 {"GEMINI_API_KEY", "g-key"},
                                                 {"OPENROUTER_API_KEY", "or-key"},
                                                 {"MISTRAL_API_KEY", "m-key"}}));
  ASSERT_TRUE(providers) << providers.error().ToString();
  EXPECT_EQ(Names(*providers),
            (std::vector<std::string>{"mistral", "openrouter", "gemini", "local"}));
  const auto& p = *providers;
  EXPECT_EQ(p[0].base_url, "https://api.mistral.ai/v1");
  EXPECT_EQ(p[0].model, "mistral-large-latest");
  EXPECT_EQ(p[0].api_key, "m-key");
  EXPECT_EQ(p[0].embedding_model, "mistral-embed");
  EXPECT_EQ(p[1].base_url, "https://openrouter.ai/api/v1");
  EXPECT_EQ(p[1].model, "deepseek/deepseek-chat");
  EXPECT_EQ(p[1].embedding_model, "");
  EXPECT_EQ(p[2].base_url, "https://generativelanguage.googleapis.com/v1beta/openai/");
  EXPECT_EQ(p[2].model, "gemini-2.0-flash");
  EXPECT_EQ(p[3].base_url, "http://127.0.0.1:11434/v1");
  EXPECT_EQ(p[3].model, "qwen2.5:7b");
  EXPECT_EQ(p[3].api_key, "");
  EXPECT_EQ(p[3].embedding_model, "");
}

TEST(ProvidersFromEnvironmentTest, OnlySomeKeysAndModelOverrides) {
  auto providers = ProvidersFromEnvironment(Env(
      {{"GEMINI_API_KEY", "g"}, {"GEMINI_MODEL", "gemini-2.5-pro"}, {"OPENROUTER_API_KEY", "o"}}));
  ASSERT_TRUE(providers);
  EXPECT_EQ(Names(*providers), (std::vector<std::string>{"openrouter", "gemini"}));
  EXPECT_EQ((*providers)[1].model, "gemini-2.5-pro");
}

TEST(ProvidersFromEnvironmentTest, LocalWithKeyAndEmbeddingModel) {
  auto providers = ProvidersFromEnvironment(Env({{"LLM_BASE_URL", "http://localhost:8000/v1"},
                                                 {"LLM_MODEL", "m"},
                                                 {"LLM_API_KEY", "k"},
                                                 {"LLM_EMBEDDING_MODEL", "e"}}));
  ASSERT_TRUE(providers);
  ASSERT_EQ(providers->size(), 1u);
  EXPECT_EQ((*providers)[0].api_key, "k");
  EXPECT_EQ((*providers)[0].embedding_model, "e");
}

TEST(ProvidersFromEnvironmentTest, BaseUrlWithoutModelIsAnError) {
  auto providers = ProvidersFromEnvironment(Env({{"LLM_BASE_URL", "http://127.0.0.1:1/v1"}}));
  ASSERT_FALSE(providers);
  EXPECT_EQ(providers.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(providers.error().message.find("LLM_MODEL"), std::string::npos);
}

TEST(ProvidersFromEnvironmentTest, BaseUrlMustBeHttp) {
  auto providers =
      ProvidersFromEnvironment(Env({{"LLM_BASE_URL", "ftp://x/v1"}, {"LLM_MODEL", "m"}}));
  ASSERT_FALSE(providers);
  EXPECT_EQ(providers.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(providers.error().message.find("ftp://x/v1"), std::string::npos);
}

class ProvidersFromFileTest : public ::testing::Test {
 protected:
  std::filesystem::path Write(const std::string& text) {
    std::filesystem::path path = dir_.path() / "llm.yaml";
    std::ofstream(path) << text;
    return path;
  }
  applier::testing::TempDir dir_;
};

TEST_F(ProvidersFromFileTest, YamlInFileOrderWithKeyFromEnvironment) {
  auto path = Write(R"(
providers:
  - name: local
    base_url: http://127.0.0.1:11434/v1
    model: llama3.1
    embedding_model: nomic-embed-text
  - name: mistral
    base_url: https://api.mistral.ai/v1
    model: mistral-small-latest
    api_key_env: MY_MISTRAL_KEY
)");
  auto providers = ProvidersFromFile(path, Env({{"MY_MISTRAL_KEY", "secret"}}));
  ASSERT_TRUE(providers) << providers.error().ToString();
  EXPECT_EQ(Names(*providers), (std::vector<std::string>{"local", "mistral"}));
  EXPECT_EQ((*providers)[0].embedding_model, "nomic-embed-text");
  EXPECT_EQ((*providers)[1].api_key, "secret");
}

TEST_F(ProvidersFromFileTest, JsonAndInlineKey) {
  auto path = Write(
      R"({"providers": [{"name": "vllm", "base_url": "http://10.0.0.2:8000/v1", "model": "m", "api_key": "k"}]})");
  auto providers = ProvidersFromFile(path, Env({}));
  ASSERT_TRUE(providers) << providers.error().ToString();
  ASSERT_EQ(providers->size(), 1u);
  EXPECT_EQ((*providers)[0].api_key, "k");
}

TEST_F(ProvidersFromFileTest, MissingFieldNamesTheEntry) {
  auto path = Write("providers:\n  - name: a\n    base_url: http://x/v1\n");
  auto providers = ProvidersFromFile(path, Env({}));
  ASSERT_FALSE(providers);
  EXPECT_EQ(providers.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(providers.error().message.find("provider 1 (a) has no model"), std::string::npos)
      << providers.error().message;
}

TEST_F(ProvidersFromFileTest, UnsetKeyVariableIsAnError) {
  auto path =
      Write("providers:\n  - {name: a, base_url: 'http://x/v1', model: m, api_key_env: NOPE}\n");
  auto providers = ProvidersFromFile(path, Env({}));
  ASSERT_FALSE(providers);
  EXPECT_NE(providers.error().message.find("NOPE"), std::string::npos);
}

TEST_F(ProvidersFromFileTest, DuplicateNamesRejected) {
  auto path = Write(
      "providers:\n  - {name: a, base_url: 'http://x/v1', model: m}\n"
      "  - {name: a, base_url: 'http://y/v1', model: m}\n");
  auto providers = ProvidersFromFile(path, Env({}));
  ASSERT_FALSE(providers);
  EXPECT_NE(providers.error().message.find("more than once"), std::string::npos);
}

TEST_F(ProvidersFromFileTest, BrokenYamlAndMissingFileAndNoList) {
  auto broken = ProvidersFromFile(Write("providers: [\n"), Env({}));
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().kind, ErrorKind::kInvalidInput);
  auto missing = ProvidersFromFile(dir_.path() / "absent.yaml", Env({}));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
  auto no_list = ProvidersFromFile(Write("model: x\n"), Env({}));
  ASSERT_FALSE(no_list);
  EXPECT_NE(no_list.error().message.find("'providers' list"), std::string::npos);
}

TEST_F(ProvidersFromFileTest, LoadProvidersPrefersLlmConfig) {
  auto path = Write("providers:\n  - {name: filed, base_url: 'http://x/v1', model: m}\n");
  auto from_file = LoadProviders(Env({{"LLM_CONFIG", path.string()}, {"MISTRAL_API_KEY", "k"}}));
  ASSERT_TRUE(from_file);
  EXPECT_EQ(Names(*from_file), (std::vector<std::string>{"filed"}));
  auto from_env = LoadProviders(Env({{"MISTRAL_API_KEY", "k"}}));
  ASSERT_TRUE(from_env);
  EXPECT_EQ(Names(*from_env), (std::vector<std::string>{"mistral"}));
}

TEST(LoadRetryPolicyTest, SixtySecondsAnAttemptUnlessConfigured) {
  auto policy = LoadRetryPolicy(Env({}));
  ASSERT_TRUE(policy) << policy.error().ToString();
  EXPECT_EQ(policy->attempt_timeout, std::chrono::seconds(60));
}

TEST(LoadRetryPolicyTest, TheVariableSetsTheAttemptTimeoutAndTheWholeCallFitsEveryAttempt) {
  auto policy = LoadRetryPolicy(Env({{"LLM_TIMEOUT_SECONDS", "0.5"}}));
  ASSERT_TRUE(policy) << policy.error().ToString();
  EXPECT_EQ(policy->attempt_timeout, std::chrono::milliseconds(500));
  auto slow = LoadRetryPolicy(Env({{"LLM_TIMEOUT_SECONDS", "600"}}));
  ASSERT_TRUE(slow);
  EXPECT_GE(slow->total_timeout, slow->max_attempts * slow->attempt_timeout);
}

TEST(LoadRetryPolicyTest, ANonsenseTimeoutNamesTheVariable) {
  for (const char* bad : {"soon", "0", "-3", "5s", "99999"}) {
    auto policy = LoadRetryPolicy(Env({{"LLM_TIMEOUT_SECONDS", bad}}));
    ASSERT_FALSE(policy) << bad;
    EXPECT_EQ(policy.error().kind, ErrorKind::kInvalidInput);
    EXPECT_NE(policy.error().message.find("LLM_TIMEOUT_SECONDS"), std::string::npos);
    EXPECT_NE(policy.error().message.find(bad), std::string::npos);
  }
}

TEST_F(ProvidersFromFileTest, TheFileSetsTheTimeoutAndTheVariableWins) {
  auto path = Write(
      "timeout_seconds: 12\nproviders:\n  - {name: filed, base_url: 'http://x/v1', model: m}\n");
  auto from_file = LoadRetryPolicy(Env({{"LLM_CONFIG", path.string()}}));
  ASSERT_TRUE(from_file) << from_file.error().ToString();
  EXPECT_EQ(from_file->attempt_timeout, std::chrono::seconds(12));
  auto overridden =
      LoadRetryPolicy(Env({{"LLM_CONFIG", path.string()}, {"LLM_TIMEOUT_SECONDS", "3"}}));
  ASSERT_TRUE(overridden);
  EXPECT_EQ(overridden->attempt_timeout, std::chrono::seconds(3));
  auto bad = LoadRetryPolicy(Env({{"LLM_CONFIG", Write("timeout_seconds: [1]\n").string()}}));
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("timeout_seconds"), std::string::npos);
}

}  // namespace
}  // namespace applier::llm
