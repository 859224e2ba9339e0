-- KPI snapshots (issue 4): the KPI values, gap matrices and trends of a quarter, frozen with what they rest on
-- (harvest times per source, model version, exchange-rate table version, label scheme), so the Executive Committee
-- reads the same numbers quarter after quarter and can see what changed.

CREATE SEQUENCE kpi_snapshot_id_seq START 1;

CREATE TABLE kpi_snapshot (
    id BIGINT PRIMARY KEY,
    quarter TEXT NOT NULL,
    taken_at TIMESTAMPTZ NOT NULL,
    model_version TEXT,
    exchange_rates TEXT,
    label_scheme TEXT NOT NULL,
    harvests TEXT NOT NULL,
    content TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

CREATE INDEX kpi_snapshot_by_quarter ON kpi_snapshot (quarter, id);
