-- Which sessions were written since the import merged last, so that a re-import of the same items looks up and
-- merges only those, not every item: the ids of every session inserted, updated or deleted since, by anything.
-- An import empties it when it records what it merged (session_writes.merged_print). Nothing is kept while
-- nothing is merged, nor after 100,000 writes since the merge (then the re-import merges every item, as before
-- this table): the log stays small. The bound is SessionWrites.LOGGED_WRITES; the triggers read the write
-- version that V3's triggers bump, in either order: the first 100,000 writes are logged either way.
CREATE TABLE sessions_written_since_merge (
    id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

CREATE TRIGGER sessions_insert_logs_id AFTER INSERT ON sessions
WHEN (SELECT merged_print IS NOT NULL AND version - merged_version <= 100000 FROM session_writes WHERE id = 1)
BEGIN
    INSERT OR IGNORE INTO sessions_written_since_merge (id) VALUES (NEW.id);
END;
CREATE TRIGGER sessions_update_logs_id AFTER UPDATE ON sessions
WHEN (SELECT merged_print IS NOT NULL AND version - merged_version <= 100000 FROM session_writes WHERE id = 1)
BEGIN
    INSERT OR IGNORE INTO sessions_written_since_merge (id) VALUES (OLD.id);
    INSERT OR IGNORE INTO sessions_written_since_merge (id) VALUES (NEW.id);
END;
CREATE TRIGGER sessions_delete_logs_id AFTER DELETE ON sessions
WHEN (SELECT merged_print IS NOT NULL AND version - merged_version <= 100000 FROM session_writes WHERE id = 1)
BEGIN
    INSERT OR IGNORE INTO sessions_written_since_merge (id) VALUES (OLD.id);
END;
