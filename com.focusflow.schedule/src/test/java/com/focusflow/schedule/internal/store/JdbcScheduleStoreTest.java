package com.focusflow.schedule.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/** The real migration and statements on a real SQLite file. */
class JdbcScheduleStoreTest {

    static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path dir;
    JdbcScheduleStore store;

    @BeforeEach
    void open() {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + dir.resolve("test.db"));
        new SchemaMigrator(ScheduleDatabase.MODULE,
                MigrationScripts.fromCodeSource(JdbcScheduleStore.class, MigrationScripts.DEFAULT_FOLDER)).migrate(database);
        store = new JdbcScheduleStore(database);
    }

    @Test
    void whatIsStoredComesBackAsItWas() {
        Schedule night = schedule("n1", "Night", T1, null);
        Schedule skipped = new Schedule("w1", "Work", List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 30), ScheduleAction.FOCUS, true, false, T1, T1.plusSeconds(3600));
        store.insert(night);
        store.insert(skipped);
        assertThat(store.get("n1")).contains(night);
        assertThat(store.all()).containsExactlyInAnyOrder(night, skipped);

        Schedule renamed = schedule("n1", "Late night", T1.plusSeconds(5), null);
        assertThat(store.update(renamed)).isTrue();
        assertThat(store.get("n1")).contains(renamed);
        assertThat(store.delete("n1")).isTrue();
        assertThat(store.delete("n1")).isFalse();
        assertThat(store.all()).containsExactly(skipped);
    }

    @Test
    void mergeAddsNewOnesAndTheNewerUpdatedAtWins() {
        store.insert(schedule("a", "A here", T1, null));
        store.insert(schedule("b", "B here", T1, null));
        SectionReport report = store.merge(List.of(schedule("a", "A newer", T1.plusSeconds(1), null),
                schedule("b", "B older", T1.minusSeconds(1), null), schedule("c", "C new", T1, null)));
        assertThat(report).isEqualTo(new SectionReport(1, 1, 1));
        assertThat(store.all()).extracting(Schedule::name).containsExactlyInAnyOrder("A newer", "B here", "C new");
        assertThat(store.merge(List.of(schedule("a", "A newer", T1.plusSeconds(1), null)))).isEqualTo(new SectionReport(0, 0, 1));
    }

    @Test
    void aFailedMergeWritesNothing() {
        Schedule tooLong = schedule("x", "x".repeat(81), T1, null); // the table's CHECK refuses it
        assertThatThrownBy(() -> store.merge(List.of(schedule("ok", "Fine", T1, null), tooLong)))
                .isInstanceOf(FocusFlowException.class);
        assertThat(store.all()).isEmpty();
    }

    static Schedule schedule(String id, String name, Instant updatedAt, Instant skipped) {
        return new Schedule(id, name, List.of(DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(6, 0),
                ScheduleAction.BLOCK, false, true, updatedAt, skipped);
    }
}
