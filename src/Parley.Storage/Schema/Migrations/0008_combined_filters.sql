-- Parley schema, version 8: combined filters (actor + type, topic + type, actor + topic + type) and the outlet filter
-- answered a page at a time from indexes (measured by `parley bench query --events 1000000`).
--
-- Version 6 put one actor's (or topic's) events in timeline order, but a type given too was a test on each event's
-- row: actor + topic + type walked every event of the actor (a thirtieth of a million) to find the hundred or so that
-- match. Each side-table row now carries its event's type as well (written with the row by each merge), and a second
-- index puts one actor's events of one type in timeline order: (entity, type, date, event id).

ALTER TABLE event_actors ADD COLUMN type TEXT;
ALTER TABLE event_topics ADD COLUMN type TEXT;
UPDATE event_actors SET type = (SELECT e.type FROM events e WHERE e.id = event_actors.event_id);
UPDATE event_topics SET type = (SELECT e.type FROM events e WHERE e.id = event_topics.event_id);
-- only sqlite
CREATE INDEX ix_event_actors_type_timeline ON event_actors(entity_id, type, date_earliest, event_id);
CREATE INDEX ix_event_topics_type_timeline ON event_topics(topic, type, date_earliest, event_id);
-- end only
-- only postgresql
CREATE INDEX ix_event_actors_type_timeline ON event_actors(entity_id, type, date_earliest, event_id COLLATE "C");
CREATE INDEX ix_event_topics_type_timeline ON event_topics(topic, type, date_earliest, event_id COLLATE "C");
-- end only

-- The outlet filter (events at least one document of the outlet reports) probes each event's accounts (the event_links
-- primary key starts with the event id) and their documents' outlet: this index answers the second without reading
-- the document's row, text and all.
CREATE INDEX ix_documents_outlet ON documents(id, outlet);
