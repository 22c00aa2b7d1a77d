// Accounts: register, log in and out, sessions, profile, password change and reset, API
// tokens. Each command validates, checks permission, runs in one transaction and writes one
// audit-log row.
#pragma once

#include <string>

#include "platform/result.hpp"
#include "platform/context.hpp"

namespace tsunagu::accounts {

inline constexpr std::size_t kMinPassword = 10;
inline constexpr std::size_t kMaxPassword = 128;
inline constexpr std::int64_t kSessionLifetime = 14 * 24 * 3600;
inline constexpr std::int64_t kResetLifetime = 3600;

struct RegisterForm {
  std::string email, password, password_confirm, display_name;
  std::string home_region;  // slug or ""
  std::string age_band;     // one of kAgeBands or ""
  std::string address;      // client address, for throttling only (never logged)
};
// At most this many registrations, and reset requests, per client address per login window;
// at most kResetsPerAccount reset mails per account per window.
inline constexpr int kRegistrationsPerAddress = 10;
inline constexpr int kResetsPerAddress = 10;
inline constexpr int kResetsPerAccount = 3;
Result<UserId> Register(const Ctx& ctx, RegisterForm form);

struct LoginForm {
  std::string email, password;
  std::string address;  // client address, for throttling only (never logged)
};
// Too many recent failures for the account or the address: TooMany. Wrong email or
// password: Invalid with one message that does not say which was wrong.
Result<UserId> Login(const Ctx& ctx, const LoginForm& form);

// A new session for user; returns the token for the cookie (only its digest is stored).
std::string CreateSession(const Ctx& ctx, UserId user);
// (Who a session or API token belongs to: platform/web/identity.hpp.)
void Logout(const Ctx& ctx, const std::string& token);

struct ProfileForm {
  std::string display_name, home_region, age_band;
};
Result<void> UpdateProfile(const Ctx& ctx, const Actor& actor, ProfileForm form);

struct PasswordForm {
  std::string current, password, password_confirm;
};
// Changes the password, ends every session of the user, and returns a new session token.
Result<std::string> ChangePassword(const Ctx& ctx, const Actor& actor, const PasswordForm& form);

// Mails a one-time link when the address belongs to an account; succeeds either way, so that
// nobody can learn which addresses are registered.
Result<void> RequestPasswordReset(const Ctx& ctx, const std::string& email,
                                  const std::string& address);
bool IsValidResetToken(const Ctx& ctx, const std::string& token);
Result<void> ResetPassword(const Ctx& ctx, const std::string& token, const std::string& password,
                           const std::string& password_confirm);

// CLI: a new API token for the account; returns the token (only its digest is stored).
Result<std::string> CreateApiToken(const Ctx& ctx, const std::string& email);

// CLI `user add`: role is resident | member | editor | officer | council_officer | city_staff
// | city_admin | system_admin; member, editor, officer and council_officer need org.
// Returns the generated initial password.
struct AddUserForm {
  std::string email, name, role;
  OrgId org = 0;
};
Result<std::string> AddUser(const Ctx& ctx, AddUserForm form);

}  // namespace tsunagu::accounts
