-- Schema version 9: which process runs a harvest (host, process id and its start time) and when it last showed it was
-- alive (heartbeat_at, PostgreSQL only). A process killed with kill -9 cannot mark its run failed; with these the next
-- harvest or status tells a dead run from one still running on another worker and marks it failed (interrupted).

ALTER TABLE harvest_run ADD COLUMN host TEXT;
ALTER TABLE harvest_run ADD COLUMN pid BIGINT;
ALTER TABLE harvest_run ADD COLUMN process_started_at TIMESTAMPTZ;
ALTER TABLE harvest_run ADD COLUMN heartbeat_at TIMESTAMPTZ;
