-- The same as migrations/sqlite/0003_ledger.sql. Comments there.
CREATE TABLE channel_inbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel      TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    chat         TEXT,
    payload      TEXT NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    processed_at TIMESTAMPTZ,
    UNIQUE (channel, event_id)
);
CREATE INDEX channel_inbox_pending ON channel_inbox (channel, id) WHERE processed_at IS NULL;
CREATE INDEX channel_inbox_processed ON channel_inbox (processed_at) WHERE processed_at IS NOT NULL;

CREATE TABLE channel_outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel    TEXT NOT NULL,
    chat       TEXT NOT NULL,
    payload    JSONB NOT NULL,
    not_before TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ
);
CREATE INDEX channel_outbox_pending ON channel_outbox (channel, id) WHERE sent_at IS NULL;
CREATE INDEX channel_outbox_sent ON channel_outbox (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE channel_group_notices (
    channel    TEXT NOT NULL,
    chat       TEXT NOT NULL,
    noticed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel, chat)
);
INSERT INTO channel_group_notices (channel, chat, noticed_at)
    SELECT 'telegram', chat_id::TEXT, noticed_at FROM telegram_group_notices;
DROP TABLE telegram_group_notices;

CREATE TABLE channel_unreachable (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    since   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel, user_id)
);
INSERT INTO channel_unreachable (channel, user_id, since)
    SELECT channel, channel_user_id, unreachable_since FROM clients WHERE unreachable_since IS NOT NULL;
ALTER TABLE clients DROP COLUMN unreachable_since;

DROP TABLE telegram_updates;
DROP TABLE answers;

ALTER TABLE consents ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE consents DROP CONSTRAINT consents_client_id_fkey;
ALTER TABLE consents ADD CONSTRAINT consents_client_id_fkey
    FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE SET NULL;
ALTER TABLE intakes ADD COLUMN consent_id BIGINT REFERENCES consents (id);

-- Turns count a client's earlier intakes.
CREATE INDEX intakes_client ON intakes (client_id);
