#include "features/talks/commands.hpp"

#include <algorithm>
#include <set>

#include "features/events/commands.hpp"
#include "features/events/queries.hpp"
#include "features/issues/commands.hpp"
#include "features/issues/queries.hpp"
#include "features/plans/commands.hpp"
#include "features/talks/queries.hpp"
#include "features/training/commands.hpp"
#include "platform/command.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::talks {
namespace {

constexpr std::size_t kMaxFacilitatorName = 60, kMaxQualification = 200, kMaxAvailability = 500,
                      kMaxIssues = 20;

// The first max code points of s (UTF-8).
std::string Prefix(const std::string& s, std::size_t max) {
  std::size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max) break;
      ++n;
    }
  }
  return s.substr(0, i);
}

// Line ends as "\n" (browsers send textareas with "\r\n").
std::string Lf(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out += '\n';
    } else {
      out += s[i];
    }
  }
  return out;
}

// A whole number from 0 to max typed by a person ("" is 0).
std::int64_t Count(Validator& v, const std::string& field, const std::string& raw,
                   std::int64_t max) {
  const std::string s = text::Trim(text::Nfkc(raw));
  if (s.empty() || s == "0") return 0;
  auto n = text::ParsePositiveInt(s);
  if (!n || *n > max) {
    v.OutOfRange(field, 0, max);
    return 0;
  }
  return *n;
}

// The event a talk is signed up through: its row in `events`, built from the talk.
// Creates or updates the talk's event in the same transaction; people on the waitlist move up
// when there is more room (and are told).
Result<void> SyncEvent(Tx& tx, Talk& t, Validator& v, std::int64_t now) {
  store::Conn& c = tx.c;
  const Ctx& ctx = tx.ctx;
  std::optional<events::Event> old;
  if (t.event_id) old = store::FindEvent(c, t.event_id);
  if (!old) {
    events::Event e;
    ToEvent(ctx.base_url, t, e);
    e.id = store::InsertEvent(c, ctx.municipality, e, tx.actor.id, now);
    t.event_id = e.id;
    events::Reindex(c, ctx, e);
    return {};
  }
  events::Event e = *old;
  ToEvent(ctx.base_url, t, e);
  if (e.capacity && *e.capacity < old->confirmed) {
    v.Add("capacity", text::ReplaceAll(Msg("error.capacity_below_confirmed"), "{n}",
                                       std::to_string(old->confirmed)));
    return v.Fail();
  }
  events::SaveChange(tx, *old, e, now);
  return {};
}

// The issues a form names, checked before the transaction (issues are read through their
// own domain).
std::vector<issues::IssueId> CheckIssues(const Ctx& ctx, Validator& v, const TalkForm& f) {
  std::set<issues::IssueId> ids;
  for (const auto& raw : f.issues) {
    const std::string s = text::Trim(text::Nfkc(raw));
    if (s.empty()) continue;
    auto id = text::ParsePositiveInt(s);
    if (!id || !issues::Get(ctx, issues::IssueId{*id})) {
      v.Add("issues", Msg("talk.err_issue_unknown"));
      continue;
    }
    ids.insert(issues::IssueId{*id});
  }
  if (ids.size() > kMaxIssues) v.OutOfRange("issues", 0, kMaxIssues);
  return {ids.begin(), ids.end()};
}

void CheckForm(store::Conn& c, const Ctx& ctx, const Actor& actor, Validator& v, TalkForm& f,
               Talk& t, bool creating) {
  v.Required("title", f.title, kMaxTitle);
  t.title = f.title;
  v.Required("title_kana", f.title_kana, kMaxKana);
  if (!v.HasError("title_kana")) {
    f.title_kana = text::Katakana(text::Nfkc(f.title_kana));
    if (!text::IsKatakanaName(f.title_kana)) v.Add("title_kana", Msg("error.kana"));
  }
  t.title_kana = f.title_kana;
  f.purpose = Lf(f.purpose);
  f.agenda = Lf(f.agenda);
  f.ground_rules = Lf(f.ground_rules);
  v.Optional("purpose", f.purpose, kMaxPurpose);
  t.purpose = f.purpose;
  f.format = text::Trim(f.format);
  if (f.format.empty()) {
    v.Add("format", Msg("error.required"));
  } else if (!IsFormat(f.format)) {
    v.Add("format", Msg("error.choice"));
  }
  t.format = f.format;

  // When: one day, from a time to a later time (JST).
  f.date = text::Trim(text::Nfkc(f.date));
  f.start_time = text::Trim(text::Nfkc(f.start_time));
  f.end_time = text::Trim(text::Nfkc(f.end_time));
  const bool date_ok = training::IsDate(f.date);
  if (!date_ok) v.Add("date", Msg(f.date.empty() ? "error.required" : "error.date"));
  const auto st = training::ParseTime(f.start_time);
  if (!st) v.Add("start_time", Msg(f.start_time.empty() ? "error.required" : "error.time"));
  const auto et = training::ParseTime(f.end_time);
  if (!et) v.Add("end_time", Msg(f.end_time.empty() ? "error.required" : "error.time"));
  if (date_ok && st && et) {
    t.starts_at = jst::Midnight(f.date) + *st * 60;
    t.ends_at = jst::Midnight(f.date) + *et * 60;
    if (t.ends_at <= t.starts_at) v.Add("end_time", Msg("error.end_before_start"));
  }

  // Where: a place, or an online link for a talk online (a place may have a link too).
  v.Optional("place", f.place, kMaxPlace);
  t.place = f.place;
  v.Optional("online_url", f.online_url, kMaxUrl);
  f.online_url = text::Trim(f.online_url);
  if (!f.online_url.empty() && !text::IsWebUrl(f.online_url) && !v.HasError("online_url")) {
    v.Add("online_url", Msg("error.url"));
  }
  t.online_url = f.online_url;
  if (t.format == "online") {
    if (t.online_url.empty() && !v.HasError("online_url")) {
      v.Add("online_url", Msg("talk.err_online_url"));
    }
  } else if (t.place.empty() && !v.HasError("place") && !t.format.empty()) {
    v.Add("place", Msg("talk.err_place"));
  }

  v.Optional("agenda", f.agenda, kMaxAgenda);
  t.agenda = f.agenda;
  t.audience.clear();
  for (const auto& a : f.audience) {
    if (!IsAudience(a)) {
      v.Add("audience", Msg("error.choice"));
    } else if (std::find(t.audience.begin(), t.audience.end(), a) == t.audience.end()) {
      t.audience.push_back(a);
    }
  }
  // Kept in the catalogue's order.
  std::vector<std::string> ordered;
  for (const char* k : kAudiences) {
    if (std::find(t.audience.begin(), t.audience.end(), k) != t.audience.end()) {
      ordered.emplace_back(k);
    }
  }
  t.audience = ordered;

  const std::string cap = text::Trim(text::Nfkc(f.capacity));
  t.capacity.reset();
  if (!cap.empty()) {
    auto n = text::ParsePositiveInt(cap);
    if (!n || *n > kMaxCapacity) {
      v.OutOfRange("capacity", 1, kMaxCapacity);
    } else {
      t.capacity = *n;
    }
  }
  v.Optional("ground_rules", f.ground_rules, kMaxRules);

  // The facilitator: one of the register's active ones (or the one already assigned).
  const std::string fac = text::Trim(f.facilitator);
  const FacilitatorId old_facilitator = t.facilitator_id;
  t.facilitator_id = FacilitatorId{};
  t.facilitator_name.clear();
  if (!fac.empty()) {
    auto id = text::ParsePositiveInt(fac);
    auto found = id ? store::FindFacilitator(c, FacilitatorId{*id}) : std::nullopt;
    if (!found || (!found->active && found->id != old_facilitator)) {
      v.Add("facilitator", Msg("error.choice"));
    } else {
      t.facilitator_id = found->id;
      t.facilitator_name = found->name;
    }
  }

  auto region = store::FindRegionBySlug(c, ctx.municipality, text::Trim(f.region));
  if (!region) {
    v.Add("region", Msg(f.region.empty() ? "error.required" : "error.unknown_region"));
  } else {
    t.region_id = region->id;
    t.region_slug = region->slug;
    t.region_name = region->name;
  }
  if (creating) {
    auto id = text::ParsePositiveInt(text::Trim(f.org));
    std::optional<Org> o;
    if (id) o = store::FindOrg(c, OrgId{*id});
    if (!o) {
      v.Add("org", Msg("error.choice"));
      return;
    }
    if (!CanManageOrg(actor, *o)) {
      v.Add("org", Msg("talk.err_org_not_yours"));
      return;
    }
    t.org_id = o->id;
    t.org_name = o->name;
    t.org_kind = o->kind;
    t.org_region_id = o->region_id;
  }
  if (region && t.org_region_id && t.org_region_id != region->id) {
    v.Add("region", Msg("error.post_org_region"));
  }
  // Empty ground rules: the organisation's own, or the default.
  if (f.ground_rules.empty() && t.org_id) {
    auto own = store::FindGroundRules(c, t.org_id);
    t.ground_rules = own ? *own : DefaultGroundRules();
  } else {
    t.ground_rules = f.ground_rules;
  }
}

Result<Talk> Managed(store::Conn& c, const Actor& actor, TalkId id) {
  auto t = store::FindTalk(c, id);
  if (!t) return NotFound(Msg("error.not_found"));
  if (!CanManage(actor, *t)) return Forbidden(Msg("error.forbidden"));
  return *t;
}

const ActionItem* FindItem(const Talk& t, ActionItemId action) {
  for (const auto& a : t.actions) {
    if (a.id == action) return &a;
  }
  return nullptr;
}

// The talk and its action item, for the commands on one item.
struct Item {
  Talk talk;
  ActionItem item;
};
Result<Item> ManagedItem(store::Conn& c, const Actor& actor, TalkId talk, ActionItemId action) {
  auto t = Managed(c, actor, talk);
  if (!t) return t.error();
  const ActionItem* a = FindItem(*t, action);
  if (!a) return NotFound(Msg("error.not_found"));
  return Item{*t, *a};
}

// What an issue or a project made from an action item says of where it came from.
std::string Origin(const Ctx& ctx, const Talk& t, const ActionItem& a) {
  std::string s = a.what;
  // The organisation in charge, never a name typed for a person (the issue is public).
  if (a.who_org_id) {
    s += "\n";
    s += Msg("talk.action_who");
    s += "：";
    s += a.Who();
  }
  if (!a.due_date.empty()) {
    s += "\n";
    s += Msg("talk.action_due");
    s += "：";
    s += jst::LongDate(a.due_date);
  }
  s += "\n\n";
  s += text::ReplaceAll(text::ReplaceAll(Msg("talk.origin"), "{title}", t.title), "{date}",
                        jst::LongDate(jst::Date(t.starts_at)));
  s += "\n";
  s += TalkUrl(ctx.base_url, t.id);
  return s;
}

}  // namespace

Result<TalkId> CreateTalk(const Ctx& ctx, const Actor& actor, TalkForm f) {
  Validator v;
  const auto issue_ids = CheckIssues(ctx, v, f);
  const Command cmd{"talk.create", Login::kRequired, Lock::kWriters};
  return Run<TalkId>(ctx, actor, cmd, [&](Tx& tx) -> Result<TalkId> {
    store::Conn& c = tx.c;
    Talk t;
    CheckForm(c, ctx, actor, v, f, t, true);
    if (!v.ok()) return v.Fail();
    const auto now = ctx.clock.Now();
    t.status = TalkStatus::kPlanned;
    t.id = store::InsertTalk(c, ctx.municipality, t, actor.id, now);
    if (auto r = SyncEvent(tx, t, v, now); !r) return r.error();
    store::UpdateTalkRow(c, t, now);
    store::ReplaceTalkIssues(c, t.id, issue_ids);
    tx.Audit("talk", t.id);
    return t.id;
  });
}

Result<void> UpdateTalk(const Ctx& ctx, const Actor& actor, TalkId id, TalkForm f) {
  Validator v;
  const auto issue_ids = CheckIssues(ctx, v, f);
  const Command cmd{"talk.update", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto old = Managed(c, actor, id);
    if (!old) return old.error();
    if (old->status == TalkStatus::kCancelled) return Conflict(Msg("talk.err_cancelled"));
    Talk t = *old;
    CheckForm(c, ctx, actor, v, f, t, false);
    if (!v.ok()) return v.Fail();
    const auto now = ctx.clock.Now();
    if (auto r = SyncEvent(tx, t, v, now); !r) return r.error();
    store::UpdateTalkRow(c, t, now);
    store::ReplaceTalkIssues(c, t.id, issue_ids);
    tx.Audit("talk", t.id);
    return {};
  });
}

Result<void> CancelTalk(const Ctx& ctx, const Actor& actor, TalkId id) {
  const Command cmd{"talk.cancel", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto t = Managed(c, actor, id);
    if (!t) return t.error();
    if (t->status == TalkStatus::kCancelled) return Conflict(Msg("talk.err_cancelled"));
    if (t->status == TalkStatus::kHeld) return Conflict(Msg("talk.err_cancel_held"));
    const auto now = ctx.clock.Now();
    t->status = TalkStatus::kCancelled;
    store::UpdateTalkRow(c, *t, now);
    // The event too, as events::CancelEvent does: kept, marked cancelled, people told; its own
    // command ("event.cancel") inside this one.
    if (auto e = t->event_id ? store::FindEvent(c, events::EventId{t->event_id}) : std::nullopt;
        e && e->status != events::EventStatus::kCancelled) {
      auto cancelled = tx.Run<void>({"event.cancel"}, [&](Tx& inner) -> Result<void> {
        events::CancelIn(inner, *e, now);
        return {};
      });
      if (!cancelled) return cancelled.error();
    }
    tx.Audit("talk", id);
    return {};
  });
}

Result<void> CloseTalk(const Ctx& ctx, const Actor& actor, TalkId id, CloseForm f) {
  const Command cmd{"talk.close", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto t = Managed(c, actor, id);
    if (!t) return t.error();
    if (t->status == TalkStatus::kCancelled) return Conflict(Msg("talk.err_cancelled"));
    const auto now = ctx.clock.Now();
    Validator v;
    if (!t->Started(now)) {
      // Nothing is saved for a talk not yet held.
      v.Add("minutes", Msg("talk.err_not_held"));
      return v.Fail();
    }
    f.minutes = Lf(f.minutes);
    f.decisions = Lf(f.decisions);
    v.Required("minutes", f.minutes, kMaxMinutes);
    v.Optional("decisions", f.decisions, kMaxDecisions);
    std::map<std::string, std::int64_t> people;
    for (std::string_view band : kAgeBands) {
      const std::string b(band);
      auto it = f.participants.find(b);
      const std::int64_t n =
          Count(v, "people_" + b, it == f.participants.end() ? "" : it->second, kMaxPeople);
      if (n > 0) people[b] = n;
    }
    // Action items: rows of the form in order; a new row left empty is skipped, an existing
    // one emptied is removed (unless it became an issue or a project).
    std::vector<ActionItem> keep;
    std::set<std::int64_t> seen;
    int position = 0, row = 0;
    for (auto& a : f.actions) {
      ++row;
      const std::string n = std::to_string(row);
      const std::string what_field = "action_what_" + n;
      std::optional<std::int64_t> aid;
      if (!text::Trim(a.id).empty()) {
        aid = text::ParsePositiveInt(text::Trim(a.id));
        if (!aid || !FindItem(*t, talks::ActionItemId{*aid}) || !seen.insert(*aid).second) {
          v.Add(what_field, Msg("error.not_found"));
          continue;
        }
      }
      v.Optional(what_field, a.what, kMaxWhat);
      v.Optional("action_who_" + n, a.who, kMaxWho);
      a.due = text::Trim(text::Nfkc(a.due));
      a.who_org = text::Trim(a.who_org);
      if (a.what.empty()) {
        if (aid) {
          const ActionItem* old = FindItem(*t, talks::ActionItemId{*aid});
          if (old->issue_id || old->project_id) v.Add(what_field, Msg("talk.err_action_linked"));
        } else if (!a.who.empty() || !a.due.empty() || !a.who_org.empty()) {
          v.Add(what_field, Msg("error.required"));
        }
        continue;
      }
      ActionItem item;
      if (aid) item = *FindItem(*t, talks::ActionItemId{*aid});
      item.talk_id = t->id;
      item.position = ++position;
      item.what = a.what;
      item.who_text = a.who;
      item.who_org_id = OrgId{0};
      if (!a.who_org.empty()) {
        auto oid = text::ParsePositiveInt(a.who_org);
        auto o = oid ? store::FindOrg(c, OrgId{*oid}) : std::nullopt;
        if (!o) {
          v.Add("action_org_" + n, Msg("error.choice"));
        } else {
          item.who_org_id = o->id;
        }
      }
      if (!a.due.empty() && !training::IsDate(a.due)) v.Add("action_due_" + n, Msg("error.date"));
      item.due_date = a.due;
      keep.push_back(std::move(item));
    }
    if (keep.size() > kMaxActions) v.Add("action_what_1", Msg("talk.err_too_many_actions"));
    if (!v.ok()) return v.Fail();

    t->minutes = f.minutes;
    t->decisions = f.decisions;
    t->status = TalkStatus::kHeld;
    if (!t->closed_at) t->closed_at = now;
    store::UpdateTalkRow(c, *t, now);
    store::ReplaceParticipants(c, t->id, people);
    for (const auto& old : t->actions) {
      if (!std::any_of(keep.begin(), keep.end(), [&](const auto& k) { return k.id == old.id; })) {
        store::DeleteAction(c, old.id);
      }
    }
    for (auto& item : keep) {
      if (item.id) {
        store::UpdateAction(c, item, now);
      } else {
        item.id = store::InsertAction(c, item, now);
      }
    }
    tx.Audit("talk", t->id, "actions:" + std::to_string(keep.size()));
    return {};
  });
}

Result<void> SetActionDone(const Ctx& ctx, const Actor& actor, TalkId talk, ActionItemId action,
                           bool done) {
  const Command cmd{done ? "talk.action_done" : "talk.action_reopen", Login::kRequired,
                    Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto t = Managed(c, actor, talk);
    if (!t) return t.error();
    const ActionItem* a = FindItem(*t, action);
    if (!a) return NotFound(Msg("error.not_found"));
    if (a->done == done) {
      tx.NoChange();
      return {};
    }
    store::SetActionDoneRow(c, action, done, ctx.clock.Now());
    tx.Audit("talk", talk, "action:" + to_string(action));
    return {};
  });
}

Result<issues::IssueId> ActionToIssue(const Ctx& ctx, const Actor& actor, TalkId talk,
                                      ActionItemId action, const std::string& category) {
  // The issue and its link in one transaction: a second press finds the link and gets 409.
  const Command cmd{"talk.action_issue", Login::kRequired, Lock::kWriters};
  return Run<issues::IssueId>(ctx, actor, cmd, [&](Tx& tx) -> Result<issues::IssueId> {
    auto it = ManagedItem(tx.c, actor, talk, action);
    if (!it) return it.error();
    if (it->item.issue_id) return Conflict(Msg("talk.err_action_has_issue"));
    if (!issues::IsCategory(category)) {
      return Invalid(Msg("error.summary"), {{"category", Msg("error.choice")}});
    }
    issues::IssueForm form;
    form.org = to_string(it->talk.org_id);
    form.region = it->talk.region_slug;
    form.category = category;
    form.title = Prefix(it->item.what, issues::kMaxTitle);
    form.description = Prefix(Origin(ctx, it->talk, it->item), issues::kMaxDescription);
    auto raised = tx.Run<issues::IssueId>(
        {"issue.raise"}, [&](Tx& inner) { return issues::RaiseIn(inner, std::move(form)); });
    if (!raised) return raised.error();
    const issues::IssueId issue = *raised;
    store::SetActionIssue(tx.c, action, issue, ctx.clock.Now());
    store::AddTalkIssue(tx.c, talk, issue);
    tx.Audit("talk", talk, "action:" + to_string(action) + " issue:" + to_string(issue));
    return issue;
  });
}

Result<plans::ProjectId> ActionToProject(const Ctx& ctx, const Actor& actor, TalkId talk,
                                         ActionItemId action) {
  // The project and its link in one transaction: a second press finds the link and gets 409.
  const Command cmd{"talk.action_project", Login::kRequired, Lock::kWriters};
  return Run<plans::ProjectId>(ctx, actor, cmd, [&](Tx& tx) -> Result<plans::ProjectId> {
    auto it = ManagedItem(tx.c, actor, talk, action);
    if (!it) return it.error();
    if (it->talk.org_kind != OrgKind::kCouncil) return Conflict(Msg("talk.err_project_council"));
    if (it->item.project_id) return Conflict(Msg("talk.err_action_has_project"));
    const int year = plans::CurrentYear(ctx.clock);
    plans::ProjectForm form;
    form.title = Prefix(it->item.what, 100);
    form.description = Prefix(Origin(ctx, it->talk, it->item), 4000);
    form.runner_id = to_string(it->talk.org_id);
    form.year_from = form.year_to = std::to_string(year);
    form.lines.push_back({std::to_string(year), "", "0", "own"});
    auto created = tx.Run<plans::ProjectId>({"project.create"}, [&](Tx& inner) {
      return plans::CreateProjectIn(inner, it->talk.org_id, plans::PlanId{}, std::move(form));
    });
    if (!created) return created.error();
    const plans::ProjectId project = *created;
    store::SetActionProject(tx.c, action, project, ctx.clock.Now());
    tx.Audit("talk", talk, "action:" + to_string(action) + " project:" + to_string(project));
    return project;
  });
}

Result<void> SaveGroundRules(const Ctx& ctx, const Actor& actor, OrgId org, std::string body) {
  const Command cmd{"talk.rules", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto o = store::FindOrg(c, org);
    if (!o) return NotFound(Msg("error.not_found"));
    if (!CanManageOrg(actor, *o)) return Forbidden(Msg("error.forbidden"));
    Validator v;
    body = Lf(body);
    v.Required("ground_rules", body, kMaxRules);
    if (!v.ok()) return v.Fail();
    store::PutGroundRules(c, org, body, ctx.clock.Now());
    tx.Audit("org", org);
    return {};
  });
}

Result<FacilitatorId> SaveFacilitator(const Ctx& ctx, const Actor& actor, FacilitatorId id,
                                      FacilitatorForm f) {
  const Command cmd{id ? "facilitator.update" : "facilitator.create", Login::kRequired,
                    Lock::kWriters};
  return Run<FacilitatorId>(ctx, actor, cmd, [&](Tx& tx) -> Result<FacilitatorId> {
    if (!CanManageFacilitators(actor)) return Forbidden(Msg("error.forbidden"));
    store::Conn& c = tx.c;
    Facilitator fac;
    if (id) {
      auto old = store::FindFacilitator(c, id);
      if (!old) return NotFound(Msg("error.not_found"));
      fac = *old;
    }
    Validator v;
    v.Required("name", f.name, kMaxFacilitatorName);
    v.Required("qualification", f.qualification, kMaxQualification);
    f.availability = Lf(f.availability);
    v.Optional("availability", f.availability, kMaxAvailability);
    fac.name = f.name;
    fac.qualification = f.qualification;
    fac.availability = f.availability;
    fac.active = f.active != "0";
    fac.regions.clear();
    for (const auto& slug : f.regions) {
      auto r = store::FindRegionBySlug(c, ctx.municipality, text::Trim(slug));
      if (!r) {
        v.Add("regions", Msg("error.choice"));
      } else if (std::find(fac.regions.begin(), fac.regions.end(), r->id) == fac.regions.end()) {
        fac.regions.push_back(r->id);
      }
    }
    if (fac.regions.empty() && !v.HasError("regions")) {
      v.Add("regions", Msg("talk.err_regions_required"));
    }
    if (!v.ok()) return v.Fail();
    const auto now = ctx.clock.Now();
    if (id) {
      store::UpdateFacilitator(c, fac, now);
    } else {
      fac.id = store::InsertFacilitator(c, ctx.municipality, fac, now);
    }
    tx.Audit("facilitator", fac.id);
    return fac.id;
  });
}

}  // namespace tsunagu::talks
