package com.focusflow.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SectionReport;

/** A second import that arrives while one runs (e.g. the sync folder's merge) waits for it instead of failing. */
class ImportTurnsTest {

    @Test
    void aSecondImportWaitsForTheFirstAndThenRuns() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        NoteContributor notes = new NoteContributor("notes");
        DataContributor<NoteContributor.Note> slow = new DataContributor<>() {
            private boolean first = true;

            @Override
            public String section() {
                return "notes";
            }

            @Override
            public Class<NoteContributor.Note> itemType() {
                return NoteContributor.Note.class;
            }

            @Override
            public void export(java.util.function.Consumer<? super NoteContributor.Note> sink) {
                notes.export(sink);
            }

            @Override
            public synchronized ImportPlan prepareImport(List<NoteContributor.Note> items) {
                if (first) {
                    first = false;
                    firstInside.countDown();
                    try {
                        releaseFirst.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return notes.prepareImport(items);
            }
        };
        Sync sync = new Sync(() -> Map.of("notes", slow), "test", SyncTest.CLOCK);
        CompletableFuture<ImportReport> first = CompletableFuture.supplyAsync(() -> sync.importFrom(doc("a")));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ImportReport> second = CompletableFuture.supplyAsync(() -> sync.importFrom(doc("b")));

        assertThat(second).isNotDone();
        releaseFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).sections()).containsEntry("notes", new SectionReport(1, 0, 0));
        assertThat(second.get(30, TimeUnit.SECONDS).sections()).containsEntry("notes", new SectionReport(1, 0, 0));
        assertThat(notes.table).containsOnlyKeys("a", "b");
    }

    private static ByteArrayInputStream doc(String id) {
        return new ByteArrayInputStream(("{\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"" + id
                + "\",\"text\":\"t\",\"revision\":1}]}}}").getBytes(StandardCharsets.UTF_8));
    }
}
