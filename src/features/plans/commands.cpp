#include "features/plans/commands.hpp"

#include <algorithm>
#include <set>

#include "features/plans/queries.hpp"
#include "features/plans/rules.hpp"
#include "features/training/commands.hpp"
#include "features/training/queries.hpp"
#include "platform/command.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::plans {
namespace {

constexpr int kMinYear = 2000, kMaxYear = 2100;
constexpr std::int64_t kMaxBudget = 10'000'000'000;  // 100億円

bool OneOf(const std::string& v, const auto& list) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* s) { return v == s; });
}

// The lines of a goal textarea, trimmed, without blanks.
std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    std::string line = text::Trim(s.substr(start, end - start));
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

// Validates the plan form into p (council excluded).
void CheckPlan(Validator& v, PlanForm& f, Plan& p, std::vector<std::string>& must,
               std::vector<std::string>& want) {
  v.Required("name", f.name, 100);
  p.name = f.name;
  p.year_from = static_cast<int>(Number(v, "year_from", f.year_from, kMinYear, kMaxYear));
  p.year_to = static_cast<int>(Number(v, "year_to", f.year_to, kMinYear, kMaxYear));
  if (!v.HasError("year_from") && !v.HasError("year_to")) {
    if (p.year_to < p.year_from) {
      v.Add("year_to", Msg("error.year_order"));
    } else if (p.year_to - p.year_from > 20) {
      v.Add("year_to", Msg("error.plan_too_long"));
    }
  }
  f.status = text::Trim(f.status);
  if (auto status = ParsePlanStatus(f.status)) {
    p.status = *status;
  } else {
    v.Add("status", Msg("error.choose"));
  }
  v.Optional("vision", f.vision, 2000);
  p.vision = f.vision;
  v.Optional("must_goals", f.must_goals, 4000);
  v.Optional("want_goals", f.want_goals, 4000);
  must = Lines(f.must_goals);
  want = Lines(f.want_goals);
  for (const auto* goals : {&must, &want}) {
    const char* field = goals == &must ? "must_goals" : "want_goals";
    if (goals->size() > 30) v.Add(field, Msg("error.too_many_goals"));
    for (const auto& g : *goals) {
      if (text::Length(g) > 200) v.Add(field, Msg("error.goal_too_long"));
    }
  }
  if (must.empty() && want.empty()) v.Add("must_goals", Msg("error.goal_required"));
}

// Loads the plan and checks that the actor may edit it.
Result<Plan> EditablePlan(const Ctx& ctx, store::Conn& c, const Actor& actor, PlanId id) {
  auto plan = store::FindPlan(c, ctx.municipality, id);
  if (!plan) return NotFound(Msg("error.not_found"));
  if (!CanEdit(actor, plan->region_id, plan->council_id)) return Forbidden(Msg("error.forbidden"));
  return *plan;
}

Result<Project> EditableProject(const Ctx& ctx, store::Conn& c, const Actor& actor, ProjectId id) {
  auto project = store::FindProject(c, ctx.municipality, id);
  if (!project) return NotFound(Msg("error.not_found"));
  if (!CanEdit(actor, project->region_id, project->council_id)) {
    return Forbidden(Msg("error.forbidden"));
  }
  return *project;
}

// A year not yet evaluated, with its project, which the actor may edit; an evaluated year is
// closed.
struct OpenYear {
  YearLine line;
  Project project;
};
Result<OpenYear> EditableOpenLine(const Ctx& ctx, store::Conn& c, const Actor& actor,
                                  YearLineId id) {
  auto l = store::FindLine(c, id);
  if (!l) return NotFound(Msg("error.not_found"));
  auto p = EditableProject(ctx, c, actor, l->project_id);
  if (!p) return p.error();
  if (!l->grade.empty()) return Conflict(Msg("error.line_evaluated"));
  return OpenYear{std::move(*l), std::move(*p)};
}

void CheckLine(Validator& v, LineForm& f, YearLine& l, const Project& p) {
  l.year = static_cast<int>(Number(v, "year", f.year, kMinYear, kMaxYear));
  if (!v.HasError("year") && p.year_from != 0 && !p.ActiveIn(l.year)) {
    v.Add("year", Msg("error.year_outside_project"));
  }
  v.Optional("target", f.target, 1000);
  l.target = f.target;
  l.budget = Number(v, "budget", f.budget, 0, kMaxBudget);
  f.funding = text::Trim(f.funding);
  if (!OneOf(f.funding, kFundings)) v.Add("funding", Msg("error.choose"));
  l.funding = f.funding;
}

// Validates a project form into p; the goal must be one of the council's (its plan becomes the
// project's), runner and partners among options.
void CheckProject(Validator& v, ProjectForm& f, Project& p, const std::vector<GoalOption>& goals,
                  const std::vector<Org>& options) {
  f.goal_id = text::Trim(f.goal_id);
  p.goal_id = GoalId{};
  if (!f.goal_id.empty()) {
    auto id = text::ParsePositiveInt(f.goal_id);
    auto it = std::find_if(goals.begin(), goals.end(),
                           [&](const GoalOption& g) { return id && g.id == GoalId{*id}; });
    if (it == goals.end() || (p.plan_id && it->plan_id != p.plan_id)) {
      v.Add("goal_id", Msg("error.choose"));
    } else {
      p.goal_id = it->id;
      p.plan_id = it->plan_id;
    }
  }
  v.Required("title", f.title, 100);
  p.title = f.title;
  v.Optional("description", f.description, 4000);
  p.description = f.description;
  auto in_options = [&](const std::string& raw) -> const Org* {
    auto id = text::ParsePositiveInt(text::Trim(raw));
    if (!id) return nullptr;
    for (const auto& o : options) {
      if (o.id == OrgId{*id}) return &o;
    }
    return nullptr;
  };
  if (text::Trim(f.runner_id).empty()) {
    v.Add("runner_id", Msg("error.runner_required"));
  } else if (const Org* o = in_options(f.runner_id)) {
    p.runner_id = o->id;
  } else {
    v.Add("runner_id", Msg("error.choose"));
  }
  p.partners.clear();
  for (const auto& raw : f.partner_ids) {
    const Org* o = in_options(raw);
    if (!o) {
      v.Add("partners", Msg("error.choose"));
    } else if (o->id != p.runner_id &&
               std::none_of(p.partners.begin(), p.partners.end(),
                            [&](const auto& x) { return x.first == o->id; })) {
      p.partners.emplace_back(o->id, o->name);
    }
  }
  v.Optional("youth_roles", f.youth_roles, 1000);
  p.youth_roles = f.youth_roles;
  p.year_from = static_cast<int>(Number(v, "year_from", f.year_from, kMinYear, kMaxYear));
  p.year_to = static_cast<int>(Number(v, "year_to", f.year_to, kMinYear, kMaxYear));
  if (!v.HasError("year_from") && !v.HasError("year_to") && p.year_to < p.year_from) {
    v.Add("year_to", Msg("error.year_order"));
  }
  p.city_collaboration = f.city_collaboration == "1";
  p.life_support = f.life_support == "1";
}

// The years of a project must keep the lines it has.
void CheckKeepsLines(Validator& v, const Project& old, const Project& p) {
  for (const auto& l : old.years) {
    if (!p.ActiveIn(l.year)) {
      v.Add("year_from", Msg("error.years_drop_lines"));
      return;
    }
  }
}

}  // namespace

int CurrentYear(const Clock& clock) { return FiscalYearOf(training::TodayJst(clock)); }

Result<PlanId> CreatePlan(const Ctx& ctx, const Actor& actor, PlanForm f) {
  Validator v;
  Plan p;
  std::vector<std::string> must, want;
  CheckPlan(v, f, p, must, want);
  auto council_id = text::ParsePositiveInt(text::Trim(f.council_id));
  const Command cmd{"plan.create", Login::kRequired, Lock::kWriters};
  return Run<PlanId>(ctx, actor, cmd, [&](Tx& tx) -> Result<PlanId> {
    store::Conn& c = tx.c;
    std::optional<Org> council;
    if (council_id) council = store::FindOrg(c, OrgId{*council_id});
    if (!council || council->kind != OrgKind::kCouncil) {
      v.Add("council_id", Msg("error.choose"));
      return v.Fail();
    }
    if (!CanEdit(actor, council->region_id, council->id)) {
      // Another council's plan: said next to the field, with the form
      // kept.
      v.Add("council_id", Msg("error.council_not_yours"));
      return v.Fail();
    }
    if (!v.ok()) return v.Fail();
    p.council_id = council->id;
    const auto id = store::InsertPlan(c, ctx.municipality, p, ctx.clock.Now());
    int pos = 0;
    for (const auto& g : must) store::InsertGoal(c, id, {{}, GoalKind::kMust, g}, pos++);
    for (const auto& g : want) store::InsertGoal(c, id, {{}, GoalKind::kWant, g}, pos++);
    tx.Audit("plan", id);
    return id;
  });
}

Result<void> UpdatePlan(const Ctx& ctx, const Actor& actor, PlanId id, PlanForm f) {
  const Command cmd{"plan.update", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto old = EditablePlan(ctx, c, actor, id);
    if (!old) return old.error();
    Validator v;
    Plan p = *old;
    std::vector<std::string> must, want;
    CheckPlan(v, f, p, must, want);
    // Goals by position within their kind: changed text keeps the goal and its
    // projects.
    struct Change {
      GoalId id;
      GoalKind kind;
      std::string text;
    };
    std::vector<Change> keep, add;
    std::vector<GoalId> remove;
    for (GoalKind kind : kGoalKinds) {
      const auto& lines = kind == GoalKind::kMust ? must : want;
      std::size_t i = 0;
      for (const auto& g : old->goals) {
        if (g.kind != kind) continue;
        if (i < lines.size()) {
          keep.push_back({g.id, kind, lines[i]});
        } else {
          remove.push_back(g.id);
        }
        ++i;
      }
      for (; i < lines.size(); ++i) add.push_back({GoalId{}, kind, lines[i]});
    }
    for (auto goal : remove) {
      if (store::CountProjectsOfGoal(c, goal) > 0) {
        v.Add("must_goals", Msg("error.goal_in_use"));
        break;
      }
    }
    if (!v.ok()) return v.Fail();
    store::UpdatePlan(c, p, ctx.clock.Now());
    for (const auto& k : keep) store::UpdateGoal(c, k.id, k.text);
    for (auto goal : remove) store::DeleteGoal(c, goal);
    int pos = static_cast<int>(old->goals.size());
    for (const auto& a : add) store::InsertGoal(c, id, {{}, a.kind, a.text}, pos++);
    tx.Audit("plan", id, std::string(ToString(p.status)));
    return {};
  });
}

Result<CommentId> AddComment(const Ctx& ctx, const Actor& actor, PlanId plan, std::string body) {
  Validator v;
  v.Required("body", body, 2000);
  const Command cmd{"plan.comment", Login::kRequired, Lock::kWriters};
  return Run<CommentId>(ctx, actor, cmd, [&](Tx& tx) -> Result<CommentId> {
    store::Conn& c = tx.c;
    auto p = store::FindPlan(c, ctx.municipality, plan);
    if (!p) return NotFound(Msg("error.not_found"));
    if (p->status != PlanStatus::kConsultation) return Conflict(Msg("error.plan_not_open"));
    if (!v.ok()) return v.Fail();
    const auto id = store::InsertComment(c, plan, actor.id, body, ctx.clock.Now());
    tx.Audit("plan", plan);
    return id;
  });
}

Result<void> AnswerComment(const Ctx& ctx, const Actor& actor, CommentId comment,
                           std::string answer) {
  Validator v;
  v.Required("answer", answer, 2000);
  const Command cmd{"plan.answer_comment", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto cm = store::FindComment(c, comment);
    if (!cm) return NotFound(Msg("error.not_found"));
    auto p = EditablePlan(ctx, c, actor, cm->plan_id);
    if (!p) return p.error();
    if (!v.ok()) return v.Fail();
    store::AnswerComment(c, comment, answer, ctx.clock.Now());
    tx.Audit("plan", cm->plan_id);
    return {};
  });
}

Result<ProjectId> CreateProjectIn(Tx& tx, OrgId council_id, PlanId plan, ProjectForm f) {
  store::Conn& c = tx.c;
  const Ctx& ctx = tx.ctx;
  auto council = store::FindOrg(c, council_id);
  if (!council || council->kind != OrgKind::kCouncil) return NotFound(Msg("error.not_found"));
  if (!CanEdit(tx.actor, council->region_id, council->id)) {
    return Forbidden(Msg("error.forbidden"));
  }
  const auto options = RunnerOptionsIn(ctx, c, council->region_id);
  const auto goals = store::ListCouncilGoals(c, council->id);
  Validator v;
  Project p;
  p.council_id = council->id;
  if (plan) {
    auto pl = store::FindPlan(c, ctx.municipality, plan);
    if (!pl || pl->council_id != council->id) return NotFound(Msg("error.not_found"));
    p.plan_id = plan;
  }
  CheckProject(v, f, p, goals, options);
  std::vector<YearLine> lines;
  std::set<int> years;
  for (auto& lf : f.lines) {
    YearLine line;
    CheckLine(v, lf, line, p);
    if (!v.HasError("year") && !years.insert(line.year).second) {
      v.Add("year", Msg("error.year_twice"));
    }
    lines.push_back(std::move(line));
  }
  if (!v.ok()) return v.Fail();
  const auto now = ctx.clock.Now();
  const auto id = store::InsertProject(c, p, now);
  for (const auto& line : lines) store::InsertLine(c, id, line, now);
  tx.Audit("project", id);
  return id;
}

Result<ProjectId> CreateProject(const Ctx& ctx, const Actor& actor, OrgId council_id, PlanId plan,
                                ProjectForm f) {
  const Command cmd{"project.create", Login::kRequired, Lock::kWriters};
  return Run<ProjectId>(
      ctx, actor, cmd, [&](Tx& tx) { return CreateProjectIn(tx, council_id, plan, std::move(f)); });
}

Result<void> UpdateProject(const Ctx& ctx, const Actor& actor, ProjectId project, ProjectForm f) {
  const Command cmd{"project.update", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto old = EditableProject(ctx, c, actor, project);
    if (!old) return old.error();
    const auto options = RunnerOptionsIn(ctx, c, old->region_id);
    const auto goals = store::ListCouncilGoals(c, old->council_id);
    Validator v;
    Project p = *old;
    p.plan_id = f.goal_id.empty() ? old->plan_id : PlanId{};  // a goal brings its plan
    CheckProject(v, f, p, goals, options);
    if (v.ok()) CheckKeepsLines(v, *old, p);
    if (!v.ok()) return v.Fail();
    store::UpdateProject(c, p, ctx.clock.Now());
    tx.Audit("project", project);
    return {};
  });
}

Result<YearLineId> AddLine(const Ctx& ctx, const Actor& actor, ProjectId project, LineForm f) {
  const Command cmd{"project.add_year", Login::kRequired, Lock::kWriters};
  return Run<YearLineId>(ctx, actor, cmd, [&](Tx& tx) -> Result<YearLineId> {
    store::Conn& c = tx.c;
    auto p = EditableProject(ctx, c, actor, project);
    if (!p) return p.error();
    Validator v;
    YearLine line;
    CheckLine(v, f, line, *p);
    if (!v.ok()) return v.Fail();
    // PDCA: the next year starts from the latest year's evaluation.
    if (!p->years.empty()) {
      const YearLine& last = p->years.back();
      if (line.year != last.year + 1) {
        v.Add("year", Msg("error.next_year_only"));
      } else if (last.grade.empty()) {
        v.Add("year", Msg("error.evaluate_first"));
      }
    }
    if (!v.ok()) return v.Fail();
    const auto id = store::InsertLine(c, project, line, ctx.clock.Now());
    tx.Audit("project", project, std::to_string(line.year));
    return id;
  });
}

Result<void> UpdateLine(const Ctx& ctx, const Actor& actor, YearLineId line, LineForm f) {
  const Command cmd{"project.update_year", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto open = EditableOpenLine(ctx, c, actor, line);
    if (!open) return open.error();
    const YearLine* l = &open->line;
    const Project* p = &open->project;
    Validator v;
    YearLine updated;
    f.year = std::to_string(l->year);  // the year itself stays
    CheckLine(v, f, updated, *p);
    if (!v.ok()) return v.Fail();
    store::UpdateLine(c, line, updated);
    tx.Audit("project", l->project_id, std::to_string(l->year));
    return {};
  });
}

Result<ProgressId> AddProgress(const Ctx& ctx, const Actor& actor, YearLineId line,
                               ProgressForm f) {
  const Command cmd{"project.progress", Login::kRequired, Lock::kWriters};
  return Run<ProgressId>(ctx, actor, cmd, [&](Tx& tx) -> Result<ProgressId> {
    store::Conn& c = tx.c;
    auto open = EditableOpenLine(ctx, c, actor, line);
    if (!open) return open.error();
    const YearLine* l = &open->line;
    Validator v;
    Progress g;
    f.date = text::Trim(text::Nfkc(f.date));
    const std::string today = training::TodayJst(ctx.clock);
    if (f.date.empty()) {
      v.Add("date", Msg("error.required"));
    } else if (!training::IsDate(f.date)) {
      v.Add("date", Msg("error.date"));
    } else if (FiscalYearOf(f.date) != l->year) {
      v.Add("date", Msg("error.date_outside_year"));
    } else if (f.date > today) {
      v.Add("date", Msg("error.date_future"));
    }
    g.on_date = f.date;
    g.percent = static_cast<int>(Number(v, "percent", f.percent, 0, 100));
    v.Optional("note", f.note, 2000);
    g.note = f.note;
    if (!v.ok()) return v.Fail();
    const auto id = store::InsertProgress(c, line, g, actor.id, ctx.clock.Now());
    tx.Audit("project", l->project_id, std::to_string(g.percent));
    return id;
  });
}

Result<void> Evaluate(const Ctx& ctx, const Actor& actor, YearLineId line, EvaluationForm f) {
  const Command cmd{"project.evaluate", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto open = EditableOpenLine(ctx, c, actor, line);
    if (!open) return open.error();
    const YearLine* l = &open->line;
    const Project* p = &open->project;
    Validator v;
    if (CurrentYear(ctx.clock) <= l->year) {
      v.Add("grade", Msg("error.evaluate_after_year"));
    } else if (const YearLine* open = p->OpenLine(); open && open->year < l->year) {
      v.Add("grade", Msg("error.evaluate_in_order"));
    }
    f.grade = text::Trim(f.grade);
    if (!OneOf(f.grade, kGrades)) v.Add("grade", Msg("error.choose"));
    v.Required("went_well", f.went_well, 2000);
    v.Required("to_change", f.to_change, 2000);
    if (!v.ok()) return v.Fail();
    store::SetEvaluation(c, line, f.grade, f.went_well, f.to_change, ctx.clock.Now());
    tx.Audit("project", l->project_id, f.grade);
    return {};
  });
}

}  // namespace tsunagu::plans
