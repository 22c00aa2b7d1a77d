// The hard rules of matching are filters, never penalties; the score and its reasons are what
// a person reads next to a recommendation.
#include <gtest/gtest.h>

#include "features/matching/score.hpp"

namespace tsunagu::match {
namespace {

constexpr int kMon = 0, kSat = 5, kSun = 6;
constexpr int kAm = 0, kPm = 1, kEv = 2, kNt = 3;

Person Adult() {
  Person p;
  p.id = 1;
  p.kind = "general";
  p.skills = {"event", "cooking"};
  p.interests = {"bunka"};
  p.home_region = 10;
  p.slots = Slot(kSat, kAm) | Slot(kSat, kPm);
  p.base = GeoPoint{34.1050, 131.5130};  // 陶
  return p;
}

Need Festival() {
  Need n;
  n.id = 7;
  n.kind = "volunteer";
  n.category = "bunka";
  n.required_skills = {"event", "photo", "cooking"};
  n.region = 10;
  n.where = GeoPoint{34.1050, 131.5130};
  n.date_from = "2026-12-12";
  n.date_to = "2026-12-12";
  n.start_min = 9 * 60;
  n.end_min = 13 * 60;
  n.slots = NeedSlots(1u << kSat, n.start_min, n.end_min);
  n.minors_allowed = true;
  return n;
}

bool Has(const Evaluation& e, Reason r) {
  return std::find(e.reasons.begin(), e.reasons.end(), r) != e.reasons.end();
}

TEST(Score, SlotsOfANeedFollowItsHours) {
  EXPECT_EQ(NeedSlots(1u << kSat, 9 * 60, 13 * 60), Slot(kSat, kAm) | Slot(kSat, kPm));
  EXPECT_EQ(NeedSlots(1u << kMon, 16 * 60, 18 * 60), Slot(kMon, kPm) | Slot(kMon, kEv));
  EXPECT_EQ(NeedSlots(1u << kSun, 22 * 60, 23 * 60 + 30), Slot(kSun, kNt));
  EXPECT_EQ(NeedSlots(1u << kSun, 4 * 60, 6 * 60), Slot(kSun, kNt) | Slot(kSun, kAm));
  EXPECT_EQ(CountSlots(NeedSlots(0x7f, 9 * 60, 10 * 60)), 7);
}

TEST(Score, CalendarHelpers) {
  EXPECT_EQ(WeekdayOf("2026-11-28"), kSat);
  EXPECT_EQ(WeekdayOf("2024-02-29"), 3);  // a Thursday
  EXPECT_EQ(DaysBetween("2026-12-31", "2027-01-01"), 1);
  EXPECT_EQ(AddDays("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(AddDays("2026-01-01", -1), "2025-12-31");
  EXPECT_EQ(WeekdaysBetween("2026-11-28", "2026-11-29"), (1u << kSat) | (1u << kSun));
  EXPECT_EQ(WeekdaysBetween("2026-11-01", "2026-11-30"), 0x7fu);
  EXPECT_EQ(WeekdaysBetween("2026-11-29", "2026-11-28"), 0u);
}

TEST(Score, DistanceBetweenTwoCentres) {
  // 陶 to 小郡 is about 12 km as the crow flies.
  const double km = DistanceKm({34.1050, 131.5130}, {34.0930, 131.3960});
  EXPECT_GT(km, 10.0);
  EXPECT_LT(km, 12.0);
  EXPECT_DOUBLE_EQ(DistanceKm({34.1, 131.4}, {34.1, 131.4}), 0.0);
}

TEST(Score, ReasonsNameWhatFits) {
  const auto e = Evaluate(Adult(), Festival());
  ASSERT_TRUE(e.eligible());
  EXPECT_TRUE(Has(e, {ReasonKind::kRequiredSkills, 2, 3}));
  EXPECT_TRUE(Has(e, {ReasonKind::kTimeOverlap, 2, 2}));
  EXPECT_TRUE(Has(e, {ReasonKind::kSameRegion, 0, 0}));
  EXPECT_TRUE(Has(e, {ReasonKind::kInterest, 0, 0}));
  EXPECT_TRUE(Has(e, {ReasonKind::kDistance, 0, 0}));
  // 40*2/3 + 15 + 15 + 10 (distance 0) + 10 (interest) = 76.67
  EXPECT_EQ(e.score, 77);
}

TEST(Score, MoreSkillsAndMoreOverlapScoreHigher) {
  Person p = Adult();
  const int before = Evaluate(p, Festival()).score;
  p.skills.insert("photo");
  EXPECT_GT(Evaluate(p, Festival()).score, before);
  Person half = Adult();
  half.slots = Slot(kSat, kAm);
  EXPECT_LT(Evaluate(half, Festival()).score, before);
  EXPECT_TRUE(Has(Evaluate(half, Festival()), {ReasonKind::kTimeOverlap, 1, 2}));
}

TEST(Score, FartherIsLowerAndBeyondTheLimitIsExcluded) {
  Person p = Adult();
  p.home_region = 99;
  p.max_km = 20;
  Need near = Festival(), far = Festival();
  far.where = GeoPoint{34.0930, 131.3960};  // about 11 km
  const auto a = Evaluate(p, near), b = Evaluate(p, far);
  ASSERT_TRUE(b.eligible());
  EXPECT_GT(a.score, b.score);
  auto km = std::find_if(b.reasons.begin(), b.reasons.end(),
                         [](const Reason& r) { return r.kind == ReasonKind::kDistance; });
  ASSERT_NE(km, b.reasons.end());
  EXPECT_EQ(km->a, (km->b + 5) / 10) << "whole km, rounded from tenths";
  EXPECT_GE(km->a, 10);
  EXPECT_LE(km->a, 12);
  p.max_km = 5;
  EXPECT_EQ(Evaluate(p, far).exclusion, Exclusion::kTooFar);
  EXPECT_TRUE(Evaluate(p, near).eligible());
}

TEST(Score, MinorsNeedConsentAnAllowingNeedAndDaylight) {
  Person p = Adult();
  p.minor = true;
  EXPECT_EQ(Evaluate(p, Festival()).exclusion, Exclusion::kMinorWithoutConsent);
  p.guardian_consent = true;
  EXPECT_TRUE(Evaluate(p, Festival()).eligible());
  Need adults_only = Festival();
  adults_only.minors_allowed = false;
  EXPECT_EQ(Evaluate(p, adults_only).exclusion, Exclusion::kMinorNotAllowed);
  // Never 22:00-05:00, even when both are free then.
  p.slots |= Slot(kSat, kEv) | Slot(kSat, kNt);
  for (auto [start, end] : {std::pair{20 * 60, 22 * 60 + 1}, std::pair{4 * 60 + 59, 8 * 60},
                            std::pair{22 * 60, 23 * 60}}) {
    Need night = Festival();
    night.start_min = start;
    night.end_min = end;
    night.slots = NeedSlots(1u << kSat, start, end);
    EXPECT_EQ(Evaluate(p, night).exclusion, Exclusion::kMinorAtNight) << start << "-" << end;
    p.minor = false;
    EXPECT_TRUE(Evaluate(p, night).eligible()) << "adults may take part";
    p.minor = true;
  }
  Need evening = Festival();
  evening.start_min = 18 * 60;
  evening.end_min = 22 * 60;
  evening.slots = NeedSlots(1u << kSat, evening.start_min, evening.end_min);
  EXPECT_TRUE(Evaluate(p, evening).eligible()) << "ending at 22:00 is allowed";
}

TEST(Score, AvailabilityMustOverlapInTimeAndDates) {
  Person p = Adult();
  p.slots = Slot(kSun, kAm);
  EXPECT_EQ(Evaluate(p, Festival()).exclusion, Exclusion::kTimesDoNotOverlap);
  p = Adult();
  p.available_until = "2026-12-11";
  EXPECT_EQ(Evaluate(p, Festival()).exclusion, Exclusion::kDatesDoNotOverlap);
  p.available_until = "2026-12-12";
  EXPECT_TRUE(Evaluate(p, Festival()).eligible());
  p.available_from = "2026-12-13";
  p.available_until = "";
  EXPECT_EQ(Evaluate(p, Festival()).exclusion, Exclusion::kDatesDoNotOverlap);
}

TEST(Score, OnlyTheWeekdaysInBothPeriodsCount) {
  Need week = Festival();            // Saturdays, mornings and afternoons
  week.date_from = "2026-12-07";     // a Monday
  week.date_to = "2026-12-12";       // a Saturday
  Person p = Adult();                // free on Saturdays
  p.available_until = "2026-12-11";  // ... but gone by Friday
  EXPECT_EQ(Evaluate(p, week).exclusion, Exclusion::kTimesDoNotOverlap);
  p.available_until = "2026-12-12";
  EXPECT_TRUE(Evaluate(p, week).eligible());
}

TEST(Score, RequiredCertificationMustBeHeld) {
  Need n = Festival();
  n.requires_certification = true;
  Person p = Adult();
  EXPECT_EQ(Evaluate(p, n).exclusion, Exclusion::kNoCertification);
  p.certified = true;
  EXPECT_TRUE(Evaluate(p, n).eligible());
}

TEST(Score, KindOfNeedSuitsKindOfPerson) {
  Need intern = Festival();
  intern.kind = "intern";
  Person student = Adult();
  student.kind = "student_univ";
  EXPECT_TRUE(Has(Evaluate(student, intern), {ReasonKind::kKindFit, 0, 0}));
  EXPECT_FALSE(Has(Evaluate(Adult(), intern), {ReasonKind::kKindFit, 0, 0}));
  Need probono = Festival();
  probono.kind = "probono";
  Person staff = Adult();
  staff.kind = "city_staff";
  EXPECT_TRUE(Has(Evaluate(staff, probono), {ReasonKind::kKindFit, 0, 0}));
}

TEST(Score, ScoreStaysWithinTheEnginesRange) {
  Person nobody = Adult();
  nobody.skills.clear();
  nobody.interests.clear();
  nobody.home_region = 99;
  nobody.base.reset();
  Need n = Festival();
  n.required_skills = {"x", "y"};
  const auto e = Evaluate(nobody, n);
  ASSERT_TRUE(e.eligible());
  EXPECT_GE(e.score, 1);
  Person everything = Adult();
  everything.skills = {"event", "photo", "cooking", "w1", "w2", "w3"};
  n.required_skills = {"event"};
  n.welcome_skills = {"w1", "w2", "w3"};
  n.kind = "intern";
  everything.kind = "student_hs";
  EXPECT_LE(Evaluate(everything, n).score, 100);
}

}  // namespace
}  // namespace tsunagu::match
