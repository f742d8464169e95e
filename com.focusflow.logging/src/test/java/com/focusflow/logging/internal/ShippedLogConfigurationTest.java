package com.focusflow.logging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;

class ShippedLogConfigurationTest {

    @TempDir
    Path home;
    Path xml;
    LoggerContext context = new LoggerContext();

    @BeforeEach
    void dataDir() throws Exception {
        context.setMDCAdapter(new LogbackMDCAdapter()); // what Logback's SLF4J provider gives the real context
        xml = Files.writeString(home.resolve("logback.xml"), """
                <configuration>
                  <appender name="EDITED" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%msg%n</pattern></encoder>
                  </appender>
                  <logger name="com.focusflow" level="DEBUG"/>
                  <root level="INFO"><appender-ref ref="EDITED"/></root>
                </configuration>
                """);
        System.setProperty("focusflow.home", home.toString());
        System.setProperty("logback.configurationFile", xml.toString());
        System.setProperty(ShippedLogConfiguration.SHIPPED, "true");
    }

    @AfterEach
    void clear() {
        context.stop();
        System.clearProperty("focusflow.home");
        System.clearProperty("logback.configurationFile");
        System.clearProperty(ShippedLogConfiguration.SHIPPED);
    }

    @Test
    void theShippedFileIsSetUpInCodeAndLogsToTheDataDir() throws Exception {
        ExecutionStatus status = configure();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("FILE")).isInstanceOf(RollingFileAppender.class);
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("CONSOLE");
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(console.getCopyOfAttachedFiltersList()).singleElement().isInstanceOf(ThresholdFilter.class);

        context.getLogger("com.focusflow.test").info("hello from the shipped setup");

        assertThat(Files.readString(home.resolve("logs/focusflow.log"))).contains("INFO  [main] com.focusflow.test - hello from the shipped setup");
    }

    @Test
    void anEditedOrForeignFileIsLeftToLogback() throws Exception {
        System.clearProperty(ShippedLogConfiguration.SHIPPED);

        assertThat(configure()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
    }

    @Test
    void anEditAfterTheStartIsReadFromTheFile() throws Exception {
        configure();
        EditedConfigWatch watch = new EditedConfigWatch(context, xml);
        watch.run(); // unchanged: nothing happens
        assertThat(context.getLogger("com.focusflow").getLevel()).isEqualTo(Level.INFO);

        Files.setLastModifiedTime(xml, FileTime.from(Instant.now().plusSeconds(5)));
        watch.run();

        assertThat(context.getLogger("com.focusflow").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("EDITED")).isNotNull();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
    }

    private ExecutionStatus configure() {
        ShippedLogConfiguration configuration = new ShippedLogConfiguration();
        configuration.setContext(context);
        return configuration.configure(context);
    }
}
