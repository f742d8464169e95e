package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import com.focusflow.persistence.FocusFlowDatabase;

/**
 * The promise of the architecture: with a focus session running and blocking engaged, any FocusFlow
 * implementation bundle can be replaced by a newer build of itself (directly, through load/, through the Web
 * Console's Bundles page) and the session keeps running with its time, the hosts file holds exactly one
 * FocusFlow block the whole time with the user's lines intact, blocked apps are still closed, and no data is
 * lost. Uninstalling blocking removes the block; installing it again restores it.
 */
class UpdateDuringSessionTest {

    static final List<String> IMPLEMENTATION_BUNDLES = List.of("com.focusflow.session", "com.focusflow.blocking",
            "com.focusflow.analytics", "com.focusflow.sync", "com.focusflow.ui", "com.focusflow.console",
            "com.focusflow.http", "com.focusflow.deploy", "com.focusflow.persistence");
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String USER_LINES = "# the user's hosts file\r\n127.0.0.1 localhost\r\n::1 localhost\r\n"
            + "10.0.0.5 nas.home # my NAS\r\n";
    static final String SITE = "hot-update-itest.com";
    static final String STATISTICS = "daily_analytics";
    static final List<String> TABLES = List.of("sessions", "blocked_items", "blocking_state", STATISTICS, "schema_version");

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockListService> blockListService;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockingService> blockingService;
    @InjectService(timeout = 30_000)
    ServiceAware<HealthService> healthService;
    @InjectService(timeout = 30_000)
    ServiceAware<SessionService> sessionService;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configAdmin;

    private final List<Process> victims = new CopyOnWriteArrayList<>();
    private Path dir;
    private Path hosts;
    private String app;

    @BeforeEach
    void sessionWithBlockEngaged() throws Exception {
        dir = Files.createDirectories(Path.of(context.getProperty("focusflow.home"), "update-itest"));
        hosts = Files.createTempFile(dir, "hosts-", "");
        Files.writeString(hosts, USER_LINES, StandardCharsets.ISO_8859_1);
        configAdmin.getConfiguration(BlockingTest.HOSTS_PID, "?").update(new Hashtable<>(Map.of("path", hosts.toString(),
                "checkSeconds", 1, "flushDns", false)));
        configAdmin.getConfiguration(BlockingTest.PROCESS_PID, "?").update(new Hashtable<>(Map.of("intervalSeconds", 1,
                "graceSeconds", 0, "users", new String[] { System.getProperty("user.name") })));
        app = "ffhot" + UUID.randomUUID().toString().substring(0, 8);
        SessionService sessions = Poll.current(sessionService, TIMEOUT);
        sessions.active().ifPresent(s -> sessions.end());
        Poll.current(blockingService, TIMEOUT).setEnabled(true);
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, SITE);
        Poll.current(blockListService, TIMEOUT).add(ItemType.APP, app);
        sessions.start(StartRequest.of(SessionType.FOCUS, 120));
        Poll.until(TIMEOUT, "one block in " + hosts, () -> {
            String text = hostsText();
            return text.contains("0.0.0.0 " + SITE) && HostsSampler.problem(text, USER_LINES) == null ? true : null;
        });
    }

    @AfterEach
    void cleanUp() throws Exception {
        SessionService sessions = Poll.current(sessionService, TIMEOUT);
        sessions.active().ifPresent(s -> sessions.end());
        BlockListService blockList = Poll.current(blockListService, TIMEOUT);
        blockList.list().stream().filter(BlockedItem::enabled).forEach(i -> blockList.remove(i.id()));
        victims.forEach(Process::destroyForcibly);
        ConfigurationReset.delete(context, BlockingTest.PROCESS_PID); // back to the defaults
    }

    @Test
    void everyImplementationBundleIsUpdatedInTurnDuringTheSession() throws Exception {
        for (String name : IMPLEMENTATION_BUNDLES) {
            Bundle bundle = bundle(name);
            Version newer = newer(bundle);
            byte[] jar = BundleJars.rebuild(bundle, newer);
            survives(name, newer, () -> {
                bundle.update(new ByteArrayInputStream(jar));
                refreshUnlessItRestartsThisTest(bundle);
            });
        }
    }

    @Test
    void aNewerJarDroppedIntoTheLoadFolderUpdatesDuringTheSession() throws Exception {
        Bundle blocking = bundle("com.focusflow.blocking");
        Version newer = newer(blocking);
        Path jar = Path.of(context.getProperty("felix.fileinstall.dir"), "com.focusflow.blocking.jar");
        Files.createDirectories(jar.getParent());
        byte[] bytes = BundleJars.rebuild(blocking, newer);
        try {
            survives("com.focusflow.blocking", newer, () -> Files.write(jar, bytes));
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    @Test
    void theWebConsoleBundlesPageUpdatesDuringTheSession() throws Exception {
        Bundle session = bundle("com.focusflow.session");
        Version newer = newer(session);
        byte[] jar = BundleJars.rebuild(session, newer);
        FocusFlowHttp http = FocusFlowHttp.connect(context);
        survives("com.focusflow.session", newer, () -> {
            // The console updates in the background: stop, update, refresh, start. Wait for the refresh.
            CountDownLatch refreshed = new CountDownLatch(1);
            FrameworkListener listener = e -> {
                if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                    refreshed.countDown();
                }
            };
            context.addFrameworkListener(listener);
            String boundary = "itest" + UUID.randomUUID();
            HttpResponse<String> response = http.send(http.authorized("/system/console/bundles/install")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, Map.of("action", "install",
                            "refreshPackages", "true"), "bundlefile", "com.focusflow.session.jar", jar))).build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(refreshed.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the console's refresh").isTrue();
            context.removeFrameworkListener(listener);
        });
    }

    @Test
    void uninstallingBlockingRemovesTheBlockAndInstallingItAgainRestoresIt() throws Exception {
        Bundle blocking = bundle("com.focusflow.blocking");
        byte[] jar = BundleJars.rebuild(blocking, blocking.getVersion());
        String location = blocking.getLocation();
        HealthService health = Poll.current(healthService, TIMEOUT);

        blocking.uninstall();
        try {
            Poll.until(TIMEOUT, "the block gone with the bundle", () -> hostsText().equals(USER_LINES) ? true : null);
            HealthItem gone = health.report().items().stream()
                    .filter(i -> i.name().equals("bundle com.focusflow.blocking")).findFirst().orElseThrow();
            assertThat(gone.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(gone.message()).contains("uninstalled");
            assertThat(context.getServiceReference(BlockingService.class)).isNull();
        } finally {
            // Through this bundle's own context (osgi-test's injected one uninstalls what a test installed),
            // at the original location, so that a later bundle.update() finds the jar there.
            FrameworkUtil.getBundle(getClass()).getBundleContext().installBundle(location, new ByteArrayInputStream(jar))
                    .start();
        }

        Poll.until(TIMEOUT, "the block back", () -> hostsText().contains("0.0.0.0 " + SITE)
                && HostsSampler.problem(hostsText(), USER_LINES) == null ? true : null);
        Poll.until(TIMEOUT, "health without the uninstalled bundle", () -> health.report().items().stream()
                .noneMatch(i -> i.name().equals("bundle com.focusflow.blocking") && i.status() != HealthStatus.UP) ? true : null);
        assertVictimClosed();
    }

    /** Runs {@code update} with the hosts file sampled throughout, then checks everything the user relies on. */
    private void survives(String name, Version newer, Update update) throws Exception {
        SessionService sessions = Poll.current(sessionService, TIMEOUT);
        Stopwatch sinceBefore = Stopwatch.start();
        Session before = sessions.active().orElseThrow();
        List<BlockedItem> blockList = Poll.current(blockListService, TIMEOUT).list();
        List<String> history = historyIds(sessions);
        Map<String, Long> rows = rowCounts();

        List<String> violations;
        try (HostsSampler sampler = new HostsSampler(hosts, USER_LINES)) {
            update.run();
            Bundle updated = Poll.until(TIMEOUT, name + " " + newer + " active", () -> {
                Bundle b = bundle(name);
                return b.getVersion().equals(newer) && b.getState() == Bundle.ACTIVE ? b : null;
            });
            assertThat(updated.getSymbolicName()).isEqualTo(name);
            Poll.until(TIMEOUT, "blocking engaged again after " + name, () ->
                    Poll.current(blockingService, TIMEOUT).status().engaged() ? true : null);
            violations = sampler.stop();
            assertThat(sampler.samples()).as("samples taken during the update of " + name).isPositive();
        }
        assertThat(violations).as("the hosts file during the update of " + name).isEmpty();

        // Looked up on each try: a refresh may replace the service right after the update.
        Session after = Poll.until(TIMEOUT, "the session after " + name,
                () -> Poll.current(sessionService, TIMEOUT).active().orElse(null));
        long elapsed = sinceBefore.seconds();
        assertThat(after.id()).as("the same session after " + name).isEqualTo(before.id());
        // The session lost no time and gained none: it counted at most what the test's own monotonic clock
        // measured since `before` was read, plus the fraction of a second `before` had not shown yet.
        assertThat(after.remainingSeconds()).as("time left after " + name)
                .isBetween(before.remainingSeconds() - elapsed - 1, before.remainingSeconds());
        assertThat(HostsSampler.problem(hostsText(), USER_LINES)).isNull();
        assertThat(Poll.current(blockListService, TIMEOUT).list()).as("block list after " + name).isEqualTo(blockList);
        assertThat(historyIds(Poll.current(sessionService, TIMEOUT))).as("sessions after " + name).isEqualTo(history);
        Map<String, Long> rowsAfter = rowCounts();
        // A blocked app closed meanwhile may add the day's statistics row: nothing lost means none fewer.
        assertThat(rowsAfter.get(STATISTICS)).as("statistics rows after " + name).isGreaterThanOrEqualTo(rows.get(STATISTICS));
        rowsAfter.remove(STATISTICS);
        rows.remove(STATISTICS);
        assertThat(rowsAfter).as("rows after " + name).isEqualTo(rows);
        assertVictimClosed();
    }

    private interface Update {
        void run() throws Exception;
    }

    private void assertVictimClosed() throws Exception {
        Path copy = dir.resolve(app);
        if (!Files.exists(copy)) {
            Files.copy(Path.of("/bin/sleep"), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Process victim = new ProcessBuilder(copy.toString(), "60").start();
        victims.add(victim);
        assertThat(victim.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("blocked app " + app + " closed").isTrue();
    }

    /**
     * Refreshes the updated bundle as an operator would (Gogo {@code refresh}, the console's refreshPackages),
     * unless that would restart this test bundle, which imports the persistence API: then the bundles wired to
     * the old revision keep it until the next refresh, which is what an update without refresh means.
     */
    private void refreshUnlessItRestartsThisTest(Bundle bundle) throws InterruptedException {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (wiring.getDependencyClosure(List.of(bundle)).contains(context.getBundle())) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), e -> done.countDown());
        assertThat(done.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("refresh of " + bundle.getSymbolicName()).isTrue();
    }

    private Map<String, Long> rowCounts() throws Exception {
        DataSource db = Poll.until(TIMEOUT, "the database", () -> {
            var refs = context.getServiceReferences(DataSource.class, FocusFlowDatabase.TARGET);
            return refs.isEmpty() ? null : context.getService(refs.iterator().next());
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> historyIds(SessionService sessions) {
        return sessions.history(null, null, SessionService.MAX_PAGE_SIZE, 0).items().stream().map(Session::id).toList();
    }

    private static Version newer(Bundle bundle) {
        Version v = bundle.getVersion();
        return new Version(v.getMajor(), v.getMinor(), v.getMicro() + 1, "itest" + System.nanoTime());
    }

    private String hostsText() throws Exception {
        return new String(Files.readAllBytes(hosts), StandardCharsets.ISO_8859_1);
    }

    private Bundle bundle(String name) {
        return Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }


    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, String fileName,
            byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
