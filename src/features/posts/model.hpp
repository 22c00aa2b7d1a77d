// The records of posts (お知らせ・活動報告): a post, its images and comments, the form, the
// list filter, and their limits and categories.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "platform/images.hpp"
#include "platform/model.hpp"

namespace tsunagu::posts {

// The ids of the feature's records (platform/id.hpp).
using PostId = Id<struct PostTag>;            // a post (posts)
using PostImageId = Id<struct PostImageTag>;  // an image of a post (post_images)
using CommentId = Id<struct CommentTag>;      // a comment on a post (post_comments)

inline constexpr const char* kCategories[] = {"bosai", "fukushi", "kotsu",  "kodomo", "kankyo",
                                              "bunka", "iju",     "chiiki", "other"};
inline constexpr const char* kStatuses[] = {"draft", "review", "published", "archived"};
inline constexpr std::size_t kMaxImages = 5;
inline constexpr std::size_t kMaxImageBytes = 5 * 1024 * 1024;
inline constexpr std::size_t kMaxBody = 20000;
inline constexpr int kReportsToHide = 3;
inline constexpr std::size_t kMaxTags = 10, kMaxTag = 20;  // free tags per post, characters per tag

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
  std::string status, visibility, review_comment;
  std::int64_t published_at = 0, created_at = 0, updated_at = 0;
  std::vector<Image> images;
  bool ByResident() const { return !org_id; }
  bool IsPublic() const { return status == "published" && visibility == "public"; }
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
  std::string user_name, body, status;  // visible, reported, hidden, kept
  std::int64_t created_at = 0, reports = 0;
  bool Shown() const { return status == "visible" || status == "kept"; }
};

}  // namespace tsunagu::posts
