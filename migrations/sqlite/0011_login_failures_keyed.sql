-- Failed sign-ins are counted by a keyed hash of the login typed (HMAC-SHA256 under a
-- key each process draws at start and keeps in memory only), never by the text itself:
-- a password typed into the login field is not kept. What was stored before goes.
DELETE FROM login_failures;
ALTER TABLE login_failures RENAME COLUMN login TO login_key;
