// Dates and times in Asia/Tokyo (Japan has no daylight saving time: always UTC+9).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace tsunagu::jst {

inline constexpr std::int64_t kOffset = 9 * 3600;

// Unix time of 00:00 JST on date "YYYY-MM-DD" (precondition: a real date).
std::int64_t Midnight(const std::string& date);
// "YYYY-MM-DD" and "HH:MM" of a Unix time in JST.
std::string Date(std::int64_t unix_time);
std::string Time(std::int64_t unix_time);
// "2026年12月5日（土）" of a date "YYYY-MM-DD".
std::string LongDate(const std::string& date);
// An ISO 8601 / RFC 3339 date-time with an offset ("2026-12-05T10:00:00+09:00",
// "2026-12-05T01:00Z"); nullopt when malformed, not a real time or without an offset.
std::optional<std::int64_t> ParseDateTime(const std::string& s);
// RFC 3339 in UTC: "2026-12-05T01:00:00Z".
std::string Rfc3339(std::int64_t unix_time);
// RFC 3339 with +09:00: "2026-12-05T10:00:00+09:00".
std::string Iso(std::int64_t unix_time);

}  // namespace tsunagu::jst
