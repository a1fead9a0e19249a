// /api/answers: what a person once told a run, saved per user, listed, corrected
// and deleted.
#include <boost/json.hpp>

#include "server/request_body.h"
#include "server/responses.h"
#include "server/routes.h"
#include "store/saved_answer_admin.h"

namespace applier::server {

namespace json = boost::json;

HttpResponse ListAnswers(RouteRequest& r) {
  auto rows = r.service.ReadDb(
      [&](store::Database& db) { return store::SavedAnswerAdmin(db).List(r.user); });
  if (!rows) return Internal(rows.error());
  json::array list;
  for (const auto& r : *rows) {
    boost::system::error_code ec;
    json::value options = json::parse(r.options_json, ec);
    list.push_back(json::object{{"id", r.id},
                                {"question", r.question},
                                {"answer", r.answer},
                                {"options", ec ? json::value(json::array()) : options},
                                {"updated_at", r.updated_at}});
  }
  return Json(200, json::object{{"answers", std::move(list)}});
}

HttpResponse PutAnswer(RouteRequest& r) {
  const std::string& id_text = r.params[0];
  const std::string& raw = r.http.body;
  auto id = ParseInt(id_text);
  if (!id) return JsonError(404, "not_found", "no such saved answer");
  auto body = ParseObject(raw);
  if (!body) return FromError(body.error());
  auto answer = RequiredString(*body, "answer");
  if (!answer) return FromError(answer.error());
  auto st = r.service.WithDb([&](store::Database& db) {
    return store::SavedAnswerAdmin(db).Update(r.user, *id, *answer);
  });
  if (!st) return FromStore(st.error(), "saved answer");
  return Json(200, json::object{{"status", "updated"}, {"id", *id}});
}

HttpResponse DeleteAnswer(RouteRequest& r) {
  const std::string& id_text = r.params[0];
  auto id = ParseInt(id_text);
  if (!id) return JsonError(404, "not_found", "no such saved answer");
  auto st = r.service.WithDb(
      [&](store::Database& db) { return store::SavedAnswerAdmin(db).Delete(r.user, *id); });
  if (!st) return FromStore(st.error(), "saved answer");
  return HttpResponse{204, "application/json", "", {}};
}

}  // namespace applier::server
