#include "platform/audit.hpp"

#include "platform/store/queries.hpp"

namespace tsunagu {

void Audit(store::Conn& c, const Ctx& ctx, UserId actor, const std::string& action,
           const std::string& subject_kind, std::int64_t subject_id, const std::string& detail) {
  store::InsertAudit(c, ctx.municipality, ctx.clock.Now(), actor, action, subject_kind, subject_id,
                     detail);
}

}  // namespace tsunagu
