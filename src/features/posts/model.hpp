// The records of posts (お知らせ・活動報告): a post, its images and comments, the form, the
// list filter, and their limits and categories.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/enum_names.hpp"
#include "platform/images.hpp"
#include "platform/model.hpp"

namespace tsunagu::posts {

// The ids of the feature's records (platform/id.hpp).
using PostId = Id<struct PostTag>;            // a post (posts)
using PostImageId = Id<struct PostImageTag>;  // an image of a post (post_images)
using CommentId = Id<struct CommentTag>;      // a comment on a post (post_comments)

inline constexpr const char* kCategories[] = {"bosai", "fukushi", "kotsu",  "kodomo", "kankyo",
                                              "bunka", "iju",     "chiiki", "other"};
inline constexpr std::size_t kMaxImages = 5;
inline constexpr std::size_t kMaxImageBytes = 5 * 1024 * 1024;
inline constexpr std::size_t kMaxBody = 20000;
inline constexpr int kReportsToHide = 3;
inline constexpr std::size_t kMaxTags = 10, kMaxTag = 20;  // free tags per post, characters per tag

// Where a post is in its life (posts.status):
//   kDraft      with its author only. Saving with "draft" makes any post a draft again (a
//               published one is taken down to rework); a review returned by the council
//               comes back as a draft with the council's comment.
//   kReview     a resident's post waiting for the region's council ("submit", or "publish"
//               by a resident); the council publishes it or returns it (kDraft).
//   kPublished  readable by those its visibility allows; an organisation's "publish" goes
//               straight here. Taken down to kArchived, or saved again as a draft.
//   kArchived   taken down: out of the lists, still readable by those who could read it; an
//               organisation's editors may still save it again as a draft or publish it.
enum class PostStatus { kDraft, kReview, kPublished, kArchived };
// "draft", "review", "published", "archived" (the column, the API and message keys).
inline constexpr EnumNames<PostStatus, 4> kPostStatusNames{{
    {PostStatus::kDraft, "draft"},
    {PostStatus::kReview, "review"},
    {PostStatus::kPublished, "published"},
    {PostStatus::kArchived, "archived"},
}};
inline std::string_view ToString(PostStatus v) { return NameOf(kPostStatusNames, v); }
inline std::optional<PostStatus> ParsePostStatus(std::string_view s) {
  return FromName(kPostStatusNames, s);
}

// Who may read a published or archived post (posts.visibility): anyone, or only the members of
// its region (and those who may edit it). Chosen on the form; never changes by itself.
enum class Visibility { kPublic, kMembers };
// "public", "members" (the column, the form, the API).
inline constexpr EnumNames<Visibility, 2> kVisibilityNames{{
    {Visibility::kPublic, "public"},
    {Visibility::kMembers, "members"},
}};
inline std::string_view ToString(Visibility v) { return NameOf(kVisibilityNames, v); }
inline std::optional<Visibility> ParseVisibility(std::string_view s) {
  return FromName(kVisibilityNames, s);
}

// A comment's moderation (post_comments.status):
//   kVisible   as written; kReportsToHide reports make it kReported; a council editor may
//              hide it.
//   kReported  hidden by reports, waiting for a council editor, who hides it (kHidden) or
//              restores it (kKept).
//   kHidden    hidden by the editor; the editor may restore it (kKept).
//   kKept      shown, decided: further reports no longer hide it; the editor may hide it.
enum class CommentStatus { kVisible, kReported, kHidden, kKept };
// "visible", "reported", "hidden", "kept" (the column and message keys).
inline constexpr EnumNames<CommentStatus, 4> kCommentStatusNames{{
    {CommentStatus::kVisible, "visible"},
    {CommentStatus::kReported, "reported"},
    {CommentStatus::kHidden, "hidden"},
    {CommentStatus::kKept, "kept"},
}};
inline std::string_view ToString(CommentStatus v) { return NameOf(kCommentStatusNames, v); }
inline std::optional<CommentStatus> ParseCommentStatus(std::string_view s) {
  return FromName(kCommentStatusNames, s);
}

struct Image {
  PostImageId id;
  std::string file;  // "<sha256>.<ext>" under the media folder
  std::string mime, alt;
  int width = 0, height = 0;
};

struct Post {
  PostId id;
  RegionId region_id;
  std::string region_slug, region_name;
  OrgId org_id;  // 0: a resident's post
  std::string org_name;
  UserId author_user_id;
  std::string title, body, category;
  std::vector<std::string> tags;
  PostStatus status = PostStatus::kDraft;
  Visibility visibility = Visibility::kPublic;
  std::string review_comment;
  std::int64_t published_at = 0, created_at = 0, updated_at = 0;
  std::vector<Image> images;
  bool ByResident() const { return !org_id; }
  bool IsPublic() const {
    return status == PostStatus::kPublished && visibility == Visibility::kPublic;
  }
};

// A new image: bytes already checked and stripped (core/images.hpp) and stored as file.
using NewImage = images::NewImage;

struct PostForm {
  std::string region;  // slug
  std::string org;     // organisation id, "" for a resident's own post
  std::string title, body, category, tags, visibility;
  std::string action;  // "draft", "publish" (organisations) or "submit" (residents)
  std::vector<NewImage> add_images;
  std::vector<PostImageId> remove_images;                       // images to drop (editing)
  std::vector<std::pair<PostImageId, std::string>> image_alts;  // new alt text of kept images
  // Validation of uploads done by the web layer, reported with the form's other errors.
  std::map<std::string, std::string> upload_errors;
};

struct Filter {
  RegionId region;
  std::string category;
  std::string from, to;  // "YYYY-MM-DD" (JST), published on or after / on or before
  std::string tag;
  bool members_of_region = false;  // also the region's members-only posts
  bool count = true;               // false: total is not counted (lists without paging)
  std::int64_t count_cap = 0;      // > 0: counted up to this (pages); 0: exactly (the API)
};
struct Page {
  std::vector<Post> items;
  std::int64_t total = 0;
  bool more = false;  // more than count_cap
};

struct Comment {
  CommentId id;
  PostId post_id;
  UserId user_id;
  std::string user_name, body;
  CommentStatus status = CommentStatus::kVisible;
  std::int64_t created_at = 0, reports = 0;
  bool Shown() const { return status == CommentStatus::kVisible || status == CommentStatus::kKept; }
};

}  // namespace tsunagu::posts
