// The committee's annual report for a fiscal year: /reports/annual?year= as a page, and the
// same data as .xlsx and .pdf (annual_report.hpp). Public.
#include <string>

#include "features/indicators/chart.hpp"
#include "features/indicators/queries.hpp"
#include "features/indicators/rules.hpp"
#include "features/indicators/views.hpp"
#include "features/plans/commands.hpp"
#include "features/plans/views.hpp"
#include "features/reports/annual_report.hpp"
#include "features/reports/routes.hpp"
#include "features/training/commands.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {
namespace {

using indicators::IndicatorSummary;
using indicators::StatusRule;
using plans::FundingLabel;
using plans::GradeLabel;
using plans::YearOptions;
using plans::YearParam;
using plans::Yen;

report::AnnualReport BuildReport(App& app, int year) {
  report::AnnualReport r;
  r.year = year;
  const auto m = directory::FindMunicipalityByCode(app.ctx(), app.config().municipality_code);
  r.municipality = m ? m->name : std::string();
  r.issued_on = training::TodayJst(app.ctx().clock);
  r.indicators = indicators::LoadIndicators(app.ctx());
  plans::ProjectFilter f;
  f.year = year;
  for (const auto& p : plans::ListProjects(app.ctx(), f)) {
    report::ReportProject rp;
    rp.region_name = p.region_name;
    rp.plan_name = p.plan_name;
    rp.title = p.title;
    rp.runner = p.runner_name + "（" + Label(p.runner_kind) + "）";
    rp.city_collaboration = p.city_collaboration;
    rp.life_support = p.life_support;
    if (const auto* l = p.Line(year)) {
      rp.budget = l->budget;
      rp.funding = FundingLabel(l->funding);
      rp.target = l->target;
      rp.progress = l->LatestPercent();
      rp.grade = l->grade;
    }
    r.projects.push_back(std::move(rp));
  }
  return r;
}

Response AnnualReportPage(App& app, RequestCtx& rc) {
  auto year = YearParam(app, rc);
  if (!year) return app.ErrorPage(rc, 400, Msg("error.year"));
  // Not kept: it counts KPI 2 for today and carries the date it was made.
  const auto r = BuildReport(app, *year);
  const std::string title = plans::YearLabel(*year) + " " + Msg("page.report_title");
  return app.Page(rc, 200, title, "reports/report.tpl", [&](Dict& d) {
    d.SetValue("HEADING", title);
    d.SetIntValue("YEAR", *year);
    d.SetValue("YEAR_LABEL", plans::YearLabel(*year));
    d.SetValue("ISSUED_ON", r.issued_on);
    d.SetValue("RULE", StatusRule());
    AddField(d, {.name = "year",
                 .label = Msg("field.fiscal_year"),
                 .type = "select",
                 .value = std::to_string(*year),
                 .options = YearOptions(plans::CurrentYear(app.ctx().clock))});
    for (const auto& ind : r.indicators) {
      Dict* row = d.AddSectionDictionary("INDICATOR");
      IndicatorSummary(*row, ind, *year);
      const auto* a = indicators::LatestActual(ind, *year);
      row->SetValue("YEAR_ACTUAL", a && a->year == *year ? indicators::FormatWithUnit(ind, a->value)
                                                         : Msg("indicator.no_actual_year"));
      row->SetValue("CHART", report::ChartSvg(ind, *year));
    }
    std::int64_t city = 0, life = 0, budget = 0;
    std::string last = "\x01";
    Dict* group = nullptr;
    for (const auto& p : r.projects) {
      if (p.region_name != last) {
        group = d.AddSectionDictionary("REGION");
        group->SetValue("REGION_NAME", p.region_name);
        last = p.region_name;
      }
      Dict* row = group->AddSectionDictionary("PROJECT");
      row->SetValue("TITLE", p.title);
      row->SetValue("PLAN", p.plan_name);
      row->SetValue("RUNNER", p.runner);
      if (p.city_collaboration) row->ShowSection("CITY_COLLABORATION");
      if (p.life_support) row->ShowSection("LIFE_SUPPORT");
      row->SetValue("BUDGET", p.budget >= 0 ? Yen(p.budget) : Msg("line.none"));
      row->SetValue("PROGRESS",
                    p.progress >= 0 ? std::to_string(p.progress) + "%" : Msg("progress.none"));
      row->SetValue("GRADE", GradeLabel(p.grade));
      city += p.city_collaboration;
      life += p.life_support;
      if (p.budget > 0) budget += p.budget;
    }
    if (r.projects.empty()) d.ShowSection("NO_PROJECTS");
    d.SetIntValue("TOTAL_PROJECTS", static_cast<long>(r.projects.size()));
    d.SetIntValue("TOTAL_CITY", city);
    d.SetIntValue("TOTAL_LIFE", life);
    d.SetValue("TOTAL_BUDGET", Yen(budget));
  });
}

Response ReportFile(App& app, RequestCtx& rc, bool pdf) {
  auto year = YearParam(app, rc);
  if (!year) return app.ErrorPage(rc, 400, Msg("error.year"));
  const auto r = BuildReport(app, *year);
  Response res;
  const std::string name = "annual-report-" + std::to_string(*year) + (pdf ? ".pdf" : ".xlsx");
  if (pdf) {
    res.content_type = "application/pdf";
    res.body = report::RenderAnnualReportPdf(r);
  } else {
    res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    res.body = report::RenderAnnualReportXlsx(r);
  }
  res.Set("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return res;
}

Response AnnualReportXlsx(App& app, RequestCtx& rc) { return ReportFile(app, rc, false); }
Response AnnualReportPdf(App& app, RequestCtx& rc) { return ReportFile(app, rc, true); }

}  // namespace

void AddReportRoutes(Router<Handler>& r) {
  r.Add("GET", "/reports/annual", AnnualReportPage);
  r.Add("GET", "/reports/annual.xlsx", AnnualReportXlsx);
  r.Add("GET", "/reports/annual.pdf", AnnualReportPdf);
}

}  // namespace tsunagu::web
