package com.focusflow.hosts;

/**
 * Why a hosts-file operation or a host name was refused. The message is complete and safe to show (control
 * characters escaped); callers map the {@link Kind} to their own error model.
 */
public final class HostsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** A name that is not a plain, blockable host name. */
        INVALID_NAME,
        /** The hosts file does not exist. */
        NOT_FOUND,
        /** This process may not replace the hosts file; nothing was written. */
        PERMISSION_DENIED,
        /** Reading or writing failed (disk full, I/O error, an encoding FocusFlow cannot edit safely). */
        IO
    }

    private final Kind kind;

    public HostsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public HostsException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
