-- Search filters as FTS5 tokens is a SQLite change (see migrations/sqlite/0008); PostgreSQL
-- filters search_docs by its columns next to the GIN index. Kept so that both backends share
-- version numbers.
SELECT 1;
