// The JSON API of posts: GET /api/v1/posts, /api/v1/posts/{id}; POST with a Bearer token.
#include <boost/json.hpp>
#include "features/posts/routes.hpp"

#include "features/posts/api.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/queries.hpp"
#include "platform/csv.hpp"
#include "platform/directory.hpp"
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

// ---- JSON API: posts -------------------------------------------------------------------

json::object PostJson(App& app, const posts::Post& p, bool full) {
  const std::string base = app.config().base_url;
  json::array tags;
  for (const auto& t : p.tags) tags.push_back(json::string(t));
  json::object o{{"id", p.id.value()},
                 {"url", base + "/posts/" + to_string(p.id)},
                 {"title", p.title},
                 {"region", p.region_slug},
                 {"category", posts::CategoryLabel(p.category)},
                 {"tags", std::move(tags)},
                 {"author", p.ByResident() ? Msg("post.by_resident") : p.org_name},
                 {"status", posts::ToString(p.status)},
                 {"visibility", posts::ToString(p.visibility)},
                 {"summary", markdown::Summary(p.body, 120)}};
  if (p.published_at) {
    o["published_at"] = jst::Iso(p.published_at);
  } else {
    o["published_at"] = nullptr;
  }
  o["updated_at"] = jst::Iso(p.updated_at);
  if (full) {
    o["body"] = p.body;
    o["body_html"] = markdown::Html(p.body);
    json::array images;
    for (const auto& img : p.images) {
      images.push_back(json::object{{"url", base + "/media/" + img.file},
                                    {"alt", img.alt},
                                    {"width", img.width},
                                    {"height", img.height}});
    }
    o["images"] = std::move(images);
  }
  return o;
}

Response ApiPosts(App& app, RequestCtx& rc) {
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  const std::string region = QueryParam(rc.req, "region"), q = QueryParam(rc.req, "q");
  std::string category = QueryParam(rc.req, "category");
  if (!category.empty() && !posts::IsCategory(category)) {
    auto key = posts::CategoryFromLabel(category);
    if (!key)
      return app.JsonError(400, Msg("error.summary"), {{"category", Msg("error.category_label")}});
    category = *key;
  }
  json::array items;
  std::int64_t total = 0;
  if (!text::Trim(q).empty()) {
    search::Query sq{q,   region, category, "post", std::min(paging->page, 500), paging->per_page,
                     true};
    auto r = search::Run(app.ctx(), sq);
    if (!r) return JsonFailure(app, r.error());
    total = r->total;
    for (const auto& h : r->items) {
      if (auto p = posts::GetPost(app.ctx(), posts::PostId{h.id}))
        items.push_back(PostJson(app, *p, false));
    }
  } else {
    posts::Filter f;
    if (!region.empty()) {
      auto r = RegionOf(app, region);
      if (!r)
        return app.JsonError(400, Msg("error.summary"), {{"region", Msg("error.unknown_region")}});
      f.region = r->id;
    }
    f.category = category;
    const auto page = posts::ListPublished(app.ctx(), f, paging->page, paging->per_page);
    total = page.total;
    for (const auto& p : page.items) items.push_back(PostJson(app, p, false));
  }
  return app.Json(200, JsonText(json::object{
                           {"items", std::move(items)}, {"total", total}, {"page", paging->page}}));
}

Response ApiPost(App& app, RequestCtx& rc) {
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  auto p = id ? posts::GetPost(app.ctx(), posts::PostId{*id}) : std::nullopt;
  if (!p || !posts::CanRead(rc.actor, *p)) return app.JsonError(404, Msg("error.not_found"));
  return app.Json(200, JsonText(PostJson(app, *p, true)));
}

Response ApiCreatePost(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto where = ApiRegionAndOrg(app, rc, o, true);
  if (auto* res = std::get_if<Response>(&where)) return std::move(*res);
  const auto& [region, org] = std::get<std::pair<Region, OrgId>>(where);
  posts::PostForm f;
  f.region = region.slug;
  f.org = org ? to_string(org) : "";
  f.title = JsonString(o, "title");
  f.body = JsonString(o, "body");
  const std::string label = JsonString(o, "category");
  auto key = posts::CategoryFromLabel(label);
  f.category = key ? *key : "";
  std::string tags;
  for (const auto& t : JsonStrings(o, "tags")) tags += t + ",";
  f.tags = tags;
  f.visibility = JsonString(o, "visibility");
  if (f.visibility.empty()) f.visibility = posts::ToString(posts::Visibility::kPublic);
  f.action = "publish";  // a resident's post goes to review
  if (!key) f.upload_errors["category"] = Msg("error.category_label");
  auto r = posts::CreatePost(app.ctx(), rc.actor, f);
  if (!r) return JsonFailure(app, r.error());
  auto p = posts::GetPost(app.ctx(), *r);
  return app.Json(201,
                  JsonText(json::object{{"id", r->value()},
                                        {"url", app.config().base_url + "/posts/" + to_string(*r)},
                                        {"status", posts::ToString(p->status)}}));
}

}  // namespace

// The organisation an API caller writes for in a region: the one named, else the region's
// council when the caller edits for it; 0 for a resident's own post.
Result<OrgId> ApiOrg(App& app, const RequestCtx& rc, const json::object& o, const Region& r,
                     bool resident_allowed) {
  const std::string named = JsonString(o, "org_id");
  const Ctx& ctx = app.ctx();
  if (!named.empty()) {
    auto id = text::ParsePositiveInt(named);
    auto org = id ? directory::FindOrg(ctx, OrgId{*id}) : std::nullopt;
    if (!org) return Invalid(Msg("error.summary"), {{"org_id", Msg("error.choice")}});
    if (!posts::MayPublishFor(rc.actor, *org)) return Forbidden(Msg("error.forbidden"));
    return org->id;
  }
  if (auto council = posts::CouncilOf(ctx, r.id);
      council && posts::MayPublishFor(rc.actor, *council)) {
    return council->id;
  }
  // Other organisations of the region (or city-wide) the caller publishes for.
  for (const auto& m : rc.actor.memberships) {
    if (m.org_region_id != r.id) continue;
    if (auto org = directory::FindOrg(ctx, m.org_id); org && posts::MayPublishFor(rc.actor, *org)) {
      return org->id;
    }
  }
  if (resident_allowed && Can(rc.actor, Action::kSubmitPost, Subject{r.id, {}})) return OrgId{0};
  return Forbidden(Msg("error.api_region_forbidden"));
}

// The region an API POST names and the organisation the caller writes for there, or the
// 400/403 answer.
std::variant<std::pair<Region, OrgId>, Response> ApiRegionAndOrg(App& app, const RequestCtx& rc,
                                                                 const json::object& o,
                                                                 bool resident_allowed) {
  auto region = RegionOf(app, JsonString(o, "region"));
  if (!region) {
    return app.JsonError(400, Msg("error.summary"), {{"region", Msg("error.unknown_region")}});
  }
  auto org = ApiOrg(app, rc, o, *region, resident_allowed);
  if (!org) return JsonFailure(app, org.error());
  return std::pair<Region, OrgId>{*region, *org};
}

void AddPostApiRoutes(Router<Handler>& r) {
  r.Add("GET", "/api/v1/posts", ApiPosts);
  r.Add("POST", "/api/v1/posts", ApiCreatePost);
  r.Add("GET", "/api/v1/posts/{id}", ApiPost);
}

}  // namespace tsunagu::web
