-- Schema version 8: what each harvest run read and what it stored, counted at commit, so that `reconcile` can show
-- per source and run that rows and money read equal what was stored plus what was quarantined (issue 15). One row per
-- item: the rows of one file, the funding the source states (per currency), the participants' contributions (per
-- currency), and the funding derived from the participants.

CREATE TABLE harvest_reconciliation (
    harvest_run_id BIGINT NOT NULL,
    source TEXT NOT NULL,
    item TEXT NOT NULL,
    detail TEXT NOT NULL,
    read_count BIGINT NOT NULL,
    stored_count BIGINT NOT NULL,
    quarantined_count BIGINT NOT NULL,
    read_amount DECIMAL(20,2),
    stored_amount DECIMAL(20,2),
    quarantined_amount DECIMAL(20,2),
    PRIMARY KEY (harvest_run_id, item, detail)
);
