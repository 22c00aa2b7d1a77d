#include "features/accounts/rules.hpp"

#include "platform/messages.hpp"
#include "platform/text.hpp"

namespace tsunagu::accounts {

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

}  // namespace tsunagu::accounts
