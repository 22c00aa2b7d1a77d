#include "features/indicators/rules.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "platform/messages.hpp"
#include "platform/text.hpp"

namespace tsunagu::indicators {

std::string ToString(Source s) {
  switch (s) {
    case Source::kEntered:
      return "entered";
    case Source::kCoordinators:
      return "coordinators";
    case Source::kCityCollaboration:
      return "city_collaboration";
    case Source::kLifeSupport:
      return "life_support";
  }
  return "";
}

std::optional<Source> ParseSource(const std::string& s) {
  for (Source x : {Source::kEntered, Source::kCoordinators, Source::kCityCollaboration,
                   Source::kLifeSupport}) {
    if (ToString(x) == s) return x;
  }
  return std::nullopt;
}

std::string ToString(Status s) {
  switch (s) {
    case Status::kNoData:
      return "no_data";
    case Status::kOnTrack:
      return "on_track";
    case Status::kSlightlyBehind:
      return "slightly_behind";
    case Status::kBehind:
      return "behind";
  }
  return "";
}

const std::string& Label(Status s) { return Msg("indicator_status." + ToString(s)); }

Point Origin(const Indicator& ind) {
  if (ind.baseline) return *ind.baseline;
  return Point{ind.path_from_year, 0};
}

double Expected(const Indicator& ind, int year) {
  Point from = Origin(ind);
  if (year <= from.year) return from.value;
  for (const Point& to : ind.targets) {
    if (to.year <= from.year) continue;
    if (year <= to.year) {
      return from.value + (to.value - from.value) * (year - from.year) / (to.year - from.year);
    }
    from = to;
  }
  return from.value;
}

const Actual* LatestActual(const Indicator& ind, int year) {
  const Actual* latest = nullptr;
  for (const Actual& a : ind.actuals) {
    if (a.year <= year && (!latest || a.year >= latest->year)) latest = &a;
  }
  return latest;
}

Status StatusOf(const Indicator& ind, const Actual& actual) {
  const double origin = Origin(ind).value;
  const double sign = ind.increase ? 1 : -1;
  const double planned = sign * (Expected(ind, actual.year) - origin);
  const double made = sign * (actual.value - origin);
  constexpr double kEps = 1e-9;
  if (made >= planned - kEps) return Status::kOnTrack;
  if (planned > 0 && made >= planned / 2 - kEps) return Status::kSlightlyBehind;
  return Status::kBehind;
}

Status StatusIn(const Indicator& ind, int year) {
  const Actual* a = LatestActual(ind, year);
  return a ? StatusOf(ind, *a) : Status::kNoData;
}

std::string Format(const Indicator& ind, double value) {
  char buf[32];
  if (ind.unit == "%") {
    std::snprintf(buf, sizeof buf, "%.1f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  }
  return buf;
}

std::string FormatWithUnit(const Indicator& ind, double value) {
  std::string out = Format(ind, value);
  out += ind.unit == "%" ? std::string("%") : Msg("unit.count");
  return out;
}

std::int64_t ToMilli(double v) { return std::llround(v * 1000); }
double FromMilli(std::int64_t m) { return static_cast<double>(m) / 1000; }

std::optional<double> ParseValue(const Indicator& ind, const std::string& typed) {
  const std::string s = text::Trim(text::Nfkc(typed));
  const bool percent = ind.unit == "%";
  std::int64_t whole = 0, tenths = 0;
  std::size_t i = 0, digits = 0;
  for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i, ++digits) {
    if (digits >= 9) return std::nullopt;
    whole = whole * 10 + (s[i] - '0');
  }
  if (digits == 0) return std::nullopt;
  if (i < s.size()) {
    if (!percent || s[i] != '.' || i + 2 != s.size() ||
        !std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      return std::nullopt;
    }
    tenths = s[i + 1] - '0';
  }
  const double v = static_cast<double>(whole) + static_cast<double>(tenths) / 10;
  if (percent && v > 100) return std::nullopt;
  return v;
}

}  // namespace tsunagu::indicators
