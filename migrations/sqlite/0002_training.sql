-- Coordinator training and certification (plan 2-1; KPI 2 counts valid certifications).
-- Dates are 'YYYY-MM-DD' and session times 'YYYY-MM-DD HH:MM', both in Asia/Tokyo.

CREATE TABLE programmes (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  min_sessions INTEGER NOT NULL,          -- completion: attend at least this many sessions
  requires_report INTEGER NOT NULL,       -- ... and hand in a report (0/1)
  validity_years INTEGER NOT NULL,        -- a certification is valid this long
  created_at INTEGER NOT NULL
);

CREATE TABLE programme_sessions (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  starts_at TEXT NOT NULL,
  title TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  capacity INTEGER NOT NULL
);
CREATE INDEX programme_sessions_programme ON programme_sessions (programme_id, starts_at);

CREATE TABLE trainees (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  recommended_by INTEGER NOT NULL REFERENCES organisations(id),  -- the council (推薦)
  recommended_at INTEGER NOT NULL,
  report_submitted INTEGER NOT NULL DEFAULT 0,
  UNIQUE (programme_id, user_id)
);

CREATE TABLE attendance (
  session_id INTEGER NOT NULL REFERENCES programme_sessions(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, user_id)
);

CREATE TABLE certifications (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  programme_id INTEGER NOT NULL REFERENCES programmes(id),
  number TEXT NOT NULL UNIQUE,
  certified_on TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  revoked_on TEXT,
  revoke_reason TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE INDEX certifications_user ON certifications (user_id);
CREATE INDEX certifications_dates ON certifications (municipality_id, certified_on, valid_until);

-- A certified coordinator agrees to appear in the public register (opt-in).
ALTER TABLE users ADD COLUMN coordinator_listed INTEGER NOT NULL DEFAULT 0;
