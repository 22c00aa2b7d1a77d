#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "platform/config.hpp"

namespace tsunagu {
namespace {

TEST(Config, ParsesDatabaseUrls) {
  auto s = ParseDbUrl("sqlite:var/x.db");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->backend, Backend::kSqlite);
  EXPECT_EQ(s->target, "var/x.db");
  auto p = ParseDbUrl("postgresql://tsunagu@127.0.0.1:5432/tsunagu");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->backend, Backend::kPostgres);
}

TEST(Config, BadDatabaseUrlsNameTheProblem) {
  for (const char* bad : {"mysql://x/y", "sqlite:", "postgresql://", "postgresql://host/", ""}) {
    auto r = ParseDbUrl(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_NE(r.error().find("--db"), std::string::npos) << r.error();
    EXPECT_EQ(r.error().find('\n'), std::string::npos) << "one line: " << r.error();
  }
}

TEST(Config, TomlFileThenEnvironment) {
  const std::string path = ::testing::TempDir() + "tsunagu-test.toml";
  {
    std::ofstream f(path);
    f << "db = \"sqlite:from-file.db\"\nlisten = \"127.0.0.1:9000\"\n[mail]\nmode = \"smtp\"\n"
         "[limits]\nbody_bytes = 2048\n";
  }
  Config cfg;
  ASSERT_TRUE(ApplyTomlFile(path, cfg));
  EXPECT_EQ(cfg.db, "sqlite:from-file.db");
  EXPECT_EQ(cfg.listen, "127.0.0.1:9000");
  EXPECT_EQ(cfg.mail_mode, "smtp");
  EXPECT_EQ(cfg.body_limit, 2048u);
  ASSERT_TRUE(ApplyEnvironment({{"TSUNAGU_DB", "sqlite:from-env.db"}, {"OTHER", "x"}}, cfg));
  EXPECT_EQ(cfg.db, "sqlite:from-env.db");
  EXPECT_EQ(cfg.listen, "127.0.0.1:9000");
  std::remove(path.c_str());
}

TEST(Config, RejectsBadValues) {
  Config cfg;
  EXPECT_FALSE(ApplyEnvironment({{"TSUNAGU_THREADS", "many"}}, cfg));
  EXPECT_FALSE(ApplyEnvironment({{"TSUNAGU_MAIL_MODE", "pigeon"}}, cfg));
  const std::string path = ::testing::TempDir() + "tsunagu-bad.toml";
  {
    std::ofstream f(path);
    f << "db = [unclosed\n";
  }
  EXPECT_FALSE(ApplyTomlFile(path, cfg));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace tsunagu
