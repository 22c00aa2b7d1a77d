// SQL of regional plans and projects (both backends), as named functions.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "features/plans/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::plans {

// Reading (all public), one read each.
std::vector<Plan> ListPlans(const Ctx& ctx, RegionId region = {});
std::optional<Plan> GetPlan(const Ctx& ctx, PlanId id);
std::vector<Comment> ListComments(const Ctx& ctx, PlanId plan);
std::vector<Project> ListProjects(const Ctx& ctx, const ProjectFilter& filter);
std::optional<Project> GetProject(const Ctx& ctx, ProjectId id);
// Bodies that may run a project of a plan of this region: the region's organisations and the
// city-wide ones.
std::vector<Org> RunnerOptions(const Ctx& ctx, RegionId region);
// Goals of the council's plans, with the plan's name.
std::vector<GoalOption> CouncilGoals(const Ctx& ctx, OrgId council);
// Runner options on a connection the caller holds (a command's transaction).
std::vector<Org> RunnerOptionsIn(const Ctx& ctx, store::Conn& c, RegionId region);
std::optional<Comment> FindComment(const Ctx& ctx, CommentId id);
// The line with the id of its project.
std::optional<YearLine> FindLine(const Ctx& ctx, YearLineId id);

}  // namespace tsunagu::plans

namespace tsunagu::store {

// Plans and goals
plans::PlanId InsertPlan(Conn& c, MunicipalityId m, const plans::Plan& p, std::int64_t now);
void UpdatePlan(Conn& c, const plans::Plan& p, std::int64_t now);
std::vector<plans::Plan> ListPlans(Conn& c, MunicipalityId m, RegionId region);
std::optional<plans::Plan> FindPlan(Conn& c, MunicipalityId m, plans::PlanId id);  // with goals
plans::GoalId InsertGoal(Conn& c, plans::PlanId plan, const plans::Goal& g, int position);
void UpdateGoal(Conn& c, plans::GoalId goal, const std::string& text);
void DeleteGoal(Conn& c, plans::GoalId goal);
std::int64_t CountProjectsOfGoal(Conn& c, plans::GoalId goal);

// Comments
plans::CommentId InsertComment(Conn& c, plans::PlanId plan, UserId user, const std::string& body,
                               std::int64_t now);
std::vector<plans::Comment> ListComments(Conn& c, plans::PlanId plan);
std::optional<plans::Comment> FindComment(Conn& c, plans::CommentId id);
void AnswerComment(Conn& c, plans::CommentId id, const std::string& answer, std::int64_t now);

// Projects and their yearly lines. ListProjects fills years and progress (three queries).
plans::ProjectId InsertProject(Conn& c, const plans::Project& p, std::int64_t now);
void UpdateProject(Conn& c, const plans::Project& p, std::int64_t now);
std::vector<plans::Project> ListProjects(Conn& c, MunicipalityId m, const plans::ProjectFilter& f);
std::optional<plans::Project> FindProject(Conn& c, MunicipalityId m, plans::ProjectId id);
plans::YearLineId InsertLine(Conn& c, plans::ProjectId project, const plans::YearLine& l,
                             std::int64_t now);
// The line and the id of its project.
std::optional<plans::YearLine> FindLine(Conn& c, plans::YearLineId id);
plans::ProgressId InsertProgress(Conn& c, plans::YearLineId line, const plans::Progress& p,
                                 UserId by, std::int64_t now);
// The target, budget and funding of a line (its year stays).
void UpdateLine(Conn& c, plans::YearLineId line, const plans::YearLine& l);
void SetEvaluation(Conn& c, plans::YearLineId line, const std::string& grade,
                   const std::string& went_well, const std::string& to_change, std::int64_t now);

// Goals of every plan of the council.
std::vector<plans::GoalOption> ListCouncilGoals(Conn& c, OrgId council);

}  // namespace tsunagu::store
