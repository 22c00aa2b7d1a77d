#include "platform/command.hpp"

#include "platform/store/queries.hpp"

namespace tsunagu {

void Tx::Audit(const std::string& subject_kind, std::int64_t subject_id,
               const std::string& detail) {
  AuditAs(actor.id, subject_kind, subject_id, detail);
}

void Tx::AuditAs(UserId as, const std::string& subject_kind, std::int64_t subject_id,
                 const std::string& detail) {
  store::InsertAudit(c, ctx.municipality, ctx.clock.Now(), as, action_, subject_kind, subject_id,
                     detail);
  ++audits_;
}

void Tx::AuditIn(MunicipalityId m, const std::string& subject_kind, std::int64_t subject_id,
                 const std::string& detail) {
  store::InsertAudit(c, m, ctx.clock.Now(), actor.id, action_, subject_kind, subject_id, detail);
  ++audits_;
}

void Tx::CheckAudited() const {
  if (record_ == Record::kBookkeeping) {
    if (audits_ != 0 || by_inner_) {
      throw std::logic_error("command " + action_ + " is bookkeeping but wrote an audit row");
    }
    return;
  }
  if (by_inner_) {
    if (audits_ != 0 || inner_done_ == 0) {
      throw std::logic_error("command " + action_ +
                             " is audited by its inner commands, but ran none or wrote its own");
    }
    return;
  }
  if (audits_ != 1) {
    throw std::logic_error("command " + action_ + " wrote " + std::to_string(audits_) +
                           " audit rows (exactly one expected)");
  }
}

namespace command_detail {

std::optional<Failure> CheckLogin(const Actor& actor, Login login) {
  if (login == Login::kRequired && actor.IsAnonymous()) {
    return Unauthorized(Msg("error.login_required"));
  }
  return std::nullopt;
}

void TakeLock(store::Conn& c, Lock lock) {
  if (lock == Lock::kWriters) store::LockWriters(c);
}

}  // namespace command_detail
}  // namespace tsunagu
