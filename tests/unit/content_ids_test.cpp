// The ids of events, posts and local issues are types of their own (platform/id.hpp): one is
// never taken for another, nor made from a plain number without saying so.
#include <gtest/gtest.h>

#include <cstdint>
#include <type_traits>

#include "features/events/model.hpp"
#include "features/issues/model.hpp"
#include "features/posts/model.hpp"

namespace tsunagu {
namespace {

template <class A, class B>
constexpr bool kInterchangeable = std::is_convertible_v<A, B> || std::is_convertible_v<B, A>;

TEST(ContentIds, EventIdsAreTheirOwnTypes) {
  using events::EventId;
  using events::SignupId;
  static_assert(!kInterchangeable<EventId, SignupId>);
  static_assert(!kInterchangeable<EventId, UserId>);
  static_assert(!kInterchangeable<EventId, OrgId>);
  static_assert(!kInterchangeable<SignupId, UserId>);
  static_assert(!std::is_convertible_v<std::int64_t, EventId>);
  static_assert(!std::is_convertible_v<std::int64_t, SignupId>);
  static_assert(!std::is_convertible_v<EventId, std::int64_t>);
  static_assert(!std::is_convertible_v<SignupId, std::int64_t>);
  static_assert(std::is_constructible_v<EventId, std::int64_t>);  // explicitly, EventId{7}
  EXPECT_EQ(EventId{7}.value(), 7);
  EXPECT_FALSE(EventId{});
}

TEST(ContentIds, PostIdsAreTheirOwnTypes) {
  using posts::CommentId;
  using posts::PostId;
  using posts::PostImageId;
  static_assert(!kInterchangeable<PostId, PostImageId>);
  static_assert(!kInterchangeable<PostId, CommentId>);
  static_assert(!kInterchangeable<PostImageId, CommentId>);
  static_assert(!kInterchangeable<PostId, events::EventId>);
  static_assert(!kInterchangeable<PostId, UserId>);
  static_assert(!kInterchangeable<PostId, OrgId>);
  static_assert(!kInterchangeable<CommentId, UserId>);
  static_assert(!std::is_convertible_v<std::int64_t, PostId>);
  static_assert(!std::is_convertible_v<std::int64_t, PostImageId>);
  static_assert(!std::is_convertible_v<std::int64_t, CommentId>);
  static_assert(!std::is_convertible_v<PostId, std::int64_t>);
  static_assert(!std::is_convertible_v<CommentId, std::int64_t>);
  static_assert(std::is_constructible_v<PostId, std::int64_t>);  // explicitly, PostId{7}
  EXPECT_EQ(PostId{7}.value(), 7);
  EXPECT_FALSE(CommentId{});
}

TEST(ContentIds, IssueIdsAreTheirOwnTypes) {
  using issues::IssueEntryId;
  using issues::IssueId;
  using issues::IssueImageId;
  static_assert(!kInterchangeable<IssueId, IssueImageId>);
  static_assert(!kInterchangeable<IssueId, IssueEntryId>);
  static_assert(!kInterchangeable<IssueImageId, IssueEntryId>);
  static_assert(!kInterchangeable<IssueImageId, posts::PostImageId>);
  static_assert(!kInterchangeable<IssueId, posts::PostId>);
  static_assert(!kInterchangeable<IssueId, events::EventId>);
  static_assert(!kInterchangeable<IssueId, UserId>);
  static_assert(!kInterchangeable<IssueId, OrgId>);
  static_assert(!kInterchangeable<IssueId, RegionId>);
  static_assert(!std::is_convertible_v<std::int64_t, IssueId>);
  static_assert(!std::is_convertible_v<std::int64_t, IssueImageId>);
  static_assert(!std::is_convertible_v<std::int64_t, IssueEntryId>);
  static_assert(!std::is_convertible_v<IssueId, std::int64_t>);
  static_assert(!std::is_convertible_v<IssueEntryId, std::int64_t>);
  static_assert(std::is_constructible_v<IssueId, std::int64_t>);  // explicitly, IssueId{7}
  EXPECT_EQ(IssueId{7}.value(), 7);
  EXPECT_FALSE(IssueEntryId{});
}

}  // namespace
}  // namespace tsunagu
