package com.focusflow.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Appends the launcher's own lines to {@code logs/focusflow.log} in Logback's format (the file appender only
 * exists once the framework runs, and some problems come before or after it). Lines are appended whole, so
 * they interleave cleanly with Logback's.
 */
public final class LauncherLog {

    private static final DateTimeFormatter ISO8601 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static volatile Path file;

    private LauncherLog() {
    }

    static void writeTo(Path logFile) {
        file = logFile;
    }

    /** Where the log is, for a line on the terminal that points at the details. */
    public static String location() {
        return String.valueOf(file);
    }

    public static void info(String message) {
        append("INFO ", message, null);
    }

    public static void warn(String message) {
        append("WARN ", message, null);
    }

    public static void error(String message, Throwable cause) {
        append("ERROR", message, cause);
    }

    private static void append(String level, String message, Throwable cause) {
        Path target = file;
        if (target == null) {
            return;
        }
        StringBuilder line = new StringBuilder().append(ISO8601.format(LocalDateTime.now())).append(' ').append(level)
                .append(" [").append(Thread.currentThread().getName()).append("] com.focusflow.launcher - ")
                .append(message).append(System.lineSeparator());
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        appendRaw(line);
    }

    private static void appendRaw(CharSequence text) {
        Path target = file;
        if (target == null) {
            return;
        }
        try {
            if (!Files.exists(target) && Files.getFileAttributeView(target.getParent(), PosixFileAttributeView.class) != null) {
                // Logback appends to the file this makes: owner-only from the first line, whatever the umask
                Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is best effort: the terminal has the message that matters
        }
    }

    /** A stream for bnd's launcher: its messages (and their stack traces) go to the log, not the terminal. */
    static OutputStream stream() {
        return new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    flushLine();
                } else {
                    line.write(b);
                }
            }

            @Override
            public synchronized void flush() {
                if (line.size() > 0) {
                    flushLine();
                }
            }

            private void flushLine() {
                String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return;
                }
                if (text.startsWith("\t") || text.startsWith("Caused by") || text.startsWith(" ")) {
                    appendRaw(text + System.lineSeparator()); // a stack trace continues the entry above
                } else {
                    append(text.startsWith("!") ? "ERROR" : "INFO ", "bnd launcher: " + text, null);
                }
            }
        };
    }
}
