-- The regional information platform (plan 1-1, 3-3): posts (お知らせ・活動報告) with images,
-- residents' posts reviewed by their council, comments and reports, events with sign-up and a
-- waitlist, the 地域交流センター as public facilities, and the Japanese search index.
-- Times are Unix seconds (UTC). Coordinates are millionths of a degree.

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  org_id INTEGER REFERENCES organisations(id),   -- the author organisation; NULL: a resident's post
  author_user_id INTEGER REFERENCES users(id),   -- who wrote it (never shown for residents)
  title TEXT NOT NULL,
  body TEXT NOT NULL,                            -- Markdown
  category TEXT NOT NULL,                        -- bousai, fukushi, ... (domain/posts.hpp)
  tags TEXT NOT NULL DEFAULT '',                 -- free tags, one per line
  status TEXT NOT NULL,                          -- draft, review, published, archived
  visibility TEXT NOT NULL,                      -- public, members
  review_comment TEXT NOT NULL DEFAULT '',       -- the council's comment when it returned the post
  published_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX posts_region_status ON posts (region_id, status, published_at);
CREATE INDEX posts_status ON posts (municipality_id, status, published_at);
CREATE INDEX posts_author ON posts (author_user_id);

-- Images of a post, stored as files named by the SHA-256 of their (metadata-free) bytes.
CREATE TABLE post_images (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file TEXT NOT NULL,                            -- "<sha256>.<ext>"
  mime TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  alt TEXT NOT NULL
);
CREATE INDEX post_images_post ON post_images (post_id, position);

-- A council shows another region's post on its own region page (地域間の情報共有).
CREATE TABLE post_features (
  region_id INTEGER NOT NULL REFERENCES regions(id),
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (region_id, post_id)
);

-- Each council's posting rules (投稿ルール), shown on the residents' submit form.
CREATE TABLE posting_rules (
  council_id INTEGER PRIMARY KEY REFERENCES organisations(id),
  body TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE post_comments (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  status TEXT NOT NULL,                          -- visible, reported (hidden by 3 reports), hidden
  created_at INTEGER NOT NULL
);
CREATE INDEX post_comments_post ON post_comments (post_id, created_at);

-- Reports of a comment; reporter is "user:<id>" or "addr:<keyed digest of the address>".
CREATE TABLE comment_reports (
  id INTEGER PRIMARY KEY,
  comment_id INTEGER NOT NULL REFERENCES post_comments(id) ON DELETE CASCADE,
  reporter TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (comment_id, reporter)
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  org_id INTEGER REFERENCES organisations(id),   -- the organising body
  created_by INTEGER REFERENCES users(id),
  title TEXT NOT NULL,
  title_kana TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  all_day INTEGER NOT NULL DEFAULT 0,
  starts_at INTEGER NOT NULL,                    -- all-day: 00:00 JST of the first day
  ends_at INTEGER NOT NULL,                      -- all-day: 00:00 JST of the last day
  place TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  lat_e6 INTEGER,
  lon_e6 INTEGER,
  capacity INTEGER,                              -- NULL: no limit, no sign-up list needed
  fee TEXT NOT NULL DEFAULT '',
  organiser TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'published',      -- published, cancelled
  reminded_at INTEGER,                           -- when the day-before reminders went out
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX events_region_starts ON events (region_id, starts_at);
CREATE INDEX events_starts ON events (municipality_id, starts_at);

CREATE TABLE event_signups (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  status TEXT NOT NULL,                          -- confirmed, waitlist, cancelled
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (event_id, user_id)
);
CREATE INDEX event_signups_event ON event_signups (event_id, status, created_at);

-- Public facilities (公共施設一覧): the 21 地域交流センター; the demo seed's are approximate and
-- marked demo; `tsunagu import facilities` replaces them with the city's.
CREATE TABLE facilities (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  region_id INTEGER REFERENCES regions(id),
  name TEXT NOT NULL,
  kana TEXT NOT NULL DEFAULT '',
  common_name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  lat_e6 INTEGER,
  lon_e6 INTEGER,
  phone TEXT NOT NULL DEFAULT '',
  days TEXT NOT NULL DEFAULT '',
  start_time TEXT NOT NULL DEFAULT '',
  end_time TEXT NOT NULL DEFAULT '',
  hours_note TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  demo INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0
);

-- The search index: one row per public post, event or organisation, with its normalised text
-- (for snippets), and the token streams of our own tokenizer (core/search_text.hpp) in FTS5
-- with the 'ascii' tokenizer, so that a token is exactly what we wrote between spaces.
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL,
  kind TEXT NOT NULL,                            -- post, event, org
  ref_id INTEGER NOT NULL,
  region_id INTEGER,
  category TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  sort_at INTEGER NOT NULL,
  UNIQUE (kind, ref_id)
);
CREATE VIRTUAL TABLE search_fts USING fts5(title_bi, title_uni, body_bi, body_uni, tokenize = 'ascii');
