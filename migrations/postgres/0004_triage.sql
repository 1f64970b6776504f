-- Triage: the service responsible and the queue priority (1 first, 9 first come, first
-- served), kept in columns so the queue can be ordered and filtered; the full assessment
-- is in the summary. Intakes from before triage that were urgent (a "yes" to the old
-- urgency question, or urgency found in their words) come first; the others last.
ALTER TABLE intakes ADD COLUMN service TEXT;
ALTER TABLE intakes ADD COLUMN priority INTEGER NOT NULL DEFAULT 9;
UPDATE intakes SET priority = 1
    WHERE summary -> 'answers' -> 'urgent' = 'true'::jsonb
       OR jsonb_array_length(COALESCE(summary -> 'urgency', '[]'::jsonb)) > 0;
CREATE INDEX intakes_status_priority_created ON intakes (status, priority, created_at);
