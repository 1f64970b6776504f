-- The key of each staff form that changed something (a hidden field, new at every page),
-- written in the change's transaction: the same form sent twice (a double click, a
-- resubmission after a timeout) changes nothing the second time. Pruned after a week.
CREATE TABLE form_submissions (
    key TEXT PRIMARY KEY,
    at  TEXT NOT NULL
);
