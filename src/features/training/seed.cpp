#include "features/training/seed.hpp"

#include "features/training/queries.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::seed {

// A facilitation course of six sessions in FY2025, six trainees recommended by their
// councils, four of them certified (three agreed to be listed). Only when there is none yet.
void SeedTraining(store::Conn& c, MunicipalityId m, std::int64_t now) {
  if (!store::ListProgrammes(c, m).empty()) return;
  training::Programme p;
  p.name = "地域コーディネーター養成講座（ファシリテーション）";
  p.description =
      "話し合いの場づくり、ファシリテーション、コーチングを全6回で学びます。修了者は市が"
      "（仮称）地域コーディネーターとして認定します。（デモデータ）";
  p.min_sessions = 5;
  p.requires_report = true;
  p.validity_years = 3;
  const training::ProgrammeId programme = store::InsertProgramme(c, m, p, now);
  static constexpr const char* kTopics[] = {"地域づくりと協働の基礎", "話し合いの場のつくり方",
                                            "ファシリテーション演習", "コーチングの基礎",
                                            "地域の課題を整理する",   "成果発表とふりかえり"};
  std::vector<training::SessionId> sessions;
  for (int i = 0; i < 6; ++i) {
    training::Session s;
    s.programme_id = programme;
    char when[32];
    std::snprintf(when, sizeof when, "2025-%02d-14 13:30", 5 + i);
    s.starts_at = when;
    s.title = kTopics[i];
    s.place = "山口市市民活動支援センター「さぽらんて」（デモ）";
    s.capacity = 30;
    sessions.push_back(store::InsertSession(c, s));
  }
  std::map<training::SessionId, std::set<UserId>> present;  // session -> who attended
  static constexpr const char* kTrainees[] = {"sue", "ajisu", "ato", "hirakawa", "osaba", "sayama"};
  for (int i = 0; i < 6; ++i) {
    const std::string slug = kTrainees[i];
    auto user = store::FindUserByEmail(c, "resident-" + slug + "@example.jp");
    auto council = store::FindOrgBySeedKeyId(c, "council-" + slug);
    const auto trainee = store::InsertTrainee(c, programme, user->id, council, now);
    const int attended = i < 5 ? 6 - (i % 2) : 3;  // the last one is still short of five
    for (int s = 0; s < attended; ++s) present[sessions[s]].insert(user->id);
    store::SetReportSubmitted(c, trainee, i < 5);
    if (i < 4) {
      training::Certification cert;
      cert.user_id = user->id;
      cert.programme_id = programme;
      cert.number = "2025-000" + std::to_string(i + 1);
      cert.certified_on = "2025-11-0" + std::to_string(i + 1);
      cert.valid_until = "2028-11-0" + std::to_string(i + 1);
      store::InsertCertification(c, m, cert, now);
      store::SetCoordinatorListed(c, user->id, i < 3);
    }
  }
  for (const auto& [session, users] : present) store::ReplaceAttendance(c, session, users);
}

}  // namespace tsunagu::seed
