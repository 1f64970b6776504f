-- Offices and counsellors as administrators edit them in the dashboard: each save is a
-- new version (the whole directory as TOML [[office]] and [[counsellor]] tables), the
-- latest in force in place of anlauf.toml's. A version names the one it replaced, once:
-- two administrators saving from the same version cannot both win.
CREATE TABLE directory_versions (
    id         INTEGER PRIMARY KEY,
    previous   INTEGER NOT NULL UNIQUE,
    body       TEXT NOT NULL,
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
