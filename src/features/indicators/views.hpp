// What pages show of an indicator: its summary (numbers, status, how it is measured), the
// accessible table of its numbers by year, and the status rule. Used by the indicator pages and
// the annual report page.
#pragma once

#include <string>

#include "features/indicators/model.hpp"
#include "platform/web/views.hpp"

namespace tsunagu::indicators {

// The sentence that explains 順調 / やや遅れ / 遅れ.
std::string StatusRule();
// One indicator's numbers for the accessible table (the include INDICATOR_TABLE of parent):
// every year that has a baseline, target or actual, with the path's value.
void IndicatorTable(web::Dict& parent, const Indicator& ind);
// The indicator's summary in d, with its status in `year`.
void IndicatorSummary(web::Dict& d, const Indicator& ind, int year);

}  // namespace tsunagu::indicators
