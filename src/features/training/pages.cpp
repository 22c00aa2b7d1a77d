// Coordinator training and certification: /training, /training/{id}, /coordinators, and the
// commands behind their forms; GET /api/v1/certifications for KPI 2.
#include <boost/json.hpp>

#include "features/training/commands.hpp"
#include "features/training/queries.hpp"
#include "features/training/routes.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {
namespace {

using training::CertificationId;
using training::ProgrammeId;
using training::SessionId;
using training::TraineeId;

const Subject kCityWide{};

// Councils the actor may recommend for: every council for the city, their own for officers.
std::vector<std::pair<std::string, std::string>> RecommendingCouncils(App& app, const Actor& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& o : directory::ListOrgs(app.ctx(), std::nullopt, OrgKind::kCouncil)) {
    if (Can(a, Action::kRecommendTrainee, Subject{o.region_id, o.id, o.kind})) {
      out.emplace_back(to_string(o.id), o.name);
    }
  }
  return out;
}

std::string RuleText(const training::Programme& p) {
  std::string rule = Msg(p.requires_report ? "training.rule_with_report" : "training.rule");
  rule.replace(rule.find("{n}"), 3, std::to_string(p.min_sessions));
  return rule;
}

Response ProgrammesPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  const auto programmes = training::ListProgrammes(app.ctx());
  return app.Page(
      rc, status, Msg("page.training_title"), "training/training.tpl",
      [&](Dict& d) {
        for (const auto& p : programmes) {
          Dict* row = d.AddSectionDictionary("PROGRAMME");
          row->SetIntValue("ID", p.id.value());
          row->SetValue("NAME", p.name);
          row->SetValue("DESCRIPTION", p.description);
          row->SetValue("RULE", RuleText(p));
          row->SetIntValue("SESSIONS", p.session_count);
        }
        if (programmes.empty()) d.ShowSection("NO_PROGRAMMES");
        if (Can(rc.actor, Action::kManageTraining, kCityWide)) {
          d.ShowSection("CAN_MANAGE");
          const bool posted = errors != nullptr;
          auto value = [&](const std::string& n, const std::string& dflt) {
            return posted ? FormValue(rc, n) : dflt;
          };
          AddField(d, {.name = "name",
                       .label = Msg("field.programme_name"),
                       .value = value("name", ""),
                       .error = FieldError(errors, "name"),
                       .required = true});
          AddField(d, {.name = "description",
                       .label = Msg("field.description"),
                       .type = "textarea",
                       .value = value("description", ""),
                       .error = FieldError(errors, "description")});
          AddField(d, {.name = "min_sessions",
                       .label = Msg("field.min_sessions"),
                       .type = "number",
                       .value = value("min_sessions", "5"),
                       .hint = Msg("hint.min_sessions"),
                       .error = FieldError(errors, "min_sessions"),
                       .required = true});
          AddField(d, {.name = "requires_report",
                       .label = Msg("field.requires_report"),
                       .type = "select",
                       .value = value("requires_report", "1"),
                       .error = FieldError(errors, "requires_report"),
                       .options = {{"1", Msg("label.yes")}, {"0", Msg("label.no")}}});
          AddField(d, {.name = "validity_years",
                       .label = Msg("field.validity_years"),
                       .type = "number",
                       .value = value("validity_years", "3"),
                       .error = FieldError(errors, "validity_years"),
                       .required = true});
        }
      },
      errors);
}

Response GetProgrammes(App& app, RequestCtx& rc) { return ProgrammesPage(app, rc, 200, nullptr); }

Response PostProgramme(App& app, RequestCtx& rc) {
  auto r = training::CreateProgramme(
      app.ctx(), rc.actor,
      {FormValue(rc, "name"), FormValue(rc, "description"), FormValue(rc, "min_sessions"),
       FormValue(rc, "requires_report"), FormValue(rc, "validity_years")});
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return ProgrammesPage(app, rc, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/training/" + to_string(*r), "programme_created");
}

// Which form on the programme page failed, so that only its values and errors come back.
enum class FormKind { kNone, kSession, kRecommend };

Response ProgrammePage(App& app, RequestCtx& rc, ProgrammeId id, int status, const Failure* errors,
                       FormKind failed) {
  auto detail = training::GetProgramme(app.ctx(), id);
  if (!detail) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const bool manage = Can(rc.actor, Action::kManageTraining, kCityWide);
  const bool certify = Can(rc.actor, Action::kCertify, kCityWide);
  const auto councils = rc.actor.IsAnonymous() ? decltype(RecommendingCouncils(app, rc.actor)){}
                                               : RecommendingCouncils(app, rc.actor);
  const std::string today = training::TodayJst(app.ctx().clock);
  const auto& p = detail->programme;
  auto err = [&](FormKind k, const char* field) {
    return failed == k ? FieldError(errors, field) : std::string();
  };
  auto val = [&](FormKind k, const char* field) {
    return failed == k ? FormValue(rc, field) : std::string();
  };
  return app.Page(
      rc, status, p.name, "training/programme.tpl",
      [&](Dict& d) {
        d.SetIntValue("ID", p.id.value());
        d.SetValue("NAME", p.name);
        d.SetValue("DESCRIPTION", p.description);
        d.SetValue("RULE", RuleText(p));
        std::string validity = Msg("training.validity");
        validity.replace(validity.find("{n}"), 3, std::to_string(p.validity_years));
        d.SetValue("VALIDITY", validity);
        for (const auto& s : detail->sessions) {
          Dict* row = d.AddSectionDictionary("SESSION");
          row->SetIntValue("SESSION_ID", s.id.value());
          row->SetValue("STARTS_AT", s.starts_at);
          row->SetValue("TITLE", s.title);
          row->SetValue("PLACE", s.place);
          row->SetIntValue("CAPACITY", s.capacity);
          if (manage) {
            Dict* att = row->AddSectionDictionary("ATTENDANCE");
            for (const auto& t : detail->trainees) {
              Dict* cb = att->AddSectionDictionary("TRAINEE_BOX");
              cb->SetIntValue("USER_ID", t.user_id.value());
              cb->SetValue("TRAINEE_NAME", t.name);
              if (t.attended.count(s.id)) cb->ShowSection("CHECKED");
            }
            if (detail->trainees.empty()) att->ShowSection("NO_TRAINEES_YET");
          }
        }
        if (detail->sessions.empty()) d.ShowSection("NO_SESSIONS");

        // Trainees are personal data: the city sees all; a council sees those it recommended.
        std::set<std::string> own_councils;
        for (const auto& [cid, name] : councils) own_councils.insert(cid);
        bool any = false;
        for (const auto& t : detail->trainees) {
          if (!manage && !own_councils.count(to_string(t.recommended_by_id))) continue;
          any = true;
          Dict* row = d.AddSectionDictionary("TRAINEE");
          row->SetIntValue("TRAINEE_ID", t.id.value());
          row->SetValue("TRAINEE_NAME", t.name);
          row->SetValue("RECOMMENDED_BY", t.recommended_by);
          row->SetIntValue("ATTENDED", static_cast<long>(t.attended.size()));
          row->SetIntValue("REQUIRED", p.min_sessions);
          row->SetValue("REPORT",
                        Msg(t.report_submitted ? "label.submitted" : "label.not_submitted"));
          const bool done = training::HasCompleted(p, t);
          row->SetValue("STATUS", Msg(done ? "training.completed" : "training.in_progress"));
          if (manage && p.requires_report) {
            Dict* rep = row->AddSectionDictionary("REPORT_FORM");
            rep->SetValue("REPORT_VALUE", t.report_submitted ? "0" : "1");
            rep->SetValue("REPORT_BUTTON", Msg(t.report_submitted ? "training.report_undo"
                                                                  : "training.report_done"));
          }
          if (t.certification) {
            const auto& c = *t.certification;
            Dict* cd = row->AddSectionDictionary("CERT");
            cd->SetIntValue("CERT_ID", c.id.value());
            cd->SetValue("NUMBER", c.number);
            cd->SetValue("VALID_UNTIL", c.valid_until);
            if (!c.revoked_on.empty()) {
              cd->SetValueAndShowSection("REVOKED_ON", c.revoked_on, "REVOKED");
            } else if (certify) {
              cd->ShowSection("CERT_ACTIONS");
            }
          }
          if (certify && done && !(t.certification && t.certification->ValidOn(today))) {
            row->ShowSection("CAN_CERTIFY");
          }
        }
        if (!any) d.ShowSection("NO_TRAINEES");
        if (manage || !councils.empty()) d.ShowSection("SHOW_TRAINEES");
        if (manage) {
          d.ShowSection("CAN_MANAGE");
          AddField(d,
                   {.name = "date",
                    .label = Msg("field.date"),
                    .type = "date",
                    .value = val(FormKind::kSession, "date"),
                    .hint = Msg("hint.date"),
                    .error = err(FormKind::kSession, "date"),
                    .required = true},
                   "SESSION_FIELDS");
          AddField(d,
                   {.name = "time",
                    .label = Msg("field.time"),
                    .type = "time",
                    .value = val(FormKind::kSession, "time"),
                    .hint = Msg("hint.time"),
                    .error = err(FormKind::kSession, "time"),
                    .required = true},
                   "SESSION_FIELDS");
          AddField(d,
                   {.name = "title",
                    .label = Msg("field.session_title"),
                    .value = val(FormKind::kSession, "title"),
                    .error = err(FormKind::kSession, "title"),
                    .required = true},
                   "SESSION_FIELDS");
          AddField(d,
                   {.name = "place",
                    .label = Msg("field.place"),
                    .value = val(FormKind::kSession, "place"),
                    .error = err(FormKind::kSession, "place")},
                   "SESSION_FIELDS");
          AddField(d,
                   {.name = "capacity",
                    .label = Msg("field.capacity"),
                    .type = "number",
                    .value = failed == FormKind::kSession ? FormValue(rc, "capacity") : "20",
                    .error = err(FormKind::kSession, "capacity"),
                    .required = true},
                   "SESSION_FIELDS");
        }
        if (!councils.empty()) {
          d.ShowSection("CAN_RECOMMEND");
          std::vector<std::pair<std::string, std::string>> options{{"", Msg("field.choose")}};
          options.insert(options.end(), councils.begin(), councils.end());
          AddField(d,
                   {.name = "council",
                    .label = Msg("field.recommending_council"),
                    .type = "select",
                    .value = failed == FormKind::kRecommend
                                 ? FormValue(rc, "council")
                                 : (councils.size() == 1 ? councils.front().first : ""),
                    .error = err(FormKind::kRecommend, "council"),
                    .required = true,
                    .options = options},
                   "RECOMMEND_FIELDS");
          AddField(d,
                   {.name = "email",
                    .label = Msg("field.trainee_email"),
                    .type = "email",
                    .value = val(FormKind::kRecommend, "email"),
                    .hint = Msg("hint.member_email"),
                    .error = err(FormKind::kRecommend, "email"),
                    .autocomplete = "off",
                    .required = true},
                   "RECOMMEND_FIELDS");
        }
      },
      errors);
}

// The {id} of the path as the id of a programme, a session, a trainee or a certification
// (nullopt unless a number > 0).
template <class IdT>
std::optional<IdT> IdParam(const RequestCtx& rc) {
  auto n = text::ParsePositiveInt(rc.params.at("id"));
  if (!n) return std::nullopt;
  return IdT{*n};
}

Response GetProgramme(App& app, RequestCtx& rc) {
  auto id = IdParam<ProgrammeId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return ProgrammePage(app, rc, *id, 200, nullptr, FormKind::kNone);
}

// The programme page again after a failed form, or the failure page.
Response Back(App& app, RequestCtx& rc, ProgrammeId programme, const Failure& f, FormKind k) {
  if (f.kind == FailureKind::kInvalid || f.kind == FailureKind::kConflict) {
    return ProgrammePage(app, rc, programme, App::StatusFor(f.kind), &f, k);
  }
  return app.ErrorPage(rc, f);
}

Response PostSession(App& app, RequestCtx& rc) {
  auto id = IdParam<ProgrammeId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r =
      training::AddSession(app.ctx(), rc.actor, *id,
                           {FormValue(rc, "date"), FormValue(rc, "time"), FormValue(rc, "title"),
                            FormValue(rc, "place"), FormValue(rc, "capacity")});
  if (!r) return Back(app, rc, *id, r.error(), FormKind::kSession);
  return app.RedirectWithFlash(rc, "/training/" + to_string(*id), "session_added");
}

Response PostRecommend(App& app, RequestCtx& rc) {
  auto id = IdParam<ProgrammeId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = training::Recommend(app.ctx(), rc.actor, *id, FormValue(rc, "email"),
                               FormValue(rc, "council"));
  if (!r) return Back(app, rc, *id, r.error(), FormKind::kRecommend);
  return app.RedirectWithFlash(rc, "/training/" + to_string(*id), "trainee_recommended");
}

Response PostAttendance(App& app, RequestCtx& rc) {
  auto id = IdParam<SessionId>(rc);
  const ProgrammeId programme = id ? training::ProgrammeOfSession(app.ctx(), *id) : ProgrammeId{};
  if (!programme) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  std::set<UserId> attended;
  for (const auto& [key, value] : rc.form) {
    if (key.starts_with("attended_") && value == "1") {
      if (auto u = text::ParsePositiveInt(key.substr(9))) attended.insert(UserId{*u});
    }
  }
  auto r = training::RecordAttendance(app.ctx(), rc.actor, *id, attended);
  if (!r) {
    const Failure f = r.error();
    if (f.kind != FailureKind::kInvalid) return app.ErrorPage(rc, f);
    return ProgrammePage(app, rc, programme, 400, &f, FormKind::kNone);
  }
  return app.RedirectWithFlash(rc, "/training/" + to_string(programme), "attendance_saved");
}

Response PostReport(App& app, RequestCtx& rc) {
  auto id = IdParam<TraineeId>(rc);
  const ProgrammeId programme = id ? training::ProgrammeOfTrainee(app.ctx(), *id) : ProgrammeId{};
  if (!programme) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = training::SetReport(app.ctx(), rc.actor, *id, FormValue(rc, "submitted") == "1");
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/training/" + to_string(programme), "report_saved");
}

Response PostCertify(App& app, RequestCtx& rc) {
  auto id = IdParam<TraineeId>(rc);
  const ProgrammeId programme = id ? training::ProgrammeOfTrainee(app.ctx(), *id) : ProgrammeId{};
  if (!programme) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = training::Certify(app.ctx(), rc.actor, *id);
  if (!r) return Back(app, rc, programme, r.error(), FormKind::kNone);
  return app.RedirectWithFlash(rc, "/training/" + to_string(programme), "certified");
}

Response PostCertification(App& app, RequestCtx& rc) {
  auto id = IdParam<CertificationId>(rc);
  const ProgrammeId programme =
      id ? training::ProgrammeOfCertification(app.ctx(), *id) : ProgrammeId{};
  if (!programme) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const bool revoke = FormValue(rc, "action") == "revoke";
  auto r = revoke ? training::Revoke(app.ctx(), rc.actor, *id, FormValue(rc, "reason"))
                  : training::Renew(app.ctx(), rc.actor, *id);
  if (!r) return Back(app, rc, programme, r.error(), FormKind::kNone);
  return app.RedirectWithFlash(rc, "/training/" + to_string(programme),
                               revoke ? "certification_revoked" : "certification_renewed");
}

// Not cached: who is valid depends on today's date as well as on the data.
Response Coordinators(App& app, RequestCtx& rc) {
  const std::string today = training::TodayJst(app.ctx().clock);
  const auto valid = training::CertificationsValidOn(app.ctx(), today);
  std::set<UserId> people;
  for (const auto& c : valid) people.insert(c.user_id);
  return app.Page(
      rc, 200, Msg("page.coordinators_title"), "training/coordinators.tpl", [&](Dict& d) {
        d.SetIntValue("TOTAL", static_cast<long>(people.size()));
        d.SetValue("TODAY", today);
        std::string current_region = "\x01";
        Dict* group = nullptr;
        int listed = 0;
        for (const auto& c : valid) {
          if (!c.listed) continue;
          ++listed;
          if (c.region_name != current_region) {
            current_region = c.region_name;
            group = d.AddSectionDictionary("REGION");
            group->SetValue("REGION_NAME",
                            c.region_name.empty() ? Msg("label.region_unknown") : c.region_name);
          }
          Dict* row = group->AddSectionDictionary("COORDINATOR");
          row->SetValue("NAME", c.user_name);
          row->SetValue("NUMBER", c.number);
          row->SetValue("PROGRAMME", c.programme_name);
          row->SetValue("CERTIFIED_ON", c.certified_on);
          row->SetValue("VALID_UNTIL", c.valid_until);
        }
        if (listed == 0) d.ShowSection("NONE_LISTED");
      });
}

Response PostListing(App& app, RequestCtx& rc) {
  auto r = training::SetListed(app.ctx(), rc.actor, FormValue(rc, "listed") == "1");
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/me", "listing_saved");
}

Response ApiCertifications(App& app, RequestCtx& rc) {
  std::string date = QueryParam(rc.req, "valid_on");
  // With a date given the answer depends only on the data; "today" changes at midnight.
  rc.cacheable = !date.empty();
  if (date.empty()) date = training::TodayJst(app.ctx().clock);
  if (!training::IsDate(date)) {
    return app.JsonError(400, Msg("error.valid_on"), {{"valid_on", Msg("error.valid_on")}});
  }
  namespace json = boost::json;
  json::array items;
  std::set<UserId> people;
  const auto valid = training::CertificationsValidOn(app.ctx(), date);
  for (const auto& c : valid) {
    people.insert(c.user_id);
    items.push_back(json::object{
        {"number", c.number},
        {"programme", c.programme_name},
        {"region", c.region_slug.empty() ? json::value(nullptr) : json::value(c.region_slug)},
        {"certified_on", c.certified_on},
        {"valid_until", c.valid_until},
        // Names only of those who agreed to be listed.
        {"name", c.listed ? json::value(c.user_name) : json::value(nullptr)}});
  }
  json::object body{{"items", std::move(items)},
                    {"total", static_cast<std::int64_t>(valid.size())},
                    {"page", 1},
                    {"valid_on", date},
                    {"people", static_cast<std::int64_t>(people.size())}};
  return app.Json(200, json::serialize(body));
}

}  // namespace

void AddTrainingRoutes(Router<Handler>& r) {
  r.Add("GET", "/training", GetProgrammes);
  r.Add("POST", "/training", PostProgramme);
  r.Add("GET", "/training/{id}", GetProgramme);
  r.Add("POST", "/training/{id}/sessions", PostSession);
  r.Add("POST", "/training/{id}/trainees", PostRecommend);
  r.Add("POST", "/training/sessions/{id}/attendance", PostAttendance);
  r.Add("POST", "/training/trainees/{id}/report", PostReport);
  r.Add("POST", "/training/trainees/{id}/certify", PostCertify);
  r.Add("POST", "/certifications/{id}", PostCertification);
  r.Add("GET", "/coordinators", Coordinators);
  r.Add("POST", "/me/coordinator-listing", PostListing);
  r.Add("GET", "/api/v1/certifications", ApiCertifications);
}

}  // namespace tsunagu::web
