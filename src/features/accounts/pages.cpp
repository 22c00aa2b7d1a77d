// Accounts: register, log in and out, profile, password change and reset.
#include <charconv>

#include "features/accounts/commands.hpp"
#include "features/accounts/routes.hpp"
#include "features/training/commands.hpp"
#include "platform/crypto.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/session.hpp"

namespace tsunagu::web {

std::string FormValue(const RequestCtx& rc, const std::string& name) {
  auto it = rc.form.find(name);
  return it == rc.form.end() ? std::string() : it->second;
}

std::string QueryParam(const Request& req, const std::string& name) {
  auto form = ParseForm(req.QueryString());
  if (!form) return "";
  auto it = form->find(name);
  return it == form->end() ? "" : it->second;
}

std::optional<Paging> ParsePaging(const Request& req) {
  Paging p;
  auto form = ParseForm(req.QueryString());
  if (!form) return std::nullopt;
  auto read = [&](const char* name, int& out, int max) {
    auto it = form->find(name);
    if (it == form->end()) return true;
    int v = 0;
    auto [ptr, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
    if (ec != std::errc() || ptr != it->second.data() + it->second.size() || v < 1 || v > max) {
      return false;
    }
    out = v;
    return true;
  };
  if (!read("page", p.page, 1000000) || !read("per_page", p.per_page, 100)) return std::nullopt;
  return p;
}

std::string FieldError(const Failure* f, const std::string& field) {
  if (!f) return "";
  auto it = f->fields.find(field);
  return it == f->fields.end() ? std::string() : it->second;
}

std::vector<std::pair<std::string, std::string>> RegionOptions(App& app,
                                                               const std::string& blank_label) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!blank_label.empty()) out.emplace_back("", blank_label);
  for (const auto& r : directory::ListRegions(app.ctx())) {
    out.emplace_back(r.slug, r.name + "（" + r.kana + "）");
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> AgeBandOptions() {
  std::vector<std::pair<std::string, std::string>> out{{"", Msg("field.age_band_none")}};
  for (auto b : kAgeBands) out.emplace_back(std::string(b), AgeBandLabel(b));
  return out;
}

void StartSession(App& app, RequestCtx& rc, const std::string& token) {
  const bool secure = app.config().base_url.starts_with("https:");
  rc.set_cookies.push_back(SetCookie(kSessionCookie, token, accounts::kSessionLifetime, secure));
  rc.set_cookies.push_back(SetCookie(kCsrfCookie, crypto::RandomToken(), -1, secure));
}

namespace {

// A new password and its confirmation, as every form that sets a password asks for them.
void AddNewPasswordFields(Dict& d, const std::string& label, const Failure* f,
                          const char* section = "FIELDS") {
  AddField(d,
           {.name = "password",
            .label = label,
            .type = "password",
            .hint = Msg("hint.password"),
            .error = FieldError(f, "password"),
            .autocomplete = "new-password",
            .required = true},
           section);
  AddField(d,
           {.name = "password_confirm",
            .label = Msg("field.password_confirm"),
            .type = "password",
            .error = FieldError(f, "password_confirm"),
            .autocomplete = "new-password",
            .required = true},
           section);
}

Response RegisterForm(App& app, RequestCtx& rc, int status, const Failure* f) {
  return app.Page(
      rc, status, Msg("page.register_title"), "accounts/register.tpl",
      [&](Dict& d) {
        AddField(d, {.name = "display_name",
                     .label = Msg("field.display_name"),
                     .value = FormValue(rc, "display_name"),
                     .hint = Msg("hint.display_name"),
                     .error = FieldError(f, "display_name"),
                     .autocomplete = "nickname",
                     .required = true});
        AddField(d, {.name = "email",
                     .label = Msg("field.email"),
                     .type = "email",
                     .value = FormValue(rc, "email"),
                     .hint = Msg("hint.email"),
                     .error = FieldError(f, "email"),
                     .autocomplete = "email",
                     .required = true});
        AddNewPasswordFields(d, Msg("field.password"), f);
        AddField(d, {.name = "home_region",
                     .label = Msg("field.home_region"),
                     .type = "select",
                     .value = FormValue(rc, "home_region"),
                     .hint = Msg("hint.home_region"),
                     .error = FieldError(f, "home_region"),
                     .options = RegionOptions(app, Msg("field.region_none"))});
        AddField(d, {.name = "age_band",
                     .label = Msg("field.age_band"),
                     .type = "select",
                     .value = FormValue(rc, "age_band"),
                     .hint = Msg("hint.age_band"),
                     .error = FieldError(f, "age_band"),
                     .options = AgeBandOptions()});
      },
      f);
}

Response GetRegister(App& app, RequestCtx& rc) { return RegisterForm(app, rc, 200, nullptr); }

Response PostRegister(App& app, RequestCtx& rc) {
  accounts::RegisterForm form{FormValue(rc, "email"),
                              FormValue(rc, "password"),
                              FormValue(rc, "password_confirm"),
                              FormValue(rc, "display_name"),
                              FormValue(rc, "home_region"),
                              FormValue(rc, "age_band"),
                              app.ClientAddress(rc.req)};
  auto r = accounts::Register(app.ctx(), form);
  if (!r) {
    const Failure err = r.error();
    return RegisterForm(app, rc, App::StatusFor(r.error().kind), &err);
  }
  StartSession(app, rc, accounts::CreateSession(app.ctx(), *r));
  return app.RedirectWithFlash(rc, "/me", "registered");
}

Response LoginForm(App& app, RequestCtx& rc, int status, const Failure* f) {
  return app.Page(
      rc, status, Msg("page.login_title"), "accounts/login.tpl",
      [&](Dict& d) {
        AddField(d, {.name = "email",
                     .label = Msg("field.email"),
                     .type = "email",
                     .value = FormValue(rc, "email"),
                     .autocomplete = "username",
                     .required = true});
        AddField(d, {.name = "password",
                     .label = Msg("field.password"),
                     .type = "password",
                     .autocomplete = "current-password",
                     .required = true});
      },
      f);
}

Response GetLogin(App& app, RequestCtx& rc) {
  if (!rc.actor.IsAnonymous()) return Redirect("/me");
  return LoginForm(app, rc, 200, nullptr);
}

Response PostLogin(App& app, RequestCtx& rc) {
  auto r = accounts::Login(
      app.ctx(), {FormValue(rc, "email"), FormValue(rc, "password"), app.ClientAddress(rc.req),
                  rc.req.Cookie(accounts::kDeviceCookie).value_or("")});
  if (!r) {
    Failure f = r.error();
    f.fields = {{"email", f.message}};
    return LoginForm(app, rc, App::StatusFor(r.error().kind), &f);
  }
  if (!rc.session_token.empty()) accounts::Logout(app.ctx(), rc.session_token);
  StartSession(app, rc, accounts::CreateSession(app.ctx(), *r));
  // This device is now known: failures from elsewhere will never lock it out.
  if (const std::string device = accounts::DeviceCookie(app.ctx(), *r); !device.empty()) {
    rc.set_cookies.push_back(SetCookie(accounts::kDeviceCookie, device, accounts::kDeviceLifetime,
                                       app.config().base_url.starts_with("https:")));
  }
  return app.RedirectWithFlash(rc, "/", "logged_in");
}

// Logging out changes state, so it is a POST; a typed /logout address shows its button.
Response GetLogout(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return Redirect("/");
  return app.Page(rc, 200, Msg("page.logout_title"), "accounts/logout.tpl", [](Dict&) {});
}

Response PostLogout(App& app, RequestCtx& rc) {
  if (!rc.session_token.empty()) accounts::Logout(app.ctx(), rc.session_token);
  rc.set_cookies.push_back(SetCookie(kSessionCookie, "", 0, false));
  return app.RedirectWithFlash(rc, "/", "logged_out");
}

Response MePage(App& app, RequestCtx& rc, int status, const Failure* profile_errors,
                const Failure* password_errors) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto user = [&] {
    auto u = directory::FindUser(app.ctx(), rc.actor.id);
    std::string region_slug;
    if (u && u->home_region_id) {
      if (auto r = directory::FindRegion(app.ctx(), u->home_region_id)) region_slug = r->slug;
    }
    return std::make_pair(u, region_slug);
  }();
  if (!user.first) return app.NeedLogin(rc);
  const User& u = *user.first;
  const bool profile_posted = profile_errors != nullptr;
  auto value = [&](const std::string& name, const std::string& saved) {
    return profile_posted ? FormValue(rc, name) : saved;
  };
  const Failure* summary = profile_errors ? profile_errors : password_errors;
  return app.Page(
      rc, status, Msg("page.me_title"), "accounts/me.tpl",
      [&](Dict& d) {
        d.SetValue("EMAIL", u.email);
        d.SetValue("ROLE", Label(u.role));
        AddField(d, {.name = "display_name",
                     .label = Msg("field.display_name"),
                     .value = value("display_name", u.display_name),
                     .error = FieldError(profile_errors, "display_name"),
                     .autocomplete = "nickname",
                     .required = true});
        AddField(d, {.name = "home_region",
                     .label = Msg("field.home_region"),
                     .type = "select",
                     .value = value("home_region", user.second),
                     .error = FieldError(profile_errors, "home_region"),
                     .options = RegionOptions(app, Msg("field.region_none"))});
        AddField(d, {.name = "age_band",
                     .label = Msg("field.age_band"),
                     .type = "select",
                     .value = value("age_band", u.age_band),
                     .hint = Msg("hint.age_band"),
                     .error = FieldError(profile_errors, "age_band"),
                     .options = AgeBandOptions()});
        AddField(d,
                 {.name = "current",
                  .label = Msg("field.current_password"),
                  .type = "password",
                  .error = FieldError(password_errors, "current"),
                  .autocomplete = "current-password",
                  .required = true},
                 "PW_FIELDS");
        AddNewPasswordFields(d, Msg("field.new_password"), password_errors, "PW_FIELDS");
        for (const auto& m : rc.actor.memberships) {
          Dict* row = d.AddSectionDictionary("MEMBERSHIP");
          row->SetIntValue("ORG_ID", m.org_id.value());
          row->SetValue("ORG_NAME", m.org_name);
          row->SetValue("ORG_KIND", Label(m.org_kind));
          row->SetValue("MEMBER_ROLE", Label(m.role));
        }
        if (rc.actor.memberships.empty()) d.ShowSection("NO_MEMBERSHIPS");
        const auto certs = training::CertificationsOf(app.ctx(), rc.actor.id);
        if (!certs.empty()) {
          Dict* cd = d.AddSectionDictionary("CERTS");
          for (const auto& c : certs) {
            Dict* row = cd->AddSectionDictionary("CERT");
            row->SetValue("NUMBER", c.number);
            row->SetValue("PROGRAMME", c.programme_name);
            row->SetValue("VALID_UNTIL", c.valid_until);
            if (!c.revoked_on.empty()) {
              row->SetValueAndShowSection("REVOKED_ON", c.revoked_on, "REVOKED");
            }
          }
          AddField(*cd,
                   {.name = "listed",
                    .label = Msg("field.listed"),
                    .type = "select",
                    .value = certs.front().listed ? "1" : "0",
                    .hint = Msg("me.cert_listing"),
                    .options = {{"1", Msg("label.yes")}, {"0", Msg("label.no")}}},
                   "LISTING_FIELDS");
        }
      },
      summary);
}

Response GetMe(App& app, RequestCtx& rc) { return MePage(app, rc, 200, nullptr, nullptr); }

Response PostMe(App& app, RequestCtx& rc) {
  auto r = accounts::UpdateProfile(
      app.ctx(), rc.actor,
      {FormValue(rc, "display_name"), FormValue(rc, "home_region"), FormValue(rc, "age_band")});
  if (!r) {
    if (r.error().kind != FailureKind::kInvalid) return app.ErrorPage(rc, r.error());
    {
      const Failure err = r.error();
      return MePage(app, rc, 400, &err, nullptr);
    }
  }
  return app.RedirectWithFlash(rc, "/me", "profile_saved");
}

Response PostPassword(App& app, RequestCtx& rc) {
  auto r = accounts::ChangePassword(
      app.ctx(), rc.actor,
      {FormValue(rc, "current"), FormValue(rc, "password"), FormValue(rc, "password_confirm")});
  if (!r) {
    if (r.error().kind != FailureKind::kInvalid) return app.ErrorPage(rc, r.error());
    {
      const Failure err = r.error();
      return MePage(app, rc, 400, nullptr, &err);
    }
  }
  StartSession(app, rc, *r);
  return app.RedirectWithFlash(rc, "/me", "password_changed");
}

Response ForgotForm(App& app, RequestCtx& rc, int status, const Failure* f) {
  return app.Page(
      rc, status, Msg("page.forgot_title"), "accounts/forgot.tpl",
      [&](Dict& d) {
        AddField(d, {.name = "email",
                     .label = Msg("field.email"),
                     .type = "email",
                     .value = FormValue(rc, "email"),
                     .error = FieldError(f, "email"),
                     .autocomplete = "email",
                     .required = true});
      },
      f);
}

Response GetForgot(App& app, RequestCtx& rc) { return ForgotForm(app, rc, 200, nullptr); }

Response PostForgot(App& app, RequestCtx& rc) {
  auto r =
      accounts::RequestPasswordReset(app.ctx(), FormValue(rc, "email"), app.ClientAddress(rc.req));
  if (!r) {
    const Failure err = r.error();
    return ForgotForm(app, rc, App::StatusFor(err.kind), &err);
  }
  return app.RedirectWithFlash(rc, "/login", "reset_sent");
}

Response ResetForm(App& app, RequestCtx& rc, int status, const std::string& token,
                   const Failure* f) {
  return app.Page(
      rc, status, Msg("page.reset_title"), "accounts/reset.tpl",
      [&](Dict& d) {
        d.SetValue("TOKEN", token);
        AddNewPasswordFields(d, Msg("field.new_password"), f);
      },
      f);
}

Response GetReset(App& app, RequestCtx& rc) {
  const std::string token = QueryParam(rc.req, "token");
  if (!accounts::IsValidResetToken(app.ctx(), token)) {
    return app.ErrorPage(rc, 400, Msg("error.reset_token"));
  }
  return ResetForm(app, rc, 200, token, nullptr);
}

Response PostReset(App& app, RequestCtx& rc) {
  const std::string token = FormValue(rc, "token");
  auto r = accounts::ResetPassword(app.ctx(), token, FormValue(rc, "password"),
                                   FormValue(rc, "password_confirm"));
  if (!r) {
    if (r.error().fields.empty()) return app.ErrorPage(rc, 400, r.error().message);
    {
      const Failure err = r.error();
      return ResetForm(app, rc, 400, token, &err);
    }
  }
  return app.RedirectWithFlash(rc, "/login", "password_reset");
}

}  // namespace

void AddAccountRoutes(Router<Handler>& r) {
  r.Add("GET", "/register", GetRegister);
  r.Add("POST", "/register", PostRegister);
  r.Add("GET", "/login", GetLogin);
  r.Add("POST", "/login", PostLogin);
  r.Add("GET", "/logout", GetLogout);
  r.Add("POST", "/logout", PostLogout);
  r.Add("GET", "/me", GetMe);
  r.Add("POST", "/me", PostMe);
  r.Add("POST", "/me/password", PostPassword);
  r.Add("GET", "/password/forgot", GetForgot);
  r.Add("POST", "/password/forgot", PostForgot);
  r.Add("GET", "/password/reset", GetReset);
  r.Add("POST", "/password/reset", PostReset);
}

}  // namespace tsunagu::web
