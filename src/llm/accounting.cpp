#include "llm/accounting.h"

#include "llm/pricing.h"

namespace applier::llm {

UsageLedger::UsageLedger(Budget budget, const std::vector<std::string>& provider_names)
    : budget_(budget) {
  for (const std::string& name : provider_names) {
    usage_.providers.emplace_back().provider = name;
  }
}

Status UsageLedger::Admit() {
  std::lock_guard lock(mutex_);
  if (budget_.max_calls > 0 && usage_.calls >= budget_.max_calls) {
    ++usage_.refused;
    return Fail(ErrorKind::kConflict,
                "the LLM budget of this application is spent: " + std::to_string(usage_.calls) +
                    " of " + std::to_string(budget_.max_calls) + " calls used");
  }
  if (budget_.max_tokens > 0 && usage_.total_tokens() >= budget_.max_tokens) {
    ++usage_.refused;
    return Fail(ErrorKind::kConflict, "the LLM budget of this application is spent: " +
                                          std::to_string(usage_.total_tokens()) + " of " +
                                          std::to_string(budget_.max_tokens) + " tokens used");
  }
  ++usage_.calls;
  return {};
}

void UsageLedger::RecordAttempt(std::string_view provider, bool succeeded) {
  std::lock_guard lock(mutex_);
  ProviderUsage& row = Row(provider);
  ++row.requests;
  if (!succeeded) ++row.failures;
}

void UsageLedger::RecordUsage(std::string_view provider, std::string_view model,
                              const Usage& usage) {
  double cost = EstimateCostUsd(model, usage);
  std::lock_guard lock(mutex_);
  ProviderUsage& row = Row(provider);
  row.prompt_tokens += usage.prompt_tokens;
  row.completion_tokens += usage.completion_tokens;
  row.cost_usd += cost;
  usage_.prompt_tokens += usage.prompt_tokens;
  usage_.completion_tokens += usage.completion_tokens;
  usage_.cost_usd += cost;
}

UsageSnapshot UsageLedger::Snapshot() const {
  std::lock_guard lock(mutex_);
  return usage_;
}

ProviderUsage& UsageLedger::Row(std::string_view provider) {
  for (ProviderUsage& row : usage_.providers) {
    if (row.provider == provider) return row;
  }
  ProviderUsage& row = usage_.providers.emplace_back();
  row.provider = provider;
  return row;
}

}  // namespace applier::llm
