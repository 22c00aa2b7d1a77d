// The platform on both backends: migrations, text and NULLs, transactions, the audit row every
// command writes, concurrent writers.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "features/accounts/commands.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

TEST_F(Conformance, MigrationsApplyOnceInOrder) {
  EXPECT_FALSE(applied_.empty());
  EXPECT_EQ(applied_.front(), 1);
  EXPECT_TRUE(Migrate(*db_, tsunagu::SourceDir() + "/migrations").empty());
}

TEST_F(Conformance, TextRoundTripsAndNullsStayNull) {
  Org o;
  o.kind = OrgKind::kNpo;
  o.name = "NPO法人 𠮷野家の会 ①";  // a supplementary-plane character and a circled digit
  o.description = "改行\nと\tタブ";
  const OrgId id = db_->Transact([&](Conn& c) -> Result<OrgId> {
                        return InsertOrg(c, municipality_, o, clock_.Now());
                      })
                       .value();
  auto back = db_->Read([&](Conn& c) { return FindOrg(c, id); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->name, o.name);
  EXPECT_EQ(back->description, o.description);
  EXPECT_EQ(back->region_id, RegionId{});
  EXPECT_EQ(back->parent_id, OrgId{});
  EXPECT_FALSE(back->council_shape.has_value());
}

TEST_F(Conformance, FailedTransactionsLeaveNothingBehind) {
  const auto before = Count("organisations");
  Result<OrgId> r = db_->Transact([&](Conn& c) -> Result<OrgId> {
    Org o;
    o.name = "途中で失敗する団体";
    InsertOrg(c, municipality_, o, clock_.Now());
    return Invalid("stop");
  });
  EXPECT_FALSE(r);
  EXPECT_THROW(db_->Transact([&](Conn& c) -> Result<OrgId> {
    Org o;
    o.name = "例外で止まる団体";
    InsertOrg(c, municipality_, o, clock_.Now());
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(Count("organisations"), before);
}

TEST_F(Conformance, EveryCommandWritesOneAuditRowWithoutPersonalData) {
  auto ctx = MakeCtx();
  const auto before = Count("audit_log");
  auto user = accounts::Register(
      ctx, {"audit@example.jp", "long-enough-pw", "long-enough-pw", "監査 太郎", "", ""});
  ASSERT_TRUE(user);
  EXPECT_EQ(Count("audit_log"), before + 1);
  auto rows = db_->Read([&](Conn& c) { return ListAudit(c, municipality_, 10, 0); });
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().action, "user.register");
  for (const auto& r : rows) {
    EXPECT_EQ(r.detail.find("audit@example.jp"), std::string::npos);
    EXPECT_EQ(r.detail.find("監査"), std::string::npos);
  }
}

TEST_F(Conformance, ConcurrentWritersAllCommit) {
  constexpr int kThreads = 4, kEach = 25;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        try {
          db_->Transact([&](Conn& c) -> Result<int> {
               InsertLoginFailure(c, "address:t" + std::to_string(t), clock_.Now());
               return 0;
             })
              .value();
        } catch (...) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(Count("login_failures"), kThreads * kEach);
  auto n =
      db_->Read([&](Conn& c) { return CountLoginFailures(c, "address:t0", clock_.Now() - 60); });
  EXPECT_EQ(n, kEach);
}

}  // namespace
}  // namespace tsunagu::store
