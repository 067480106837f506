-- Parley schema, version 18: the sources' counts come from an index (measured by `parley bench query --events 1000000
-- --only "parley sources"`, both backends).
--
-- `parley sources` counts, per outlet, the events only it reports. With schema 11 that was a probe of every row of
-- event_outlets for another outlet of the same event: a million probes at 1M events (~8 s on SQLite, 5-7 s on
-- PostgreSQL). Each row now says whether its outlet is its event's only one, written with the event's rows (which
-- are written together, so it stays true), and the rows that are indexed apart in timeline order: counting them
-- and listing an outlet's first ones read that index alone.
ALTER TABLE event_outlets ADD COLUMN sole INTEGER NOT NULL DEFAULT 0;
UPDATE event_outlets SET sole = 1 WHERE event_id IN (SELECT event_id FROM event_outlets GROUP BY event_id HAVING count(*) = 1);
-- only sqlite
CREATE INDEX ix_event_outlets_sole ON event_outlets(outlet, date_earliest, event_id) WHERE sole = 1;
-- end only
-- only postgresql
CREATE INDEX ix_event_outlets_sole ON event_outlets(outlet, date_earliest, event_id COLLATE "C") WHERE sole = 1;
-- end only
