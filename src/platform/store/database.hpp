// Storage behind one interface, two backends (SQLite, PostgreSQL).
//
// A Database hands out pooled connections. SQL is written once with '?' placeholders in the
// portable subset both backends accept (see queries.hpp); the PostgreSQL backend rewrites the
// placeholders to $1..$n. Values travel as Value; rows come back as text cells.
//
// Threading: a Database is shared by all threads; a Conn is used by one thread at a time
// (the pool guarantees it).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/config.hpp"
#include "platform/id.hpp"
#include "platform/result.hpp"

namespace tsunagu::store {

// A bound value: NULL, an integer or a text. A strong id (platform/id.hpp) binds as its number.
struct Value : std::variant<std::nullptr_t, std::int64_t, std::string> {
  using variant::variant;
  template <class Tag>
  Value(Id<Tag> id) : variant(id.value()) {}  // NOLINT(google-explicit-constructor)
};
using Params = std::vector<Value>;

// NULL for none (0), else the id: for a column that may name nothing.
inline Value OrNull(std::int64_t id) { return id ? Value{id} : Value{nullptr}; }
template <class Tag>
Value OrNull(Id<Tag> id) {
  return OrNull(id.value());
}

// Thrown for broken infrastructure (connection lost, syntax error, disk full).
struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown when a UNIQUE constraint is violated; commands turn it into a Conflict.
struct UniqueViolation : DbError {
  using DbError::DbError;
};

class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  bool IsNull(std::size_t i) const { return !cells_.at(i).has_value(); }
  const std::string& Str(std::size_t i) const;  // "" for NULL
  std::int64_t Int(std::size_t i) const;        // 0 for NULL
  std::optional<std::int64_t> OptInt(std::size_t i) const;
  // A strong id (platform/id.hpp) from an integer cell, none (0) for NULL. It becomes the id
  // type it is assigned to: `need.id = r.IdAt(0);` reads a NeedId.
  class AnyId {
   public:
    explicit AnyId(std::int64_t v) : v_(v) {}
    template <class Tag>
    operator Id<Tag>() const {  // NOLINT(google-explicit-constructor)
      return Id<Tag>{v_};
    }

   private:
    std::int64_t v_;
  };
  AnyId IdAt(std::size_t i) const { return AnyId{Int(i)}; }
  std::optional<AnyId> OptIdAt(std::size_t i) const {
    return IsNull(i) ? std::nullopt : std::optional<AnyId>(AnyId{Int(i)});
  }
  std::size_t size() const { return cells_.size(); }

 private:
  std::vector<std::optional<std::string>> cells_;
};

using Rows = std::vector<Row>;

class Conn {
 public:
  virtual ~Conn() = default;
  virtual Backend backend() const = 0;
  // Runs one statement; returns its rows (empty for statements without results).
  virtual Rows Query(std::string_view sql, const Params& params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;
  virtual void Begin(bool write) = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;

  std::optional<Row> QueryOne(std::string_view sql, const Params& params = {});
};

class Database;

// A connection borrowed from the pool, returned on destruction.
class PooledConn {
 public:
  PooledConn(Database* db, std::unique_ptr<Conn> conn) : db_(db), conn_(std::move(conn)) {}
  PooledConn(PooledConn&&) = default;
  ~PooledConn();
  Conn& operator*() { return *conn_; }
  Conn* operator->() { return conn_.get(); }

 private:
  Database* db_;
  std::unique_ptr<Conn> conn_;
};

class Database {
 public:
  virtual ~Database() = default;
  virtual Backend backend() const = 0;
  PooledConn Acquire();

  // Runs fn(conn) in one transaction: commits when the result holds a value, rolls back on
  // a failure value or an exception (which propagates).
  template <class F>
  auto Transact(F&& fn) -> decltype(fn(std::declval<Conn&>())) {
    PooledConn c = Acquire();
    c->Begin(true);
    try {
      auto result = fn(*c);
      if (result.has_value()) {
        c->Commit();
      } else {
        c->Rollback();
      }
      return result;
    } catch (...) {
      try {
        c->Rollback();
      } catch (...) {
      }
      throw;
    }
  }

  // Runs fn(conn) for reading, outside an explicit transaction.
  template <class F>
  auto Read(F&& fn) -> decltype(fn(std::declval<Conn&>())) {
    PooledConn c = Acquire();
    return fn(*c);
  }

 protected:
  friend class PooledConn;
  virtual std::unique_ptr<Conn> Open() = 0;
  void Release(std::unique_ptr<Conn> conn);
  void SetPoolSize(std::size_t n) { pool_size_ = n; }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Conn>> idle_;
  std::size_t open_ = 0;
  std::size_t pool_size_ = 8;
};

// Opens the database named by url with a pool of pool_size connections. Throws DbError with
// a one-line message when it cannot connect.
std::unique_ptr<Database> OpenDatabase(const DbUrl& url, std::size_t pool_size);

std::unique_ptr<Database> OpenSqlite(const std::string& path, std::size_t pool_size);
std::unique_ptr<Database> OpenPostgres(const std::string& conninfo, std::size_t pool_size);

}  // namespace tsunagu::store
