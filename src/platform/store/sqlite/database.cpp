// SQLite backend: WAL journal, synchronous=FULL (an acknowledged write survives a crash or a
// power cut), foreign keys on, a busy timeout so writers queue instead of failing.
#include <sqlite3.h>

#include <filesystem>
#include <unordered_map>

#include "platform/store/database.hpp"

namespace tsunagu::store {
namespace {

class SqliteConn final : public Conn {
 public:
  explicit SqliteConn(const std::string& path) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw DbError("cannot open SQLite database " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    ExecScript(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
        "PRAGMA temp_store=MEMORY;");
  }
  ~SqliteConn() override {
    for (auto& [k, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Backend backend() const override { return Backend::kSqlite; }

  Rows Query(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = Prepare(sql);
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i + 1);
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::nullptr_t>(params[i])) {
        rc = sqlite3_bind_null(stmt, idx);
      } else if (auto* n = std::get_if<std::int64_t>(&params[i])) {
        rc = sqlite3_bind_int64(stmt, idx, *n);
      } else {
        const auto& s = std::get<std::string>(params[i]);
        rc = sqlite3_bind_text(stmt, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) Fail(rc, sql);
    }
    Rows rows;
    const int cols = sqlite3_column_count(stmt);
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) Fail(rc, sql);
      std::vector<std::optional<std::string>> cells;
      cells.reserve(cols);
      for (int c = 0; c < cols; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
          cells.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          cells.emplace_back(std::string(text, sqlite3_column_bytes(stmt, c)));
        }
      }
      rows.emplace_back(std::move(cells));
    }
    return rows;
  }

  void ExecScript(std::string_view sql) override {
    std::string s(sql);
    char* err = nullptr;
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      throw DbError("SQLite: " + msg);
    }
  }

  void Begin(bool write) override { ExecScript(write ? "BEGIN IMMEDIATE" : "BEGIN"); }
  void Commit() override { ExecScript("COMMIT"); }
  void Rollback() override { ExecScript("ROLLBACK"); }

 private:
  sqlite3_stmt* Prepare(std::string_view sql) {
    std::string key(sql);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) Fail(rc, sql);
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  [[noreturn]] void Fail(int rc, std::string_view sql) {
    std::string msg =
        std::string("SQLite: ") + sqlite3_errmsg(db_) + " in: " + std::string(sql.substr(0, 120));
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
      throw UniqueViolation(msg);
    }
    throw DbError(msg);
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, std::size_t pool) : path_(std::move(path)) {
    SetPoolSize(pool);
    const auto parent = std::filesystem::path(path_).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    Acquire();  // fail early, with a clear message, if the file cannot be opened
  }
  Backend backend() const override { return Backend::kSqlite; }

 protected:
  std::unique_ptr<Conn> Open() override { return std::make_unique<SqliteConn>(path_); }

 private:
  std::string path_;
};

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path, std::size_t pool_size) {
  return std::make_unique<SqliteDatabase>(path, pool_size);
}

}  // namespace tsunagu::store
