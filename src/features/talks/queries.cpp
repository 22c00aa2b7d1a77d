#include "features/talks/queries.hpp"

#include <algorithm>

#include "features/talks/rules.hpp"
#include "platform/jst.hpp"
#include "platform/store/enum_column.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

constexpr const char* kTalkSelect =
    "SELECT t.id, t.region_id, r.slug, r.name, t.org_id, o.name, o.kind, "
    "COALESCE(o.region_id, 0), COALESCE(t.event_id, 0), t.title, t.title_kana, t.purpose, "
    "t.format, t.starts_at, t.ends_at, t.place, t.online_url, t.agenda, t.audience, t.capacity, "
    "t.ground_rules, COALESCE(t.facilitator_id, 0), COALESCE(f.name, ''), t.status, t.minutes, "
    "t.decisions, COALESCE(t.closed_at, 0), t.created_at, t.updated_at "
    "FROM talks t JOIN regions r ON r.id = t.region_id "
    "JOIN organisations o ON o.id = t.org_id "
    "LEFT JOIN facilitators f ON f.id = t.facilitator_id ";

std::vector<std::string> SplitKeys(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s + ",") {
    if (ch == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  return out;
}

std::string JoinKeys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) {
    if (!out.empty()) out += ',';
    out += k;
  }
  return out;
}

talks::Talk ToTalk(const Row& r) {
  talks::Talk t;
  t.id = r.IdAt(0);
  t.region_id = r.IdAt(1);
  t.region_slug = r.Str(2);
  t.region_name = r.Str(3);
  t.org_id = r.IdAt(4);
  t.org_name = r.Str(5);
  t.org_kind = ParseOrgKind(r.Str(6)).value_or(OrgKind::kAssociation);
  t.org_region_id = r.IdAt(7);
  t.event_id = r.IdAt(8);
  t.title = r.Str(9);
  t.title_kana = r.Str(10);
  t.purpose = r.Str(11);
  t.format = r.Str(12);
  t.starts_at = r.Int(13);
  t.ends_at = r.Int(14);
  t.place = r.Str(15);
  t.online_url = r.Str(16);
  t.agenda = r.Str(17);
  t.audience = SplitKeys(r.Str(18));
  t.capacity = r.OptInt(19);
  t.ground_rules = r.Str(20);
  t.facilitator_id = r.IdAt(21);
  t.facilitator_name = r.Str(22);
  t.status = EnumAt(r, 23, talks::ParseTalkStatus, "talks.status");
  t.minutes = r.Str(24);
  t.decisions = r.Str(25);
  t.closed_at = r.Int(26);
  t.created_at = r.Int(27);
  t.updated_at = r.Int(28);
  return t;
}

Value Opt(const std::optional<I>& v) { return v ? Value{*v} : Value{nullptr}; }

std::string Where(const TalkQuery& q, Params& params) {
  std::string w;
  if (q.region) {
    w = "WHERE t.region_id = ? ";
    params = {q.region};
  } else {
    w = "WHERE t.municipality_id = ? ";
    params = {q.municipality};
  }
  if (!q.format.empty()) {
    w += "AND t.format = ? ";
    params.emplace_back(q.format);
  }
  if (q.from) {
    w += "AND t.starts_at >= ? ";
    params.emplace_back(q.from);
  }
  if (q.to) {
    w += "AND t.starts_at < ? ";
    params.emplace_back(q.to);
  }
  if (q.ends_after) {
    w += "AND t.ends_at > ? AND t.status <> 'cancelled' ";
    params.emplace_back(q.ends_after);
  }
  if (q.started_by) {
    w += "AND t.starts_at <= ? AND t.status <> 'cancelled' ";
    params.emplace_back(q.started_by);
  }
  return w;
}

constexpr const char* kActionSelect =
    "SELECT a.id, a.talk_id, a.position, a.what, a.who_text, COALESCE(a.who_org_id, 0), "
    "COALESCE(o.name, ''), a.due_date, a.done, COALESCE(a.done_at, 0), COALESCE(a.issue_id, 0), "
    "COALESCE(a.project_id, 0) FROM talk_actions a "
    "LEFT JOIN organisations o ON o.id = a.who_org_id ";

talks::ActionItem ToAction(const Row& r) {
  talks::ActionItem a;
  a.id = r.IdAt(0);
  a.talk_id = r.IdAt(1);
  a.position = static_cast<int>(r.Int(2));
  a.what = r.Str(3);
  a.who_text = r.Str(4);
  a.who_org_id = r.IdAt(5);
  a.who_org_name = r.Str(6);
  a.due_date = r.Str(7);
  a.done = r.Int(8) != 0;
  a.done_at = r.Int(9);
  a.issue_id = r.IdAt(10);
  a.project_id = r.IdAt(11);
  return a;
}

void FillRegions(Conn& c, talks::Facilitator& f) {
  f.regions.clear();
  f.region_names.clear();
  for (const auto& r :
       c.Query("SELECT r.id, r.name FROM facilitator_regions fr JOIN regions r ON r.id = "
               "fr.region_id WHERE fr.facilitator_id = ? ORDER BY r.position, r.id",
               {f.id})) {
    f.regions.push_back(r.IdAt(0));
    f.region_names.push_back(r.Str(1));
  }
}

void PutFacilitatorRegions(Conn& c, const talks::Facilitator& f) {
  c.Query("DELETE FROM facilitator_regions WHERE facilitator_id = ?", {f.id});
  for (RegionId r : f.regions) {
    c.Query("INSERT INTO facilitator_regions (facilitator_id, region_id) VALUES (?, ?)", {f.id, r});
  }
}

}  // namespace

talks::TalkId InsertTalk(Conn& c, MunicipalityId m, const talks::Talk& t, UserId by,
                         std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO talks (municipality_id, region_id, org_id, event_id, created_by, title, "
          "title_kana, purpose, format, starts_at, ends_at, place, online_url, agenda, audience, "
          "capacity, ground_rules, facilitator_id, status, minutes, decisions, created_at, "
          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?) RETURNING id",
          {m,
           t.region_id,
           t.org_id,
           OrNull(t.event_id),
           OrNull(by),
           t.title,
           t.title_kana,
           t.purpose,
           t.format,
           t.starts_at,
           t.ends_at,
           t.place,
           t.online_url,
           t.agenda,
           JoinKeys(t.audience),
           Opt(t.capacity),
           t.ground_rules,
           OrNull(t.facilitator_id),
           std::string(talks::ToString(t.status)),
           t.minutes,
           t.decisions,
           now,
           now})
      ->IdAt(0);
}

void UpdateTalkRow(Conn& c, const talks::Talk& t, std::int64_t now) {
  c.Query(
      "UPDATE talks SET region_id = ?, event_id = ?, title = ?, title_kana = ?, purpose = ?, "
      "format = ?, starts_at = ?, ends_at = ?, place = ?, online_url = ?, agenda = ?, "
      "audience = ?, capacity = ?, ground_rules = ?, facilitator_id = ?, status = ?, "
      "minutes = ?, decisions = ?, closed_at = ?, updated_at = ? WHERE id = ?",
      {t.region_id,
       OrNull(t.event_id),
       t.title,
       t.title_kana,
       t.purpose,
       t.format,
       t.starts_at,
       t.ends_at,
       t.place,
       t.online_url,
       t.agenda,
       JoinKeys(t.audience),
       Opt(t.capacity),
       t.ground_rules,
       OrNull(t.facilitator_id),
       std::string(talks::ToString(t.status)),
       t.minutes,
       t.decisions,
       OrNull(t.closed_at),
       now,
       t.id});
}

std::optional<talks::Talk> FindTalk(Conn& c, talks::TalkId id) {
  auto row = c.QueryOne(std::string(kTalkSelect) + "WHERE t.id = ?", {id});
  if (!row) return std::nullopt;
  talks::Talk t = ToTalk(*row);
  for (const auto& r :
       c.Query("SELECT age_band, people FROM talk_participants WHERE talk_id = ?", {id})) {
    t.participants[r.Str(0)] = r.Int(1);
  }
  for (const auto& r :
       c.Query("SELECT issue_id FROM talk_issues WHERE talk_id = ? ORDER BY issue_id", {id})) {
    t.issue_ids.push_back(r.IdAt(0));
  }
  t.actions = ListActions(c, id);
  return t;
}

std::vector<talks::Talk> ListTalks(Conn& c, const TalkQuery& q) {
  Params params;
  std::string sql = kTalkSelect;
  sql += Where(q, params);
  sql += q.newest_first ? "ORDER BY t.starts_at DESC, t.id DESC " : "ORDER BY t.starts_at, t.id ";
  sql += "LIMIT ? OFFSET ?";
  params.emplace_back(I{q.limit});
  params.emplace_back(I{q.offset});
  std::vector<talks::Talk> out;
  for (const auto& r : c.Query(sql, params)) out.push_back(ToTalk(r));
  return out;
}

std::int64_t CountTalks(Conn& c, const TalkQuery& q) {
  Params params;
  std::string sql = "SELECT COUNT(*) FROM talks t ";
  sql += Where(q, params);
  return c.QueryOne(sql, params)->Int(0);
}

void ReplaceTalkIssues(Conn& c, talks::TalkId talk, const std::vector<issues::IssueId>& issues) {
  c.Query("DELETE FROM talk_issues WHERE talk_id = ?", {talk});
  for (auto id : issues) AddTalkIssue(c, talk, id);
}

void AddTalkIssue(Conn& c, talks::TalkId talk, issues::IssueId issue) {
  c.Query(
      "INSERT INTO talk_issues (talk_id, issue_id) VALUES (?, ?) ON CONFLICT (talk_id, "
      "issue_id) DO NOTHING",
      {talk, issue});
}

void ReplaceParticipants(Conn& c, talks::TalkId talk,
                         const std::map<std::string, std::int64_t>& by_band) {
  c.Query("DELETE FROM talk_participants WHERE talk_id = ?", {talk});
  for (const auto& [band, people] : by_band) {
    if (people <= 0) continue;
    c.Query("INSERT INTO talk_participants (talk_id, age_band, people) VALUES (?, ?, ?)",
            {talk, band, people});
  }
}

std::vector<talks::ActionItem> ListActions(Conn& c, talks::TalkId talk) {
  std::vector<talks::ActionItem> out;
  for (const auto& r : c.Query(
           std::string(kActionSelect) + "WHERE a.talk_id = ? ORDER BY a.position, a.id", {talk})) {
    out.push_back(ToAction(r));
  }
  return out;
}

talks::ActionItemId InsertAction(Conn& c, const talks::ActionItem& a, std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO talk_actions (talk_id, position, what, who_text, who_org_id, due_date, "
          "done, done_at, issue_id, project_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {a.talk_id, I{a.position}, a.what, a.who_text, OrNull(a.who_org_id), a.due_date,
           I{a.done ? 1 : 0}, OrNull(a.done_at), OrNull(a.issue_id), OrNull(a.project_id), now,
           now})
      ->IdAt(0);
}

void UpdateAction(Conn& c, const talks::ActionItem& a, std::int64_t now) {
  c.Query(
      "UPDATE talk_actions SET position = ?, what = ?, who_text = ?, who_org_id = ?, "
      "due_date = ?, updated_at = ? WHERE id = ?",
      {I{a.position}, a.what, a.who_text, OrNull(a.who_org_id), a.due_date, now, a.id});
}

void DeleteAction(Conn& c, talks::ActionItemId id) {
  c.Query("DELETE FROM talk_actions WHERE id = ?", {id});
}

void SetActionDoneRow(Conn& c, talks::ActionItemId id, bool done, std::int64_t now) {
  c.Query("UPDATE talk_actions SET done = ?, done_at = ?, updated_at = ? WHERE id = ?",
          {I{done ? 1 : 0}, done ? Value{now} : Value{nullptr}, now, id});
}

void SetActionIssue(Conn& c, talks::ActionItemId id, issues::IssueId issue, std::int64_t now) {
  c.Query("UPDATE talk_actions SET issue_id = ?, updated_at = ? WHERE id = ?", {issue, now, id});
}

void SetActionProject(Conn& c, talks::ActionItemId id, plans::ProjectId project, std::int64_t now) {
  c.Query("UPDATE talk_actions SET project_id = ?, updated_at = ? WHERE id = ?",
          {project, now, id});
}

std::int64_t CountHeldTalks(Conn& c, RegionId region, std::int64_t from, std::int64_t to,
                            std::int64_t now) {
  return c
      .QueryOne(
          "SELECT COUNT(*) FROM talks WHERE region_id = ? AND starts_at >= ? AND starts_at < ? "
          "AND starts_at <= ? AND status <> 'cancelled'",
          {region, from, to, now})
      ->Int(0);
}

std::map<std::string, std::int64_t> SumParticipants(Conn& c, RegionId region, std::int64_t from,
                                                    std::int64_t to, std::int64_t now) {
  std::map<std::string, std::int64_t> out;
  for (const auto& r :
       c.Query("SELECT p.age_band, SUM(p.people) FROM talk_participants p JOIN talks t ON t.id = "
               "p.talk_id WHERE t.region_id = ? AND t.starts_at >= ? AND t.starts_at < ? AND "
               "t.starts_at <= ? AND t.status <> 'cancelled' GROUP BY p.age_band",
               {region, from, to, now})) {
    out[r.Str(0)] = r.Int(1);
  }
  return out;
}

std::vector<talks::OpenAction> ListOpenActions(Conn& c, RegionId region, int limit) {
  std::vector<talks::OpenAction> out;
  for (const auto& r :
       c.Query("SELECT a.id, a.talk_id, a.position, a.what, a.who_text, COALESCE(a.who_org_id, 0), "
               "COALESCE(o.name, ''), a.due_date, a.done, COALESCE(a.done_at, 0), "
               "COALESCE(a.issue_id, 0), COALESCE(a.project_id, 0), t.title FROM talk_actions a "
               "JOIN talks t ON t.id = a.talk_id LEFT JOIN organisations o ON o.id = a.who_org_id "
               "WHERE t.region_id = ? AND t.status <> 'cancelled' AND a.done = 0 "
               "ORDER BY CASE WHEN a.due_date = '' THEN 1 ELSE 0 END, a.due_date, a.id LIMIT ?",
               {region, I{limit}})) {
    talks::OpenAction oa;
    oa.item = ToAction(r);
    oa.talk_id = oa.item.talk_id;
    oa.talk_title = r.Str(12);
    out.push_back(std::move(oa));
  }
  return out;
}

std::optional<std::string> FindGroundRules(Conn& c, OrgId org) {
  auto row = c.QueryOne("SELECT body FROM talk_ground_rules WHERE org_id = ?", {org});
  if (!row) return std::nullopt;
  return row->Str(0);
}

void PutGroundRules(Conn& c, OrgId org, const std::string& body, std::int64_t now) {
  c.Query(
      "INSERT INTO talk_ground_rules (org_id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT "
      "(org_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
      {org, body, now});
}

talks::FacilitatorId InsertFacilitator(Conn& c, MunicipalityId m, const talks::Facilitator& f,
                                       std::int64_t now) {
  talks::Facilitator copy = f;
  copy.id = c.QueryOne(
                 "INSERT INTO facilitators (municipality_id, name, qualification, availability, "
                 "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {m, f.name, f.qualification, f.availability, I{f.active ? 1 : 0}, now, now})
                ->IdAt(0);
  PutFacilitatorRegions(c, copy);
  return copy.id;
}

void UpdateFacilitator(Conn& c, const talks::Facilitator& f, std::int64_t now) {
  c.Query(
      "UPDATE facilitators SET name = ?, qualification = ?, availability = ?, active = ?, "
      "updated_at = ? WHERE id = ?",
      {f.name, f.qualification, f.availability, I{f.active ? 1 : 0}, now, f.id});
  PutFacilitatorRegions(c, f);
}

std::optional<talks::Facilitator> FindFacilitator(Conn& c, talks::FacilitatorId id) {
  auto row = c.QueryOne(
      "SELECT id, name, qualification, availability, active FROM facilitators WHERE id = ?", {id});
  if (!row) return std::nullopt;
  talks::Facilitator f{row->IdAt(0),     row->Str(1), row->Str(2), row->Str(3),
                       row->Int(4) != 0, {},          {}};
  FillRegions(c, f);
  return f;
}

std::vector<talks::Facilitator> ListFacilitators(Conn& c, MunicipalityId m, bool active_only) {
  std::vector<talks::Facilitator> out;
  for (const auto& r :
       c.Query(std::string("SELECT id, name, qualification, availability, active FROM "
                           "facilitators WHERE municipality_id = ? ") +
                   (active_only ? "AND active = 1 " : "") + "ORDER BY active DESC, id",
               {m})) {
    out.push_back({r.IdAt(0), r.Str(1), r.Str(2), r.Str(3), r.Int(4) != 0, {}, {}});
  }
  for (auto& f : out) FillRegions(c, f);
  return out;
}

}  // namespace tsunagu::store

namespace tsunagu::talks {

std::string GroundRules(const Ctx& ctx, OrgId org) {
  auto own = ctx.db.Read([&](store::Conn& c) { return store::FindGroundRules(c, org); });
  return own ? *own : DefaultGroundRules();
}

bool HasOwnGroundRules(const Ctx& ctx, OrgId org) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindGroundRules(c, org).has_value(); });
}

std::optional<Talk> Get(const Ctx& ctx, TalkId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindTalk(c, id); });
}

Page List(const Ctx& ctx, const Filter& f, int page, int per_page) {
  store::TalkQuery q;
  q.municipality = ctx.municipality;
  q.region = f.region;
  q.format = f.format;
  q.from = f.from;
  q.to = f.to;
  const auto now = ctx.clock.Now();
  if (f.when == "upcoming") {
    q.ends_after = now;
    q.newest_first = false;
  } else if (f.when == "held") {
    q.started_by = now;
  }
  q.limit = per_page;
  q.offset = (std::max(page, 1) - 1) * per_page;
  return ctx.db.Read([&](store::Conn& c) {
    return Page{store::ListTalks(c, q), store::CountTalks(c, q)};
  });
}

std::vector<Facilitator> Facilitators(const Ctx& ctx, bool active_only) {
  return ctx.db.Read(
      [&](store::Conn& c) { return store::ListFacilitators(c, ctx.municipality, active_only); });
}

std::optional<Facilitator> GetFacilitator(const Ctx& ctx, FacilitatorId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindFacilitator(c, id); });
}

RegionSummary Summary(const Ctx& ctx, RegionId region) {
  RegionSummary s;
  const auto now = ctx.clock.Now();
  s.fiscal_year = FiscalYear(now);
  const std::int64_t from = jst::Midnight(std::to_string(s.fiscal_year) + "-04-01");
  const std::int64_t to = jst::Midnight(std::to_string(s.fiscal_year + 1) + "-04-01");
  return ctx.db.Read([&](store::Conn& c) {
    s.held = store::CountHeldTalks(c, region, from, to, now);
    s.participants = store::SumParticipants(c, region, from, to, now);
    for (const auto& [band, n] : s.participants) s.total_participants += n;
    s.open_actions = store::ListOpenActions(c, region, 50);
    return s;
  });
}

std::vector<TalkRef> TalksForIssue(const Ctx& ctx, issues::IssueId issue) {
  return ctx.db.Read([&](store::Conn& c) {
    std::vector<TalkRef> out;
    for (const auto& t : store::ListTalksOfIssue(c, issue)) {
      out.push_back({TalkId{t.id}, t.title, t.starts_at,
                     store::StoredEnum(ParseTalkStatus, t.status, "talks.status")});
    }
    return out;
  });
}

}  // namespace tsunagu::talks
