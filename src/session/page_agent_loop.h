// PageAgentLoop is the fallback for a page the deterministic engine cannot handle
// (no form and no Apply button it recognises, or a form step with no Next or
// Submit it knows): a language model sees the page as an indexed list of its
// interactive elements (role, name, value, options) and acts through tools —
// click, type, select, upload, scroll, wait, ask_human, retrieve_user_context,
// request_draft_review, done — until the page becomes one the engine knows, the
// form is ready for the draft, or it gives up.
//
// Rules it keeps, whatever the model asks:
//  - It never sends the application. A click on a button perception classifies as
//    submit, or on a submit button of a form, is refused and the model is told to
//    call request_draft_review; the session then shows the draft and presses that
//    button only after the person confirms it.
//  - A step limit per page, and loop detection: the same action twice on an
//    unchanged page asks the person what to do, and stops when nobody answers.
//  - Control goes back to the engine as soon as the page changed into one it knows
//    (a form step, a posting with an Apply button, a confirmation, a wall).
//  - While a person has taken over the live view it makes no move (before_action),
//    reads the page again once they hand back, and never retypes a value they
//    entered themselves (persons).
//
// Ownership: everything in AgentLoopContext is borrowed for the duration of Run.
// Not thread-safe; run it on the session's coroutine.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <functional>
#include <string>
#include <vector>

#include "browser/page.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "perception/page_reader.h"
#include "planning/answer.h"
#include "session/field_reasoner.h"
#include "session/human_channel.h"

namespace applier::session {

// What the run may do after a check for a person at the controls (live view
// takeover): go on, read the page again first (a person had it meanwhile and may
// have changed it), or stop (cancelled or out of time while they had it).
enum class HoldEnd { kGoOn, kReread, kStop };

struct AgentLoopContext {
  browser::Page& page;
  const llm::LlmClient& llm;
  const FieldReasoner& reasoner;  // profile summary and retrieval
  HumanChannel& human;
  const knowledge::Profile& profile;  // resume and cover letter for uploads
  std::string posting_text;
  int max_steps = 12;  // tool calls before handing the page to a person
  // Told about each action (type "applier:click", "applier:type", ..., "chat:message").
  std::function<void(const std::string& type, const std::string& message)> on_event;
  // Told about each field the model filled, with the value read back from the page.
  std::function<void(const perception::Field&, const planning::Answer&, const std::string& value)>
      on_filled;
  // Awaited before each tool call acts on the page: waits while a person has the
  // page. Optional (no takeover: always kGoOn).
  std::function<boost::asio::awaitable<HoldEnd>()> before_action;
  // Whether a person typed this field's value themselves: the loop leaves it. Optional.
  std::function<bool(const perception::Field&)> persons;
};

enum class AgentEnd {
  kHandBack,        // the page is one the engine knows now, or the model is done
  kDraftRequested,  // the form is ready; `submit` sends it once the draft is confirmed
  kNeedsHuman,      // step limit, an unresolved loop, or the LLM failed: `message` says
};

struct AgentResult {
  AgentEnd end = AgentEnd::kNeedsHuman;
  std::string message;
  perception::Button submit;         // kDraftRequested
  std::vector<std::string> actions;  // one line per tool call, in order
  int refused_submits = 0;           // clicks on submit the loop refused
};

// Whether pressing `button` may send the application.
bool IsSubmitLike(const perception::Button& button);
// The same on a page: also the last button of a form when its words say nothing
// (a plain type=button that sends the form from script looks like any other
// button, and a form's last button is where its action sits), so the assistant
// can never send an application by clicking it.
bool IsSubmitLike(const perception::Button& button, const std::vector<perception::Button>& page);

// Whether the engine can take the page as it is: a form step or review with a
// Next or Submit it recognises, a posting with an Apply button, or a page that
// ends the run (confirmation, error, CAPTCHA, sign-in wall).
bool EngineKnows(const perception::PageSnapshot& snapshot);

// The page as the model reads it: one line per element, fields first, then
// buttons, numbered in one sequence. Pure, for tests.
std::string DescribeElements(const perception::PageSnapshot& snapshot);

class PageAgentLoop {
 public:
  explicit PageAgentLoop(AgentLoopContext context) : context_(std::move(context)) {}

  // `why` says what the engine could not do, for the model and the report.
  boost::asio::awaitable<AgentResult> Run(perception::PageSnapshot start, std::string why);

 private:
  AgentLoopContext context_;
};

}  // namespace applier::session
