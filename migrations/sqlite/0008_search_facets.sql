-- Search filters as tokens: a fifth FTS5 column holds the document's region, kind and category
-- ("r12 kpost cbosai"), so that a filtered search is one more doclist intersection inside FTS5
-- instead of a look-up of every match in search_docs (1.6 s for 防災 in one region at a million
-- posts). The index is rebuilt from the records at the next start.
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(title_bi, title_uni, body_bi, body_uni, facets, tokenize = 'ascii');
DELETE FROM settings WHERE key = 'search_index_version';
