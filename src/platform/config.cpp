#include "platform/config.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <functional>

namespace tsunagu {

std::string SourceDir() { return TSUNAGU_RESOURCE_DIR; }
std::string BuildDir() { return TSUNAGU_BUILD_DIR; }

namespace {

// One table of settable keys, shared by the TOML reader and the environment reader.
struct Key {
  const char* toml;  // dotted TOML path
  const char* env;   // environment variable
  std::function<bool(Config&, const std::string&)> set;
};

bool SetInt(int& out, const std::string& v) {
  int x = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || p != v.data() + v.size() || x < 0) return false;
  out = x;
  return true;
}
bool SetSize(std::size_t& out, const std::string& v) {
  std::size_t x = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || p != v.data() + v.size() || x == 0) return false;
  out = x;
  return true;
}
bool SetBool(bool& out, const std::string& v) {
  if (v == "true" || v == "1") return out = true, true;
  if (v == "false" || v == "0") return out = false, true;
  return false;
}

const std::vector<Key>& Keys() {
  static const std::vector<Key> keys = {
      {"db", "TSUNAGU_DB",
       [](Config& c, const std::string& v) {
         c.db = v;
         return true;
       }},
      {"listen", "TSUNAGU_LISTEN",
       [](Config& c, const std::string& v) {
         c.listen = v;
         return true;
       }},
      {"base_url", "TSUNAGU_BASE_URL",
       [](Config& c, const std::string& v) {
         c.base_url = v;
         return true;
       }},
      {"resources", "TSUNAGU_RESOURCES",
       [](Config& c, const std::string& v) {
         c.resources = v;
         return true;
       }},
      {"static_build", "TSUNAGU_STATIC_BUILD",
       [](Config& c, const std::string& v) {
         c.static_build = v;
         return true;
       }},
      {"municipality", "TSUNAGU_MUNICIPALITY",
       [](Config& c, const std::string& v) {
         c.municipality_code = v;
         return true;
       }},
      {"threads", "TSUNAGU_THREADS",
       [](Config& c, const std::string& v) { return SetInt(c.threads, v); }},
      {"workers", "TSUNAGU_WORKERS",
       [](Config& c, const std::string& v) { return SetInt(c.workers, v); }},
      {"db_pool", "TSUNAGU_DB_POOL",
       [](Config& c, const std::string& v) { return SetInt(c.db_pool, v); }},
      {"mail.mode", "TSUNAGU_MAIL_MODE",
       [](Config& c, const std::string& v) {
         if (v != "file" && v != "smtp") return false;
         c.mail_mode = v;
         return true;
       }},
      {"mail.dir", "TSUNAGU_MAIL_DIR",
       [](Config& c, const std::string& v) {
         c.mail_dir = v;
         return true;
       }},
      {"mail.smtp_url", "TSUNAGU_SMTP_URL",
       [](Config& c, const std::string& v) {
         c.smtp_url = v;
         return true;
       }},
      {"mail.from", "TSUNAGU_MAIL_FROM",
       [](Config& c, const std::string& v) {
         c.mail_from = v;
         return true;
       }},
      {"limits.header_bytes", "TSUNAGU_HEADER_LIMIT",
       [](Config& c, const std::string& v) { return SetSize(c.header_limit, v); }},
      {"limits.body_bytes", "TSUNAGU_BODY_LIMIT",
       [](Config& c, const std::string& v) { return SetSize(c.body_limit, v); }},
      {"limits.upload_bytes", "TSUNAGU_UPLOAD_LIMIT",
       [](Config& c, const std::string& v) { return SetSize(c.upload_limit, v); }},
      {"media_dir", "TSUNAGU_MEDIA_DIR",
       [](Config& c, const std::string& v) {
         c.media_dir = v;
         return true;
       }},
      {"limits.header_timeout_s", "TSUNAGU_HEADER_TIMEOUT",
       [](Config& c, const std::string& v) { return SetInt(c.header_timeout_s, v); }},
      {"limits.idle_timeout_s", "TSUNAGU_IDLE_TIMEOUT",
       [](Config& c, const std::string& v) { return SetInt(c.idle_timeout_s, v); }},
      {"login.max_per_account", "TSUNAGU_LOGIN_MAX_PER_ACCOUNT",
       [](Config& c, const std::string& v) { return SetInt(c.login_max_per_account, v); }},
      {"login.max_per_address", "TSUNAGU_LOGIN_MAX_PER_ADDRESS",
       [](Config& c, const std::string& v) { return SetInt(c.login_max_per_address, v); }},
      {"login.window_s", "TSUNAGU_LOGIN_WINDOW",
       [](Config& c, const std::string& v) { return SetInt(c.login_window_s, v); }},
      {"trusted_proxy", "TSUNAGU_TRUSTED_PROXY",
       [](Config& c, const std::string& v) {
         c.trusted_proxy = v;
         return true;
       }},
      {"access_log", "TSUNAGU_ACCESS_LOG",
       [](Config& c, const std::string& v) { return SetBool(c.access_log, v); }},
  };
  return keys;
}

}  // namespace

boost::system::result<DbUrl, std::string> ParseDbUrl(const std::string& url) {
  if (url.starts_with("sqlite:")) {
    std::string path = url.substr(7);
    if (path.starts_with("//")) path = path.substr(2);
    if (path.empty())
      return std::string("--db: sqlite: needs a file path, e.g. sqlite:var/tsunagu.db");
    return DbUrl{Backend::kSqlite, path};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    const auto rest = url.substr(url.find("://") + 3);
    if (rest.empty() || rest.find('/') == std::string::npos || rest.back() == '/') {
      return std::string(
          "--db: a PostgreSQL URL needs a host and a database name, e.g. "
          "postgresql://user@127.0.0.1:5432/tsunagu");
    }
    return DbUrl{Backend::kPostgres, url};
  }
  return std::string("--db: unknown database URL '") + url +
         "': use sqlite:PATH or postgresql://user@host:port/dbname";
}

Result<void> ApplyTomlFile(const std::string& path, Config& cfg) {
  toml::table tbl;
  try {
    tbl = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return Invalid(path + ": " + std::string(e.description()));
  }
  for (const Key& k : Keys()) {
    auto node = tbl.at_path(k.toml);
    if (!node) continue;
    std::string value;
    if (auto s = node.value<std::string>()) {
      value = *s;
    } else if (auto i = node.value<std::int64_t>()) {
      value = std::to_string(*i);
    } else if (auto b = node.value<bool>()) {
      value = *b ? "true" : "false";
    } else {
      return Invalid(path + ": " + k.toml + " has an unsupported type");
    }
    if (!k.set(cfg, value)) return Invalid(path + ": bad value for " + k.toml);
  }
  return {};
}

Result<void> ApplyEnvironment(const std::map<std::string, std::string>& env, Config& cfg) {
  for (const Key& k : Keys()) {
    auto it = env.find(k.env);
    if (it == env.end()) continue;
    if (!k.set(cfg, it->second)) return Invalid(std::string("bad value for ") + k.env);
  }
  return {};
}

}  // namespace tsunagu
