#include "features/posts/queries.hpp"

#include <algorithm>

#include "features/training/commands.hpp"
#include "platform/jst.hpp"
#include "platform/store/enum_column.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

constexpr const char* kPostSelect =
    "SELECT p.id, p.region_id, r.slug, r.name, COALESCE(p.org_id, 0), COALESCE(o.name, ''), "
    "COALESCE(p.author_user_id, 0), p.title, p.body, p.category, p.tags, p.status, "
    "p.visibility, p.review_comment, COALESCE(p.published_at, 0), p.created_at, p.updated_at "
    "FROM posts p JOIN regions r ON r.id = p.region_id "
    "LEFT JOIN organisations o ON o.id = p.org_id ";

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string JoinLines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += '\n';
    out += s;
  }
  return out;
}

posts::Post ToPost(const Row& r) {
  posts::Post p;
  p.id = r.IdAt(0);
  p.region_id = r.IdAt(1);
  p.region_slug = r.Str(2);
  p.region_name = r.Str(3);
  p.org_id = r.IdAt(4);
  p.org_name = r.Str(5);
  p.author_user_id = r.IdAt(6);
  p.title = r.Str(7);
  p.body = r.Str(8);
  p.category = r.Str(9);
  p.tags = SplitLines(r.Str(10));
  p.status = EnumAt(r, 11, posts::ParsePostStatus, "posts.status");
  p.visibility = EnumAt(r, 12, posts::ParseVisibility, "posts.visibility");
  p.review_comment = r.Str(13);
  p.published_at = r.Int(14);
  p.created_at = r.Int(15);
  p.updated_at = r.Int(16);
  return p;
}

// WHERE clause and parameters of a list query.
std::string Where(const PostQuery& q, Params& params) {
  // A region belongs to one municipality: naming only the region lets the planner take the
  // region's index (with both, SQLite walked the whole city's posts in date order).
  std::string w;
  if (q.region) {
    w = "WHERE p.region_id = ? AND p.status = ? ";
    params = {q.region, std::string(posts::ToString(q.status))};
  } else {
    w = "WHERE p.municipality_id = ? AND p.status = ? ";
    params = {q.municipality, std::string(posts::ToString(q.status))};
  }
  if (!q.with_members) w += "AND p.visibility = 'public' ";
  if (!q.category.empty()) {
    w += "AND p.category = ? ";
    params.emplace_back(q.category);
  }
  if (!q.tag.empty()) {
    // Tags are stored one per line: match a whole line.
    std::string escaped;
    for (char ch : q.tag) {
      if (ch == '%' || ch == '_' || ch == '\\') escaped += '\\';
      escaped += ch;
    }
    w += "AND ('\n' || p.tags || '\n') LIKE ? ESCAPE '\\' ";
    params.emplace_back("%\n" + escaped + "\n%");
  }
  if (q.from) {
    w += "AND p.published_at >= ? ";
    params.emplace_back(q.from);
  }
  if (q.to) {
    w += "AND p.published_at < ? ";
    params.emplace_back(q.to);
  }
  if (q.author) {
    w += "AND p.author_user_id = ? ";
    params.emplace_back(q.author);
  }
  return w;
}

constexpr const char* kCommentSelect =
    "SELECT c.id, c.post_id, c.user_id, u.display_name, c.body, c.status, c.created_at, "
    "(SELECT COUNT(*) FROM comment_reports x WHERE x.comment_id = c.id) FROM post_comments c "
    "JOIN users u ON u.id = c.user_id ";

posts::Comment ToComment(const Row& r) {
  posts::Comment c;
  c.id = r.IdAt(0);
  c.post_id = r.IdAt(1);
  c.user_id = r.IdAt(2);
  c.user_name = r.Str(3);
  c.body = r.Str(4);
  c.status = EnumAt(r, 5, posts::ParseCommentStatus, "post_comments.status");
  c.created_at = r.Int(6);
  c.reports = r.Int(7);
  return c;
}

}  // namespace

posts::PostId InsertPost(Conn& c, MunicipalityId m, const posts::Post& p, std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO posts (municipality_id, region_id, org_id, author_user_id, title, body, "
          "category, tags, status, visibility, review_comment, published_at, created_at, "
          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {m, p.region_id, OrNull(p.org_id), OrNull(p.author_user_id), p.title, p.body, p.category,
           JoinLines(p.tags), std::string(posts::ToString(p.status)),
           std::string(posts::ToString(p.visibility)), p.review_comment, OrNull(p.published_at),
           now, now})
      ->IdAt(0);
}

void UpdatePostRow(Conn& c, const posts::Post& p, std::int64_t now) {
  c.Query(
      "UPDATE posts SET region_id = ?, org_id = ?, title = ?, body = ?, category = ?, tags = ?, "
      "status = ?, visibility = ?, review_comment = ?, published_at = ?, updated_at = ? "
      "WHERE id = ?",
      {p.region_id, OrNull(p.org_id), p.title, p.body, p.category, JoinLines(p.tags),
       std::string(posts::ToString(p.status)), std::string(posts::ToString(p.visibility)),
       p.review_comment, OrNull(p.published_at), now, p.id});
}

std::optional<posts::Post> FindPost(Conn& c, posts::PostId id) {
  auto row = c.QueryOne(std::string(kPostSelect) + "WHERE p.id = ?", {id});
  if (!row) return std::nullopt;
  auto p = ToPost(*row);
  p.images = ListPostImages(c, id);
  return p;
}

std::vector<posts::Post> ListPosts(Conn& c, const PostQuery& q) {
  Params params;
  std::string sql = kPostSelect;
  sql += Where(q, params);
  sql += q.status == posts::PostStatus::kPublished ? "ORDER BY p.published_at DESC, p.id DESC "
                                                   : "ORDER BY p.updated_at DESC, p.id DESC ";
  sql += "LIMIT ? OFFSET ?";
  params.emplace_back(I{q.limit});
  params.emplace_back(I{q.offset});
  std::vector<posts::Post> out;
  for (const auto& r : c.Query(sql, params)) out.push_back(ToPost(r));
  return out;
}

std::int64_t CountPosts(Conn& c, const PostQuery& q, std::int64_t cap) {
  Params params;
  std::string sql = "SELECT COUNT(*) FROM (SELECT 1 FROM posts p ";
  sql += Where(q, params);
  if (cap > 0) sql += "LIMIT " + std::to_string(cap + 1);
  sql += ") x";
  return c.QueryOne(sql, params)->Int(0);
}

void InsertPostImage(Conn& c, posts::PostId post, int position, const posts::NewImage& img) {
  c.Query(
      "INSERT INTO post_images (post_id, position, file, mime, width, height, alt) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {post, I{position}, img.file, img.mime, I{img.width}, I{img.height}, img.alt});
}

void DeletePostImage(Conn& c, posts::PostId post, posts::PostImageId image) {
  c.Query("DELETE FROM post_images WHERE post_id = ? AND id = ?", {post, image});
}

void SetPostImageAlt(Conn& c, posts::PostId post, posts::PostImageId image,
                     const std::string& alt) {
  c.Query("UPDATE post_images SET alt = ? WHERE post_id = ? AND id = ?", {alt, post, image});
}

std::vector<posts::Image> ListPostImages(Conn& c, posts::PostId post) {
  std::vector<posts::Image> out;
  for (const auto& r : c.Query("SELECT id, file, mime, alt, width, height FROM post_images "
                               "WHERE post_id = ? ORDER BY position, id",
                               {post})) {
    out.push_back({r.IdAt(0), r.Str(1), r.Str(2), r.Str(3), static_cast<int>(r.Int(4)),
                   static_cast<int>(r.Int(5))});
  }
  return out;
}

std::optional<Org> FindCouncilOf(Conn& c, RegionId region) {
  auto row = c.QueryOne(
      "SELECT id FROM organisations WHERE region_id = ? AND kind = 'council' ORDER BY id LIMIT 1",
      {region});
  if (!row) return std::nullopt;
  return FindOrg(c, row->IdAt(0));
}

std::string GetPostingRules(Conn& c, OrgId council) {
  auto row = c.QueryOne("SELECT body FROM posting_rules WHERE council_id = ?", {council});
  return row ? row->Str(0) : std::string();
}

void SetPostingRules(Conn& c, OrgId council, const std::string& body, std::int64_t now) {
  c.Query(
      "INSERT INTO posting_rules (council_id, body, updated_at) VALUES (?, ?, ?) "
      "ON CONFLICT (council_id) DO UPDATE SET body = excluded.body, updated_at = "
      "excluded.updated_at",
      {council, body, now});
}

void SetFeature(Conn& c, RegionId region, posts::PostId post, bool on, std::int64_t now) {
  if (on) {
    c.Query(
        "INSERT INTO post_features (region_id, post_id, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT (region_id, post_id) DO NOTHING",
        {region, post, now});
  } else {
    c.Query("DELETE FROM post_features WHERE region_id = ? AND post_id = ?", {region, post});
  }
}

std::vector<posts::Post> ListFeatured(Conn& c, RegionId region) {
  std::vector<posts::Post> out;
  for (const auto& r :
       c.Query(std::string(kPostSelect) +
                   "JOIN post_features f ON f.post_id = p.id WHERE f.region_id = ? AND "
                   "p.status = 'published' AND p.visibility = 'public' "
                   "ORDER BY f.created_at DESC LIMIT 10",
               {region})) {
    out.push_back(ToPost(r));
  }
  return out;
}

bool IsFeatured(Conn& c, RegionId region, posts::PostId post) {
  return c
      .QueryOne("SELECT 1 FROM post_features WHERE region_id = ? AND post_id = ?", {region, post})
      .has_value();
}

posts::CommentId InsertPostComment(Conn& c, posts::PostId post, UserId user,
                                   const std::string& body, std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO post_comments (post_id, user_id, body, status, created_at) "
          "VALUES (?, ?, ?, 'visible', ?) RETURNING id",
          {post, user, body, now})
      ->IdAt(0);
}

std::optional<posts::Comment> FindPostComment(Conn& c, posts::CommentId id) {
  auto row = c.QueryOne(std::string(kCommentSelect) + "WHERE c.id = ?", {id});
  if (!row) return std::nullopt;
  return ToComment(*row);
}

std::vector<posts::Comment> ListPostComments(Conn& c, posts::PostId post) {
  std::vector<posts::Comment> out;
  for (const auto& r :
       c.Query(std::string(kCommentSelect) + "WHERE c.post_id = ? ORDER BY c.created_at, c.id",
               {post})) {
    out.push_back(ToComment(r));
  }
  return out;
}

std::vector<posts::Comment> ListReportedComments(Conn& c, RegionId region) {
  std::vector<posts::Comment> out;
  for (const auto& r : c.Query(std::string(kCommentSelect) +
                                   "JOIN posts p ON p.id = c.post_id WHERE p.region_id = ? AND "
                                   "c.status = 'reported' ORDER BY c.created_at",
                               {region})) {
    out.push_back(ToComment(r));
  }
  return out;
}

void SetCommentStatus(Conn& c, posts::CommentId id, posts::CommentStatus status) {
  c.Query("UPDATE post_comments SET status = ? WHERE id = ?",
          {std::string(posts::ToString(status)), id});
}

bool InsertReport(Conn& c, posts::CommentId comment, const std::string& reporter,
                  std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO comment_reports (comment_id, reporter, created_at) VALUES (?, ?, ?) "
          "ON CONFLICT (comment_id, reporter) DO NOTHING RETURNING id",
          {comment, reporter, now})
      .has_value();
}

}  // namespace tsunagu::store

namespace tsunagu::posts {

std::optional<Org> CouncilOf(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindCouncilOf(c, region); });
}

std::string PostingRulesOf(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) {
    auto council = store::FindCouncilOf(c, region);
    return council ? store::GetPostingRules(c, council->id) : std::string();
  });
}

bool IsFeatured(const Ctx& ctx, RegionId region, PostId post) {
  return ctx.db.Read([&](store::Conn& c) { return store::IsFeatured(c, region, post); });
}

std::optional<Comment> FindComment(const Ctx& ctx, CommentId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindPostComment(c, id); });
}

}  // namespace tsunagu::posts

namespace tsunagu::posts {

std::optional<Post> GetPost(const Ctx& ctx, PostId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindPost(c, id); });
}

Page ListPublished(const Ctx& ctx, const Filter& f, int page, int per_page) {
  store::PostQuery q;
  q.municipality = ctx.municipality;
  q.region = f.region;
  q.category = f.category;
  q.tag = f.tag;
  q.with_members = f.members_of_region && f.region;
  if (training::IsDate(f.from)) q.from = jst::Midnight(f.from);
  if (training::IsDate(f.to)) q.to = jst::Midnight(f.to) + 86400;
  q.limit = per_page;
  q.offset = (page - 1) * per_page;
  return ctx.db.Read([&](store::Conn& c) {
    Page page{store::ListPosts(c, q), 0};
    if (!f.count) {
      page.total = static_cast<std::int64_t>(page.items.size());
    } else {
      page.total = store::CountPosts(c, q, f.count_cap);
      page.more = f.count_cap > 0 && page.total > f.count_cap;
      if (page.more) page.total = f.count_cap;
    }
    return page;
  });
}

std::vector<Post> ReviewQueue(const Ctx& ctx, RegionId region) {
  store::PostQuery q;
  q.municipality = ctx.municipality;
  q.region = region;
  q.with_members = true;
  q.status = PostStatus::kReview;
  q.limit = 200;
  return ctx.db.Read([&](store::Conn& c) { return store::ListPosts(c, q); });
}

std::vector<Post> PostsBy(const Ctx& ctx, UserId author) {
  std::vector<Post> out;
  ctx.db.Read([&](store::Conn& c) {
    for (const auto& [status, name] : kPostStatusNames) {
      store::PostQuery q;
      q.municipality = ctx.municipality;
      q.with_members = true;
      q.status = status;
      q.author = author;
      q.limit = 100;
      for (auto& p : store::ListPosts(c, q)) out.push_back(std::move(p));
    }
    return 0;
  });
  std::sort(out.begin(), out.end(),
            [](const Post& a, const Post& b) { return a.updated_at > b.updated_at; });
  return out;
}

std::vector<Post> Featured(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListFeatured(c, region); });
}

std::string Rules(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) {
    auto council = store::FindCouncilOf(c, region);
    return council ? store::GetPostingRules(c, council->id) : std::string();
  });
}

std::vector<Comment> CommentsOf(const Ctx& ctx, PostId post) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListPostComments(c, post); });
}

std::vector<Comment> ReportedComments(const Ctx& ctx, RegionId region) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListReportedComments(c, region); });
}

}  // namespace tsunagu::posts
