// Regional plans (/plans, /plans/{id}, /projects/{id}), the yearly summaries (/plans/summary)
// and their JSON (/api/v1/plans, /api/v1/projects). All public to read; the forms are for a
// council's editors.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <variant>

#include "features/plans/commands.hpp"
#include "features/plans/queries.hpp"
#include "features/plans/routes.hpp"
#include "features/plans/views.hpp"
#include "features/training/commands.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;
using plans::CommentId;
using plans::FundingLabel;
using plans::GradeLabel;
using plans::Plan;
using plans::PlanId;
using plans::Project;
using plans::ProjectId;
using plans::YearLineId;
using plans::YearOptions;
using plans::YearParam;
using plans::Yen;

// The {id} of the path as the id of a plan, a comment, a project or a yearly line (nullopt unless
// a number > 0).
template <class IdT>
std::optional<IdT> IdParam(const RequestCtx& rc) {
  auto n = text::ParsePositiveInt(rc.params.at("id"));
  if (!n) return std::nullopt;
  return IdT{*n};
}

std::string Period(int from, int to) {
  std::string out = plans::YearLabel(from);
  out += "〜";
  out += plans::YearLabel(to);
  return out;
}

std::vector<std::pair<std::string, std::string>> Options(const auto& codes,
                                                         const std::string& prefix,
                                                         bool blank = true) {
  std::vector<std::pair<std::string, std::string>> out;
  if (blank) out.emplace_back("", Msg("field.choose"));
  for (const char* c : codes) out.emplace_back(c, Msg(prefix + c));
  return out;
}

// Councils whose plans the actor may write, as select options.
std::vector<std::pair<std::string, std::string>> EditableCouncils(App& app, const Actor& a) {
  std::vector<std::pair<std::string, std::string>> out;
  if (a.IsAnonymous()) return out;
  for (const auto& o : directory::ListOrgs(app.ctx(), std::nullopt, OrgKind::kCouncil)) {
    if (Can(a, Action::kEditPlan, Subject{o.region_id, o.id, o.kind})) {
      out.emplace_back(to_string(o.id), o.name);
    }
  }
  return out;
}

bool CanEdit(const RequestCtx& rc, const Plan& p) {
  return Can(rc.actor, Action::kEditPlan, Subject{p.region_id, p.council_id, OrgKind::kCouncil});
}
bool CanEdit(const RequestCtx& rc, const Project& p) {
  return Can(rc.actor, Action::kEditPlan, Subject{p.region_id, p.council_id, OrgKind::kCouncil});
}

// Failures of a form come back on its page; others become the error page.
bool ShowOnForm(const Failure& f) {
  return f.kind == FailureKind::kInvalid || f.kind == FailureKind::kConflict;
}

// ---------------------------------------------------------------- plans

Response PlansPage(App& app, RequestCtx& rc) {
  const std::string slug = QueryParam(rc.req, "region");
  RegionId region;
  if (!slug.empty()) {
    auto r = directory::FindRegionBySlug(app.ctx(), slug);
    if (!r) return app.ErrorPage(rc, 404, Msg("error.not_found"));
    region = r->id;
  }
  rc.cacheable = true;
  const auto list = plans::ListPlans(app.ctx(), region);
  const bool can_create = !EditableCouncils(app, rc.actor).empty();
  return app.Page(rc, 200, Msg("page.plans_title"), "plans/plans.tpl", [&](Dict& d) {
    AddField(d, {.name = "region",
                 .label = Msg("field.region"),
                 .type = "select",
                 .value = slug,
                 .options = [&] {
                   auto opts = RegionOptions(app, Msg("filter.all"));
                   // RegionOptions gives ids; the filter uses slugs.
                   std::vector<std::pair<std::string, std::string>> out{{"", Msg("filter.all")}};
                   for (const auto& r : directory::ListRegions(app.ctx())) {
                     out.emplace_back(r.slug, r.name);
                   }
                   return out;
                 }()});
    std::string last_region = "\x01";
    Dict* group = nullptr;
    for (const auto& p : list) {
      if (p.region_name != last_region) {
        group = d.AddSectionDictionary("REGION");
        group->SetValue("REGION_NAME", p.region_name);
        group->SetValue("REGION_SLUG", p.region_slug);
        last_region = p.region_name;
      }
      Dict* row = group->AddSectionDictionary("PLAN");
      row->SetIntValue("ID", p.id.value());
      row->SetValue("NAME", p.name);
      row->SetValue("PERIOD", Period(p.year_from, p.year_to));
      row->SetValue("STATUS", plans::Label(p.status));
      row->SetValue("STATUS_CODE", std::string(plans::ToString(p.status)));
      row->SetIntValue("PROJECTS", p.project_count);
    }
    if (list.empty()) d.ShowSection("NO_PLANS");
    if (can_create) d.ShowSection("CAN_CREATE");
  });
}

void PlanFields(App& app, RequestCtx& rc, Dict& d, const Plan* plan, const Failure* errors,
                bool with_council) {
  const bool posted = errors != nullptr;
  auto v = [&](const char* name, const std::string& current) {
    return posted ? FormValue(rc, name) : current;
  };
  const int year = plans::CurrentYear(app.ctx().clock);
  if (with_council) {
    auto councils = EditableCouncils(app, rc.actor);
    std::vector<std::pair<std::string, std::string>> options{{"", Msg("field.choose")}};
    options.insert(options.end(), councils.begin(), councils.end());
    AddField(d, {.name = "council_id",
                 .label = Msg("field.council"),
                 .type = "select",
                 .value = v("council_id", councils.size() == 1 ? councils.front().first : ""),
                 .error = FieldError(errors, "council_id"),
                 .required = true,
                 .options = options});
  }
  std::string must, want;
  if (plan) {
    for (const auto& g : plan->goals) {
      std::string& target = g.kind == plans::GoalKind::kMust ? must : want;
      target += g.text;
      target += '\n';
    }
  }
  AddField(d, {.name = "name",
               .label = Msg("field.plan_name"),
               .value = v("name", plan ? plan->name : ""),
               .hint = Msg("hint.plan_name"),
               .error = FieldError(errors, "name"),
               .required = true});
  AddField(d, {.name = "year_from",
               .label = Msg("field.year_from"),
               .type = "number",
               .value = v("year_from", std::to_string(plan ? plan->year_from : year)),
               .hint = Msg("hint.fiscal_year"),
               .error = FieldError(errors, "year_from"),
               .required = true});
  AddField(d, {.name = "year_to",
               .label = Msg("field.year_to"),
               .type = "number",
               .value = v("year_to", std::to_string(plan ? plan->year_to : year + 4)),
               .error = FieldError(errors, "year_to"),
               .required = true});
  AddField(d, {.name = "status",
               .label = Msg("field.plan_status"),
               .type = "select",
               .value = v("status", std::string(plans::ToString(
                                        plan ? plan->status : plans::PlanStatus::kDrafting))),
               .hint = Msg("hint.plan_status"),
               .error = FieldError(errors, "status"),
               .required = true,
               .options = Options(plans::kStatuses, "plan_status.", false)});
  AddField(d, {.name = "vision",
               .label = Msg("field.vision"),
               .type = "textarea",
               .value = v("vision", plan ? plan->vision : ""),
               .error = FieldError(errors, "vision")});
  AddField(d, {.name = "must_goals",
               .label = Msg("field.must_goals"),
               .type = "textarea",
               .value = v("must_goals", must),
               .hint = Msg("hint.goals"),
               .error = FieldError(errors, "must_goals")});
  AddField(d, {.name = "want_goals",
               .label = Msg("field.want_goals"),
               .type = "textarea",
               .value = v("want_goals", want),
               .hint = Msg("hint.goals"),
               .error = FieldError(errors, "want_goals")});
}

plans::PlanForm ReadPlanForm(const RequestCtx& rc) {
  return {FormValue(rc, "council_id"), FormValue(rc, "name"),      FormValue(rc, "year_from"),
          FormValue(rc, "year_to"),    FormValue(rc, "status"),    FormValue(rc, "vision"),
          FormValue(rc, "must_goals"), FormValue(rc, "want_goals")};
}

Response NewPlanPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (EditableCouncils(app, rc.actor).empty()) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  return app.Page(
      rc, status, Msg("page.plan_new_title"), "plans/plan_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", Msg("page.plan_new_title"));
        d.SetValue("ACTION", "/plans");
        d.SetValue("BACK", "/plans");
        PlanFields(app, rc, d, nullptr, errors, true);
      },
      errors);
}

Response GetNewPlan(App& app, RequestCtx& rc) { return NewPlanPage(app, rc, 200, nullptr); }

Response PostPlan(App& app, RequestCtx& rc) {
  auto r = plans::CreatePlan(app.ctx(), rc.actor, ReadPlanForm(rc));
  if (!r) {
    const Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    return NewPlanPage(app, rc, App::StatusFor(err.kind), &err);
  }
  return app.RedirectWithFlash(rc, "/plans/" + to_string(*r), "plan_saved");
}

Response EditPlanPage(App& app, RequestCtx& rc, PlanId id, int status, const Failure* errors) {
  auto plan = plans::GetPlan(app.ctx(), id);
  if (!plan) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!CanEdit(rc, *plan)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  return app.Page(
      rc, status, Msg("page.plan_edit_title"), "plans/plan_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", plan->name);
        d.SetValue("ACTION", "/plans/" + to_string(id) + "/edit");
        d.SetValue("BACK", "/plans/" + to_string(id));
        d.ShowSection("EDITING");
        PlanFields(app, rc, d, &*plan, errors, false);
      },
      errors);
}

Response GetEditPlan(App& app, RequestCtx& rc) {
  auto id = IdParam<PlanId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return EditPlanPage(app, rc, *id, 200, nullptr);
}

Response PostEditPlan(App& app, RequestCtx& rc) {
  auto id = IdParam<PlanId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = plans::UpdatePlan(app.ctx(), rc.actor, *id, ReadPlanForm(rc));
  if (!r) {
    const Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    return EditPlanPage(app, rc, *id, App::StatusFor(err.kind), &err);
  }
  return app.RedirectWithFlash(rc, "/plans/" + to_string(*id), "plan_saved");
}

void ProjectRow(Dict* row, const Project& p, int year) {
  row->SetIntValue("PROJECT_ID", p.id.value());
  row->SetValue("TITLE", p.title);
  row->SetValue("RUNNER", p.runner_name);
  row->SetValue("RUNNER_KIND", Label(p.runner_kind));
  row->SetValue("PROJECT_PERIOD", Period(p.year_from, p.year_to));
  if (p.city_collaboration) row->ShowSection("CITY_COLLABORATION");
  if (p.life_support) row->ShowSection("LIFE_SUPPORT");
  if (const auto* l = p.Line(year)) {
    row->SetValue("TARGET", l->target);
    row->SetValue("BUDGET", Yen(l->budget));
    row->SetValue("FUNDING", FundingLabel(l->funding));
    row->SetValue("PROGRESS", l->LatestPercent() < 0 ? Msg("progress.none")
                                                     : std::to_string(l->LatestPercent()) + "%");
    row->SetValue("GRADE", GradeLabel(l->grade));
  } else {
    row->SetValue("TARGET", Msg("line.none"));
    row->SetValue("BUDGET", "");
    row->SetValue("PROGRESS", "");
    row->SetValue("GRADE", "");
  }
}

// failed_comment: whose form failed: none (nullopt), the new comment's (CommentId{}), or the
// answer to that comment.
Response PlanPage(App& app, RequestCtx& rc, PlanId id, int status, const Failure* errors,
                  std::optional<CommentId> failed_comment) {
  auto plan = plans::GetPlan(app.ctx(), id);
  if (!plan) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  plans::ProjectFilter f;
  f.plan = id;
  const auto projects = plans::ListProjects(app.ctx(), f);
  const auto comments = plans::ListComments(app.ctx(), id);
  const bool edit = CanEdit(rc, *plan);
  const int year = std::clamp(plans::CurrentYear(app.ctx().clock), plan->year_from, plan->year_to);
  return app.Page(
      rc, status, plan->name, "plans/plan.tpl",
      [&](Dict& d) {
        d.SetIntValue("ID", plan->id.value());
        d.SetValue("NAME", plan->name);
        d.SetValue("REGION_NAME", plan->region_name);
        d.SetValue("REGION_SLUG", plan->region_slug);
        d.SetValue("COUNCIL", plan->council_name);
        d.SetIntValue("COUNCIL_ID", plan->council_id.value());
        d.SetValue("PERIOD", Period(plan->year_from, plan->year_to));
        d.SetValue("STATUS", plans::Label(plan->status));
        d.SetValue("STATUS_CODE", std::string(plans::ToString(plan->status)));
        d.SetValue("VISION", plan->vision.empty() ? Msg("plan.no_vision") : plan->vision);
        d.SetIntValue("YEAR", year);
        d.SetValue("YEAR_LABEL", plans::YearLabel(year));
        for (plans::GoalKind kind : plans::kGoalKinds) {
          Dict* sec = d.AddSectionDictionary("GOAL_KIND");
          sec->SetValue("KIND_LABEL", plans::Label(kind));
          bool any = false;
          for (const auto& g : plan->goals) {
            if (g.kind != kind) continue;
            any = true;
            Dict* gd = sec->AddSectionDictionary("GOAL");
            gd->SetValue("GOAL_TEXT", g.text);
            for (const auto& p : projects) {
              if (p.goal_id != g.id) continue;
              ProjectRow(gd->AddSectionDictionary("PROJECT"), p, year);
            }
          }
          if (!any) sec->ShowSection("NO_GOALS");
        }
        if (projects.empty()) d.ShowSection("NO_PROJECTS");
        if (edit) d.ShowSection("CAN_EDIT");
        // Public comment (意見募集).
        const bool open = plan->status == plans::PlanStatus::kConsultation;
        if (open || !comments.empty()) {
          Dict* cs = d.AddSectionDictionary("COMMENTS");
          if (open) cs->ShowSection("OPEN");
          for (const auto& c : comments) {
            Dict* cd = cs->AddSectionDictionary("COMMENT");
            cd->SetIntValue("COMMENT_ID", c.id.value());
            cd->SetValue("BODY", c.body);
            cd->SetValue("POSTED_ON", training::DateJst(c.created_at));
            if (!c.answer.empty()) {
              Dict* ad = cd->AddSectionDictionary("ANSWER");
              ad->SetValue("ANSWER_TEXT", c.answer);
              ad->SetValue("ANSWERED_ON", training::DateJst(c.answered_at));
            } else if (edit) {
              Dict* form = cd->AddSectionDictionary("ANSWER_FORM");
              const bool mine = failed_comment == c.id;
              const std::string name = "answer-" + to_string(c.id);
              AddField(*form,
                       {.name = name,
                        .label = Msg("field.answer"),
                        .type = "textarea",
                        .value = mine ? FormValue(rc, name) : "",
                        .error = mine ? FieldError(errors, name) : "",
                        .required = true},
                       "ANSWER_FIELDS");
            }
          }
          if (comments.empty()) cs->ShowSection("NO_COMMENTS");
          if (open && !rc.actor.IsAnonymous()) {
            Dict* form = cs->AddSectionDictionary("COMMENT_FORM");
            AddField(*form,
                     {.name = "body",
                      .label = Msg("field.comment"),
                      .type = "textarea",
                      .value = failed_comment == CommentId{} ? FormValue(rc, "body") : "",
                      .hint = Msg("hint.comment"),
                      .error = failed_comment == CommentId{} ? FieldError(errors, "body") : "",
                      .required = true},
                     "COMMENT_FIELDS");
          } else if (open) {
            cs->ShowSection("LOGIN_TO_COMMENT");
          }
        }
      },
      errors);
}

Response GetPlan(App& app, RequestCtx& rc) {
  auto id = IdParam<PlanId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return PlanPage(app, rc, *id, 200, nullptr, std::nullopt);
}

Response PostComment(App& app, RequestCtx& rc) {
  auto id = IdParam<PlanId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = plans::AddComment(app.ctx(), rc.actor, *id, FormValue(rc, "body"));
  if (!r) {
    const Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    return PlanPage(app, rc, *id, App::StatusFor(err.kind), &err, CommentId{});
  }
  return app.RedirectWithFlash(rc, "/plans/" + to_string(*id) + "#comments", "comment_posted");
}

Response PostAnswer(App& app, RequestCtx& rc) {
  auto id = IdParam<CommentId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  // Each comment's answer box has its own name, so that ids stay unique on the page.
  const std::string field = "answer-" + to_string(*id);
  auto r = plans::AnswerComment(app.ctx(), rc.actor, *id, FormValue(rc, field));
  const auto cm = plans::FindComment(app.ctx(), *id);
  const PlanId plan = cm ? cm->plan_id : PlanId{};
  if (!r) {
    Failure err = r.error();
    if (!ShowOnForm(err) || !plan) return app.ErrorPage(rc, err);
    if (auto it = err.fields.find("answer"); it != err.fields.end()) {
      err.fields.emplace(field, it->second);
      err.fields.erase("answer");
    }
    return PlanPage(app, rc, plan, App::StatusFor(err.kind), &err, *id);
  }
  return app.RedirectWithFlash(rc, "/plans/" + to_string(plan) + "#comments", "answer_posted");
}

// ---------------------------------------------------------------- projects

// The project form's fields. The goals offered are those of `plan` (when the project is created
// under it) or of every plan of the council.
void ProjectFields(App& app, RequestCtx& rc, Dict& d, OrgId council, RegionId region, PlanId plan,
                   int year_from, int year_to, const Project* p, const Failure* errors) {
  const bool posted = errors != nullptr;
  auto v = [&](const char* name, const std::string& current) {
    return posted ? FormValue(rc, name) : current;
  };
  std::vector<std::pair<std::string, std::string>> goals{{"", Msg("field.no_goal")}};
  for (const auto& g : plans::CouncilGoals(app.ctx(), council)) {
    if (plan && g.plan_id != plan) continue;
    std::string label = plans::Label(g.kind);
    label += "：";
    label += g.text;
    if (!plan) {
      label += "（";
      label += g.plan_name;
      label += "）";
    }
    goals.emplace_back(to_string(g.id), label);
  }
  AddField(d, {.name = "goal_id",
               .label = Msg("field.goal"),
               .type = "select",
               .value = v("goal_id", p && p->goal_id ? to_string(p->goal_id) : ""),
               .hint = Msg("hint.goal"),
               .error = FieldError(errors, "goal_id"),
               .options = goals});
  AddField(d, {.name = "title",
               .label = Msg("field.project_title"),
               .value = v("title", p ? p->title : ""),
               .error = FieldError(errors, "title"),
               .required = true});
  AddField(d, {.name = "description",
               .label = Msg("field.description"),
               .type = "textarea",
               .value = v("description", p ? p->description : ""),
               .error = FieldError(errors, "description")});
  const auto bodies = plans::RunnerOptions(app.ctx(), region);
  std::vector<std::pair<std::string, std::string>> runners{{"", Msg("field.choose")}}, partners;
  for (const auto& o : bodies) {
    std::string label = o.name;
    label += "（";
    label += Label(o.kind);
    label += "）";
    runners.emplace_back(to_string(o.id), label);
    partners.emplace_back(to_string(o.id), label);
  }
  AddField(d, {.name = "runner_id",
               .label = Msg("field.runner"),
               .type = "select",
               .value = v("runner_id", to_string(p ? p->runner_id : council)),
               .hint = Msg("hint.runner"),
               .error = FieldError(errors, "runner_id"),
               .required = true,
               .options = runners});
  std::vector<std::string> checked;
  if (posted) {
    for (const auto& [key, value] : rc.form) {
      if (key.starts_with("partners:") && value == "1") checked.push_back(key.substr(9));
    }
  } else if (p) {
    for (const auto& partner : p->partners) checked.push_back(to_string(partner.first));
  }
  AddField(d, {.name = "partners",
               .label = Msg("field.partners"),
               .type = "checkboxes",
               .hint = Msg("hint.partners"),
               .error = FieldError(errors, "partners"),
               .options = partners,
               .checked = checked});
  AddField(d, {.name = "youth_roles",
               .label = Msg("field.youth_roles"),
               .type = "textarea",
               .value = v("youth_roles", p ? p->youth_roles : ""),
               .hint = Msg("hint.youth_roles"),
               .error = FieldError(errors, "youth_roles")});
  const int now = plans::CurrentYear(app.ctx().clock);
  const int year = now < year_from ? year_from : (now > year_to ? year_to : now);
  AddField(d, {.name = "year_from",
               .label = Msg("field.project_year_from"),
               .type = "number",
               .value = v("year_from", std::to_string(p ? p->year_from : year)),
               .hint = Msg("hint.fiscal_year"),
               .error = FieldError(errors, "year_from"),
               .required = true});
  AddField(d, {.name = "year_to",
               .label = Msg("field.project_year_to"),
               .type = "number",
               .value = v("year_to", std::to_string(p ? p->year_to : year_to)),
               .error = FieldError(errors, "year_to"),
               .required = true});
  std::vector<std::string> flags;
  if (posted) {
    for (const char* f : {"city_collaboration", "life_support"}) {
      if (FormValue(rc, std::string("flags:") + f) == "1") flags.push_back(f);
    }
  } else if (p) {
    if (p->city_collaboration) flags.push_back("city_collaboration");
    if (p->life_support) flags.push_back("life_support");
  }
  AddField(d, {.name = "flags",
               .label = Msg("field.flags"),
               .type = "checkboxes",
               .hint = Msg("hint.flags"),
               .options = {{"city_collaboration", Msg("flag.city_collaboration")},
                           {"life_support", Msg("flag.life_support")}},
               .checked = flags});
  if (!p) {
    AddField(d, {.name = "year",
                 .label = Msg("field.line_year"),
                 .type = "number",
                 .value = v("year", std::to_string(year)),
                 .hint = Msg("hint.line_year"),
                 .error = FieldError(errors, "year"),
                 .required = true});
    AddField(d, {.name = "target",
                 .label = Msg("field.line_target"),
                 .type = "textarea",
                 .value = v("target", ""),
                 .hint = Msg("hint.line_target"),
                 .error = FieldError(errors, "target")});
    AddField(d, {.name = "budget",
                 .label = Msg("field.budget"),
                 .value = v("budget", ""),
                 .hint = Msg("hint.budget"),
                 .error = FieldError(errors, "budget"),
                 .required = true});
    AddField(d, {.name = "funding",
                 .label = Msg("field.funding"),
                 .type = "select",
                 .value = v("funding", ""),
                 .error = FieldError(errors, "funding"),
                 .required = true,
                 .options = Options(plans::kFundings, "funding.")});
  }
}

plans::ProjectForm ReadProjectForm(const RequestCtx& rc) {
  plans::ProjectForm f;
  f.goal_id = FormValue(rc, "goal_id");
  f.title = FormValue(rc, "title");
  f.description = FormValue(rc, "description");
  f.runner_id = FormValue(rc, "runner_id");
  for (const auto& [key, value] : rc.form) {
    if (key.starts_with("partners:") && value == "1") f.partner_ids.push_back(key.substr(9));
  }
  f.youth_roles = FormValue(rc, "youth_roles");
  f.year_from = FormValue(rc, "year_from");
  f.year_to = FormValue(rc, "year_to");
  f.city_collaboration = FormValue(rc, "flags:city_collaboration");
  f.life_support = FormValue(rc, "flags:life_support");
  f.lines = {{FormValue(rc, "year"), FormValue(rc, "target"), FormValue(rc, "budget"),
              FormValue(rc, "funding")}};
  return f;
}

// The form for a new project under a plan, or to edit a project.
Response ProjectFormPage(App& app, RequestCtx& rc, const Plan* plan, const Project* p, int status,
                         const Failure* errors) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const OrgId council = p ? p->council_id : plan->council_id;
  const RegionId region = p ? p->region_id : plan->region_id;
  if (!plans::CanEdit(rc.actor, region, council)) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  const std::string title = Msg(p ? "page.project_edit_title" : "page.project_new_title");
  return app.Page(
      rc, status, title, "plans/project_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", p ? p->title : title);
        const PlanId plan_id = p ? p->plan_id : plan->id;
        if (plan_id) {
          Dict* link = d.AddSectionDictionary("PLAN_LINK");
          link->SetIntValue("PLAN_ID", plan_id.value());
          link->SetValue("PLAN_NAME", p ? p->plan_name : plan->name);
        }
        d.SetValue("ACTION", p ? "/projects/" + to_string(p->id) + "/edit"
                               : "/plans/" + to_string(plan->id) + "/projects");
        d.SetValue("BACK", p ? "/projects/" + to_string(p->id) : "/plans/" + to_string(plan->id));
        if (!p) d.ShowSection("FIRST_LINE");
        ProjectFields(app, rc, d, council, region, p ? PlanId{} : plan->id,
                      p ? p->year_from : plan->year_from, p ? p->year_to : plan->year_to, p,
                      errors);
      },
      errors);
}

Response GetNewProject(App& app, RequestCtx& rc) {
  auto id = IdParam<PlanId>(rc);
  auto plan = id ? plans::GetPlan(app.ctx(), *id) : std::nullopt;
  if (!plan) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return ProjectFormPage(app, rc, &*plan, nullptr, 200, nullptr);
}

Response PostProject(App& app, RequestCtx& rc) {
  auto id = IdParam<PlanId>(rc);
  auto plan = id ? plans::GetPlan(app.ctx(), *id) : std::nullopt;
  if (!plan) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r =
      plans::CreateProject(app.ctx(), rc.actor, plan->council_id, plan->id, ReadProjectForm(rc));
  if (!r) {
    const Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    return ProjectFormPage(app, rc, &*plan, nullptr, App::StatusFor(err.kind), &err);
  }
  return app.RedirectWithFlash(rc, "/projects/" + to_string(*r), "project_saved");
}

Response GetEditProject(App& app, RequestCtx& rc) {
  auto id = IdParam<ProjectId>(rc);
  auto p = id ? plans::GetProject(app.ctx(), *id) : std::nullopt;
  if (!p) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return ProjectFormPage(app, rc, nullptr, &*p, 200, nullptr);
}

Response PostEditProject(App& app, RequestCtx& rc) {
  auto id = IdParam<ProjectId>(rc);
  auto p = id ? plans::GetProject(app.ctx(), *id) : std::nullopt;
  if (!p) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = plans::UpdateProject(app.ctx(), rc.actor, *id, ReadProjectForm(rc));
  if (!r) {
    const Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    return ProjectFormPage(app, rc, nullptr, &*p, App::StatusFor(err.kind), &err);
  }
  return app.RedirectWithFlash(rc, "/projects/" + to_string(*id), "project_saved");
}

// Which form of the project page failed.
enum class LineFormKind { kNone, kProgress, kEvaluation, kNextYear, kLineEdit };

// failed_line: the line whose correction form failed (kLineEdit).
Response ProjectPage(App& app, RequestCtx& rc, ProjectId id, int status, const Failure* errors,
                     LineFormKind failed, YearLineId failed_line = YearLineId{}) {
  auto p = plans::GetProject(app.ctx(), id);
  if (!p) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const bool edit = CanEdit(rc, *p);
  const int now_year = plans::CurrentYear(app.ctx().clock);
  auto err = [&](LineFormKind k, const char* field) {
    return failed == k ? FieldError(errors, field) : std::string();
  };
  auto val = [&](LineFormKind k, const char* field, const std::string& dflt) {
    return failed == k ? FormValue(rc, field) : dflt;
  };
  return app.Page(
      rc, status, p->title, "plans/project.tpl",
      [&](Dict& d) {
        d.SetIntValue("ID", p->id.value());
        d.SetValue("TITLE", p->title);
        if (p->plan_id) {
          Dict* link = d.AddSectionDictionary("PLAN_LINK");
          link->SetIntValue("PLAN_ID", p->plan_id.value());
          link->SetValue("PLAN_NAME", p->plan_name);
        } else {
          d.ShowSection("NO_PLAN");
        }
        d.SetValue("REGION_NAME", p->region_name);
        d.SetValue("REGION_SLUG", p->region_slug);
        d.SetValue("GOAL", p->goal_text.empty() ? Msg("project.no_goal") : p->goal_text);
        d.SetValue("DESCRIPTION", p->description);
        d.SetValue("RUNNER", p->runner_name);
        d.SetIntValue("RUNNER_ID", p->runner_id.value());
        d.SetValue("RUNNER_KIND", Label(p->runner_kind));
        std::string partners;
        for (const auto& partner : p->partners) {
          if (!partners.empty()) partners += "、";
          partners += partner.second;
        }
        d.SetValue("PARTNERS", partners.empty() ? Msg("project.no_partners") : partners);
        d.SetValue("YOUTH", p->youth_roles.empty() ? Msg("project.no_youth") : p->youth_roles);
        d.SetValue("PERIOD", Period(p->year_from, p->year_to));
        if (p->city_collaboration) d.ShowSection("CITY_COLLABORATION");
        if (p->life_support) d.ShowSection("LIFE_SUPPORT");
        if (!p->city_collaboration && !p->life_support) d.ShowSection("NO_FLAGS");
        if (edit) d.ShowSection("CAN_EDIT");
        const plans::YearLine* latest = p->years.empty() ? nullptr : &p->years.back();
        const plans::YearLine* open = p->OpenLine();  // progress and evaluation go here
        for (auto it = p->years.rbegin(); it != p->years.rend(); ++it) {
          const auto& l = *it;
          Dict* ld = d.AddSectionDictionary("LINE");
          ld->SetIntValue("LINE_ID", l.id.value());
          ld->SetIntValue("LINE_YEAR", l.year);
          ld->SetValue("LINE_YEAR_LABEL", plans::YearLabel(l.year));
          ld->SetValue("TARGET", l.target);
          ld->SetValue("BUDGET", Yen(l.budget));
          ld->SetValue("FUNDING", FundingLabel(l.funding));
          Dict* list = l.progress.empty() ? nullptr : ld->AddSectionDictionary("PROGRESS_LIST");
          for (const auto& g : l.progress) {
            Dict* gd = list->AddSectionDictionary("PROGRESS");
            gd->SetValue("DATE", g.on_date);
            gd->SetIntValue("PERCENT", g.percent);
            gd->SetValue("NOTE", g.note);
          }
          if (l.progress.empty()) ld->ShowSection("NO_PROGRESS");
          if (!l.grade.empty()) {
            Dict* ed = ld->AddSectionDictionary("EVALUATION");
            ed->SetValue("GRADE", GradeLabel(l.grade));
            ed->SetValue("WENT_WELL", l.went_well);
            ed->SetValue("TO_CHANGE", l.to_change);
          } else if (l.year >= now_year) {
            ld->ShowSection("EVALUATION_LATER");
          } else {
            ld->ShowSection("NOT_EVALUATED");
          }
          if (edit && l.grade.empty()) {
            // Correcting the year's target, budget and funding until it is evaluated. The
            // fields carry the line's id, so that ids stay unique on the page.
            Dict* ef = ld->AddSectionDictionary("LINE_EDIT");
            const bool mine = failed == LineFormKind::kLineEdit && failed_line == l.id;
            const std::string sfx = "-" + to_string(l.id);
            auto lv = [&](const std::string& n, const std::string& dflt) {
              return mine ? FormValue(rc, n + sfx) : dflt;
            };
            auto le = [&](const std::string& n) {
              return mine ? FieldError(errors, n + sfx) : std::string();
            };
            if (mine) ef->ShowSection("OPEN_DETAILS");
            AddField(*ef,
                     {.name = "target" + sfx,
                      .label = Msg("field.line_target"),
                      .type = "textarea",
                      .value = lv("target", l.target),
                      .error = le("target")},
                     "LINE_EDIT_FIELDS");
            AddField(*ef,
                     {.name = "budget" + sfx,
                      .label = Msg("field.budget"),
                      .value = lv("budget", std::to_string(l.budget)),
                      .hint = Msg("hint.budget"),
                      .error = le("budget"),
                      .required = true},
                     "LINE_EDIT_FIELDS");
            AddField(*ef,
                     {.name = "funding" + sfx,
                      .label = Msg("field.funding"),
                      .type = "select",
                      .value = lv("funding", l.funding),
                      .error = le("funding"),
                      .required = true,
                      .options = Options(plans::kFundings, "funding.")},
                     "LINE_EDIT_FIELDS");
          }
          if (!edit || &l != open || l.year > now_year) continue;
          // The forms of the open line: progress, year-end evaluation.
          {
            Dict* pf = ld->AddSectionDictionary("PROGRESS_FORM");
            const std::string today = training::TodayJst(app.ctx().clock);
            const std::string end = plans::FiscalYearEnd(l.year);
            AddField(*pf,
                     {.name = "date",
                      .label = Msg("field.progress_date"),
                      .type = "date",
                      .value = val(LineFormKind::kProgress, "date", std::min(today, end)),
                      .hint = Msg("hint.date"),
                      .error = err(LineFormKind::kProgress, "date"),
                      .required = true},
                     "PROGRESS_FIELDS");
            AddField(*pf,
                     {.name = "percent",
                      .label = Msg("field.percent"),
                      .type = "number",
                      .value = val(LineFormKind::kProgress, "percent", ""),
                      .hint = Msg("hint.percent"),
                      .error = err(LineFormKind::kProgress, "percent"),
                      .required = true},
                     "PROGRESS_FIELDS");
            AddField(*pf,
                     {.name = "note",
                      .label = Msg("field.progress_note"),
                      .type = "textarea",
                      .value = val(LineFormKind::kProgress, "note", ""),
                      .error = err(LineFormKind::kProgress, "note")},
                     "PROGRESS_FIELDS");
            if (l.year < now_year || failed == LineFormKind::kEvaluation) {
              Dict* ef = ld->AddSectionDictionary("EVALUATION_FORM");
              AddField(*ef,
                       {.name = "grade",
                        .label = Msg("field.grade"),
                        .type = "select",
                        .value = val(LineFormKind::kEvaluation, "grade", ""),
                        .error = err(LineFormKind::kEvaluation, "grade"),
                        .required = true,
                        .options = Options(plans::kGrades, "grade.")},
                       "EVALUATION_FIELDS");
              AddField(*ef,
                       {.name = "went_well",
                        .label = Msg("field.went_well"),
                        .type = "textarea",
                        .value = val(LineFormKind::kEvaluation, "went_well", ""),
                        .error = err(LineFormKind::kEvaluation, "went_well"),
                        .required = true},
                       "EVALUATION_FIELDS");
              AddField(*ef,
                       {.name = "to_change",
                        .label = Msg("field.to_change"),
                        .type = "textarea",
                        .value = val(LineFormKind::kEvaluation, "to_change", ""),
                        .hint = Msg("hint.to_change"),
                        .error = err(LineFormKind::kEvaluation, "to_change"),
                        .required = true},
                       "EVALUATION_FIELDS");
            }
          }
        }
        if (p->years.empty()) d.ShowSection("NO_LINES");
        // The next year's line starts from the latest evaluation.
        if (edit &&
            ((latest && !latest->grade.empty() && latest->year < p->year_to) ||
             (!latest && failed == LineFormKind::kNone) || failed == LineFormKind::kNextYear)) {
          Dict* nf = d.AddSectionDictionary("NEXT_FORM");
          const int next = latest ? latest->year + 1 : p->year_from;
          nf->SetValue("NEXT_YEAR_LABEL", plans::YearLabel(next));
          if (latest && !latest->grade.empty()) {
            Dict* from = nf->AddSectionDictionary("FROM_EVALUATION");
            from->SetValue("PREV_YEAR_LABEL", plans::YearLabel(latest->year));
            from->SetValue("PREV_GRADE", GradeLabel(latest->grade));
            from->SetValue("PREV_TO_CHANGE", latest->to_change);
          }
          AddField(*nf,
                   {.name = "year",
                    .label = Msg("field.line_year"),
                    .type = "number",
                    .value = val(LineFormKind::kNextYear, "year", std::to_string(next)),
                    .error = err(LineFormKind::kNextYear, "year"),
                    .required = true},
                   "NEXT_FIELDS");
          AddField(
              *nf,
              {.name = "target",
               .label = Msg("field.line_target"),
               .type = "textarea",
               .value = val(LineFormKind::kNextYear, "target", latest ? latest->to_change : ""),
               .hint = Msg("hint.next_target"),
               .error = err(LineFormKind::kNextYear, "target")},
              "NEXT_FIELDS");
          AddField(*nf,
                   {.name = "budget",
                    .label = Msg("field.budget"),
                    .value = val(LineFormKind::kNextYear, "budget",
                                 latest ? std::to_string(latest->budget) : ""),
                    .hint = Msg("hint.budget"),
                    .error = err(LineFormKind::kNextYear, "budget"),
                    .required = true},
                   "NEXT_FIELDS");
          AddField(*nf,
                   {.name = "funding",
                    .label = Msg("field.funding"),
                    .type = "select",
                    .value = val(LineFormKind::kNextYear, "funding", latest ? latest->funding : ""),
                    .error = err(LineFormKind::kNextYear, "funding"),
                    .required = true,
                    .options = Options(plans::kFundings, "funding.")},
                   "NEXT_FIELDS");
        }
      },
      errors);
}

Response GetProject(App& app, RequestCtx& rc) {
  auto id = IdParam<ProjectId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return ProjectPage(app, rc, *id, 200, nullptr, LineFormKind::kNone);
}

// The project of a yearly line (none when unknown).
ProjectId ProjectOfLine(App& app, std::optional<YearLineId> line) {
  if (!line) return ProjectId{};
  auto l = plans::FindLine(app.ctx(), *line);
  return l ? l->project_id : ProjectId{};
}

template <class R>
Response AfterLineForm(App& app, RequestCtx& rc, ProjectId project, const R& r, LineFormKind k,
                       const char* flash) {
  if (!r) {
    const Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    return ProjectPage(app, rc, project, App::StatusFor(err.kind), &err, k);
  }
  return app.RedirectWithFlash(rc, "/projects/" + to_string(project), flash);
}

Response PostLine(App& app, RequestCtx& rc) {
  auto id = IdParam<ProjectId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = plans::AddLine(app.ctx(), rc.actor, *id,
                          {FormValue(rc, "year"), FormValue(rc, "target"), FormValue(rc, "budget"),
                           FormValue(rc, "funding")});
  return AfterLineForm(app, rc, *id, r, LineFormKind::kNextYear, "line_added");
}

Response PostLineEdit(App& app, RequestCtx& rc) {
  auto id = IdParam<YearLineId>(rc);
  const ProjectId project = ProjectOfLine(app, id);
  if (!project) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const std::string sfx = "-" + to_string(*id);
  auto r = plans::UpdateLine(app.ctx(), rc.actor, *id,
                             {"", FormValue(rc, "target" + sfx), FormValue(rc, "budget" + sfx),
                              FormValue(rc, "funding" + sfx)});
  if (!r) {
    Failure err = r.error();
    if (!ShowOnForm(err)) return app.ErrorPage(rc, err);
    std::map<std::string, std::string> fields;
    for (const auto& [k, v] : err.fields) fields.emplace(k + sfx, v);
    err.fields = std::move(fields);
    return ProjectPage(app, rc, project, App::StatusFor(err.kind), &err, LineFormKind::kLineEdit,
                       *id);
  }
  return app.RedirectWithFlash(rc, "/projects/" + to_string(project), "line_saved");
}

Response PostProgress(App& app, RequestCtx& rc) {
  auto id = IdParam<YearLineId>(rc);
  const ProjectId project = ProjectOfLine(app, id);
  if (!project) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r =
      plans::AddProgress(app.ctx(), rc.actor, *id,
                         {FormValue(rc, "date"), FormValue(rc, "percent"), FormValue(rc, "note")});
  return AfterLineForm(app, rc, project, r, LineFormKind::kProgress, "progress_saved");
}

Response PostEvaluation(App& app, RequestCtx& rc) {
  auto id = IdParam<YearLineId>(rc);
  const ProjectId project = ProjectOfLine(app, id);
  if (!project) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = plans::Evaluate(
      app.ctx(), rc.actor, *id,
      {FormValue(rc, "grade"), FormValue(rc, "went_well"), FormValue(rc, "to_change")});
  return AfterLineForm(app, rc, project, r, LineFormKind::kEvaluation, "evaluation_saved");
}

// ---------------------------------------------------------------- yearly summaries

struct RegionTotals {
  std::string slug, name;
  std::int64_t projects = 0, city = 0, life = 0, budget = 0, with_line = 0, progress_sum = 0,
               with_progress = 0;
  std::map<std::string, std::int64_t> grades;
};

Response Summary(App& app, RequestCtx& rc) {
  auto year = YearParam(app, rc);
  if (!year) return app.ErrorPage(rc, 400, Msg("error.year"));
  const std::string slug = QueryParam(rc.req, "region");
  const auto regions = directory::ListRegions(app.ctx());
  const Region* region = nullptr;
  for (const auto& r : regions) {
    if (r.slug == slug) region = &r;
  }
  if (!slug.empty() && !region) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  // The default year is today's: only an explicit ?year= answer is kept.
  rc.cacheable = !QueryParam(rc.req, "year").empty();
  plans::ProjectFilter f;
  f.year = *year;
  f.region = region ? region->id : RegionId{};
  const auto projects = plans::ListProjects(app.ctx(), f);
  std::string title =
      region ? region->name + Msg("summary.region_suffix") : Msg("page.summary_title");
  return app.Page(rc, 200, title, "plans/summary.tpl", [&](Dict& d) {
    d.SetValue("HEADING", title);
    d.SetValue("YEAR_LABEL", plans::YearLabel(*year));
    d.SetIntValue("YEAR", *year);
    AddField(d, {.name = "year",
                 .label = Msg("field.fiscal_year"),
                 .type = "select",
                 .value = std::to_string(*year),
                 .options = YearOptions(plans::CurrentYear(app.ctx().clock))});
    if (region) {
      d.SetValue("REGION_SLUG", region->slug);
      Dict* one = d.AddSectionDictionary("ONE_REGION");
      one->SetValue("REGION_SLUG", region->slug);
      RegionTotals t;
      for (const auto& p : projects) {
        ProjectRow(one->AddSectionDictionary("PROJECT"), p, *year);
        ++t.projects;
        t.city += p.city_collaboration;
        t.life += p.life_support;
        if (const auto* l = p.Line(*year)) t.budget += l->budget;
      }
      if (projects.empty()) one->ShowSection("NO_PROJECTS");
      one->SetIntValue("TOTAL_PROJECTS", t.projects);
      one->SetIntValue("TOTAL_CITY", t.city);
      one->SetIntValue("TOTAL_LIFE", t.life);
      one->SetValue("TOTAL_BUDGET", Yen(t.budget));
      return;
    }
    Dict* all = d.AddSectionDictionary("ALL_REGIONS");
    std::map<std::string, RegionTotals> by_region;
    for (const auto& p : projects) {
      RegionTotals& t = by_region[p.region_slug];
      ++t.projects;
      t.city += p.city_collaboration;
      t.life += p.life_support;
      if (const auto* l = p.Line(*year)) {
        ++t.with_line;
        t.budget += l->budget;
        if (l->LatestPercent() >= 0) {
          t.progress_sum += l->LatestPercent();
          ++t.with_progress;
        }
        ++t.grades[l->grade];
      }
    }
    RegionTotals sum;
    for (const auto& r : regions) {
      const RegionTotals& t = by_region[r.slug];
      Dict* row = all->AddSectionDictionary("REGION");
      row->SetValue("REGION_SLUG", r.slug);
      row->SetValue("REGION_NAME", r.name);
      row->SetIntValue("PROJECTS", t.projects);
      row->SetIntValue("CITY", t.city);
      row->SetIntValue("LIFE", t.life);
      row->SetValue("BUDGET", Yen(t.budget));
      row->SetValue("PROGRESS", t.with_progress
                                    ? std::to_string(t.progress_sum / t.with_progress) + "%"
                                    : Msg("progress.none"));
      for (const char* g : {"A", "B", "C"}) {
        auto it = t.grades.find(g);
        row->SetIntValue(std::string("GRADE_") + g, it == t.grades.end() ? 0 : it->second);
      }
      auto none = t.grades.find("");
      row->SetIntValue("GRADE_NONE", none == t.grades.end() ? 0 : none->second);
      sum.projects += t.projects;
      sum.city += t.city;
      sum.life += t.life;
      sum.budget += t.budget;
    }
    all->SetIntValue("TOTAL_PROJECTS", sum.projects);
    all->SetIntValue("TOTAL_CITY", sum.city);
    all->SetIntValue("TOTAL_LIFE", sum.life);
    all->SetValue("TOTAL_BUDGET", Yen(sum.budget));
  });
}

// ---------------------------------------------------------------- JSON

json::object ProjectJson(const Project& p) {
  json::array years, partners;
  for (const auto& l : p.years) {
    json::array progress;
    for (const auto& g : l.progress) {
      progress.push_back(
          json::object{{"date", g.on_date}, {"percent", g.percent}, {"note", g.note}});
    }
    years.push_back(json::object{
        {"year", l.year},
        {"target", l.target},
        {"budget", l.budget},
        {"funding", l.funding},
        {"funding_label", FundingLabel(l.funding)},
        {"progress", std::move(progress)},
        {"evaluation", l.grade.empty() ? json::value(nullptr)
                                       : json::value(json::object{{"grade", l.grade},
                                                                  {"went_well", l.went_well},
                                                                  {"to_change", l.to_change}})}});
  }
  for (const auto& [id, name] : p.partners) {
    partners.push_back(json::object{{"id", id.value()}, {"name", name}});
  }
  json::array fiscal_years, flags;
  for (int y = p.year_from; y <= p.year_to; ++y) fiscal_years.push_back(y);
  if (p.city_collaboration) flags.push_back("city_collaboration");
  if (p.life_support) flags.push_back("life_support");
  return json::object{
      {"id", p.id.value()},
      {"title", p.title},
      {"description", p.description},
      {"region", p.region_slug},
      {"council_id", p.council_id.value()},
      {"plan_id", p.plan_id ? json::value(p.plan_id.value()) : json::value(nullptr)},
      {"plan", p.plan_id ? json::value(p.plan_name) : json::value(nullptr)},
      {"goal_id", p.goal_id ? json::value(p.goal_id.value()) : json::value(nullptr)},
      {"goal", p.goal_id ? json::value(p.goal_text) : json::value(nullptr)},
      {"runner", json::object{{"id", p.runner_id.value()},
                              {"name", p.runner_name},
                              {"kind", std::string(ToString(p.runner_kind))}}},
      {"partners", std::move(partners)},
      {"youth_roles", p.youth_roles},
      {"fiscal_years", std::move(fiscal_years)},
      {"flags", std::move(flags)},
      {"lines", std::move(years)},
      {"url", "/projects/" + to_string(p.id)}};
}

// The region named by ?region= (0 when absent); nullopt when unknown.
std::optional<RegionId> RegionFilter(App& app, const RequestCtx& rc) {
  const std::string slug = QueryParam(rc.req, "region");
  if (slug.empty()) return RegionId{0};
  auto r = directory::FindRegionBySlug(app.ctx(), slug);
  if (!r) return std::nullopt;
  return r->id;
}

Response ApiPlans(App& app, RequestCtx& rc) {
  auto region = RegionFilter(app, rc);
  if (!region) {
    return app.JsonError(400, Msg("error.region_unknown"),
                         {{"region", Msg("error.region_unknown")}});
  }
  rc.cacheable = true;
  std::vector<json::object> all;
  for (const auto& p : plans::ListPlans(app.ctx(), *region)) {
    json::array goals;
    for (const auto& g : plans::CouncilGoals(app.ctx(), p.council_id)) {
      if (g.plan_id != p.id) continue;
      goals.push_back(
          json::object{{"id", g.id.value()}, {"kind", plans::ToString(g.kind)}, {"text", g.text}});
    }
    all.push_back(json::object{
        {"id", p.id.value()},
        {"name", p.name},
        {"region", p.region_slug},
        {"council", json::object{{"id", p.council_id.value()}, {"name", p.council_name}}},
        {"fiscal_years", json::object{{"from", p.year_from}, {"to", p.year_to}}},
        {"status", plans::ToString(p.status)},
        {"status_label", plans::Label(p.status)},
        {"vision", p.vision},
        {"goals", std::move(goals)},
        {"projects", p.project_count},
        {"url", "/plans/" + to_string(p.id)}});
  }
  return JsonPage(app, rc, std::move(all));
}

Response ApiProjects(App& app, RequestCtx& rc) {
  auto region = RegionFilter(app, rc);
  if (!region) {
    return app.JsonError(400, Msg("error.region_unknown"),
                         {{"region", Msg("error.region_unknown")}});
  }
  plans::ProjectFilter f;
  f.region = *region;
  const std::string year = QueryParam(rc.req, "year");
  if (!year.empty()) {
    auto y = text::ParsePositiveInt(year);
    if (!y || *y < 2000 || *y > 2100) {
      return app.JsonError(400, Msg("error.year"), {{"year", Msg("error.year")}});
    }
    f.year = static_cast<int>(*y);
  }
  f.flag = QueryParam(rc.req, "flag");
  if (!f.flag.empty() && f.flag != "city_collaboration" && f.flag != "life_support") {
    return app.JsonError(400, Msg("error.flag"), {{"flag", Msg("error.flag")}});
  }
  rc.cacheable = true;
  std::vector<json::object> all;
  for (const auto& p : plans::ListProjects(app.ctx(), f)) all.push_back(ProjectJson(p));
  return JsonPage(app, rc, std::move(all));
}

// POST /api/v1/projects (Bearer token; the council's officers and editors).
Response ApiCreateProject(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  std::map<std::string, std::string> errors;
  // The region's council, and the caller's right to write for it (checked first).
  const std::string slug = JsonString(o, "region");
  auto council = [&]() -> std::optional<Org> {
    auto r = directory::FindRegionBySlug(app.ctx(), slug);
    if (!r) return std::nullopt;
    auto councils = directory::CouncilsByRegion(app.ctx());
    auto it = councils.find(r->id);
    if (it == councils.end()) return std::nullopt;
    return it->second;
  }();
  if (!council) {
    return app.JsonError(400, Msg("error.summary"), {{"region", Msg("error.region_unknown")}});
  }
  if (!plans::CanEdit(rc.actor, council->region_id, council->id)) {
    return app.JsonError(403, Msg("error.forbidden"));
  }
  plans::ProjectForm f;
  f.goal_id = JsonString(o, "goal_id");
  f.title = JsonString(o, "title");
  f.description = JsonString(o, "description");
  f.youth_roles = JsonString(o, "youth_roles");
  // runner: {"kind", "org_id"?}; the council itself when kind is "council" without an id.
  static const std::map<std::string, std::vector<OrgKind>> kKinds = {
      {"council", {OrgKind::kCouncil, OrgKind::kSubcommittee}},
      {"association", {OrgKind::kAssociation}},
      {"npo", {OrgKind::kNpo, OrgKind::kIntermediary}},
      {"business", {OrgKind::kBusiness}},
      {"school", {OrgKind::kSchool}},
      {"city", {OrgKind::kCityDepartment}}};
  auto runner_it = o.find("runner");
  if (runner_it != o.end() && runner_it->value().is_object()) {
    const auto& runner = runner_it->value().as_object();
    const std::string kind = JsonString(runner, "kind");
    const std::string org = JsonString(runner, "org_id");
    auto k = kKinds.find(kind);
    if (k == kKinds.end()) {
      errors["runner"] = Msg("error.runner_kind");
    } else if (org.empty() && kind == "council") {
      f.runner_id = to_string(council->id);
    } else if (org.empty()) {
      errors["runner"] = Msg("error.runner_required");
    } else {
      auto org_id = text::ParsePositiveInt(org);
      auto found = org_id ? directory::FindOrg(app.ctx(), OrgId{*org_id}) : std::nullopt;
      if (!found || std::find(k->second.begin(), k->second.end(), found->kind) == k->second.end()) {
        errors["runner"] = Msg("error.choose");
      } else {
        f.runner_id = org;
      }
    }
  } else {
    errors["runner"] = Msg("error.runner_required");
  }
  // fiscal_years: consecutive years.
  std::vector<std::int64_t> years;
  auto fy = o.find("fiscal_years");
  if (fy != o.end() && fy->value().is_array()) {
    for (const auto& y : fy->value().as_array()) {
      if (y.is_int64()) years.push_back(y.as_int64());
    }
    std::sort(years.begin(), years.end());
    bool ok = !years.empty() && years.size() == fy->value().as_array().size();
    for (std::size_t i = 1; ok && i < years.size(); ++i) ok = years[i] == years[i - 1] + 1;
    if (!ok) years.clear();
  }
  if (years.empty()) {
    errors["fiscal_years"] = Msg("error.fiscal_years");
  } else {
    f.year_from = std::to_string(years.front());
    f.year_to = std::to_string(years.back());
  }
  // funding_source by its Japanese label.
  std::string funding;
  const std::string source = JsonString(o, "funding_source");
  for (const char* code : plans::kFundings) {
    if (Msg(std::string("funding_api.") + code) == source) funding = code;
  }
  if (funding.empty()) errors["funding_source"] = Msg("error.funding_source");
  // budget: {"2026": 120000} -> one planned line per year.
  auto budget = o.find("budget");
  if (budget != o.end() && budget->value().is_object()) {
    for (const auto& [year, amount] : budget->value().as_object()) {
      plans::LineForm line;
      line.year = std::string(year);
      line.budget = amount.is_int64()
                        ? std::to_string(amount.as_int64())
                        : (amount.is_string() ? std::string(amount.as_string()) : "x");
      line.funding = funding;
      f.lines.push_back(std::move(line));
    }
  } else if (budget != o.end()) {
    errors["budget"] = Msg("error.whole_number");
  }
  for (const auto& flag : JsonStrings(o, "flags")) {
    if (flag == "city_collaboration") {
      f.city_collaboration = "1";
    } else if (flag == "life_support") {
      f.life_support = "1";
    } else {
      errors["flags"] = Msg("error.flags");
    }
  }
  // The JSON's own mistakes first (nothing is saved), then the form's checks.
  if (!errors.empty()) return app.JsonError(400, Msg("error.summary"), errors);
  auto r = plans::CreateProject(app.ctx(), rc.actor, council->id, PlanId{}, f);
  if (!r) {
    if (r.error().kind != FailureKind::kInvalid) return JsonFailure(app, r.error());
    for (const auto& [k, v] : r.error().fields) {
      errors.emplace(k == "runner_id" ? "runner" : (k == "year" || k == "funding" ? "budget" : k),
                     v);
    }
    return app.JsonError(400, Msg("error.summary"), errors);
  }
  auto p = plans::GetProject(app.ctx(), *r);
  Response res = app.Json(201, JsonText(ProjectJson(*p)));
  res.Set("Location", "/api/v1/projects/" + to_string(*r));
  return res;
}

// The line of the project for the body's "year" (an error answer when there is none).
std::variant<YearLineId, Response> LineOf(App& app, RequestCtx& rc, const json::object& o) {
  auto id = IdParam<ProjectId>(rc);
  auto p = id ? plans::GetProject(app.ctx(), *id) : std::nullopt;
  if (!p) return app.JsonError(404, Msg("error.not_found"));
  if (!plans::CanEdit(rc.actor, p->region_id, p->council_id)) {
    return app.JsonError(403, Msg("error.forbidden"));
  }
  auto year = text::ParsePositiveInt(JsonString(o, "year"));
  const plans::YearLine* line = year ? p->Line(static_cast<int>(*year)) : nullptr;
  if (!line) return app.JsonError(400, Msg("error.summary"), {{"year", Msg("error.line_missing")}});
  return line->id;
}

Response ApiProgress(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto line = LineOf(app, rc, o);
  if (auto* res = std::get_if<Response>(&line)) return std::move(*res);
  auto r =
      plans::AddProgress(app.ctx(), rc.actor, std::get<YearLineId>(line),
                         {JsonString(o, "date"), JsonString(o, "percent"), JsonString(o, "note")});
  if (!r) return JsonFailure(app, r.error());
  return app.Json(201,
                  JsonText(ProjectJson(*plans::GetProject(app.ctx(), *IdParam<ProjectId>(rc)))));
}

Response ApiEvaluation(App& app, RequestCtx& rc) {
  auto parsed = JsonBody(app, rc);
  if (auto* res = std::get_if<Response>(&parsed)) return std::move(*res);
  const auto& o = std::get<json::object>(parsed);
  auto line = LineOf(app, rc, o);
  if (auto* res = std::get_if<Response>(&line)) return std::move(*res);
  auto r = plans::Evaluate(
      app.ctx(), rc.actor, std::get<YearLineId>(line),
      {JsonString(o, "grade"), JsonString(o, "went_well"), JsonString(o, "to_change")});
  if (!r) return JsonFailure(app, r.error());
  return app.Json(200,
                  JsonText(ProjectJson(*plans::GetProject(app.ctx(), *IdParam<ProjectId>(rc)))));
}

Response ApiProject(App& app, RequestCtx& rc) {
  auto id = IdParam<ProjectId>(rc);
  auto p = id ? plans::GetProject(app.ctx(), *id) : std::nullopt;
  if (!p) return app.JsonError(404, Msg("error.not_found"));
  rc.cacheable = true;
  return app.Json(200, JsonText(ProjectJson(*p)));
}

}  // namespace

void AddPlanRoutes(Router<Handler>& r) {
  r.Add("GET", "/plans", PlansPage);
  r.Add("POST", "/plans", PostPlan);
  r.Add("GET", "/plans/new", GetNewPlan);
  r.Add("GET", "/plans/summary", Summary);
  r.Add("GET", "/plans/{id}", GetPlan);
  r.Add("GET", "/plans/{id}/edit", GetEditPlan);
  r.Add("POST", "/plans/{id}/edit", PostEditPlan);
  r.Add("POST", "/plans/{id}/comments", PostComment);
  r.Add("POST", "/plans/comments/{id}/answer", PostAnswer);
  r.Add("GET", "/plans/{id}/projects/new", GetNewProject);
  r.Add("POST", "/plans/{id}/projects", PostProject);
  r.Add("GET", "/projects/{id}", GetProject);
  r.Add("GET", "/projects/{id}/edit", GetEditProject);
  r.Add("POST", "/projects/{id}/edit", PostEditProject);
  r.Add("POST", "/projects/{id}/years", PostLine);
  r.Add("POST", "/projects/years/{id}", PostLineEdit);
  r.Add("POST", "/projects/years/{id}/progress", PostProgress);
  r.Add("POST", "/projects/years/{id}/evaluation", PostEvaluation);
}

void AddPlanApiRoutes(Router<Handler>& r) {
  r.Add("GET", "/api/v1/plans", ApiPlans);
  r.Add("GET", "/api/v1/projects", ApiProjects);
  r.Add("POST", "/api/v1/projects", ApiCreateProject);
  r.Add("GET", "/api/v1/projects/{id}", ApiProject);
  r.Add("POST", "/api/v1/projects/{id}/progress", ApiProgress);
  r.Add("POST", "/api/v1/projects/{id}/evaluation", ApiEvaluation);
}

}  // namespace tsunagu::web
