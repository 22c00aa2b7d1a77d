// Coordinator training and certification (plan 2-1): programmes (研修プログラム) with
// sessions, trainees recommended by a council (推薦), attendance, a completion rule, and
// certification as （仮称）地域コーディネーター with a number, a date and a validity; renewal and
// revocation with a reason; a public register of those who agree to be listed. KPI 2 counts
// the people holding a valid certification on a day.
#pragma once

#include <set>
#include <string>

#include "features/training/model.hpp"
#include "features/training/queries.hpp"  // the reads, for those who include this header only
#include "features/training/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::training {

// Each command runs through Run (platform/command.hpp): one transaction, one audit row.
struct ProgrammeForm {
  std::string name, description, min_sessions, requires_report, validity_years;
};
Result<ProgrammeId> CreateProgramme(const Ctx& ctx, const Actor& actor, ProgrammeForm form);

struct SessionForm {
  std::string date, time, title, place, capacity;
};
Result<SessionId> AddSession(const Ctx& ctx, const Actor& actor, ProgrammeId programme,
                             SessionForm form);

// A council officer (or city staff) recommends the account with this email.
Result<TraineeId> Recommend(const Ctx& ctx, const Actor& actor, ProgrammeId programme,
                            const std::string& email, const std::string& council_id);

// Sets who attended a session (trainees of its programme only; nobody twice at one time).
Result<void> RecordAttendance(const Ctx& ctx, const Actor& actor, SessionId session,
                              const std::set<UserId>& attended);
Result<void> SetReport(const Ctx& ctx, const Actor& actor, TraineeId trainee, bool submitted);

Result<std::string> Certify(const Ctx& ctx, const Actor& actor, TraineeId trainee);
Result<void> Renew(const Ctx& ctx, const Actor& actor, CertificationId certification);
Result<void> Revoke(const Ctx& ctx, const Actor& actor, CertificationId certification,
                    const std::string& reason);
// The person's own choice to appear in the public register.
Result<void> SetListed(const Ctx& ctx, const Actor& actor, bool listed);

}  // namespace tsunagu::training
