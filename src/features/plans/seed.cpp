#include "features/plans/seed.hpp"

#include "features/plans/queries.hpp"
#include "features/plans/years.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::seed {

// Demo regional plans: each council's third plan (FY2023-2027) with four of six kinds of
// project, their yearly lines up to this year (past years evaluated), and 陶's second plan.
void SeedPlans(store::Conn& c, MunicipalityId m, std::int64_t now, const std::string& today) {
  if (store::GetSetting(c, "demo_plans") == "1") return;
  store::PutSetting(c, "demo_plans", "1");
  const int this_year = plans::FiscalYearOf(today);
  struct Kind {
    const char* title;
    const char* description;
    const char* runner;  // seed key pattern: council, sub2, assoc0, npo-kodomo, npo-furusato
    bool collab, life;
    const char* youth;
  };
  static constexpr Kind kKinds[] = {
      {"防災訓練と支え合いマップづくり",
       "自治会ごとに避難行動要支援者の支え合いマップをつくり、年1回の地域防災訓練で確かめます。",
       "sub2", true, false, "中高生が避難所運営訓練の受付と案内を担当する"},
      {"買い物支援（移動販売と送迎）",
       "店舗のない地区へ移動販売車を走らせ、買い物が難しい高齢者の送迎を行います。", "council",
       false, true, ""},
      {"ふれあい・いきいきサロン", "集会所で月2回、体操と茶話会を開き、見守りにつなげます。",
       "assoc0", false, true, "大学生ボランティアがスマートフォン教室を開く"},
      {"地域の魅力発信（広報紙とSNS）", "広報紙を年4回発行し、行事をSNSで発信します。", "council",
       false, false, "高校生が取材と写真を担当する"},
      {"子どもの居場所と学習支援", "地域交流センターで放課後の居場所と学習支援を行います。",
       "npo-kodomo", true, false, "大学生が学習支援の講師を務める"},
      {"空き家の活用と移住相談", "空き家の所有者と移住希望者をつなぎ、相談会を開きます。",
       "npo-furusato", true, false, ""},
  };
  auto goal = [&](plans::PlanId plan, plans::GoalKind kind, const std::string& text, int pos) {
    return store::InsertGoal(c, plan, plans::Goal{{}, kind, text}, pos);
  };
  const auto regions = store::ListRegions(c, m);
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const Region& r = regions[i];
    const OrgId council = store::FindOrgBySeedKeyId(c, "council-" + r.slug);
    if (!council) continue;
    plans::Plan plan;
    plan.council_id = council;
    plan.name = "第三次" + r.name + "地域づくり計画";
    plan.year_from = 2023;
    plan.year_to = 2027;
    plan.status = plans::PlanStatus::kFinal;
    plan.vision = "みんなでつくる、笑顔があふれ安心して暮らせる" + r.name + "（デモデータ）";
    const auto plan_id = store::InsertPlan(c, m, plan, now);
    const plans::GoalId goals[] = {
        goal(plan_id, plans::GoalKind::kMust, "安心・安全な暮らしを守る", 0),
        goal(plan_id, plans::GoalKind::kMust, "高齢者の暮らしを地域で支える", 1),
        goal(plan_id, plans::GoalKind::kWant, "地域の魅力を発信し、担い手を育てる", 2)};
    for (std::size_t k = 0; k < std::size(kKinds); ++k) {
      if ((i + k) % 6 >= 4) continue;  // four kinds of project per region
      const Kind& kind = kKinds[k];
      plans::Project p;
      p.plan_id = plan_id;
      p.goal_id = goals[k == 0 ? 0 : (k <= 2 ? 1 : 2)];
      p.title = kind.title;
      p.description = kind.description;
      const std::string rk = kind.runner;
      OrgId runner = council;
      if (rk == "sub2") runner = store::FindOrgBySeedKeyId(c, "sub-" + r.slug + "-2");
      if (rk == "assoc0") runner = store::FindOrgBySeedKeyId(c, "assoc-" + r.slug + "-0");
      if (rk.starts_with("npo-")) runner = store::FindOrgBySeedKeyId(c, rk);
      if (!runner) runner = council;
      p.runner_id = runner;
      p.council_id = council;
      if (kind.collab) {
        const OrgId centre = store::FindOrgBySeedKeyId(c, "centre-" + r.slug);
        if (centre) p.partners.emplace_back(centre, "");
      }
      if (runner != council) p.partners.emplace_back(council, "");
      p.youth_roles = kind.youth;
      p.year_from = 2023;
      p.year_to = 2027;
      p.city_collaboration = kind.collab;
      p.life_support = kind.life;
      const auto project = store::InsertProject(c, p, now);
      for (int y = p.year_from; y <= this_year && y <= p.year_to; ++y) {
        plans::YearLine line;
        line.year = y;
        line.target =
            y == p.year_from ? "取組を始め、参加者を増やす" : "前年度の評価を踏まえて改善する";
        line.budget = 100'000 + static_cast<std::int64_t>((i * 7 + k * 13 + y) % 9) * 50'000;
        line.funding = k == 5 ? "private_grant" : (k == 1 ? "own" : "kofukin");
        const auto line_id = store::InsertLine(c, project, line, now);
        const std::string y1 = std::to_string(y), y2 = std::to_string(y + 1);
        const int seed = static_cast<int>((i + k + y) % 3);
        if (y < this_year) {
          store::InsertProgress(
              c, line_id,
              {.on_date = y1 + "-09-30", .percent = 40 + seed * 10, .note = "上半期の取組を実施"},
              UserId{}, now);
          store::InsertProgress(
              c, line_id,
              {.on_date = y2 + "-03-31", .percent = 100 - seed * 15, .note = "年間の取組を終えた"},
              UserId{}, now);
          store::SetEvaluation(c, line_id, plans::kGrades[seed],
                               "参加者が増え、地域の協力が広がった",
                               seed == 0 ? "担い手を増やす" : "周知の方法を見直す", now);
        } else if (today >= y1 + "-06-30") {
          store::InsertProgress(
              c, line_id, {.on_date = y1 + "-06-30", .percent = 30, .note = "計画どおり始めた"},
              UserId{}, now);
        }
      }
    }
    if (r.slug == "sue") {
      // The next plan's draft, open for residents' comments (意見募集中).
      plans::Plan next = plan;
      next.name = "第四次陶地域づくり計画（素案）";
      next.year_from = 2028;
      next.year_to = 2032;
      next.status = plans::PlanStatus::kConsultation;
      next.vision = "若い世代とともに、ふるさと陶を次の世代へ（デモデータ）";
      const auto next_id = store::InsertPlan(c, m, next, now);
      goal(next_id, plans::GoalKind::kMust, "防災と見守りの仕組みを全自治会に広げる", 0);
      goal(next_id, plans::GoalKind::kWant, "「これから部会」が企画する行事を増やす", 1);
      plans::Plan old = plan;
      old.name = "第二次陶地域づくり計画";
      old.year_from = 2018;
      old.year_to = 2022;
      old.status = plans::PlanStatus::kEnded;
      old.vision = "ふるさと陶を次の世代へ（デモデータ）";
      const auto old_id = store::InsertPlan(c, m, old, now);
      const auto g = goal(old_id, plans::GoalKind::kMust, "地域のつながりを保つ", 0);
      goal(old_id, plans::GoalKind::kWant, "若い世代が集う場をつくる", 1);
      plans::Project p;
      p.plan_id = old_id;
      p.council_id = council;
      p.goal_id = g;
      p.title = "陶ふれあい夏まつり";
      p.description = "地域の夏まつりを実行委員会方式で開きます。";
      p.runner_id = council;
      p.year_from = 2018;
      p.year_to = 2022;
      const auto project = store::InsertProject(c, p, now);
      plans::YearLine line{.project_id = project,
                           .year = 2022,
                           .target = "来場者500人",
                           .budget = 300'000,
                           .funding = "kofukin"};
      const auto line_id = store::InsertLine(c, project, line, now);
      store::InsertProgress(c, line_id,
                            {.on_date = "2022-08-20", .percent = 100, .note = "来場者520人"},
                            UserId{}, now);
      store::SetEvaluation(c, line_id, "A", "若い世代が実行委員に加わった",
                           "第三次計画では「これから部会」が企画する", now);
    }
  }
}

}  // namespace tsunagu::seed
