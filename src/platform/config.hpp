// Configuration: defaults, then a TOML file, then TSUNAGU_* environment variables, then
// command-line flags (main applies those last).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "platform/result.hpp"

namespace tsunagu {

enum class Backend { kSqlite, kPostgres };

struct DbUrl {
  Backend backend = Backend::kSqlite;
  std::string target;  // a file path for SQLite, a libpq connection URI for PostgreSQL
};

// Parses "sqlite:PATH" or "postgresql://user@host:port/dbname" ("postgres://" too).
// The failure message is one line in English naming the problem (it is shown on the CLI).
boost::system::result<DbUrl, std::string> ParseDbUrl(const std::string& url);

// The checkout this program was built from and its build folder: where resources are read from
// unless configured otherwise (defined in config.cpp only, so that no other object file holds a
// path and the compiler cache serves every checkout alike).
std::string SourceDir();
std::string BuildDir();

struct Config {
  std::string db = "sqlite:var/tsunagu.db";
  std::string listen = "127.0.0.1:8080";
  std::string base_url = "http://127.0.0.1:8080";     // used in emailed links
  std::string resources = SourceDir();                // templates/, messages/, migrations/, static/
  std::string static_build = BuildDir() + "/static";  // built assets (tsunagu.css)
  std::string municipality_code = "352039";           // 山口市
  int threads = 0;                                    // I/O threads; 0: one per core
  // Threads that run the handlers (database, password hashing, mail), so that slow work never
  // holds up reading and writing of other connections. 0: four per core, at least 4.
  int workers = 0;
  int db_pool = 0;                 // 0: threads + 2
  std::string mail_mode = "file";  // file | smtp
  std::string mail_dir = "var/mail";
  std::string smtp_url = "smtp://127.0.0.1:25";
  std::string mail_from = "no-reply@tsunagu.example.jp";
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
  // Bodies of multipart/form-data requests (a post with up to 5 images of 5 MB each).
  std::size_t upload_limit = 27 * 1024 * 1024;
  std::string media_dir = "var/media";  // uploaded images, named by their SHA-256
  int header_timeout_s = 10;            // the whole request head must arrive in this time
  int body_timeout_s = 30;
  int idle_timeout_s = 60;  // keep-alive connection with no request
  int write_timeout_s = 30;
  int login_max_per_account = 5;   // failed attempts per account in the window
  int login_max_per_address = 20;  // failed attempts per client address in the window
  int login_window_s = 15 * 60;
  bool access_log = true;
  // Address of a reverse proxy / load balancer whose X-Forwarded-For is believed (for login
  // throttling per client address). Empty: the peer address is the client's.
  std::string trusted_proxy;
};

// Reads a TOML file into cfg (keys as in Config, e.g. db = "sqlite:x.db", [mail] mode = "smtp").
Result<void> ApplyTomlFile(const std::string& path, Config& cfg);

// Applies TSUNAGU_DB, TSUNAGU_LISTEN, TSUNAGU_BASE_URL, ... from env.
Result<void> ApplyEnvironment(const std::map<std::string, std::string>& env, Config& cfg);

}  // namespace tsunagu
