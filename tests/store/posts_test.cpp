// Posts, events and search on both backends.
#include <gtest/gtest.h>

#include "features/events/commands.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/queries.hpp"
#include "platform/search/index.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

// Posts, events and Japanese search behave the same on both backends: one- and two-character
// queries, full-width and half-width forms, filters; what is not public is not found.
TEST_F(Conformance, PostsEventsAndJapaneseSearch) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  search::Rebuild(ctx);
  auto actor = [&](const std::string& email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  auto find = [&](const std::string& q, const std::string& region = "",
                  const std::string& kind = "") {
    auto r = search::Run(ctx, {q, region, "", kind, 1, 20});
    EXPECT_TRUE(r) << q;
    return r ? *r : search::Results{};
  };
  for (const char* q : {"防災", "交通", "祭", "空き家", "ボランティア"}) {
    EXPECT_GT(find(q).total, 0) << q;
  }
  // A hit's snippet shows the match; filters narrow.
  const auto bosai = find("防災");
  bool highlighted = false;
  for (const auto& seg : bosai.items.front().snippet) highlighted |= seg.hit && seg.text == "防災";
  EXPECT_TRUE(highlighted);
  const auto sue = find("防災", "sue");
  EXPECT_GT(sue.total, 0);
  EXPECT_LT(sue.total, bosai.total);
  for (const auto& h : sue.items) EXPECT_EQ(h.region_slug, "sue");
  EXPECT_LE(find("防災訓練").total, bosai.total);
  for (const auto& h : find("祭", "", "event").items) EXPECT_EQ(h.kind, "event");
  EXPECT_EQ(find("ＮＰＯ").total, find("npo").total);
  EXPECT_GT(find("NPO").total, 0);
  EXPECT_EQ(find("ﾎﾞﾗﾝﾃｨｱ").total, find("ボランティア").total);
  EXPECT_EQ(find("災防").total, 0);
  EXPECT_FALSE(search::Run(ctx, {std::string(1000, 'a'), "", "", "", 1, 20}));
  EXPECT_FALSE(search::Run(ctx, {"防災", "atlantis", "", "", 1, 20}));

  // A resident's post is found only once the council has published it.
  const Actor resident = actor("resident-sue@example.jp");
  const Actor council = actor("council-sue@example.jp");
  posts::PostForm f{"sue",
                    "",
                    "ほげ川の清掃ボランティア",
                    "日曜日に**ほげ川**を掃除します。",
                    "kankyo",
                    "清掃、川",
                    "public",
                    "publish",
                    {},
                    {},
                    {},
                    {}};
  auto id = posts::CreatePost(ctx, resident, f);
  ASSERT_TRUE(id);
  EXPECT_EQ(posts::GetPost(ctx, *id)->status, posts::PostStatus::kReview);
  EXPECT_EQ(find("ほげ").total, 0);
  EXPECT_FALSE(posts::Review(ctx, actor("council-ato@example.jp"), *id, "publish", ""));
  EXPECT_FALSE(posts::Review(ctx, council, *id, "return", ""));  // a comment is required
  ASSERT_TRUE(posts::Review(ctx, council, *id, "publish", ""));
  EXPECT_EQ(find("ほげ").total, 1);
  EXPECT_EQ(find("ほげ川").items.at(0).id, id->value());
  // Three reports hide a comment; a restored comment stays.
  auto comment = posts::AddComment(ctx, resident, *id, "参加します");
  ASSERT_TRUE(comment);
  for (const char* who : {"user:1", "user:2", "addr:x"}) {
    ASSERT_TRUE(posts::ReportComment(ctx, Actor{}, who, *comment));
  }
  EXPECT_FALSE(posts::ReportComment(ctx, Actor{}, "addr:x", *comment));  // once per reporter
  EXPECT_EQ(posts::CommentsOf(ctx, *id).at(0).status, posts::CommentStatus::kReported);
  ASSERT_TRUE(posts::ModerateComment(ctx, council, *comment, "restore"));
  ASSERT_TRUE(posts::ReportComment(ctx, Actor{}, "addr:y", *comment));
  EXPECT_TRUE(posts::CommentsOf(ctx, *id).at(0).Shown());
  ASSERT_TRUE(posts::Archive(ctx, council, *id));
  EXPECT_EQ(find("ほげ").total, 0);

  // An event with one place: the second person waits and moves up when the first cancels.
  events::EventForm e;
  e.region = "sue";
  e.org =
      to_string(db_->Read([&](Conn& c) { return FindCouncilOf(c, council.home_region_id)->id; }));
  e.title = "ふがふが体験会";
  e.title_kana = "ふがふがたいけんかい";
  e.start_date = "2026-12-20";
  e.start_time = "10:00";
  e.end_time = "12:00";
  e.capacity = "1";
  auto ev = events::CreateEvent(ctx, council, e);
  ASSERT_TRUE(ev) << ev.error().message;
  EXPECT_EQ(events::GetEvent(ctx, *ev)->title_kana, "フガフガタイケンカイ");
  EXPECT_EQ(find("ふがふが", "", "event").total, 1);
  const Actor other = actor("resident-suzenji@example.jp");
  EXPECT_EQ(events::SignUp(ctx, resident, *ev).value(), events::SignupStatus::kConfirmed);
  EXPECT_EQ(events::SignUp(ctx, other, *ev).value(), events::SignupStatus::kWaitlist);
  EXPECT_FALSE(events::SignUp(ctx, other, *ev));  // already waiting
  ASSERT_TRUE(events::Withdraw(ctx, resident, *ev));
  EXPECT_EQ(events::SignupStatusOf(ctx, other, *ev), events::SignupStatus::kConfirmed);
  e.capacity = "-3";
  EXPECT_FALSE(events::CreateEvent(ctx, council, e));
  // A cancelled event leaves the index, and a rebuild of the index agrees.
  ASSERT_TRUE(events::CancelEvent(ctx, council, *ev));
  EXPECT_EQ(find("ふがふが", "", "event").total, 0);
  search::Rebuild(ctx);
  EXPECT_EQ(find("ふがふが", "", "event").total, 0);
  EXPECT_GT(find("防災").total, 0);
}

}  // namespace
}  // namespace tsunagu::store
