#include "features/training/commands.hpp"

#include "features/training/queries.hpp"
#include "platform/command.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::training {
namespace {

const Subject kCityWide{};

// A whole number in [min, max] typed into a form field; adds the field's error otherwise.
std::int64_t Number(Validator& v, const std::string& field, const std::string& raw,
                    std::int64_t min, std::int64_t max) {
  auto n = text::ParsePositiveInt(text::Nfkc(text::Trim(raw)));
  if (raw.empty()) {
    v.Add(field, Msg("error.required"));
    return 0;
  }
  if (!n || *n < min || *n > max) {
    v.OutOfRange(field, min, max);
    return 0;
  }
  return *n;
}

}  // namespace

Result<ProgrammeId> CreateProgramme(const Ctx& ctx, const Actor& actor, ProgrammeForm f) {
  Validator v;
  Programme p;
  v.Required("name", f.name, 100);
  v.Optional("description", f.description, 2000);
  p.name = f.name;
  p.description = f.description;
  p.min_sessions = Number(v, "min_sessions", f.min_sessions, 1, 50);
  p.requires_report = f.requires_report == "1";
  p.validity_years = Number(v, "validity_years", f.validity_years, 1, 10);
  const Command cmd{"training.create_programme"};
  return Run<ProgrammeId>(ctx, actor, cmd, [&](Tx& tx) -> Result<ProgrammeId> {
    if (!Can(actor, Action::kManageTraining, kCityWide)) return Forbidden(Msg("error.forbidden"));
    if (!v.ok()) return v.Fail();
    const auto id = store::InsertProgramme(tx.c, ctx.municipality, p, ctx.clock.Now());
    tx.Audit("programme", id);
    return id;
  });
}

Result<SessionId> AddSession(const Ctx& ctx, const Actor& actor, ProgrammeId programme,
                             SessionForm f) {
  Validator v;
  f.date = text::Trim(f.date);
  f.time = text::Trim(f.time);
  if (f.date.empty()) {
    v.Add("date", Msg("error.required"));
  } else if (!IsDate(f.date)) {
    v.Add("date", Msg("error.date"));
  }
  if (f.time.empty()) {
    v.Add("time", Msg("error.required"));
  } else if (!ParseTime(f.time)) {
    v.Add("time", Msg("error.time"));
  }
  v.Required("title", f.title, 100);
  v.Optional("place", f.place, 200);
  Session s;
  s.programme_id = programme;
  s.starts_at = f.date + " " + f.time;
  s.title = f.title;
  s.place = f.place;
  s.capacity = Number(v, "capacity", f.capacity, 1, 1000);
  const Command cmd{"training.add_session"};
  return Run<SessionId>(ctx, actor, cmd, [&](Tx& tx) -> Result<SessionId> {
    if (!Can(actor, Action::kManageTraining, kCityWide)) return Forbidden(Msg("error.forbidden"));
    if (!v.ok()) return v.Fail();
    if (!store::FindProgramme(tx.c, programme)) return NotFound(Msg("error.not_found"));
    const auto id = store::InsertSession(tx.c, s);
    tx.Audit("programme", programme, "session=" + to_string(id));
    return id;
  });
}

Result<TraineeId> Recommend(const Ctx& ctx, const Actor& actor, ProgrammeId programme,
                            const std::string& raw_email, const std::string& council_id) {
  const std::string email = text::NfkcLower(text::Trim(raw_email));
  const Command cmd{"training.recommend"};
  return Run<TraineeId>(ctx, actor, cmd, [&](Tx& tx) -> Result<TraineeId> {
    if (!store::FindProgramme(tx.c, programme)) return NotFound(Msg("error.not_found"));
    // Whether the actor may recommend for any council at all is asked before the form is
    // judged (403, not 400); for which council, once the form names it.
    bool may_any = Can(actor, Action::kRecommendTrainee, Subject{{}, {}, OrgKind::kCouncil});
    for (const auto& m : actor.memberships) {
      may_any = may_any || (m.org_kind == OrgKind::kCouncil &&
                            Can(actor, Action::kRecommendTrainee,
                                Subject{m.org_region_id, m.org_id, OrgKind::kCouncil}));
    }
    if (!may_any) return Forbidden(Msg("error.forbidden"));
    Validator v;
    std::optional<Org> council;
    if (auto id = text::ParsePositiveInt(council_id)) council = store::FindOrg(tx.c, OrgId{*id});
    if (!council || council->kind != OrgKind::kCouncil) {
      v.Add("council", Msg("error.choice"));
    } else if (!Can(actor, Action::kRecommendTrainee,
                    Subject{council->region_id, council->id, council->kind})) {
      return Forbidden(Msg("error.forbidden"));
    }
    std::optional<User> user;
    if (!text::IsValidText(raw_email) || !text::LooksLikeEmail(email)) {
      v.Add("email", Msg("error.email"));
    } else if (!(user = store::FindUserByEmail(tx.c, email))) {
      v.Add("email", Msg("error.no_such_account"));
    }
    if (!v.ok()) return v.Fail();
    for (const auto& t : store::ListTrainees(tx.c, programme)) {
      if (t.user_id == user->id) {
        return Conflict(Msg("error.summary"), {{"email", Msg("error.already_trainee")}});
      }
    }
    const auto id = store::InsertTrainee(tx.c, programme, user->id, council->id, ctx.clock.Now());
    tx.Audit("programme", programme,
             "trainee=" + to_string(id) + " council=" + to_string(council->id));
    return id;
  });
}

Result<void> RecordAttendance(const Ctx& ctx, const Actor& actor, SessionId session_id,
                              const std::set<UserId>& attended) {
  return Run<void>(ctx, actor, {"training.attendance"}, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kManageTraining, kCityWide)) return Forbidden(Msg("error.forbidden"));
    auto session = store::FindSession(tx.c, session_id);
    if (!session) return NotFound(Msg("error.not_found"));
    std::set<UserId> trainees;
    for (const auto& t : store::ListTrainees(tx.c, session->programme_id))
      trainees.insert(t.user_id);
    for (UserId u : attended) {
      if (!trainees.count(u)) return Invalid(Msg("error.not_trainee"));
    }
    if (static_cast<std::int64_t>(attended.size()) > session->capacity) {
      return Invalid(Msg("error.over_capacity"));
    }
    auto clash = store::AttendingElsewhere(tx.c, session_id, session->starts_at, attended);
    if (!clash.empty()) {
      std::string m = Msg("error.attendance_overlap");
      m.replace(m.find("{name}"), 6, clash.front());
      return Invalid(m);
    }
    store::ReplaceAttendance(tx.c, session_id, attended);
    tx.Audit("programme", session->programme_id,
             "session=" + to_string(session_id) + " count=" + std::to_string(attended.size()));
    return {};
  });
}

Result<void> SetReport(const Ctx& ctx, const Actor& actor, TraineeId trainee, bool submitted) {
  return Run<void>(ctx, actor, {"training.report"}, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kManageTraining, kCityWide)) return Forbidden(Msg("error.forbidden"));
    auto t = store::FindTrainee(tx.c, trainee);
    if (!t) return NotFound(Msg("error.not_found"));
    store::SetReportSubmitted(tx.c, trainee, submitted);
    tx.Audit("programme", t->programme_id,
             "trainee=" + to_string(trainee) + (submitted ? " submitted" : " withdrawn"));
    return {};
  });
}

Result<std::string> Certify(const Ctx& ctx, const Actor& actor, TraineeId trainee_id) {
  const std::string today = TodayJst(ctx.clock);
  // Numbers are "count this year + 1": the writers' lock keeps two certifications at the same
  // moment (PostgreSQL) from both counting the same.
  const Command cmd{"training.certify", Login::kRequired, Lock::kWriters};
  return Run<std::string>(ctx, actor, cmd, [&](Tx& tx) -> Result<std::string> {
    if (!Can(actor, Action::kCertify, kCityWide)) return Forbidden(Msg("error.forbidden"));
    auto row = store::FindTrainee(tx.c, trainee_id);
    if (!row) return NotFound(Msg("error.not_found"));
    auto programme = store::FindProgramme(tx.c, row->programme_id);
    const auto trainees = store::LoadTrainees(tx.c, *programme);
    const Trainee* t = nullptr;
    for (const auto& x : trainees) {
      if (x.id == trainee_id) t = &x;
    }
    if (!HasCompleted(*programme, *t)) return Invalid(Msg("error.not_completed"));
    if (t->certification && t->certification->ValidOn(today)) {
      return Conflict(Msg("error.already_certified"));
    }
    Certification cert;
    cert.user_id = t->user_id;
    cert.programme_id = programme->id;
    cert.certified_on = today;
    cert.valid_until = AddYears(today, programme->validity_years);
    const std::string year = today.substr(0, 4);
    char number[32];
    std::snprintf(
        number, sizeof number, "%s-%04lld", year.c_str(),
        static_cast<long long>(store::CountCertificationsIn(tx.c, ctx.municipality, year) + 1));
    cert.number = number;
    const auto id = store::InsertCertification(tx.c, ctx.municipality, cert, ctx.clock.Now());
    tx.Audit("certification", id, "programme=" + to_string(programme->id));
    return cert.number;
  });
}

Result<void> Renew(const Ctx& ctx, const Actor& actor, CertificationId certification) {
  const std::string today = TodayJst(ctx.clock);
  return Run<void>(ctx, actor, {"training.renew"}, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kCertify, kCityWide)) return Forbidden(Msg("error.forbidden"));
    auto cert = store::FindCertification(tx.c, certification);
    if (!cert) return NotFound(Msg("error.not_found"));
    if (!cert->revoked_on.empty()) return Invalid(Msg("error.revoked"));
    auto programme = store::FindProgramme(tx.c, cert->programme_id);
    const std::string from = std::max(cert->valid_until, today);
    store::UpdateCertificationValidity(tx.c, certification,
                                       AddYears(from, programme->validity_years));
    tx.Audit("certification", certification);
    return {};
  });
}

Result<void> Revoke(const Ctx& ctx, const Actor& actor, CertificationId certification,
                    const std::string& raw_reason) {
  const std::string reason = text::Trim(raw_reason);
  return Run<void>(ctx, actor, {"training.revoke"}, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kCertify, kCityWide)) return Forbidden(Msg("error.forbidden"));
    if (reason.empty() || !text::IsValidText(reason) || text::Length(reason) > 500) {
      return Invalid(Msg("error.revoke_reason"));
    }
    auto cert = store::FindCertification(tx.c, certification);
    if (!cert) return NotFound(Msg("error.not_found"));
    if (!cert->revoked_on.empty()) return Invalid(Msg("error.revoked"));
    store::RevokeCertification(tx.c, certification, TodayJst(ctx.clock), reason);
    tx.Audit("certification", certification);
    return {};
  });
}

Result<void> SetListed(const Ctx& ctx, const Actor& actor, bool listed) {
  const Command cmd{listed ? "training.list_me" : "training.unlist_me"};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::SetCoordinatorListed(tx.c, actor.id, listed);
    tx.Audit("user", actor.id);
    return {};
  });
}

}  // namespace tsunagu::training
