-- Parley schema, version 2: indexed lookups for the event filters the CLI and the workbench offer.
-- Actors and topics live in JSON lists on events, which neither backend can index; these two tables hold one
-- row an (event, entity) and (event, topic), written with the events by each merge. Period and type use the
-- indexes on events made in version 1.

CREATE TABLE event_actors (
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,          -- acts, is targeted or mediates
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX ix_event_actors_entity ON event_actors(entity_id, event_id);

CREATE TABLE event_topics (
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    topic       TEXT NOT NULL,
    PRIMARY KEY (event_id, topic)
);
CREATE INDEX ix_event_topics_topic ON event_topics(topic, event_id);

-- Timeline order (date, then id) straight from an index.
CREATE INDEX ix_events_timeline ON events(date_earliest, id);
CREATE INDEX ix_positions_topic ON positions(topic);

-- Fill them for events merged before this version.
-- only sqlite
INSERT OR IGNORE INTO event_actors (event_id, entity_id)
    SELECT e.id, j.value FROM events e, json_each(e.actors) j
    UNION SELECT e.id, j.value FROM events e, json_each(e.targets) j
    UNION SELECT e.id, j.value FROM events e, json_each(e.mediators) j;
INSERT OR IGNORE INTO event_topics (event_id, topic) SELECT e.id, j.value FROM events e, json_each(e.topics) j;
-- end only
-- only postgresql
INSERT INTO event_actors (event_id, entity_id)
    SELECT e.id, a FROM events e, jsonb_array_elements_text(e.actors::jsonb) a
    UNION SELECT e.id, a FROM events e, jsonb_array_elements_text(e.targets::jsonb) a
    UNION SELECT e.id, a FROM events e, jsonb_array_elements_text(e.mediators::jsonb) a
    ON CONFLICT DO NOTHING;
INSERT INTO event_topics (event_id, topic)
    SELECT DISTINCT e.id, t FROM events e, jsonb_array_elements_text(e.topics::jsonb) t ON CONFLICT DO NOTHING;
-- end only
