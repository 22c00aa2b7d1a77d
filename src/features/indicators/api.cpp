// The city's indicators as JSON: /api/v1/indicators (a page of them) and
// /api/v1/indicators/{id} (with the records each computed actual counts). Not cached: KPI 2 is
// counted for today.
#include <boost/json.hpp>

#include <cmath>
#include <string>

#include "features/indicators/queries.hpp"
#include "features/indicators/routes.hpp"
#include "features/indicators/rules.hpp"
#include "features/plans/commands.hpp"
#include "features/training/commands.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;
using indicators::Indicator;
using indicators::LoadIndicator;
using indicators::LoadIndicators;

// The {id} of the path as an indicator's (nullopt unless a number > 0).
std::optional<indicators::IndicatorId> IdParam(const RequestCtx& rc) {
  auto n = text::ParsePositiveInt(rc.params.at("id"));
  if (!n) return std::nullopt;
  return indicators::IndicatorId{*n};
}

// Values in the indicator's unit: percentages with one decimal (74.7), counts as integers.
json::value Number(const Indicator& ind, double v) {
  if (ind.unit == "%") return json::value(std::round(v * 10) / 10);
  return json::value(static_cast<std::int64_t>(std::llround(v)));
}

json::object IndicatorJson(const Indicator& ind, int year) {
  json::array targets, actuals;
  for (const auto& t : ind.targets) {
    targets.push_back(json::object{{"value", Number(ind, t.value)}, {"year", t.year}});
  }
  for (const auto& a : ind.actuals) {
    json::object o{{"year", a.year},
                   {"value", Number(ind, a.value)},
                   {"source", a.source},
                   {"computed", a.computed}};
    if (!a.computed) {
      o["sample_size"] = a.sample_size;
      o["survey_date"] = a.survey_date.empty() ? json::value(nullptr) : json::value(a.survey_date);
      o["recorded_on"] = training::DateJst(a.recorded_at);
    }
    actuals.push_back(std::move(o));
  }
  const auto status = indicators::StatusIn(ind, year);
  json::object j{{"id", ind.id.value()},
                 {"code", ind.code},
                 {"name", ind.name},
                 {"kind", ind.kind},
                 {"policy", ind.policy ? json::value(ind.policy) : json::value(nullptr)},
                 {"unit", ind.unit},
                 {"direction", ind.increase ? "increase" : "decrease"},
                 {"computed", ind.source != indicators::Source::kEntered},
                 {"targets", std::move(targets)},
                 {"actuals", std::move(actuals)},
                 {"status", indicators::ToString(status)},
                 {"status_label", indicators::Label(status)},
                 {"status_year", year},
                 {"expected", Number(ind, indicators::Expected(ind, year))},
                 {"url", "/indicators/" + to_string(ind.id)}};
  j["baseline"] = ind.baseline
                      ? json::value(json::object{{"value", Number(ind, ind.baseline->value)},
                                                 {"year", ind.baseline->year}})
                      : json::value(nullptr);
  if (ind.source != indicators::Source::kEntered) {
    j["definition"] = Msg("indicator_def." + indicators::ToString(ind.source));
  }
  return j;
}

Response ApiIndicators(App& app, RequestCtx& rc) {
  // Not cached: KPI 2 is counted for today.
  const int year = plans::CurrentYear(app.ctx().clock);
  std::vector<json::object> all;
  for (const auto& ind : LoadIndicators(app.ctx())) all.push_back(IndicatorJson(ind, year));
  return JsonPage(app, rc, std::move(all));
}

Response ApiIndicator(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto ind = id ? LoadIndicator(app.ctx(), *id) : std::nullopt;
  if (!ind) return app.JsonError(404, Msg("error.not_found"));
  const int year = plans::CurrentYear(app.ctx().clock);
  json::object j = IndicatorJson(*ind, year);
  if (ind->source == indicators::Source::kCityCollaboration ||
      ind->source == indicators::Source::kLifeSupport) {
    // The projects counted in each year: every flagged project, listed under its years.
    plans::ProjectFilter f;
    f.flag =
        ind->source == indicators::Source::kLifeSupport ? "life_support" : "city_collaboration";
    const auto flagged = plans::ListProjects(app.ctx(), f);
    json::object by_year;
    for (const auto& a : ind->actuals) {
      json::array records;
      for (const auto& p : flagged) {
        if (!p.ActiveIn(a.year)) continue;
        records.push_back(json::object{{"kind", "project"},
                                       {"id", p.id.value()},
                                       {"title", p.title},
                                       {"region", p.region_slug},
                                       {"plan", p.plan_name},
                                       {"url", "/projects/" + to_string(p.id)}});
      }
      by_year[std::to_string(a.year)] = std::move(records);
    }
    j["records"] = std::move(by_year);
  }
  if (ind->source == indicators::Source::kCoordinators) {
    json::object by_year;
    for (const auto& a : ind->actuals) {
      const std::string day =
          a.year == year ? training::TodayJst(app.ctx().clock) : indicators::FiscalYearEnd(a.year);
      by_year[std::to_string(a.year)] =
          json::object{{"valid_on", day}, {"url", "/api/v1/certifications?valid_on=" + day}};
    }
    j["records"] = std::move(by_year);
  }
  return app.Json(200, JsonText(j));
}

}  // namespace

void AddIndicatorApiRoutes(Router<Handler>& r) {
  r.Add("GET", "/api/v1/indicators", ApiIndicators);
  r.Add("GET", "/api/v1/indicators/{id}", ApiIndicator);
}

}  // namespace tsunagu::web
