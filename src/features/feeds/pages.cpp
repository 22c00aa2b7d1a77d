// Atom and iCalendar feeds of the whole city and of each region, for people and machines
// outside the city.
#include <boost/json.hpp>
#include "features/feeds/routes.hpp"

#include "features/events/commands.hpp"
#include "features/events/views.hpp"
#include "features/feeds/formats.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/queries.hpp"
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

constexpr int kFeedEntries = 30;

std::string Host(const std::string& base_url) {
  auto start = base_url.find("://");
  std::string h = start == std::string::npos ? base_url : base_url.substr(start + 3);
  return h.substr(0, h.find_first_of(":/"));
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
    e.id = base + "/posts/" + to_string(p.id);
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
Response Calendar(App& app, RequestCtx& rc, const std::optional<Region>& region) {
  rc.cacheable = true;
  const std::string base = app.config().base_url, host = Host(base);
  std::vector<feeds::CalEvent> out;
  std::int64_t latest = 0;
  for (const auto& e : CalendarEvents(app, region ? region->id : RegionId{})) {
    feeds::CalEvent c;
    c.uid = "event-" + to_string(e.id) + "@" + host;
    c.summary = e.title;
    c.description = e.description;
    c.location = e.place + (e.address.empty() ? "" : (e.place.empty() ? "" : " ") + e.address);
    c.url = base + "/events/" + to_string(e.id);
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
    c.cancelled = e.status == events::EventStatus::kCancelled;
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

}  // namespace

void AddFeedRoutes(Router<Handler>& r) {
  r.Add("GET", "/feed.atom", SiteAtom);
  r.Add("GET", "/regions/{slug}/feed.atom", RegionAtom);
  r.Add("GET", "/events.ics", SiteCalendar);
  r.Add("GET", "/regions/{slug}/events.ics", RegionCalendar);
}

}  // namespace tsunagu::web
