// The city's KGI/KPI (plan ch.2 §3): the status of actuals against the linear path from the
// baseline to each target, and the numbers as written and typed. Pure functions here; the
// records are in model.hpp, the reading and the commands in queries.hpp and commands.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "features/indicators/model.hpp"
#include "features/plans/years.hpp"

namespace tsunagu::indicators {

// The fiscal-year calendar is plans' (features/plans/years.hpp), named here too.
using plans::EraYear;
using plans::FiscalYearEnd;
using plans::FiscalYearOf;
using plans::YearLabel;

// The codes and labels of the enums of model.hpp.
std::string ToString(Source s);  // "entered", "coordinators", "city_collaboration", ...
std::optional<Source> ParseSource(const std::string& s);

std::string ToString(Status s);      // "no_data", "on_track", "slightly_behind", "behind"
const std::string& Label(Status s);  // 未計測, 順調, やや遅れ, 遅れ

// Where the path starts: the baseline, or 0 at path_from_year.
Point Origin(const Indicator& ind);
// The value on the linear path from the origin through each target in that year (the last
// target after it; the origin before it).
double Expected(const Indicator& ind, int year);
// The latest actual in a year up to `year` (nullptr when none).
const Actual* LatestActual(const Indicator& ind, int year);
// Status of `actual` in its year: 順調 when it has reached the path (for a decreasing
// indicator, gone down to it); やや遅れ when it has made at least half of the planned change
// from the origin; 遅れ otherwise.
Status StatusOf(const Indicator& ind, const Actual& actual);
// Status of the latest actual up to `year`; kNoData when there is none.
Status StatusIn(const Indicator& ind, int year);

// "74.7" for a percentage (one decimal), "57" for a count.
std::string Format(const Indicator& ind, double value);
// With the unit: "74.7%", "57件".
std::string FormatWithUnit(const Indicator& ind, double value);

// Thousandths in the database.
std::int64_t ToMilli(double v);
double FromMilli(std::int64_t m);
// A number typed into a form ("74.7", "７４．７", "57"): nullopt unless it is a plain decimal
// with at most one decimal for percentages and none for counts, from 0 to 100 for percentages.
std::optional<double> ParseValue(const Indicator& ind, const std::string& typed);

}  // namespace tsunagu::indicators
