#include "session/report.h"

#include <boost/json.hpp>

namespace applier::session {

namespace json = boost::json;

const char* ToString(Outcome outcome) {
  switch (outcome) {
    case Outcome::kSubmitted: return "submitted";
    case Outcome::kDraftDeclined: return "draft_declined";
    case Outcome::kStoppedAtDraft: return "stopped_at_draft";
    case Outcome::kNeedsHuman: return "needs_human";
    case Outcome::kFailed: return "failed";
    case Outcome::kUnknown: return "unknown";
    case Outcome::kCancelled: return "cancelled";
  }
  return "unknown";
}

json::object ApplicationReport::ToJson() const {
  json::array field_list;
  for (const auto& f : fields) {
    field_list.push_back(json::object{{"step", f.step},
                                      {"frame", f.frame_id},
                                      {"frame_url", f.frame_url},
                                      {"label", f.label},
                                      {"name", f.name},
                                      {"id", f.id},
                                      {"kind", f.kind},
                                      {"required", f.required},
                                      {"value", f.value},
                                      {"source", f.source},
                                      {"confidence", f.confidence},
                                      {"status", f.status},
                                      {"note", f.note},
                                      {"decided_by", json::value_from(f.decided_by)}});
  }
  json::array step_list;
  for (const auto& s : steps) {
    step_list.push_back(json::object{{"step", s.step},
                                     {"page_kind", s.page_kind},
                                     {"url", s.url},
                                     {"action", s.action},
                                     {"elapsed_ms", s.elapsed_ms}});
  }
  return json::object{
      {"application_id", application_id},
      {"url", url},
      {"outcome", ToString(outcome)},
      {"message", message},
      {"screenshot", screenshot_path},
      {"confirmation_text", confirmation_text},
      {"fields", std::move(field_list)},
      {"steps", std::move(step_list)},
      {"timings_ms", json::object{{"browser_start", browser_start_ms},
                                  {"to_draft", time_to_draft_ms},
                                  {"total", total_ms}}},
      {"llm", json::object{{"calls", llm_calls},
                           {"prompt_tokens", llm_prompt_tokens},
                           {"completion_tokens", llm_completion_tokens},
                           {"cost_usd", llm_cost_usd}}},
  };
}

}  // namespace applier::session
