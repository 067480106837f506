-- Parley schema, version 10: the cross-document pass reads the claims about the events it writes by their event
-- mention (IMergeSession.ReadEventClaims: the merged event's links joined to the claims on document and event key)
-- instead of every claim of every document a window touches. The index on the document alone becomes one on the
-- document and the event key: the same lookups by document, and the join finds a mention's claims without reading
-- the document's other claims.

DROP INDEX ix_claims_doc;
CREATE INDEX ix_claims_doc_event ON claims(doc_id, event_key);
