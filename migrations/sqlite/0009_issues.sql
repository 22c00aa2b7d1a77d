-- Local issues (地域課題) solved by the principle of subsidiarity (plan 1-2, 3-2): held by a
-- 自治会, a regional council or a city department, escalated level by level, with an immutable
-- timeline, followers and "me too". Times are Unix seconds (UTC); coordinates millionths of a
-- degree.

-- Per municipality: the secretariat (協働推進課) and each level's target time to first response.
CREATE TABLE issue_settings (
  municipality_id INTEGER PRIMARY KEY REFERENCES municipalities(id),
  secretariat_org_id INTEGER REFERENCES organisations(id),
  target_association_days INTEGER NOT NULL DEFAULT 14,
  target_council_days INTEGER NOT NULL DEFAULT 14,
  target_city_days INTEGER NOT NULL DEFAULT 14,
  updated_at INTEGER NOT NULL
);

-- The department responsible for each category at city level (kept by a city administrator).
CREATE TABLE issue_departments (
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  category TEXT NOT NULL,
  org_id INTEGER NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (municipality_id, category)
);

CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  association_id INTEGER REFERENCES organisations(id),  -- the 自治会 named (NULL: none)
  council_id INTEGER REFERENCES organisations(id),      -- the region's council
  department_id INTEGER REFERENCES organisations(id),   -- at city level: who holds it
  category TEXT NOT NULL,                               -- bosai, fukushi, ... (domain/issues.hpp)
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  lat_e6 INTEGER,
  lon_e6 INTEGER,
  level TEXT NOT NULL,                                  -- association, council, city
  state TEXT NOT NULL,                                  -- new, in_progress, resolved, declined
  reporter_user_id INTEGER REFERENCES users(id),        -- never shown
  reporter_org_id INTEGER REFERENCES organisations(id), -- raised on an organisation's behalf
  contact_email TEXT NOT NULL DEFAULT '',               -- Open311 reporter without an account: private
  media_url TEXT NOT NULL DEFAULT '',                   -- Open311 photo link
  source TEXT NOT NULL DEFAULT 'web',                   -- web, api, open311, talk
  resolution TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  level_since INTEGER NOT NULL,
  due_at INTEGER NOT NULL
);
CREATE INDEX issues_created ON issues (municipality_id, created_at);
CREATE INDEX issues_region ON issues (region_id, created_at);
CREATE INDEX issues_open ON issues (municipality_id, state, due_at);
-- The city-wide counts (dashboard) from the index alone.
CREATE INDEX issues_counts ON issues (municipality_id, category, region_id, level, state, due_at);

CREATE TABLE issue_images (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file TEXT NOT NULL,
  mime TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  alt TEXT NOT NULL
);
CREATE INDEX issue_images_issue ON issue_images (issue_id, position);

-- The timeline: raised, every transition and comment. who is a role and an organisation as
-- shown (never a resident's name); the acting user is kept for the audit only.
CREATE TABLE issue_events (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,             -- raise, start, resolve, escalate, decline, reopen, handover, comment
  actor_user_id INTEGER REFERENCES users(id),
  actor_org_id INTEGER REFERENCES organisations(id),
  who TEXT NOT NULL,
  from_level TEXT NOT NULL DEFAULT '',
  from_state TEXT NOT NULL DEFAULT '',
  to_level TEXT NOT NULL DEFAULT '',
  to_state TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX issue_events_issue ON issue_events (issue_id, id);
-- Entries cannot be edited or removed afterwards.
CREATE TRIGGER issue_events_no_update BEFORE UPDATE ON issue_events
BEGIN SELECT RAISE(ABORT, 'issue timeline entries cannot be changed'); END;
CREATE TRIGGER issue_events_no_delete BEFORE DELETE ON issue_events
BEGIN SELECT RAISE(ABORT, 'issue timeline entries cannot be removed'); END;

CREATE TABLE issue_followers (
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (issue_id, user_id)
);
CREATE INDEX issue_followers_user ON issue_followers (user_id);

-- 同じ課題がある: once per person.
CREATE TABLE issue_metoo (
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (issue_id, user_id)
);
