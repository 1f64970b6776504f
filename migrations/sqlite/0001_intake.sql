-- Clients are pseudonymous: a channel and that channel's user id, nothing else.
CREATE TABLE clients (
    id              INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL,
    channel_user_id TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (channel, channel_user_id)
);

-- The dialogue position and answers so far, as JSON; `version` guards against two
-- writers (compare-and-swap).
CREATE TABLE conversations (
    client_id  INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

-- Answers of the intake in progress (a draft), one row per step; cleared when the
-- intake is submitted or the client starts over.
CREATE TABLE answers (
    client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    value       TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (client_id, step)
);

-- When a client agreed to their answers being recorded, and to which text.
CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    text_version TEXT NOT NULL,
    language     TEXT NOT NULL,
    given_at     TEXT NOT NULL
);
CREATE INDEX consents_client ON consents (client_id);

-- The staff queue: one row per submitted intake.
CREATE TABLE intakes (
    id         INTEGER PRIMARY KEY,
    reference  TEXT NOT NULL UNIQUE,
    client_id  INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    status     TEXT NOT NULL DEFAULT 'new',
    language   TEXT NOT NULL,
    topics     TEXT NOT NULL,
    summary    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX intakes_status_created ON intakes (status, created_at);
