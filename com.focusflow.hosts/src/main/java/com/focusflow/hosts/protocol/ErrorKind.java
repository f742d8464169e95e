package com.focusflow.hosts.protocol;

/** The {@code error} of a refused request: {@code {"ok":false,"error":KIND,"message":...}}. */
public enum ErrorKind {
    /** Not one JSON object of the expected shape; the message names the field. */
    BAD_REQUEST,
    /** {@code v} is not a protocol version this helper speaks. */
    UNSUPPORTED_VERSION,
    /** {@code op} is not status, engage or release. */
    UNKNOWN_OP,
    /** A name that is not a plain, blockable host name. */
    INVALID_NAME,
    /** The line or the list of names is longer than allowed. */
    TOO_LARGE,
    /** The request did not arrive in time. */
    TIMEOUT,
    /** The policy does not allow this user to engage. */
    NOT_ALLOWED,
    /** Another user's block: only the user who engaged it may release or shrink it. */
    NOT_OWNER,
    /** A strict block cannot be released or shrunk before its end. */
    STRICT,
    /** The hosts file could not be changed. */
    IO
}
