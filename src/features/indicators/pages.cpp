// The city's indicators: /indicators (every indicator with its chart and its numbers) and
// /indicators/{id} (history, contributing records; city staff enter survey actuals and
// targets). Public to read.
#include <string>

#include "features/indicators/chart.hpp"
#include "features/indicators/commands.hpp"
#include "features/indicators/queries.hpp"
#include "features/indicators/routes.hpp"
#include "features/indicators/views.hpp"
#include "features/plans/commands.hpp"
#include "features/plans/views.hpp"
#include "features/training/commands.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {
namespace {

using namespace indicators;
using plans::YearOptions;
using plans::YearParam;

const Subject kCityWide{};

// The {id} of the path as an indicator's (nullopt unless a number > 0).
std::optional<IndicatorId> IdParam(const RequestCtx& rc) {
  auto n = text::ParsePositiveInt(rc.params.at("id"));
  if (!n) return std::nullopt;
  return IndicatorId{*n};
}

Response Indicators(App& app, RequestCtx& rc) {
  // Not kept: KPI 2 is counted for today.
  const int year = plans::CurrentYear(app.ctx().clock);
  const auto list = LoadIndicators(app.ctx());
  return app.Page(rc, 200, Msg("page.indicators_title"), "indicators/indicators.tpl", [&](Dict& d) {
    d.SetValue("YEAR_LABEL", indicators::YearLabel(year));
    d.SetValue("RULE", StatusRule());
    for (const auto& ind : list) {
      Dict* row = d.AddSectionDictionary("INDICATOR");
      IndicatorSummary(*row, ind, year);
      row->SetValue("CHART", report::ChartSvg(ind, year));
      IndicatorTable(*row, ind);
    }
  });
}

Response IndicatorPage(App& app, RequestCtx& rc, IndicatorId id, int status, const Failure* errors,
                       bool failed_target) {
  auto ind = LoadIndicator(app.ctx(), id);
  if (!ind) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const int now_year = plans::CurrentYear(app.ctx().clock);
  int year = now_year;
  if (auto y = YearParam(app, rc)) year = *y;
  // Not kept: KPI 2 is counted for today.
  const bool manage = Can(rc.actor, Action::kManageIndicators, kCityWide);
  const auto contributing = ContributingProjects(app.ctx(), ind->source, year);
  return app.Page(
      rc, status, ind->name, "indicators/indicator.tpl",
      [&](Dict& d) {
        IndicatorSummary(d, *ind, now_year);
        d.SetValue("RULE", StatusRule());
        d.SetValue("CHART", report::ChartSvg(*ind, now_year));
        IndicatorTable(d, *ind);
        for (auto it = ind->actuals.rbegin(); it != ind->actuals.rend(); ++it) {
          const auto& a = *it;
          Dict* row = d.AddSectionDictionary("ACTUAL");
          row->SetValue("A_YEAR", indicators::YearLabel(a.year));
          row->SetValue("A_VALUE", indicators::FormatWithUnit(*ind, a.value));
          row->SetValue("A_SOURCE", a.source);
          row->SetValue("A_SAMPLE", a.sample_size ? std::to_string(a.sample_size) : "");
          row->SetValue("A_SURVEY_DATE", a.survey_date);
          row->SetValue("A_STATUS", indicators::Label(indicators::StatusOf(*ind, a)));
          // Who entered it: the staff member's name for city staff, the role for everyone.
          row->SetValue("A_BY", a.computed ? a.recorded_by
                                           : (manage ? a.recorded_by : Msg("indicator.by_city")));
          row->SetValue("A_AT", a.computed ? Msg("indicator.computed_now")
                                           : training::DateJst(a.recorded_at));
        }
        d.ShowSection(ind->actuals.empty() ? "NO_ACTUALS" : "HAS_ACTUALS");
        if (ind->source == indicators::Source::kCityCollaboration ||
            ind->source == indicators::Source::kLifeSupport) {
          Dict* cd = d.AddSectionDictionary("CONTRIBUTING");
          cd->SetValue("C_YEAR_LABEL", indicators::YearLabel(year));
          cd->SetIntValue("C_COUNT", static_cast<long>(contributing.size()));
          AddField(*cd,
                   {.name = "year",
                    .label = Msg("field.fiscal_year"),
                    .type = "select",
                    .value = std::to_string(year),
                    .options = YearOptions(now_year)},
                   "YEAR_FIELDS");
          for (const auto& p : contributing) {
            Dict* row = cd->AddSectionDictionary("C_PROJECT");
            row->SetIntValue("P_ID", p.id.value());
            row->SetValue("P_TITLE", p.title);
            row->SetValue("P_REGION", p.region_name);
            row->SetValue("P_PLAN", p.plan_name);
            row->SetValue("P_RUNNER", p.runner_name);
          }
          if (contributing.empty()) cd->ShowSection("C_NONE");
        }
        if (ind->source == indicators::Source::kCoordinators) d.ShowSection("COORDINATORS");
        if (!manage) return;
        if (ind->source == indicators::Source::kEntered) {
          Dict* f = d.AddSectionDictionary("ACTUAL_FORM");
          const bool mine = errors && !failed_target;
          auto val = [&](const char* n, const std::string& dflt) {
            return mine ? FormValue(rc, n) : dflt;
          };
          auto e = [&](const char* n) { return mine ? FieldError(errors, n) : std::string(); };
          AddField(*f,
                   {.name = "year",
                    .label = Msg("field.actual_year"),
                    .type = "number",
                    .value = val("year", std::to_string(now_year)),
                    .hint = Msg("hint.fiscal_year"),
                    .error = e("year"),
                    .required = true},
                   "ACTUAL_FIELDS");
          AddField(*f,
                   {.name = "value",
                    .label = Msg(ind->unit == "%" ? "field.value_percent" : "field.value_count"),
                    .value = val("value", ""),
                    .hint = Msg(ind->unit == "%" ? "hint.value_percent" : "hint.value_count"),
                    .error = e("value"),
                    .required = true},
                   "ACTUAL_FIELDS");
          AddField(*f,
                   {.name = "source",
                    .label = Msg("field.survey_name"),
                    .value = val("source", ""),
                    .hint = Msg("hint.survey_name"),
                    .error = e("source"),
                    .required = true},
                   "ACTUAL_FIELDS");
          AddField(*f,
                   {.name = "sample_size",
                    .label = Msg("field.sample_size"),
                    .type = "number",
                    .value = val("sample_size", ""),
                    .hint = Msg("hint.sample_size"),
                    .error = e("sample_size"),
                    .required = true},
                   "ACTUAL_FIELDS");
          AddField(*f,
                   {.name = "survey_date",
                    .label = Msg("field.survey_date"),
                    .type = "date",
                    .value = val("survey_date", ""),
                    .hint = Msg("hint.date"),
                    .error = e("survey_date")},
                   "ACTUAL_FIELDS");
        } else {
          d.ShowSection("COMPUTED_NOTE");
        }
        Dict* t = d.AddSectionDictionary("TARGET_FORM");
        auto tval = [&](const char* n) { return failed_target ? FormValue(rc, n) : ""; };
        auto terr = [&](const char* n) {
          return failed_target ? FieldError(errors, n) : std::string();
        };
        AddField(*t,
                 {.name = "target_year",
                  .label = Msg("field.target_year"),
                  .type = "number",
                  .value = tval("target_year"),
                  .hint = Msg("hint.target_year"),
                  .error = terr("target_year"),
                  .required = true},
                 "TARGET_FIELDS");
        AddField(*t,
                 {.name = "target_value",
                  .label = Msg(ind->unit == "%" ? "field.value_percent" : "field.value_count"),
                  .value = tval("target_value"),
                  .error = terr("target_value"),
                  .required = true},
                 "TARGET_FIELDS");
      },
      errors);
}

Response GetIndicator(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (!YearParam(app, rc)) return app.ErrorPage(rc, 400, Msg("error.year"));
  return IndicatorPage(app, rc, *id, 200, nullptr, false);
}

Response PostActual(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = RecordActual(app.ctx(), rc.actor, *id,
                        {FormValue(rc, "year"), FormValue(rc, "value"), FormValue(rc, "source"),
                         FormValue(rc, "sample_size"), FormValue(rc, "survey_date")});
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return IndicatorPage(app, rc, *id, 400, &err, false);
  }
  return app.RedirectWithFlash(rc, "/indicators/" + to_string(*id), "actual_saved");
}

Response PostTarget(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = SetTarget(app.ctx(), rc.actor, *id,
                     {FormValue(rc, "target_year"), FormValue(rc, "target_value")});
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return IndicatorPage(app, rc, *id, 400, &err, true);
  }
  return app.RedirectWithFlash(rc, "/indicators/" + to_string(*id), "target_saved");
}

}  // namespace

void AddIndicatorRoutes(Router<Handler>& r) {
  r.Add("GET", "/indicators", Indicators);
  r.Add("GET", "/indicators/{id}", GetIndicator);
  r.Add("POST", "/indicators/{id}/actuals", PostActual);
  r.Add("POST", "/indicators/{id}/targets", PostTarget);
}

}  // namespace tsunagu::web
