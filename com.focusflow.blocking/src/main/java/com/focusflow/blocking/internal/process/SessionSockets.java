package com.focusflow.blocking.internal.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Linux: whether a process serves the desktop session, judged by what it does rather than its name: it
 * listens on the display (X11, Wayland), the session bus, the audio server, or a key agent's socket (ssh,
 * gpg, keyring). A renamed copy of {@code gpg-agent} or {@code sway} is still what it is. Read only for a
 * process about to be closed, so the cost (one read of {@code /proc/net/unix}, one of its fd list) is rare.
 */
final class SessionSockets {

    /** The sockets of the desktop session's servers and agents; an app's own socket (Discord's IPC) is none. */
    private static final List<Pattern> SESSION = List.of(
            Pattern.compile("@?/tmp/\\.X11-unix/X[0-9]+"),
            Pattern.compile("/run/user/[0-9]+/(wayland-[0-9]+|bus|pipewire-[0-9]+(-manager)?|pulse/native"
                    + "|at-spi/bus.*|keyring/.*|gcr/ssh|openssh_agent|ssh-agent\\.socket|gnupg/(d\\.[a-z0-9]+/)?S\\..*)"),
            Pattern.compile("@?/tmp/dbus-.*"),
            Pattern.compile("/tmp/ssh-[^/]+/agent\\.[0-9]+"),
            Pattern.compile(".*/\\.gnupg/S\\.[a-z-]+(\\.[a-z]+)?"));
    /** {@code __SO_ACCEPTCON} in {@code /proc/net/unix}'s flags: the socket listens. */
    private static final int LISTENING = 0x10000;

    private final Path proc;
    private final Set<String> extraPaths;

    /**
     * @param proc where {@code /proc} is
     * @param extraPaths this session's agent sockets that follow no pattern ({@code $SSH_AUTH_SOCK})
     */
    SessionSockets(Path proc, Set<String> extraPaths) {
        this.proc = proc;
        this.extraPaths = Set.copyOf(extraPaths);
    }

    /** Whether {@code pid} holds a listening socket of the desktop session; false when that cannot be read. */
    boolean serves(long pid) {
        Set<String> inodes = socketInodes(pid);
        if (inodes.isEmpty()) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(proc.resolve("net/unix"), StandardCharsets.UTF_8)) {
                String[] f = line.strip().split("\\s+", 8);
                if (f.length == 8 && f[3].matches("[0-9a-fA-F]{1,8}") && (Integer.parseInt(f[3], 16) & LISTENING) != 0
                        && inodes.contains(f[6]) && isSessionPath(f[7])) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // judged by the other rules only
        }
        return false;
    }

    private boolean isSessionPath(String path) {
        return extraPaths.contains(path) || SESSION.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** The inodes of the sockets {@code pid} holds ({@code socket:[123]} links in its fd folder). */
    private Set<String> socketInodes(long pid) {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("fd"))) {
            for (Path fd : fds) {
                String target = target(fd);
                if (target.startsWith("socket:[") && target.endsWith("]")) {
                    inodes.add(target.substring(8, target.length() - 1));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // another user's process (never closed anyway) or gone
        }
        return inodes;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | RuntimeException closedMeanwhile) {
            return "";
        }
    }
}
