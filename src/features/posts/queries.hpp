// SQL of posts, their images, comments and reports, features and posting rules (both
// backends), as named functions.
#pragma once

#include <optional>
#include <vector>

#include "features/posts/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

posts::PostId InsertPost(Conn& c, MunicipalityId m, const posts::Post& p, std::int64_t now);
void UpdatePostRow(Conn& c, const posts::Post& p, std::int64_t now);
std::optional<posts::Post> FindPost(Conn& c, posts::PostId id);  // with its images
struct PostQuery {
  MunicipalityId municipality;
  RegionId region;
  std::string category, tag;
  std::int64_t from = 0, to = 0;  // published_at range (Unix), 0: open
  bool with_members = false;
  posts::PostStatus status = posts::PostStatus::kPublished;
  UserId author;
  int limit = 20, offset = 0;
};
std::vector<posts::Post> ListPosts(Conn& c, const PostQuery& q);
// Counts up to cap + 1 rows when cap > 0 (a full count of a big archive costs a scan).
std::int64_t CountPosts(Conn& c, const PostQuery& q, std::int64_t cap = 0);

void InsertPostImage(Conn& c, posts::PostId post, int position, const posts::NewImage& img);
void DeletePostImage(Conn& c, posts::PostId post, posts::PostImageId image);
void SetPostImageAlt(Conn& c, posts::PostId post, posts::PostImageId image, const std::string& alt);
std::vector<posts::Image> ListPostImages(Conn& c, posts::PostId post);

// The council of a region, if it has one.
std::optional<Org> FindCouncilOf(Conn& c, RegionId region);

std::string GetPostingRules(Conn& c, OrgId council);
void SetPostingRules(Conn& c, OrgId council, const std::string& body, std::int64_t now);

void SetFeature(Conn& c, RegionId region, posts::PostId post, bool on, std::int64_t now);
std::vector<posts::Post> ListFeatured(Conn& c, RegionId region);
bool IsFeatured(Conn& c, RegionId region, posts::PostId post);

posts::CommentId InsertPostComment(Conn& c, posts::PostId post, UserId user,
                                   const std::string& body, std::int64_t now);
std::optional<posts::Comment> FindPostComment(Conn& c, posts::CommentId id);
std::vector<posts::Comment> ListPostComments(Conn& c, posts::PostId post);
std::vector<posts::Comment> ListReportedComments(Conn& c, RegionId region);
void SetCommentStatus(Conn& c, posts::CommentId id, posts::CommentStatus status);
// false when this reporter already reported the comment.
bool InsertReport(Conn& c, posts::CommentId comment, const std::string& reporter, std::int64_t now);

}  // namespace tsunagu::store

namespace tsunagu::posts {

// Reads for pages (one read each).
// The 地域づくり協議会 of a region (nullopt when it has none).
std::optional<Org> CouncilOf(const Ctx& ctx, RegionId region);
// The posting rules of the region's council ("" when none).
std::string PostingRulesOf(const Ctx& ctx, RegionId region);
// Whether the post is featured on the region's page.
bool IsFeatured(const Ctx& ctx, RegionId region, PostId post);
std::optional<Comment> FindComment(const Ctx& ctx, CommentId id);
std::optional<Post> GetPost(const Ctx& ctx, PostId id);
Page ListPublished(const Ctx& ctx, const Filter& f, int page, int per_page);
std::vector<Post> ReviewQueue(const Ctx& ctx, RegionId region);
std::vector<Post> PostsBy(const Ctx& ctx, UserId author);
std::vector<Post> Featured(const Ctx& ctx, RegionId region);
std::string Rules(const Ctx& ctx, RegionId region);

std::vector<Comment> CommentsOf(const Ctx& ctx, PostId post);
// Comments hidden by reports in a region, waiting for a decision.
std::vector<Comment> ReportedComments(const Ctx& ctx, RegionId region);

}  // namespace tsunagu::posts
