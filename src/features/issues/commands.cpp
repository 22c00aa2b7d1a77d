#include "features/issues/commands.hpp"

#include <algorithm>
#include <cmath>

#include "features/issues/queries.hpp"
#include "features/issues/rules.hpp"
#include "features/opendata/facilities.hpp"
#include "features/posts/queries.hpp"
#include "platform/command.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::issues {
namespace {

using I = std::int64_t;
constexpr I kDay = 86400;
constexpr std::size_t kMaxAlt = 200, kMaxMediaUrl = 500;

// "自治会役員（○○自治会）": the role in which the actor acts at this level, never a name.
std::pair<std::string, OrgId> WhoAt(store::Conn& c, const Actor& a, const Holder& h, Level l) {
  OrgId org;
  std::string role;
  if (l == Level::kAssociation) {
    org = h.association;
    role = Msg("issue.who_association");
  } else if (l == Level::kCouncil) {
    org = h.council;
    role = Msg("issue.who_council");
  } else {
    org = IsStaffOf(a, h.department) ? h.department : h.secretariat;
    role = Msg("issue.who_city");
  }
  auto o = store::FindOrg(c, org);
  std::string who = role;
  if (o) {
    who += "（";
    who += o->name;
    who += "）";
  }
  return {who, org};
}

void TellFollowers(Tx& tx, const Issue& i, const std::string& what, const std::string& note) {
  store::Conn& c = tx.c;
  const Actor& actor = tx.actor;
  std::vector<std::string> to = store::FollowerEmails(c, i.id);
  const auto rep = store::FindIssueReporter(c, i.id);
  if (!rep.contact_email.empty()) to.push_back(rep.contact_email);
  std::string actor_email;
  if (actor.id) {
    if (auto u = store::FindUser(c, actor.id)) actor_email = u->email;
  }
  std::sort(to.begin(), to.end());
  to.erase(std::unique(to.begin(), to.end()), to.end());
  std::string body = Msg("mail.issue_changed_body");
  body += "\n\n";
  body += i.title;
  body += "\n";
  body += what;
  body += "\n";
  if (!note.empty()) {
    body += note;
    body += "\n";
  }
  body += tx.ctx.base_url;
  body += "/issues/";
  body += to_string(i.id);
  body += "\n\n";
  body += Msg("mail.issue_unfollow_hint");
  body += "\n";
  for (const auto& email : to) {
    if (email == actor_email) continue;
    tx.Send({email, text::ReplaceAll(Msg("mail.issue_changed_subject"), "{title}", i.title), body});
  }
}

// The officers (or department staff) of the level that now holds the issue: a new issue in
// their queue.
// "上位へ相談しました。\nいまの担当：山口市 交通政策課（受付）" for a mail.
std::string NowText(const Issue& i, EntryKind kind) {
  std::string s = Msg("issue.move_done." + std::string(ToString(kind)));
  s += "\n";
  s += Msg("issue.mail_now");
  s += AgencyResponsible(i);
  s += "（";
  s += Label(i.state);
  s += "）";
  return s;
}

// why: arrived (raised), escalated (from the level below), handed (another department's),
// returned (reopened by the level above).
void TellHolder(Tx& tx, const Issue& i, const Holder& h, const std::string& why) {
  store::Conn& c = tx.c;
  std::vector<std::string> to;
  if (i.level == Level::kAssociation) {
    to = store::OrgMemberEmails(c, h.association, MemberRole::kOfficer);
  } else if (i.level == Level::kCouncil) {
    to = store::OrgMemberEmails(c, h.council, MemberRole::kOfficer);
  } else {
    to = store::OrgMemberEmails(c, h.department, MemberRole::kMember);
  }
  std::string body = Msg("mail.issue_" + why + "_body");
  body += "\n\n";
  body += i.title;
  body += "\n";
  body += i.region_name;
  body += " / ";
  body += CategoryLabel(i.category);
  body += "\n";
  body += tx.ctx.base_url;
  body += "/issues/";
  body += to_string(i.id);
  body += "\n";
  for (const auto& email : to) {
    tx.Send(
        {email, text::ReplaceAll(Msg("mail.issue_" + why + "_subject"), "{title}", i.title), body});
  }
}

void Reindex(store::Conn& c, const Ctx& ctx, const Issue& i) {
  search::Put(c, ctx.municipality,
              search::IssueDoc(i.id.value(), i.region_id, i.category, i.title, i.description,
                               i.address, i.resolution, i.created_at));
}

}  // namespace

// ---- Commands -------------------------------------------------------------------------------

Result<IssueId> Raise(const Ctx& ctx, const Actor& actor, IssueForm f) {
  const Command cmd{"issue.raise", Login::kRequired, Lock::kWriters};
  return Run<IssueId>(ctx, actor, cmd, [&](Tx& tx) { return RaiseIn(tx, std::move(f)); });
}

Result<IssueId> RaiseIn(Tx& tx, IssueForm f) {
  store::Conn& c = tx.c;
  const Ctx& ctx = tx.ctx;
  const Actor& actor = tx.actor;
  Validator v;
  for (const auto& [field, message] : f.upload_errors) v.Add(field, message);
  Issue i;
  v.Required("title", f.title, kMaxTitle);
  v.Required("description", f.description, kMaxDescription);
  v.Optional("address", f.address, kMaxAddress);
  i.title = f.title;
  i.description = f.description;
  i.address = f.address;
  // A key from the forms, the Japanese label from the API.
  f.category = text::Trim(f.category);
  if (IsCategory(f.category)) {
    i.category = f.category;
  } else if (auto k = CategoryFromLabel(f.category)) {
    i.category = *k;
  } else {
    v.Add("category", Msg("error.choice"));
  }
  i.lat_e6 = ParseCoordinate(v, "lat", f.lat, 90);
  i.lon_e6 = ParseCoordinate(v, "lon", f.lon, 180);
  if (i.lat_e6.has_value() != i.lon_e6.has_value() && !v.HasError("lat") && !v.HasError("lon")) {
    v.Add(i.lat_e6 ? "lon" : "lat", Msg("error.coordinate_pair"));
  }
  f.media_url = text::Trim(f.media_url);
  if (!f.media_url.empty() && (f.media_url.size() > kMaxMediaUrl || !text::IsWebUrl(f.media_url)))
    v.Add("media_url", Msg("error.url"));
  i.media_url = f.media_url;
  if (f.add_images.size() > kMaxImages) v.Add("image1", Msg("error.issue_too_many_images"));
  for (std::size_t k = 0; k < f.add_images.size(); ++k) {
    auto& img = f.add_images[k];
    v.Required("alt" + std::to_string(img.slot ? img.slot : static_cast<int>(k) + 1), img.alt,
               kMaxAlt);
  }
  auto region = store::FindRegionBySlug(c, ctx.municipality, text::Trim(f.region));
  if (!region) {
    v.Add("region", Msg(f.region.empty() ? "error.choice" : "error.unknown_region"));
  } else {
    i.region_id = region->id;
    i.region_slug = region->slug;
    i.region_name = region->name;
    if (auto council = store::FindCouncilOf(c, region->id)) {
      i.council_id = council->id;
      i.council_name = council->name;
    } else {
      v.Add("region", Msg("error.issue_no_council"));
    }
  }
  const std::string assoc = text::Trim(text::Nfkc(f.association));
  if (!assoc.empty() && assoc != "0") {
    auto id = text::ParsePositiveInt(assoc);
    auto o = id ? store::FindOrg(c, OrgId{*id}) : std::nullopt;
    if (!o || o->kind != OrgKind::kAssociation) {
      v.Add("association", Msg("error.choice"));
    } else if (region && o->region_id != region->id) {
      v.Add("association", Msg("error.issue_association_region"));
    } else {
      i.association_id = o->id;
      i.association_name = o->name;
    }
  }
  const std::string org = text::Trim(text::Nfkc(f.org));
  std::string raised_as;
  if (!org.empty() && org != "0") {
    auto id = text::ParsePositiveInt(org);
    auto o = id ? store::FindOrg(c, OrgId{*id}) : std::nullopt;
    if (!o) {
      v.Add("org", Msg("error.choice"));
    } else if (!Can(actor, Action::kPublishContent, Subject{o->region_id, o->id, o->kind})) {
      v.Add("org", Msg("error.issue_org_not_yours"));
    } else {
      i.reporter_org_id = o->id;
      i.reporter_org_name = o->name;
      raised_as = Label(o->kind);  // "自治会（○○自治会）": the organisation itself
      raised_as += "（";
      raised_as += o->name;
      raised_as += "）";
    }
  }
  if (!v.ok()) return v.Fail();
  const Settings s = LoadSettings(c, ctx.municipality);
  const I now = ctx.clock.Now();
  i.level = i.association_id ? Level::kAssociation : Level::kCouncil;
  i.state = State::kNew;
  i.source = f.source.empty() ? "web" : f.source;
  i.created_at = i.updated_at = i.level_since = now;
  i.due_at = DueAt(s, i.level, now);
  i.id = store::InsertIssue(c, ctx.municipality, i, {actor.id, text::Trim(f.contact_email)}, now);
  for (std::size_t k = 0; k < f.add_images.size(); ++k)
    store::InsertIssueImage(c, i.id, static_cast<int>(k), f.add_images[k]);
  store::IssueEntryRow e;
  e.kind = EntryKind::kRaise;
  e.actor = actor.id;
  e.actor_org = i.reporter_org_id;
  if (i.reporter_org_id) {
    e.who = raised_as;
  } else {
    e.who = Msg("issue.who_reporter");
  }
  e.to_level = i.level;
  e.to_state = i.state;
  store::InsertIssueEntry(c, i.id, e, now);
  store::SetFollowing(c, i.id, actor.id, true, now);
  Reindex(c, ctx, i);
  TellHolder(tx, i, MakeHolder(i, s), "arrived");
  tx.Audit("issue", i.id, i.source);
  return i.id;
}

Result<Issue> Transition(const Ctx& ctx, const Actor& actor, IssueId id, const std::string& action,
                         std::string note) {
  const auto move = ParseMove(text::Trim(action));
  // An unknown action is refused inside (after 404 and 403); its name is never logged.
  const std::string logged = move ? "issue." + std::string(ToString(*move)) : "issue.transition";
  // The writers' lock: two officers pressing at once: one wins, the other gets 409.
  const Command cmd{logged, Login::kRequired, Lock::kWriters};
  return Run<Issue>(ctx, actor, cmd, [&](Tx& tx) -> Result<Issue> {
    store::Conn& c = tx.c;
    auto found = store::FindIssue(c, id);
    if (!found) return NotFound(Msg("error.not_found"));
    Issue i = *found;
    const Settings s = LoadSettings(c, ctx.municipality);
    const Holder h = MakeHolder(i, s);
    if (!move) {
      // Whatever the action, a caller who may not act at this level is told so first.
      if (!ActsAt(actor, h, h.level)) return Forbidden(Msg("error.issue_not_your_level"));
      return Invalid(Msg("error.issue_unknown_action"), {{"action", Msg("error.choice")}});
    }
    // The length of the note is checked after who may act (403 first, whatever is sent).
    const auto verdict = Decide(actor, h, i.state, *move, !text::Trim(note).empty());
    if (verdict != Verdict::kForbidden) {
      Validator v;
      v.Optional("note", note, kMaxNote);
      if (!v.ok()) return v.Fail();
    }
    switch (verdict) {
      case Verdict::kForbidden:
        return Forbidden(Msg("error.issue_not_your_level"));
      case Verdict::kConflict:
        return Conflict(
            *move == Move::kEscalate && i.level == Level::kCity
                ? Msg("error.issue_top_level")
                : text::ReplaceAll(Msg("error.issue_transition"), "{state}", Label(i.state)));
      case Verdict::kNoteRequired:
        return Invalid(Msg("error.issue_note_required"), {{"note", Msg("error.issue_note")}});
      case Verdict::kAllowed:
        break;
    }
    const I now = ctx.clock.Now();
    const Level from_level = i.level;
    const State from_state = i.state;
    // Who acts: at the holding level, or the level above (reopen).
    const Level acting = ActsAt(actor, h, h.level) ? h.level : *Above(h.level);
    const auto [who, who_org] = WhoAt(c, actor, h, acting);
    bool arrived = false;
    switch (*move) {
      case Move::kStart:
        i.state = State::kInProgress;
        break;
      case Move::kResolve:
        i.state = State::kResolved;
        i.resolution = note;
        break;
      case Move::kDecline:
        i.state = State::kDeclined;
        break;
      case Move::kEscalate:
        i.level = *Above(i.level);
        i.state = State::kNew;
        if (i.level == Level::kCity) {
          i.department_id = DepartmentFor(s, i.category);
          if (!i.department_id) return Conflict(Msg("error.issue_no_department"));
          if (auto d = store::FindOrg(c, i.department_id)) i.department_name = d->name;
        }
        i.level_since = now;
        i.due_at = DueAt(s, i.level, now);
        arrived = true;
        break;
      case Move::kReopen:
        // The holding level resumes work; the level above sends it back to be dealt with,
        // where it arrives as 受付 with a fresh response time.
        if (acting == h.level) {
          i.state = State::kInProgress;
        } else {
          i.state = State::kNew;
          i.level_since = now;
          i.due_at = DueAt(s, i.level, now);
          arrived = true;
        }
        break;
    }
    store::UpdateIssueRow(c, i, now);
    store::IssueEntryRow e;
    e.kind = EntryKindOf(*move);
    e.who = who;
    e.actor = actor.id;
    e.actor_org = who_org;
    e.from_level = from_level;
    e.from_state = from_state;
    e.to_level = i.level;
    e.to_state = i.state;
    e.note = note;
    store::InsertIssueEntry(c, i.id, e, now);
    Reindex(c, ctx, i);
    TellFollowers(tx, i, NowText(i, EntryKindOf(*move)), note);
    if (arrived)
      TellHolder(tx, i, MakeHolder(i, s), *move == Move::kEscalate ? "escalated" : "returned");
    tx.Audit("issue", i.id, std::string(ToString(i.level)) + ":" + std::string(ToString(i.state)));
    auto fresh = store::FindIssue(c, i.id);
    return fresh ? *fresh : i;
  });
}

Result<void> HandOver(const Ctx& ctx, const Actor& actor, IssueId id, OrgId department,
                      std::string note) {
  const Command cmd{"issue.handover", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto found = store::FindIssue(c, id);
    if (!found) return NotFound(Msg("error.not_found"));
    Issue i = *found;
    const Settings s = LoadSettings(c, ctx.municipality);
    Holder h = MakeHolder(i, s);
    if (!CanHandOver(actor, h)) return Forbidden(Msg("error.issue_handover_secretariat"));
    if (i.level != Level::kCity || !i.Open()) return Conflict(Msg("error.issue_handover_state"));
    Validator v;
    v.Optional("note", note, kMaxNote);
    auto d = store::FindOrg(c, department);
    if (!d || !IsCityWideDepartment(*d)) {
      v.Add("department", Msg("error.choice"));
    } else if (d->id == i.department_id) {
      v.Add("department", Msg("error.issue_same_department"));
    }
    if (!v.ok()) return v.Fail();
    const I now = ctx.clock.Now();
    const auto [who, who_org] = WhoAt(c, actor, h, Level::kCity);
    const State from_state = i.state;
    const std::string from_department = i.department_name;
    i.department_id = d->id;
    i.department_name = d->name;
    i.state = State::kNew;
    i.level_since = now;
    i.due_at = DueAt(s, Level::kCity, now);
    store::UpdateIssueRow(c, i, now);
    store::IssueEntryRow e;
    e.kind = EntryKind::kHandover;
    e.who = who;
    e.actor = actor.id;
    e.actor_org = who_org;
    e.from_level = e.to_level = Level::kCity;
    e.from_state = from_state;
    e.to_state = i.state;
    e.note = text::ReplaceAll(
        text::ReplaceAll(Msg("issue.handover_note"), "{from}", from_department), "{to}", d->name);
    if (!note.empty()) {
      e.note += "\n";
      e.note += note;
    }
    store::InsertIssueEntry(c, i.id, e, now);
    TellFollowers(tx, i, NowText(i, EntryKind::kHandover), e.note);
    h.department = d->id;
    TellHolder(tx, i, h, "handed");
    tx.Audit("issue", i.id, to_string(d->id));
    return {};
  });
}

Result<void> Comment(const Ctx& ctx, const Actor& actor, IssueId id, std::string note) {
  const Command cmd{"issue.comment", Login::kRequired};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto i = store::FindIssue(c, id);
    if (!i) return NotFound(Msg("error.not_found"));
    const Settings s = LoadSettings(c, ctx.municipality);
    const Holder h = MakeHolder(*i, s);
    const bool reporter = store::FindIssueReporter(c, id).user == actor.id;
    if (!IsParty(actor, h) && !reporter) return Forbidden(Msg("error.issue_comment_party"));
    Validator v;
    v.Required("note", note, kMaxNote);
    if (!v.ok()) return v.Fail();
    store::IssueEntryRow e;
    e.kind = EntryKind::kComment;
    e.actor = actor.id;
    e.note = note;
    // In the role the actor has here: the holding level first, then the lower ones.
    std::optional<Level> role;
    for (Level l : {h.level, Level::kCouncil, Level::kAssociation, Level::kCity}) {
      if ((l != Level::kCity || h.level == Level::kCity) && ActsAt(actor, h, l)) {
        role = l;
        break;
      }
    }
    if (role) {
      std::tie(e.who, e.actor_org) = WhoAt(c, actor, h, *role);
    } else {
      e.who = Msg("issue.who_reporter");
    }
    store::InsertIssueEntry(c, id, e, ctx.clock.Now());
    tx.Audit("issue", id);
    return {};
  });
}

Result<void> Follow(const Ctx& ctx, const Actor& actor, IssueId id, bool on) {
  const Command cmd{on ? "issue.follow" : "issue.unfollow", Login::kRequired};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    if (!store::FindIssue(c, id)) return NotFound(Msg("error.not_found"));
    store::SetFollowing(c, id, actor.id, on, ctx.clock.Now());
    tx.Audit("issue", id);
    return {};
  });
}

Result<void> MeToo(const Ctx& ctx, const Actor& actor, IssueId id) {
  const Command cmd{"issue.metoo", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    if (!store::FindIssue(c, id)) return NotFound(Msg("error.not_found"));
    if (store::HasMeToo(c, id, actor.id)) return Conflict(Msg("error.issue_metoo_twice"));
    store::InsertMeToo(c, id, actor.id, ctx.clock.Now());
    tx.Audit("issue", id);
    return {};
  });
}

// ---- Settings -------------------------------------------------------------------------------

Result<void> SaveSettings(const Ctx& ctx, const Actor& actor,
                          const std::map<std::string, std::string>& values) {
  auto value = [&](const std::string& k) {
    auto it = values.find(k);
    return it == values.end() ? std::string() : text::Trim(text::Nfkc(it->second));
  };
  const Command cmd{"issue.settings", Login::kRequired};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    if (!CanManageSettings(actor)) return Forbidden(Msg("error.forbidden"));
    store::Conn& c = tx.c;
    Validator v;
    store::IssueSettingsRow row;
    auto department = [&](const std::string& field, bool required) -> OrgId {
      const std::string raw = value(field);
      if (raw.empty() || raw == "0") {
        if (required) v.Add(field, Msg("error.required"));
        return {};
      }
      auto id = text::ParsePositiveInt(raw);
      auto o = id ? store::FindOrg(c, OrgId{*id}) : std::nullopt;
      if (!o || !IsCityWideDepartment(*o)) {
        v.Add(field, Msg("error.choice"));
        return {};
      }
      return o->id;
    };
    row.secretariat = department("secretariat", true);
    for (Level l : kAllLevels) {
      const std::string field = "target_" + std::string(ToString(l));
      auto n = text::ParsePositiveInt(value(field));
      if (!n || *n > 365) {
        v.OutOfRange(field, 1, 365);
      } else {
        row.target_days[static_cast<int>(l)] = static_cast<int>(*n);
      }
    }
    std::map<std::string, OrgId> depts;
    for (const char* k : kCategories) depts[k] = department("dept_" + std::string(k), false);
    if (!v.ok()) return v.Fail();
    const I now = ctx.clock.Now();
    store::PutIssueSettings(c, ctx.municipality, row, now);
    for (const auto& [k, org] : depts) store::PutIssueDepartment(c, ctx.municipality, k, org);
    tx.Audit("municipality", ctx.municipality);
    return {};
  });
}

// ---- Reading ----------------------------------------------------------------------------------

}  // namespace tsunagu::issues

namespace tsunagu::issues {

void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now) {
  if (store::GetSetting(c, "demo_issues")) return;
  const OrgId kyodo = store::FindOrgBySeedKeyId(c, "dept-kyodo");
  if (!kyodo) return;
  store::IssueSettingsRow row;
  row.secretariat = kyodo;
  store::PutIssueSettings(c, m, row, now);
  const std::pair<const char*, const char*> depts[] = {{"bosai", "dept-bosai"},
                                                       {"kotsu", "dept-kotsu"},
                                                       {"fukushi", "dept-fukushi"},
                                                       {"akiya", "dept-teiju"}};
  for (const auto& [cat, key] : depts) {
    if (OrgId d = store::FindOrgBySeedKeyId(c, key)) store::PutIssueDepartment(c, m, cat, d);
  }
  const Settings s = LoadSettings(c, m);
  auto user = [&](const std::string& email) -> UserId {
    auto u = store::FindUserByEmail(c, email);
    return u ? u->id : UserId{};
  };
  auto org_name = [&](OrgId id) {
    auto o = store::FindOrg(c, id);
    return o ? o->name : std::string();
  };
  // A step of the story: (days after raising, kind, from, to, note); who follows from the level.
  struct Step {
    int day;
    Move move;
    Level level;  // the level acting
    State to_state;
    const char* note;
    bool escalates = false;
  };
  struct Story {
    const char* region;
    bool association;
    const char* category;
    const char* title;
    const char* description;
    int days_ago;
    std::vector<Step> steps;
    int metoo = 0;
  };
  const Story stories[] = {
      {"otono",
       true,
       "kankyo",
       "ごみ集積所のカラス被害",
       "大殿の集積所で、収集日の朝にカラスがごみ袋を破り、道路に散らかっています。ネットが古く"
       "なっています。（デモデータ）",
       3,
       {},
       4},
      {"sue",
       false,
       "kodomo",
       "通学路の街灯が暗い区間がある",
       "小学校から県道までの約300メートルに街灯が少なく、冬の下校時に暗くなります。（デモデータ）",
       12,
       {{2, Move::kStart, Level::kCouncil, State::kInProgress,
         "防犯部会で現地を確認します。自治会とも相談します。"}},
       6},
      {"ato",
       true,
       "kotsu",
       "路線バスの減便で通院が難しい",
       "地福から市街地の病院へ行くバスが減り、帰りの便がありません。車を手放した高齢者が困って"
       "います。（デモデータ）",
       40,
       {{3, Move::kEscalate, Level::kAssociation, State::kNew,
         "自治会では解決できないため、協議会に相談します。", true},
        {6, Move::kStart, Level::kCouncil, State::kInProgress, "福祉部会と交通の実態を調べます。"},
        {15, Move::kEscalate, Level::kCouncil, State::kNew,
         "地域で乗り合いの仕組みを検討しつつ、路線の見直しを市と協議したいと考えます。", true},
        {20, Move::kStart, Level::kCity, State::kInProgress,
         "交通事業者と協議を始めました。協議会と一緒に利用実態を確認します。"}},
       11},
      {"ajisu",
       false,
       "kotsu",
       "バス停にベンチがほしい",
       "阿知須のバス停で、高齢者が立って長く待っています。（デモデータ）",
       90,
       {{5, Move::kStart, Level::kCouncil, State::kInProgress, "設置場所を地権者と相談します。"},
        {30, Move::kResolve, Level::kCouncil, State::kResolved,
         "地元の事業者の協力でベンチを2基設置しました。協議会が年2回点検します。"}},
       3},
      {"tokuji",
       false,
       "akiya",
       "空き家の草木が道路にはみ出している",
       "集落の空き家の庭木が伸び、通学路をふさいでいます。（デモデータ）",
       60,
       {{4, Move::kStart, Level::kCouncil, State::kInProgress, "所有者の親族に連絡を取ります。"},
        {25, Move::kResolve, Level::kCouncil, State::kResolved,
         "所有者の了解を得て、地域の草刈りボランティアで剪定しました。"}},
       2},
      {"sayama",
       true,
       "other",
       "公民館の駐車場に不法投棄",
       "古タイヤが置かれています。（デモデータ）",
       20,
       {{2, Move::kDecline, Level::kAssociation, State::kDeclined,
         "持ち主が分かり、本人が引き取ることになったため、自治会としての対応はしません。"}},
       0},
      {"aio",
       false,
       "kaimono",
       "移動販売の回数を増やしてほしい",
       "週1回の移動販売では足りないという声があります。（デモデータ）",
       20,
       {},
       5},
      {"ogori",
       false,
       "bosai",
       "避難所の案内表示が分かりにくい",
       "夜間や外国から来た人にも分かる表示がほしいです。（デモデータ）",
       30,
       {{4, Move::kEscalate, Level::kCouncil, State::kNew,
         "表示の設置は市の施設管理にかかわるため、市に相談します。", true}},
       1},
  };
  for (const auto& st : stories) {
    auto region = store::FindRegionBySlug(c, m, st.region);
    if (!region) continue;
    auto council = store::FindCouncilOf(c, region->id);
    if (!council) continue;
    Issue i;
    i.region_id = region->id;
    i.council_id = council->id;
    i.association_id =
        st.association ? store::FindOrgBySeedKeyId(c, "assoc-" + region->slug + "-0") : OrgId{};
    i.category = st.category;
    i.title = st.title;
    i.description = st.description;
    i.level = i.association_id ? Level::kAssociation : Level::kCouncil;
    i.state = State::kNew;
    i.source = "web";
    const I raised = now - st.days_ago * kDay;
    i.created_at = i.level_since = raised;
    i.due_at = DueAt(s, i.level, raised);
    const UserId reporter = user("resident-" + region->slug + "@example.jp");
    i.id = store::InsertIssue(c, m, i, {reporter, ""}, raised);
    store::IssueEntryRow e;
    e.kind = EntryKind::kRaise;
    e.actor = reporter;
    e.who = Msg("issue.who_reporter");
    e.to_level = i.level;
    e.to_state = i.state;
    store::InsertIssueEntry(c, i.id, e, raised);
    if (reporter) store::SetFollowing(c, i.id, reporter, true, raised);
    for (const auto& step : st.steps) {
      const I at = raised + step.day * kDay;
      Holder h = MakeHolder(i, s);
      store::IssueEntryRow x;
      x.kind = EntryKindOf(step.move);
      x.note = step.note;
      x.from_level = i.level;
      x.from_state = i.state;
      const OrgId acting = step.level == Level::kAssociation ? h.association
                           : step.level == Level::kCouncil   ? h.council
                                                             : h.department;
      x.actor_org = acting;
      x.who = Msg(step.level == Level::kAssociation ? "issue.who_association"
                  : step.level == Level::kCouncil   ? "issue.who_council"
                                                    : "issue.who_city");
      x.who += "（";
      x.who += org_name(acting);
      x.who += "）";
      if (step.escalates) {
        i.level = *Above(i.level);
        if (i.level == Level::kCity) i.department_id = DepartmentFor(s, i.category);
        i.level_since = at;
        i.due_at = DueAt(s, i.level, at);
      }
      i.state = step.to_state;
      if (i.state == State::kResolved) i.resolution = step.note;
      x.to_level = i.level;
      x.to_state = i.state;
      store::InsertIssueEntry(c, i.id, x, at);
      store::UpdateIssueRow(c, i, at);
    }
    // "Me too" from the region's other demo people.
    const std::string others[] = {"association-" + region->slug + "@example.jp",
                                  "council-" + region->slug + "@example.jp",
                                  "senior@example.jp",
                                  "student@example.jp",
                                  "iju@example.jp",
                                  "probono@example.jp",
                                  "npo-member@example.jp",
                                  "student-hs@example.jp",
                                  "npo-editor@example.jp",
                                  "ouentai@example.jp",
                                  "city@example.jp"};
    int n = 0;
    for (const auto& email : others) {
      if (n >= st.metoo) break;
      if (UserId u = user(email)) {
        store::InsertMeToo(c, i.id, u, raised + kDay);
        ++n;
      }
    }
  }
  store::PutSetting(c, "demo_issues", "1");
}

}  // namespace tsunagu::issues
