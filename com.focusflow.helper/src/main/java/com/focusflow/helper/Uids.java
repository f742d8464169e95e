package com.focusflow.helper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import jdk.net.UnixDomainPrincipal;

/**
 * The numeric uid of a socket peer. {@code SO_PEERCRED} gives the kernel's uid, which the JDK turns into a
 * user name; a uid without a name comes back as its number. A name is turned back into its uid through
 * {@code /etc/passwd}, else {@code getent} (directory users), from fixed system paths.
 */
final class Uids {

    private static final List<Path> GETENT = List.of(Path.of("/usr/bin/getent"), Path.of("/bin/getent"));

    private Uids() {
    }

    static OptionalInt of(UnixDomainPrincipal peer) {
        String name = peer.user().getName();
        if (name.matches("[0-9]{1,10}")) {
            return OptionalInt.of(Integer.parseInt(name));
        }
        OptionalInt fromFile = fromPasswd(readPasswd(), name);
        return fromFile.isPresent() ? fromFile : fromGetent(name);
    }

    /** The uid of {@code name} in passwd-format {@code lines}. */
    static OptionalInt fromPasswd(List<String> lines, String name) {
        for (String line : lines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 3 && fields[0].equals(name) && fields[2].matches("[0-9]{1,10}")) {
                return OptionalInt.of(Integer.parseInt(fields[2]));
            }
        }
        return OptionalInt.empty();
    }

    private static List<String> readPasswd() {
        try {
            return Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static OptionalInt fromGetent(String name) {
        Path getent = GETENT.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (getent == null || !name.matches("[A-Za-z0-9._-][A-Za-z0-9._@-]{0,63}")) {
            return OptionalInt.empty();
        }
        try {
            Process process = new ProcessBuilder(getent.toString(), "passwd", name).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return OptionalInt.empty();
            }
            return fromPasswd(List.of(new String(out, StandardCharsets.UTF_8).strip()), name);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
