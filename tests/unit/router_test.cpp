#include <gtest/gtest.h>

#include "platform/web/router.hpp"

namespace tsunagu::web {
namespace {

TEST(Router, MatchesLiteralsBeforeCapturesInOrderAdded) {
  Router<int> r;
  r.Add("GET", "/admin/orgs/new", 1);
  r.Add("GET", "/admin/orgs/{id}/edit", 2);
  r.Add("POST", "/admin/orgs/{id}", 3);
  r.Add("GET", "/regions/{slug}", 4);
  auto m = r.Find("GET", "/admin/orgs/new");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(*m.handler, 1);
  m = r.Find("GET", "/admin/orgs/42/edit");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(*m.handler, 2);
  EXPECT_EQ(m.params.at("id"), "42");
  m = r.Find("GET", "/regions/aio-futajima/");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(m.params.at("slug"), "aio-futajima");
}

TEST(Router, ReportsWrongMethodAndUnknownPath) {
  Router<int> r;
  r.Add("POST", "/logout", 1);
  auto m = r.Find("GET", "/logout");
  EXPECT_FALSE(m.handler);
  EXPECT_TRUE(m.method_mismatch);
  m = r.Find("GET", "/nowhere");
  EXPECT_FALSE(m.handler);
  EXPECT_FALSE(m.method_mismatch);
}

TEST(Router, HeadIsAnsweredByGet) {
  Router<int> r;
  r.Add("GET", "/", 7);
  auto m = r.Find("HEAD", "/");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(*m.handler, 7);
}

}  // namespace
}  // namespace tsunagu::web
