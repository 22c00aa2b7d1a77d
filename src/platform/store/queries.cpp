#include "platform/store/queries.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

// ---- SQL ------------------------------------------------------------------------------

constexpr const char* kFindMunicipalityByCode =
    "SELECT id, code, prefecture, name FROM municipalities WHERE code = ?";
constexpr const char* kInsertMunicipality =
    "INSERT INTO municipalities (code, prefecture, name) VALUES (?, ?, ?) RETURNING id";
constexpr const char* kDataVersion = "SELECT version FROM data_version WHERE id = 1";
constexpr const char* kBumpDataVersion =
    "UPDATE data_version SET version = version + 1 WHERE id = 1";
constexpr const char* kInsertSettingIfAbsent =
    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING";
constexpr const char* kGetSetting = "SELECT value FROM settings WHERE key = ?";
constexpr const char* kPutSetting =
    "INSERT INTO settings (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

constexpr const char* kRegionColumns =
    "id, slug, name, kana, romaji, center_name, center_address, center_phone, center_hours";
const std::string kListRegions = std::string("SELECT ") + kRegionColumns +
                                 " FROM regions WHERE municipality_id = ? ORDER BY position, id";
const std::string kFindRegionBySlug = std::string("SELECT ") + kRegionColumns +
                                      " FROM regions WHERE municipality_id = ? AND slug = ?";
const std::string kFindRegion =
    std::string("SELECT ") + kRegionColumns + " FROM regions WHERE id = ?";
constexpr const char* kUpsertRegion =
    "INSERT INTO regions (municipality_id, slug, name, kana, romaji, position, center_name, "
    "center_address, center_phone, center_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (municipality_id, slug) DO UPDATE SET name = excluded.name, kana = excluded.kana, "
    "romaji = excluded.romaji, position = excluded.position, center_name = excluded.center_name, "
    "center_address = excluded.center_address, center_phone = excluded.center_phone, "
    "center_hours = excluded.center_hours RETURNING id";
constexpr const char* kUpdateRegionCenter =
    "UPDATE regions SET center_name = ?, center_address = ?, center_phone = ?, center_hours = ? "
    "WHERE id = ?";

constexpr const char* kOrgColumns =
    "id, region_id, parent_id, kind, name, kana, description, council_shape, phone, email, "
    "address, website";
// Councils first, then their 部会, then 自治会, then everyone else; each in あいうえお order.
constexpr const char* kOrgOrder =
    "CASE kind WHEN 'council' THEN 0 WHEN 'subcommittee' THEN 1 WHEN 'association' THEN 2 "
    "ELSE 3 END, kana, name, id";
const std::string kFindOrg =
    std::string("SELECT ") + kOrgColumns + " FROM organisations WHERE id = ?";
const std::string kListOrgsInRegion = std::string("SELECT ") + kOrgColumns +
                                      " FROM organisations WHERE region_id = ? ORDER BY " +
                                      kOrgOrder;
const std::string kListChildOrgs =
    std::string("SELECT ") + kOrgColumns +
    " FROM organisations WHERE parent_id = ? ORDER BY kana, name, id";
const std::string kListOrgs = std::string("SELECT ") + kOrgColumns +
                              " FROM organisations WHERE municipality_id = ? "
                              "AND (? = 0 OR region_id = ?) AND (? = '' OR kind = ?) "
                              "ORDER BY region_id, " +
                              kOrgOrder;
constexpr const char* kCountOrgsByRegion =
    "SELECT region_id, COUNT(*) FROM organisations WHERE municipality_id = ? AND kind = ? "
    "AND region_id IS NOT NULL GROUP BY region_id";
constexpr const char* kInsertOrg =
    "INSERT INTO organisations (municipality_id, region_id, parent_id, kind, name, kana, "
    "description, council_shape, phone, email, address, website, seed_key, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kFindOrgBySeedKey = "SELECT id FROM organisations WHERE seed_key = ?";
constexpr const char* kUpdateOrg =
    "UPDATE organisations SET region_id = ?, parent_id = ?, kind = ?, name = ?, kana = ?, "
    "description = ?, council_shape = ?, phone = ?, email = ?, address = ?, website = ?, "
    "updated_at = ? WHERE id = ?";

constexpr const char* kUserColumns =
    "id, email, display_name, password_hash, role, home_region_id, age_band";
const std::string kFindUserByEmail =
    std::string("SELECT ") + kUserColumns + " FROM users WHERE email = ?";
const std::string kFindUser = std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?";
constexpr const char* kInsertUser =
    "INSERT INTO users (municipality_id, email, display_name, password_hash, role, "
    "home_region_id, age_band, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "RETURNING id";
constexpr const char* kUpdateSeedUser =
    "UPDATE users SET display_name = ?, password_hash = ?, role = ?, home_region_id = ?, "
    "updated_at = ? WHERE id = ?";
constexpr const char* kUpdateProfile =
    "UPDATE users SET display_name = ?, home_region_id = ?, age_band = ?, updated_at = ? "
    "WHERE id = ?";
constexpr const char* kUpdatePassword =
    "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?";
constexpr const char* kCountUsers = "SELECT COUNT(*) FROM users";

constexpr const char* kMembershipSelect =
    "SELECT m.id, m.user_id, m.org_id, o.kind, o.region_id, m.role, o.name, u.display_name "
    "FROM memberships m JOIN organisations o ON o.id = m.org_id JOIN users u ON u.id = m.user_id ";
const std::string kListMemberships =
    std::string(kMembershipSelect) +
    "WHERE m.org_id = ? ORDER BY m.role DESC, u.display_name, m.id";
const std::string kListMembershipsOfUser =
    std::string(kMembershipSelect) + "WHERE m.user_id = ? ORDER BY o.name, m.id";
const std::string kFindMembership = std::string(kMembershipSelect) + "WHERE m.id = ?";
constexpr const char* kUpsertMembership =
    "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role RETURNING id";
constexpr const char* kDeleteMembership = "DELETE FROM memberships WHERE id = ?";

constexpr const char* kInsertSession =
    "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)";
constexpr const char* kFindSessionUser =
    "SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?";
constexpr const char* kDeleteSession = "DELETE FROM sessions WHERE token_hash = ?";
constexpr const char* kDeleteSessionsOfUser = "DELETE FROM sessions WHERE user_id = ?";
constexpr const char* kInsertApiToken =
    "INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)";
constexpr const char* kFindApiTokenUser = "SELECT user_id FROM api_tokens WHERE token_hash = ?";
constexpr const char* kInsertPasswordReset =
    "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)";
constexpr const char* kFindValidPasswordReset =
    "SELECT id, user_id FROM password_resets WHERE token_hash = ? AND expires_at > ? AND used_at "
    "IS NULL";
constexpr const char* kClaimPasswordReset =
    "UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL RETURNING id";
constexpr const char* kEndPasswordResets =
    "UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL";

constexpr const char* kInsertLoginFailure =
    "INSERT INTO login_failures (key, at) VALUES (?, ?) RETURNING id";
constexpr const char* kDeleteLoginFailure = "DELETE FROM login_failures WHERE id = ?";
constexpr const char* kCountLoginFailures =
    "SELECT COUNT(*) FROM login_failures WHERE key = ? AND at > ?";
constexpr const char* kClearLoginFailures = "DELETE FROM login_failures WHERE key = ?";
constexpr const char* kClearLoginFailuresFrom =
    "DELETE FROM login_failures WHERE key = ? OR key LIKE ?";

constexpr const char* kInsertAudit =
    "INSERT INTO audit_log (municipality_id, at, actor_user_id, action, subject_kind, subject_id, "
    "detail) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kListAudit =
    "SELECT a.id, a.at, a.actor_user_id, COALESCE(u.display_name, ''), a.action, a.subject_kind, "
    "a.subject_id, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id "
    "WHERE a.municipality_id = ? ORDER BY a.id DESC LIMIT ? OFFSET ?";
constexpr const char* kCountAudit = "SELECT COUNT(*) FROM audit_log WHERE municipality_id = ?";

// ---- Row mapping ---------------------------------------------------------------------

Region ToRegion(const Row& r) {
  return Region{r.IdAt(0), r.Str(1), r.Str(2), r.Str(3), r.Str(4),
                r.Str(5),  r.Str(6), r.Str(7), r.Str(8)};
}

Org ToOrg(const Row& r) {
  Org o;
  o.id = r.IdAt(0);
  o.region_id = r.IdAt(1);
  o.parent_id = r.IdAt(2);
  o.kind = ParseOrgKind(r.Str(3)).value_or(OrgKind::kAssociation);
  o.name = r.Str(4);
  o.kana = r.Str(5);
  o.description = r.Str(6);
  if (!r.IsNull(7)) o.council_shape = ParseCouncilShape(r.Str(7));
  o.phone = r.Str(8);
  o.email = r.Str(9);
  o.address = r.Str(10);
  o.website = r.Str(11);
  return o;
}

User ToUser(const Row& r) {
  User u;
  u.id = r.IdAt(0);
  u.email = r.Str(1);
  u.display_name = r.Str(2);
  u.password_hash = r.Str(3);
  u.role = ParseUserRole(r.Str(4)).value_or(UserRole::kResident);
  u.home_region_id = r.IdAt(5);
  u.age_band = r.Str(6);
  return u;
}

Membership ToMembership(const Row& r) {
  Membership m;
  m.id = r.Int(0);
  m.user_id = r.IdAt(1);
  m.org_id = r.IdAt(2);
  m.org_kind = ParseOrgKind(r.Str(3)).value_or(OrgKind::kAssociation);
  m.org_region_id = r.IdAt(4);
  m.role = ParseMemberRole(r.Str(5)).value_or(MemberRole::kMember);
  m.org_name = r.Str(6);
  m.user_name = r.Str(7);
  return m;
}

Value ShapeValue(const Org& o) {
  return o.council_shape ? Value(std::string(ToString(*o.council_shape))) : Value(nullptr);
}

Value OptText(const std::string& s) { return s.empty() ? Value(nullptr) : Value(s); }

}  // namespace

std::optional<Municipality> FindMunicipalityByCode(Conn& c, const std::string& code) {
  auto row = c.QueryOne(kFindMunicipalityByCode, {code});
  if (!row) return std::nullopt;
  return Municipality{row->IdAt(0), row->Str(1), row->Str(2), row->Str(3)};
}

MunicipalityId UpsertMunicipality(Conn& c, const Municipality& m) {
  if (auto existing = FindMunicipalityByCode(c, m.code)) return existing->id;
  return c.QueryOne(kInsertMunicipality, {m.code, m.prefecture, m.name})->IdAt(0);
}

void LockWriters(Conn& c) { c.Query(kBumpDataVersion); }

std::int64_t DataVersion(Conn& c) { return c.QueryOne(kDataVersion)->Int(0); }

std::optional<std::string> GetSetting(Conn& c, const std::string& key) {
  auto row = c.QueryOne(kGetSetting, {key});
  if (!row) return std::nullopt;
  return row->Str(0);
}

void InsertSettingIfAbsent(Conn& c, const std::string& key, const std::string& value) {
  c.Query(kInsertSettingIfAbsent, {key, value});
}

void PutSetting(Conn& c, const std::string& key, const std::string& value) {
  c.Query(kPutSetting, {key, value});
}

std::vector<Region> ListRegions(Conn& c, MunicipalityId m) {
  std::vector<Region> out;
  for (const auto& r : c.Query(kListRegions, {m})) out.push_back(ToRegion(r));
  return out;
}

std::optional<Region> FindRegionBySlug(Conn& c, MunicipalityId m, const std::string& slug) {
  auto row = c.QueryOne(kFindRegionBySlug, {m, slug});
  if (!row) return std::nullopt;
  return ToRegion(*row);
}

std::optional<Region> FindRegion(Conn& c, RegionId id) {
  auto row = c.QueryOne(kFindRegion, {id});
  if (!row) return std::nullopt;
  return ToRegion(*row);
}

RegionId UpsertRegion(Conn& c, MunicipalityId m, const Region& r, int position) {
  return c
      .QueryOne(kUpsertRegion, {m, r.slug, r.name, r.kana, r.romaji, I{position}, r.center_name,
                                r.center_address, r.center_phone, r.center_hours})
      ->IdAt(0);
}

void UpdateRegionCenter(Conn& c, const Region& r) {
  c.Query(kUpdateRegionCenter,
          {r.center_name, r.center_address, r.center_phone, r.center_hours, r.id});
}

std::optional<Org> FindOrg(Conn& c, OrgId id) {
  auto row = c.QueryOne(kFindOrg, {id});
  if (!row) return std::nullopt;
  return ToOrg(*row);
}

std::vector<Org> ListOrgsInRegion(Conn& c, RegionId region) {
  std::vector<Org> out;
  for (const auto& r : c.Query(kListOrgsInRegion, {region})) out.push_back(ToOrg(r));
  return out;
}

std::vector<Org> ListChildOrgs(Conn& c, OrgId parent) {
  std::vector<Org> out;
  for (const auto& r : c.Query(kListChildOrgs, {parent})) out.push_back(ToOrg(r));
  return out;
}

std::vector<Org> ListOrgs(Conn& c, MunicipalityId m, std::optional<RegionId> region,
                          std::optional<OrgKind> kind) {
  const RegionId reg = region.value_or(RegionId{});
  const std::string k = kind ? std::string(ToString(*kind)) : std::string();
  std::vector<Org> out;
  for (const auto& r : c.Query(kListOrgs, {m, reg, reg, k, k})) out.push_back(ToOrg(r));
  return out;
}

std::map<RegionId, Org> CouncilsByRegion(Conn& c, MunicipalityId m) {
  std::map<RegionId, Org> out;
  for (auto& o : ListOrgs(c, m, std::nullopt, OrgKind::kCouncil)) out[o.region_id] = o;
  return out;
}

std::map<RegionId, std::int64_t> CountOrgsByRegion(Conn& c, MunicipalityId m, OrgKind kind) {
  std::map<RegionId, std::int64_t> out;
  for (const auto& r : c.Query(kCountOrgsByRegion, {m, std::string(ToString(kind))})) {
    out[r.IdAt(0)] = r.Int(1);
  }
  return out;
}

OrgId InsertOrg(Conn& c, MunicipalityId m, const Org& o, std::int64_t now) {
  return c
      .QueryOne(kInsertOrg,
                {m, OrNull(o.region_id), OrNull(o.parent_id), std::string(ToString(o.kind)), o.name,
                 o.kana, o.description, ShapeValue(o), o.phone, o.email, o.address, o.website,
                 nullptr, now, now})
      ->IdAt(0);
}

OrgId UpsertOrgBySeedKey(Conn& c, MunicipalityId m, const Org& o, const std::string& seed_key,
                         std::int64_t now) {
  if (auto row = c.QueryOne(kFindOrgBySeedKey, {seed_key})) {
    Org updated = o;
    updated.id = row->IdAt(0);
    UpdateOrg(c, updated, now);
    return updated.id;
  }
  return c
      .QueryOne(kInsertOrg,
                {m, OrNull(o.region_id), OrNull(o.parent_id), std::string(ToString(o.kind)), o.name,
                 o.kana, o.description, ShapeValue(o), o.phone, o.email, o.address, o.website,
                 seed_key, now, now})
      ->IdAt(0);
}

OrgId FindOrgBySeedKeyId(Conn& c, const std::string& seed_key) {
  auto row = c.QueryOne(kFindOrgBySeedKey, {seed_key});
  return row ? OrgId(row->IdAt(0)) : OrgId{};
}

void UpdateOrg(Conn& c, const Org& o, std::int64_t now) {
  c.Query(kUpdateOrg,
          {OrNull(o.region_id), OrNull(o.parent_id), std::string(ToString(o.kind)), o.name, o.kana,
           o.description, ShapeValue(o), o.phone, o.email, o.address, o.website, now, o.id});
}

std::optional<User> FindUserByEmail(Conn& c, const std::string& email) {
  auto row = c.QueryOne(kFindUserByEmail, {email});
  if (!row) return std::nullopt;
  return ToUser(*row);
}

std::optional<User> FindUser(Conn& c, UserId id) {
  auto row = c.QueryOne(kFindUser, {id});
  if (!row) return std::nullopt;
  return ToUser(*row);
}

UserId InsertUser(Conn& c, MunicipalityId m, const User& u, std::int64_t now) {
  return c
      .QueryOne(kInsertUser,
                {m, u.email, u.display_name, u.password_hash, std::string(ToString(u.role)),
                 OrNull(u.home_region_id), OptText(u.age_band), now, now})
      ->IdAt(0);
}

UserId UpsertUserByEmail(Conn& c, MunicipalityId m, const User& u, std::int64_t now) {
  if (auto existing = FindUserByEmail(c, u.email)) {
    c.Query(kUpdateSeedUser, {u.display_name, u.password_hash, std::string(ToString(u.role)),
                              OrNull(u.home_region_id), now, existing->id});
    return existing->id;
  }
  return InsertUser(c, m, u, now);
}

void UpdateProfile(Conn& c, const User& u, std::int64_t now) {
  c.Query(kUpdateProfile,
          {u.display_name, OrNull(u.home_region_id), OptText(u.age_band), now, u.id});
}

void UpdatePasswordHash(Conn& c, UserId id, const std::string& hash, std::int64_t now) {
  c.Query(kUpdatePassword, {hash, now, id});
}

std::int64_t CountUsers(Conn& c) { return c.QueryOne(kCountUsers)->Int(0); }

Actor LoadActor(Conn& c, UserId id) {
  Actor a;
  auto u = FindUser(c, id);
  if (!u) return a;
  a.id = u->id;
  a.role = u->role;
  a.home_region_id = u->home_region_id;
  a.memberships = ListMembershipsOfUser(c, id);
  return a;
}

std::vector<Membership> ListMemberships(Conn& c, OrgId org) {
  std::vector<Membership> out;
  for (const auto& r : c.Query(kListMemberships, {org})) out.push_back(ToMembership(r));
  return out;
}

std::vector<Membership> ListMembershipsOfUser(Conn& c, UserId user) {
  std::vector<Membership> out;
  for (const auto& r : c.Query(kListMembershipsOfUser, {user})) out.push_back(ToMembership(r));
  return out;
}

std::optional<Membership> FindMembership(Conn& c, std::int64_t id) {
  auto row = c.QueryOne(kFindMembership, {id});
  if (!row) return std::nullopt;
  return ToMembership(*row);
}

std::int64_t UpsertMembership(Conn& c, UserId user, OrgId org, MemberRole role, std::int64_t now) {
  return c.QueryOne(kUpsertMembership, {user, org, std::string(ToString(role)), now})->Int(0);
}

void DeleteMembership(Conn& c, std::int64_t id) { c.Query(kDeleteMembership, {id}); }

void InsertSession(Conn& c, const std::string& token_hash, UserId user, std::int64_t now,
                   std::int64_t expires_at) {
  c.Query(kInsertSession, {token_hash, user, now, expires_at});
}

std::optional<UserId> FindSessionUser(Conn& c, const std::string& token_hash, std::int64_t now) {
  auto row = c.QueryOne(kFindSessionUser, {token_hash, now});
  if (!row) return std::nullopt;
  return row->IdAt(0);
}

void DeleteSession(Conn& c, const std::string& token_hash) {
  c.Query(kDeleteSession, {token_hash});
}

void DeleteSessionsOfUser(Conn& c, UserId user) { c.Query(kDeleteSessionsOfUser, {user}); }

void InsertApiToken(Conn& c, UserId user, const std::string& token_hash, std::int64_t now) {
  c.Query(kInsertApiToken, {user, token_hash, now});
}

std::optional<UserId> FindApiTokenUser(Conn& c, const std::string& token_hash) {
  auto row = c.QueryOne(kFindApiTokenUser, {token_hash});
  if (!row) return std::nullopt;
  return row->IdAt(0);
}

void InsertPasswordReset(Conn& c, UserId user, const std::string& token_hash, std::int64_t now,
                         std::int64_t expires_at) {
  c.Query(kInsertPasswordReset, {user, token_hash, now, expires_at});
}

std::optional<std::pair<std::int64_t, UserId>> FindValidPasswordReset(Conn& c,
                                                                      const std::string& token_hash,
                                                                      std::int64_t now) {
  auto row = c.QueryOne(kFindValidPasswordReset, {token_hash, now});
  if (!row) return std::nullopt;
  return std::make_pair(row->Int(0), UserId(row->IdAt(1)));
}

bool ClaimPasswordReset(Conn& c, std::int64_t id, std::int64_t now) {
  return c.QueryOne(kClaimPasswordReset, {now, id}).has_value();
}

void EndPasswordResets(Conn& c, UserId user, std::int64_t now) {
  c.Query(kEndPasswordResets, {now, user});
}

std::int64_t InsertLoginFailure(Conn& c, const std::string& key, std::int64_t now) {
  return c.QueryOne(kInsertLoginFailure, {key, now})->Int(0);
}

void DeleteLoginFailure(Conn& c, std::int64_t id) { c.Query(kDeleteLoginFailure, {id}); }

std::int64_t CountLoginFailures(Conn& c, const std::string& key, std::int64_t since) {
  return c.QueryOne(kCountLoginFailures, {key, since})->Int(0);
}

void ClearLoginFailures(Conn& c, const std::string& key) { c.Query(kClearLoginFailures, {key}); }

void ClearLoginFailuresFrom(Conn& c, const std::string& key) {
  c.Query(kClearLoginFailuresFrom, {key, key + " %"});
}

void InsertAudit(Conn& c, MunicipalityId m, std::int64_t now, UserId actor,
                 const std::string& action, const std::string& subject_kind,
                 std::int64_t subject_id, const std::string& detail) {
  c.Query(kInsertAudit, {m, now, OrNull(actor), action, subject_kind, OrNull(subject_id), detail});
  // Changes that cannot alter any public page leave the anonymous page cache alone.
  static constexpr std::string_view kPrivate[] = {"user.login", "user.logout",
                                                  "user.request_password_reset", "api_token."};
  for (auto prefix : kPrivate) {
    if (std::string_view(action).starts_with(prefix)) return;
  }
  c.Query(kBumpDataVersion);
}

std::vector<AuditEntry> ListAudit(Conn& c, MunicipalityId m, int limit, int offset) {
  std::vector<AuditEntry> out;
  for (const auto& r : c.Query(kListAudit, {m, I{limit}, I{offset}})) {
    out.push_back(AuditEntry{r.Int(0), r.Int(1), r.IdAt(2), r.Str(3), r.Str(4), r.Str(5), r.Int(6),
                             r.Str(7)});
  }
  return out;
}

std::int64_t CountAudit(Conn& c, MunicipalityId m) { return c.QueryOne(kCountAudit, {m})->Int(0); }

void SetRegionLocation(Conn& c, RegionId region, std::int64_t lat_e6, std::int64_t lon_e6) {
  c.Query("UPDATE regions SET lat_e6 = ?, lon_e6 = ? WHERE id = ?", {lat_e6, lon_e6, region});
}

}  // namespace tsunagu::store
