// Organisations, memberships and regions' community-centre details.
#pragma once

#include <string>

#include "platform/result.hpp"
#include "platform/context.hpp"

namespace tsunagu::orgs {

// Form values exactly as typed (strings), so a failed form can be shown again unchanged.
struct OrgForm {
  std::string kind, name, kana, description, council_shape;
  std::string region;  // slug or "" (city-wide)
  std::string parent;  // id of the council for a 部会, or ""
  std::string phone, email, address, website;
};
OrgForm FormFrom(const Org& o, const std::string& region_slug);

Result<OrgId> CreateOrg(const Ctx& ctx, const Actor& actor, OrgForm form);
Result<void> UpdateOrg(const Ctx& ctx, const Actor& actor, OrgId id, OrgForm form);

// Adds the account with this email to the organisation, or changes its role there.
Result<std::int64_t> AddMember(const Ctx& ctx, const Actor& actor, OrgId org,
                               const std::string& email, const std::string& role);
Result<void> ChangeMemberRole(const Ctx& ctx, const Actor& actor, std::int64_t membership,
                              const std::string& role);
Result<void> RemoveMember(const Ctx& ctx, const Actor& actor, std::int64_t membership);

struct CenterForm {
  std::string name, address, phone, hours;
};
Result<void> UpdateRegionCenter(const Ctx& ctx, const Actor& actor, RegionId region,
                                CenterForm form);

}  // namespace tsunagu::orgs
