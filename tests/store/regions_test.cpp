// Regions and organisations on both backends: reference data, the demo seed, memberships.
#include <gtest/gtest.h>

#include "features/accounts/commands.hpp"
#include "features/regions/commands.hpp"
#include "features/regions/seed.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

TEST_F(Conformance, TwentyOneRegionsInThePlansOrder) {
  auto regions = db_->Read([&](Conn& c) { return ListRegions(c, municipality_); });
  ASSERT_EQ(regions.size(), 21u);
  EXPECT_EQ(regions.front().slug, "otono");
  EXPECT_EQ(regions.back().slug, "ato");
  EXPECT_EQ(regions[13].name, "秋穂二島");
  auto tokuji = db_->Read([&](Conn& c) { return FindRegionBySlug(c, municipality_, "tokuji"); });
  ASSERT_TRUE(tokuji);
  EXPECT_EQ(tokuji->kana, "とくぢ");
  EXPECT_EQ(tokuji->romaji, "Tokuji");
  // Ensuring again adds nothing.
  seed::EnsureReferenceData(*db_, "352039", clock_).value();
  EXPECT_EQ(Count("regions"), 21);
}

TEST_F(Conformance, OrganisationsFilterByRegionAndKind) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto sue = db_->Read([&](Conn& c) { return FindRegionBySlug(c, municipality_, "sue"); });
  auto councils = db_->Read(
      [&](Conn& c) { return ListOrgs(c, municipality_, std::nullopt, OrgKind::kCouncil); });
  EXPECT_EQ(councils.size(), 21u);
  auto in_sue = db_->Read([&](Conn& c) { return ListOrgsInRegion(c, sue->id); });
  int assoc = 0, sub = 0;
  for (const auto& o : in_sue) {
    if (o.kind == OrgKind::kAssociation) ++assoc;
    if (o.kind == OrgKind::kSubcommittee) ++sub;
    EXPECT_EQ(o.region_id, sue->id);
  }
  EXPECT_GE(assoc, 2);
  EXPECT_LE(assoc, 5);
  EXPECT_GE(sub, 1);
  auto city_wide = db_->Read(
      [&](Conn& c) { return ListOrgs(c, municipality_, std::nullopt, OrgKind::kCityDepartment); });
  bool found = false;
  for (const auto& o : city_wide) found = found || o.name == "協働推進課";
  EXPECT_TRUE(found);
}

TEST_F(Conformance, DemoSeedIsIdempotent) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  const auto orgs = Count("organisations"), users = Count("users"), members = Count("memberships");
  // + the six people with volunteer profiles and the staff of two departments
  EXPECT_EQ(users, 21 * 3 + 5 + 6 + 2);
  ASSERT_TRUE(seed::SeedDemo(ctx, "another-password"));
  EXPECT_EQ(Count("organisations"), orgs);
  EXPECT_EQ(Count("users"), users);
  EXPECT_EQ(Count("memberships"), members);
  EXPECT_TRUE(seed::IsDemo(*db_));
  // The password printed by the latest run is the one that works.
  auto ok = accounts::Login(ctx, {"council-sue@example.jp", "another-password", "127.0.0.1"});
  EXPECT_TRUE(ok);
}

TEST_F(Conformance, MembershipsUpsertAndCascade) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto admin = db_->Read(
      [&](Conn& c) { return LoadActor(c, FindUserByEmail(c, "cityadmin@example.jp")->id); });
  // An NPO nobody belongs to yet.
  auto org = db_->Read([&](Conn& c) {
    for (const auto& o : ListOrgs(c, municipality_, std::nullopt, OrgKind::kNpo)) {
      if (ListMemberships(c, o.id).empty()) return o;
    }
    return Org{};
  });
  ASSERT_NE(org.id, OrgId{});
  auto id = orgs::AddMember(ctx, admin, org.id, "resident-aio@example.jp", "member");
  ASSERT_TRUE(id);
  auto again = orgs::AddMember(ctx, admin, org.id, "RESIDENT-AIO@example.jp", "editor");
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *id);  // one membership, role changed
  auto members = db_->Read([&](Conn& c) { return ListMemberships(c, org.id); });
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].role, MemberRole::kEditor);
  auto unknown = orgs::AddMember(ctx, admin, org.id, "nobody@example.jp", "member");
  ASSERT_FALSE(unknown);
  EXPECT_TRUE(unknown.error().fields.count("email"));
  ASSERT_TRUE(orgs::RemoveMember(ctx, admin, *id));
  EXPECT_TRUE(db_->Read([&](Conn& c) { return ListMemberships(c, org.id); }).empty());
}

}  // namespace
}  // namespace tsunagu::store
