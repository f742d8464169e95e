-- A table for the migration tests.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL -- what it says; a ';' in a comment does not end the statement
);
INSERT INTO notes (id, text) VALUES (1, 'first; with a semicolon and a '' quote');
