// The JSON API of events: GET /api/v1/events, /api/v1/events/{id}; POST with a Bearer token.
#include <boost/json.hpp>
#include "features/events/routes.hpp"

#include "features/events/commands.hpp"
#include "features/posts/api.hpp"
#include "features/training/commands.hpp"
#include "platform/csv.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

// ---- JSON API: events ------------------------------------------------------------------

json::object EventJson(App& app, const events::Event& e) {
  json::object o{{"id", e.id.value()},
                 {"url", app.config().base_url + "/events/" + to_string(e.id)},
                 {"title", e.title},
                 {"title_kana", e.title_kana},
                 {"description", e.description},
                 {"region", e.region_slug},
                 {"all_day", e.all_day},
                 {"starts_at", jst::Iso(e.starts_at)},
                 {"ends_at", jst::Iso(e.ends_at)},
                 {"place", e.place},
                 {"address", e.address},
                 {"organiser", e.organiser},
                 {"fee", e.fee},
                 {"status", events::ToString(e.status)},
                 {"signed_up", e.confirmed},
                 {"waiting", e.waiting}};
  if (e.all_day) {
    o["start_date"] = jst::Date(e.starts_at);
    o["end_date"] = jst::Date(e.ends_at);
  }
  if (e.HasGeo()) {
    o["lat"] = static_cast<double>(*e.lat_e6) / 1e6;
    o["lon"] = static_cast<double>(*e.lon_e6) / 1e6;
  } else {
    o["lat"] = nullptr;
    o["lon"] = nullptr;
  }
  if (e.capacity) {
    o["capacity"] = *e.capacity;
  } else {
    o["capacity"] = nullptr;
  }
  return o;
}

Response ApiEvents(App& app, RequestCtx& rc) {
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  events::Filter f;
  std::map<std::string, std::string> errors;
  const std::string region = QueryParam(rc.req, "region");
  if (!region.empty()) {
    auto r = RegionOf(app, region);
    if (!r) {
      errors["region"] = Msg("error.unknown_region");
    } else {
      f.region = r->id;
    }
  }
  for (const char* k : {"from", "to"}) {
    const std::string v = QueryParam(rc.req, k);
    if (v.empty()) continue;
    std::optional<std::int64_t> t;
    if (training::IsDate(v)) {
      t = jst::Midnight(v) + (std::string(k) == "to" ? 86400 : 0);
    } else {
      t = jst::ParseDateTime(v);
    }
    if (!t) {
      errors[k] = Msg("error.date_or_datetime");
    } else if (std::string(k) == "from") {
      f.from = *t;
    } else {
      f.to = *t;
    }
  }
  if (!errors.empty()) return app.JsonError(400, Msg("error.summary"), errors);
  const auto page = events::List(app.ctx(), f, std::min(paging->page, 10000), paging->per_page);
  json::array items;
  for (const auto& e : page.items) items.push_back(EventJson(app, e));
  return app.Json(200,
                  JsonText(json::object{
                      {"items", std::move(items)}, {"total", page.total}, {"page", paging->page}}));
}

Response ApiEvent(App& app, RequestCtx& rc) {
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  auto e = id ? events::GetEvent(app.ctx(), events::EventId{*id}) : std::nullopt;
  if (!e) return app.JsonError(404, Msg("error.not_found"));
  return app.Json(200, JsonText(EventJson(app, *e)));
}

Response ApiCreateEvent(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto where = ApiRegionAndOrg(app, rc, o, false);
  if (auto* res = std::get_if<Response>(&where)) return std::move(*res);
  const auto& [region, org] = std::get<std::pair<Region, OrgId>>(where);
  events::EventForm f;
  f.region = region.slug;
  f.org = to_string(org);
  f.title = JsonString(o, "title");
  f.title_kana = JsonString(o, "title_kana");
  f.description = JsonString(o, "description");
  f.all_day = JsonString(o, "all_day");
  f.starts_at = JsonString(o, "starts_at");
  f.ends_at = JsonString(o, "ends_at");
  // Both are required through the API: an empty value must still be reported.
  if (f.starts_at.empty()) f.starts_at.assign(1, ' ');
  if (f.ends_at.empty()) f.ends_at.assign(1, ' ');
  f.place = JsonString(o, "place");
  f.address = JsonString(o, "address");
  f.lat = JsonString(o, "lat");
  f.lon = JsonString(o, "lon");
  f.capacity = JsonString(o, "capacity");
  f.fee = JsonString(o, "fee");
  f.contact = JsonString(o, "contact");
  auto r = events::CreateEvent(app.ctx(), rc.actor, f);
  if (!r) return JsonFailure(app, r.error());
  return app.Json(
      201, JsonText(json::object{{"id", r->value()},
                                 {"url", app.config().base_url + "/events/" + to_string(*r)}}));
}

}  // namespace

void AddEventApiRoutes(Router<Handler>& r) {
  r.Add("GET", "/api/v1/events", ApiEvents);
  r.Add("POST", "/api/v1/events", ApiCreateEvent);
  r.Add("GET", "/api/v1/events/{id}", ApiEvent);
}

}  // namespace tsunagu::web
