-- Schema version 7: what the ICPerMed mapping says of a funder's programme: whether it allows funding of
-- personalised-medicine research (yes, partly, no), in what scope, its page, the public source of that fact and when
-- it was checked. Filled from national programme lists; empty for programmes other sources name (CORDIS topics).

ALTER TABLE programme ADD COLUMN allows_pm TEXT;
ALTER TABLE programme ADD COLUMN pm_scope TEXT;
ALTER TABLE programme ADD COLUMN url TEXT;
ALTER TABLE programme ADD COLUMN source_url TEXT;
ALTER TABLE programme ADD COLUMN checked_on DATE;
