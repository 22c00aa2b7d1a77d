// The types of regional plans (地域づくり計画, plan 3-1, 3-4): plans with their goals and public
// comments, projects (事業) with one line per fiscal year, its progress and its year-end
// self-evaluation. The rules over them are in rules.hpp, the changes in commands.hpp, the
// reading in queries.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/enum_names.hpp"
#include "platform/model.hpp"

namespace tsunagu::plans {

// A plan's stage (plans.status), chosen on the plan's form by its council in any order:
//   kDrafting      策定中: being written.
//   kConsultation  意見募集中: residents may comment on it (only now); the council answers.
//   kFinal         確定: adopted, the plan in force.
//   kEnded         終了: its period is over; kept with its projects.
enum class PlanStatus { kDrafting, kConsultation, kFinal, kEnded };
// Their texts, in the order of PlanStatus (the column, the form's choices, the API, message
// keys plan_status.*).
inline constexpr const char* kStatuses[] = {"drafting", "consultation", "final", "ended"};
inline std::string_view ToString(PlanStatus s) { return kStatuses[static_cast<std::size_t>(s)]; }
inline std::optional<PlanStatus> ParsePlanStatus(std::string_view s) {
  for (std::size_t k = 0; k < std::size(kStatuses); ++k) {
    if (s == kStatuses[k]) return static_cast<PlanStatus>(k);
  }
  return std::nullopt;
}

// A plan's goals are of two kinds (plan_goals.kind): やるべきこと (must) and やりたいこと (want).
// A goal keeps its kind; the plan's form lists each kind's goals in its own field.
enum class GoalKind { kMust, kWant };
inline constexpr GoalKind kGoalKinds[] = {GoalKind::kMust, GoalKind::kWant};
// "must", "want" (the column, the API, message keys goal_kind.*).
inline constexpr EnumNames<GoalKind, 2> kGoalKindNames{{
    {GoalKind::kMust, "must"},
    {GoalKind::kWant, "want"},
}};
inline std::string_view ToString(GoalKind v) { return NameOf(kGoalKindNames, v); }
inline std::optional<GoalKind> ParseGoalKind(std::string_view s) {
  return FromName(kGoalKindNames, s);
}

inline constexpr const char* kFundings[] = {"kofukin", "own", "private_grant", "crowdfunding",
                                            "other"};
inline constexpr const char* kGrades[] = {"A", "B", "C"};

// The ids of the feature's records (platform/id.hpp).
using PlanId = Id<struct PlanTag>;          // a regional plan (plans)
using GoalId = Id<struct GoalTag>;          // a goal of a plan (plan_goals)
using CommentId = Id<struct CommentTag>;    // a public comment on a plan (plan_comments)
using ProjectId = Id<struct ProjectTag>;    // a project, 事業 (projects)
using YearLineId = Id<struct YearLineTag>;  // a project's line for one fiscal year (project_years)
using ProgressId = Id<struct ProgressTag>;  // a progress update on a line (project_progress)

struct Goal {
  GoalId id;
  GoalKind kind = GoalKind::kMust;
  std::string text;
};

struct Plan {
  PlanId id;
  OrgId council_id;
  std::string council_name;
  RegionId region_id;
  std::string region_slug, region_name;
  std::string name;
  int year_from = 0, year_to = 0;
  PlanStatus status = PlanStatus::kDrafting;
  std::string vision;
  std::vector<Goal> goals;
  std::int64_t project_count = 0;
};

struct Comment {
  CommentId id;
  PlanId plan_id;
  std::string body, answer;
  std::int64_t created_at = 0, answered_at = 0;
};

struct Progress {
  ProgressId id;
  std::string on_date;
  int percent = 0;
  std::string note;
};

struct YearLine {
  YearLineId id;
  ProjectId project_id;
  int year = 0;
  std::string target;
  std::int64_t budget = 0;
  std::string funding;
  std::string grade, went_well, to_change;  // grade "" until evaluated
  std::vector<Progress> progress;           // by date
  int LatestPercent() const { return progress.empty() ? -1 : progress.back().percent; }
};

struct Project {
  ProjectId id;
  PlanId plan_id;
  GoalId goal_id;
  std::string goal_text;
  std::string title, description;
  OrgId runner_id;
  std::string runner_name;
  OrgKind runner_kind = OrgKind::kCouncil;
  std::vector<std::pair<OrgId, std::string>> partners;  // id, name
  std::string youth_roles;
  int year_from = 0, year_to = 0;
  bool city_collaboration = false, life_support = false;
  OrgId council_id;
  // Of its plan ("" and none for a project directly under the region):
  std::string plan_name;
  RegionId region_id;
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

struct ProjectFilter {
  PlanId plan;
  RegionId region;
  int year = 0;      // active in this fiscal year (0: any)
  std::string flag;  // "", "city_collaboration", "life_support"
};
// A goal of one of a council's plans, with the plan's name (a project form's choices).
struct GoalOption {
  GoalId id;
  PlanId plan_id;
  GoalKind kind = GoalKind::kMust;
  std::string text, plan_name;
};
}  // namespace tsunagu::plans
