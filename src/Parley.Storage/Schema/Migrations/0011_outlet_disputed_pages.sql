-- Parley schema, version 11: the outlet and disputed filters walk their own rows in timeline order, and the list of
-- contradictions reads a page newest first, without reading every event or contradiction (measured by `parley bench
-- query --events 1000000` and `parley serve`).
--
-- With schema 10 an outlet's page walked the whole timeline probing each event's accounts (one event in 20 at 1M: some
-- 4,000 events for a page of 200), and a disputed page one in 50 (10,000 events).

-- One row an (event, outlet its accounts' documents give): '' stands for documents without one. Written with the
-- event by each merge (a replaced or deleted document drops its links, so the merge writes its events again).
CREATE TABLE event_outlets (
    event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    outlet        TEXT NOT NULL,
    date_earliest TEXT,
    PRIMARY KEY (event_id, outlet)
);
INSERT INTO event_outlets (event_id, outlet, date_earliest)
    SELECT DISTINCT l.event_id, CASE WHEN d.outlet IS NULL OR trim(d.outlet) = '' THEN '' ELSE d.outlet END, e.date_earliest
    FROM event_links l JOIN documents d ON d.id = l.doc_id JOIN events e ON e.id = l.event_id;

-- The events a contradiction is recorded on, and each contradiction's date (its event's earliest day, else the latest
-- publication day of its claims' documents): both derived from the merged results, written again as a whole when a
-- merge commits (a contradiction's event may move in time without the contradiction changing).
CREATE TABLE disputed_events (
    event_id      TEXT PRIMARY KEY,
    date_earliest TEXT
);
CREATE TABLE contradiction_dates (
    id          TEXT PRIMARY KEY,
    attribute   TEXT NOT NULL,
    day         TEXT
);
INSERT INTO disputed_events (event_id, date_earliest)
    SELECT e.id, e.date_earliest FROM events e WHERE EXISTS (SELECT 1 FROM contradictions x WHERE x.event_id = e.id);
-- only sqlite
INSERT INTO contradiction_dates (id, attribute, day)
    SELECT x.id, x.attribute, coalesce(e.date_earliest, (SELECT max(d.published_earliest) FROM json_each(x.claims) j
        JOIN claims c ON c.id = j.value JOIN documents d ON d.id = c.doc_id))
    FROM contradictions x LEFT JOIN events e ON e.id = x.event_id;
CREATE INDEX ix_event_outlets_timeline ON event_outlets(outlet, date_earliest, event_id);
CREATE INDEX ix_disputed_events_timeline ON disputed_events(date_earliest, event_id);
CREATE INDEX ix_contradiction_dates_newest ON contradiction_dates(day DESC, id);
CREATE INDEX ix_contradiction_dates_attribute ON contradiction_dates(attribute, day DESC, id);
-- end only
-- only postgresql
INSERT INTO contradiction_dates (id, attribute, day)
    SELECT x.id, x.attribute, coalesce(e.date_earliest, (SELECT max(d.published_earliest) FROM jsonb_array_elements_text(x.claims::jsonb) j(value)
        JOIN claims c ON c.id = j.value JOIN documents d ON d.id = c.doc_id))
    FROM contradictions x LEFT JOIN events e ON e.id = x.event_id;
CREATE INDEX ix_event_outlets_timeline ON event_outlets(outlet, date_earliest, event_id COLLATE "C");
CREATE INDEX ix_disputed_events_timeline ON disputed_events(date_earliest, event_id COLLATE "C");
CREATE INDEX ix_contradiction_dates_newest ON contradiction_dates(day DESC, id COLLATE "C");
CREATE INDEX ix_contradiction_dates_attribute ON contradiction_dates(attribute, day DESC, id COLLATE "C");
-- end only

-- A speaker's claims (the actor page, /api/claims?speaker=), in id order.
-- only sqlite
CREATE INDEX ix_claims_speaker ON claims(speaker, id);
-- end only
-- only postgresql
CREATE INDEX ix_claims_speaker ON claims(speaker, id COLLATE "C");
-- end only
