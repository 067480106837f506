-- Parley schema, version 6: the actor and topic filters walk their events in timeline order and stop at the page
-- (measured by `parley bench query --events 1000000`).
--
-- event_actors and event_topics were indexed by (entity, event id): a page of one actor's events read every event
-- of the actor, then sorted them by date. Each row now carries its event's earliest day (the timeline's first
-- sort key, written with the row by each merge), and the indexes put the rows of one actor or topic in timeline
-- order: (entity, date, event id), as events are ordered by (date, id).

ALTER TABLE event_actors ADD COLUMN date_earliest TEXT;
ALTER TABLE event_topics ADD COLUMN date_earliest TEXT;
UPDATE event_actors SET date_earliest = (SELECT e.date_earliest FROM events e WHERE e.id = event_actors.event_id);
UPDATE event_topics SET date_earliest = (SELECT e.date_earliest FROM events e WHERE e.id = event_topics.event_id);

DROP INDEX ix_event_actors_entity;
DROP INDEX ix_event_topics_topic;
-- PostgreSQL compares the ids byte by byte (COLLATE "C"), as the reader orders them, whatever the database's locale.
-- only sqlite
CREATE INDEX ix_event_actors_timeline ON event_actors(entity_id, date_earliest, event_id);
CREATE INDEX ix_event_topics_timeline ON event_topics(topic, date_earliest, event_id);
-- end only
-- only postgresql
CREATE INDEX ix_event_actors_timeline ON event_actors(entity_id, date_earliest, event_id COLLATE "C");
CREATE INDEX ix_event_topics_timeline ON event_topics(topic, date_earliest, event_id COLLATE "C");
-- end only
