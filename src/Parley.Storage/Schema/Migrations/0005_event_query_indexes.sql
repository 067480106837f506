-- Parley schema, version 5: the timeline's filters answered from indexes on a store of a million events
-- (measured by `parley bench query --events 1000000`).
--
-- A period is an overlap test (starts on or before its end, ends on or after its start), and an index on the start
-- date only bounds the first half: '--from 2023' read the date index from the first event ever. date_span, the days
-- from an event's earliest to its latest possible day, bounds the other half: no event overlapping the period starts
-- more than the longest span before it, and the longest span is one step down ix_events_span.

ALTER TABLE events ADD COLUMN date_span INTEGER;   -- NULL when undated
-- only sqlite
UPDATE events SET date_span = CAST(julianday(date_latest) - julianday(date_earliest) AS INTEGER) WHERE date_earliest IS NOT NULL;
-- end only
-- only postgresql
UPDATE events SET date_span = CAST(date_latest AS date) - CAST(date_earliest AS date) WHERE date_earliest IS NOT NULL;
-- end only
CREATE INDEX ix_events_span ON events(date_span);

-- Type, place and status with the timeline order after them: a page of one type is the first rows of its range,
-- not every event of the type sorted.
CREATE INDEX ix_events_type_timeline ON events(type, date_earliest, id);
CREATE INDEX ix_events_place_timeline ON events(place, date_earliest, id);
CREATE INDEX ix_events_status_timeline ON events(status, date_earliest, id);
