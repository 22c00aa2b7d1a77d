#include "platform/web/app.hpp"

#include <boost/json.hpp>

#include <iostream>
#include <set>

#include "platform/command.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/identity.hpp"
#include "platform/web/session.hpp"

namespace tsunagu::web {
namespace {

constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; "
    "frame-ancestors 'none'; object-src 'none'";

void AddSecurityHeaders(Response& r) {
  r.Set("Content-Security-Policy", kCsp);
  r.Set("X-Content-Type-Options", "nosniff");
  r.Set("Referrer-Policy", "same-origin");
  r.Set("X-Frame-Options", "DENY");
  r.Set("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
}

bool IsFormPost(const Request& req) {
  auto ct = req.Header("content-type");
  return ct && ct->starts_with("application/x-www-form-urlencoded");
}

bool IsMultipart(const Request& req) {
  auto ct = req.Header("content-type");
  return ct && ct->starts_with("multipart/form-data");
}

}  // namespace

App::App(const Config& cfg, Ctx ctx, const std::vector<RouteSet>& routes)
    : cfg_(cfg), ctx_(std::move(ctx)) {
  static_.LoadDir(cfg_.resources + "/static");
  static_.LoadDir(cfg_.static_build);
  css_version_ = static_.Version("tsunagu.css");
  js_version_ = static_.Version("app.js");
  if (css_version_.empty()) {
    throw std::runtime_error("static/tsunagu.css not built: run the build (cmake) first, " +
                             cfg_.static_build);
  }
  // Every app server sharing the database must use the same secret: the first one to start
  // stores it; the others (even starting at the same moment) read that one.
  const Command keep{"csrf.secret", Login::kOptional, Lock::kNone, Record::kBookkeeping};
  csrf_secret_ = Run<std::string>(ctx_, Actor{}, keep, [](Tx& tx) -> Result<std::string> {
                   store::InsertSettingIfAbsent(tx.c, "csrf_secret", crypto::RandomToken());
                   return *store::GetSetting(tx.c, "csrf_secret");
                 }).value();
  demo_ = ctx_.db.Read([](store::Conn& c) { return store::GetSetting(c, "demo_data") == "1"; });
  for (RouteSet add : routes) add(router_);
}

int App::StatusFor(FailureKind k) {
  switch (k) {
    case FailureKind::kInvalid:
      return 400;
    case FailureKind::kNotFound:
      return 404;
    case FailureKind::kForbidden:
      return 403;
    case FailureKind::kConflict:
      return 409;
    case FailureKind::kTooMany:
      return 429;
    case FailureKind::kUnauthorized:
      return 401;
  }
  return 500;
}

Response App::Handle(const Request& req) {
  Response r;
  try {
    r = Dispatch(req);
  } catch (const std::exception& e) {
    std::cerr << "error: " << req.method << " " << req.Path() << ": " << e.what() << "\n";
    const bool api = req.Path().starts_with("/api/");
    if (api) {
      r = JsonError(500, Msg("error.internal"));
    } else {
      r = Response{};
      r.status = 500;
      r.body = "<!doctype html><html lang=\"ja\"><meta charset=\"utf-8\"><title>" +
               Msg("error.internal_title") + "</title><h1>" + Msg("error.internal_title") +
               "</h1><p>" + Msg("error.internal") + "</p><p><a href=\"/\">" + Msg("nav.home") +
               "</a></p></html>";
    }
  }
  AddSecurityHeaders(r);
  return r;
}

bool App::IsAnonymousRead(const Request& req) {
  return (req.method == "GET" || req.method == "HEAD") && !req.Cookie(kSessionCookie) &&
         !req.Cookie(kFlashCookie) && !req.Header("authorization");
}

std::optional<Response> App::Cached(const Request& req) {
  if (!IsAnonymousRead(req)) return std::nullopt;
  try {
    const auto version = ctx_.db.Read([](store::Conn& c) { return store::DataVersion(c); });
    auto hit = cache_.Find(req.target, version);
    if (hit) AddSecurityHeaders(*hit);
    return hit;
  } catch (const std::exception&) {
    return std::nullopt;  // Handle will answer, and report the problem
  }
}

std::string App::ClientAddress(const Request& req) const {
  if (cfg_.trusted_proxy.empty() || req.remote_address != cfg_.trusted_proxy) {
    return req.remote_address;
  }
  auto xff = req.Header("x-forwarded-for");
  if (!xff) return req.remote_address;
  std::string_view last = *xff;
  if (auto comma = last.rfind(','); comma != std::string_view::npos) last = last.substr(comma + 1);
  return text::Trim(last);
}

Response App::ProtocolError(int status, std::string_view target) {
  Request req;
  req.method = "GET";
  req.target = std::string(target);
  RequestCtx rc{req, {}, {}, {}, {}, {}, {}, false, {}, req.Path().starts_with("/api/"), {}};
  rc.csrf_cookie = std::string(64, '0');  // no form on an error page is ever submitted
  const std::string key = status == 413   ? "error.too_large"
                          : status == 431 ? "error.head_too_large"
                                          : "error.bad_request";
  Response r = rc.api ? JsonError(status, Msg(key)) : ErrorPage(rc, status, Msg(key));
  AddSecurityHeaders(r);
  return r;
}

void App::LoadActor(RequestCtx& rc) {
  std::optional<UserId> user;
  bool bearer = false;
  if (rc.api) {
    if (auto auth = rc.req.Header("authorization"); auth && auth->starts_with("Bearer ")) {
      bearer = true;
      user = ApiTokenUser(ctx_, std::string(auth->substr(7)));
      rc.token_auth = user.has_value();
    }
  }
  // A request that names a token is that token's or nobody's: no falling back to a cookie.
  if (!user && !bearer) {
    if (auto token = rc.req.Cookie(kSessionCookie)) {
      user = SessionUser(ctx_, *token);
      if (user) rc.session_token = *token;
    }
  }
  if (!user) return;
  ctx_.db.Read([&](store::Conn& c) {
    rc.actor = store::LoadActor(c, *user);
    if (auto u = store::FindUser(c, *user)) rc.user_name = u->display_name;
    return 0;
  });
}

namespace {

// Well-formed percent-encoding, and well-formed UTF-8 in every name and value once decoded
// (control characters are left to the field that reads them, which says which field is wrong).
bool QueryIsText(std::string_view query) {
  if (query.empty()) return true;
  const auto q = ParseForm(query);
  if (!q) return false;
  for (const auto& [name, value] : *q) {
    if (!text::IsUtf8(name) || !text::IsUtf8(value)) return false;
  }
  return true;
}

}  // namespace

Response App::Dispatch(const Request& req) {
  const std::string_view path = req.Path();
  if (path == "/healthz") {
    Response r;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "ok";
    r.Set("Cache-Control", "no-store");
    return r;
  }
  if (path.starts_with("/static/")) {
    if (auto r = static_.Serve(std::string(path.substr(8)), req)) return std::move(*r);
  }

  RequestCtx rc{req, {}, {}, {}, {}, {}, {}, false, {}, path.starts_with("/api/"), {}};
  // One check for every route: the path and each query parameter, once decoded, are text. A
  // raw 0xFF byte never reaches a page, a JSON answer or Open311's XML.
  auto decoded = DecodeSegment(path);
  if (!decoded || !text::IsValidText(*decoded) || !QueryIsText(req.QueryString())) {
    return rc.api ? JsonError(400, Msg("error.bad_text"))
                  : ErrorPage(rc, 400, Msg("error.bad_text"));
  }

  // Anonymous reads are answered from the cache while the data have not changed.
  const bool anonymous_read = IsAnonymousRead(req);
  std::int64_t version = 0;
  if (anonymous_read) {
    version = ctx_.db.Read([](store::Conn& c) { return store::DataVersion(c); });
    if (auto hit = cache_.Find(req.target, version)) return std::move(*hit);
  }

  if (auto c = req.Cookie(kCsrfCookie); c && c->size() == 64) {
    rc.csrf_cookie = *c;
  } else {
    rc.csrf_cookie = crypto::RandomToken();
    rc.new_csrf_cookie = true;
  }
  if (auto f = req.Cookie(kFlashCookie)) {
    rc.flash = *f;
    rc.set_cookies.push_back(SetCookie(kFlashCookie, "", 0, false));
  }
  LoadActor(rc);

  // Open311 clients post a form with an api_key and neither cookies nor a CSRF token: their
  // handlers (handlers_open311.cpp) read the body themselves and never act on a session.
  if (req.method == "POST" && !rc.api && !path.starts_with("/open311/")) {
    std::optional<Form> form;
    if (IsMultipart(req)) {
      // Forms with files (post images): text fields go to the form, files aside.
      auto parts = ParseMultipart(*req.Header("content-type"), req.body);
      if (!parts) return ErrorPage(rc, 400, Msg("error.bad_form"));
      form.emplace();
      for (auto& p : *parts) {
        if (p.filename.empty() && p.content_type.empty()) {
          (*form)[p.name] = std::move(p.data);
        } else if (!p.data.empty()) {
          if (!text::IsValidText(p.name)) return ErrorPage(rc, 400, Msg("error.bad_text"));
          rc.files.push_back(std::move(p));
        }
      }
    } else if (IsFormPost(req)) {
      form = ParseForm(req.body);
    } else {
      return ErrorPage(rc, 415, Msg("error.bad_form"));
    }
    if (!form) return ErrorPage(rc, 400, Msg("error.bad_form"));
    for (const auto& [k, v] : *form) {
      if (!text::IsValidText(k) || !text::IsValidText(v)) {
        return ErrorPage(rc, 400, Msg("error.bad_text"));
      }
    }
    rc.form = std::move(*form);
    auto field = rc.form.find("csrf");
    if (rc.new_csrf_cookie || field == rc.form.end() ||
        !CsrfValid(csrf_secret_, rc.csrf_cookie, rc.session_token, field->second)) {
      return ErrorPage(rc, 403, Msg("error.csrf"));
    }
  }

  auto match = router_.Find(req.method, path);
  Response r;
  if (match.handler) {
    rc.params = std::move(match.params);
    r = (*match.handler)(*this, rc);
  } else if (match.method_mismatch) {
    r = rc.api ? JsonError(405, Msg("error.method")) : ErrorPage(rc, 405, Msg("error.method"));
  } else {
    r = rc.api ? JsonError(404, Msg("error.not_found"))
               : ErrorPage(rc, 404, Msg("error.not_found"));
  }
  if (!r.Get("Cache-Control")) r.Set("Cache-Control", "no-cache, private");
  if (anonymous_read && rc.cacheable && r.status == 200) cache_.Put(req.target, version, r);
  if (!rc.api && rc.new_csrf_cookie) {
    r.Set("Set-Cookie",
          SetCookie(kCsrfCookie, rc.csrf_cookie, -1, cfg_.base_url.starts_with("https:")));
  }
  for (auto& c : rc.set_cookies) r.Set("Set-Cookie", c);
  return r;
}

Response App::Page(RequestCtx& rc, int status, const std::string& title,
                   const std::string& content_template, const std::function<void(Dict&)>& fill,
                   const Failure* errors) {
  Dict dict("layout");
  dict.SetTemplateGlobalValue("CSRF", CsrfToken(csrf_secret_, rc.csrf_cookie, rc.session_token));
  dict.SetValue("TITLE", title);
  dict.SetValue("CSS_HREF", "/static/tsunagu.css?v=" + css_version_);
  dict.SetValue("JS_HREF", "/static/app.js?v=" + js_version_);
  if (rc.actor.IsAnonymous()) {
    dict.ShowSection("LOGGED_OUT");
  } else {
    Dict* in = dict.AddSectionDictionary("LOGGED_IN");
    in->SetValue("USER_NAME", rc.user_name);
    if (Can(rc.actor, Action::kUseAdmin, Subject{})) in->ShowSection("ADMIN_LINK");
  }
  if (!rc.flash.empty()) {
    if (auto it = messages::All().find("flash." + rc.flash); it != messages::All().end()) {
      dict.SetValueAndShowSection("FLASH", it->second, "HAS_FLASH");
    }
  }
  if (demo_) dict.ShowSection("DEMO");
  if (!rc.og.empty()) {
    Dict* og = dict.AddSectionDictionary("OG");
    for (const auto& [k, v] : rc.og) {
      Dict* m = og->AddSectionDictionary("META");
      m->SetValue("PROPERTY", k);
      m->SetValue("CONTENT", v);
    }
    og->SetValue("TWITTER_CARD", rc.og.count("og:image") ? "summary_large_image" : "summary");
  }
  for (const auto& [type, title, href] : rc.alternates) {
    Dict* a = dict.AddSectionDictionary("ALTERNATE");
    a->SetValue("TYPE", type);
    a->SetValue("ALT_TITLE", title);
    a->SetValue("HREF", href);
  }
  Dict* content = dict.AddIncludeDictionary("CONTENT");
  content->SetFilename(content_template);
  FieldRecorder recorder;
  fill(*content);

  if (errors) {
    // In the order of the form, each message after its field's label.
    Dict* summary = dict.AddSectionDictionary("ERROR_SUMMARY");
    if (errors->fields.empty())
      summary->SetValueAndShowSection("SUMMARY", errors->message, "HAS_SUMMARY");
    std::set<std::string> listed;
    auto add = [&](const std::string& field, const std::string& label) {
      auto it = errors->fields.find(field);
      if (it == errors->fields.end() || !listed.insert(field).second) return;
      Dict* e = summary->AddSectionDictionary("ERROR");
      e->SetValue("FIELD", field);
      e->SetValue("MESSAGE", label.empty() ? it->second : label + "：" + it->second);
    };
    for (const auto& [field, label] : recorder.fields()) add(field, label);
    for (const auto& [field, message] : errors->fields) add(field, "");
  }

  Response r;
  r.status = status;
  r.body = Expand("layout.tpl", dict);
  return r;
}

Response App::ErrorPage(RequestCtx& rc, const Failure& f) {
  if (f.kind == FailureKind::kUnauthorized) return NeedLogin(rc);
  return ErrorPage(rc, StatusFor(f.kind), f.message);
}

Response App::ErrorPage(RequestCtx& rc, int status, const std::string& message) {
  std::string title_key = "error.title_" + std::to_string(status);
  if (messages::All().find(title_key) == messages::All().end()) title_key = "error.title_other";
  return Page(rc, status, Msg(title_key), "error.tpl", [&](Dict& d) {
    d.SetValue("HEADING", Msg(title_key));
    d.SetValue("MESSAGE", message);
  });
}

Response App::JsonError(int status, const std::string& message,
                        const std::map<std::string, std::string>& fields) {
  boost::json::object fobj;
  for (const auto& [k, v] : fields) fobj[k] = v;
  boost::json::object o{{"error", message}, {"fields", fobj}};
  return Json(status, boost::json::serialize(o));
}

Response App::Json(int status, const std::string& body) {
  Response r;
  r.status = status;
  r.content_type = "application/json; charset=utf-8";
  r.body = body;
  r.Set("Cache-Control", "no-cache");
  return r;
}

Response App::RedirectWithFlash(RequestCtx& rc, const std::string& location,
                                const std::string& flash_key) {
  Response r = Redirect(location);
  rc.set_cookies.push_back(SetCookie(kFlashCookie, flash_key, 60, false));
  return r;
}

Response App::NeedLogin(RequestCtx& rc) {
  if (rc.api) return JsonError(401, Msg("error.login_required"));
  return RedirectWithFlash(rc, "/login", "login_required");
}

}  // namespace tsunagu::web
