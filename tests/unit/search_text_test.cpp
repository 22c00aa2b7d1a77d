#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "platform/search/text.hpp"

namespace tsunagu::search {
namespace {

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t j = s.find(' ', i);
    const std::size_t end = j == std::string::npos ? s.size() : j;
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// The code points of valid UTF-8, each as its own string.
std::vector<std::string> Chars(const std::string& s) {
  std::vector<std::string> out;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) out.emplace_back();
    out.back() += static_cast<char>(c);
  }
  return out;
}

std::string Join(const std::vector<Segment>& segments) {
  std::string out;
  for (const Segment& s : segments) out += s.text;
  return out;
}

// Lexeme -> positions of a TsVectorLiteral whose lexemes contain no quotes.
std::map<std::string, std::set<int>> ParseTsVector(const std::string& literal) {
  std::map<std::string, std::set<int>> out;
  for (const std::string& entry : Split(literal)) {
    const std::size_t colon = entry.rfind(':');
    const std::string lexeme = entry.substr(1, colon - 2);
    out[lexeme].insert(std::stoi(entry.substr(colon + 1, entry.size() - colon - 2)));
  }
  return out;
}

TEST(SearchText, NormalizeFoldsWidthAndCase) {
  EXPECT_EQ(Normalize("ＡＢＣ"), "abc");
  EXPECT_EQ(Normalize("ｶﾀｶﾅ"), "カタカナ");
  EXPECT_EQ(Normalize("Ｎｐｏ法人"), "npo法人");
  EXPECT_EQ(Normalize("ｶﾞｲﾄﾞ"), "ガイド");
  EXPECT_EQ(Normalize("a\tb\nc\x01"), "a b c ");
}

TEST(SearchText, IndexStreamsOfOneRun) {
  const Streams s = IndexStreams("防災訓練");
  EXPECT_EQ(s.bigrams, "防災 災訓 訓練");
  EXPECT_EQ(s.unigrams, "防 災 訓 練");
}

TEST(SearchText, IndexStreamsSeparatesRunsAndWords) {
  const Streams s = IndexStreams("夏祭り、NPO 2026年");
  EXPECT_EQ(s.bigrams, "夏祭 祭り npo 2026 年");
  EXPECT_EQ(s.unigrams, "夏 祭 り 年");

  const Streams t = IndexStreams("「ｺｰﾋｰ」教室（ＮＰＯ法人）人々");
  EXPECT_EQ(t.bigrams, "コー ーヒ ヒー 教室 npo 法人 人々");
  EXPECT_EQ(t.unigrams, "コ ー ヒ ー 教 室 法 人 人 々");

  EXPECT_EQ(IndexStreams("it's Москва 서울").bigrams, "it s москва 서울");
  EXPECT_EQ(IndexStreams("it's Москва 서울").unigrams, "");
  EXPECT_EQ(IndexStreams("").bigrams, "");
  EXPECT_EQ(IndexStreams("。、！").unigrams, "");
}

TEST(SearchText, TsVectorPositions) {
  EXPECT_EQ(TsVectorLiteral("防災訓練", 'A'),
            "'防災':1A '防':1A '災訓':2A '災':2A '訓練':3A '訓':3A '練':3A");
  EXPECT_EQ(TsVectorLiteral("祭、NPO法人", 'B'), "'祭':1B 'npo':2B '法人':3B '法':3B '人':3B");
  EXPECT_EQ(TsVectorLiteral("ああ", 'C'), "'ああ':1C 'あ':1C");
  EXPECT_EQ(TsVectorLiteral("", 'D'), "");
  EXPECT_EQ(TsVectorLiteral("、。", 'D'), "");
  EXPECT_THROW(TsVectorLiteral("a", 'E'), std::invalid_argument);
}

TEST(SearchText, TsVectorStopsAtPositionLimit) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "a ";
  const std::vector<std::string> entries = Split(TsVectorLiteral(text, 'D'));
  ASSERT_EQ(entries.size(), 16383u);
  EXPECT_EQ(entries.back(), "'a':16383D");

  std::string cjk;
  for (int i = 0; i < 10000; ++i) cjk += "防災";
  const std::string literal = TsVectorLiteral(cjk, 'A');
  EXPECT_TRUE(literal.ends_with("'防災':16383A '防':16383A"))
      << literal.substr(literal.size() - 60);
}

TEST(SearchText, ParseQueryShapes) {
  const auto one = ParseQuery("祭");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_TRUE(one[0].unigram);
  EXPECT_EQ(one[0].tokens, std::vector<std::string>{"祭"});

  const auto two = ParseQuery("防災");
  ASSERT_EQ(two.size(), 1u);
  EXPECT_FALSE(two[0].unigram);
  EXPECT_EQ(two[0].tokens, std::vector<std::string>{"防災"});

  const auto four = ParseQuery("防災訓練");
  ASSERT_EQ(four.size(), 1u);
  EXPECT_FALSE(four[0].unigram);
  EXPECT_EQ(four[0].tokens, (std::vector<std::string>{"防災", "災訓", "訓練"}));

  const auto mixed = ParseQuery("ＮＰＯ法人");
  ASSERT_EQ(mixed.size(), 2u);
  EXPECT_EQ(mixed[0].tokens, std::vector<std::string>{"npo"});
  EXPECT_FALSE(mixed[0].unigram);
  EXPECT_EQ(mixed[1].tokens, std::vector<std::string>{"法人"});
}

TEST(SearchText, ParseQueryNormalizesAndSkipsEmptyTerms) {
  const auto half = ParseQuery("ｶﾀｶﾅ");
  const auto full = ParseQuery("カタカナ");
  ASSERT_EQ(half.size(), 1u);
  EXPECT_EQ(half[0].tokens, full[0].tokens);
  EXPECT_EQ(half[0].unigram, full[0].unigram);

  EXPECT_TRUE(ParseQuery("  ").empty());
  EXPECT_TRUE(ParseQuery("").empty());
  EXPECT_TRUE(ParseQuery("\u3000、。「」 ！？").empty());
  EXPECT_EQ(ParseQuery("\u3000防災\u3000").size(), 1u);
  EXPECT_EQ(ParseQuery("防災 防災").size(), 1u);
}

TEST(SearchText, ParseQueryKeepsAtMostEightTerms) {
  const auto phrases = ParseQuery("、 a b c d e f g h i j");
  ASSERT_EQ(phrases.size(), 8u);
  EXPECT_EQ(phrases.back().tokens, std::vector<std::string>{"h"});
}

TEST(SearchText, Fts5MatchExpressions) {
  EXPECT_EQ(Fts5Match(ParseQuery("防災訓練 祭")),
            "{title_bi body_bi} : \"防災 災訓 訓練\" AND {title_uni body_uni} : \"祭\"");
  EXPECT_EQ(Fts5Match(ParseQuery("it's")),
            "{title_bi body_bi} : \"it\" AND {title_bi body_bi} : \"s\"");
  EXPECT_EQ(Fts5Match(ParseQuery("\"交通\"")), "{title_bi body_bi} : \"交通\"");
  EXPECT_EQ(Fts5Match({Phrase{{"a\"b"}, false}}), "{title_bi body_bi} : \"a\"\"b\"");
  EXPECT_EQ(Fts5Match({}), "");
}

TEST(SearchText, TsQueryLiterals) {
  EXPECT_EQ(TsQueryLiteral(ParseQuery("防災訓練 祭")), "'防災' <-> '災訓' <-> '訓練' & '祭'");
  EXPECT_EQ(TsQueryLiteral(ParseQuery("it's")), "'it' & 's'");
  EXPECT_EQ(TsQueryLiteral(ParseQuery("NPO法人")), "'npo' & '法人'");
  EXPECT_EQ(TsQueryLiteral({Phrase{{"o'k", "a\\b"}, false}}), "'o''k' <-> 'a\\\\b'");
  EXPECT_EQ(TsQueryLiteral({}), "");
}

TEST(SearchText, SnippetHighlightsAroundFirstMatch) {
  std::string text;
  for (int i = 0; i < 10; ++i) text += "山口市の公民館で";
  text += "防災訓練を行いました。";
  for (int i = 0; i < 10; ++i) text += "湯田温泉の皆さん";
  const auto segments = Snippet(text, ParseQuery("防災"), 40);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_FALSE(segments[0].hit);
  EXPECT_TRUE(segments[0].text.starts_with("…"));
  EXPECT_EQ(segments[1].text, "防災");
  EXPECT_TRUE(segments[1].hit);
  EXPECT_FALSE(segments[2].hit);
  EXPECT_TRUE(segments[2].text.ends_with("…"));
  EXPECT_EQ(Chars(Join(segments)).size(), 42u);  // 40 + two "…"
}

TEST(SearchText, SnippetMarksEveryOccurrenceInWindow) {
  const auto segments = Snippet("防災\n\n  訓練と防災　訓練", ParseQuery("訓練"), 100);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[0].text, "防災 ");
  EXPECT_EQ(segments[1].text, "訓練");
  EXPECT_TRUE(segments[1].hit);
  EXPECT_EQ(segments[2].text, "と防災 ");
  EXPECT_EQ(segments[3].text, "訓練");
  EXPECT_TRUE(segments[3].hit);

  // Bigram phrase: the whole original substring; overlapping occurrences merge.
  const auto aa = Snippet("xあああy", ParseQuery("ああ"), 100);
  ASSERT_EQ(aa.size(), 3u);
  EXPECT_EQ(aa[1].text, "あああ");
  EXPECT_TRUE(aa[1].hit);
}

TEST(SearchText, SnippetMatchesWholeWordsOnNormalizedText) {
  const auto segments = Snippet("ＮＰＯ法人の npo と snpo", ParseQuery("NPO"), 100);
  // "npo" inside "snpo" is not a word match.
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[0].text, "npo");
  EXPECT_TRUE(segments[0].hit);
  EXPECT_EQ(segments[1].text, "法人の ");
  EXPECT_EQ(segments[2].text, "npo");
  EXPECT_TRUE(segments[2].hit);
  EXPECT_EQ(segments[3].text, " と snpo");
  EXPECT_FALSE(segments[3].hit);
  EXPECT_EQ(Join(Snippet("ＮＰＯ法人の npo と snpo", ParseQuery("NPO"), 10)), "npo法人の npo…");
}

TEST(SearchText, SnippetWithoutMatchIsTheStart) {
  const auto segments = Snippet("  abc   def", ParseQuery("祭"), 5);
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].text, "abc d…");
  EXPECT_FALSE(segments[0].hit);

  const auto whole = Snippet("お祭り", {}, 100);
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(whole[0].text, "お祭り");
  EXPECT_TRUE(Snippet("", ParseQuery("祭"), 100).empty());
  EXPECT_TRUE(Snippet(" \n ", ParseQuery("祭"), 100).empty());
}

TEST(SearchText, SnippetMatchNearTheEndFillsTheWindow) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "あ";
  text += "祭";
  const auto segments = Snippet(text, ParseQuery("祭"), 20);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(Chars(segments[0].text).size(), 20u);  // "…" + 19
  EXPECT_EQ(segments[1].text, "祭");
  EXPECT_TRUE(segments[1].hit);
}

TEST(SearchText, AcceptableQueries) {
  EXPECT_TRUE(IsAcceptableQuery("防災"));
  EXPECT_TRUE(IsAcceptableQuery(""));
  EXPECT_FALSE(IsAcceptableQuery(std::string(1000, 'a')));
  EXPECT_FALSE(IsAcceptableQuery("\x01"));
  EXPECT_FALSE(IsAcceptableQuery("a\tb"));
  EXPECT_FALSE(IsAcceptableQuery("a\x7f"));
  EXPECT_FALSE(IsAcceptableQuery("a\xC2\x85"));  // NEL (C1)
  EXPECT_FALSE(IsAcceptableQuery("\xff"));

  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "防";
  EXPECT_TRUE(IsAcceptableQuery(hundred));
  EXPECT_TRUE(IsAcceptableQuery("\u3000 " + hundred + " \u3000"));
  EXPECT_FALSE(IsAcceptableQuery(hundred + "災"));
}

TEST(SearchText, QueryDoesNotMatchOtherOrder) {
  const std::vector<std::string> bigrams = Split(IndexStreams("防災訓練").bigrams);
  const auto phrases = ParseQuery("災防");
  ASSERT_EQ(phrases.size(), 1u);
  for (const std::string& token : phrases[0].tokens) {
    EXPECT_EQ(std::find(bigrams.begin(), bigrams.end(), token), bigrams.end());
  }
}

// Every CJK substring of 1..4 characters of a text, used as a query, is found in the text's
// index streams, in its tsvector, and highlighted by Snippet.
TEST(SearchText, EveryShortCjkSubstringFindsItsText) {
  const std::vector<std::string> sentences = {
      "明日は地域の防災訓練があります。",
      "夏祭りの準備、ボランティア募集中！",
      "ｶﾀｶﾅのお知らせ：コーヒー教室を開催します",
      "人々が集まる交通安全の講習会",
      "いすゞ自動車の工場見学ツアーとこゝろの朗読",
      "ＮＰＯ法人つながり主催 2026年度 総会のご案内",
      "ああああ、祭祭。ヽヾ",
      "市の\n「子育て支援」　センター（3階）",
  };
  int checked = 0;
  for (const std::string& sentence : sentences) {
    const Streams streams = IndexStreams(sentence);
    const std::vector<std::string> bigrams = Split(streams.bigrams);
    const std::vector<std::string> unigrams = Split(streams.unigrams);
    const auto ts = ParseTsVector(TsVectorLiteral(sentence, 'A'));
    const std::vector<std::string> chars = Chars(Normalize(sentence));
    std::vector<bool> cjk;
    for (const std::string& c : chars) cjk.push_back(IndexStreams(c).unigrams == c);

    for (std::size_t i = 0; i < chars.size(); ++i) {
      std::string query;
      for (std::size_t len = 1; len <= 4 && i + len <= chars.size() && cjk[i + len - 1]; ++len) {
        query += chars[i + len - 1];
        SCOPED_TRACE(sentence + " / " + query);
        const auto phrases = ParseQuery(query);
        ASSERT_EQ(phrases.size(), 1u);
        const Phrase& p = phrases[0];
        ASSERT_EQ(p.unigram, len == 1);
        ASSERT_EQ(p.tokens.size(), len == 1 ? 1u : len - 1);

        // FTS5: unigram in the unigram stream; bigram phrase consecutive in the bigram stream.
        const std::vector<std::string>& stream = p.unigram ? unigrams : bigrams;
        const auto found = std::search(stream.begin(), stream.end(), p.tokens.begin(),
                                       p.tokens.end()) != stream.end();
        EXPECT_TRUE(found);

        // PostgreSQL: positions p, p+1, ... for the phrase's lexemes.
        bool ts_found = false;
        const auto first = ts.find(p.tokens[0]);
        ASSERT_NE(first, ts.end());
        for (int pos : first->second) {
          bool all = true;
          for (std::size_t k = 1; k < p.tokens.size(); ++k) {
            const auto it = ts.find(p.tokens[k]);
            all = all && it != ts.end() && it->second.contains(pos + static_cast<int>(k));
          }
          ts_found = ts_found || all;
        }
        EXPECT_TRUE(ts_found);

        bool highlighted = false;
        for (const Segment& s : Snippet(sentence, phrases, 1000)) {
          highlighted = highlighted || (s.hit && s.text.find(query) != std::string::npos);
        }
        EXPECT_TRUE(highlighted);
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 300);
}

}  // namespace
}  // namespace tsunagu::search
