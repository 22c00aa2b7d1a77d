// The fixture of the store conformance suite (tests/store/*_test.cpp), run against both
// backends (ctest: store_sqlite, store_postgres). TSUNAGU_TEST_DB=sqlite uses a fresh temporary
// file; TSUNAGU_TEST_DB=postgres-from-env reads the URL of a throw-away database from
// TSUNAGU_TEST_PG and recreates its schema per test. Every test gets a fresh database with the
// reference data, a fake clock and a mailer that keeps what it is given.
// (Not in an anonymous namespace: the tests of every file share the one fixture "Conformance".)
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/seed.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::store {

class NullMailer final : public Mailer {
 public:
  void Send(const Mail& m) override { sent.push_back(m); }
  std::vector<Mail> sent;
};

class Conformance : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto::Init();
    messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  }

  void SetUp() override {
    const char* which = std::getenv("TSUNAGU_TEST_DB");
    const std::string mode = which ? which : "sqlite";
    if (mode == "sqlite") {
      path_ = std::filesystem::path(::testing::TempDir()) /
              ("tsunagu-store-" + crypto::RandomToken().substr(0, 8) + ".db");
      db_ = OpenSqlite(path_.string(), 4);
    } else {
      const char* url = std::getenv("TSUNAGU_TEST_PG");
      ASSERT_TRUE(url && *url) << "TSUNAGU_TEST_PG is not set: scripts/test starts PostgreSQL "
                                  "and sets it";
      db_ = OpenPostgres(url, 4);
      auto c = db_->Acquire();
      c->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
    applied_ = Migrate(*db_, tsunagu::SourceDir() + "/migrations");
    municipality_ = seed::EnsureReferenceData(*db_, "352039", clock_).value();
  }

  void TearDown() override {
    db_.reset();
    if (!path_.empty()) {
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path_.string() + suffix);
      }
    }
  }

  Ctx MakeCtx() { return Ctx{*db_, clock_, mailer_, municipality_, "http://test", {}}; }

  std::int64_t Count(const std::string& table) {
    return db_->Read([&](Conn& c) {
      return c.QueryOne("SELECT COUNT(*) FROM " + table)->Int(0);  // table names are literals here
    });
  }

  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
  std::vector<int> applied_;
  FakeClock clock_{1'790'000'000};
  NullMailer mailer_;
  MunicipalityId municipality_;
};

}  // namespace tsunagu::store
