// ApplicationRun is one application from the job URL to its outcome, as one
// linear coroutine: open the posting, find and open the form, then page by page
// read the controls, plan each answer (profile → saved answers → human), fill and
// verify, press Next — until the final submit. There it takes a full-page draft,
// asks the human, and only on a confirmation records the intent to submit, clicks
// submit, and checks for the confirmation page.
//
// Invariants it keeps (DESIGN.md): nothing is submitted without a confirmed draft;
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
#include "store/application_log.h"

namespace applier::session {

// One entry of the event stream, in the wire protocol's shape: type
// "applier:navigate", a human-readable message, and structured data.
struct SessionEvent {
  std::string type;
  std::string message;
  boost::json::object data;
};

using EventSink = std::function<void(const SessionEvent&)>;

struct ApplyOptions {
  std::string url;
  std::string user_id;
  std::string application_id;  // stable id for the store; generated when empty
  bool no_submit = false;      // fill and draft, never press the final submit
  std::chrono::seconds timeout{600};
  std::string screenshot_path;  // where the full-page draft JPEG goes; none when empty
  int max_steps = 12;           // page steps before declaring the flow stuck
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
};

class ApplicationRun {
 public:
  explicit ApplicationRun(ApplyDependencies deps) : deps_(std::move(deps)) {}
  boost::asio::awaitable<ApplicationReport> Run(ApplyOptions options);

 private:
  ApplyDependencies deps_;
};

}  // namespace applier::session
