// The strong ids of matching, training, plans, indicators and talks (platform/id.hpp): each
// record's id is its own type, made from a number only explicitly, and no id passes for another.
#include <gtest/gtest.h>

#include <cstdint>
#include <type_traits>

#include "features/indicators/model.hpp"
#include "features/matching/model.hpp"
#include "features/plans/model.hpp"
#include "features/talks/model.hpp"
#include "features/training/model.hpp"

namespace tsunagu {
namespace {

// Neither from a number implicitly, nor from another id at all; explicitly from a number.
template <class A, class B>
constexpr bool kDistinct = !std::is_convertible_v<A, B> && !std::is_constructible_v<B, A> &&
                           !std::is_convertible_v<B, A> && !std::is_constructible_v<A, B>;
template <class IdT>
constexpr bool kExplicitOnly =
    !std::is_convertible_v<std::int64_t, IdT> && !std::is_convertible_v<int, IdT> &&
    std::is_constructible_v<IdT, std::int64_t> && !std::is_convertible_v<IdT, std::int64_t>;

TEST(FeatureIds, MatchingIdsAreDistinctAndExplicit) {
  using matching::MatchId;
  using matching::NeedId;
  using matching::SkillId;
  static_assert(kExplicitOnly<SkillId> && kExplicitOnly<NeedId> && kExplicitOnly<MatchId>);
  static_assert(kDistinct<NeedId, MatchId> && kDistinct<NeedId, SkillId> &&
                kDistinct<MatchId, SkillId>);
  static_assert(kDistinct<NeedId, UserId> && kDistinct<MatchId, UserId> &&
                kDistinct<NeedId, OrgId>);
  static_assert(std::is_same_v<decltype(matching::Need::id), NeedId> &&
                std::is_same_v<decltype(matching::Match::id), MatchId> &&
                std::is_same_v<decltype(matching::Match::need_id), NeedId> &&
                std::is_same_v<decltype(matching::Skill::id), SkillId> &&
                std::is_same_v<decltype(matching::Recommendation::need_id), NeedId> &&
                std::is_same_v<decltype(matching::Proposal::need_id), NeedId>);
  EXPECT_EQ(NeedId{7}.value(), 7);
  EXPECT_FALSE(NeedId{});
}

TEST(FeatureIds, TrainingIdsAreDistinctAndExplicit) {
  using training::CertificationId;
  using training::ProgrammeId;
  using training::SessionId;
  using training::TraineeId;
  static_assert(kExplicitOnly<ProgrammeId> && kExplicitOnly<SessionId> &&
                kExplicitOnly<TraineeId> && kExplicitOnly<CertificationId>);
  static_assert(kDistinct<ProgrammeId, SessionId> && kDistinct<ProgrammeId, TraineeId> &&
                kDistinct<ProgrammeId, CertificationId> && kDistinct<SessionId, TraineeId> &&
                kDistinct<SessionId, CertificationId> && kDistinct<TraineeId, CertificationId>);
  static_assert(kDistinct<TraineeId, UserId> && kDistinct<CertificationId, UserId> &&
                kDistinct<ProgrammeId, matching::NeedId>);
  static_assert(std::is_same_v<decltype(training::Programme::id), ProgrammeId> &&
                std::is_same_v<decltype(training::Session::id), SessionId> &&
                std::is_same_v<decltype(training::Session::programme_id), ProgrammeId> &&
                std::is_same_v<decltype(training::Trainee::id), TraineeId> &&
                std::is_same_v<decltype(training::Trainee::attended)::value_type, SessionId> &&
                std::is_same_v<decltype(training::Certification::id), CertificationId> &&
                std::is_same_v<decltype(training::Certification::programme_id), ProgrammeId>);
  EXPECT_EQ(to_string(SessionId{12}), "12");
}

TEST(FeatureIds, PlansIdsAreDistinctAndExplicit) {
  using plans::CommentId;
  using plans::GoalId;
  using plans::PlanId;
  using plans::ProgressId;
  using plans::ProjectId;
  using plans::YearLineId;
  static_assert(kExplicitOnly<PlanId> && kExplicitOnly<GoalId> && kExplicitOnly<CommentId> &&
                kExplicitOnly<ProjectId> && kExplicitOnly<YearLineId> && kExplicitOnly<ProgressId>);
  static_assert(kDistinct<PlanId, GoalId> && kDistinct<PlanId, CommentId> &&
                kDistinct<PlanId, ProjectId> && kDistinct<PlanId, YearLineId> &&
                kDistinct<GoalId, ProjectId> && kDistinct<ProjectId, YearLineId> &&
                kDistinct<YearLineId, ProgressId> && kDistinct<CommentId, ProgressId>);
  static_assert(kDistinct<PlanId, OrgId> && kDistinct<ProjectId, OrgId> &&
                kDistinct<ProjectId, matching::NeedId> && kDistinct<PlanId, RegionId>);
  static_assert(std::is_same_v<decltype(plans::Plan::id), PlanId> &&
                std::is_same_v<decltype(plans::Goal::id), GoalId> &&
                std::is_same_v<decltype(plans::Comment::id), CommentId> &&
                std::is_same_v<decltype(plans::Comment::plan_id), PlanId> &&
                std::is_same_v<decltype(plans::Project::id), ProjectId> &&
                std::is_same_v<decltype(plans::Project::plan_id), PlanId> &&
                std::is_same_v<decltype(plans::Project::goal_id), GoalId> &&
                std::is_same_v<decltype(plans::YearLine::id), YearLineId> &&
                std::is_same_v<decltype(plans::YearLine::project_id), ProjectId> &&
                std::is_same_v<decltype(plans::Progress::id), ProgressId> &&
                std::is_same_v<decltype(plans::ProjectFilter::plan), PlanId> &&
                std::is_same_v<decltype(plans::GoalOption::id), GoalId>);
  EXPECT_TRUE(PlanId{3} < PlanId{4});
}

TEST(FeatureIds, IndicatorIdIsDistinctAndExplicit) {
  using indicators::IndicatorId;
  static_assert(kExplicitOnly<IndicatorId>);
  static_assert(kDistinct<IndicatorId, plans::ProjectId> && kDistinct<IndicatorId, plans::PlanId> &&
                kDistinct<IndicatorId, training::CertificationId> &&
                kDistinct<IndicatorId, matching::NeedId> && kDistinct<IndicatorId, MunicipalityId>);
  static_assert(std::is_same_v<decltype(indicators::Indicator::id), IndicatorId>);
  EXPECT_EQ(IndicatorId{5}, IndicatorId{5});
  EXPECT_NE(IndicatorId{5}, IndicatorId{});
}

TEST(FeatureIds, TalkIdsAreDistinctAndExplicitAndNameWhatTheyLinkTo) {
  using talks::ActionItemId;
  using talks::FacilitatorId;
  using talks::TalkId;
  static_assert(kExplicitOnly<TalkId> && kExplicitOnly<ActionItemId> &&
                kExplicitOnly<FacilitatorId>);
  static_assert(kDistinct<TalkId, ActionItemId> && kDistinct<TalkId, FacilitatorId> &&
                kDistinct<ActionItemId, FacilitatorId> && kDistinct<TalkId, events::EventId> &&
                kDistinct<ActionItemId, issues::IssueId> && kDistinct<TalkId, plans::ProjectId>);
  static_assert(std::is_same_v<decltype(talks::Talk::id), TalkId> &&
                std::is_same_v<decltype(talks::Talk::event_id), events::EventId> &&
                std::is_same_v<decltype(talks::Talk::facilitator_id), FacilitatorId> &&
                std::is_same_v<decltype(talks::ActionItem::id), ActionItemId> &&
                std::is_same_v<decltype(talks::ActionItem::talk_id), TalkId> &&
                std::is_same_v<decltype(talks::ActionItem::issue_id), issues::IssueId> &&
                std::is_same_v<decltype(talks::ActionItem::project_id), plans::ProjectId> &&
                std::is_same_v<decltype(talks::Facilitator::id), FacilitatorId>);
  EXPECT_EQ(TalkId{5}.value(), 5);
  EXPECT_FALSE(TalkId{});
}

}  // namespace
}  // namespace tsunagu
