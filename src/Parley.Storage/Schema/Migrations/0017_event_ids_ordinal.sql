-- Parley schema, version 17: PostgreSQL reads event ids in ordinal order from an index (measured by
-- `parley bench query --events 1000000 --only "parley event"`, PostgreSQL).
--
-- `parley event ID` with a mistyped id suggests the closest stored one among the ids on each side of it in ordinal
-- order (the order both backends list ids in). The primary key's index sorts by the database's collation, so PostgreSQL
-- sorted all million ids for each suggestion (about a second). SQLite's primary key is already in ordinal order.
-- only postgresql
CREATE INDEX ix_events_id_ordinal ON events(id COLLATE "C");
-- end only
