// The permission table: every role × every action × own organisation / own region / other
// region / no region. Adding an Action without extending this table fails the test.
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>

#include "platform/permissions.hpp"

namespace tsunagu {
namespace {

constexpr RegionId kA{1}, kB{2};
constexpr OrgId kAssocA{10}, kCouncilA{20}, kDept{30}, kOtherAssocA{11}, kAssocB{12}, kNpo{13};

enum class Role {
  kAnonymous,
  kResident,
  kOrgMember,
  kOrgEditor,
  kCouncilOfficer,
  kCityStaff,
  kCityAdmin,
  kSystemAdmin
};
constexpr std::array kRoles = {Role::kAnonymous, Role::kResident,       Role::kOrgMember,
                               Role::kOrgEditor, Role::kCouncilOfficer, Role::kCityStaff,
                               Role::kCityAdmin, Role::kSystemAdmin};
const char* Name(Role r) {
  switch (r) {
    case Role::kAnonymous:
      return "anonymous";
    case Role::kResident:
      return "resident";
    case Role::kOrgMember:
      return "org_member";
    case Role::kOrgEditor:
      return "org_editor";
    case Role::kCouncilOfficer:
      return "council_officer";
    case Role::kCityStaff:
      return "city_staff";
    case Role::kCityAdmin:
      return "city_admin";
    case Role::kSystemAdmin:
      return "system_admin";
  }
  return "";
}

Membership M(OrgId org, OrgKind kind, RegionId region, MemberRole role) {
  Membership m;
  m.org_id = org;
  m.org_kind = kind;
  m.org_region_id = region;
  m.role = role;
  return m;
}

Actor MakeActor(Role r) {
  Actor a;
  a.id = UserId{r == Role::kAnonymous ? 0 : 100};
  a.home_region_id = kA;
  switch (r) {
    case Role::kAnonymous:
    case Role::kResident:
      break;
    case Role::kOrgMember:
      a.memberships = {M(kAssocA, OrgKind::kAssociation, kA, MemberRole::kMember)};
      break;
    case Role::kOrgEditor:
      a.memberships = {M(kAssocA, OrgKind::kAssociation, kA, MemberRole::kEditor)};
      break;
    case Role::kCouncilOfficer:
      a.memberships = {M(kCouncilA, OrgKind::kCouncil, kA, MemberRole::kOfficer)};
      break;
    case Role::kCityStaff:
      a.role = UserRole::kCityStaff;
      a.home_region_id = RegionId{0};
      a.memberships = {M(kDept, OrgKind::kCityDepartment, {}, MemberRole::kMember)};
      break;
    case Role::kCityAdmin:
      a.role = UserRole::kCityAdmin;
      break;
    case Role::kSystemAdmin:
      a.role = UserRole::kSystemAdmin;
      break;
  }
  return a;
}

// Column order: own organisation, own region, other region, no region.
Subject OwnOrg(Role r) {
  switch (r) {
    case Role::kCouncilOfficer:
      return {kA, kCouncilA, OrgKind::kCouncil};
    case Role::kCityStaff:
      return {{}, kDept, OrgKind::kCityDepartment};
    default:
      return {kA, kAssocA, OrgKind::kAssociation};
  }
}
Subject Scope(Role r, int column) {
  switch (column) {
    case 0:
      return OwnOrg(r);
    case 1:
      return {kA, kOtherAssocA, OrgKind::kAssociation};
    case 2:
      return {kB, kAssocB, OrgKind::kAssociation};
    default:
      return {{}, kNpo, OrgKind::kNpo};
  }
}

using Row = std::array<bool, 4>;
constexpr Row T{true, true, true, true}, F{false, false, false, false};

// expected[action][role] = {own org, own region, other region, no region}
const std::map<Action, std::map<Role, Row>>& Expected() {
  static const std::map<Action, std::map<Role, Row>> table = {
      {Action::kViewRegion,
       {{Role::kAnonymous, T},
        {Role::kResident, T},
        {Role::kOrgMember, T},
        {Role::kOrgEditor, T},
        {Role::kCouncilOfficer, T},
        {Role::kCityStaff, T},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kViewOrg,
       {{Role::kAnonymous, T},
        {Role::kResident, T},
        {Role::kOrgMember, T},
        {Role::kOrgEditor, T},
        {Role::kCouncilOfficer, T},
        {Role::kCityStaff, T},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kViewOrgMembers,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, {true, false, false, false}},
        {Role::kOrgEditor, {true, false, false, false}},
        {Role::kCouncilOfficer, {true, true, false, false}},
        {Role::kCityStaff, T},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kCreateOrg,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, {false, true, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kEditOrg,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, {true, false, false, false}},
        {Role::kCouncilOfficer, {true, true, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kManageMembers,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, {true, true, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kEditRegion,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, {true, true, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kUseAdmin,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, T},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kViewAuditLog,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kManageTraining,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, T},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kRecommendTrainee,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, {true, false, false, false}},
        {Role::kCityStaff, T},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kCertify,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kPostNeed,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, {true, false, false, false}},
        {Role::kCouncilOfficer, {true, false, false, false}},
        {Role::kCityStaff, {true, false, false, false}},
        {Role::kCityAdmin, F},
        {Role::kSystemAdmin, F}}},
      {Action::kRunMatchingBatch,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kEditPlan,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, {true, false, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, F},
        {Role::kSystemAdmin, F}}},
      {Action::kManageIndicators,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, T},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kPublishContent,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, {true, false, false, false}},
        {Role::kCouncilOfficer, {true, false, false, false}},
        {Role::kCityStaff, {true, false, false, false}},
        {Role::kCityAdmin, F},
        {Role::kSystemAdmin, F}}},
      {Action::kSubmitPost,
       {{Role::kAnonymous, F},
        {Role::kResident, {true, true, false, false}},
        {Role::kOrgMember, {true, true, false, false}},
        {Role::kOrgEditor, {true, true, false, false}},
        {Role::kCouncilOfficer, {true, true, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, {true, true, false, false}},
        {Role::kSystemAdmin, {true, true, false, false}}}},
      {Action::kReviewPosts,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, {true, true, false, false}},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, F},
        {Role::kSystemAdmin, F}}},
      {Action::kManageSkills,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, T},
        {Role::kSystemAdmin, T}}},
      {Action::kManageUsers,
       {{Role::kAnonymous, F},
        {Role::kResident, F},
        {Role::kOrgMember, F},
        {Role::kOrgEditor, F},
        {Role::kCouncilOfficer, F},
        {Role::kCityStaff, F},
        {Role::kCityAdmin, F},
        {Role::kSystemAdmin, T}}},
  };
  return table;
}

TEST(Permissions, TableCoversEveryActionAndRole) {
  for (Action a : kAllActions) {
    ASSERT_TRUE(Expected().count(a)) << "no expectations for action " << ToString(a);
    for (Role r : kRoles) {
      EXPECT_TRUE(Expected().at(a).count(r)) << ToString(a) << " × " << Name(r);
    }
  }
}

TEST(Permissions, EveryRoleActionAndScopeMatchesTheTable) {
  static const char* kColumns[] = {"own organisation", "own region", "other region", "no region"};
  int checked = 0;
  for (Action a : kAllActions) {
    for (Role r : kRoles) {
      const Row& row = Expected().at(a).at(r);
      const Actor actor = MakeActor(r);
      for (int col = 0; col < 4; ++col) {
        EXPECT_EQ(Can(actor, a, Scope(r, col)), row[col])
            << Name(r) << " " << ToString(a) << " on " << kColumns[col];
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 21 * 8 * 4);
}

// 補完性の原則: a council officer's reach ends at the region's border and excludes city bodies.
TEST(Permissions, CouncilOfficerCannotEditCityDepartmentInOwnRegion) {
  const Actor officer = MakeActor(Role::kCouncilOfficer);
  EXPECT_FALSE(Can(officer, Action::kEditOrg, Subject{kA, OrgId{77}, OrgKind::kCityDepartment}));
  EXPECT_FALSE(
      Can(officer, Action::kManageMembers, Subject{kA, OrgId{77}, OrgKind::kIntermediary}));
  EXPECT_TRUE(Can(officer, Action::kCreateOrg, Subject{kA, {}, OrgKind::kSubcommittee}));
  EXPECT_FALSE(Can(officer, Action::kCreateOrg, Subject{kA, {}, OrgKind::kCouncil}));
}

TEST(Permissions, AssociationOfficerManagesOnlyOwnAssociation) {
  Actor a;
  a.id = UserId{5};
  a.memberships = {M(kAssocA, OrgKind::kAssociation, kA, MemberRole::kOfficer)};
  EXPECT_TRUE(Can(a, Action::kManageMembers, Subject{kA, kAssocA, OrgKind::kAssociation}));
  EXPECT_FALSE(Can(a, Action::kManageMembers, Subject{kA, kOtherAssocA, OrgKind::kAssociation}));
  EXPECT_FALSE(Can(a, Action::kUseAdmin, Subject{}));
}

// Needs: businesses give pro bono rather than post; intermediaries' editors run the batch.
TEST(Permissions, NeedsAndTheBatch) {
  Actor editor;
  editor.id = UserId{6};
  editor.memberships = {M(OrgId{40}, OrgKind::kBusiness, RegionId{0}, MemberRole::kOfficer),
                        M(OrgId{50}, OrgKind::kIntermediary, RegionId{0}, MemberRole::kEditor)};
  EXPECT_FALSE(Can(editor, Action::kPostNeed, Subject{{}, OrgId{40}, OrgKind::kBusiness}));
  EXPECT_TRUE(Can(editor, Action::kPostNeed, Subject{{}, OrgId{50}, OrgKind::kIntermediary}));
  EXPECT_TRUE(Can(editor, Action::kRunMatchingBatch, Subject{}));
  editor.memberships[1].role = MemberRole::kMember;
  EXPECT_FALSE(Can(editor, Action::kRunMatchingBatch, Subject{}));
  EXPECT_FALSE(Can(MakeActor(Role::kCityAdmin), Action::kPostNeed, Subject{}));
  // A city employee runs the batch as an editor of a city department (協働推進課), not as a
  // plain member of one (地域活動応援隊).
  Actor staff = MakeActor(Role::kCityStaff);
  EXPECT_FALSE(Can(staff, Action::kRunMatchingBatch, Subject{}));
  staff.memberships[0].role = MemberRole::kEditor;
  EXPECT_TRUE(Can(staff, Action::kRunMatchingBatch, Subject{}));
}

}  // namespace
}  // namespace tsunagu
