#include "platform/web/identity.hpp"

#include "platform/crypto.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::web {

std::optional<UserId> SessionUser(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  return ctx.db.Read([&](store::Conn& c) {
    return store::FindSessionUser(c, crypto::TokenDigest(token), ctx.clock.Now());
  });
}

std::optional<UserId> ApiTokenUser(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  return ctx.db.Read(
      [&](store::Conn& c) { return store::FindApiTokenUser(c, crypto::TokenDigest(token)); });
}

}  // namespace tsunagu::web
