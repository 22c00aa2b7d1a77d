// Numbered migrations per backend (migrations/sqlite/0001_init.sql, migrations/postgres/...),
// applied in order, each in its own transaction, recorded in schema_migrations.
#pragma once

#include <string>
#include <vector>

#include "platform/store/database.hpp"

namespace tsunagu::store {

// Applies every migration under dir/<backend>/ not yet applied; returns the versions applied.
// Safe to run from several processes at once (SQLite: IMMEDIATE transaction; PostgreSQL: an
// advisory lock). Throws DbError naming the file on failure.
std::vector<int> Migrate(Database& db, const std::string& migrations_dir);

}  // namespace tsunagu::store
