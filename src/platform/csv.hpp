// The Digital Agency's 自治体標準オープンデータセット as CSV: writing イベント一覧 and
// 公共施設一覧, and reading a 公共施設一覧 for import. The files are UTF-8 with a BOM and CRLF
// line ends; a field is quoted (quotes doubled) only when it contains a comma, quote, CR or LF.
// Reading uses libcsv (RFC 4180, strict about stray quotes).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tsunagu::opendata {

inline constexpr std::string_view kMunicipalityCode = "352039";  // 山口市

// イベント一覧 header (exact):
// 都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,備考
extern const std::vector<std::string> kEventHeader;
// 公共施設一覧 header (exact):
// 都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考
extern const std::vector<std::string> kFacilityHeader;

// One CSV document: BOM + header + rows, CRLF. Each row must have header.size() fields
// (std::invalid_argument otherwise: a programming error).
std::string WriteCsv(const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows);

// The columns of a header written as one comma-separated line (from the message catalogue).
std::vector<std::string> SplitHeader(const std::string& line);

// A cell typed by a person, for a sheet opened in Excel: text starting with = + - @ would be a
// formula there, so it gets a leading apostrophe and shows as text.
std::string TextCell(std::string s);

// Parses a 公共施設一覧 CSV (UTF-8, BOM optional, CRLF or LF, RFC 4180 quoting — use libcsv).
// The header must contain at least 名称, 住所, 緯度, 経度 (any order; other columns allowed and
// ignored except those in Facility). Every data row is checked; returns either all facilities or
// all problems, one per rejected row, with the 1-based line number of the CSV (a quoted field
// spanning lines: the line where the record starts) and a Japanese reason, e.g.
// "3行目: 緯度が数値ではありません" / "名称がありません" / "緯度は-90〜90で入力してください" /
// "列の数が見出しと合いません" / "文字コードがUTF-8ではありません" (whole file).
// Empty 緯度/経度 is allowed (has_geo=false). Blank lines are skipped.
//
// Details: a row problem's message starts with "N行目: " and its line is N; a whole-file problem
// (not UTF-8, no header) has line 0 and no prefix. Header names are compared after trimming and
// NFKC, so 全角 brackets and underscores match. Values are trimmed (text::Trim); 緯度/経度 may be
// written with 全角 digits. Rows whose fields are all empty (",,,,") count as blank. A quote
// error stops the reading: the problems found so far and one for that row are returned.
struct Facility {
  std::string name, kana, common_name, address, phone, url, hours_note, description;
  std::string start_time, end_time, days;  // 利用可能曜日, 開始時間, 終了時間
  double lat = 0, lon = 0;
  bool has_geo = false;
  std::size_t line = 0;
};
struct ImportProblem {
  std::size_t line = 0;
  std::string message;
};
struct ParseResult {
  std::vector<Facility> facilities;
  std::vector<ImportProblem> problems;
};
ParseResult ParseFacilitiesCsv(std::string_view csv);

}  // namespace tsunagu::opendata
