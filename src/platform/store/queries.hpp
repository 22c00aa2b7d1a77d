// Every SQL statement of the foundation, as named constants beside the functions that run
// them (queries.cpp). Written once in the subset both SQLite and PostgreSQL accept.
// These functions do no permission checks: commands (domain/) do.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

// Municipalities and settings
std::optional<Municipality> FindMunicipalityByCode(Conn& c, const std::string& code);
MunicipalityId UpsertMunicipality(Conn& c, const Municipality& m);
std::optional<std::string> GetSetting(Conn& c, const std::string& key);
// The version of the public data, bumped by every audited change that can alter a public
// page (InsertAudit does it, in the change's own transaction).
std::int64_t DataVersion(Conn& c);
// Takes the one row every writer updates, so that writers after this point in the
// transaction run one at a time (SQLite's writers always do; this orders PostgreSQL's).
void LockWriters(Conn& c);
void PutSetting(Conn& c, const std::string& key, const std::string& value);
void InsertSettingIfAbsent(Conn& c, const std::string& key, const std::string& value);

// Regions
std::vector<Region> ListRegions(Conn& c, MunicipalityId m);
std::optional<Region> FindRegionBySlug(Conn& c, MunicipalityId m, const std::string& slug);
std::optional<Region> FindRegion(Conn& c, RegionId id);
RegionId UpsertRegion(Conn& c, MunicipalityId m, const Region& r, int position);
void UpdateRegionCenter(Conn& c, const Region& r);
// The position of the region's 地域交流センター, in millionths of a degree.
void SetRegionLocation(Conn& c, RegionId region, std::int64_t lat_e6, std::int64_t lon_e6);

// Organisations
std::optional<Org> FindOrg(Conn& c, OrgId id);
std::vector<Org> ListOrgsInRegion(Conn& c, RegionId region);
std::vector<Org> ListOrgs(Conn& c, MunicipalityId m, std::optional<RegionId> region,
                          std::optional<OrgKind> kind);
std::vector<Org> ListChildOrgs(Conn& c, OrgId parent);
// The 地域づくり協議会 of each region that has one.
std::map<RegionId, Org> CouncilsByRegion(Conn& c, MunicipalityId m);
// Number of organisations of this kind in each region (regions without any are absent).
std::map<RegionId, std::int64_t> CountOrgsByRegion(Conn& c, MunicipalityId m, OrgKind kind);
// Inserts or (when seed_key matches an existing row) updates; returns the id.
OrgId UpsertOrgBySeedKey(Conn& c, MunicipalityId m, const Org& o, const std::string& seed_key,
                         std::int64_t now);
OrgId InsertOrg(Conn& c, MunicipalityId m, const Org& o, std::int64_t now);
// The id of the organisation the seed created under this key (0 when none).
OrgId FindOrgBySeedKeyId(Conn& c, const std::string& seed_key);
void UpdateOrg(Conn& c, const Org& o, std::int64_t now);

// People
std::optional<User> FindUserByEmail(Conn& c, const std::string& email);
std::optional<User> FindUser(Conn& c, UserId id);
UserId InsertUser(Conn& c, MunicipalityId m, const User& u, std::int64_t now);
// Seed: inserts, or updates name, role, region and password of the existing account.
UserId UpsertUserByEmail(Conn& c, MunicipalityId m, const User& u, std::int64_t now);
void UpdateProfile(Conn& c, const User& u, std::int64_t now);
void UpdatePasswordHash(Conn& c, UserId id, const std::string& hash, std::int64_t now);
std::int64_t CountUsers(Conn& c);
Actor LoadActor(Conn& c, UserId id);

// Memberships
std::vector<Membership> ListMemberships(Conn& c, OrgId org);
std::vector<Membership> ListMembershipsOfUser(Conn& c, UserId user);
std::optional<Membership> FindMembership(Conn& c, std::int64_t id);
std::int64_t UpsertMembership(Conn& c, UserId user, OrgId org, MemberRole role, std::int64_t now);
void DeleteMembership(Conn& c, std::int64_t id);

// Sessions, API tokens and password resets store only token digests.
void InsertSession(Conn& c, const std::string& token_hash, UserId user, std::int64_t now,
                   std::int64_t expires_at);
std::optional<UserId> FindSessionUser(Conn& c, const std::string& token_hash, std::int64_t now);
void DeleteSession(Conn& c, const std::string& token_hash);
void DeleteSessionsOfUser(Conn& c, UserId user);
void InsertApiToken(Conn& c, UserId user, const std::string& token_hash, std::int64_t now);
std::optional<UserId> FindApiTokenUser(Conn& c, const std::string& token_hash);
void InsertPasswordReset(Conn& c, UserId user, const std::string& token_hash, std::int64_t now,
                         std::int64_t expires_at);
std::optional<std::pair<std::int64_t, UserId>> FindValidPasswordReset(Conn& c,
                                                                      const std::string& token_hash,
                                                                      std::int64_t now);
// Marks the reset used; false when it was used meanwhile (only one use can win).
bool ClaimPasswordReset(Conn& c, std::int64_t id, std::int64_t now);
// Ends every outstanding reset link of the user (after a reset or a password change).
void EndPasswordResets(Conn& c, UserId user, std::int64_t now);

// Login throttling
// Returns the row's id, so that an attempt that turns out right can be taken back.
std::int64_t InsertLoginFailure(Conn& c, const std::string& key, std::int64_t now);
void DeleteLoginFailure(Conn& c, std::int64_t id);
std::int64_t CountLoginFailures(Conn& c, const std::string& key, std::int64_t since);
void ClearLoginFailures(Conn& c, const std::string& key);
// The key and every key made from it ("<key> address:…", "<key> device:…"): a fresh start.
void ClearLoginFailuresFrom(Conn& c, const std::string& key);

// Audit log
struct AuditEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;
  UserId actor;
  std::string actor_name;
  std::string action, subject_kind;
  std::int64_t subject_id = 0;
  std::string detail;
};
void InsertAudit(Conn& c, MunicipalityId m, std::int64_t now, UserId actor,
                 const std::string& action, const std::string& subject_kind,
                 std::int64_t subject_id, const std::string& detail);
std::vector<AuditEntry> ListAudit(Conn& c, MunicipalityId m, int limit, int offset);
std::int64_t CountAudit(Conn& c, MunicipalityId m);

}  // namespace tsunagu::store
