package com.focusflow.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SyncService;

/**
 * Gogo {@code sync:export FILE} and {@code sync:import FILE}. The export goes to a temporary file next to
 * FILE that replaces it only when complete, so a failed export never leaves half a document.
 */
@Component(service = SyncCommands.class, property = { "osgi.command.scope=sync", "osgi.command.function=export",
        "osgi.command.function=import" })
public final class SyncCommands {

    private final SyncService sync;

    @Activate
    public SyncCommands(@Reference SyncService sync) {
        this.sync = sync;
    }

    @Descriptor("write every section (sessions, block list, ...) to one JSON file")
    public String export(@Descriptor("file to write, e.g. focusflow-export.json") String file) {
        return run("sync:export", () -> {
            Path target = Path.of(file).toAbsolutePath();
            if (Files.isDirectory(target)) {
                throw FocusFlowException.invalidInput("%s is a folder; give a file name, e.g. %s", target,
                        target.resolve("focusflow-export.json"));
            }
            Path temp = temporaryBeside(target);
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    sync.exportTo(out);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return "exported to " + target;
        });
    }

    /**
     * The file the export is written to first. Its problems are told about the folder the user named, not
     * about a temporary name they never typed.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw FocusFlowException.invalidInput(Files.exists(folder) ? "%s is not a folder" : "folder %s does not exist",
                    folder);
        }
        try {
            return Files.createTempFile(folder, ".focusflow-export-", ".tmp");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(folder.toString());
        }
    }

    @Descriptor("merge a file written by sync:export into this FocusFlow (all or nothing)")
    public String _import(@Descriptor("file to read") String file) {
        return run("sync:import", () -> {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                return describe(sync.importFrom(in));
            }
        });
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    public String export() {
        return usage("sync:export", "FILE");
    }

    public String export(String file, String extra, String... more) {
        return export();
    }

    public String _import() {
        return usage("sync:import", "FILE");
    }

    public String _import(String file, String extra, String... more) {
        return _import();
    }

    private static String usage(String command, String expected) {
        return run(command, () -> {
            throw FocusFlowException.invalidInput("wrong number of arguments; expected %s", expected);
        });
    }

    static String describe(ImportReport report) {
        if (report.sections().isEmpty()) {
            return "imported nothing: the file has no section this FocusFlow knows";
        }
        return report.sections().entrySet().stream().map(e -> String.format("%s: %d added, %d updated, %d unchanged",
                e.getKey(), e.getValue().added(), e.getValue().updated(), e.getValue().unchanged()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private interface Action {
        String run() throws IOException;
    }

    private static String run(String command, Action action) {
        try {
            return action.run();
        } catch (FocusFlowException e) {
            System.err.println(command + ": " + e.getMessage());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            System.err.println(command + ": " + FileProblems.describe(e));
        }
        return null;
    }
}
