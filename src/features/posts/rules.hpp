// Pure decisions about posts: categories, tags, and who may read, edit, archive, review and
// publish. No store, no clock: each depends only on its arguments.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/posts/model.hpp"

namespace tsunagu::posts {

bool IsCategory(std::string_view key);
// The Japanese label of a category key (防災, ...); the key for a label, as the API takes it.
std::string CategoryLabel(std::string_view key);
std::optional<std::string> CategoryFromLabel(std::string_view label);

// The Japanese labels of a post's status (下書き, ...) and of a comment's.
const std::string& Label(PostStatus s);
const std::string& Label(CommentStatus s);

// Splits free tags typed with commas, 、 or spaces: trimmed, NFKC, unique, at most 10 of 20 chars.
std::vector<std::string> ParseTags(const std::string& raw);

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

}  // namespace tsunagu::posts
