// Accounts: pure rules (no store, no Ctx).
#pragma once

#include <string>

#include "features/accounts/model.hpp"
#include "platform/validate.hpp"

namespace tsunagu::accounts {

// A new password: kMinPassword to kMaxPassword characters, equal to its confirmation. Adds the
// error to field (or to field + "_confirm" for a mismatch).
void ValidatePassword(Validator& v, const std::string& field, const std::string& password,
                      const std::string& confirm);

}  // namespace tsunagu::accounts
