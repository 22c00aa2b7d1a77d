-- One 地域づくり協議会 per region, enforced by the database as well as by the commands.
CREATE UNIQUE INDEX organisations_one_council ON organisations (region_id) WHERE kind = 'council';

-- The version of the public data: every change that can alter a public page bumps it in its
-- own transaction (the row lock orders the bumps by commit), and the anonymous page cache
-- serves an answer only while the version it was rendered at is current.
CREATE TABLE data_version (
  id BIGINT PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);
