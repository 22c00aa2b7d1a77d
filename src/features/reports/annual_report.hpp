// The committee's annual report (協働のまちづくり推進委員会への年次報告) for one fiscal year, as
// data, and rendered as XLSX (libxlsxwriter) and PDF (cairo + pango, Noto CJK JP). The page
// /reports/annual renders the same data, so the three forms agree.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "features/indicators/model.hpp"

namespace tsunagu::report {

struct ReportProject {
  std::string region_name;  // e.g. "陶"
  std::string plan_name;    // e.g. "第三次陶地域づくり計画"
  std::string title;
  std::string runner;               // the body that runs it, with its kind, e.g.
                                    // "陶地域づくり協議会（地域づくり協議会）"
  bool city_collaboration = false;  // 市と連携した地域課題解決事業
  bool life_support = false;        // 生活支援サービス事業
  std::int64_t budget = -1;         // planned budget of the year in yen; -1 when no line
  std::string funding;              // label of the funding source, "" when no line
  std::string target;               // the year's target (text), "" when no line
  int progress = -1;                // latest % done in the year, -1 when none
  std::string grade;                // "A", "B", "C" or "" (not evaluated)
};

struct AnnualReport {
  int year = 0;              // fiscal year
  std::string municipality;  // "山口市"
  std::string issued_on;     // YYYY-MM-DD (JST), also the documents' creation date
  std::vector<indicators::Indicator> indicators;  // with their actuals
  std::vector<ReportProject> projects;            // ordered by region, plan, title
};

// XLSX bytes: sheet 指標 (name, kind, unit, baseline value and year, each target, the year's
// actual, its source, status), sheet 事業 (projects by region with both flags as ○, budget as a
// number, funding, target, progress, evaluation), sheet 実績の推移 (every actual up to the year
// with its source). Numbers are numeric cells; percentages in
// percent units (74.7). Throws std::runtime_error when libxlsxwriter fails.
std::string RenderAnnualReportXlsx(const AnnualReport& r);

// PDF bytes: A4 portrait; title with the year and its era name; per indicator a chart
// (LayoutChart drawn with cairo), its numbers and status; then the projects by region. Real
// text (searchable), deterministic for equal input (creation date = issued_on). Throws
// std::runtime_error when cairo fails.
std::string RenderAnnualReportPdf(const AnnualReport& r);

}  // namespace tsunagu::report
