#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "features/matching/certificate_pdf.hpp"
#include "platform/config.hpp"
#include "platform/messages.hpp"
#include "run_on_file.hpp"

namespace tsunagu::web {
namespace {

// The certificate's words come from the message catalogue.
class Catalogue : public ::testing::Environment {
 public:
  void SetUp() override { messages::Load(tsunagu::SourceDir() + "/messages/ja.json"); }
};
const auto* const kCatalogue = ::testing::AddGlobalTestEnvironment(new Catalogue);

// Output of `tool -enc UTF-8 <pdf file> [output]` (poppler-utils).
std::string RunPopplerTool(const std::string& tool, const std::string& pdf,
                           const std::string& output = "") {
  return test_util::RunOnFile(tool + " -enc UTF-8", pdf, output, "poppler-utils");
}

// The page text without white space, so that wrapped lines read as one string.
std::string PageText(const std::string& pdf) {
  std::string text = RunPopplerTool("pdftotext", pdf, "-");
  std::erase_if(text, [](char ch) { return ch == ' ' || ch == '\n' || ch == '\f'; });
  return text;
}

// The value after "key:" in pdfinfo's output.
std::string InfoField(const std::string& info, const std::string& key) {
  std::istringstream lines(info);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(key + ":"))
      return line.substr(line.find_first_not_of(' ', key.size() + 1));
  }
  return "(no " + key + ")";
}

// Words drawn outside the page's margins (64 pt), as pdftotext -bbox lines.
std::vector<std::string> WordsOutsideMargins(const std::string& pdf) {
  std::istringstream lines(RunPopplerTool("pdftotext -bbox", pdf, "-"));
  std::vector<std::string> outside;
  for (std::string line; std::getline(lines, line);) {
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
    if (std::sscanf(line.c_str(), " <word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                    &x_min, &y_min, &x_max, &y_max) != 4) {
      continue;
    }
    if (x_min < 63 || y_min < 63 || x_max > 595.276 - 63 || y_max > 841.89 - 63) {
      outside.push_back(line);
    }
  }
  return outside;
}

ActivityCertificate Sample() {
  ActivityCertificate c;
  c.number = "MT-000012";
  c.person_name = "山田 花子";
  c.need_title = "湯田温泉通りの清掃活動";
  c.org_name = "湯田地区まちづくり協議会";
  c.period = "2026年11月1日〜2026年11月3日";
  c.place = "湯田温泉駅前広場";
  c.minutes = 210;
  c.confirmed_on = "2026-11-04";
  c.issued_on = "2026-11-05";
  c.municipality = "山口市";
  return c;
}

TEST(CertificatePdf, IsAPdfWithTheJapaneseText) {
  const std::string pdf = RenderActivityCertificatePdf(Sample());
  ASSERT_TRUE(pdf.starts_with("%PDF-"));
  const std::string text = PageText(pdf);
  for (const char* expected :
       {"活動証明書", "MT-000012", "下記のとおり地域活動に参加したことを証明します。", "山田花子",
        "湯田温泉通りの清掃活動", "湯田地区まちづくり協議会", "2026年11月1日〜2026年11月3日",
        "活動場所湯田温泉駅前広場", "活動時間3時間30分", "時間確認日2026年11月4日", "2026年11月5日",
        "山口市協働のまちづくりプラットフォーム「つなぐ」にて発行"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  }
}

TEST(CertificatePdf, IsOneA4PageTitled) {
  const std::string info = RunPopplerTool("pdfinfo", RenderActivityCertificatePdf(Sample()));
  EXPECT_EQ(InfoField(info, "Title"), "活動証明書") << info;
  EXPECT_EQ(InfoField(info, "Pages"), "1") << info;
  EXPECT_EQ(InfoField(info, "Page size"), "595.276 x 841.89 pts (A4)") << info;
}

TEST(CertificatePdf, LeavesOutAnEmptyPlace) {
  ActivityCertificate c = Sample();
  c.place = "";
  const std::string text = PageText(RenderActivityCertificatePdf(c));
  EXPECT_EQ(text.find("活動場所"), std::string::npos) << text;
  EXPECT_NE(text.find("活動時間3時間30分"), std::string::npos) << text;
}

TEST(CertificatePdf, WrapsALongTitleWithinTheMargins) {
  ActivityCertificate c = Sample();
  c.need_title.clear();
  for (int i = 1; i <= 4; ++i) {
    c.need_title += "中山間地域の耕作放棄地を再生する農業体験（第" + std::to_string(i) + "回）";
  }
  const std::string pdf = RenderActivityCertificatePdf(c);
  EXPECT_EQ(RunPopplerTool("pdftotext", pdf, "-").find(c.need_title), std::string::npos)
      << "the title should be broken over several lines";
  const std::string text = PageText(pdf);
  EXPECT_NE(text.find(c.need_title), std::string::npos) << text;
  EXPECT_NE(text.find("活動時間3時間30分"), std::string::npos) << text;
  EXPECT_EQ(WordsOutsideMargins(pdf), std::vector<std::string>{});
}

// Each value has a line limit, so that even absurd lengths fit on the one page. (The PDF's text
// layer keeps whole values: cairo maps the "…" glyph to the text it replaces.)
TEST(CertificatePdf, KeepsOverlongValuesOnTheOnePage) {
  ActivityCertificate c = Sample();
  for (std::string* field : {&c.number, &c.person_name, &c.need_title, &c.org_name, &c.period,
                             &c.place, &c.municipality}) {
    for (int i = 0; i < 300; ++i) *field += "長い";
  }
  const std::string pdf = RenderActivityCertificatePdf(c);
  EXPECT_EQ(InfoField(RunPopplerTool("pdfinfo", pdf), "Pages"), "1");
  EXPECT_EQ(WordsOutsideMargins(pdf), std::vector<std::string>{});
}

TEST(CertificatePdf, SameInputGivesSameBytesOnEveryThread) {
  const std::string expected = RenderActivityCertificatePdf(Sample());
  EXPECT_EQ(RenderActivityCertificatePdf(Sample()), expected);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([&result] {
      for (int i = 0; i < 3; ++i) result = RenderActivityCertificatePdf(Sample());
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& result : results) EXPECT_TRUE(result == expected);
}

TEST(CertificatePdf, RejectsMalformedInput) {
  ActivityCertificate c = Sample();
  c.minutes = -1;
  EXPECT_THROW(RenderActivityCertificatePdf(c), std::invalid_argument);
  c = Sample();
  c.confirmed_on = "2026/11/04";
  EXPECT_THROW(RenderActivityCertificatePdf(c), std::invalid_argument);
  c = Sample();
  c.person_name = "\xff\xfe";
  EXPECT_THROW(RenderActivityCertificatePdf(c), std::invalid_argument);
}

TEST(FormatMinutesJa, HoursAndMinutes) {
  EXPECT_EQ(FormatMinutesJa(0), "0分");
  EXPECT_EQ(FormatMinutesJa(59), "59分");
  EXPECT_EQ(FormatMinutesJa(60), "1時間");
  EXPECT_EQ(FormatMinutesJa(61), "1時間1分");
  EXPECT_EQ(FormatMinutesJa(120), "2時間");
  EXPECT_EQ(FormatMinutesJa(210), "3時間30分");
  EXPECT_EQ(FormatMinutesJa(45), "45分");
  EXPECT_EQ(FormatMinutesJa(6000), "100時間");
  EXPECT_THROW(FormatMinutesJa(-5), std::invalid_argument);
}

TEST(FormatDateJa, DropsLeadingZeros) {
  EXPECT_EQ(FormatDateJa("2026-11-03"), "2026年11月3日");
  EXPECT_EQ(FormatDateJa("2027-01-10"), "2027年1月10日");
  EXPECT_EQ(FormatDateJa("2028-02-29"), "2028年2月29日");
  EXPECT_THROW(FormatDateJa("2027-02-29"), std::invalid_argument);
  EXPECT_THROW(FormatDateJa("2026-11-3"), std::invalid_argument);
  EXPECT_THROW(FormatDateJa(""), std::invalid_argument);
}

}  // namespace
}  // namespace tsunagu::web
