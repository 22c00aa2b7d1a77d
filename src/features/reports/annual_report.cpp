#include "features/reports/annual_report.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <stdexcept>
#include <string_view>
#include <system_error>

#include "features/indicators/chart.hpp"
#include "features/indicators/rules.hpp"
#include "platform/cairo_util.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"

namespace tsunagu::report {
namespace {

// The report's own words. The report is a Japanese-only document for the committee, so its
// headings live here; words shared with the pages (status labels, units, the date format) come
// from the message catalogue.
constexpr const char* kReportTitle = "協働のまちづくり 年次報告";        // after the municipality
constexpr const char* kIndicatorsTitle = "協働のまちづくり 指標の状況";  // after the year
constexpr const char* kSheetIndicators = "指標";
constexpr const char* kSheetProjects = "事業";
constexpr const char* kSheetActuals = "実績の推移";
constexpr const char* kColYear = "年度";
constexpr const char* kColEra = "和暦";
constexpr const char* kColValue = "実績";
constexpr const char* kColSample = "有効回答数";
constexpr const char* kColSurveyDate = "調査日";
constexpr const char* kColKind = "区分";
constexpr const char* kColPolicy = "基本方針";
constexpr const char* kColIndicator = "指標";
constexpr const char* kColUnit = "単位";
constexpr const char* kColBaseline = "基準値";
constexpr const char* kColBaselineYear = "基準年度";
constexpr const char* kColTarget = "目標値 {y}";
constexpr const char* kColActual = "実績 {y}";
constexpr const char* kColActualSource = "実績の出典";
constexpr const char* kColEvaluatedYear = "評価に用いた実績の年度";
constexpr const char* kColStatus = "状況";
constexpr const char* kColRegion = "地域";
constexpr const char* kColPlan = "計画";
constexpr const char* kColTitle = "事業名";
constexpr const char* kColRunner = "実施主体";
constexpr const char* kColCityCollaboration = "市と連携した地域課題解決事業";
constexpr const char* kColLifeSupport = "生活支援サービス事業";
constexpr const char* kColBudget = "予算（円）";
constexpr const char* kColFunding = "財源";
constexpr const char* kColYearTarget = "年度の目標";
constexpr const char* kColProgress = "進捗（%）";
constexpr const char* kColGrade = "自己評価";
constexpr const char* kTotal = "合計";
constexpr const char* kFlagMark = "○";
constexpr const char* kIssuedOn = "作成日";
constexpr const char* kSectionIndicators = "指標の状況";
constexpr const char* kSectionProjects = "地域別の事業";
constexpr const char* kPolicy = "基本方針{n}";
constexpr const char* kNone = "なし";
constexpr const char* kTarget = "目標";
constexpr const char* kActual = "実績";
constexpr const char* kBudget = "予算";
constexpr const char* kProgress = "進捗";
constexpr const char* kTagCityCollaboration = "「市連携」";
constexpr const char* kTagLifeSupport = "「生活支援」";
constexpr const char* kLegendBaseline = "基準値";
constexpr const char* kLegendTarget = "目標値";
constexpr const char* kLegendActual = "実績";
constexpr const char* kLegendPath = "目標への道筋";
constexpr const char* kLegendCurrent = "当該年度";
constexpr const char* kNoIndicators = "指標はありません。";
constexpr const char* kNoProjects = "事業はありません。";
constexpr const char* kContinued = "（続き）";  // after a region continued on a new page
constexpr const char* kSeparator = "　";        // U+3000 between label and value

std::string Replace(std::string s, std::string_view key, const std::string& value) {
  s.replace(s.find(key), key.size(), value);
  return s;
}

struct Date {
  int year = 0, month = 0, day = 0;
};

// issued_on as a date; throws std::invalid_argument unless it is a real YYYY-MM-DD date.
Date ParseDate(const std::string& ymd) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (ymd[i] < '0' || ymd[i] > '9') return false;
    }
    return true;
  };
  if (ymd.size() != 10 || ymd[4] != '-' || ymd[7] != '-' || !digits(0, 4) || !digits(5, 2) ||
      !digits(8, 2)) {
    throw std::invalid_argument("annual report: issued_on is not YYYY-MM-DD: " + ymd);
  }
  const Date d{std::stoi(ymd.substr(0, 4)), std::stoi(ymd.substr(5, 2)),
               std::stoi(ymd.substr(8, 2))};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1970 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0)) {
    throw std::invalid_argument("annual report: issued_on is not a date: " + ymd);
  }
  return d;
}

// "2027年5月20日".
std::string FormatDate(const Date& d) {
  std::string out = Msg("format.date");  // {y}年{m}月{d}日
  out = Replace(out, "{y}", std::to_string(d.year));
  out = Replace(out, "{m}", std::to_string(d.month));
  return Replace(out, "{d}", std::to_string(d.day));
}

// Throws std::invalid_argument when a date or a text of r is malformed (the renderers would
// otherwise write a broken file).
Date CheckInput(const AnnualReport& r) {
  const Date issued = ParseDate(r.issued_on);
  std::vector<const std::string*> texts = {&r.municipality};
  for (const auto& ind : r.indicators) {
    texts.insert(texts.end(), {&ind.name, &ind.kind, &ind.unit});
    for (const auto& a : ind.actuals) texts.push_back(&a.source);
  }
  for (const auto& p : r.projects) {
    texts.insert(texts.end(), {&p.region_name, &p.plan_name, &p.title, &p.runner, &p.funding,
                               &p.target, &p.grade});
  }
  for (const std::string* t : texts) {
    if (!text::IsValidText(*t)) {
      throw std::invalid_argument("annual report: malformed text in a field");
    }
  }
  return issued;
}

std::string UnitLabel(const indicators::Indicator& ind) {
  return ind.unit == "%" ? std::string("%") : Msg("unit.count");
}

const indicators::Point* TargetIn(const indicators::Indicator& ind, int year) {
  for (const auto& t : ind.targets) {
    if (t.year == year) return &t;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// XLSX

void CheckXlsx(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(std::string("annual report XLSX: ") + what + ": " +
                             lxw_strerror(error));
  }
}

// A file of our own in the temporary directory, removed when this goes out of scope.
class TempFile {
 public:
  explicit TempFile(const std::filesystem::path& dir) {
    path_ = (dir / "tsunagu-report-XXXXXX").string();
    const int fd = mkstemp(path_.data());
    if (fd < 0) throw std::runtime_error("annual report XLSX: cannot create a temporary file");
    close(fd);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw std::runtime_error("annual report XLSX: cannot read back");
  return bytes;
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* text;
  lxw_format* wrap;
  lxw_format* center;
  lxw_format* percent;  // 74.7
  lxw_format* count;    // 57
  lxw_format* year;     // 2026, without a thousands separator
  lxw_format* yen;      // 1,234,000
  lxw_format* total_label;
  lxw_format* total_count;
  lxw_format* total_yen;
};

lxw_format* NewFormat(lxw_workbook* wb, const char* num_format = nullptr) {
  lxw_format* f = workbook_add_format(wb);
  if (!f) throw std::runtime_error("annual report XLSX: cannot add a format");
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  if (num_format) format_set_num_format(f, num_format);
  return f;
}

Formats AddFormats(lxw_workbook* wb) {
  Formats f{};
  f.title = NewFormat(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = NewFormat(wb);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_bg_color(f.header, 0xE7EEF7);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.text = NewFormat(wb);
  f.wrap = NewFormat(wb);
  format_set_text_wrap(f.wrap);
  f.center = NewFormat(wb);
  format_set_align(f.center, LXW_ALIGN_CENTER);
  f.percent = NewFormat(wb, "0.0");
  f.count = NewFormat(wb, "0");
  f.year = NewFormat(wb, "0");
  f.yen = NewFormat(wb, "#,##0");
  f.total_label = NewFormat(wb);
  f.total_count = NewFormat(wb, "0");
  format_set_align(f.total_count, LXW_ALIGN_CENTER);
  f.total_yen = NewFormat(wb, "#,##0");
  for (lxw_format* t : {f.total_label, f.total_count, f.total_yen}) {
    format_set_bold(t);
    format_set_top(t, LXW_BORDER_THIN);
  }
  return f;
}

// Writes nothing for an empty text, so that the cell stays blank.
void WriteText(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& s,
               lxw_format* format) {
  if (s.empty()) return;
  CheckXlsx(worksheet_write_string(ws, row, col, s.c_str(), format), "writing a text cell");
}

void WriteNumber(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, double v, lxw_format* format) {
  CheckXlsx(worksheet_write_number(ws, row, col, v, format), "writing a number cell");
}

lxw_worksheet* AddSheet(lxw_workbook* wb, const char* name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name);
  if (!ws) throw std::runtime_error(std::string("annual report XLSX: cannot add sheet ") + name);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  return ws;
}

// Sheet 指標: a title row, a header row, one row per indicator.
void WriteIndicatorsSheet(lxw_workbook* wb, const Formats& f, const AnnualReport& r) {
  lxw_worksheet* ws = AddSheet(wb, kSheetIndicators);
  std::set<int> target_years;
  for (const auto& ind : r.indicators) {
    for (const auto& t : ind.targets) target_years.insert(t.year);
  }

  WriteText(ws, 0, 0, indicators::YearLabel(r.year) + " " + kIndicatorsTitle, f.title);
  std::vector<std::string> headers = {kColKind, kColPolicy,   kColIndicator,
                                      kColUnit, kColBaseline, kColBaselineYear};
  for (int year : target_years)
    headers.push_back(Replace(kColTarget, "{y}", indicators::YearLabel(year)));
  headers.push_back(Replace(kColActual, "{y}", indicators::YearLabel(r.year)));
  headers.insert(headers.end(), {kColActualSource, kColEvaluatedYear, kColStatus});
  for (std::size_t c = 0; c < headers.size(); ++c) {
    WriteText(ws, 1, static_cast<lxw_col_t>(c), headers[c], f.header);
  }

  lxw_row_t row = 2;
  for (const auto& ind : r.indicators) {
    lxw_format* value_format = ind.unit == "%" ? f.percent : f.count;
    lxw_col_t col = 0;
    WriteText(ws, row, col++, ind.kind, f.text);
    if (ind.policy > 0) WriteNumber(ws, row, col, ind.policy, f.count);
    ++col;
    WriteText(ws, row, col++, ind.name, f.wrap);
    WriteText(ws, row, col++, UnitLabel(ind), f.center);
    if (ind.baseline) {
      WriteNumber(ws, row, col, ind.baseline->value, value_format);
      WriteNumber(ws, row, col + 1, ind.baseline->year, f.year);
    }
    col += 2;
    for (int year : target_years) {
      if (const auto* t = TargetIn(ind, year)) WriteNumber(ws, row, col, t->value, value_format);
      ++col;
    }
    const indicators::Actual* latest = indicators::LatestActual(ind, r.year);
    if (latest && latest->year == r.year) {
      WriteNumber(ws, row, col, latest->value, value_format);
      WriteText(ws, row, col + 1, latest->source, f.wrap);
    }
    col += 2;
    if (latest) WriteNumber(ws, row, col, latest->year, f.year);
    ++col;
    WriteText(ws, row, col, indicators::Label(indicators::StatusIn(ind, r.year)), f.center);
    ++row;
  }

  const auto last = static_cast<lxw_col_t>(headers.size() - 1);
  worksheet_set_column(ws, 0, 1, 9, nullptr);
  worksheet_set_column(ws, 2, 2, 46, nullptr);
  worksheet_set_column(ws, 3, 3, 6, nullptr);
  worksheet_set_column(ws, 4, last - 3, 12, nullptr);
  worksheet_set_column(ws, last - 2, last - 2, 24, nullptr);
  worksheet_set_column(ws, last - 1, last - 1, 14, nullptr);
  worksheet_set_column(ws, last, last, 10, nullptr);
  worksheet_set_row(ws, 0, 22, nullptr);
  worksheet_freeze_panes(ws, 2, 0);
  worksheet_repeat_rows(ws, 1, 1);
}

// Sheet 実績の推移: every actual up to the report's year, one row each, with where it came from.
void WriteActualsSheet(lxw_workbook* wb, const Formats& f, const AnnualReport& r) {
  lxw_worksheet* ws = AddSheet(wb, kSheetActuals);
  const std::vector<std::string> headers = {kColKind,         kColIndicator, kColYear,
                                            kColEra,          kColValue,     kColUnit,
                                            kColActualSource, kColSample,    kColSurveyDate};
  for (std::size_t c = 0; c < headers.size(); ++c) {
    WriteText(ws, 0, static_cast<lxw_col_t>(c), headers[c], f.header);
  }
  lxw_row_t row = 1;
  for (const auto& ind : r.indicators) {
    for (const auto& a : ind.actuals) {
      if (a.year > r.year) continue;
      WriteText(ws, row, 0, ind.kind, f.text);
      WriteText(ws, row, 1, ind.name, f.wrap);
      WriteNumber(ws, row, 2, a.year, f.year);
      WriteText(ws, row, 3, indicators::EraYear(a.year), f.text);
      WriteNumber(ws, row, 4, a.value, ind.unit == "%" ? f.percent : f.count);
      WriteText(ws, row, 5, UnitLabel(ind), f.center);
      WriteText(ws, row, 6, a.source, f.wrap);
      if (a.sample_size > 0) WriteNumber(ws, row, 7, static_cast<double>(a.sample_size), f.count);
      WriteText(ws, row, 8, a.survey_date, f.text);
      ++row;
    }
  }
  worksheet_set_column(ws, 0, 0, 6, nullptr);
  worksheet_set_column(ws, 1, 1, 46, nullptr);
  worksheet_set_column(ws, 2, 5, 10, nullptr);
  worksheet_set_column(ws, 6, 6, 30, nullptr);
  worksheet_set_column(ws, 7, 8, 12, nullptr);
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_repeat_rows(ws, 0, 0);
}

// Sheet 事業: a header row, one row per project in r's order, and a row of totals.
void WriteProjectsSheet(lxw_workbook* wb, const Formats& f, const AnnualReport& r) {
  lxw_worksheet* ws = AddSheet(wb, kSheetProjects);
  const std::vector<std::string> headers = {
      kColRegion,      kColPlan,   kColTitle,   kColRunner,     kColCityCollaboration,
      kColLifeSupport, kColBudget, kColFunding, kColYearTarget, kColProgress,
      kColGrade};
  for (std::size_t c = 0; c < headers.size(); ++c) {
    WriteText(ws, 0, static_cast<lxw_col_t>(c), headers[c], f.header);
  }

  lxw_row_t row = 1;
  int city_collaboration = 0, life_support = 0;
  std::int64_t budget = 0;
  for (const ReportProject& p : r.projects) {
    WriteText(ws, row, 0, p.region_name, f.text);
    WriteText(ws, row, 1, p.plan_name, f.wrap);
    WriteText(ws, row, 2, p.title, f.wrap);
    WriteText(ws, row, 3, p.runner, f.wrap);
    if (p.city_collaboration) WriteText(ws, row, 4, kFlagMark, f.center);
    if (p.life_support) WriteText(ws, row, 5, kFlagMark, f.center);
    if (p.budget >= 0) WriteNumber(ws, row, 6, static_cast<double>(p.budget), f.yen);
    WriteText(ws, row, 7, p.funding, f.wrap);
    WriteText(ws, row, 8, p.target, f.wrap);
    if (p.progress >= 0) WriteNumber(ws, row, 9, p.progress, f.count);
    WriteText(ws, row, 10, p.grade, f.center);
    city_collaboration += p.city_collaboration ? 1 : 0;
    life_support += p.life_support ? 1 : 0;
    budget += std::max<std::int64_t>(p.budget, 0);
    ++row;
  }
  WriteText(ws, row, 0, kTotal, f.total_label);
  for (lxw_col_t c = 1; c < headers.size(); ++c) {
    CheckXlsx(worksheet_write_blank(ws, row, c, f.total_label), "writing the totals row");
  }
  WriteNumber(ws, row, 4, city_collaboration, f.total_count);
  WriteNumber(ws, row, 5, life_support, f.total_count);
  WriteNumber(ws, row, 6, static_cast<double>(budget), f.total_yen);

  worksheet_set_column(ws, 0, 0, 8, nullptr);
  worksheet_set_column(ws, 1, 1, 26, nullptr);
  worksheet_set_column(ws, 2, 3, 32, nullptr);
  worksheet_set_column(ws, 4, 5, 16, nullptr);
  worksheet_set_column(ws, 6, 6, 14, nullptr);
  worksheet_set_column(ws, 7, 7, 18, nullptr);
  worksheet_set_column(ws, 8, 8, 36, nullptr);
  worksheet_set_column(ws, 9, 10, 9, nullptr);
  worksheet_set_row(ws, 0, 32, nullptr);  // the flag headers take two lines
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_repeat_rows(ws, 0, 0);
  if (!r.projects.empty()) {
    CheckXlsx(worksheet_autofilter(ws, 0, 0, row - 1, static_cast<lxw_col_t>(headers.size() - 1)),
              "adding the filter");
  }
}

// The document's creation time: issued_on at 00:00 in Japan (+09:00).
std::time_t CreatedAt(const Date& d) {
  std::tm tm{};
  tm.tm_year = d.year - 1900;
  tm.tm_mon = d.month - 1;
  tm.tm_mday = d.day;
  return timegm(&tm) - 9 * 3600;
}

// ---------------------------------------------------------------------------------------------
// PDF

constexpr double kPageWidth = 595.276;  // A4, in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 48;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kContentBottom = kPageHeight - kMargin;
constexpr double kChartWidth = 300;
constexpr double kChartHeight = 150;
constexpr double kChartGap = 16;
constexpr double kIndent = 12;

struct Rgb {
  double r, g, b;
};
constexpr Rgb kInk{0, 0, 0};
constexpr Rgb kMuted{0.33, 0.33, 0.33};
constexpr Rgb kHeading{0.05, 0.22, 0.45};
constexpr Rgb kGrid{0.85, 0.85, 0.85};
constexpr Rgb kAxis{0.45, 0.45, 0.45};
constexpr Rgb kPath{0.45, 0.45, 0.45};
constexpr Rgb kSeries{0.05, 0.3, 0.65};
constexpr Rgb kCurrent{0.85, 0.4, 0.05};

using report::AppendTo;
using report::CairoPtr;
using report::FontOptionsPtr;
using report::FontPtr;
using report::GPtr;
using report::Height;
using report::Layout;
using report::SurfacePtr;

void CheckCairo(cairo_status_t status, const char* what) {
  report::CheckCairo(status, "annual report PDF", what);
}

void SetColor(cairo_t* cr, const Rgb& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// One face throughout (see certificate_pdf.cpp: every extra face is embedded as well).
struct Fonts {
  FontPtr title{pango_font_description_from_string("Noto Sans CJK JP 18")};
  FontPtr section{pango_font_description_from_string("Noto Sans CJK JP 14")};
  FontPtr heading{pango_font_description_from_string("Noto Sans CJK JP 11")};
  FontPtr body{pango_font_description_from_string("Noto Sans CJK JP 10")};
  FontPtr small{pango_font_description_from_string("Noto Sans CJK JP 8.5")};
  FontPtr tick{pango_font_description_from_string("Noto Sans CJK JP 7")};
};

double InkWidth(PangoLayout* layout) {
  int width = 0, height = 0;
  pango_layout_get_pixel_size(layout, &width, &height);
  return width;
}

// Draws layout with its top-left corner at (x, y); returns its height.
double Show(cairo_t* cr, PangoLayout* layout, double x, double y) {
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  return Height(layout);
}

// The page sequence and the cursor on the current page. Blocks ask for their height first, so
// that a block (an indicator with its chart, a project) is never split across pages.
class Pages {
 public:
  Pages(cairo_t* cr, PangoContext* context, const Fonts& fonts)
      : cr_(cr), context_(context), fonts_(fonts) {}

  cairo_t* cr() const { return cr_; }
  PangoContext* context() const { return context_; }
  const Fonts& fonts() const { return fonts_; }
  double y() const { return y_; }
  void Advance(double dy) { y_ += dy; }

  // Whether `height` more points fit below the cursor (anything fits on an empty page).
  bool Fits(double height) const { return y_ + height <= kContentBottom || y_ <= kMargin; }

  // Starts a new page unless `height` more points fit below the cursor.
  void Reserve(double height) {
    if (Fits(height)) return;
    EndPage();
    y_ = kMargin;
  }

  // Draws text across the content width (from x = indent) at the cursor and moves below it.
  void Text(std::string_view s, const FontPtr& font, const Rgb& color, int max_lines,
            double gap_after, double indent = 0, PangoAlignment align = PANGO_ALIGN_LEFT) {
    const GPtr<PangoLayout> layout =
        Layout(context_, s, font.get(), kContentWidth - indent, max_lines, align);
    Reserve(Height(layout.get()));
    SetColor(cr_, color);
    y_ += Show(cr_, layout.get(), kMargin + indent, y_) + gap_after;
  }

  void Rule(const Rgb& color, double gap_after) {
    SetColor(cr_, color);
    cairo_set_line_width(cr_, 0.75);
    cairo_move_to(cr_, kMargin, y_);
    cairo_line_to(cr_, kMargin + kContentWidth, y_);
    cairo_stroke(cr_);
    y_ += gap_after;
  }

  // Numbers the page at its foot and emits it.
  void EndPage() {
    const GPtr<PangoLayout> footer =
        Layout(context_, "- " + std::to_string(page_) + " -", fonts_.small.get(), kContentWidth, 1,
               PANGO_ALIGN_CENTER);
    SetColor(cr_, kMuted);
    Show(cr_, footer.get(), kMargin, kPageHeight - kMargin / 2 - Height(footer.get()));
    cairo_show_page(cr_);
    ++page_;
  }

 private:
  cairo_t* cr_;
  PangoContext* context_;
  const Fonts& fonts_;
  double y_ = kMargin;
  int page_ = 1;
};

void Polyline(cairo_t* cr, const std::vector<ChartPoint>& points, double ox, double oy) {
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i == 0) {
      cairo_move_to(cr, ox + points[i].x, oy + points[i].y);
    } else {
      cairo_line_to(cr, ox + points[i].x, oy + points[i].y);
    }
  }
  cairo_stroke(cr);
}

enum class Marker { kBaseline, kTarget, kActual };

// A marker centred on (x, y), as in the pages' SVG: an open circle for the baseline, an open
// square for a target, a filled circle for an actual.
void DrawMarker(cairo_t* cr, Marker marker, double x, double y) {
  cairo_new_path(cr);
  if (marker == Marker::kTarget) {
    cairo_rectangle(cr, x - 4, y - 4, 8, 8);
  } else {
    cairo_arc(cr, x, y, marker == Marker::kBaseline ? 4 : 3.5, 0, 2 * G_PI);
  }
  if (marker == Marker::kActual) {
    SetColor(cr, kSeries);
    cairo_fill(cr);
    return;
  }
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  SetColor(cr, marker == Marker::kBaseline ? kInk : kSeries);
  cairo_set_line_width(cr, 1.2);
  cairo_stroke(cr);
}

// Draws l (from LayoutChart) with its top-left corner at (ox, oy).
void DrawChart(const Pages& pages, const ChartLayout& l, double ox, double oy) {
  cairo_t* cr = pages.cr();
  cairo_save(cr);
  cairo_set_line_width(cr, 0.5);
  for (const Tick& t : l.y_ticks) {
    SetColor(cr, kGrid);
    cairo_move_to(cr, ox + l.left, oy + t.pos);
    cairo_line_to(cr, ox + l.right, oy + t.pos);
    cairo_stroke(cr);
    const GPtr<PangoLayout> label = Layout(pages.context(), t.label, pages.fonts().tick.get(),
                                           l.left - 6, 1, PANGO_ALIGN_RIGHT);
    SetColor(cr, kMuted);
    Show(cr, label.get(), ox, oy + t.pos - Height(label.get()) / 2);
  }
  SetColor(cr, kAxis);
  cairo_move_to(cr, ox + l.left, oy + l.bottom);
  cairo_line_to(cr, ox + l.right, oy + l.bottom);
  cairo_stroke(cr);
  for (const Tick& t : l.x_ticks) {
    const GPtr<PangoLayout> label =
        Layout(pages.context(), t.label, pages.fonts().tick.get(), 40, 1, PANGO_ALIGN_CENTER);
    SetColor(cr, kMuted);
    Show(cr, label.get(), ox + t.pos - 20, oy + l.bottom + 4);
  }
  if (l.current_x >= 0) {
    SetColor(cr, kCurrent);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, ox + l.current_x, oy + l.top);
    cairo_line_to(cr, ox + l.current_x, oy + l.bottom);
    cairo_stroke(cr);
  }
  const double dash[] = {4, 3};
  cairo_set_dash(cr, dash, 2, 0);
  cairo_set_line_width(cr, 1.2);
  SetColor(cr, kPath);
  Polyline(cr, l.path, ox, oy);
  cairo_set_dash(cr, nullptr, 0, 0);
  if (l.actuals.size() > 1) {
    cairo_set_line_width(cr, 1.5);
    SetColor(cr, kSeries);
    Polyline(cr, l.actuals, ox, oy);
  }
  if (l.has_baseline) DrawMarker(cr, Marker::kBaseline, ox + l.origin.x, oy + l.origin.y);
  for (const ChartPoint& p : l.targets) DrawMarker(cr, Marker::kTarget, ox + p.x, oy + p.y);
  for (const ChartPoint& p : l.actuals) DrawMarker(cr, Marker::kActual, ox + p.x, oy + p.y);
  cairo_restore(cr);
}

// The key under a chart, at (x, y); returns its height.
double DrawLegend(const Pages& pages, double x, double y) {
  cairo_t* cr = pages.cr();
  cairo_save(cr);
  double height = 0;
  auto label = [&](const char* s) {
    const GPtr<PangoLayout> layout =
        Layout(pages.context(), s, pages.fonts().tick.get(), kChartWidth, 1);
    SetColor(cr, kMuted);
    height = std::max(height, Show(cr, layout.get(), x, y));
    x += InkWidth(layout.get()) + 10;
  };
  const double mid = y + 5;
  DrawMarker(cr, Marker::kBaseline, x + 4, mid);
  x += 11;
  label(kLegendBaseline);
  DrawMarker(cr, Marker::kTarget, x + 4, mid);
  x += 11;
  label(kLegendTarget);
  DrawMarker(cr, Marker::kActual, x + 4, mid);
  x += 11;
  label(kLegendActual);
  const double dash[] = {4, 3};
  cairo_set_dash(cr, dash, 2, 0);
  cairo_set_line_width(cr, 1.2);
  SetColor(cr, kPath);
  cairo_move_to(cr, x, mid);
  cairo_line_to(cr, x + 16, mid);
  cairo_stroke(cr);
  cairo_set_dash(cr, nullptr, 0, 0);
  x += 19;
  label(kLegendPath);
  SetColor(cr, kCurrent);
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, x + 2, mid - 5);
  cairo_line_to(cr, x + 2, mid + 5);
  cairo_stroke(cr);
  x += 6;
  label(kLegendCurrent);
  cairo_restore(cr);
  return height;
}

// The numbers beside an indicator's chart, one per line.
std::string IndicatorFacts(const indicators::Indicator& ind, int year) {
  std::string s = std::string(kColBaseline) + kSeparator;
  if (ind.baseline) {
    s += indicators::FormatWithUnit(ind, ind.baseline->value) + "（" +
         indicators::YearLabel(ind.baseline->year) + "）";
  } else {
    s += kNone;
  }
  for (const auto& t : ind.targets) {
    s += std::string("\n") + kTarget + kSeparator + indicators::YearLabel(t.year) + "：" +
         indicators::FormatWithUnit(ind, t.value);
  }
  s += std::string("\n") + kActual + kSeparator;
  if (const indicators::Actual* a = indicators::LatestActual(ind, year)) {
    s += indicators::YearLabel(a->year) + "：" + indicators::FormatWithUnit(ind, a->value);
    if (!a->source.empty()) s += "（" + a->source + "）";
  } else {
    s += kNone;
  }
  s += std::string("\n") + kColStatus + kSeparator +
       indicators::Label(indicators::StatusIn(ind, year));
  return s;
}

void DrawTitle(Pages& pages, const AnnualReport& r, const Date& issued) {
  const Fonts& f = pages.fonts();
  pages.Text(r.municipality + " " + kReportTitle, f.title, kInk, 2, 4);
  pages.Text(indicators::YearLabel(r.year), f.section, kInk, 1, 2);
  pages.Text(std::string(kIssuedOn) + " " + FormatDate(issued), f.body, kMuted, 1, 6, 0,
             PANGO_ALIGN_RIGHT);
  pages.Rule(kInk, 18);
}

void DrawSectionHeading(Pages& pages, const char* heading, double next_block) {
  const GPtr<PangoLayout> layout =
      Layout(pages.context(), heading, pages.fonts().section.get(), kContentWidth, 1);
  pages.Reserve(Height(layout.get()) + 6 + next_block);
  SetColor(pages.cr(), kHeading);
  pages.Advance(Show(pages.cr(), layout.get(), kMargin, pages.y()) + 2);
  pages.Rule(kHeading, 10);
}

// Section 指標の状況: per indicator its heading, its chart and, beside the chart, its numbers.
void DrawIndicatorsSection(Pages& pages, const AnnualReport& r) {
  const Fonts& f = pages.fonts();
  const double facts_x = kMargin + kChartWidth + kChartGap;
  const double facts_width = kContentWidth - kChartWidth - kChartGap;
  bool first = true;
  for (const auto& ind : r.indicators) {
    std::string heading = ind.kind;
    if (ind.policy > 0)
      heading += "（" + Replace(kPolicy, "{n}", std::to_string(ind.policy)) + "）";
    heading += kSeparator + ind.name;
    const GPtr<PangoLayout> title =
        Layout(pages.context(), heading, f.heading.get(), kContentWidth, 3);
    const GPtr<PangoLayout> facts =
        Layout(pages.context(), IndicatorFacts(ind, r.year), f.small.get(), facts_width, 16);
    const double legend_height = 12;
    const double body_height = std::max(kChartHeight + 4 + legend_height, Height(facts.get()));
    const double block = Height(title.get()) + 6 + body_height;
    if (first) {
      DrawSectionHeading(pages, kSectionIndicators, block);
      first = false;
    }
    pages.Reserve(block);
    const double top = pages.y();
    SetColor(pages.cr(), kInk);
    const double chart_top = top + Show(pages.cr(), title.get(), kMargin, top) + 6;
    DrawChart(pages, LayoutChart(ind, r.year, kChartWidth, kChartHeight), kMargin, chart_top);
    DrawLegend(pages, kMargin + 8, chart_top + kChartHeight + 4);
    SetColor(pages.cr(), kInk);
    Show(pages.cr(), facts.get(), facts_x, chart_top + 8);
    pages.Advance(block + 20);
  }
  if (first) {
    DrawSectionHeading(pages, kSectionIndicators, 0);
    pages.Text(kNoIndicators, f.body, kInk, 1, 20);
  }
}

// One project: its title with the flags, its runner and plan, its numbers, its target.
std::vector<std::string> ProjectLines(const ReportProject& p) {
  std::string title = p.title;
  if (p.city_collaboration) title += kTagCityCollaboration;
  if (p.life_support) title += kTagLifeSupport;
  std::vector<std::string> lines = {title};
  std::string who = p.runner;
  if (!p.plan_name.empty()) who += (who.empty() ? "" : kSeparator) + p.plan_name;
  lines.push_back(who);
  std::vector<std::string> numbers;
  if (p.budget >= 0) {
    std::string budget = kBudget;
    budget += ' ';
    budget += text::WithThousands(p.budget);
    budget += Msg("unit.yen");
    if (!p.funding.empty()) budget += "（" + p.funding + "）";
    numbers.push_back(budget);
  }
  if (p.progress >= 0)
    numbers.push_back(std::string(kProgress) + " " + std::to_string(p.progress) + "%");
  if (!p.grade.empty()) numbers.push_back(std::string(kColGrade) + " " + p.grade);
  std::string joined;
  for (const std::string& n : numbers) joined += (joined.empty() ? "" : kSeparator) + n;
  lines.push_back(joined);
  lines.push_back(p.target.empty() ? "" : std::string(kTarget) + "：" + p.target);
  return lines;
}

// Section 地域別の事業: the projects under a heading per region, then the counts of both flags.
void DrawProjectsSection(Pages& pages, const AnnualReport& r) {
  const Fonts& f = pages.fonts();
  cairo_t* cr = pages.cr();
  const double width = kContentWidth - kIndent;
  const std::string* region = nullptr;
  int city_collaboration = 0, life_support = 0;
  bool first = true;
  for (const ReportProject& p : r.projects) {
    const std::vector<std::string> lines = ProjectLines(p);
    std::vector<GPtr<PangoLayout>> layouts;
    double block = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].empty()) continue;
      layouts.push_back(Layout(pages.context(), lines[i], i == 0 ? f.body.get() : f.small.get(),
                               width, i == 0 ? 3 : 2));
      block += Height(layouts.back().get()) + 1;
    }
    // A region's heading comes before its first project and again atop a page it continues on.
    const bool new_region = !region || *region != p.region_name;
    const bool continued = !new_region && !pages.Fits(block);
    GPtr<PangoLayout> region_heading;
    double heading_height = 0;
    if (new_region || continued) {
      const std::string heading = p.region_name + (continued ? kContinued : "");
      region_heading = Layout(pages.context(), heading, f.heading.get(), kContentWidth, 1);
      heading_height = Height(region_heading.get()) + 6;
    }
    if (first) {
      DrawSectionHeading(pages, kSectionProjects, heading_height + block);
      first = false;
    }
    if (region_heading) {
      pages.Reserve(heading_height + block);
      SetColor(cr, kHeading);
      pages.Advance(Show(cr, region_heading.get(), kMargin, pages.y()) + 2);
      pages.Rule(kGrid, 4);
      region = &p.region_name;
    }
    pages.Reserve(block);
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      SetColor(cr, i == 0 ? kInk : kMuted);
      pages.Advance(Show(cr, layouts[i].get(), kMargin + kIndent, pages.y()) + 1);
    }
    pages.Advance(8);
    city_collaboration += p.city_collaboration ? 1 : 0;
    life_support += p.life_support ? 1 : 0;
  }
  if (first) {
    DrawSectionHeading(pages, kSectionProjects, 0);
    pages.Text(kNoProjects, f.body, kInk, 1, 8);
  }
  pages.Advance(4);
  pages.Text(std::string(kColCityCollaboration) + " " + std::to_string(city_collaboration) +
                 Msg("unit.count") + kSeparator + kColLifeSupport + " " +
                 std::to_string(life_support) + Msg("unit.count"),
             f.body, kInk, 2, 0);
}

}  // namespace

std::string RenderAnnualReportXlsx(const AnnualReport& r) {
  const Date issued = CheckInput(r);
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const TempFile file(dir);
  std::string tmpdir = dir.string();
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = tmpdir.data();
  options.use_zip64 = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &options);
  if (!wb) throw std::runtime_error("annual report XLSX: cannot create the workbook");
  std::string title = r.municipality + " " + kReportTitle + " " + indicators::YearLabel(r.year);
  std::string author = r.municipality;
  try {
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    properties.company = author.data();
    properties.created = CreatedAt(issued);  // libxlsxwriter uses the current time when 0
    CheckXlsx(workbook_set_properties(wb, &properties), "setting the properties");
    const Formats formats = AddFormats(wb);
    WriteIndicatorsSheet(wb, formats, r);
    WriteProjectsSheet(wb, formats, r);
    WriteActualsSheet(wb, formats, r);
  } catch (...) {
    lxw_workbook_free(wb);
    throw;
  }
  CheckXlsx(workbook_close(wb), "writing the workbook");  // frees wb
  return ReadFile(file.path());
}

std::string RenderAnnualReportPdf(const AnnualReport& r) {
  const Date issued = CheckInput(r);
  std::string pdf;  // outlives the surface, which writes into it until destroyed
  const SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(AppendTo, &pdf, kPageWidth, kPageHeight));
  CheckCairo(cairo_surface_status(surface.get()), "creating the surface");
  const std::string title =
      r.municipality + " " + kReportTitle + " " + indicators::YearLabel(r.year);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  const std::string created = r.issued_on + "T00:00:00+09:00";
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());

  const CairoPtr cr(cairo_create(surface.get()));
  const GPtr<PangoFontMap> font_map(pango_cairo_font_map_new());
  const GPtr<PangoContext> context(pango_font_map_create_context(font_map.get()));
  const FontOptionsPtr options(cairo_font_options_create());
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context.get(), options.get());
  pango_context_set_round_glyph_positions(context.get(), FALSE);
  pango_context_set_language(context.get(), pango_language_from_string("ja"));
  pango_cairo_update_context(cr.get(), context.get());

  const Fonts fonts;
  Pages pages(cr.get(), context.get(), fonts);
  DrawTitle(pages, r, issued);
  DrawIndicatorsSection(pages, r);
  DrawProjectsSection(pages, r);
  pages.EndPage();
  CheckCairo(cairo_status(cr.get()), "drawing");
  cairo_surface_finish(surface.get());
  CheckCairo(cairo_surface_status(surface.get()), "writing");
  return pdf;
}

}  // namespace tsunagu::report
