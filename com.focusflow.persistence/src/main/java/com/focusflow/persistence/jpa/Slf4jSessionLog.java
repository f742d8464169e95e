package com.focusflow.persistence.jpa;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** EclipseLink's log into SLF4J (FocusFlow's log file) instead of standard out. */
public class Slf4jSessionLog extends AbstractSessionLog {

    private static final String PREFIX = "org.eclipse.persistence";

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        Logger logger = LoggerFactory.getLogger(entry.getNameSpace() == null ? PREFIX : PREFIX + "." + entry.getNameSpace());
        String message = formatMessage(entry);
        Throwable error = entry.getException();
        switch (entry.getLevel()) {
            case SessionLog.SEVERE -> logger.error(message, error);
            case SessionLog.WARNING -> logger.warn(message, error);
            case SessionLog.INFO, SessionLog.CONFIG -> logger.info(message, error);
            default -> logger.debug(message, error);
        }
    }
}
