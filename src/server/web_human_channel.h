// WebHumanChannel is the person behind a browser (or any API client) for one
// served application. A batch of questions becomes one `hitl:request` event and a
// draft one `draft:review` event, each with a hitl_id; the run then waits until an
// answer arrives through HitlRegistry (REST or WebSocket), the time limit passes,
// or the application is cancelled.
//
// Timeouts: unanswered questions come back as nullopt (the session skips optional
// fields and leaves required ones marked for the draft); an unanswered draft comes
// back kUnavailable with draft_timed_out() set — the service keeps it as a draft
// the user can resume. Draft answers "confirm", "submit", "yes", "ok" confirm;
// anything else is an edit request for the session's draft editor.
//
// Audit: every question and answer is recorded; for fields that look sensitive
// (passwords, identity numbers, dates of birth, bank details) the answer's length
// is stored, never its text.
//
// Use on the browser strand only (where the run is); what it stores and publishes
// is written on the service's blocking pool.
#pragma once

#include <chrono>
#include <string>

#include "server/service.h"
#include "session/human_channel.h"

namespace applier::server {

struct WebHumanOptions {
  std::string session_id;
  std::string user_id;
  bool draft_mode = true;  // false: confirm the draft without asking
  std::chrono::seconds question_timeout{120};
  std::chrono::seconds draft_timeout{300};
};

class WebHumanChannel final : public session::HumanChannel {
 public:
  WebHumanChannel(Service& service, WebHumanOptions options)
      : service_(service), options_(std::move(options)) {}

  boost::asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<session::Question>& questions) override;
  boost::asio::awaitable<session::DraftReply> ReviewDraft(const session::Draft& draft) override;

  bool draft_timed_out() const { return draft_timed_out_; }

 private:
  struct Wait;
  // Publishes the request and waits; nullopt on timeout or cancel.
  boost::asio::awaitable<std::optional<boost::json::value>> WaitForAnswer(
      HitlKind kind, std::string type, std::string message, boost::json::object data,
      std::chrono::seconds timeout);
  boost::asio::awaitable<void> SetState(const char* state);

  Service& service_;
  WebHumanOptions options_;
  bool draft_timed_out_ = false;
};

// Whether an answer to this question must be kept out of the audit trail's text.
bool IsSensitiveQuestion(std::string_view label);

// "confirm", "submit", "yes", "ok" (any case, surrounding blanks and a final
// '.' or '!' ignored) confirm; anything else is an edit request.
session::DraftReply DraftReplyFrom(std::string_view text);

}  // namespace applier::server
