#include "features/matching/certificate_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "features/training/commands.hpp"
#include "platform/cairo_util.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"

namespace tsunagu::web {
namespace {

constexpr double kPageWidth = 595.276;  // A4, in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 64;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kLabelWidth = 96;
constexpr double kRowPadding = 7;

using report::AppendTo;
using report::CairoPtr;
using report::FontOptionsPtr;
using report::FontPtr;
using report::GPtr;
using report::Height;
using report::Layout;
using report::SurfacePtr;

void CheckCairo(cairo_status_t status, const char* what) {
  report::CheckCairo(status, "certificate PDF", what);
}

FontPtr Font(const char* description) {
  return FontPtr(pango_font_description_from_string(description));
}

// Draws layout with its top-left corner at (x, y); returns its height.
double Show(cairo_t* cr, PangoLayout* layout, double x, double y) {
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  return Height(layout);
}

void Rule(cairo_t* cr, double y) {
  cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMargin, y);
  cairo_line_to(cr, kMargin + kContentWidth, y);
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
}

struct Row {
  std::string label;
  std::string_view value;
  int max_lines;
};

// Draws the page. minutes and the dates are c's, formatted; throws std::runtime_error when the
// content overflows the page (the line limits prevent that with Noto CJK JP).
void Draw(cairo_t* cr, PangoContext* context, const ActivityCertificate& c,
          const std::string& minutes, const std::string& confirmed_on,
          const std::string& issued_on) {
  // One face throughout: cairo embeds a subset of each face used, and with Noto CJK every extra
  // face (bold, serif) adds about 50 ms and 50 KB to a certificate.
  const FontPtr small = Font("Noto Sans CJK JP 9");
  const FontPtr body = Font("Noto Sans CJK JP 11");
  const FontPtr title = Font("Noto Sans CJK JP 28");

  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, 36, 36, kPageWidth - 72, kPageHeight - 72);
  cairo_stroke(cr);

  auto text = [&](std::string_view s, const FontPtr& font, double x, double y, double width,
                  PangoAlignment align, int max_lines) {
    return Show(cr, Layout(context, s, font.get(), width, max_lines, align).get(), x, y);
  };
  double y = kMargin;
  y += text(Msg("certificate.number") + "　" + c.number, small, kMargin, y, kContentWidth,
            PANGO_ALIGN_RIGHT, 1) +
       20;
  y += text(Msg("certificate.title"), title, kMargin, y, kContentWidth, PANGO_ALIGN_CENTER, 1) + 28;
  y += text(Msg("certificate.lead"), body, kMargin, y, kContentWidth, PANGO_ALIGN_LEFT, 1) + 20;

  // Line limits keep the longest possible values on one page.
  const Row rows[] = {{Msg("certificate.name"), c.person_name, 2},
                      {Msg("certificate.activity"), c.need_title, 4},
                      {Msg("certificate.org"), c.org_name, 2},
                      {Msg("certificate.period"), c.period, 2},
                      {Msg("certificate.place"), c.place, 2},
                      {Msg("certificate.time"), minutes, 1},
                      {Msg("certificate.confirmed_on"), confirmed_on, 1}};
  Rule(cr, y);
  for (const Row& row : rows) {
    if (row.value.empty()) continue;
    const double value_width = kContentWidth - kLabelWidth;
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    const double label_height =
        text(row.label, body, kMargin, y + kRowPadding, kLabelWidth, PANGO_ALIGN_LEFT, 1);
    cairo_set_source_rgb(cr, 0, 0, 0);
    const double value_height = text(row.value, body, kMargin + kLabelWidth, y + kRowPadding,
                                     value_width, PANGO_ALIGN_LEFT, row.max_lines);
    y += std::max(label_height, value_height) + 2 * kRowPadding;
    Rule(cr, y);
  }

  y += 28;
  y += text(Msg("certificate.issued_on") + "　" + issued_on, body, kMargin, y, kContentWidth,
            PANGO_ALIGN_RIGHT, 1) +
       10;
  y += text(Msg("certificate.issuer") + "　" + c.org_name, body, kMargin, y, kContentWidth,
            PANGO_ALIGN_RIGHT, 2);

  const GPtr<PangoLayout> footer = Layout(context, c.municipality + " " + Msg("certificate.footer"),
                                          small.get(), kContentWidth, 1, PANGO_ALIGN_CENTER);
  const double footer_top = kPageHeight - kMargin - Height(footer.get());
  if (y + 12 > footer_top)
    throw std::runtime_error("certificate PDF: content does not fit the page");
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  Show(cr, footer.get(), kMargin, footer_top);
}

}  // namespace

std::string RenderActivityCertificatePdf(const ActivityCertificate& c) {
  for (const std::string* field : {&c.number, &c.person_name, &c.need_title, &c.org_name, &c.period,
                                   &c.place, &c.municipality}) {
    if (!text::IsValidText(*field)) {
      throw std::invalid_argument("certificate PDF: malformed text in a field");
    }
  }
  const std::string minutes = FormatMinutesJa(c.minutes);
  const std::string confirmed_on = FormatDateJa(c.confirmed_on);
  const std::string issued_on = FormatDateJa(c.issued_on);
  std::string pdf;  // outlives the surface, which writes into it until destroyed
  const SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(AppendTo, &pdf, kPageWidth, kPageHeight));
  CheckCairo(cairo_surface_status(surface.get()), "creating the surface");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                 Msg("certificate.title").c_str());
  const std::string created = c.issued_on + "T00:00:00+09:00";
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

  Draw(cr.get(), context.get(), c, minutes, confirmed_on, issued_on);
  cairo_show_page(cr.get());
  CheckCairo(cairo_status(cr.get()), "drawing");
  cairo_surface_finish(surface.get());
  CheckCairo(cairo_surface_status(surface.get()), "writing");
  return pdf;
}

std::string FormatMinutesJa(std::int64_t minutes) {
  if (minutes < 0) throw std::invalid_argument("FormatMinutesJa: negative minutes");
  const std::int64_t hours = minutes / 60, rest = minutes % 60;
  const std::string h = std::to_string(hours) + Msg("unit.hours"),
                    m = std::to_string(rest) + Msg("unit.minutes");
  if (hours == 0) return m;
  if (rest == 0) return h;
  return h + m;
}

std::string FormatDateJa(const std::string& ymd) {
  if (!training::IsDate(ymd)) {
    throw std::invalid_argument("FormatDateJa: not a YYYY-MM-DD date: " + ymd);
  }
  std::string out = Msg("format.date");  // {y}年{m}月{d}日
  for (auto [key, value] : {std::pair{"{y}", std::stoi(ymd.substr(0, 4))},
                            std::pair{"{m}", std::stoi(ymd.substr(5, 2))},
                            std::pair{"{d}", std::stoi(ymd.substr(8, 2))}}) {
    out.replace(out.find(key), 3, std::to_string(value));
  }
  return out;
}

}  // namespace tsunagu::web
