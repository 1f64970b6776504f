-- An update whose processing failed for good (not because the database was down) is
-- parked with the kind of failure, so that its chat goes on; `anlauf updates retry`
-- gives it back (`retried_at`), and a running instance takes it up again.
ALTER TABLE channel_inbox ADD COLUMN parked_at TIMESTAMPTZ;
ALTER TABLE channel_inbox ADD COLUMN parked_reason TEXT;
ALTER TABLE channel_inbox ADD COLUMN retried_at TIMESTAMPTZ;
CREATE INDEX channel_inbox_parked ON channel_inbox (parked_at) WHERE parked_at IS NOT NULL;
