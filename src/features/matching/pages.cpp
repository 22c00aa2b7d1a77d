// Matching people to needs: /matching, /matching/new, /matching/needs/{id}, /me/volunteer,
// /me/matches (with the 活動証明書 PDF), /matching/batch, /admin/skills, and the JSON API
// /api/v1/needs, /api/v1/needs/{id}/candidates, /api/v1/people/me/recommendations.
#include <boost/json.hpp>

#include "features/matching/certificate_pdf.hpp"
#include "features/matching/commands.hpp"
#include "features/matching/queries.hpp"
#include "features/matching/routes.hpp"
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
using matching::MatchId;
using matching::NeedId;
using matching::SkillId;
using Options = std::vector<std::pair<std::string, std::string>>;

template <std::size_t N>
Options CodeOptions(const char* const (&codes)[N], std::string (*label)(const std::string&)) {
  Options out;
  for (const char* c : codes) out.emplace_back(c, label(c));
  return out;
}

Options SkillOptions(App& app) {
  Options out;
  for (const auto& s : matching::ListSkills(app.ctx())) out.emplace_back(s.code, s.label);
  return out;
}

Options RegionSlugOptions(App& app) {
  Options out;
  for (const auto& r : directory::ListRegions(app.ctx())) out.emplace_back(r.slug, r.name);
  return out;
}

// message with its one {…} placeholder filled.
std::string Fill(std::string m, const std::string& value) {
  const auto open = m.find('{'), close = m.find('}', open);
  if (open != std::string::npos && close != std::string::npos)
    m.replace(open, close - open + 1, value);
  return m;
}

// The id of the region with this slug; 0 when there is none.
RegionId RegionIdOf(App& app, const std::string& slug) {
  auto r = directory::FindRegionBySlug(app.ctx(), slug);
  return r ? r->id : RegionId{0};
}

std::string DayLabel(const std::string& code) { return Msg("day." + code); }

// A number without trailing zeros: 2.5, 3, 34.1785.
std::string Decimal(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The codes ticked in a checkbox group named prefix ("skills" -> skills:<code>=1; no text
// field's name has a colon).
std::vector<std::string> Ticked(const RequestCtx& rc, const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& [key, value] : rc.form) {
    if (value == "1" && key.size() > prefix.size() + 1 && key.starts_with(prefix + ":")) {
      out.push_back(key.substr(prefix.size() + 1));
    }
  }
  return out;
}

// The {id} of the path as the id of a need, a match or a skill (nullopt unless a number > 0).
template <class IdT>
std::optional<IdT> IdParam(const RequestCtx& rc) {
  auto n = text::ParsePositiveInt(rc.params.at("id"));
  if (!n) return std::nullopt;
  return IdT{*n};
}

std::string LabelList(const std::vector<std::string>& codes, const Options& options) {
  std::string out;
  for (const auto& code : codes) {
    for (const auto& [value, label] : options) {
      if (value == code) {
        if (!out.empty()) out += "、";
        out += label;
      }
    }
  }
  return out;
}

std::string Dates(const matching::Need& n) {
  return n.date_from == n.date_to ? FormatDateJa(n.date_from)
                                  : FormatDateJa(n.date_from) + "〜" + FormatDateJa(n.date_to);
}

std::string When(const matching::Need& n) {
  std::string s = Dates(n);
  if (n.date_from != n.date_to) s += "（" + matching::WeekdaysLabel(n.weekdays) + "）";
  return s + " " + n.start_time + "〜" + n.end_time;
}

void FillNeedSummary(Dict* d, const matching::Need& n, const Options& skills) {
  d->SetIntValue("NEED_ID", n.id.value());
  d->SetValue("TITLE", n.title);
  d->SetValue("ORG_NAME", n.org_name);
  d->SetIntValue("ORG_ID", n.org_id.value());
  d->SetValue("KIND", matching::NeedKindLabel(n.kind));
  d->SetValue("CATEGORY", matching::CategoryLabel(n.category));
  d->SetValue("REGION_NAME", n.region_name);
  d->SetValue("REGION_SLUG", n.region_slug);
  d->SetValue("WHEN", When(n));
  d->SetValue("PLACE", n.place.empty() ? n.region_name : n.place);
  d->SetIntValue("CAPACITY", n.capacity);
  d->SetIntValue("CONFIRMED", n.confirmed);
  d->SetIntValue("LEFT", std::max<std::int64_t>(0, n.capacity - n.confirmed));
  if (!n.required_skills.empty()) {
    d->SetValueAndShowSection("REQUIRED_SKILLS", LabelList(n.required_skills, skills),
                              "HAS_REQUIRED");
  }
  if (!n.welcome_skills.empty()) {
    d->SetValueAndShowSection("WELCOME_SKILLS", LabelList(n.welcome_skills, skills), "HAS_WELCOME");
  }
  if (n.minors_allowed) d->ShowSection("MINORS_OK");
  if (n.requires_certification) d->ShowSection("NEEDS_CERT");
}

// {{#REASON_LIST}}<ul>{{#REASON}}<li>{{REASON_TEXT}}</li>{{/REASON}}</ul>{{/REASON_LIST}}
void AddReasons(Dict* d, const std::vector<std::string>& reasons) {
  if (reasons.empty()) return;
  Dict* list = d->AddSectionDictionary("REASON_LIST");
  for (const auto& r : reasons) list->AddSectionDictionary("REASON")->SetValue("REASON_TEXT", r);
}

// ---- /matching ------------------------------------------------------------------------

Response NeedsPage(App& app, RequestCtx& rc) {
  matching::NeedFilter f;
  const std::string region = QueryParam(rc.req, "region"), kind = QueryParam(rc.req, "kind"),
                    category = QueryParam(rc.req, "category"),
                    minors = QueryParam(rc.req, "minors");
  const auto regions = RegionSlugOptions(app);
  if (!region.empty()) {
    f.region = RegionIdOf(app, region);
    if (!f.region) f.region = RegionId{-1};  // an unknown region matches nothing
  }
  f.kind = kind;
  f.category = category;
  f.minors_only = minors == "1";
  const auto needs = matching::ListOpenNeeds(app.ctx(), f);
  const auto skills = SkillOptions(app);
  const bool can_post = !matching::PostingOrgs(app.ctx(), rc.actor).empty();
  return app.Page(rc, 200, Msg("page.matching_title"), "matching/matching.tpl", [&](Dict& d) {
    Options region_options{{"", Msg("matching.filter_all_regions")}};
    region_options.insert(region_options.end(), regions.begin(), regions.end());
    Options kind_options{{"", Msg("matching.filter_all_kinds")}};
    for (const char* k : matching::kNeedKinds)
      kind_options.emplace_back(k, matching::NeedKindLabel(k));
    Options category_options{{"", Msg("matching.filter_all_categories")}};
    for (const char* c : matching::kCategories) {
      category_options.emplace_back(c, matching::CategoryLabel(c));
    }
    AddField(d,
             {.name = "region",
              .label = Msg("field.region"),
              .type = "select",
              .value = region,
              .options = region_options},
             "FILTERS");
    AddField(d,
             {.name = "kind",
              .label = Msg("field.need_kind"),
              .type = "select",
              .value = kind,
              .options = kind_options},
             "FILTERS");
    AddField(d,
             {.name = "category",
              .label = Msg("field.category"),
              .type = "select",
              .value = category,
              .options = category_options},
             "FILTERS");
    AddField(
        d,
        {.name = "minors",
         .label = Msg("field.minors_filter"),
         .type = "select",
         .value = minors,
         .options = {{"", Msg("matching.filter_everyone")}, {"1", Msg("matching.filter_minors")}}},
        "FILTERS");
    d.SetIntValue("COUNT", static_cast<long>(needs.size()));
    for (const auto& n : needs) FillNeedSummary(d.AddSectionDictionary("NEED"), n, skills);
    if (needs.empty()) d.ShowSection("NO_NEEDS");
    if (!rc.actor.IsAnonymous()) d.ShowSection("LOGGED_IN");
    if (can_post) d.ShowSection("CAN_POST");
    if (matching::CanRunBatch(rc.actor)) d.ShowSection("CAN_BATCH");
  });
}

// ---- /matching/new --------------------------------------------------------------------

Response NeedFormPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  const auto orgs = matching::PostingOrgs(app.ctx(), rc.actor);
  if (orgs.empty()) return app.ErrorPage(rc, 403, Msg("matching.cannot_post"));
  const bool posted = errors != nullptr;
  auto val = [&](const char* n, const std::string& dflt = "") {
    return posted ? FormValue(rc, n) : dflt;
  };
  auto err = [&](const char* n) { return FieldError(errors, n); };
  const auto skills = SkillOptions(app);
  return app.Page(
      rc, status, Msg("page.need_new_title"), "matching/need_form.tpl",
      [&](Dict& d) {
        Options org_options;
        if (orgs.size() > 1) org_options.emplace_back("", Msg("field.choose"));
        for (const auto& o : orgs) org_options.emplace_back(to_string(o.id), o.name);
        AddField(d, {.name = "org_id",
                     .label = Msg("field.need_org"),
                     .type = "select",
                     .value = val("org_id"),
                     .error = err("org_id"),
                     .required = true,
                     .options = org_options});
        AddField(d, {.name = "title",
                     .label = Msg("field.need_title"),
                     .value = val("title"),
                     .hint = Msg("hint.need_title"),
                     .error = err("title"),
                     .required = true});
        AddField(d, {.name = "description",
                     .label = Msg("field.need_description"),
                     .type = "textarea",
                     .value = val("description"),
                     .hint = Msg("hint.need_description"),
                     .error = err("description"),
                     .required = true});
        Options kinds{{"", Msg("field.choose")}};
        for (const char* k : matching::kNeedKinds)
          kinds.emplace_back(k, matching::NeedKindLabel(k));
        AddField(d, {.name = "kind",
                     .label = Msg("field.need_kind"),
                     .type = "select",
                     .value = val("kind"),
                     .error = err("kind"),
                     .required = true,
                     .options = kinds});
        Options categories{{"", Msg("field.choose")}};
        for (const char* c : matching::kCategories) {
          categories.emplace_back(c, matching::CategoryLabel(c));
        }
        AddField(d, {.name = "category",
                     .label = Msg("field.category"),
                     .type = "select",
                     .value = val("category"),
                     .error = err("category"),
                     .required = true,
                     .options = categories});
        AddField(d,
                 {.name = "required_skills",
                  .label = Msg("field.required_skills"),
                  .type = "checkboxes",
                  .hint = Msg("hint.required_skills"),
                  .error = err("required_skills"),
                  .options = skills,
                  .checked = posted ? Ticked(rc, "required_skills") : std::vector<std::string>{}});
        AddField(d,
                 {.name = "welcome_skills",
                  .label = Msg("field.welcome_skills"),
                  .type = "checkboxes",
                  .error = err("welcome_skills"),
                  .options = skills,
                  .checked = posted ? Ticked(rc, "welcome_skills") : std::vector<std::string>{}});
        Options regions{{"", Msg("field.choose")}};
        const auto slugs = RegionSlugOptions(app);
        regions.insert(regions.end(), slugs.begin(), slugs.end());
        AddField(d, {.name = "region",
                     .label = Msg("field.need_region"),
                     .type = "select",
                     .value = val("region"),
                     .error = err("region"),
                     .required = true,
                     .options = regions});
        AddField(d, {.name = "place",
                     .label = Msg("field.need_place"),
                     .value = val("place"),
                     .hint = Msg("hint.need_place"),
                     .error = err("place")});
        AddField(d, {.name = "lat",
                     .label = Msg("field.lat"),
                     .value = val("lat"),
                     .hint = Msg("hint.lat_lon"),
                     .error = err("lat")});
        AddField(
            d,
            {.name = "lon", .label = Msg("field.lon"), .value = val("lon"), .error = err("lon")});
        AddField(d, {.name = "date_from",
                     .label = Msg("field.date_from"),
                     .type = "date",
                     .value = val("date_from"),
                     .hint = Msg("hint.date"),
                     .error = err("date_from"),
                     .required = true});
        AddField(d, {.name = "date_to",
                     .label = Msg("field.date_to"),
                     .type = "date",
                     .value = val("date_to"),
                     .hint = Msg("hint.date_to"),
                     .error = err("date_to")});
        AddField(d, {.name = "weekdays",
                     .label = Msg("field.weekdays"),
                     .type = "checkboxes",
                     .hint = Msg("hint.weekdays"),
                     .error = err("weekdays"),
                     .options = CodeOptions(matching::kDayCodes, DayLabel),
                     .checked = posted ? Ticked(rc, "weekdays") : std::vector<std::string>{}});
        AddField(d, {.name = "start_time",
                     .label = Msg("field.start_time"),
                     .type = "time",
                     .value = val("start_time"),
                     .hint = Msg("hint.time"),
                     .error = err("start_time"),
                     .required = true});
        AddField(d, {.name = "end_time",
                     .label = Msg("field.end_time"),
                     .type = "time",
                     .value = val("end_time"),
                     .hint = Msg("hint.time"),
                     .error = err("end_time"),
                     .required = true});
        AddField(d, {.name = "capacity",
                     .label = Msg("field.need_capacity"),
                     .type = "number",
                     .value = val("capacity", "1"),
                     .error = err("capacity"),
                     .required = true});
        AddField(d, {.name = "minors_allowed",
                     .label = Msg("field.minors_allowed"),
                     .type = "select",
                     .value = val("minors_allowed", "0"),
                     .hint = Msg("hint.minors_allowed"),
                     .error = err("minors_allowed"),
                     .options = {{"0", Msg("label.no")}, {"1", Msg("label.yes")}}});
        AddField(d, {.name = "requires_certification",
                     .label = Msg("field.requires_certification"),
                     .type = "select",
                     .value = val("requires_certification", "0"),
                     .error = err("requires_certification"),
                     .options = {{"0", Msg("label.no")}, {"1", Msg("label.yes")}}});
        AddField(d, {.name = "details",
                     .label = Msg("field.need_details"),
                     .type = "textarea",
                     .value = val("details"),
                     .hint = Msg("hint.need_details"),
                     .error = err("details")});
      },
      errors);
}

matching::NeedForm ReadNeedForm(const RequestCtx& rc) {
  matching::NeedForm f;
  f.org_id = FormValue(rc, "org_id");
  f.title = FormValue(rc, "title");
  f.description = FormValue(rc, "description");
  f.kind = FormValue(rc, "kind");
  f.category = FormValue(rc, "category");
  f.region = FormValue(rc, "region");
  f.place = FormValue(rc, "place");
  f.lat = FormValue(rc, "lat");
  f.lon = FormValue(rc, "lon");
  f.date_from = FormValue(rc, "date_from");
  f.date_to = FormValue(rc, "date_to");
  f.start_time = FormValue(rc, "start_time");
  f.end_time = FormValue(rc, "end_time");
  f.capacity = FormValue(rc, "capacity");
  f.minors_allowed = FormValue(rc, "minors_allowed");
  f.requires_certification = FormValue(rc, "requires_certification");
  f.details = FormValue(rc, "details");
  f.required_skills = Ticked(rc, "required_skills");
  f.welcome_skills = Ticked(rc, "welcome_skills");
  f.weekdays = Ticked(rc, "weekdays");
  return f;
}

Response GetNewNeed(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  return NeedFormPage(app, rc, 200, nullptr);
}

Response PostNewNeed(App& app, RequestCtx& rc) {
  auto r = matching::CreateNeed(app.ctx(), rc.actor, ReadNeedForm(rc));
  if (!r) {
    const Failure f = r.error();
    if (f.kind != FailureKind::kInvalid) return app.ErrorPage(rc, f);
    return NeedFormPage(app, rc, 400, &f);
  }
  return app.RedirectWithFlash(rc, "/matching/needs/" + to_string(*r), "need_created");
}

// ---- /matching/needs/{id} -------------------------------------------------------------

Response NeedPage(App& app, RequestCtx& rc, NeedId id, int status, const Failure* errors,
                  MatchId failed_match) {
  auto need = matching::GetNeed(app.ctx(), id);
  if (!need) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const auto& n = *need;
  const auto skills = SkillOptions(app);
  const bool manage = matching::CanManageNeed(rc.actor, n);
  std::optional<matching::Match> mine;
  if (!rc.actor.IsAnonymous()) {
    mine = matching::FindMatchFor(app.ctx(), id, rc.actor.id);
  }
  matching::ApplyCheck check;
  if (!mine) check = matching::CheckApply(app.ctx(), rc.actor, n);
  const std::string& why_not = check.why_not;
  const auto& fit = check.fit;
  std::vector<matching::NeedMatch> matches;
  std::vector<matching::Recommendation> candidates;
  if (manage) {
    if (auto m = matching::MatchesOfNeed(app.ctx(), rc.actor, id)) matches = std::move(*m);
    if (n.status == matching::NeedStatus::kOpen) {
      if (auto c = matching::RecommendCandidates(app.ctx(), rc.actor, id, 10)) {
        candidates = std::move(*c);
      }
    }
  }
  const bool open =
      n.status == matching::NeedStatus::kOpen && n.date_to >= training::TodayJst(app.ctx().clock);
  return app.Page(
      rc, status, n.title, "matching/need.tpl",
      [&](Dict& d) {
        FillNeedSummary(&d, n, skills);
        d.SetValue("DESCRIPTION", n.description);
        d.SetValue("STATUS", Msg(open ? "matching.need_open" : "matching.need_closed_label"));
        // Those who run the need see its people instead of the invitation to take part.
        Dict* take = manage && !mine ? nullptr : d.AddSectionDictionary("TAKE_PART");
        if (take && mine) {
          Dict* m = take->AddSectionDictionary("MINE");
          m->SetValue("MY_STATUS", matching::StatusLabel(mine->status));
          if (mine->status == matching::MatchStatus::kConfirmed && !n.details.empty()) {
            m->SetValueAndShowSection("DETAILS", n.details, "HAS_DETAILS");
          }
        } else if (take && why_not.empty()) {
          Dict* a = take->AddSectionDictionary("CAN_APPLY");
          if (fit) {
            a->SetIntValue("SCORE", fit->score);
            AddReasons(a, fit->reasons);
          }
        } else if (take) {
          Dict* no = take->AddSectionDictionary("CANNOT_APPLY");
          no->SetValue("WHY_NOT", why_not);
          if (why_not == Msg("matching.no_profile")) no->ShowSection("NEED_PROFILE");
          if (rc.actor.IsAnonymous()) no->ShowSection("NEED_LOGIN");
        }
        if (!manage) return;
        d.ShowSection("MANAGE");
        if (open) d.ShowSection("CAN_CLOSE");
        for (const auto& [m, p] : matches) {
          Dict* row = d.AddSectionDictionary("MATCH");
          row->SetIntValue("MATCH_ID", m.id.value());
          row->SetValue("PERSON_NAME", m.person_name);
          // The profile only while the person is still taking part or waiting.
          const bool current = matching::Current(m.status);
          if (current) row->ShowSection("PROFILE_FACTS");
          row->SetValue("PERSON_KIND", p.kind.empty() ? "" : matching::PersonKindLabel(p.kind));
          row->SetValue("PERSON_SKILLS", LabelList(p.skills, skills));
          if (!p.skills_note.empty())
            row->SetValueAndShowSection("SKILLS_NOTE", p.skills_note, "HAS_NOTE");
          if (p.minor) row->ShowSection("MINOR");
          row->SetValue("MATCH_STATUS", matching::StatusLabel(m.status));
          row->SetValue("INITIATED", matching::InitiatorLabel(m.initiated_by));
          // Contact details only once both have accepted.
          if (m.status == matching::MatchStatus::kConfirmed) {
            row->SetValueAndShowSection("EMAIL", p.email, "CONTACT");
          }
          // Nobody decides on, or confirms the hours of, their own place.
          const bool own = m.user_id == rc.actor.id;
          if (m.status == matching::MatchStatus::kApplied && !own) row->ShowSection("CAN_DECIDE");
          if (matching::Current(m.status) && !m.minutes) {
            row->ShowSection("CAN_WITHDRAW");
          }
          if (m.status == matching::MatchStatus::kConfirmed && !own) {
            Dict* h = row->AddSectionDictionary("HOURS_FORM");
            const bool failed = failed_match == m.id;
            // The failed form's input takes the id the error summary links to.
            h->SetValue("HOURS_ID", failed ? "f-hours" : "hours-" + to_string(m.id));
            if (failed) RecordField("hours", Msg("need.hours_label") + "（" + m.person_name + "）");
            h->SetValue("HOURS_VALUE",
                        failed
                            ? FormValue(rc, "hours")
                            : (m.minutes ? Decimal(static_cast<double>(*m.minutes) / 60.0) : ""));
            if (failed) {
              h->SetValueAndShowSection("HOURS_ERROR", FieldError(errors, "hours"),
                                        "HAS_HOURS_ERROR");
            }
            if (m.minutes) {
              row->SetValueAndShowSection("HOURS", FormatMinutesJa(*m.minutes), "HAS_HOURS");
            }
          }
        }
        if (matches.empty()) d.ShowSection("NO_MATCHES");
        for (const auto& c : candidates) {
          Dict* row = d.AddSectionDictionary("CANDIDATE");
          row->SetIntValue("USER_ID", c.user_id.value());
          row->SetValue("PERSON_NAME", c.person_name);
          row->SetValue("PERSON_KIND", matching::PersonKindLabel(c.person_kind));
          row->SetIntValue("SCORE", c.score);
          AddReasons(row, c.reasons);
        }
        if (open && candidates.empty()) d.ShowSection("NO_CANDIDATES");
        if (open) d.ShowSection("SHOW_CANDIDATES");
      },
      errors);
}

Response GetNeed(App& app, RequestCtx& rc) {
  auto id = IdParam<NeedId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return NeedPage(app, rc, *id, 200, nullptr, MatchId{});
}

Response NeedBack(App& app, RequestCtx& rc, NeedId need, const char* flash) {
  return app.RedirectWithFlash(rc, "/matching/needs/" + to_string(need), flash);
}

// A failed action on the need page: the page again with the message for the expected failures.
Response NeedFailure(App& app, RequestCtx& rc, NeedId need, const Failure& f,
                     MatchId match = MatchId{}) {
  if (f.kind == FailureKind::kInvalid || f.kind == FailureKind::kConflict) {
    return NeedPage(app, rc, need, App::StatusFor(f.kind), &f, match);
  }
  return app.ErrorPage(rc, f);
}

Response PostApply(App& app, RequestCtx& rc) {
  auto id = IdParam<NeedId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = matching::Apply(app.ctx(), rc.actor, *id);
  if (!r) return NeedFailure(app, rc, *id, r.error());
  return NeedBack(app, rc, *id, "applied");
}

Response PostInvite(App& app, RequestCtx& rc) {
  auto id = IdParam<NeedId>(rc);
  auto user = text::ParsePositiveInt(FormValue(rc, "user"));
  if (!id || !user) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = matching::Invite(app.ctx(), rc.actor, *id, UserId{*user});
  if (!r) return NeedFailure(app, rc, *id, r.error());
  return NeedBack(app, rc, *id, "invited");
}

Response PostClose(App& app, RequestCtx& rc) {
  auto id = IdParam<NeedId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = matching::CloseNeed(app.ctx(), rc.actor, *id);
  if (!r) return NeedFailure(app, rc, *id, r.error());
  return NeedBack(app, rc, *id, "need_closed");
}

// Actions on a match come from the person (/me/matches) or from the poster (the need page);
// each goes back where it came from.
Response PostMatchAction(App& app, RequestCtx& rc) {
  auto id = IdParam<MatchId>(rc);
  auto match = id ? matching::GetMatch(app.ctx(), *id) : std::nullopt;
  auto need = match ? matching::GetNeed(app.ctx(), match->need_id) : std::nullopt;
  // A match that is neither yours nor your need's does not exist, as far as you can tell.
  if (!match || !need ||
      (match->user_id != rc.actor.id && !matching::CanManageNeed(rc.actor, *need))) {
    if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
    return app.ErrorPage(rc, 404, Msg("error.not_found"));
  }
  const std::string action = rc.params.at("action");
  Result<void> r = Forbidden(Msg("error.forbidden"));
  const char* flash = "";
  if (action == "accept") {
    r = matching::Accept(app.ctx(), rc.actor, *id);
    flash = "match_accepted";
  } else if (action == "decline") {
    r = matching::Decline(app.ctx(), rc.actor, *id);
    flash = "match_declined";
  } else if (action == "withdraw") {
    r = matching::Withdraw(app.ctx(), rc.actor, *id);
    flash = "match_withdrawn";
  } else if (action == "hours") {
    r = matching::ConfirmHours(app.ctx(), rc.actor, *id, FormValue(rc, "hours"));
    flash = "hours_confirmed";
  } else {
    return app.ErrorPage(rc, 404, Msg("error.not_found"));
  }
  const bool person = match->user_id == rc.actor.id;
  if (!r) {
    // Expected refusals (満員, 締め切り, the hard rules) come back on the need's page.
    if (person && r.error().kind != FailureKind::kInvalid &&
        r.error().kind != FailureKind::kConflict) {
      return app.ErrorPage(rc, r.error());
    }
    return NeedFailure(app, rc, match->need_id, r.error(), *id);
  }
  if (person) return app.RedirectWithFlash(rc, "/me/matches", flash);
  return NeedBack(app, rc, match->need_id, flash);
}

// ---- /me/volunteer --------------------------------------------------------------------

std::string SlotCode(int day, int period) {
  return std::string(matching::kDayCodes[day]) + "-" + matching::kPeriodCodes[period];
}

Response ProfilePage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const auto saved = matching::GetProfile(app.ctx(), rc.actor.id);
  const bool posted = errors != nullptr;
  const matching::Profile p = saved.value_or(matching::Profile{});
  auto val = [&](const char* n, const std::string& stored) {
    return posted ? FormValue(rc, n) : stored;
  };
  auto ticked = [&](const char* prefix, const std::vector<std::string>& stored) {
    return posted ? Ticked(rc, prefix) : stored;
  };
  auto err = [&](const char* n) { return FieldError(errors, n); };
  std::vector<std::string> region_slugs;
  for (RegionId r : p.regions) {
    if (auto region = directory::FindRegion(app.ctx(), r)) region_slugs.push_back(region->slug);
  }
  return app.Page(
      rc, status, Msg("page.volunteer_title"), "matching/volunteer.tpl",
      [&](Dict& d) {
        if (!saved) d.ShowSection("NEW_PROFILE");
        Options kinds{{"", Msg("field.choose")}};
        for (const char* k : matching::kPersonKinds) {
          kinds.emplace_back(k, matching::PersonKindLabel(k));
        }
        AddField(d, {.name = "kind",
                     .label = Msg("field.person_kind"),
                     .type = "select",
                     .value = val("kind", p.kind),
                     .error = err("kind"),
                     .required = true,
                     .options = kinds});
        AddField(d, {.name = "employer",
                     .label = Msg("field.employer"),
                     .value = val("employer", p.employer),
                     .hint = Msg("hint.employer"),
                     .error = err("employer")});
        AddField(d, {.name = "skills",
                     .label = Msg("field.skills"),
                     .type = "checkboxes",
                     .error = err("skills"),
                     .options = SkillOptions(app),
                     .checked = ticked("skills", p.skills)});
        AddField(d, {.name = "skills_note",
                     .label = Msg("field.skills_note"),
                     .value = val("skills_note", p.skills_note),
                     .hint = Msg("hint.skills_note"),
                     .error = err("skills_note")});
        AddField(d, {.name = "interests",
                     .label = Msg("field.interests"),
                     .type = "checkboxes",
                     .error = err("interests"),
                     .options = CodeOptions(matching::kCategories, matching::CategoryLabel),
                     .checked = ticked("interests", p.interests)});
        AddField(d, {.name = "regions",
                     .label = Msg("field.willing_regions"),
                     .type = "checkboxes",
                     .hint = Msg("hint.willing_regions"),
                     .error = err("regions"),
                     .options = RegionSlugOptions(app),
                     .checked = ticked("regions", region_slugs)});
        // The weekly grid: days as rows, periods as columns.
        const auto slots = ticked("slots", [&] {
          std::vector<std::string> out;
          for (int day = 0; day < match::kDays; ++day) {
            for (int q = 0; q < match::kPeriods; ++q) {
              if (p.slots & match::Slot(day, q)) out.push_back(SlotCode(day, q));
            }
          }
          return out;
        }());
        for (int q = 0; q < match::kPeriods; ++q) {
          Dict* head = d.AddSectionDictionary("PERIOD");
          head->SetValue("PERIOD_LABEL", Msg(std::string("period.") + matching::kPeriodCodes[q]));
        }
        for (int day = 0; day < match::kDays; ++day) {
          Dict* row = d.AddSectionDictionary("DAY");
          row->SetValue("DAY_LABEL", Msg(std::string("day.") + matching::kDayCodes[day]));
          for (int q = 0; q < match::kPeriods; ++q) {
            Dict* cell = row->AddSectionDictionary("SLOT");
            const std::string code = SlotCode(day, q);
            cell->SetValue("SLOT_CODE", code);
            cell->SetValue("SLOT_ID", day == 0 && q == 0 ? "f-slots" : "f-slots-" + code);
            cell->SetValue("SLOT_LABEL",
                           Msg(std::string("day.") + matching::kDayCodes[day]) + "曜 " +
                               Msg(std::string("period.") + matching::kPeriodCodes[q]));
            if (std::find(slots.begin(), slots.end(), code) != slots.end()) {
              cell->ShowSection("CHECKED");
            }
          }
        }
        RecordField("slots", Msg("field.slots"));
        if (!err("slots").empty())
          d.SetValueAndShowSection("SLOTS_ERROR", err("slots"), "HAS_SLOTS_ERROR");
        AddField(d,
                 {.name = "available_from",
                  .label = Msg("field.available_from"),
                  .type = "date",
                  .value = val("available_from", p.available_from),
                  .hint = Msg("hint.available_range"),
                  .error = err("available_from")},
                 "MORE_FIELDS");
        AddField(d,
                 {.name = "available_until",
                  .label = Msg("field.available_until"),
                  .type = "date",
                  .value = val("available_until", p.available_until),
                  .error = err("available_until")},
                 "MORE_FIELDS");
        Options travel{{"", Msg("field.choose")}};
        for (const char* t : matching::kTravel) travel.emplace_back(t, matching::TravelLabel(t));
        AddField(d,
                 {.name = "travel",
                  .label = Msg("field.travel"),
                  .type = "select",
                  .value = val("travel", p.travel),
                  .error = err("travel"),
                  .options = travel},
                 "MORE_FIELDS");
        AddField(d,
                 {.name = "max_km",
                  .label = Msg("field.max_km"),
                  .type = "number",
                  .value = val("max_km", p.max_km ? std::to_string(p.max_km) : ""),
                  .hint = Msg("hint.max_km"),
                  .error = err("max_km")},
                 "MORE_FIELDS");
        AddField(d,
                 {.name = "max_active",
                  .label = Msg("field.max_active"),
                  .type = "number",
                  .value = val("max_active", std::to_string(p.max_active)),
                  .hint = Msg("hint.max_active"),
                  .error = err("max_active")},
                 "MORE_FIELDS");
        AddField(d,
                 {.name = "minor",
                  .label = Msg("field.minor"),
                  .type = "select",
                  .value = val("minor", p.minor ? "1" : "0"),
                  .error = err("minor"),
                  .options = {{"0", Msg("label.no")}, {"1", Msg("label.yes")}}},
                 "MINOR_FIELDS");
        AddField(d,
                 {.name = "guardian_name",
                  .label = Msg("field.guardian_name"),
                  .value = val("guardian_name", p.guardian_name),
                  .hint = Msg("hint.guardian_name"),
                  .error = err("guardian_name")},
                 "MINOR_FIELDS");
        AddField(d,
                 {.name = "guardian_email",
                  .label = Msg("field.guardian_email"),
                  .type = "email",
                  .value = val("guardian_email", p.guardian_email),
                  .hint = Msg("hint.guardian_email"),
                  .error = err("guardian_email"),
                  .autocomplete = "off"},
                 "MINOR_FIELDS");
        if (saved && p.minor) {
          std::string status = p.guardian_consent_at
                                   ? Fill(Msg("volunteer.consent_given"),
                                          FormatDateJa(training::DateJst(p.guardian_consent_at)))
                                   : Msg(p.consent_requested ? "volunteer.consent_pending"
                                                             : "volunteer.consent_missing");
          d.SetValueAndShowSection("CONSENT_STATUS", status, "HAS_CONSENT");
        }
        AddField(d,
                 {.name = "discoverable",
                  .label = Msg("field.discoverable"),
                  .type = "select",
                  .value = val("discoverable", p.discoverable ? "1" : "0"),
                  .hint = Msg("hint.discoverable"),
                  .error = err("discoverable"),
                  .options = {{"0", Msg("field.discoverable_no")},
                              {"1", Msg("field.discoverable_yes")}}},
                 "PRIVACY_FIELDS");
        AddField(d,
                 {.name = "active",
                  .label = Msg("field.active"),
                  .type = "select",
                  .value = val("active", saved && !p.active ? "0" : "1"),
                  .error = err("active"),
                  .options = {{"1", Msg("field.active_yes")}, {"0", Msg("field.active_no")}}},
                 "PRIVACY_FIELDS");
      },
      errors);
}

Response GetVolunteer(App& app, RequestCtx& rc) { return ProfilePage(app, rc, 200, nullptr); }

Response PostVolunteer(App& app, RequestCtx& rc) {
  matching::ProfileForm f;
  f.kind = FormValue(rc, "kind");
  f.employer = FormValue(rc, "employer");
  f.skills_note = FormValue(rc, "skills_note");
  f.available_from = FormValue(rc, "available_from");
  f.available_until = FormValue(rc, "available_until");
  f.travel = FormValue(rc, "travel");
  f.max_km = FormValue(rc, "max_km");
  f.max_active = FormValue(rc, "max_active");
  f.minor = FormValue(rc, "minor");
  f.guardian_name = FormValue(rc, "guardian_name");
  f.guardian_email = FormValue(rc, "guardian_email");
  f.discoverable = FormValue(rc, "discoverable");
  f.active = FormValue(rc, "active");
  f.skills = Ticked(rc, "skills");
  f.interests = Ticked(rc, "interests");
  f.regions = Ticked(rc, "regions");
  f.slots = Ticked(rc, "slots");
  auto r = matching::SaveProfile(app.ctx(), rc.actor, f);
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return ProfilePage(app, rc, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/me/matches", "volunteer_saved");
}

// ---- /guardian/consent (the guardian's link; no account needed) -------------------------

Response GuardianPage(App& app, RequestCtx& rc, const std::string& token) {
  const auto name = matching::GuardianConsentRequest(app.ctx(), token);
  if (!name) return app.ErrorPage(rc, 404, Msg("error.consent_link"));
  return app.Page(rc, 200, Msg("page.guardian_title"), "matching/guardian.tpl", [&](Dict& d) {
    d.SetValue("PERSON_NAME", *name);
    d.SetValue("TOKEN", token);
  });
}

Response GetGuardian(App& app, RequestCtx& rc) {
  return GuardianPage(app, rc, QueryParam(rc.req, "token"));
}

Response PostGuardian(App& app, RequestCtx& rc) {
  auto r = matching::ConfirmGuardianConsent(app.ctx(), FormValue(rc, "token"));
  if (!r) return app.ErrorPage(rc, r.error());
  return app.Page(rc, 200, Msg("page.guardian_title"), "matching/guardian_done.tpl", [](Dict&) {});
}

// ---- /me/matches ----------------------------------------------------------------------

Response MyMatches(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const auto profile = matching::GetProfile(app.ctx(), rc.actor.id);
  const auto matches = matching::MatchesOfUser(app.ctx(), rc.actor.id);
  std::vector<matching::Recommendation> recs;
  if (profile) {
    if (auto r = matching::RecommendNeeds(app.ctx(), rc.actor, 10)) recs = std::move(*r);
  }
  return app.Page(rc, 200, Msg("page.my_matches_title"), "matching/my_matches.tpl", [&](Dict& d) {
    if (!profile) d.ShowSection("NO_PROFILE");
    if (profile) {
      Dict* p = d.AddSectionDictionary("PROFILE");
      p->SetValue("PROFILE_KIND", matching::PersonKindLabel(profile->kind));
      p->SetValue("VISIBILITY",
                  Msg(profile->discoverable ? "matching.visible_yes" : "matching.visible_no"));
      if (!profile->active) p->ShowSection("PAUSED");
      if (profile->minor && !profile->guardian_consent_at) p->ShowSection("NEEDS_CONSENT");
    }
    for (const auto& m : matches) {
      Dict* row = d.AddSectionDictionary("MATCH");
      row->SetIntValue("MATCH_ID", m.id.value());
      row->SetIntValue("NEED_ID", m.need_id.value());
      row->SetValue("TITLE", m.need_title);
      row->SetValue("ORG_NAME", m.org_name);
      row->SetValue("DATES",
                    m.need_date_from == m.need_date_to
                        ? FormatDateJa(m.need_date_from)
                        : FormatDateJa(m.need_date_from) + "〜" + FormatDateJa(m.need_date_to));
      row->SetValue("MATCH_STATUS", matching::StatusLabel(m.status));
      if (m.status == matching::MatchStatus::kInvited) row->ShowSection("CAN_ANSWER");
      if (matching::Current(m.status) && !m.minutes) {
        row->ShowSection("CAN_WITHDRAW");
      }
      if (m.minutes) {
        row->SetValueAndShowSection("HOURS", FormatMinutesJa(*m.minutes), "HAS_CERTIFICATE");
      }
    }
    if (matches.empty()) d.ShowSection("NO_MATCHES");
    for (const auto& r : recs) {
      Dict* row = d.AddSectionDictionary("REC");
      auto need = matching::GetNeed(app.ctx(), r.need_id);
      if (!need) continue;
      FillNeedSummary(row, *need, {});
      row->SetIntValue("SCORE", r.score);
      AddReasons(row, r.reasons);
    }
    if (profile && recs.empty()) d.ShowSection("NO_RECS");
  });
}

Response Certificate(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto id = IdParam<MatchId>(rc);
  auto m = id ? matching::GetMatch(app.ctx(), *id) : std::nullopt;
  // Only the person's own, and only once the organisation confirmed the hours.
  if (!m || m->user_id != rc.actor.id || m->status != matching::MatchStatus::kConfirmed ||
      !m->minutes) {
    return app.ErrorPage(rc, 404, Msg("error.not_found"));
  }
  auto need = matching::GetNeed(app.ctx(), m->need_id);
  if (!need) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  ActivityCertificate c;
  char number[32];
  std::snprintf(number, sizeof number, "MT-%06lld", static_cast<long long>(m->id.value()));
  c.number = number;
  c.person_name = m->person_name;
  c.need_title = need->title;
  c.org_name = need->org_name;
  c.period = Dates(*need);
  c.place = need->place;
  c.minutes = *m->minutes;
  c.confirmed_on = m->hours_confirmed_on;
  c.issued_on = training::TodayJst(app.ctx().clock);
  {
    auto mu = directory::FindMunicipalityByCode(app.ctx(), app.config().municipality_code);
    c.municipality = mu ? mu->name : std::string();
  }
  Response r;
  r.content_type = "application/pdf";
  r.body = RenderActivityCertificatePdf(c);
  r.Set("Content-Disposition", "attachment; filename=\"certificate-" + c.number + ".pdf\"");
  r.Set("Cache-Control", "no-store");
  return r;
}

// ---- /matching/batch ------------------------------------------------------------------

Response BatchPage(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!matching::CanRunBatch(rc.actor)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  const bool run = QueryParam(rc.req, "run") == "1";
  std::optional<matching::BatchResult> result;
  if (run) {
    auto r = matching::ComputeBatch(app.ctx(), rc.actor);
    if (!r) return app.ErrorPage(rc, r.error());
    result = std::move(*r);
  }
  return app.Page(rc, 200, Msg("page.batch_title"), "matching/batch.tpl", [&](Dict& d) {
    if (!result) return;
    Dict* res = d.AddSectionDictionary("RESULT");
    res->SetIntValue("NEEDS", result->needs);
    res->SetIntValue("PEOPLE", result->people);
    res->SetIntValue("EDGES", result->edges);
    res->SetIntValue("PLACES", result->open_places);
    res->SetIntValue("PROPOSALS", static_cast<long>(result->proposals.size()));
    res->SetIntValue("TOTAL", result->total_score);
    for (const auto& p : result->proposals) {
      Dict* row = res->AddSectionDictionary("PROPOSAL");
      row->SetIntValue("NEED_ID", p.need_id.value());
      row->SetIntValue("USER_ID", p.user_id.value());
      row->SetValue("NEED_TITLE", p.need_title);
      row->SetValue("PERSON_NAME", p.person_name);
      row->SetIntValue("SCORE", p.score);
      AddReasons(row, p.reasons);
    }
    if (result->proposals.empty()) {
      res->ShowSection("NO_PROPOSALS");
    } else {
      res->ShowSection("CAN_SEND");
    }
  });
}

Response PostBatch(App& app, RequestCtx& rc) {
  std::vector<std::pair<NeedId, UserId>> pairs;
  for (const auto& [key, value] : rc.form) {
    // pair_<need>_<user>=1 for every proposal the officer kept ticked.
    if (value != "1" || !key.starts_with("pair_")) continue;
    const auto sep = key.find('_', 5);
    if (sep == std::string::npos) continue;
    auto need = text::ParsePositiveInt(key.substr(5, sep - 5));
    auto user = text::ParsePositiveInt(key.substr(sep + 1));
    if (need && user) pairs.emplace_back(NeedId{*need}, UserId{*user});
  }
  auto r = matching::SendBatch(app.ctx(), rc.actor, pairs);
  if (!r) {
    if (r.error().kind == FailureKind::kInvalid) {
      return app.RedirectWithFlash(rc, "/matching/batch", "batch_none");
    }
    return app.ErrorPage(rc, r.error());
  }
  return app.RedirectWithFlash(rc, "/matching/batch", "batch_sent");
}

// ---- /admin/skills --------------------------------------------------------------------

Response SkillsPage(App& app, RequestCtx& rc, int status, const Failure* errors,
                    SkillId failed_id) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!Can(rc.actor, Action::kManageSkills, Subject{})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  const auto skills = matching::ListSkills(app.ctx());
  // A failed rename is reported as the field "rename" (the add form owns "label").
  Failure rename;
  if (failed_id && errors) {
    rename = *errors;
    rename.fields = {{"rename", FieldError(errors, "label")}};
  }
  return app.Page(
      rc, status, Msg("page.skills_title"), "matching/skills.tpl",
      [&](Dict& d) {
        for (const auto& s : skills) {
          Dict* row = d.AddSectionDictionary("SKILL");
          row->SetIntValue("SKILL_ID", s.id.value());
          const bool failed = failed_id == s.id;
          row->SetValue("SKILL_LABEL", failed ? FormValue(rc, "label") : s.label);
          row->SetValue("SKILL_NAME", s.label);
          row->SetValue("SKILL_INPUT_ID", failed ? "f-rename" : "skill-" + to_string(s.id));
          if (failed) {
            RecordField("rename", Msg("skills.rename_label") + "（" + s.label + "）");
            row->SetValueAndShowSection("SKILL_ERROR", FieldError(errors, "label"),
                                        "HAS_SKILL_ERROR");
          }
        }
        AddField(d, {.name = "label",
                     .label = Msg("field.skill_label"),
                     .value = !failed_id && errors ? FormValue(rc, "label") : "",
                     .error = !failed_id ? FieldError(errors, "label") : "",
                     .required = true});
      },
      !failed_id ? errors : (errors ? &rename : nullptr));
}

Response GetSkills(App& app, RequestCtx& rc) {
  return SkillsPage(app, rc, 200, nullptr, SkillId{});
}

Response PostSkill(App& app, RequestCtx& rc) {
  auto r = matching::AddSkill(app.ctx(), rc.actor, FormValue(rc, "label"));
  if (!r) {
    const Failure f = r.error();
    if (f.kind != FailureKind::kInvalid && f.kind != FailureKind::kConflict) {
      return app.ErrorPage(rc, f);
    }
    return SkillsPage(app, rc, App::StatusFor(f.kind), &f, SkillId{});
  }
  return app.RedirectWithFlash(rc, "/admin/skills", "skill_added");
}

Response PostRenameSkill(App& app, RequestCtx& rc) {
  auto id = IdParam<SkillId>(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = matching::RenameSkill(app.ctx(), rc.actor, *id, FormValue(rc, "label"));
  if (!r) {
    const Failure f = r.error();
    if (f.kind != FailureKind::kInvalid && f.kind != FailureKind::kConflict) {
      return app.ErrorPage(rc, f);
    }
    return SkillsPage(app, rc, App::StatusFor(f.kind), &f, *id);
  }
  return app.RedirectWithFlash(rc, "/admin/skills", "skill_renamed");
}

// ---- JSON -----------------------------------------------------------------------------

json::object NeedJson(const matching::Need& n) {
  json::object j{{"id", n.id.value()},
                 {"url", "/matching/needs/" + to_string(n.id)},
                 {"title", n.title},
                 {"description", n.description},
                 {"kind", n.kind},
                 {"kind_label", matching::NeedKindLabel(n.kind)},
                 {"category", n.category},
                 {"category_label", matching::CategoryLabel(n.category)},
                 {"organisation", json::object{{"id", n.org_id.value()}, {"name", n.org_name}}},
                 {"region", n.region_slug},
                 {"place", n.place},
                 {"date_from", n.date_from},
                 {"date_to", n.date_to},
                 {"start_time", n.start_time},
                 {"end_time", n.end_time},
                 {"capacity", n.capacity},
                 {"confirmed", n.confirmed},
                 {"minors_allowed", n.minors_allowed},
                 {"requires_certification", n.requires_certification},
                 {"status", std::string(matching::ToString(n.status))}};
  json::array days, required, welcome;
  for (int d = 0; d < 7; ++d) {
    if (n.weekdays & (1u << d)) days.push_back(json::string(matching::kDayCodes[d]));
  }
  for (const auto& s : n.required_skills) required.push_back(json::string(s));
  for (const auto& s : n.welcome_skills) welcome.push_back(json::string(s));
  j["weekdays"] = std::move(days);
  j["required_skills"] = std::move(required);
  j["welcome_skills"] = std::move(welcome);
  if (n.has_own_point && n.where) {
    j["location"] = json::object{{"lat", n.where->lat}, {"lon", n.where->lon}};
  } else {
    j["location"] = nullptr;
  }
  return j;
}

json::object RecJson(const matching::Recommendation& r, bool with_person) {
  json::array reasons;
  for (const auto& s : r.reasons) reasons.push_back(json::string(s));
  json::object j{
      {"need_id", r.need_id.value()}, {"score", r.score}, {"reasons", std::move(reasons)}};
  if (with_person) {
    j["person"] = json::object{{"id", r.user_id.value()},
                               {"name", r.person_name},
                               {"kind", r.person_kind},
                               {"kind_label", matching::PersonKindLabel(r.person_kind)}};
  } else {
    j["title"] = r.need_title;
    j["url"] = "/matching/needs/" + to_string(r.need_id);
  }
  return j;
}

Response ListPage(App& app, json::array items) {
  const auto total = static_cast<std::int64_t>(items.size());
  return app.Json(200, json::serialize(json::object{
                           {"items", std::move(items)}, {"total", total}, {"page", 1}}));
}

Response ApiNeeds(App& app, RequestCtx& rc) {
  matching::NeedFilter f;
  const std::string region = QueryParam(rc.req, "region");
  if (!region.empty()) {
    f.region = RegionIdOf(app, region);
    if (!f.region)
      return app.JsonError(400, Msg("error.unknown_region"),
                           {{"region", Msg("error.unknown_region")}});
  }
  f.kind = QueryParam(rc.req, "kind");
  f.category = QueryParam(rc.req, "category");
  f.minors_only = QueryParam(rc.req, "minors") == "1";
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  const auto [page, per_page] = *paging;
  const auto needs = matching::ListOpenNeeds(app.ctx(), f);
  json::array items;
  for (std::size_t i = static_cast<std::size_t>((page - 1) * per_page);
       i < needs.size() && items.size() < static_cast<std::size_t>(per_page); ++i) {
    items.push_back(NeedJson(needs[i]));
  }
  return app.Json(200,
                  json::serialize(json::object{{"items", std::move(items)},
                                               {"total", static_cast<std::int64_t>(needs.size())},
                                               {"page", page}}));
}

// POST /api/v1/needs with a JSON object of the form's fields; only with an API token (a
// session cookie alone is refused, so that another site cannot post in a user's name).
Response ApiCreateNeed(App& app, RequestCtx& rc) {
  if (!rc.token_auth || rc.actor.IsAnonymous()) {
    return app.JsonError(401, Msg("error.token_required"));
  }
  boost::system::error_code ec;
  json::value body = json::parse(rc.req.body, ec);
  if (ec || !body.is_object()) return app.JsonError(400, Msg("error.bad_json"));
  const auto& o = body.as_object();
  matching::NeedForm f;
  f.org_id = JsonString(o, "org_id");
  f.title = JsonString(o, "title");
  f.description = JsonString(o, "description");
  f.kind = JsonString(o, "kind");
  f.category = JsonString(o, "category");
  f.region = JsonString(o, "region");
  f.place = JsonString(o, "place");
  f.lat = JsonString(o, "lat");
  f.lon = JsonString(o, "lon");
  f.date_from = JsonString(o, "date_from");
  f.date_to = JsonString(o, "date_to");
  f.start_time = JsonString(o, "start_time");
  f.end_time = JsonString(o, "end_time");
  f.capacity = JsonString(o, "capacity");
  f.minors_allowed = JsonString(o, "minors_allowed");
  f.requires_certification = JsonString(o, "requires_certification");
  f.details = JsonString(o, "details");
  f.required_skills = JsonStrings(o, "required_skills");
  f.welcome_skills = JsonStrings(o, "welcome_skills");
  f.weekdays = JsonStrings(o, "weekdays");
  for (const auto& [k, v] : o) {
    if (v.is_string() && !text::IsValidText(std::string(v.as_string()))) {
      return app.JsonError(400, Msg("error.bad_text"));
    }
  }
  auto r = matching::CreateNeed(app.ctx(), rc.actor, f);
  if (!r) {
    const Failure& e = r.error();
    return app.JsonError(App::StatusFor(e.kind), e.message, e.fields);
  }
  auto need = matching::GetNeed(app.ctx(), *r);
  Response res = app.Json(201, json::serialize(NeedJson(*need)));
  res.Set("Location", "/api/v1/needs/" + to_string(*r));
  return res;
}

Response ApiNeed(App& app, RequestCtx& rc) {
  auto id = IdParam<NeedId>(rc);
  auto need = id ? matching::GetNeed(app.ctx(), *id) : std::nullopt;
  if (!need) return app.JsonError(404, Msg("error.not_found"));
  return app.Json(200, json::serialize(NeedJson(*need)));
}

Response ApiCandidates(App& app, RequestCtx& rc) {
  auto id = IdParam<NeedId>(rc);
  if (!id) return app.JsonError(404, Msg("error.not_found"));
  auto r = matching::RecommendCandidates(app.ctx(), rc.actor, *id, 50);
  if (!r) return app.JsonError(App::StatusFor(r.error().kind), r.error().message);
  json::array items;
  for (const auto& c : *r) items.push_back(RecJson(c, true));
  return ListPage(app, std::move(items));
}

Response ApiMyRecommendations(App& app, RequestCtx& rc) {
  auto r = matching::RecommendNeeds(app.ctx(), rc.actor, 50);
  if (!r) return app.JsonError(App::StatusFor(r.error().kind), r.error().message);
  json::array items;
  for (const auto& c : *r) items.push_back(RecJson(c, false));
  return ListPage(app, std::move(items));
}

}  // namespace

void AddMatchingRoutes(Router<Handler>& r) {
  r.Add("GET", "/matching", NeedsPage);
  r.Add("GET", "/matching/new", GetNewNeed);
  r.Add("POST", "/matching/new", PostNewNeed);
  r.Add("GET", "/matching/batch", BatchPage);
  r.Add("POST", "/matching/batch", PostBatch);
  r.Add("GET", "/matching/needs/{id}", GetNeed);
  r.Add("POST", "/matching/needs/{id}/apply", PostApply);
  r.Add("POST", "/matching/needs/{id}/invite", PostInvite);
  r.Add("POST", "/matching/needs/{id}/close", PostClose);
  r.Add("POST", "/matching/matches/{id}/{action}", PostMatchAction);
  r.Add("GET", "/guardian/consent", GetGuardian);
  r.Add("POST", "/guardian/consent", PostGuardian);
  r.Add("GET", "/me/volunteer", GetVolunteer);
  r.Add("POST", "/me/volunteer", PostVolunteer);
  r.Add("GET", "/me/matches", MyMatches);
  r.Add("GET", "/me/matches/{id}/certificate.pdf", Certificate);
  r.Add("GET", "/admin/skills", GetSkills);
  r.Add("POST", "/admin/skills", PostSkill);
  r.Add("POST", "/admin/skills/{id}", PostRenameSkill);
  r.Add("GET", "/api/v1/needs", ApiNeeds);
  r.Add("POST", "/api/v1/needs", ApiCreateNeed);
  r.Add("GET", "/api/v1/needs/{id}", ApiNeed);
  r.Add("GET", "/api/v1/needs/{id}/candidates", ApiCandidates);
  r.Add("GET", "/api/v1/people/me/recommendations", ApiMyRecommendations);
}

}  // namespace tsunagu::web
