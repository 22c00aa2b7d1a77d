// Posts: the list with filters, a post with its images and comments, the form (with image
// upload), residents' posts and the council's review queue, posting rules, comment reports
// and moderation, featuring another region's post, and the uploaded images themselves.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "features/posts/commands.hpp"
#include "features/posts/queries.hpp"
#include "features/posts/routes.hpp"
#include "features/posts/views.hpp"
#include "platform/crypto.hpp"
#include "platform/directory.hpp"
#include "platform/images.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

// The post, or the comment, the URL's {id} names, if it is a number.
std::optional<posts::PostId> PostParam(const RequestCtx& rc) {
  if (auto id = IdParam(rc)) return posts::PostId{*id};
  return std::nullopt;
}
std::optional<posts::CommentId> CommentParam(const RequestCtx& rc) {
  if (auto id = IdParam(rc)) return posts::CommentId{*id};
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> CategoryOptions(const std::string& blank) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!blank.empty()) out.emplace_back("", blank);
  for (const char* k : posts::kCategories) out.emplace_back(k, posts::CategoryLabel(k));
  return out;
}

posts::PostForm ReadForm(RequestCtx& rc, const posts::Post* old) {
  posts::PostForm f{FormValue(rc, "region"),
                    FormValue(rc, "org"),
                    FormValue(rc, "title"),
                    FormValue(rc, "body"),
                    FormValue(rc, "category"),
                    FormValue(rc, "tags"),
                    FormValue(rc, "visibility"),
                    FormValue(rc, "action"),
                    {},
                    {},
                    {},
                    {}};
  if (old) {
    for (const auto& img : old->images) {
      const std::string id = to_string(img.id);
      if (FormValue(rc, "remove-" + id) == "1") {
        f.remove_images.push_back(img.id);
      } else {
        f.image_alts.emplace_back(img.id, FormValue(rc, "alt-" + id));
      }
    }
  }
  TakeImages(rc, posts::kMaxImages, f.add_images, f.upload_errors);
  return f;
}

Response FormPage(App& app, RequestCtx& rc, const posts::Post* old, int status,
                  const Failure* errors) {
  const bool posted = errors != nullptr;
  auto value = [&](const std::string& n, const std::string& dflt) {
    return posted ? FormValue(rc, n) : dflt;
  };
  const auto orgs =
      old ? std::vector<std::pair<std::string, std::string>>{} : PublishableOrgs(app, rc.actor);
  std::string home_slug;
  std::string rules;
  const RegionId rid = old ? old->region_id : rc.actor.home_region_id;
  if (auto r = directory::FindRegion(app.ctx(), rid)) home_slug = r->slug;
  rules = posts::PostingRulesOf(app.ctx(), rid);
  const bool can_submit = Can(rc.actor, Action::kSubmitPost, Subject{rc.actor.home_region_id, {}});
  const std::string title = old ? Msg("page.post_edit_title") : Msg("page.post_new_title");
  return app.Page(
      rc, status, title, "posts/post_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetValue("ACTION", old ? "/posts/" + to_string(old->id) + "/edit" : "/posts/new");
        if (!rules.empty()) d.SetValueAndShowSection("RULES", rules, "HAS_RULES");
        AddField(d, {.name = "region",
                     .label = Msg("field.region"),
                     .type = "select",
                     .value = value("region", old ? old->region_slug : home_slug),
                     .error = FieldError(errors, "region"),
                     .required = true,
                     .options = RegionOptions(app, Msg("label.choose"))});
        if (!old) {
          std::vector<std::pair<std::string, std::string>> opts;
          if (can_submit) opts.emplace_back("", Msg("post.as_resident"));
          for (const auto& o : orgs) opts.push_back(o);
          AddField(d, {.name = "org",
                       .label = Msg("field.post_org"),
                       .type = "select",
                       .value = value("org", orgs.empty() ? "" : orgs.front().first),
                       .hint = Msg("hint.post_org"),
                       .error = FieldError(errors, "org"),
                       .required = true,
                       .options = opts});
        }
        AddField(d, {.name = "title",
                     .label = Msg("field.title"),
                     .value = value("title", old ? old->title : ""),
                     .error = FieldError(errors, "title"),
                     .required = true});
        AddField(d, {.name = "category",
                     .label = Msg("field.category"),
                     .type = "select",
                     .value = value("category", old ? old->category : ""),
                     .error = FieldError(errors, "category"),
                     .required = true,
                     .options = CategoryOptions(Msg("label.choose"))});
        AddField(d, {.name = "body",
                     .label = Msg("field.post_body"),
                     .type = "textarea",
                     .value = value("body", old ? old->body : ""),
                     .hint = Msg("hint.markdown"),
                     .error = FieldError(errors, "body"),
                     .required = true});
        std::string tags;
        if (old) {
          for (const auto& t : old->tags) tags += (tags.empty() ? "" : "、") + t;
        }
        AddField(d, {.name = "tags",
                     .label = Msg("field.tags"),
                     .value = value("tags", tags),
                     .hint = Msg("hint.tags"),
                     .error = FieldError(errors, "tags")});
        AddField(d, {.name = "visibility",
                     .label = Msg("field.visibility"),
                     .type = "select",
                     .value = value("visibility",
                                    std::string(posts::ToString(old ? old->visibility
                                                                    : posts::Visibility::kPublic))),
                     .error = FieldError(errors, "visibility"),
                     .options = {{std::string(posts::ToString(posts::Visibility::kPublic)),
                                  Msg("visibility.public")},
                                 {std::string(posts::ToString(posts::Visibility::kMembers)),
                                  Msg("visibility.members")}}});
        if (old) {
          for (const auto& img : old->images) {
            Dict* e = d.AddSectionDictionary("OLD_IMAGE");
            const std::string id = to_string(img.id);
            e->SetValue("IMAGE_ID", id);
            e->SetValue("SRC", "/media/" + img.file);
            e->SetIntValue("WIDTH", img.width);
            e->SetIntValue("HEIGHT", img.height);
            e->SetValue("ALT", value("alt-" + id, img.alt));
            if (posted && FormValue(rc, "remove-" + id) == "1") e->ShowSection("REMOVE_CHECKED");
            const std::string err = FieldError(errors, "alt-" + id);
            if (!err.empty()) e->SetValueAndShowSection("ALT_ERROR", err, "HAS_ALT_ERROR");
            RecordField("alt-" + id, Msg("field.image_alt"));
          }
        }
        for (std::size_t i = 1; i <= posts::kMaxImages; ++i) {
          const std::string n = std::to_string(i);
          Dict* e = d.AddSectionDictionary("NEW_IMAGE");
          e->SetValue("N", n);
          e->SetValue("ALT", value("alt" + n, ""));
          const std::string ferr = FieldError(errors, "image" + n);
          if (!ferr.empty()) e->SetValueAndShowSection("FILE_ERROR", ferr, "HAS_FILE_ERROR");
          const std::string aerr = FieldError(errors, "alt" + n);
          if (!aerr.empty()) e->SetValueAndShowSection("ALT_ERROR", aerr, "HAS_ALT_ERROR");
          RecordField("image" + n, Msg("field.image") + n);
          RecordField("alt" + n, Msg("field.image_alt") + n);
        }
        if (posted && !rc.files.empty()) d.ShowSection("RESELECT_IMAGES");
      },
      errors);
}

Response NewPostForm(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  return FormPage(app, rc, nullptr, 200, nullptr);
}

Response CreatePost(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const auto form = ReadForm(rc, nullptr);
  auto r = posts::CreatePost(app.ctx(), rc.actor, form);
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, nullptr, 400, &err);
  }
  const auto p = posts::GetPost(app.ctx(), *r);
  const std::string flash = p->status == posts::PostStatus::kPublished ? "post_published"
                            : p->status == posts::PostStatus::kReview  ? "post_submitted"
                                                                       : "post_saved";
  WriteMedia(app, form.add_images);
  return app.RedirectWithFlash(rc, "/posts/" + to_string(*r), flash);
}

Response EditPostForm(App& app, RequestCtx& rc) {
  auto id = PostParam(rc);
  auto p = id ? posts::GetPost(app.ctx(), *id) : std::nullopt;
  if (!p) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!posts::CanEdit(rc.actor, *p)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  return FormPage(app, rc, &*p, 200, nullptr);
}

Response UpdatePost(App& app, RequestCtx& rc) {
  auto id = PostParam(rc);
  auto p = id ? posts::GetPost(app.ctx(), *id) : std::nullopt;
  if (!p) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  // Checked before any upload is even decoded.
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!posts::CanEdit(rc.actor, *p)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  const auto form = ReadForm(rc, &*p);
  auto r = posts::UpdatePost(app.ctx(), rc.actor, *id, form);
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, &*p, 400, &err);
  }
  WriteMedia(app, form.add_images);
  return app.RedirectWithFlash(rc, "/posts/" + to_string(*id), "post_saved");
}

Response PostPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  auto id = PostParam(rc);
  auto p = id ? posts::GetPost(app.ctx(), *id) : std::nullopt;
  if (!p || !posts::CanRead(rc.actor, *p)) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const auto comments = posts::CommentsOf(app.ctx(), p->id);
  // A cached page would carry another visitor's CSRF token in its report buttons.
  rc.cacheable = p->IsPublic() && std::none_of(comments.begin(), comments.end(),
                                               [](const posts::Comment& c) { return c.Shown(); });
  const bool reviewer = posts::CanReview(rc.actor, p->region_id);
  const std::string base = app.config().base_url;
  const std::string summary = markdown::Summary(p->body, 120);
  rc.og["og:type"] = "article";
  rc.og["og:title"] = p->title;
  rc.og["og:description"] = summary;
  rc.og["og:url"] = base + "/posts/" + to_string(p->id);
  rc.og["og:site_name"] = Msg("site.full_name");
  if (!p->images.empty()) {
    rc.og["og:image"] = base + "/media/" + p->images.front().file;
    rc.og["og:image:alt"] = p->images.front().alt;
  }
  // Regions whose council the actor edits, other than the post's own: where it can be featured.
  std::vector<Region> feature_regions;
  if (p->IsPublic() && !rc.actor.IsAnonymous()) {
    for (const auto& m : rc.actor.memberships) {
      if (m.org_kind != OrgKind::kCouncil || m.org_region_id == p->region_id ||
          !posts::CanReview(rc.actor, m.org_region_id))
        continue;
      if (auto r = directory::FindRegion(app.ctx(), m.org_region_id)) feature_regions.push_back(*r);
    }
  }
  return app.Page(
      rc, status, p->title, "posts/post.tpl",
      [&](Dict& d) {
        FillPost(d, *p);
        d.SetValue("BODY_HTML", markdown::Html(p->body));
        for (const auto& img : p->images) {
          Dict* e = d.AddSectionDictionary("IMAGE");
          e->SetValue("SRC", "/media/" + img.file);
          e->SetValue("ALT", img.alt);
          e->SetIntValue("WIDTH", img.width);
          e->SetIntValue("HEIGHT", img.height);
        }
        for (const auto& t : p->tags) {
          Dict* e = d.AddSectionDictionary("TAG");
          e->SetValue("TAG", t);
          e->SetValue("TAG_Q", EncodeQueryValue(t));
        }
        if (!p->tags.empty()) d.ShowSection("HAS_TAGS");
        if (p->status != posts::PostStatus::kPublished) {
          d.SetValueAndShowSection("STATUS_LABEL", posts::Label(p->status), "NOT_PUBLISHED");
        }
        if (!p->review_comment.empty() && (posts::CanEdit(rc.actor, *p) || reviewer)) {
          d.SetValueAndShowSection("REVIEW_COMMENT", p->review_comment, "HAS_REVIEW_COMMENT");
        }
        if (posts::CanEdit(rc.actor, *p)) d.ShowSection("CAN_EDIT");
        if (p->status == posts::PostStatus::kPublished && posts::CanArchive(rc.actor, *p)) {
          d.ShowSection("CAN_ARCHIVE");
        }
        if (p->status == posts::PostStatus::kReview && reviewer) {
          Dict* rv = d.AddSectionDictionary("CAN_REVIEW");
          rv->SetValue("COMMENT", errors ? FormValue(rc, "comment") : "");
          const std::string err = FieldError(errors, "comment");
          if (!err.empty()) rv->SetValueAndShowSection("COMMENT_ERROR", err, "HAS_COMMENT_ERROR");
          RecordField("comment", Msg("field.review_comment"));
        }
        for (const auto& r : feature_regions) {
          Dict* e = d.AddSectionDictionary("FEATURE");
          e->SetValue("FEATURE_SLUG", r.slug);
          e->SetValue("FEATURE_REGION", r.name);
          const bool on = posts::IsFeatured(app.ctx(), r.id, p->id);
          e->SetValue("FEATURE_ON", on ? "0" : "1");
          e->SetValue("FEATURE_LABEL", Msg(on ? "post.unfeature" : "post.feature"));
        }
        std::size_t shown = 0;
        for (const auto& cm : comments) {
          if (!cm.Shown() && !reviewer) continue;
          Dict* e = d.AddSectionDictionary("COMMENT");
          e->SetIntValue("COMMENT_ID", cm.id.value());
          e->SetValue("COMMENT_AUTHOR", cm.user_name);
          e->SetValue("COMMENT_DATE", jst::Date(cm.created_at));
          e->SetValue("COMMENT_BODY", cm.body);
          if (!cm.Shown()) {
            e->SetValueAndShowSection("COMMENT_STATUS", posts::Label(cm.status), "COMMENT_HIDDEN");
          }
          if (cm.status == posts::CommentStatus::kVisible) e->ShowSection("CAN_REPORT");
          if (reviewer) {
            Dict* m = e->AddSectionDictionary("MODERATE");
            m->SetValue("DECISION", cm.Shown() ? "hide" : "restore");
            m->SetValue("DECISION_LABEL", Msg(cm.Shown() ? "comment.hide" : "comment.restore"));
          }
          ++shown;
        }
        if (!shown) d.ShowSection("NO_COMMENTS");
        if (p->status == posts::PostStatus::kPublished) {
          if (rc.actor.IsAnonymous()) {
            d.ShowSection("LOGIN_TO_COMMENT");
          } else {
            Dict* f = d.AddSectionDictionary("COMMENT_FORM");
            AddField(*f, {.name = "comment",
                          .label = Msg("field.comment"),
                          .type = "textarea",
                          .value = errors && !reviewer ? FormValue(rc, "comment") : "",
                          .hint = Msg("hint.post_comment"),
                          .error = reviewer ? "" : FieldError(errors, "comment"),
                          .required = true});
          }
        }
      },
      errors);
}

Response GetPost(App& app, RequestCtx& rc) { return PostPage(app, rc, 200, nullptr); }

Response PostComment(App& app, RequestCtx& rc) {
  auto id = PostParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = posts::AddComment(app.ctx(), rc.actor, *id, FormValue(rc, "comment"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return PostPage(app, rc, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/posts/" + to_string(*id) + "#comment-" + to_string(*r),
                               "comment_added");
}

Response ReviewPost(App& app, RequestCtx& rc) {
  auto id = PostParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r =
      posts::Review(app.ctx(), rc.actor, *id, FormValue(rc, "decision"), FormValue(rc, "comment"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return PostPage(app, rc, 400, &err);
  }
  return app.RedirectWithFlash(
      rc, "/posts/" + to_string(*id),
      FormValue(rc, "decision") == "publish" ? "post_published" : "post_returned");
}

Response ArchivePost(App& app, RequestCtx& rc) {
  auto id = PostParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = posts::Archive(app.ctx(), rc.actor, *id);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/posts/" + to_string(*id), "post_archived");
}

Response FeaturePost(App& app, RequestCtx& rc) {
  auto id = PostParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const bool on = FormValue(rc, "on") == "1";
  auto r = posts::Feature(app.ctx(), rc.actor, FormValue(rc, "region"), *id, on);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/posts/" + to_string(*id),
                               on ? "post_featured" : "post_unfeatured");
}

// The reporter of a comment: the account, or a keyed digest of the address for visitors.
std::string Reporter(App& app, const RequestCtx& rc) {
  if (!rc.actor.IsAnonymous()) return "user:" + to_string(rc.actor.id);
  return "addr:" +
         crypto::Hmac(app.config().municipality_code + "report", app.ClientAddress(rc.req));
}

std::optional<posts::PostId> PostOfComment(App& app, posts::CommentId comment) {
  auto c = posts::FindComment(app.ctx(), comment);
  if (!c) return std::nullopt;
  return c->post_id;
}

Response ReportComment(App& app, RequestCtx& rc) {
  auto id = CommentParam(rc);
  auto post = id ? PostOfComment(app, *id) : std::nullopt;
  if (!post) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = posts::ReportComment(app.ctx(), rc.actor, Reporter(app, rc), *id);
  if (!r && r.error().kind != FailureKind::kConflict) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/posts/" + to_string(*post) + "#comments",
                               r ? "comment_reported" : "comment_already_reported");
}

Response ModerateComment(App& app, RequestCtx& rc) {
  auto id = CommentParam(rc);
  auto post = id ? PostOfComment(app, *id) : std::nullopt;
  if (!post) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const std::string decision = FormValue(rc, "decision");
  auto r = posts::ModerateComment(app.ctx(), rc.actor, *id, decision);
  if (!r) return app.ErrorPage(rc, r.error());
  const auto p = posts::GetPost(app.ctx(), *post);
  const std::string back = FormValue(rc, "back") == "queue" && p
                               ? "/regions/" + p->region_slug + "/review"
                               : "/posts/" + to_string(*post) + "#comments";
  return app.RedirectWithFlash(rc, back,
                               decision == "hide" ? "comment_hidden" : "comment_restored");
}

Response ListPosts(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const std::string region_slug = QueryParam(rc.req, "region"),
                    category = QueryParam(rc.req, "category"), from = QueryParam(rc.req, "from"),
                    to = QueryParam(rc.req, "to"), tag = QueryParam(rc.req, "tag");
  const int page =
      std::max(1, static_cast<int>(text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1)));
  posts::Filter f;
  std::optional<Region> region;
  if (!region_slug.empty()) {
    region = directory::FindRegionBySlug(app.ctx(), region_slug);
    if (!region) return app.ErrorPage(rc, 404, Msg("error.no_region"));
    f.region = region->id;
    f.members_of_region = posts::IsRegionMember(rc.actor, region->id);
  }
  if (!category.empty() && posts::IsCategory(category)) f.category = category;
  f.from = from;
  f.to = to;
  f.tag = text::Nfkc(tag);
  f.count_cap = 10000;
  constexpr int kPer = 20;
  const auto result = posts::ListPublished(app.ctx(), f, std::min(page, 10000), kPer);
  rc.alternates.push_back({"application/atom+xml", Msg("feed.title"), "/feed.atom"});
  return app.Page(rc, 200, Msg("page.posts_title"), "posts/posts.tpl", [&](Dict& d) {
    AddFilterForm(app, d, "/posts", region_slug, category, from, to, true);
    if (!tag.empty()) d.SetValueAndShowSection("TAG", tag, "HAS_TAG");
    for (const auto& p : result.items) AddPostItem(d, p);
    if (result.items.empty()) d.ShowSection("NO_POSTS");
    std::string total = Msg(result.more ? "list.count_more" : "list.count");
    total.replace(total.find("{n}"), 3, text::WithThousands(result.total));
    d.SetValue("TOTAL", total);
    std::string q = "region=" + EncodeQueryValue(region_slug) +
                    "&category=" + EncodeQueryValue(category) + "&from=" + EncodeQueryValue(from) +
                    "&to=" + EncodeQueryValue(to) + "&tag=" + EncodeQueryValue(tag);
    FillPager(d, "/posts?" + q, page, result.total, kPer);
    if (!rc.actor.IsAnonymous()) d.ShowSection("CAN_WRITE");
  });
}

// The council's desk: residents' posts waiting, reported comments, the posting rules.
Response ReviewDesk(App& app, RequestCtx& rc, int status, const Failure* errors) {
  const std::string slug = rc.params.at("slug");
  auto region = directory::FindRegionBySlug(app.ctx(), slug);
  if (!region) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!posts::CanReview(rc.actor, region->id))
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  const auto queue = posts::ReviewQueue(app.ctx(), region->id);
  const auto reported = posts::ReportedComments(app.ctx(), region->id);
  const std::string rules = posts::Rules(app.ctx(), region->id);
  const std::string title = region->name + Msg("page.review_suffix");
  return app.Page(
      rc, status, title, "posts/review.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetValue("SLUG", region->slug);
        d.SetValue("REGION_NAME", region->name);
        for (const auto& p : queue) AddPostItem(d, p);
        if (queue.empty()) d.ShowSection("NO_POSTS");
        for (const auto& c : reported) {
          Dict* e = d.AddSectionDictionary("COMMENT");
          e->SetIntValue("COMMENT_ID", c.id.value());
          e->SetIntValue("POST_ID", c.post_id.value());
          e->SetValue("COMMENT_BODY", c.body);
          e->SetIntValue("REPORTS", c.reports);
        }
        if (reported.empty()) d.ShowSection("NO_COMMENTS");
        AddField(d, {.name = "rules",
                     .label = Msg("field.posting_rules"),
                     .type = "textarea",
                     .value = errors ? FormValue(rc, "rules") : rules,
                     .hint = Msg("hint.posting_rules"),
                     .error = FieldError(errors, "rules"),
                     .required = true});
      },
      errors);
}

Response GetReviewDesk(App& app, RequestCtx& rc) { return ReviewDesk(app, rc, 200, nullptr); }

Response PostRules(App& app, RequestCtx& rc) {
  const std::string slug = rc.params.at("slug");
  auto r = posts::SetRules(app.ctx(), rc.actor, slug, FormValue(rc, "rules"));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return ReviewDesk(app, rc, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/regions/" + slug + "/review", "rules_saved");
}

Response Media(App& app, RequestCtx& rc) {
  const std::string file = rc.params.at("file");
  // "<64 hex>.<ext>": nothing else is ever served from the media folder.
  const auto dot = file.find('.');
  if (dot != 64) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  for (std::size_t i = 0; i < 64; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(file[i])) ||
        std::isupper(static_cast<unsigned char>(file[i])))
      return app.ErrorPage(rc, 404, Msg("error.not_found"));
  }
  const std::string ext = file.substr(65);
  const std::string type = ext == "jpg"    ? "image/jpeg"
                           : ext == "png"  ? "image/png"
                           : ext == "webp" ? "image/webp"
                                           : "";
  if (type.empty()) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  std::ifstream in(std::filesystem::path(app.config().media_dir) / file, std::ios::binary);
  if (!in) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  Response r;
  r.content_type = type;
  r.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  // Named by its content: it never changes.
  r.Set("Cache-Control", "public, max-age=31536000, immutable");
  return r;
}

}  // namespace

void AddPostRoutes(Router<Handler>& r) {
  r.Add("GET", "/posts", ListPosts);
  r.Add("GET", "/posts/new", NewPostForm);
  r.Add("POST", "/posts/new", CreatePost);
  r.Add("GET", "/posts/{id}", GetPost);
  r.Add("GET", "/posts/{id}/edit", EditPostForm);
  r.Add("POST", "/posts/{id}/edit", UpdatePost);
  r.Add("POST", "/posts/{id}/comments", PostComment);
  r.Add("POST", "/posts/{id}/review", ReviewPost);
  r.Add("POST", "/posts/{id}/archive", ArchivePost);
  r.Add("POST", "/posts/{id}/feature", FeaturePost);
  r.Add("POST", "/comments/{id}/report", ReportComment);
  r.Add("POST", "/comments/{id}/moderate", ModerateComment);
  r.Add("GET", "/regions/{slug}/review", GetReviewDesk);
  r.Add("POST", "/regions/{slug}/rules", PostRules);
  r.Add("GET", "/media/{file}", Media);
}

}  // namespace tsunagu::web
