-- Parley schema, version 12: the workbench's summary pages (sources, map, network, actors, topics, quote search) answer
-- from the store with aggregates, without reading the whole record (a million events took minutes to load).
--
-- One row an (event, pair of actors it links, relation): meetings, agreements and visits link their actors and targets
-- (meeting), armed clashes too (clash), and each mediator each actor and target (mediation); a before b (ordinal).
-- Written with the event by each merge (EventPairs in Parley.Storage), dropped with it; the date and type order and
-- narrow the network's first events of a link.
CREATE TABLE event_pairs (
    event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    a             TEXT NOT NULL,
    b             TEXT NOT NULL,
    relation      TEXT NOT NULL,
    date_earliest TEXT,
    type          TEXT NOT NULL,
    PRIMARY KEY (event_id, a, b, relation)
);
-- only sqlite
INSERT OR IGNORE INTO event_pairs (event_id, a, b, relation, date_earliest, type)
    WITH sides AS MATERIALIZED (
        SELECT e.id AS event_id, j.value AS side FROM events e, json_each(e.actors) j
        UNION SELECT e.id, j.value FROM events e, json_each(e.targets) j)
    SELECT e.id, x.side, y.side, CASE WHEN e.type = 'armed_clash' THEN 'clash' ELSE 'meeting' END, e.date_earliest, e.type
    FROM events e JOIN sides x ON x.event_id = e.id JOIN sides y ON y.event_id = e.id AND x.side < y.side
    WHERE e.type IN ('meeting', 'agreement', 'visit', 'armed_clash')
    UNION
    SELECT e.id, min(m.value, s.side), max(m.value, s.side), 'mediation', e.date_earliest, e.type
    FROM events e, json_each(e.mediators) m JOIN sides s ON s.event_id = e.id WHERE m.value <> s.side;
CREATE INDEX ix_event_pairs_link ON event_pairs(a, b, relation, date_earliest, event_id);
-- end only
-- only postgresql
INSERT INTO event_pairs (event_id, a, b, relation, date_earliest, type)
    WITH sides AS MATERIALIZED (
        SELECT e.id AS event_id, j AS side FROM events e, jsonb_array_elements_text(e.actors::jsonb) j
        UNION SELECT e.id, j FROM events e, jsonb_array_elements_text(e.targets::jsonb) j)
    SELECT e.id, x.side, y.side, CASE WHEN e.type = 'armed_clash' THEN 'clash' ELSE 'meeting' END, e.date_earliest, e.type
    FROM events e JOIN sides x ON x.event_id = e.id JOIN sides y ON y.event_id = e.id AND x.side COLLATE "C" < y.side COLLATE "C"
    WHERE e.type IN ('meeting', 'agreement', 'visit', 'armed_clash')
    UNION
    SELECT e.id, least(m COLLATE "C", s.side COLLATE "C"), greatest(m COLLATE "C", s.side COLLATE "C"), 'mediation', e.date_earliest, e.type
    FROM events e CROSS JOIN LATERAL jsonb_array_elements_text(e.mediators::jsonb) m JOIN sides s ON s.event_id = e.id WHERE m <> s.side
    ON CONFLICT DO NOTHING;
CREATE INDEX ix_event_pairs_link ON event_pairs(a COLLATE "C", b COLLATE "C", relation, date_earliest, event_id COLLATE "C");
-- end only

-- Counts by place, outlet and topic read from indexes that lead with them.
CREATE INDEX ix_events_place ON events(place);
CREATE INDEX ix_positions_topic_actor ON positions(topic, actor);

-- Full-text index over the claims' quotes (the quote search), as the documents' (version 1): FTS5 kept in step by
-- triggers in SQLite, a generated tsvector column with a GIN index in PostgreSQL.
-- only sqlite
CREATE VIRTUAL TABLE claims_fts USING fts5(quote, content='claims', content_rowid='rowid');
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, quote) VALUES (new.rowid, new.quote);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, quote) VALUES ('delete', old.rowid, old.quote);
END;

CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, quote) VALUES ('delete', old.rowid, old.quote);
    INSERT INTO claims_fts(rowid, quote) VALUES (new.rowid, new.quote);
END;
-- end only
-- only postgresql
ALTER TABLE claims ADD COLUMN quote_search tsvector GENERATED ALWAYS AS (to_tsvector('simple', quote)) STORED;
CREATE INDEX ix_claims_quote_search ON claims USING gin (quote_search);
-- end only
