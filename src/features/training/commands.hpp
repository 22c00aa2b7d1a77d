// Coordinator training and certification (plan 2-1): programmes (研修プログラム) with
// sessions, trainees recommended by a council (推薦), attendance, a completion rule, and
// certification as （仮称）地域コーディネーター with a number, a date and a validity; renewal and
// revocation with a reason; a public register of those who agree to be listed. KPI 2 counts
// the people holding a valid certification on a day.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/result.hpp"
#include "platform/context.hpp"

namespace tsunagu::training {

struct Programme {
  std::int64_t id = 0;
  std::string name, description;
  std::int64_t min_sessions = 1;
  bool requires_report = false;
  std::int64_t validity_years = 3;
  std::int64_t session_count = 0, trainee_count = 0;
};

struct Session {
  std::int64_t id = 0, programme_id = 0;
  std::string starts_at;  // "YYYY-MM-DD HH:MM", Asia/Tokyo
  std::string title, place;
  std::int64_t capacity = 0;
};

struct Certification {
  std::int64_t id = 0;
  UserId user_id = 0;
  std::string user_name;
  std::int64_t programme_id = 0;
  std::string programme_name;
  std::string number, certified_on, valid_until, revoked_on, revoke_reason;
  std::string region_slug, region_name;  // the person's home region ("" when none)
  bool listed = false;
  bool ValidOn(const std::string& date) const {
    return certified_on <= date && date <= valid_until && (revoked_on.empty() || date < revoked_on);
  }
};

struct Trainee {
  std::int64_t id = 0;
  UserId user_id = 0;
  std::string name;
  OrgId recommended_by_id = 0;
  std::string recommended_by;  // council name
  bool report_submitted = false;
  std::set<std::int64_t> attended;             // session ids
  std::optional<Certification> certification;  // the latest for this programme
};

struct ProgrammeDetail {
  Programme programme;
  std::vector<Session> sessions;
  std::vector<Trainee> trainees;
};

// Completion rule: at least min_sessions attended, and the report when one is required.
bool HasCompleted(const Programme& p, const Trainee& t);

// Today in Asia/Tokyo as YYYY-MM-DD; the date of a Unix time there; date plus whole years
// (29 Feb -> 28 Feb).
std::string TodayJst(const Clock& clock);
std::string DateJst(std::int64_t unix_time);
std::string AddYears(const std::string& date, std::int64_t years);
// A real calendar date written YYYY-MM-DD.
bool IsDate(const std::string& s);
// "HH:MM" (00:00-23:59) as minutes after midnight; nullopt otherwise.
std::optional<int> ParseTime(const std::string& s);

struct ProgrammeForm {
  std::string name, description, min_sessions, requires_report, validity_years;
};
Result<std::int64_t> CreateProgramme(const Ctx& ctx, const Actor& actor, ProgrammeForm form);

struct SessionForm {
  std::string date, time, title, place, capacity;
};
Result<std::int64_t> AddSession(const Ctx& ctx, const Actor& actor, std::int64_t programme,
                                SessionForm form);

// A council officer (or city staff) recommends the account with this email.
Result<std::int64_t> Recommend(const Ctx& ctx, const Actor& actor, std::int64_t programme,
                               const std::string& email, const std::string& council_id);

// Sets who attended a session (trainees of its programme only; nobody twice at one time).
Result<void> RecordAttendance(const Ctx& ctx, const Actor& actor, std::int64_t session,
                              const std::set<UserId>& attended);
Result<void> SetReport(const Ctx& ctx, const Actor& actor, std::int64_t trainee, bool submitted);

Result<std::string> Certify(const Ctx& ctx, const Actor& actor, std::int64_t trainee);
Result<void> Renew(const Ctx& ctx, const Actor& actor, std::int64_t certification);
Result<void> Revoke(const Ctx& ctx, const Actor& actor, std::int64_t certification,
                    const std::string& reason);
// The person's own choice to appear in the public register.
Result<void> SetListed(const Ctx& ctx, const Actor& actor, bool listed);

// Reading
std::vector<Programme> ListProgrammes(const Ctx& ctx);
std::optional<ProgrammeDetail> GetProgramme(const Ctx& ctx, std::int64_t id);
std::vector<Certification> CertificationsValidOn(const Ctx& ctx, const std::string& date);
std::vector<Certification> CertificationsOf(const Ctx& ctx, UserId user);
// KPI 2: people (not certificates) holding a valid certification on date.
std::int64_t CoordinatorsOn(const Ctx& ctx, const std::string& date);
// The same count over a list already read.
std::int64_t PeopleCertifiedOn(const std::vector<Certification>& certs, const std::string& date);

}  // namespace tsunagu::training
