-- Schema version 12 (issue 15): one origin per figure. A snapshot keeps the PM projects it counted, with the numbers
-- it counted them with (classification, money, lead country), so an export of a quarter with a snapshot lists exactly
-- the projects behind the snapshot's KPIs, even after a later correction or harvest.

CREATE TABLE kpi_snapshot_project (
    snapshot_id BIGINT NOT NULL,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    pm BOOLEAN,
    c1 BOOLEAN,
    c2 BOOLEAN,
    c3 BOOLEAN,
    c4 BOOLEAN,
    c5 BOOLEAN,
    decided_by TEXT,
    model_version TEXT,
    pm_score DOUBLE PRECISION,
    funding_amount DECIMAL(18,2),
    funding_currency TEXT,
    funding_eur DECIMAL(18,2),
    lead_country TEXT,
    PRIMARY KEY (snapshot_id, source, source_id)
);

-- TRUE once the snapshot's project list is stored: a snapshot taken before this version has none (and is exported live).
ALTER TABLE kpi_snapshot ADD COLUMN projects_listed BOOLEAN;
