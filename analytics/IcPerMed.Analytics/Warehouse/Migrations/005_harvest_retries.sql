-- Schema version 5: what a harvest had to retry on the wire (HTTP 500s, 429s, timeouts, bodies cut short), so a run's
-- record says how hard it was to get the data, not only what it stored.

ALTER TABLE harvest_run ADD COLUMN retries BIGINT;
ALTER TABLE harvest_run ADD COLUMN retry_detail TEXT;
