-- Telegram updates already applied: a redelivered update (after a restart, or a webhook
-- retried by Telegram) is recognised and skipped. Pruned after a few days.
CREATE TABLE telegram_updates (
    update_id    INTEGER PRIMARY KEY,
    processed_at TEXT NOT NULL
);
CREATE INDEX telegram_updates_processed_at ON telegram_updates (processed_at);

-- Group chats the bot has told that it works in private chats only (it says so once).
CREATE TABLE telegram_group_notices (
    chat_id    INTEGER PRIMARY KEY,
    noticed_at TEXT NOT NULL
);

-- Set when the client can no longer be reached (blocked the bot, deleted the account);
-- cleared as soon as they write again.
ALTER TABLE clients ADD COLUMN unreachable_since TEXT;
