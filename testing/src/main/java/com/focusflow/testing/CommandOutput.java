package com.focusflow.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** What a Gogo command returned and what it printed on standard error (where commands report refusals). */
public record CommandOutput(String output, String errors) {

    /** Runs {@code command} with standard error captured. */
    public static CommandOutput capture(Supplier<String> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String output = command.get();
            return new CommandOutput(output, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
