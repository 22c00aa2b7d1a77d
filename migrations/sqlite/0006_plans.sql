-- Regional plans run as PDCA, and the city's KGI/KPI (plan 3-1, 3-4, ch.2 §1.3 and §3).
-- Years are fiscal years (年度, April-March) as integers: 2026 = April 2026 - March 2027.
-- Indicator values are stored in thousandths of their unit (74.7% -> 74700).

-- A council's regional plan (地域づくり計画). Earlier plans stay.
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  council_id INTEGER NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL,
  status TEXT NOT NULL,               -- drafting, consultation, final, ended
  vision TEXT NOT NULL DEFAULT '',    -- 将来像
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX plans_council ON plans (council_id);

-- Goals: やるべきこと (must) and やりたいこと (want).
CREATE TABLE plan_goals (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id);

-- Residents' comments while a plan is 意見募集中, and the council's answer. The author is
-- kept for the council's records and never shown.
CREATE TABLE plan_comments (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  answered_at INTEGER
);
CREATE INDEX plan_comments_plan ON plan_comments (plan_id);

-- A project (事業) of a council: under a goal of one of its plans, or directly under the
-- region (plan_id and goal_id NULL). Run by one organisation, with partners.
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES organisations(id),
  plan_id INTEGER REFERENCES plans(id),
  goal_id INTEGER REFERENCES plan_goals(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  runner_id INTEGER NOT NULL REFERENCES organisations(id),
  youth_roles TEXT NOT NULL DEFAULT '',   -- 若者の役割
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL,
  city_collaboration INTEGER NOT NULL DEFAULT 0,  -- 市と連携した地域課題解決事業 (KPI 3)
  life_support INTEGER NOT NULL DEFAULT 0,        -- 生活支援サービス事業 (KPI 4)
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX projects_plan ON projects (plan_id);
CREATE INDEX projects_council ON projects (council_id);

-- The organisations a project works with (連携する団体).
CREATE TABLE project_partners (
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (project_id, org_id)
);

-- PDCA: one line per project and fiscal year (target, planned budget), its progress updates
-- and the year-end self-evaluation, from which the next year's line starts.
CREATE TABLE project_years (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  budget INTEGER NOT NULL,           -- yen
  funding TEXT NOT NULL,             -- kofukin, own, private_grant, crowdfunding, other
  grade TEXT NOT NULL DEFAULT '',    -- A, B, C; '' until evaluated
  went_well TEXT NOT NULL DEFAULT '',
  to_change TEXT NOT NULL DEFAULT '',
  evaluated_at INTEGER,
  created_at INTEGER NOT NULL,
  UNIQUE (project_id, year)
);

CREATE TABLE project_progress (
  id INTEGER PRIMARY KEY,
  line_id INTEGER NOT NULL REFERENCES project_years(id) ON DELETE CASCADE,
  on_date TEXT NOT NULL,
  percent INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES users(id),   -- NULL for demo data
  created_at INTEGER NOT NULL
);
CREATE INDEX project_progress_line ON project_progress (line_id);

-- The city's indicators. source: entered (surveys) or the record a computed one counts.
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,                 -- KGI, KPI
  policy INTEGER NOT NULL DEFAULT 0,  -- 基本方針 1-4 (0 for KGIs)
  unit TEXT NOT NULL,                 -- %, count
  baseline_milli INTEGER,
  baseline_year INTEGER,
  path_from_year INTEGER NOT NULL,    -- without a baseline the path starts at 0 in this year
  increase INTEGER NOT NULL DEFAULT 1,
  source TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (municipality_id, code)
);

CREATE TABLE indicator_targets (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  value_milli INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, year)
);

-- Actuals entered by city staff (computed ones are never stored: they are counted live).
CREATE TABLE indicator_actuals (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  value_milli INTEGER NOT NULL,
  source TEXT NOT NULL,
  sample_size INTEGER NOT NULL DEFAULT 0,
  survey_date TEXT NOT NULL DEFAULT '',
  entered_by INTEGER NOT NULL REFERENCES users(id),
  entered_at INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, year)
);
