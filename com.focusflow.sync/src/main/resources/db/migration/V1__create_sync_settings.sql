-- When each portable setting (a Config Admin PID) last changed on this machine, and the portable values it
-- had then. Config Admin keeps no modification time; the settings section of an export needs one so that
-- the newer side wins on import.
CREATE TABLE sync_settings (
    pid             TEXT    NOT NULL PRIMARY KEY,  -- e.g. com.focusflow.analytics
    changed_at      INTEGER NOT NULL,              -- epoch milliseconds
    portable_values TEXT    NOT NULL               -- canonical JSON object of the portable attributes
);
