-- Appointments in the counsellors' slots. A slot is a counsellor and a start; a row is a
-- hold (while the client confirms), a booking, or what became of one. The database, not
-- the code, makes sure a slot is held or booked at most once: the partial unique index
-- over active rows. An expired hold is marked 'expired' before the slot is taken again.
CREATE TABLE bookings (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL,
    client_id   INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    counsellor  TEXT NOT NULL,
    office      TEXT NOT NULL,
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    format      TEXT NOT NULL,
    status      TEXT NOT NULL,
    held_until  TEXT,
    -- The language an interpreter is asked for, when no counsellor speaks the client's.
    interpreter TEXT,
    -- Languages the client can talk in (JSON array of codes).
    languages   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX bookings_one_active_per_slot ON bookings (counsellor, starts_at)
    WHERE status IN ('held', 'booked');
CREATE INDEX bookings_reference ON bookings (reference);
CREATE INDEX bookings_active_starts ON bookings (starts_at) WHERE status IN ('held', 'booked');

-- Messages held back until a time (reminders) are claimed by one sender at a time, so
-- that several instances send each once; `topic` names what they belong to
-- ('reminder:<reference>'), so that a cancellation takes its reminders back.
ALTER TABLE channel_outbox ADD COLUMN topic TEXT;
ALTER TABLE channel_outbox ADD COLUMN claimed_until TEXT;
CREATE INDEX channel_outbox_topic ON channel_outbox (topic) WHERE topic IS NOT NULL AND sent_at IS NULL;
CREATE INDEX channel_outbox_deferred ON channel_outbox (channel, not_before)
    WHERE sent_at IS NULL AND not_before IS NOT NULL;

-- The waiting list: clients for whom nothing fitted, first come, first offered. When a
-- fitting slot frees up, the first waiting is offered it with a hold and a deadline
-- ('offered'); a lapsed offer puts them back ('waiting'), that slot passed over.
CREATE TABLE waitlist (
    id            INTEGER PRIMARY KEY,
    reference     TEXT NOT NULL,
    client_id     INTEGER REFERENCES clients (id) ON DELETE CASCADE,
    languages     TEXT NOT NULL,
    topics        TEXT NOT NULL,
    office        TEXT,
    status        TEXT NOT NULL,
    offered_until TEXT,
    -- The slot on offer, passed over when the offer lapses or is declined.
    offered_counsellor TEXT,
    offered_start TEXT,
    -- Whether slots with an interpreter may be offered (not when the client chose to
    -- wait for a counsellor who speaks their language).
    interpreter_ok BOOLEAN NOT NULL DEFAULT TRUE,
    -- Slots offered and not taken ("counsellor@unix seconds"), never offered again.
    passed        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX waitlist_waiting ON waitlist (status, created_at);
CREATE INDEX waitlist_reference ON waitlist (reference);
