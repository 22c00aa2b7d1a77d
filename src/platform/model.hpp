// The foundation's domain: a municipality's regions, organisations, people and memberships.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/id.hpp"

namespace tsunagu {

using MunicipalityId = Id<struct MunicipalityTag>;
using RegionId = Id<struct RegionTag>;  // none (0): no region
using OrgId = Id<struct OrgTag>;        // none (0): no organisation
using UserId = Id<struct UserTag>;      // none (0): anonymous

// Kinds of organisation named by the plan.
enum class OrgKind {
  kCouncil,       // 地域づくり協議会 (one per region)
  kSubcommittee,  // 部会 (of a council)
  kAssociation,   // 自治会・町内会
  kNpo,           // 市民活動団体・NPO法人
  kBusiness,      // 事業者
  kSchool,        // 教育機関
  kCityDepartment,  // 市の部署 (協働推進課, 総合支所, 地域交流センター, 関係各課)
  kIntermediary,  // 中間支援 (市民活動支援センター)
};
inline constexpr OrgKind kAllOrgKinds[] = {
    OrgKind::kCouncil,  OrgKind::kSubcommittee, OrgKind::kAssociation,    OrgKind::kNpo,
    OrgKind::kBusiness, OrgKind::kSchool,       OrgKind::kCityDepartment, OrgKind::kIntermediary};

// The shape of a council (plan ch.3): who runs its projects.
enum class CouncilShape {
  kIntegrated,  // 一体型: the council deliberates and runs its projects
  kComposite,   // 複合型: some projects are run by NPOs and others
  kSeparated,   // 分離型: all projects are run by other bodies
};
inline constexpr CouncilShape kAllCouncilShapes[] = {
    CouncilShape::kIntegrated, CouncilShape::kComposite, CouncilShape::kSeparated};

// A person's site-wide role.
enum class UserRole { kResident, kCityStaff, kCityAdmin, kSystemAdmin };
inline constexpr UserRole kAllUserRoles[] = {UserRole::kResident, UserRole::kCityStaff,
                                             UserRole::kCityAdmin, UserRole::kSystemAdmin};

// A person's role inside one organisation.
enum class MemberRole { kMember, kEditor, kOfficer };
inline constexpr MemberRole kAllMemberRoles[] = {MemberRole::kMember, MemberRole::kEditor,
                                                 MemberRole::kOfficer};

// Age bands for "all generations" statistics (optional, chosen by the person).
inline constexpr std::string_view kAgeBands[] = {"10s", "20s", "30s", "40s",
                                                 "50s", "60s", "70s", "80plus"};

std::string_view ToString(OrgKind k);
std::string_view ToString(CouncilShape s);
std::string_view ToString(UserRole r);
std::string_view ToString(MemberRole r);
std::optional<OrgKind> ParseOrgKind(std::string_view s);
std::optional<CouncilShape> ParseCouncilShape(std::string_view s);
std::optional<UserRole> ParseUserRole(std::string_view s);
std::optional<MemberRole> ParseMemberRole(std::string_view s);
bool IsAgeBand(std::string_view s);

// Japanese labels from the message catalogue.
const std::string& Label(OrgKind k);
const std::string& Label(CouncilShape s);
const std::string& Label(UserRole r);
const std::string& Label(MemberRole r);
const std::string& AgeBandLabel(std::string_view band);

struct Municipality {
  MunicipalityId id;
  std::string code, prefecture, name;
};

struct Region {
  RegionId id;
  std::string slug, name, kana, romaji;
  std::string center_name, center_address, center_phone, center_hours;
};

struct Org {
  OrgId id;
  RegionId region_id;
  OrgId parent_id;
  OrgKind kind = OrgKind::kAssociation;
  std::string name, kana, description;
  std::optional<CouncilShape> council_shape;
  std::string phone, email, address, website;  // public contact of the organisation
};

struct User {
  UserId id;
  std::string email, display_name, password_hash;
  UserRole role = UserRole::kResident;
  RegionId home_region_id;
  std::string age_band;  // "" when not given
};

struct Membership {
  std::int64_t id = 0;
  UserId user_id;
  OrgId org_id;
  OrgKind org_kind = OrgKind::kAssociation;
  RegionId org_region_id;
  MemberRole role = MemberRole::kMember;
  std::string org_name;
  std::string user_name;  // display name, for member lists
};

// Who is acting: the person, their site-wide role and their memberships.
struct Actor {
  UserId id;
  UserRole role = UserRole::kResident;
  RegionId home_region_id;
  std::vector<Membership> memberships;
  bool IsAnonymous() const { return !id; }
};

}  // namespace tsunagu
