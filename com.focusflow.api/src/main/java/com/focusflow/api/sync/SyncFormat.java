package com.focusflow.api.sync;

/** Field names, section names, version and size limits of the export document. */
public final class SyncFormat {
    /** The format version this API writes and the newest it reads; a newer one is {@code INVALID_INPUT}. */
    public static final int FORMAT_VERSION = 1;

    /** Top-level field: the format version, a number. */
    public static final String FIELD_FORMAT_VERSION = "formatVersion";
    /** Top-level field: the FocusFlow version that wrote the document, a string. */
    public static final String FIELD_APP_VERSION = "appVersion";
    /** Top-level field: when the document was written, an ISO-8601 UTC string. */
    public static final String FIELD_EXPORTED_AT = "exportedAt";
    /** Top-level field: an object of sections by name. */
    public static final String FIELD_SECTIONS = "sections";
    /** Section field: the array of items. */
    public static final String FIELD_ITEMS = "items";

    /** Section name of the sessions, contributed by the session bundle. */
    public static final String SESSIONS = "sessions";
    /** Section name of the block list, contributed by the blocking bundle. */
    public static final String BLOCKLIST = "blocklist";

    /** Longest string value an import accepts, in characters. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Most items one section may hold. */
    public static final int MAX_ITEMS_PER_SECTION = 1_000_000;
    /** Most sections a document may hold. */
    public static final int MAX_SECTIONS = 100;
    /** Deepest JSON nesting an import accepts. */
    public static final int MAX_DEPTH = 16;

    private SyncFormat() {
    }
}
