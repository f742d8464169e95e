package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;

/** The sessions section on real SQLite files: export order, merge, idempotence, and the running session. */
class SessionSectionTest {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
    static final String WRITTEN = "SELECT count(*) FROM sessions_written_since_merge";

    @TempDir
    Path dir;
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    LiveSessions device(String name) {
        Path home = dir.resolve(name);
        home.toFile().mkdirs();
        LiveSessions live = new LiveSessions(home);
        open.add(live);
        return live;
    }

    static SessionSection section(LiveSessions live) {
        return live.section;
    }

    static List<Session> export(LiveSessions live) {
        List<Session> items = new ArrayList<>();
        section(live).export(items::add);
        return items;
    }

    static SectionReport importInto(LiveSessions live, List<Session> items) {
        return section(live).prepareImport(items).apply();
    }

    static Session ended(String id, Instant start, long actual, boolean completed) {
        return new Session(id, SessionType.FOCUS, start, start.plusSeconds(actual), 25, actual, null, completed, false, null);
    }

    static List<Session> history(int count) {
        List<Session> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(ended(UUID.nameUUIDFromBytes(("s" + i).getBytes()).toString(), T0.plusSeconds(i * 3_600L),
                    i % 3 == 0 ? 900 : 1500, i % 3 != 0));
        }
        return items;
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameExportAndASecondImportChangesNothing() {
        LiveSessions a = device("a");
        LiveSessions b = device("b");
        // more than one export and merge chunk, stored in an order that is not the export order
        List<Session> items = new ArrayList<>(history(1_234));
        Collections.reverse(items);
        assertThat(importInto(a, items)).isEqualTo(new SectionReport(1_234, 0, 0));
        a.sessions.start(StartRequest.of(SessionType.BREAK, 5));
        a.time.advance(Duration.ofMinutes(5));
        List<Session> fromA = export(a);
        assertThat(fromA).hasSize(1_235);
        assertThat(fromA).isSortedAccordingTo(Comparator.comparing(Session::startTime).thenComparing(Session::id));

        assertThat(importInto(b, fromA)).isEqualTo(new SectionReport(1_235, 0, 0));
        assertThat(export(b)).isEqualTo(fromA);
        assertThat(b.events.topics()).containsExactly("IMPORTED " + fromA.get(0).startTime() + " "
                + fromA.get(1_234).endTime() + " 1235");

        assertThat(importInto(b, fromA)).isEqualTo(new SectionReport(0, 0, 1_235));
        assertThat(export(b)).isEqualTo(fromA);
        assertThat(b.events.topics()).as("nothing changed, nothing announced").hasSize(1);
    }

    @Test
    void aMoreCompleteVersionReplacesTheLocalOneAndARunningOneFromElsewhereIsLeftOut() {
        LiveSessions b = device("b");
        String s1 = UUID.randomUUID().toString();
        String s2 = UUID.randomUUID().toString();
        String s3 = UUID.randomUUID().toString();
        String s4 = UUID.randomUUID().toString();
        importInto(b, List.of(ended(s1, T0, 900, false), ended(s2, T0.plusSeconds(7_200), 1500, true)));
        b.events.events.clear();

        Session running = new Session(s4, SessionType.FOCUS, T0.plusSeconds(20_000), null, 25, 60, 1440L, false, false, null);
        ImportPlan plan = section(b).prepareImport(List.of(ended(s1, T0, 1500, true), ended(s2, T0.plusSeconds(7_200), 600, false),
                ended(s3, T0.plusSeconds(10_000), 1500, true), running));
        assertThat(plan.report()).isEqualTo(new SectionReport(1, 1, 2));
        assertThat(export(b)).as("preparing writes nothing").extracting(Session::id).containsExactly(s1, s2);

        assertThat(plan.apply()).isEqualTo(new SectionReport(1, 1, 2));
        assertThat(export(b)).containsExactly(ended(s1, T0, 1500, true), ended(s2, T0.plusSeconds(7_200), 1500, true),
                ended(s3, T0.plusSeconds(10_000), 1500, true));
        assertThat(b.events.topics()).containsExactly("IMPORTED " + T0 + " " + T0.plusSeconds(11_500) + " 2");
        assertThat(plan.apply()).as("applying twice changes nothing").isEqualTo(new SectionReport(0, 0, 4));
    }

    @Test
    void aPlanAppliedAfterTheTableChangedMergesWithWhatIsThereNow() {
        LiveSessions b = device("b");
        String s1 = UUID.randomUUID().toString();
        String s2 = UUID.randomUUID().toString();
        ImportPlan plan = section(b).prepareImport(List.of(ended(s1, T0, 900, false), ended(s2, T0.plusSeconds(7_200), 600, false)));
        assertThat(plan.report()).isEqualTo(new SectionReport(2, 0, 0));
        // meanwhile another import brought a more complete s1 and a less complete s2
        importInto(b, List.of(ended(s1, T0, 1500, true), ended(s2, T0.plusSeconds(7_200), 300, false)));

        assertThat(plan.apply()).as("no duplicate id, nothing made less complete").isEqualTo(new SectionReport(0, 1, 1));
        assertThat(export(b)).containsExactly(ended(s1, T0, 1500, true), ended(s2, T0.plusSeconds(7_200), 600, false));
    }

    /**
     * Two devices that focused at the same time: each keeps the other's session, and each one's export (holding
     * both, overlapping) imports into the other, so a backup restores and a sync folder converges.
     */
    @Test
    void twoDevicesWhoseSessionsOverlapExchangeTheirExportsBothWays() {
        LiveSessions a = device("overlap-a");
        LiveSessions b = device("overlap-b");
        importInto(a, List.of(ended("on-laptop", T0, 1500, true)));
        importInto(b, List.of(ended("on-desktop", T0.plusSeconds(600), 1500, true)));

        assertThat(importInto(b, export(a))).isEqualTo(new SectionReport(1, 0, 0));
        assertThat(importInto(a, export(b))).as("b's export holds both, overlapping").isEqualTo(new SectionReport(1, 0, 1));
        assertThat(export(a)).isEqualTo(export(b));
    }

    /** A device whose database waits at most this long for the write lock another connection holds. */
    static final int SHORT_BUSY_MILLIS = 300;

    LiveSessions deviceWithShortLockWait(String name) {
        Path home = dir.resolve(name);
        home.toFile().mkdirs();
        return restarted(home);
    }

    /** A new store, section and lifecycle (a new EntityManagerFactory) on the database file of {@code home}. */
    LiveSessions restarted(Path home) {
        LiveSessions live = new LiveSessions(TestDatabase.at(home.resolve("focusflow.db"), SHORT_BUSY_MILLIS));
        open.add(live);
        return live;
    }

    /**
     * Imports while another connection holds the database's write lock. A lookup needs it (the plan's transaction
     * begins IMMEDIATE) and fails once the short wait is over; only an import answered without one finishes.
     */
    static SectionReport importWhileLocked(LiveSessions live, List<Session> items) throws SQLException {
        try (Connection lock = live.db.dataSource.getConnection(); Statement s = lock.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                return importInto(live, items);
            } finally {
                s.execute("ROLLBACK");
            }
        }
    }

    /** The import needed the write lock (to look up): it failed with the database locked. */
    static void assertLookedUp(LiveSessions live, List<Session> items, String why) {
        assertThatThrownBy(() -> importWhileLocked(live, items)).as(why).isInstanceOf(FocusFlowException.class)
                .hasMessageContaining("locked");
    }

    @Test
    void theItemsMergedLastAreAnsweredWithoutALookupAlsoAfterARestartButOtherItemsAreLookedUp() throws Exception {
        LiveSessions b = deviceWithShortLockWait("b");
        List<Session> items = history(1_234);
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(1_234, 0, 0));
        assertThat(importWhileLocked(b, items)).as("the same items, nothing written since").isEqualTo(new SectionReport(0, 0, 1_234));

        b.close();
        LiveSessions again = restarted(dir.resolve("b"));
        assertThat(importWhileLocked(again, items)).as("after a restart").isEqualTo(new SectionReport(0, 0, 1_234));

        List<Session> reordered = new ArrayList<>(items);
        Collections.swap(reordered, 0, 1);
        assertLookedUp(again, reordered, "other items (order counts)");
        assertThat(importInto(again, reordered)).isEqualTo(new SectionReport(0, 0, 1_234));
        assertThat(importWhileLocked(again, reordered)).as("now those are the items merged last").isEqualTo(new SectionReport(0, 0, 1_234));
        assertLookedUp(again, items, "the first items are not any more");
    }

    /** Every way a session is written, by FocusFlow or behind its back, makes the next import look every item up. */
    @Test
    void anySessionWrittenBetweenTwoImportsMakesTheNextOneLookUpAndMergeEveryItem() throws Exception {
        LiveSessions b = deviceWithShortLockWait("b");
        List<Session> items = history(600);
        Session first = items.get(0);
        importInto(b, items);

        b.db.execute("UPDATE sessions SET actual_duration_seconds = 1, completed = 0 WHERE id = '" + first.id() + "'");
        assertLookedUp(b, items, "after an UPDATE in SQL");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 1, 599));
        assertThat(export(b)).as("the more complete version is back").isEqualTo(items);
        assertThat(importWhileLocked(b, items)).as("remembered again").isEqualTo(new SectionReport(0, 0, 600));

        b.db.execute("DELETE FROM sessions WHERE id = '" + first.id() + "'");
        assertLookedUp(b, items, "after a DELETE in SQL");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(1, 0, 599));
        assertThat(export(b)).isEqualTo(items);

        Session started = b.sessions.start(StartRequest.of(SessionType.BREAK, 5));
        assertLookedUp(b, items, "after a start");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 0, 600));
        b.time.advance(SessionLifecycleTest.CHECKPOINTS);
        assertLookedUp(b, items, "after a checkpoint");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 0, 600));
        b.sessions.end();
        assertLookedUp(b, items, "after an end");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 0, 600));
        assertThat(export(b)).hasSize(601).extracting(Session::id).contains(started.id());

        Session other = ended(UUID.randomUUID().toString(), T0.minusSeconds(7_200), 600, false);
        b.db.execute("INSERT INTO sessions (id, start_time, end_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type) VALUES ('" + other.id() + "', " + other.startTime().toEpochMilli() + ", "
                + other.endTime().toEpochMilli() + ", 25, 600, 'focus')");
        assertLookedUp(b, items, "after an INSERT in SQL");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 0, 600));
        assertThat(importWhileLocked(b, items)).isEqualTo(new SectionReport(0, 0, 600));
    }

    /**
     * A re-import of the items merged last, after sessions were written, merges only the sessions written since:
     * shown with a change the triggers cannot see (a row deleted and its log entry with it), which such an import
     * then does not notice, until the log is no longer whole and every item is merged again.
     */
    @Test
    void theItemsMergedLastAreMergedAgainOnlyWhereSessionsWereWrittenSince() throws Exception {
        LiveSessions b = device("b");
        List<Session> items = history(600);
        Session unseen = items.get(10);
        Session written = items.get(20);
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(600, 0, 0));
        assertThat(b.db.count(WRITTEN)).as("the import's own writes are not logged").isZero();

        Session started = b.sessions.start(StartRequest.of(SessionType.BREAK, 5));
        b.db.execute("UPDATE sessions SET actual_duration_seconds = 1, completed = 0 WHERE id = '" + written.id() + "'",
                "DELETE FROM sessions WHERE id = '" + unseen.id() + "'",
                "DELETE FROM sessions_written_since_merge WHERE id = '" + unseen.id() + "'");
        assertThat(b.db.count(WRITTEN)).as("the start and the update").isEqualTo(2);

        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 1, 599));
        assertThat(b.sessions.get(written.id())).as("the written one merged again").contains(written);
        assertThat(b.sessions.get(unseen.id())).as("a change behind the log's back is not looked for").isEmpty();
        assertThat(b.db.count(WRITTEN)).as("merged: nothing written since").isZero();

        b.sessions.end();
        b.db.execute("UPDATE session_writes SET version = version + " + (SessionWrites.LOGGED_WRITES + 1));
        assertThat(importInto(b, items)).as("more writes than the log keeps: every item merged")
                .isEqualTo(new SectionReport(1, 0, 599));
        assertThat(export(b)).hasSize(601).contains(unseen).extracting(Session::id).contains(started.id());
    }

    @Test
    void aMergeThatAnotherWriteCameBetweenIsNotTakenForTheTable() throws Exception {
        LiveSessions b = deviceWithShortLockWait("b");
        List<Session> items = history(10);
        ImportPlan plan = section(b).prepareImport(items);
        b.sessions.start(StartRequest.of(SessionType.BREAK, 5)); // between the plan and its apply
        assertThat(plan.apply()).isEqualTo(new SectionReport(10, 0, 0));

        assertLookedUp(b, items, "the apply did not see the table as its plan did");
        assertThat(importInto(b, items)).isEqualTo(new SectionReport(0, 0, 10));
        assertThat(importWhileLocked(b, items)).isEqualTo(new SectionReport(0, 0, 10));
    }

    @Test
    void theRunningSessionHereIsNeitherReplacedNorEndedByAnImport() {
        LiveSessions a = device("a");
        Session started = a.sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        a.time.advance(Duration.ofMinutes(5));
        Session endedElsewhere = ended(started.id(), started.startTime(), 1500, true);
        Session other = ended(UUID.randomUUID().toString(), T0, 1500, true);

        assertThat(importInto(a, List.of(endedElsewhere, other))).isEqualTo(new SectionReport(1, 0, 1));

        assertThat(a.sessions.active()).get().extracting(Session::id).isEqualTo(started.id());
        assertThat(a.store.running()).hasSize(1);
        Session ended = a.sessions.end();
        assertThat(ended.actualSeconds()).as("the local measurement, not the imported one").isEqualTo(300);
        assertThat(a.sessions.get(started.id())).contains(ended);
    }

    @Test
    void aPartIsTheExportOfTheSessionsThatStartInItFromItsFirstInstantUpToItsEnd() {
        LiveSessions a = device("a");
        List<Session> items = new ArrayList<>(history(1_234)); // 1,234 hours: more than two export chunks
        importInto(a, items);
        List<Session> all = export(a);
        Instant from = T0.plusSeconds(100 * 3_600L); // a session starts exactly here: it is in
        Instant to = T0.plusSeconds(1_100 * 3_600L); // and one here: it is not

        List<Session> part = new ArrayList<>();
        boolean parted = section(a).exportPart(from, to, part::add);

        assertThat(parted).isTrue();
        assertThat(part).hasSize(1_000).containsExactlyElementsOf(all.stream()
                .filter(s -> !s.startTime().isBefore(from) && s.startTime().isBefore(to)).toList());
        List<Session> none = new ArrayList<>();
        section(a).exportPart(T0.minusSeconds(7_200), T0, none::add);
        assertThat(none).isEmpty();
    }
}
