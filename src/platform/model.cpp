#include "platform/model.hpp"

#include "platform/enum_names.hpp"
#include "platform/messages.hpp"

namespace tsunagu {
namespace {

constexpr EnumNames<OrgKind, 8> kOrgKindNames{{
    {OrgKind::kCouncil, "council"},
    {OrgKind::kSubcommittee, "subcommittee"},
    {OrgKind::kAssociation, "association"},
    {OrgKind::kNpo, "npo"},
    {OrgKind::kBusiness, "business"},
    {OrgKind::kSchool, "school"},
    {OrgKind::kCityDepartment, "city_department"},
    {OrgKind::kIntermediary, "intermediary"},
}};
constexpr EnumNames<CouncilShape, 3> kShapeNames{{
    {CouncilShape::kIntegrated, "integrated"},
    {CouncilShape::kComposite, "composite"},
    {CouncilShape::kSeparated, "separated"},
}};
constexpr EnumNames<UserRole, 4> kUserRoleNames{{
    {UserRole::kResident, "resident"},
    {UserRole::kCityStaff, "city_staff"},
    {UserRole::kCityAdmin, "city_admin"},
    {UserRole::kSystemAdmin, "system_admin"},
}};
constexpr EnumNames<MemberRole, 3> kMemberRoleNames{{
    {MemberRole::kMember, "member"},
    {MemberRole::kEditor, "editor"},
    {MemberRole::kOfficer, "officer"},
}};

}  // namespace

std::string_view ToString(OrgKind k) { return NameOf(kOrgKindNames, k); }
std::string_view ToString(CouncilShape s) { return NameOf(kShapeNames, s); }
std::string_view ToString(UserRole r) { return NameOf(kUserRoleNames, r); }
std::string_view ToString(MemberRole r) { return NameOf(kMemberRoleNames, r); }
std::optional<OrgKind> ParseOrgKind(std::string_view s) { return FromName(kOrgKindNames, s); }
std::optional<CouncilShape> ParseCouncilShape(std::string_view s) {
  return FromName(kShapeNames, s);
}
std::optional<UserRole> ParseUserRole(std::string_view s) { return FromName(kUserRoleNames, s); }
std::optional<MemberRole> ParseMemberRole(std::string_view s) {
  return FromName(kMemberRoleNames, s);
}
bool IsAgeBand(std::string_view s) {
  for (auto b : kAgeBands) {
    if (b == s) return true;
  }
  return false;
}

const std::string& Label(OrgKind k) { return Msg("org_kind." + std::string(ToString(k))); }
const std::string& Label(CouncilShape s) { return Msg("shape." + std::string(ToString(s))); }
const std::string& Label(UserRole r) { return Msg("user_role." + std::string(ToString(r))); }
const std::string& Label(MemberRole r) { return Msg("member_role." + std::string(ToString(r))); }
const std::string& AgeBandLabel(std::string_view band) {
  return Msg("age_band." + std::string(band));
}

}  // namespace tsunagu
