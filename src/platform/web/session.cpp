#include "platform/web/session.hpp"

#include "platform/crypto.hpp"

namespace tsunagu::web {

std::string CsrfToken(const std::string& secret, const std::string& cookie_value,
                      const std::string& session_token) {
  return crypto::Hmac(secret, "csrf:" + cookie_value + ":" + session_token);
}

bool CsrfValid(const std::string& secret, const std::string& cookie_value,
               const std::string& session_token, const std::string& form_value) {
  if (cookie_value.size() != 64 || form_value.empty()) return false;
  return crypto::ConstantTimeEquals(CsrfToken(secret, cookie_value, session_token), form_value);
}

}  // namespace tsunagu::web
