// The strong ids of matching, training, plans and indicators (platform/id.hpp): each record's id
// is its own type, made from a number only explicitly, and no id passes for another.
#include <gtest/gtest.h>

#include <cstdint>
#include <type_traits>

#include "features/matching/model.hpp"

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

}  // namespace
}  // namespace tsunagu
