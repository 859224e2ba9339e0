-- Schema version 15 (issue 18): pm has two members, the pm model and its NB-SVM twin. A prediction keeps how far apart
-- the two put the pm probability (0 to 1; null for a model saved without the twin): where they disagree, an analyst's
-- label teaches the next model most, so the review queue orders by it beside the distance to the threshold.

DROP VIEW project_classification;

ALTER TABLE prediction ADD COLUMN pm_disagreement DOUBLE PRECISION;

-- As in version 14, with the members' disagreement.
CREATE VIEW project_classification AS
SELECT p.source, p.source_id,
       CASE WHEN o.id IS NOT NULL THEN o.pm ELSE pr.pm END AS pm,
       CASE WHEN o.id IS NOT NULL THEN o.c1 ELSE pr.c1 END AS c1,
       CASE WHEN o.id IS NOT NULL THEN o.c2 ELSE pr.c2 END AS c2,
       CASE WHEN o.id IS NOT NULL THEN o.c3 ELSE pr.c3 END AS c3,
       CASE WHEN o.id IS NOT NULL THEN o.c4 ELSE pr.c4 END AS c4,
       CASE WHEN o.id IS NOT NULL THEN o.c5 ELSE pr.c5 END AS c5,
       CASE WHEN o.id IS NOT NULL THEN 'analyst' WHEN pr.source IS NOT NULL THEN coalesce(pr.decided_by, 'model') END AS decided_by,
       pr.model_version, pr.pm_score, pr.c1_score, pr.c2_score, pr.c3_score, pr.c4_score, pr.c5_score, pr.top_terms,
       o.id AS override_id, o.analyst, o.reason AS override_reason, o.created_at AS overridden_at,
       CASE WHEN pr.source IS NOT NULL THEN coalesce(pr.decided_by, 'model') END AS prediction_decided_by, pr.text_words, pr.minimum_words, pr.source_signal,
       pr.text_language, pr.model_language_share, pr.pm_disagreement
FROM project p
LEFT JOIN prediction pr
       ON pr.source = p.source AND pr.source_id = p.source_id
      AND pr.model_version = (SELECT m.version FROM classifier_model m ORDER BY m.registered_at DESC, m.version DESC LIMIT 1)
LEFT JOIN label_override o
       ON o.source = p.source AND o.source_id = p.source_id
      AND o.id = (SELECT max(x.id) FROM label_override x WHERE x.source = p.source AND x.source_id = p.source_id);
