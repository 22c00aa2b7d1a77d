// Accounts: reads for pages. (Who a session or API token belongs to: platform/web/identity.hpp.)
#pragma once

#include <string>

#include "platform/context.hpp"

namespace tsunagu::accounts {

// The password-reset link's token is one that has not expired nor been used.
bool IsValidResetToken(const Ctx& ctx, const std::string& token);

}  // namespace tsunagu::accounts
