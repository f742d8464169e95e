package com.focusflow.launcher;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * FileInstall has no SLF4J logger: without an OSGi LogService it prints to standard output (its INFO lines and
 * stack traces, e.g. "Watcher ... exiting because of interruption" at every stop, landed on the terminal under
 * the banner). cnf/runtime.bnd sends it to java.util.logging ({@code felix.fileinstall.log.default=jul}); this
 * handler puts its logger's records into FocusFlow's log file and nowhere else.
 */
final class FileInstallLog extends Handler {

    /** FileInstall's java.util.logging logger name. */
    static final String LOGGER = "fileinstall";
    /** java.util.logging keeps loggers weakly: held here, or its level and handler could be forgotten. */
    private static final Logger FILEINSTALL = Logger.getLogger(LOGGER);

    private FileInstallLog() {
    }

    static void install() {
        FILEINSTALL.setUseParentHandlers(false);
        FILEINSTALL.setLevel(Level.INFO);
        FILEINSTALL.addHandler(new FileInstallLog());
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = "FileInstall: " + record.getMessage();
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            LauncherLog.error(message, record.getThrown());
        } else if (level >= Level.WARNING.intValue()) {
            LauncherLog.warn(message + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
        } else {
            LauncherLog.info(message + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
        }
    }

    @Override
    public void flush() {
        // every record is appended whole at once
    }

    @Override
    public void close() {
        // the log file belongs to LauncherLog
    }
}
