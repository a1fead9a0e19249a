#include "llm/pricing.h"

namespace applier::llm {

namespace {

struct PriceRow {
  std::string_view model;
  ModelPrice price;
};

constexpr PriceRow kPrices[] = {
    {"mistral-large-latest", {2.00, 6.00}},
    {"mistral-small-latest", {0.10, 0.30}},
    {"mistral-embed", {0.10, 0.00}},
    {"deepseek/deepseek-chat", {0.27, 1.10}},
    {"deepseek-chat", {0.27, 1.10}},
    {"gemini-2.0-flash", {0.10, 0.40}},
    {"gemini-2.0-flash-lite", {0.075, 0.30}},
    {"gpt-4o-mini", {0.15, 0.60}},
    {"gpt-4o", {2.50, 10.00}},
};

}  // namespace

std::optional<ModelPrice> PriceOf(std::string_view model) {
  for (const PriceRow& row : kPrices) {
    if (row.model == model) return row.price;
  }
  return std::nullopt;
}

double EstimateCostUsd(std::string_view model, const Usage& usage) {
  std::optional<ModelPrice> price = PriceOf(model);
  if (!price) return 0;
  return (static_cast<double>(usage.prompt_tokens) * price->prompt_per_million +
          static_cast<double>(usage.completion_tokens) * price->completion_per_million) /
         1e6;
}

}  // namespace applier::llm
