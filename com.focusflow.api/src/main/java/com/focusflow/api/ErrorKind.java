package com.focusflow.api;

/**
 * What went wrong, independent of where and of any transport: the HTTP bundle maps each kind to a status,
 * a Gogo command prints the message, the window shows it. In JSON errors a kind appears by its constant
 * name: {@code {"error": "INVALID_INPUT", "message": "..."}}.
 */
public enum ErrorKind {
    /** The database failed (locked, corrupt, disk full). */
    DATABASE,
    /** A file or stream operation failed. */
    IO,
    /** The operating system refused access, e.g. the hosts file is not writable. */
    PERMISSION_DENIED,
    /** The request does not fit the session state: a session already runs, none runs, or it is strict. */
    INVALID_SESSION,
    /** The caller's input is malformed or out of range. */
    INVALID_INPUT,
    /** The request conflicts with the current state of another resource, e.g. an import already runs. */
    CONFLICT,
    /** The addressed item does not exist. */
    NOT_FOUND,
    /**
     * The service that would answer is not there yet or for a moment: FocusFlow is starting, or a bundle
     * is being updated. Retrying a little later succeeds.
     */
    UNAVAILABLE
}
