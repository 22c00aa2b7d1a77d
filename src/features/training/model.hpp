// Coordinator training and certification: the records (programmes, sessions, trainees,
// certifications) as the feature's other tiers see them. Types only.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/model.hpp"

namespace tsunagu::training {

// The ids of the feature's records (platform/id.hpp).
using ProgrammeId = Id<struct ProgrammeTag>;  // a programme, 研修プログラム (programmes)
using SessionId = Id<struct SessionTag>;      // a session of one (programme_sessions)
using TraineeId = Id<struct TraineeTag>;      // a person recommended to one (trainees)
using CertificationId = Id<struct CertificationTag>;  // a certification (certifications)

struct Programme {
  ProgrammeId id;
  std::string name, description;
  std::int64_t min_sessions = 1;
  bool requires_report = false;
  std::int64_t validity_years = 3;
  std::int64_t session_count = 0, trainee_count = 0;
};

struct Session {
  SessionId id;
  ProgrammeId programme_id;
  std::string starts_at;  // "YYYY-MM-DD HH:MM", Asia/Tokyo
  std::string title, place;
  std::int64_t capacity = 0;
};

struct Certification {
  CertificationId id;
  UserId user_id;
  std::string user_name;
  ProgrammeId programme_id;
  std::string programme_name;
  std::string number, certified_on, valid_until, revoked_on, revoke_reason;
  std::string region_slug, region_name;  // the person's home region ("" when none)
  bool listed = false;
  // Valid on date (YYYY-MM-DD): certified by then, not expired, not revoked on or before it.
  bool ValidOn(const std::string& date) const {
    return certified_on <= date && date <= valid_until && (revoked_on.empty() || date < revoked_on);
  }
};

struct Trainee {
  TraineeId id;
  UserId user_id;
  std::string name;
  OrgId recommended_by_id;
  std::string recommended_by;  // council name
  bool report_submitted = false;
  std::set<SessionId> attended;
  std::optional<Certification> certification;  // the latest for this programme
};

struct ProgrammeDetail {
  Programme programme;
  std::vector<Session> sessions;
  std::vector<Trainee> trainees;
};

}  // namespace tsunagu::training
