package com.focusflow.sync.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.sync.SyncFormat;

/** A write after a local change reads only the months the change touched (issue 17 point 3). */
class PartialWriteTest {

    @TempDir
    Path root;

    @Test
    void aWriteOfOneMonthReadsAndWritesOnlyThatMonthAndTheCountsStayWhole() throws Exception {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        MemorySessions here = sessions(a);
        MemorySessions there = sessions(b);
        for (int month = 1; month <= 3; month++) {
            for (int i = 0; i < 10; i++) {
                put(here, "s" + month + "-" + i, Instant.parse("2026-0" + month + "-0" + (i % 9 + 1) + "T08:00:00Z"));
            }
        }
        assertThat(a.folderSync.writeOwn()).isTrue();
        b.folderSync.scan();
        assertThat(there.table).hasSize(30);
        String january = FolderNames.dataFile(a.id, SyncFormat.SESSIONS, "2026-01");
        String february = FolderNames.dataFile(a.id, SyncFormat.SESSIONS, "2026-02");
        long januaryModified = Files.getLastModifiedTime(shared.resolve(january)).toMillis();
        byte[] januaryBefore = Files.readAllBytes(shared.resolve(january));

        put(here, "new", Instant.parse("2026-02-20T08:00:00Z"));
        put(here, "s1-0", Instant.parse("2026-01-01T09:00:00Z")); // a change no event told of: not read
        here.passed = 0;
        assertThat(a.folderSync.writeOwn(Set.of(YearMonth.of(2026, 2)))).isTrue();

        assertThat(here.passed).as("February's sessions only").isEqualTo(11);
        assertThat(Files.readAllBytes(shared.resolve(january))).isEqualTo(januaryBefore);
        assertThat(Files.getLastModifiedTime(shared.resolve(january)).toMillis()).isEqualTo(januaryModified);
        assertThat(Files.readString(shared.resolve(february))).contains("\"new\"");
        assertThat(a.folderSync.status().device().counts()).containsEntry(SyncFormat.SESSIONS, 31);

        b.folderSync.scan();
        assertThat(there.table).hasSize(31).containsKey("new");
        assertThat(b.folderSync.status().peers().get(0).counts()).containsEntry(SyncFormat.SESSIONS, 31);

        here.passed = 0;
        a.folderSync.writeOwn(null);
        assertThat(here.passed).as("months unknown: everything").isEqualTo(31);
        b.folderSync.scan();
        assertThat(there.table.get("s1-0").startTime()).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
    }

    @Test
    void aChangeOfASectionWithoutPartsIsWrittenWholeWhenNoMonthChanged() throws Exception {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        MemorySessions here = sessions(a);
        sessions(b);
        put(here, "x", Instant.parse("2026-02-05T08:00:00Z"));
        a.folderSync.writeOwn();
        here.passed = 0;

        a.put("n1", "a setting or a block-list item", 1); // the notes section has no parts
        a.folderSync.writeOwn(Set.of());
        b.folderSync.scan();

        assertThat(b.notes.table).containsOnlyKeys("n1");
        assertThat(here.passed).as("no session read").isZero();
    }

    @Test
    void theFirstWriteReadsEverythingWhateverTheMonths() throws Exception {
        Device a = new Device(root, "a", Files.createDirectories(root.resolve("shared")));
        MemorySessions here = sessions(a);
        put(here, "x", Instant.parse("2025-05-05T08:00:00Z"));
        put(here, "y", Instant.parse("2026-02-05T08:00:00Z"));

        a.folderSync.writeOwn(Set.of(YearMonth.of(2026, 2)));

        assertThat(here.passed).isEqualTo(2);
        assertThat(a.folderSync.status().device().counts()).containsEntry(SyncFormat.SESSIONS, 2);
    }

    @Test
    void changedMonthsComeFromTheSessionEvents() {
        ChangedMonths changed = new ChangedMonths();
        changed.add(event(SessionTopics.ENDED, Map.of(SessionTopics.PROP_START_TIME, Instant.parse("2026-01-31T23:30:00Z"))));
        changed.add(event(SessionTopics.IMPORTED, Map.of(SessionTopics.PROP_FROM, Instant.parse("2025-11-03T10:00:00Z"),
                SessionTopics.PROP_TO, Instant.parse("2026-01-02T00:10:00Z"))));
        changed.add(event(BlockingTopics.BLOCKLIST_CHANGED, Map.of()));
        assertThat(changed.take()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
        assertThat(changed.take()).as("taken").isEmpty();

        changed.add(event(SessionTopics.IMPORTED, Map.of(SessionTopics.PROP_COUNT, 3)));
        assertThat(changed.take()).as("months unknown: all").isNull();
        changed.add(event(SessionTopics.IMPORTED, Map.of(SessionTopics.PROP_FROM, Instant.parse("2016-01-01T00:00:00Z"),
                SessionTopics.PROP_TO, Instant.parse("2026-01-01T00:00:00Z"))));
        assertThat(changed.take()).as("ten years: one whole read").isNull();
    }

    private static Event event(String topic, Map<String, ?> properties) {
        return new Event(topic, new HashMap<>(properties));
    }

    private static MemorySessions sessions(Device device) {
        MemorySessions sessions = new MemorySessions();
        device.byName.put(SyncFormat.SESSIONS, sessions);
        return sessions;
    }

    private static void put(MemorySessions sessions, String id, Instant start) {
        sessions.table.put(id, new Session(id, SessionType.FOCUS, start, start.plusSeconds(1500), 25, 1500, null, true, false,
                null));
    }
}
