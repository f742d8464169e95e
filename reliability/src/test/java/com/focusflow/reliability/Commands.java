package com.focusflow.reliability;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a system command the test needs (mount, chmod); fails with its output if it fails. */
final class Commands {

    private Commands() {
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
