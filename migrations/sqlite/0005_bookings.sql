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
