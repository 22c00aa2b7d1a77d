// The city's KGI/KPI (plan ch.2 §3): baselines, targets, yearly actuals and the status against
// the linear path from the baseline to each target. Pure functions here; the reading and the
// commands are in queries.hpp and commands.hpp.
//
// Years are fiscal years (年度, April-March) as integers: 2026 = April 2026 - March 2027.
// Values are numbers in the indicator's unit: percentages in percent units (74.7, not 0.747).
// In the database they are stored as integer thousandths (74.7 -> 74700).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/plans/years.hpp"

namespace tsunagu::indicators {

// The fiscal-year calendar is plans' (features/plans/years.hpp), named here too.
using plans::EraYear;
using plans::FiscalYearEnd;
using plans::FiscalYearOf;
using plans::YearLabel;

// How an indicator's actuals come about.
enum class Source {
  kEntered,            // entered by city staff from a survey (the KGIs, KPI 1)
  kCoordinators,       // KPI 2: people holding a valid coordinator certification
  kCityCollaboration,  // KPI 3: projects flagged 市と連携した地域課題解決事業
  kLifeSupport,        // KPI 4: projects flagged 生活支援サービス事業
};
std::string ToString(Source s);  // "entered", "coordinators", "city_collaboration", ...
std::optional<Source> ParseSource(const std::string& s);

struct Point {
  int year = 0;
  double value = 0;
};

struct Actual {
  int year = 0;
  double value = 0;
  std::string source;            // survey name, or the computation's definition
  std::int64_t sample_size = 0;  // 0 when not a survey
  std::string survey_date;       // YYYY-MM-DD or ""
  std::string recorded_by;       // the person's name, or "自動計算"
  std::int64_t recorded_at = 0;  // Unix time
  bool computed = false;
};

enum class Status { kNoData, kOnTrack, kSlightlyBehind, kBehind };
std::string ToString(Status s);      // "no_data", "on_track", "slightly_behind", "behind"
const std::string& Label(Status s);  // 未計測, 順調, やや遅れ, 遅れ

struct Indicator {
  std::int64_t id = 0;
  std::string code;  // "kgi1".."kgi3", "kpi1".."kpi4"
  std::string name;
  std::string kind;  // "KGI" or "KPI"
  int policy = 0;    // the basic policy (基本方針) 1-4; 0 for KGIs
  std::string unit;  // "%" or "count"
  std::optional<Point> baseline;
  int path_from_year = 0;      // without a baseline, the path starts at 0 in this year
  std::vector<Point> targets;  // ascending years
  bool increase = true;
  Source source = Source::kEntered;
  std::vector<Actual> actuals;  // ascending years
};

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
