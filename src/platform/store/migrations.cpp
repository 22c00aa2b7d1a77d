#include "platform/store/migrations.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tsunagu::store {

std::vector<int> Migrate(Database& db, const std::string& migrations_dir) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::path(migrations_dir) / (db.backend() == Backend::kSqlite ? "sqlite" : "postgres");
  if (!fs::is_directory(dir)) throw DbError("migrations folder not found: " + dir.string());
  std::vector<std::pair<int, fs::path>> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".sql" || name.size() < 5) continue;
    files.emplace_back(std::stoi(name.substr(0, 4)), entry.path());
  }
  std::sort(files.begin(), files.end());

  {
    auto c = db.Acquire();
    c->ExecScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at "
        "BIGINT NOT NULL)");
  }
  std::vector<int> applied;
  for (const auto& [version, path] : files) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string sql = ss.str();
    Result<bool> r = db.Transact([&](Conn& c) -> Result<bool> {
      if (c.backend() == Backend::kPostgres) c.Query("SELECT pg_advisory_xact_lock(7271)");
      if (c.QueryOne("SELECT 1 FROM schema_migrations WHERE version = ?",
                     {std::int64_t{version}})) {
        return false;
      }
      try {
        c.ExecScript(sql);
      } catch (const DbError& e) {
        throw DbError(path.string() + ": " + e.what());
      }
      c.Query("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
              {std::int64_t{version}, std::int64_t{0}});
      return true;
    });
    if (r.has_value() && *r) applied.push_back(version);
  }
  return applied;
}

}  // namespace tsunagu::store
