#include "session/draft_review.h"

#include <fstream>

#include "session/draft_edit.h"

namespace applier::session {

namespace asio = boost::asio;

Draft DraftReview::Build() const {
  Draft draft;
  draft.url = page_.url();
  draft.screenshot_path = report_.report().screenshot_path;
  draft.revision = revision_;
  for (const auto& f : report_.report().fields) {
    draft.fields.push_back(DraftField{f.label, f.value, f.source, f.confidence, f.required,
                                      f.status, f.note, f.decided_by});
  }
  return draft;
}

asio::awaitable<void> DraftReview::WriteScreenshot() {
  auto shot = co_await page_.FullPageScreenshot();
  if (!shot) {
    report_.Emit("applier:error", "Could not take the draft screenshot: " + shot.error().message);
    co_return;
  }
  if (!options_.screenshot_path.empty()) {
    std::ofstream out(options_.screenshot_path, std::ios::binary);
    out.write(shot->data(), static_cast<std::streamsize>(shot->size()));
    if (out) report_.report().screenshot_path = options_.screenshot_path;
  }
  report_.Emit("browser:screenshot", "Draft screenshot taken",
               {{"bytes", shot->size()}, {"path", report_.report().screenshot_path}});
}

asio::awaitable<bool> DraftReview::Confirmed() {
  for (;;) {
    ++revision_;
    co_await WriteScreenshot();
    if (revision_ == 1) report_.report().time_to_draft_ms = report_.MillisSinceStart();
    Draft draft = Build();
    report_.Emit("draft:review", "The draft is ready for review",
                 {{"revision", revision_}, {"screenshot", draft.screenshot_path}});
    if (options_.no_submit) {
      report_.Finish(Outcome::kStoppedAtDraft,
                     "Filled and stopped before submitting (--no-submit); the draft is ready");
      co_return false;
    }
    auto missing = report_.MissingRequired();
    const int changes_at_draft = control_.person_changes();
    DraftReply reply = co_await control_.person().ReviewDraft(draft);
    if (report_.ended()) co_return false;  // ended while a person had the page
    switch (reply.decision) {
      case DraftDecision::kUnavailable:
        report_.Finish(Outcome::kStoppedAtDraft,
                       "Stopped at the draft: nobody confirmed it (no terminal and no --yes), so "
                       "nothing was submitted");
        co_return false;
      case DraftDecision::kDecline:
        report_.Emit("draft:confirm", "The draft was declined", {{"confirmed", false}});
        report_.Finish(Outcome::kDraftDeclined, "You declined the draft; nothing was submitted");
        co_return false;
      case DraftDecision::kEdit: {
        report_.Emit("draft:edit", "Changing the draft: " + reply.edit_request,
                     {{"request", reply.edit_request}});
        co_await ApplyEdit(reply.edit_request);
        continue;
      }
      case DraftDecision::kConfirm: break;
    }
    // What is sent must be what was confirmed: a person who changed the form
    // since this draft was taken gets a new one.
    if (co_await control_.Hold() == HoldEnd::kStop) co_return false;
    if (control_.person_changes() != changes_at_draft) {
      report_.Emit("chat:message", "You changed the form in the browser; here is the new draft",
                   {{"changed", control_.person_changes() - changes_at_draft}});
      continue;
    }
    if (!missing.empty()) {
      std::string names;
      for (const auto* f : missing) names += (names.empty() ? "" : ", ") + f->label;
      report_.Finish(Outcome::kNeedsHuman,
                     "Not submitted: required fields are still empty: " + names);
      co_return false;
    }
    report_.Emit("draft:confirm", "The draft was confirmed", {{"confirmed", true}});
    co_return true;
  }
}

asio::awaitable<void> DraftReview::ApplyEdit(const std::string& request) {
  auto edit = ParseEditRequest(request);
  if (!edit) {
    report_.Emit("chat:message", edit.error().message);
    co_return;
  }
  if (co_await control_.Hold() == HoldEnd::kStop) co_return;
  auto snapshot = co_await page_.Read();
  if (!snapshot) co_return;
  const perception::Field* target = FindFieldByName(snapshot->fields, edit->field);
  if (target == nullptr) {
    report_.Emit("chat:message",
                 "I could not find a field called \"" + edit->field + "\" on the form");
    co_return;
  }
  auto answer = planner_.FromHumanResponse(*target, edit->value);
  if (!answer) {
    report_.Emit("chat:message", answer.error().message);
    co_return;
  }
  auto result = co_await page_.Fill(*target, *answer);
  FieldRecord& record = report_.RecordFor(*target, 0);
  if (!result) {
    record.note = "edit failed: " + result.error().message;
    report_.Emit("applier:error", record.note);
    co_return;
  }
  if (auto saved = planner_.Remember(*target, *answer); !saved) {
    report_.AnswerNotSaved(*target, saved.error());
  }
  record.value = result->value;
  record.source = planning::ToString(answer->source);
  record.decided_by = answer->decided_by;
  record.confidence = answer->confidence;
  record.status = "filled";
  record.note = "changed on request: " + request;
  report_.Emit("applier:type", "Changed \"" + record.label + "\"", {{"field", record.label}});
}

}  // namespace applier::session
