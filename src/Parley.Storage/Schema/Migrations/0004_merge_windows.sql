-- Parley schema, version 4: the cross-document pass reads the store one stretch of dates at a time
-- (IMergeSession.ReadEventMentions: the mentions of one type starting in a range of days).

CREATE INDEX ix_event_mentions_type_start ON event_mentions(type, date_earliest);
