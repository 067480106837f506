-- Parley schema, version 1.
-- Lists and small structures are JSON text; dates are ISO YYYY-MM-DD with a precision name beside them.
--
-- Written once for SQLite and PostgreSQL (see SchemaScripts.cs): a name in double braces is spelled per backend, and
-- the lines between '-- only sqlite' (or '-- only postgresql') and '-- end only' belong to that backend alone.

CREATE TABLE documents (
    seq                 {{ROW_ID}},           -- stable row number for the full-text index
    id                  TEXT NOT NULL UNIQUE,
    title               TEXT,
    outlet              TEXT,
    authors             TEXT NOT NULL DEFAULT '[]',    -- JSON array of strings
    published_earliest  TEXT,
    published_latest    TEXT,
    published_precision TEXT,
    published_inferred  INTEGER NOT NULL DEFAULT 0,
    url                 TEXT,
    source              TEXT NOT NULL DEFAULT '',
    format              TEXT NOT NULL DEFAULT 'txt',
    content_hash        TEXT NOT NULL,
    text                TEXT NOT NULL,
    ingested_at         TEXT NOT NULL,
    CHECK ((published_earliest IS NULL) = (published_latest IS NULL))
);

CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    roles       TEXT NOT NULL DEFAULT '[]',   -- JSON array of roles the entity carries (the pack's)
    geo         TEXT,                         -- JSON {"lat": .., "lon": ..} or NULL
    attributes  TEXT NOT NULL DEFAULT '{}',   -- JSON object of strings
    discovered  INTEGER NOT NULL DEFAULT 0
);

-- Entities each document names (also those it names only through a role).
CREATE TABLE document_entities (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (doc_id, entity_id)
) {{WITHOUT_ROWID}};

CREATE TABLE mentions (
    {{INSERTION_ORDER}}
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL REFERENCES entities(id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX ix_mentions_doc ON mentions(doc_id);
CREATE INDEX ix_mentions_entity ON mentions(entity_id);

CREATE TABLE entity_roles (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    entity_id   TEXT NOT NULL,
    title       TEXT NOT NULL,
    "of"        TEXT,
    "from"      TEXT,
    until       TEXT,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX ix_entity_roles_entity ON entity_roles(entity_id);

CREATE TABLE time_expressions (
    {{INSERTION_ORDER}}
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    earliest    TEXT NOT NULL,
    latest      TEXT NOT NULL,
    precision   TEXT NOT NULL,
    anchored    INTEGER NOT NULL,
    duration    INTEGER NOT NULL,
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX ix_time_expressions_doc ON time_expressions(doc_id);

CREATE TABLE event_mentions (
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    seq             INTEGER NOT NULL,
    type            TEXT NOT NULL,
    status          TEXT NOT NULL,
    date_earliest   TEXT,
    date_latest     TEXT,
    date_precision  TEXT,
    place           TEXT,
    actors          TEXT NOT NULL DEFAULT '[]',
    targets         TEXT NOT NULL DEFAULT '[]',
    mediators       TEXT NOT NULL DEFAULT '[]',
    topics          TEXT NOT NULL DEFAULT '[]',
    quantities      TEXT NOT NULL DEFAULT '[]',  -- JSON [{"kind": .., "value": .., "approximate": ..}]
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    quote           TEXT NOT NULL,
    via             TEXT,
    trigger         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, key),
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX ix_event_mentions_type ON event_mentions(type);
CREATE INDEX ix_event_mentions_date ON event_mentions(date_earliest, date_latest);

CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    speaker     TEXT,
    via         TEXT,
    stance      TEXT NOT NULL,
    event_key   TEXT,
    event_id    TEXT,
    topics      TEXT NOT NULL DEFAULT '[]',
    "values"    TEXT NOT NULL DEFAULT '[]',  -- JSON [{"attribute": .., "value": .., "negated": .., "subject": ..}]
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX ix_claims_doc ON claims(doc_id);
CREATE INDEX ix_claims_event ON claims(event_id);

CREATE TABLE positions (
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    actor           TEXT NOT NULL,
    topic           TEXT NOT NULL,
    stance          TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    quote           TEXT NOT NULL,
    date_earliest   TEXT,
    date_latest     TEXT,
    date_precision  TEXT,
    PRIMARY KEY (doc_id, seq),
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX ix_positions_actor_topic ON positions(actor, topic);

-- Cross-document results, replaced as a whole by each merge.
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    status          TEXT NOT NULL,
    date_earliest   TEXT,
    date_latest     TEXT,
    date_precision  TEXT,
    place           TEXT,
    actors          TEXT NOT NULL DEFAULT '[]',
    targets         TEXT NOT NULL DEFAULT '[]',
    mediators       TEXT NOT NULL DEFAULT '[]',
    topics          TEXT NOT NULL DEFAULT '[]',
    quantities      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX ix_events_date ON events(date_earliest, date_latest);
CREATE INDEX ix_events_type ON events(type);

CREATE TABLE event_links (
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    doc_id      TEXT NOT NULL,
    mention_key TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id, mention_key),
    FOREIGN KEY (doc_id, mention_key) REFERENCES event_mentions(doc_id, key) ON DELETE CASCADE
);
CREATE INDEX ix_event_links_mention ON event_links(doc_id, mention_key);

CREATE TABLE contradictions (
    id          TEXT PRIMARY KEY,
    event_id    TEXT,
    attribute   TEXT NOT NULL,
    claims      TEXT NOT NULL,     -- JSON array of claim ids
    "values"    TEXT NOT NULL      -- JSON array of strings, one a claim
);
CREATE INDEX ix_contradictions_event ON contradictions(event_id);

-- Full-text index over the documents: FTS5 kept in step by triggers in SQLite, a generated tsvector column with a
-- GIN index in PostgreSQL ('simple' configuration: case-folded words, no stemming, as FTS5's default tokenizer).
-- only sqlite
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
-- end only

-- only postgresql
ALTER TABLE documents ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX ix_documents_search ON documents USING gin (search);
-- end only
