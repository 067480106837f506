-- Parley schema, version 14: a page of one type and one status is the first rows of its range of one index (measured by
-- `parley bench query --events 1000000`, 'type + status + from a day').
--
-- With schema 13 the page walked the type's rows (or the status's) in timeline order and read each event to test the
-- other: at 1M one in 25 of a type has a given status other than 'occurred', some 2,500 events read for a page of 100.
-- PostgreSQL's plans walked the status's rows (1,700 read for a page) or intersected the type's and the status's rows
-- from the day on and sorted them all (1,000-1,800 events, 45-80 ms); now a page reads its 100 rows (1-8 ms).
-- only sqlite
CREATE INDEX ix_events_type_status_timeline ON events(type, status, date_earliest, id);
-- end only
-- only postgresql
CREATE INDEX ix_events_type_status_timeline ON events(type, status, date_earliest, id COLLATE "C");
-- end only
