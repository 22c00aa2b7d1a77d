#include <gtest/gtest.h>

#include "features/training/commands.hpp"

namespace tsunagu::training {
namespace {

TEST(Training, DatesAreRealCalendarDays) {
  EXPECT_TRUE(IsDate("2026-04-01"));
  EXPECT_TRUE(IsDate("2028-02-29"));
  EXPECT_FALSE(IsDate("2027-02-29"));
  EXPECT_FALSE(IsDate("2026-13-01"));
  EXPECT_FALSE(IsDate("2026-4-1"));
  EXPECT_FALSE(IsDate("令和8年4月1日"));
}

TEST(Training, ValidityEndsOnTheSameDayYearsLater) {
  EXPECT_EQ(AddYears("2026-04-01", 3), "2029-04-01");
  EXPECT_EQ(AddYears("2028-02-29", 1), "2029-02-28");
}

TEST(Training, TodayIsTheDateInJapan) {
  // 2026-03-31 15:30 UTC is already 1 April in Japan: the new fiscal year.
  FakeClock clock(1'774'971'000);
  EXPECT_EQ(TodayJst(clock), "2026-04-01");
}

TEST(Training, CompletionNeedsSessionsAndTheReport) {
  Programme p;
  p.min_sessions = 2;
  p.requires_report = true;
  Trainee t;
  t.attended = {SessionId{1}, SessionId{2}};
  EXPECT_FALSE(HasCompleted(p, t));
  t.report_submitted = true;
  EXPECT_TRUE(HasCompleted(p, t));
  t.attended = {SessionId{1}};
  EXPECT_FALSE(HasCompleted(p, t));
}

TEST(Training, ValidOnRespectsStartEndAndRevocation) {
  Certification c;
  c.certified_on = "2026-04-01";
  c.valid_until = "2029-04-01";
  EXPECT_FALSE(c.ValidOn("2026-03-31"));
  EXPECT_TRUE(c.ValidOn("2026-04-01"));
  EXPECT_TRUE(c.ValidOn("2029-04-01"));
  EXPECT_FALSE(c.ValidOn("2029-04-02"));
  c.revoked_on = "2027-01-10";
  EXPECT_TRUE(c.ValidOn("2027-01-09"));
  EXPECT_FALSE(c.ValidOn("2027-01-10"));
}

}  // namespace
}  // namespace tsunagu::training
