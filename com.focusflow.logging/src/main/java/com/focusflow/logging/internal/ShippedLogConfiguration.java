package com.focusflow.logging.internal;

import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The data dir's logback.xml as shipped, set up in code. Reading that file costs Logback's XML machinery
 * (a SAX parser, Joran and its model: about 400 classes and a quarter of a second at every start); while the
 * user has not changed the file, this gives the same appenders and levels without it. The launcher says when
 * the file is the shipped one ({@value #SHIPPED}); otherwise, or without FocusFlow's launcher (tests), Logback's
 * own configurators run as usual. A later edit of the file is still picked up within 30 s, as the file promises.
 */
public final class ShippedLogConfiguration extends ContextAwareBase implements Configurator {

    /** Set to true by the launcher when {@code logback.configurationFile} is the data dir's unchanged shipped file. */
    static final String SHIPPED = "focusflow.log.shipped";
    static final long CHECK_SECONDS = 30;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String file = System.getProperty("logback.configurationFile");
        String home = System.getProperty("focusflow.home");
        if (!Boolean.getBoolean(SHIPPED) || file == null || home == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, Path.of(home, "logs"));
        EditedConfigWatch watch = new EditedConfigWatch(context, Path.of(file));
        ScheduledFuture<?> checks = context.getScheduledExecutorService().scheduleWithFixedDelay(watch, CHECK_SECONDS,
                CHECK_SECONDS, TimeUnit.SECONDS);
        context.addScheduledFuture(checks); // a reconfiguration (context.reset) cancels it
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** What run/src/main/resources/com/focusflow/launcher/logback.xml says; keep the two alike. */
    static void apply(LoggerContext context, Path logs) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logs.resolve("focusflow.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs.resolve("focusflow.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n"));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter problemsOnly = new ThresholdFilter();
        problemsOnly.setLevel(Level.WARN.levelStr);
        problemsOnly.start();
        console.addFilter(problemsOnly);
        console.setEncoder(encoder(context, "%-5level %logger{0} - %msg%n"));
        console.start();

        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("com.focusflow").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
