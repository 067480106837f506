-- Parley schema, version 7: the cross-document pass after an ingest merges again only what the ingest touched.
--
-- merge_pending: what changed since the last pass, written with the documents. A stored or replaced document leaves
-- one row naming it (type NULL); a document deleted or replaced leaves one row for each event mention it held, with
-- the mention's type, dates and the merged event that held it, since those rows are gone once the pass runs. The pass
-- reads these rows and deletes exactly the ones it read, in its own transaction.
CREATE TABLE merge_pending (
    seq             {{ROW_ID}},
    doc_id          TEXT NOT NULL,
    type            TEXT,
    date_earliest   TEXT,
    date_latest     TEXT,
    date_precision  TEXT,
    event_id        TEXT
);

-- merge_blocks: for each event type, stretches of days no merge group crosses (a group's first start day to the last
-- day of its narrower mentions, overlapping ones joined), written by the pass. A change inside a block, or within
-- a day of it, re-merges that block; the rest stays as stored.
CREATE TABLE merge_blocks (
    type        TEXT NOT NULL,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    PRIMARY KEY (type, first_day)
);

-- merge_between_claims: the claims the contradictions between claims look at (they lay blame, answer another, or are
-- answered), judged by the pass with the pack's words, so it never reads every claim's quote again.
CREATE TABLE merge_between_claims (
    claim_id    TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    doc_id      TEXT NOT NULL
);
CREATE INDEX ix_merge_between_claims_doc ON merge_between_claims(doc_id);

-- merge_state: what the stored merge was made with (the pack's fingerprint). A store merged before this version
-- has none, so its next pass runs over everything and fills the tables above.
CREATE TABLE merge_state (
    name    TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
