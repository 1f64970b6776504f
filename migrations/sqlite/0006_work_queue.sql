-- The queue as a work queue. A case is claimed with a lease (claimed_until) so that two
-- staff never work on it at once; a lapsed claim is new again. `holder` is who claimed
-- it or works on it, `assignee` the counsellor it was given to; a referral names its
-- target (a directory id), a closed case its outcome code. `office` is the office the
-- client chose, kept in a column so that the queue can be filtered by it.
ALTER TABLE intakes ADD COLUMN holder TEXT;
ALTER TABLE intakes ADD COLUMN claimed_until TEXT;
ALTER TABLE intakes ADD COLUMN assignee TEXT;
ALTER TABLE intakes ADD COLUMN referred_to TEXT;
ALTER TABLE intakes ADD COLUMN outcome TEXT;
ALTER TABLE intakes ADD COLUMN office TEXT;
UPDATE intakes SET office = json_extract(summary, '$.answers.office')
    WHERE json_type(summary, '$.answers.office') = 'text';
CREATE INDEX intakes_claimed_until ON intakes (claimed_until) WHERE status = 'claimed';

-- Every change to a case: who (a staff name, `client`, `system`), when, what, and the
-- status after it. Append-only: rows are never changed (a trigger refuses it); they go
-- only with their case.
CREATE TABLE case_history (
    id        INTEGER PRIMARY KEY,
    intake_id INTEGER NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    status    TEXT NOT NULL,
    detail    TEXT
);
CREATE INDEX case_history_intake ON case_history (intake_id, id);
CREATE TRIGGER case_history_append_only BEFORE UPDATE ON case_history
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

-- Outbox messages to send at once are claimed too, by the instance whose turn wrote
-- them: another instance's sweep takes only those whose claim lapsed.
-- (channel_outbox.claimed_until exists since 0005.)

-- Which instance handles a chat's updates now, so that one chat's updates are handled
-- in order even when several instances receive them. A lease: a lapsed one is free.
CREATE TABLE chat_leases (
    channel TEXT NOT NULL,
    chat    TEXT NOT NULL,
    holder  TEXT NOT NULL,
    until   TEXT NOT NULL,
    PRIMARY KEY (channel, chat)
);
CREATE INDEX channel_inbox_chat_pending ON channel_inbox (channel, chat, id) WHERE processed_at IS NULL;
