// Regional plans on both backends.
#include <gtest/gtest.h>

#include "features/indicators/commands.hpp"
#include "features/indicators/queries.hpp"
#include "features/plans/commands.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

// Regional plans run as PDCA; KPI 3 and KPI 4 move with the flags of projects, never by hand.
TEST_F(Conformance, PlansPdcaAndComputedKpis) {
  auto ctx = MakeCtx();
  const int year = plans::CurrentYear(clock_);  // FY2026 on the fake clock
  ASSERT_EQ(year, 2026);
  auto value_of = [&](const std::string& code, int y) -> double {
    for (const auto& ind : indicators::LoadIndicators(ctx)) {
      if (ind.code != code) continue;
      for (const auto& a : ind.actuals) {
        if (a.year == y) return a.value;
      }
      return -1;
    }
    ADD_FAILURE() << "no indicator " << code;
    return -1;
  };
  auto indicator = [&](const std::string& code) {
    for (const auto& ind : indicators::LoadIndicators(ctx)) {
      if (ind.code == code) return ind;
    }
    ADD_FAILURE() << "no indicator " << code;
    return indicators::Indicator{};
  };
  // Reference data: the plan's seven indicators; the computed ones count zero from empty records.
  ASSERT_EQ(indicators::LoadIndicators(ctx).size(), 7u);
  EXPECT_EQ(value_of("kpi2", year), 0);
  EXPECT_EQ(value_of("kpi3", year), 0);
  EXPECT_FALSE(indicator("kpi2").baseline.has_value());
  EXPECT_DOUBLE_EQ(indicator("kgi1").baseline->value, 74.7);

  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto actor = [&](const char* email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  const Actor sue = actor("council-sue@example.jp"), yuda = actor("council-yuda@example.jp"),
              resident = actor("resident-sue@example.jp"), staff = actor("city@example.jp");
  const double kpi3 = value_of("kpi3", year), kpi4 = value_of("kpi4", year);
  EXPECT_GT(kpi3, 0);
  EXPECT_GT(kpi4, 0);

  // A council writes a plan; another council may not touch it.
  const auto sue_council = db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-sue"); });
  auto plan = plans::CreatePlan(ctx, sue,
                                {to_string(sue_council), "第三次陶 見直し版", "2025", "2029",
                                 "final", "将来像", "防災\n見守り", "発信"});
  ASSERT_TRUE(plan);
  // Another council's plan: refused next to the council field, with the form kept.
  EXPECT_TRUE(plans::CreatePlan(ctx, yuda,
                                {to_string(sue_council), "x", "2025", "2029", "final", "", "a", ""})
                  .error()
                  .fields.count("council_id"));
  auto bad_plan = plans::CreatePlan(
      ctx, sue, {to_string(sue_council), "", "2029", "2025", "final", "", "", ""});
  ASSERT_FALSE(bad_plan);
  EXPECT_TRUE(bad_plan.error().fields.count("name"));
  EXPECT_TRUE(bad_plan.error().fields.count("year_to"));
  EXPECT_TRUE(bad_plan.error().fields.count("must_goals"));
  const auto p = *plans::GetPlan(ctx, *plan);
  ASSERT_EQ(p.goals.size(), 3u);
  const std::string goal = to_string(p.goals[0].id);
  const auto assoc = db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "assoc-sue-0"); });

  auto form = [&](const std::string& from, const std::string& to, bool city, bool life) {
    plans::ProjectForm f;
    f.goal_id = goal;
    f.title = "見守り訪問";
    f.runner_id = to_string(assoc);
    f.year_from = from;
    f.year_to = to;
    f.city_collaboration = city ? "1" : "";
    f.life_support = life ? "1" : "";
    f.lines = {{from, "月1回の訪問", "150,000", "kofukin"}};
    return f;
  };
  // Bad input: no running body, a budget with letters, another council.
  auto no_runner = form("2025", "2027", true, false);
  no_runner.runner_id = "";
  no_runner.lines[0].budget = "15万円";
  auto bad = plans::CreateProject(ctx, sue, sue_council, *plan, no_runner);
  ASSERT_FALSE(bad);
  EXPECT_TRUE(bad.error().fields.count("runner_id"));
  EXPECT_TRUE(bad.error().fields.count("budget"));
  EXPECT_EQ(plans::CreateProject(ctx, yuda, sue_council, *plan, form("2025", "2027", true, false))
                .error()
                .kind,
            FailureKind::kForbidden);
  EXPECT_EQ(value_of("kpi3", year), kpi3);

  // KPI 3 moves with the flag (a project counts in every year of its period); KPI 4 does not.
  auto project =
      plans::CreateProject(ctx, sue, sue_council, *plan, form("2025", "2027", true, false));
  ASSERT_TRUE(project) << project.error().message;
  EXPECT_EQ(value_of("kpi3", year), kpi3 + 1);
  EXPECT_EQ(value_of("kpi4", year), kpi4);
  auto later = plans::CreateProject(ctx, sue, sue_council, *plan, form("2027", "2028", true, true));
  ASSERT_TRUE(later);
  EXPECT_EQ(value_of("kpi3", year), kpi3 + 1) << "a project of later years does not count now";
  auto unflag = form("2025", "2027", false, true);
  ASSERT_TRUE(plans::UpdateProject(ctx, sue, *project, unflag));
  EXPECT_EQ(value_of("kpi3", year), kpi3);
  EXPECT_EQ(value_of("kpi4", year), kpi4 + 1);
  const auto contributing =
      indicators::ContributingProjects(ctx, indicators::Source::kLifeSupport, year);
  EXPECT_TRUE(std::any_of(contributing.begin(), contributing.end(),
                          [&](const auto& x) { return x.id == *project; }));
  // Computed actuals cannot be entered by hand.
  EXPECT_EQ(
      indicators::RecordActual(ctx, staff, indicator("kpi3").id, {"2026", "99", "x", "10", ""})
          .error()
          .kind,
      FailureKind::kForbidden);

  // PDCA: progress in the year, evaluation after it ends, the next year starts from it.
  auto pr = plans::GetProject(ctx, *project);
  ASSERT_EQ(pr->years.size(), 1u);
  const auto line2025 = pr->years[0].id;
  auto over = plans::AddProgress(ctx, sue, line2025, {"2025-10-01", "101", ""});
  ASSERT_FALSE(over);
  EXPECT_TRUE(over.error().fields.count("percent"));
  EXPECT_TRUE(plans::AddProgress(ctx, sue, line2025, {"2025-10-01", "-1", ""})
                  .error()
                  .fields.count("percent"));
  EXPECT_TRUE(
      plans::AddProgress(ctx, sue, line2025, {"2026-10-01", "50", ""}).error().fields.count("date"))
      << "a date outside FY2025";
  ASSERT_TRUE(plans::AddProgress(ctx, sue, line2025, {"2025-10-01", "60", "半分"}));
  EXPECT_EQ(plans::AddLine(ctx, sue, *project, {"2026", "次", "100000", "own"})
                .error()
                .fields.count("year"),
            1u)
      << "the next year needs the evaluation first";
  EXPECT_EQ(plans::Evaluate(ctx, yuda, line2025, {"B", "a", "b"}).error().kind,
            FailureKind::kForbidden);
  ASSERT_TRUE(plans::Evaluate(ctx, sue, line2025, {"B", "訪問先が増えた", "担い手を増やす"}));
  auto line2026 = plans::AddLine(ctx, sue, *project, {"2026", "担い手を増やす", "120000", "own"});
  ASSERT_TRUE(line2026);
  auto too_early = plans::Evaluate(ctx, sue, *line2026, {"A", "a", "b"});
  ASSERT_FALSE(too_early);
  EXPECT_TRUE(too_early.error().fields.count("grade")) << "FY2026 has not ended";
  pr = plans::GetProject(ctx, *project);
  ASSERT_EQ(pr->years.size(), 2u);
  EXPECT_EQ(pr->years[0].grade, "B");
  EXPECT_EQ(pr->years[0].LatestPercent(), 60);
  EXPECT_EQ(pr->years[1].target, "担い手を増やす");

  // Survey actuals by city staff; targets after the baseline only.
  const auto kgi1 = indicator("kgi1").id;
  EXPECT_EQ(indicators::RecordActual(ctx, resident, kgi1, {"2026", "81.2", "調査", "1600", ""})
                .error()
                .kind,
            FailureKind::kForbidden);
  auto bad_value = indicators::RecordActual(ctx, staff, kgi1, {"2026", "101", "調査", "1600", ""});
  ASSERT_FALSE(bad_value);
  EXPECT_TRUE(bad_value.error().fields.count("value"));
  ASSERT_TRUE(indicators::RecordActual(ctx, staff, kgi1,
                                       {"2026", "８１．２", "調査", "1600", "2026-07-01"}));
  EXPECT_DOUBLE_EQ(value_of("kgi1", 2026), 81.2);
  EXPECT_EQ(indicators::StatusIn(indicator("kgi1"), 2026), indicators::Status::kSlightlyBehind);
  auto early_target = indicators::SetTarget(ctx, staff, kgi1, {"2016", "70"});
  ASSERT_FALSE(early_target);
  EXPECT_TRUE(early_target.error().fields.count("target_year"));
  EXPECT_EQ(indicator("kgi1").targets.size(), 2u);

  // A project directly under the region (no plan); an evaluated line is closed, and lines are
  // evaluated in order.
  auto loose = form("2024", "2026", false, false);
  loose.goal_id = "";
  loose.lines = {{"2024", "", "0", "own"}, {"2025", "", "10000", "own"}};
  auto direct = plans::CreateProject(ctx, sue, sue_council, plans::PlanId{}, loose);
  ASSERT_TRUE(direct) << direct.error().message;
  auto dp = plans::GetProject(ctx, *direct);
  EXPECT_EQ(dp->plan_id, plans::PlanId{});
  ASSERT_EQ(dp->years.size(), 2u);
  EXPECT_TRUE(
      plans::Evaluate(ctx, sue, dp->years[1].id, {"A", "a", "b"}).error().fields.count("grade"))
      << "FY2024 first";
  ASSERT_TRUE(plans::Evaluate(ctx, sue, dp->years[0].id, {"A", "a", "b"}));
  EXPECT_EQ(plans::Evaluate(ctx, sue, dp->years[0].id, {"C", "a", "b"}).error().kind,
            FailureKind::kConflict);
  EXPECT_EQ(plans::AddProgress(ctx, sue, dp->years[0].id, {"2024-10-01", "50", ""}).error().kind,
            FailureKind::kConflict);
  // A year's target and budget can be corrected until it is evaluated.
  EXPECT_EQ(plans::UpdateLine(ctx, sue, dp->years[0].id, {"", "x", "1", "own"}).error().kind,
            FailureKind::kConflict);
  EXPECT_TRUE(plans::UpdateLine(ctx, sue, dp->years[1].id, {"", "", "12a", "own"})
                  .error()
                  .fields.count("budget"));
  EXPECT_EQ(plans::UpdateLine(ctx, yuda, dp->years[1].id, {"", "x", "1", "own"}).error().kind,
            FailureKind::kForbidden);
  ASSERT_TRUE(
      plans::UpdateLine(ctx, sue, dp->years[1].id, {"", "訪問を月2回に", "20000", "other"}));
  dp = plans::GetProject(ctx, *direct);
  EXPECT_EQ(dp->years[1].target, "訪問を月2回に");
  EXPECT_EQ(dp->years[1].budget, 20000);
  EXPECT_EQ(dp->years[1].funding, "other");

  // Comments only while the plan asks for them; the council answers.
  EXPECT_EQ(plans::AddComment(ctx, resident, *plan, "意見").error().kind, FailureKind::kConflict);
  plans::Plan open;
  for (const auto& x : plans::ListPlans(ctx)) {
    if (x.status == plans::PlanStatus::kConsultation) open = x;
  }
  ASSERT_NE(open.id, plans::PlanId{});
  auto comment = plans::AddComment(ctx, resident, open.id, "防災の目標に賛成です");
  ASSERT_TRUE(comment);
  EXPECT_EQ(plans::AnswerComment(ctx, yuda, *comment, "x").error().kind, FailureKind::kForbidden);
  ASSERT_TRUE(plans::AnswerComment(ctx, sue, *comment, "ありがとうございます"));
  EXPECT_EQ(plans::ListComments(ctx, open.id).front().answer, "ありがとうございます");
  // Every change left an audit row.
  EXPECT_EQ(db_->Read([&](Conn& c) {
    return c.QueryOne("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'project.%'")->Int(0);
  }),
            9);
}

}  // namespace
}  // namespace tsunagu::store
