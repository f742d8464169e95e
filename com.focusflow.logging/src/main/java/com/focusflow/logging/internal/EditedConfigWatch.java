package com.focusflow.logging.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * Checks whether the user has edited logback.xml since the shipped configuration was set up in code; once
 * they have, Logback reads the file itself (and from then on rescans it as the file asks).
 */
final class EditedConfigWatch implements Runnable {

    private final LoggerContext context;
    private final Path file;
    private final FileTime shipped;

    EditedConfigWatch(LoggerContext context, Path file) {
        this.context = context;
        this.file = file;
        this.shipped = modified(file);
    }

    @Override
    public void run() {
        FileTime now = modified(file);
        if (now == null || now.equals(shipped)) {
            return;
        }
        context.reset(); // also cancels this check
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        try {
            joran.doConfigure(file.toFile());
        } catch (JoranException e) {
            // Logback has recorded the problem in its status list; keep logging with the shipped setup
            ShippedLogConfiguration.apply(context, Path.of(System.getProperty("focusflow.home"), "logs"));
            context.getLogger(EditedConfigWatch.class).warn("{} could not be read ({}); the shipped logging stays", file,
                    e.getMessage());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return null;
        }
    }
}
