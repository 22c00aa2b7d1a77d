// The committee's annual report as a spreadsheet and as a PDF: what the committee reads in
// Excel (sheet names, numbers as numbers, statuses, totals) and on paper (searchable Japanese
// text, charts and projects over as many A4 pages as needed, the same bytes for the same data).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "features/reports/annual_report.hpp"
#include "platform/config.hpp"
#include "platform/messages.hpp"
#include "run_on_file.hpp"

namespace tsunagu::report {
namespace {

// Status labels, units and the date format come from the message catalogue.
class AnnualReportCatalogue : public ::testing::Environment {
 public:
  void SetUp() override { messages::Load(tsunagu::SourceDir() + "/messages/ja.json"); }
};
const auto* const kAnnualReportCatalogue =
    ::testing::AddGlobalTestEnvironment(new AnnualReportCatalogue);

// Output of `command '<bytes in a file>' args`.
std::string RunOnFile(const std::string& command, const std::string& bytes,
                      const std::string& args = "") {
  return test_util::RunOnFile(command, bytes, args, "unzip poppler-utils");
}

// One member of the XLSX (a zip file).
std::string XlsxPart(const std::string& xlsx, const std::string& member) {
  return RunOnFile("unzip -p", xlsx, member);
}

// The shared strings of an XLSX in order (libxlsxwriter writes each as <si><t>...</t></si>).
std::vector<std::string> SharedStrings(const std::string& xlsx) {
  const std::string xml = XlsxPart(xlsx, "xl/sharedStrings.xml");
  const std::regex si("<si><t[^>]*>([^<]*)</t></si>");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), si); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// What a cell shows: its text, its number as written, or "" when blank.
struct Cell {
  std::string text;    // for a text cell
  std::string number;  // for a numeric cell
};
Cell CellAt(const std::string& sheet_xml, const std::vector<std::string>& strings,
            const std::string& ref) {
  std::smatch m;
  const std::regex cell("<c r=\"" + ref + "\"([^>]*?)(/>|>(.*?)</c>)");
  if (!std::regex_search(sheet_xml, m, cell) || m[2] == "/>") return {};
  std::smatch v;
  const std::string inner = m[3];
  if (!std::regex_search(inner, v, std::regex("<v>([^<]*)</v>"))) return {};
  if (m[1].str().find("t=\"s\"") != std::string::npos) return {strings.at(std::stoul(v[1])), ""};
  return {"", v[1]};
}

// The page text without white space, so that wrapped lines read as one string.
std::string PageText(const std::string& pdf) {
  std::string text = RunOnFile("pdftotext -enc UTF-8", pdf, "-");
  std::erase_if(text, [](char ch) { return ch == ' ' || ch == '\n' || ch == '\f'; });
  return text;
}

// The value after "key:" in pdfinfo's output.
std::string InfoField(const std::string& pdf, const std::string& key) {
  std::istringstream lines(RunOnFile("pdfinfo -enc UTF-8", pdf));
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(key + ":"))
      return line.substr(line.find_first_not_of(' ', key.size() + 1));
  }
  return "(no " + key + ")";
}

// Words whose box leaves the page's side margins (48 pt), as pdftotext -bbox lines.
std::vector<std::string> WordsBeyondSideMargins(const std::string& pdf) {
  std::istringstream lines(RunOnFile("pdftotext -enc UTF-8 -bbox", pdf, "-"));
  std::vector<std::string> outside;
  for (std::string line; std::getline(lines, line);) {
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
    if (std::sscanf(line.c_str(), " <word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                    &x_min, &y_min, &x_max, &y_max) != 4) {
      continue;
    }
    if (x_min < 47 || x_max > 595.276 - 47 || y_min < 47 || y_max > 841.89 - 16) {
      outside.push_back(line);
    }
  }
  return outside;
}

constexpr const char* kKgiName = "地域づくりの活動に参加したことがある市民の割合";
constexpr const char* kKpiName = "市と連携した地域課題解決事業の数";

indicators::Indicator Kgi() {
  indicators::Indicator ind;
  ind.id = indicators::IndicatorId{1};
  ind.code = "kgi1";
  ind.name = kKgiName;
  ind.kind = "KGI";
  ind.unit = "%";
  ind.baseline = indicators::Point{2017, 74.7};
  ind.targets = {{2022, 80}, {2027, 85}};
  indicators::Actual a;
  a.year = 2026;
  a.value = 76.0;
  a.source = "市民意識調査";
  a.sample_size = 1520;
  a.survey_date = "2026-07-01";
  a.recorded_by = "協働推進課";
  ind.actuals = {a};
  return ind;
}

indicators::Indicator Kpi() {
  indicators::Indicator ind;
  ind.id = indicators::IndicatorId{5};
  ind.code = "kpi3";
  ind.name = kKpiName;
  ind.kind = "KPI";
  ind.policy = 3;
  ind.unit = "count";
  ind.path_from_year = 2017;
  ind.targets = {{2022, 40}, {2027, 90}};
  ind.source = indicators::Source::kCityCollaboration;
  indicators::Actual a;
  a.year = 2026;
  a.value = 3;
  a.source = "市と連携した地域課題解決事業の件数";
  a.recorded_by = "自動計算";
  a.computed = true;
  ind.actuals = {a};
  return ind;
}

ReportProject Project(const std::string& region, const std::string& title, bool city, bool life,
                      std::int64_t budget, int progress, const std::string& grade) {
  ReportProject p;
  p.region_name = region;
  p.plan_name = "第三次" + region + "地域づくり計画";
  p.title = title;
  p.runner = region + "地域づくり協議会（地域づくり協議会）";
  p.city_collaboration = city;
  p.life_support = life;
  p.budget = budget;
  p.funding = budget >= 0 ? "地域づくり交付金" : "";
  p.target = budget >= 0 ? "年4回実施する" : "";
  p.progress = progress;
  p.grade = grade;
  return p;
}

AnnualReport Sample() {
  AnnualReport r;
  r.year = 2026;
  r.municipality = "山口市";
  r.issued_on = "2027-05-20";
  r.indicators = {Kgi(), Kpi()};
  r.projects = {Project("陶", "里山の竹林整備", true, false, 1200000, 40, "A"),
                Project("陶", "高齢者の買い物支援バス", true, true, 350000, 75, "B"),
                Project("湯田", "湯田温泉まち歩きマップ作成", false, false, -1, -1, "")};
  return r;
}

// ----- XLSX -------------------------------------------------------------------------------------

TEST(AnnualReportXlsx, HasTheTwoSheetsByName) {
  const std::string xlsx = RenderAnnualReportXlsx(Sample());
  ASSERT_TRUE(xlsx.starts_with("PK")) << "not a zip file";
  const std::string workbook = XlsxPart(xlsx, "xl/workbook.xml");
  const auto indicators = workbook.find("<sheet name=\"指標\"");
  const auto projects = workbook.find("<sheet name=\"事業\"");
  ASSERT_NE(indicators, std::string::npos) << workbook;
  ASSERT_NE(projects, std::string::npos) << workbook;
  EXPECT_LT(indicators, projects) << "指標 comes first";
  EXPECT_NE(workbook.find("<sheet name=\"実績の推移\""), std::string::npos) << workbook;
}

TEST(AnnualReportXlsx, EveryActualUpToTheYearWithItsSource) {
  AnnualReport r = Sample();
  indicators::Actual later;
  later.year = r.year + 1;  // after the report's year: not listed
  later.value = 99;
  r.indicators.front().actuals.push_back(later);
  const std::string xlsx = RenderAnnualReportXlsx(r);
  const std::string sheet = XlsxPart(xlsx, "xl/worksheets/sheet3.xml");
  const auto strings = SharedStrings(xlsx);
  EXPECT_EQ(CellAt(sheet, strings, "A1").text, "区分");
  EXPECT_EQ(CellAt(sheet, strings, "C2").number, "2026");
  EXPECT_EQ(CellAt(sheet, strings, "D2").text, "令和8年度");
  EXPECT_EQ(CellAt(sheet, strings, "E2").number, "76");
  EXPECT_EQ(CellAt(sheet, strings, "G2").text, "市民意識調査");
  EXPECT_EQ(sheet.find("<v>99</v>"), std::string::npos) << "a later year's actual is left out";
}

TEST(AnnualReportXlsx, IndicatorsAreNumbersInPercentUnitsWithTheirStatus) {
  const std::string xlsx = RenderAnnualReportXlsx(Sample());
  const std::vector<std::string> strings = SharedStrings(xlsx);
  const std::string sheet = XlsxPart(xlsx, "xl/worksheets/sheet1.xml");
  auto at = [&](const std::string& ref) { return CellAt(sheet, strings, ref); };
  EXPECT_EQ(at("A1").text, "2026年度（令和8年度） 協働のまちづくり 指標の状況");
  // A 区分, B 基本方針, C 指標, D 単位, E 基準値, F 基準年度, G/H 目標値 2022/2027,
  // I 実績（2026年度）, J 実績の出典, K 評価に用いた実績の年度, L 状況.
  EXPECT_EQ(at("G2").text, "目標値 2022年度（令和4年度）");
  EXPECT_EQ(at("H2").text, "目標値 2027年度（令和9年度）");
  EXPECT_EQ(at("I2").text, "実績 2026年度（令和8年度）");
  EXPECT_EQ(at("L2").text, "状況");

  EXPECT_EQ(at("A3").text, "KGI");
  EXPECT_EQ(at("B3").number, "") << "a KGI has no basic policy";
  EXPECT_EQ(at("C3").text, kKgiName);
  EXPECT_EQ(at("D3").text, "%");
  EXPECT_EQ(at("E3").number, "74.7") << "percent units, not 0.747";
  EXPECT_EQ(at("F3").number, "2017");
  EXPECT_EQ(at("G3").number, "80");
  EXPECT_EQ(at("H3").number, "85");
  EXPECT_EQ(at("I3").number, "76");
  EXPECT_EQ(at("J3").text, "市民意識調査");
  EXPECT_EQ(at("K3").number, "2026");
  // The path reaches 84 in 2026; 76.0 has made less than half of the planned change.
  EXPECT_EQ(at("L3").text, "遅れ");

  EXPECT_EQ(at("A4").text, "KPI");
  EXPECT_EQ(at("B4").number, "3");
  EXPECT_EQ(at("C4").text, kKpiName);
  EXPECT_EQ(at("D4").text, "件");
  EXPECT_EQ(at("E4").number, "") << "no baseline: a blank cell";
  EXPECT_EQ(at("E4").text, "");
  EXPECT_EQ(at("F4").number, "");
  EXPECT_EQ(at("G4").number, "40");
  EXPECT_EQ(at("H4").number, "90");
  EXPECT_EQ(at("I4").number, "3");
  EXPECT_EQ(at("L4").text, "遅れ");
}

TEST(AnnualReportXlsx, AnOlderActualIsEvaluatedButNotShownAsTheYears) {
  AnnualReport r = Sample();
  r.indicators[0].actuals[0].year = 2025;
  r.indicators[0].actuals[0].value = 84.0;  // the path reaches 83 in 2025
  r.indicators[1].actuals.clear();
  const std::string xlsx = RenderAnnualReportXlsx(r);
  const std::vector<std::string> strings = SharedStrings(xlsx);
  const std::string sheet = XlsxPart(xlsx, "xl/worksheets/sheet1.xml");
  auto at = [&](const std::string& ref) { return CellAt(sheet, strings, ref); };
  EXPECT_EQ(at("I3").number, "") << "no actual in 2026";
  EXPECT_EQ(at("K3").number, "2025");
  EXPECT_EQ(at("L3").text, "順調");
  EXPECT_EQ(at("I4").number, "");
  EXPECT_EQ(at("K4").number, "");
  EXPECT_EQ(at("L4").text, "未計測");
}

TEST(AnnualReportXlsx, ProjectsWithFlagsBudgetsAndTotals) {
  const std::string xlsx = RenderAnnualReportXlsx(Sample());
  const std::vector<std::string> strings = SharedStrings(xlsx);
  const std::string sheet = XlsxPart(xlsx, "xl/worksheets/sheet2.xml");
  auto at = [&](const std::string& ref) { return CellAt(sheet, strings, ref); };
  // A 地域, B 計画, C 事業名, D 実施主体, E 市連携, F 生活支援, G 予算, H 財源, I 目標, J 進捗,
  // K 自己評価.
  EXPECT_EQ(at("E1").text, "市と連携した地域課題解決事業");
  EXPECT_EQ(at("G1").text, "予算（円）");
  EXPECT_EQ(at("A2").text, "陶");
  EXPECT_EQ(at("C2").text, "里山の竹林整備");
  EXPECT_EQ(at("E2").text, "○");
  EXPECT_EQ(at("F2").text, "");
  EXPECT_EQ(at("G2").number, "1200000");
  EXPECT_EQ(at("J2").number, "40");
  EXPECT_EQ(at("K2").text, "A");
  EXPECT_EQ(at("F3").text, "○");
  EXPECT_EQ(at("A4").text, "湯田");
  EXPECT_EQ(at("G4").number, "") << "no budget line: blank, not -1";
  EXPECT_EQ(at("J4").number, "");
  EXPECT_EQ(at("K4").text, "");
  EXPECT_EQ(at("A5").text, "合計");
  EXPECT_EQ(at("E5").number, "2");
  EXPECT_EQ(at("F5").number, "1");
  EXPECT_EQ(at("G5").number, "1550000");
}

TEST(AnnualReportXlsx, SameInputGivesSameBytes) {
  const std::string first = RenderAnnualReportXlsx(Sample());
  EXPECT_TRUE(RenderAnnualReportXlsx(Sample()) == first);
  const std::string core = XlsxPart(first, "docProps/core.xml");
  EXPECT_NE(core.find("2027-05-19T15:00:00Z"), std::string::npos)
      << "created at 2027-05-20 00:00 JST: " << core;
}

TEST(AnnualReportXlsx, AnEmptyReportStillHasBothSheets) {
  AnnualReport r = Sample();
  r.indicators.clear();
  r.projects.clear();
  const std::string xlsx = RenderAnnualReportXlsx(r);
  const std::string sheet = XlsxPart(xlsx, "xl/worksheets/sheet2.xml");
  EXPECT_EQ(CellAt(sheet, SharedStrings(xlsx), "A2").text, "合計");
  EXPECT_EQ(CellAt(sheet, SharedStrings(xlsx), "G2").number, "0");
}

// ----- PDF --------------------------------------------------------------------------------------

TEST(AnnualReportPdf, IsAPdfWithTheJapaneseText) {
  const std::string pdf = RenderAnnualReportPdf(Sample());
  ASSERT_TRUE(pdf.starts_with("%PDF-"));
  const std::string text = PageText(pdf);
  for (const char* expected : {"山口市協働のまちづくり年次報告",
                               "2026年度（令和8年度）",
                               "作成日2027年5月20日",
                               "指標の状況",
                               kKgiName,
                               kKpiName,
                               "基準値74.7%（2017年度（平成29年度））",
                               "目標2027年度（令和9年度）：85.0%",
                               "実績2026年度（令和8年度）：76.0%（市民意識調査）",
                               "基準値なし",
                               "目標2027年度（令和9年度）：90件",
                               "状況遅れ",
                               "地域別の事業",
                               "陶",
                               "湯田",
                               "里山の竹林整備「市連携」",
                               "高齢者の買い物支援バス「市連携」「生活支援」",
                               "予算1,200,000円（地域づくり交付金）",
                               "進捗40%",
                               "自己評価A",
                               "市と連携した地域課題解決事業2件",
                               "生活支援サービス事業1件"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  }
  EXPECT_LT(text.find("陶"), text.find("湯田")) << "regions in the given order";
}

TEST(AnnualReportPdf, IsTitledA4WithTheJapaneseFontEmbedded) {
  const std::string pdf = RenderAnnualReportPdf(Sample());
  EXPECT_EQ(InfoField(pdf, "Title"), "山口市 協働のまちづくり 年次報告 2026年度（令和8年度）");
  EXPECT_EQ(InfoField(pdf, "Page size"), "595.276 x 841.89 pts (A4)");
  const std::string fonts = RunOnFile("pdffonts", pdf);
  std::istringstream lines(fonts);
  bool embedded = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("NotoSansCJK") != std::string::npos && line.find(" yes ") != std::string::npos)
      embedded = true;
  }
  EXPECT_TRUE(embedded) << fonts;
}

TEST(AnnualReportPdf, AShortReportIsOnePage) {
  AnnualReport r = Sample();
  r.indicators.resize(1);
  EXPECT_EQ(InfoField(RenderAnnualReportPdf(r), "Pages"), "1");
}

TEST(AnnualReportPdf, SameInputGivesSameBytes) {
  const std::string first = RenderAnnualReportPdf(Sample());
  EXPECT_TRUE(RenderAnnualReportPdf(Sample()) == first);
  AnnualReport later = Sample();
  later.issued_on = "2027-05-21";
  EXPECT_FALSE(RenderAnnualReportPdf(later) == first) << "the creation date is issued_on";
}

TEST(AnnualReportPdf, ManyProjectsRunOverSeveralPagesWithinTheMargins) {
  AnnualReport r = Sample();
  r.indicators[0].name.clear();
  for (int i = 0; i < 6; ++i) r.indicators[0].name += "地域づくりの活動に参加したことがある市民";
  r.projects.clear();
  const char* regions[] = {"大殿", "白石", "湯田", "仁保"};
  for (int i = 0; i < 40; ++i) {
    ReportProject p = Project(regions[i / 10], "事業その" + std::to_string(i + 1), i % 3 == 0,
                              i % 4 == 0, 100000 * i, i * 2, "B");
    if (i == 5) {
      for (int k = 0; k < 5; ++k) p.title += "中山間地域の耕作放棄地を再生する農業体験";
    }
    r.projects.push_back(p);
  }
  const std::string pdf = RenderAnnualReportPdf(r);
  EXPECT_GT(std::stoi(InfoField(pdf, "Pages")), 1);
  const std::string text = PageText(pdf);
  for (const char* expected : {"事業その1", "事業その40", "仁保",
                               "市と連携した地域課題解決事業14件", "生活支援サービス事業10件"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  }
  EXPECT_NE(text.find("（続き）"), std::string::npos) << "a region's heading atop its next page";
  EXPECT_EQ(WordsBeyondSideMargins(pdf), std::vector<std::string>{});
}

TEST(AnnualReportPdf, AnEmptyReportSaysSo) {
  AnnualReport r = Sample();
  r.indicators.clear();
  r.projects.clear();
  const std::string text = PageText(RenderAnnualReportPdf(r));
  EXPECT_NE(text.find("指標はありません。"), std::string::npos) << text;
  EXPECT_NE(text.find("事業はありません。"), std::string::npos) << text;
  EXPECT_NE(text.find("市と連携した地域課題解決事業0件"), std::string::npos) << text;
}

// ----- Misuse -----------------------------------------------------------------------------------

TEST(AnnualReport, RejectsAMalformedDateOrText) {
  for (const char* date : {"2027/05/20", "2027-02-29", "2027-5-20", ""}) {
    AnnualReport r = Sample();
    r.issued_on = date;
    EXPECT_THROW(RenderAnnualReportPdf(r), std::invalid_argument) << date;
    EXPECT_THROW(RenderAnnualReportXlsx(r), std::invalid_argument) << date;
  }
  AnnualReport r = Sample();
  r.projects[1].title = "\xff\xfe";
  EXPECT_THROW(RenderAnnualReportPdf(r), std::invalid_argument);
  EXPECT_THROW(RenderAnnualReportXlsx(r), std::invalid_argument);
}

}  // namespace
}  // namespace tsunagu::report
