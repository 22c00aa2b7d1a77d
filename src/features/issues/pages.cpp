// Local issues (地域課題): the public list with filters, an issue with its timeline, similar
// issues elsewhere and the talks that discussed it; the form to raise one (with photos); the
// officers' actions (start, resolve, escalate, decline, reopen, hand over), comments, follow
// and "me too"; the officers' work queue; the city-wide dashboard; the city's settings.
#include <algorithm>

#include "features/issues/commands.hpp"
#include "features/issues/queries.hpp"
#include "features/issues/routes.hpp"
#include "features/posts/views.hpp"
#include "platform/csv.hpp"
#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

using issues::Issue;
using issues::Level;
using issues::State;
using Options = std::vector<std::pair<std::string, std::string>>;

constexpr int kPerPage = 20;

void AddOptions(Dict& d, const char* section, const Options& options, const std::string& selected) {
  for (const auto& [value, label] : options) {
    Dict* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (value == selected) o->ShowSection("SELECTED");
  }
}

Options CategoryOptions(const std::string& blank) {
  Options out;
  if (!blank.empty()) out.emplace_back("", blank);
  for (const char* k : issues::kCategories) out.emplace_back(k, issues::CategoryLabel(k));
  return out;
}

std::string When(std::int64_t t) { return jst::LongDate(jst::Date(t)) + " " + jst::Time(t); }

// 同じことで困っている人：4人
std::string MeTooPeople(std::int64_t n) {
  std::string s = Msg("issue.metoo_people");
  s.replace(s.find("{n}"), 3, std::to_string(n));
  return s;
}

// What a list shows of one issue (issue_item.tpl); state_label replaces the state's own label
// (上位へ相談 in the queue of the level that escalated it).
void AddIssueItem(Dict& d, const Issue& i, std::int64_t now, const std::string& state_label = "") {
  Dict* inc = d.AddIncludeDictionary("ITEM");
  inc->SetFilename("issues/issue_item.tpl");
  d.ShowSection("HAS_ITEMS");
  inc->SetValue("URL", "/issues/" + to_string(i.id));
  inc->SetValue("TITLE", i.title);
  inc->SetValue("CATEGORY", issues::CategoryLabel(i.category));
  inc->SetValue("REGION_NAME", i.region_name);
  inc->SetValue("REGION_SLUG", i.region_slug);
  inc->SetValue("LEVEL", issues::Label(i.level));
  inc->SetValue("STATE", state_label.empty() ? issues::Label(i.state) : state_label);
  inc->SetValue("STATE_KEY", std::string(issues::ToString(i.state)));
  inc->SetValue("HOLDER", issues::AgencyResponsible(i));
  inc->SetValue("DATE", jst::LongDate(jst::Date(i.created_at)));
  inc->SetValue("DATE_ISO", jst::Date(i.created_at));
  inc->SetValue("METOO_PEOPLE", MeTooPeople(i.metoo));
  if (i.Overdue(now)) inc->ShowSection("OVERDUE");
  if (i.state == State::kResolved && !i.resolution.empty())
    inc->SetValueAndShowSection("RESOLUTION", i.resolution, "RESOLVED");
}

// The lowest level at which the actor takes part in this issue (nullopt: none).
std::optional<Level> ViewerLevel(const Actor& a, const issues::Holder& h) {
  for (Level l : issues::kAllLevels) {
    if (issues::ActsAt(a, h, l)) return l;
  }
  return std::nullopt;
}

// ---- List -----------------------------------------------------------------------------------

// The list's filters from the query (region, level, state, category, overdue); false when the
// region is unknown.
bool ReadFilter(App& app, const RequestCtx& rc, issues::Filter& f) {
  const std::string region_slug = QueryParam(rc.req, "region");
  if (!region_slug.empty()) {
    auto region = directory::FindRegionBySlug(app.ctx(), region_slug);
    if (!region) return false;
    f.region = region->id;
  }
  f.level = issues::ParseLevel(QueryParam(rc.req, "level"));
  f.state = issues::ParseState(QueryParam(rc.req, "state"));
  const std::string category = QueryParam(rc.req, "category");
  if (issues::IsCategory(category)) f.category = category;
  f.overdue = QueryParam(rc.req, "overdue") == "1";
  return true;
}

Response ListIssues(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const std::string region_slug = QueryParam(rc.req, "region"), level = QueryParam(rc.req, "level"),
                    state = QueryParam(rc.req, "state"), category = QueryParam(rc.req, "category"),
                    overdue = QueryParam(rc.req, "overdue");
  const int page = std::clamp(
      static_cast<int>(text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1)), 1, 10000);
  issues::Filter f;
  if (!ReadFilter(app, rc, f)) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  const auto result = issues::List(app.ctx(), f, page, kPerPage);
  const auto now = app.ctx().clock.Now();
  return app.Page(rc, 200, Msg("page.issues_title"), "issues/issues.tpl", [&](Dict& d) {
    AddOptions(d, "REGION_OPTION", RegionOptions(app, Msg("filter.all_regions")), region_slug);
    Options levels{{"", Msg("issue.filter_all_levels")}};
    for (Level l : issues::kAllLevels) levels.emplace_back(issues::ToString(l), issues::Label(l));
    AddOptions(d, "LEVEL_OPTION", levels, f.level ? level : "");
    Options states{{"", Msg("issue.filter_all_states")}};
    for (State s : issues::kAllStates) states.emplace_back(issues::ToString(s), issues::Label(s));
    AddOptions(d, "STATE_OPTION", states, f.state ? state : "");
    AddOptions(d, "CATEGORY_OPTION", CategoryOptions(Msg("issue.filter_all_categories")),
               f.category);
    if (f.overdue) d.ShowSection("OVERDUE_CHECKED");
    for (const auto& i : result.items) AddIssueItem(d, i, now);
    if (result.items.empty()) d.ShowSection("NO_ISSUES");
    std::string total = Msg("list.count");
    total.replace(total.find("{n}"), 3, text::WithThousands(result.total));
    d.SetValue("TOTAL", total);
    std::string q = "region=" + EncodeQueryValue(region_slug);
    q += "&level=" + EncodeQueryValue(level);
    q += "&state=" + EncodeQueryValue(state);
    q += "&category=" + EncodeQueryValue(category);
    q += "&overdue=" + EncodeQueryValue(overdue);
    FillPager(d, "/issues?" + q, page, result.total, kPerPage);
    d.SetValue("CSV_HREF", "/issues.csv?" + q);
    if (!rc.actor.IsAnonymous()) d.ShowSection("CAN_RAISE");
  });
}

// The list with the same filters as CSV for Excel (UTF-8 with BOM, CRLF): no personal data.
Response ExportCsv(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  issues::Filter f;
  if (!ReadFilter(app, rc, f)) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  const auto now = app.ctx().clock.Now();
  const auto header = opendata::SplitHeader(Msg("issue.csv_header"));
  std::vector<std::vector<std::string>> rows;
  const std::string base = app.config().base_url;
  constexpr int kBatch = 500;
  for (int page = 1;; ++page) {
    const auto batch = issues::List(app.ctx(), f, page, kBatch);
    for (const auto& i : batch.items) {
      using opendata::TextCell;
      rows.push_back({to_string(i.id), i.region_name, i.association_name,
                      issues::CategoryLabel(i.category), TextCell(i.title), issues::Label(i.level),
                      issues::Label(i.state), issues::AgencyResponsible(i), jst::Date(i.created_at),
                      jst::Date(i.updated_at), i.state == State::kNew ? jst::Date(i.due_at) : "",
                      i.Overdue(now) ? "1" : "0", std::to_string(i.metoo), TextCell(i.resolution),
                      base + "/issues/" + to_string(i.id)});
    }
    if (static_cast<int>(batch.items.size()) < kBatch) break;
  }
  Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.body = opendata::WriteCsv(header, rows);
  r.Set("Content-Disposition", "attachment; filename=\"issues.csv\"");
  return r;
}

// ---- Raise ----------------------------------------------------------------------------------

issues::IssueForm ReadForm(RequestCtx& rc) {
  issues::IssueForm f;
  f.region = FormValue(rc, "region");
  f.association = FormValue(rc, "association");
  f.org = FormValue(rc, "org");
  f.category = FormValue(rc, "category");
  f.title = FormValue(rc, "title");
  f.description = FormValue(rc, "description");
  f.address = FormValue(rc, "address");
  f.lat = FormValue(rc, "lat");
  f.lon = FormValue(rc, "lon");
  TakeImages(rc, issues::kMaxImages, f.add_images, f.upload_errors);
  return f;
}

// Every 自治会 of the city, labelled with its region, those of the person's home region first.
Options AssociationOptions(App& app, RegionId home) {
  Options out{{"", Msg("issue.no_association")}};
  const auto all = directory::ListOrgs(app.ctx(), std::nullopt, OrgKind::kAssociation);
  auto regions = directory::ListRegions(app.ctx());
  std::stable_partition(regions.begin(), regions.end(),
                        [&](const Region& r) { return r.id == home; });
  for (const auto& r : regions) {
    for (const auto& o : all) {
      if (o.region_id != r.id) continue;
      std::string label = r.name;
      label += "：";
      label += o.name;
      out.emplace_back(to_string(o.id), label);
    }
  }
  return out;
}

Response FormPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  const bool posted = errors != nullptr;
  auto value = [&](const std::string& n, const std::string& dflt) {
    return posted ? FormValue(rc, n) : dflt;
  };
  std::string home_slug;
  if (auto r = directory::FindRegion(app.ctx(), rc.actor.home_region_id)) home_slug = r->slug;
  auto orgs = PublishableOrgs(app, rc.actor);
  return app.Page(
      rc, status, Msg("page.issue_new_title"), "issues/issue_form.tpl",
      [&](Dict& d) {
        auto add = [&](Field f) {
          f.value = value(f.name, f.value);
          f.error = FieldError(errors, f.name);
          AddField(d, f);
        };
        add({.name = "region",
             .label = Msg("field.region"),
             .type = "select",
             .value = home_slug,
             .required = true,
             .options = RegionOptions(app, Msg("label.choose"))});
        add({.name = "association",
             .label = Msg("field.issue_association"),
             .type = "select",
             .hint = Msg("hint.issue_association"),
             .options = AssociationOptions(app, rc.actor.home_region_id)});
        add({.name = "category",
             .label = Msg("field.category"),
             .type = "select",
             .required = true,
             .options = CategoryOptions(Msg("label.choose"))});
        add({.name = "title",
             .label = Msg("field.issue_title"),
             .hint = Msg("hint.issue_title"),
             .required = true});
        add({.name = "description",
             .label = Msg("field.issue_description"),
             .type = "textarea",
             .hint = Msg("hint.issue_description"),
             .required = true});
        add({.name = "address",
             .label = Msg("field.issue_place"),
             .hint = Msg("hint.issue_place")});
        add({.name = "lat", .label = Msg("field.lat"), .hint = Msg("hint.issue_latlon")});
        add({.name = "lon", .label = Msg("field.lon")});
        if (!orgs.empty()) {
          Options o{{"", Msg("issue.as_myself")}};
          o.insert(o.end(), orgs.begin(), orgs.end());
          add({.name = "org",
               .label = Msg("field.issue_org"),
               .type = "select",
               .hint = Msg("hint.issue_org"),
               .options = o});
        }
        for (std::size_t n = 1; n <= issues::kMaxImages; ++n) {
          const std::string k = std::to_string(n);
          Dict* img = d.AddSectionDictionary("NEW_IMAGE");
          img->SetValue("N", k);
          img->SetValue("ALT", value("alt" + k, ""));
          if (auto e = FieldError(errors, "image" + k); !e.empty())
            img->SetValueAndShowSection("FILE_ERROR", e, "HAS_FILE_ERROR");
          if (auto e = FieldError(errors, "alt" + k); !e.empty())
            img->SetValueAndShowSection("ALT_ERROR", e, "HAS_ALT_ERROR");
          RecordField("image" + k, Msg("field.image") + k);
          RecordField("alt" + k, Msg("field.image_alt") + k);
        }
        if (posted) d.ShowSection("RESELECT_IMAGES");
      },
      errors);
}

Response NewIssueForm(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  return FormPage(app, rc, 200, nullptr);
}

Response RaiseIssue(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto form = ReadForm(rc);
  auto r = issues::Raise(app.ctx(), rc.actor, form);
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, 400, &err);
  }
  WriteMedia(app, form.add_images);
  return app.RedirectWithFlash(rc, "/issues/" + to_string(*r), "issue_raised");
}

// ---- One issue ------------------------------------------------------------------------------

std::string EntryText(const issues::Entry& e) {
  std::string s = Msg("issue.move_done." + std::string(issues::ToString(e.kind)));
  if (e.kind == issues::EntryKind::kComment || e.kind == issues::EntryKind::kRaise) return s;
  if (e.from_level && e.to_level && e.from_state && e.to_state) {
    s += "（";
    s += issues::Label(*e.from_level);
    s += "・";
    s += issues::Label(*e.from_state);
    s += " → ";
    s += issues::Label(*e.to_level);
    s += "・";
    s += issues::Label(*e.to_state);
    s += "）";
  }
  return s;
}

// The page of an issue; action_error/comment_error re-render it with a message (400/409).
Response IssuePage(App& app, RequestCtx& rc, const Issue& i, int status,
                   const std::string& action_error = "", const std::string& comment_error = "") {
  const auto& ctx = app.ctx();
  const auto now = ctx.clock.Now();
  const auto h = issues::HolderOf(ctx, i);
  const auto timeline = issues::Timeline(ctx, i.id);
  const auto similar = issues::Similar(ctx, i, 5);
  const auto talks = issues::TalksOf(ctx, i.id);
  const bool anonymous = rc.actor.IsAnonymous();
  rc.cacheable = anonymous && status == 200;
  bool following = false, metoo = false, reporter = false;
  // 協働推進課 may hand a city-level issue to another city-wide department.
  const bool can_hand_over =
      i.level == Level::kCity && i.Open() && issues::CanHandOver(rc.actor, h);
  std::vector<std::pair<std::string, std::string>> departments;
  if (!anonymous) {
    const auto marks = issues::MarksOf(ctx, i.id, rc.actor.id);
    following = marks.following;
    metoo = marks.metoo;
    reporter = marks.reporter;
    if (can_hand_over) {
      for (const auto& o : directory::ListOrgs(ctx, std::nullopt, OrgKind::kCityDepartment)) {
        if (o.id != i.department_id && issues::IsCityWideDepartment(o))
          departments.emplace_back(to_string(o.id), o.name);
      }
    }
  }
  const auto viewer = ViewerLevel(rc.actor, h);
  rc.og["og:type"] = "article";
  rc.og["og:title"] = i.title;
  rc.og["og:description"] = markdown::Summary(i.description, 100);
  rc.og["og:url"] = app.config().base_url + "/issues/" + to_string(i.id);
  rc.og["og:site_name"] = Msg("site.full_name");
  return app.Page(rc, status, i.title, "issues/issue.tpl", [&](Dict& d) {
    d.SetIntValue("ID", i.id.value());
    d.SetValue("TITLE", i.title);
    d.SetValue("CATEGORY", issues::CategoryLabel(i.category));
    d.SetValue("CATEGORY_KEY", i.category);
    d.SetValue("REGION_NAME", i.region_name);
    d.SetValue("REGION_SLUG", i.region_slug);
    d.SetValue("DATE", When(i.created_at));
    d.SetValue("DATE_ISO", jst::Rfc3339(i.created_at));
    d.SetValue("DESCRIPTION", i.description);
    if (!i.reporter_org_name.empty())
      d.SetValueAndShowSection("BY_ORG", i.reporter_org_name, "HAS_BY_ORG");
    if (!i.association_name.empty())
      d.SetValueAndShowSection("ASSOCIATION", i.association_name, "HAS_ASSOCIATION");
    if (!i.address.empty()) d.SetValueAndShowSection("ADDRESS", i.address, "HAS_ADDRESS");
    if (i.HasGeo()) {
      Dict* g = d.AddSectionDictionary("HAS_GEO");
      g->SetValue("LAT", Degrees(i.lat_e6));
      g->SetValue("LON", Degrees(i.lon_e6));
    }
    if (!i.media_url.empty()) d.SetValueAndShowSection("MEDIA_URL", i.media_url, "HAS_MEDIA_URL");
    for (const auto& img : i.images) {
      Dict* x = d.AddSectionDictionary("IMAGE");
      x->SetValue("SRC", "/media/" + img.file);
      x->SetValue("ALT", img.alt);
      x->SetIntValue("WIDTH", img.width);
      x->SetIntValue("HEIGHT", img.height);
    }
    // Where it is now.
    d.SetValue("LEVEL", issues::Label(i.level));
    d.SetValue("STATE", issues::StateLabelFor(i, viewer));
    d.SetValue("STATE_KEY", std::string(issues::ToString(i.state)));
    d.SetValue("HOLDER", issues::AgencyResponsible(i));
    if (i.level == Level::kCity)
      d.SetValueAndShowSection("COUNCIL", i.council_name, "WITH_COUNCIL");
    if (i.state == State::kNew) {
      Dict* due = d.AddSectionDictionary("DUE");
      due->SetValue("DUE_DATE", jst::LongDate(jst::Date(i.due_at)));
      if (i.Overdue(now)) due->ShowSection("OVERDUE");
    }
    if (i.state == State::kResolved && !i.resolution.empty())
      d.SetValueAndShowSection("RESOLUTION", i.resolution, "RESOLVED");
    d.SetValue("METOO_PEOPLE", MeTooPeople(i.metoo));
    d.SetIntValue("FOLLOWERS", i.followers);
    // Steps: who holds it at each level.
    for (Level l : issues::kAllLevels) {
      if (l == Level::kAssociation && !i.association_id) continue;
      Dict* s = d.AddSectionDictionary("STEP");
      s->SetValue("STEP_LABEL", issues::Label(l));
      s->SetValue("STEP_NAME", l == Level::kAssociation  ? i.association_name
                               : l == Level::kCouncil    ? i.council_name
                               : i.level == Level::kCity ? i.department_name
                                                         : Msg("issue.city_name"));
      if (l == i.level) s->ShowSection("CURRENT");
    }
    // Timeline.
    for (const auto& e : timeline) {
      Dict* x = d.AddSectionDictionary("ENTRY");
      x->SetValue("AT", When(e.at));
      x->SetValue("AT_ISO", jst::Rfc3339(e.at));
      x->SetValue("WHO", e.who);
      x->SetValue("WHAT", EntryText(e));
      x->SetValue("KIND", std::string(issues::ToString(e.kind)));
      if (!e.note.empty()) x->SetValueAndShowSection("NOTE", e.note, "HAS_NOTE");
    }
    // The officers' actions.
    std::vector<issues::Move> moves;
    for (auto m : issues::kAllMoves) {
      const auto v = issues::Decide(rc.actor, h, i.state, m, true);
      if (v == issues::Verdict::kAllowed) moves.push_back(m);
    }
    if (!moves.empty()) {
      Dict* a = d.AddSectionDictionary("ACTIONS");
      a->SetValue("ACTING_AS", viewer ? issues::Label(*viewer) : "");
      a->SetValue("NOTE", action_error.empty() ? "" : FormValue(rc, "note"));
      if (!action_error.empty())
        a->SetValueAndShowSection("ACTION_ERROR", action_error, "HAS_ACTION_ERROR");
      for (auto m : moves) {
        Dict* b = a->AddSectionDictionary("MOVE");
        b->SetValue("MOVE", std::string(issues::ToString(m)));
        b->SetValue("MOVE_LABEL", issues::Label(m));
        if (m != issues::Move::kStart) b->ShowSection("SECONDARY");
      }
      if (i.level != Level::kCity && i.Open()) {
        a->SetValueAndShowSection(
            "NEXT_LEVEL",
            issues::Label(i.level == Level::kAssociation ? Level::kCouncil : Level::kCity),
            "HAS_NEXT");
      }
    }
    if (can_hand_over) {
      Dict* ho = d.AddSectionDictionary("HANDOVER");
      AddOptions(*ho, "DEPARTMENT_OPTION", departments, "");
    }
    // Comments by parties and the reporter.
    if (issues::IsParty(rc.actor, h) || reporter) {
      Dict* c = d.AddSectionDictionary("COMMENT_FORM");
      if (!comment_error.empty()) {
        c->SetValueAndShowSection("COMMENT_ERROR", comment_error, "HAS_COMMENT_ERROR");
        c->SetValue("COMMENT", FormValue(rc, "note"));
      }
    }
    // Follow and "me too".
    if (anonymous) {
      d.ShowSection("LOGIN_TO_FOLLOW");
    } else {
      Dict* f = d.AddSectionDictionary("FOLLOW");
      f->SetValue("FOLLOW_ON", following ? "0" : "1");
      f->SetValue("FOLLOW_LABEL", Msg(following ? "issue.unfollow" : "issue.follow"));
      if (following) f->ShowSection("FOLLOWING");
      if (metoo) {
        d.ShowSection("METOO_DONE");
      } else {
        d.ShowSection("METOO_FORM");
      }
    }
    for (const auto& s : similar) {
      Dict* x = d.AddSectionDictionary("SIMILAR");
      x->SetValue("URL", "/issues/" + to_string(s.id));
      x->SetValue("TITLE", s.title);
      x->SetValue("REGION_NAME", s.region_name);
      x->SetValue("STATE", issues::Label(s.state));
      x->SetValue("HOLDER", issues::AgencyResponsible(s));
      if (s.state == State::kResolved && !s.resolution.empty())
        x->SetValueAndShowSection("RESOLUTION", s.resolution, "RESOLVED");
    }
    if (similar.empty()) d.ShowSection("NO_SIMILAR");
    for (const auto& t : talks) {
      Dict* x = d.AddSectionDictionary("TALK");
      x->SetValue("URL", "/talks/" + std::to_string(t.id));
      x->SetValue("TITLE", t.title);
      x->SetValue("DATE", jst::LongDate(jst::Date(t.starts_at)));
    }
    if (talks.empty()) d.ShowSection("NO_TALKS");
  });
}

std::optional<Issue> Load(App& app, RequestCtx& rc) {
  auto id = IdParam(rc);
  return id ? issues::Get(app.ctx(), issues::IssueId{*id}) : std::nullopt;
}

Response GetIssue(App& app, RequestCtx& rc) {
  auto i = Load(app, rc);
  if (!i) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  return IssuePage(app, rc, *i, 200);
}

Response BackToIssue(App&, RequestCtx& rc) {
  auto id = IdParam(rc);
  return Redirect(id ? "/issues/" + std::to_string(*id) : "/issues");
}

Response TransitionIssue(App& app, RequestCtx& rc) {
  auto i = Load(app, rc);
  if (!i) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const std::string action = FormValue(rc, "action");
  auto r = issues::Transition(app.ctx(), rc.actor, i->id, action, FormValue(rc, "note"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind == FailureKind::kInvalid || err.kind == FailureKind::kConflict) {
      std::string m = err.message;
      if (auto it = err.fields.find("note"); it != err.fields.end()) m = it->second;
      return IssuePage(app, rc, *i, App::StatusFor(err.kind), m);
    }
    return app.ErrorPage(rc, err);
  }
  return app.RedirectWithFlash(rc, "/issues/" + to_string(i->id), "issue_" + action);
}

Response HandOverIssue(App& app, RequestCtx& rc) {
  auto i = Load(app, rc);
  if (!i) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const OrgId dept{text::ParsePositiveInt(FormValue(rc, "department")).value_or(0)};
  auto r = issues::HandOver(app.ctx(), rc.actor, i->id, dept, FormValue(rc, "handover_note"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind == FailureKind::kInvalid || err.kind == FailureKind::kConflict) {
      std::string m = err.message;
      if (!err.fields.empty()) m = err.fields.begin()->second;
      return IssuePage(app, rc, *i, App::StatusFor(err.kind), m);
    }
    return app.ErrorPage(rc, err);
  }
  return app.RedirectWithFlash(rc, "/issues/" + to_string(i->id), "issue_handover");
}

Response CommentIssue(App& app, RequestCtx& rc) {
  auto i = Load(app, rc);
  if (!i) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = issues::Comment(app.ctx(), rc.actor, i->id, FormValue(rc, "note"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return IssuePage(app, rc, *i, 400, "", FieldError(&err, "note"));
  }
  return app.RedirectWithFlash(rc, "/issues/" + to_string(i->id) + "#timeline", "issue_commented");
}

Response FollowIssue(App& app, RequestCtx& rc) {
  auto i = Load(app, rc);
  if (!i) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const bool on = FormValue(rc, "on") != "0";
  auto r = issues::Follow(app.ctx(), rc.actor, i->id, on);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/issues/" + to_string(i->id),
                               on ? "issue_followed" : "issue_unfollowed");
}

Response MeTooIssue(App& app, RequestCtx& rc) {
  auto i = Load(app, rc);
  if (!i) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = issues::MeToo(app.ctx(), rc.actor, i->id);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/issues/" + to_string(i->id), "issue_metoo");
}

// ---- Work queue and dashboard -----------------------------------------------------------------

Response WorkQueue(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const auto q = issues::WorkQueue(app.ctx(), rc.actor);
  const auto now = app.ctx().clock.Now();
  return app.Page(rc, 200, Msg("page.issue_queue_title"), "issues/issue_queue.tpl", [&](Dict& d) {
    auto section = [&](const char* name, const char* none, const std::vector<Issue>& list,
                       const std::string& label = "") {
      Dict* s = d.AddSectionDictionary(name);
      for (const auto& i : list) AddIssueItem(*s, i, now, label);
      if (list.empty()) s->ShowSection(none);
      s->SetIntValue("COUNT", static_cast<long>(list.size()));
    };
    section("HELD", "NO_HELD", q.held);
    section("ESCALATED", "NO_ESCALATED", q.escalated, Msg("issue.state.escalated"));
    if (q.secretariat) section("OVERDUE_ALL", "NO_OVERDUE", q.overdue_all);
  });
}

// A horizontal stacked bar chart of open and resolved issues per category, as inline SVG.
std::string Chart(const issues::Dashboard& db) {
  std::int64_t max = 1;
  for (const auto& [k, c] : db.category_totals) max = std::max(max, c.total);
  constexpr int kLabel = 110, kBar = 400, kRow = 28;
  const int n = static_cast<int>(std::size(issues::kCategories));
  std::string svg =
      "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 ";
  svg += std::to_string(kLabel + kBar + 60);
  svg += ' ';
  svg += std::to_string(n * kRow + 10);
  svg += "\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">";
  svg += text::EscapeXml(Msg("issue.chart_title"));
  svg += "</title>";
  int y = 5;
  for (const char* k : issues::kCategories) {
    const auto it = db.category_totals.find(k);
    const issues::Cell c = it == db.category_totals.end() ? issues::Cell{} : it->second;
    const int w_open = static_cast<int>(c.open * kBar / max);
    const int w_done = static_cast<int>(c.resolved * kBar / max);
    const int w_other = static_cast<int>((c.total - c.open - c.resolved) * kBar / max);
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 17) + "\" font-size=\"16\">" +
           text::EscapeXml(issues::CategoryLabel(k)) + "</text>";
    int x = kLabel;
    auto bar = [&](int w, const char* cls) {
      if (w <= 0) return;
      svg += "<rect class=\"" + std::string(cls) + "\" x=\"" + std::to_string(x) + "\" y=\"" +
             std::to_string(y + 4) + "\" width=\"" + std::to_string(w) + "\" height=\"18\"/>";
      x += w;
    };
    bar(w_open, "bar-open");
    bar(w_done, "bar-resolved");
    bar(w_other, "bar-other");
    svg += "<text x=\"" + std::to_string(x + 6) + "\" y=\"" + std::to_string(y + 17) +
           "\" font-size=\"16\">" + std::to_string(c.total) + "</text>";
    y += kRow;
  }
  svg += "</svg>";
  return svg;
}

Response Dashboard(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const auto db = issues::CityDashboard(app.ctx());
  return app.Page(rc, 200, Msg("page.issue_dashboard_title"), "issues/issue_dashboard.tpl",
                  [&](Dict& d) {
                    d.SetValue("CHART", Chart(db));
                    for (const char* k : issues::kCategories) {
                      Dict* h = d.AddSectionDictionary("CATEGORY_HEAD");
                      h->SetValue("LABEL", issues::CategoryLabel(k));
                    }
                    const auto regions = directory::ListRegions(app.ctx());
                    for (const auto& r : regions) {
                      Dict* row = d.AddSectionDictionary("REGION_ROW");
                      row->SetValue("REGION_NAME", r.name);
                      row->SetValue("REGION_SLUG", r.slug);
                      std::int64_t total = 0;
                      for (const char* k : issues::kCategories) {
                        Dict* cell = row->AddSectionDictionary("CELL");
                        issues::Cell c;
                        if (auto a = db.by_category.find(k); a != db.by_category.end()) {
                          if (auto b = a->second.find(r.id); b != a->second.end()) c = b->second;
                        }
                        total += c.total;
                        if (c.total) {
                          Dict* v = cell->AddSectionDictionary("HAS_COUNT");
                          v->SetIntValue("TOTAL", c.total);
                          v->SetIntValue("OPEN", c.open);
                          v->SetValue("CATEGORY_KEY", k);
                          v->SetValue("REGION_SLUG", r.slug);
                          v->SetValue("CATEGORY", issues::CategoryLabel(k));
                          v->SetValue("REGION_NAME", r.name);
                        }
                      }
                      row->SetIntValue("ROW_TOTAL", total);
                    }
                    for (Level l : issues::kAllLevels) {
                      Dict* o = d.AddSectionDictionary("OVERDUE_LEVEL");
                      o->SetValue("LEVEL_LABEL", issues::Label(l));
                      o->SetValue("LEVEL_KEY", std::string(issues::ToString(l)));
                      o->SetIntValue("COUNT", db.overdue[static_cast<int>(l)]);
                    }
                  });
}

// ---- Settings ---------------------------------------------------------------------------------

Response SettingsPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  const auto s = issues::GetSettings(app.ctx());
  Options depts{{"", Msg("issue.dept_secretariat")}};
  for (const auto& o : directory::ListOrgs(app.ctx(), std::nullopt, OrgKind::kCityDepartment)) {
    if (issues::IsCityWideDepartment(o)) depts.emplace_back(to_string(o.id), o.name);
  }
  const bool posted = errors != nullptr;
  return app.Page(
      rc, status, Msg("page.issue_settings_title"), "issues/issue_settings.tpl",
      [&](Dict& d) {
        auto add = [&](Field f) {
          if (posted) f.value = FormValue(rc, f.name);
          f.error = FieldError(errors, f.name);
          AddField(d, f);
        };
        Options secretariat(depts.begin() + 1, depts.end());
        secretariat.insert(secretariat.begin(), {"", Msg("label.choose")});
        add({.name = "secretariat",
             .label = Msg("field.issue_secretariat"),
             .type = "select",
             .value = s.secretariat ? to_string(s.secretariat) : "",
             .hint = Msg("hint.issue_secretariat"),
             .required = true,
             .options = secretariat});
        for (Level l : issues::kAllLevels) {
          const std::string name = "target_" + std::string(issues::ToString(l));
          add({.name = name,
               .label = issues::Label(l) + Msg("field.issue_target_suffix"),
               .type = "number",
               .value = std::to_string(s.target_days[static_cast<int>(l)]),
               .hint = Msg("hint.issue_target"),
               .required = true});
        }
        for (const char* k : issues::kCategories) {
          auto it = s.departments.find(k);
          add({.name = "dept_" + std::string(k),
               .label = issues::CategoryLabel(k),
               .type = "select",
               .value = it == s.departments.end() ? "" : to_string(it->second),
               .options = depts});
        }
      },
      errors);
}

Response GetSettings(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!issues::CanManageSettings(rc.actor)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  return SettingsPage(app, rc, 200, nullptr);
}

Response SaveSettings(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  std::map<std::string, std::string> values;
  for (const char* k : {"secretariat", "target_association", "target_council", "target_city"})
    values[k] = FormValue(rc, k);
  for (const char* k : issues::kCategories)
    values["dept_" + std::string(k)] = FormValue(rc, "dept_" + std::string(k));
  auto r = issues::SaveSettings(app.ctx(), rc.actor, values);
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return SettingsPage(app, rc, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/admin/issues", "issue_settings_saved");
}

}  // namespace

void AddIssueRoutes(Router<Handler>& r) {
  r.Add("GET", "/issues", ListIssues);
  r.Add("GET", "/issues.csv", ExportCsv);
  r.Add("GET", "/issues/new", NewIssueForm);
  r.Add("POST", "/issues/new", RaiseIssue);
  r.Add("GET", "/issues/queue", WorkQueue);
  r.Add("GET", "/issues/dashboard", Dashboard);
  r.Add("GET", "/issues/{id}", GetIssue);
  r.Add("POST", "/issues/{id}/transition", TransitionIssue);
  // A page re-shown after a refused action keeps the POST's address: reloading it leads back.
  for (const char* action : {"transition", "handover", "comment", "follow", "metoo"})
    r.Add("GET", std::string("/issues/{id}/") + action, BackToIssue);
  r.Add("POST", "/issues/{id}/handover", HandOverIssue);
  r.Add("POST", "/issues/{id}/comment", CommentIssue);
  r.Add("POST", "/issues/{id}/follow", FollowIssue);
  r.Add("POST", "/issues/{id}/metoo", MeTooIssue);
  r.Add("GET", "/admin/issues", GetSettings);
  r.Add("POST", "/admin/issues", SaveSettings);
}

}  // namespace tsunagu::web
