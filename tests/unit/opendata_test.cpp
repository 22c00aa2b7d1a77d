#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "platform/csv.hpp"

namespace tsunagu::opendata {
namespace {

const std::string kBom = "\xEF\xBB\xBF";

std::vector<std::string> FacilityRow(const std::string& name, const std::string& address,
                                     const std::string& lat, const std::string& lon,
                                     const std::string& description = "") {
  std::vector<std::string> row(kFacilityHeader.size());
  row[0] = std::string(kMunicipalityCode);
  row[1] = "1";
  row[2] = "山口県";
  row[3] = "山口市";
  row[4] = name;
  row[8] = address;
  row[10] = lat;
  row[11] = lon;
  row[20] = description;
  return row;
}

std::vector<std::string> Lines(const ParseResult& r) {
  std::vector<std::string> out;
  for (const ImportProblem& p : r.problems) out.push_back(std::to_string(p.line) + " " + p.message);
  return out;
}

// --- Writing ------------------------------------------------------------------------------

TEST(OpenDataCsv, FacilityHeaderBytesAreExact) {
  EXPECT_EQ(WriteCsv(kFacilityHeader, {}),
            "\xEF\xBB\xBF"
            "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,"
            "POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,"
            "開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考\r\n");
}

TEST(OpenDataCsv, EventHeaderBytesAreExact) {
  EXPECT_EQ(WriteCsv(kEventHeader, {}),
            "\xEF\xBB\xBF"
            "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,"
            "イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),"
            "料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,"
            "経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,"
            "備考\r\n");
  EXPECT_EQ(kEventHeader.size(), 32u);
  EXPECT_EQ(kFacilityHeader.size(), 24u);
}

TEST(OpenDataCsv, QuotesOnlyFieldsThatNeedIt) {
  const std::vector<std::string> header = {"a", "b", "c", "d", "e", "f"};
  EXPECT_EQ(WriteCsv(header, {{"山口市", "湯田,温泉", "\"秋\"まつり", "1行目\n2行目", "x\ry", ""}}),
            kBom +
                "a,b,c,d,e,f\r\n"
                "山口市,\"湯田,温泉\",\"\"\"秋\"\"まつり\",\"1行目\n2行目\",\"x\ry\",\r\n");
}

TEST(OpenDataCsv, RejectsRowsOfTheWrongWidth) {
  EXPECT_THROW(WriteCsv({"a", "b"}, {{"1"}}), std::invalid_argument);
}

// --- Reading ------------------------------------------------------------------------------

TEST(OpenDataCsv, WrittenFacilitiesParseBack) {
  std::vector<std::string> yuda = FacilityRow("湯田温泉交流センター", "山口市湯田温泉1-1-1",
                                              "34.1600", "131.4500", "温泉, 足湯\n\"無料\"です");
  yuda[5] = "ユダオンセンコウリュウセンター";
  yuda[6] = "湯田センター";
  yuda[12] = "083-000-0000";
  yuda[16] = "月,火,水";
  yuda[17] = "09:00";
  yuda[18] = "21:00";
  yuda[19] = "年末年始は休館";
  yuda[22] = "https://tsunagu.example/f/1";
  const std::vector<std::string> park = FacilityRow("中央公園", "山口市中央1丁目", "", "");
  const ParseResult r = ParseFacilitiesCsv(WriteCsv(kFacilityHeader, {yuda, park}));
  ASSERT_TRUE(r.problems.empty()) << Lines(r).front();
  ASSERT_EQ(r.facilities.size(), 2u);
  const Facility& f = r.facilities[0];
  EXPECT_EQ(f.name, "湯田温泉交流センター");
  EXPECT_EQ(f.kana, "ユダオンセンコウリュウセンター");
  EXPECT_EQ(f.common_name, "湯田センター");
  EXPECT_EQ(f.address, "山口市湯田温泉1-1-1");
  EXPECT_EQ(f.phone, "083-000-0000");
  EXPECT_EQ(f.url, "https://tsunagu.example/f/1");
  EXPECT_EQ(f.hours_note, "年末年始は休館");
  EXPECT_EQ(f.description, "温泉, 足湯\n\"無料\"です");
  EXPECT_EQ(f.days, "月,火,水");
  EXPECT_EQ(f.start_time, "09:00");
  EXPECT_EQ(f.end_time, "21:00");
  EXPECT_TRUE(f.has_geo);
  EXPECT_DOUBLE_EQ(f.lat, 34.16);
  EXPECT_DOUBLE_EQ(f.lon, 131.45);
  EXPECT_EQ(f.line, 2u);
  EXPECT_EQ(r.facilities[1].name, "中央公園");
  EXPECT_FALSE(r.facilities[1].has_geo);
  EXPECT_EQ(r.facilities[1].line, 4u);  // the description above spans lines 2 and 3
}

TEST(OpenDataCsv, BadRowsAreAllReportedWithTheirLines) {
  const std::string csv =
      "名称,住所,緯度,経度\n"                     // 1
      "湯田温泉交流センター,湯田,34.16,131.45\n"  // 2
      "中央公園,中央,北緯34度,131.47\n"           // 3: not a number
      "図書館,中園町,34.17,131.47\n"              // 4
      "\n"                                        // 5: blank
      ",大内,34.2,131.5\n"                        // 6: no name
      "維新公園,維新,34.15,200\n"                 // 7: longitude out of range
      "市役所,亀山町,34.18,131.47\n";             // 8
  const ParseResult r = ParseFacilitiesCsv(csv);
  EXPECT_TRUE(r.facilities.empty());
  EXPECT_EQ(Lines(r), (std::vector<std::string>{
                          "3 3行目: 緯度が数値ではありません",
                          "6 6行目: 名称がありません",
                          "7 7行目: 経度は-180〜180で入力してください",
                      }));
}

TEST(OpenDataCsv, BomAndLineEndsDoNotMatter) {
  const std::string body = "名称,住所,緯度,経度\n湯田,湯田温泉,34.16,131.45\n\n中央公園,中央,,\n";
  std::string crlf;
  for (char c : body) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  for (const std::string& csv : {body, kBom + body, crlf, kBom + crlf}) {
    const ParseResult r = ParseFacilitiesCsv(csv);
    ASSERT_TRUE(r.problems.empty()) << Lines(r).front();
    ASSERT_EQ(r.facilities.size(), 2u);
    EXPECT_EQ(r.facilities[0].name, "湯田");
    EXPECT_EQ(r.facilities[0].line, 2u);
    EXPECT_EQ(r.facilities[1].name, "中央公園");
    EXPECT_EQ(r.facilities[1].line, 4u);
  }
}

TEST(OpenDataCsv, QuotedFieldSpanningLinesKeepsLineNumbers) {
  const std::string csv = kBom +
                          "名称,説明,住所,緯度,経度\r\n"                              // 1
                          "湯田,\"足湯あり\r\n毎日, 9時から\",湯田,34.16,131.45\r\n"  // 2-3
                          "\"中央\r\n公園\",広場,中央,95,131.4\r\n"  // 4-5: latitude
                          "図書館,,中園町,34.17\r\n";                // 6: columns
  const ParseResult r = ParseFacilitiesCsv(csv);
  EXPECT_EQ(Lines(r), (std::vector<std::string>{
                          "4 4行目: 緯度は-90〜90で入力してください",
                          "6 6行目: 列の数が見出しと合いません",
                      }));
  EXPECT_TRUE(r.facilities.empty());
}

TEST(OpenDataCsv, HeaderMayBeInAnyOrderWithOtherColumns) {
  const std::string csv =
      "備考,経度,緯度,住所,名称,方書,開始時間\n"
      "雨天中止,131.45,34.16,湯田, 湯田温泉交流センター ,2階,９：００\n";
  const ParseResult r = ParseFacilitiesCsv(csv);
  ASSERT_TRUE(r.problems.empty()) << Lines(r).front();
  ASSERT_EQ(r.facilities.size(), 1u);
  EXPECT_EQ(r.facilities[0].name, "湯田温泉交流センター");  // trimmed
  EXPECT_EQ(r.facilities[0].start_time, "９：００");        // kept as written
  EXPECT_DOUBLE_EQ(r.facilities[0].lat, 34.16);
}

TEST(OpenDataCsv, FullWidthHeaderAndDigitsAreAccepted) {
  const ParseResult r =
      ParseFacilitiesCsv("名称,住所,緯度,経度,料金（基本）\nA,B,３４．１６,－１３１．４５,0\n");
  ASSERT_TRUE(r.problems.empty()) << Lines(r).front();
  ASSERT_EQ(r.facilities.size(), 1u);
  EXPECT_DOUBLE_EQ(r.facilities[0].lat, 34.16);
  EXPECT_DOUBLE_EQ(r.facilities[0].lon, -131.45);
}

TEST(OpenDataCsv, MissingRequiredColumnsAreNamed) {
  const ParseResult r = ParseFacilitiesCsv("名称,所在地,緯度\nA,B,34\n");
  EXPECT_TRUE(r.facilities.empty());
  EXPECT_EQ(Lines(r),
            (std::vector<std::string>{"1 1行目: 見出しに必要な列がありません: 住所、経度"}));
}

TEST(OpenDataCsv, CoordinatesMustBeNumbersInRangeAndInPairs) {
  const std::string csv =
      "名称,住所,緯度,経度\n"
      "A,a,34.1,\n"    // 2
      "B,b,-90.5,0\n"  // 3
      "C,c,0,x\n"      // 4
      "D,d,nan,0\n"    // 5
      "E,e,inf,0\n"    // 6
      "F,f,-90,180\n"  // 7: fine
      "G,g,1e1,2\n";   // 8: fine
  const ParseResult r = ParseFacilitiesCsv(csv);
  EXPECT_EQ(Lines(r), (std::vector<std::string>{
                          "2 2行目: 緯度と経度は両方入力するか、両方空にしてください",
                          "3 3行目: 緯度は-90〜90で入力してください",
                          "4 4行目: 経度が数値ではありません",
                          "5 5行目: 緯度が数値ではありません",
                          "6 6行目: 緯度が数値ではありません",
                      }));
}

TEST(OpenDataCsv, RejectsTextThatIsNotUtf8) {
  // "名称,住所" in Shift_JIS.
  const ParseResult r = ParseFacilitiesCsv("\x96\xbc\x8f\xcc,\x8f\x5a\x8f\x8a\r\n");
  EXPECT_EQ(Lines(r), (std::vector<std::string>{"0 文字コードがUTF-8ではありません"}));
}

TEST(OpenDataCsv, RejectsControlCharacters) {
  const ParseResult r = ParseFacilitiesCsv("名称,住所,緯度,経度\nA\x01,b,,\n");
  EXPECT_EQ(Lines(r),
            (std::vector<std::string>{"2 2行目: 使用できない文字（制御文字）が含まれています"}));
}

TEST(OpenDataCsv, QuoteErrorsStopTheReading) {
  const ParseResult stray = ParseFacilitiesCsv("名称,住所,緯度,経度\n,x,,\nA\"B,b,,\nC,c,,\n");
  EXPECT_EQ(Lines(stray), (std::vector<std::string>{
                              "2 2行目: 名称がありません",
                              "3 3行目: 引用符（\"）の使い方が正しくありません",
                          }));
  const ParseResult unclosed = ParseFacilitiesCsv("名称,住所,緯度,経度\nA,a,,\n\"B\nb,,\n");
  EXPECT_TRUE(unclosed.facilities.empty());
  EXPECT_EQ(Lines(unclosed),
            (std::vector<std::string>{"3 3行目: 引用符（\"）が閉じられていません"}));
}

TEST(OpenDataCsv, BlankAndEmptyRowsAreSkipped) {
  const ParseResult r = ParseFacilitiesCsv("\n名称,住所,緯度,経度\n  \n,,,\nA,a,,\n\n");
  ASSERT_TRUE(r.problems.empty()) << Lines(r).front();
  ASSERT_EQ(r.facilities.size(), 1u);
  EXPECT_EQ(r.facilities[0].line, 5u);
}

TEST(OpenDataCsv, EmptyFileHasNoHeader) {
  EXPECT_EQ(Lines(ParseFacilitiesCsv("")), (std::vector<std::string>{"0 見出しの行がありません"}));
  EXPECT_EQ(Lines(ParseFacilitiesCsv(kBom + "\r\n")),
            (std::vector<std::string>{"0 見出しの行がありません"}));
  const ParseResult header_only = ParseFacilitiesCsv(WriteCsv(kFacilityHeader, {}));
  EXPECT_TRUE(header_only.problems.empty());
  EXPECT_TRUE(header_only.facilities.empty());
}

}  // namespace
}  // namespace tsunagu::opendata
