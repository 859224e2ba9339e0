-- Schema version 6: linked projects. The same project reported by several sources (a CORDIS grant and the
-- Research Council of Norway's list of it; one ERA PerMed project reported by each national funder) is one linked
-- project. Each member record keeps its row in project; this table says which group it is in, whether it is the
-- group's primary record (the one KPIs count), whether its money counts (false when it repeats money another member
-- reports for the same funder) and why it was linked. Rebuilt whole after every harvest.

CREATE TABLE project_link (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    link_id TEXT NOT NULL,
    is_primary BOOLEAN NOT NULL,
    funder_id TEXT,
    funding_counted BOOLEAN NOT NULL,
    method TEXT NOT NULL,
    evidence TEXT NOT NULL,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, source_id)
);
