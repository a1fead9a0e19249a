// Estimated cost of the tokens a call used, from a small table of list prices per
// known model (USD per million tokens, as published by the providers in early 2025).
// Unknown and local models cost 0: an estimate for the report, never a bill.
#pragma once

#include <optional>
#include <string_view>

#include "llm/chat.h"

namespace applier::llm {

struct ModelPrice {
  double prompt_per_million = 0;
  double completion_per_million = 0;
};

// The price of `model` ("mistral-large-latest", "deepseek/deepseek-chat", ...).
std::optional<ModelPrice> PriceOf(std::string_view model);

double EstimateCostUsd(std::string_view model, const Usage& usage);

}  // namespace applier::llm
