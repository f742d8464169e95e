package com.focusflow.helper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may engage, and the helper's few limits, from {@code /etc/focusflow/helper.conf}: {@code key=value}
 * lines, {@code #} comments. An unknown key or a bad value stops the helper from starting: a typo must not
 * silently open it to everybody.
 *
 * <pre>
 * minUid=1000          # users with this uid or higher may engage (ordinary accounts)
 * allowUids=           # more uids that may engage, comma-separated
 * denyUids=            # uids that may never engage, comma-separated
 * maxStrictHours=24    # the latest strict end a request may ask for
 * repairSeconds=10     # how often the block is checked and repaired (1-60)
 * idleSeconds=60       # socket-activated: exit after this long without requests, unless strict
 * </pre>
 */
record Policy(int minUid, Set<Integer> allowUids, Set<Integer> denyUids, Duration maxStrict, Duration repairEvery,
        Duration idleExit) {

    static final Policy DEFAULT = new Policy(1000, Set.of(), Set.of(), Duration.ofHours(24), Duration.ofSeconds(10),
            Duration.ofSeconds(60));

    Policy {
        allowUids = Set.copyOf(allowUids);
        denyUids = Set.copyOf(denyUids);
    }

    /** Whether {@code uid} may engage a block. */
    boolean mayEngage(int uid) {
        return !denyUids.contains(uid) && (uid >= minUid || allowUids.contains(uid));
    }

    /**
     * The policy in {@code file}; the defaults if it does not exist. A file another user could change is
     * refused: whoever may edit the policy may decide who blocks.
     */
    static Policy read(Path file) throws IOException {
        try {
            checkOwnedByUs(file);
            return parse(Files.readAllLines(file), file.toString());
        } catch (NoSuchFileException e) {
            return DEFAULT;
        }
    }

    private static void checkOwnedByUs(Path file) throws IOException {
        String me = System.getProperty("user.name");
        String owner = Files.getOwner(file).getName();
        Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!owner.equals(me) || permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                || permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
            throw new IllegalArgumentException(file + " must belong to " + me + " and be writable by nobody else");
        }
    }

    static Policy parse(List<String> lines, String source) {
        int minUid = DEFAULT.minUid();
        Set<Integer> allow = new HashSet<>();
        Set<Integer> deny = new HashSet<>();
        long maxStrictHours = DEFAULT.maxStrict().toHours();
        long repairSeconds = DEFAULT.repairEvery().toSeconds();
        long idleSeconds = DEFAULT.idleExit().toSeconds();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw bad(source, n, "expected key=value");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "minUid" -> minUid = (int) number(value, 0, Integer.MAX_VALUE, source, n);
                case "allowUids" -> allow.addAll(uids(value, source, n));
                case "denyUids" -> deny.addAll(uids(value, source, n));
                case "maxStrictHours" -> maxStrictHours = number(value, 1, 24 * 31, source, n);
                case "repairSeconds" -> repairSeconds = number(value, 1, 60, source, n);
                case "idleSeconds" -> idleSeconds = number(value, 5, 86_400, source, n);
                default -> throw bad(source, n, "unknown key '" + key + "'");
            }
        }
        return new Policy(minUid, allow, deny, Duration.ofHours(maxStrictHours), Duration.ofSeconds(repairSeconds),
                Duration.ofSeconds(idleSeconds));
    }

    private static Set<Integer> uids(String value, String source, int n) {
        Set<Integer> uids = new HashSet<>();
        if (!value.isEmpty()) {
            for (String uid : value.split(",")) {
                uids.add((int) number(uid.strip(), 0, Integer.MAX_VALUE, source, n));
            }
        }
        return uids;
    }

    private static long number(String value, long min, long max, String source, int n) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(source, n, "'" + value + "' is not a whole number from " + min + " to " + max);
    }

    private static IllegalArgumentException bad(String source, int n, String why) {
        return new IllegalArgumentException(source + " line " + (n + 1) + ": " + why);
    }
}
