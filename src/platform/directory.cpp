#include "platform/directory.hpp"

namespace tsunagu::directory {
namespace {

// One read on a pooled connection.
template <class F>
auto Read(const Ctx& ctx, F&& fn) {
  return ctx.db.Read([&](store::Conn& c) { return fn(c); });
}

}  // namespace

std::vector<Region> ListRegions(const Ctx& ctx) {
  return Read(ctx, [&](store::Conn& c) { return store::ListRegions(c, ctx.municipality); });
}
std::optional<Region> FindRegionBySlug(const Ctx& ctx, const std::string& slug) {
  return Read(ctx,
              [&](store::Conn& c) { return store::FindRegionBySlug(c, ctx.municipality, slug); });
}
std::optional<Region> FindRegion(const Ctx& ctx, RegionId id) {
  return Read(ctx, [&](store::Conn& c) { return store::FindRegion(c, id); });
}

std::optional<Org> FindOrg(const Ctx& ctx, OrgId id) {
  return Read(ctx, [&](store::Conn& c) { return store::FindOrg(c, id); });
}
std::vector<Org> ListOrgsInRegion(const Ctx& ctx, RegionId region) {
  return Read(ctx, [&](store::Conn& c) { return store::ListOrgsInRegion(c, region); });
}
std::vector<Org> ListOrgs(const Ctx& ctx, std::optional<RegionId> region,
                          std::optional<OrgKind> kind) {
  return Read(ctx,
              [&](store::Conn& c) { return store::ListOrgs(c, ctx.municipality, region, kind); });
}
std::vector<Org> ListChildOrgs(const Ctx& ctx, OrgId parent) {
  return Read(ctx, [&](store::Conn& c) { return store::ListChildOrgs(c, parent); });
}
std::map<RegionId, Org> CouncilsByRegion(const Ctx& ctx) {
  return Read(ctx, [&](store::Conn& c) { return store::CouncilsByRegion(c, ctx.municipality); });
}
std::map<RegionId, std::int64_t> CountOrgsByRegion(const Ctx& ctx, OrgKind kind) {
  return Read(ctx,
              [&](store::Conn& c) { return store::CountOrgsByRegion(c, ctx.municipality, kind); });
}

std::optional<User> FindUser(const Ctx& ctx, UserId id) {
  return Read(ctx, [&](store::Conn& c) { return store::FindUser(c, id); });
}
std::vector<Membership> ListMemberships(const Ctx& ctx, OrgId org) {
  return Read(ctx, [&](store::Conn& c) { return store::ListMemberships(c, org); });
}
std::optional<Membership> FindMembership(const Ctx& ctx, std::int64_t id) {
  return Read(ctx, [&](store::Conn& c) { return store::FindMembership(c, id); });
}

std::vector<store::AuditEntry> ListAudit(const Ctx& ctx, int limit, int offset) {
  return Read(ctx,
              [&](store::Conn& c) { return store::ListAudit(c, ctx.municipality, limit, offset); });
}
std::int64_t CountAudit(const Ctx& ctx) {
  return Read(ctx, [&](store::Conn& c) { return store::CountAudit(c, ctx.municipality); });
}

Actor LoadActor(const Ctx& ctx, UserId id) {
  return Read(ctx, [&](store::Conn& c) { return store::LoadActor(c, id); });
}

std::optional<Municipality> FindMunicipalityByCode(const Ctx& ctx, const std::string& code) {
  return Read(ctx, [&](store::Conn& c) { return store::FindMunicipalityByCode(c, code); });
}

}  // namespace tsunagu::directory
