// The status of an indicator against the path to its targets, fiscal years and era names, and
// the values city staff type.
#include <gtest/gtest.h>

#include "features/indicators/rules.hpp"
#include "platform/config.hpp"
#include "platform/messages.hpp"

namespace tsunagu::indicators {
namespace {

class IndicatorCatalogue : public ::testing::Environment {
 public:
  void SetUp() override { messages::Load(tsunagu::SourceDir() + "/messages/ja.json"); }
};
const auto* const kIndicatorCatalogue = ::testing::AddGlobalTestEnvironment(new IndicatorCatalogue);

Indicator Kgi1() {  // 74.7% (2017) -> 80.0% (2022) -> 85.0% (2027)
  Indicator i;
  i.unit = std::string(1, '%');
  i.baseline = Point{2017, 74.7};
  i.path_from_year = 2017;
  i.targets = {{2022, 80.0}, {2027, 85.0}};
  return i;
}

Indicator Kpi2() {  // no baseline; 40 (2022) -> 90 (2027)
  Indicator i;
  i.unit = std::string("count");
  i.path_from_year = 2017;
  i.targets = {{2022, 40}, {2027, 90}};
  return i;
}

Actual At(int year, double v) {
  Actual a;
  a.year = year;
  a.value = v;
  return a;
}

TEST(FiscalYear, AprilToMarch) {
  EXPECT_EQ(FiscalYearOf("2026-04-01"), 2026);
  EXPECT_EQ(FiscalYearOf("2027-03-31"), 2026);
  EXPECT_EQ(FiscalYearOf("2026-11-28"), 2026);
  EXPECT_EQ(FiscalYearOf("2026-03-31"), 2025);
  EXPECT_EQ(FiscalYearEnd(2026), "2027-03-31");
}

TEST(FiscalYear, EraNames) {
  EXPECT_EQ(EraYear(2026), "令和8年度");
  EXPECT_EQ(EraYear(2019), "令和元年度");
  EXPECT_EQ(EraYear(2018), "平成30年度");
  EXPECT_EQ(EraYear(2017), "平成29年度");
  EXPECT_EQ(YearLabel(2026), "2026年度（令和8年度）");
}

TEST(Path, StraightLinesBetweenBaselineAndTargets) {
  const Indicator i = Kgi1();
  EXPECT_DOUBLE_EQ(Expected(i, 2017), 74.7);
  EXPECT_NEAR(Expected(i, 2020), 74.7 + 5.3 * 3 / 5, 1e-9);
  EXPECT_DOUBLE_EQ(Expected(i, 2022), 80.0);
  EXPECT_DOUBLE_EQ(Expected(i, 2026), 84.0);
  EXPECT_DOUBLE_EQ(Expected(i, 2030), 85.0);  // the last target after it
  // Without a baseline the path starts at 0 in path_from_year.
  EXPECT_DOUBLE_EQ(Expected(Kpi2(), 2017), 0);
  EXPECT_DOUBLE_EQ(Expected(Kpi2(), 2020), 24);
  EXPECT_DOUBLE_EQ(Expected(Kpi2(), 2026), 80);
}

TEST(Status, OnTrackSlightlyBehindBehind) {
  const Indicator i = Kgi1();
  // In 2026 the path is at 84.0: planned gain 9.3 points from 74.7.
  EXPECT_EQ(StatusOf(i, At(2026, 84.0)), Status::kOnTrack);
  EXPECT_EQ(StatusOf(i, At(2026, 86.0)), Status::kOnTrack);
  EXPECT_EQ(StatusOf(i, At(2026, 79.4)), Status::kSlightlyBehind);  // gain 4.7 >= 4.65
  EXPECT_EQ(StatusOf(i, At(2026, 79.3)), Status::kBehind);          // gain 4.6 < 4.65
  EXPECT_EQ(StatusOf(i, At(2026, 70.0)), Status::kBehind);          // below the baseline
  // KPI 2 in 2026: path at 80 people.
  EXPECT_EQ(StatusOf(Kpi2(), At(2026, 0)), Status::kBehind);
  EXPECT_EQ(StatusOf(Kpi2(), At(2026, 40)), Status::kSlightlyBehind);
  EXPECT_EQ(StatusOf(Kpi2(), At(2026, 80)), Status::kOnTrack);
}

TEST(Status, DecreasingIndicatorMirrors) {
  Indicator i = Kgi1();
  i.increase = false;
  i.baseline = Point{2017, 50};
  i.targets = {{2027, 40}};
  EXPECT_EQ(StatusOf(i, At(2022, 45)), Status::kOnTrack);
  EXPECT_EQ(StatusOf(i, At(2022, 47)), Status::kSlightlyBehind);
  EXPECT_EQ(StatusOf(i, At(2022, 49)), Status::kBehind);
}

TEST(Status, LatestActualUpToTheYear) {
  Indicator i = Kgi1();
  EXPECT_EQ(StatusIn(i, 2026), Status::kNoData);
  i.actuals = {At(2022, 76.1), At(2025, 83.0)};
  // 2025: path 82.0 -> on track; 2023 uses the 2022 actual (path 80.0, gain 1.4 < 2.65).
  EXPECT_EQ(StatusIn(i, 2026), Status::kOnTrack);
  EXPECT_EQ(StatusIn(i, 2023), Status::kBehind);
  EXPECT_EQ(LatestActual(i, 2024)->year, 2022);
  EXPECT_EQ(Label(Status::kSlightlyBehind), "やや遅れ");
}

TEST(Values, PercentUnitsAndCounts) {
  const Indicator pct = Kgi1(), count = Kpi2();
  EXPECT_EQ(Format(pct, 74.7), "74.7");
  EXPECT_EQ(FormatWithUnit(pct, 80), "80.0%");
  EXPECT_EQ(FormatWithUnit(count, 57), "57件");
  EXPECT_EQ(ParseValue(pct, "74.7"), 74.7);
  EXPECT_EQ(ParseValue(pct, "７４．７"), 74.7);  // full-width
  EXPECT_EQ(ParseValue(pct, "100"), 100.0);
  EXPECT_FALSE(ParseValue(pct, "100.1"));
  EXPECT_FALSE(ParseValue(pct, "0.747x"));
  EXPECT_FALSE(ParseValue(pct, "74.75"));
  EXPECT_FALSE(ParseValue(pct, "-3"));
  EXPECT_FALSE(ParseValue(pct, "abc"));
  EXPECT_EQ(ParseValue(count, "57"), 57.0);
  EXPECT_FALSE(ParseValue(count, "57.5"));
  EXPECT_EQ(ToMilli(74.7), 74700);
  EXPECT_DOUBLE_EQ(FromMilli(74700), 74.7);
}

}  // namespace
}  // namespace tsunagu::indicators
