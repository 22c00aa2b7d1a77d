// Organisations, memberships and regions' community-centre details.
#pragma once

#include <string>

#include "features/regions/model.hpp"
#include "features/regions/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::orgs {

// Each command runs through Run (platform/command.hpp): one transaction, one audit row; each
// asks Can for its subject.
Result<OrgId> CreateOrg(const Ctx& ctx, const Actor& actor, OrgForm form);
Result<void> UpdateOrg(const Ctx& ctx, const Actor& actor, OrgId id, OrgForm form);

// Adds the account with this email to the organisation, or changes its role there.
Result<std::int64_t> AddMember(const Ctx& ctx, const Actor& actor, OrgId org,
                               const std::string& email, const std::string& role);
Result<void> ChangeMemberRole(const Ctx& ctx, const Actor& actor, std::int64_t membership,
                              const std::string& role);
Result<void> RemoveMember(const Ctx& ctx, const Actor& actor, std::int64_t membership);

Result<void> UpdateRegionCenter(const Ctx& ctx, const Actor& actor, RegionId region,
                                CenterForm form);

}  // namespace tsunagu::orgs
