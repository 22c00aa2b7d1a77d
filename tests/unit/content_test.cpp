// Posts and events: what their pure parts promise (dates in Asia/Tokyo, Markdown without
// HTML, tags, katakana names, the attendee CSV).
#include <gtest/gtest.h>

#include "features/events/commands.hpp"
#include "features/posts/commands.hpp"
#include "platform/config.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"

namespace tsunagu {
namespace {

TEST(Jst, DatesAndTimesAreJapanTime) {
  // 2026-12-05 00:00 JST is 2026-12-04 15:00 UTC.
  EXPECT_EQ(jst::Midnight("2026-12-05"), 1796396400);
  EXPECT_EQ(jst::Date(jst::Midnight("2026-12-05")), "2026-12-05");
  EXPECT_EQ(jst::Time(jst::Midnight("2026-12-05") + 10 * 3600 + 30 * 60), "10:30");
  EXPECT_EQ(jst::LongDate("2026-12-05"), "2026年12月5日（土）");
  EXPECT_EQ(jst::Rfc3339(jst::Midnight("2026-12-05")), "2026-12-04T15:00:00Z");
  EXPECT_EQ(jst::Iso(jst::Midnight("2026-12-05")), "2026-12-05T00:00:00+09:00");
}

TEST(Jst, ParsesIsoDateTimesWithAnOffsetOnly) {
  const auto t = jst::ParseDateTime("2026-12-05T10:00:00+09:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(*t, jst::Midnight("2026-12-05") + 10 * 3600);
  EXPECT_EQ(jst::ParseDateTime("2026-12-05T01:00:00Z"), t);
  EXPECT_EQ(jst::ParseDateTime("2026-12-05T01:00Z"), t);
  EXPECT_FALSE(jst::ParseDateTime("2026-12-05T10:00:00"));  // no offset
  EXPECT_FALSE(jst::ParseDateTime("2026-02-30T10:00:00+09:00"));
  EXPECT_FALSE(jst::ParseDateTime("2026-12-05T25:00:00+09:00"));
  EXPECT_FALSE(jst::ParseDateTime("tomorrow"));
}

TEST(Markdown, RendersMarkupAndDropsHtmlAndScriptLinks) {
  const std::string html = markdown::Html(
      "## 防災訓練\n\n- 集合：9時\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))");
  EXPECT_NE(html.find("<h2>防災訓練</h2>"), std::string::npos);
  EXPECT_NE(html.find("<li>集合：9時</li>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_EQ(markdown::Text("## 見出し\n\n**太字**です。"), "見出し 太字です。");
  EXPECT_EQ(markdown::Summary("あいうえおかきくけこ", 5), "あいうえお…");
}

TEST(Posts, TagsAreSplitOnCommasAndSpacesNormalisedAndUnique) {
  EXPECT_EQ(posts::ParseTags("防災訓練、子ども食堂,　#防災訓練 ＮＰＯ"),
            (std::vector<std::string>{"防災訓練", "子ども食堂", "NPO"}));
  EXPECT_TRUE(posts::ParseTags(" ,、 ").empty());
  std::string many;
  for (int i = 0; i < 15; ++i) {
    many += std::to_string(i);
    many += "t,";
  }
  EXPECT_EQ(posts::ParseTags(many).size(), 10u);
}

TEST(Posts, CategoriesAreTheIssuesLabels) {
  messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  std::vector<std::string> labels;
  for (const char* k : posts::kCategories) labels.push_back(posts::CategoryLabel(k));
  EXPECT_EQ(labels, (std::vector<std::string>{"防災", "福祉", "交通", "子ども・教育", "環境",
                                              "文化・祭り", "移住・定住", "地域づくり", "その他"}));
  EXPECT_EQ(posts::CategoryFromLabel("防災"), "bosai");
  EXPECT_FALSE(posts::CategoryFromLabel("bosai"));
  EXPECT_FALSE(posts::CategoryFromLabel("天気"));
}

TEST(Text, KatakanaNamesForOpenData) {
  EXPECT_EQ(text::Katakana("なつまつり"), "ナツマツリ");
  EXPECT_TRUE(text::IsKatakanaName("ナツマツリ 2026"));
  EXPECT_TRUE(text::IsKatakanaName("ボウサイクンレン"));
  EXPECT_FALSE(text::IsKatakanaName("夏祭り"));
}

TEST(Events, AttendeeCsvOpensInExcel) {
  messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  const std::string csv =
      events::AttendeesCsv({{1, "山口 花子", "hanako@example.jp", events::SignupStatus::kConfirmed,
                             jst::Midnight("2026-12-01") + 3600},
                            {2, "Doe, \"J\"", "j@example.jp", events::SignupStatus::kWaitlist,
                             jst::Midnight("2026-12-02")}});
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.find("番号,氏名,メールアドレス,状態,申込日時\r\n"), std::string::npos);
  EXPECT_NE(csv.find("1,山口 花子,hanako@example.jp,参加,2026-12-01 01:00\r\n"), std::string::npos);
  EXPECT_NE(csv.find("2,\"Doe, \"\"J\"\"\",j@example.jp,キャンセル待ち,2026-12-02 00:00\r\n"),
            std::string::npos);
}

}  // namespace
}  // namespace tsunagu
