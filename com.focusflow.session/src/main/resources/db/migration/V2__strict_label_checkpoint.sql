-- Strict mode, an optional label, and when the elapsed time of a running session was last saved.
ALTER TABLE sessions ADD COLUMN strict INTEGER NOT NULL DEFAULT 0 CHECK (strict IN (0, 1));
ALTER TABLE sessions ADD COLUMN label TEXT CHECK (label IS NULL OR length(label) <= 100);
ALTER TABLE sessions ADD COLUMN checkpoint_time INTEGER;  -- epoch millis, UTC

-- At most one running session, enforced by the database too. Should an old file hold more than one,
-- all but the newest are closed first with the elapsed time they had.
UPDATE sessions
   SET end_time = start_time + actual_duration_seconds * 1000
 WHERE end_time IS NULL
   AND id NOT IN (SELECT id FROM sessions WHERE end_time IS NULL ORDER BY start_time DESC, id DESC LIMIT 1);
CREATE UNIQUE INDEX sessions_one_running ON sessions ((end_time IS NULL)) WHERE end_time IS NULL;
