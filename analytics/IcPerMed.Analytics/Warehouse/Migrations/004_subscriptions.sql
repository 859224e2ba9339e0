-- Quarterly KPI email (issue 6): who is subscribed to which KPIs, and an outbox that makes each quarter's email go out
-- exactly once per subscriber. An outbox row is committed as 'sending' before the SMTP conversation starts, so a
-- process that dies after the server accepted the message leaves a trace instead of sending it again on a retry.

CREATE SEQUENCE subscriber_id_seq START 1;

CREATE TABLE subscriber (
    id BIGINT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- Comma-separated KPI ids; empty means the headline set.
    kpis TEXT NOT NULL,
    -- JSON object, KPI id -> minimum absolute % change (vs the previous quarter) for the KPI to be worth an email.
    thresholds TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    active BOOLEAN NOT NULL
);

CREATE TABLE email_outbox (
    quarter TEXT NOT NULL,
    subscriber_id BIGINT NOT NULL,
    message_id TEXT NOT NULL,
    -- sending | sent | in-doubt | failed
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ,
    PRIMARY KEY (quarter, subscriber_id)
);
