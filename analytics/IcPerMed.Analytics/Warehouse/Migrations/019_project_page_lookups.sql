-- Schema version 19 (issue 20): the rest of the project page's lookups by one column, for the reason version 18 gives
-- (DuckDB 1.5 answers an equality or an IN list on one indexed column from its ART index and scans the table for a
-- filter on two columns). The page now reads one project's participants' organisations by their ids (an IN list),
-- its link by its id and its newest override by its id, and checks the source on the few rows found
-- (ProjectRecordLookups). Non-unique, as in version 18: a source id may repeat across sources.

CREATE INDEX organisation_by_source_id ON organisation (source_id);
CREATE INDEX project_link_by_source_id ON project_link (source_id);
CREATE INDEX label_override_by_source_id ON label_override (source_id);
