package com.focusflow.config.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.felix.utils.properties.TypedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CfgWriterTest {

    @TempDir
    Path dir;

    private final CfgWriter writer = new CfgWriter(StandardCharsets.ISO_8859_1, null);

    @Test
    void aChangedValueIsWrittenTypedAndTheCommentsAndOtherLinesStay() throws Exception {
        Path cfg = Files.writeString(dir.resolve("com.focusflow.analytics.cfg"),
                "# my goal, set by hand\ndailyGoalMinutes=100\nzone=Europe/Berlin\n", StandardCharsets.ISO_8859_1);

        assertThat(writer.write(cfg, Map.of("dailyGoalMinutes", 95, "zone", "Europe/Berlin",
                "service.pid", "com.focusflow.analytics", "felix.fileinstall.filename", cfg.toUri().toString()))).isTrue();

        String text = Files.readString(cfg, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("# my goal, set by hand").containsPattern("dailyGoalMinutes\\s*=\\s*I\"95\"")
                .contains("Europe/Berlin").doesNotContain("service.pid").doesNotContain("fileinstall");
        assertThat(text.indexOf("dailyGoalMinutes")).isLessThan(text.indexOf("zone"));
        assertThat(read(cfg)).containsEntry("dailyGoalMinutes", 95).containsEntry("zone", "Europe/Berlin");
    }

    @Test
    void aFileThatAlreadySaysWhatTheConfigurationHoldsIsNotTouched() throws Exception {
        Path cfg = Files.writeString(dir.resolve("com.focusflow.analytics.cfg"), "dailyGoalMinutes = 90\n");
        Object inode = Files.getAttribute(cfg, "unix:ino");

        // FileInstall read the file as text: the configuration holds the string, as the file does
        assertThat(writer.write(cfg, Map.of("dailyGoalMinutes", "90", "felix.fileinstall.filename", "x"))).isFalse();

        assertThat(Files.readString(cfg)).isEqualTo("dailyGoalMinutes = 90\n");
        assertThat(Files.getAttribute(cfg, "unix:ino")).isEqualTo(inode);
    }

    @Test
    void aPropertyTheConfigurationNoLongerHasLeavesTheFileAndListsRoundTrip() throws Exception {
        Path cfg = Files.writeString(dir.resolve("com.focusflow.blocking.process.cfg"), "intervalSeconds=3\nsource=jdk\n");

        assertThat(writer.write(cfg, Map.of("intervalSeconds", 3, "users", new String[] { "ann", "bo" }))).isTrue();

        Map<String, Object> values = read(cfg);
        assertThat(values).doesNotContainKey("source").containsEntry("intervalSeconds", 3);
        assertThat((String[]) values.get("users")).containsExactly("ann", "bo");
        assertThat(writer.write(cfg, Map.of("intervalSeconds", 3, "users", new String[] { "ann", "bo" })))
                .as("written once, then already held").isFalse();
    }

    @Test
    void theFileIsReplacedWholeWithItsModeAndNoTemporaryFileStays() throws Exception {
        Path cfg = Files.writeString(dir.resolve("p.cfg"), "a=1\n");
        Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-r-----"));
        Object inode = Files.getAttribute(cfg, "unix:ino");

        writer.write(cfg, Map.of("a", 2));

        assertThat(Files.getAttribute(cfg, "unix:ino")).as("a new file renamed over the old").isNotEqualTo(inode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg))).isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("p.cfg");
        }
    }

    @Test
    void aFileDeletedMeanwhileIsNotWrittenAgain() throws Exception {
        Path gone = dir.resolve("gone.cfg");

        assertThat(writer.write(gone, Map.of("a", 1))).isFalse();

        assertThat(gone).doesNotExist();
    }

    /**
     * What FileInstall's in-place write-back got wrong: a reader polling the file while it is rewritten 300
     * times always finds one whole version, never an empty or half-written file.
     */
    @Test
    void aReaderPollingDuringHundredsOfWritesAlwaysReadsAWholeFile() throws Exception {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            comments.append("# a long comment line that makes the file take more than one write ").append(i).append('\n');
        }
        Path cfg = Files.writeString(dir.resolve("big.cfg"), comments + "value=0\n");
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
            List<String> broken = new java.util.ArrayList<>();
            int reads = 0;
            while (writing.get() || reads == 0) {
                try {
                    Map<String, Object> values = read(cfg);
                    if (!values.containsKey("value") || Files.readString(cfg, StandardCharsets.ISO_8859_1).lines().count() < 201) {
                        broken.add("read " + reads + ": " + values);
                    }
                } catch (Exception e) {
                    broken.add("read " + reads + ": " + e);
                }
                reads++;
            }
            return broken;
        });
        try {
            for (int i = 1; i <= 300; i++) {
                assertThat(writer.write(cfg, Map.of("value", i))).isTrue();
            }
        } finally {
            writing.set(false);
        }

        assertThat(reader.get(1, TimeUnit.MINUTES)).isEmpty();
        assertThat(read(cfg)).containsEntry("value", 300);
    }

    private static Map<String, Object> read(Path cfg) throws Exception {
        TypedProperties properties = new TypedProperties();
        try (Reader in = Files.newBufferedReader(cfg, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return new java.util.HashMap<>(properties);
    }
}
