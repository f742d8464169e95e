-- The block list, as designed: removing an item only disables it. Values are normalized before they
-- are stored (lower-case ASCII host names; lower-case process names without .exe).
-- Instants are INTEGER milliseconds since 1970-01-01T00:00:00Z (UTC).
CREATE TABLE blocked_items (
    id         INTEGER NOT NULL PRIMARY KEY,
    item_type  TEXT    NOT NULL CHECK (item_type IN ('app', 'website')),
    value      TEXT    NOT NULL CHECK (length(value) BETWEEN 1 AND 255),
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at INTEGER NOT NULL,
    UNIQUE (item_type, value)
);
CREATE INDEX blocked_items_item_type ON blocked_items (item_type);

-- Whether blocking is enabled (BlockingService.setEnabled): one row, enabled until the user turns it off.
CREATE TABLE blocking_state (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    updated_at INTEGER NOT NULL
);
INSERT INTO blocking_state (id, enabled, updated_at) VALUES (1, 1, 0);
