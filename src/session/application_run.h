// ApplicationRun is one application from the job URL to its outcome, as one
// linear coroutine: open the posting, find and open the form, then page by page
// read the controls, plan each answer (profile → saved answers → human), fill and
// verify, press Next — until the final submit. There it takes a full-page draft,
// asks the human, and only on a confirmation records the intent to submit, clicks
// submit, and checks for the confirmation page.
//
// The mechanisms live apart, each over the RunPage interface (run_page.h):
// PageNavigator (posting → form → next step), StepFiller (one step's fields),
// DraftReview, Submitter, RunControl (takeover, cancel, time limit), RunReport.
//
// Invariants it keeps (docs/design.md): nothing is submitted without a confirmed draft;
// the submit intent is stored before the click, so a second run of the same
// application can never submit again; passwords are never typed.
//
// Not thread-safe; run it on its browser's executor.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "browser/browser.h"
#include "browser/page.h"
#include "knowledge/answer_bank.h"
#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "session/human_channel.h"
#include "session/report.h"
#include "session/run_flow.h"
#include "session/run_report.h"
#include "session/store_calls.h"
#include "store/application_log.h"

namespace applier::session {

struct ApplyDependencies {
  browser::Browser& browser;
  const knowledge::Profile& profile;
  knowledge::AnswerBank* answers = nullptr;  // optional: no saved answers
  store::ApplicationLog* log = nullptr;      // optional: no submit-intent record
  HumanChannel& human;
  EventSink events;
  // Optional reasoning (field_reasoner.h, page_agent_loop.h): free-text answers,
  // unplaced choices and unknown pages. Null or unconfigured: the human is asked,
  // exactly as before. The run takes its own budget from `llm` (ForApplication).
  const llm::LlmClient* llm = nullptr;
  knowledge::DocumentLibrary* documents = nullptr;  // the user's documents, for passages
  // Where the calls on `answers`, `log` and `documents` that the run awaits are
  // made (store_calls.h); empty: in place, on the run's executor.
  StoreOffload store = {};
};

// A fresh id for an application ("app_" and 16 hex digits), for a caller that
// must know it before the run starts (to look the run up if it breaks).
std::string NewApplicationId();

class ApplicationRun {
 public:
  explicit ApplicationRun(ApplyDependencies deps) : deps_(std::move(deps)) {}
  boost::asio::awaitable<ApplicationReport> Run(ApplyOptions options);

 private:
  ApplyDependencies deps_;
};

}  // namespace applier::session
