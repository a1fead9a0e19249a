#include "server/views.h"

#include <boost/json.hpp>

namespace applier::server {

namespace json = boost::json;

json::object ProfileJson(const knowledge::Profile& p) {
  json::array jobs;
  for (const auto& job : p.work_history) {
    jobs.push_back(json::object{{"company", job.company},
                                {"title", job.title},
                                {"start", job.start},
                                {"end", job.end},
                                {"location", job.location}});
  }
  json::array schools;
  for (const auto& e : p.education) {
    schools.push_back(json::object{{"school", e.school},
                                   {"degree", e.degree},
                                   {"field", e.field},
                                   {"start", e.start},
                                   {"end", e.end}});
  }
  json::object links{{"linkedin", p.links.linkedin},
                     {"github", p.links.github},
                     {"portfolio", p.links.portfolio},
                     {"website", p.links.website}};
  return json::object{
      {"name", json::object{{"first", p.name.first},
                            {"middle", p.name.middle},
                            {"last", p.name.last},
                            {"preferred", p.name.preferred},
                            {"full", p.name.Full()}}},
      {"email", p.email},
      {"phone", p.phone},
      {"address", json::object{{"city", p.address.city},
                               {"region", p.address.region},
                               {"country", p.address.country},
                               {"country_code", p.address.country_code}}},
      {"links", std::move(links)},
      {"current_company", p.current_company},
      {"current_title", p.current_title},
      {"skills", json::value_from(p.skills)},
      {"work_history", std::move(jobs)},
      {"education", std::move(schools)},
      {"resume",
       p.resume.empty() ? json::value(nullptr) : json::value(p.resume.filename().string())},
      {"cover_letter", p.cover_letter.empty() ? json::value(nullptr)
                                              : json::value(p.cover_letter.filename().string())},
  };
}

json::object ApplicationSummary(const store::ServedApplication& a) {
  json::object row{{"session_id", a.session_id},
                   {"url", a.url},
                   {"status", a.state},
                   {"outcome", a.outcome.empty() ? json::value(nullptr) : json::value(a.outcome)},
                   {"message", a.message},
                   {"draft_mode", a.draft_mode},
                   {"created_at", a.created_at},
                   {"updated_at", a.updated_at},
                   {"resumable", a.state == "kept_draft"}};
  if (!a.title.empty()) row["title"] = a.title;
  row["llm_calls"] = a.llm_calls;
  row["llm_prompt_tokens"] = a.llm_prompt_tokens;
  row["llm_completion_tokens"] = a.llm_completion_tokens;
  row["llm_cost_usd"] = a.llm_cost_usd;
  return row;
}

json::object DocumentJson(const knowledge::DocumentInfo& d) {
  return json::object{{"id", d.id},         {"filename", d.filename},    {"kind", d.kind},
                      {"bytes", d.bytes},   {"pages", d.pages},          {"chunks", d.chunks},
                      {"sha256", d.sha256}, {"created_at", d.created_at}};
}

}  // namespace applier::server
