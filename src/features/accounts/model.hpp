// Accounts: the limits and the forms of registering, logging in, the profile, passwords and
// the command line's accounts. (Users themselves are the platform's: platform/model.hpp.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/model.hpp"

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

struct LoginForm {
  std::string email, password;
  std::string address;  // client address, for throttling only (never logged)
  std::string device;   // the device cookie, "" when the browser has none
};

// A device where the person logged in before keeps a signed cookie for this long (the longest
// browsers keep one): failures from elsewhere never lock it out.
inline constexpr std::int64_t kDeviceLifetime = 400 * 24 * 3600;
inline constexpr const char* kDeviceCookie = "tsunagu_device";
// An account with many failures from elsewhere is slowed, never locked: a browser it does not
// know gets one attempt per this many seconds.
inline constexpr std::int64_t kSlowDownSeconds = 30;

struct ProfileForm {
  std::string display_name, home_region, age_band;
};

struct PasswordForm {
  std::string current, password, password_confirm;
};

// CLI `user add`: role is resident | member | editor | officer | council_officer | city_staff
// | city_admin | system_admin; member, editor, officer and council_officer need org.
struct AddUserForm {
  std::string email, name, role;
  OrgId org;
};

}  // namespace tsunagu::accounts
