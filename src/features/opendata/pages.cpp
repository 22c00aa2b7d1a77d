// Open data (自治体標準オープンデータセット): the list, イベント一覧 and 公共施設一覧 as CSV.
#include <boost/json.hpp>
#include "features/opendata/routes.hpp"

#include "features/events/commands.hpp"
#include "features/events/views.hpp"
#include "features/opendata/facilities.hpp"
#include "platform/csv.hpp"
#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

Response OpenDataEvents(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  std::vector<std::vector<std::string>> rows;
  int no = 0;
  const std::string base = app.config().base_url;
  for (const auto& e : CalendarEvents(app, {})) {
    const bool cancelled = e.status == events::EventStatus::kCancelled;
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
                    base + "/events/" + to_string(e.id),
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
  const auto regions = directory::ListRegions(app.ctx());
  return app.Page(rc, 200, Msg("page.opendata_title"), "opendata/opendata.tpl", [&](Dict& d) {
    for (const auto& r : regions) {
      Dict* e = d.AddSectionDictionary("REGION");
      e->SetValue("SLUG", r.slug);
      e->SetValue("NAME", r.name);
    }
  });
}

// The snippet as plain text and as segments for the page.

}  // namespace

void AddOpenDataRoutes(Router<Handler>& r) {
  r.Add("GET", "/opendata", OpenDataPage);
  r.Add("GET", "/opendata/events.csv", OpenDataEvents);
  r.Add("GET", "/opendata/facilities.csv", OpenDataFacilities);
}

}  // namespace tsunagu::web
