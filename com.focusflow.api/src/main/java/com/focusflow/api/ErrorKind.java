package com.focusflow.api;

/**
 * What went wrong, independent of where. Each kind maps to one HTTP status; in JSON errors it appears
 * by its constant name: {@code {"error": "INVALID_INPUT", "message": "..."}}.
 */
public enum ErrorKind {
    /** The database failed (locked, corrupt, disk full). HTTP 500. */
    DATABASE(500),
    /** A file or stream operation failed. HTTP 500. */
    IO(500),
    /** The operating system refused access, e.g. the hosts file is not writable. HTTP 403. */
    PERMISSION_DENIED(403),
    /** A process to act on does not exist (any more). HTTP 500. */
    PROCESS_NOT_FOUND(500),
    /** The request does not fit the session state: a session already runs, none runs, or it is strict. HTTP 409. */
    INVALID_SESSION(409),
    /** The caller's input is malformed or out of range. HTTP 400. */
    INVALID_INPUT(400),
    /** The request conflicts with the current state of another resource. HTTP 409. */
    CONFLICT(409),
    /** The addressed item does not exist. HTTP 404. */
    NOT_FOUND(404);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status code an error of this kind is answered with. */
    public int httpStatus() {
        return httpStatus;
    }
}
