package com.focusflow.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The user FocusFlow runs as in the window test, as a person runs it: the test's own user, or, when the test
 * runs as root (CI), an ordinary user made for it ({@value #MADE_FOR_THE_TEST}, with a home, created once).
 * FocusFlow, its files and the processes it is to close then belong to that user; the test itself stays root
 * (to drive X, read FocusFlow's files and record notifications).
 *
 * @param name the login name
 * @param uid its user id
 * @param gid its group id
 * @param home its home directory
 * @param switched whether commands run as it need {@code setpriv} (the test runs as root)
 */
record DesktopUser(String name, int uid, int gid, Path home, boolean switched) {

    static final String MADE_FOR_THE_TEST = "ffe2e";

    static DesktopUser resolve() throws IOException, InterruptedException {
        if (Integer.parseInt(Desktop.x("id", "-u")) != 0) {
            return of(Desktop.x("id", "-un"), false);
        }
        if (run("id", "-u", MADE_FOR_THE_TEST) != 0 && run("useradd", "--create-home", "--shell", "/bin/sh", MADE_FOR_THE_TEST) != 0) {
            throw new IllegalStateException("could not create the desktop user " + MADE_FOR_THE_TEST + " (useradd)");
        }
        return of(MADE_FOR_THE_TEST, true);
    }

    private static DesktopUser of(String name, boolean switched) throws IOException, InterruptedException {
        String[] entry = Desktop.x("getent", "passwd", name).split(":");
        return new DesktopUser(name, Integer.parseInt(entry[2]), Integer.parseInt(entry[3]), Path.of(entry[5]), switched);
    }

    /** {@code command} as this user: unchanged unless the test runs as root. */
    List<String> command(List<String> command) {
        if (!switched) {
            return command;
        }
        List<String> as = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--init-groups"));
        as.addAll(command);
        return as;
    }

    /** Gives {@code path} (and, for a directory, all in it) to this user, as if the user had made it. */
    void own(Path path) throws IOException, InterruptedException {
        if (switched && run("chown", "-R", uid + ":" + gid, path.toString()) != 0) {
            throw new IllegalStateException("chown " + path + " to " + name + " failed");
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
