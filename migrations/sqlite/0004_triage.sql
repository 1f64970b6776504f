-- Triage: the service responsible and the queue priority (1 first), kept in columns so
-- the queue can be ordered and filtered; the full assessment is in the summary. Intakes
-- from before triage get the lowest priority there was (first come, first served).
ALTER TABLE intakes ADD COLUMN service TEXT;
ALTER TABLE intakes ADD COLUMN priority INTEGER NOT NULL DEFAULT 3;
CREATE INDEX intakes_status_priority_created ON intakes (status, priority, created_at);
