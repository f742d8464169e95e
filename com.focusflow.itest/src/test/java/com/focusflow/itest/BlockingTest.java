package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.notify.Notification;
import com.focusflow.api.notify.Notifier;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * Blocking in the real framework: a focus session started through {@link SessionService} engages the hosts
 * blocker (on a scratch hosts file set through Config Admin) and the process watcher (against a process this
 * test starts), and the session's end leaves the hosts file byte for byte as it was.
 */
// the process blocker's configuration for this class, put back after it
@WithConfiguration(pid = BlockingTest.PROCESS_PID, location = "?", properties = {
        @Property(key = "intervalSeconds", value = "" + BlockingTest.INTERVAL_SECONDS, scalar = Property.Scalar.Integer),
        @Property(key = "graceSeconds", value = "" + BlockingTest.GRACE_SECONDS, scalar = Property.Scalar.Integer),
        // as root (CI) the victims are root's own, which FocusFlow closes only when root is named
        @Property(key = "users", value = "user.name", source = Property.ValueSource.SystemProperty, type = Property.Type.Array) })
class BlockingTest {

    static final String HOSTS_PID = "com.focusflow.blocking.hosts";
    static final String PROCESS_PID = "com.focusflow.blocking.process";
    static final int INTERVAL_SECONDS = 1;
    static final int GRACE_SECONDS = 1;
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String ORIGINAL = "# scratch hosts file of the blocking integration test\r\n127.0.0.1 localhost\r\n"
            + "# BEGIN BLOCKLIST\r\n0.0.0.0 ads.example\r\n# END BLOCKLIST";

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockListService> blockListService;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockingService> blockingService;
    @InjectService(timeout = 30_000)
    SessionService sessions;
    @InjectService(timeout = 30_000)
    BlockingService firstBlocking;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configAdmin;
    @InjectService(timeout = 10_000)
    ServiceComponentRuntime scr;

    private final List<Notification> warnings = new CopyOnWriteArrayList<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new CopyOnWriteArrayList<>();
    private final List<Process> victims = new CopyOnWriteArrayList<>();
    private Path dir;
    private Path hosts;

    @BeforeEach
    void scratchHostsAndFastWatcher() throws Exception {
        dir = Files.createDirectories(Path.of(context.getProperty("focusflow.home"), "blocking-itest"));
        hosts = Files.createTempFile(dir, "hosts-", "");
        Files.writeString(hosts, ORIGINAL);
        configure(HOSTS_PID, Map.of("path", hosts.toString(), "checkSeconds", 1, "flushDns", false));
        awaitConfigured("com.focusflow.blocking.internal.hosts.HostsBlocker", "path", hosts.toString());
        awaitConfigured("com.focusflow.blocking.internal.process.ProcessBlocker", "graceSeconds", GRACE_SECONDS);
        registrations.add(context.registerService(Notifier.class, warnings::add, null));
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, BlockingTopics.ALL);
        registrations.add(context.registerService(EventHandler.class, (EventHandler) events::add, topics));
        sessions.active().ifPresent(s -> sessions.end());
        blocking().setEnabled(true);
    }

    @AfterEach
    void cleanUp() throws Exception {
        sessions.active().ifPresent(s -> sessions.end());
        BlockListService blockList = Poll.current(blockListService, TIMEOUT);
        blockList.list().stream().filter(BlockedItem::enabled).forEach(i -> blockList.remove(i.id()));
        registrations.forEach(ServiceRegistration::unregister);
        for (Process victim : victims) {
            victim.destroyForcibly();
        }
    }

    @Test
    void aFocusSessionBlocksSitesAndAppsAndItsEndRestoresTheHostsFileByteForByte() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "https://www.YouTube.com/watch?v=itest");
        String app = "ffitest" + UUID.randomUUID().toString().substring(0, 8);
        Poll.current(blockListService, TIMEOUT).add(ItemType.APP, app);

        sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        Poll.until(TIMEOUT, "blocking engaged", () -> blocking().status().engaged() ? true : null);
        String engaged = Poll.until(TIMEOUT, "the block in the hosts file", () -> {
            String text = Files.readString(hosts, StandardCharsets.ISO_8859_1);
            return text.contains("0.0.0.0 www.youtube.com\r\n:: www.youtube.com\r\n") ? text : null;
        });
        assertThat(count(engaged, "# >>> FocusFlow (managed, do not edit)")).isEqualTo(1);
        assertThat(count(engaged, "# <<< FocusFlow")).isEqualTo(1);
        assertThat(engaged).startsWith(ORIGINAL + "\r\n").contains("0.0.0.0 use-application-dns.net");

        Process victim = startVictim(app);
        assertThat(victim.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("the blocked app closed (its latency is measured by BlockingBench)").isTrue();
        assertThat(warnings).extracting(Notification::category).containsExactly(Notification.APP_WARNING);
        assertThat(warnings.get(0).message()).contains(app);
        Event closed = Poll.until(TIMEOUT, "APP_BLOCKED", () -> events.stream()
                .filter(e -> e.getTopic().equals(BlockingTopics.APP_BLOCKED)).findFirst().orElse(null));
        assertThat(closed.getProperty(BlockingTopics.PROP_NAME)).isEqualTo(app);
        assertThat(closed.getProperty(BlockingTopics.PROP_PID)).isEqualTo(victim.pid());

        sessions.end();
        Poll.until(TIMEOUT, "blocking disengaged", () -> blocking().status().engaged() ? null : true);
        Poll.until(TIMEOUT, "the original hosts file", () -> Files.readString(hosts).equals(ORIGINAL) ? true : null);
        assertThat(Files.readAllBytes(hosts)).isEqualTo(ORIGINAL.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(blocking().status().blockers()).allSatisfy(b -> assertThat(b.health().name()).isEqualTo("UP"));
    }

    @Test
    void aBlockEditedAwayDuringTheSessionIsPutBack() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "reddit.com");
        sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        Poll.until(TIMEOUT, "the block", () -> Files.readString(hosts).contains("0.0.0.0 reddit.com") ? true : null);

        Files.writeString(hosts, ORIGINAL + "\r\n# the user was here\r\n");

        Poll.until(TIMEOUT, "the block put back", () -> Files.readString(hosts).contains("0.0.0.0 reddit.com") ? true : null);
        Poll.until(TIMEOUT, "TAMPERED", () -> events.stream().anyMatch(e -> e.getTopic().equals(BlockingTopics.TAMPERED))
                ? true : null);
        sessions.end();
        Poll.until(TIMEOUT, "the block removed", () ->
                Files.readString(hosts).equals(ORIGINAL + "\r\n# the user was here\r\n") ? true : null);
    }

    @Test
    void anUpdateOfTheBlockingBundleKeepsTheBlockAndReengages() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "news.ycombinator.com");
        String app = "ffupdate" + UUID.randomUUID().toString().substring(0, 8);
        Poll.current(blockListService, TIMEOUT).add(ItemType.APP, app);
        sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        String engaged = Poll.until(TIMEOUT, "the block", () -> {
            String text = Files.readString(hosts);
            return text.contains("0.0.0.0 news.ycombinator.com") ? text : null;
        });
        long modified = Files.getLastModifiedTime(hosts).toMillis();

        Bundle bundle = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "com.focusflow.blocking".equals(b.getSymbolicName())).findFirst().orElseThrow();
        bundle.update();
        Poll.until(TIMEOUT, "blocking active again", () -> bundle.getState() == Bundle.ACTIVE ? true : null);
        BlockingService again = Poll.until(TIMEOUT, "BlockingService engaged again", () -> {
            BlockingService service = blocking();
            return service != firstBlocking && service.status().engaged() ? service : null;
        });

        assertThat(Files.readString(hosts)).as("no gap: the block stayed in place").isEqualTo(engaged);
        assertThat(Files.getLastModifiedTime(hosts).toMillis()).isEqualTo(modified);
        Process victim = startVictim(app);
        assertThat(victim.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(again.status().blockers()).hasSize(2);
    }

    @Test
    void stoppingTheBlockingBundleForGoodRemovesTheBlockAndStartingItBlocksAgain() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "twitch.tv");
        sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        Poll.until(TIMEOUT, "the block", () -> Files.readString(hosts).contains("0.0.0.0 twitch.tv") ? true : null);
        Bundle bundle = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "com.focusflow.blocking".equals(b.getSymbolicName())).findFirst().orElseThrow();

        bundle.stop();
        try {
            assertThat(Files.readString(hosts)).as("a stop for good removes the block").isEqualTo(ORIGINAL);
        } finally {
            bundle.start();
        }
        Poll.until(TIMEOUT, "the block again", () -> Files.readString(hosts).contains("0.0.0.0 twitch.tv") ? true : null);
    }

    private BlockingService blocking() throws Exception {
        return Poll.current(blockingService, TIMEOUT);
    }


    private Process startVictim(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(Path.of("/bin/sleep"), copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process victim = new ProcessBuilder(copy.toString(), "60").start();
        victims.add(victim);
        return victim;
    }

    private void configure(String pid, Map<String, Object> values) throws Exception {
        configAdmin.getConfiguration(pid, "?").update(new Hashtable<>(values));
    }

    /** Waits until SCR runs the component with the configuration value (the update is delivered asynchronously). */
    private void awaitConfigured(String component, String key, Object value) throws Exception {
        Poll.until(TIMEOUT, component + " with " + key + "=" + value, () -> {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
                if (d.name.equals(component)) {
                    for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                        if (c.state == ComponentConfigurationDTO.ACTIVE && value.equals(c.properties.get(key))) {
                            return true;
                        }
                    }
                }
            }
            return null;
        });
    }

    private static int count(String text, String line) {
        return (int) Pattern.compile("(?m)^" + Pattern.quote(line) + "\r?$").matcher(text).results().count();
    }
}
