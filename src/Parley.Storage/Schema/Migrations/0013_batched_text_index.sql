-- Parley schema, version 13: SQLite's full-text indexes of the documents and of the claims' quotes are filled once a
-- write transaction, not a row at a time. An FTS5 insert trigger runs as a statement of its own for every row, and
-- FTS5 writes its pending terms out as a new segment at every statement, so each document and each claim became a
-- segment that later merges had to rewrite: most of the cost of storing a claim. The writer now adds the rows of the
-- documents it stored to both indexes with one INSERT ... SELECT each, in the same transaction just before the commit
-- (SqlParleyStore.IndexStoredText), so the indexes still never differ from the tables. The delete and update triggers
-- stay: they remove rows that were indexed when they were stored. PostgreSQL's generated tsvector columns are
-- unchanged.
-- only sqlite
DROP TRIGGER documents_fts_insert;
DROP TRIGGER claims_fts_insert;
-- end only
