-- The same as migrations/sqlite/0002_telegram.sql. Comments there.
CREATE TABLE telegram_updates (
    update_id    BIGINT PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX telegram_updates_processed_at ON telegram_updates (processed_at);

CREATE TABLE telegram_group_notices (
    chat_id    BIGINT PRIMARY KEY,
    noticed_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE clients ADD COLUMN unreachable_since TIMESTAMPTZ;
