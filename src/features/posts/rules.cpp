#include "features/posts/rules.hpp"

#include <algorithm>

#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"

namespace tsunagu::posts {
namespace {

Subject OrgSubject(const Org& o) { return Subject{o.region_id, o.id, o.kind}; }

}  // namespace

bool IsCategory(std::string_view key) {
  return std::any_of(std::begin(kCategories), std::end(kCategories),
                     [&](const char* k) { return key == k; });
}

std::string CategoryLabel(std::string_view key) {
  return IsCategory(key) ? Msg("category." + std::string(key)) : std::string();
}

std::optional<std::string> CategoryFromLabel(std::string_view label) {
  for (const char* k : kCategories) {
    if (Msg(std::string("category.") + k) == label) return std::string(k);
  }
  return std::nullopt;
}

const std::string& Label(PostStatus s) { return Msg("post_status." + std::string(ToString(s))); }

const std::string& Label(CommentStatus s) {
  return Msg("comment_status." + std::string(ToString(s)));
}

std::vector<std::string> ParseTags(const std::string& raw) {
  const std::string s = text::Nfkc(raw);  // full-width space and comma become ASCII
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::string t = text::Trim(cur);
    cur.clear();
    if (!t.empty() && t.front() == '#') t.erase(0, 1);
    if (t.empty() || text::Length(t) > kMaxTag || out.size() >= kMaxTags) return;
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  };
  static const std::string kIdeographicComma = "、";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (s.compare(i, kIdeographicComma.size(), kIdeographicComma) == 0) {
      flush();
      i += kIdeographicComma.size() - 1;
    } else if (ch == ',' || ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
      flush();
    } else {
      cur += ch;
    }
  }
  flush();
  return out;
}

bool MayPublishFor(const Actor& actor, const Org& org) {
  return Can(actor, Action::kPublishContent, OrgSubject(org));
}

bool CanReview(const Actor& actor, RegionId region) {
  return Can(actor, Action::kReviewPosts, Subject{region, {}});
}

bool IsRegionMember(const Actor& actor, RegionId region) {
  if (actor.IsAnonymous()) return false;
  if (actor.role != UserRole::kResident || actor.home_region_id == region) return true;
  return std::any_of(actor.memberships.begin(), actor.memberships.end(),
                     [&](const Membership& m) { return m.org_region_id == region; });
}

bool CanEdit(const Actor& actor, const Post& p) {
  if (actor.IsAnonymous()) return false;
  if (p.ByResident()) {
    // The author, until the council has published it; the council reviews, not rewrites.
    return actor.id == p.author_user_id &&
           (p.status == PostStatus::kDraft || p.status == PostStatus::kReview);
  }
  Org o;
  o.id = p.org_id;
  o.region_id = p.region_id;
  for (const auto& m : actor.memberships) {
    if (m.org_id == p.org_id) {
      o.kind = m.org_kind;
      o.region_id = m.org_region_id;
    }
  }
  return MayPublishFor(actor, o);
}

bool CanArchive(const Actor& actor, const Post& p) {
  if (actor.IsAnonymous()) return false;
  if (p.ByResident() && actor.id == p.author_user_id) return true;  // taking one's own down
  return (!p.ByResident() && CanEdit(actor, p)) || CanReview(actor, p.region_id);
}

bool CanRead(const Actor& actor, const Post& p) {
  if (p.status == PostStatus::kPublished || p.status == PostStatus::kArchived) {
    return p.visibility == Visibility::kPublic || IsRegionMember(actor, p.region_id) ||
           CanEdit(actor, p);
  }
  // Drafts and posts in review: their authors, and the council reviewing them.
  if (actor.IsAnonymous()) return false;
  if (p.ByResident() && actor.id == p.author_user_id) return true;
  if (p.status == PostStatus::kReview) return CanReview(actor, p.region_id);
  return CanEdit(actor, p);
}

}  // namespace tsunagu::posts
