// Coordinator training on both backends.
#include <gtest/gtest.h>

#include "features/training/commands.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

// Coordinator training: the completion rule, certification, KPI 2 counts, renewal and
// revocation, and the misuse the commands refuse.
TEST_F(Conformance, TrainingToCertificationAndKpiCount) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto actor = [&](const char* email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  const Actor admin = actor("cityadmin@example.jp"), staff = actor("city@example.jp"),
              officer = actor("council-yuda@example.jp"),
              resident = actor("resident-yuda@example.jp");
  const std::string today = training::TodayJst(clock_);
  const auto before = training::CoordinatorsOn(ctx, today);  // the demo's certified people

  EXPECT_EQ(training::CreateProgramme(ctx, resident, {"x", "", "2", "1", "3"}).error().kind,
            FailureKind::kForbidden);
  auto bad = training::CreateProgramme(ctx, staff, {"", "", "0", "1", "99"});
  ASSERT_FALSE(bad);
  EXPECT_TRUE(bad.error().fields.count("name"));
  EXPECT_TRUE(bad.error().fields.count("min_sessions"));
  EXPECT_TRUE(bad.error().fields.count("validity_years"));
  auto programme = training::CreateProgramme(ctx, staff, {"コーチング講座", "", "2", "1", "3"});
  ASSERT_TRUE(programme);
  auto s1 =
      training::AddSession(ctx, staff, *programme, {"2026-12-05", "13:30", "第1回", "湯田", "10"});
  auto s2 =
      training::AddSession(ctx, staff, *programme, {"2026-12-12", "13:30", "第2回", "湯田", "10"});
  ASSERT_TRUE(s1 && s2);
  EXPECT_FALSE(
      training::AddSession(ctx, staff, *programme, {"2026-02-30", "25:00", "x", "", "10"}));

  const std::string yuda_council =
      to_string(db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-yuda"); }));
  const std::string sue_council =
      to_string(db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-sue"); }));
  EXPECT_EQ(training::Recommend(ctx, officer, *programme, "resident-sue@example.jp", sue_council)
                .error()
                .kind,
            FailureKind::kForbidden);  // another region's council
  auto trainee =
      training::Recommend(ctx, officer, *programme, "resident-yuda@example.jp", yuda_council);
  ASSERT_TRUE(trainee);
  EXPECT_EQ(training::Recommend(ctx, officer, *programme, "resident-yuda@example.jp", yuda_council)
                .error()
                .kind,
            FailureKind::kConflict);

  // Not yet complete: one session, no report.
  ASSERT_TRUE(training::RecordAttendance(ctx, staff, *s1, {resident.id}));
  EXPECT_EQ(training::Certify(ctx, admin, *trainee).error().kind, FailureKind::kInvalid);
  // Someone who is not a trainee cannot be marked present.
  EXPECT_FALSE(training::RecordAttendance(ctx, staff, *s2, {admin.id}));
  ASSERT_TRUE(training::RecordAttendance(ctx, staff, *s2, {resident.id}));
  ASSERT_TRUE(training::SetReport(ctx, staff, *trainee, true));
  EXPECT_EQ(training::Certify(ctx, staff, *trainee).error().kind, FailureKind::kForbidden);
  auto number = training::Certify(ctx, admin, *trainee);
  ASSERT_TRUE(number) << number.error().message;
  EXPECT_EQ(number->substr(0, 5), today.substr(0, 4) + "-");
  EXPECT_EQ(training::Certify(ctx, admin, *trainee).error().kind, FailureKind::kConflict);
  EXPECT_EQ(training::CoordinatorsOn(ctx, today), before + 1);
  EXPECT_EQ(training::CoordinatorsOn(ctx, "2020-01-01"), 0);

  auto certs = training::CertificationsOf(ctx, resident.id);
  ASSERT_EQ(certs.size(), 1u);
  EXPECT_EQ(certs[0].valid_until, training::AddYears(today, 3));
  ASSERT_TRUE(training::Renew(ctx, admin, certs[0].id));
  EXPECT_EQ(training::CertificationsOf(ctx, resident.id)[0].valid_until,
            training::AddYears(today, 6));
  EXPECT_FALSE(training::Revoke(ctx, admin, certs[0].id, "  "));  // a reason is required
  ASSERT_TRUE(training::Revoke(ctx, admin, certs[0].id, "本人の申し出"));
  EXPECT_EQ(training::CoordinatorsOn(ctx, today), before);
  EXPECT_FALSE(training::Renew(ctx, admin, certs[0].id));  // revoked stays revoked
}

TEST_F(Conformance, NobodyAttendsTwoSessionsAtTheSameTime) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  const Actor staff =
      db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, "city@example.jp")->id); });
  const std::string council =
      to_string(db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-aio"); }));
  std::vector<training::SessionId> sessions;
  for (const char* name : {"講座A", "講座B"}) {
    auto p = training::CreateProgramme(ctx, staff, {name, "", "1", "0", "3"});
    ASSERT_TRUE(p);
    ASSERT_TRUE(training::Recommend(ctx, staff, *p, "resident-aio@example.jp", council));
    sessions.push_back(
        *training::AddSession(ctx, staff, *p, {"2027-01-09", "10:00", "同じ時刻", "", "5"}));
  }
  const UserId aio =
      db_->Read([&](Conn& c) { return FindUserByEmail(c, "resident-aio@example.jp")->id; });
  ASSERT_TRUE(training::RecordAttendance(ctx, staff, sessions[0], {aio}));
  auto clash = training::RecordAttendance(ctx, staff, sessions[1], {aio});
  ASSERT_FALSE(clash);
  EXPECT_NE(clash.error().message.find("同じ時刻"), std::string::npos);
}

}  // namespace
}  // namespace tsunagu::store
