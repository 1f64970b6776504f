-- One row the health check writes (counts up), so that /healthz fails when the database
-- answers but cannot keep a write.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    n  BIGINT NOT NULL
);
