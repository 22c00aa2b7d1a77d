#include "platform/csv.hpp"

#include <csv.h>

#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <new>
#include <optional>
#include <stdexcept>

#include "platform/text.hpp"

namespace tsunagu::opendata {
namespace {

// Problem messages (Japanese, shown to the staff member importing the file). Row problems are
// prefixed with "N行目: ".
enum class Problem {
  kNotUtf8,
  kNoHeader,
  kMissingColumns,
  kBadQuote,
  kUnclosedQuote,
  kColumnCount,
  kBadCharacter,
  kNoName,
  kLatNotNumber,
  kLatRange,
  kLonNotNumber,
  kLonRange,
  kGeoPair,
};
constexpr std::string_view kMessages[] = {
    "文字コードがUTF-8ではありません",
    "見出しの行がありません",
    "見出しに必要な列がありません: ",  // followed by the column names
    "引用符（\"）の使い方が正しくありません",
    "引用符（\"）が閉じられていません",
    "列の数が見出しと合いません",
    "使用できない文字（制御文字）が含まれています",
    "名称がありません",
    "緯度が数値ではありません",
    "緯度は-90〜90で入力してください",
    "経度が数値ではありません",
    "経度は-180〜180で入力してください",
    "緯度と経度は両方入力するか、両方空にしてください",
};

std::string Message(Problem p) { return std::string(kMessages[static_cast<int>(p)]); }

ImportProblem RowProblem(std::size_t line, Problem p, std::string_view detail = {}) {
  return {line, std::to_string(line) + "行目: " + Message(p) + std::string(detail)};
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// --- Writing ------------------------------------------------------------------------------

void AppendField(std::string& out, const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendRow(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    AppendField(out, fields[i]);
  }
  out += "\r\n";
}

// --- Reading ------------------------------------------------------------------------------

struct Record {
  std::size_t line = 0;  // where the record starts
  std::vector<std::string> fields;
};

// libcsv callback state.
struct Reader {
  std::vector<Record> records;
  Record current;

  static void OnField(void* s, std::size_t len, void* data) {
    auto* r = static_cast<Reader*>(data);
    r->current.fields.emplace_back(len == 0 ? std::string()
                                            : std::string(static_cast<char*>(s), len));
  }
  static void OnRecord(int, void* data) {
    auto* r = static_cast<Reader*>(data);
    r->records.push_back(std::move(r->current));
    r->current = Record{};
  }
};

struct CsvParser {
  csv_parser p{};
  CsvParser() {
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
  }
  ~CsvParser() { csv_free(&p); }
  CsvParser(const CsvParser&) = delete;
  CsvParser& operator=(const CsvParser&) = delete;
};

struct ReadResult {
  std::vector<Record> records;
  std::optional<ImportProblem> error;  // a quote error; records before it are complete
};

// Just past the end of the physical line starting at pos (LF, CRLF or a lone CR).
std::size_t LineEnd(std::string_view csv, std::size_t pos) {
  const std::size_t end = csv.find_first_of("\r\n", pos);
  if (end == std::string_view::npos) return csv.size();
  if (csv[end] == '\r' && end + 1 < csv.size() && csv[end + 1] == '\n') return end + 2;
  return end + 1;
}

// Splits the text into records with libcsv, fed one physical line at a time (LF, CRLF or a
// lone CR) so that each record knows the line it starts on.
ReadResult ReadRecords(std::string_view csv) {
  CsvParser parser;
  Reader reader;
  bool in_record = false;
  std::size_t line = 0;
  std::size_t pos = 0;
  auto fail = [&](Problem p) {
    const int error = csv_error(&parser.p);
    if (error == CSV_ENOMEM) throw std::bad_alloc();
    if (error != CSV_EPARSE) throw std::runtime_error(csv_strerror(error));
    return ReadResult{std::move(reader.records), RowProblem(reader.current.line, p)};
  };
  while (pos < csv.size()) {
    ++line;
    const std::size_t end = LineEnd(csv, pos);
    const std::string_view chunk = csv.substr(pos, end - pos);
    pos = end;
    if (!in_record && chunk.find_first_not_of(" \t\r\n") != std::string_view::npos) {
      in_record = true;
      reader.current.line = line;
    }
    const std::size_t before = reader.records.size();
    if (csv_parse(&parser.p, chunk.data(), chunk.size(), Reader::OnField, Reader::OnRecord,
                  &reader) != chunk.size()) {
      return fail(Problem::kBadQuote);
    }
    if (reader.records.size() != before) in_record = false;
  }
  if (csv_fini(&parser.p, Reader::OnField, Reader::OnRecord, &reader) != 0) {
    return fail(Problem::kUnclosedQuote);
  }
  return ReadResult{std::move(reader.records), std::nullopt};
}

bool AllEmpty(const std::vector<std::string>& fields) {
  for (const std::string& f : fields) {
    if (!text::Trim(f).empty()) return false;
  }
  return true;
}

// Column positions of the fields Facility keeps; npos when the column is absent.
struct Columns {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t name = kNone, kana = kNone, common_name = kNone, address = kNone, phone = kNone,
              url = kNone, hours_note = kNone, description = kNone, start_time = kNone,
              end_time = kNone, days = kNone, lat = kNone, lon = kNone;
};

std::optional<ImportProblem> FindColumns(const Record& header, Columns& cols) {
  std::vector<std::string> names;
  for (const std::string& f : header.fields) {
    if (!text::IsValidText(f)) return RowProblem(header.line, Problem::kBadCharacter);
    names.push_back(text::Nfkc(text::Trim(f)));
  }
  auto find = [&](std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return i;
    }
    return Columns::kNone;
  };
  cols.name = find("名称");
  cols.kana = find("名称_カナ");
  cols.common_name = find("名称_通称");
  cols.address = find("住所");
  cols.phone = find("電話番号");
  cols.url = find("URL");
  cols.hours_note = find("利用可能日時特記事項");
  cols.description = find("説明");
  cols.start_time = find("開始時間");
  cols.end_time = find("終了時間");
  cols.days = find("利用可能曜日");
  cols.lat = find("緯度");
  cols.lon = find("経度");
  std::string missing;
  for (auto [index, name] : {std::pair{cols.name, "名称"}, std::pair{cols.address, "住所"},
                             std::pair{cols.lat, "緯度"}, std::pair{cols.lon, "経度"}}) {
    if (index != Columns::kNone) continue;
    if (!missing.empty()) missing += "、";
    missing += name;
  }
  if (!missing.empty()) return RowProblem(header.line, Problem::kMissingColumns, missing);
  return std::nullopt;
}

// A decimal degree; 全角 digits are accepted. nullopt when not a finite number.
std::optional<double> ParseDegree(const std::string& value) {
  const std::string s = text::Nfkc(value);
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Checks one data row; the first problem found rejects it.
std::optional<Problem> CheckRow(const std::vector<std::string>& fields, const Columns& cols,
                                Facility& f) {
  for (const std::string& field : fields) {
    if (!text::IsValidText(field)) return Problem::kBadCharacter;
  }
  auto get = [&](std::size_t index) {
    return index == Columns::kNone ? std::string() : text::Trim(fields[index]);
  };
  f.name = get(cols.name);
  f.kana = get(cols.kana);
  f.common_name = get(cols.common_name);
  f.address = get(cols.address);
  f.phone = get(cols.phone);
  f.url = get(cols.url);
  f.hours_note = get(cols.hours_note);
  f.description = get(cols.description);
  f.start_time = get(cols.start_time);
  f.end_time = get(cols.end_time);
  f.days = get(cols.days);
  if (f.name.empty()) return Problem::kNoName;

  const std::string lat = get(cols.lat), lon = get(cols.lon);
  if (lat.empty() && lon.empty()) return std::nullopt;
  if (lat.empty() || lon.empty()) return Problem::kGeoPair;
  const std::optional<double> la = ParseDegree(lat);
  if (!la) return Problem::kLatNotNumber;
  if (*la < -90 || *la > 90) return Problem::kLatRange;
  const std::optional<double> lo = ParseDegree(lon);
  if (!lo) return Problem::kLonNotNumber;
  if (*lo < -180 || *lo > 180) return Problem::kLonRange;
  f.lat = *la;
  f.lon = *lo;
  f.has_geo = true;
  return std::nullopt;
}

}  // namespace

const std::vector<std::string> kEventHeader = {
    "都道府県コード又は市区町村コード",
    "NO",
    "都道府県名",
    "市区町村名",
    "イベント名",
    "イベント名_カナ",
    "イベント名_英語",
    "開始日",
    "終了日",
    "開始時間",
    "終了時間",
    "開始日時特記事項",
    "説明",
    "料金(基本)",
    "料金(詳細)",
    "連絡先名称",
    "連絡先電話番号",
    "連絡先内線番号",
    "主催者",
    "場所名称",
    "住所",
    "方書",
    "緯度",
    "経度",
    "アクセス方法",
    "駐車場情報",
    "定員",
    "参加申込終了日",
    "参加申込終了時間",
    "参加申込方法",
    "URL",
    "備考",
};

const std::vector<std::string> kFacilityHeader = {
    "都道府県コード又は市区町村コード",
    "NO",
    "都道府県名",
    "市区町村名",
    "名称",
    "名称_カナ",
    "名称_通称",
    "POIコード",
    "住所",
    "方書",
    "緯度",
    "経度",
    "電話番号",
    "内線番号",
    "法人番号",
    "団体名",
    "利用可能曜日",
    "開始時間",
    "終了時間",
    "利用可能日時特記事項",
    "説明",
    "バリアフリー情報",
    "URL",
    "備考",
};

std::vector<std::string> SplitHeader(const std::string& line) {
  std::vector<std::string> out(1);
  for (char ch : line) {
    if (ch == ',') {
      out.emplace_back();
    } else {
      out.back() += ch;
    }
  }
  return out;
}

std::string TextCell(std::string s) {
  if (s.empty() || std::string_view("=+-@").find(s.front()) == std::string_view::npos) return s;
  std::string out(1, '\'');  // built up: GCC 12 misreads insert(0, ...) (-Wrestrict)
  out += s;
  return out;
}

std::string WriteCsv(const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows) {
  std::string out(kBom);
  AppendRow(out, header);
  for (const std::vector<std::string>& row : rows) {
    if (row.size() != header.size()) {
      throw std::invalid_argument("CSV row has " + std::to_string(row.size()) + " fields, header " +
                                  std::to_string(header.size()));
    }
    AppendRow(out, row);
  }
  return out;
}

ParseResult ParseFacilitiesCsv(std::string_view csv) {
  ParseResult out;
  if (csv.starts_with(kBom)) csv.remove_prefix(kBom.size());
  // Well-formed UTF-8 (control characters are checked per row, with a line number).
  if (!text::IsUtf8(csv)) {
    out.problems.push_back({0, Message(Problem::kNotUtf8)});
    return out;
  }
  ReadResult read = ReadRecords(csv);
  std::vector<Record>& records = read.records;
  std::size_t first = 0;
  while (first < records.size() && AllEmpty(records[first].fields)) ++first;
  if (first == records.size()) {
    if (read.error) {
      out.problems.push_back(*read.error);
    } else {
      out.problems.push_back({0, Message(Problem::kNoHeader)});
    }
    return out;
  }

  Columns cols;
  if (auto problem = FindColumns(records[first], cols)) {
    out.problems.push_back(*problem);
    return out;
  }
  const std::size_t width = records[first].fields.size();
  for (std::size_t i = first + 1; i < records.size(); ++i) {
    const Record& r = records[i];
    if (AllEmpty(r.fields)) continue;
    if (r.fields.size() != width) {
      out.problems.push_back(RowProblem(r.line, Problem::kColumnCount));
      continue;
    }
    Facility f;
    f.line = r.line;
    if (auto problem = CheckRow(r.fields, cols, f)) {
      out.problems.push_back(RowProblem(r.line, *problem));
      continue;
    }
    out.facilities.push_back(std::move(f));
  }
  if (read.error) out.problems.push_back(*read.error);
  if (!out.problems.empty()) out.facilities.clear();
  return out;
}

}  // namespace tsunagu::opendata
