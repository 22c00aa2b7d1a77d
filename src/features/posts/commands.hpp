// Posts (お知らせ・活動報告) of the regional information platform (plan 1-1, 3-3).
//
// An organisation's editors publish for it at once; a resident submits a post for their home
// region, which waits in the council's review queue (確認待ち) until a council editor publishes
// it or returns it with a comment. Each council keeps its posting rules (投稿ルール). Logged-in
// people comment; anyone may report a comment, and three reports hide it until a council
// editor decides. A council can feature another region's post on its own page.
#pragma once

#include <cstdint>
#include <string>

#include "features/posts/model.hpp"
#include "features/posts/queries.hpp"
#include "features/posts/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::posts {

Result<PostId> CreatePost(const Ctx& ctx, const Actor& actor, PostForm form);
Result<void> UpdatePost(const Ctx& ctx, const Actor& actor, PostId id, PostForm form);
// A council editor publishes a resident's post or returns it with a comment (required).
Result<void> Review(const Ctx& ctx, const Actor& actor, PostId id, const std::string& decision,
                    std::string comment);
Result<void> Archive(const Ctx& ctx, const Actor& actor, PostId id);
Result<void> SetRules(const Ctx& ctx, const Actor& actor, const std::string& region,
                      std::string body);
Result<void> Feature(const Ctx& ctx, const Actor& actor, const std::string& region, PostId post,
                     bool on);

// Comments
Result<CommentId> AddComment(const Ctx& ctx, const Actor& actor, PostId post, std::string body);
// reporter: "user:<id>" or "addr:<digest>"; one report per reporter and comment.
Result<void> ReportComment(const Ctx& ctx, const Actor& actor, const std::string& reporter,
                           CommentId comment);
// "hide" or "restore" (restored comments are not hidden by reports again).
Result<void> ModerateComment(const Ctx& ctx, const Actor& actor, CommentId comment,
                             const std::string& decision);

}  // namespace tsunagu::posts
