#include "features/plans/queries.hpp"

#include <algorithm>

#include "platform/store/enum_column.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

// Plans with their council and region. The plan's region is its council's.
constexpr const char* kPlanSelect =
    "SELECT p.id, p.council_id, o.name, COALESCE(o.region_id, 0), COALESCE(r.slug, ''), "
    "COALESCE(r.name, ''), p.name, p.year_from, p.year_to, p.status, p.vision, "
    "(SELECT COUNT(*) FROM projects x WHERE x.plan_id = p.id) FROM plans p "
    "JOIN organisations o ON o.id = p.council_id LEFT JOIN regions r ON r.id = o.region_id ";

plans::Plan ToPlan(const Row& r) {
  plans::Plan p;
  p.id = r.IdAt(0);
  p.council_id = r.IdAt(1);
  p.council_name = r.Str(2);
  p.region_id = r.IdAt(3);
  p.region_slug = r.Str(4);
  p.region_name = r.Str(5);
  p.name = r.Str(6);
  p.year_from = static_cast<int>(r.Int(7));
  p.year_to = static_cast<int>(r.Int(8));
  p.status = EnumAt(r, 9, plans::ParsePlanStatus, "plans.status");
  p.vision = r.Str(10);
  p.project_count = r.Int(11);
  return p;
}

// Projects with their runner, goal, plan, council and region; the WHERE is added by the caller.
constexpr const char* kProjectSelect =
    "SELECT x.id, COALESCE(x.plan_id, 0), COALESCE(x.goal_id, 0), COALESCE(g.text, ''), x.title, "
    "x.description, x.runner_id, ro.name, ro.kind, x.youth_roles, x.year_from, x.year_to, "
    "x.city_collaboration, x.life_support, COALESCE(p.name, ''), x.council_id, "
    "COALESCE(co.region_id, 0), COALESCE(r.slug, ''), COALESCE(r.name, '') FROM projects x "
    "JOIN organisations co ON co.id = x.council_id JOIN organisations ro ON ro.id = x.runner_id "
    "LEFT JOIN plans p ON p.id = x.plan_id LEFT JOIN plan_goals g ON g.id = x.goal_id "
    "LEFT JOIN regions r ON r.id = co.region_id WHERE co.municipality_id = ? ";

plans::Project ToProject(const Row& r) {
  plans::Project p;
  p.id = r.IdAt(0);
  p.plan_id = r.IdAt(1);
  p.goal_id = r.IdAt(2);
  p.goal_text = r.Str(3);
  p.title = r.Str(4);
  p.description = r.Str(5);
  p.runner_id = r.IdAt(6);
  p.runner_name = r.Str(7);
  p.runner_kind = ParseOrgKind(r.Str(8)).value_or(OrgKind::kCouncil);
  p.youth_roles = r.Str(9);
  p.year_from = static_cast<int>(r.Int(10));
  p.year_to = static_cast<int>(r.Int(11));
  p.city_collaboration = r.Int(12) != 0;
  p.life_support = r.Int(13) != 0;
  p.plan_name = r.Str(14);
  p.council_id = r.IdAt(15);
  p.region_id = r.IdAt(16);
  p.region_slug = r.Str(17);
  p.region_name = r.Str(18);
  return p;
}

constexpr const char* kLineSelect =
    "SELECT y.id, y.project_id, y.year, y.target, y.budget, y.funding, y.grade, y.went_well, "
    "y.to_change FROM project_years y ";

plans::YearLine ToLine(const Row& r) {
  plans::YearLine l;
  l.id = r.IdAt(0);
  l.project_id = r.IdAt(1);
  l.year = static_cast<int>(r.Int(2));
  l.target = r.Str(3);
  l.budget = r.Int(4);
  l.funding = r.Str(5);
  l.grade = r.Str(6);
  l.went_well = r.Str(7);
  l.to_change = r.Str(8);
  return l;
}

// Fills years (with progress) and partners of the projects, with one query each: for one
// project by its id, for several by the municipality (a city has a few hundred projects).
void FillProjects(Conn& c, MunicipalityId m, std::vector<plans::Project>& projects) {
  if (projects.empty()) return;
  std::map<plans::ProjectId, plans::Project*> by_id;
  for (auto& p : projects) by_id[p.id] = &p;
  const bool one = projects.size() == 1;
  const Params params{one ? Value{projects.front().id} : Value{m}};
  const std::string scope =
      one ? "WHERE x.id = ? "
          : "JOIN organisations co ON co.id = x.council_id WHERE co.municipality_id = ? ";
  for (const Row& r : c.Query(std::string(kLineSelect) + "JOIN projects x ON x.id = y.project_id " +
                                  scope + "ORDER BY y.project_id, y.year",
                              params)) {
    auto it = by_id.find(r.IdAt(1));
    if (it != by_id.end()) it->second->years.push_back(ToLine(r));
  }
  std::map<plans::YearLineId, plans::YearLine*> lines;
  for (auto& p : projects) {
    for (auto& l : p.years) lines[l.id] = &l;
  }
  for (const Row& r : c.Query("SELECT g.line_id, g.id, g.on_date, g.percent, g.note FROM "
                              "project_progress g JOIN project_years y ON y.id = g.line_id "
                              "JOIN projects x ON x.id = y.project_id " +
                                  scope + "ORDER BY g.line_id, g.on_date, g.id",
                              params)) {
    auto it = lines.find(r.IdAt(0));
    if (it == lines.end()) continue;
    it->second->progress.push_back({r.IdAt(1), r.Str(2), static_cast<int>(r.Int(3)), r.Str(4)});
  }
  for (const Row& r : c.Query("SELECT pp.project_id, o.id, o.name FROM project_partners pp "
                              "JOIN organisations o ON o.id = pp.org_id JOIN projects x ON x.id = "
                              "pp.project_id " +
                                  scope + "ORDER BY pp.project_id, o.id",
                              params)) {
    auto it = by_id.find(r.IdAt(0));
    if (it != by_id.end()) it->second->partners.emplace_back(r.IdAt(1), r.Str(2));
  }
}

void ReplacePartners(Conn& c, plans::ProjectId project, const plans::Project& p) {
  c.Query("DELETE FROM project_partners WHERE project_id = ?", {project});
  for (const auto& partner : p.partners) {
    c.Query("INSERT INTO project_partners (project_id, org_id) VALUES (?, ?)",
            {project, partner.first});
  }
}

}  // namespace

plans::PlanId InsertPlan(Conn& c, MunicipalityId m, const plans::Plan& p, I now) {
  return c
      .QueryOne(
          "INSERT INTO plans (municipality_id, council_id, name, year_from, year_to, status, "
          "vision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {m, p.council_id, p.name, I{p.year_from}, I{p.year_to},
           std::string(plans::ToString(p.status)), p.vision, now, now})
      ->IdAt(0);
}

void UpdatePlan(Conn& c, const plans::Plan& p, I now) {
  c.Query(
      "UPDATE plans SET name = ?, year_from = ?, year_to = ?, status = ?, vision = ?, "
      "updated_at = ? WHERE id = ?",
      {p.name, I{p.year_from}, I{p.year_to}, std::string(plans::ToString(p.status)), p.vision, now,
       p.id});
}

std::vector<plans::Plan> ListPlans(Conn& c, MunicipalityId m, RegionId region) {
  std::vector<plans::Plan> out;
  std::string sql = std::string(kPlanSelect) + "WHERE p.municipality_id = ? ";
  Params params{m};
  if (region) {
    sql += "AND o.region_id = ? ";
    params.push_back(region);
  }
  sql += "ORDER BY r.position, p.year_from DESC, p.id DESC";
  for (const Row& r : c.Query(sql, params)) out.push_back(ToPlan(r));
  return out;
}

std::optional<plans::Plan> FindPlan(Conn& c, MunicipalityId m, plans::PlanId id) {
  auto row =
      c.QueryOne(std::string(kPlanSelect) + "WHERE p.id = ? AND p.municipality_id = ?", {id, m});
  if (!row) return std::nullopt;
  plans::Plan p = ToPlan(*row);
  for (const Row& r : c.Query(
           "SELECT id, kind, text FROM plan_goals WHERE plan_id = ? ORDER BY kind, position, id",
           {id})) {
    p.goals.push_back({r.IdAt(0), EnumAt(r, 1, plans::ParseGoalKind, "plan_goals.kind"), r.Str(2)});
  }
  return p;
}

plans::GoalId InsertGoal(Conn& c, plans::PlanId plan, const plans::Goal& g, int position) {
  return c
      .QueryOne(
          "INSERT INTO plan_goals (plan_id, kind, text, position) VALUES (?, ?, ?, ?) "
          "RETURNING id",
          {plan, std::string(plans::ToString(g.kind)), g.text, I{position}})
      ->IdAt(0);
}

void UpdateGoal(Conn& c, plans::GoalId goal, const std::string& text) {
  c.Query("UPDATE plan_goals SET text = ? WHERE id = ?", {text, goal});
}

void DeleteGoal(Conn& c, plans::GoalId goal) {
  c.Query("DELETE FROM plan_goals WHERE id = ?", {goal});
}

I CountProjectsOfGoal(Conn& c, plans::GoalId goal) {
  return c.QueryOne("SELECT COUNT(*) FROM projects WHERE goal_id = ?", {goal})->Int(0);
}

plans::CommentId InsertComment(Conn& c, plans::PlanId plan, UserId user, const std::string& body,
                               I now) {
  return c
      .QueryOne(
          "INSERT INTO plan_comments (plan_id, user_id, body, created_at) VALUES (?, ?, ?, ?) "
          "RETURNING id",
          {plan, user, body, now})
      ->IdAt(0);
}

std::vector<plans::Comment> ListComments(Conn& c, plans::PlanId plan) {
  std::vector<plans::Comment> out;
  for (const Row& r : c.Query("SELECT id, plan_id, body, answer, created_at, "
                              "COALESCE(answered_at, 0) FROM plan_comments WHERE plan_id = ? "
                              "ORDER BY id",
                              {plan})) {
    out.push_back({r.IdAt(0), r.IdAt(1), r.Str(2), r.Str(3), r.Int(4), r.Int(5)});
  }
  return out;
}

std::optional<plans::Comment> FindComment(Conn& c, plans::CommentId id) {
  auto r = c.QueryOne(
      "SELECT id, plan_id, body, answer, created_at, COALESCE(answered_at, 0) FROM "
      "plan_comments WHERE id = ?",
      {id});
  if (!r) return std::nullopt;
  return plans::Comment{r->IdAt(0), r->IdAt(1), r->Str(2), r->Str(3), r->Int(4), r->Int(5)};
}

void AnswerComment(Conn& c, plans::CommentId id, const std::string& answer, I now) {
  c.Query("UPDATE plan_comments SET answer = ?, answered_at = ? WHERE id = ?", {answer, now, id});
}

plans::ProjectId InsertProject(Conn& c, const plans::Project& p, I now) {
  const plans::ProjectId id =
      c.QueryOne(
           "INSERT INTO projects (council_id, plan_id, goal_id, title, description, "
           "runner_id, youth_roles, year_from, year_to, city_collaboration, "
           "life_support, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
           "?, ?, ?) RETURNING id",
           {p.council_id, OrNull(p.plan_id), OrNull(p.goal_id), p.title, p.description, p.runner_id,
            p.youth_roles, I{p.year_from}, I{p.year_to}, I{p.city_collaboration}, I{p.life_support},
            now, now})
          ->IdAt(0);
  ReplacePartners(c, id, p);
  return id;
}

void UpdateProject(Conn& c, const plans::Project& p, I now) {
  c.Query(
      "UPDATE projects SET plan_id = ?, goal_id = ?, title = ?, description = ?, runner_id = ?, "
      "youth_roles = ?, year_from = ?, year_to = ?, city_collaboration = ?, life_support = ?, "
      "updated_at = ? WHERE id = ?",
      {OrNull(p.plan_id), OrNull(p.goal_id), p.title, p.description, p.runner_id, p.youth_roles,
       I{p.year_from}, I{p.year_to}, I{p.city_collaboration}, I{p.life_support}, now, p.id});
  ReplacePartners(c, p.id, p);
}

std::vector<plans::Project> ListProjects(Conn& c, MunicipalityId m, const plans::ProjectFilter& f) {
  std::string sql = kProjectSelect;
  Params params{m};
  if (f.plan) {
    sql += "AND x.plan_id = ? ";
    params.push_back(f.plan);
  }
  if (f.region) {
    sql += "AND co.region_id = ? ";
    params.push_back(f.region);
  }
  if (f.year != 0) {
    sql += "AND x.year_from <= ? AND x.year_to >= ? ";
    params.push_back(I{f.year});
    params.push_back(I{f.year});
  }
  if (f.flag == "city_collaboration") sql += "AND x.city_collaboration = 1 ";
  if (f.flag == "life_support") sql += "AND x.life_support = 1 ";
  sql += "ORDER BY r.position, x.plan_id, x.id";
  std::vector<plans::Project> out;
  for (const Row& r : c.Query(sql, params)) out.push_back(ToProject(r));
  FillProjects(c, m, out);
  return out;
}

std::optional<plans::Project> FindProject(Conn& c, MunicipalityId m, plans::ProjectId id) {
  auto row = c.QueryOne(std::string(kProjectSelect) + "AND x.id = ?", {m, id});
  if (!row) return std::nullopt;
  std::vector<plans::Project> one{ToProject(*row)};
  FillProjects(c, m, one);
  return one.front();
}

plans::YearLineId InsertLine(Conn& c, plans::ProjectId project, const plans::YearLine& l, I now) {
  return c
      .QueryOne(
          "INSERT INTO project_years (project_id, year, target, budget, funding, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          {project, I{l.year}, l.target, l.budget, l.funding, now})
      ->IdAt(0);
}

std::optional<plans::YearLine> FindLine(Conn& c, plans::YearLineId id) {
  auto row = c.QueryOne(std::string(kLineSelect) + "WHERE y.id = ?", {id});
  if (!row) return std::nullopt;
  return ToLine(*row);
}

plans::ProgressId InsertProgress(Conn& c, plans::YearLineId line, const plans::Progress& p,
                                 UserId by, I now) {
  return c
      .QueryOne(
          "INSERT INTO project_progress (line_id, on_date, percent, note, created_by, "
          "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          {line, p.on_date, I{p.percent}, p.note, by ? Value{by} : Value{nullptr}, now})
      ->IdAt(0);
}

void UpdateLine(Conn& c, plans::YearLineId line, const plans::YearLine& l) {
  c.Query("UPDATE project_years SET target = ?, budget = ?, funding = ? WHERE id = ?",
          {l.target, l.budget, l.funding, line});
}

void SetEvaluation(Conn& c, plans::YearLineId line, const std::string& grade,
                   const std::string& went_well, const std::string& to_change, I now) {
  c.Query(
      "UPDATE project_years SET grade = ?, went_well = ?, to_change = ?, evaluated_at = ? "
      "WHERE id = ?",
      {grade, went_well, to_change, now, line});
}

std::vector<plans::GoalOption> ListCouncilGoals(Conn& c, OrgId council) {
  std::vector<plans::GoalOption> out;
  for (const Row& r : c.Query("SELECT g.id, g.plan_id, g.kind, g.text, p.name FROM plan_goals g "
                              "JOIN plans p ON p.id = g.plan_id WHERE p.council_id = ? "
                              "ORDER BY p.year_from DESC, p.id, g.kind, g.position, g.id",
                              {council})) {
    out.push_back({r.IdAt(0), r.IdAt(1), EnumAt(r, 2, plans::ParseGoalKind, "plan_goals.kind"),
                   r.Str(3), r.Str(4)});
  }
  return out;
}

}  // namespace tsunagu::store

namespace tsunagu::plans {

// The bodies that may run a project of the region: the region's own (its own council, not
// another's) and the city-wide ones.
std::vector<Org> RunnerOptionsIn(const Ctx& ctx, store::Conn& c, RegionId region) {
  std::vector<Org> out;
  for (auto& o : store::ListOrgs(c, ctx.municipality, std::nullopt, std::nullopt)) {
    if (o.region_id == region || !o.region_id) out.push_back(std::move(o));
  }
  return out;
}

std::vector<Plan> ListPlans(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListPlans(c, ctx.municipality, region); });
}

std::optional<Plan> GetPlan(const Ctx& ctx, PlanId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindPlan(c, ctx.municipality, id); });
}

std::vector<Comment> ListComments(const Ctx& ctx, PlanId plan) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListComments(c, plan); });
}

std::vector<Project> ListProjects(const Ctx& ctx, const ProjectFilter& filter) {
  return ctx.db.Read(
      [&](store::Conn& c) { return store::ListProjects(c, ctx.municipality, filter); });
}

std::optional<Project> GetProject(const Ctx& ctx, ProjectId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindProject(c, ctx.municipality, id); });
}

std::vector<GoalOption> CouncilGoals(const Ctx& ctx, OrgId council) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListCouncilGoals(c, council); });
}

std::vector<Org> RunnerOptions(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) { return RunnerOptionsIn(ctx, c, region); });
}

std::optional<Comment> FindComment(const Ctx& ctx, CommentId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindComment(c, id); });
}

std::optional<YearLine> FindLine(const Ctx& ctx, YearLineId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindLine(c, id); });
}

}  // namespace tsunagu::plans
