-- Messages staff sent a client through the bot, shown on the case: who sent which
-- template (or free text, `template` NULL), in which language, the text as sent. The
-- message itself goes out through the outbox; `outbox_id` links it there. They go
-- with their case.
CREATE TABLE case_messages (
    id        INTEGER PRIMARY KEY,
    intake_id INTEGER NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    template  TEXT,
    language  TEXT NOT NULL,
    text      TEXT NOT NULL,
    outbox_id INTEGER
);
CREATE INDEX case_messages_intake ON case_messages (intake_id, id);
