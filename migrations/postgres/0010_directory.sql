-- The same as migrations/sqlite/0010_directory.sql. Comments there.
CREATE TABLE directory_versions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    previous   BIGINT NOT NULL UNIQUE,
    body       TEXT NOT NULL,
    author     TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
