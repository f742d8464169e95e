package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleRequest;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleTopics;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncService;

/**
 * Schedules in the real framework: a window that contains now blocks sites (scratch hosts file) and apps (a
 * process this test starts) with no session running, its end releases them, a bundle update inside the window
 * keeps the block, strict schedules refuse over HTTP and Gogo, and the export/import round trip. The schedules'
 * wall clock is a {@link MovableClock} service, so a window's end comes when the test moves the clock there.
 */
// the process blocker's configuration for this class, put back after it
@WithConfiguration(pid = BlockingTest.PROCESS_PID, location = "?", properties = {
        @Property(key = "intervalSeconds", value = "1", scalar = Property.Scalar.Integer),
        @Property(key = "graceSeconds", value = "0", scalar = Property.Scalar.Integer),
        // as root (CI) the victims are root's own, which FocusFlow closes only when root is named
        @Property(key = "users", value = "user.name", source = Property.ValueSource.SystemProperty, type = Property.Type.Array) })
class ScheduleTest {

    static final String HOSTS_PID = "com.focusflow.blocking.hosts";
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String ORIGINAL = "# scratch hosts file of the schedule integration test\n127.0.0.1 localhost\n";
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    ServiceAware<AnalyticsService> analyticsService;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockListService> blockListService;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockingService> blockingService;
    @InjectService(timeout = 30_000)
    ServiceAware<ScheduleService> scheduleService;
    @InjectService(timeout = 30_000)
    ServiceAware<SyncService> syncService;
    @InjectService(timeout = 30_000)
    SessionService sessions;
    @InjectService(timeout = 30_000)
    ScheduleService firstSchedules;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configAdmin;
    @InjectService(timeout = 10_000)
    CommandProcessor shell;

    final ObjectMapper json = new ObjectMapper();
    final MovableClock clock = new MovableClock();
    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<ServiceRegistration<?>> registrations = new CopyOnWriteArrayList<>();
    final List<Process> victims = new CopyOnWriteArrayList<>();
    ServiceRegistration<Clock> clockRegistration;
    FocusFlowHttp http;
    Path dir;
    Path hosts;

    @BeforeEach
    void scratchHostsAndAMovableClock() throws Exception {
        dir = Files.createDirectories(Path.of(context.getProperty("focusflow.home"), "schedule-itest"));
        hosts = Files.createTempFile(dir, "hosts-", "");
        Files.writeString(hosts, ORIGINAL);
        configAdmin.getConfiguration(HOSTS_PID, "?").update(new Hashtable<>(Map.of("path", hosts.toString(), "checkSeconds", 1,
                "flushDns", false)));
        Dictionary<String, Object> clockProps = new Hashtable<>(Map.of("focusflow.clock", "wall"));
        clockRegistration = context.registerService(Clock.class, clock, clockProps);
        Dictionary<String, Object> topics = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, ScheduleTopics.ALL));
        registrations.add(context.registerService(EventHandler.class, (EventHandler) events::add, topics));
        sessions.active().ifPresent(s -> sessions.end());
        Poll.current(blockingService, TIMEOUT).setEnabled(true);
        http = FocusFlowHttp.connect(context);
    }

    @AfterEach
    void cleanUp() throws Exception {
        clock.move(Duration.ofDays(1)); // past every window, so even a strict schedule may go
        clockMoved();
        ScheduleService schedules = schedules();
        Poll.until(TIMEOUT, "the schedules deletable", () -> {
            for (Schedule s : schedules.list()) {
                schedules.remove(s.id());
            }
            return true;
        });
        Poll.until(TIMEOUT, "blocking released", () -> Poll.current(blockingService, TIMEOUT).status().engaged() ? null : true);
        clockRegistration.unregister();
        BlockListService blockList = Poll.current(blockListService, TIMEOUT);
        blockList.list().stream().filter(BlockedItem::enabled).forEach(i -> blockList.remove(i.id()));
        registrations.forEach(ServiceRegistration::unregister);
        victims.forEach(Process::destroyForcibly);
    }

    @Test
    void aWindowContainingNowBlocksWithoutASessionAndItsEndReleasesTheBlock() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "youtube.com");
        String app = "ffsched" + UUID.randomUUID().toString().substring(0, 8);
        Poll.current(blockListService, TIMEOUT).add(ItemType.APP, app);
        long attemptsBefore = blockedAttemptsToday();

        HttpResponse<String> created = http.postJson("/focusflow/api/v1/schedules", window("Deep work", -5, 30, false));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asText();

        Poll.until(TIMEOUT, "the block in the hosts file", () -> Files.readString(hosts).contains("0.0.0.0 youtube.com") ? true : null);
        assertThat(sessions.active()).as("no session was needed").isEmpty();
        // engaged is set once every blocker has engaged; the hosts file may show the block a moment earlier
        JsonNode blocking = Poll.until(TIMEOUT, "GET /blocking engaged", () -> {
            JsonNode status = json.readTree(http.get("/focusflow/api/v1/blocking").body());
            return status.get("engaged").asBoolean() ? status : null;
        });
        assertThat(blocking.at("/reasons/0/source").asText()).isEqualTo(BlockingReason.SCHEDULE);
        assertThat(blocking.at("/reasons/0/name").asText()).isEqualTo("Deep work");

        Process victim = startVictim(app);
        assertThat(victim.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the blocked app closed").isTrue();
        Poll.until(TIMEOUT, "the attempt in today's statistics", () -> blockedAttemptsToday() > attemptsBefore ? true : null);

        JsonNode next = json.readTree(http.get("/focusflow/api/v1/schedules/next").body());
        assertThat(next.get("open").asBoolean()).isTrue();
        assertThat(next.at("/schedules/0/id").asText()).isEqualTo(id);
        Instant end = Instant.parse(next.get("end").asText());

        clock.move(Duration.between(clock.instant(), end).plusSeconds(1));
        clockMoved();
        Poll.until(TIMEOUT, "the block released", () -> Files.readString(hosts).equals(ORIGINAL) ? true : null);
        Poll.until(TIMEOUT, "blocking disengaged", () -> Poll.current(blockingService, TIMEOUT).status().engaged() ? null : true);
        assertThat(events).extracting(Event::getTopic).containsSubsequence(ScheduleTopics.SCHEDULE_STARTED,
                ScheduleTopics.SCHEDULE_ENDED);
    }

    @Test
    void updatesOfTheScheduleAndBlockingBundlesAndARestartOfTheScheduleBundleInsideAWindowKeepTheBlock() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "reddit.com");
        schedules().add(request("Reading", -5, 60, false));
        Poll.until(TIMEOUT, "the block", () -> Files.readString(hosts).contains("0.0.0.0 reddit.com") ? true : null);

        for (String bsn : List.of("com.focusflow.schedule", "com.focusflow.blocking")) {
            bundle(bsn).update();
            Poll.until(TIMEOUT, bsn + " active again", () -> bundle(bsn).getState() == Bundle.ACTIVE ? true : null);
            Poll.until(TIMEOUT, "engaged again by the schedule after updating " + bsn, () -> {
                var status = Poll.current(blockingService, TIMEOUT).status();
                return status.engaged() && status.reasons().stream().anyMatch(r -> r.name().equals("Reading")) ? true : null;
            });
            assertThat(Files.readString(hosts)).as("blocked after updating %s", bsn).contains("0.0.0.0 reddit.com");
        }

        Bundle schedule = bundle("com.focusflow.schedule");
        schedule.stop();
        Poll.until(TIMEOUT, "released while the schedule bundle is stopped", () -> Files.readString(hosts).equals(ORIGINAL) ? true : null);
        schedule.start();
        Poll.until(TIMEOUT, "blocked again after the start", () -> Files.readString(hosts).contains("0.0.0.0 reddit.com") ? true : null);
    }

    @Test
    void aStrictScheduleRefusesBeingDeletedDisabledSkippedOrTurnedOffOverHttpAndGogo() throws Exception {
        Poll.current(blockListService, TIMEOUT).add(ItemType.WEBSITE, "twitch.tv");
        Schedule exam = schedules().add(request("Exam prep", -5, 30, true));
        Poll.until(TIMEOUT, "the block", () -> Files.readString(hosts).contains("0.0.0.0 twitch.tv") ? true : null);
        String path = "/focusflow/api/v1/schedules/" + exam.id();

        HttpResponse<String> delete = http.send(http.authorized(path).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(delete.body()).contains("CONFLICT").contains("cannot be deleted");
        HttpResponse<String> disable = http.send(http.authorized(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(window("Exam prep", -5, 30, true).replace("\"enabled\":true",
                        "\"enabled\":false"))).build());
        assertThat(disable.statusCode()).isEqualTo(409);
        assertThat(disable.body()).contains("cannot be disabled");
        assertThat(http.postJson(path + "/skip", "{}").statusCode()).isEqualTo(409);
        HttpResponse<String> off = http.send(http.authorized("/focusflow/api/v1/blocking").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build());
        assertThat(off.statusCode()).isEqualTo(409);
        assertThat(off.body()).contains("Exam prep");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandSession session = shell.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(session.execute("schedule:remove " + exam.id())).isNull();
            assertThat(session.execute("schedule:skip " + exam.id())).isNull();
            assertThat(String.valueOf(session.execute("schedule:list"))).contains("Exam prep").contains("strict")
                    .contains("open now until");
        } finally {
            session.close();
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("schedule:remove: 'Exam prep' is strict")
                .contains("schedule:skip: 'Exam prep' is strict").doesNotContain("Exception");
        assertThat(schedules().get(exam.id())).as("nothing changed").contains(exam);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 twitch.tv");
    }

    @Test
    void aFocusScheduleStartsASessionLastingTheWindowAtItsStart() throws Exception {
        ScheduleRequest window = request("Morning focus", 0, 40, false);
        schedules().add(new ScheduleRequest(window.name(), window.days(), window.start(), window.end(), "focus", false, true));
        var session = Poll.until(TIMEOUT, "the focus session", () -> sessions.active().orElse(null));
        assertThat(session.label()).isEqualTo("Morning focus");
        assertThat(session.plannedMinutes()).isBetween(39, 40);
        sessions.end();
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        HttpResponse<String> bad = http.postJson("/focusflow/api/v1/schedules",
                "{\"name\":\"Work\",\"days\":[\"MONDAY\"],\"start\":\"25:00\",\"end\":\"12:00\",\"action\":\"block\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("INVALID_INPUT").contains("start: must be a time HH:MM");
        assertThat(http.get("/focusflow/api/v1/schedules").body()).isEqualTo("[]");
    }

    @Test
    void theExportCarriesTheSchedulesAndAnImportMergesThemByIdNewerWins() throws Exception {
        SyncService sync = Poll.current(syncService, TIMEOUT);
        Schedule work = schedules().add(request("Work", 120, 180, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sync.exportTo(out);
        JsonNode exported = json.readTree(out.toByteArray()).at("/sections/schedules/items");
        assertThat(exported).hasSize(1);
        assertThat(exported.get(0).get("name").asText()).isEqualTo("Work");

        schedules().remove(work.id());
        ImportReport restored = sync.importFrom(new ByteArrayInputStream(out.toByteArray()));
        assertThat(restored.sections().get(ScheduleTopics.SECTION)).isEqualTo(new SectionReport(1, 0, 0));
        assertThat(schedules().get(work.id())).contains(work);

        String newer = out.toString(StandardCharsets.UTF_8).replace("\"Work\"", "\"Work, renamed\"")
                .replace(work.updatedAt().toString(), work.updatedAt().plusSeconds(1).toString());
        assertThat(sync.importFrom(new ByteArrayInputStream(newer.getBytes(StandardCharsets.UTF_8))).sections()
                .get(ScheduleTopics.SECTION)).isEqualTo(new SectionReport(0, 1, 0));
        assertThat(schedules().get(work.id()).orElseThrow().name()).isEqualTo("Work, renamed");
        assertThat(sync.importFrom(new ByteArrayInputStream(out.toByteArray())).sections().get(ScheduleTopics.SECTION))
                .as("an older version changes nothing").isEqualTo(new SectionReport(0, 0, 1));
    }

    /** A request for a window from {@code fromMinutes} to {@code toMinutes} around now, today, in the schedules' zone. */
    ScheduleRequest request(String name, int fromMinutes, int toMinutes, boolean strict) throws Exception {
        ZonedDateTime now = clock.instant().atZone(schedules().zone()).truncatedTo(ChronoUnit.MINUTES);
        // The day it opens, and today: a window that opened yesterday evening may still be open.
        return new ScheduleRequest(name, List.of(now.plusMinutes(fromMinutes).getDayOfWeek().name(), now.getDayOfWeek().name()),
                HH_MM.format(now.plusMinutes(fromMinutes)), HH_MM.format(now.plusMinutes(toMinutes)), "block", strict, true);
    }

    String window(String name, int fromMinutes, int toMinutes, boolean strict) throws Exception {
        return json.writeValueAsString(request(name, fromMinutes, toMinutes, strict));
    }

    /** Tells the schedules that their clock moved, as a real clock change is noticed within 30 s. */
    void clockMoved() {
        clockRegistration.setProperties(new Hashtable<>(Map.of("focusflow.clock", "wall", "moved", clock.instant().toString())));
    }

    long blockedAttemptsToday() throws Exception {
        AnalyticsService analytics = Poll.current(analyticsService, TIMEOUT);
        return analytics.daily(LocalDate.now(analytics.zone())).blockedAttempts();
    }

    ScheduleService schedules() throws Exception {
        return Poll.current(scheduleService, TIMEOUT);
    }


    Bundle bundle(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    Process startVictim(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(Path.of("/bin/sleep"), copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process victim = new ProcessBuilder(copy.toString(), "60").start();
        victims.add(victim);
        return victim;
    }
}
