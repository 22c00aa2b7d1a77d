#include "features/accounts/commands.hpp"

#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "platform/audit.hpp"
#include "platform/validate.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::accounts {
namespace {

void ValidatePassword(Validator& v, const std::string& field, const std::string& password,
                      const std::string& confirm) {
  if (!v.Text(field, password)) return;
  const std::size_t n = text::Length(password);
  if (n < kMinPassword) {
    v.Add(field, Msg("error.password_short"));
  } else if (n > kMaxPassword) {
    v.Add(field, Msg("error.password_long"));
  } else if (password != confirm) {
    v.Add(field + "_confirm", Msg("error.password_mismatch"));
  }
}

// Resolves an optional region slug; adds a field error when it names no region.
RegionId ResolveRegion(store::Conn& c, const Ctx& ctx, Validator& v, const std::string& slug) {
  if (slug.empty()) return 0;
  auto r = store::FindRegionBySlug(c, ctx.municipality, slug);
  if (!r) {
    v.Add("home_region", Msg("error.unknown_region"));
    return 0;
  }
  return r->id;
}

const std::string& DummyHash() {
  static const std::string hash = crypto::HashPassword("not-a-real-password-0000");
  return hash;
}

}  // namespace

Result<UserId> Register(const Ctx& ctx, RegisterForm form) {
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
  const std::string throttle_key = "register:" + form.address;
  try {
    return ctx.db.Transact([&](store::Conn& c) -> Result<UserId> {
      if (store::CountLoginFailures(c, throttle_key, ctx.clock.Now() - ctx.login.window_s) >=
          kRegistrationsPerAddress) {
        return TooMany(Msg("error.too_many_requests"));
      }
      store::InsertLoginFailure(c, throttle_key, ctx.clock.Now());
      if (store::FindUserByEmail(c, u.email)) {
        return Conflict(Msg("error.summary"), {{"email", Msg("error.email_taken")}});
      }
      const UserId id = store::InsertUser(c, ctx.municipality, u, ctx.clock.Now());
      Audit(c, ctx, id, "user.register", "user", id);
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

  // The attempt is counted before the (slow) password check, in the same write transaction
  // as the limit check, so that parallel attempts cannot slip past the limit.
  struct Attempt {
    std::optional<User> user;
    std::int64_t account_row = 0, address_row = 0;
  };
  Result<Attempt> attempt = ctx.db.Transact([&](store::Conn& c) -> Result<Attempt> {
    if (store::CountLoginFailures(c, account_key, since) >= ctx.login.max_per_account ||
        store::CountLoginFailures(c, address_key, since) >= ctx.login.max_per_address) {
      return TooMany(Msg("error.login_throttled"));
    }
    return Attempt{store::FindUserByEmail(c, email), store::InsertLoginFailure(c, account_key, now),
                   store::InsertLoginFailure(c, address_key, now)};
  });
  if (!attempt) return attempt.error();
  const std::optional<User>& user = attempt->user;

  // Verify against a dummy hash for unknown emails so that timing does not reveal accounts.
  const bool ok = crypto::VerifyPassword(user ? user->password_hash : DummyHash(), form.password) &&
                  user.has_value();
  Result<UserId> result = ctx.db.Transact([&](store::Conn& c) -> Result<UserId> {
    if (!ok) {
      Audit(c, ctx, 0, "user.login_failed", "user", user ? user->id : 0);
      return UserId{0};  // the attempt stays counted
    }
    store::DeleteLoginFailure(c, attempt->address_row);
    store::ClearLoginFailures(c, account_key);
    Audit(c, ctx, user->id, "user.login", "user", user->id);
    return user->id;
  });
  if (result.has_value() && *result == 0) return Invalid(Msg("error.login_failed"));
  return result;
}

std::string CreateSession(const Ctx& ctx, UserId user) {
  const std::string token = crypto::RandomToken();
  const std::int64_t now = ctx.clock.Now();
  ctx.db
      .Transact([&](store::Conn& c) -> Result<void> {
        store::InsertSession(c, crypto::TokenDigest(token), user, now, now + kSessionLifetime);
        return {};
      })
      .value();
  return token;
}

std::optional<UserId> SessionUser(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  return ctx.db.Read([&](store::Conn& c) {
    return store::FindSessionUser(c, crypto::TokenDigest(token), ctx.clock.Now());
  });
}

void Logout(const Ctx& ctx, const std::string& token) {
  const auto user = SessionUser(ctx, token);
  if (!user) return;
  ctx.db
      .Transact([&](store::Conn& c) -> Result<void> {
        store::DeleteSession(c, crypto::TokenDigest(token));
        Audit(c, ctx, *user, "user.logout", "user", *user);
        return {};
      })
      .value();
}

Result<void> UpdateProfile(const Ctx& ctx, const Actor& actor, ProfileForm form) {
  if (actor.IsAnonymous()) return Unauthorized(Msg("error.login_required"));
  Validator v;
  v.Required("display_name", form.display_name, 50);
  v.Check(form.age_band.empty() || IsAgeBand(form.age_band), "age_band", Msg("error.choice"));
  return ctx.db.Transact([&](store::Conn& c) -> Result<void> {
    const RegionId region = ResolveRegion(c, ctx, v, text::Trim(form.home_region));
    if (!v.ok()) return v.Fail();
    auto u = store::FindUser(c, actor.id);
    if (!u) return NotFound(Msg("error.not_found"));
    u->display_name = form.display_name;
    u->home_region_id = region;
    u->age_band = form.age_band;
    store::UpdateProfile(c, *u, ctx.clock.Now());
    Audit(c, ctx, actor.id, "user.update_profile", "user", actor.id);
    return {};
  });
}

Result<std::string> ChangePassword(const Ctx& ctx, const Actor& actor, const PasswordForm& form) {
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
  return ctx.db.Transact([&](store::Conn& c) -> Result<std::string> {
    store::UpdatePasswordHash(c, actor.id, hash, now);
    store::DeleteSessionsOfUser(c, actor.id);
    store::EndPasswordResets(c, actor.id, now);
    store::InsertSession(c, crypto::TokenDigest(token), actor.id, now, now + kSessionLifetime);
    Audit(c, ctx, actor.id, "user.change_password", "user", actor.id);
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
  auto sent_to = ctx.db.Transact([&](store::Conn& c) -> Result<std::optional<User>> {
    if (store::CountLoginFailures(c, address_key, since) >= kResetsPerAddress) {
      return TooMany(Msg("error.too_many_requests"));
    }
    store::InsertLoginFailure(c, address_key, now);
    auto user = store::FindUserByEmail(c, email);
    if (!user) return std::optional<User>();
    // Enough links are on their way to this address: answer the same, send nothing more.
    if (store::CountLoginFailures(c, account_key, since) >= kResetsPerAccount) {
      return std::optional<User>();
    }
    store::InsertLoginFailure(c, account_key, now);
    store::InsertPasswordReset(c, user->id, crypto::TokenDigest(token), now, now + kResetLifetime);
    Audit(c, ctx, 0, "user.request_password_reset", "user", user->id);
    return user;
  });
  if (!sent_to) return sent_to.error();
  if (*sent_to) {
    Mail mail;
    mail.to = (*sent_to)->email;
    mail.subject = Msg("mail.reset_subject");
    std::string body = Msg("mail.reset_body");
    const std::string link = ctx.base_url + "/password/reset?token=" + token;
    const auto pos = body.find("{link}");
    if (pos != std::string::npos) body.replace(pos, 6, link);
    mail.body = body;
    ctx.mailer.Send(mail);
  }
  return {};
}

bool IsValidResetToken(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return false;
  return ctx.db.Read([&](store::Conn& c) {
    return store::FindValidPasswordReset(c, crypto::TokenDigest(token), ctx.clock.Now())
        .has_value();
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
  return ctx.db.Transact([&](store::Conn& c) -> Result<void> {
    auto reset = store::FindValidPasswordReset(c, crypto::TokenDigest(token), now);
    // Only one use of a link can win, even when two arrive at once.
    if (!reset || !store::ClaimPasswordReset(c, reset->first, now)) {
      return Invalid(Msg("error.reset_token"));
    }
    store::UpdatePasswordHash(c, reset->second, hash, now);
    store::EndPasswordResets(c, reset->second, now);  // other links mailed earlier end too
    store::DeleteSessionsOfUser(c, reset->second);
    if (auto user = store::FindUser(c, reset->second)) {  // a fresh start after the reset
      store::ClearLoginFailures(c, "account:" + crypto::TokenDigest(user->email));
    }
    Audit(c, ctx, reset->second, "user.reset_password", "user", reset->second);
    return {};
  });
}

Result<std::string> CreateApiToken(const Ctx& ctx, const std::string& raw_email) {
  const std::string email = text::NfkcLower(text::Trim(raw_email));
  const std::string token = crypto::RandomToken();
  return ctx.db.Transact([&](store::Conn& c) -> Result<std::string> {
    auto user = store::FindUserByEmail(c, email);
    if (!user) return NotFound("no account with that email");
    store::InsertApiToken(c, user->id, crypto::TokenDigest(token), ctx.clock.Now());
    Audit(c, ctx, 0, "api_token.create", "user", user->id);
    return token;
  });
}

std::optional<UserId> ApiTokenUser(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  return ctx.db.Read(
      [&](store::Conn& c) { return store::FindApiTokenUser(c, crypto::TokenDigest(token)); });
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
  if (member_role && form.org == 0) return Invalid("--role " + form.role + " needs --org ID");
  const std::string password = crypto::RandomToken().substr(0, 20);
  User u;
  u.email = form.email;
  u.display_name = form.name;
  u.role = user_role;
  u.password_hash = crypto::HashPassword(password);
  try {
    return ctx.db.Transact([&](store::Conn& c) -> Result<std::string> {
      if (store::FindUserByEmail(c, u.email)) return Conflict("--email: that account exists");
      std::optional<Org> org;
      if (form.org != 0) {
        org = store::FindOrg(c, form.org);
        if (!org) return NotFound("--org: no organisation with id " + std::to_string(form.org));
        if (form.role == "council_officer" && org->kind != OrgKind::kCouncil) {
          return Invalid("--org: council_officer needs a 地域づくり協議会 (council) id");
        }
        u.home_region_id = org->region_id;
      }
      const UserId id = store::InsertUser(c, ctx.municipality, u, ctx.clock.Now());
      if (org) {
        store::UpsertMembership(c, id, org->id, member_role.value_or(MemberRole::kMember),
                                ctx.clock.Now());
      }
      Audit(c, ctx, 0, "user.add", "user", id, std::string("role=") + form.role);
      return password;
    });
  } catch (const store::UniqueViolation&) {
    return Conflict("--email: that account exists");
  }
}

}  // namespace tsunagu::accounts
