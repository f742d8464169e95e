-- What lets a re-import of the items merged last skip its lookup, kept in the file so it holds across restarts:
-- a version that every insert, update and delete of a session bumps (by triggers: whatever writes the table),
-- and the SHA-256 of the items an import merged last with the version right after that import. While the two
-- versions are equal, the table is exactly as that import left it. A later migration that rebuilds the sessions
-- table must create the triggers again (dropping a table drops its triggers; SessionStoreTest would notice).
CREATE TABLE session_writes (
    id             INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),  -- the one row
    version        INTEGER NOT NULL CHECK (version >= 0),
    merged_print   BLOB    CHECK (merged_print IS NULL OR length(merged_print) = 32),
    merged_version INTEGER
);
INSERT INTO session_writes (id, version) VALUES (1, 0);

CREATE TRIGGER sessions_insert_bumps_version AFTER INSERT ON sessions
BEGIN
    UPDATE session_writes SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER sessions_update_bumps_version AFTER UPDATE ON sessions
BEGIN
    UPDATE session_writes SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER sessions_delete_bumps_version AFTER DELETE ON sessions
BEGIN
    UPDATE session_writes SET version = version + 1 WHERE id = 1;
END;
