// The command runner's contract (platform/command.hpp), on a fresh SQLite database: the login
// check before any work, one transaction (commit on a value, roll back on a failure or an
// exception), exactly one audit row, mail only after the commit, and inner commands in the same
// transaction that are undone on their own when they fail.
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "platform/command.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu {
namespace {

// Records each mail and whether the change it tells of was already committed when it was sent.
class WitnessMailer final : public Mailer {
 public:
  explicit WitnessMailer(store::Database*& db) : db_(db) {}
  void Send(const Mail& m) override {
    sent.push_back(m);
    committed_when_sent.push_back(
        db_->Read([](store::Conn& c) { return store::GetSetting(c, "runner.test").has_value(); }));
  }
  std::vector<Mail> sent;
  std::vector<bool> committed_when_sent;

 private:
  store::Database*& db_;
};

class CommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto::Init();
    messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  }
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("tsunagu-command-" + crypto::RandomToken().substr(0, 8));
    std::filesystem::create_directories(dir_);
    owned_ = store::OpenSqlite((dir_ / "t.db").string(), 4);
    db_ = owned_.get();
    store::Migrate(*db_, tsunagu::SourceDir() + "/migrations");
    const MunicipalityId m =
        db_->Transact([](store::Conn& c) -> Result<MunicipalityId> {
             return store::UpsertMunicipality(c, Municipality{{}, "352039", "山口県", "山口市"});
           })
            .value();
    ctx_ = std::make_unique<Ctx>(Ctx{*db_, clock_, mailer_, m, "http://test", {}});
    someone_.id = UserId{7};
  }
  void TearDown() override {
    ctx_.reset();
    owned_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::optional<std::string> Setting(const std::string& key) {
    return db_->Read([&](store::Conn& c) { return store::GetSetting(c, key); });
  }
  std::int64_t AuditRows() {
    return db_->Read([&](store::Conn& c) { return store::CountAudit(c, ctx_->municipality); });
  }
  std::string LastAuditAction() {
    return db_->Read([&](store::Conn& c) {
      auto rows = store::ListAudit(c, ctx_->municipality, 1, 0);
      return rows.empty() ? std::string() : rows[0].action;
    });
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Database> owned_;
  store::Database* db_ = nullptr;
  FakeClock clock_{1'795'921'200};
  WitnessMailer mailer_{db_};
  std::unique_ptr<Ctx> ctx_;
  Actor someone_;
  const Actor anonymous_;
};

TEST_F(CommandTest, AnAnonymousActorIsRefusedBeforeTheCommandRuns) {
  bool ran = false;
  auto r = tsunagu::Run<int>(*ctx_, anonymous_, {"test.write"}, [&](Tx&) -> Result<int> {
    ran = true;
    return 1;
  });
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, FailureKind::kUnauthorized);
  EXPECT_FALSE(ran);
  EXPECT_EQ(AuditRows(), 0);
}

TEST_F(CommandTest, ACommandOpenToAnyoneRunsForAnAnonymousActor) {
  auto r = tsunagu::Run<int>(*ctx_, anonymous_, {"test.open", Login::kOptional},
                             [&](Tx& tx) -> Result<int> {
                               tx.Audit("thing", 1);
                               return 1;
                             });
  ASSERT_TRUE(r);
  EXPECT_EQ(AuditRows(), 1);
}

TEST_F(CommandTest, BookkeepingCommitsWithoutAnAuditRow) {
  auto r = tsunagu::Run<int>(*ctx_, anonymous_,
                             {"test.count", Login::kOptional, Lock::kNone, Record::kBookkeeping},
                             [&](Tx& tx) -> Result<int> {
                               store::PutSetting(tx.c, "runner.test", "counted");
                               return 1;
                             });
  ASSERT_TRUE(r);
  EXPECT_EQ(Setting("runner.test"), "counted");
  EXPECT_EQ(AuditRows(), 0);
}

TEST_F(CommandTest, BookkeepingThatWritesAnAuditRowIsAProgrammingErrorAndRollsBack) {
  EXPECT_THROW(
      tsunagu::Run<int>(*ctx_, someone_,
                        {"test.count", Login::kRequired, Lock::kNone, Record::kBookkeeping},
                        [&](Tx& tx) -> Result<int> {
                          store::PutSetting(tx.c, "runner.test", "counted");
                          tx.Audit("thing", 1);
                          return 1;
                        }),
      std::logic_error);
  EXPECT_FALSE(Setting("runner.test").has_value());
  EXPECT_EQ(AuditRows(), 0);
}

TEST_F(CommandTest, ACommandThatCreatesAMunicipalityRecordsItsRowThere) {
  auto r = tsunagu::Run<MunicipalityId>(*ctx_, anonymous_, {"test.municipality", Login::kOptional},
                                        [&](Tx& tx) -> Result<MunicipalityId> {
                                          const MunicipalityId other = store::UpsertMunicipality(
                                              tx.c, Municipality{{}, "352012", "山口県", "下関市"});
                                          tx.AuditIn(other, "municipality", other.value());
                                          return other;
                                        });
  ASSERT_TRUE(r);
  EXPECT_EQ(AuditRows(), 0);  // not in the context's municipality
  EXPECT_EQ(db_->Read([&](store::Conn& c) { return store::CountAudit(c, *r); }), 1);
}

TEST_F(CommandTest, AValueCommitsWithOneAuditRowAndTheMailGoesAfterTheCommit) {
  auto r = tsunagu::Run<int>(*ctx_, someone_, {"test.write", Login::kRequired, Lock::kWriters},
                             [&](Tx& tx) -> Result<int> {
                               store::PutSetting(tx.c, "runner.test", "1");
                               tx.Send(Mail{"a@example.jp", "件名", "本文"});
                               tx.Audit("thing", 42, "detail");
                               // Not sent yet: the transaction is still open.
                               EXPECT_TRUE(mailer_.sent.empty());
                               return 42;
                             });
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, 42);
  EXPECT_EQ(Setting("runner.test"), "1");
  EXPECT_EQ(AuditRows(), 1);
  EXPECT_EQ(LastAuditAction(), "test.write");
  ASSERT_EQ(mailer_.sent.size(), 1u);
  EXPECT_TRUE(mailer_.committed_when_sent[0]);
}

TEST_F(CommandTest, AFailureRollsBackAndSendsNoMail) {
  auto r = tsunagu::Run<int>(*ctx_, someone_, {"test.write"}, [&](Tx& tx) -> Result<int> {
    store::PutSetting(tx.c, "runner.test", "1");
    tx.Send(Mail{"a@example.jp", "件名", "本文"});
    tx.Audit("thing", 1);
    return Invalid("入力を確かめてください。", {{"title", "入力してください。"}});
  });
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("title"), "入力してください。");
  EXPECT_FALSE(Setting("runner.test"));
  EXPECT_EQ(AuditRows(), 0);
  EXPECT_TRUE(mailer_.sent.empty());
}

TEST_F(CommandTest, AnExceptionRollsBackAndPropagates) {
  EXPECT_THROW((void)tsunagu::Run<int>(*ctx_, someone_, {"test.write"},
                                       [&](Tx& tx) -> Result<int> {
                                         store::PutSetting(tx.c, "runner.test", "1");
                                         tx.Audit("thing", 1);
                                         throw std::runtime_error("disk full");
                                       }),
               std::runtime_error);
  EXPECT_FALSE(Setting("runner.test"));
  EXPECT_EQ(AuditRows(), 0);
}

TEST_F(CommandTest, ACommandWithoutItsAuditRowOrWithTwoIsRefusedAndRolledBack) {
  EXPECT_THROW((void)tsunagu::Run<int>(*ctx_, someone_, {"test.forgot"},
                                       [&](Tx& tx) -> Result<int> {
                                         store::PutSetting(tx.c, "runner.test", "1");
                                         return 1;
                                       }),
               std::logic_error);
  EXPECT_THROW((void)tsunagu::Run<int>(*ctx_, someone_, {"test.twice"},
                                       [&](Tx& tx) -> Result<int> {
                                         store::PutSetting(tx.c, "runner.test", "1");
                                         tx.Audit("thing", 1);
                                         tx.Audit("thing", 2);
                                         return 1;
                                       }),
               std::logic_error);
  EXPECT_FALSE(Setting("runner.test"));
  EXPECT_EQ(AuditRows(), 0);
}

TEST_F(CommandTest, NothingToChangeWritesNoRow) {
  auto r = tsunagu::Run<int>(*ctx_, someone_, {"test.noop"}, [&](Tx& tx) -> Result<int> {
    tx.NoChange();
    return 0;
  });
  ASSERT_TRUE(r);
  EXPECT_EQ(AuditRows(), 0);
}

TEST_F(CommandTest, AnInnerCommandIsPartOfTheSameTransactionWithItsOwnRow) {
  // The outer command fails after the inner one succeeded: both are undone.
  auto failed = tsunagu::Run<int>(*ctx_, someone_, {"test.outer"}, [&](Tx& tx) -> Result<int> {
    auto inner = tx.Run<int>({"test.inner"}, [&](Tx& in) -> Result<int> {
      store::PutSetting(in.c, "runner.inner", "1");
      in.Audit("thing", 2);
      return 2;
    });
    if (!inner) return inner.error();
    return Conflict("ほかの人が先に変更しました。");
  });
  ASSERT_FALSE(failed);
  EXPECT_FALSE(Setting("runner.inner"));
  EXPECT_EQ(AuditRows(), 0);

  auto done = tsunagu::Run<int>(*ctx_, someone_, {"test.outer"}, [&](Tx& tx) -> Result<int> {
    auto inner = tx.Run<int>({"test.inner"}, [&](Tx& in) -> Result<int> {
      store::PutSetting(in.c, "runner.inner", "1");
      in.Audit("thing", 2);
      return 2;
    });
    if (!inner) return inner.error();
    tx.Audit("thing", 1);
    return 1;
  });
  ASSERT_TRUE(done);
  EXPECT_EQ(Setting("runner.inner"), "1");
  EXPECT_EQ(AuditRows(), 2);
}

TEST_F(CommandTest, AFailedInnerCommandIsUndoneAloneAndItsMailDropped) {
  auto r = tsunagu::Run<int>(*ctx_, someone_, {"test.outer"}, [&](Tx& tx) -> Result<int> {
    auto inner = tx.Run<int>({"test.inner"}, [&](Tx& in) -> Result<int> {
      store::PutSetting(in.c, "runner.inner", "1");
      in.Send(Mail{"inner@example.jp", "内側", "本文"});
      in.Audit("thing", 2);
      return Invalid("内側の失敗");
    });
    EXPECT_FALSE(inner);
    store::PutSetting(tx.c, "runner.test", "1");
    tx.Send(Mail{"outer@example.jp", "外側", "本文"});
    tx.Audit("thing", 1);
    return 1;
  });
  ASSERT_TRUE(r);
  EXPECT_FALSE(Setting("runner.inner"));
  EXPECT_EQ(Setting("runner.test"), "1");
  EXPECT_EQ(AuditRows(), 1);
  ASSERT_EQ(mailer_.sent.size(), 1u);
  EXPECT_EQ(mailer_.sent[0].to, "outer@example.jp");
}

TEST_F(CommandTest, ABatchIsAuditedByTheCommandsItRan) {
  auto r = tsunagu::Run<int>(*ctx_, someone_, {"test.batch"}, [&](Tx& tx) -> Result<int> {
    tx.AuditedByInner();
    for (int i = 1; i <= 3; ++i) {
      auto one = tx.Run<int>({"test.invite"}, [&](Tx& in) -> Result<int> {
        in.Audit("thing", i);
        return i;
      });
      if (!one) return one.error();
    }
    return 3;
  });
  ASSERT_TRUE(r);
  EXPECT_EQ(AuditRows(), 3);
  EXPECT_EQ(LastAuditAction(), "test.invite");
  // A batch that ran nothing has no record at all: a programming error.
  EXPECT_THROW((void)tsunagu::Run<int>(*ctx_, someone_, {"test.batch"},
                                       [&](Tx& tx) -> Result<int> {
                                         tx.AuditedByInner();
                                         return 0;
                                       }),
               std::logic_error);
}

}  // namespace
}  // namespace tsunagu
