// The city's KGI/KPI (plan ch.2 §3): the records (indicators with their baseline, targets and
// yearly actuals) as the feature's other tiers and the annual report see them. Types only; the
// rules over them are in rules.hpp.
//
// Years are fiscal years (年度, April-March) as integers: 2026 = April 2026 - March 2027.
// Values are numbers in the indicator's unit: percentages in percent units (74.7, not 0.747).
// In the database they are stored as integer thousandths (74.7 -> 74700).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/id.hpp"

namespace tsunagu::indicators {

// The id of an indicator (platform/id.hpp); its targets and actuals are its own, by year.
using IndicatorId = Id<struct IndicatorTag>;

// How an indicator's actuals come about.
enum class Source {
  kEntered,            // entered by city staff from a survey (the KGIs, KPI 1)
  kCoordinators,       // KPI 2: people holding a valid coordinator certification
  kCityCollaboration,  // KPI 3: projects flagged 市と連携した地域課題解決事業
  kLifeSupport,        // KPI 4: projects flagged 生活支援サービス事業
};

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

struct Indicator {
  IndicatorId id;
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

}  // namespace tsunagu::indicators
