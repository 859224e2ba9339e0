-- The warehouse schema, version 1. One text for DuckDB and PostgreSQL: only types and syntax both accept.
-- Every stored row keeps its provenance: source, source id, harvest run, fetched at, raw-record hash.

CREATE SEQUENCE harvest_run_id_seq START 1;

CREATE TABLE harvest_run (
    id BIGINT PRIMARY KEY,
    source TEXT NOT NULL,
    origin TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status TEXT NOT NULL,
    projects_read BIGINT,
    projects_inserted BIGINT,
    projects_updated BIGINT,
    projects_unchanged BIGINT,
    organisations_read BIGINT,
    participations_read BIGINT,
    quarantined BIGINT,
    error TEXT
);

CREATE TABLE funder (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT
);

CREATE TABLE programme (
    funder_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    title TEXT,
    parent_code TEXT,
    harvest_run_id BIGINT NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    source_file TEXT,
    source_line BIGINT,
    PRIMARY KEY (funder_id, kind, code)
);

CREATE TABLE project (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    acronym TEXT,
    title TEXT,
    abstract TEXT,
    status TEXT,
    start_date DATE,
    end_date DATE,
    funder_id TEXT,
    framework TEXT,
    programme_code TEXT,
    call_code TEXT,
    topic_code TEXT,
    funding_scheme TEXT,
    funding_amount DECIMAL(18,2),
    funding_currency TEXT,
    funding_eur DECIMAL(18,2),
    eur_rate DECIMAL(18,6),
    eur_rate_date DATE,
    eur_rate_source TEXT,
    funding_basis TEXT,
    total_cost_amount DECIMAL(18,2),
    total_cost_eur DECIMAL(18,2),
    lead_country TEXT,
    harvest_run_id BIGINT NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    raw_hash TEXT NOT NULL,
    source_file TEXT,
    source_line BIGINT,
    PRIMARY KEY (source, source_id)
);

CREATE TABLE organisation (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT,
    activity_type TEXT,
    sme BOOLEAN,
    city TEXT,
    country TEXT,
    url TEXT,
    harvest_run_id BIGINT NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    raw_hash TEXT NOT NULL,
    source_file TEXT,
    source_line BIGINT,
    PRIMARY KEY (source, source_id)
);

CREATE TABLE participation (
    source TEXT NOT NULL,
    project_source_id TEXT NOT NULL,
    organisation_source_id TEXT NOT NULL,
    role TEXT NOT NULL,
    country TEXT,
    position INTEGER NOT NULL,
    contribution_amount DECIMAL(18,2),
    contribution_currency TEXT,
    contribution_eur DECIMAL(18,2),
    eur_rate DECIMAL(18,6),
    eur_rate_date DATE,
    eur_rate_source TEXT,
    harvest_run_id BIGINT NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    raw_hash TEXT NOT NULL,
    source_file TEXT,
    source_line BIGINT,
    PRIMARY KEY (source, project_source_id, organisation_source_id, role, position)
);

CREATE TABLE project_subject (
    source TEXT NOT NULL,
    project_source_id TEXT NOT NULL,
    scheme TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT,
    path TEXT,
    harvest_run_id BIGINT NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    source_file TEXT,
    source_line BIGINT,
    PRIMARY KEY (source, project_source_id, scheme, code)
);

CREATE SEQUENCE quarantine_id_seq START 1;

CREATE TABLE quarantine (
    id BIGINT PRIMARY KEY,
    harvest_run_id BIGINT NOT NULL,
    source TEXT NOT NULL,
    source_file TEXT,
    source_line BIGINT,
    field TEXT,
    reason TEXT NOT NULL,
    source_id TEXT,
    raw TEXT,
    quarantined_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX participation_by_project ON participation (source, project_source_id);
CREATE INDEX quarantine_by_run ON quarantine (harvest_run_id);
