// Regional plans (地域づくり計画) run as PDCA, and the city's KGI/KPI computed from records
// (plan 3-1, 3-4, ch.2 §1.3 and §3).
//
// A council keeps its plans (vision, goals); projects (事業) under a goal name the body that
// runs them and carry the two flags the city counts; each project has one line per fiscal year
// (target, budget, funding), progress updates during the year and a year-end self-evaluation
// from which the next year's line starts. The indicators that count these records are
// features/indicators.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/plans/years.hpp"
#include "platform/clock.hpp"
#include "platform/context.hpp"
#include "platform/model.hpp"
#include "platform/result.hpp"

namespace tsunagu {
class Tx;  // platform/command.hpp
}  // namespace tsunagu

namespace tsunagu::plans {

inline constexpr const char* kStatuses[] = {"drafting", "consultation", "final", "ended"};
inline constexpr const char* kFundings[] = {"kofukin", "own", "private_grant", "crowdfunding",
                                            "other"};
inline constexpr const char* kGrades[] = {"A", "B", "C"};

struct Goal {
  std::int64_t id = 0;
  std::string kind;  // "must" (やるべきこと) or "want" (やりたいこと)
  std::string text;
};

struct Plan {
  std::int64_t id = 0;
  OrgId council_id = 0;
  std::string council_name;
  RegionId region_id = 0;
  std::string region_slug, region_name;
  std::string name;
  int year_from = 0, year_to = 0;
  std::string status;
  std::string vision;
  std::vector<Goal> goals;
  std::int64_t project_count = 0;
};

struct Comment {
  std::int64_t id = 0, plan_id = 0;
  std::string body, answer;
  std::int64_t created_at = 0, answered_at = 0;
};

struct Progress {
  std::int64_t id = 0;
  std::string on_date;
  int percent = 0;
  std::string note;
};

struct YearLine {
  std::int64_t id = 0, project_id = 0;
  int year = 0;
  std::string target;
  std::int64_t budget = 0;
  std::string funding;
  std::string grade, went_well, to_change;  // grade "" until evaluated
  std::vector<Progress> progress;           // by date
  int LatestPercent() const { return progress.empty() ? -1 : progress.back().percent; }
};

struct Project {
  std::int64_t id = 0, plan_id = 0, goal_id = 0;
  std::string goal_text;
  std::string title, description;
  OrgId runner_id = 0;
  std::string runner_name;
  OrgKind runner_kind = OrgKind::kCouncil;
  std::vector<std::pair<OrgId, std::string>> partners;  // id, name
  std::string youth_roles;
  int year_from = 0, year_to = 0;
  bool city_collaboration = false, life_support = false;
  OrgId council_id = 0;
  // Of its plan ("" and 0 for a project directly under the region):
  std::string plan_name;
  RegionId region_id = 0;
  std::string region_slug, region_name;
  std::vector<YearLine> years;  // ascending

  bool ActiveIn(int year) const { return year_from <= year && year <= year_to; }
  const YearLine* Line(int year) const {
    for (const auto& l : years) {
      if (l.year == year) return &l;
    }
    return nullptr;
  }
  // The line being worked on: the earliest not yet evaluated (nullptr when all are).
  const YearLine* OpenLine() const {
    for (const auto& l : years) {
      if (l.grade.empty()) return &l;
    }
    return nullptr;
  }
};

// The fiscal year of today in Asia/Tokyo.
int CurrentYear(const Clock& clock);

// Commands. Every one: validation, permission (the council's editors and officers), one
// transaction, one audit row.
struct PlanForm {
  std::string council_id, name, year_from, year_to, status, vision;
  std::string must_goals, want_goals;  // one goal per line
};
Result<std::int64_t> CreatePlan(const Ctx& ctx, const Actor& actor, PlanForm form);
// Goals are matched by position: a line changed keeps its goal (and its projects); a goal with
// projects cannot be removed.
Result<void> UpdatePlan(const Ctx& ctx, const Actor& actor, std::int64_t plan, PlanForm form);

Result<std::int64_t> AddComment(const Ctx& ctx, const Actor& actor, std::int64_t plan,
                                std::string body);
Result<void> AnswerComment(const Ctx& ctx, const Actor& actor, std::int64_t comment,
                           std::string answer);

struct LineForm {
  std::string year, target, budget, funding;
};
struct ProjectForm {
  std::string goal_id;  // "" for none
  std::string title, description, runner_id;
  std::vector<std::string> partner_ids;
  std::string youth_roles, year_from, year_to, city_collaboration, life_support;
  std::vector<LineForm> lines;  // when creating: the planned years (the form gives one)
};
// A project of the council. With a plan (or a goal, whose plan it takes) it stands under that
// plan; without, directly under the region. plan 0: none given.
Result<std::int64_t> CreateProject(const Ctx& ctx, const Actor& actor, OrgId council,
                                   std::int64_t plan, ProjectForm form);
// The same inside a caller's command (a talk's action item becoming a project, with its link in
// one transaction); writes the "project.create" audit row of tx.
Result<std::int64_t> CreateProjectIn(Tx& tx, OrgId council, std::int64_t plan, ProjectForm form);
Result<void> UpdateProject(const Ctx& ctx, const Actor& actor, std::int64_t project,
                           ProjectForm form);
// The next year's line: only once the latest line has been evaluated.
Result<std::int64_t> AddLine(const Ctx& ctx, const Actor& actor, std::int64_t project,
                             LineForm form);
// Corrects a year's target, budget and funding while the year is not evaluated.
Result<void> UpdateLine(const Ctx& ctx, const Actor& actor, std::int64_t line, LineForm form);
// Progress goes to a line not yet evaluated; a line is evaluated once, after its year has
// ended and after the lines before it.
struct ProgressForm {
  std::string date, percent, note;
};
Result<std::int64_t> AddProgress(const Ctx& ctx, const Actor& actor, std::int64_t line,
                                 ProgressForm form);
struct EvaluationForm {
  std::string grade, went_well, to_change;
};
// Only after the fiscal year has ended.
Result<void> Evaluate(const Ctx& ctx, const Actor& actor, std::int64_t line, EvaluationForm form);

// Reading (all public).
std::vector<Plan> ListPlans(const Ctx& ctx, RegionId region = 0);
std::optional<Plan> GetPlan(const Ctx& ctx, std::int64_t id);
std::vector<Comment> ListComments(const Ctx& ctx, std::int64_t plan);
struct ProjectFilter {
  std::int64_t plan = 0;
  RegionId region = 0;
  int year = 0;      // active in this fiscal year (0: any)
  std::string flag;  // "", "city_collaboration", "life_support"
};
std::vector<Project> ListProjects(const Ctx& ctx, const ProjectFilter& filter);
std::optional<Project> GetProject(const Ctx& ctx, std::int64_t id);
// Bodies that may run a project of a plan of this region: the region's organisations and the
// city-wide ones.
std::vector<Org> RunnerOptions(const Ctx& ctx, RegionId region);
// Goals of the council's plans, with the plan's name.
struct GoalOption {
  std::int64_t id = 0, plan_id = 0;
  std::string kind, text, plan_name;
};
std::vector<GoalOption> CouncilGoals(const Ctx& ctx, OrgId council);
// Whether the actor may write the council's plans and projects.
bool CanEdit(const Actor& actor, RegionId region, OrgId council);

}  // namespace tsunagu::plans
