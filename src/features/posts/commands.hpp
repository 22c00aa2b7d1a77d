// Posts (お知らせ・活動報告) of the regional information platform (plan 1-1, 3-3).
//
// An organisation's editors publish for it at once; a resident submits a post for their home
// region, which waits in the council's review queue (確認待ち) until a council editor publishes
// it or returns it with a comment. Each council keeps its posting rules (投稿ルール). Logged-in
// people comment; anyone may report a comment, and three reports hide it until a council
// editor decides. A council can feature another region's post on its own page.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/context.hpp"
#include "platform/images.hpp"
#include "platform/result.hpp"

namespace tsunagu::posts {

inline constexpr const char* kCategories[] = {"bosai", "fukushi", "kotsu",  "kodomo", "kankyo",
                                              "bunka", "iju",     "chiiki", "other"};
inline constexpr const char* kStatuses[] = {"draft", "review", "published", "archived"};
inline constexpr std::size_t kMaxImages = 5;
inline constexpr std::size_t kMaxImageBytes = 5 * 1024 * 1024;
inline constexpr std::size_t kMaxBody = 20000;
inline constexpr int kReportsToHide = 3;

bool IsCategory(std::string_view key);
// The Japanese label of a category key (防災, ...); the key for a label, as the API takes it.
std::string CategoryLabel(std::string_view key);
std::optional<std::string> CategoryFromLabel(std::string_view label);

struct Image {
  std::int64_t id = 0;
  std::string file;  // "<sha256>.<ext>" under the media folder
  std::string mime, alt;
  int width = 0, height = 0;
};

struct Post {
  std::int64_t id = 0;
  RegionId region_id = 0;
  std::string region_slug, region_name;
  OrgId org_id = 0;  // 0: a resident's post
  std::string org_name;
  UserId author_user_id = 0;
  std::string title, body, category;
  std::vector<std::string> tags;
  std::string status, visibility, review_comment;
  std::int64_t published_at = 0, created_at = 0, updated_at = 0;
  std::vector<Image> images;
  bool ByResident() const { return org_id == 0; }
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
  std::vector<std::int64_t> remove_images;                       // ids of images to drop (editing)
  std::vector<std::pair<std::int64_t, std::string>> image_alts;  // new alt text of kept images
  // Validation of uploads done by the web layer, reported with the form's other errors.
  std::map<std::string, std::string> upload_errors;
};

// Splits free tags typed with commas, 、 or spaces: trimmed, NFKC, unique, at most 10 of 20 chars.
std::vector<std::string> ParseTags(const std::string& raw);

Result<std::int64_t> CreatePost(const Ctx& ctx, const Actor& actor, PostForm form);
Result<void> UpdatePost(const Ctx& ctx, const Actor& actor, std::int64_t id, PostForm form);
// A council editor publishes a resident's post or returns it with a comment (required).
Result<void> Review(const Ctx& ctx, const Actor& actor, std::int64_t id,
                    const std::string& decision, std::string comment);
Result<void> Archive(const Ctx& ctx, const Actor& actor, std::int64_t id);
Result<void> SetRules(const Ctx& ctx, const Actor& actor, const std::string& region,
                      std::string body);
Result<void> Feature(const Ctx& ctx, const Actor& actor, const std::string& region,
                     std::int64_t post, bool on);

// Who may see and do what with a post.
bool CanRead(const Actor& actor, const Post& p);
bool CanEdit(const Actor& actor, const Post& p);
// Taking a published post down: its organisation's editors, the council, or the resident who
// wrote it.
bool CanArchive(const Actor& actor, const Post& p);
bool CanReview(const Actor& actor, RegionId region);  // council editors of the region
bool MayPublishFor(const Actor& actor, const Org& org);
// Members of a region: their home region, or a membership of one of its organisations, or
// city staff.
bool IsRegionMember(const Actor& actor, RegionId region);

// Reading
std::optional<Post> GetPost(const Ctx& ctx, std::int64_t id);
struct Filter {
  RegionId region = 0;
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
Page ListPublished(const Ctx& ctx, const Filter& f, int page, int per_page);
std::vector<Post> ReviewQueue(const Ctx& ctx, RegionId region);
std::vector<Post> PostsBy(const Ctx& ctx, UserId author);
std::vector<Post> Featured(const Ctx& ctx, RegionId region);
std::string Rules(const Ctx& ctx, RegionId region);

// Comments
struct Comment {
  std::int64_t id = 0, post_id = 0;
  UserId user_id = 0;
  std::string user_name, body, status;  // visible, reported, hidden, kept
  std::int64_t created_at = 0, reports = 0;
  bool Shown() const { return status == "visible" || status == "kept"; }
};
Result<std::int64_t> AddComment(const Ctx& ctx, const Actor& actor, std::int64_t post,
                                std::string body);
// reporter: "user:<id>" or "addr:<digest>"; one report per reporter and comment.
Result<void> ReportComment(const Ctx& ctx, const Actor& actor, const std::string& reporter,
                           std::int64_t comment);
// "hide" or "restore" (restored comments are not hidden by reports again).
Result<void> ModerateComment(const Ctx& ctx, const Actor& actor, std::int64_t comment,
                             const std::string& decision);
std::vector<Comment> CommentsOf(const Ctx& ctx, std::int64_t post);
// Comments hidden by reports in a region, waiting for a decision.
std::vector<Comment> ReportedComments(const Ctx& ctx, RegionId region);

}  // namespace tsunagu::posts
