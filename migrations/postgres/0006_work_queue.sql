-- The same as migrations/sqlite/0006_work_queue.sql. Comments there.
ALTER TABLE intakes ADD COLUMN holder TEXT;
ALTER TABLE intakes ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE intakes ADD COLUMN assignee TEXT;
ALTER TABLE intakes ADD COLUMN referred_to TEXT;
ALTER TABLE intakes ADD COLUMN outcome TEXT;
ALTER TABLE intakes ADD COLUMN office TEXT;
UPDATE intakes SET office = summary -> 'answers' ->> 'office'
    WHERE jsonb_typeof(summary -> 'answers' -> 'office') = 'string';
CREATE INDEX intakes_claimed_until ON intakes (claimed_until) WHERE status = 'claimed';

CREATE TABLE case_history (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    intake_id BIGINT NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
    at        TIMESTAMPTZ NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    status    TEXT NOT NULL,
    detail    TEXT
);
CREATE INDEX case_history_intake ON case_history (intake_id, id);
CREATE FUNCTION case_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case history is append-only';
END;
$$;
CREATE TRIGGER case_history_append_only BEFORE UPDATE ON case_history
    FOR EACH ROW EXECUTE FUNCTION case_history_append_only();

CREATE TABLE chat_leases (
    channel TEXT NOT NULL,
    chat    TEXT NOT NULL,
    holder  TEXT NOT NULL,
    until   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel, chat)
);
CREATE INDEX channel_inbox_chat_pending ON channel_inbox (channel, chat, id) WHERE processed_at IS NULL;
