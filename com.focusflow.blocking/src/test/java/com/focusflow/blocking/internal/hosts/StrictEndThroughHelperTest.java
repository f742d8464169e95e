package com.focusflow.blocking.internal.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.engage.TestControllers;
import com.focusflow.blocking.internal.list.BlockList;
import com.focusflow.blocking.internal.list.MemoryBlockListStore;
import com.focusflow.blocking.testing.RecordingEvents;
import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.Request;

/**
 * Issue 16: a strict schedule's window end reaches the helper as the block's strict end. The blocking
 * controller (as SCR wires it) engages the hosts router, whose file FocusFlow may not write, so the block
 * goes to a helper on a Unix socket; this helper records the requests it is sent. The real helper's
 * refusal of an early release is proven in reliability's HelperTest.
 */
class StrictEndThroughHelperTest {

    @TempDir
    Path dir;

    private final RecordingEvents events = new RecordingEvents();
    private final BlockList list = new BlockList(new MemoryBlockListStore(), events);
    private final ScheduledExecutorService routerThread = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Request.Engage> engages = new LinkedBlockingQueue<>();
    private TestControllers.Handle controller;
    private ServerSocketChannel helper;

    @BeforeEach
    void start() throws IOException {
        // Read-only by its permission bits: not writable for FocusFlow even when the tests run as root.
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("r--r--r--"));
        Path socket = dir.resolve("helper.sock");
        helper = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket));
        Thread serving = new Thread(() -> serve(hosts), "recording helper");
        serving.setDaemon(true);
        serving.start();

        HostsRouter router = new HostsRouter(new HostsSettings(hosts, 60, false, socket), routerThread, null, () -> {
        }, null);
        assertThat(router.probe()).as("the route when FocusFlow may not write the file").isEqualTo(Route.HELPER);
        list.add(ItemType.WEBSITE, "youtube.com");
        controller = TestControllers.create(list, new AlwaysEnabled(), events);
        controller.bindSessions(noSession());
        controller.addBlocker(new Blocker() {
            @Override
            public String name() {
                return HostsGuard.NAME;
            }

            @Override
            public void engage(BlockSet set) {
                router.engage(set);
            }

            @Override
            public void disengage() {
                router.disengage();
            }

            @Override
            public BlockerHealth health() {
                return router.health();
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        if (controller != null) {
            controller.close();
        }
        routerThread.shutdownNow();
        helper.close();
    }

    @Test
    void aStrictScheduleWindowsEndIsTheStrictEndOfTheHelpersBlock() throws Exception {
        Instant windowEnd = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        controller.addRequest(() -> new BlockingReason(BlockingReason.SCHEDULE, "Exam prep", windowEnd, true));

        Request.Engage engage = nextEngage();
        assertThat(engage.names()).contains("youtube.com");
        assertThat(engage.strictUntil()).as("the window's end, as the helper got it").isEqualTo(windowEnd);
    }

    @Test
    void aNonStrictScheduleGivesTheHelperNoStrictEnd() throws Exception {
        controller.addRequest(() -> new BlockingReason(BlockingReason.SCHEDULE, "Reading",
                Instant.now().plus(1, ChronoUnit.HOURS), false));

        assertThat(nextEngage().strictUntil()).isNull();
    }

    @Test
    void theLaterOfAStrictSessionsEndAndAStrictWindowsEndIsTheStrictEnd() throws Exception {
        controller.handleEvent(new Event(SessionTopics.STARTED, Map.of(SessionTopics.PROP_ID, "s1",
                SessionTopics.PROP_TYPE, "focus", SessionTopics.PROP_STRICT, true,
                SessionTopics.PROP_REMAINING_SECONDS, 25 * 60L)));
        Instant sessionEnd = nextEngage().strictUntil();
        assertThat(sessionEnd).as("the strict session's end").isBetween(Instant.now().plusSeconds(20 * 60),
                Instant.now().plusSeconds(25 * 60));

        Instant windowEnd = sessionEnd.plus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        controller.addRequest(() -> new BlockingReason(BlockingReason.SCHEDULE, "Deep work", windowEnd, true));
        assertThat(nextEngage().strictUntil()).as("the window outlasts the session").isEqualTo(windowEnd);

        Instant earlierWindowEnd = sessionEnd.minus(10, ChronoUnit.MINUTES);
        controller.addRequest(() -> new BlockingReason(BlockingReason.SCHEDULE, "Short", earlierWindowEnd, true));
        assertThat(nextEngage().strictUntil()).as("an earlier strict end does not shorten it").isEqualTo(windowEnd);
    }

    private Request.Engage nextEngage() throws InterruptedException {
        Request.Engage engage = engages.poll(10, TimeUnit.SECONDS);
        assertThat(engage).as("an engage request reached the helper").isNotNull();
        return engage;
    }

    /** One request line per connection, as the real helper: status names the file; engage is recorded. */
    private void serve(Path hosts) {
        while (helper.isOpen()) {
            try (SocketChannel connection = helper.accept()) {
                Request request = Request.parse(readLine(connection));
                if (request instanceof Request.Engage engage) {
                    engages.add(engage);
                }
                Answer answer = Answer.ok(Map.of("hosts", hosts.toString(), "engaged", false, "count", 0));
                connection.write(ByteBuffer.wrap((answer.toJson() + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                // closed at the end of the test
            }
        }
    }

    private static String readLine(SocketChannel connection) throws IOException {
        java.io.InputStream in = Channels.newInputStream(connection);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("no line end");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static SessionService noSession() {
        return (SessionService) Proxy.newProxyInstance(SessionService.class.getClassLoader(),
                new Class<?>[] { SessionService.class }, (proxy, method, args) -> {
                    if (method.getName().equals("active")) {
                        return Optional.<Session>empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class AlwaysEnabled implements BlockingSettings {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public void setEnabled(boolean enabled) {
            throw new UnsupportedOperationException();
        }
    }
}
