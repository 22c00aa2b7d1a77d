#include "features/issues/queries.hpp"

#include <algorithm>
#include <cmath>

#include "features/issues/rules.hpp"
#include "features/opendata/facilities.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/enum_column.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

Value Opt(const std::optional<I>& v) { return v ? Value{*v} : Value{nullptr}; }

constexpr const char* kIssueSelect =
    "SELECT i.id, i.region_id, r.slug, r.name, COALESCE(i.association_id, 0), "
    "COALESCE(a.name, ''), COALESCE(i.council_id, 0), COALESCE(co.name, ''), "
    "COALESCE(i.department_id, 0), COALESCE(d.name, ''), i.category, i.title, i.description, "
    "i.address, i.lat_e6, i.lon_e6, i.level, i.state, COALESCE(i.reporter_org_id, 0), "
    "COALESCE(ro.name, ''), i.source, i.resolution, i.media_url, i.created_at, i.updated_at, "
    "i.level_since, i.due_at, "
    "(SELECT COUNT(*) FROM issue_metoo m WHERE m.issue_id = i.id), "
    "(SELECT COUNT(*) FROM issue_followers f WHERE f.issue_id = i.id) "
    "FROM issues i JOIN regions r ON r.id = i.region_id "
    "LEFT JOIN organisations a ON a.id = i.association_id "
    "LEFT JOIN organisations co ON co.id = i.council_id "
    "LEFT JOIN organisations d ON d.id = i.department_id "
    "LEFT JOIN organisations ro ON ro.id = i.reporter_org_id ";

issues::Issue ToIssue(const Row& r) {
  issues::Issue i;
  i.id = r.IdAt(0);
  i.region_id = r.IdAt(1);
  i.region_slug = r.Str(2);
  i.region_name = r.Str(3);
  i.association_id = r.IdAt(4);
  i.association_name = r.Str(5);
  i.council_id = r.IdAt(6);
  i.council_name = r.Str(7);
  i.department_id = r.IdAt(8);
  i.department_name = r.Str(9);
  i.category = r.Str(10);
  i.title = r.Str(11);
  i.description = r.Str(12);
  i.address = r.Str(13);
  i.lat_e6 = r.OptInt(14);
  i.lon_e6 = r.OptInt(15);
  i.level = issues::ParseLevel(r.Str(16)).value_or(issues::Level::kCouncil);
  i.state = issues::ParseState(r.Str(17)).value_or(issues::State::kNew);
  i.reporter_org_id = r.IdAt(18);
  i.reporter_org_name = r.Str(19);
  i.source = r.Str(20);
  i.resolution = r.Str(21);
  i.media_url = r.Str(22);
  i.created_at = r.Int(23);
  i.updated_at = r.Int(24);
  i.level_since = r.Int(25);
  i.due_at = r.Int(26);
  i.metoo = r.Int(27);
  i.followers = r.Int(28);
  return i;
}

// "(?, ?, ?)" with the values appended to params.
template <class IdT>
std::string InList(const std::vector<IdT>& ids, Params& params) {
  std::string s = "(";
  for (std::size_t k = 0; k < ids.size(); ++k) {
    s += k ? ", ?" : "?";
    params.push_back(ids[k]);
  }
  s += ')';
  return s;
}

std::string Where(const IssueQuery& q, Params& params) {
  std::string w;
  if (q.region) {
    w = "WHERE i.region_id = ? ";
    params = {q.region};
  } else {
    w = "WHERE i.municipality_id = ? ";
    params = {q.municipality};
  }
  if (!q.level.empty()) {
    w += "AND i.level = ? ";
    params.emplace_back(q.level);
  }
  if (!q.state.empty()) {
    w += "AND i.state = ? ";
    params.emplace_back(q.state);
  }
  if (q.open_only) w += "AND i.state IN ('new', 'in_progress') ";
  if (q.closed_only) w += "AND i.state IN ('resolved', 'declined') ";
  if (!q.category.empty()) {
    w += "AND i.category = ? ";
    params.emplace_back(q.category);
  }
  if (q.overdue_at) {
    w += "AND i.state = 'new' AND i.due_at < ? ";
    params.emplace_back(q.overdue_at);
  }
  if (q.created_from) {
    w += "AND i.created_at >= ? ";
    params.emplace_back(q.created_from);
  }
  if (q.created_to) {
    w += "AND i.created_at < ? ";
    params.emplace_back(q.created_to);
  }
  if (!q.ids.empty()) w += "AND i.id IN " + InList(q.ids, params) + " ";
  // Who holds or escalated it: one OR group.
  std::vector<std::string> any;
  if (!q.held_association.empty())
    any.push_back("(i.level = 'association' AND i.association_id IN " +
                  InList(q.held_association, params) + ")");
  if (!q.held_council.empty())
    any.push_back("(i.level = 'council' AND i.council_id IN " + InList(q.held_council, params) +
                  ")");
  if (q.held_any_city) {
    any.push_back("i.level = 'city'");
  } else if (!q.held_department.empty()) {
    any.push_back("(i.level = 'city' AND i.department_id IN " + InList(q.held_department, params) +
                  ")");
  }
  if (!q.escalated_association.empty())
    any.push_back("(i.level IN ('council', 'city') AND i.association_id IN " +
                  InList(q.escalated_association, params) + ")");
  if (!q.escalated_council.empty())
    any.push_back("(i.level = 'city' AND i.council_id IN " + InList(q.escalated_council, params) +
                  ")");
  const bool holder_filter = !q.held_association.empty() || !q.held_council.empty() ||
                             q.held_any_city || !q.held_department.empty() ||
                             !q.escalated_association.empty() || !q.escalated_council.empty();
  if (holder_filter) {
    if (any.empty()) {
      w += "AND 1 = 0 ";
    } else {
      w += "AND (";
      for (std::size_t k = 0; k < any.size(); ++k) {
        if (k) w += " OR ";
        w += any[k];
      }
      w += ") ";
    }
  }
  return w;
}

}  // namespace

std::optional<IssueSettingsRow> FindIssueSettings(Conn& c, MunicipalityId m) {
  auto r = c.QueryOne(
      "SELECT COALESCE(secretariat_org_id, 0), target_association_days, target_council_days, "
      "target_city_days FROM issue_settings WHERE municipality_id = ?",
      {m});
  if (!r) return std::nullopt;
  IssueSettingsRow s;
  s.secretariat = r->IdAt(0);
  for (int k = 0; k < 3; ++k) s.target_days[k] = static_cast<int>(r->Int(1 + k));
  return s;
}

void PutIssueSettings(Conn& c, MunicipalityId m, const IssueSettingsRow& s, std::int64_t now) {
  // Built one by one: GCC 12 sees a maybe-uninitialized string in the braced variant list.
  Params params;
  params.emplace_back(m);
  if (s.secretariat) {
    params.emplace_back(s.secretariat);
  } else {
    params.emplace_back(nullptr);
  }
  for (int k = 0; k < 3; ++k) params.emplace_back(I{s.target_days[k]});
  params.emplace_back(now);
  c.Query(
      "INSERT INTO issue_settings (municipality_id, secretariat_org_id, target_association_days, "
      "target_council_days, target_city_days, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (municipality_id) DO UPDATE SET secretariat_org_id = "
      "excluded.secretariat_org_id, "
      "target_association_days = excluded.target_association_days, "
      "target_council_days = excluded.target_council_days, "
      "target_city_days = excluded.target_city_days, updated_at = excluded.updated_at",
      params);
}

std::map<std::string, OrgId> IssueDepartments(Conn& c, MunicipalityId m) {
  std::map<std::string, OrgId> out;
  for (const auto& r :
       c.Query("SELECT category, org_id FROM issue_departments WHERE municipality_id = ?", {m}))
    out[r.Str(0)] = r.IdAt(1);
  return out;
}

void PutIssueDepartment(Conn& c, MunicipalityId m, const std::string& category, OrgId org) {
  if (!org) {
    c.Query("DELETE FROM issue_departments WHERE municipality_id = ? AND category = ?",
            {m, category});
    return;
  }
  c.Query(
      "INSERT INTO issue_departments (municipality_id, category, org_id) VALUES (?, ?, ?) "
      "ON CONFLICT (municipality_id, category) DO UPDATE SET org_id = excluded.org_id",
      {m, category, org});
}

issues::IssueId InsertIssue(Conn& c, MunicipalityId m, const issues::Issue& i, const NewIssueRow& n,
                            std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO issues (municipality_id, region_id, association_id, council_id, "
          "department_id, category, title, description, address, lat_e6, lon_e6, level, state, "
          "reporter_user_id, reporter_org_id, contact_email, media_url, source, resolution, "
          "created_at, updated_at, level_since, due_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "RETURNING id",
          {m,
           i.region_id,
           OrNull(i.association_id),
           OrNull(i.council_id),
           OrNull(i.department_id),
           i.category,
           i.title,
           i.description,
           i.address,
           Opt(i.lat_e6),
           Opt(i.lon_e6),
           std::string(issues::ToString(i.level)),
           std::string(issues::ToString(i.state)),
           OrNull(n.reporter),
           OrNull(i.reporter_org_id),
           n.contact_email,
           i.media_url,
           i.source,
           i.resolution,
           now,
           now,
           i.level_since,
           i.due_at})
      ->IdAt(0);
}

void UpdateIssueRow(Conn& c, const issues::Issue& i, std::int64_t now) {
  c.Query(
      "UPDATE issues SET level = ?, state = ?, department_id = ?, resolution = ?, "
      "level_since = ?, due_at = ?, updated_at = ? WHERE id = ?",
      {std::string(issues::ToString(i.level)), std::string(issues::ToString(i.state)),
       OrNull(i.department_id), i.resolution, i.level_since, i.due_at, now, i.id});
}

std::optional<issues::Issue> FindIssue(Conn& c, issues::IssueId id) {
  auto r = c.QueryOne(std::string(kIssueSelect) + "WHERE i.id = ?", {id});
  if (!r) return std::nullopt;
  auto i = ToIssue(*r);
  i.images = IssueImages(c, id);
  return i;
}

IssueReporter FindIssueReporter(Conn& c, issues::IssueId id) {
  auto r = c.QueryOne(
      "SELECT COALESCE(reporter_user_id, 0), contact_email FROM issues WHERE id = ?", {id});
  if (!r) return {};
  return {r->IdAt(0), r->Str(1)};
}

std::vector<issues::Issue> ListIssues(Conn& c, const IssueQuery& q) {
  Params params;
  std::string sql = std::string(kIssueSelect) + Where(q, params);
  if (q.overdue_first) {
    sql +=
        "ORDER BY CASE WHEN i.state = 'new' THEN i.due_at ELSE 9223372036854775807 END, "
        "i.created_at DESC, i.id DESC ";
  } else if (q.overdue_at) {
    sql += "ORDER BY i.due_at, i.id ";  // the longest waiting first (and along the index)
  } else {
    sql += "ORDER BY i.created_at DESC, i.id DESC ";
  }
  sql += "LIMIT ? OFFSET ?";
  params.emplace_back(I{q.limit});
  params.emplace_back(I{q.offset});
  std::vector<issues::Issue> out;
  for (const auto& r : c.Query(sql, params)) out.push_back(ToIssue(r));
  return out;
}

std::int64_t CountIssues(Conn& c, const IssueQuery& q) {
  Params params;
  const std::string w = Where(q, params);
  return c.QueryOne("SELECT COUNT(*) FROM issues i " + w, params)->Int(0);
}

void InsertIssueImage(Conn& c, issues::IssueId issue, int position, const issues::NewImage& img) {
  c.Query(
      "INSERT INTO issue_images (issue_id, position, file, mime, width, height, alt) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {issue, I{position}, img.file, img.mime, I{img.width}, I{img.height}, img.alt});
}

std::vector<issues::Image> IssueImages(Conn& c, issues::IssueId issue) {
  std::vector<issues::Image> out;
  for (const auto& r : c.Query("SELECT id, file, mime, alt, width, height FROM issue_images "
                               "WHERE issue_id = ? ORDER BY position, id",
                               {issue})) {
    out.push_back({r.IdAt(0), r.Str(1), r.Str(2), r.Str(3), static_cast<int>(r.Int(4)),
                   static_cast<int>(r.Int(5))});
  }
  return out;
}

void InsertIssueEntry(Conn& c, issues::IssueId issue, const IssueEntryRow& e, std::int64_t at) {
  auto text = [](const auto& v) { return v ? std::string(issues::ToString(*v)) : std::string(); };
  c.Query(
      "INSERT INTO issue_events (issue_id, at, kind, actor_user_id, actor_org_id, who, "
      "from_level, from_state, to_level, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {issue, at, std::string(issues::ToString(e.kind)), OrNull(e.actor), OrNull(e.actor_org),
       e.who, text(e.from_level), text(e.from_state), text(e.to_level), text(e.to_state), e.note});
}

std::vector<issues::Entry> ListIssueEntries(Conn& c, issues::IssueId issue) {
  std::vector<issues::Entry> out;
  for (const auto& r : c.Query("SELECT id, at, kind, who, from_level, from_state, to_level, "
                               "to_state, note FROM issue_events WHERE issue_id = ? ORDER BY id",
                               {issue})) {
    issues::Entry e;
    e.id = r.IdAt(0);
    e.at = r.Int(1);
    e.kind = EnumAt(r, 2, issues::ParseEntryKind, "issue_events.kind");
    e.who = r.Str(3);
    e.from_level = issues::ParseLevel(r.Str(4));
    e.from_state = issues::ParseState(r.Str(5));
    e.to_level = issues::ParseLevel(r.Str(6));
    e.to_state = issues::ParseState(r.Str(7));
    e.note = r.Str(8);
    out.push_back(std::move(e));
  }
  return out;
}

bool IsFollowing(Conn& c, issues::IssueId issue, UserId user) {
  return c
      .QueryOne("SELECT 1 FROM issue_followers WHERE issue_id = ? AND user_id = ?", {issue, user})
      .has_value();
}

void SetFollowing(Conn& c, issues::IssueId issue, UserId user, bool on, std::int64_t now) {
  if (on) {
    c.Query(
        "INSERT INTO issue_followers (issue_id, user_id, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT (issue_id, user_id) DO NOTHING",
        {issue, user, now});
  } else {
    c.Query("DELETE FROM issue_followers WHERE issue_id = ? AND user_id = ?", {issue, user});
  }
}

std::vector<std::string> FollowerEmails(Conn& c, issues::IssueId issue) {
  std::vector<std::string> out;
  for (const auto& r : c.Query("SELECT u.email FROM issue_followers f JOIN users u ON "
                               "u.id = f.user_id WHERE f.issue_id = ? ORDER BY f.created_at",
                               {issue}))
    out.push_back(r.Str(0));
  return out;
}

bool HasMeToo(Conn& c, issues::IssueId issue, UserId user) {
  return c.QueryOne("SELECT 1 FROM issue_metoo WHERE issue_id = ? AND user_id = ?", {issue, user})
      .has_value();
}

void InsertMeToo(Conn& c, issues::IssueId issue, UserId user, std::int64_t now) {
  c.Query("INSERT INTO issue_metoo (issue_id, user_id, created_at) VALUES (?, ?, ?)",
          {issue, user, now});
}

std::vector<std::string> OrgMemberEmails(Conn& c, OrgId org, MemberRole at_least) {
  std::vector<std::string> out;
  for (const auto& r : c.Query("SELECT u.email, m.role FROM memberships m JOIN users u ON "
                               "u.id = m.user_id WHERE m.org_id = ? ORDER BY u.id",
                               {org})) {
    auto role = ParseMemberRole(r.Str(1));
    if (role && static_cast<int>(*role) >= static_cast<int>(at_least)) out.push_back(r.Str(0));
  }
  return out;
}

std::vector<IssueCount> CountIssuesBy(Conn& c, MunicipalityId m, std::int64_t now) {
  std::vector<IssueCount> out;
  for (const auto& r :
       c.Query("SELECT category, region_id, level, state, COUNT(*), "
               "SUM(CASE WHEN state = 'new' AND due_at < ? THEN 1 ELSE 0 END) FROM issues "
               "WHERE municipality_id = ? GROUP BY category, region_id, level, state",
               {now, m})) {
    out.push_back({r.Str(0), r.IdAt(1), EnumAt(r, 2, issues::ParseLevel, "issues.level"),
                   EnumAt(r, 3, issues::ParseState, "issues.state"), r.Int(4), r.Int(5)});
  }
  return out;
}

std::vector<IssueTalk> ListTalksOfIssue(Conn& c, issues::IssueId issue) {
  std::vector<IssueTalk> out;
  for (const auto& r :
       c.Query("SELECT t.id, t.title, t.starts_at, t.status FROM talk_issues ti JOIN talks t ON "
               "t.id = ti.talk_id WHERE ti.issue_id = ? ORDER BY t.starts_at DESC, t.id DESC",
               {issue})) {
    out.push_back({r.Int(0), r.Str(1), r.Int(2), r.Str(3)});
  }
  return out;
}

}  // namespace tsunagu::store

namespace tsunagu::issues {

Settings LoadSettings(store::Conn& c, MunicipalityId m) {
  Settings s;
  if (auto row = store::FindIssueSettings(c, m)) {
    s.secretariat = row->secretariat;
    for (int k = 0; k < 3; ++k) s.target_days[k] = row->target_days[k];
  }
  s.departments = store::IssueDepartments(c, m);
  return s;
}

Settings GetSettings(const Ctx& ctx) {
  return ctx.db.Read([&](store::Conn& c) { return LoadSettings(c, ctx.municipality); });
}

std::optional<Issue> Get(const Ctx& ctx, IssueId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindIssue(c, id); });
}

std::vector<Entry> Timeline(const Ctx& ctx, IssueId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListIssueEntries(c, id); });
}

Holder HolderOf(const Ctx& ctx, const Issue& i) {
  return ctx.db.Read(
      [&](store::Conn& c) { return MakeHolder(i, LoadSettings(c, ctx.municipality)); });
}

Page List(const Ctx& ctx, const Filter& f, int page, int per_page) {
  store::IssueQuery q;
  q.municipality = ctx.municipality;
  q.region = f.region;
  if (f.level) q.level = ToString(*f.level);
  if (f.state) q.state = ToString(*f.state);
  q.open_only = f.open_only;
  q.closed_only = f.closed_only;
  q.category = f.category;
  if (f.overdue) q.overdue_at = ctx.clock.Now();
  q.created_from = f.created_from;
  q.created_to = f.created_to;
  q.ids = f.ids;
  q.limit = per_page;
  q.offset = (page - 1) * per_page;
  return ctx.db.Read([&](store::Conn& c) {
    return Page{store::ListIssues(c, q), store::CountIssues(c, q)};
  });
}

Queue WorkQueue(const Ctx& ctx, const Actor& actor) {
  Queue out;
  if (actor.IsAnonymous()) return out;
  return ctx.db.Read([&](store::Conn& c) {
    const Settings s = LoadSettings(c, ctx.municipality);
    store::IssueQuery held, escalated;
    held.municipality = escalated.municipality = ctx.municipality;
    for (const auto& m : actor.memberships) {
      if (m.org_kind == OrgKind::kAssociation && m.role == MemberRole::kOfficer) {
        held.held_association.push_back(m.org_id);
        escalated.escalated_association.push_back(m.org_id);
      } else if (m.org_kind == OrgKind::kCouncil && m.role == MemberRole::kOfficer) {
        held.held_council.push_back(m.org_id);
        escalated.escalated_council.push_back(m.org_id);
      } else if (m.org_kind == OrgKind::kCityDepartment && actor.role != UserRole::kResident) {
        if (m.org_id == s.secretariat) held.held_any_city = true;
        held.held_department.push_back(m.org_id);
      }
    }
    held.open_only = escalated.open_only = true;
    held.overdue_first = true;
    held.limit = escalated.limit = 200;
    // Only those who hold a level have a queue (an empty holder filter would list every issue).
    if (!held.held_association.empty() || !held.held_council.empty() ||
        !held.held_department.empty() || held.held_any_city)
      out.held = store::ListIssues(c, held);
    if (!escalated.escalated_association.empty() || !escalated.escalated_council.empty())
      out.escalated = store::ListIssues(c, escalated);
    out.secretariat = held.held_any_city;
    if (held.held_any_city) {
      store::IssueQuery overdue;
      overdue.municipality = ctx.municipality;
      overdue.overdue_at = ctx.clock.Now();
      overdue.overdue_first = true;
      overdue.limit = 200;
      out.overdue_all = store::ListIssues(c, overdue);
    }
    return out;
  });
}

std::vector<Issue> Similar(const Ctx& ctx, const Issue& issue, int limit) {
  // The title's words: what the issue is about (a long description would match every issue
  // sharing a common word, and cost a ranking of them all).
  const auto hits = search::Similar(ctx, "issue", issue.category, issue.title, limit * 4 + 4);
  std::vector<Issue> out;
  ctx.db.Read([&](store::Conn& c) {
    for (const auto& h : hits) {
      if (static_cast<int>(out.size()) >= limit) break;
      if (IssueId{h.id} == issue.id) continue;
      auto i = store::FindIssue(c, IssueId{h.id});
      if (!i || i->region_id == issue.region_id) continue;
      out.push_back(std::move(*i));
    }
    return 0;
  });
  return out;
}

Dashboard CityDashboard(const Ctx& ctx) {
  Dashboard d;
  ctx.db.Read([&](store::Conn& c) {
    for (const auto& n : store::CountIssuesBy(c, ctx.municipality, ctx.clock.Now())) {
      Cell& cell = d.by_category[n.category][n.region];
      Cell& total = d.category_totals[n.category];
      const bool open = n.state == State::kNew || n.state == State::kInProgress;
      for (Cell* x : {&cell, &total}) {
        x->total += n.n;
        if (open) x->open += n.n;
        if (n.state == State::kResolved) x->resolved += n.n;
      }
      d.overdue[static_cast<int>(n.level)] += n.overdue;
    }
    return 0;
  });
  return d;
}

RegionId NearestRegion(const Ctx& ctx, std::int64_t lat_e6, std::int64_t lon_e6) {
  const auto all = facilities::List(ctx);
  RegionId best;
  double best_d = 0;
  const double lat = lat_e6 / 1e6, lon = lon_e6 / 1e6;
  for (const auto& f : all) {
    if (!f.region_id || !f.data.has_geo) continue;
    // An equirectangular distance is enough to compare centres a few km apart.
    const double x = (f.data.lon - lon) * std::cos((f.data.lat + lat) / 2 * M_PI / 180);
    const double y = f.data.lat - lat;
    const double d = x * x + y * y;
    if (!best || d < best_d) {
      best = f.region_id;
      best_d = d;
    }
  }
  return best;
}

std::vector<store::IssueTalk> TalksOf(const Ctx& ctx, IssueId issue) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListTalksOfIssue(c, issue); });
}

Marks MarksOf(const Ctx& ctx, IssueId issue, UserId user) {
  return ctx.db.Read([&](store::Conn& c) {
    Marks m;
    m.following = store::IsFollowing(c, issue, user);
    m.metoo = store::HasMeToo(c, issue, user);
    m.reporter = store::FindIssueReporter(c, issue).user == user;
    return m;
  });
}

}  // namespace tsunagu::issues
