// Who may do what: one pure function, Can(actor, action, subject), proved by an exhaustive
// table test (tests/unit/permissions_test.cpp).
#pragma once

#include <string_view>

#include "platform/model.hpp"

namespace tsunagu {

enum class Action {
  kViewRegion,        // public pages of a region
  kViewOrg,           // public page of an organisation
  kViewOrgMembers,    // the names and roles of an organisation's members
  kCreateOrg,         // create an organisation (in a region, or city-wide)
  kEditOrg,           // edit an organisation's public details
  kManageMembers,     // add, change or remove memberships of an organisation
  kEditRegion,        // edit a region's community-centre contact details
  kUseAdmin,          // open the administration pages at all
  kViewAuditLog,      // read the audit log
  kManageUsers,       // change a person's site-wide role
  kManageTraining,    // programmes, sessions, attendance, reports (研修の運営)
  kRecommendTrainee,  // recommend a person for training (推薦) on behalf of a council
  kCertify,           // certify, renew or revoke a regional coordinator (市が認定)
  kPostNeed,          // post a need (募集) for an organisation and run its matches
  kRunMatchingBatch,  // compute the batch assignment and send its invitations (中間支援)
  kManageSkills,      // keep the managed list of skills
  kEditPlan,          // a council's regional plans, projects, progress and evaluations
  kManageIndicators,  // the city's indicators: survey actuals and targets
  kPublishContent,    // publish posts and events on behalf of an organisation at once
  kSubmitPost,        // a resident submits a post for their home region (reviewed first)
  kReviewPosts,       // a council's review queue, posting rules, comment moderation, features
};
inline constexpr Action kAllActions[] = {
    Action::kViewRegion,     Action::kViewOrg,        Action::kViewOrgMembers,
    Action::kCreateOrg,      Action::kEditOrg,        Action::kManageMembers,
    Action::kEditRegion,     Action::kUseAdmin,       Action::kViewAuditLog,
    Action::kManageUsers,    Action::kManageTraining, Action::kRecommendTrainee,
    Action::kCertify,        Action::kPostNeed,       Action::kRunMatchingBatch,
    Action::kManageSkills,   Action::kEditPlan,       Action::kManageIndicators,
    Action::kPublishContent, Action::kSubmitPost,     Action::kReviewPosts};
std::string_view ToString(Action a);

// What is acted on. region 0: city-wide or no region; org 0: not an organisation.
struct Subject {
  RegionId region;
  OrgId org;
  OrgKind org_kind = OrgKind::kAssociation;
};

// Pure: depends only on its arguments.
bool Can(const Actor& actor, Action action, const Subject& subject);

}  // namespace tsunagu
