-- Recurring schedules. days is a comma-separated list of java.time.DayOfWeek names (MONDAY,TUESDAY);
-- start and end are minutes after local midnight; instants are INTEGER milliseconds since 1970 (UTC).
CREATE TABLE schedules (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    days          TEXT    NOT NULL CHECK (length(days) > 0),
    start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1439 AND end_minute <> start_minute),
    action        TEXT    NOT NULL CHECK (action IN ('block', 'focus')),
    strict        INTEGER NOT NULL CHECK (strict IN (0, 1)),
    enabled       INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    updated_at    INTEGER NOT NULL,
    skipped_start INTEGER
);
