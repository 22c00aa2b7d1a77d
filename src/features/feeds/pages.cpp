// For people and machines outside the city: Atom and iCalendar feeds, the open data CSVs,
// Japanese search (page and API), and the JSON API of posts and events.
#include <boost/json.hpp>

#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "features/events/commands.hpp"
#include "features/opendata/facilities.hpp"
#include "features/issues/commands.hpp"
#include "platform/csv.hpp"
#include "platform/permissions.hpp"
#include "features/posts/commands.hpp"
#include "platform/search/index.hpp"
#include "features/training/commands.hpp"
#include "features/posts/queries.hpp"
#include "platform/store/queries.hpp"
#include "platform/web/app.hpp"
#include "platform/web/content_views.hpp"
#include "features/feeds/formats.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

constexpr int kFeedEntries = 30;

std::optional<Region> RegionOf(App& app, const std::string& slug) {
  return app.ctx().db.Read(
      [&](store::Conn& c) { return store::FindRegionBySlug(c, app.ctx().municipality, slug); });
}

std::string Host(const std::string& base_url) {
  auto start = base_url.find("://");
  std::string h = start == std::string::npos ? base_url : base_url.substr(start + 3);
  return h.substr(0, h.find_first_of(":/"));
}

Response Text(const std::string& type, std::string body) {
  Response r;
  r.content_type = type;
  r.body = std::move(body);
  return r;
}

Response AtomFeed(App& app, RequestCtx& rc, const std::optional<Region>& region) {
  rc.cacheable = true;
  posts::Filter f;
  if (region) f.region = region->id;
  f.count = false;
  const auto page = posts::ListPublished(app.ctx(), f, 1, kFeedEntries);
  const std::string base = app.config().base_url;
  const std::string path = region ? "/regions/" + region->slug + "/feed.atom" : "/feed.atom";
  feeds::AtomFeed feed;
  feed.id = base + path;
  feed.self_url = base + path;
  feed.html_url = base + (region ? "/posts?region=" + region->slug : "/posts");
  feed.title = region ? region->name + Msg("feed.region_title_suffix") : Msg("feed.title");
  feed.subtitle = Msg("feed.subtitle");
  for (const auto& p : page.items) {
    feeds::AtomEntry e;
    e.id = base + "/posts/" + std::to_string(p.id);
    e.url = e.id;
    e.title = p.title;
    e.summary = markdown::Summary(p.body, 200);
    e.author = p.ByResident() ? Msg("post.by_resident") : p.org_name;
    e.category = posts::CategoryLabel(p.category);
    e.published = p.published_at;
    e.updated = std::max(p.updated_at, p.published_at);
    feed.updated = std::max(feed.updated, e.updated);
    feed.entries.push_back(std::move(e));
  }
  if (!feed.updated) feed.updated = app.ctx().clock.Now();
  return Text("application/atom+xml; charset=utf-8", feeds::Atom(feed));
}

Response SiteAtom(App& app, RequestCtx& rc) { return AtomFeed(app, rc, std::nullopt); }
Response RegionAtom(App& app, RequestCtx& rc) {
  auto r = RegionOf(app, rc.params.at("slug"));
  if (!r) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  return AtomFeed(app, rc, r);
}

// Events from a month ago onwards (at most 2,000), for calendars and open data.
std::vector<events::Event> CalendarEvents(App& app, RegionId region) {
  events::Filter f;
  f.region = region;
  f.from = app.ctx().clock.Now() - 31 * 86400;
  f.count = false;
  return events::List(app.ctx(), f, 1, 2000).items;
}

Response Calendar(App& app, RequestCtx& rc, const std::optional<Region>& region) {
  rc.cacheable = true;
  const std::string base = app.config().base_url, host = Host(base);
  std::vector<feeds::CalEvent> out;
  std::int64_t latest = 0;
  for (const auto& e : CalendarEvents(app, region ? region->id : 0)) {
    feeds::CalEvent c;
    c.uid = "event-" + std::to_string(e.id) + "@" + host;
    c.summary = e.title;
    c.description = e.description;
    c.location = e.place + (e.address.empty() ? "" : (e.place.empty() ? "" : " ") + e.address);
    c.url = base + "/events/" + std::to_string(e.id);
    c.all_day = e.all_day;
    c.starts_at = e.starts_at;
    c.ends_at = e.ends_at;
    c.start_date = jst::Date(e.starts_at);
    c.end_date = jst::Date(e.ends_at);
    if (e.HasGeo()) {
      c.has_geo = true;
      c.lat = static_cast<double>(*e.lat_e6) / 1e6;
      c.lon = static_cast<double>(*e.lon_e6) / 1e6;
    }
    c.updated = e.updated_at;
    c.cancelled = e.status == "cancelled";
    latest = std::max(latest, e.updated_at);
    out.push_back(std::move(c));
  }
  // DTSTAMP: when the calendar's data last changed, so the same data give the same bytes.
  const std::string name = region ? region->name + Msg("ical.region_suffix") : Msg("ical.title");
  Response r = Text("text/calendar; charset=utf-8",
                    feeds::ICalendar(name, latest ? latest : app.ctx().clock.Now(), out));
  return r;
}

Response SiteCalendar(App& app, RequestCtx& rc) { return Calendar(app, rc, std::nullopt); }
Response RegionCalendar(App& app, RequestCtx& rc) {
  auto r = RegionOf(app, rc.params.at("slug"));
  if (!r) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  return Calendar(app, rc, r);
}

Response OpenDataEvents(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  std::vector<std::vector<std::string>> rows;
  int no = 0;
  const std::string base = app.config().base_url;
  for (const auto& e : CalendarEvents(app, 0)) {
    const bool cancelled = e.status == "cancelled";
    std::string note = e.all_day ? Msg("event.all_day") : "";
    if (cancelled) note = Msg("event.cancelled");
    rows.push_back({std::string(opendata::kMunicipalityCode),
                    std::to_string(++no),
                    "山口県",
                    "山口市",
                    e.title,
                    e.title_kana,
                    "",
                    jst::Date(e.starts_at),
                    jst::Date(e.ends_at),
                    e.all_day ? "" : jst::Time(e.starts_at),
                    e.all_day ? "" : jst::Time(e.ends_at),
                    note,
                    e.description,
                    e.fee,
                    "",
                    e.organiser,
                    "",
                    "",
                    e.organiser,
                    e.place,
                    e.address,
                    "",
                    Degrees(e.lat_e6),
                    Degrees(e.lon_e6),
                    "",
                    "",
                    e.capacity ? std::to_string(*e.capacity) : "",
                    "",
                    "",
                    e.capacity ? Msg("opendata.apply_online") : "",
                    base + "/events/" + std::to_string(e.id),
                    e.contact.empty() ? "" : Msg("opendata.contact") + e.contact});
  }
  Response r = Text("text/csv; charset=utf-8", opendata::WriteCsv(opendata::kEventHeader, rows));
  r.Set("Content-Disposition", "inline; filename=\"352039_event.csv\"");
  return r;
}

Response OpenDataFacilities(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  Response r =
      Text("text/csv; charset=utf-8",
           opendata::WriteCsv(opendata::kFacilityHeader, facilities::OpenDataRows(app.ctx())));
  r.Set("Content-Disposition", "inline; filename=\"352039_public_facility.csv\"");
  return r;
}

Response OpenDataPage(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const auto regions = app.ctx().db.Read(
      [&](store::Conn& c) { return store::ListRegions(c, app.ctx().municipality); });
  return app.Page(rc, 200, Msg("page.opendata_title"), "opendata.tpl", [&](Dict& d) {
    for (const auto& r : regions) {
      Dict* e = d.AddSectionDictionary("REGION");
      e->SetValue("SLUG", r.slug);
      e->SetValue("NAME", r.name);
    }
  });
}

// The snippet as plain text and as segments for the page.
std::string SnippetText(const std::vector<search::Segment>& s) {
  std::string out;
  for (const auto& seg : s) out += seg.text;
  return out;
}

search::Query ReadQuery(const Request& req) {
  search::Query q;
  q.q = QueryParam(req, "q");
  q.region = QueryParam(req, "region");
  q.category = QueryParam(req, "category");
  q.kind = QueryParam(req, "kind");
  return q;
}

Response SearchPage(App& app, RequestCtx& rc) {
  search::Query q = ReadQuery(rc.req);
  q.page = static_cast<int>(
      std::min<std::int64_t>(500, text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1)));
  rc.cacheable = true;
  std::optional<Result<search::Results>> result;
  if (!text::Trim(q.q).empty() || !q.region.empty() || !q.category.empty() || !q.kind.empty()) {
    result = search::Run(app.ctx(), q);
  }
  std::optional<Failure> failure;
  if (result && !*result) failure = result->error();
  const Failure* errors = failure ? &*failure : nullptr;
  return app.Page(
      rc, errors ? 400 : 200, Msg("page.search_title"), "search.tpl",
      [&](Dict& d) {
        AddField(d, {.name = "q",
                     .label = Msg("field.search_q"),
                     .type = "search",
                     .value = q.q,
                     .hint = Msg("hint.search_q"),
                     .error = FieldError(errors, "q")});
        FillFilters(app, d, q.region, q.category, "", "", true);
        for (const char* k : {"", "post", "event", "org", "issue"}) {
          Dict* o = d.AddSectionDictionary("KIND_OPTION");
          o->SetValue("VALUE", k);
          o->SetValue("LABEL", Msg(std::string("search.kind_") + (*k ? k : "all")));
          if (q.kind == k) o->ShowSection("SELECTED");
        }
        const std::string fe = FieldError(errors, "region") + FieldError(errors, "category") +
                               FieldError(errors, "kind");
        if (!fe.empty()) d.SetValueAndShowSection("FILTER_ERROR", fe, "HAS_FILTER_ERROR");
        if (!result || errors) return;
        const auto& res = **result;
        Dict* r = d.AddSectionDictionary("RESULTS");
        std::string count = Msg(res.more ? "search.count_more" : "search.count");
        count.replace(count.find("{n}"), 3, text::WithThousands(res.total));
        r->SetValue("COUNT", count);
        for (const auto& h : res.items) {
          Dict* e = r->AddSectionDictionary("HIT");
          e->SetValue("URL", h.url);
          e->SetValue("TITLE", h.title);
          e->SetValue("KIND", Msg("search.kind_" + h.kind));
          if (!h.region_name.empty())
            e->SetValueAndShowSection("REGION_NAME", h.region_name, "HAS_REGION");
          if (!h.category.empty()) {
            e->SetValueAndShowSection("CATEGORY",
                                      h.kind == "issue" ? issues::CategoryLabel(h.category)
                                                        : posts::CategoryLabel(h.category),
                                      "HAS_CATEGORY");
          }
          for (const auto& seg : h.snippet) {
            Dict* s = e->AddSectionDictionary("SEG");
            if (seg.hit) {
              s->SetValueAndShowSection("TEXT", seg.text, "HIT_SEG");
            } else {
              s->SetValueAndShowSection("TEXT", seg.text, "PLAIN_SEG");
            }
          }
        }
        if (res.items.empty()) r->ShowSection("NO_HITS");
        FillPager(*r,
                  "/search?q=" + EncodeQueryValue(q.q) + "&region=" + EncodeQueryValue(q.region) +
                      "&category=" + EncodeQueryValue(q.category) +
                      "&kind=" + EncodeQueryValue(q.kind),
                  q.page, res.total, q.per_page);
      },
      errors);
}

Response ApiSearch(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  search::Query q = ReadQuery(rc.req);
  q.page = std::min(paging->page, 500);
  q.per_page = paging->per_page;
  q.exact_count = true;  // an API total is the true number of matches
  if (text::Trim(q.q).empty()) {
    return app.JsonError(400, Msg("error.summary"), {{"q", Msg("error.required")}});
  }
  auto r = search::Run(app.ctx(), q);
  if (!r) return JsonFailure(app, r.error());
  json::array items;
  for (const auto& h : r->items) {
    items.push_back(json::object{{"kind", h.kind},
                                 {"id", h.id},
                                 {"title", h.title},
                                 {"snippet", SnippetText(h.snippet)},
                                 {"region", h.region_slug},
                                 {"url", app.config().base_url + h.url}});
  }
  return app.Json(200, JsonText(json::object{
                           {"items", std::move(items)}, {"total", r->total}, {"page", q.page}}));
}

// ---- JSON API: posts -------------------------------------------------------------------

json::object PostJson(App& app, const posts::Post& p, bool full) {
  const std::string base = app.config().base_url;
  json::array tags;
  for (const auto& t : p.tags) tags.push_back(json::string(t));
  json::object o{{"id", p.id},
                 {"url", base + "/posts/" + std::to_string(p.id)},
                 {"title", p.title},
                 {"region", p.region_slug},
                 {"category", posts::CategoryLabel(p.category)},
                 {"tags", std::move(tags)},
                 {"author", p.ByResident() ? Msg("post.by_resident") : p.org_name},
                 {"status", p.status},
                 {"visibility", p.visibility},
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
      if (auto p = posts::GetPost(app.ctx(), h.id)) items.push_back(PostJson(app, *p, false));
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
  auto p = id ? posts::GetPost(app.ctx(), *id) : std::nullopt;
  if (!p || !posts::CanRead(rc.actor, *p)) return app.JsonError(404, Msg("error.not_found"));
  return app.Json(200, JsonText(PostJson(app, *p, true)));
}

// The organisation an API caller writes for in a region: the one named, else the region's
// council when the caller edits for it; 0 for a resident's own post.
Result<OrgId> ApiOrg(App& app, const RequestCtx& rc, const json::object& o, const Region& r,
                     bool resident_allowed) {
  const std::string named = JsonString(o, "org_id");
  return app.ctx().db.Read([&](store::Conn& c) -> Result<OrgId> {
    if (!named.empty()) {
      auto id = text::ParsePositiveInt(named);
      auto org = id ? store::FindOrg(c, *id) : std::nullopt;
      if (!org) return Invalid(Msg("error.summary"), {{"org_id", Msg("error.choice")}});
      if (!posts::MayPublishFor(rc.actor, *org)) return Forbidden(Msg("error.forbidden"));
      return org->id;
    }
    if (auto council = store::FindCouncilOf(c, r.id);
        council && posts::MayPublishFor(rc.actor, *council)) {
      return council->id;
    }
    // Other organisations of the region (or city-wide) the caller publishes for.
    for (const auto& m : rc.actor.memberships) {
      if (m.org_region_id != r.id) continue;
      if (auto org = store::FindOrg(c, m.org_id); org && posts::MayPublishFor(rc.actor, *org)) {
        return org->id;
      }
    }
    if (resident_allowed && Can(rc.actor, Action::kSubmitPost, Subject{r.id, 0})) return OrgId{0};
    return Forbidden(Msg("error.api_region_forbidden"));
  });
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

Response ApiCreatePost(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto where = ApiRegionAndOrg(app, rc, o, true);
  if (auto* res = std::get_if<Response>(&where)) return std::move(*res);
  const auto& [region, org] = std::get<std::pair<Region, OrgId>>(where);
  posts::PostForm f;
  f.region = region.slug;
  f.org = org ? std::to_string(org) : "";
  f.title = JsonString(o, "title");
  f.body = JsonString(o, "body");
  const std::string label = JsonString(o, "category");
  auto key = posts::CategoryFromLabel(label);
  f.category = key ? *key : "";
  std::string tags;
  for (const auto& t : JsonStrings(o, "tags")) tags += t + ",";
  f.tags = tags;
  f.visibility = JsonString(o, "visibility").empty() ? "public" : JsonString(o, "visibility");
  f.action = "publish";  // a resident's post goes to review
  if (!key) f.upload_errors["category"] = Msg("error.category_label");
  auto r = posts::CreatePost(app.ctx(), rc.actor, f);
  if (!r) return JsonFailure(app, r.error());
  auto p = posts::GetPost(app.ctx(), *r);
  return app.Json(
      201, JsonText(json::object{{"id", *r},
                                 {"url", app.config().base_url + "/posts/" + std::to_string(*r)},
                                 {"status", p->status}}));
}

// ---- JSON API: events ------------------------------------------------------------------

json::object EventJson(App& app, const events::Event& e) {
  json::object o{{"id", e.id},
                 {"url", app.config().base_url + "/events/" + std::to_string(e.id)},
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
                 {"status", e.status},
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
  auto e = id ? events::GetEvent(app.ctx(), *id) : std::nullopt;
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
  f.org = std::to_string(org);
  f.title = JsonString(o, "title");
  f.title_kana = JsonString(o, "title_kana");
  f.description = JsonString(o, "description");
  f.all_day = JsonString(o, "all_day");
  f.starts_at = JsonString(o, "starts_at");
  f.ends_at = JsonString(o, "ends_at");
  // Both are required through the API: an empty value must still be reported.
  if (f.starts_at.empty()) f.starts_at = " ";
  if (f.ends_at.empty()) f.ends_at = " ";
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
      201, JsonText(json::object{
               {"id", *r}, {"url", app.config().base_url + "/events/" + std::to_string(*r)}}));
}

}  // namespace

void AddFeedRoutes(Router<Handler>& r) {
  r.Add("GET", "/feed.atom", SiteAtom);
  r.Add("GET", "/regions/{slug}/feed.atom", RegionAtom);
  r.Add("GET", "/events.ics", SiteCalendar);
  r.Add("GET", "/regions/{slug}/events.ics", RegionCalendar);
  r.Add("GET", "/opendata", OpenDataPage);
  r.Add("GET", "/opendata/events.csv", OpenDataEvents);
  r.Add("GET", "/opendata/facilities.csv", OpenDataFacilities);
  r.Add("GET", "/search", SearchPage);
  r.Add("GET", "/api/v1/search", ApiSearch);
  r.Add("GET", "/api/v1/posts", ApiPosts);
  r.Add("POST", "/api/v1/posts", ApiCreatePost);
  r.Add("GET", "/api/v1/posts/{id}", ApiPost);
  r.Add("GET", "/api/v1/events", ApiEvents);
  r.Add("POST", "/api/v1/events", ApiCreateEvent);
  r.Add("GET", "/api/v1/events/{id}", ApiEvent);
}

}  // namespace tsunagu::web
