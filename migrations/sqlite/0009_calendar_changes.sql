-- Staff changes to the counsellors' calendar from the dashboard: absences and extra
-- hours (instants, UTC), on top of anlauf.toml's hours. Removing one keeps the row
-- (removed_at), so the calendar's history stays readable.
CREATE TABLE calendar_changes (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('absence', 'extra')),
    counsellor TEXT NOT NULL,
    office     TEXT,
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE INDEX calendar_changes_span ON calendar_changes (starts_at, ends_at) WHERE removed_at IS NULL;
