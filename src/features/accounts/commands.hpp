// Accounts: register, log in and out, sessions, profile, password change and reset, API
// tokens. Each command validates, checks permission, runs in one transaction and writes one
// audit-log row.
#pragma once

#include <string>

#include "features/accounts/model.hpp"
#include "features/accounts/queries.hpp"  // the reads, for those who include this header only
#include "features/accounts/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::accounts {

Result<UserId> Register(const Ctx& ctx, RegisterForm form);

// Throttling (OWASP's advice), counted before the slow password check:
//   - failures of this account from this address (or this known device): TooMany after
//     login.max_per_account in the window;
//   - failures from this address, whatever the account: TooMany after login.max_per_address;
//   - failures of this account from anywhere: only a slow-down once they reach
//     max_per_account: a browser the account does not know gets one attempt per
//     kSlowDownSeconds. A device that carries the account's signed device cookie is never
//     slowed or locked by failures from elsewhere.
// When an account's failures reach max_per_account, its owner is told by mail (once per
// window). Wrong email or password: Invalid with one message that does not say which was wrong.
Result<UserId> Login(const Ctx& ctx, const LoginForm& form);

// A new signed device cookie for the person who just logged in on this device.
std::string DeviceCookie(const Ctx& ctx, UserId user);

// A new session for user; returns the token for the cookie (only its digest is stored).
std::string CreateSession(const Ctx& ctx, UserId user);
// (Who a session or API token belongs to: platform/web/identity.hpp.)
void Logout(const Ctx& ctx, const std::string& token);

Result<void> UpdateProfile(const Ctx& ctx, const Actor& actor, ProfileForm form);

// Changes the password, ends every session of the user, and returns a new session token.
Result<std::string> ChangePassword(const Ctx& ctx, const Actor& actor, const PasswordForm& form);

// Mails a one-time link when the address belongs to an account; succeeds either way, so that
// nobody can learn which addresses are registered.
Result<void> RequestPasswordReset(const Ctx& ctx, const std::string& email,
                                  const std::string& address);
Result<void> ResetPassword(const Ctx& ctx, const std::string& token, const std::string& password,
                           const std::string& password_confirm);

// CLI: a new API token for the account; returns the token (only its digest is stored).
Result<std::string> CreateApiToken(const Ctx& ctx, const std::string& email);

// CLI `user add` (see AddUserForm). Returns the generated initial password.
Result<std::string> AddUser(const Ctx& ctx, AddUserForm form);

}  // namespace tsunagu::accounts
