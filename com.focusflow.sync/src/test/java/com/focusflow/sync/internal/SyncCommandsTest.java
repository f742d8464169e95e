package com.focusflow.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SyncService;

/** sync:export and sync:import answer a mistake with one line naming what the user typed. */
class SyncCommandsTest {

    @TempDir
    Path dir;

    private final SyncCommands commands = new SyncCommands(new SyncService() {
        @Override
        public void exportTo(OutputStream out) {
            try {
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public ImportReport importFrom(InputStream in) {
            throw new AssertionError("not used");
        }
    });

    @Test
    void anExportIntoAMissingFolderNamesTheFolder() {
        Path missing = dir.resolve("nowhere");

        assertThat(err(() -> commands.export(missing.resolve("x.json").toString())))
                .isEqualTo("sync:export: folder " + missing + " does not exist");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anExportBelowAFileNamesThatFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertThat(err(() -> commands.export(file.resolve("x.json").toString())))
                .isEqualTo("sync:export: " + file + " is not a folder");
    }

    @Test
    void anExportOntoAFolderIsRefused() {
        assertThat(err(() -> commands.export(dir.toString()))).startsWith("sync:export: " + dir + " is a folder");
    }

    @Test
    void aGoodExportSaysWhereItWent() {
        assertThat(commands.export(dir.resolve("out.json").toString())).isEqualTo("exported to " + dir.resolve("out.json"));
        assertThat(dir.toFile().list()).containsExactly("out.json");
    }

    @Test
    void wrongArgumentCountsSayWhatTheCommandExpects() {
        assertThat(err(commands::export)).isEqualTo("sync:export: wrong number of arguments; expected FILE");
        assertThat(err(() -> commands._import("a", "b"))).isEqualTo("sync:import: wrong number of arguments; expected FILE");
    }

    /** What the command printed on the error stream (it returns null then). */
    private static String err(Supplier<String> command) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.get()).isNull();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }
}
