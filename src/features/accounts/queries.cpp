#include "features/accounts/queries.hpp"

#include "platform/crypto.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::accounts {

bool IsValidResetToken(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return false;
  return ctx.db.Read([&](store::Conn& c) {
    return store::FindValidPasswordReset(c, crypto::TokenDigest(token), ctx.clock.Now())
        .has_value();
  });
}

}  // namespace tsunagu::accounts
