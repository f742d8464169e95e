package com.focusflow.blocking.internal.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.testing.Poll;

/**
 * The component as Declarative Services drives it (issue 20 point 3): deactivated for good during a session
 * with {@code flushDns} on, it removes the block and the DNS flush after the removal still runs. The flush is
 * the injectable command ({@value HostsBlocker#FLUSH_COMMAND_PROPERTY}), a recorder script, never the
 * machine's DNS cache.
 */
class HostsBlockerTest {

    private static final String ORIGINAL = "127.0.0.1 localhost\n";

    @TempDir
    Path dir;

    @Test
    void deactivatedDuringASessionItRemovesTheBlockFlushesAndIgnoresALateEvent() throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), ORIGINAL);
        Path flushes = dir.resolve("flushes");
        Path recorder = Files.writeString(dir.resolve("flush.sh"), "#!/bin/sh\necho flushed >> '" + flushes + "'\n");
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwx------"));
        HostsBlocker blocker = new HostsBlocker(context(Map.of(HostsBlocker.FLUSH_COMMAND_PROPERTY, recorder.toString())),
                config(hosts), proxy(EventAdmin.class, Map.of()));

        blocker.engage(new BlockSet(List.of("youtube.com"), List.of()));
        assertThat(Files.readString(hosts)).contains("0.0.0.0 youtube.com");
        Poll.until(Duration.ofSeconds(10), "the flush after the engage", () -> lines(flushes) == 1 ? true : null);

        blocker.deactivate(ComponentConstants.DEACTIVATION_REASON_DISABLED);

        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
        Poll.until(Duration.ofSeconds(10), "the flush after the removal", () -> lines(flushes) == 2 ? true : null);
        // an event Event Admin was already delivering when the component went away
        assertThatCode(() -> blocker.handleEvent(new Event(BlockingTopics.BLOCKLIST_CHANGED, Map.of())))
                .doesNotThrowAnyException();
    }

    private static int lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private static BundleContext context(Map<String, String> properties) {
        return proxy(BundleContext.class, Map.of("getProperty", properties::get));
    }

    private HostsConfig config(Path hosts) {
        return proxy(HostsConfig.class, Map.of("path", key -> hosts.toString(), "checkSeconds", key -> 60,
                "flushDns", key -> true, "helperSocket", key -> ""));
    }

    /** An implementation answering {@code answers} by method name (given the first argument), null otherwise. */
    private static <T> T proxy(Class<T> type, Map<String, java.util.function.Function<Object, Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            java.util.function.Function<Object, Object> answer = answers.get(method.getName());
            return answer == null ? null : answer.apply(args == null ? null : args[0]);
        }));
    }
}
