-- The channel ledger, apart from conversations and the queue: what arrived (inbox), what
-- the service promised to send (outbox), group notices and unreachable marks, each keyed
-- by channel and the channel's own ids.

-- Every update, stored before it is acknowledged (the polling offset moves on or the
-- webhook answers 200). `event_id` is the channel's id (Telegram's update_id), so a
-- redelivery is recognised; `payload` is the raw JSON, kept even when it cannot be
-- parsed; `processed_at` is set in the transaction of the turn it caused.
CREATE TABLE channel_inbox (
    id           INTEGER PRIMARY KEY,
    channel      TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    chat         TEXT,
    payload      TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    processed_at TEXT,
    UNIQUE (channel, event_id)
);
CREATE INDEX channel_inbox_pending ON channel_inbox (channel, id) WHERE processed_at IS NULL;
CREATE INDEX channel_inbox_processed ON channel_inbox (processed_at) WHERE processed_at IS NOT NULL;

-- Every message the service promised to send, written in the transaction of the turn
-- that caused it and sent in order per chat; `not_before` holds it back (reminders).
CREATE TABLE channel_outbox (
    id         INTEGER PRIMARY KEY,
    channel    TEXT NOT NULL,
    chat       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    not_before TEXT,
    created_at TEXT NOT NULL,
    sent_at    TEXT
);
CREATE INDEX channel_outbox_pending ON channel_outbox (channel, id) WHERE sent_at IS NULL;
CREATE INDEX channel_outbox_sent ON channel_outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Group chats told once that the bot works in private chats only.
CREATE TABLE channel_group_notices (
    channel    TEXT NOT NULL,
    chat       TEXT NOT NULL,
    noticed_at TEXT NOT NULL,
    PRIMARY KEY (channel, chat)
);
INSERT INTO channel_group_notices (channel, chat, noticed_at)
    SELECT 'telegram', CAST(chat_id AS TEXT), noticed_at FROM telegram_group_notices;
DROP TABLE telegram_group_notices;

-- Users a channel can no longer deliver to (blocked the bot); cleared when they write.
CREATE TABLE channel_unreachable (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    since   TEXT NOT NULL,
    PRIMARY KEY (channel, user_id)
);
INSERT INTO channel_unreachable (channel, user_id, since)
    SELECT channel, channel_user_id, unreachable_since FROM clients WHERE unreachable_since IS NOT NULL;
ALTER TABLE clients DROP COLUMN unreachable_since;

-- Replaced by the inbox's (channel, event_id).
DROP TABLE telegram_updates;

-- The draft answers live in the conversation's state; this copy was never read.
DROP TABLE answers;

-- A consent record outlives its client when an intake was submitted under it: staff
-- must still see what the client agreed to after a later refusal erases the client.
CREATE TABLE consents_new (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    text_version TEXT NOT NULL,
    language     TEXT NOT NULL,
    given_at     TEXT NOT NULL
);
INSERT INTO consents_new (id, client_id, text_version, language, given_at)
    SELECT id, client_id, text_version, language, given_at FROM consents;
DROP TABLE consents;
ALTER TABLE consents_new RENAME TO consents;
CREATE INDEX consents_client ON consents (client_id);
ALTER TABLE intakes ADD COLUMN consent_id INTEGER REFERENCES consents (id);

-- Turns count a client's earlier intakes.
CREATE INDEX intakes_client ON intakes (client_id);
