-- Schema version 18 (issue 20): one-column indexes for the dashboard's lookups of one project (its record, participants
-- and predictions). DuckDB answers an equality on a single indexed column from its ART index, but scans the whole
-- column for a filter on two columns even where a two-column key index exists (DuckDB 1.5: the primary keys below were
-- never used for lookups), so a project page read 1,000,000 projects and 4.9 million participations. Readers filter
-- on the id column alone first and on the source after (KeyLookup). Non-unique on purpose: a source id may repeat
-- across sources, and a non-unique index never refuses an in-place update of the harvest's merge.

CREATE INDEX project_by_source_id ON project (source_id);
CREATE INDEX participation_by_project_source_id ON participation (project_source_id);
CREATE INDEX prediction_by_source_id ON prediction (source_id);
