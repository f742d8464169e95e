-- Statistics per local day (zone of the analytics configuration), kept up to date from session and
-- blocking events. Session columns can be rebuilt from the sessions table; blocked_attempts is the only
-- record of blocked apps, so a rebuild keeps it.
CREATE TABLE daily_analytics (
    date                    TEXT    NOT NULL PRIMARY KEY,  -- ISO local date, e.g. 2026-03-29
    total_focus_seconds     INTEGER NOT NULL DEFAULT 0 CHECK (total_focus_seconds >= 0),
    sessions_started        INTEGER NOT NULL DEFAULT 0 CHECK (sessions_started >= 0),
    sessions_completed      INTEGER NOT NULL DEFAULT 0 CHECK (sessions_completed >= 0),
    blocked_attempts        INTEGER NOT NULL DEFAULT 0 CHECK (blocked_attempts >= 0),
    longest_session_seconds INTEGER NOT NULL DEFAULT 0 CHECK (longest_session_seconds >= 0),
    productivity_score      INTEGER NOT NULL DEFAULT 0 CHECK (productivity_score BETWEEN 0 AND 100)
);
