-- Sessions, as designed. Instants are INTEGER milliseconds since 1970-01-01T00:00:00Z (UTC).
CREATE TABLE sessions (
    id                       TEXT    NOT NULL PRIMARY KEY,  -- UUID
    start_time               INTEGER NOT NULL,              -- epoch millis, UTC
    end_time                 INTEGER,                       -- epoch millis, UTC; NULL while it runs
    planned_duration_minutes INTEGER NOT NULL CHECK (planned_duration_minutes BETWEEN 1 AND 720),
    actual_duration_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (actual_duration_seconds >= 0),
    session_type             TEXT    NOT NULL CHECK (session_type IN ('focus', 'break', 'custom')),
    completed                INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1))
);
CREATE INDEX sessions_start_time ON sessions (start_time);
