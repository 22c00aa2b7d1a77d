// The audit log: one row for every change of state, written inside the command's transaction.
// Details never contain personal data (no emails, names, passwords or addresses).
#pragma once

#include <string>

#include "platform/context.hpp"

namespace tsunagu {

void Audit(store::Conn& c, const Ctx& ctx, UserId actor, const std::string& action,
           const std::string& subject_kind, std::int64_t subject_id,
           const std::string& detail = "");

}  // namespace tsunagu
