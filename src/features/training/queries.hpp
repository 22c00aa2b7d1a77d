// SQL of coordinator training and certification (both backends), as named functions.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "features/training/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

training::ProgrammeId InsertProgramme(Conn& c, MunicipalityId m, const training::Programme& p,
                                      std::int64_t now);
std::vector<training::Programme> ListProgrammes(Conn& c, MunicipalityId m);
std::optional<training::Programme> FindProgramme(Conn& c, training::ProgrammeId id);

training::SessionId InsertSession(Conn& c, const training::Session& s);
std::optional<training::Session> FindSession(Conn& c, training::SessionId id);
std::vector<training::Session> ListSessions(Conn& c, training::ProgrammeId programme);

training::TraineeId InsertTrainee(Conn& c, training::ProgrammeId programme, UserId user,
                                  OrgId recommended_by, std::int64_t now);
struct TraineeRow {
  training::TraineeId id;
  training::ProgrammeId programme_id;
  UserId user_id;
  OrgId recommended_by_id;
  std::string name, recommended_by;
  bool report_submitted = false;
};
std::vector<TraineeRow> ListTrainees(Conn& c, training::ProgrammeId programme);
std::optional<TraineeRow> FindTrainee(Conn& c, training::TraineeId id);
void SetReportSubmitted(Conn& c, training::TraineeId trainee, bool submitted);

// Attendance of a programme's sessions: (session id, user id) pairs.
std::vector<std::pair<training::SessionId, UserId>> ListAttendance(Conn& c,
                                                                   training::ProgrammeId programme);
void ReplaceAttendance(Conn& c, training::SessionId session, const std::set<UserId>& users);
// Users among `users` who attended another session starting at starts_at.
std::vector<std::string> AttendingElsewhere(Conn& c, training::SessionId session,
                                            const std::string& starts_at,
                                            const std::set<UserId>& users);

training::CertificationId InsertCertification(Conn& c, MunicipalityId m,
                                              const training::Certification& cert,
                                              std::int64_t now);
std::int64_t CountCertificationsIn(Conn& c, MunicipalityId m, const std::string& year_prefix);
std::optional<training::Certification> FindCertification(Conn& c, training::CertificationId id);
std::vector<training::Certification> ListCertifications(Conn& c, MunicipalityId m);
std::vector<training::Certification> ListCertificationsOf(Conn& c, UserId user);
void UpdateCertificationValidity(Conn& c, training::CertificationId id,
                                 const std::string& valid_until);
void RevokeCertification(Conn& c, training::CertificationId id, const std::string& on,
                         const std::string& reason);
void SetCoordinatorListed(Conn& c, UserId user, bool listed);

// A programme's trainees with their attendance and their latest certification of it.
std::vector<training::Trainee> LoadTrainees(Conn& c, const training::Programme& p);

}  // namespace tsunagu::store

namespace tsunagu::training {

// Reads for pages, APIs and other features; each is one read on a pooled connection.
std::vector<Programme> ListProgrammes(const Ctx& ctx);
std::optional<ProgrammeDetail> GetProgramme(const Ctx& ctx, ProgrammeId id);
std::vector<Certification> CertificationsValidOn(const Ctx& ctx, const std::string& date);
std::vector<Certification> CertificationsOf(const Ctx& ctx, UserId user);
// KPI 2: people (not certificates) holding a valid certification on date.
std::int64_t CoordinatorsOn(const Ctx& ctx, const std::string& date);

// The programme a session, trainee or certification belongs to; none when there is no such
// record.
ProgrammeId ProgrammeOfSession(const Ctx& ctx, SessionId session);
ProgrammeId ProgrammeOfTrainee(const Ctx& ctx, TraineeId trainee);
ProgrammeId ProgrammeOfCertification(const Ctx& ctx, CertificationId certification);

}  // namespace tsunagu::training
