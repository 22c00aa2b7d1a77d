-- Matching people to the needs of regions and NPOs (plan 1-3, 1-4, 2-2, 2-3, 2-4).
-- Dates are 'YYYY-MM-DD' and times 'HH:MM' in Asia/Tokyo. Sets of codes are stored as
-- comma-separated text (skills, interests, regions) or bit masks (weekdays, weekly slots).

-- Where each region's 地域交流センター stands (micro-degrees), for distance estimates.
ALTER TABLE regions ADD COLUMN lat_e6 INTEGER;
ALTER TABLE regions ADD COLUMN lon_e6 INTEGER;

-- The managed list of skills (city administrators add and rename; codes never change).
CREATE TABLE skills (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (municipality_id, code)
);

-- A person's volunteer profile (opt-in). Personal data: shown to a poster only after the person
-- applies, or when discoverable = 1; a minor's only to the poster of a need they applied to.
CREATE TABLE volunteer_profiles (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  employer TEXT NOT NULL DEFAULT '',
  skills TEXT NOT NULL DEFAULT '',
  skills_note TEXT NOT NULL DEFAULT '',
  interests TEXT NOT NULL DEFAULT '',
  regions TEXT NOT NULL DEFAULT '',
  slots INTEGER NOT NULL DEFAULT 0,
  available_from TEXT NOT NULL DEFAULT '',
  available_until TEXT NOT NULL DEFAULT '',
  travel TEXT NOT NULL DEFAULT '',
  max_km INTEGER NOT NULL DEFAULT 0,
  max_active INTEGER NOT NULL DEFAULT 1,
  minor INTEGER NOT NULL DEFAULT 0,
  guardian_name TEXT NOT NULL DEFAULT '',
  guardian_consent_at INTEGER,
  discoverable INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  updated_at INTEGER NOT NULL
);

-- A need (募集) posted by an organisation.
CREATE TABLE needs (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  org_id INTEGER NOT NULL REFERENCES organisations(id),
  created_by INTEGER NOT NULL REFERENCES users(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  category TEXT NOT NULL,
  required_skills TEXT NOT NULL DEFAULT '',
  welcome_skills TEXT NOT NULL DEFAULT '',
  region_id INTEGER NOT NULL REFERENCES regions(id),
  place TEXT NOT NULL DEFAULT '',
  lat_e6 INTEGER,
  lon_e6 INTEGER,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  weekdays INTEGER NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  minors_allowed INTEGER NOT NULL DEFAULT 0,
  requires_certification INTEGER NOT NULL DEFAULT 0,
  details TEXT NOT NULL DEFAULT '',      -- for confirmed people only (集合場所・持ち物・連絡先)
  status TEXT NOT NULL DEFAULT 'open',   -- open, closed
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX needs_open ON needs (municipality_id, status, date_to);
CREATE INDEX needs_org ON needs (org_id);

-- A person and a need: applied or invited, then confirmed, declined or withdrawn.
CREATE TABLE matches (
  id INTEGER PRIMARY KEY,
  need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  status TEXT NOT NULL,         -- applied, invited, confirmed, declined, withdrawn
  initiated_by TEXT NOT NULL,   -- person, poster, batch
  closed_by TEXT NOT NULL DEFAULT '',  -- person, poster (who declined or withdrew)
  minutes INTEGER,              -- activity time confirmed by the poster
  hours_confirmed_on TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (need_id, user_id)
);
CREATE INDEX matches_user ON matches (user_id);
