#include "session/application_run.h"

#include <boost/json.hpp>
#include <memory>
#include <optional>
#include <random>

#include "session/run_flow.h"
#include "session/run_page.h"
#include "session/run_report.h"

namespace applier::session {

namespace asio = boost::asio;
namespace json = boost::json;

std::string NewApplicationId() {
  std::random_device device;
  std::mt19937_64 engine(device());
  static const char kHex[] = "0123456789abcdef";
  std::string id = "app_";
  for (int i = 0; i < 16; ++i) id += kHex[engine() % 16];
  return id;
}

namespace {

// The run's own client, with its own budget and accounting; none without an LLM.
std::optional<llm::LlmClient> ClientFor(const ApplyDependencies& deps,
                                        const ApplyOptions& options) {
  if (deps.llm == nullptr || !deps.llm->configured()) return std::nullopt;
  return deps.llm->ForApplication(options.llm_budget);
}

store::Outcome StoreOutcome(Outcome outcome) {
  switch (outcome) {
    case Outcome::kSubmitted: return store::Outcome::kSubmitted;
    case Outcome::kDraftDeclined: return store::Outcome::kDraftDeclined;
    case Outcome::kStoppedAtDraft: return store::Outcome::kStoppedAtDraft;
    case Outcome::kNeedsHuman: return store::Outcome::kNeedsHuman;
    case Outcome::kFailed: return store::Outcome::kFailed;
    case Outcome::kUnknown: return store::Outcome::kUnknown;
    case Outcome::kCancelled: return store::Outcome::kCancelled;
  }
  return store::Outcome::kUnknown;
}

}  // namespace

asio::awaitable<ApplicationReport> ApplicationRun::Run(ApplyOptions options) {
  RunReport report(options.url,
                   options.application_id.empty() ? NewApplicationId() : options.application_id,
                   deps_.events);
  const std::string& id = report.report().application_id;
  report.Emit("applier:start", "Applying to " + options.url, {{"url", options.url}});
  // Without its row the run could never record the intent to submit, so it would
  // fill the whole form for nothing; the person hears why at once instead.
  Status created = Status{};
  if (deps_.log) {
    created = co_await CallStore(
        deps_.store, [&] { return deps_.log->Create(id, options.user_id, options.url); });
  }
  std::optional<llm::LlmClient> llm = ClientFor(deps_, options);

  const double launch_start = report.MillisSinceStart();
  std::unique_ptr<BrowserRunPage> page;
  if (!created) {
    report.Finish(Outcome::kFailed,
                  "The application could not be recorded, so nothing was "
                  "filled or sent: " +
                      created.error().message);
  } else if (auto opened = co_await BrowserRunPage::Open(deps_.browser, options.on_page); !opened) {
    report.Finish(Outcome::kFailed, opened.error().message);
  } else {
    page = std::move(*opened);
    report.report().browser_start_ms = report.MillisSinceStart() - launch_start;
    RunFlow flow({.page = *page,
                  .report = report,
                  .profile = deps_.profile,
                  .answers = deps_.answers,
                  .log = deps_.log,
                  .human = deps_.human,
                  .llm = llm ? &*llm : nullptr,
                  .documents = deps_.documents,
                  .store = deps_.store},
                 options);
    co_await flow.Drive();
  }
  ApplicationReport& result = report.report();
  result.total_ms = report.MillisSinceStart();
  if (llm) {
    const auto usage = llm->usage();
    result.llm_calls = usage.calls;
    result.llm_prompt_tokens = usage.prompt_tokens;
    result.llm_completion_tokens = usage.completion_tokens;
    result.llm_cost_usd = usage.cost_usd;
  }
  if (deps_.log && created) {
    const std::string report_json = json::serialize(result.ToJson());
    auto stored = co_await CallStore(deps_.store, [&] {
      return deps_.log->RecordOutcome(id, StoreOutcome(result.outcome), report_json);
    });
    if (!stored) {
      result.message +=
          " (this outcome and the report could not be stored: " + stored.error().message + ")";
    }
  }
  report.Emit(result.outcome == Outcome::kFailed ? "applier:error" : "applier:complete",
              result.message, {{"outcome", ToString(result.outcome)}});
  page.reset();  // closes the application's browser context
  co_return result;
}

}  // namespace applier::session
