#include "platform/model.hpp"

#include <array>
#include <utility>

#include "platform/messages.hpp"

namespace tsunagu {
namespace {

template <class E, std::size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& table,
                       std::string_view s) {
  for (const auto& [e, name] : table) {
    if (name == s) return e;
  }
  return std::nullopt;
}
template <class E, std::size_t N>
std::string_view Name(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
  for (const auto& [x, name] : table) {
    if (x == e) return name;
  }
  return "";
}

constexpr std::array<std::pair<OrgKind, std::string_view>, 8> kOrgKindNames{{
    {OrgKind::kCouncil, "council"},
    {OrgKind::kSubcommittee, "subcommittee"},
    {OrgKind::kAssociation, "association"},
    {OrgKind::kNpo, "npo"},
    {OrgKind::kBusiness, "business"},
    {OrgKind::kSchool, "school"},
    {OrgKind::kCityDepartment, "city_department"},
    {OrgKind::kIntermediary, "intermediary"},
}};
constexpr std::array<std::pair<CouncilShape, std::string_view>, 3> kShapeNames{{
    {CouncilShape::kIntegrated, "integrated"},
    {CouncilShape::kComposite, "composite"},
    {CouncilShape::kSeparated, "separated"},
}};
constexpr std::array<std::pair<UserRole, std::string_view>, 4> kUserRoleNames{{
    {UserRole::kResident, "resident"},
    {UserRole::kCityStaff, "city_staff"},
    {UserRole::kCityAdmin, "city_admin"},
    {UserRole::kSystemAdmin, "system_admin"},
}};
constexpr std::array<std::pair<MemberRole, std::string_view>, 3> kMemberRoleNames{{
    {MemberRole::kMember, "member"},
    {MemberRole::kEditor, "editor"},
    {MemberRole::kOfficer, "officer"},
}};

}  // namespace

std::string_view ToString(OrgKind k) { return Name(kOrgKindNames, k); }
std::string_view ToString(CouncilShape s) { return Name(kShapeNames, s); }
std::string_view ToString(UserRole r) { return Name(kUserRoleNames, r); }
std::string_view ToString(MemberRole r) { return Name(kMemberRoleNames, r); }
std::optional<OrgKind> ParseOrgKind(std::string_view s) { return Parse(kOrgKindNames, s); }
std::optional<CouncilShape> ParseCouncilShape(std::string_view s) { return Parse(kShapeNames, s); }
std::optional<UserRole> ParseUserRole(std::string_view s) { return Parse(kUserRoleNames, s); }
std::optional<MemberRole> ParseMemberRole(std::string_view s) { return Parse(kMemberRoleNames, s); }
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
