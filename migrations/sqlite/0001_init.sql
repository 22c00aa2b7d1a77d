-- Foundation: municipalities, the 21 regions, organisations, people and their memberships,
-- sessions, API tokens, password resets, login throttling, the audit log, settings.
-- Times are Unix seconds (UTC). Booleans are 0/1.

CREATE TABLE municipalities (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,          -- 全国地方公共団体コード, e.g. 352039
  prefecture TEXT NOT NULL,
  name TEXT NOT NULL,
  name_kana TEXT NOT NULL DEFAULT ''
);

CREATE TABLE regions (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  kana TEXT NOT NULL,
  romaji TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  center_name TEXT NOT NULL DEFAULT '',
  center_address TEXT NOT NULL DEFAULT '',
  center_phone TEXT NOT NULL DEFAULT '',
  center_hours TEXT NOT NULL DEFAULT '',
  UNIQUE (municipality_id, slug)
);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  region_id INTEGER REFERENCES regions(id),
  parent_id INTEGER REFERENCES organisations(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  kana TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  council_shape TEXT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  seed_key TEXT UNIQUE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX organisations_region ON organisations (region_id, kind);
CREATE INDEX organisations_parent ON organisations (parent_id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  home_region_id INTEGER REFERENCES regions(id),
  age_band TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE memberships (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (user_id, org_id)
);
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER
);

CREATE TABLE password_resets (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);

-- Failed logins, keyed by "account:<user id or email digest>" or "address:<ip>".
CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  at INTEGER NOT NULL,
  actor_user_id INTEGER,
  action TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_id INTEGER,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
