// Reading the city's indicators: their SQL (both backends) and their actuals, entered ones from
// the table and computed ones counted from the records (certifications, flagged projects).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/indicators/model.hpp"
#include "features/plans/commands.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::indicators {

// Indicators with their actuals: entered ones from the table, computed ones counted now for
// every year from the first record (or the current year) to the current year.
std::vector<Indicator> LoadIndicators(const Ctx& ctx);
std::optional<Indicator> LoadIndicator(const Ctx& ctx, IndicatorId id);
// The same on a connection the caller holds (a command's transaction).
std::optional<Indicator> IndicatorIn(const Ctx& ctx, store::Conn& c, IndicatorId id);
// The records a computed indicator counts in a year: projects (KPI 3, KPI 4).
std::vector<plans::Project> ContributingProjects(const Ctx& ctx, Source source, int year);

}  // namespace tsunagu::indicators

namespace tsunagu::store {

struct IndicatorSeed {
  std::string code, name, kind, unit, source;
  int policy = 0;
  std::optional<indicators::Point> baseline;
  int path_from_year = 0;
  std::vector<indicators::Point> targets;
};
// Inserts the indicator unless its code exists; its targets too.
void EnsureIndicator(Conn& c, MunicipalityId m, const IndicatorSeed& s, int position);
// Without actuals.
std::vector<indicators::Indicator> ListIndicators(Conn& c, MunicipalityId m);
// Entered actuals by indicator id, ascending years.
std::map<indicators::IndicatorId, std::vector<indicators::Actual>> ListEnteredActuals(
    Conn& c, MunicipalityId m);
void UpsertActual(Conn& c, indicators::IndicatorId indicator, const indicators::Actual& a,
                  UserId by);
void UpsertTarget(Conn& c, indicators::IndicatorId indicator, const indicators::Point& t);
// Flagged projects active in each year from..to: year -> count.
std::map<int, std::int64_t> CountFlaggedProjects(Conn& c, MunicipalityId m, const std::string& flag,
                                                 int from, int to);
// The earliest fiscal year a flagged project starts (nullopt when there is none).
std::optional<int> FirstFlaggedYear(Conn& c, MunicipalityId m, const std::string& flag);

}  // namespace tsunagu::store
