-- Schema version 11: a snapshot reconstructed after the fact (issue 15) says which day the data stood as of, the
-- quarter's last day; NULL for a snapshot taken of the warehouse as it was when the snapshot was taken.

ALTER TABLE kpi_snapshot ADD COLUMN as_of DATE;
