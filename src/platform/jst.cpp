#include "platform/jst.hpp"

#include <cstdio>
#include <ctime>

namespace tsunagu::jst {
namespace {

std::tm Utc(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return tm;
}

std::string Format(std::int64_t t, const char* fmt) {
  const std::tm tm = Utc(t);
  char buf[40];
  std::strftime(buf, sizeof buf, fmt, &tm);
  return buf;
}

bool Digits(const std::string& s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int Num(const std::string& s, std::size_t pos, std::size_t n) {
  return std::stoi(s.substr(pos, n));
}

// Unix time of a UTC civil time, or nullopt when the fields are not a real time.
std::optional<std::int64_t> FromCivil(int y, int mo, int d, int h, int mi, int sec) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  const std::int64_t t = timegm(&tm);
  const std::tm back = Utc(t);
  if (back.tm_mday != d || back.tm_mon != mo - 1) return std::nullopt;  // 31 Feb etc.
  return t;
}

}  // namespace

std::int64_t Midnight(const std::string& date) {
  return *FromCivil(Num(date, 0, 4), Num(date, 5, 2), Num(date, 8, 2), 0, 0, 0) - kOffset;
}

std::string Date(std::int64_t t) { return Format(t + kOffset, "%Y-%m-%d"); }
std::string Time(std::int64_t t) { return Format(t + kOffset, "%H:%M"); }

std::string LongDate(const std::string& date) {
  static const char* kDays[] = {"日", "月", "火", "水", "木", "金", "土"};
  const std::tm tm = Utc(Midnight(date) + kOffset);
  return std::to_string(tm.tm_year + 1900) + "年" + std::to_string(tm.tm_mon + 1) + "月" +
         std::to_string(tm.tm_mday) + "日（" + kDays[tm.tm_wday] + "）";
}

std::optional<std::int64_t> ParseDateTime(const std::string& s) {
  // YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)
  if (!Digits(s, 0, 4) || s.size() < 17 || s[4] != '-' || !Digits(s, 5, 2) || s[7] != '-' ||
      !Digits(s, 8, 2) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !Digits(s, 11, 2) ||
      s[13] != ':' || !Digits(s, 14, 2)) {
    return std::nullopt;
  }
  std::size_t pos = 16;
  int sec = 0;
  if (pos < s.size() && s[pos] == ':') {
    if (!Digits(s, pos + 1, 2)) return std::nullopt;
    sec = Num(s, pos + 1, 2);
    pos += 3;
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    }
  }
  int offset = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
    offset = 0;
  } else if (pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && Digits(s, pos + 1, 2) &&
             s[pos + 3] == ':' && Digits(s, pos + 4, 2)) {
    const int oh = Num(s, pos + 1, 2), om = Num(s, pos + 4, 2);
    if (oh > 23 || om > 59) return std::nullopt;
    offset = (s[pos] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
  } else {
    return std::nullopt;
  }
  auto t = FromCivil(Num(s, 0, 4), Num(s, 5, 2), Num(s, 8, 2), Num(s, 11, 2), Num(s, 14, 2), sec);
  if (!t) return std::nullopt;
  return *t - offset;
}

std::string Rfc3339(std::int64_t t) { return Format(t, "%Y-%m-%dT%H:%M:%SZ"); }
std::string Iso(std::int64_t t) { return Format(t + kOffset, "%Y-%m-%dT%H:%M:%S+09:00"); }

}  // namespace tsunagu::jst
