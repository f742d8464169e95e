package com.focusflow.api;

import java.util.Locale;
import java.util.Objects;

/**
 * The one exception FocusFlow services throw for failures a user or the environment can cause. It is
 * unchecked so that it crosses service calls, Gogo commands and HTTP handlers unchanged; the message is
 * written for the user (no stack trace is shown to them) and {@link #kind()} says what went wrong.
 *
 * <p>The factories format their message with {@link String#format} (locale-neutral) only when arguments
 * are given, so a message that contains user input and a {@code %} is safe without arguments.
 */
public class FocusFlowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    /**
     * @param kind what went wrong, not null
     * @param message the user-facing message, not null
     * @param cause the underlying failure, or null
     */
    public FocusFlowException(ErrorKind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Same as {@code new FocusFlowException(kind, message, null)}. */
    public FocusFlowException(ErrorKind kind, String message) {
        this(kind, message, null);
    }

    /** What went wrong; each transport maps it its own way (HTTP: a status). */
    public ErrorKind kind() {
        return kind;
    }

    /** An exception of any kind with a formatted message and no cause. */
    public static FocusFlowException of(ErrorKind kind, String format, Object... args) {
        return new FocusFlowException(kind, format(format, args));
    }

    /** {@link ErrorKind#INVALID_INPUT}: malformed or out-of-range input; name the field in the message. */
    public static FocusFlowException invalidInput(String format, Object... args) {
        return of(ErrorKind.INVALID_INPUT, format, args);
    }

    /** {@link ErrorKind#NOT_FOUND}: the addressed item does not exist. */
    public static FocusFlowException notFound(String format, Object... args) {
        return of(ErrorKind.NOT_FOUND, format, args);
    }

    /** {@link ErrorKind#INVALID_SESSION}: the request does not fit the session state. */
    public static FocusFlowException invalidSession(String format, Object... args) {
        return of(ErrorKind.INVALID_SESSION, format, args);
    }

    /** {@link ErrorKind#CONFLICT}: the request conflicts with the current state. */
    public static FocusFlowException conflict(String format, Object... args) {
        return of(ErrorKind.CONFLICT, format, args);
    }

    /** {@link ErrorKind#PERMISSION_DENIED}: say in the message how the user can grant the permission. */
    public static FocusFlowException permissionDenied(String format, Object... args) {
        return of(ErrorKind.PERMISSION_DENIED, format, args);
    }

    /** {@link ErrorKind#UNAVAILABLE}: the service is starting or being updated; say what to wait for. */
    public static FocusFlowException unavailable(String format, Object... args) {
        return of(ErrorKind.UNAVAILABLE, format, args);
    }

    /** {@link ErrorKind#DATABASE} caused by {@code cause}. */
    public static FocusFlowException database(Throwable cause, String format, Object... args) {
        return new FocusFlowException(ErrorKind.DATABASE, format(format, args), cause);
    }

    /** {@link ErrorKind#IO} caused by {@code cause}. */
    public static FocusFlowException io(Throwable cause, String format, Object... args) {
        return new FocusFlowException(ErrorKind.IO, format(format, args), cause);
    }

    private static String format(String format, Object... args) {
        Objects.requireNonNull(format, "format");
        return args == null || args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    }
}
