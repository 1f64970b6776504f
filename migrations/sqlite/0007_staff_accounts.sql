-- Staff accounts for the dashboard. The email is kept lower-case (it is the login); the
-- name is unique (it is who acts in case histories and the audit log); the password is
-- kept only as an argon2 hash; `must_change` until its holder chose their own (a new
-- account's password is a one-time one). `counsellor` links an account to a
-- counsellor of the configuration (whose cases are "mine").
CREATE TABLE staff_accounts (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('counsellor', 'admin')),
    counsellor    TEXT,
    password_hash TEXT NOT NULL,
    must_change   INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    disabled_at   TEXT
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so
-- a copy of the database does not sign anyone in. `csrf` is the token every form of
-- the session carries.
CREATE TABLE staff_sessions (
    token_hash   TEXT PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
    csrf         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX staff_sessions_account ON staff_sessions (account_id);

-- Failed sign-ins, per login name, for throttling across instances; old rows are purged.
CREATE TABLE login_failures (
    id    INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    at    TEXT NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, at);

-- Who looked at or changed what, when: every view of a case and every change, sign-ins
-- and account changes. Append-only. `subject` names a case by its reference, never a
-- client's data.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT,
    detail  TEXT
);
CREATE INDEX audit_log_subject ON audit_log (subject, id);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
