-- Talks (話し合い, plan 3-3): planned by a council, 自治会, NPO or the city, facilitated by a
-- citizen facilitator (市民ファシリテーター), minuted and followed up with action items.
-- Sign-up is the linked event's (events, event_signups). Times are Unix seconds (UTC).
-- Issues are referred to by plain id columns (no FOREIGN KEY: the issues schema may change).

-- The register of citizen facilitators, kept by city staff. Public: name, qualification,
-- regions and availability only (no contact details here).
CREATE TABLE facilitators (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  name TEXT NOT NULL,
  qualification TEXT NOT NULL,                   -- e.g. 市民ファシリテーター養成講座 修了（2024年度）
  availability TEXT NOT NULL DEFAULT '',         -- free text: 土日の午後、平日の夜 ...
  active INTEGER NOT NULL DEFAULT 1,             -- 0: no longer takes talks (kept for old talks)
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX facilitators_municipality ON facilitators (municipality_id, active);

CREATE TABLE facilitator_regions (
  facilitator_id INTEGER NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  PRIMARY KEY (facilitator_id, region_id)
);

-- Each organisation's ground rules for its talks (話し合いのルール).
CREATE TABLE talk_ground_rules (
  org_id INTEGER PRIMARY KEY REFERENCES organisations(id),
  body TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE talks (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  org_id INTEGER NOT NULL REFERENCES organisations(id),   -- the organising body
  event_id INTEGER REFERENCES events(id),                 -- sign-up, reminders, calendar
  created_by INTEGER REFERENCES users(id),
  title TEXT NOT NULL,
  title_kana TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL,                          -- salon, workshop, meeting, deliberation, online
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  online_url TEXT NOT NULL DEFAULT '',
  agenda TEXT NOT NULL DEFAULT '',               -- one item per line
  audience TEXT NOT NULL DEFAULT '',             -- keys, comma-separated: all, youth, high_school ...
  capacity INTEGER,                              -- NULL: no limit
  ground_rules TEXT NOT NULL DEFAULT '',
  facilitator_id INTEGER REFERENCES facilitators(id),
  status TEXT NOT NULL DEFAULT 'planned',        -- planned, held, cancelled
  minutes TEXT NOT NULL DEFAULT '',              -- Markdown
  decisions TEXT NOT NULL DEFAULT '',            -- one per line
  closed_at INTEGER,                             -- when the minutes were first recorded
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX talks_region_starts ON talks (region_id, starts_at);
CREATE INDEX talks_starts ON talks (municipality_id, starts_at);
CREATE INDEX talks_event ON talks (event_id);

-- Participants by age band (10s .. 80plus), entered by the organiser after the talk.
CREATE TABLE talk_participants (
  talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
  age_band TEXT NOT NULL,
  people INTEGER NOT NULL,
  PRIMARY KEY (talk_id, age_band)
);

-- The local issues a talk discussed (or that an action item became).
CREATE TABLE talk_issues (
  talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
  issue_id INTEGER NOT NULL,
  PRIMARY KEY (talk_id, issue_id)
);
CREATE INDEX talk_issues_issue ON talk_issues (issue_id);

-- What the talk decided someone does, by when; followed to done.
CREATE TABLE talk_actions (
  id INTEGER PRIMARY KEY,
  talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  what TEXT NOT NULL,
  who_text TEXT NOT NULL DEFAULT '',             -- a person's name or a group, as typed
  who_org_id INTEGER REFERENCES organisations(id),
  due_date TEXT NOT NULL DEFAULT '',             -- YYYY-MM-DD (JST), '' when none
  done INTEGER NOT NULL DEFAULT 0,
  done_at INTEGER,
  issue_id INTEGER,                              -- the local issue it became
  project_id INTEGER REFERENCES projects(id),    -- the regional plan's project it became
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX talk_actions_talk ON talk_actions (talk_id, position);
