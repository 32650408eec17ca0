-- A conversation row is rewritten on every turn. Room left on each page lets Postgres write the new
-- version beside the old one without touching the indexes (a HOT update) and reclaim the old version
-- as it goes, without waiting for a vacuum.
ALTER TABLE conversations SET (fillfactor = 70);
