// Reads of the records every feature shares (the municipality's regions, organisations, people
// and memberships, and the audit log), for pages and APIs: they read through these and never
// through the store. Each call is one read on a pooled connection of ctx's municipality.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/context.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::directory {

std::vector<Region> ListRegions(const Ctx& ctx);
std::optional<Region> FindRegionBySlug(const Ctx& ctx, const std::string& slug);
std::optional<Region> FindRegion(const Ctx& ctx, RegionId id);

std::optional<Org> FindOrg(const Ctx& ctx, OrgId id);
std::vector<Org> ListOrgsInRegion(const Ctx& ctx, RegionId region);
std::vector<Org> ListOrgs(const Ctx& ctx, std::optional<RegionId> region,
                          std::optional<OrgKind> kind);
std::vector<Org> ListChildOrgs(const Ctx& ctx, OrgId parent);
// The 地域づくり協議会 of each region that has one.
std::map<RegionId, Org> CouncilsByRegion(const Ctx& ctx);
// Number of organisations of this kind in each region (regions without any are absent).
std::map<RegionId, std::int64_t> CountOrgsByRegion(const Ctx& ctx, OrgKind kind);

std::optional<User> FindUser(const Ctx& ctx, UserId id);
std::vector<Membership> ListMemberships(const Ctx& ctx, OrgId org);
std::optional<Membership> FindMembership(const Ctx& ctx, std::int64_t id);

// The audit log, newest first.
std::vector<store::AuditEntry> ListAudit(const Ctx& ctx, int limit, int offset);
std::int64_t CountAudit(const Ctx& ctx);

// A person as an actor: their roles and memberships (for a caller known by an API token).
Actor LoadActor(const Ctx& ctx, UserId id);

// The municipality with this code (the configured one: Config::municipality_code).
std::optional<Municipality> FindMunicipalityByCode(const Ctx& ctx, const std::string& code);

}  // namespace tsunagu::directory
