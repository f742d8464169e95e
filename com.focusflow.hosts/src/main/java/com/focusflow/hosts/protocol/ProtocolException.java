package com.focusflow.hosts.protocol;

/** A refused request: its {@link ErrorKind} and a message that names the field. */
public final class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    public ProtocolException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
