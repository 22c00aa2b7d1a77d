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

#include "features/plans/model.hpp"
#include "features/plans/queries.hpp"
#include "features/plans/rules.hpp"
#include "features/plans/years.hpp"
#include "platform/clock.hpp"
#include "platform/context.hpp"
#include "platform/model.hpp"
#include "platform/result.hpp"

namespace tsunagu {
class Tx;  // platform/command.hpp
}  // namespace tsunagu

namespace tsunagu::plans {

// The fiscal year of today in Asia/Tokyo.
int CurrentYear(const Clock& clock);

// Commands. Every one: validation, permission (the council's editors and officers), one
// transaction, one audit row.
struct PlanForm {
  std::string council_id, name, year_from, year_to, status, vision;
  std::string must_goals, want_goals;  // one goal per line
};
Result<PlanId> CreatePlan(const Ctx& ctx, const Actor& actor, PlanForm form);
// Goals are matched by position: a line changed keeps its goal (and its projects); a goal with
// projects cannot be removed.
Result<void> UpdatePlan(const Ctx& ctx, const Actor& actor, PlanId plan, PlanForm form);

Result<CommentId> AddComment(const Ctx& ctx, const Actor& actor, PlanId plan, std::string body);
Result<void> AnswerComment(const Ctx& ctx, const Actor& actor, CommentId comment,
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
// plan; without, directly under the region. plan none (PlanId{}): none given.
Result<ProjectId> CreateProject(const Ctx& ctx, const Actor& actor, OrgId council, PlanId plan,
                                ProjectForm form);
// The same inside a caller's command (a talk's action item becoming a project, with its link in
// one transaction); writes the "project.create" audit row of tx.
Result<ProjectId> CreateProjectIn(Tx& tx, OrgId council, PlanId plan, ProjectForm form);
Result<void> UpdateProject(const Ctx& ctx, const Actor& actor, ProjectId project, ProjectForm form);
// The next year's line: only once the latest line has been evaluated.
Result<YearLineId> AddLine(const Ctx& ctx, const Actor& actor, ProjectId project, LineForm form);
// Corrects a year's target, budget and funding while the year is not evaluated.
Result<void> UpdateLine(const Ctx& ctx, const Actor& actor, YearLineId line, LineForm form);
// Progress goes to a line not yet evaluated; a line is evaluated once, after its year has
// ended and after the lines before it.
struct ProgressForm {
  std::string date, percent, note;
};
Result<ProgressId> AddProgress(const Ctx& ctx, const Actor& actor, YearLineId line,
                               ProgressForm form);
struct EvaluationForm {
  std::string grade, went_well, to_change;
};
// Only after the fiscal year has ended.
Result<void> Evaluate(const Ctx& ctx, const Actor& actor, YearLineId line, EvaluationForm form);

}  // namespace tsunagu::plans
