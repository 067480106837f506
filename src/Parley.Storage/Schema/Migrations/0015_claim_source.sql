-- Parley schema, version 15: a claim in nobody's name keeps the noun of the unnamed source that made it ("police said
-- 5,000 …", "organisers said 30,000 …"), so two such sources of one report can disagree: a claim's own restatement
-- is no contradiction, and without the noun every unnamed source of a document looked like one source.

ALTER TABLE claims ADD COLUMN source TEXT;
