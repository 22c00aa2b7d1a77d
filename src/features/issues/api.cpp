// The JSON API of local issues (地域課題, issue 4 item 6): list and read them (public, like the
// pages), raise one and move it between levels and states (an API token). What is shown of an
// issue never includes its reporter's name, email or account: only an organisation when the
// issue was raised on its behalf.
#include <boost/json.hpp>

#include "features/issues/commands.hpp"
#include "features/issues/routes.hpp"
#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

json::value Coordinate(const std::optional<std::int64_t>& e6) {
  if (!e6) return nullptr;
  return static_cast<double>(*e6) / 1e6;
}

json::value Stage(const std::optional<issues::Level>& l, const std::optional<issues::State>& s) {
  if (!l && !s) return nullptr;
  json::object o;
  o["level"] = l ? json::value(std::string(issues::ToString(*l))) : json::value(nullptr);
  o["state"] = s ? json::value(std::string(issues::ToString(*s))) : json::value(nullptr);
  return o;
}

std::string IssueUrl(App& app, issues::IssueId id) {
  std::string url = app.config().base_url;
  url += "/issues/";
  url += to_string(id);
  return url;
}

// Everything public about an issue; with its timeline when one is given.
json::object IssueJson(App& app, const issues::Issue& i,
                       const std::vector<issues::Entry>* timeline = nullptr) {
  const std::string base = app.config().base_url;
  const std::int64_t now = app.ctx().clock.Now();
  json::array images;
  for (const auto& img : i.images) {
    images.push_back(json::object{{"url", base + "/media/" + img.file},
                                  {"alt", img.alt},
                                  {"width", img.width},
                                  {"height", img.height}});
  }
  json::object o{{"id", i.id.value()},
                 {"url", IssueUrl(app, i.id)},
                 {"region", i.region_slug},
                 {"region_name", i.region_name},
                 {"category", issues::CategoryLabel(i.category)},
                 {"title", i.title},
                 {"description", i.description},
                 {"address", i.address},
                 {"lat", Coordinate(i.lat_e6)},
                 {"lon", Coordinate(i.lon_e6)},
                 {"level", std::string(issues::ToString(i.level))},
                 {"state", std::string(issues::ToString(i.state))},
                 {"agency_responsible", issues::AgencyResponsible(i)},
                 {"created_at", jst::Iso(i.created_at)},
                 {"updated_at", jst::Iso(i.updated_at)},
                 {"overdue", i.Overdue(now)},
                 {"metoo", i.metoo},
                 {"followers", i.followers},
                 {"images", std::move(images)}};
  if (i.association_id) {
    o["association_id"] = i.association_id.value();
    o["association_name"] = i.association_name;
  } else {
    o["association_id"] = nullptr;
    o["association_name"] = nullptr;
  }
  o["due_at"] = i.due_at ? json::value(jst::Iso(i.due_at)) : json::value(nullptr);
  o["resolution"] = i.resolution.empty() ? json::value(nullptr) : json::value(i.resolution);
  o["reporter_org"] = i.reporter_org_id ? json::value(i.reporter_org_name) : json::value(nullptr);
  o["media_url"] = i.media_url.empty() ? json::value(nullptr) : json::value(i.media_url);
  if (timeline) {
    json::array entries;
    for (const auto& e : *timeline) {
      entries.push_back(json::object{{"at", jst::Iso(e.at)},
                                     {"kind", issues::ToString(e.kind)},
                                     {"who", e.who},
                                     {"from", Stage(e.from_level, e.from_state)},
                                     {"to", Stage(e.to_level, e.to_state)},
                                     {"note", e.note}});
    }
    o["timeline"] = std::move(entries);
  }
  return o;
}

std::optional<issues::IssueId> PathId(const RequestCtx& rc) {
  if (auto id = text::ParsePositiveInt(rc.params.at("id"))) return issues::IssueId{*id};
  return std::nullopt;
}

// The issue as the API shows it after a change (200), or 404 when it has gone meanwhile.
Response IssueAnswer(App& app, issues::IssueId id, int status) {
  auto i = issues::Get(app.ctx(), id);
  if (!i) return app.JsonError(404, Msg("api.issue_not_found"));
  const auto timeline = issues::Timeline(app.ctx(), id);
  Response r = app.Json(status, JsonText(IssueJson(app, *i, &timeline)));
  if (status == 201) r.Set("Location", IssueUrl(app, id));
  return r;
}

bool Truthy(const std::string& v) { return v == "1" || v == "true" || v == "yes"; }

Response ApiIssues(App& app, RequestCtx& rc) {
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  issues::Filter f;
  std::map<std::string, std::string> errors;
  if (const std::string region = QueryParam(rc.req, "region"); !region.empty()) {
    auto r = directory::FindRegionBySlug(app.ctx(), region);
    if (r) {
      f.region = r->id;
    } else {
      errors["region"] = Msg("error.unknown_region");
    }
  }
  if (const std::string level = QueryParam(rc.req, "level"); !level.empty()) {
    f.level = issues::ParseLevel(level);
    if (!f.level) errors["level"] = Msg("api.issue_bad_level");
  }
  if (const std::string state = QueryParam(rc.req, "state"); !state.empty()) {
    f.state = issues::ParseState(state);
    if (!f.state) errors["state"] = Msg("api.issue_bad_state");
  }
  if (const std::string category = QueryParam(rc.req, "category"); !category.empty()) {
    if (issues::IsCategory(category)) {
      f.category = category;
    } else if (auto key = issues::CategoryFromLabel(category)) {
      f.category = *key;
    } else {
      errors["category"] = Msg("api.issue_category_label");
    }
  }
  if (const std::string overdue = QueryParam(rc.req, "overdue"); !overdue.empty()) {
    if (Truthy(overdue)) {
      f.overdue = true;
    } else if (overdue != "0" && overdue != "false" && overdue != "no") {
      errors["overdue"] = Msg("api.issue_bad_overdue");
    }
  }
  if (!errors.empty()) return app.JsonError(400, Msg("error.summary"), errors);
  const int page = std::min(paging->page, 10000);
  const auto result = issues::List(app.ctx(), f, page, paging->per_page);
  json::array items;
  for (const auto& i : result.items) items.push_back(IssueJson(app, i));
  return app.Json(200, JsonText(json::object{
                           {"items", std::move(items)}, {"total", result.total}, {"page", page}}));
}

Response ApiIssue(App& app, RequestCtx& rc) {
  auto id = PathId(rc);
  if (!id) return app.JsonError(404, Msg("api.issue_not_found"));
  return IssueAnswer(app, *id, 200);
}

Response ApiRaiseIssue(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  issues::IssueForm f;
  f.source = "api";
  f.region = JsonString(o, "region");
  f.association = JsonString(o, "association_id");
  f.org = JsonString(o, "org_id");
  f.title = JsonString(o, "title");
  f.description = JsonString(o, "description");
  f.address = JsonString(o, "address");
  f.lat = JsonString(o, "lat");
  f.lon = JsonString(o, "lon");
  // The API names a category by its label exactly (防災, 福祉, ...).
  const std::string label = JsonString(o, "category");
  if (auto key = issues::CategoryFromLabel(label)) {
    f.category = *key;
  } else {
    f.upload_errors["category"] =
        label.empty() ? Msg("api.issue_category_required") : Msg("api.issue_category_label");
  }
  auto id = issues::Raise(app.ctx(), rc.actor, std::move(f));
  if (!id) {
    // The form's field names as the API spells them.
    Failure e = id.error();
    for (const auto& [form_name, api_name] :
         {std::pair<const char*, const char*>{"association", "association_id"},
          {"org", "org_id"}}) {
      if (auto it = e.fields.find(form_name); it != e.fields.end()) {
        e.fields[api_name] = it->second;
        e.fields.erase(it);
      }
    }
    return JsonFailure(app, e);
  }
  return IssueAnswer(app, *id, 201);
}

Response ApiTransition(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto id = PathId(rc);
  if (!id) return app.JsonError(404, Msg("api.issue_not_found"));
  auto r =
      issues::Transition(app.ctx(), rc.actor, *id, JsonString(o, "action"), JsonString(o, "note"));
  if (!r) return JsonFailure(app, r.error());
  return IssueAnswer(app, *id, 200);
}

// 同じ課題がある: once per person; the issue afterwards (with its count).
Response ApiMeToo(App& app, RequestCtx& rc) {
  // No body needed.
  if (!rc.token_auth || rc.actor.IsAnonymous()) {
    return app.JsonError(401, Msg("error.token_required"));
  }
  auto id = PathId(rc);
  if (!id) return app.JsonError(404, Msg("api.issue_not_found"));
  auto r = issues::MeToo(app.ctx(), rc.actor, *id);
  if (!r) return JsonFailure(app, r.error());
  return IssueAnswer(app, *id, 200);
}

// A party's comment on the timeline ({"note": "..."}): 協働で解決, the council and the department
// (and the lower levels, and the reporter) talk on the issue itself.
Response ApiComment(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto id = PathId(rc);
  if (!id) return app.JsonError(404, Msg("api.issue_not_found"));
  auto r = issues::Comment(app.ctx(), rc.actor, *id, JsonString(o, "note"));
  if (!r) return JsonFailure(app, r.error());
  return IssueAnswer(app, *id, 201);
}

// Follow (an email on every change of state) or stop: {"follow": true|false}, default true.
Response ApiFollow(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto id = PathId(rc);
  if (!id) return app.JsonError(404, Msg("api.issue_not_found"));
  const std::string follow = JsonString(o, "follow");
  if (follow != "" && follow != "1" && follow != "0") {
    return app.JsonError(400, Msg("error.summary"), {{"follow", Msg("api.issue_bad_follow")}});
  }
  auto r = issues::Follow(app.ctx(), rc.actor, *id, follow != "0");
  if (!r) return JsonFailure(app, r.error());
  return IssueAnswer(app, *id, 200);
}

}  // namespace

void AddIssueApiRoutes(Router<Handler>& r) {
  r.Add("GET", "/api/v1/issues", ApiIssues);
  r.Add("POST", "/api/v1/issues", ApiRaiseIssue);
  r.Add("GET", "/api/v1/issues/{id}", ApiIssue);
  r.Add("POST", "/api/v1/issues/{id}/transition", ApiTransition);
  r.Add("POST", "/api/v1/issues/{id}/metoo", ApiMeToo);
  r.Add("POST", "/api/v1/issues/{id}/comments", ApiComment);
  r.Add("POST", "/api/v1/issues/{id}/follow", ApiFollow);
}

}  // namespace tsunagu::web
