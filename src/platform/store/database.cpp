#include "platform/store/database.hpp"

#include <charconv>

namespace tsunagu::store {

const std::string& Row::Str(std::size_t i) const {
  static const std::string kEmpty;
  const auto& c = cells_.at(i);
  return c ? *c : kEmpty;
}

std::int64_t Row::Int(std::size_t i) const { return OptInt(i).value_or(0); }

std::optional<std::int64_t> Row::OptInt(std::size_t i) const {
  const auto& c = cells_.at(i);
  if (!c) return std::nullopt;
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(c->data(), c->data() + c->size(), v);
  if (ec != std::errc()) throw DbError("column " + std::to_string(i) + " is not an integer: " + *c);
  return v;
}

std::optional<Row> Conn::QueryOne(std::string_view sql, const Params& params) {
  Rows rows = Query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

PooledConn::~PooledConn() {
  if (conn_) db_->Release(std::move(conn_));
}

PooledConn Database::Acquire() {
  std::unique_lock lock(mu_);
  for (;;) {
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return PooledConn(this, std::move(c));
    }
    if (open_ < pool_size_) {
      ++open_;
      lock.unlock();
      try {
        return PooledConn(this, Open());
      } catch (...) {
        lock.lock();
        --open_;
        throw;
      }
    }
    cv_.wait(lock);
  }
}

void Database::Release(std::unique_ptr<Conn> conn) {
  {
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(conn));
  }
  cv_.notify_one();
}

std::unique_ptr<Database> OpenDatabase(const DbUrl& url, std::size_t pool_size) {
  if (url.backend == Backend::kSqlite) return OpenSqlite(url.target, pool_size);
  return OpenPostgres(url.target, pool_size);
}

}  // namespace tsunagu::store
