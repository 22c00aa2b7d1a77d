// JSON API under /api/v1/. Lists answer {"items": [...], "total": N, "page": P}; errors
// answer {"error": "...", "fields": {...}}.
#include <boost/json.hpp>

#include "features/regions/routes.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

json::object OrgJson(const Org& o) {
  json::object j{{"id", o.id.value()},
                 {"name", o.name},
                 {"kana", o.kana},
                 {"kind", std::string(ToString(o.kind))},
                 {"kind_label", Label(o.kind)},
                 {"description", o.description},
                 {"url", "/orgs/" + to_string(o.id)}};
  j["parent_id"] = o.parent_id ? json::value(o.parent_id.value()) : json::value(nullptr);
  if (o.council_shape) {
    j["shape"] = std::string(ToString(*o.council_shape));
    j["shape_label"] = Label(*o.council_shape);
  }
  j["contact"] = json::object{
      {"phone", o.phone}, {"email", o.email}, {"address", o.address}, {"website", o.website}};
  return j;
}

json::object RegionJson(const Region& r) {
  return json::object{{"slug", r.slug},
                      {"name", r.name},
                      {"kana", r.kana},
                      {"romaji", r.romaji},
                      {"url", "/regions/" + r.slug},
                      {"community_centre", json::object{{"name", r.center_name},
                                                        {"address", r.center_address},
                                                        {"phone", r.center_phone},
                                                        {"hours", r.center_hours}}}};
}

Response ListRegions(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  auto data = [&] {
    const auto councils = directory::CouncilsByRegion(app.ctx());
    std::vector<std::pair<Region, std::optional<Org>>> out;
    for (auto& r : directory::ListRegions(app.ctx())) {
      auto it = councils.find(r.id);
      out.emplace_back(r, it == councils.end() ? std::nullopt : std::optional<Org>(it->second));
    }
    return out;
  }();
  json::array items;
  const std::size_t from = static_cast<std::size_t>(paging->page - 1) * paging->per_page;
  for (std::size_t i = from; i < data.size() && i < from + paging->per_page; ++i) {
    json::object j = RegionJson(data[i].first);
    j["council"] = data[i].second ? json::value(OrgJson(*data[i].second)) : json::value(nullptr);
    items.push_back(std::move(j));
  }
  json::object body{{"items", std::move(items)},
                    {"total", static_cast<std::int64_t>(data.size())},
                    {"page", paging->page}};
  return app.Json(200, json::serialize(body));
}

Response GetRegion(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto data = [&] {
    auto r = directory::FindRegionBySlug(app.ctx(), rc.params.at("slug"));
    std::vector<Org> orgs;
    if (r) orgs = directory::ListOrgsInRegion(app.ctx(), r->id);
    return std::make_pair(r, orgs);
  }();
  if (!data.first) return app.JsonError(404, Msg("error.no_region"));
  json::object j = RegionJson(*data.first);
  json::array orgs;
  j["council"] = nullptr;
  for (const auto& o : data.second) {
    if (o.kind == OrgKind::kCouncil) j["council"] = OrgJson(o);
    orgs.push_back(OrgJson(o));
  }
  j["organisations"] = std::move(orgs);
  return app.Json(200, json::serialize(j));
}

Response GetOrg(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  std::optional<Org> org;
  if (auto id = text::ParsePositiveInt(rc.params.at("id"))) {
    org = directory::FindOrg(app.ctx(), OrgId{*id});
  }
  if (!org) return app.JsonError(404, Msg("error.no_org"));
  return app.Json(200, json::serialize(OrgJson(*org)));
}

Response GetMe(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.JsonError(401, Msg("error.token_required"));
  json::array memberships;
  for (const auto& m : rc.actor.memberships) {
    memberships.push_back(json::object{{"org_id", m.org_id.value()},
                                       {"org_name", m.org_name},
                                       {"role", std::string(ToString(m.role))}});
  }
  json::object j{{"id", rc.actor.id.value()},
                 {"display_name", rc.user_name},
                 {"role", std::string(ToString(rc.actor.role))},
                 {"memberships", std::move(memberships)}};
  return app.Json(200, json::serialize(j));
}

}  // namespace

void AddApiRoutes(Router<Handler>& r) {
  r.Add("GET", "/api/v1/regions", ListRegions);
  r.Add("GET", "/api/v1/regions/{slug}", GetRegion);
  r.Add("GET", "/api/v1/orgs/{id}", GetOrg);
  r.Add("GET", "/api/v1/me", GetMe);
}

}  // namespace tsunagu::web
