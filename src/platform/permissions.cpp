#include "platform/permissions.hpp"

namespace tsunagu {
namespace {

bool IsCityAdmin(const Actor& a) {
  return a.role == UserRole::kCityAdmin || a.role == UserRole::kSystemAdmin;
}
bool IsCity(const Actor& a) { return a.role != UserRole::kResident; }

// The actor's role in the subject organisation itself, if any.
const Membership* MembershipIn(const Actor& a, OrgId org) {
  if (!org) return nullptr;
  for (const auto& m : a.memberships) {
    if (m.org_id == org) return &m;
  }
  return nullptr;
}

// 補完性の原則: a council officer looks after the organisations of the council's region.
bool IsCouncilOfficerOf(const Actor& a, RegionId region) {
  if (!region) return false;
  for (const auto& m : a.memberships) {
    if (m.org_kind == OrgKind::kCouncil && m.role == MemberRole::kOfficer &&
        m.org_region_id == region) {
      return true;
    }
  }
  return false;
}

bool IsCouncilOfficer(const Actor& a) {
  for (const auto& m : a.memberships) {
    if (m.org_kind == OrgKind::kCouncil && m.role == MemberRole::kOfficer) return true;
  }
  return false;
}

bool HasOrgRole(const Actor& a, OrgId org, MemberRole at_least) {
  const Membership* m = MembershipIn(a, org);
  return m && static_cast<int>(m->role) >= static_cast<int>(at_least);
}

}  // namespace

std::string_view ToString(Action a) {
  switch (a) {
    case Action::kViewRegion:
      return "view_region";
    case Action::kViewOrg:
      return "view_org";
    case Action::kViewOrgMembers:
      return "view_org_members";
    case Action::kCreateOrg:
      return "create_org";
    case Action::kEditOrg:
      return "edit_org";
    case Action::kManageMembers:
      return "manage_members";
    case Action::kEditRegion:
      return "edit_region";
    case Action::kUseAdmin:
      return "use_admin";
    case Action::kViewAuditLog:
      return "view_audit_log";
    case Action::kManageUsers:
      return "manage_users";
    case Action::kManageTraining:
      return "manage_training";
    case Action::kRecommendTrainee:
      return "recommend_trainee";
    case Action::kCertify:
      return "certify";
    case Action::kPostNeed:
      return "post_need";
    case Action::kRunMatchingBatch:
      return "run_matching_batch";
    case Action::kManageSkills:
      return "manage_skills";
    case Action::kEditPlan:
      return "edit_plan";
    case Action::kManageIndicators:
      return "manage_indicators";
    case Action::kPublishContent:
      return "publish_content";
    case Action::kSubmitPost:
      return "submit_post";
    case Action::kReviewPosts:
      return "review_posts";
  }
  return "";
}

bool Can(const Actor& actor, Action action, const Subject& s) {
  switch (action) {
    case Action::kViewRegion:
    case Action::kViewOrg:
      return true;  // public information

    case Action::kViewOrgMembers:
      if (actor.IsAnonymous()) return false;
      return IsCity(actor) || HasOrgRole(actor, s.org, MemberRole::kMember) ||
             IsCouncilOfficerOf(actor, s.region);

    case Action::kCreateOrg:
      if (IsCityAdmin(actor)) return true;
      // A council officer sets up 自治会 and 部会 in the council's own region.
      return (s.org_kind == OrgKind::kAssociation || s.org_kind == OrgKind::kSubcommittee) &&
             IsCouncilOfficerOf(actor, s.region);

    case Action::kEditOrg:
      if (IsCityAdmin(actor)) return true;
      return HasOrgRole(actor, s.org, MemberRole::kEditor) ||
             (s.org_kind != OrgKind::kCityDepartment && s.org_kind != OrgKind::kIntermediary &&
              IsCouncilOfficerOf(actor, s.region));

    case Action::kManageMembers:
      if (IsCityAdmin(actor)) return true;
      return HasOrgRole(actor, s.org, MemberRole::kOfficer) ||
             (s.org_kind != OrgKind::kCityDepartment && s.org_kind != OrgKind::kIntermediary &&
              IsCouncilOfficerOf(actor, s.region));

    case Action::kEditRegion:
      return IsCityAdmin(actor) || IsCouncilOfficerOf(actor, s.region);

    case Action::kUseAdmin:
      return IsCityAdmin(actor) || IsCouncilOfficer(actor);

    case Action::kViewAuditLog:
      return IsCityAdmin(actor);

    case Action::kManageUsers:
      return actor.role == UserRole::kSystemAdmin;

    case Action::kManageTraining:
      return IsCity(actor);

    case Action::kRecommendTrainee:
      // The subject is the recommending council: its own officers, or the city for it.
      return IsCity(actor) ||
             (s.org_kind == OrgKind::kCouncil && IsCouncilOfficerOf(actor, s.region));

    case Action::kCertify:
      return IsCityAdmin(actor);

    case Action::kPostNeed: {
      // Councils, 部会, 自治会, NPOs, schools, city bodies and intermediaries post needs;
      // businesses take part through pro bono instead.
      // Only through a membership, city administrators included: a need's people (minors
      // among them) are seen by those who run it, not by everyone with a high role.
      if (!s.org || s.org_kind == OrgKind::kBusiness) return false;
      if (HasOrgRole(actor, s.org, MemberRole::kEditor)) return true;
      // City staff post for the city body they belong to.
      return IsCity(actor) && s.org_kind == OrgKind::kCityDepartment &&
             HasOrgRole(actor, s.org, MemberRole::kMember);
    }

    case Action::kRunMatchingBatch:
      // The intermediaries (市民活動支援センター, 協働推進課): editors of an intermediary or of
      // a city department, and city administrators. Not every city employee: 地域活動応援隊
      // members volunteer themselves and need not see everyone who may be found.
      if (IsCityAdmin(actor)) return true;
      for (const auto& m : actor.memberships) {
        if ((m.org_kind == OrgKind::kIntermediary || m.org_kind == OrgKind::kCityDepartment) &&
            static_cast<int>(m.role) >= static_cast<int>(MemberRole::kEditor)) {
          return true;
        }
      }
      return false;

    case Action::kManageSkills:
      return IsCityAdmin(actor);

    case Action::kEditPlan:
      // The subject is the council: its plan is its own, written by its editors and officers.
      return s.org_kind == OrgKind::kCouncil && HasOrgRole(actor, s.org, MemberRole::kEditor);

    case Action::kManageIndicators:
      return IsCity(actor);

    case Action::kPublishContent:
      // The subject is the organisation the post or event speaks for: its editors, and city
      // staff for the city body they belong to.
      if (!s.org) return false;
      if (HasOrgRole(actor, s.org, MemberRole::kEditor)) return true;
      return IsCity(actor) && s.org_kind == OrgKind::kCityDepartment &&
             HasOrgRole(actor, s.org, MemberRole::kMember);

    case Action::kSubmitPost:
      // Residents write about where they live; the council reviews before it is public.
      return !actor.IsAnonymous() && s.region && actor.home_region_id == s.region;

    case Action::kReviewPosts:
      // The council of the region: its editors and officers.
      if (!s.region) return false;
      for (const auto& m : actor.memberships) {
        if (m.org_kind == OrgKind::kCouncil && m.org_region_id == s.region &&
            static_cast<int>(m.role) >= static_cast<int>(MemberRole::kEditor)) {
          return true;
        }
      }
      return false;
  }
  return false;
}

}  // namespace tsunagu
