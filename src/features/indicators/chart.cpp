#include "features/indicators/chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "features/indicators/rules.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"

namespace tsunagu::report {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A step of 1, 2 or 5 × 10^n giving about four intervals over span.
double NiceStep(double span) {
  const double raw = span / 4;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0}) {
    if (raw <= m * mag) return m * mag;
  }
  return 10 * mag;
}

}  // namespace

ChartLayout LayoutChart(const indicators::Indicator& ind, int current_year, double width,
                        double height) {
  ChartLayout l;
  l.width = width;
  l.height = height;
  l.left = 56;
  l.right = width - 16;
  l.top = 16;
  l.bottom = height - 32;

  const indicators::Point origin = indicators::Origin(ind);
  int y0 = origin.year, y1 = origin.year + 1;
  double lo = origin.value, hi = origin.value;
  auto see = [&](int year, double v) {
    y0 = std::min(y0, year);
    y1 = std::max(y1, year);
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  for (const auto& t : ind.targets) see(t.year, t.value);
  for (const auto& a : ind.actuals) see(a.year, a.value);
  y1 = std::max(y1, current_year);
  if (ind.unit != "%") lo = 0;
  const double step = NiceStep(std::max(hi - lo, 1.0) * 1.1);
  double vmin = std::floor(lo / step) * step;
  if (ind.unit == "%" && vmin == lo && vmin > 0) vmin -= step;
  const double vmax = std::max(vmin + step, std::ceil(hi / step - 1e-9) * step);

  auto x = [&](int year) {
    return l.left + (l.right - l.left) * (year - y0) / static_cast<double>(y1 - y0);
  };
  auto y = [&](double v) { return l.bottom - (l.bottom - l.top) * (v - vmin) / (vmax - vmin); };

  const int year_step = (y1 - y0) > 6 ? 2 : 1;
  for (int year = y0; year <= y1; year += year_step) {
    l.x_ticks.push_back({x(year), std::to_string(year)});
  }
  for (double v = vmin; v <= vmax + step / 2; v += step) {
    l.y_ticks.push_back({y(v), indicators::Format(ind, v)});
  }
  l.origin = {x(origin.year), y(origin.value)};
  l.has_baseline = ind.baseline.has_value();
  l.path.push_back(l.origin);
  for (const auto& t : ind.targets) {
    if (t.year <= origin.year) continue;
    l.path.push_back({x(t.year), y(t.value)});
    l.targets.push_back({x(t.year), y(t.value)});
  }
  if (!ind.targets.empty() && ind.targets.back().year < y1) {
    l.path.push_back({x(y1), y(ind.targets.back().value)});
  }
  for (const auto& a : ind.actuals) l.actuals.push_back({x(a.year), y(a.value)});
  if (current_year >= y0 && current_year <= y1) l.current_x = x(current_year);
  return l;
}

std::string ChartSvg(const indicators::Indicator& ind, int current_year, double width,
                     double height) {
  const ChartLayout l = LayoutChart(ind, current_year, width, height);
  std::string label = Msg("chart.aria");
  if (const auto at = label.find("{name}"); at != std::string::npos) label.replace(at, 6, ind.name);
  std::string s = "<svg class=\"chart\" viewBox=\"0 0 " + Num(width) + " " + Num(height) +
                  "\" role=\"img\" aria-label=\"" + text::EscapeXml(label) +
                  "\" xmlns=\"http://www.w3.org/2000/svg\">";
  // Grid and value labels.
  for (const auto& t : l.y_ticks) {
    s += "<line class=\"grid\" x1=\"" + Num(l.left) + "\" x2=\"" + Num(l.right) + "\" y1=\"" +
         Num(t.pos) + "\" y2=\"" + Num(t.pos) + "\"/>";
    s += "<text class=\"tick\" x=\"" + Num(l.left - 6) + "\" y=\"" + Num(t.pos + 4) +
         "\" text-anchor=\"end\">" + text::EscapeXml(t.label) + "</text>";
  }
  for (const auto& t : l.x_ticks) {
    s += "<text class=\"tick\" x=\"" + Num(t.pos) + "\" y=\"" + Num(l.bottom + 22) +
         "\" text-anchor=\"middle\">" + text::EscapeXml(t.label) + "</text>";
  }
  if (l.current_x >= 0) {
    s += "<line class=\"now\" x1=\"" + Num(l.current_x) + "\" x2=\"" + Num(l.current_x) +
         "\" y1=\"" + Num(l.top) + "\" y2=\"" + Num(l.bottom) + "\"/>";
  }
  // The path to the targets.
  s += "<polyline class=\"path\" points=\"";
  for (const auto& p : l.path) s += Num(p.x) + "," + Num(p.y) + " ";
  s += "\"/>";
  if (l.has_baseline) {
    s += "<circle class=\"baseline\" cx=\"" + Num(l.origin.x) + "\" cy=\"" + Num(l.origin.y) +
         "\" r=\"5\"/>";
  }
  for (const auto& p : l.targets) {
    s += "<rect class=\"target\" x=\"" + Num(p.x - 5) + "\" y=\"" + Num(p.y - 5) +
         "\" width=\"10\" height=\"10\"/>";
  }
  if (l.actuals.size() > 1) {
    s += "<polyline class=\"actual-line\" points=\"";
    for (const auto& p : l.actuals) s += Num(p.x) + "," + Num(p.y) + " ";
    s += "\"/>";
  }
  for (const auto& p : l.actuals) {
    s += "<circle class=\"actual\" cx=\"" + Num(p.x) + "\" cy=\"" + Num(p.y) + "\" r=\"4.5\"/>";
  }
  s += "</svg>";
  return s;
}

}  // namespace tsunagu::report
