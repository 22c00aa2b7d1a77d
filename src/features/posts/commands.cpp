#include "features/posts/commands.hpp"

#include <algorithm>
#include <set>

#include "features/posts/queries.hpp"
#include "features/training/commands.hpp"
#include "platform/command.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::posts {
namespace {

constexpr std::size_t kMaxTitle = 100, kMaxComment = 2000, kMaxRules = 5000, kMaxAlt = 200,
                      kMaxReviewComment = 1000;

// The status a post gets from the button pressed: a draft stays with its author (a published
// post saved as a draft is taken down to rework); an organisation publishes at once, a
// resident's post waits for the council.
std::optional<PostStatus> StatusAfter(const std::string& action, bool resident) {
  if (action == "draft") return PostStatus::kDraft;
  if (resident && (action == "submit" || action == "publish")) return PostStatus::kReview;
  if (!resident && action == "publish") return PostStatus::kPublished;
  return std::nullopt;
}

// Keeps the search index in step with what anyone may read.
void Reindex(store::Conn& c, const Ctx& ctx, const Post& p) {
  if (!p.IsPublic()) {
    search::Remove(c, "post", p.id.value());
    return;
  }
  search::Put(c, ctx.municipality,
              search::PostDoc(p.id.value(), p.region_id, p.category, p.title, p.body, p.tags,
                              p.published_at));
}

// Checks the form into p (region, organisation, texts); the status is decided by the caller.
void CheckForm(store::Conn& c, const Ctx& ctx, const Actor& actor, Validator& v, PostForm& f,
               Post& p, bool creating) {
  for (const auto& [field, message] : f.upload_errors) v.Add(field, message);
  v.Required("title", f.title, kMaxTitle);
  v.Required("body", f.body, kMaxBody);
  if (!IsCategory(f.category)) v.Add("category", Msg("error.choice"));
  const auto visibility = ParseVisibility(f.visibility);
  if (!visibility) v.Add("visibility", Msg("error.choice"));
  v.Optional("tags", f.tags, 300);
  p.title = f.title;
  p.body = f.body;
  p.category = f.category;
  if (visibility) p.visibility = *visibility;
  p.tags = ParseTags(f.tags);

  auto region = store::FindRegionBySlug(c, ctx.municipality, f.region);
  if (!region) {
    v.Add("region", Msg("error.unknown_region"));
  } else {
    p.region_id = region->id;
    p.region_slug = region->slug;
    p.region_name = region->name;
  }
  if (!creating) return;  // the author organisation of a post does not change
  const std::string org = text::Trim(f.org);
  if (org.empty()) {
    p.org_id = OrgId{0};
    if (region && !Can(actor, Action::kSubmitPost, Subject{region->id, {}})) {
      v.Add("region", Msg("error.post_home_region"));
    }
    return;
  }
  auto id = text::ParsePositiveInt(org);
  std::optional<Org> o;
  if (id) o = store::FindOrg(c, OrgId{*id});
  if (!o) {
    v.Add("org", Msg("error.choice"));
    return;
  }
  if (!MayPublishFor(actor, *o)) {
    v.Add("org", Msg("error.post_org_not_yours"));
    return;
  }
  if (region && o->region_id && o->region_id != region->id) {
    v.Add("region", Msg("error.post_org_region"));
  }
  p.org_id = o->id;
  p.org_name = o->name;
}

// Applies uploads and removals of images; checks the total and the alt texts.
void CheckImages(Validator& v, PostForm& f, const Post& old, std::size_t& kept) {
  kept = 0;
  for (const auto& img : old.images) {
    if (std::find(f.remove_images.begin(), f.remove_images.end(), img.id) == f.remove_images.end())
      ++kept;
  }
  for (auto& [id, alt] : f.image_alts) {
    const std::string field = "alt-" + to_string(id);
    v.Required(field, alt, kMaxAlt);
  }
  for (std::size_t i = 0; i < f.add_images.size(); ++i) {
    auto& img = f.add_images[i];
    const std::string field = "alt" + std::to_string(img.slot ? img.slot : static_cast<int>(i) + 1);
    v.Required(field, img.alt, kMaxAlt);
  }
  if (kept + f.add_images.size() > kMaxImages) v.Add("image1", Msg("error.too_many_images"));
}

void StoreImages(store::Conn& c, PostId post, const PostForm& f, std::size_t kept) {
  for (auto id : f.remove_images) store::DeletePostImage(c, post, id);
  for (const auto& [id, alt] : f.image_alts) store::SetPostImageAlt(c, post, id, alt);
  int pos = static_cast<int>(kept);
  for (const auto& img : f.add_images) store::InsertPostImage(c, post, pos++, img);
}

// The author's mail about the council's decision, to be sent after the commit.
std::optional<Mail> AuthorMail(const Ctx& ctx, store::Conn& c, const Post& p,
                               const std::string& subject_key, const std::string& comment) {
  if (!p.author_user_id) return std::nullopt;
  auto user = store::FindUser(c, p.author_user_id);
  if (!user) return std::nullopt;
  std::string body = Msg("mail.post_review_body");
  body += "\n\n" + p.title + "\n" + ctx.base_url + "/posts/" + to_string(p.id) + "\n";
  if (!comment.empty()) body += "\n" + Msg("post.review_comment") + "：\n" + comment + "\n";
  return Mail{user->email, Msg(subject_key), body};
}

}  // namespace

Result<PostId> CreatePost(const Ctx& ctx, const Actor& actor, PostForm f) {
  const Command cmd{"post.create", Login::kRequired, Lock::kWriters};
  return Run<PostId>(ctx, actor, cmd, [&](Tx& tx) -> Result<PostId> {
    store::Conn& c = tx.c;
    Validator v;
    Post p;
    CheckForm(c, ctx, actor, v, f, p, true);
    std::size_t kept = 0;
    CheckImages(v, f, Post{}, kept);
    if (auto status = StatusAfter(f.action, !p.org_id)) {
      p.status = *status;
    } else {
      v.Add("action", Msg("error.choice"));
    }
    if (!v.ok()) return v.Fail();
    const auto now = ctx.clock.Now();
    p.author_user_id = actor.id;
    if (p.status == PostStatus::kPublished) p.published_at = now;
    p.id = store::InsertPost(c, ctx.municipality, p, now);
    StoreImages(c, p.id, f, kept);
    Reindex(c, ctx, p);
    tx.Audit("post", p.id, std::string(ToString(p.status)));
    return p.id;
  });
}

Result<void> UpdatePost(const Ctx& ctx, const Actor& actor, PostId id, PostForm f) {
  const Command cmd{"post.update", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto old = store::FindPost(c, id);
    if (!old) return NotFound(Msg("error.not_found"));
    if (!CanEdit(actor, *old)) return Forbidden(Msg("error.forbidden"));
    Validator v;
    Post p = *old;
    CheckForm(c, ctx, actor, v, f, p, false);
    if (!p.org_id && v.ok() && p.region_id != old->region_id &&
        !Can(actor, Action::kSubmitPost, Subject{p.region_id, {}})) {
      v.Add("region", Msg("error.post_home_region"));
    }
    if (p.org_id && v.ok()) {
      auto org = store::FindOrg(c, p.org_id);
      if (org && org->region_id && org->region_id != p.region_id) {
        v.Add("region", Msg("error.post_org_region"));
      }
    }
    std::size_t kept = 0;
    CheckImages(v, f, *old, kept);
    if (auto status = StatusAfter(f.action, !p.org_id)) {
      p.status = *status;
    } else {
      v.Add("action", Msg("error.choice"));
    }
    if (!v.ok()) return v.Fail();
    const auto now = ctx.clock.Now();
    if (p.status == PostStatus::kPublished && !p.published_at) p.published_at = now;
    if (p.status != PostStatus::kDraft) p.review_comment.clear();
    store::UpdatePostRow(c, p, now);
    StoreImages(c, p.id, f, kept);
    Reindex(c, ctx, p);
    tx.Audit("post", p.id, std::string(ToString(p.status)));
    return {};
  });
}

Result<void> Review(const Ctx& ctx, const Actor& actor, PostId id, const std::string& decision,
                    std::string comment) {
  const Command cmd{"post." + decision, Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto p = store::FindPost(c, id);
    if (!p) return NotFound(Msg("error.not_found"));
    if (!CanReview(actor, p->region_id)) return Forbidden(Msg("error.forbidden"));
    if (p->status != PostStatus::kReview) return Conflict(Msg("error.post_not_in_review"));
    Validator v;
    if (decision == "return") {
      v.Required("comment", comment, kMaxReviewComment);
    } else if (decision == "publish") {
      v.Optional("comment", comment, kMaxReviewComment);
    } else {
      v.Add("decision", Msg("error.choice"));
    }
    if (!v.ok()) return v.Fail();
    const auto now = ctx.clock.Now();
    p->review_comment = comment;
    if (decision == "publish") {
      p->status = PostStatus::kPublished;
      p->published_at = now;
    } else {
      p->status = PostStatus::kDraft;
    }
    store::UpdatePostRow(c, *p, now);
    Reindex(c, ctx, *p);
    tx.Audit("post", id);
    if (auto mail = AuthorMail(
            ctx, c, *p,
            decision == "publish" ? "mail.post_published_subject" : "mail.post_returned_subject",
            comment)) {
      tx.Send(*mail);
    }
    return {};
  });
}

Result<void> Archive(const Ctx& ctx, const Actor& actor, PostId id) {
  const Command cmd{"post.archive", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto p = store::FindPost(c, id);
    if (!p) return NotFound(Msg("error.not_found"));
    if (!CanArchive(actor, *p)) return Forbidden(Msg("error.forbidden"));
    if (p->status != PostStatus::kPublished) return Conflict(Msg("error.post_not_published"));
    p->status = PostStatus::kArchived;
    store::UpdatePostRow(c, *p, ctx.clock.Now());
    Reindex(c, ctx, *p);
    tx.Audit("post", id);
    return {};
  });
}

Result<void> SetRules(const Ctx& ctx, const Actor& actor, const std::string& region,
                      std::string body) {
  const Command cmd{"post.rules", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto r = store::FindRegionBySlug(c, ctx.municipality, region);
    if (!r) return NotFound(Msg("error.no_region"));
    if (!CanReview(actor, r->id)) return Forbidden(Msg("error.forbidden"));
    auto council = store::FindCouncilOf(c, r->id);
    if (!council) return NotFound(Msg("error.no_org"));
    Validator v;
    v.Required("rules", body, kMaxRules);
    if (!v.ok()) return v.Fail();
    store::SetPostingRules(c, council->id, body, ctx.clock.Now());
    tx.Audit("org", council->id);
    return {};
  });
}

Result<void> Feature(const Ctx& ctx, const Actor& actor, const std::string& region, PostId post,
                     bool on) {
  const Command cmd{on ? "post.feature" : "post.unfeature", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto r = store::FindRegionBySlug(c, ctx.municipality, region);
    if (!r) return NotFound(Msg("error.no_region"));
    if (!CanReview(actor, r->id)) return Forbidden(Msg("error.forbidden"));
    auto p = store::FindPost(c, post);
    if (!p || !p->IsPublic()) return NotFound(Msg("error.not_found"));
    if (p->region_id == r->id) return Conflict(Msg("error.feature_own_region"));
    store::SetFeature(c, r->id, post, on, ctx.clock.Now());
    tx.Audit("post", post, r->slug);
    return {};
  });
}

Result<CommentId> AddComment(const Ctx& ctx, const Actor& actor, PostId post, std::string body) {
  const Command cmd{"comment.create", Login::kRequired, Lock::kWriters};
  return Run<CommentId>(ctx, actor, cmd, [&](Tx& tx) -> Result<CommentId> {
    store::Conn& c = tx.c;
    auto p = store::FindPost(c, post);
    if (!p || !CanRead(actor, *p)) return NotFound(Msg("error.not_found"));
    if (p->status != PostStatus::kPublished) return Conflict(Msg("error.post_not_published"));
    Validator v;
    v.Required("comment", body, kMaxComment);
    if (!v.ok()) return v.Fail();
    const auto id = store::InsertPostComment(c, post, actor.id, body, ctx.clock.Now());
    tx.Audit("comment", id);
    return id;
  });
}

Result<void> ReportComment(const Ctx& ctx, const Actor& actor, const std::string& reporter,
                           CommentId comment) {
  const Command cmd{"comment.report", Login::kOptional, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto cm = store::FindPostComment(c, comment);
    if (!cm) return NotFound(Msg("error.not_found"));
    auto p = store::FindPost(c, cm->post_id);
    if (!p || !CanRead(actor, *p)) return NotFound(Msg("error.not_found"));
    if (!store::InsertReport(c, comment, reporter, ctx.clock.Now())) {
      return Conflict(Msg("error.already_reported"));
    }
    // Three reports hide a comment until a council editor decides; a decided one
    // stays.
    if (cm->status == CommentStatus::kVisible && cm->reports + 1 >= kReportsToHide) {
      store::SetCommentStatus(c, comment, CommentStatus::kReported);
    }
    tx.Audit("comment", comment);
    return {};
  });
}

Result<void> ModerateComment(const Ctx& ctx, const Actor& actor, CommentId comment,
                             const std::string& decision) {
  const Command cmd{"comment." + decision, Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto cm = store::FindPostComment(c, comment);
    if (!cm) return NotFound(Msg("error.not_found"));
    auto p = store::FindPost(c, cm->post_id);
    if (!p) return NotFound(Msg("error.not_found"));
    if (!CanReview(actor, p->region_id)) return Forbidden(Msg("error.forbidden"));
    if (decision != "hide" && decision != "restore") {
      return Invalid(Msg("error.summary"), {{"decision", Msg("error.choice")}});
    }
    store::SetCommentStatus(c, comment,
                            decision == "hide" ? CommentStatus::kHidden : CommentStatus::kKept);
    tx.Audit("comment", comment);
    return {};
  });
}

}  // namespace tsunagu::posts
