#include "features/matching/queries.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <set>

#include "features/matching/assign.hpp"
#include "features/matching/rules.hpp"
#include "features/training/queries.hpp"
#include "features/training/rules.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/enum_column.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

Value OptInt(std::optional<I> v) { return v ? Value(*v) : Value(nullptr); }

constexpr const char* kListSkills =
    "SELECT id, code, label FROM skills WHERE municipality_id = ? ORDER BY position, id";
constexpr const char* kFindSkill = "SELECT id, code, label FROM skills WHERE id = ?";
constexpr const char* kInsertSkill =
    "INSERT INTO skills (municipality_id, code, label, position) VALUES (?, ?, ?, ?) RETURNING id";
constexpr const char* kUpdateSkillLabel = "UPDATE skills SET label = ? WHERE id = ?";

constexpr const char* kRegionLocations =
    "SELECT id, lat_e6, lon_e6 FROM regions WHERE municipality_id = ? AND lat_e6 IS NOT NULL "
    "AND lon_e6 IS NOT NULL";

constexpr const char* kProfileSelect =
    "SELECT p.user_id, u.display_name, p.kind, p.employer, p.skills, p.skills_note, p.interests, "
    "p.regions, p.slots, p.available_from, p.available_until, p.travel, p.max_km, p.max_active, "
    "p.minor, p.guardian_name, COALESCE(p.guardian_consent_at, 0), p.discoverable, p.active, "
    "COALESCE(u.home_region_id, 0), u.email, p.guardian_email, "
    "CASE WHEN p.consent_token_hash IS NULL THEN 0 ELSE 1 END FROM volunteer_profiles p "
    "JOIN users u ON u.id = p.user_id ";
const std::string kFindProfile = std::string(kProfileSelect) + "WHERE p.user_id = ?";
const std::string kListDiscoverable =
    std::string(kProfileSelect) +
    "WHERE u.municipality_id = ? AND p.discoverable = 1 AND p.active = 1 AND p.minor = 0 "
    "ORDER BY p.user_id";
constexpr const char* kUpsertProfile =
    "INSERT INTO volunteer_profiles (user_id, kind, employer, skills, skills_note, interests, "
    "regions, slots, available_from, available_until, travel, max_km, max_active, minor, "
    "guardian_name, guardian_consent_at, discoverable, active, updated_at, guardian_email) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (user_id) DO UPDATE SET kind = excluded.kind, employer = excluded.employer, "
    "skills = excluded.skills, skills_note = excluded.skills_note, "
    "interests = excluded.interests, regions = excluded.regions, slots = excluded.slots, "
    "available_from = excluded.available_from, available_until = excluded.available_until, "
    "travel = excluded.travel, max_km = excluded.max_km, max_active = excluded.max_active, "
    "minor = excluded.minor, guardian_name = excluded.guardian_name, "
    "guardian_consent_at = excluded.guardian_consent_at, discoverable = excluded.discoverable, "
    "active = excluded.active, updated_at = excluded.updated_at, "
    "guardian_email = excluded.guardian_email";
constexpr const char* kSetConsentRequest =
    "UPDATE volunteer_profiles SET consent_token_hash = ?, consent_expires = ? WHERE user_id = ?";
constexpr const char* kFindConsentRequest =
    "SELECT user_id FROM volunteer_profiles WHERE consent_token_hash = ? AND consent_expires > ?";
constexpr const char* kRecordConsent =
    "UPDATE volunteer_profiles SET guardian_consent_at = ?, consent_token_hash = NULL, "
    "consent_expires = NULL WHERE user_id = ?";

constexpr const char* kInsertNeed =
    "INSERT INTO needs (municipality_id, org_id, created_by, title, description, kind, category, "
    "required_skills, welcome_skills, region_id, place, lat_e6, lon_e6, date_from, date_to, "
    "weekdays, start_time, end_time, capacity, minors_allowed, requires_certification, details, "
    "status, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) "
    "RETURNING id";
constexpr const char* kNeedSelect =
    "SELECT n.id, n.org_id, o.name, o.kind, n.created_by, n.title, n.description, n.kind, "
    "n.category, n.required_skills, n.welcome_skills, n.region_id, r.name, r.slug, n.place, "
    "n.lat_e6, n.lon_e6, r.lat_e6, r.lon_e6, n.date_from, n.date_to, n.weekdays, n.start_time, "
    "n.end_time, n.capacity, n.minors_allowed, n.requires_certification, n.details, n.status, "
    "(SELECT COUNT(*) FROM matches x WHERE x.need_id = n.id AND x.status = 'confirmed'), "
    "(SELECT COUNT(*) FROM matches x WHERE x.need_id = n.id AND x.status IN ('applied', "
    "'invited')) FROM needs n JOIN organisations o ON o.id = n.org_id "
    "JOIN regions r ON r.id = n.region_id ";
const std::string kFindNeed = std::string(kNeedSelect) + "WHERE n.id = ?";
const std::string kListOpenNeeds =
    std::string(kNeedSelect) +
    "WHERE n.municipality_id = ? AND n.status = 'open' AND n.date_to >= ? "
    "ORDER BY n.date_from, n.id";
constexpr const char* kSetNeedStatus = "UPDATE needs SET status = ?, updated_at = ? WHERE id = ?";

constexpr const char* kInsertMatch =
    "INSERT INTO matches (need_id, user_id, status, initiated_by, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kMatchSelect =
    "SELECT m.id, m.need_id, m.user_id, m.status, m.initiated_by, m.closed_by, m.minutes, "
    "m.hours_confirmed_on, n.title, o.name, n.date_from, n.date_to, u.display_name "
    "FROM matches m JOIN needs n ON n.id = m.need_id JOIN organisations o ON o.id = n.org_id "
    "JOIN users u ON u.id = m.user_id ";
const std::string kFindMatch = std::string(kMatchSelect) + "WHERE m.id = ?";
const std::string kFindMatchFor =
    std::string(kMatchSelect) + "WHERE m.need_id = ? AND m.user_id = ?";
const std::string kMatchesOfUser =
    std::string(kMatchSelect) + "WHERE m.user_id = ? ORDER BY n.date_from DESC, m.id DESC";
const std::string kMatchesOfNeed = std::string(kMatchSelect) + "WHERE m.need_id = ? ORDER BY m.id";
constexpr const char* kUpdateMatchStatus =
    "UPDATE matches SET status = ?, closed_by = ?, updated_at = ? WHERE id = ?";
constexpr const char* kSetMatchMinutes =
    "UPDATE matches SET minutes = ?, hours_confirmed_on = ?, updated_at = ? WHERE id = ?";
constexpr const char* kCurrentMatches =
    "SELECT m.need_id, m.user_id, m.status FROM matches m JOIN needs n ON n.id = m.need_id "
    "WHERE n.municipality_id = ? AND n.date_to >= ?";

std::vector<RegionId> SplitIds(const std::string& joined) {
  std::vector<RegionId> out;
  for (const auto& s : SplitCodes(joined)) out.push_back(RegionId{std::stoll(s)});
  return out;
}

matching::Profile ToProfile(const Row& r) {
  matching::Profile p;
  p.user_id = r.IdAt(0);
  p.display_name = r.Str(1);
  p.kind = r.Str(2);
  p.employer = r.Str(3);
  p.skills = SplitCodes(r.Str(4));
  p.skills_note = r.Str(5);
  p.interests = SplitCodes(r.Str(6));
  p.regions = SplitIds(r.Str(7));
  p.slots = static_cast<match::SlotMask>(r.Int(8));
  p.available_from = r.Str(9);
  p.available_until = r.Str(10);
  p.travel = r.Str(11);
  p.max_km = r.Int(12);
  p.max_active = r.Int(13);
  p.minor = r.Int(14) != 0;
  p.guardian_name = r.Str(15);
  p.guardian_consent_at = r.Int(16);
  p.discoverable = r.Int(17) != 0;
  p.active = r.Int(18) != 0;
  p.home_region = r.IdAt(19);
  p.email = r.Str(20);
  p.guardian_email = r.Str(21);
  p.consent_requested = r.Int(22) != 0;
  return p;
}

std::optional<match::GeoPoint> Point(const Row& r, std::size_t lat, std::size_t lon) {
  if (r.IsNull(lat) || r.IsNull(lon)) return std::nullopt;
  return match::GeoPoint{static_cast<double>(r.Int(lat)) / 1e6,
                         static_cast<double>(r.Int(lon)) / 1e6};
}

matching::Need ToNeed(const Row& r) {
  matching::Need n;
  n.id = r.IdAt(0);
  n.org_id = r.IdAt(1);
  n.org_name = r.Str(2);
  n.org_kind = ParseOrgKind(r.Str(3)).value_or(OrgKind::kNpo);
  n.created_by = r.IdAt(4);
  n.title = r.Str(5);
  n.description = r.Str(6);
  n.kind = r.Str(7);
  n.category = r.Str(8);
  n.required_skills = SplitCodes(r.Str(9));
  n.welcome_skills = SplitCodes(r.Str(10));
  n.region_id = r.IdAt(11);
  n.region_name = r.Str(12);
  n.region_slug = r.Str(13);
  n.place = r.Str(14);
  n.where = Point(r, 15, 16);
  n.has_own_point = n.where.has_value();
  if (!n.where) n.where = Point(r, 17, 18);
  n.date_from = r.Str(19);
  n.date_to = r.Str(20);
  n.weekdays = static_cast<std::uint32_t>(r.Int(21));
  n.start_time = r.Str(22);
  n.end_time = r.Str(23);
  n.capacity = r.Int(24);
  n.minors_allowed = r.Int(25) != 0;
  n.requires_certification = r.Int(26) != 0;
  n.details = r.Str(27);
  n.status = matching::ParseNeedStatus(r.Str(28)).value_or(matching::NeedStatus::kClosed);
  n.confirmed = r.Int(29);
  n.pending = r.Int(30);
  return n;
}

matching::Match ToMatch(const Row& r) {
  matching::Match m;
  m.id = r.IdAt(0);
  m.need_id = r.IdAt(1);
  m.user_id = r.IdAt(2);
  m.status = EnumAt(r, 3, matching::ParseMatchStatus, "matches.status");
  m.initiated_by = EnumAt(r, 4, matching::ParseParty, "matches.initiated_by");
  if (!r.Str(5).empty()) m.closed_by = EnumAt(r, 5, matching::ParseParty, "matches.closed_by");
  m.minutes = r.OptInt(6);
  m.hours_confirmed_on = r.Str(7);
  m.need_title = r.Str(8);
  m.org_name = r.Str(9);
  m.need_date_from = r.Str(10);
  m.need_date_to = r.Str(11);
  m.person_name = r.Str(12);
  return m;
}

}  // namespace

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) {
    if (c.empty()) continue;
    if (!out.empty()) out += ',';
    out += c;
  }
  return out;
}

std::vector<std::string> SplitCodes(const std::string& joined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t comma = joined.find(',', start);
    const std::size_t end = comma == std::string::npos ? joined.size() : comma;
    if (end > start) out.push_back(joined.substr(start, end - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::vector<matching::Skill> ListSkills(Conn& c, MunicipalityId m) {
  std::vector<matching::Skill> out;
  for (const auto& r : c.Query(kListSkills, {m})) out.push_back({r.IdAt(0), r.Str(1), r.Str(2)});
  return out;
}

std::optional<matching::Skill> FindSkill(Conn& c, matching::SkillId id) {
  auto r = c.QueryOne(kFindSkill, {id});
  if (!r) return std::nullopt;
  return matching::Skill{r->IdAt(0), r->Str(1), r->Str(2)};
}

matching::SkillId InsertSkill(Conn& c, MunicipalityId m, const std::string& code,
                              const std::string& label, std::int64_t position) {
  return c.QueryOne(kInsertSkill, {m, code, label, position})->IdAt(0);
}

void UpdateSkillLabel(Conn& c, matching::SkillId id, const std::string& label) {
  c.Query(kUpdateSkillLabel, {label, id});
}

std::map<RegionId, match::GeoPoint> RegionLocations(Conn& c, MunicipalityId m) {
  std::map<RegionId, match::GeoPoint> out;
  for (const auto& r : c.Query(kRegionLocations, {m})) out[r.IdAt(0)] = *Point(r, 1, 2);
  return out;
}

std::optional<matching::Profile> FindProfile(Conn& c, UserId user) {
  auto r = c.QueryOne(kFindProfile, {user});
  if (!r) return std::nullopt;
  return ToProfile(*r);
}

void UpsertProfile(Conn& c, const matching::Profile& p, std::int64_t now) {
  std::vector<std::string> regions;
  for (RegionId r : p.regions) regions.push_back(to_string(r));
  c.Query(kUpsertProfile, {p.user_id,
                           p.kind,
                           p.employer,
                           JoinCodes(p.skills),
                           p.skills_note,
                           JoinCodes(p.interests),
                           JoinCodes(regions),
                           I{p.slots},
                           p.available_from,
                           p.available_until,
                           p.travel,
                           p.max_km,
                           p.max_active,
                           I{p.minor},
                           p.guardian_name,
                           p.guardian_consent_at ? Value(p.guardian_consent_at) : Value(nullptr),
                           I{p.discoverable},
                           I{p.active},
                           now,
                           p.guardian_email});
}

void SetConsentRequest(Conn& c, UserId user, const std::string& digest, std::int64_t expires) {
  c.Query(kSetConsentRequest, {digest, expires, user});
}

std::optional<UserId> FindConsentRequest(Conn& c, const std::string& digest, std::int64_t now) {
  auto r = c.QueryOne(kFindConsentRequest, {digest, now});
  if (!r) return std::nullopt;
  return r->IdAt(0);
}

void RecordConsent(Conn& c, UserId user, std::int64_t now) { c.Query(kRecordConsent, {now, user}); }

std::vector<matching::Profile> ListDiscoverableProfiles(Conn& c, MunicipalityId m) {
  std::vector<matching::Profile> out;
  for (const auto& r : c.Query(kListDiscoverable, {m})) out.push_back(ToProfile(r));
  return out;
}

matching::NeedId InsertNeed(Conn& c, MunicipalityId m, const matching::Need& n, std::int64_t now) {
  std::optional<I> lat, lon;
  if (n.has_own_point && n.where) {
    lat = std::llround(n.where->lat * 1e6);
    lon = std::llround(n.where->lon * 1e6);
  }
  return c
      .QueryOne(kInsertNeed, {m,
                              n.org_id,
                              n.created_by,
                              n.title,
                              n.description,
                              n.kind,
                              n.category,
                              JoinCodes(n.required_skills),
                              JoinCodes(n.welcome_skills),
                              n.region_id,
                              n.place,
                              OptInt(lat),
                              OptInt(lon),
                              n.date_from,
                              n.date_to,
                              I{n.weekdays},
                              n.start_time,
                              n.end_time,
                              n.capacity,
                              I{n.minors_allowed},
                              I{n.requires_certification},
                              n.details,
                              now,
                              now})
      ->IdAt(0);
}

std::optional<matching::Need> FindNeed(Conn& c, matching::NeedId id) {
  auto r = c.QueryOne(kFindNeed, {id});
  if (!r) return std::nullopt;
  return ToNeed(*r);
}

std::vector<matching::Need> ListOpenNeeds(Conn& c, MunicipalityId m, const std::string& today) {
  std::vector<matching::Need> out;
  for (const auto& r : c.Query(kListOpenNeeds, {m, today})) out.push_back(ToNeed(r));
  return out;
}

void SetNeedStatus(Conn& c, matching::NeedId id, matching::NeedStatus status, std::int64_t now) {
  c.Query(kSetNeedStatus, {std::string(matching::ToString(status)), now, id});
}

matching::MatchId InsertMatch(Conn& c, matching::NeedId need, UserId user,
                              matching::MatchStatus status, matching::Party initiated_by,
                              std::int64_t now) {
  return c
      .QueryOne(kInsertMatch, {need, user, std::string(matching::ToString(status)),
                               std::string(matching::ToString(initiated_by)), now, now})
      ->IdAt(0);
}

std::optional<matching::Match> FindMatch(Conn& c, matching::MatchId id) {
  auto r = c.QueryOne(kFindMatch, {id});
  if (!r) return std::nullopt;
  return ToMatch(*r);
}

std::optional<matching::Match> FindMatchFor(Conn& c, matching::NeedId need, UserId user) {
  auto r = c.QueryOne(kFindMatchFor, {need, user});
  if (!r) return std::nullopt;
  return ToMatch(*r);
}

void UpdateMatchStatus(Conn& c, matching::MatchId id, matching::MatchStatus status,
                       std::optional<matching::Party> closed_by, std::int64_t now) {
  c.Query(kUpdateMatchStatus,
          {std::string(matching::ToString(status)),
           closed_by ? std::string(matching::ToString(*closed_by)) : std::string(), now, id});
}

void SetMatchMinutes(Conn& c, matching::MatchId id, std::int64_t minutes, const std::string& on,
                     std::int64_t now) {
  c.Query(kSetMatchMinutes, {minutes, on, now, id});
}

std::vector<matching::Match> ListMatchesOfUser(Conn& c, UserId user) {
  std::vector<matching::Match> out;
  for (const auto& r : c.Query(kMatchesOfUser, {user})) out.push_back(ToMatch(r));
  return out;
}

std::vector<matching::Match> ListMatchesOfNeed(Conn& c, matching::NeedId need) {
  std::vector<matching::Match> out;
  for (const auto& r : c.Query(kMatchesOfNeed, {need})) out.push_back(ToMatch(r));
  return out;
}

std::vector<std::tuple<matching::NeedId, UserId, matching::MatchStatus>> ListCurrentMatches(
    Conn& c, MunicipalityId m, const std::string& today) {
  std::vector<std::tuple<matching::NeedId, UserId, matching::MatchStatus>> out;
  for (const auto& r : c.Query(kCurrentMatches, {m, today})) {
    out.emplace_back(r.IdAt(0), r.IdAt(1),
                     EnumAt(r, 2, matching::ParseMatchStatus, "matches.status"));
  }
  return out;
}

matching::World LoadWorld(Conn& c, MunicipalityId m, const std::string& today) {
  matching::World w;
  w.today = today;
  for (const auto& cert : ListCertifications(c, m)) {
    if (cert.ValidOn(w.today)) w.certified.insert(cert.user_id);
  }
  w.locations = RegionLocations(c, m);
  return w;
}

}  // namespace tsunagu::store

namespace tsunagu::matching {

std::vector<Skill> ListSkills(const Ctx& ctx) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListSkills(c, ctx.municipality); });
}

std::optional<Profile> GetProfile(const Ctx& ctx, UserId user) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindProfile(c, user); });
}

std::optional<std::string> GuardianConsentRequest(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  return ctx.db.Read([&](store::Conn& c) -> std::optional<std::string> {
    auto user = store::FindConsentRequest(c, crypto::TokenDigest(token), ctx.clock.Now());
    if (!user) return std::nullopt;
    return store::FindUser(c, *user)->display_name;
  });
}

std::vector<Org> PostingOrgs(const Ctx& ctx, const Actor& actor) {
  std::vector<Org> out;
  if (actor.IsAnonymous()) return out;
  ctx.db.Read([&](store::Conn& c) {
    for (const auto& o : store::ListOrgs(c, ctx.municipality, std::nullopt, std::nullopt)) {
      if (Can(actor, Action::kPostNeed, Subject{o.region_id, o.id, o.kind})) out.push_back(o);
    }
    return 0;
  });
  return out;
}

std::vector<Need> ListOpenNeeds(const Ctx& ctx, const NeedFilter& f) {
  auto all = ctx.db.Read([&](store::Conn& c) {
    return store::ListOpenNeeds(c, ctx.municipality, training::TodayJst(ctx.clock));
  });
  std::erase_if(all, [&](const Need& n) {
    return (f.region && n.region_id != f.region) || (!f.kind.empty() && n.kind != f.kind) ||
           (!f.category.empty() && n.category != f.category) ||
           (f.minors_only && !n.minors_allowed);
  });
  return all;
}

std::optional<Need> GetNeed(const Ctx& ctx, NeedId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindNeed(c, id); });
}

Result<std::vector<Recommendation>> RecommendNeeds(const Ctx& ctx, const Actor& actor,
                                                   std::size_t limit) {
  if (actor.IsAnonymous()) return Unauthorized(Msg("error.login_required"));
  return ctx.db.Read([&](store::Conn& c) -> Result<std::vector<Recommendation>> {
    auto profile = store::FindProfile(c, actor.id);
    if (!profile) return NotFound(Msg("matching.no_profile"));
    const World w = store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock));
    const match::Person person = ToPerson(*profile, w);
    std::set<NeedId> matched;
    for (const auto& m : store::ListMatchesOfUser(c, actor.id)) matched.insert(m.need_id);
    std::vector<Recommendation> out;
    for (const auto& n : store::ListOpenNeeds(c, ctx.municipality, w.today)) {
      if (matched.count(n.id) || IsFull(n) || CanManageNeed(actor, n)) continue;
      const auto e = match::Evaluate(person, ToEngineNeed(n));
      if (!e.eligible()) continue;
      out.push_back({n.id, actor.id, e.score, ReasonTexts(e, n), n.title, profile->display_name,
                     profile->kind});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
  });
}

Result<std::vector<Recommendation>> RecommendCandidates(const Ctx& ctx, const Actor& actor,
                                                        NeedId need_id, std::size_t limit) {
  if (actor.IsAnonymous()) return Unauthorized(Msg("error.login_required"));
  return ctx.db.Read([&](store::Conn& c) -> Result<std::vector<Recommendation>> {
    auto n = store::FindNeed(c, need_id);
    if (!n) return NotFound(Msg("error.not_found"));
    if (!CanManageNeed(actor, *n)) return Forbidden(Msg("error.forbidden"));
    const World w = store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock));
    std::set<UserId> matched;
    for (const auto& m : store::ListMatchesOfNeed(c, need_id)) matched.insert(m.user_id);
    const match::Need engine_need = ToEngineNeed(*n);
    std::vector<Recommendation> out;
    for (const auto& p : store::ListDiscoverableProfiles(c, ctx.municipality)) {
      if (matched.count(p.user_id) || p.user_id == actor.id) continue;
      const auto e = match::Evaluate(ToPerson(p, w), engine_need);
      if (!e.eligible()) continue;
      out.push_back(
          {n->id, p.user_id, e.score, ReasonTexts(e, *n), n->title, p.display_name, p.kind});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
  });
}

ApplyCheck CheckApply(const Ctx& ctx, const Actor& actor, const Need& n) {
  if (actor.IsAnonymous()) return {Msg("matching.login_to_apply"), std::nullopt};
  if (n.status != NeedStatus::kOpen || n.date_to < training::TodayJst(ctx.clock)) {
    return {Msg("matching.need_closed"), std::nullopt};
  }
  if (IsFull(n)) return {Msg("matching.need_full"), std::nullopt};
  return ctx.db.Read([&](store::Conn& c) -> ApplyCheck {
    auto profile = store::FindProfile(c, actor.id);
    if (!profile) return {Msg("matching.no_profile"), std::nullopt};
    const auto e = match::Evaluate(
        ToPerson(*profile, store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock))),
        ToEngineNeed(n));
    if (!e.eligible()) return {ExclusionText(e.exclusion, *profile), std::nullopt};
    return {"", Recommendation{n.id, actor.id, e.score, ReasonTexts(e, n), n.title,
                               profile->display_name, profile->kind}};
  });
}

std::vector<Match> MatchesOfUser(const Ctx& ctx, UserId user) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListMatchesOfUser(c, user); });
}

std::optional<Match> GetMatch(const Ctx& ctx, MatchId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindMatch(c, id); });
}

Result<std::vector<NeedMatch>> MatchesOfNeed(const Ctx& ctx, const Actor& actor, NeedId need_id) {
  return ctx.db.Read([&](store::Conn& c) -> Result<std::vector<NeedMatch>> {
    auto n = store::FindNeed(c, need_id);
    if (!n) return NotFound(Msg("error.not_found"));
    if (!CanManageNeed(actor, *n)) return Forbidden(Msg("error.forbidden"));
    std::vector<NeedMatch> out;
    for (auto& m : store::ListMatchesOfNeed(c, need_id)) {
      auto p = store::FindProfile(c, m.user_id);
      out.push_back({std::move(m), p.value_or(Profile{})});
    }
    return out;
  });
}

Result<BatchResult> ComputeBatch(const Ctx& ctx, const Actor& actor) {
  if (actor.IsAnonymous()) return Unauthorized(Msg("error.login_required"));
  if (!CanRunBatch(actor)) return Forbidden(Msg("error.forbidden"));
  // One computation at a time per server: it can take seconds and much memory at scale.
  static std::mutex running;
  std::unique_lock lock(running, std::try_to_lock);
  if (!lock.owns_lock()) return Conflict(Msg("matching.batch_busy"));
  return ctx.db.Read([&](store::Conn& c) -> Result<BatchResult> {
    const World w = store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock));
    std::set<std::pair<NeedId, UserId>> existing;
    std::map<UserId, std::int64_t> busy;  // places a person already holds or waits for
    for (const auto& [need, user, status] :
         store::ListCurrentMatches(c, ctx.municipality, w.today)) {
      existing.insert({need, user});
      if (Current(status)) ++busy[user];
    }
    BatchResult out;
    std::vector<Need> needs;
    match::Problem problem;
    for (auto& n : store::ListOpenNeeds(c, ctx.municipality, w.today)) {
      const std::int64_t free = n.capacity - n.confirmed - n.pending;
      if (free <= 0) continue;
      problem.need_capacity.push_back(free);
      out.open_places += free;
      needs.push_back(std::move(n));
    }
    std::vector<Profile> people;
    for (auto& p : store::ListDiscoverableProfiles(c, ctx.municipality)) {
      const std::int64_t free = p.max_active - busy[p.user_id];
      if (free <= 0) continue;
      problem.volunteer_capacity.push_back(free);
      people.push_back(std::move(p));
    }
    std::vector<match::Need> engine_needs;
    for (const auto& n : needs) engine_needs.push_back(ToEngineNeed(n));
    // Only the scores are kept for every pair; the reasons are worded for the chosen ones.
    std::vector<match::Person> persons;
    for (std::size_t v = 0; v < people.size(); ++v) {
      persons.push_back(ToPerson(people[v], w));
      const match::Person& person = persons.back();
      const Actor as_actor = store::LoadActor(c, people[v].user_id);
      for (std::size_t k = 0; k < needs.size(); ++k) {
        if (existing.count({needs[k].id, people[v].user_id})) continue;
        if (CanManageNeed(as_actor, needs[k])) continue;  // nobody is invited to their own need
        const auto e = match::Evaluate(person, engine_needs[k]);
        if (e.eligible()) problem.edges.push_back({v, k, e.score});
      }
    }
    out.needs = static_cast<std::int64_t>(needs.size());
    out.people = static_cast<std::int64_t>(people.size());
    out.edges = static_cast<std::int64_t>(problem.edges.size());
    const auto solution = match::Solve(problem);
    out.total_score = solution.total_score;
    for (std::size_t i : solution.chosen) {
      const auto& edge = problem.edges[i];
      const Need& n = needs[edge.need];
      out.proposals.push_back(
          {n.id, people[edge.volunteer].user_id, static_cast<int>(edge.score), n.title,
           people[edge.volunteer].display_name,
           ReasonTexts(match::Evaluate(persons[edge.volunteer], engine_needs[edge.need]), n)});
    }
    std::stable_sort(out.proposals.begin(), out.proposals.end(),
                     [](const auto& a, const auto& b) { return a.need_id < b.need_id; });
    return out;
  });
}

std::optional<Match> FindMatchFor(const Ctx& ctx, NeedId need, UserId user) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindMatchFor(c, need, user); });
}

}  // namespace tsunagu::matching
