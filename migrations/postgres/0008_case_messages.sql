-- The same as migrations/sqlite/0008_case_messages.sql. Comments there.
CREATE TABLE case_messages (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    intake_id BIGINT NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
    at        TIMESTAMPTZ NOT NULL,
    author    TEXT NOT NULL,
    template  TEXT,
    language  TEXT NOT NULL,
    text      TEXT NOT NULL,
    outbox_id BIGINT
);
CREATE INDEX case_messages_intake ON case_messages (intake_id, id);
