#include "features/matching/score.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>

namespace tsunagu::match {
namespace {

// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's days_from_civil).
std::int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The inverse (civil_from_days).
std::string CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::int64_t DayNumber(const std::string& ymd) {
  return DaysFromCivil(std::stoi(ymd.substr(0, 4)), std::stoi(ymd.substr(5, 2)),
                       std::stoi(ymd.substr(8, 2)));
}

// Periods of the day in minutes: [05:00,12:00) [12:00,17:00) [17:00,22:00) [22:00,05:00).
bool Touches(int period, int start, int end) {
  auto overlaps = [&](int a, int b) { return start < b && a < end; };
  switch (period) {
    case 0:
      return overlaps(5 * 60, 12 * 60);
    case 1:
      return overlaps(12 * 60, 17 * 60);
    case 2:
      return overlaps(17 * 60, 22 * 60);
    default:
      return overlaps(22 * 60, 24 * 60) || overlaps(0, 5 * 60);
  }
}

}  // namespace

int CountSlots(SlotMask m) { return std::popcount(m); }

SlotMask NeedSlots(std::uint32_t weekdays, int start_min, int end_min) {
  SlotMask out = 0;
  for (int d = 0; d < kDays; ++d) {
    if (!(weekdays & (1u << d))) continue;
    for (int p = 0; p < kPeriods; ++p) {
      if (Touches(p, start_min, end_min)) out |= Slot(d, p);
    }
  }
  return out;
}

int WeekdayOf(const std::string& ymd) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const std::int64_t n = DayNumber(ymd);
  return static_cast<int>(((n % 7) + 7 + 3) % 7);
}

std::int64_t DaysBetween(const std::string& from, const std::string& to) {
  return DayNumber(to) - DayNumber(from);
}

std::string AddDays(const std::string& ymd, std::int64_t n) {
  return CivilFromDays(DayNumber(ymd) + n);
}

std::uint32_t WeekdaysBetween(const std::string& from, const std::string& to) {
  const std::int64_t days = DaysBetween(from, to);
  if (days < 0) return 0;
  if (days >= 6) return 0x7f;
  std::uint32_t out = 0;
  const int first = WeekdayOf(from);
  for (std::int64_t i = 0; i <= days; ++i) out |= 1u << ((first + i) % 7);
  return out;
}

double DistanceKm(GeoPoint a, GeoPoint b) {
  constexpr double kEarthKm = 6371.0, kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  const double h =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Evaluation Evaluate(const Person& p, const Need& n) {
  Evaluation e;
  // Hard rules: filters, never penalties.
  if (p.minor) {
    if (!p.guardian_consent) {
      e.exclusion = Exclusion::kMinorWithoutConsent;
    } else if (!n.minors_allowed) {
      e.exclusion = Exclusion::kMinorNotAllowed;
    } else if (n.start_min < 5 * 60 || n.end_min > 22 * 60) {
      e.exclusion = Exclusion::kMinorAtNight;
    }
    if (!e.eligible()) return e;
  }
  if (n.requires_certification && !p.certified) {
    e.exclusion = Exclusion::kNoCertification;
    return e;
  }
  if ((!p.available_from.empty() && p.available_from > n.date_to) ||
      (!p.available_until.empty() && p.available_until < n.date_from)) {
    e.exclusion = Exclusion::kDatesDoNotOverlap;
    return e;
  }
  // Only the weekdays that fall in both periods count (a Saturday need is no fit for someone
  // free on weekdays from Monday to Friday of its one week).
  const std::string lo = std::max(n.date_from, p.available_from),
                    hi = p.available_until.empty() ? n.date_to
                                                   : std::min(n.date_to, p.available_until);
  const std::uint32_t days = WeekdaysBetween(lo, hi);
  SlotMask day_mask = 0;
  for (int d = 0; d < kDays; ++d) {
    if (days & (1u << d)) day_mask |= SlotMask{0xF} << (d * kPeriods);
  }
  const SlotMask common = p.slots & n.slots & day_mask;
  if (common == 0) {
    e.exclusion = Exclusion::kTimesDoNotOverlap;
    return e;
  }
  if (p.base && n.where) e.distance_km = DistanceKm(*p.base, *n.where);
  if (e.distance_km && p.max_km > 0 && *e.distance_km > p.max_km) {
    e.exclusion = Exclusion::kTooFar;
    return e;
  }

  double score = 0;
  if (n.required_skills.empty()) {
    score += 40;
  } else {
    std::int64_t held = 0;
    for (const auto& s : n.required_skills) held += p.skills.count(s);
    const auto total = static_cast<std::int64_t>(n.required_skills.size());
    score += 40.0 * static_cast<double>(held) / static_cast<double>(total);
    e.reasons.push_back({ReasonKind::kRequiredSkills, held, total});
  }
  std::int64_t welcome = 0;
  for (const auto& s : n.welcome_skills) welcome += p.skills.count(s);
  if (welcome > 0) {
    score += std::min<std::int64_t>(10, 5 * welcome);
    e.reasons.push_back({ReasonKind::kWelcomeSkills, welcome, 0});
  }
  const int need_slots = CountSlots(n.slots), shared = CountSlots(common);
  score += 15.0 * shared / need_slots;
  e.reasons.push_back({ReasonKind::kTimeOverlap, shared, need_slots});
  if (n.region != 0 && n.region == p.home_region) {
    score += 15;
    e.reasons.push_back({ReasonKind::kSameRegion, 0, 0});
  } else if (n.region != 0 && p.regions.count(n.region)) {
    score += 12;
    e.reasons.push_back({ReasonKind::kWillingRegion, 0, 0});
  }
  if (e.distance_km) {
    const double limit = p.max_km > 0 ? p.max_km : 20.0;
    score += 10.0 * std::max(0.0, 1.0 - *e.distance_km / limit);
    const auto tenths = static_cast<std::int64_t>(std::llround(*e.distance_km * 10));
    e.reasons.push_back({ReasonKind::kDistance, (tenths + 5) / 10, tenths});
  }
  if (!n.category.empty() && p.interests.count(n.category)) {
    score += 10;
    e.reasons.push_back({ReasonKind::kInterest, 0, 0});
  }
  const bool student = p.kind == "student_hs" || p.kind == "student_univ";
  if ((n.kind == "intern" && student) ||
      (n.kind == "probono" && (p.kind == "probono" || p.kind == "city_staff")) ||
      (n.kind == "settler" && p.kind == "migrant")) {
    score += 10;
    e.reasons.push_back({ReasonKind::kKindFit, 0, 0});
  }
  e.score = std::clamp(static_cast<int>(std::lround(score)), 1, 100);
  return e;
}

}  // namespace tsunagu::match
