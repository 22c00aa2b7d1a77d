// Accounts on both backends: registration, sessions, API tokens.
#include <gtest/gtest.h>

#include "features/accounts/commands.hpp"
#include "platform/web/identity.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

TEST_F(Conformance, DuplicateEmailIsAUniqueViolationAndAConflictForTheCommand) {
  accounts::RegisterForm f{
      "hanako@example.jp", "long-enough-pw", "long-enough-pw", "花子", "sue", "60s"};
  auto first = accounts::Register(MakeCtx(), f);
  ASSERT_TRUE(first);
  f.email = "Hanako@EXAMPLE.jp";  // the same address in other case
  auto second = accounts::Register(MakeCtx(), f);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, FailureKind::kConflict);
  EXPECT_TRUE(second.error().fields.count("email"));
  User u;
  u.email = "hanako@example.jp";
  u.display_name = "x";
  u.password_hash = "x";
  EXPECT_THROW(db_->Transact([&](Conn& c) -> Result<UserId> {
    return InsertUser(c, municipality_, u, clock_.Now());
  }),
               UniqueViolation);
  EXPECT_EQ(Count("users"), 1);
  auto saved = db_->Read([&](Conn& c) { return FindUserByEmail(c, "hanako@example.jp"); });
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->age_band, "60s");
}

TEST_F(Conformance, SessionsExpireAndLogoutEndsThem) {
  auto ctx = MakeCtx();
  auto user =
      accounts::Register(ctx, {"s@example.jp", "long-enough-pw", "long-enough-pw", "S", "", ""});
  ASSERT_TRUE(user);
  const std::string token = accounts::CreateSession(ctx, *user);
  EXPECT_EQ(web::SessionUser(ctx, token), *user);
  clock_.Advance(accounts::kSessionLifetime + 1);
  EXPECT_FALSE(web::SessionUser(ctx, token));
  const std::string second = accounts::CreateSession(ctx, *user);
  accounts::Logout(ctx, second);
  EXPECT_FALSE(web::SessionUser(ctx, second));
}

TEST_F(Conformance, ApiTokensAreStoredOnlyAsDigests) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(accounts::Register(
      ctx, {"api@example.jp", "long-enough-pw", "long-enough-pw", "API", "", ""}));
  auto token = accounts::CreateApiToken(ctx, "api@example.jp");
  ASSERT_TRUE(token);
  EXPECT_TRUE(web::ApiTokenUser(ctx, *token));
  auto stored =
      db_->Read([&](Conn& c) { return c.QueryOne("SELECT token_hash FROM api_tokens")->Str(0); });
  EXPECT_NE(stored, *token);
  EXPECT_EQ(stored, crypto::TokenDigest(*token));
  EXPECT_FALSE(accounts::CreateApiToken(ctx, "nobody@example.jp"));
}

}  // namespace
}  // namespace tsunagu::store
