package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * sync:export onto a full disk (a 64 KiB tmpfs; needs root, as CI runs): a clear error, the previous export
 * left exactly as it was, no temporary file behind, and the next export works once there is space.
 */
class ExportDiskFullTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    CommandProcessor shell;

    @InjectService(timeout = 30_000)
    SessionService sessions;

    @Test
    void exportOntoAFullDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        sessions.start(new StartRequest(SessionType.BREAK, 5, false, null));
        sessions.end();
        Path mount = Files.createDirectories(Path.of(context.getProperty("focusflow.home")).resolveSibling("export-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0, "mount failed");
        try {
            Path export = mount.resolve("focusflow.json");
            byte[] previous = "{\"formatVersion\":1,\"sections\":{}}".getBytes(StandardCharsets.UTF_8);
            Files.write(export, previous);
            Path filler = fill(mount);

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(execute("sync:export " + export, err)).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sync:export: ").contains("No space left on device")
                    .doesNotContain("\tat ");
            assertThat(Files.readAllBytes(export)).as("the previous export, untouched").isEqualTo(previous);
            assertThat(temporaryFiles(mount)).isEmpty();

            Files.delete(filler);
            assertThat(execute("sync:export " + export, new ByteArrayOutputStream())).startsWith("exported to");
            assertThat(new ObjectMapper().readTree(export.toFile()).get("sections").get("sessions").get("items").size()).isPositive();
            assertThat(temporaryFiles(mount)).isEmpty();
        } finally {
            run("umount", mount.toString());
        }
    }

    private String execute(String command, ByteArrayOutputStream err) throws Exception {
        CommandSession session = shell.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8)); // the command reports on System.err
        try {
            Object result = session.execute(command);
            return result == null ? null : result.toString();
        } finally {
            System.setErr(original);
            session.close();
        }
    }

    private static Path fill(Path mount) throws IOException {
        Path filler = mount.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] chunk = new byte[1024];
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
        return filler;
    }

    private static java.util.List<Path> temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
