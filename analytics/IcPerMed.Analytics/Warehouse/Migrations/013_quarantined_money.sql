-- Schema version 13 (issue 15): a quarantined record keeps the money it stated when that could be read but not used
-- (a GtR fund dated before the ECB quotes its currency), so reconciliation counts it as read and quarantined and money
-- read = stored + quarantined holds to the cent.

ALTER TABLE quarantine ADD COLUMN amount DECIMAL(18,2);
ALTER TABLE quarantine ADD COLUMN currency TEXT;
