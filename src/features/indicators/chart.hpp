// One indicator's chart, laid out once and drawn twice: as inline SVG on the pages and with
// cairo in the PDF report, so that both show the same thing. The chart shows the path from the
// origin (baseline) through the targets (dashed), the targets (squares), the baseline (a
// circle) and the actuals (filled circles joined by a line); the current year is marked.
#pragma once

#include <string>
#include <vector>

#include "features/indicators/model.hpp"

namespace tsunagu::report {

struct ChartPoint {
  double x = 0, y = 0;
};
struct Tick {
  double pos = 0;  // x for year ticks, y for value ticks
  std::string label;
};
struct ChartLayout {
  double width = 0, height = 0;
  double left = 0, right = 0, top = 0, bottom = 0;  // the plot area
  std::vector<Tick> x_ticks, y_ticks;
  std::vector<ChartPoint> path;  // origin, targets (and the last target carried on)
  ChartPoint origin;
  bool has_baseline = false;
  std::vector<ChartPoint> targets;
  std::vector<ChartPoint> actuals;  // ascending years
  double current_x = -1;            // the current fiscal year, -1 when outside the axis
};

// Lays out ind for a width × height box (in px or pt). Years run from the origin's year to the
// last target's (or current_year, whichever is later); values from 0 (or a little below the
// lowest value for percentages) to a little above the highest.
ChartLayout LayoutChart(const indicators::Indicator& ind, int current_year, double width,
                        double height);

// The chart as an <svg> element with role="img" and an aria-label (the accessible table of
// numbers goes beside it on the page). All text in it is escaped.
std::string ChartSvg(const indicators::Indicator& ind, int current_year, double width = 360,
                     double height = 220);

}  // namespace tsunagu::report
