// SQL of coordinator training and certification (both backends), as named functions.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "features/training/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

std::int64_t InsertProgramme(Conn& c, MunicipalityId m, const training::Programme& p,
                             std::int64_t now);
std::vector<training::Programme> ListProgrammes(Conn& c, MunicipalityId m);
std::optional<training::Programme> FindProgramme(Conn& c, std::int64_t id);

std::int64_t InsertSession(Conn& c, const training::Session& s);
std::optional<training::Session> FindSession(Conn& c, std::int64_t id);
std::vector<training::Session> ListSessions(Conn& c, std::int64_t programme);

std::int64_t InsertTrainee(Conn& c, std::int64_t programme, UserId user, OrgId recommended_by,
                           std::int64_t now);
struct TraineeRow {
  std::int64_t id = 0, programme_id = 0;
  UserId user_id;
  OrgId recommended_by_id;
  std::string name, recommended_by;
  bool report_submitted = false;
};
std::vector<TraineeRow> ListTrainees(Conn& c, std::int64_t programme);
std::optional<TraineeRow> FindTrainee(Conn& c, std::int64_t id);
void SetReportSubmitted(Conn& c, std::int64_t trainee, bool submitted);

// Attendance of a programme's sessions: (session id, user id) pairs.
std::vector<std::pair<std::int64_t, UserId>> ListAttendance(Conn& c, std::int64_t programme);
void ReplaceAttendance(Conn& c, std::int64_t session, const std::set<UserId>& users);
// Users among `users` who attended another session starting at starts_at.
std::vector<std::string> AttendingElsewhere(Conn& c, std::int64_t session,
                                            const std::string& starts_at,
                                            const std::set<UserId>& users);

std::int64_t InsertCertification(Conn& c, MunicipalityId m, const training::Certification& cert,
                                 std::int64_t now);
std::int64_t CountCertificationsIn(Conn& c, MunicipalityId m, const std::string& year_prefix);
std::optional<training::Certification> FindCertification(Conn& c, std::int64_t id);
std::vector<training::Certification> ListCertifications(Conn& c, MunicipalityId m);
std::vector<training::Certification> ListCertificationsOf(Conn& c, UserId user);
void UpdateCertificationValidity(Conn& c, std::int64_t id, const std::string& valid_until);
void RevokeCertification(Conn& c, std::int64_t id, const std::string& on,
                         const std::string& reason);
void SetCoordinatorListed(Conn& c, UserId user, bool listed);

// A programme's trainees with their attendance and their latest certification of it.
std::vector<training::Trainee> LoadTrainees(Conn& c, const training::Programme& p);

}  // namespace tsunagu::store

namespace tsunagu::training {

// Reads for pages, APIs and other features; each is one read on a pooled connection.
std::vector<Programme> ListProgrammes(const Ctx& ctx);
std::optional<ProgrammeDetail> GetProgramme(const Ctx& ctx, std::int64_t id);
std::vector<Certification> CertificationsValidOn(const Ctx& ctx, const std::string& date);
std::vector<Certification> CertificationsOf(const Ctx& ctx, UserId user);
// KPI 2: people (not certificates) holding a valid certification on date.
std::int64_t CoordinatorsOn(const Ctx& ctx, const std::string& date);

// The programme a session, trainee or certification belongs to; 0 when there is no such record.
std::int64_t ProgrammeOfSession(const Ctx& ctx, std::int64_t session);
std::int64_t ProgrammeOfTrainee(const Ctx& ctx, std::int64_t trainee);
std::int64_t ProgrammeOfCertification(const Ctx& ctx, std::int64_t certification);

}  // namespace tsunagu::training
