// Talks (話し合い): the list with a region's summary, a talk with its sign-up, minutes and
// action items, the organiser's forms (plan, edit, minutes), the organisations' ground rules,
// the facilitator register, and the JSON API.
#include <boost/json.hpp>

#include <algorithm>

#include "features/events/commands.hpp"
#include "features/events/views.hpp"
#include "features/issues/commands.hpp"
#include "features/posts/views.hpp"
#include "features/talks/commands.hpp"
#include "features/talks/routes.hpp"
#include "features/training/commands.hpp"
#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

using Options = std::vector<std::pair<std::string, std::string>>;

std::string TalkPath(talks::TalkId id) {
  std::string p = "/talks/";
  p += to_string(id);
  return p;
}

// "2026年12月5日（土） 13:30〜16:00"
std::string WhenText(const talks::Talk& t) {
  std::string s = jst::LongDate(jst::Date(t.starts_at));
  s += " ";
  s += jst::Time(t.starts_at);
  s += "〜";
  s += jst::Time(t.ends_at);
  return s;
}

std::string StatusLabel(const talks::Talk& t, std::int64_t now) {
  if (t.status == talks::TalkStatus::kCancelled) return Msg("talk.status_cancelled");
  if (t.status == talks::TalkStatus::kHeld) return Msg("talk.status_held");
  if (t.Started(now)) return Msg("talk.status_waiting_minutes");
  return Msg("talk.status_planned");
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s + "\n") {
    if (ch == '\n') {
      std::string line = text::Trim(cur);
      if (!line.empty()) out.push_back(line);
      cur.clear();
    } else if (ch != '\r') {
      cur += ch;
    }
  }
  return out;
}

// An agenda line without the number people type ("1. ", "２．"): the list numbers it.
std::string Unnumbered(const std::string& line) {
  const std::string s = text::Nfkc(line);
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 || i >= s.size()) return line;
  if (s[i] == '.' || s[i] == ')') {
    return text::Trim(s.substr(i + 1));
  }
  if (s.compare(i, 3, "、") == 0) return text::Trim(s.substr(i + 3));
  return line;
}

std::optional<Region> RegionBySlug(App& app, const std::string& slug) {
  return directory::FindRegionBySlug(app.ctx(), slug);
}

Options FormatOptions(const std::string& blank) {
  Options out;
  if (!blank.empty()) out.emplace_back("", blank);
  for (const char* k : talks::kFormats) out.emplace_back(k, talks::FormatLabel(k));
  return out;
}

Options AudienceOptions() {
  Options out;
  for (const char* k : talks::kAudiences) out.emplace_back(k, talks::AudienceLabel(k));
  return out;
}

Options FacilitatorOptions(App& app, talks::FacilitatorId current) {
  Options out{{"", Msg("talk.no_facilitator")}};
  for (const auto& f : talks::Facilitators(app.ctx(), false)) {
    if (!f.active && f.id != current) continue;
    std::string label = f.name;
    if (!f.region_names.empty()) {
      label += "（";
      for (std::size_t i = 0; i < f.region_names.size(); ++i) {
        if (i) label += "・";
        label += f.region_names[i];
      }
      label += "）";
    }
    out.emplace_back(to_string(f.id), label);
  }
  return out;
}

// Open issues of the regions the form may concern, and the ones already linked.
Options IssueOptions(App& app, const std::vector<RegionId>& regions,
                     const std::vector<issues::IssueId>& linked) {
  Options out;
  auto add = [&](const issues::Issue& i) {
    const std::string id = std::to_string(i.id.value());
    for (const auto& o : out) {
      if (o.first == id) return;
    }
    std::string label = i.title;
    label += "（";
    label += i.region_name;
    label += "）";
    out.emplace_back(id, label);
  };
  for (auto id : linked) {
    if (auto i = issues::Get(app.ctx(), id)) add(*i);
  }
  for (RegionId r : regions) {
    if (!r) continue;
    issues::Filter f;
    f.region = r;
    f.open_only = true;
    for (const auto& i : issues::List(app.ctx(), f, 1, 30).items) add(i);
  }
  return out;
}

std::vector<std::string> Checked(const RequestCtx& rc, const std::string& name,
                                 const Options& options) {
  std::vector<std::string> out;
  for (const auto& [value, label] : options) {
    if (FormValue(rc, name + ":" + value) == "1") out.push_back(value);
  }
  return out;
}

talks::TalkForm ReadForm(App& app, const RequestCtx& rc) {
  talks::TalkForm f;
  f.org = FormValue(rc, "org");
  f.region = FormValue(rc, "region");
  f.title = FormValue(rc, "title");
  f.title_kana = FormValue(rc, "title_kana");
  f.purpose = FormValue(rc, "purpose");
  f.format = FormValue(rc, "format");
  f.date = FormValue(rc, "date");
  f.start_time = FormValue(rc, "start_time");
  f.end_time = FormValue(rc, "end_time");
  f.place = FormValue(rc, "place");
  f.online_url = FormValue(rc, "online_url");
  f.agenda = FormValue(rc, "agenda");
  f.capacity = FormValue(rc, "capacity");
  f.ground_rules = FormValue(rc, "ground_rules");
  f.facilitator = FormValue(rc, "facilitator");
  f.audience = Checked(rc, "audience", AudienceOptions());
  // Issue boxes are named issues:<id>; any id is passed on and checked by the command.
  for (const auto& [name, value] : rc.form) {
    if (name.starts_with("issues:") && value == "1") f.issues.push_back(name.substr(7));
  }
  (void)app;
  return f;
}

Response FormPage(App& app, RequestCtx& rc, const talks::Talk* old, int status,
                  const Failure* errors) {
  const bool posted = errors != nullptr;
  auto value = [&](const std::string& n, const std::string& dflt) {
    return posted ? FormValue(rc, n) : dflt;
  };
  const auto orgs = PublishableOrgs(app, rc.actor);
  std::string home_slug;
  std::vector<RegionId> regions;
  if (auto r = directory::FindRegion(app.ctx(), old ? old->region_id : rc.actor.home_region_id))
    home_slug = r->slug;
  if (old) {
    regions.push_back(old->region_id);
  } else {
    for (const auto& [id, name] : orgs) {
      if (auto o = directory::FindOrg(app.ctx(), OrgId{std::stoll(id)}); o && o->region_id) {
        regions.push_back(o->region_id);
      }
    }
  }
  std::sort(regions.begin(), regions.end());
  regions.erase(std::unique(regions.begin(), regions.end()), regions.end());
  const auto issue_options =
      IssueOptions(app, regions, old ? old->issue_ids : std::vector<issues::IssueId>{});
  const std::string title = old ? Msg("talk.edit_title") : Msg("talk.new_title");
  return app.Page(
      rc, status, title, "talks/talk_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetValue("ACTION", old ? TalkPath(old->id) + "/edit" : "/talks/new");
        d.SetValue("SUBMIT", old ? Msg("talk.save") : Msg("talk.create"));
        if (old) {
          d.SetValue("BACK_HREF", TalkPath(old->id));
          d.SetValueAndShowSection("BACK_TITLE", old->title, "HAS_BACK");
        }
        auto add = [&](Field f) {
          if (f.type != "checkboxes") f.value = value(f.name, f.value);
          f.error = FieldError(errors, f.name);
          AddField(d, f);
        };
        if (!old) {
          add({.name = "org",
               .label = Msg("field.talk_org"),
               .type = "select",
               .value = orgs.empty() ? "" : orgs.front().first,
               .required = true,
               .options = orgs});
        }
        add({.name = "region",
             .label = Msg("field.region"),
             .type = "select",
             .value = old ? old->region_slug : home_slug,
             .required = true,
             .options = RegionOptions(app, Msg("label.choose"))});
        add({.name = "title",
             .label = Msg("field.talk_title"),
             .value = old ? old->title : "",
             .required = true});
        add({.name = "title_kana",
             .label = Msg("field.talk_title_kana"),
             .value = old ? old->title_kana : "",
             .hint = Msg("hint.talk_title_kana"),
             .required = true});
        add({.name = "purpose",
             .label = Msg("field.talk_purpose"),
             .type = "textarea",
             .value = old ? old->purpose : ""});
        add({.name = "format",
             .label = Msg("field.talk_format"),
             .type = "select",
             .value = old ? old->format : "",
             .required = true,
             .options = FormatOptions(Msg("label.choose"))});
        add({.name = "date",
             .label = Msg("field.talk_date"),
             .type = "date",
             .value = old ? jst::Date(old->starts_at) : "",
             .required = true});
        add({.name = "start_time",
             .label = Msg("field.start_time"),
             .type = "time",
             .value = old ? jst::Time(old->starts_at) : "",
             .required = true});
        add({.name = "end_time",
             .label = Msg("field.end_time"),
             .type = "time",
             .value = old ? jst::Time(old->ends_at) : "",
             .required = true});
        add({.name = "place",
             .label = Msg("field.place"),
             .value = old ? old->place : "",
             .hint = Msg("hint.talk_place")});
        add({.name = "online_url",
             .label = Msg("field.talk_online_url"),
             .type = "url",
             .value = old ? old->online_url : "",
             .hint = Msg("hint.talk_online_url")});
        add({.name = "agenda",
             .label = Msg("field.talk_agenda"),
             .type = "textarea",
             .value = old ? old->agenda : "",
             .hint = Msg("hint.talk_one_per_line")});
        add({.name = "audience",
             .label = Msg("field.talk_audience"),
             .type = "checkboxes",
             .options = AudienceOptions(),
             .checked = posted ? Checked(rc, "audience", AudienceOptions())
                        : old  ? old->audience
                               : std::vector<std::string>{}});
        add({.name = "capacity",
             .label = Msg("field.capacity"),
             .type = "number",
             .value = old && old->capacity ? std::to_string(*old->capacity) : "",
             .hint = Msg("hint.talk_capacity")});
        add({.name = "facilitator",
             .label = Msg("field.talk_facilitator"),
             .type = "select",
             .value = old && old->facilitator_id ? to_string(old->facilitator_id) : "",
             .hint = Msg("hint.talk_facilitator"),
             .options =
                 FacilitatorOptions(app, old ? old->facilitator_id : talks::FacilitatorId{})});
        add({.name = "ground_rules",
             .label = Msg("field.talk_ground_rules"),
             .type = "textarea",
             .value = old ? old->ground_rules : "",
             .hint = Msg("hint.talk_ground_rules")});
        if (!issue_options.empty()) {
          std::vector<std::string> checked;
          if (posted) {
            checked = Checked(rc, "issues", issue_options);
          } else if (old) {
            for (auto id : old->issue_ids) checked.push_back(to_string(id));
          }
          add({.name = "issues",
               .label = Msg("field.talk_issues"),
               .type = "checkboxes",
               .hint = Msg("hint.talk_issues"),
               .options = issue_options,
               .checked = checked});
        }
      },
      errors);
}

Response NewTalkForm(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (PublishableOrgs(app, rc.actor).empty()) {
    return app.ErrorPage(rc, 403, Msg("talk.err_no_org"));
  }
  return FormPage(app, rc, nullptr, 200, nullptr);
}

Response CreateTalk(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = talks::CreateTalk(app.ctx(), rc.actor, ReadForm(app, rc));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, nullptr, 400, &err);
  }
  return app.RedirectWithFlash(rc, TalkPath(*r), "talk_created");
}

// The talk the actor manages, or the answer to give instead.
std::variant<talks::Talk, Response> ManagedTalk(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto t = id ? talks::Get(app.ctx(), talks::TalkId{*id}) : std::nullopt;
  if (!t) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!talks::CanManage(rc.actor, *t)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  return *t;
}

Response EditTalkForm(App& app, RequestCtx& rc) {
  auto t = ManagedTalk(app, rc);
  if (auto* r = std::get_if<Response>(&t)) return std::move(*r);
  const auto& talk = std::get<talks::Talk>(t);
  if (talk.status == talks::TalkStatus::kCancelled)
    return app.ErrorPage(rc, 409, Msg("talk.err_cancelled"));
  return FormPage(app, rc, &talk, 200, nullptr);
}

Response UpdateTalk(App& app, RequestCtx& rc) {
  auto t = ManagedTalk(app, rc);
  if (auto* r = std::get_if<Response>(&t)) return std::move(*r);
  const auto& talk = std::get<talks::Talk>(t);
  auto r = talks::UpdateTalk(app.ctx(), rc.actor, talk.id, ReadForm(app, rc));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, &talk, 400, &err);
  }
  return app.RedirectWithFlash(rc, TalkPath(talk.id), "talk_saved");
}

Response CancelTalk(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = talks::CancelTalk(app.ctx(), rc.actor, talks::TalkId{*id});
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, TalkPath(talks::TalkId{*id}), "talk_cancelled");
}

// ---- Minutes ----------------------------------------------------------------------------------

constexpr int kBlankRows = 3, kMaxRows = 40;

Response CloseFormPage(App& app, RequestCtx& rc, const talks::Talk& t, int status,
                       const Failure* errors) {
  const bool posted = errors != nullptr;
  auto value = [&](const std::string& n, const std::string& dflt) {
    return posted ? FormValue(rc, n) : dflt;
  };
  Options org_options{{"", Msg("talk.action_org_none")}};
  for (const auto& o : directory::ListOrgsInRegion(app.ctx(), t.region_id)) {
    org_options.emplace_back(to_string(o.id), o.name);
  }
  int rows = static_cast<int>(t.actions.size()) + kBlankRows;
  if (posted) {
    rows = static_cast<int>(std::min<std::int64_t>(
        text::ParsePositiveInt(FormValue(rc, "action_rows")).value_or(rows), kMaxRows));
  }
  const std::string title = Msg("talk.close_title");
  return app.Page(
      rc, status, title, "talks/talk_close.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetIntValue("ID", t.id.value());
        d.SetValue("TITLE", t.title);
        d.SetValue("WHEN", WhenText(t));
        auto field = [&](Dict& into, Field f, const char* section) {
          f.value = value(f.name, f.value);
          f.error = FieldError(errors, f.name);
          AddField(into, f, section);
        };
        field(d,
              {.name = "minutes",
               .label = Msg("field.talk_minutes"),
               .type = "textarea",
               .value = t.minutes,
               .hint = Msg("hint.talk_minutes"),
               .required = true},
              "FIELDS");
        field(d,
              {.name = "decisions",
               .label = Msg("field.talk_decisions"),
               .type = "textarea",
               .value = t.decisions,
               .hint = Msg("hint.talk_one_per_line")},
              "FIELDS");
        for (std::string_view band : kAgeBands) {
          const std::string b(band);
          auto it = t.participants.find(b);
          field(d,
                {.name = "people_" + b,
                 .label = AgeBandLabel(band),
                 .type = "number",
                 .value = it == t.participants.end() ? "" : std::to_string(it->second)},
                "PEOPLE_FIELDS");
        }
        d.SetIntValue("ACTION_ROWS", rows);
        for (int i = 0; i < rows; ++i) {
          const std::string n = std::to_string(i + 1);
          const talks::ActionItem* a = i < static_cast<int>(t.actions.size())
                                           ? &t.actions[static_cast<std::size_t>(i)]
                                           : nullptr;
          Dict* row = d.AddSectionDictionary("ACTION_ROW");
          row->SetValue("N", n);
          row->SetValue("ROW_ID", value("action_id_" + n, a ? to_string(a->id) : ""));
          field(*row,
                {.name = "action_what_" + n,
                 .label = Msg("field.talk_action_what"),
                 .value = a ? a->what : ""},
                "ROW_FIELDS");
          field(*row,
                {.name = "action_who_" + n,
                 .label = Msg("field.talk_action_who"),
                 .value = a ? a->who_text : "",
                 .hint = Msg("hint.talk_action_who")},
                "ROW_FIELDS");
          field(*row,
                {.name = "action_org_" + n,
                 .label = Msg("field.talk_action_org"),
                 .type = "select",
                 .value = a && a->who_org_id ? to_string(a->who_org_id) : "",
                 .options = org_options},
                "ROW_FIELDS");
          field(*row,
                {.name = "action_due_" + n,
                 .label = Msg("field.talk_action_due"),
                 .type = "date",
                 .value = a ? a->due_date : ""},
                "ROW_FIELDS");
        }
      },
      errors);
}

Response CloseForm(App& app, RequestCtx& rc) {
  auto t = ManagedTalk(app, rc);
  if (auto* r = std::get_if<Response>(&t)) return std::move(*r);
  const auto& talk = std::get<talks::Talk>(t);
  if (talk.status == talks::TalkStatus::kCancelled)
    return app.ErrorPage(rc, 409, Msg("talk.err_cancelled"));
  if (!talk.Started(app.ctx().clock.Now())) {
    return app.ErrorPage(rc, 409, Msg("talk.err_not_held"));
  }
  return CloseFormPage(app, rc, talk, 200, nullptr);
}

Response PostClose(App& app, RequestCtx& rc) {
  auto t = ManagedTalk(app, rc);
  if (auto* r = std::get_if<Response>(&t)) return std::move(*r);
  const auto& talk = std::get<talks::Talk>(t);
  talks::CloseForm f;
  f.minutes = FormValue(rc, "minutes");
  f.decisions = FormValue(rc, "decisions");
  for (std::string_view band : kAgeBands) {
    const std::string b(band);
    f.participants[b] = FormValue(rc, "people_" + b);
  }
  const int rows = static_cast<int>(std::min<std::int64_t>(
      text::ParsePositiveInt(FormValue(rc, "action_rows")).value_or(0), kMaxRows));
  for (int i = 1; i <= rows; ++i) {
    const std::string n = std::to_string(i);
    f.actions.push_back({FormValue(rc, "action_id_" + n), FormValue(rc, "action_what_" + n),
                         FormValue(rc, "action_who_" + n), FormValue(rc, "action_org_" + n),
                         FormValue(rc, "action_due_" + n)});
  }
  auto r = talks::CloseTalk(app.ctx(), rc.actor, talk.id, f);
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return CloseFormPage(app, rc, talk, 400, &err);
  }
  return app.RedirectWithFlash(rc, TalkPath(talk.id) + "#minutes-heading", "talk_minutes_saved");
}

std::optional<std::int64_t> ActionParam(const RequestCtx& rc) {
  auto it = rc.params.find("action");
  if (it == rc.params.end()) return std::nullopt;
  return text::ParsePositiveInt(it->second);
}

Response ToggleAction(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto action = ActionParam(rc);
  if (!id || !action) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const bool done = FormValue(rc, "done") == "1";
  auto r = talks::SetActionDone(app.ctx(), rc.actor, talks::TalkId{*id},
                                talks::ActionItemId{*action}, done);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc,
                               TalkPath(talks::TalkId{*id}) + "#action-" + std::to_string(*action),
                               done ? "talk_action_done" : "talk_action_reopened");
}

Response ActionIssue(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto action = ActionParam(rc);
  if (!id || !action) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = talks::ActionToIssue(app.ctx(), rc.actor, talks::TalkId{*id},
                                talks::ActionItemId{*action}, FormValue(rc, "category"));
  if (!r) {
    const Failure& err = r.error();
    if (err.kind == FailureKind::kInvalid) {
      std::string m = err.message;
      for (const auto& [field, message] : err.fields) {
        m += "：";
        m += message;
      }
      return app.ErrorPage(rc, 400, m);
    }
    return app.ErrorPage(rc, err);
  }
  return app.RedirectWithFlash(
      rc, TalkPath(talks::TalkId{*id}) + "#action-" + std::to_string(*action), "talk_action_issue");
}

Response ActionProject(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto action = ActionParam(rc);
  if (!id || !action) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r =
      talks::ActionToProject(app.ctx(), rc.actor, talks::TalkId{*id}, talks::ActionItemId{*action});
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc,
                               TalkPath(talks::TalkId{*id}) + "#action-" + std::to_string(*action),
                               "talk_action_project");
}

// ---- A talk -----------------------------------------------------------------------------------

void FillItem(Dict& d, const talks::Talk& t, std::int64_t now) {
  d.SetIntValue("ID", t.id.value());
  d.SetValue("TITLE", t.title);
  d.SetValue("URL", TalkPath(t.id));
  d.SetValue("WHEN", WhenText(t));
  d.SetValue("START_ISO", jst::Iso(t.starts_at));
  d.SetValue("FORMAT", talks::FormatLabel(t.format));
  d.SetValue("REGION_NAME", t.region_name);
  d.SetValue("REGION_SLUG", t.region_slug);
  d.SetValue("ORG_NAME", t.org_name);
  d.SetValue("STATUS", StatusLabel(t, now));
  if (t.status == talks::TalkStatus::kCancelled) d.ShowSection("CANCELLED");
  if (!t.place.empty()) d.SetValueAndShowSection("PLACE", t.place, "HAS_PLACE");
}

Response GetTalk(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto t = id ? talks::Get(app.ctx(), talks::TalkId{*id}) : std::nullopt;
  if (!t) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  rc.cacheable = true;
  const auto now = app.ctx().clock.Now();
  const auto event =
      t->event_id ? events::GetEvent(app.ctx(), events::EventId{t->event_id}) : std::nullopt;
  const auto mine = event ? events::SignupStatusOf(app.ctx(), rc.actor, event->id) : std::nullopt;
  const bool manage = talks::CanManage(rc.actor, *t);
  std::vector<issues::Issue> discussed;
  for (auto issue : t->issue_ids) {
    if (auto i = issues::Get(app.ctx(), issues::IssueId{issue})) discussed.push_back(*i);
  }
  rc.og["og:type"] = "website";
  rc.og["og:title"] = t->title;
  rc.og["og:description"] = WhenText(*t);
  rc.og["og:url"] = app.config().base_url + TalkPath(t->id);
  rc.og["og:site_name"] = Msg("site.full_name");
  return app.Page(rc, 200, t->title, "talks/talk.tpl", [&](Dict& d) {
    FillItem(d, *t, now);
    d.SetValue("TITLE_KANA", t->title_kana);
    if (t->status == talks::TalkStatus::kHeld) d.ShowSection("HELD");
    if (!t->online_url.empty()) d.SetValueAndShowSection("ONLINE_URL", t->online_url, "HAS_ONLINE");
    if (!t->facilitator_name.empty()) {
      d.SetValueAndShowSection("FACILITATOR", t->facilitator_name, "HAS_FACILITATOR");
    }
    if (!t->audience.empty()) {
      std::string a;
      for (const auto& k : t->audience) {
        if (!a.empty()) a += "、";
        a += talks::AudienceLabel(k);
      }
      d.SetValueAndShowSection("AUDIENCE", a, "HAS_AUDIENCE");
    }
    if (!t->purpose.empty()) d.SetValueAndShowSection("PURPOSE", t->purpose, "HAS_PURPOSE");
    const auto agenda = Lines(t->agenda);
    if (!agenda.empty()) {
      Dict* a = d.AddSectionDictionary("HAS_AGENDA");
      for (const auto& line : agenda) {
        a->SetValueAndShowSection("ITEM", Unnumbered(line), "AGENDA_ITEM");
      }
    }
    d.SetValue("GROUND_RULES", t->ground_rules);
    for (const auto& i : discussed) {
      Dict* x = d.AddSectionDictionary("ISSUE");
      x->SetIntValue("ISSUE_ID", i.id.value());
      x->SetValue("ISSUE_TITLE", i.title);
      x->SetValue("ISSUE_STATE", issues::Label(i.state));
    }
    if (!discussed.empty()) d.ShowSection("HAS_ISSUES");

    // Sign-up: the linked event's, until the talk is held (then its record counts people).
    if (event && t->status != talks::TalkStatus::kHeld) {
      Dict* s = d.AddSectionDictionary("SIGNUP");
      s->SetIntValue("EVENT_ID", event->id.value());
      if (event->capacity) {
        std::string cap = Msg("talk.capacity_text");
        cap = cap.replace(cap.find("{n}"), 3, std::to_string(*event->capacity));
        cap = cap.replace(cap.find("{c}"), 3, std::to_string(event->confirmed));
        s->SetValueAndShowSection("CAPACITY_TEXT", cap, "HAS_CAPACITY");
        if (event->waiting) {
          s->SetIntValue("WAITING", event->waiting);
          s->ShowSection("HAS_WAITING");
        }
      } else {
        s->SetIntValue("CONFIRMED", event->confirmed);
        s->ShowSection("NO_CAPACITY");
      }
      const bool over = event->ends_at <= now;
      if (event->status == events::EventStatus::kCancelled) {
        s->ShowSection("SIGNUP_CANCELLED");
      } else if (over) {
        s->ShowSection("OVER");
      } else if (rc.actor.IsAnonymous()) {
        s->ShowSection("LOGIN_TO_SIGN_UP");
      } else if (mine == events::SignupStatus::kConfirmed ||
                 mine == events::SignupStatus::kWaitlist) {
        s->SetValueAndShowSection("MY_STATUS", events::MineLabel(*mine), "SIGNED_UP");
      } else {
        Dict* b = s->AddSectionDictionary("CAN_SIGN_UP");
        b->SetValue("SIGN_UP_LABEL",
                    Msg(event->Full() || event->waiting ? "event.join_waitlist" : "event.sign_up"));
      }
    }

    // After the talk.
    if (t->status == talks::TalkStatus::kHeld) {
      Dict* m = d.AddSectionDictionary("MINUTES");
      m->SetValue("MINUTES_HTML", markdown::Html(t->minutes));
      const auto decisions = Lines(t->decisions);
      for (const auto& line : decisions) {
        m->SetValueAndShowSection("DECISION", line, "DECISION_ITEM");
      }
      if (!decisions.empty()) m->ShowSection("HAS_DECISIONS");
      if (!t->participants.empty()) {
        Dict* p = m->AddSectionDictionary("HAS_PEOPLE");
        for (std::string_view band : kAgeBands) {
          Dict* row = p->AddSectionDictionary("BAND");
          row->SetValue("BAND_LABEL", AgeBandLabel(band));
          auto it = t->participants.find(std::string(band));
          row->SetIntValue("BAND_PEOPLE", it == t->participants.end() ? 0 : it->second);
        }
        p->SetIntValue("TOTAL_PEOPLE", t->TotalParticipants());
      }
    }
    if (!t->actions.empty()) {
      Dict* list = d.AddSectionDictionary("HAS_ACTIONS");
      for (const auto& a : t->actions) {
        Dict* x = list->AddSectionDictionary("ACTION");
        x->SetIntValue("ACTION_ID", a.id.value());
        x->SetValue("WHAT", a.what);
        x->SetValue("WHO", a.Who().empty() ? Msg("talk.action_who_none") : a.Who());
        x->SetValue("DUE",
                    a.due_date.empty() ? Msg("talk.action_due_none") : jst::LongDate(a.due_date));
        x->SetValue("DONE_LABEL", Msg(a.done ? "talk.action_done" : "talk.action_open"));
        if (a.done) x->ShowSection("IS_DONE");
        if (a.issue_id) {
          x->SetIntValue("LINK_ISSUE_ID", a.issue_id.value());
          x->ShowSection("HAS_ISSUE");
        }
        if (a.project_id) {
          x->SetIntValue("LINK_PROJECT_ID", a.project_id.value());
          x->ShowSection("HAS_PROJECT");
        }
        if (manage) {
          Dict* mg = x->AddSectionDictionary("MANAGE_ACTION");
          mg->SetIntValue("TALK_ID", t->id.value());
          mg->SetValue("TOGGLE_TO", a.done ? "0" : "1");
          mg->SetValue("TOGGLE_LABEL", Msg(a.done ? "talk.mark_open" : "talk.mark_done"));
          if (!a.issue_id) {
            Dict* is = mg->AddSectionDictionary("TO_ISSUE");
            Dict* choose = is->AddSectionDictionary("CATEGORY");  // nothing chosen: refused
            choose->SetValue("CAT_VALUE", "");
            choose->SetValue("CAT_LABEL", Msg("label.choose"));
            for (const char* k : issues::kCategories) {
              Dict* o = is->AddSectionDictionary("CATEGORY");
              o->SetValue("CAT_VALUE", k);
              o->SetValue("CAT_LABEL", issues::CategoryLabel(k));
            }
          }
          if (!a.project_id && t->org_kind == OrgKind::kCouncil) mg->ShowSection("TO_PROJECT");
        }
      }
    }
    if (manage) {
      Dict* m = d.AddSectionDictionary("CAN_MANAGE");
      m->SetIntValue("ORG_ID", t->org_id.value());
      if (t->status != talks::TalkStatus::kCancelled) m->ShowSection("CAN_EDIT");
      if (t->status != talks::TalkStatus::kCancelled && t->Started(now)) {
        m->ShowSection("CAN_CLOSE");
        m->SetValue("CLOSE_LABEL",
                    Msg(t->status == talks::TalkStatus::kHeld ? "talk.close_edit_link"
                                                              : "talk.close_link"));
      }
      if (t->status == talks::TalkStatus::kPlanned) m->ShowSection("CAN_CANCEL");
    }
  });
}

// ---- The list and a region's summary ----------------------------------------------------------

void FillSummary(App& app, Dict& d, const Region& region) {
  const auto s = talks::Summary(app.ctx(), region.id);
  Dict* x = d.AddSectionDictionary("SUMMARY");
  x->SetValue("SUMMARY_REGION", region.name);
  std::string heading = Msg("talk.summary_heading");
  heading.replace(heading.find("{region}"), 8, region.name);
  x->SetValue("SUMMARY_HEADING", heading);
  std::string fy = Msg("talk.summary_fy");
  fy.replace(fy.find("{year}"), 6, std::to_string(s.fiscal_year));
  x->SetValue("FY", fy);
  x->SetIntValue("HELD", s.held);
  x->SetIntValue("TOTAL_PEOPLE", s.total_participants);
  for (std::string_view band : kAgeBands) {
    Dict* row = x->AddSectionDictionary("BAND");
    row->SetValue("BAND_LABEL", AgeBandLabel(band));
    auto it = s.participants.find(std::string(band));
    row->SetIntValue("BAND_PEOPLE", it == s.participants.end() ? 0 : it->second);
  }
  x->SetIntValue("OPEN_COUNT", static_cast<long>(s.open_actions.size()));
  for (const auto& oa : s.open_actions) {
    Dict* a = x->AddSectionDictionary("OPEN_ACTION");
    a->SetValue("WHAT", oa.item.what);
    a->SetValue("WHO", oa.item.Who().empty() ? Msg("talk.action_who_none") : oa.item.Who());
    a->SetValue("DUE", oa.item.due_date.empty() ? Msg("talk.action_due_none")
                                                : jst::LongDate(oa.item.due_date));
    a->SetValue("TALK_URL", TalkPath(oa.talk_id) + "#action-" + to_string(oa.item.id));
    a->SetValue("TALK_TITLE", oa.talk_title);
  }
  if (s.open_actions.empty()) x->ShowSection("NO_OPEN");
}

Response ListTalksFor(App& app, RequestCtx& rc, const std::string& region_slug) {
  rc.cacheable = true;
  const std::string format = QueryParam(rc.req, "format"), when = QueryParam(rc.req, "when");
  const int page =
      std::max(1, static_cast<int>(std::min<std::int64_t>(
                      text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1), 10000)));
  talks::Filter f;
  std::optional<Region> region;
  if (!region_slug.empty()) {
    region = RegionBySlug(app, region_slug);
    if (!region) return app.ErrorPage(rc, 404, Msg("error.no_region"));
    f.region = region->id;
  }
  if (talks::IsFormat(format)) f.format = format;
  if (when == "upcoming" || when == "held") f.when = when;
  constexpr int kPer = 20;
  const auto result = talks::List(app.ctx(), f, page, kPer);
  const auto now = app.ctx().clock.Now();
  const std::string title =
      region ? region->name + Msg("talk.list_title_region") : Msg("talk.list_title");
  return app.Page(rc, 200, title, "talks/talks.tpl", [&](Dict& d) {
    d.SetValue("HEADING", title);
    if (region) FillSummary(app, d, *region);
    for (const auto& [value, label] : RegionOptions(app, Msg("filter.all_regions"))) {
      Dict* o = d.AddSectionDictionary("REGION_OPTION");
      o->SetValue("VALUE", value);
      o->SetValue("LABEL", label);
      if (value == region_slug) o->ShowSection("SELECTED");
    }
    for (const auto& [value, label] : FormatOptions(Msg("talk.filter_all_formats"))) {
      Dict* o = d.AddSectionDictionary("FORMAT_OPTION");
      o->SetValue("VALUE", value);
      o->SetValue("LABEL", label);
      if (value == f.format) o->ShowSection("SELECTED");
    }
    for (const char* k : {"", "upcoming", "held"}) {
      Dict* o = d.AddSectionDictionary("WHEN_OPTION");
      o->SetValue("VALUE", k);
      o->SetValue("LABEL", Msg(std::string("talk.when_") + (*k ? k : "all")));
      if (f.when == k) o->ShowSection("SELECTED");
    }
    for (const auto& t : result.items) FillItem(*d.AddSectionDictionary("TALK"), t, now);
    if (result.items.empty()) d.ShowSection("NO_TALKS");
    std::string total = Msg("list.count");
    total.replace(total.find("{n}"), 3, text::WithThousands(result.total));
    d.SetValue("TOTAL", total);
    FillPager(d,
              "/talks?region=" + EncodeQueryValue(region_slug) +
                  "&format=" + EncodeQueryValue(f.format) + "&when=" + EncodeQueryValue(f.when),
              page, result.total, kPer);
    const auto orgs = PublishableOrgs(app, rc.actor);
    if (!orgs.empty()) {
      Dict* c = d.AddSectionDictionary("CAN_CREATE");
      for (const auto& [id, name] : orgs) {
        Dict* o = c->AddSectionDictionary("RULES_ORG");
        o->SetValue("ORG_ID", id);
        o->SetValue("ORG_NAME", name);
      }
    }
  });
}

Response ListTalks(App& app, RequestCtx& rc) {
  return ListTalksFor(app, rc, QueryParam(rc.req, "region"));
}

Response RegionTalks(App& app, RequestCtx& rc) {
  auto it = rc.params.find("slug");
  return ListTalksFor(app, rc, it == rc.params.end() ? "" : it->second);
}

// ---- Ground rules -----------------------------------------------------------------------------

std::variant<Org, Response> ManagedOrg(App& app, RequestCtx& rc) {
  auto it = rc.params.find("org");
  auto id = it == rc.params.end() ? std::nullopt : text::ParsePositiveInt(it->second);
  auto o = id ? directory::FindOrg(app.ctx(), OrgId{*id}) : std::nullopt;
  if (!o) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!talks::CanManageOrg(rc.actor, *o)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  return *o;
}

Response RulesPage(App& app, RequestCtx& rc, const Org& o, int status, const Failure* errors) {
  std::string title = Msg("talk.rules_title");
  title.replace(title.find("{org}"), 5, o.name);
  const std::string current = talks::GroundRules(app.ctx(), o.id);
  const bool own = talks::HasOwnGroundRules(app.ctx(), o.id);
  return app.Page(
      rc, status, title, "talks/talk_rules.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetIntValue("ORG_ID", o.id.value());
        if (!own) d.ShowSection("USING_DEFAULT");
        AddField(d, {.name = "ground_rules",
                     .label = Msg("field.talk_ground_rules"),
                     .type = "textarea",
                     .value = errors ? FormValue(rc, "ground_rules") : current,
                     .hint = Msg("hint.talk_rules_page"),
                     .error = FieldError(errors, "ground_rules"),
                     .required = true});
      },
      errors);
}

Response GetRules(App& app, RequestCtx& rc) {
  auto o = ManagedOrg(app, rc);
  if (auto* r = std::get_if<Response>(&o)) return std::move(*r);
  return RulesPage(app, rc, std::get<Org>(o), 200, nullptr);
}

Response PostRules(App& app, RequestCtx& rc) {
  auto o = ManagedOrg(app, rc);
  if (auto* r = std::get_if<Response>(&o)) return std::move(*r);
  const Org& org = std::get<Org>(o);
  auto r = talks::SaveGroundRules(app.ctx(), rc.actor, org.id, FormValue(rc, "ground_rules"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return RulesPage(app, rc, org, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/talks/rules/" + to_string(org.id), "talk_rules_saved");
}

// ---- Facilitators -----------------------------------------------------------------------------

Response ListFacilitators(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const bool manage = talks::CanManageFacilitators(rc.actor);
  const auto list = talks::Facilitators(app.ctx(), !manage);
  return app.Page(rc, 200, Msg("talk.facilitators_title"), "talks/talk_facilitators.tpl",
                  [&](Dict& d) {
                    for (const auto& f : list) {
                      Dict* x = d.AddSectionDictionary("FACILITATOR");
                      x->SetIntValue("FAC_ID", f.id.value());
                      x->SetValue("NAME", f.name);
                      x->SetValue("QUALIFICATION", f.qualification);
                      std::string regions;
                      for (const auto& r : f.region_names) {
                        if (!regions.empty()) regions += "、";
                        regions += r;
                      }
                      x->SetValue("REGIONS", regions);
                      x->SetValue("AVAILABILITY", f.availability.empty() ? "—" : f.availability);
                      if (!f.active) x->ShowSection("INACTIVE");
                      if (manage) x->ShowSection("CAN_EDIT");
                    }
                    if (list.empty()) d.ShowSection("NONE");
                    if (manage) d.ShowSection("CAN_MANAGE");
                  });
}

Response FacilitatorFormPage(App& app, RequestCtx& rc, const talks::Facilitator* old, int status,
                             const Failure* errors) {
  const bool posted = errors != nullptr;
  auto value = [&](const std::string& n, const std::string& dflt) {
    return posted ? FormValue(rc, n) : dflt;
  };
  const Options regions = RegionOptions(app, "");
  std::vector<std::string> checked;
  if (posted) {
    checked = Checked(rc, "regions", regions);
  } else if (old) {
    for (RegionId id : old->regions) {
      if (auto r = directory::FindRegion(app.ctx(), id)) checked.push_back(r->slug);
    }
  }
  const std::string title =
      old ? Msg("talk.facilitator_edit_title") : Msg("talk.facilitator_new_title");
  return app.Page(
      rc, status, title, "talks/talk_facilitator_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetValue("ACTION", old ? "/talks/facilitators/" + to_string(old->id) + "/edit"
                                 : "/talks/facilitators/new");
        auto add = [&](Field f) {
          if (f.type != "checkboxes") f.value = value(f.name, f.value);
          f.error = FieldError(errors, f.name);
          AddField(d, f);
        };
        add({.name = "name",
             .label = Msg("field.talk_facilitator_name"),
             .value = old ? old->name : "",
             .required = true});
        add({.name = "qualification",
             .label = Msg("field.talk_qualification"),
             .value = old ? old->qualification : "",
             .hint = Msg("hint.talk_qualification"),
             .required = true});
        add({.name = "regions",
             .label = Msg("field.talk_facilitator_regions"),
             .type = "checkboxes",
             .required = true,
             .options = regions,
             .checked = checked});
        add({.name = "availability",
             .label = Msg("field.talk_availability"),
             .type = "textarea",
             .value = old ? old->availability : "",
             .hint = Msg("hint.talk_availability")});
        add({.name = "active",
             .label = Msg("field.talk_facilitator_active"),
             .type = "select",
             .value = old && !old->active ? "0" : "1",
             .options = {{"1", Msg("talk.facilitator_active")},
                         {"0", Msg("talk.facilitator_inactive")}}});
      },
      errors);
}

talks::FacilitatorForm ReadFacilitator(App& app, const RequestCtx& rc) {
  talks::FacilitatorForm f;
  f.name = FormValue(rc, "name");
  f.qualification = FormValue(rc, "qualification");
  f.availability = FormValue(rc, "availability");
  f.regions = Checked(rc, "regions", RegionOptions(app, ""));
  f.active = FormValue(rc, "active");
  return f;
}

Response NewFacilitator(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!talks::CanManageFacilitators(rc.actor)) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  return FacilitatorFormPage(app, rc, nullptr, 200, nullptr);
}

Response CreateFacilitator(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = talks::SaveFacilitator(app.ctx(), rc.actor, {}, ReadFacilitator(app, rc));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FacilitatorFormPage(app, rc, nullptr, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/talks/facilitators", "talk_facilitator_saved");
}

Response EditFacilitator(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto f = id ? talks::GetFacilitator(app.ctx(), talks::FacilitatorId{*id}) : std::nullopt;
  if (!f) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!talks::CanManageFacilitators(rc.actor)) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  return FacilitatorFormPage(app, rc, &*f, 200, nullptr);
}

Response UpdateFacilitator(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  auto f = id ? talks::GetFacilitator(app.ctx(), talks::FacilitatorId{*id}) : std::nullopt;
  if (!f) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = talks::SaveFacilitator(app.ctx(), rc.actor, talks::FacilitatorId{*id},
                                  ReadFacilitator(app, rc));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FacilitatorFormPage(app, rc, &*f, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/talks/facilitators", "talk_facilitator_saved");
}

// ---- JSON API ---------------------------------------------------------------------------------

json::object TalkJson(App& app, const talks::Talk& t, bool full) {
  const std::string base = app.config().base_url;
  const auto now = app.ctx().clock.Now();
  json::array audience;
  for (const auto& a : t.audience) audience.push_back(json::string(talks::AudienceLabel(a)));
  json::object o{{"id", t.id.value()},
                 {"url", base + TalkPath(t.id)},
                 {"title", t.title},
                 {"title_kana", t.title_kana},
                 {"region", t.region_slug},
                 {"organisation", t.org_name},
                 {"format", t.format},
                 {"format_label", talks::FormatLabel(t.format)},
                 {"starts_at", jst::Iso(t.starts_at)},
                 {"ends_at", jst::Iso(t.ends_at)},
                 {"place", t.place},
                 {"online_url", t.online_url},
                 {"audience", std::move(audience)},
                 {"status", talks::ToString(t.status)},
                 {"status_label", StatusLabel(t, now)}};
  if (t.capacity) {
    o["capacity"] = *t.capacity;
  } else {
    o["capacity"] = nullptr;
  }
  if (t.event_id) {
    o["event_id"] = t.event_id.value();
    o["signup_url"] = base + "/events/" + to_string(t.event_id);
  } else {
    o["event_id"] = nullptr;
  }
  o["facilitator"] = t.facilitator_name.empty() ? json::value(nullptr)
                                                : json::value(json::string(t.facilitator_name));
  if (full) {
    o["purpose"] = t.purpose;
    json::array agenda;
    for (const auto& line : Lines(t.agenda)) agenda.push_back(json::string(line));
    o["agenda"] = std::move(agenda);
    o["ground_rules"] = t.ground_rules;
    json::array issue_ids;
    for (auto id : t.issue_ids) issue_ids.push_back(id.value());
    o["issues"] = std::move(issue_ids);
    if (t.status == talks::TalkStatus::kHeld) {
      o["minutes"] = t.minutes;
      o["minutes_html"] = markdown::Html(t.minutes);
      json::array decisions;
      for (const auto& line : Lines(t.decisions)) decisions.push_back(json::string(line));
      o["decisions"] = std::move(decisions);
      json::object people;
      for (std::string_view band : kAgeBands) {
        auto it = t.participants.find(std::string(band));
        people[band] = it == t.participants.end() ? 0 : it->second;
      }
      o["participants"] = std::move(people);
      o["participants_total"] = t.TotalParticipants();
    }
    json::array actions;
    for (const auto& a : t.actions) {
      json::object x{{"id", a.id.value()},
                     {"what", a.what},
                     {"who", a.Who()},
                     {"due", a.due_date.empty() ? json::value(nullptr)
                                                : json::value(json::string(a.due_date))},
                     {"done", a.done}};
      x["issue_id"] = a.issue_id ? json::value(a.issue_id.value()) : json::value(nullptr);
      x["project_id"] = a.project_id ? json::value(a.project_id.value()) : json::value(nullptr);
      actions.push_back(std::move(x));
    }
    o["action_items"] = std::move(actions);
  }
  return o;
}

Response ApiTalks(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  talks::Filter f;
  std::map<std::string, std::string> errors;
  const std::string region = QueryParam(rc.req, "region"), from = QueryParam(rc.req, "from"),
                    to = QueryParam(rc.req, "to"), format = QueryParam(rc.req, "format");
  if (!region.empty()) {
    auto r = RegionBySlug(app, region);
    if (!r) {
      errors["region"] = Msg("error.unknown_region");
    } else {
      f.region = r->id;
    }
  }
  if (!from.empty()) {
    if (training::IsDate(from)) {
      f.from = jst::Midnight(from);
    } else {
      errors["from"] = Msg("error.date");
    }
  }
  if (!to.empty()) {
    if (training::IsDate(to)) {
      f.to = jst::Midnight(to) + 86400;
    } else {
      errors["to"] = Msg("error.date");
    }
  }
  if (!format.empty()) {
    if (talks::IsFormat(format)) {
      f.format = format;
    } else {
      errors["format"] = Msg("error.choice");
    }
  }
  if (!errors.empty()) return app.JsonError(400, Msg("error.summary"), errors);
  const int page = std::min(paging->page, 10000);
  const auto result = talks::List(app.ctx(), f, page, paging->per_page);
  json::array items;
  for (const auto& t : result.items) items.push_back(TalkJson(app, t, false));
  return app.Json(200, JsonText(json::object{
                           {"items", std::move(items)}, {"total", result.total}, {"page", page}}));
}

Response ApiTalk(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto id = IdParam(rc);
  auto t = id ? talks::Get(app.ctx(), talks::TalkId{*id}) : std::nullopt;
  if (!t) return app.JsonError(404, Msg("error.not_found"));
  return app.Json(200, JsonText(TalkJson(app, *t, true)));
}

}  // namespace

void AddTalkRoutes(Router<Handler>& r) {
  r.Add("GET", "/talks", ListTalks);
  r.Add("GET", "/talks/new", NewTalkForm);
  r.Add("POST", "/talks/new", CreateTalk);
  r.Add("GET", "/talks/facilitators", ListFacilitators);
  r.Add("GET", "/talks/facilitators/new", NewFacilitator);
  r.Add("POST", "/talks/facilitators/new", CreateFacilitator);
  r.Add("GET", "/talks/facilitators/{id}/edit", EditFacilitator);
  r.Add("POST", "/talks/facilitators/{id}/edit", UpdateFacilitator);
  r.Add("GET", "/talks/rules/{org}", GetRules);
  r.Add("POST", "/talks/rules/{org}", PostRules);
  r.Add("GET", "/talks/{id}", GetTalk);
  r.Add("GET", "/talks/{id}/edit", EditTalkForm);
  r.Add("POST", "/talks/{id}/edit", UpdateTalk);
  r.Add("POST", "/talks/{id}/cancel", CancelTalk);
  r.Add("GET", "/talks/{id}/close", CloseForm);
  r.Add("POST", "/talks/{id}/close", PostClose);
  r.Add("POST", "/talks/{id}/actions/{action}/done", ToggleAction);
  r.Add("POST", "/talks/{id}/actions/{action}/issue", ActionIssue);
  r.Add("POST", "/talks/{id}/actions/{action}/project", ActionProject);
  r.Add("GET", "/regions/{slug}/talks", RegionTalks);
  r.Add("GET", "/api/v1/talks", ApiTalks);
  r.Add("GET", "/api/v1/talks/{id}", ApiTalk);
}

}  // namespace tsunagu::web
