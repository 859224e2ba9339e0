-- Schema version 17 (issue 20): the current decision of every classified project, stored. It holds what the
-- project_classification view decides (the newest analyst override, else the newest registered model's prediction)
-- for each project that has a decision, and is rewritten in the same transaction as every change the view's answer
-- rests on: a model registered, predictions written, an override added (Classification/Store/CurrentClassification).
-- KPI base tables and the dashboard's counts read it instead of the view, so at a million projects they read the
-- 3.5 % that are personalised medicine, not every project joined to every prediction (docs/benchmarks.md).

CREATE TABLE current_classification (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    pm BOOLEAN NOT NULL,
    c1 BOOLEAN NOT NULL,
    c2 BOOLEAN NOT NULL,
    c3 BOOLEAN NOT NULL,
    c4 BOOLEAN NOT NULL,
    c5 BOOLEAN NOT NULL,
    decided_by TEXT NOT NULL,
    PRIMARY KEY (source, source_id)
);

INSERT INTO current_classification (source, source_id, pm, c1, c2, c3, c4, c5, decided_by)
SELECT source, source_id, pm, c1, c2, c3, c4, c5, decided_by FROM project_classification WHERE decided_by IS NOT NULL;
