#include "features/accounts/commands.hpp"

#include "platform/web/identity.hpp"

#include "platform/command.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::accounts {
namespace {

// Resolves an optional region slug; adds a field error when it names no region.
RegionId ResolveRegion(store::Conn& c, const Ctx& ctx, Validator& v, const std::string& slug) {
  if (slug.empty()) return {};
  auto r = store::FindRegionBySlug(c, ctx.municipality, slug);
  if (!r) {
    v.Add("home_region", Msg("error.unknown_region"));
    return {};
  }
  return r->id;
}

// Commands of people who are not logged in (yet), or of the command line.
constexpr auto kAnyone = tsunagu::Login::kOptional;

// The device cookie: "<user id>.<nonce>.<HMAC(secret, device:<user id>:<nonce>)>". The secret
// is the site's own, made once and kept in the settings.
std::string DeviceSecret(store::Conn& c) {
  store::InsertSettingIfAbsent(c, "device_secret", crypto::RandomToken());
  return *store::GetSetting(c, "device_secret");
}

std::string DeviceMac(const std::string& secret, UserId user, std::string_view nonce) {
  return crypto::Hmac(secret, "device:" + to_string(user) + ":" + std::string(nonce));
}

// The nonce of a device cookie this site signed for this person; "" for anything else.
std::string TrustedDevice(const std::string& secret, std::string_view cookie, UserId user) {
  const auto a = cookie.find('.');
  const auto b = a == std::string_view::npos ? a : cookie.find('.', a + 1);
  if (b == std::string_view::npos) return "";
  if (cookie.substr(0, a) != to_string(user)) return "";
  const std::string_view nonce = cookie.substr(a + 1, b - a - 1);
  if (nonce.size() != 64) return "";
  if (!crypto::ConstantTimeEquals(cookie.substr(b + 1), DeviceMac(secret, user, nonce))) return "";
  return std::string(nonce);
}

const std::string& DummyHash() {
  static const std::string hash = crypto::HashPassword("not-a-real-password-0000");
  return hash;
}

}  // namespace

Result<UserId> Register(const Ctx& ctx, RegisterForm form) {
  // The throttle first: a refused burst must not pay for validation or hashing. It is asked
  // again in the transaction, where it is certain.
  const std::string throttle_key = "register:" + form.address;
  auto throttled = [&](store::Conn& c) {
    return store::CountLoginFailures(c, throttle_key, ctx.clock.Now() - ctx.login.window_s) >=
           kRegistrationsPerAddress;
  };
  if (ctx.db.Read(throttled)) return TooMany(Msg("error.too_many_requests"));
  Validator v;
  form.email = text::Trim(form.email);
  if (v.Text("email", form.email)) {
    form.email = text::NfkcLower(form.email);
    if (form.email.empty()) {
      v.Add("email", Msg("error.required"));
    } else if (!text::LooksLikeEmail(form.email)) {
      v.Add("email", Msg("error.email"));
    }
  }
  ValidatePassword(v, "password", form.password, form.password_confirm);
  v.Required("display_name", form.display_name, 50);
  v.Check(form.age_band.empty() || IsAgeBand(form.age_band), "age_band", Msg("error.choice"));
  const RegionId region = ctx.db.Read(
      [&](store::Conn& c) { return ResolveRegion(c, ctx, v, text::Trim(form.home_region)); });
  if (!v.ok()) return v.Fail();

  User u;
  u.email = form.email;
  u.display_name = form.display_name;
  u.password_hash = crypto::HashPassword(form.password);  // slow: outside the transaction
  u.role = UserRole::kResident;
  u.home_region_id = region;
  u.age_band = form.age_band;
  try {
    return Run<UserId>(ctx, Actor{}, {"user.register", kAnyone}, [&](Tx& tx) -> Result<UserId> {
      if (throttled(tx.c)) return TooMany(Msg("error.too_many_requests"));
      store::InsertLoginFailure(tx.c, throttle_key, ctx.clock.Now());
      if (store::FindUserByEmail(tx.c, u.email)) {
        return Conflict(Msg("error.summary"), {{"email", Msg("error.email_taken")}});
      }
      const UserId id = store::InsertUser(tx.c, ctx.municipality, u, ctx.clock.Now());
      tx.AuditAs(id, "user", id);
      return id;
    });
  } catch (const store::UniqueViolation&) {
    return Conflict(Msg("error.summary"), {{"email", Msg("error.email_taken")}});
  }
}

Result<UserId> Login(const Ctx& ctx, const LoginForm& form) {
  if (!text::IsValidText(form.email) || !text::IsValidText(form.password)) {
    return Invalid(Msg("error.login_failed"));
  }
  const std::string email = text::NfkcLower(text::Trim(form.email));
  const std::string account_key = "account:" + crypto::TokenDigest(email);
  const std::string address_key = "address:" + form.address;
  const std::int64_t now = ctx.clock.Now();
  const std::int64_t since = now - ctx.login.window_s;
  std::string pair_key;  // this account from this address, or from this known device

  // The attempt is counted before the (slow) password check, in the same write transaction
  // as the limit check, so that parallel attempts cannot slip past the limit. Counting is
  // bookkeeping (no audit row) and commits whatever the password turns out to be.
  struct Attempt {
    std::optional<User> user;
    std::int64_t address_row = 0;
  };
  Result<Attempt> attempt =
      Run<Attempt>(ctx, Actor{}, {"user.login_attempt", kAnyone, Lock::kNone, Record::kBookkeeping},
                   [&](Tx& tx) -> Result<Attempt> {
                     auto count = [&](const std::string& key, std::int64_t from) {
                       return store::CountLoginFailures(tx.c, key, from);
                     };
                     Attempt a{store::FindUserByEmail(tx.c, email)};
                     const std::string device =
                         a.user ? TrustedDevice(DeviceSecret(tx.c), form.device, a.user->id) : "";
                     pair_key = account_key +
                                (device.empty() ? " address:" + form.address : " device:" + device);
                     if (count(pair_key, since) >= ctx.login.max_per_account) {
                       return TooMany(Msg("error.login_throttled"));
                     }
                     if (device.empty()) {
                       if (count(address_key, since) >= ctx.login.max_per_address) {
                         return TooMany(Msg("error.login_throttled"));
                       }
                       if (count(account_key, since) >= ctx.login.max_per_account &&
                           count(account_key, now - kSlowDownSeconds) > 0) {
                         return TooMany(Msg("error.login_slowed"));
                       }
                       a.address_row = store::InsertLoginFailure(tx.c, address_key, now);
                     }
                     store::InsertLoginFailure(tx.c, account_key, now);
                     store::InsertLoginFailure(tx.c, pair_key, now);
                     return a;
                   });
  if (!attempt) return attempt.error();
  const std::optional<User>& user = attempt->user;

  // Verify against a dummy hash for unknown emails so that timing does not reveal accounts.
  const bool ok = crypto::VerifyPassword(user ? user->password_hash : DummyHash(), form.password) &&
                  user.has_value();
  if (!ok) {
    // The failure is recorded (a command that succeeds), then reported; the attempt stays
    // counted.
    auto failed = Run<
        void>(ctx, Actor{}, {"user.login_failed", kAnyone}, [&](Tx& tx) -> Result<void> {
      tx.Audit("user", user ? user->id : UserId{});
      // The owner hears of it once per window: when the failures reach the limit.
      if (user &&
          store::CountLoginFailures(tx.c, account_key, since) == ctx.login.max_per_account) {
        tx.Send(Mail{user->email, Msg("mail.login_attack_subject"), Msg("mail.login_attack_body")});
      }
      return {};
    });
    if (!failed) return failed.error();
    return Invalid(Msg("error.login_failed"));
  }
  return Run<UserId>(ctx, Actor{}, {"user.login", kAnyone}, [&](Tx& tx) -> Result<UserId> {
    if (attempt->address_row) store::DeleteLoginFailure(tx.c, attempt->address_row);
    store::ClearLoginFailures(tx.c, account_key);
    store::ClearLoginFailures(tx.c, pair_key);
    tx.AuditAs(user->id, "user", user->id);
    return user->id;
  });
}

std::string DeviceCookie(const Ctx& ctx, UserId user) {
  const std::string nonce = crypto::RandomToken();
  const std::string secret = ctx.db.Read(
      [](store::Conn& c) { return store::GetSetting(c, "device_secret").value_or(""); });
  if (secret.empty()) return "";  // never happens after a login attempt made it
  return to_string(user) + "." + nonce + "." + DeviceMac(secret, user, nonce);
}

// Bookkeeping: no audit row of its own (the registration or login before it writes one).
std::string CreateSession(const Ctx& ctx, UserId user) {
  const std::string token = crypto::RandomToken();
  const std::int64_t now = ctx.clock.Now();
  Run<void>(ctx, Actor{}, {"session.create", kAnyone, Lock::kNone, Record::kBookkeeping},
            [&](Tx& tx) -> Result<void> {
              store::InsertSession(tx.c, crypto::TokenDigest(token), user, now,
                                   now + kSessionLifetime);
              return {};
            })
      .value();
  return token;
}

void Logout(const Ctx& ctx, const std::string& token) {
  const auto user = web::SessionUser(ctx, token);
  if (!user) return;
  Run<void>(ctx, Actor{}, {"user.logout", kAnyone}, [&](Tx& tx) -> Result<void> {
    store::DeleteSession(tx.c, crypto::TokenDigest(token));
    tx.AuditAs(*user, "user", *user);
    return {};
  }).value();
}

Result<void> UpdateProfile(const Ctx& ctx, const Actor& actor, ProfileForm form) {
  Validator v;
  v.Required("display_name", form.display_name, 50);
  v.Check(form.age_band.empty() || IsAgeBand(form.age_band), "age_band", Msg("error.choice"));
  return Run<void>(ctx, actor, {"user.update_profile"}, [&](Tx& tx) -> Result<void> {
    const RegionId region = ResolveRegion(tx.c, ctx, v, text::Trim(form.home_region));
    if (!v.ok()) return v.Fail();
    auto u = store::FindUser(tx.c, actor.id);
    if (!u) return NotFound(Msg("error.not_found"));
    u->display_name = form.display_name;
    u->home_region_id = region;
    u->age_band = form.age_band;
    store::UpdateProfile(tx.c, *u, ctx.clock.Now());
    tx.Audit("user", actor.id);
    return {};
  });
}

Result<std::string> ChangePassword(const Ctx& ctx, const Actor& actor, const PasswordForm& form) {
  // Refused before the (slow) password check and hash, which Run's own login check would follow.
  if (actor.IsAnonymous()) return Unauthorized(Msg("error.login_required"));
  Validator v;
  ValidatePassword(v, "password", form.password, form.password_confirm);
  auto user = ctx.db.Read([&](store::Conn& c) { return store::FindUser(c, actor.id); });
  if (!user) return NotFound(Msg("error.not_found"));
  if (!crypto::VerifyPassword(user->password_hash, form.current)) {
    v.Add("current", Msg("error.current_password"));
  }
  if (!v.ok()) return v.Fail();
  const std::string hash = crypto::HashPassword(form.password);
  const std::string token = crypto::RandomToken();
  const std::int64_t now = ctx.clock.Now();
  return Run<std::string>(ctx, actor, {"user.change_password"}, [&](Tx& tx) -> Result<std::string> {
    store::UpdatePasswordHash(tx.c, actor.id, hash, now);
    store::DeleteSessionsOfUser(tx.c, actor.id);
    store::EndPasswordResets(tx.c, actor.id, now);
    store::InsertSession(tx.c, crypto::TokenDigest(token), actor.id, now, now + kSessionLifetime);
    tx.Audit("user", actor.id);
    return token;
  });
}

Result<void> RequestPasswordReset(const Ctx& ctx, const std::string& raw_email,
                                  const std::string& address) {
  Validator v;
  std::string email = text::Trim(raw_email);
  if (v.Text("email", email)) {
    email = text::NfkcLower(email);
    v.Check(text::LooksLikeEmail(email), "email", Msg("error.email"));
  }
  if (!v.ok()) return v.Fail();
  const std::string token = crypto::RandomToken();
  const std::int64_t now = ctx.clock.Now();
  const std::string address_key = "reset-address:" + address;
  const std::string account_key = "reset-account:" + crypto::TokenDigest(email);
  const std::int64_t since = now - ctx.login.window_s;
  // Unknown addresses and accounts over their limit change nothing but the throttling rows
  // (no audit row, no mail).
  return Run<void>(ctx, Actor{}, {"user.request_password_reset", kAnyone},
                   [&](Tx& tx) -> Result<void> {
                     if (store::CountLoginFailures(tx.c, address_key, since) >= kResetsPerAddress) {
                       return TooMany(Msg("error.too_many_requests"));
                     }
                     store::InsertLoginFailure(tx.c, address_key, now);
                     auto user = store::FindUserByEmail(tx.c, email);
                     if (!user) {
                       tx.NoChange();
                       return {};
                     }
                     // Enough links are on their way to this address: answer the same, send nothing
                     // more.
                     if (store::CountLoginFailures(tx.c, account_key, since) >= kResetsPerAccount) {
                       tx.NoChange();
                       return {};
                     }
                     store::InsertLoginFailure(tx.c, account_key, now);
                     store::InsertPasswordReset(tx.c, user->id, crypto::TokenDigest(token), now,
                                                now + kResetLifetime);
                     tx.Audit("user", user->id);
                     Mail mail;
                     mail.to = user->email;
                     mail.subject = Msg("mail.reset_subject");
                     std::string body = Msg("mail.reset_body");
                     const std::string link = ctx.base_url + "/password/reset?token=" + token;
                     const auto pos = body.find("{link}");
                     if (pos != std::string::npos) body.replace(pos, 6, link);
                     mail.body = body;
                     tx.Send(std::move(mail));
                     return {};
                   });
}

Result<void> ResetPassword(const Ctx& ctx, const std::string& token, const std::string& password,
                           const std::string& password_confirm) {
  Validator v;
  ValidatePassword(v, "password", password, password_confirm);
  if (!v.ok()) return v.Fail();
  if (!IsValidResetToken(ctx, token)) return Invalid(Msg("error.reset_token"));
  const std::string hash = crypto::HashPassword(password);
  const std::int64_t now = ctx.clock.Now();
  return Run<void>(ctx, Actor{}, {"user.reset_password", kAnyone}, [&](Tx& tx) -> Result<void> {
    auto reset = store::FindValidPasswordReset(tx.c, crypto::TokenDigest(token), now);
    // Only one use of a link can win, even when two arrive at once.
    if (!reset || !store::ClaimPasswordReset(tx.c, reset->first, now)) {
      return Invalid(Msg("error.reset_token"));
    }
    store::UpdatePasswordHash(tx.c, reset->second, hash, now);
    store::EndPasswordResets(tx.c, reset->second, now);  // other links mailed earlier end too
    store::DeleteSessionsOfUser(tx.c, reset->second);
    if (auto user = store::FindUser(tx.c, reset->second)) {  // a fresh start after the reset
      store::ClearLoginFailuresFrom(tx.c, "account:" + crypto::TokenDigest(user->email));
    }
    tx.AuditAs(reset->second, "user", reset->second);
    return {};
  });
}

Result<std::string> CreateApiToken(const Ctx& ctx, const std::string& raw_email) {
  const std::string email = text::NfkcLower(text::Trim(raw_email));
  const std::string token = crypto::RandomToken();
  return Run<std::string>(
      ctx, Actor{}, {"api_token.create", kAnyone}, [&](Tx& tx) -> Result<std::string> {
        auto user = store::FindUserByEmail(tx.c, email);
        if (!user) return NotFound("no account with that email");
        store::InsertApiToken(tx.c, user->id, crypto::TokenDigest(token), ctx.clock.Now());
        tx.Audit("user", user->id);
        return token;
      });
}

Result<std::string> AddUser(const Ctx& ctx, AddUserForm form) {
  form.email = text::NfkcLower(text::Trim(form.email));
  form.name = text::Trim(form.name);
  if (!text::LooksLikeEmail(form.email)) return Invalid("--email: not an email address");
  if (form.name.empty() || !text::IsValidText(form.name) || text::Length(form.name) > 50) {
    return Invalid("--name: give a display name of 1 to 50 characters");
  }
  UserRole user_role = UserRole::kResident;
  std::optional<MemberRole> member_role;
  if (auto r = ParseUserRole(form.role)) {
    user_role = *r;
  } else if (form.role == "council_officer") {
    member_role = MemberRole::kOfficer;
  } else if (auto m = ParseMemberRole(form.role)) {
    member_role = *m;
  } else {
    return Invalid(
        "--role: one of resident, member, editor, officer, council_officer, city_staff, "
        "city_admin, system_admin");
  }
  if (member_role && !form.org) return Invalid("--role " + form.role + " needs --org ID");
  const std::string password = crypto::RandomToken().substr(0, 20);
  User u;
  u.email = form.email;
  u.display_name = form.name;
  u.role = user_role;
  u.password_hash = crypto::HashPassword(password);
  try {
    return Run<std::string>(
        ctx, Actor{}, {"user.add", kAnyone}, [&](Tx& tx) -> Result<std::string> {
          if (store::FindUserByEmail(tx.c, u.email))
            return Conflict("--email: that account exists");
          std::optional<Org> org;
          if (form.org) {
            org = store::FindOrg(tx.c, form.org);
            if (!org) return NotFound("--org: no organisation with id " + to_string(form.org));
            if (form.role == "council_officer" && org->kind != OrgKind::kCouncil) {
              return Invalid("--org: council_officer needs a 地域づくり協議会 (council) id");
            }
            u.home_region_id = org->region_id;
          }
          const UserId id = store::InsertUser(tx.c, ctx.municipality, u, ctx.clock.Now());
          if (org) {
            store::UpsertMembership(tx.c, id, org->id, member_role.value_or(MemberRole::kMember),
                                    ctx.clock.Now());
          }
          tx.Audit("user", id, std::string("role=") + form.role);
          return password;
        });
  } catch (const store::UniqueViolation&) {
    return Conflict("--email: that account exists");
  }
}

}  // namespace tsunagu::accounts
