// RunFlow is one application on a page that is already open, from the job URL
// to its outcome: page by page the navigator moves on (posting → form → next
// step), the filler fills the step, the assistant takes pages the engine does
// not know, and the step with the final submit goes to the draft, the submit and
// the validation loop. ApplicationRun opens the browser tab and runs it; a test
// runs it over a scripted page (run_page.h).
//
// Ownership: every part is borrowed for the duration of Drive. Not thread-safe.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "browser/page.h"
#include "knowledge/answer_bank.h"
#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "session/human_channel.h"
#include "session/run_page.h"
#include "session/run_report.h"
#include "session/store_calls.h"
#include "store/application_log.h"

namespace applier::session {

struct ApplyOptions {
  std::string url;
  std::string user_id;
  std::string application_id;  // stable id for the store; generated when empty
  bool no_submit = false;      // fill and draft, never press the final submit
  std::chrono::seconds timeout{600};
  std::string screenshot_path;  // where the full-page draft JPEG goes; none when empty
  // Page steps before declaring the flow stuck. Conversational forms (Typeform,
  // Tally, Jotform Cards) show one question per screen, each screen a step: a
  // 30-question application must fit. A page that keeps coming back is caught
  // sooner (PageNavigator::SeenTooOften).
  int max_steps = 40;
  // Called with each tab the run works in (the first, and a popup it follows), so a
  // live view can stream it and forward a person's clicks and keys to it. Optional.
  std::function<void(std::shared_ptr<browser::Page>)> on_page;
  // Set from any thread to stop the run: it ends with outcome `cancelled` before its
  // next page step (and never between the submit intent and the click). Optional.
  std::shared_ptr<const std::atomic<bool>> cancel;
  // True while a person has taken over the page (live view): the run makes no
  // move of its own until it is false again (polled every 100 ms on the run's
  // executor; cancel and `timeout` still end it). Then it reads the page again and
  // keeps every value the person changed as their answer (source "human"), never
  // filling over it; waits for the person (questions, the draft) go on as usual.
  // Emits chat:message "Paused ..." (data.paused true) and "Resumed ..." (false). Optional.
  std::shared_ptr<const std::atomic<bool>> paused;
  // The most one application may spend on the LLM, when one is configured.
  llm::Budget llm_budget{.max_calls = 40, .max_tokens = 200000};
  int max_agent_steps = 12;  // tool calls per unknown page before asking the human
};

struct RunFlowParts {
  RunPage& page;
  RunReport& report;
  const knowledge::Profile& profile;
  knowledge::AnswerBank* answers = nullptr;  // optional: no saved answers
  store::ApplicationLog* log = nullptr;      // optional: no submit-intent record
  HumanChannel& human;
  // This run's own LLM client (its budget and accounting); null: none configured.
  const llm::LlmClient* llm = nullptr;
  knowledge::DocumentLibrary* documents = nullptr;  // optional: no passages
  StoreOffload store = {};  // where awaited store calls run (store_calls.h); empty: in place
};

class RunFlow {
 public:
  RunFlow(RunFlowParts parts, const ApplyOptions& options);
  ~RunFlow();
  RunFlow(const RunFlow&) = delete;
  RunFlow& operator=(const RunFlow&) = delete;

  // Runs the application to its end; the report holds the outcome.
  boost::asio::awaitable<void> Drive();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace applier::session
