// PostgreSQL backend over libpq: a pool of connections, parameters sent as text, '?'
// placeholders rewritten to $1..$n (SQL in this project never has '?' inside literals).
#include <libpq-fe.h>

#include "platform/store/database.hpp"

namespace tsunagu::store {
namespace {

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  for (char c : sql) {
    if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

class PgConn final : public Conn {
 public:
  explicit PgConn(const std::string& conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
      for (auto& ch : msg) {
        if (ch == '\n') ch = ' ';
      }
      PQfinish(conn_);
      conn_ = nullptr;
      throw DbError("cannot connect to PostgreSQL: " + msg);
    }
    ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
  }
  ~PgConn() override { PQfinish(conn_); }

  Backend backend() const override { return Backend::kPostgres; }

  Rows Query(std::string_view sql, const Params& params) override {
    EnsureConnected();
    const std::string text = RewritePlaceholders(sql);
    std::vector<std::string> storage;
    storage.reserve(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (auto* n = std::get_if<std::int64_t>(&params[i])) {
        storage.push_back(std::to_string(*n));
        values[i] = storage.back().c_str();
      } else if (auto* s = std::get_if<std::string>(&params[i])) {
        storage.push_back(*s);
        values[i] = storage.back().c_str();
      }
    }
    PGresult* res = PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    Check(res, sql);
    Rows rows;
    const int nrows = PQntuples(res);
    const int ncols = PQnfields(res);
    rows.reserve(nrows);
    for (int r = 0; r < nrows; ++r) {
      std::vector<std::optional<std::string>> cells;
      cells.reserve(ncols);
      for (int c = 0; c < ncols; ++c) {
        if (PQgetisnull(res, r, c)) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(std::string(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        }
      }
      rows.emplace_back(std::move(cells));
    }
    PQclear(res);
    return rows;
  }

  void ExecScript(std::string_view sql) override {
    EnsureConnected();
    PGresult* res = PQexec(conn_, std::string(sql).c_str());
    Check(res, sql);
    PQclear(res);
  }
  void Begin(bool) override { ExecScript("BEGIN"); }
  void Commit() override { ExecScript("COMMIT"); }
  void Rollback() override { ExecScript("ROLLBACK"); }

 private:
  void EnsureConnected() {
    if (PQstatus(conn_) != CONNECTION_OK) {
      PQreset(conn_);
      if (PQstatus(conn_) != CONNECTION_OK) throw DbError("PostgreSQL connection lost");
    }
  }

  // On error: clears res and throws. On success: leaves res for the caller to read and clear.
  void Check(PGresult* res, std::string_view sql) {
    const auto st = PQresultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
    const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    std::string msg = std::string("PostgreSQL: ") + PQresultErrorMessage(res) +
                      " in: " + std::string(sql.substr(0, 120));
    const bool unique = state && std::string_view(state) == "23505";
    PQclear(res);
    if (unique) throw UniqueViolation(msg);
    throw DbError(msg);
  }

  PGconn* conn_ = nullptr;
};

class PgDatabase final : public Database {
 public:
  PgDatabase(std::string conninfo, std::size_t pool) : conninfo_(std::move(conninfo)) {
    SetPoolSize(pool);
    Acquire();  // fail early with a one-line message
  }
  Backend backend() const override { return Backend::kPostgres; }

 protected:
  std::unique_ptr<Conn> Open() override { return std::make_unique<PgConn>(conninfo_); }

 private:
  std::string conninfo_;
};

}  // namespace

std::unique_ptr<Database> OpenPostgres(const std::string& conninfo, std::size_t pool_size) {
  return std::make_unique<PgDatabase>(conninfo, pool_size);
}

}  // namespace tsunagu::store
