// The web application: a pure function from Request to Response (plus the database).
// Wiring of handlers, sessions, CSRF, security headers and the mapping of Failure to HTTP
// status all live here, once.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>

#include "platform/config.hpp"
#include "platform/context.hpp"
#include "platform/web/http.hpp"
#include "platform/web/multipart.hpp"
#include "platform/web/page_cache.hpp"
#include "platform/web/router.hpp"
#include "platform/web/static_files.hpp"
#include "platform/web/views.hpp"

namespace tsunagu::web {

class App;

// Everything a handler knows about the request it answers.
struct RequestCtx {
  const Request& req;
  PathParams params;
  Form form;    // parsed body of a form POST
  Actor actor;  // anonymous when not logged in
  std::string user_name;
  std::string session_token;  // "" when not logged in
  std::string csrf_cookie;    // value of the CSRF cookie (set on the response if new)
  bool new_csrf_cookie = false;
  std::string flash;        // message key to show once
  bool api = false;         // under /api/
  bool token_auth = false;  // the actor comes from an API token (never from a cookie)
  bool cacheable = false;   // set by a handler whose anonymous answer depends only on the data
  std::vector<std::string> set_cookies;  // added to the response
  std::vector<Part> files;               // uploaded files of a multipart/form-data POST
  // Open Graph / Twitter card of the page (og:title, og:description, og:image, og:url, og:type)
  std::map<std::string, std::string> og;
  // <link rel="alternate"> feeds of the page: type, title, href
  std::vector<std::array<std::string, 3>> alternates;
};

using Handler = std::function<Response(App&, RequestCtx&)>;
// Adds one feature's routes; src/app/ hands the App every feature's.
using RouteSet = void (*)(Router<Handler>&);

class App {
 public:
  // routes: every feature's route registration (src/app/features.hpp: AllRoutes()).
  App(const Config& cfg, Ctx ctx, const std::vector<RouteSet>& routes);

  // Answers one request. Never throws: infrastructure errors become a 500 page.
  Response Handle(const Request& req);

  // The cached answer for an anonymous read whose data have not changed, if any: cheap (one
  // indexed query), so the server asks it on the I/O thread before handing the request to a
  // worker. Handle would give the same answer.
  std::optional<Response> Cached(const Request& req);

  // The answer to a request the server refused before it was complete: 400 malformed,
  // 413 body too large, 431 head too large. A JSON error under /api/, else a Japanese page.
  Response ProtocolError(int status, std::string_view target);

  // For handlers.
  const Config& config() const { return cfg_; }
  const Ctx& ctx() const { return ctx_; }
  bool demo() const { return demo_; }
  // A secret of this installation (kept in the database), for keyed digests.
  const std::string& secret() const { return csrf_secret_; }
  void set_demo(bool d) { demo_ = d; }

  // Renders content_template inside the layout. fill sets the content's values.
  Response Page(RequestCtx& rc, int status, const std::string& title,
                const std::string& content_template, const std::function<void(Dict&)>& fill,
                const Failure* errors = nullptr);
  // A page in Japanese for a failure (404, 403, ...) with a way back.
  Response ErrorPage(RequestCtx& rc, const Failure& f);
  Response ErrorPage(RequestCtx& rc, int status, const std::string& message);
  // A JSON error {"error": ..., "fields": {...}}.
  Response JsonError(int status, const std::string& message,
                     const std::map<std::string, std::string>& fields = {});
  Response Json(int status, const std::string& body);
  // The flash message shown once after the redirect.
  Response RedirectWithFlash(RequestCtx& rc, const std::string& location,
                             const std::string& flash_key);
  // 401/403 for a page that needs a login: sends anonymous visitors to the login page.
  Response NeedLogin(RequestCtx& rc);

  static int StatusFor(FailureKind k);

  // The client's address: the peer's, or the last X-Forwarded-For entry when the peer is the
  // configured trusted proxy.
  std::string ClientAddress(const Request& req) const;

  // Every route as (method, pattern).
  std::vector<std::pair<std::string, std::string>> Routes() const { return router_.List(); }

 private:
  static bool IsAnonymousRead(const Request& req);
  Response Dispatch(const Request& req);
  void LoadActor(RequestCtx& rc);

  Config cfg_;
  Ctx ctx_;
  bool demo_ = false;
  std::string csrf_secret_;
  StaticFiles static_;
  std::string css_version_, js_version_;
  Router<Handler> router_;
  PageCache cache_;
};

}  // namespace tsunagu::web
