#include "features/indicators/queries.hpp"

#include <algorithm>

#include "features/indicators/rules.hpp"
#include "features/training/commands.hpp"
#include "features/training/queries.hpp"
#include "platform/messages.hpp"

namespace tsunagu::store {
namespace {
using I = std::int64_t;
using indicators::FromMilli;
using indicators::ToMilli;
}  // namespace

void EnsureIndicator(Conn& c, MunicipalityId m, const IndicatorSeed& s, int position) {
  if (c.QueryOne("SELECT id FROM indicators WHERE municipality_id = ? AND code = ?", {m, s.code}))
    return;
  const indicators::IndicatorId id =
      c.QueryOne(
           "INSERT INTO indicators (municipality_id, code, name, kind, policy, unit, "
           "baseline_milli, baseline_year, path_from_year, increase, source, position) VALUES "
           "(?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id",
           {m, s.code, s.name, s.kind, I{s.policy}, s.unit,
            s.baseline ? Value{ToMilli(s.baseline->value)} : Value{nullptr},
            s.baseline ? Value{I{s.baseline->year}} : Value{nullptr}, I{s.path_from_year}, s.source,
            I{position}})
          ->IdAt(0);
  for (const auto& t : s.targets) UpsertTarget(c, id, t);
}

std::vector<indicators::Indicator> ListIndicators(Conn& c, MunicipalityId m) {
  std::vector<indicators::Indicator> out;
  std::map<indicators::IndicatorId, std::size_t> index;
  for (const Row& r : c.Query("SELECT id, code, name, kind, policy, unit, baseline_milli, "
                              "baseline_year, path_from_year, increase, source FROM indicators "
                              "WHERE municipality_id = ? ORDER BY position, id",
                              {m})) {
    indicators::Indicator ind;
    ind.id = r.IdAt(0);
    ind.code = r.Str(1);
    ind.name = r.Str(2);
    ind.kind = r.Str(3);
    ind.policy = static_cast<int>(r.Int(4));
    ind.unit = r.Str(5);
    if (!r.IsNull(6)) {
      ind.baseline = indicators::Point{static_cast<int>(r.Int(7)), FromMilli(r.Int(6))};
    }
    ind.path_from_year = static_cast<int>(r.Int(8));
    ind.increase = r.Int(9) != 0;
    ind.source = indicators::ParseSource(r.Str(10)).value_or(indicators::Source::kEntered);
    index[ind.id] = out.size();
    out.push_back(std::move(ind));
  }
  for (const Row& r : c.Query("SELECT t.indicator_id, t.year, t.value_milli FROM "
                              "indicator_targets t JOIN indicators i ON i.id = t.indicator_id "
                              "WHERE i.municipality_id = ? ORDER BY t.indicator_id, t.year",
                              {m})) {
    out[index.at(r.IdAt(0))].targets.push_back({static_cast<int>(r.Int(1)), FromMilli(r.Int(2))});
  }
  return out;
}

std::map<indicators::IndicatorId, std::vector<indicators::Actual>> ListEnteredActuals(
    Conn& c, MunicipalityId m) {
  std::map<indicators::IndicatorId, std::vector<indicators::Actual>> out;
  for (const Row& r :
       c.Query("SELECT a.indicator_id, a.year, a.value_milli, a.source, a.sample_size, "
               "a.survey_date, u.display_name, a.entered_at FROM indicator_actuals a JOIN "
               "indicators i ON i.id = a.indicator_id JOIN users u ON u.id = a.entered_by WHERE "
               "i.municipality_id = ? ORDER BY a.indicator_id, a.year",
               {m})) {
    indicators::Actual a;
    a.year = static_cast<int>(r.Int(1));
    a.value = FromMilli(r.Int(2));
    a.source = r.Str(3);
    a.sample_size = r.Int(4);
    a.survey_date = r.Str(5);
    a.recorded_by = r.Str(6);
    a.recorded_at = r.Int(7);
    out[r.IdAt(0)].push_back(std::move(a));
  }
  return out;
}

void UpsertActual(Conn& c, indicators::IndicatorId indicator, const indicators::Actual& a,
                  UserId by) {
  c.Query("DELETE FROM indicator_actuals WHERE indicator_id = ? AND year = ?",
          {indicator, I{a.year}});
  c.Query(
      "INSERT INTO indicator_actuals (indicator_id, year, value_milli, source, sample_size, "
      "survey_date, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {indicator, I{a.year}, ToMilli(a.value), a.source, a.sample_size, a.survey_date, by,
       a.recorded_at});
}

void UpsertTarget(Conn& c, indicators::IndicatorId indicator, const indicators::Point& t) {
  c.Query("DELETE FROM indicator_targets WHERE indicator_id = ? AND year = ?",
          {indicator, I{t.year}});
  c.Query("INSERT INTO indicator_targets (indicator_id, year, value_milli) VALUES (?, ?, ?)",
          {indicator, I{t.year}, ToMilli(t.value)});
}

std::map<int, I> CountFlaggedProjects(Conn& c, MunicipalityId m, const std::string& flag, int from,
                                      int to) {
  // A project counts in every fiscal year of its period, whatever its plan's status.
  const std::string column = flag == "life_support" ? "life_support" : "city_collaboration";
  std::map<int, I> out;
  for (int y = from; y <= to; ++y) out[y] = 0;
  for (const Row& r : c.Query("SELECT x.year_from, x.year_to FROM projects x JOIN organisations "
                              "co ON co.id = x.council_id WHERE co.municipality_id = ? AND x." +
                                  column + " = 1",
                              {m})) {
    const int a = std::max(from, static_cast<int>(r.Int(0)));
    const int b = std::min(to, static_cast<int>(r.Int(1)));
    for (int y = a; y <= b; ++y) ++out[y];
  }
  return out;
}

std::optional<int> FirstFlaggedYear(Conn& c, MunicipalityId m, const std::string& flag) {
  const std::string column = flag == "life_support" ? "life_support" : "city_collaboration";
  auto r = c.QueryOne(
      "SELECT MIN(x.year_from) FROM projects x JOIN organisations co ON co.id = "
      "x.council_id WHERE co.municipality_id = ? AND x." +
          column + " = 1",
      {m});
  if (!r || r->IsNull(0)) return std::nullopt;
  return static_cast<int>(r->Int(0));
}

}  // namespace tsunagu::store

namespace tsunagu::indicators {

namespace {

std::string FlagOf(Source s) {
  return s == Source::kLifeSupport ? "life_support" : "city_collaboration";
}

// Fills the actuals of every indicator: entered ones from the table, computed ones counted.
void FillActuals(const Ctx& ctx, store::Conn& c, std::vector<indicators::Indicator>& list) {
  auto entered = store::ListEnteredActuals(c, ctx.municipality);
  const std::string today = training::TodayJst(ctx.clock);
  const int now_year = indicators::FiscalYearOf(today);
  const std::int64_t now = ctx.clock.Now();
  for (auto& ind : list) {
    if (ind.source == Source::kEntered) {
      ind.actuals = entered[ind.id];
      continue;
    }
    const int origin = indicators::Origin(ind).year;
    std::string definition = Msg("indicator_def." + indicators::ToString(ind.source));
    auto add = [&](int year, double value) {
      indicators::Actual a;
      a.year = year;
      a.value = value;
      a.source = definition;
      a.recorded_by = Msg("indicator.computed_by");
      a.recorded_at = now;
      a.computed = true;
      ind.actuals.push_back(std::move(a));
    };
    // From the first year with records (the current one when there are none), never before
    // the path's origin.
    auto years_from = [&](std::optional<int> first) {
      return std::max(first.value_or(now_year), origin + 1);
    };
    if (ind.source == Source::kCoordinators) {
      const auto certs = store::ListCertifications(c, ctx.municipality);
      std::optional<int> first;
      for (const auto& cert : certs) {
        const int y = indicators::FiscalYearOf(cert.certified_on);
        if (!first || y < *first) first = y;
      }
      for (int y = years_from(first); y <= now_year; ++y) {
        const std::string day = y == now_year ? today : indicators::FiscalYearEnd(y);
        add(y, static_cast<double>(training::PeopleCertifiedOn(certs, day)));
      }
    } else {
      const std::string flag = FlagOf(ind.source);
      const int from = years_from(store::FirstFlaggedYear(c, ctx.municipality, flag));
      if (from > now_year) continue;
      for (const auto& [y, n] :
           store::CountFlaggedProjects(c, ctx.municipality, flag, from, now_year)) {
        add(y, static_cast<double>(n));
      }
    }
  }
}

std::vector<indicators::Indicator> IndicatorsIn(const Ctx& ctx, store::Conn& c) {
  auto list = store::ListIndicators(c, ctx.municipality);
  FillActuals(ctx, c, list);
  return list;
}

}  // namespace

std::optional<indicators::Indicator> IndicatorIn(const Ctx& ctx, store::Conn& c, IndicatorId id) {
  for (auto& ind : IndicatorsIn(ctx, c)) {
    if (ind.id == id) return std::move(ind);
  }
  return std::nullopt;
}

std::vector<indicators::Indicator> LoadIndicators(const Ctx& ctx) {
  return ctx.db.Read([&](store::Conn& c) { return IndicatorsIn(ctx, c); });
}

std::optional<indicators::Indicator> LoadIndicator(const Ctx& ctx, IndicatorId id) {
  return ctx.db.Read([&](store::Conn& c) { return IndicatorIn(ctx, c, id); });
}

std::vector<plans::Project> ContributingProjects(const Ctx& ctx, Source source, int year) {
  if (source != Source::kCityCollaboration && source != Source::kLifeSupport) return {};
  plans::ProjectFilter f;
  f.year = year;
  f.flag = FlagOf(source);
  return plans::ListProjects(ctx, f);
}

}  // namespace tsunagu::indicators
