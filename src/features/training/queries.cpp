#include "features/training/queries.hpp"

#include "features/training/rules.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

constexpr const char* kInsertProgramme =
    "INSERT INTO programmes (municipality_id, name, description, min_sessions, requires_report, "
    "validity_years, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kProgrammeSelect =
    "SELECT p.id, p.name, p.description, p.min_sessions, p.requires_report, p.validity_years, "
    "(SELECT COUNT(*) FROM programme_sessions s WHERE s.programme_id = p.id), "
    "(SELECT COUNT(*) FROM trainees t WHERE t.programme_id = p.id) FROM programmes p ";
const std::string kListProgrammes =
    std::string(kProgrammeSelect) + "WHERE p.municipality_id = ? ORDER BY p.id DESC";
const std::string kFindProgramme = std::string(kProgrammeSelect) + "WHERE p.id = ?";

constexpr const char* kInsertSession =
    "INSERT INTO programme_sessions (programme_id, starts_at, title, place, capacity) "
    "VALUES (?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kSessionSelect =
    "SELECT id, programme_id, starts_at, title, place, capacity FROM programme_sessions ";
const std::string kFindSession = std::string(kSessionSelect) + "WHERE id = ?";
const std::string kListSessions =
    std::string(kSessionSelect) + "WHERE programme_id = ? ORDER BY starts_at, id";

constexpr const char* kInsertTrainee =
    "INSERT INTO trainees (programme_id, user_id, recommended_by, recommended_at) "
    "VALUES (?, ?, ?, ?) RETURNING id";
constexpr const char* kTraineeSelect =
    "SELECT t.id, t.programme_id, t.user_id, t.recommended_by, u.display_name, "
    "COALESCE(o.name, ''), t.report_submitted FROM trainees t JOIN users u ON u.id = t.user_id "
    "LEFT JOIN organisations o ON o.id = t.recommended_by ";
const std::string kListTrainees =
    std::string(kTraineeSelect) + "WHERE t.programme_id = ? ORDER BY t.id";
const std::string kFindTrainee = std::string(kTraineeSelect) + "WHERE t.id = ?";
constexpr const char* kSetReport = "UPDATE trainees SET report_submitted = ? WHERE id = ?";

constexpr const char* kListAttendance =
    "SELECT a.session_id, a.user_id FROM attendance a JOIN programme_sessions s ON s.id = "
    "a.session_id WHERE s.programme_id = ?";
constexpr const char* kDeleteAttendance = "DELETE FROM attendance WHERE session_id = ?";
constexpr const char* kInsertAttendance =
    "INSERT INTO attendance (session_id, user_id) VALUES (?, ?)";
constexpr const char* kAttendingElsewhere =
    "SELECT u.display_name FROM attendance a JOIN programme_sessions s ON s.id = a.session_id "
    "JOIN users u ON u.id = a.user_id WHERE s.starts_at = ? AND s.id <> ? AND a.user_id = ?";

constexpr const char* kInsertCertification =
    "INSERT INTO certifications (municipality_id, user_id, programme_id, number, certified_on, "
    "valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kCountCertificationsIn =
    "SELECT COUNT(*) FROM certifications WHERE municipality_id = ? AND certified_on LIKE ?";
constexpr const char* kCertificationSelect =
    "SELECT c.id, c.user_id, u.display_name, c.programme_id, p.name, c.number, c.certified_on, "
    "c.valid_until, COALESCE(c.revoked_on, ''), c.revoke_reason, COALESCE(r.slug, ''), "
    "COALESCE(r.name, ''), u.coordinator_listed FROM certifications c "
    "JOIN users u ON u.id = c.user_id JOIN programmes p ON p.id = c.programme_id "
    "LEFT JOIN regions r ON r.id = u.home_region_id ";
const std::string kFindCertification = std::string(kCertificationSelect) + "WHERE c.id = ?";
const std::string kListCertifications =
    std::string(kCertificationSelect) +
    "WHERE c.municipality_id = ? ORDER BY COALESCE(r.position, 999), c.number";
const std::string kListCertificationsOf =
    std::string(kCertificationSelect) + "WHERE c.user_id = ? ORDER BY c.certified_on, c.id";
constexpr const char* kUpdateValidity = "UPDATE certifications SET valid_until = ? WHERE id = ?";
constexpr const char* kRevoke =
    "UPDATE certifications SET revoked_on = ?, revoke_reason = ? WHERE id = ?";
constexpr const char* kSetListed = "UPDATE users SET coordinator_listed = ? WHERE id = ?";

training::Programme ToProgramme(const Row& r) {
  training::Programme p;
  p.id = r.IdAt(0);
  p.name = r.Str(1);
  p.description = r.Str(2);
  p.min_sessions = r.Int(3);
  p.requires_report = r.Int(4) != 0;
  p.validity_years = r.Int(5);
  p.session_count = r.Int(6);
  p.trainee_count = r.Int(7);
  return p;
}

training::Session ToSession(const Row& r) {
  return training::Session{r.IdAt(0), r.IdAt(1), r.Str(2), r.Str(3), r.Str(4), r.Int(5)};
}

TraineeRow ToTrainee(const Row& r) {
  return TraineeRow{r.IdAt(0), r.IdAt(1), r.IdAt(2), r.IdAt(3), r.Str(4), r.Str(5), r.Int(6) != 0};
}

training::Certification ToCertification(const Row& r) {
  training::Certification c;
  c.id = r.IdAt(0);
  c.user_id = r.IdAt(1);
  c.user_name = r.Str(2);
  c.programme_id = r.IdAt(3);
  c.programme_name = r.Str(4);
  c.number = r.Str(5);
  c.certified_on = r.Str(6);
  c.valid_until = r.Str(7);
  c.revoked_on = r.Str(8);
  c.revoke_reason = r.Str(9);
  c.region_slug = r.Str(10);
  c.region_name = r.Str(11);
  c.listed = r.Int(12) != 0;
  return c;
}

template <class T, class F>
std::vector<T> Map(const Rows& rows, F f) {
  std::vector<T> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(f(r));
  return out;
}

}  // namespace

training::ProgrammeId InsertProgramme(Conn& c, MunicipalityId m, const training::Programme& p,
                                      std::int64_t now) {
  return c
      .QueryOne(kInsertProgramme, {m, p.name, p.description, p.min_sessions,
                                   I{p.requires_report ? 1 : 0}, p.validity_years, now})
      ->IdAt(0);
}

std::vector<training::Programme> ListProgrammes(Conn& c, MunicipalityId m) {
  return Map<training::Programme>(c.Query(kListProgrammes, {m}), ToProgramme);
}

std::optional<training::Programme> FindProgramme(Conn& c, training::ProgrammeId id) {
  auto row = c.QueryOne(kFindProgramme, {id});
  if (!row) return std::nullopt;
  return ToProgramme(*row);
}

training::SessionId InsertSession(Conn& c, const training::Session& s) {
  return c.QueryOne(kInsertSession, {s.programme_id, s.starts_at, s.title, s.place, s.capacity})
      ->IdAt(0);
}

std::optional<training::Session> FindSession(Conn& c, training::SessionId id) {
  auto row = c.QueryOne(kFindSession, {id});
  if (!row) return std::nullopt;
  return ToSession(*row);
}

std::vector<training::Session> ListSessions(Conn& c, training::ProgrammeId programme) {
  return Map<training::Session>(c.Query(kListSessions, {programme}), ToSession);
}

training::TraineeId InsertTrainee(Conn& c, training::ProgrammeId programme, UserId user,
                                  OrgId recommended_by, std::int64_t now) {
  return c.QueryOne(kInsertTrainee, {programme, user, recommended_by, now})->IdAt(0);
}

std::vector<TraineeRow> ListTrainees(Conn& c, training::ProgrammeId programme) {
  return Map<TraineeRow>(c.Query(kListTrainees, {programme}), ToTrainee);
}

std::optional<TraineeRow> FindTrainee(Conn& c, training::TraineeId id) {
  auto row = c.QueryOne(kFindTrainee, {id});
  if (!row) return std::nullopt;
  return ToTrainee(*row);
}

void SetReportSubmitted(Conn& c, training::TraineeId trainee, bool submitted) {
  c.Query(kSetReport, {I{submitted ? 1 : 0}, trainee});
}

std::vector<std::pair<training::SessionId, UserId>> ListAttendance(
    Conn& c, training::ProgrammeId programme) {
  std::vector<std::pair<training::SessionId, UserId>> out;
  for (const auto& r : c.Query(kListAttendance, {programme})) {
    out.emplace_back(r.IdAt(0), r.IdAt(1));
  }
  return out;
}

void ReplaceAttendance(Conn& c, training::SessionId session, const std::set<UserId>& users) {
  c.Query(kDeleteAttendance, {session});
  for (UserId u : users) c.Query(kInsertAttendance, {session, u});
}

std::vector<std::string> AttendingElsewhere(Conn& c, training::SessionId session,
                                            const std::string& starts_at,
                                            const std::set<UserId>& users) {
  std::vector<std::string> names;
  for (UserId u : users) {
    for (const auto& r : c.Query(kAttendingElsewhere, {starts_at, session, u})) {
      names.push_back(r.Str(0));
    }
  }
  return names;
}

training::CertificationId InsertCertification(Conn& c, MunicipalityId m,
                                              const training::Certification& cert,
                                              std::int64_t now) {
  return c
      .QueryOne(kInsertCertification, {m, cert.user_id, cert.programme_id, cert.number,
                                       cert.certified_on, cert.valid_until, now})
      ->IdAt(0);
}

std::int64_t CountCertificationsIn(Conn& c, MunicipalityId m, const std::string& year_prefix) {
  return c.QueryOne(kCountCertificationsIn, {m, year_prefix + "%"})->Int(0);
}

std::optional<training::Certification> FindCertification(Conn& c, training::CertificationId id) {
  auto row = c.QueryOne(kFindCertification, {id});
  if (!row) return std::nullopt;
  return ToCertification(*row);
}

std::vector<training::Certification> ListCertifications(Conn& c, MunicipalityId m) {
  return Map<training::Certification>(c.Query(kListCertifications, {m}), ToCertification);
}

std::vector<training::Certification> ListCertificationsOf(Conn& c, UserId user) {
  return Map<training::Certification>(c.Query(kListCertificationsOf, {user}), ToCertification);
}

void UpdateCertificationValidity(Conn& c, training::CertificationId id,
                                 const std::string& valid_until) {
  c.Query(kUpdateValidity, {valid_until, id});
}

void RevokeCertification(Conn& c, training::CertificationId id, const std::string& on,
                         const std::string& reason) {
  c.Query(kRevoke, {on, reason, id});
}

void SetCoordinatorListed(Conn& c, UserId user, bool listed) {
  c.Query(kSetListed, {I{listed ? 1 : 0}, user});
}

std::vector<training::Trainee> LoadTrainees(Conn& c, const training::Programme& p) {
  using training::Trainee;
  std::vector<Trainee> out;
  const auto attendance = ListAttendance(c, p.id);
  for (const auto& row : ListTrainees(c, p.id)) {
    Trainee t;
    t.id = row.id;
    t.user_id = row.user_id;
    t.name = row.name;
    t.recommended_by_id = row.recommended_by_id;
    t.recommended_by = row.recommended_by;
    t.report_submitted = row.report_submitted;
    for (const auto& [session, user] : attendance) {
      if (user == row.user_id) t.attended.insert(session);
    }
    for (auto& cert : ListCertificationsOf(c, row.user_id)) {
      if (cert.programme_id == p.id) t.certification = cert;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace tsunagu::store

namespace tsunagu::training {

std::vector<Programme> ListProgrammes(const Ctx& ctx) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListProgrammes(c, ctx.municipality); });
}

std::optional<ProgrammeDetail> GetProgramme(const Ctx& ctx, ProgrammeId id) {
  return ctx.db.Read([&](store::Conn& c) -> std::optional<ProgrammeDetail> {
    auto p = store::FindProgramme(c, id);
    if (!p) return std::nullopt;
    return ProgrammeDetail{*p, store::ListSessions(c, id), store::LoadTrainees(c, *p)};
  });
}

std::vector<Certification> CertificationsValidOn(const Ctx& ctx, const std::string& date) {
  std::vector<Certification> out;
  for (auto& cert : ctx.db.Read(
           [&](store::Conn& c) { return store::ListCertifications(c, ctx.municipality); })) {
    if (cert.ValidOn(date)) out.push_back(std::move(cert));
  }
  return out;
}

std::vector<Certification> CertificationsOf(const Ctx& ctx, UserId user) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListCertificationsOf(c, user); });
}

std::int64_t CoordinatorsOn(const Ctx& ctx, const std::string& date) {
  return PeopleCertifiedOn(CertificationsValidOn(ctx, date), date);
}

namespace {
// The programme of the row find(conn, id) returns (none when there is none).
template <class Find, class IdT>
ProgrammeId ProgrammeOf(const Ctx& ctx, Find find, IdT id) {
  return ctx.db.Read([&](store::Conn& c) {
    auto row = find(c, id);
    return row ? row->programme_id : ProgrammeId{};
  });
}
}  // namespace

ProgrammeId ProgrammeOfSession(const Ctx& ctx, SessionId session) {
  return ProgrammeOf(ctx, store::FindSession, session);
}
ProgrammeId ProgrammeOfTrainee(const Ctx& ctx, TraineeId trainee) {
  return ProgrammeOf(ctx, store::FindTrainee, trainee);
}
ProgrammeId ProgrammeOfCertification(const Ctx& ctx, CertificationId certification) {
  return ProgrammeOf(ctx, store::FindCertification, certification);
}

}  // namespace tsunagu::training
