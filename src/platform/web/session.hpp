// Cookies and CSRF protection.
//
// Session: cookie "tsunagu_session" holds a random token; the database keeps its SHA-256.
// CSRF: cookie "tsunagu_csrf" holds a random value; every form carries
// HMAC(server secret, that value) in the hidden field "csrf". A POST whose field does not
// match its cookie is refused with 403 (a signed double-submit token: it needs no server
// state, and an attacker can neither read the cookie nor compute the HMAC).
#pragma once

#include <string>

namespace tsunagu::web {

inline constexpr const char* kSessionCookie = "tsunagu_session";
inline constexpr const char* kCsrfCookie = "tsunagu_csrf";
inline constexpr const char* kFlashCookie = "tsunagu_flash";

// The token is bound to the CSRF cookie and, once logged in, to the session too: a token
// fetched with a cookie an attacker planted does not fit the victim's session.
std::string CsrfToken(const std::string& secret, const std::string& cookie_value,
                      const std::string& session_token);
bool CsrfValid(const std::string& secret, const std::string& cookie_value,
               const std::string& session_token, const std::string& form_value);

}  // namespace tsunagu::web
