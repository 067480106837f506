-- Parley schema, version 10: reserved for another branch's migration (numbers must not leave a gap). It changes
-- nothing; when that branch's 0010 is merged, this file is deleted in its favour.
SELECT 1;
