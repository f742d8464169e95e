ALTER TABLE notes ADD COLUMN created_at INTEGER; /* epoch millis, UTC */
CREATE INDEX notes_created_at ON notes (created_at);
