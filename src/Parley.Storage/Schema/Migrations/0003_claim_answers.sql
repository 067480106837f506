-- Parley schema, version 3: a claim may answer an earlier claim of its document ("Baku dismissed the accusations"
-- answers the accusation before it), so the contradiction pass can set the two side by side even when neither
-- names an event.

ALTER TABLE claims ADD COLUMN answers TEXT;
