// What the pages of events (and the pages that list events) show of one event.
#pragma once

#include <vector>

#include "features/events/commands.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// ID, TITLE, URL, REGION_NAME, REGION_SLUG, WHEN, START_ISO, PLACE, ORGANISER, CANCELLED,
// CAPACITY_TEXT.
void FillEvent(Dict& d, const events::Event& e);
// An EVENT section entry rendering event_item.tpl for one event.
Dict* AddEventItem(Dict& d, const events::Event& e);

// The events of the calendar feeds and the open data: from a month ago on, at most 2,000
// (region 0: the whole city).
std::vector<events::Event> CalendarEvents(App& app, RegionId region);

}  // namespace tsunagu::web
