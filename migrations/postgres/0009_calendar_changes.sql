-- The same as migrations/sqlite/0009_calendar_changes.sql. Comments there.
CREATE TABLE calendar_changes (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('absence', 'extra')),
    counsellor TEXT NOT NULL,
    office     TEXT,
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    removed_at TIMESTAMPTZ
);
CREATE INDEX calendar_changes_span ON calendar_changes (starts_at, ends_at) WHERE removed_at IS NULL;
