#include "llm/provider.h"

#include <yaml-cpp/yaml.h>

#include <boost/url/parse.hpp>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace applier::llm {

namespace {

struct KnownProvider {
  const char* name;
  const char* key_variable;
  const char* model_variable;
  const char* base_url;
  const char* model;
  const char* embedding_model;
};

// The documented order of provider.h. OpenRouter has no embeddings endpoint.
constexpr KnownProvider kKnownProviders[] = {
    {"mistral", "MISTRAL_API_KEY", "MISTRAL_MODEL", "https://api.mistral.ai/v1",
     "mistral-large-latest", "mistral-embed"},
    {"openrouter", "OPENROUTER_API_KEY", "OPENROUTER_MODEL", "https://openrouter.ai/api/v1",
     "deepseek/deepseek-chat", ""},
    {"gemini", "GEMINI_API_KEY", "GEMINI_MODEL",
     "https://generativelanguage.googleapis.com/v1beta/openai/", "gemini-2.0-flash",
     "text-embedding-004"},
};

Status CheckBaseUrl(const std::string& url, const std::string& where) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed || (parsed->scheme() != "http" && parsed->scheme() != "https") ||
      parsed->host().empty()) {
    return Fail(ErrorKind::kInvalidInput,
                where + ": base URL must be an http:// or https:// URL, got '" + url + "'");
  }
  return {};
}

Result<YAML::Node> LoadYamlFile(const std::filesystem::path& path) {
  std::ifstream file(path);
  if (!file) {
    return Fail(ErrorKind::kNotFound, "cannot read LLM provider file " + path.string());
  }
  std::stringstream text;
  text << file.rdbuf();
  try {
    return YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    // e.what() quotes the position only, never the file's text, so no key leaks.
    return Fail(ErrorKind::kInvalidInput, path.string() + " is not valid YAML or JSON: " + e.msg +
                                              " at line " + std::to_string(e.mark.line + 1));
  }
}

std::string ScalarOr(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  if (!value || !value.IsScalar()) return {};
  return value.as<std::string>();
}

}  // namespace

std::optional<std::string> SystemEnvironment(std::string_view name) {
  const char* value = std::getenv(std::string(name).c_str());
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

Result<std::vector<ProviderConfig>> ProvidersFromEnvironment(const EnvLookup& env) {
  auto lookup = [&env](std::string_view name) -> std::optional<std::string> {
    std::optional<std::string> value = env(name);
    if (value && value->empty()) return std::nullopt;
    return value;
  };
  std::vector<ProviderConfig> providers;
  for (const KnownProvider& known : kKnownProviders) {
    std::optional<std::string> key = lookup(known.key_variable);
    if (!key) continue;
    providers.push_back(ProviderConfig{
        .name = known.name,
        .base_url = known.base_url,
        .api_key = std::move(*key),
        .model = lookup(known.model_variable).value_or(known.model),
        .embedding_model = known.embedding_model,
    });
  }
  if (std::optional<std::string> base_url = lookup("LLM_BASE_URL")) {
    if (auto ok = CheckBaseUrl(*base_url, "LLM_BASE_URL"); !ok) return Fail(ok.error());
    std::optional<std::string> model = lookup("LLM_MODEL");
    if (!model) {
      return Fail(ErrorKind::kInvalidInput,
                  "LLM_BASE_URL is set but LLM_MODEL is not: name the model the server runs");
    }
    providers.push_back(ProviderConfig{
        .name = "local",
        .base_url = std::move(*base_url),
        .api_key = lookup("LLM_API_KEY").value_or(""),
        .model = std::move(*model),
        .embedding_model = lookup("LLM_EMBEDDING_MODEL").value_or(""),
    });
  }
  return providers;
}

Result<std::vector<ProviderConfig>> ProvidersFromFile(const std::filesystem::path& path,
                                                      const EnvLookup& env) {
  Result<YAML::Node> loaded = LoadYamlFile(path);
  if (!loaded) return Fail(loaded.error());
  const YAML::Node& root = *loaded;
  const YAML::Node list = root.IsMap() ? root["providers"] : YAML::Node();
  if (!list || !list.IsSequence()) {
    return Fail(ErrorKind::kInvalidInput,
                path.string() + " must have a 'providers' list (see llm/provider.h)");
  }
  std::vector<ProviderConfig> providers;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const YAML::Node entry = list[i];
    std::string where = path.string() + ": provider " + std::to_string(i + 1);
    if (!entry.IsMap()) return Fail(ErrorKind::kInvalidInput, where + " is not a mapping");
    ProviderConfig provider{
        .name = ScalarOr(entry, "name"),
        .base_url = ScalarOr(entry, "base_url"),
        .api_key = ScalarOr(entry, "api_key"),
        .model = ScalarOr(entry, "model"),
        .embedding_model = ScalarOr(entry, "embedding_model"),
    };
    if (!provider.name.empty()) where += " (" + provider.name + ")";
    for (const auto& [value, field] :
         {std::pair{&provider.name, "name"}, std::pair{&provider.base_url, "base_url"},
          std::pair{&provider.model, "model"}}) {
      if (value->empty()) return Fail(ErrorKind::kInvalidInput, where + " has no " + field);
    }
    if (auto ok = CheckBaseUrl(provider.base_url, where); !ok) return Fail(ok.error());
    // Usage is accounted per name, so two entries may not share one.
    for (const ProviderConfig& earlier : providers) {
      if (earlier.name == provider.name) {
        return Fail(ErrorKind::kInvalidInput,
                    where + ": the name " + provider.name + " is used more than once");
      }
    }
    if (std::string variable = ScalarOr(entry, "api_key_env"); !variable.empty()) {
      std::optional<std::string> key = env(variable);
      if (!key || key->empty()) {
        return Fail(ErrorKind::kInvalidInput,
                    where + ": api_key_env names " + variable + ", which is not set");
      }
      provider.api_key = std::move(*key);
    }
    providers.push_back(std::move(provider));
  }
  return providers;
}

Result<std::vector<ProviderConfig>> LoadProviders(const EnvLookup& env) {
  if (std::optional<std::string> file = env("LLM_CONFIG"); file && !file->empty()) {
    return ProvidersFromFile(*file, env);
  }
  return ProvidersFromEnvironment(env);
}

Result<RetryPolicy> LoadRetryPolicy(const EnvLookup& env) {
  RetryPolicy policy;
  std::string where = "LLM_TIMEOUT_SECONDS";
  std::optional<std::string> seconds = env(where);
  if (!seconds || seconds->empty()) {
    seconds.reset();
    if (std::optional<std::string> file = env("LLM_CONFIG"); file && !file->empty()) {
      Result<YAML::Node> root = LoadYamlFile(*file);
      if (!root) return Fail(root.error());
      where = *file + ": timeout_seconds";
      if (const YAML::Node value = root->IsMap() ? (*root)["timeout_seconds"] : YAML::Node()) {
        seconds = value.IsScalar() ? value.as<std::string>() : std::string("a list or map");
      }
    }
  }
  if (!seconds) return policy;
  double value = 0;
  const char* end = seconds->data() + seconds->size();
  auto [stop, ec] = std::from_chars(seconds->data(), end, value);
  if (ec != std::errc() || stop != end || !(value >= 0.1 && value <= 3600)) {
    return Fail(ErrorKind::kInvalidInput, where +
                                              " must be a number of seconds from 0.1 to 3600, "
                                              "got '" +
                                              *seconds + "'");
  }
  policy.attempt_timeout = std::chrono::milliseconds(static_cast<std::int64_t>(value * 1000));
  policy.total_timeout = policy.max_attempts * (policy.attempt_timeout + policy.max_delay);
  return policy;
}

}  // namespace applier::llm
