#include <gtest/gtest.h>

#include "platform/web/http.hpp"
#include "platform/web/session.hpp"

namespace tsunagu::web {
namespace {

TEST(Http, ParsesUrlEncodedFormsWithPlusAsSpace) {
  auto f = ParseForm("name=%E5%B1%B1%E5%8F%A3+%E5%B8%82&email=a%40b.jp&empty=");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->at("name"), "山口 市");
  EXPECT_EQ(f->at("email"), "a@b.jp");
  EXPECT_EQ(f->at("empty"), "");
}

TEST(Http, RejectsBrokenPercentEncoding) {
  EXPECT_FALSE(ParseForm("name=%zz"));
  EXPECT_FALSE(ParseForm("name=%E5%B1%"));
}

TEST(Http, ReadsCookiesAndHeaders) {
  Request r;
  r.target = "/regions/sue?x=1";
  r.headers["cookie"] = "a=1; tsunagu_session=abc; b=2";
  EXPECT_EQ(r.Path(), "/regions/sue");
  EXPECT_EQ(r.QueryString(), "x=1");
  EXPECT_EQ(r.Cookie("tsunagu_session"), "abc");
  EXPECT_EQ(r.Cookie("missing"), std::nullopt);
}

TEST(Http, SessionCookiesAreHttpOnlyAndLax) {
  const std::string c = SetCookie("tsunagu_session", "t", 60, true);
  EXPECT_NE(c.find("HttpOnly"), std::string::npos);
  EXPECT_NE(c.find("SameSite=Lax"), std::string::npos);
  EXPECT_NE(c.find("Secure"), std::string::npos);
  EXPECT_EQ(SetCookie("x", "y", 60, false).find("Secure"), std::string::npos);
}

TEST(Csrf, TokenIsBoundToTheCookieTheSessionAndTheSecret) {
  const std::string cookie(64, 'a'), other(64, 'b');
  const std::string token = CsrfToken("secret", cookie, "");
  EXPECT_TRUE(CsrfValid("secret", cookie, "", token));
  EXPECT_FALSE(CsrfValid("secret", other, "", token));
  EXPECT_FALSE(CsrfValid("other-secret", cookie, "", token));
  EXPECT_FALSE(CsrfValid("secret", cookie, "", ""));
  EXPECT_FALSE(CsrfValid("secret", "short", "", CsrfToken("secret", "short", "")));
  // A token an attacker got for a cookie they planted does not fit the victim's session.
  EXPECT_FALSE(CsrfValid("secret", cookie, "victim-session", token));
  EXPECT_TRUE(
      CsrfValid("secret", cookie, "victim-session", CsrfToken("secret", cookie, "victim-session")));
}

}  // namespace
}  // namespace tsunagu::web
