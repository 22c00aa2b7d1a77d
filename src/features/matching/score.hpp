// Who may take part in a need, and how well they fit: the hard rules (filters) and the match
// score with its reasons. Pure: no I/O, no clock (today is an argument), no messages (reasons
// are values; the domain layer words them in Japanese).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tsunagu::match {

// A week of availability: bit (day * 4 + period). Days Monday = 0 .. Sunday = 6; periods
// 午前 05:00-12:00, 午後 12:00-17:00, 夕方・夜 17:00-22:00, 深夜 22:00-05:00.
using SlotMask = std::uint32_t;
inline constexpr int kDays = 7, kPeriods = 4;
inline constexpr SlotMask kAllSlots = (SlotMask{1} << (kDays * kPeriods)) - 1;
constexpr SlotMask Slot(int day, int period) { return SlotMask{1} << (day * kPeriods + period); }
int CountSlots(SlotMask m);

// The slots a need occupies: each chosen weekday (bit d of weekdays, Monday = bit 0) times the
// periods its daily window [start_min, end_min) touches (minutes after midnight, start < end).
SlotMask NeedSlots(std::uint32_t weekdays, int start_min, int end_min);

// 0 = Monday for a valid "YYYY-MM-DD".
int WeekdayOf(const std::string& ymd);
// The weekdays (bitmask) that occur between two dates, inclusive (all seven after a week).
std::uint32_t WeekdaysBetween(const std::string& from, const std::string& to);
// Days between two dates (to - from) for valid dates.
std::int64_t DaysBetween(const std::string& from, const std::string& to);
// The date n days after (or before, n < 0) a valid date.
std::string AddDays(const std::string& ymd, std::int64_t n);

struct GeoPoint {
  double lat = 0, lon = 0;
};
// Great-circle distance in km.
double DistanceKm(GeoPoint a, GeoPoint b);

struct Person {
  std::int64_t id = 0;
  std::string kind;  // student_hs, student_univ, senior, city_staff, probono, migrant, general
  bool minor = false, guardian_consent = false;
  std::set<std::string> skills, interests;
  std::set<std::int64_t> regions;  // regions willing to help in
  std::int64_t home_region = 0;
  SlotMask slots = 0;
  std::string available_from, available_until;  // "" = open-ended
  std::optional<GeoPoint> base;                 // where the person starts from
  int max_km = 0;                               // 0 = no limit given
  bool certified = false;                       // holds a valid coordinator certification
};

struct Need {
  std::int64_t id = 0;
  std::string kind;  // volunteer, intern, probono, settler
  std::string category;
  std::vector<std::string> required_skills, welcome_skills;
  std::int64_t region = 0;
  std::optional<GeoPoint> where;
  std::string date_from, date_to;  // inclusive
  SlotMask slots = 0;
  int start_min = 0, end_min = 0;
  bool minors_allowed = false, requires_certification = false;
};

// Why a person cannot take part (the first rule that fails, in this order).
enum class Exclusion {
  kNone,
  kMinorWithoutConsent,  // under 18 without a guardian's consent
  kMinorNotAllowed,      // the need does not take under-18s
  kMinorAtNight,         // the need runs into 22:00-05:00
  kNoCertification,      // the need requires a valid coordinator certification
  kDatesDoNotOverlap,    // the person is not available on the need's dates
  kTimesDoNotOverlap,    // no weekly slot in common
  kTooFar,               // beyond the distance the person said they travel
};

enum class ReasonKind {
  kRequiredSkills,  // a of b required skills held
  kWelcomeSkills,   // a welcome skills held
  kTimeOverlap,     // a of b of the need's slots fit the person's week
  kSameRegion,      // the need is in the person's home region
  kWillingRegion,   // the need is in a region the person offered to help in
  kDistance,        // about a km (tenths in b) from the person's base
  kInterest,        // the need's category is among the person's interests
  kKindFit,         // the kind of need suits the kind of person
};
struct Reason {
  ReasonKind kind;
  std::int64_t a = 0, b = 0;
  bool operator==(const Reason&) const = default;
};

struct Evaluation {
  Exclusion exclusion = Exclusion::kNone;
  int score = 0;  // 1..100 when eligible
  std::vector<Reason> reasons;
  std::optional<double> distance_km;
  bool eligible() const { return exclusion == Exclusion::kNone; }
};

// The hard rules first (a person who fails one is never recommended or assigned), then the
// score: required skills 40, time overlap 15, place 15, distance 10, interest 10, kind 10,
// welcome skills up to 10, capped at 100 and at least 1.
Evaluation Evaluate(const Person& p, const Need& n);

}  // namespace tsunagu::match
