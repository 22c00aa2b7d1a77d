#include <gtest/gtest.h>

#include "platform/text.hpp"

namespace tsunagu::text {
namespace {

TEST(Text, NfkcFoldsFullAndHalfWidth) {
  EXPECT_EQ(Nfkc("ＡＢＣ１２３"), "ABC123");
  EXPECT_EQ(Nfkc("ｶﾀｶﾅ"), "カタカナ");
  EXPECT_EQ(Nfkc("防災"), "防災");
}

TEST(Text, NfkcLowerMakesEmailsCaseInsensitive) {
  EXPECT_EQ(NfkcLower("Taro@Example.JP"), "taro@example.jp");
  EXPECT_EQ(NfkcLower("ＴＡＲＯ＠example.jp"), "taro@example.jp");
}

TEST(Text, RejectsMalformedUtf8AndControlCharacters) {
  EXPECT_TRUE(IsValidText("山口市\n湯田\t温泉"));
  EXPECT_FALSE(IsValidText("\xff\xfe"));
  EXPECT_FALSE(IsValidText("abc\xe3\x81"));  // truncated sequence
  EXPECT_FALSE(IsValidText(std::string("a\0b", 3)));
  EXPECT_FALSE(IsValidText("bell\x07"));
  EXPECT_FALSE(IsValidText("\xc0\xaf"));  // overlong '/'
}

TEST(Text, TrimRemovesIdeographicSpace) {
  EXPECT_EQ(Trim("\u3000 山口 \u3000"), "山口");
  EXPECT_EQ(Trim("   "), "");
}

TEST(Text, LengthCountsCodePoints) {
  EXPECT_EQ(Length("山口市"), 3u);
  EXPECT_EQ(Length("abc"), 3u);
}

TEST(Text, EmailShape) {
  EXPECT_TRUE(LooksLikeEmail("taro@example.jp"));
  EXPECT_FALSE(LooksLikeEmail("taro@example"));
  EXPECT_FALSE(LooksLikeEmail("taro example@x.jp"));
  EXPECT_FALSE(LooksLikeEmail("@example.jp"));
  EXPECT_FALSE(LooksLikeEmail("a@b@c.jp"));
  EXPECT_FALSE(LooksLikeEmail(std::string(250, 'a') + "@x.jp"));
}

}  // namespace
}  // namespace tsunagu::text

namespace tsunagu {
namespace {

TEST(Text, WebUrlsThatAPersonTyped) {
  EXPECT_TRUE(text::IsWebUrl("https://example.jp/"));
  EXPECT_TRUE(text::IsWebUrl("http://example.jp/a?b=c"));
  EXPECT_FALSE(text::IsWebUrl("https://"));
  EXPECT_FALSE(text::IsWebUrl("javascript:alert(1)"));
  EXPECT_FALSE(text::IsWebUrl("ftp://example.jp/file"));
  EXPECT_FALSE(text::IsWebUrl("https://example.jp/a b"));
  EXPECT_FALSE(text::IsWebUrl("https://example.jp/\n"));
  EXPECT_FALSE(text::IsWebUrl("https://example.jp/\"><script>"));
}

TEST(Text, ReplaceAllFillsEveryPlaceholder) {
  EXPECT_EQ(text::ReplaceAll("{n}人と{n}人", "{n}", "3"), "3人と3人");
  EXPECT_EQ(text::ReplaceAll("{a}", "{a}", "{a}{a}"), "{a}{a}");  // no re-scan of the value
  EXPECT_EQ(text::ReplaceAll("なし", "{n}", "3"), "なし");
}

}  // namespace
}  // namespace tsunagu
