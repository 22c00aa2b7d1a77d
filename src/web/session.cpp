#include "web/session.hpp"

#include "core/crypto.hpp"

namespace tsunagu::web {

std::string CsrfToken(const std::string& secret, const std::string& cookie_value) {
  return crypto::Hmac(secret, "csrf:" + cookie_value);
}

bool CsrfValid(const std::string& secret, const std::string& cookie_value,
               const std::string& form_value) {
  if (cookie_value.size() != 64 || form_value.empty()) return false;
  return crypto::ConstantTimeEquals(CsrfToken(secret, cookie_value), form_value);
}

}  // namespace tsunagu::web
