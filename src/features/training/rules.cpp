#include "features/training/rules.hpp"

#include <cctype>
#include <ctime>

namespace tsunagu::training {

bool HasCompleted(const Programme& p, const Trainee& t) {
  return static_cast<std::int64_t>(t.attended.size()) >= p.min_sessions &&
         (!p.requires_report || t.report_submitted);
}

std::string TodayJst(const Clock& clock) { return DateJst(clock.Now()); }

std::optional<int> ParseTime(const std::string& s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  }
  const int h = std::stoi(s.substr(0, 2)), m = std::stoi(s.substr(3, 2));
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string DateJst(std::int64_t unix_time) {
  std::time_t t = static_cast<std::time_t>(unix_time + 9 * 3600);  // Japan has no DST
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)),
            d = std::stoi(s.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string AddYears(const std::string& date, std::int64_t years) {
  std::string out = std::to_string(std::stoi(date.substr(0, 4)) + years) + date.substr(4);
  if (!IsDate(out)) out.replace(8, 2, "28");  // 29 February in a common year
  return out;
}

std::int64_t PeopleCertifiedOn(const std::vector<Certification>& certs, const std::string& date) {
  std::set<UserId> people;
  for (const auto& cert : certs) {
    if (cert.ValidOn(date)) people.insert(cert.user_id);
  }
  return static_cast<std::int64_t>(people.size());
}

}  // namespace tsunagu::training
