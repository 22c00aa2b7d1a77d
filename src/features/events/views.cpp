#include "features/events/views.hpp"

#include "platform/jst.hpp"
#include "platform/messages.hpp"

namespace tsunagu::web {

void FillEvent(Dict& d, const events::Event& e) {
  d.SetIntValue("ID", e.id.value());
  d.SetValue("TITLE", e.title);
  d.SetValue("URL", "/events/" + to_string(e.id));
  d.SetValue("REGION_NAME", e.region_name);
  d.SetValue("REGION_SLUG", e.region_slug);
  d.SetValue("WHEN", events::WhenText(e));
  d.SetValue("START_ISO", e.all_day ? jst::Date(e.starts_at) : jst::Iso(e.starts_at));
  d.SetValue("PLACE", e.place);
  if (!e.place.empty()) d.ShowSection("HAS_PLACE");
  d.SetValue("ORGANISER", e.organiser);
  if (e.status == events::EventStatus::kCancelled) d.ShowSection("CANCELLED");
  if (e.capacity) {
    std::string t = Msg("event.capacity_text");
    t.replace(t.find("{n}"), 3, std::to_string(*e.capacity));
    t.replace(t.find("{c}"), 3, std::to_string(e.confirmed));
    d.SetValueAndShowSection("CAPACITY_TEXT", t, "HAS_CAPACITY");
    if (e.Full()) d.ShowSection("FULL");
  }
}

Dict* AddEventItem(Dict& d, const events::Event& e) {
  Dict* s = d.AddSectionDictionary("EVENT");
  Dict* item = s->AddIncludeDictionary("ITEM");
  item->SetFilename("events/event_item.tpl");
  FillEvent(*item, e);
  return s;
}

std::vector<events::Event> CalendarEvents(App& app, RegionId region) {
  events::Filter f;
  f.region = region;
  f.from = app.ctx().clock.Now() - 31 * 86400;
  f.count = false;
  return events::List(app.ctx(), f, 1, 2000).items;
}

}  // namespace tsunagu::web
