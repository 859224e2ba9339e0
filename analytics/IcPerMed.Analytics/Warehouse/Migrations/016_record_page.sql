-- Schema version 16 (issue 19): a project keeps the address of its own page at its source (CORDIS project page, NIH
-- RePORTER, UKRI GtR, SNSF Data Portal), null where the source has none. Rows harvested before are null until the
-- next harvest of their source fills them in (a changed value counts as an update).

ALTER TABLE project ADD COLUMN record_page TEXT;
