-- Parley schema, version 9: actor + topic together answered a page at a time (measured by `parley bench query
-- --events 1000000`), and what the workbench's timeline and document list read a page at a time.
--
-- With both an actor and a topic, version 8 walked the rarer of the two in timeline order and probed the other for
-- each row: when few events have both (one in 24 of an actor's events in the benchmark), a page of 100 walked some
-- 2,400 of them at 100k and 33,000 at 1M (263 ms at p95 at 1M; 137 ms with a type too). One row an (event, actor,
-- topic), written with the event by each merge and indexed (actor, topic, date, event id), puts the events that have
-- both in timeline order; a second index, (actor, topic, type, date, event id), those of one type.

CREATE TABLE event_actor_topics (
    event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id     TEXT NOT NULL,          -- acts, is targeted or mediates
    topic         TEXT NOT NULL,
    date_earliest TEXT,
    type          TEXT,
    PRIMARY KEY (event_id, entity_id, topic)
);

-- Filled for events merged before this version (every pair of the event's actor and topic rows), before the
-- indexes are built.
INSERT INTO event_actor_topics (event_id, entity_id, topic, date_earliest, type)
    SELECT a.event_id, a.entity_id, t.topic, a.date_earliest, a.type FROM event_actors a JOIN event_topics t ON t.event_id = a.event_id;

-- only sqlite
CREATE INDEX ix_event_actor_topics_timeline ON event_actor_topics(entity_id, topic, date_earliest, event_id);
CREATE INDEX ix_event_actor_topics_type_timeline ON event_actor_topics(entity_id, topic, type, date_earliest, event_id);
-- end only
-- only postgresql
CREATE INDEX ix_event_actor_topics_timeline ON event_actor_topics(entity_id, topic, date_earliest, event_id COLLATE "C");
CREATE INDEX ix_event_actor_topics_type_timeline ON event_actor_topics(entity_id, topic, type, date_earliest, event_id COLLATE "C");
-- end only

-- The workbench's filter form offers every outlet: read from this index a value at a time (a loose index scan), not
-- by reading every document.
CREATE INDEX ix_documents_outlet_name ON documents(outlet);

-- The workbench's list of documents, newest first, a page at a time after the last document of the page before.
-- only sqlite
CREATE INDEX ix_documents_newest ON documents(published_earliest DESC, id);
-- end only
-- only postgresql
CREATE INDEX ix_documents_newest ON documents(published_earliest DESC, id COLLATE "C");
-- end only
