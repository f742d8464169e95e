package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An oracle for the hosts file written independently of the blocking bundle: the user's bytes around
 * FocusFlow's block, and what the block may hold.
 */
final class HostsCheck {

    static final String BEGIN = "# >>> FocusFlow (managed, do not edit)";
    static final String END = "# <<< FocusFlow";
    /** The only lines a block may contain: an address and one plain, lower-case DNS name. */
    private static final Pattern ENTRY = Pattern.compile("(0\\.0\\.0\\.0|::) [a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    /** A user's hosts file with the things editors and other tools leave: CRLF, tabs, UTF-8, another tool's block. */
    static final byte[] USER_CONTENT = ("127.0.0.1\tlocalhost\n"
            + "::1     localhost ip6-localhost\r\n"
            + "# Käse — the user's own comment, UTF-8\n"
            + "\n"
            + "# >>> other tool\n10.0.0.7 printer.lan\n# <<< other tool\n"
            + "192.168.1.20 nas   # trailing spaces   \n").getBytes(StandardCharsets.UTF_8);

    private HostsCheck() {
    }

    static Path create(Path dir) throws IOException {
        Path hosts = dir.resolve("hosts");
        Files.write(hosts, USER_CONTENT);
        return hosts;
    }

    /** How many FocusFlow blocks the file has; fails if the user's bytes are not exactly as they were. */
    static int blocks(Path hosts) throws IOException {
        String text = new String(Files.readAllBytes(hosts), StandardCharsets.ISO_8859_1);
        int count = 0;
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (true) {
            int begin = text.indexOf(BEGIN, at);
            if (begin < 0) {
                rest.append(text, at, text.length());
                break;
            }
            int end = text.indexOf(END, begin);
            assertThat(end).as("an END marker after the BEGIN marker at %d in %s", begin, hosts).isPositive();
            int endOfLine = text.indexOf('\n', end);
            endOfLine = endOfLine < 0 ? text.length() : endOfLine + 1;
            for (String line : text.substring(begin, end).split("\r?\n")) {
                assertThat(line.equals(BEGIN) || ENTRY.matcher(line).matches())
                        .as("line %s inside FocusFlow's block in %s", line, hosts).isTrue();
            }
            rest.append(text, at, begin);
            at = endOfLine;
            count++;
        }
        assertThat(rest.toString().getBytes(StandardCharsets.ISO_8859_1))
                .as("the user's lines of %s, byte for byte", hosts).isEqualTo(USER_CONTENT);
        return count;
    }

    /** Temporary files FocusFlow left beside the hosts file. */
    static List<Path> temporaryFiles(Path hosts) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(hosts.getParent())) {
            return files.filter(p -> p.getFileName().toString().contains(".focusflow-")).toList();
        }
    }

    /** The names blocked now (without the DNS-over-HTTPS canary). */
    static List<String> blockedNames(Path hosts) throws IOException {
        return Files.readAllLines(hosts, StandardCharsets.ISO_8859_1).stream().filter(l -> l.startsWith("0.0.0.0 "))
                .map(l -> l.substring(8)).filter(n -> !n.equals("use-application-dns.net")).toList();
    }
}
