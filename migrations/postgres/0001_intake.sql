-- The same schema as migrations/sqlite/0001_intake.sql, in PostgreSQL's types:
-- identity keys, TIMESTAMPTZ instants, JSONB documents. Comments there.
CREATE TABLE clients (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         TEXT NOT NULL,
    channel_user_id TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (channel, channel_user_id)
);

CREATE TABLE conversations (
    client_id  BIGINT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    state      JSONB NOT NULL,
    version    BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE answers (
    client_id   BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    value       JSONB NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (client_id, step)
);

CREATE TABLE consents (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id    BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    text_version TEXT NOT NULL,
    language     TEXT NOT NULL,
    given_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE intakes (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference  TEXT NOT NULL UNIQUE,
    client_id  BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    status     TEXT NOT NULL DEFAULT 'new',
    language   TEXT NOT NULL,
    topics     JSONB NOT NULL,
    summary    JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX intakes_status_created ON intakes (status, created_at);
