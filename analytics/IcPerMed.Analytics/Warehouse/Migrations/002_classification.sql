-- Classification (issue 3): trained model versions, the model's predictions with their explanations, and analyst
-- overrides, which win over the model everywhere through the project_classification view.

CREATE TABLE classifier_model (
    version TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    training_data_hash TEXT NOT NULL,
    label_scheme TEXT NOT NULL,
    metadata TEXT NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE prediction (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    model_version TEXT NOT NULL,
    pm BOOLEAN NOT NULL,
    c1 BOOLEAN NOT NULL,
    c2 BOOLEAN NOT NULL,
    c3 BOOLEAN NOT NULL,
    c4 BOOLEAN NOT NULL,
    c5 BOOLEAN NOT NULL,
    pm_score DOUBLE PRECISION NOT NULL,
    c1_score DOUBLE PRECISION NOT NULL,
    c2_score DOUBLE PRECISION NOT NULL,
    c3_score DOUBLE PRECISION NOT NULL,
    c4_score DOUBLE PRECISION NOT NULL,
    c5_score DOUBLE PRECISION NOT NULL,
    top_terms TEXT,
    predicted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, source_id, model_version)
);

CREATE SEQUENCE label_override_id_seq START 1;

CREATE TABLE label_override (
    id BIGINT PRIMARY KEY,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    pm BOOLEAN NOT NULL,
    c1 BOOLEAN NOT NULL,
    c2 BOOLEAN NOT NULL,
    c3 BOOLEAN NOT NULL,
    c4 BOOLEAN NOT NULL,
    c5 BOOLEAN NOT NULL,
    analyst TEXT NOT NULL,
    reason TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX label_override_by_project ON label_override (source, source_id);

-- The classification every query reads: the newest analyst override of a project where there is one, else the
-- prediction of the newest registered model. decided_by says which.
CREATE VIEW project_classification AS
SELECT p.source, p.source_id,
       CASE WHEN o.id IS NOT NULL THEN o.pm ELSE pr.pm END AS pm,
       CASE WHEN o.id IS NOT NULL THEN o.c1 ELSE pr.c1 END AS c1,
       CASE WHEN o.id IS NOT NULL THEN o.c2 ELSE pr.c2 END AS c2,
       CASE WHEN o.id IS NOT NULL THEN o.c3 ELSE pr.c3 END AS c3,
       CASE WHEN o.id IS NOT NULL THEN o.c4 ELSE pr.c4 END AS c4,
       CASE WHEN o.id IS NOT NULL THEN o.c5 ELSE pr.c5 END AS c5,
       CASE WHEN o.id IS NOT NULL THEN 'analyst' WHEN pr.source IS NOT NULL THEN 'model' END AS decided_by,
       pr.model_version, pr.pm_score, pr.c1_score, pr.c2_score, pr.c3_score, pr.c4_score, pr.c5_score, pr.top_terms,
       o.id AS override_id, o.analyst, o.reason AS override_reason, o.created_at AS overridden_at
FROM project p
LEFT JOIN prediction pr
       ON pr.source = p.source AND pr.source_id = p.source_id
      AND pr.model_version = (SELECT m.version FROM classifier_model m ORDER BY m.registered_at DESC, m.version DESC LIMIT 1)
LEFT JOIN label_override o
       ON o.source = p.source AND o.source_id = p.source_id
      AND o.id = (SELECT max(x.id) FROM label_override x WHERE x.source = p.source AND x.source_id = p.source_id);
